"""One file -> one ProcessedDocument (a CaseRecord, failed or not, plus page text). Never raises
for a bad document: every DenialsError becomes a failed record carrying its contract code.

With a WorkerPool the CPU-heavy stages run in its worker processes: a born-digital letter is
read and extracted in one worker call (``read_and_extract``); a letter with pages to OCR has
them OCR'd one page per call, then is extracted in another."""
from __future__ import annotations

import logging
from pathlib import Path

from denials.config import Settings
from extractors import EXTRACTOR_VERSION, extract_record
from models import CaseRecord, DenialsError, ErrorCode, ProcessedDocument
from models.pages import DocumentText
from pipeline.intake import sha256_file
from pipeline.text import TextPlan, assemble, ocr_all, plan_pages
from pipeline.workers import WorkerPool

log = logging.getLogger(__name__)

INTERNAL_MESSAGE = ("An unexpected error stopped processing of this document. It was kept; "
                    "retry it, and report the record id to the maintainers if it fails again.")


def failed(filename: str, sha256: str, code: ErrorCode, message: str) -> ProcessedDocument:
    return ProcessedDocument(record=CaseRecord.failed(filename=filename, sha256=sha256, code=code, message=message,
                                                      extractor_version=EXTRACTOR_VERSION))


def extract(doc: DocumentText) -> ProcessedDocument:
    return ProcessedDocument(record=extract_record(doc), text=doc)


def read_and_extract(path: Path, settings: Settings, sha256: str) -> ProcessedDocument | TextPlan:
    """Intake and text layer; when no page needs OCR, the extraction too (one trip to a worker
    for a born-digital letter). Otherwise the plan, for its pages to be OCR'd."""
    plan = plan_pages(path, settings, sha256)
    return plan if plan.ocr_jobs else extract(assemble(plan, []))


def process_file(path: Path, settings: Settings, pool: WorkerPool | None = None,
                 sha256: str | None = None) -> ProcessedDocument:
    """Read ``path`` and extract its CaseRecord, the stages run in ``pool`` (default: this
    thread). ``sha256`` may be passed when the caller already hashed the file."""
    path = Path(path)
    sha = sha256 or sha256_file(path)
    pool = pool or WorkerPool(1)  # one job: no processes, nothing to close
    try:
        got = pool.call(read_and_extract, path, settings, sha).result()
        if isinstance(got, TextPlan):
            got = pool.call(extract, assemble(got, ocr_all(got, pool))).result()
        return got
    except DenialsError as e:
        log.info("document failed: file=%s record=%s code=%s", path.name, sha[:12], e.code.value)
        return failed(path.name, sha, e.code, e.message)
    except Exception:  # noqa: BLE001 - the boundary: anything unknown becomes "internal"
        log.exception("unexpected error processing file=%s record=%s", path.name, sha[:12])
        return failed(path.name, sha, ErrorCode.internal, INTERNAL_MESSAGE)
