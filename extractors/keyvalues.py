"""Label/value cells of header blocks and tables ("Member ID:   W123   Claim number:   456").

Cells are the parts of a line between column gaps (three or more spaces, see pipeline.layout).
A cell "Label: value" is one pair; a label cell followed by a value cell is another; a label
wrapped over two lines ("Date(s) of" / "service:") is joined."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.letter import Letter
from extractors.rules import load_yaml

# a column gap; or two spaces before another "Label:" ("Member: Ann Lee  ID: W123", typed headers)
_GAP = re.compile(r"\s{3,}|\s{2}(?=[A-Z][A-Za-z #./]{0,30}(?<!\s)(?::|\s#)\s)")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class KeyValue:
    field: str
    label: str
    value: str
    start: int  # value offsets in the letter text
    end: int
    line: int  # index of the line in letter.lines


@lru_cache(maxsize=1)
def _label_rules() -> list[tuple[str, re.Pattern]]:
    rules = []
    for field, patterns in load_yaml("labels.yaml")["fields"].items():
        for p in patterns:
            rules.append((field, re.compile(p, re.I)))
    return rules


@lru_cache(maxsize=1)
def _label_words() -> tuple[str, ...]:
    """The words the label patterns are made of ("claim", "member", "authorization", ...)."""
    words = set()
    for _, rx in _label_rules():
        words.update(re.findall(r"[a-z]{4,}", rx.pattern))
    return tuple(sorted(words))


# everyday letter words close to a label word ("page" ~ "payer"): never mended into one
_NOT_LABEL_WORDS = frozenset({"page", "pages", "phone", "email", "mail", "call", "note", "notes", "name"})


@lru_cache(maxsize=4096)
def _ocr_mended(t: str) -> str | None:
    """A label with an OCR slip in a word ("gaim number", "diagawsis") spelled as the known word
    it is closest to, when it is close enough; None when nothing changes."""
    from difflib import get_close_matches

    words = t.split()
    if not 1 <= len(words) <= 3:
        return None
    known = _label_words()
    out = [w if len(w) < 4 or w in known or w in _NOT_LABEL_WORDS
           else next(iter(get_close_matches(w, known, n=1, cutoff=0.66)), w) for w in words]
    return " ".join(out) if out != words else None


@lru_cache(maxsize=8192)
def label_field(label: str) -> str | None:
    t = re.sub(r"\s+", " ", label.strip().rstrip(":").strip()).lower()
    t = t.strip("*•-‘’'\"`“”").strip()
    if not t or len(t) > 45:
        return None
    # only a cell that reads as a label ("Gaim number:") is worth mending: difflib is not free
    looks_labelled = label.rstrip().endswith((":", "#"))
    for candidate in (t, _ocr_mended(t) if looks_labelled else None):
        if candidate is None:
            continue
        for field, rx in _label_rules():
            if rx.fullmatch(candidate):
                return field
    return None


def cells(letter: Letter, line_index: int) -> list[Cell]:
    ln = letter.lines[line_index]
    text = letter.text[ln.start:ln.end]
    out, pos = [], 0
    for part in _GAP.split(text):
        i = text.index(part, pos) if part else pos
        if part.strip():
            lead = len(part) - len(part.lstrip())
            out.append(Cell(part.strip(), ln.start + i + lead, ln.start + i + lead + len(part.strip())))
        pos = i + len(part)
    return out


_INLINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9 ()/.'&-]{0,40}?)\s*(?P<sep>#\s*:?|:|\s-\s|\s?\.{4,})\s*(?P<value>[^:\s].*)$")


def _split_inline(cell: Cell) -> tuple[str, Cell] | None:
    m = _INLINE.match(cell.text)
    if not m:
        return None
    label = m.group("label") + (" #" if m.group("sep").startswith("#") else ":")
    vs = cell.start + m.start("value")
    return label, Cell(m.group("value"), vs, cell.end)


_COLUMN_WORDS = re.compile(
    r"^(date|dates|code|codes|cpt|hcpcs|description|service|services|billed|amount|charge|charges|allowed|paid|"
    r"plan paid|you owe|decision|status|units|qty|quantity|modifier|reason|reason code|remark|diagnosis|"
    r"dx|deductible|copay|coinsurance|not covered|balance|provider|from|to|line|item|drug|ndc|days|approved|denied|"
    r"svc date|service date|dos|proc|proc/mod|mod|grp/carc|grp-rc|grp/rc|group/reason|carc|rarc|amt|adj|"
    r"deduct|coins|remark codes?|adjustment|group code|paid amount|billed amount)$", re.I)


def is_table_header(cs: list[Cell]) -> bool:
    """A row of column names: three or more short cells, no digits or colons, mostly known column words."""
    if len(cs) < 3 or any(re.search(r"[\d:]", c.text) for c in cs):
        return False
    return sum(1 for c in cs if _COLUMN_WORDS.match(c.text.strip())) >= max(2, len(cs) // 2)


def _wrapped_label(letter: Letter, c: Cell, nxt: list[Cell]) -> tuple[str, Cell | None] | None:
    """Join ``c`` with a lowercase "label:" cell on the next line at about the same horizontal
    position ("Date(s) of" / "service:"); also return the value cell that follows it, if any."""
    x = letter.x_at(c.start)
    if x is None:
        return None
    best = None
    for j, n in enumerate(nxt):
        x2 = letter.x_at(n.start)
        if x2 is not None and n.text[:1].islower() and n.text.rstrip().endswith(":") and len(n.text) <= 20:
            if best is None or abs(x2 - x) < best[0]:
                best = (abs(x2 - x), j)
    if best is None or best[0] > 0.03:
        return None
    j = best[1]
    after = nxt[j + 1] if j + 1 < len(nxt) and label_field(nxt[j + 1].text) is None else None
    return f"{c.text} {nxt[j].text}", after


def _label_around_value(letter: Letter, i: int, c: Cell, line_cells: dict[int, list[Cell]]) -> KeyValue | None:
    """A label printed in two lines around its value: "Reference" / "<value>" / "number:"
    (a table cell whose value is vertically centred). The value is the cell of the middle
    line standing to the right of the label."""
    x = letter.x_at(c.start)
    below, below2 = line_cells.get(i + 1) or [], line_cells.get(i + 2) or []
    if x is None or not below or not below2:
        return None
    tail = next((n for n in below2 if n.text[:1].islower() and n.text.rstrip().endswith(":")
                 and abs((letter.x_at(n.start) or -1) - x) <= 0.03), None)
    if tail is None:
        return None
    label = f"{c.text} {tail.text}"
    field = label_field(label)
    value = next((v for v in below if (letter.x_at(v.start) or 0) > x + 0.04 and label_field(v.text) is None), None)
    if field is None or value is None:
        return None
    return KeyValue(field, label, value.text, value.start, value.end, i + 1)


def key_values(letter: Letter, start: int = 0, end: int | None = None) -> list[KeyValue]:
    end = len(letter.text) if end is None else end
    out: list[KeyValue] = []
    line_cells = {i: cells(letter, i) for i, ln in enumerate(letter.lines) if start <= ln.start < end}
    for i, cs in line_cells.items():
        if is_table_header(cs):
            continue
        used: set[int] = set()
        for k, c in enumerate(cs):
            if k in used:
                continue
            inline = _split_inline(c)
            if inline is not None:
                field = label_field(inline[0])
                if field:
                    out.append(KeyValue(field, inline[0], inline[1].text, inline[1].start, inline[1].end, i))
                    continue
            field = label_field(c.text)
            label, tail = c.text, None
            if field is None and not re.search(r"\d", c.text):
                wrapped = _wrapped_label(letter, c, line_cells.get(i + 1) or [])
                if wrapped is not None:
                    label, tail = wrapped
                    field = label_field(label)
            if field is None and k == 0 and not re.search(r"\d", c.text):
                around = _label_around_value(letter, i, c, line_cells)
                if around is not None:
                    out.append(around)
                    continue
            if field is None or k + 1 >= len(cs):
                continue
            v = cs[k + 1]
            if label_field(v.text) is not None and not v.text[:1].isdigit():
                continue  # the next cell is another label (empty value)
            value, vend = v.text, v.end
            if tail is not None:  # the value wrapped too: "Dr. Ann Lee MD (NPI" / "1234567893)"
                value, vend = f"{v.text} {tail.text}", v.end
            out.append(KeyValue(field, label, value, v.start, vend, i))
            used.add(k + 1)
    return out


def first(kvs: list[KeyValue], field: str) -> KeyValue | None:
    return next((kv for kv in kvs if kv.field == field), None)
