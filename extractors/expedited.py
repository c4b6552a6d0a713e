"""Expedited (fast) appeal: offered (true), ruled out (false) or not mentioned (null), and the
promised turnaround in hours. A post-service letter that is silent is false (the services were
already received, so there is nothing to expedite)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.found import Found
from extractors.rules import load_regexes


@dataclass
class ExpeditedResult:
    eligible: Found | None
    hours: Found | None
    text: str | None
    conflicting: bool = False


def _rules(label: str):
    return [r for r in load_regexes("expedited.yaml") if r.label == label]


_ALREADY_RECEIVED = re.compile(r"\balready (?:been )?(?:received|rendered|provided|got|paid|bought|filled)\b|"
                               r"\bpay(?:ing)? (?:you )?back\b|\brequests? for payment\b|\breimburse", re.I)


# this very request was refused expedited handling: outweighs the general offer around it
_DECIDED = {"exp-neg-request-denied": 2.0, "exp-neg-standard": 2.0, "exp-neg-decision-not-to": 2.0}


def _polarity(sentence: str, review_type: str | None) -> tuple[float, str | None, float, str | None]:
    """(positive weight, rule, negative weight, rule). A rule about services already received
    ("no fast appeal when asking us to pay you back") rules this letter out only when the
    letter is about services already received; elsewhere it is a general remark."""
    neg = next((r.id for r in _rules("negative") if r.regex.search(sentence)), None)
    pos = next((r.id for r in _rules("positive") if r.regex.search(sentence)), None)
    conditional = any(r.regex.search(sentence) for r in _rules("conditional")) or (
        bool(_ALREADY_RECEIVED.search(sentence)) and review_type != "post_service"
        and not re.search(r"\bbecause\b", sentence, re.I))
    neg_w = (0.3 if conditional else _DECIDED.get(neg, 1.0)) if neg else 0.0
    pos_w = 1.0 if (pos and not neg) else 0.0
    return pos_w, pos, neg_w, neg


def find_expedited(text: str, sentences, review_type: str | None) -> ExpeditedResult:
    mention = _rules("mention")[0]
    pos_total = neg_total = 0.0
    pos_best = neg_best = None
    texts: list[str] = []
    headed = None  # a bare "Fast appeal." heading: the next sentence says what it offers
    for i, (sent, zone) in enumerate(sentences):
        if zone in ("boilerplate", "furniture"):
            continue
        s = sent.text
        m = mention.regex.search(s)
        if not m and headed is not None and headed[0] == i - 1:
            m = headed[1]
            s_start = headed[2]
        elif not m:
            continue
        else:
            s_start = sent.start_char
        pos_w, pos_rule, neg_w, neg_rule = _polarity(s, review_type)
        if pos_w == 0 and neg_w == 0 and len(s.split()) <= 4:
            headed = (i, m, sent.start_char)
            continue
        if pos_w == 0 and neg_w == 0:
            # "Fast appeals are decided within 72 hours" after "You may ask for a fast appeal ..."
            if re.search(r"\bwithin\s\d{1,3}\s(?:clock\s)?hours\b", s, re.I):
                pos_w, pos_rule = 0.6, "exp-pos-hours"
            else:
                continue
        texts.append(re.sub(r"\s+", " ", s).strip())
        found_start = s_start + m.start()
        if pos_w:
            pos_total += pos_w
            if pos_best is None:
                pos_best = (found_start, s_start + m.end(), pos_rule, i)
        if neg_w:
            neg_total += neg_w
            if neg_best is None or neg_w > 0.5:
                neg_best = (found_start, s_start + m.end(), neg_rule, i)
    if pos_total == 0 and neg_total == 0:
        if review_type == "post_service":
            return ExpeditedResult(Found(False, 0, 0, 0.75, "exp-post-service-silent"), None, None)
        return ExpeditedResult(None, None, None)
    eligible = pos_total > neg_total
    conflicting = pos_total > 0 and neg_total >= 0.5 and abs(pos_total - neg_total) < 1.0
    best = pos_best if eligible else neg_best
    conf = 0.92 if not conflicting and (pos_total == 0 or neg_total <= 0.3) else 0.5
    found = Found(eligible, best[0], best[1], conf, best[2])
    hours = _hours(text, sentences, best[3]) if eligible else None
    return ExpeditedResult(found, hours, " ".join(texts) or None, conflicting)


def _hours(text: str, sentences, i: int) -> Found | None:
    rule = _rules("hours")[0]
    for j in (i, i + 1, i - 1, i + 2):
        if 0 <= j < len(sentences):
            sent = sentences[j][0]
            if j != i and not re.search(r"expedit|fast|urgent|hours", sent.text, re.I):
                continue
            for m in rule.regex.finditer(text, sent.start_char, sent.end_char):
                n = int(m.group("n"))
                if n in (24, 48, 72, 96, 120, 168) or n < 24:
                    return Found(n, m.start(), m.end(), 0.9, rule.id)
    return None
