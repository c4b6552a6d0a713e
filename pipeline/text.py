"""Page text for one document: the text layer where it can be trusted, OCR for every other page
(image-only, garbage layer, image files), decided page by page; each page OCR'd exactly once."""
from __future__ import annotations

import logging
from pathlib import Path

from denials.config import Settings
from models.errors import NoText
from models.pages import DocumentText, Page
from pipeline.intake import Intake, intake
from pipeline.ocr import OcrJob
from pipeline.ocr_pool import OcrPool
from pipeline.pdf_text import read_text_layer

log = logging.getLogger(__name__)


def _ocr_jobs(info: Intake, indexes: list[int], settings: Settings) -> list[OcrJob]:
    return [OcrJob(str(info.path), info.kind, i, settings.ocr_dpi, settings.ocr_lang, settings.ocr_timeout_s)
            for i in indexes]


def readable_words(pages: list[Page]) -> int:
    """Words a person could read: alphabetic, 3+ letters, and (for OCR) recognised with confidence."""
    return sum(1 for p in pages for w in p.words
               if len(w.text) >= 3 and w.text[:3].isalpha() and (w.conf is None or w.conf >= 50))


def pages_of(info: Intake, settings: Settings, ocr: OcrPool) -> list[Page]:
    pages: dict[int, Page] = {}
    todo: list[int] = []
    if info.kind == "pdf":
        for lp in read_text_layer(info.path):
            if lp.usable:
                pages[lp.page.number] = lp.page
            else:
                todo.append(lp.page.number - 1)
                log.debug("%s page %d: OCR (%s)", info.filename, lp.page.number, lp.reason)
    else:
        todo = list(range(info.pages))
    futures = [ocr.submit(job) for job in _ocr_jobs(info, todo, settings)]
    for fut in futures:
        page = fut.result()
        pages[page.number] = page
    return [pages[n] for n in sorted(pages)]


def read_document(path: Path, settings: Settings, ocr: OcrPool | None = None, sha256: str | None = None) -> DocumentText:
    """Intake + per-page text. Raises a DenialsError subclass for a document that cannot be read."""
    info = intake(Path(path), settings, sha256)
    own_pool = ocr is None
    pool = ocr or OcrPool(1)
    try:
        pages = pages_of(info, settings, pool)
    finally:
        if own_pool:
            pool.close()
    if readable_words(pages) < 5:
        raise NoText(
            "No readable text was found, even after OCR (blank or unreadable scan). "
            "Check the scan is the letter, face up and in focus, and scan it again."
        )
    return DocumentText(filename=info.filename, sha256=info.sha256, kind=info.kind, pages=pages)
