"""Why the letter denies: the contract category and the verbatim reason sentence(s).

Every sentence outside appeal rights, boilerplate and page furniture is scored with the cue
rules of patterns/reasons.jsonl (weights per category); sentences under a reason heading count
more, reason-code descriptions less (their codes are scored through patterns/carc.yaml). The
margin between the best and second category is the confidence."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from extractors.found import Found
from extractors.nlp import Cue
from extractors.rules import load_yaml

ZONE_WEIGHT = {"reason": 1.5, "header": 1.0, "other": 1.0, "codes": 0.3}
_DENIAL_WORDS = re.compile(
    r"\b(denied|deny|denial|not (?:been )?approved|unable to (?:approve|cover|pay)|not (?:able to )?(?:pay|cover)|"
    r"not medically necessary|does not meet|did not meet|not covered|cannot (?:approve|cover)|is not a covered|"
    r"excluded|investigational|experimental|non-covered|because|reason)\b", re.I)


@lru_cache(maxsize=1)
def carc_categories() -> dict[str, str]:
    out = {}
    for cat, codes in load_yaml("carc.yaml")["categories"].items():
        for c in codes:
            if not c.endswith("x"):
                out[str(c)] = cat
    return out


@dataclass
class ReasonResult:
    category: Found | None
    text: Found | None
    scores: dict[str, float]
    uncertain: bool


_ADVICE = re.compile(r"\b(?:you|your (?:prescriber|doctor|provider|physician))\b[^.]{0,40}?\b(?:can|may)\b[^.]{0,40}?"
                     r"\b(?:ask|request|submit|send|apply)\b|\b(?:ask|request|apply)\w*\b[^.]{0,30}\bexception", re.I)


_LIABILITY = re.compile(r"\byou (?:may|will|might|could) (?:be )?(?:held )?(?:responsible|liable|billed)\b|"
                        r"\b(?:may|can|will) not (?:bill|balance[- ]bill|charge) (?:you|the (?:member|patient))\b|"
                        r"\byou (?:do not|don't|will not) (?:have to |need to )?(?:pay|owe)\b", re.I)


_FORM_NAMES = re.compile(r"\b(?:certificates?|letters?|statements?) of (?:medical|clinical) necessity\b", re.I)


def _segment(sent: Span, c: Cue) -> str:
    """The part of the sentence around the cue between full stops (a sentence the splitter kept
    whole: "... Chapter 7. Because the provider ...")."""
    t, rel = sent.text, c.start - sent.start_char
    lo = t.rfind(". ", 0, rel)
    hi = t.find(". ", rel)
    return t[lo + 1 if lo >= 0 else 0:hi if hi >= 0 else len(t)]


def classify(sentences: list[tuple[Span, str]], cues: list[Cue], carcs: list[Found],
             cited: list[tuple[int, int]] = ()) -> ReasonResult:
    """``cited``: spans of guideline citations -- their words ("Step Therapy Criteria RX-1")
    name a document, they do not state the reason. Sentences telling the member what they can
    do next ("your prescriber may ask for an exception") do not state it either."""
    scores: dict[str, float] = defaultdict(float)
    best: dict[str, tuple[float, int, int, str]] = {}
    if sentences:  # "Certificate of Medical Necessity" names a form, it states no reason either
        doc_text = sentences[0][0].doc.text
        cited = list(cited) + [m.span() for m in _FORM_NAMES.finditer(doc_text)]
    by_sentence: dict[int, list[Cue]] = defaultdict(list)
    starts = [s.start_char for s, _ in sentences]
    import bisect

    for c in cues:
        if any(a <= c.start < b for a, b in cited):  # a document's name: weak evidence of the reason
            c = Cue(c.label, c.rule, c.weight * 0.5, c.start, c.end)
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0 and any(starts[i] <= f.start < c.start for f in carcs) and sentences[i][1] != "codes":
            # a code's printed description ("CO-50 These are non-covered services because ..."): the
            # code itself is scored below, its standard wording counts as little as in a code key
            c = Cue(c.label, c.rule, c.weight * ZONE_WEIGHT["codes"] / ZONE_WEIGHT.get(sentences[i][1], 1.0),
                    c.start, c.end)
        if i >= 0 and c.start < sentences[i][0].end_char and not _ADVICE.search(sentences[i][0].text):
            if _LIABILITY.search(_segment(sentences[i][0], c)):  # who pays now, not why it was denied
                c = Cue(c.label, c.rule, c.weight * 0.3, c.start, c.end)
            by_sentence[i].append(c)
    sentence_scores: dict[int, float] = {}
    for i, cs in by_sentence.items():
        sent, zone = sentences[i]
        zw = ZONE_WEIGHT.get(zone, 0.0)
        if zw == 0:
            continue
        denial_bonus = 1.3 if _DENIAL_WORDS.search(sent.text) else 1.0
        seen_rules = set()
        for c in cs:
            if c.rule in seen_rules:
                continue
            seen_rules.add(c.rule)
            w = c.weight * zw * denial_bonus
            scores[c.label] += w
            if c.label not in best or w > best[c.label][0]:
                best[c.label] = (w, c.start, c.end, c.rule)
        sentence_scores[i] = sum(c.weight for c in cs) * zw
    carc_map = carc_categories()
    for f in carcs:
        group, code = f.value.split("-", 1)
        cat = carc_map.get(code)
        if cat and group in ("CO", "OA", "PI", "PR"):
            w = 3.0
            scores[cat] += w
            if cat not in best or w > best[cat][0]:
                best[cat] = (w, f.start, f.end, f"carc-{f.value}")
    if not scores:
        return ReasonResult(None, _reason_text(sentences, sentence_scores), {}, True)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    top, top_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (top_score - second) / top_score
    conf = round(min(0.98, 0.5 + 0.5 * margin) if top_score >= 2 else 0.45, 2)
    w, s, e, rule = best[top]
    text = _reason_text(sentences, sentence_scores)
    return ReasonResult(Found(top, s, e, conf, rule), text, dict(scores), conf < 0.6)


def _reason_text(sentences: list[tuple[Span, str]], sentence_scores: dict[int, float]) -> Found | None:
    """The reason statement: the best-scoring sentence, with a neighbour that also scores."""
    if not sentence_scores:
        return None
    i = max(sentence_scores, key=lambda k: (sentence_scores[k], -k))
    chosen = [i]
    if sentence_scores.get(i + 1, 0) >= 1.5 and sentences[i + 1][1] == sentences[i][1]:
        chosen.append(i + 1)
    start = sentences[chosen[0]][0].start_char
    end = sentences[chosen[-1]][0].end_char
    span_text = " ".join(sentences[k][0].text.strip() for k in chosen)
    return Found(re.sub(r"\s+", " ", span_text).strip(), start, end, 0.8, "reason-sentence")
