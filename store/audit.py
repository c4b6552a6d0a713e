"""The audit trail: every store mutation writes one event in the same transaction."""
from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.public import AuditEvent
from store.schema import AuditEventRow, utcnow

Action = Literal["ingested", "duplicate_seen", "reprocessed", "corrected", "marked_reviewed"]


def record_event(session: Session, action: Action, record_id: str | None, actor: str,
                 detail: dict[str, Any] | None = None) -> None:
    """Add one audit event. ``detail`` holds ids, field names, versions, filenames: never letter
    content or member data."""
    session.add(AuditEventRow(record_id=record_id, time=utcnow(), actor=actor, action=action, detail=detail or {}))


def list_audit(session: Session, record_id: str | None = None, *, limit: int | None = None) -> list[AuditEvent]:
    """Events of one case (or of all cases), oldest first."""
    stmt = select(AuditEventRow).order_by(AuditEventRow.id)
    if record_id is not None:
        stmt = stmt.where(AuditEventRow.record_id == record_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [AuditEvent.model_validate(r) for r in session.scalars(stmt)]
