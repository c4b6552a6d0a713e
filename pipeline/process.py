"""One file -> one ProcessedDocument (a CaseRecord, failed or not, plus page text). Never raises
for a bad document: every DenialsError becomes a failed record carrying its contract code."""
from __future__ import annotations

import logging
from pathlib import Path

from denials.config import Settings
from extractors import EXTRACTOR_VERSION, extract_record
from models import CaseRecord, DenialsError, ErrorCode, ProcessedDocument
from models.pages import DocumentText
from pipeline.intake import sha256_file
from pipeline.ocr_pool import OcrPool
from pipeline.text import read_document

log = logging.getLogger(__name__)

INTERNAL_MESSAGE = ("An unexpected error stopped processing of this document. It was kept; "
                    "retry it, and report the record id to the maintainers if it fails again.")


def failed(filename: str, sha256: str, code: ErrorCode, message: str) -> ProcessedDocument:
    return ProcessedDocument(record=CaseRecord.failed(filename=filename, sha256=sha256, code=code, message=message,
                                                      extractor_version=EXTRACTOR_VERSION))


def read_or_fail(path: Path, settings: Settings, ocr: OcrPool | None = None) -> DocumentText | ProcessedDocument:
    """The document's page text, or the failed ProcessedDocument saying why it has none."""
    path = Path(path)
    sha = sha256_file(path)
    try:
        return read_document(path, settings, ocr, sha)
    except DenialsError as e:
        log.info("document failed: file=%s record=%s code=%s", path.name, sha[:12], e.code.value)
        return failed(path.name, sha, e.code, e.message)
    except Exception:  # noqa: BLE001 - the boundary: anything unknown becomes "internal"
        log.exception("unexpected error reading file=%s record=%s", path.name, sha[:12])
        return failed(path.name, sha, ErrorCode.internal, INTERNAL_MESSAGE)


def extract_or_fail(doc: DocumentText) -> ProcessedDocument:
    try:
        return ProcessedDocument(record=extract_record(doc), text=doc)
    except Exception:  # noqa: BLE001 - the boundary for extraction bugs
        log.exception("unexpected error extracting file=%s record=%s", doc.filename, doc.sha256[:12])
        return failed(doc.filename, doc.sha256, ErrorCode.internal, INTERNAL_MESSAGE)


def process_file(path: Path, settings: Settings, ocr: OcrPool | None = None) -> ProcessedDocument:
    """Read ``path`` and extract its CaseRecord. ``ocr`` is an optional shared OcrPool; without
    one, pages are OCR'd in this process."""
    got = read_or_fail(path, settings, ocr)
    return got if isinstance(got, ProcessedDocument) else extract_or_fail(got)
