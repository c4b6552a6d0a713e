"""Numbers written out in letters ("sixty (60)", "one hundred eighty", "six")."""
from __future__ import annotations

import re

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}


def parse_number(text: str | None) -> int | None:
    """Digits or English number words up to the hundreds; None if it is not a number."""
    if text is None:
        return None
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", t):
        if w in ("and", ""):
            continue
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("a", "an") and not seen:
            current += 1
        else:
            return None
        seen = True
    total += current
    return total if seen else None
