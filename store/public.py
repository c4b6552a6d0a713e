"""What the store hands out besides contract dicts: small read-only models, never table rows."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Outcome = Literal["new", "duplicate", "replaced", "failed"]


class CaseNotFound(LookupError):
    """No case with that record id."""


class InvalidCorrection(ValueError):
    """A correction names an unknown field or a value the contract does not allow."""


@dataclass(frozen=True)
class SaveOutcome:
    record_id: str
    outcome: Outcome  # new: first sighting, stored; failed: first sighting, stored as failed;
    #                   replaced: an earlier failed record was replaced; duplicate: case kept as it was

    @property
    def created(self) -> bool:
        return self.outcome in ("new", "failed")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True, frozen=True)


class CaseSummary(_Out):
    """One row of a work queue."""

    record_id: str
    filename: str
    status: str
    needs_review: bool
    document_type: str | None
    category: str | None
    payer: str | None
    letter_date: dt.date | None
    appeal_deadline: dt.date | None
    expedited_eligible: bool | None
    member_id: str | None
    claim_number: str | None
    authorization_number: str | None
    extractor_version: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    reviewed_at: dt.datetime | None
    reviewed_by: str | None


class Correction(_Out):
    id: int
    record_id: str
    field: str
    old_value: Any = None
    new_value: Any = None
    user: str
    time: dt.datetime
    comment: str | None


class AuditEvent(_Out):
    id: int
    record_id: str | None
    time: dt.datetime
    actor: str
    action: str
    detail: dict[str, Any]
