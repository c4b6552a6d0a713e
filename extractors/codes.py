"""Codes printed on the letter, validated by shape: CPT/HCPCS procedure codes, ICD-10-CM
diagnosis codes, and CARC claim adjustment reason codes normalized to GROUP-CODE.

Codes are read only where the letter says they are codes (labels, table columns, "CPT 70553",
"(70553)" after a service), never from anywhere a five-digit number happens to stand (ZIP codes,
amounts, phone numbers). Common OCR confusions are repaired (O/0, l/I/1, $/S) and such codes get
a lower confidence."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.dates import find_dates
from extractors.found import Found
from extractors.keyvalues import KeyValue, cells, is_table_header
from extractors.letter import Letter

ICD_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")
CPT_SHAPE = re.compile(r"^(?:\d{4}[0-9FTU]|[A-V]\d{4})$")
_ICD_TOKEN = re.compile(r"(?<![\w.$-])[A-Z$][0-9OoIl][0-9A-Z]\.?[0-9A-Z]{0,4}(?![\w-])")
_ICD_DOTTED = re.compile(r"(?<![\w.$-])[A-Z$][0-9OoIl][0-9A-Z]\.[0-9A-Z]{1,4}(?![\w-])")
# a code may carry a modifier ("99215-25", "27447-RT"); a longer dash-joined number is not a code
_CPT_TOKEN = re.compile(r"(?<![\w$.,/-])(?:\d{4}[0-9FTU]|[A-V]\d{4})(?=-[0-9A-Z]{2}(?![\w-])|(?![\w,.]\d|[\w/-]))")
_CARC = re.compile(r"(?<![A-Z0-9])(C[O0]Q?|PR|OA|0A|PI|CR)\s?[-–]\s?([A-Z]?\d{1,3}|[A-Z]\d{0,2})(?![\dA-Za-z])")
_CARC_NO_DASH = re.compile(r"(?<![A-Z0-9])(CO|PR|OA|PI|CR)\s?(\d{1,3})(?![\d-])")
_CARC_SPACED = re.compile(r"(?<![A-Z0-9])(CO|PR|OA|PI|CR)\s{1,8}(\d{1,3}|[A-Z]\d{1,2})(?![\dA-Za-z-])")  # "CO     109" in Group | CARC columns
_GROUP_AND_REASON_COLS = (re.compile(r"\b(?:group|grp)\b", re.I), re.compile(r"\b(?:carc|reason|rsn)\b", re.I))
_CARC_ATTACHED = re.compile(r"(?<![A-Za-z0-9])(CO|PR|OA|PI|CR)(\d{1,3})(?![\d-])")  # "CO50": unambiguous
_CODE_CONTEXT = re.compile(r"\b(?:cpt|hcpcs|procedure code|service code|billing code|code)s?\b\W{0,6}", re.I)
_CARC_CONTEXT = re.compile(r"reason|adjustment|carc|group|denial code|remark", re.I)
_TABLE_CODE_COLS = re.compile(r"^(code|codes|cpt|hcpcs|cpt/hcpcs|procedure|service code|proc|billing code)\b", re.I)
_TABLE_DX_COLS = re.compile(r"^(diagnosis|dx|icd|icd-10)", re.I)


_FIRST_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B", "6": "G"}
_ICD_LABELLED_TOKEN = re.compile(r"(?<![\w.$-])[A-Z0-9$]{1,2}[0-9OoIlS][0-9A-Z]\.?[0-9A-Z]{0,4}(?![\w-])")


def fix_icd(token: str) -> tuple[str, bool]:
    """Repair OCR confusions by position (letter, digit, digit-or-letter); return (code, repaired).
    A token that still is no code may have a stray letter after the first ("MS54.16")."""
    t = token.strip().upper().replace("$", "S")
    code, repaired = _fix_positions(t, token)
    if not ICD_SHAPE.match(code) and len(t) > 3 and t[1].isalpha():
        code2, _ = _fix_positions(t[0] + t[2:], token)
        if ICD_SHAPE.match(code2):
            return code2, True
    return code, repaired


def _fix_positions(t: str, token: str) -> tuple[str, bool]:
    chars = list(t)
    if chars and chars[0] in _FIRST_LETTER:
        chars[0] = _FIRST_LETTER[chars[0]]
    if len(chars) > 1:
        chars[1] = {"O": "0", "I": "1", "L": "1", "S": "5"}.get(chars[1], chars[1])
    fixed = "".join(chars)
    if "." not in fixed and len(fixed) > 3:
        fixed = fixed[:3] + "." + fixed[3:]
    return fixed, fixed.replace(".", "") != token.strip().upper().replace(".", "")


def normalize_carc(group: str, code: str) -> str:
    g = group.upper().replace("0", "O").replace("Q", "")
    return f"{g}-{code.upper()}"


@dataclass(frozen=True)
class Table:
    header_line: int
    columns: list[str]
    rows: list[int]  # line indexes


def tables(letter: Letter) -> list[Table]:
    """Header rows of column names and the rows below them (until a blank or a prose line)."""
    out = []
    n = len(letter.lines)
    i = 0
    while i < n:
        cs = cells(letter, i)
        if is_table_header(cs):
            rows = []
            j = i + 1
            while j < n:
                t = letter.text[letter.lines[j].start:letter.lines[j].end]
                if not t.strip():
                    break
                if len(cells(letter, j)) < 2 and not re.search(r"\d{4,}", t):
                    # a cell wrapped onto a line of its own ("Sunday, February" / "E0601   1   $2,128.08")
                    if not (j + 1 < n and len(t) < 40 and len(cells(letter, j + 1)) >= 3):
                        break
                rows.append(j)
                j += 1
            out.append(Table(i, [c.text for c in cs], rows))
            i = j
        else:
            i += 1
    return out


def table_dates(letter: Letter, tabs: list[Table]):
    hits = []
    for t in tabs:
        # "Date of Service", "DOS", "SVC  DATE OF SVC  CODE" (heads run together by narrow gaps)
        if any(re.match(r"^(date|dates|service date|from|dos)", c, re.I)
               or re.search(r"\b(?:date of (?:service|svc)|dos)\b", c, re.I) for c in t.columns):
            for r in t.rows:
                ln = letter.lines[r]
                hits.extend(find_dates(letter.text, ln.start, ln.end)[:1])
    return hits


def _add(out: dict[str, Found], code: str, start: int, conf: float, rule: str) -> None:
    if code not in out:
        out[code] = Found(code, start, start + len(code), conf, rule)


def procedure_codes(letter: Letter, kvs: list[KeyValue], tabs: list[Table], skip: set[int]) -> list[Found]:
    out: dict[str, Found] = {}
    for kv in kvs:
        if kv.field in ("procedure_codes", "service"):
            for m in _CPT_TOKEN.finditer(letter.text, kv.start, kv.end):
                if kv.field == "procedure_codes" or re.fullmatch(r"[\sA-Z0-9,;()]+", kv.value) or "(" in letter.text[m.start() - 1:m.start()]:
                    _add(out, m.group(0), m.start(), 0.9, f"cpt-{kv.field}-label")
    for t in tabs:
        if not any(_TABLE_CODE_COLS.match(c) for c in t.columns):
            continue
        for r in t.rows:
            ln = letter.lines[r]
            for m in _CPT_TOKEN.finditer(letter.text, ln.start, ln.end):
                if not _ICD_DOTTED.fullmatch(m.group(0)):
                    _add(out, m.group(0), m.start(), 0.85, "cpt-table")
    for m in _CODE_CONTEXT.finditer(letter.text):
        if m.start() in skip:
            continue
        seg_end = min(len(letter.text), m.end() + 40)
        for c in _CPT_TOKEN.finditer(letter.text, m.end(), seg_end):
            between = letter.text[m.end():c.start()]
            if re.fullmatch(r"[\s(:#,A-Z0-9]*", between) and "\n" not in between:
                _add(out, c.group(0), c.start(), 0.8, "cpt-phrase")
    for m in re.finditer(r"\((?:CPT |HCPCS |code )?((?:\d{4}[0-9FTU]|[A-V]\d{4}))(?:\)|[,;] (?=[a-z]))", letter.text):
        if m.start() not in skip:
            _add(out, m.group(1), m.start(1), 0.75, "cpt-parenthesized")
    return list(out.values())


def diagnosis_codes(letter: Letter, kvs: list[KeyValue], tabs: list[Table]) -> list[Found]:
    out: dict[str, Found] = {}

    def take(start: int, end: int, rule: str, dotted_only: bool = False, labelled: bool = False) -> None:
        # under a diagnosis label every token is a code, so worse OCR damage is worth repairing
        rx = _ICD_DOTTED if dotted_only else _ICD_LABELLED_TOKEN if labelled else _ICD_TOKEN
        for m in rx.finditer(letter.text, start, end):
            code, repaired = fix_icd(m.group(0))
            if ICD_SHAPE.match(code) and not CPT_SHAPE.match(m.group(0)):
                _add(out, code, m.start(), 0.7 if repaired else 0.9, rule)

    for kv in kvs:
        if kv.field == "diagnosis_codes":
            take(kv.start, kv.end, "icd-label", labelled=True)
    for m in re.finditer(r"\b(?:diagnosis|diagnoses|dx|icd-?10(?:-cm)?)(?: codes?(?:\(s\))?)?(?:\s*[:#]\s*|\s(?=[A-Z][0-9][0-9A-Z]\.))", letter.text, re.I):
        line_end = letter.text.find("\n", m.end())
        take(m.end(), line_end if line_end >= 0 else len(letter.text), "icd-phrase", labelled=True)
    for t in tabs:
        dx_cols = [i for i, c in enumerate(t.columns) if _TABLE_DX_COLS.match(c)]
        if not dx_cols:
            continue
        for r in t.rows:
            row = cells(letter, r)
            if len(row) == len(t.columns):  # aligned row: the diagnosis cell itself, undotted codes too
                for i in dx_cols:
                    take(row[i].start, row[i].end, "icd-table-column")
            else:
                ln = letter.lines[r]
                take(ln.start, ln.end, "icd-table", dotted_only=True)
    return list(out.values())


def carc_codes(letter: Letter, skip: set[int], tabs: list[Table] = ()) -> list[Found]:
    out: dict[str, Found] = {}
    for t in tabs:  # a claim table with the group code and the reason code in columns of their own
        header = letter.text[letter.lines[t.header_line].start:letter.lines[t.header_line].end]
        if all(rx.search(header) for rx in _GROUP_AND_REASON_COLS):
            for r in t.rows:
                ln = letter.lines[r]
                for m in _CARC_SPACED.finditer(letter.text, ln.start, ln.end):
                    _add(out, normalize_carc(m.group(1), m.group(2)), m.start(), 0.85, "carc-columns")
    for m in _CARC.finditer(letter.text):
        if m.start() in skip:
            continue
        code = normalize_carc(m.group(1), m.group(2))
        if re.fullmatch(r"(CO|PR|OA|PI|CR)-[A-Z0-9]{1,4}", code):
            repaired = m.group(1) not in ("CO", "PR", "OA", "PI", "CR")
            _add(out, code, m.start(), 0.7 if repaired else 0.95, "carc")
    for m in _CARC_NO_DASH.finditer(letter.text):
        ln = letter.line_at(m.start())
        context = letter.text[ln.start:ln.end] if ln else ""
        attached = _CARC_ATTACHED.match(letter.text, m.start())
        if m.start() not in skip and (attached or _CARC_CONTEXT.search(context) or "$" in context):
            _add(out, normalize_carc(m.group(1), m.group(2)), m.start(), 0.8, "carc-no-dash")
    return list(out.values())


_DECISION_COLS = re.compile(r"^(decision|status|determination|approved\??|outcome|result)$", re.I)


def mixed_service_lines(letter: Letter, tabs: list[Table], reason_codes: dict[str, str]) -> Found | None:
    """A service table in which some lines were approved/paid and others denied: by a decision
    column ("Approved" / "Denied"), or by adjustment codes (only some lines carry a code that
    states a denial reason)."""
    from extractors.doctype import mixed_decisions

    for t in tabs:
        rows = [letter.text[letter.lines[r].start:letter.lines[r].end] for r in t.rows]
        if len(rows) < 2:
            continue
        first = letter.lines[t.rows[0]]
        span = Found(True, first.start, letter.lines[t.rows[-1]].end, 0.8, "dt-mixed-lines")
        if any(_DECISION_COLS.match(c) for c in t.columns):
            cells_of = [cells(letter, r) for r in t.rows]
            last = [cs[-1].text for cs in cells_of if cs]
            if mixed_decisions(last):
                return span
        reasons = [any(m.group(2) in reason_codes for m in _CARC.finditer(r)) for r in rows if _CARC.search(r)]
        if len(reasons) >= 2 and any(reasons) and not all(reasons):
            return span
    return None


_MONEY = re.compile(r"\$?\s?(\d{1,3}(?:,\d{3})*\.\d\d)\b")
_PAID_COLS = re.compile(r"\b(?:plan paid|we paid|amount paid|insurance paid|paid amount|paid|payment)\b", re.I)


def line_payments(letter: Letter, tabs: list[Table]) -> tuple[str, Found] | None:
    """Service lines that were paid (two or more amounts beyond the billed one: allowed, paid, your
    share ...) and lines that were not (at most one: what you owe), read from a claim table with a
    paid column, else from lines that carry a procedure code and three or more amounts (an EOB
    whose column heads did not read as a table). ("all_paid", span), ("mixed", span), or
    ("none_paid", span) for a claim table with a paid column where no line was paid; None for no
    such lines."""
    groups = [t.rows for t in tabs if any(_PAID_COLS.search(c) for c in t.columns)]
    in_tables = {r for rows in groups for r in rows}
    free = [i for i, ln in enumerate(letter.lines) if i not in in_tables
            and _CPT_TOKEN.search(letter.text, ln.start, ln.end)
            and len(_MONEY.findall(letter.text, ln.start, ln.end)) >= 3]
    if free:
        groups.append(free)
    tabled = len(groups) - (1 if free else 0)
    for g, line_rows in enumerate(groups):
        rows = [letter.text[letter.lines[r].start:letter.lines[r].end] for r in line_rows]
        rows = [r for r in rows if not re.match(r"\s*(?:claim )?totals?\b", r, re.I)]
        amounts = [[float(a.replace(",", "")) for a in _MONEY.findall(r)] for r in rows]
        amounts = [a for a in amounts if len(a) >= 3]
        if not amounts:
            continue
        paid = [sum(1 for x in a[1:] if x > 0) >= 2 for a in amounts]
        first, last = letter.lines[line_rows[0]], letter.lines[line_rows[-1]]
        if all(paid):  # less sure from lines whose column heads did not read as a table
            return "all_paid", Found(True, first.start, last.end, 0.7 if g < tabled else 0.5, "dt-all-lines-paid")
        if any(paid):
            return "mixed", Found(True, first.start, last.end, 0.7, "dt-paid-and-unpaid-lines")
        if g < tabled:
            return "none_paid", Found(True, first.start, last.end, 0.7, "dt-no-line-paid")
    return None


# a code key / remark legend entry: "NC7  This service is included in ...", "CO-45   Charge exceeds ...",
# "A  Medicare does not pay for ..."
_LEGEND = re.compile(r"^\s*(?P<code>(?:CO|PR|OA|PI|CR)-\d{1,3}|[A-Z]{0,3}\d{1,4}[A-Z]?|[A-Z]{1,2})\s{2,}(?P<desc>[A-Z(].{8,})")
_STANDARD_CODE = re.compile(r"^(?:(?:CO|PR|OA|PI|CR)-\d{1,3}|\d{1,3}|MA\d{1,3}|[MN]\d{1,4})$")


def legend_entries(letter: Letter) -> list[tuple[int, bool, bool]]:
    """(line index, used, standard) for each entry of a code legend -- a block of two or more
    "CODE  description" lines. An entry is used when its code is printed elsewhere on the claim
    (a service line, "Remark CO-4"); codes the key explains but the claim does not carry do not
    apply to it. Standard codes are CARC/RARC (their meaning is read from the code itself)."""
    texts = [letter.text[ln.start:ln.end] for ln in letter.lines]
    hits = {i: m.group("code") for i, t in enumerate(texts)
            if (m := _LEGEND.match(t)) and (len(m.group("code")) <= 4 or "-" in m.group("code"))
            and len(_MONEY.findall(t)) < 2}
    entries = [i for i in hits if i - 1 in hits or i + 1 in hits]
    others = [t for i, t in enumerate(texts) if i not in hits]
    service = [t for t in others if len(_MONEY.findall(t)) >= 2]
    out = []
    for i in entries:
        code = hits[i]
        if code.isdigit():
            rx = re.compile(r"(?<![\w.$,/-])(?:(?:CO|PR|OA|PI|CR)\s?-?\s?)?" + code + r"(?![\w.,/-])")
            used = any(re.search(r"(?:CO|PR|OA|PI|CR)\s?-?\s?" + code + r"\b", t) for t in others) or any(rx.search(t) for t in service)
        else:
            rx = re.compile(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])")
            used = any(rx.search(t) for t in (service if len(code) <= 2 and code.isalpha() else others))
        out.append((i, used, bool(_STANDARD_CODE.match(code))))
    return out
