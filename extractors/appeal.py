"""The member's appeal window -> deadline, by the contract's arithmetic.

A letter states several windows; only the member's own appeal counts. Sentences (clauses) that
are about someone else's window -- provider reconsideration, external review, fair hearings,
continuation of benefits, timely filing, decision time frames, peer-to-peer -- are set aside by
the ``not_member`` rules of patterns/appeal.yaml. Different deadlines among the member's
candidates are a conflict (needs review), never silently resolved."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from extractors.dates import add_business_days, add_days, add_months, find_dates
from extractors.numbers import parse_number
from extractors.rules import RegexRule, load_regexes


@dataclass
class Window:
    n: int | None
    unit: str | None  # days | business_days | weeks | months | years
    anchor: str | None  # letter_date | receipt | service_date | absolute | None (not stated)
    absolute: dt.date | None
    start: int
    end: int
    sentence: tuple[int, int]
    zone: str
    member: bool
    score: float
    rule: str
    provider: bool = False  # the provider's own appeal/dispute window (used when the member has none)
    next_level: bool = False  # a fair hearing / external review counted from this notice (after a final decision)


@dataclass
class Deadline:
    deadline: dt.date | None
    window_days: int | None
    counted_from: str | None
    computation: str
    problem: str | None = None


@dataclass
class AppealResult:
    window: Window | None
    result: Deadline | None
    candidates: list[Window] = field(default_factory=list)
    conflicting: bool = False
    confidence: float = 0.0


def _rules(label: str) -> list[RegexRule]:
    return [r for r in load_regexes("appeal.yaml") if r.label == label]


def _count(m: re.Match) -> int | None:
    if m.groupdict().get("paren"):
        return int(m.group("paren"))
    words = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", m.group("num")).split()  # "the 60th day after"
    for k in range(len(words), 0, -1):
        n = parse_number(" ".join(words[-k:]))
        if n is not None:
            return n
    return None


def _unit(m: re.Match) -> str:
    u = m.group("unit").lower().rstrip("s")
    if u == "day" and (m.group("kind") or "").strip() in ("business", "working"):
        return "business_days"
    return {"day": "days", "week": "weeks", "month": "months", "year": "years"}[u]


def _anchor(text: str) -> str:
    t = text.lower()
    if re.search(r"\b(receive|received|receipt|receiving|get|got)\b", t):
        return "receipt"
    if re.search(r"\b(service|services|treatment|admission|discharge)\b", t):
        return "service_date"
    return "letter_date"


def _clause(text: str, sent_start: int, sent_end: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence around ``pos`` (split at ; and at ', and we/you' style joins)."""
    s = text[sent_start:sent_end]
    cuts = [0] + [m.end() for m in re.finditer(r";|\band (?=we\b|our\b|the (?:plan|provider)\b)|, (?=(?:and |but )?we\b)|\. ", s)] + [len(s)]
    rel = pos - sent_start
    lo = max(c for c in cuts if c <= rel)
    hi = min((c for c in cuts if c > rel), default=len(s))
    return sent_start + lo, sent_start + hi


_FILING = re.compile(r"\b(?:you|your (?:request|written request|representative))\b[^.;]{0,40}?\b(?:file|request|submit|send|ask|mail|make|must|have|has)\b"
                     r"|\b(?:send|submit|mail|file|fax)\s(?:us\s)?(?:your|a|the)\s(?:written\s)?(?:request|appeal|letter)\b"
                     r"|\b(?:write|send a letter|mail a letter) to us\b|\bto dispute\b|\bwe must (?:receive|get|have) your\b"
                     r"|\b(?:requests?|it|appeals?)\b[^.;]{0,30}?\bmust be (?:filed|made|received|submitted|sent|postmarked)\b", re.I)


# another process whose window a following sentence may state ("... keep getting it during your
# appeal. You must ask within 10 days ...")
_OTHER_PROCESSES = {"nm-continuation", "nm-external", "nm-fair-hearing", "nm-peer"}
_NEXT_LEVELS = {"nm-fair-hearing", "nm-external", "nm-later-level"}


