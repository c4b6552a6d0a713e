"""Assemble a CaseRecord from one document's page text (placeholder until the extractors land)."""
from __future__ import annotations

from extractors import EXTRACTOR_VERSION
from models import CaseRecord, Source
from models.pages import DocumentText


def build_record(doc: DocumentText) -> CaseRecord:
    return CaseRecord(
        record_id=doc.sha256,
        source=Source(filename=doc.filename, sha256=doc.sha256, pages=len(doc.pages),
                      page_methods=[p.method for p in doc.pages], ocr_mean_confidence=doc.ocr_mean_confidence),
        extractor_version=EXTRACTOR_VERSION,
    )
