"""Contract-level data: CaseRecord v1, page text with provenance, error codes.

This package imports nothing else of the project; every other layer builds on it.
"""
from models.case_record import (
    Appeal,
    CaseRecord,
    DenialReason,
    Evidence,
    Expedited,
    ExternalReview,
    Guideline,
    Member,
    PeerToPeer,
    Provider,
    RecordError,
    Service,
    Source,
)
from models.errors import DenialsError, ErrorCode
from models.pages import DocumentText, Page, Word
from models.processed import ProcessedDocument

__all__ = [
    "Appeal", "CaseRecord", "DenialReason", "Evidence", "Expedited", "ExternalReview", "Guideline",
    "Member", "PeerToPeer", "Provider", "RecordError", "Service", "Source",
    "DenialsError", "ErrorCode", "DocumentText", "Page", "Word", "ProcessedDocument",
]
