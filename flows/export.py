"""``denials export``: cases from the store as JSONL (contract records, corrections applied) or CSV."""
from __future__ import annotations

import csv
import datetime as dt
import json
from typing import Literal, TextIO

from sqlalchemy.orm import Session

from store import CSV_COLUMNS, iter_export, to_csv_rows

Format = Literal["jsonl", "csv"]


def export_cases(session: Session, out: TextIO, fmt: Format = "jsonl", *, since: dt.date | dt.datetime | None = None,
                 status: list[str] | None = None) -> int:
    """Write every matching case to ``out``; returns how many. JSONL lines are CaseRecord v1 (with
    the extra keys ``corrections`` and ``review``); CSV has the columns of store.CSV_COLUMNS."""
    records = iter_export(session, since=since, status=status or None)
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for rec in records:
            writer.writerow(to_csv_rows(rec))
            n += 1
    elif fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
            n += 1
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return n
