"""Where each part of a letter is: sections from headings (reason, appeal, external review,
peer-to-peer, reason-code key, boilerplate), page furniture (repeated letterheads, page numbers),
and sentence-level boilerplate (nondiscrimination notices, language taglines)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractors.letter import COLUMN_GAP, Letter
from extractors.nlp import cueset
from extractors.rules import load_regexes

# an unticked box on a form ("[ ] Notification - ..."): a reason the letter does NOT give
_UNCHECKED = re.compile(r"^\s*(?:\[\s?\]|☐|□|\(\s\))\s")
_PAGE_NO = re.compile(r"^\s*(?:page\s*\d+(?:\s*of\s*\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+|\d{1,2})\s*$", re.I)
_FORM_LINE = re.compile(r"(?:^|\s)(?:form\s+)?cms-\d{4,5}|omb (?:approval|control)|page\s+\d+\s+of\s+\d+\s*$", re.I)
_INLINE_LABEL = re.compile(r"^\s*([A-Z][A-Za-z' /&-]{2,60}?)\s*:\s+\S")


@dataclass
class Sections:
    """Per line: section label and whether the line is page furniture."""

    labels: list[str]
    furniture: list[bool]
    headings: list[bool]
    letter: Letter

    def at(self, offset: int) -> str:
        i = self._line_index(offset)
        return self.labels[i] if i is not None else "header"

    def is_furniture(self, offset: int) -> bool:
        i = self._line_index(offset)
        return bool(i is not None and self.furniture[i])

    def is_heading(self, offset: int) -> bool:
        i = self._line_index(offset)
        return bool(i is not None and self.headings[i])

    def _line_index(self, offset: int) -> int | None:
        lines = self.letter.lines
        lo, hi = 0, len(lines) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if offset < lines[mid].start:
                hi = mid - 1
            elif offset > lines[mid].end:
                lo = mid + 1
            else:
                return mid
        return None


def heading_class(text: str) -> tuple[str, str] | None:
    """(section label, rule id) when ``text`` reads as a known heading."""
    t = re.sub(r"\s+[-–:|]\s+|\s{2,}", " ", text.strip().strip("*#").strip())  # "IMPORTANT - YOUR APPEAL RIGHTS"
    for rule in load_regexes("sections.yaml"):
        if rule.regex.search(t):
            return rule.label, rule.id
    return None


def looks_like_heading(text: str) -> bool:
    t = text.strip()
    words = t.split()
    return (0 < len(words) <= 12 and len(t) <= 90 and COLUMN_GAP not in t and not t.endswith((".", ",", ";"))
            and (t[:1].isupper() or t[:1].isdigit()))


def _furniture(letter: Letter) -> list[bool]:
    """Lines repeated on several pages (letterheads, footers), page-number/form lines and unticked
    form boxes."""
    texts = [letter.text[ln.start:ln.end].strip() for ln in letter.lines]
    seen: dict[str, set[int]] = {}
    for t, ln in zip(texts, letter.lines):
        if t:
            seen.setdefault(t.lower(), set()).add(ln.page)
    npages = max((ln.page for ln in letter.lines), default=1)
    out = []
    for t in texts:
        repeated = npages > 1 and len(seen.get(t.lower(), ())) >= 2 and len(t) < 120
        out.append(bool(t) and (repeated or bool(_PAGE_NO.match(t)) or bool(_FORM_LINE.search(t))
                                or bool(_UNCHECKED.match(t))))
    return out


def find_sections(letter: Letter) -> Sections:
    labels: list[str] = []
    headings: list[bool] = []
    furniture = _furniture(letter)
    current = "header"
    for i, (ln, text) in enumerate(letter.line_texts()):
        is_heading = False
        if not furniture[i]:
            hit = heading_class(text) if looks_like_heading(text) else None
            if hit is None:
                m = _INLINE_LABEL.match(text)
                if m:
                    hit = heading_class(m.group(1))
            else:
                is_heading = True
            if hit is not None:
                current = hit[0]
        labels.append(current)
        headings.append(is_heading)
    return Sections(labels=labels, furniture=furniture, headings=headings, letter=letter)


def boilerplate_sentences(doc: Doc) -> set[int]:
    """Start offsets of sentences that are notices/taglines, whatever section they sit in."""
    starts = set()
    cues = cueset("boilerplate.jsonl")(doc)
    if not cues:
        return starts
    for sent in doc.sents:
        if any(sent.start_char <= c.start < sent.end_char for c in cues):
            starts.add(sent.start_char)
    return starts


def sentence_zone(sent: Span, sections: Sections, boiler: set[int]) -> str:
    """The zone a sentence belongs to: its section, or 'boilerplate' / 'furniture'."""
    if sent.start_char in boiler:
        return "boilerplate"
    if sections.is_furniture(sent.start_char):
        return "furniture"
    return sections.at(sent.start_char)
