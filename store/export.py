"""Exports: contract records (corrections applied) streamed from the store, and their flat CSV form."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.cases import filter_cases, case_dict
from store.schema import CorrectionRow, RecordRow

BATCH = 200

CSV_COLUMNS = (
    "record_id", "filename", "status", "needs_review", "document_type", "category", "payer", "letter_date",
    "appeal_deadline", "window_days", "counted_from", "expedited_eligible", "decision_hours", "member_id",
    "claim_number", "authorization_number", "procedure_codes", "diagnosis_codes", "carc_codes", "guidelines",
    "review_reasons", "corrected_fields",
)


def iter_export(session: Session, since: dt.date | dt.datetime | None = None,
                status: list[str] | None = None) -> Iterator[dict]:
    """Every case (optionally only those created or changed since ``since``, only with a status in
    ``status``), oldest first, as contract JSON with corrections applied and the extra keys
    ``corrections`` and ``review``."""
    ids = list(session.scalars(filter_cases(select(RecordRow.record_id), status=status, since=since)
                               .order_by(RecordRow.created_at, RecordRow.record_id)))
    for i in range(0, len(ids), BATCH):
        chunk = ids[i:i + BATCH]
        rows = {r.record_id: r for r in session.scalars(select(RecordRow).where(RecordRow.record_id.in_(chunk)))}
        corrections = defaultdict(list)
        for c in session.scalars(select(CorrectionRow).where(CorrectionRow.record_id.in_(chunk))
                                 .order_by(CorrectionRow.id)):
            corrections[c.record_id].append(c)
        for record_id in chunk:
            yield case_dict(rows[record_id], corrections[record_id])


def _joined(values) -> str:
    return ";".join(str(v) for v in values or [])


def _cell(value) -> str | int | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value  # text read off a letter must not run as a spreadsheet formula
    return value


def to_csv_rows(record: dict) -> dict:
    """One flat CSV row (keys CSV_COLUMNS) of a contract record; lists are joined with ';',
    guidelines as ``source:identifier``, booleans as true/false, None left for the writer's empty
    cell, and text that a spreadsheet would run as a formula prefixed with an apostrophe."""
    sub = lambda key, field: (record.get(key) or {}).get(field)  # noqa: E731
    row = {
        "record_id": record.get("record_id"),
        "filename": sub("source", "filename"),
        "status": record.get("status"),
        "needs_review": record.get("needs_review"),
        "document_type": record.get("document_type"),
        "category": sub("denial_reason", "category"),
        "payer": record.get("payer"),
        "letter_date": record.get("letter_date"),
        "appeal_deadline": sub("appeal", "deadline"),
        "window_days": sub("appeal", "window_days"),
        "counted_from": sub("appeal", "counted_from"),
        "expedited_eligible": sub("expedited", "eligible"),
        "decision_hours": sub("expedited", "decision_hours"),
        "member_id": sub("member", "member_id"),
        "claim_number": record.get("claim_number"),
        "authorization_number": record.get("authorization_number"),
        "procedure_codes": _joined(sub("service", "procedure_codes")),
        "diagnosis_codes": _joined(sub("service", "diagnosis_codes")),
        "carc_codes": _joined(record.get("carc_codes")),
        "guidelines": _joined(f"{g.get('source')}:{g.get('identifier') or ''}".rstrip(":")
                              for g in record.get("guidelines") or []),
        "review_reasons": _joined(record.get("review_reasons")),
        "corrected_fields": _joined(c["field"] for c in record.get("corrections") or []),
    }
    return {k: _cell(v) for k, v in row.items()}
