"""Dates as printed in letters -> datetime.date, and the calendar arithmetic of the contract."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from extractors.rules import load_regexes

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


@dataclass(frozen=True)
class DateHit:
    value: dt.date
    start: int
    end: int
    rule: str


def _to_date(gd: dict) -> dt.date | None:
    try:
        y = int(gd["y"])
        if y < 100:
            y += 2000
        if gd.get("mon"):
            m = _MONTHS[gd["mon"][:3].lower()]
        else:
            m = int(gd["m"])
        return dt.date(y, m, int(gd["d"]))
    except (ValueError, KeyError, TypeError):
        return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateHit]:
    """All dates in ``text[start:end]``, non-overlapping, in order (offsets absolute)."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for rule in load_regexes("dates.yaml"):
        for m in rule.regex.finditer(chunk):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            d = _to_date(m.groupdict())
            if d and 1990 <= d.year <= 2100:
                hits.append(DateHit(d, start + s, start + e, rule.id))
                taken.append((s, e))
    return sorted(hits, key=lambda h: h.start)



# --- arithmetic (contract: "Deadline arithmetic") ------------------------------------------
def add_days(base: dt.date, n: int) -> dt.date:
    return base + dt.timedelta(days=n)


def add_business_days(base: dt.date, n: int) -> dt.date:
    """Monday-Friday only, no holiday calendar; day 1 is the next business day after ``base``."""
    d, left = base, n
    while left > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return d


def add_months(base: dt.date, n: int) -> dt.date:
    """Calendar months, clipped to the end of a shorter month (Aug 31 + 6 months = Feb 28/29)."""
    month0 = base.month - 1 + n
    y, m = base.year + month0 // 12, month0 % 12 + 1
    return dt.date(y, m, min(base.day, calendar.monthrange(y, m)[1]))
