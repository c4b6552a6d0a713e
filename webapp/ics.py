"""An iCalendar (RFC 5545) feed of appeal deadlines: one all-day VEVENT per case.

The summary names the case by claim or authorization number and payer, never the member; the UID
is derived from the record id so calendar apps update an event in place when a deadline is
corrected. Lines are CRLF-terminated and folded at 75 octets without splitting a UTF-8 character.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from store import CaseSummary

PRODID = "-//denials//review app//EN"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape_text(value: str) -> str:
    """A TEXT property value: backslash, semicolon, comma and new lines escaped, control chars dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """``line`` folded into CRLF-joined pieces of at most ``limit`` octets (continuations start with
    one space, which counts toward the limit)."""
    out: list[str] = []
    current, size, first = [], 0, True
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (limit if first else limit - 1):
            out.append(("" if first else " ") + "".join(current))
            current, size, first = [], 0, False
        current.append(ch)
        size += n
    out.append(("" if first else " ") + "".join(current))
    return "\r\n".join(out)


def _utc(ts: dt.datetime) -> str:
    if ts.tzinfo is not None:
        ts = ts.astimezone(dt.timezone.utc)
    return ts.strftime("%Y%m%dT%H%M%SZ")


def case_reference(case: CaseSummary) -> str:
    if case.claim_number:
        return f"claim {case.claim_number}"
    if case.authorization_number:
        return f"auth {case.authorization_number}"
    return f"case {case.record_id[:12]}"


def event_lines(case: CaseSummary, *, now: dt.datetime, case_url: str) -> list[str]:
    deadline = case.appeal_deadline
    assert deadline is not None
    summary = f"Appeal due: {case_reference(case)}" + (f" ({case.payer})" if case.payer else "")
    if case.expedited_eligible:
        summary = "[expedited] " + summary
    notes = [f"Appeal deadline for {case_reference(case)}."]
    if case.category:
        notes.append(f"Denial category: {case.category}.")
    if case.needs_review and case.reviewed_at is None:
        notes.append("Not yet reviewed: check the deadline against the letter.")
    notes.append(f"Case: {case_url}")
    return [
        "BEGIN:VEVENT",
        f"UID:{case.record_id}@denials-review",
        f"DTSTAMP:{_utc(now)}",
        f"LAST-MODIFIED:{_utc(case.updated_at)}",
        f"DTSTART;VALUE=DATE:{deadline:%Y%m%d}",
        f"DTEND;VALUE=DATE:{deadline + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(' '.join(notes))}",
        f"URL;VALUE=URI:{case_url}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def calendar(cases: Iterable[CaseSummary], *, now: dt.datetime, base_url: str,
             name: str = "Appeal deadlines") -> Iterator[str]:
    """The feed, as chunks of text (each a whole, folded, CRLF-terminated line)."""
    base = base_url.rstrip("/")
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            f"X-WR-CALNAME:{escape_text(name)}"]
    for line in head:
        yield fold(line) + "\r\n"
    for case in cases:
        if case.appeal_deadline is None:
            continue
        for line in event_lines(case, now=now, case_url=f"{base}/cases/{case.record_id}"):
            yield fold(line) + "\r\n"
    yield "END:VCALENDAR\r\n"