def _classify(text: str, sent: tuple[int, int], pos: int, zone: str, prev: str = "",
              anchored: bool = False) -> tuple[bool, float, bool, bool]:
    """(member, score, provider, next_level) for the window at ``pos``: whether it is the member's
    appeal window and how strongly it reads so; else whether it is the provider's own appeal or
    dispute window, or a fair hearing / external review window. The appeal may be named in the
    sentence itself or, for "You must file within 180 days...", in the sentence before it."""
    c0, c1 = _clause(text, *sent, pos)
    clause = text[c0:c1]
    sentence = text[sent[0]:sent[1]]
    others = [r.id for r in _rules("not_member") if r.regex.search(clause)]
    named = any(r.regex.search(sentence) for r in _rules("member"))
    if not named and not others:
        # "You can ask to keep getting it during your appeal. You must ask within 10 days ..."; "You may
        # request an external review. Your request must be filed within four months ...": that process's
        others = [r.id for r in _rules("not_member") if r.id in _OTHER_PROCESSES and r.regex.search(prev)]
    filing = bool(_FILING.search(clause))
    member = named or (filing and (anchored or zone == "appeal" or any(r.regex.search(prev) for r in _rules("member"))))
    score = (2.0 if member else 0.0) + (1.0 if zone == "appeal" else 0.0) + (0.5 if re.search(r"\byou(r)?\b", clause, re.I) else 0.0)
    provider = (set(others) <= {"nm-provider", "nm-timely-filing", "nm-grievance"}
                and not any(r.regex.search(sentence) for r in _rules("not_an_appeal"))
                and any(r.regex.search(sentence) for r in _rules("provider_appeal")))
    is_member = member and not others
    return is_member, score, provider and not is_member, bool(others) and set(others) <= _NEXT_LEVELS


def find_windows(text: str, sentences, deadline_kv=None) -> list[Window]:
    """``sentences``: (span, zone) pairs. ``deadline_kv``: an "Appeal deadline: <date>" header cell."""
    out: list[Window] = []
    rel_rule = _rules("window")[0]
    plain_rule = _rules("window_plain")[0]
    abs_rule = _rules("absolute")[0]
    later_rule = _rules("later_notice")[0]
    prev_by_zone: dict[str, str] = {}
    for sent, zone in sentences:
        if zone in ("boilerplate", "furniture"):
            continue
        prev = prev_by_zone.get(zone, "")
        prev_by_zone[zone] = sent.text
        s0, s1 = sent.start_char, sent.end_char
        taken: list[tuple[int, int]] = []
        for m in rel_rule.regex.finditer(text, s0, s1):
            n = _count(m)
            if n is None or n <= 0 or n > 400:
                continue
            member, score, provider, next_level = _classify(text, (s0, s1), m.start(), zone, prev, anchored=True)
            later = bool(later_rule.regex.match(text, m.end()))  # counted from a notice yet to come
            member = member and not later
            this_notice = bool(re.search(r"\bthis\b|receiv|receipt", m.group("anchor"), re.I)) and not later
            out.append(Window(n, _unit(m), _anchor(m.group("anchor")), None, m.start(), m.end(), (s0, s1), zone,
                              member, score + 1.0, rel_rule.id, provider and not later, next_level and this_notice))
            taken.append(m.span())
        for m in plain_rule.regex.finditer(text, s0, s1):
            if any(a <= m.start() < b for a, b in taken):
                continue
            n = _count(m)
            if n is None or n <= 0 or n > 400 or m.group("unit").lower().startswith("year") and n > 5:
                continue
            member, score, _, _ = _classify(text, (s0, s1), m.start(), zone, prev)
            if not member or not re.search(r"\b(within|have|up to|no later than|must|after|from)\b",
                                           text[max(s0, m.start() - 40):m.end() + 40], re.I):
                continue
            out.append(Window(n, _unit(m), None, None, m.start(), m.end(), (s0, s1), zone, member, score, plain_rule.id))
        for h in find_dates(text, s0, s1):
            before = text[max(s0, h.start - 70):h.start]
            if not abs_rule.regex.search(before):
                continue
            member, score, provider, next_level = _classify(text, (s0, s1), h.start, zone, prev)
            cue = abs_rule.regex.search(before)
            out.append(Window(None, None, "absolute", h.value, max(s0, h.start - 70) + cue.start(), h.end, (s0, s1),
                              zone, member, score + 1.0, abs_rule.id, provider, next_level))
    if deadline_kv is not None:
        d, s, e = deadline_kv
        out.append(Window(None, None, "absolute", d, s, e, (s, e), "header", True, 4.0, "abs-deadline-label"))
    return out


