"""Page text for one document: the text layer where it can be trusted, OCR for every other page
(image-only, garbage layer, image files), decided page by page; each page OCR'd exactly once.

Two stages, each a plain function a worker process can run: ``plan_pages`` (intake and the
text layer, in one worker) says which pages still need OCR; those pages are OCR'd one job per
page (``pipeline.ocr.ocr_page``, spread over the workers); ``assemble`` puts them in order."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from denials.config import Settings
from models.errors import NoText
from models.pages import DocumentText, Page
from pipeline.intake import Intake, intake
from pipeline.ocr import OcrJob, ocr_page
from pipeline.pdf_text import read_text_layer
from pipeline.workers import WorkerPool

log = logging.getLogger(__name__)


@dataclass
class TextPlan:
    """A document after intake and its text layer: the pages kept, and those still to OCR."""

    info: Intake
    pages: list[Page]  # pages whose text layer is used
    ocr_jobs: list[OcrJob]


def readable_words(pages: list[Page]) -> int:
    """Words a person could read: alphabetic, 3+ letters, and (for OCR) recognised with confidence."""
    return sum(1 for p in pages for w in p.words
               if len(w.text) >= 3 and w.text[:3].isalpha() and (w.conf is None or w.conf >= 50))


def plan_pages(path: Path, settings: Settings, sha256: str | None = None) -> TextPlan:
    """Intake + text layer. Raises a DenialsError subclass for a document that cannot be read."""
    info = intake(Path(path), settings, sha256)
    kept: list[Page] = []
    todo: list[int] = []
    if info.kind == "pdf":
        for lp in read_text_layer(info.path):
            if lp.usable:
                kept.append(lp.page)
            else:
                todo.append(lp.page.number - 1)
                log.debug("%s page %d: OCR (%s)", info.filename, lp.page.number, lp.reason)
    else:
        todo = list(range(info.pages))
    jobs = [OcrJob(str(info.path), info.kind, i, settings.ocr_dpi, settings.ocr_lang, settings.ocr_timeout_s)
            for i in todo]
    return TextPlan(info=info, pages=kept, ocr_jobs=jobs)


def assemble(plan: TextPlan, ocr_pages: list[Page]) -> DocumentText:
    """The document's pages in order. Raises NoText when nothing on them can be read."""
    pages = sorted([*plan.pages, *ocr_pages], key=lambda p: p.number)
    if readable_words(pages) < 5:
        raise NoText(
            "No readable text was found, even after OCR (blank or unreadable scan). "
            "Check the scan is the letter, face up and in focus, and scan it again."
        )
    info = plan.info
    return DocumentText(filename=info.filename, sha256=info.sha256, kind=info.kind, pages=pages)


def ocr_all(plan: TextPlan, pool: WorkerPool) -> list[Page]:
    futures = [pool.call(ocr_page, job) for job in plan.ocr_jobs]
    return [f.result() for f in futures]


def read_document(path: Path, settings: Settings, pool: WorkerPool | None = None,
                  sha256: str | None = None) -> DocumentText:
    """Intake + per-page text, the stages spread over ``pool`` (default: this thread).
    Raises a DenialsError subclass for a document that cannot be read."""
    pool = pool or WorkerPool(1)  # one job: no processes, nothing to close
    plan = pool.call(plan_pages, Path(path), settings, sha256).result()
    return assemble(plan, ocr_all(plan, pool))
