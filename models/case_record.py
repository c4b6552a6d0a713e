"""CaseRecord v1 (../shared/contract): pydantic models that serialize exactly to the contract.

``CaseRecord.model_dump(mode="json")`` is what every output path emits. Keys beyond the
contract (``extractor_version``, ``appeal.computation``, ``evidence.*.rule``) are allowed by it.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from models.errors import ErrorCode

SCHEMA_VERSION = "1"

DocumentType = Literal["denial", "partial_denial", "approval", "other"]
ReviewType = Literal["pre_service", "concurrent", "post_service"]
ReasonCategory = Literal[
    "medical_necessity", "insufficient_information", "step_therapy", "not_covered", "experimental",
    "out_of_network", "no_authorization", "coding", "eligibility", "benefit_limit", "administrative", "other",
]
GuidelineSource = Literal[
    "InterQual", "MCG", "ASAM", "LOCUS", "NCCN", "NCD", "LCD", "payer_policy", "plan_document",
    "formulary", "regulation", "other",
]
CountedFrom = Literal["letter_date", "receipt", "service_date", "absolute"]
Status = Literal["extracted", "needs_review", "failed"]

REASON_CATEGORIES: tuple[str, ...] = ReasonCategory.__args__  # type: ignore[attr-defined]
GUIDELINE_SOURCES: tuple[str, ...] = GuidelineSource.__args__  # type: ignore[attr-defined]


class _Part(BaseModel):
    model_config = ConfigDict(extra="allow")


class Source(_Part):
    filename: str
    sha256: str
    pages: int = 0
    page_methods: list[Literal["text", "ocr"]] = Field(default_factory=list)
    ocr_mean_confidence: float | None = None


class RecordError(_Part):
    code: ErrorCode
    message: str = Field(min_length=1)


class Member(_Part):
    name: str | None = None
    member_id: str | None = None


class Provider(_Part):
    name: str | None = None
    npi: str | None = None


class Service(_Part):
    description: str | None = None
    procedure_codes: list[str] = Field(default_factory=list)
    diagnosis_codes: list[str] = Field(default_factory=list)
    date_of_service: dt.date | None = None


class DenialReason(_Part):
    category: ReasonCategory | None = None
    text: str | None = None


class Guideline(_Part):
    source: GuidelineSource
    identifier: str | None = None
    title: str | None = None
    text: str | None = None


class Appeal(_Part):
    deadline: dt.date | None = None
    window_days: int | None = None
    counted_from: CountedFrom | None = None
    text: str | None = None
    computation: str | None = None  # extra: how the deadline was computed, for a person to check


class Expedited(_Part):
    eligible: bool | None = None
    decision_hours: int | None = None
    text: str | None = None


class ExternalReview(_Part):
    available: bool | None = None
    text: str | None = None


class PeerToPeer(_Part):
    offered: bool | None = None
    text: str | None = None


class Evidence(_Part):
    page: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rule: str | None = None  # extra: id of the pattern that produced the value


class CaseRecord(_Part):
    schema_version: Literal["1"] = SCHEMA_VERSION
    record_id: str = Field(pattern=r"^[0-9a-f]{64}$")
    source: Source
    status: Status = "extracted"
    error: RecordError | None = None
    document_type: DocumentType | None = None
    letter_date: dt.date | None = None
    payer: str | None = None
    member: Member = Field(default_factory=Member)
    provider: Provider = Field(default_factory=Provider)
    claim_number: str | None = None
    authorization_number: str | None = None
    service: Service = Field(default_factory=Service)
    review_type: ReviewType | None = None
    denial_reason: DenialReason = Field(default_factory=DenialReason)
    guidelines: list[Guideline] = Field(default_factory=list)
    missing_documentation: list[str] = Field(default_factory=list)
    carc_codes: list[str] = Field(default_factory=list)
    appeal: Appeal = Field(default_factory=Appeal)
    expedited: Expedited = Field(default_factory=Expedited)
    external_review: ExternalReview = Field(default_factory=ExternalReview)
    peer_to_peer: PeerToPeer = Field(default_factory=PeerToPeer)
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    confidence: dict[str, float] = Field(default_factory=dict)
    needs_review: bool = False
    review_reasons: list[str] = Field(default_factory=list)
    extractor_version: str | None = None  # extra: which extractor produced the record

    @classmethod
    def failed(cls, *, filename: str, sha256: str, code: ErrorCode, message: str, pages: int = 0,
               extractor_version: str | None = None) -> "CaseRecord":
        """The record of a document that could not be read: status failed, error set, nothing guessed."""
        return cls(
            record_id=sha256,
            source=Source(filename=filename, sha256=sha256, pages=pages),
            status="failed",
            error=RecordError(code=code, message=message),
            extractor_version=extractor_version,
        )

    def to_json(self) -> dict:
        return self.model_dump(mode="json")