def presumption_days(text: str) -> tuple[int, int, int] | None:
    """(days, start, end) of a stated presumption of receipt ("we assume you got it 5 days after...")."""
    rule = _rules("presumption")[0]
    m = rule.regex.search(text)
    if not m:
        return None
    n = _count(m)
    return (n, m.start(), m.end()) if n is not None and 0 < n <= 15 else None


def compute(w: Window, letter_date: dt.date | None, service_date: dt.date | None,
            presumed: int | None) -> Deadline:
    if w.anchor == "absolute":
        return Deadline(w.absolute, None, "absolute", f"printed date {w.absolute.isoformat()}")
    anchor = w.anchor or "letter_date"
    base = service_date if anchor == "service_date" else letter_date
    window_days = w.n if w.unit in ("days", "business_days") else None
    if base is None:
        missing = "date of service" if anchor == "service_date" else "letter date"
        return Deadline(None, window_days, anchor, f"{w.n} {w.unit} from the {missing}, which the letter does not give",
                        problem="appeal_base_date_missing")
    extra = ""
    if anchor == "receipt":
        if presumed:
            base = add_days(base, presumed)
            extra = f" + {presumed} days presumed for receipt (as the letter states)"
        else:
            extra = " (receipt is never before the letter date: earliest possible deadline)"
    if w.unit == "days":
        d = add_days(base, w.n)
    elif w.unit == "business_days":
        d = add_business_days(base, w.n)
    elif w.unit == "weeks":
        d = add_days(base, 7 * w.n)
    elif w.unit == "months":
        d = add_months(base, w.n)
    else:
        d = add_months(base, 12 * w.n)
    label = {"letter_date": "letter date", "receipt": "letter date", "service_date": "date of service"}[anchor]
    unit = w.unit.replace("_", " ")
    comp = f"{label} {(service_date if anchor == 'service_date' else letter_date).isoformat()}{extra} + {w.n} {unit} = {d.isoformat()}"
    return Deadline(d, window_days, anchor, comp, problem=None if w.anchor else "appeal_window_base_assumed")


def choose(windows: list[Window], letter_date, service_date, presumed, final_decision: bool = False) -> AppealResult:
    """``final_decision``: the letter ends the plan's own appeals (an appeal upheld), so a fair
    hearing or external review counted from it is the next appeal to file."""
    members = [w for w in windows if w.member]
    provider_only = not members
    if provider_only:  # a notice to the provider: its appeal/dispute window is the letter's
        members = [w for w in windows if w.provider and w.anchor is not None]
    if not members and final_decision:
        members = [w for w in windows if w.next_level and w.anchor is not None]
    if not members:
        return AppealResult(None, None, windows)
    members.sort(key=lambda w: (w.anchor is None, -w.score, w.start))
    results = [(w, compute(w, letter_date, service_date, presumed)) for w in members]
    best_w, best_r = results[0]
    anchored = [(w, r) for w, r in results if w.anchor is not None]
    distinct = {r.deadline for w, r in (anchored or results) if r.deadline is not None}
    conflicting = len(distinct) > 1
    conf = 0.95 if best_w.anchor and best_w.score >= 3 else 0.85 if best_w.anchor else 0.6
    if provider_only:
        conf = min(conf, 0.8)
    if conflicting:
        conf = min(conf, 0.5)
    if best_r.problem:
        conf = min(conf, 0.5)
    return AppealResult(best_w, best_r, windows, conflicting, conf)


def is_final_decision(text: str) -> bool:
    """The letter is the plan's last word on an appeal (an appeal upheld)."""
    return any(r.regex.search(text) for r in _rules("final_decision"))
