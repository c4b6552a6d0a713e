"""Document type: denial, partial_denial, approval or other (not a coverage determination).

Cue phrases (patterns/doctype.jsonl) are weighted by where they stand: a title line counts
double, appeal-rights and boilerplate text count little (they talk about denials in general),
and an approval word under a negation ("unable to approve") is not an approval."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from extractors.found import Found
from extractors.nlp import Cue

ZONE_WEIGHT = {"header": 1.0, "reason": 1.0, "other": 1.0, "codes": 0.7, "appeal": 0.25, "external_review": 0.1,
               "peer_to_peer": 0.2, "boilerplate": 0.0, "furniture": 0.0}


@dataclass
class DocTypeResult:
    found: Found
    scores: dict[str, float]
    uncertain: bool


_POSITIVE = re.compile(r"\b(approved|authorized|certified|covered|yes|paid|allowed)\b", re.I)
_NEGATIVE = re.compile(r"\b(denied|not (approved|authorized|certified|covered)|non-?covered|no|rejected|declined)\b", re.I)


def mixed_decisions(rows: list[str]) -> bool:
    """A decision table where some lines were approved and others denied (a partial denial)."""
    neg = [r for r in rows if _NEGATIVE.search(r)]
    pos = [r for r in rows if _POSITIVE.search(r) and not _NEGATIVE.search(r)]
    return bool(neg) and bool(pos)


_STATUS_NEG = re.compile(r"\b(?:NOT (?:APPROVED|COVERED|AUTHORIZED|CERTIFIED)|DENIED|NON-?CERTIFIED|DISAPPROVED)\b")
_STATUS_POS = re.compile(r"(?<!NOT )\b(?:APPROVED|AUTHORIZED|CERTIFIED)\b")
_STATUS_ZONES = ("header", "reason", "other", "codes")
# "Approved:   MRI without contrast" / "Not approved: contrast portion" as row labels
_ROW_NOUN = r"(?:what (?:we|was)\s|(?:days?|visits?|units?|services?|items?|codes?|hours?|sessions?|quantity|lines?)\s)?"
_LABEL_NEG = re.compile(r"^\W*" + _ROW_NOUN + r"(?:not (?:approved|covered|authorized|certified)|denied)\s*:", re.I)
_LABEL_POS = re.compile(r"^\W*" + _ROW_NOUN + r"(?:approved|authorized|covered|certified)\s*:", re.I)


def mixed_status_lines(letter, zone_of) -> Found | None:
    """Lines stamped with a status in capitals, some APPROVED and others DENIED / NOT APPROVED
    ("* Sleeve gastrectomy ... - APPROVED", "* Panniculectomy ... - DENIED"): a partial denial."""
    pos = neg = None
    for ln in letter.lines:
        if zone_of(ln.start) not in _STATUS_ZONES:
            continue
        t = letter.text[ln.start:ln.end]
        has_neg = bool(_STATUS_NEG.search(t) or _LABEL_NEG.match(t))
        has_pos = bool(_STATUS_POS.search(_STATUS_NEG.sub("", t)) or _LABEL_POS.match(t))
        if has_neg and not has_pos:
            neg = neg or ln
        elif has_pos and not has_neg:
            pos = pos or ln
    if pos is None or neg is None:
        return None
    first, last = sorted((pos, neg), key=lambda ln: ln.start)
    return Found(True, first.start, last.end, 0.8, "dt-mixed-status-lines")


_OUTCOMES = {"dt-upheld", "dt-reversed-decision"}
DEMANDS = {"dt-overpayment", "dt-request-for-refund"}  # "other" letters that ask the reader to pay back
_RECEIPTS = {"dt-received-your-appeal", "dt-received-your-fast-appeal", "dt-acknowledg"}


def classify(cues: list[Cue], zone_of, is_title, carc_denial: Found | None,
             mixed_lines: Found | None = None, all_paid: Found | None = None) -> DocTypeResult | None:
    """``mixed_lines``: where a table shows some services approved/paid and others denied."""
    scores: dict[str, float] = defaultdict(float)
    best_cue: dict[str, Cue] = {}
    negations = [c for c in cues if c.rule in ("dt-not-approved", "dt-not-able-to-pay")]
    # a letter that decides the appeal ("we are affirming our denial") only recounts receiving it
    if any(c.rule in _OUTCOMES and ZONE_WEIGHT.get(zone_of(c.start), 1.0) >= 1.0 for c in cues):
        cues = [Cue(c.label, c.rule, c.weight * 0.3, c.start, c.end) if c.rule in _RECEIPTS else c for c in cues]
    for c in cues:
        if c.label == "approval" and any(n.start <= c.start < n.end + 2 for n in negations):
            continue  # "not approved", "unable to approve"
        w = c.weight * ZONE_WEIGHT.get(zone_of(c.start), 1.0) * (2.0 if is_title(c.start) else 1.0)
        if w <= 0:
            continue
        scores[c.label] += w
        if c.label not in best_cue or w > best_cue[c.label].weight:
            best_cue[c.label] = Cue(c.label, c.rule, w, c.start, c.end)
    if carc_denial is not None:  # a claim adjustment code that states a denial reason
        scores["denial"] += 2.0
        best_cue.setdefault("denial", Cue("denial", carc_denial.rule, 2.0, carc_denial.start, carc_denial.end))
    if mixed_lines is not None:
        scores["partial"] += 3.0
        best_cue.setdefault("partial", Cue("partial", mixed_lines.rule, 3.0, mixed_lines.start, mixed_lines.end))
    if all_paid is not None and carc_denial is None and mixed_lines is None:
        w = 3.0 if all_paid.confidence >= 0.7 else 2.0  # a claim table, or lines without readable heads
        scores["approval"] += w
        best_cue.setdefault("approval", Cue("approval", all_paid.rule, w, all_paid.start, all_paid.end))
    denial, approval, partial, other = (scores.get(k, 0.0) for k in ("denial", "approval", "partial", "other"))
    if partial >= 3 and (denial > 0 or approval > 0):
        label, cue, margin = "partial_denial", best_cue["partial"], partial
    elif other >= 2 and other >= denial and other >= approval:
        label, cue, margin = "other", best_cue["other"], other - max(denial, approval)
    elif denial > 0 and denial >= approval * 0.8:
        label, cue, margin = "denial", best_cue["denial"], denial - approval
    elif approval > 0:
        label, cue, margin = "approval", best_cue["approval"], approval - denial
    else:
        return None
    conf = max(0.3, min(0.99, 0.55 + 0.1 * margin))
    uncertain = margin < 1.0 or (label == "denial" and approval > 0 and denial < approval * 1.2)
    return DocTypeResult(Found(label, cue.start, cue.end, round(conf, 2), cue.rule), dict(scores), uncertain)
