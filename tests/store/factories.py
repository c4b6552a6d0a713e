"""Hand-built ProcessedDocuments (no extractor needed): a denial letter's record and page text."""
from __future__ import annotations

import hashlib

from models import CaseRecord, DocumentText, ErrorCode, Page, ProcessedDocument, Word


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _page(number: int, text: str) -> Page:
    words, pos = [], 0
    for i, token in enumerate(text.split()):
        start = text.index(token, pos)
        pos = start + len(token)
        words.append(Word(text=token, start=start, end=pos, x0=0.1 + 0.05 * (i % 10), y0=0.1 + 0.03 * (i // 10),
                          x1=0.14 + 0.05 * (i % 10), y1=0.12 + 0.03 * (i // 10), conf=91.0))
    return Page(number=number, text=text, method="ocr", confidence=91.0, rotation=90, skew=0.4, width=2550,
                height=3300, words=words)


def record_json(content: bytes, filename: str = "letter.pdf", **overrides) -> dict:
    """A complete denial record; ``overrides`` replace top-level keys, dicts merged one level deep."""
    data = {
        "record_id": sha(content),
        "source": {"filename": filename, "sha256": sha(content), "pages": 2, "page_methods": ["ocr", "ocr"],
                   "ocr_mean_confidence": 91.0},
        "status": "extracted",
        "document_type": "denial",
        "letter_date": "2025-03-03",
        "payer": "Acme Health Plan",
        "member": {"name": "Pat Example", "member_id": "XJK123456789"},
        "provider": {"name": "Dr. A. Sample", "npi": "1234567893"},
        "claim_number": None,
        "authorization_number": "PA-2025-0042",
        "service": {"description": "MRI lumbar spine", "procedure_codes": ["72148"],
                    "diagnosis_codes": ["M54.16"], "date_of_service": None},
        "review_type": "pre_service",
        "denial_reason": {"category": "medical_necessity", "text": "Not medically necessary."},
        "guidelines": [{"source": "LCD", "identifier": "L33718", "title": None, "text": None}],
        "carc_codes": ["CO-50"],
        "appeal": {"deadline": "2025-08-30", "window_days": 180, "counted_from": "letter_date",
                   "text": "within 180 days of the date of this letter"},
        "expedited": {"eligible": True, "decision_hours": 72, "text": "expedited appeal"},
        "evidence": {"appeal.deadline": {"page": 2, "start": 0, "end": 10, "text": "within 180"}},
        "confidence": {"appeal.deadline": 0.9, "expedited.eligible": 0.8},
        "needs_review": False,
        "review_reasons": [],
        "extractor_version": "rules-1",
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict) and key not in ("evidence", "confidence"):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return data


def make_record(content: bytes, filename: str = "letter.pdf", **overrides) -> CaseRecord:
    return CaseRecord.model_validate(record_json(content, filename, **overrides))


def make_processed(content: bytes, filename: str = "letter.pdf", **overrides) -> ProcessedDocument:
    record = make_record(content, filename, **overrides)
    text = DocumentText(filename=filename, sha256=record.record_id, kind="pdf", pages=[
        _page(1, "Acme Health Plan\nNotice of adverse benefit determination"),
        _page(2, "You may appeal within 180 days of the date of this letter."),
    ])
    return ProcessedDocument(record=record, text=text)


def make_failed(content: bytes, filename: str = "letter.pdf", code: ErrorCode = ErrorCode.timeout) -> ProcessedDocument:
    return ProcessedDocument(record=CaseRecord.failed(filename=filename, sha256=sha(content), code=code,
                                                      message="Processing took too long; it will be retried."))
