"""A reviewer's changes: field corrections (stored beside the extraction, applied on read, so a
reprocess never loses them) and marking a case reviewed."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.schema import schema_errors
from store.audit import record_event
from store.cases import corrections_of, load_row, refresh_columns
from store.fields import apply_corrections, get_path, set_path, validate_correction
from store.public import Correction, InvalidCorrection
from store.schema import CorrectionRow, utcnow


def add_correction(session: Session, record_id: str, field: str, new_value: Any, user: str,
                   comment: str | None = None) -> Correction:
    """Correct contract field ``field`` (a path such as ``"appeal.deadline"``, see
    ``store.fields.CORRECTABLE_FIELDS``) of a case. Raises InvalidCorrection for an unknown field or
    a value the contract does not allow, CaseNotFound for an unknown case."""
    value = validate_correction(field, new_value)
    row = load_row(session, record_id)
    existing = corrections_of(session, record_id)
    candidate = apply_corrections(row.data, existing)
    old_value = get_path(candidate, field)
    set_path(candidate, field, value)
    prefix = field.replace(".", "/")
    bad = [e for e in schema_errors(candidate) if e == prefix or e.startswith((prefix + "/", prefix + ":"))]
    if bad:
        raise InvalidCorrection(bad[0].split(": ", 1)[0] + ": does not match the contract")
    now = utcnow()
    corr = CorrectionRow(record_id=record_id, field=field, old_value=old_value, new_value=value,
                         user=user, time=now, comment=comment)
    session.add(corr)
    session.flush()
    refresh_columns(row, apply_corrections(row.data, [*existing, corr]))
    row.updated_at = now
    record_event(session, "corrected", record_id, user, {"field": field, "correction_id": corr.id})
    return Correction.model_validate(corr)


def mark_reviewed(session: Session, record_id: str, user: str) -> None:
    """Record that ``user`` has reviewed the case as it now reads."""
    row = load_row(session, record_id)
    row.reviewed_at = row.updated_at = utcnow()
    row.reviewed_by = user
    record_event(session, "marked_reviewed", record_id, user, {})


def list_corrections(session: Session, record_id: str) -> list[Correction]:
    """All corrections of a case, oldest first (later ones on the same field win)."""
    rows = session.scalars(select(CorrectionRow).where(CorrectionRow.record_id == record_id).order_by(CorrectionRow.id))
    return [Correction.model_validate(r) for r in rows]
