"""``denials reprocess``: run extraction again over what the store holds, keeping corrections.

A case with page text is re-extracted from its stored pages (no OCR) and its extraction replaced
(``store.replace_extraction``: corrections stay and still win; a review is cleared only when the
corrected content changes). A failed case has no pages: it is run through the whole pipeline
again from its stored file, and a success replaces the failed record."""
from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Literal

from sqlalchemy import Engine

from denials.config import Settings
from extractors import EXTRACTOR_VERSION, extract_record
from models import DocumentText
from pipeline.intake import sniff_kind
from pipeline.workers import WorkerPool
from pipeline.process import process_file
from store import (case_status, get_case, get_pages, get_source, query_cases, replace_extraction, save_processed,
                   session_scope)

log = logging.getLogger(__name__)

_KINDS = {".pdf": "pdf", ".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff"}


@dataclass
class Reprocessed:
    record_id: str
    result: Literal["updated", "unchanged", "rerun", "skipped", "not_found", "ambiguous"]
    changed: list[str] = field(default_factory=list)
    status: str | None = None
    note: str = ""

    def describe(self) -> str:
        text = f"{self.record_id[:12]}: {self.result}"
        if self.changed:
            text += f" ({', '.join(self.changed)})"
        if self.status:
            text += f", {self.status}"
        return text + (f" - {self.note}" if self.note else "")


def all_record_ids(engine: Engine, page: int = 500) -> list[str]:
    ids: list[str] = []
    with session_scope(engine, readonly=True) as s:
        while True:
            batch = query_cases(s, order="oldest", limit=page, offset=len(ids))
            ids += [c.record_id for c in batch]
            if len(batch) < page:
                return ids


def resolve(engine: Engine, given: Iterable[str]) -> Iterator[str | Reprocessed]:
    """Full record ids for ids or unique id prefixes (as logs print them); a Reprocessed saying
    not_found/ambiguous otherwise."""
    with session_scope(engine, readonly=True) as s:
        for raw in given:
            rid = raw.strip().lower()
            if len(rid) == 64:
                yield rid
                continue
            hits = [c.record_id for c in query_cases(s, search=rid, limit=50) if c.record_id.startswith(rid)]
            if len(hits) == 1:
                yield hits[0]
            else:
                yield Reprocessed(rid, "not_found" if not hits else "ambiguous")


def reextract(engine: Engine, record_id: str) -> Reprocessed:
    """Extraction again from the stored pages, replacing the stored extraction."""
    with session_scope(engine, readonly=True) as s:
        case = get_case(s, record_id, apply_corrections=False)
        pages = get_pages(s, record_id)
        filename, content = get_source(s, record_id)
    kind = (sniff_kind(content[:2048]) if content else None) or _KINDS.get(PurePath(filename).suffix.lower(), "pdf")
    doc = DocumentText(filename=case["source"]["filename"], sha256=record_id, kind=kind, pages=pages)
    new = extract_record(doc)  # outside any transaction: no database lock held while extracting
    with session_scope(engine) as s:
        changed = replace_extraction(s, record_id, new, EXTRACTOR_VERSION, actor="reprocess")
        status = get_case(s, record_id)["status"]
    return Reprocessed(record_id, "updated" if changed else "unchanged", changed, status)


def rerun(engine: Engine, settings: Settings, record_id: str, pool: WorkerPool | None) -> Reprocessed:
    """The whole pipeline again for a failed case, from its stored file."""
    with session_scope(engine, readonly=True) as s:
        filename, content = get_source(s, record_id)
    if content is None:
        return Reprocessed(record_id, "skipped", note="its file was not stored (too large?); drop the file in again")
    with tempfile.TemporaryDirectory(prefix="denials-reprocess-") as tmp:
        path = Path(tmp) / PurePath(filename).name
        path.write_bytes(content)
        processed = process_file(path, settings, pool)
    with session_scope(engine) as s:
        save_processed(s, processed, filename, content, actor="reprocess")
        status = get_case(s, record_id)["status"]
    return Reprocessed(record_id, "rerun", status=status)


def reprocess(engine: Engine, settings: Settings, record_ids: Iterable[str] | None = None) -> Iterator[Reprocessed]:
    """Reprocess the given cases (ids or unique prefixes), or every case when ``record_ids`` is
    None. Each case is its own transaction."""
    targets = all_record_ids(engine) if record_ids is None else list(resolve(engine, record_ids))
    with WorkerPool(settings.jobs) as pool:
        for target in targets:
            if isinstance(target, Reprocessed):
                yield target
                continue
            with session_scope(engine, readonly=True) as s:
                status = case_status(s, target)
            if status is None:
                yield Reprocessed(target, "not_found")
                continue
            # a failed case has no page text (it failed before or while reading it)
            yield rerun(engine, settings, target, pool) if status == "failed" else reextract(engine, target)
