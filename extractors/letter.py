"""The letter as extraction sees it: all pages joined into one normalized text, with a map back
to (page, offset) for evidence, its lines, paragraphs-as-sentences, and sections.

Normalization keeps an index map, so it may change lengths: wrapped lines of one paragraph are
joined (a line break inside a sentence becomes a space; "adminis-\ntration" is de-hyphenated),
typographic quotes/dashes/ligatures become ASCII. Real breaks (short lines, headings, table
rows, list items, paragraph gaps) stay newlines, so spaCy sees every sentence whole and no
sentence spans a heading. Column gaps (three spaces, see pipeline.layout) stay as they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from models.pages import DocumentText

PAGE_BREAK = "\n\f\n"
COLUMN_GAP = "   "
_CHARMAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2011": "-",
    "\u2010": "-", "\u00a0": " ", "\u2022": "•", "\u00ad": "-", "\u2012": "-", "\u2212": "-", "\uFB01": "fi",
    "\uFB02": "fl", "\u00AE": "®", "\u2122": "™",
})
_BULLET = re.compile(r"^\s*(?:[•·▪●◦*\-]|o\s|\(?\d{1,2}[.)]|\(?[a-h][.)])\s*")
_TERMINAL = re.compile(r"[.!?:;]\s*$")
# hyphen-joined compounds that stay hyphenated when split at a line end
_COMPOUND_PREFIX = {"peer", "non", "pre", "post", "re", "co", "self", "follow", "out", "in", "well", "long", "short",
                    "high", "low", "step", "fast", "full", "part", "time", "day", "one", "two", "three", "first",
                    "second", "third", "year", "month", "week", "end", "life", "state", "out-of", "doctor", "in-"}


@dataclass(frozen=True)
class Line:
    start: int  # offsets into Letter.text
    end: int
    page: int

    def text_of(self, letter: "Letter") -> str:
        return letter.text[self.start:self.end]


@dataclass
class Letter:
    """Normalized text of a whole document plus everything needed to cite it."""

    text: str
    index: list[int]  # normalized offset -> offset in the concatenated original pages
    page_starts: list[int]  # offsets of each page in the concatenated original
    pages: list[str]  # original page texts
    lines: list[Line] = field(default_factory=list)
    word_x: dict[int, float] = field(default_factory=dict)  # original offset of a word start -> x0 (page fraction)

    # --- evidence --------------------------------------------------------------------------
    def locate(self, start: int, end: int) -> tuple[int, int, int, str]:
        """(page, start, end, text) in the ORIGINAL page text for normalized span [start, end)."""
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        o_start, o_end = self.index[start], self.index[end - 1] + 1
        page = max(i for i, s in enumerate(self.page_starts) if s <= o_start)
        base = self.page_starts[page]
        page_text = self.pages[page]
        ps, pe = o_start - base, min(o_end - base, len(page_text))
        return page + 1, ps, pe, page_text[ps:pe]

    def x_at(self, offset: int) -> float | None:
        """Horizontal position (fraction of page width) of the word at normalized ``offset``."""
        o = self.index[max(0, min(offset, len(self.index) - 1))]
        for back in range(0, 40):
            if o - back in self.word_x:
                return self.word_x[o - back]
        return None

    def line_at(self, offset: int) -> Line | None:
        lo, hi = 0, len(self.lines) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            ln = self.lines[mid]
            if offset < ln.start:
                hi = mid - 1
            elif offset > ln.end:
                lo = mid + 1
            else:
                return ln
        return None

    def line_texts(self) -> list[tuple[Line, str]]:
        return [(ln, self.text[ln.start:ln.end]) for ln in self.lines]

    @cached_property
    def first_page_end(self) -> int:
        for ln in self.lines:
            if ln.page > 1:
                return ln.start
        return len(self.text)


def _typical_width(lines: list[str]) -> int:
    lengths = sorted(len(s) for s in lines if len(s) >= 30 and COLUMN_GAP not in s)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.8)]


def _is_heading_like(s: str) -> bool:
    words = s.split()
    return (0 < len(words) <= 9 and len(s) <= 70 and not s.rstrip().endswith((".", ",", ";"))
            and s.lstrip()[:1].isupper())


_LEADER = re.compile(r"\S ?\.{4,} ?\S")
_LABELLED = re.compile(r"^\s*[A-Z][\w /#().'&-]{0,40}?:\s+\S")
_RULE_LINE = re.compile(r"[-=_*~ ]{3,}")  # a horizontal rule drawn with dashes: no sentence runs across it


def continues(prev: str, cur: str, width: int) -> bool:
    """Whether line ``cur`` continues the sentence/paragraph that line ``prev`` started."""
    p, c = prev.rstrip(), cur.strip()
    if not p or not c or COLUMN_GAP in p.strip() or COLUMN_GAP in c or _BULLET.match(cur):
        return False
    if _RULE_LINE.fullmatch(p) or _RULE_LINE.fullmatch(c):
        return False
    if _LEADER.search(p) or _LEADER.search(c):
        return False  # "E2607  Seat cushion ........ APPROVED": rows of a dot-leader list
    if _LABELLED.match(c) and (_LABELLED.match(p) or prev.startswith("    ")):
        return False  # "Service: ..." then "Date of decision: ...": one label per line
    long_prev = len(p) >= 0.6 * width and len(p.split()) >= 7
    if p.endswith(":") and long_prev and len(c.split()) >= 4 and not _is_heading_like(c):
        return True  # a sentence wrapped right after a colon ("...criteria in Clinical Policy:\nEnbrel (CP.1).")
    if _TERMINAL.search(p) and not re.search(r"\b(?:Dr|Mr|Ms|Mrs|No|St|Inc|Co|U\.S|e\.g|i\.e|vs|approx)\.$", p):
        return False
    if c[:1].islower() or c[:1] in "(,&" or p.endswith((",", "-", "&", "/")):
        return True
    long_enough = len(p) >= 0.6 * width and len(p.split()) >= 7  # a wrapped prose line, not a letterhead line
    if long_enough and not (_is_heading_like(c) and len(c) < 0.5 * width and c.endswith((":", "?"))):
        return True
    # a short last word of a wrapped sentence, e.g. "...handled by Blue Meridian Health\nPlan."
    return long_enough and c.endswith(".") and len(c.split()) <= 3


def build_letter(doc: DocumentText) -> Letter:
    pages = [p.text for p in doc.pages]
    out: list[str] = []
    index: list[int] = []
    lines: list[Line] = []
    page_starts: list[int] = []
    offset = 0  # offset in the concatenated original
    pos = 0  # offset in the normalized text

    def emit(s: str, orig_start: int, per_char: bool = True) -> None:
        nonlocal pos
        out.append(s)
        if per_char:
            index.extend(range(orig_start, orig_start + len(s)))
        else:
            index.extend([orig_start] * len(s))
        pos += len(s)

    for pno, ptext in enumerate(pages, start=1):
        if pno > 1:
            emit(PAGE_BREAK, offset - 1, per_char=False)
        page_starts.append(offset)
        raw_lines = ptext.split("\n")
        width = _typical_width(raw_lines)
        line_off = offset
        cur_start = None
        prev = ""
        for i, raw in enumerate(raw_lines):
            norm = raw.translate(_CHARMAP)
            if len(norm) != len(raw):  # ligature expanded: map each char of it to its source
                pieces = [(ch.translate(_CHARMAP), j) for j, ch in enumerate(raw)]
            else:
                pieces = None
            skip = 0  # leading indentation of a continued line ("* item ...\n  continued")
            if i > 0:
                if continues(prev, norm, width):
                    skip = len(norm) - len(norm.lstrip())
                    p = prev.rstrip()
                    m = re.search(r"([A-Za-z]+)-$", p)
                    if m and norm.strip()[:1].islower() and m.group(1).lower() not in _COMPOUND_PREFIX:
                        # de-hyphenate: drop the hyphen and the break
                        if out and out[-1].endswith("-"):
                            out[-1] = out[-1][:-1]
                            index.pop()
                            pos -= 1
                    else:
                        emit(" ", line_off - 1)
                else:
                    if cur_start is not None:
                        lines.append(Line(cur_start, pos, pno))
                    emit("\n", line_off - 1)
                    cur_start = None
            if cur_start is None:
                cur_start = pos
            if pieces is None:
                emit(norm[skip:], line_off + skip)
            else:
                for s, j in pieces[skip:]:
                    emit(s, line_off + j, per_char=len(s) == 1)
            prev = norm
            line_off += len(raw) + 1
        if cur_start is not None:
            lines.append(Line(cur_start, pos, pno))
        offset += len(ptext) + 1  # +1: the page separator in the concatenated original
    text = "".join(out)
    assert len(text) == len(index), (len(text), len(index))
    word_x = {page_starts[p.number - 1] + w.start: w.x0 for p in doc.pages for w in p.words}
    return Letter(text=text, index=index, page_starts=page_starts, pages=pages, lines=lines, word_x=word_x)
