"""The spaCy pipeline (blank English + a letter-aware sentence splitter), loaded once per
process, and cue matching over a whole letter in one pass per rule file."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from extractors.rules import load_cues

_ABBREV = {"dr", "mr", "ms", "mrs", "no", "st", "inc", "co", "vs", "e.g", "i.e", "approx", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "sec", "ch", "pt", "fig", "p", "pp"}


@Language.component("letter_sentences")
def letter_sentences(doc: Doc) -> Doc:
    """Sentence starts: after every line break kept by normalization (headings, rows, list
    items, paragraphs), after a column gap (table/header cells are not prose), and after
    . ! ? followed by a capitalised word (not after abbreviations like "Dr.")."""
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        prev = doc[i - 1]
        if tok.is_space:
            tok.is_sent_start = False
        elif prev.is_space or "\n" in prev.whitespace_:
            breaking = "\n" in prev.text or "\f" in prev.text or len(prev.text) >= 2
            if not breaking and i >= 2:  # a single extra space: look at the token before it
                breaking = _ends_sentence(doc, i - 1, tok)
            tok.is_sent_start = breaking
        else:
            tok.is_sent_start = _ends_sentence(doc, i, tok)
    return doc


def _ends_sentence(doc: Doc, i: int, tok) -> bool:
    """Whether the token before index ``i`` closes a sentence that ``tok`` follows."""
    prev = doc[i - 1]
    if prev.text not in (".", "!", "?"):
        return False
    if not (tok.is_title or tok.is_upper or tok.like_num or tok.text in "\"'("):
        return False
    before = doc[i - 2].lower_ if i >= 2 else ""
    return before.rstrip(".") not in _ABBREV and len(before) > 1


def _keep_hyphenated_words(pipe: Language) -> None:
    """Letters write "out-of-network", "non-covered", "first-line", "72-hour" as one word; the
    rule files match them as one token (spaCy's default splits at every inner hyphen)."""
    from spacy.lang.char_classes import HYPHENS
    from spacy.util import compile_infix_regex

    infixes = [p for p in pipe.Defaults.infixes if HYPHENS not in p]
    pipe.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipe = spacy.blank("en")
    _keep_hyphenated_words(pipe)
    pipe.add_pipe("letter_sentences")
    return pipe


@dataclass(frozen=True)
class Cue:
    label: str
    rule: str
    weight: float
    start: int  # char offsets in the letter text
    end: int


# Cue files matched together in one pass. Boilerplate is matched over the whole letter (it
# decides what boilerplate is); the others only over the sentences outside boilerplate and page
# furniture (where their matches count), which is most of the cost saved on long taglines.
CUE_GROUPS = {"boilerplate": ("boilerplate.jsonl",),
              "content": ("doctype.jsonl", "reasons.jsonl", "review_type.jsonl")}


class _GroupMatcher:
    """Every rule of a group of cue files in one PhraseMatcher and one Matcher."""

    def __init__(self, group: str):
        vocab = nlp().vocab
        self.group = group
        self.rules = {}
        self.file_of: dict[str, str] = {}
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.tokens = Matcher(vocab, validate=True)
        for name in CUE_GROUPS[group]:
            for r in load_cues(name):
                if r.id in self.rules:
                    raise ValueError(f"cue rule id {r.id!r} is defined twice ({name} and {self.file_of[r.id]})")
                self.rules[r.id] = r
                self.file_of[r.id] = name
                if isinstance(r.pattern, str):
                    self.phrases.add(r.id, [nlp().make_doc(r.pattern)])
                else:
                    self.tokens.add(r.id, [r.pattern])

    def __call__(self, doc: Doc, spans=None) -> list[tuple[str, Cue]]:
        """Matches in ``doc`` (or only in ``spans``, a list of spaCy Spans), cached on the Doc."""
        key = f"cues:{self.group}"
        cached = doc.user_data.get(key)
        if cached is None:
            cached = []
            for part in (spans if spans is not None else [doc[:]]):
                for match_id, s, e in list(self.phrases(part)) + list(self.tokens(part)):
                    r = self.rules[doc.vocab.strings[match_id]]
                    span = part[s:e]
                    cached.append((self.file_of[r.id], Cue(r.label, r.id, r.weight, span.start_char, span.end_char)))
            cached.sort(key=lambda fc: (fc[1].start, -fc[1].end))
            doc.user_data[key] = cached
        return cached


@lru_cache(maxsize=None)
def _group(group: str) -> _GroupMatcher:
    return _GroupMatcher(group)


class CueSet:
    """The cues of one rule file found in a Doc (its group is matched once per Doc)."""

    def __init__(self, name: str):
        groups = [g for g, names in CUE_GROUPS.items() if name in names]
        if not groups:
            raise ValueError(f"unknown cue file {name!r}; add it to CUE_GROUPS")
        self.name, self.group = name, groups[0]

    def __call__(self, doc: Doc, spans=None) -> list[Cue]:
        return [c for f, c in _group(self.group)(doc, spans) if f == self.name]


@lru_cache(maxsize=None)
def cueset(name: str) -> CueSet:
    return CueSet(name)
