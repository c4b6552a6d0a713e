"""Words with boxes -> page text in reading order, shared by the text layer and OCR.

Words are grouped into visual lines by vertical overlap (so a two-column header block reads
"Member ID: W123   Claim number: 456" on one line, not as two separate columns), ordered left
to right; a wide horizontal gap becomes three spaces (a column break an extractor can see), a
large vertical gap a blank line (a paragraph break). Each Word records its character offsets
in the text, so evidence spans map back to boxes.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from models.pages import Word

COLUMN_GAP = "   "


@dataclass
class RawWord:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float | None = None
    line: tuple | None = None  # the OCR engine's own line id, when it has one


def _segments(words: list[RawWord]) -> list[list[RawWord]]:
    """Runs of words the engine already knows to be one line (OCR); else one segment per word."""
    if all(w.line is not None for w in words):
        by_line: dict[tuple, list[RawWord]] = {}
        for w in words:
            by_line.setdefault(w.line, []).append(w)
        return list(by_line.values())
    return [[w] for w in words]


def _group_lines(words: list[RawWord]) -> list[list[RawWord]]:
    """Merge segments whose vertical centres agree into visual lines, top to bottom."""
    segs = [(min(w.y0 for w in s), max(w.y1 for w in s), s) for s in _segments(words)]
    heights = [b - t for t, b, _ in segs if b > t]
    h = median(heights) if heights else 1.0
    lines: list[list[RawWord]] = []
    centers: list[float] = []
    for top, bottom, seg in sorted(segs, key=lambda s: ((s[0] + s[1]) / 2, min(w.x0 for w in s[2]))):
        c = (top + bottom) / 2
        if lines and abs(c - centers[-1]) <= 0.45 * h:
            n = len(lines[-1])
            lines[-1].extend(seg)
            centers[-1] += (c - centers[-1]) * len(seg) / (n + len(seg))
        else:
            lines.append(list(seg))
            centers.append(c)
    for line in lines:
        line.sort(key=lambda w: w.x0)
    return lines


def build_page_text(words: list[RawWord], width: float, height: float) -> tuple[str, list[Word]]:
    """Lay out ``words`` (page units, origin top-left) as text; return the text and positioned Words."""
    words = [w for w in words if w.text.strip()]
    if not words:
        return "", []
    char_widths = [(w.x1 - w.x0) / len(w.text) for w in words if w.x1 > w.x0]
    cw = median(char_widths) if char_widths else 1.0
    heights = [w.y1 - w.y0 for w in words if w.y1 > w.y0]
    lh = median(heights) if heights else 1.0
    parts: list[str] = []
    out: list[Word] = []
    pos = 0
    prev_bottom = None
    for line in _group_lines(words):
        top = min(w.y0 for w in line)
        if prev_bottom is not None:
            sep = "\n\n" if top - prev_bottom > 1.2 * lh else "\n"
            parts.append(sep)
            pos += len(sep)
        prev_right = None
        for w in line:
            if prev_right is not None:
                sep = COLUMN_GAP if w.x0 - prev_right > 2.5 * cw else " "
                parts.append(sep)
                pos += len(sep)
            t = w.text.strip()
            out.append(Word(text=t, start=pos, end=pos + len(t),
                            x0=round(w.x0 / width, 5), y0=round(w.y0 / height, 5),
                            x1=round(w.x1 / width, 5), y1=round(w.y1 / height, 5), conf=w.conf))
            parts.append(t)
            pos += len(t)
            prev_right = w.x1
        prev_bottom = max(w.y1 for w in line)
    return "".join(parts), out
