"""One file -> one ProcessedDocument (a CaseRecord, failed or not, plus page text). Never raises
for a bad document: every DenialsError becomes a failed record with its code."""
from __future__ import annotations

import logging
from pathlib import Path

from denials.config import Settings
from models import CaseRecord, DenialsError, ErrorCode, ProcessedDocument

log = logging.getLogger(__name__)


def process_file(path: Path, settings: Settings, ocr=None) -> ProcessedDocument:
    """Read ``path`` and extract its CaseRecord. ``ocr`` is an optional shared OCR pool
    (pipeline.ocr_pool.OcrPool); without one, pages are OCR'd in this process."""
    raise NotImplementedError  # filled in by the text-stage work
