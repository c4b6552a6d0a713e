"""Date arithmetic and date/number formatting for generated letters.

The appeal deadline in every label is computed here, with the contract's rules: calendar days,
business days (Mon-Fri, no holiday calendar) and calendar months clipped to the month end.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from random import Random

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def add_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def add_business_days(d: date, n: int) -> date:
    """``d`` plus ``n`` weekdays (Saturday and Sunday are skipped; no holidays)."""
    cur, left = d, n
    while left > 0:
        cur += timedelta(days=1)
        if cur.weekday() < 5:
            left -= 1
    return cur


def add_months(d: date, n: int) -> date:
    """Calendar months; a day that does not exist in the target month is clipped to its end."""
    month0 = d.month - 1 + n
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` units: ``days``, ``business_days`` or ``months``."""
    return {"days": add_days, "business_days": add_business_days, "months": add_months}[unit](d, n)


def number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _ONES[hundreds] + " hundred" + (" " + number_words(rest) if rest else "")
    raise ValueError(n)


# Date styles as (id, formatter). Ids are recorded in the label's ``generator`` block.
_MONTH_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _long(d: date) -> str:
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


DATE_STYLES = {
    "long": _long,
    "long_padded": lambda d: f"{calendar.month_name[d.month]} {d.day:02d}, {d.year}",
    "upper_long": lambda d: _long(d).upper(),
    "abbr_dot": lambda d: f"{_MONTH_ABBR[d.month - 1]} {d.day}, {d.year}",
    "abbr": lambda d: f"{calendar.month_abbr[d.month]} {d.day}, {d.year}",
    "numeric": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "numeric_short": lambda d: f"{d.month}/{d.day}/{d.year}",
    "iso": lambda d: d.isoformat(),
    "day_first_long": lambda d: f"{d.day} {calendar.month_name[d.month]} {d.year}",
    "weekday_long": lambda d: f"{calendar.day_name[d.weekday()]}, {_long(d)}",
}

# Weights: most real letters use the long or numeric US forms.
_STYLE_WEIGHTS = {"long": 30, "long_padded": 4, "upper_long": 4, "abbr_dot": 6, "abbr": 5,
                  "numeric": 30, "numeric_short": 8, "iso": 6, "day_first_long": 3, "weekday_long": 4}


def pick_date_style(rng: Random) -> str:
    names = list(_STYLE_WEIGHTS)
    return rng.choices(names, weights=[_STYLE_WEIGHTS[n] for n in names])[0]


def fmt_date(d: date | None, style: str) -> str:
    return "" if d is None else DATE_STYLES[style](d)


def random_date(rng: Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def weekday_on_or_after(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d
