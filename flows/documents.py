"""One document's life in a run, as plain functions (the batch flow's task only calls ``handle``):

    read the bytes and hash them (identity is the sha256)
    -> bytes with a good case already: record the sighting, skip the work
    -> otherwise process (pipeline.process.process_file, under the per-document time limit)
    -> store (store.save_processed, one transaction)
    -> file away: archive/YYYY/MM when the case is good, quarantine/ + sidecar when it failed
       (only for files claimed from an inbox; files read in place are never moved)

Storing comes before moving, so a crash at any point leaves the file either in processing/
(recovered and handled again by the next run) or already filed away — never lost, never stored
twice. Logs name files and record-id prefixes only, never letter content or member data.
"""
from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import logging
import threading
from concurrent.futures import Future, TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import Engine

from denials.config import Settings
from extractors import EXTRACTOR_VERSION
from models import CaseRecord, DenialsError, ErrorCode, ProcessedDocument, Source
from models.errors import InternalError
from pipeline.intake import sha256_file
from pipeline.workers import WorkerPool
from pipeline.process import failed, process_file
from store import case_status, get_case, list_audit, make_engine, save_processed, session_scope

from flows.layout import Layout, archive, quarantine

log = logging.getLogger(__name__)

GOOD = ("extracted", "needs_review")
Outcome = Literal["new", "duplicate", "replaced", "failed", "already_stored", "missing", "error"]

TIMEOUT_MESSAGE = ("Processing took longer than the {limit:g} s limit (DENIALS_DOC_TIMEOUT_S) and was stopped. "
                   "The file was kept; drop it in again to retry, or raise the limit for very long documents.")
STORE_MESSAGE = ("The document could not be stored or filed away (database or disk problem). The file was kept; "
                 "drop it in again once the problem is fixed, and report the record id if it persists.")

# error code -> its exception class (which says whether retrying can help)
ERROR_CLASSES: dict[ErrorCode, type[DenialsError]] = {c.code: c for c in DenialsError.__subclasses__()}


def is_retryable(code: ErrorCode | str) -> bool:
    return ERROR_CLASSES.get(ErrorCode(code), InternalError).retryable


@dataclass(frozen=True)
class WorkItem:
    path: str  # where the file is read: in place, or in this run's processing folder
    name: str  # the name it arrived under
    layout: Layout | None = None  # where to file it away; None: read in place, never moved
    saved_since: dt.datetime | None = None  # set after a crash/retry: a save since then was ours


class DocResult(BaseModel):
    """What happened to one file: ids, codes and dates only (this goes into logs and artifacts)."""

    filename: str
    record_id: str | None = None
    outcome: Outcome
    status: str | None = None  # the stored case's status (corrections applied)
    category: str | None = None
    appeal_deadline: dt.date | None = None
    error_code: str | None = None
    moved_to: str | None = None

    def describe(self) -> str:
        rid = self.record_id[:12] if self.record_id else "-" * 12
        text = f"{rid} {self.filename}: {self.outcome}"
        if self.status and self.status != self.outcome:
            text += f", {self.status}"
        if self.error_code:
            text += f" ({self.error_code})"
        if self.moved_to:
            text += f" -> {self.moved_to}"
        return text


# --- engines: one per database URL and process (tasks run in threads, or in Dask workers) ------

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def engine_for(url: str) -> Engine:
    with _engines_lock:
        if url not in _engines:
            # hide_parameters: a database error message must not carry letter content into a log
            _engines[url] = make_engine(url, hide_parameters=True)
        return _engines[url]


def dispose_engine(url: str) -> None:
    with _engines_lock:
        engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()


# --- steps --------------------------------------------------------------------------------------

def read_source(path: Path, settings: Settings) -> tuple[bytes | None, str]:
    """(bytes to keep in the store, sha256). Files over the size limit are hashed but not kept."""
    if path.stat().st_size > settings.max_file_bytes:
        return None, sha256_file(path)
    content = path.read_bytes()
    return content, hashlib.sha256(content).hexdigest()


def process_within(path: Path, settings: Settings, pool: WorkerPool | None, limit_s: float, sha: str) -> ProcessedDocument:
    """``process_file`` with a time limit: past it, a failed record with code ``timeout``.

    The document runs in a helper thread that is abandoned on timeout (Python cannot stop a
    thread, and Prefect's own task timeouts cannot interrupt a thread blocked on OCR results);
    its remaining OCR pages still finish in the pool, bounded by DENIALS_OCR_TIMEOUT_S each."""
    fut: Future[ProcessedDocument] = Future()

    def run() -> None:
        try:
            fut.set_result(process_file(path, settings, pool, sha))
        except BaseException as e:  # noqa: BLE001 - handed over through the future
            fut.set_exception(e)

    ctx = contextvars.copy_context()  # keeps the task's run context for log records
    threading.Thread(target=ctx.run, args=(run,), name=f"doc-{sha[:8]}", daemon=True).start()
    try:
        return fut.result(timeout=limit_s)
    except FutureTimeout:
        log.warning("document timed out after %gs: file=%s record=%s", limit_s, path.name, sha[:12])
        return failed(path.name, sha, ErrorCode.timeout, TIMEOUT_MESSAGE.format(limit=limit_s))


def seen_before(sha: str, name: str) -> ProcessedDocument:
    """What ``save_processed`` needs to record another sighting of bytes that already have a good
    case (it keeps the stored case as it is)."""
    return ProcessedDocument(record=CaseRecord(record_id=sha, source=Source(filename=name, sha256=sha),
                                               extractor_version=EXTRACTOR_VERSION))


def saved_since(engine: Engine, sha: str, name: str, since: dt.datetime) -> bool:
    """Whether ``name`` with these bytes was stored at or after ``since`` (by a run that then
    stopped before filing the file away, or by an earlier attempt of this task)."""
    with session_scope(engine, readonly=True) as s:
        if case_status(s, sha) is None:
            return False
        return any(e.time >= since and e.detail.get("filename") == name
                   and e.action in ("ingested", "duplicate_seen", "reprocessed") for e in list_audit(s, sha))


def store(engine: Engine, processed: ProcessedDocument, name: str, content: bytes | None,
          first_sighting: bool = False) -> tuple[str, dict]:
    """Save, and return (outcome, the case as stored with corrections applied)."""
    with session_scope(engine) as s:
        outcome = save_processed(s, processed, name, content).outcome
        if first_sighting and outcome in ("new", "failed"):
            return outcome, processed.record.to_json()  # a brand-new case is stored as it is
        return outcome, get_case(s, processed.record.record_id)


def file_away(item: WorkItem, path: Path, case: dict) -> Path | None:
    if item.layout is None:
        return None
    if case.get("status") == "failed":
        err = case.get("error") or {}
        return quarantine(path, item.layout, code=err.get("code") or "internal", message=err.get("message") or "",
                          record_id=case.get("record_id"), name=item.name)
    return archive(path, item.layout, item.name)


def result_of(item: WorkItem, case: dict, outcome: str, moved: Path | None) -> DocResult:
    err = case.get("error") or {}
    layout = item.layout
    where = None
    if moved is not None and layout is not None:
        base = layout.archive.parent if moved.is_relative_to(layout.archive.parent) else None
        where = str(moved.relative_to(base)) if base else str(moved)
    return DocResult(filename=item.name, record_id=case.get("record_id"), outcome=outcome, status=case.get("status"),
                     category=(case.get("denial_reason") or {}).get("category"),
                     appeal_deadline=(case.get("appeal") or {}).get("deadline"), error_code=err.get("code"),
                     moved_to=where)


# --- the whole life -------------------------------------------------------------------------------

def handle(item: WorkItem, settings: Settings, engine: Engine, pool: WorkerPool | None = None, *,
           final_attempt: bool = True) -> DocResult:
    """Process, store and file away one file. A transient failure (an error code whose class is
    ``retryable``: timeout, internal) raises its DenialsError unless this is the final attempt,
    so the caller can retry; on the final attempt it is stored and quarantined like any failure."""
    path = Path(item.path)
    try:
        content, sha = read_source(path, settings)
    except FileNotFoundError:
        log.warning("file vanished before it was read: file=%s", item.name)
        return DocResult(filename=item.name, outcome="missing")
    try:
        if item.saved_since is not None and saved_since(engine, sha, item.name, item.saved_since):
            outcome = "already_stored"
            with session_scope(engine, readonly=True) as s:
                case = get_case(s, sha)
        else:
            with session_scope(engine, readonly=True) as s:
                status = case_status(s, sha)
            if status in GOOD:
                processed = seen_before(sha, item.name)
            else:
                processed = process_within(path, settings, pool, settings.doc_timeout_s, sha)
                err = processed.record.error
                if err is not None and is_retryable(err.code) and not final_attempt:
                    raise ERROR_CLASSES[err.code](err.message)
            outcome, case = store(engine, processed, item.name, content, first_sighting=status is None)
        moved = file_away(item, path, case)
    except DenialsError:
        raise
    except Exception as e:  # noqa: BLE001 - database/disk trouble: the boundary for this document
        # the type only: database errors can quote the row they failed to write
        log.error("could not store or file away file=%s record=%s: %s", item.name, sha[:12], type(e).__name__)
        if not final_attempt:
            raise InternalError(STORE_MESSAGE) from None
        return give_up(item, path, sha)
    return result_of(item, case, outcome, moved)


def give_up(item: WorkItem, path: Path, sha: str) -> DocResult:
    """The last attempt could not store the document: quarantine it with an ``internal`` sidecar
    (a file read in place stays where it is)."""
    moved = None
    if item.layout is not None and path.exists():
        moved = quarantine(path, item.layout, code=ErrorCode.internal.value, message=STORE_MESSAGE, record_id=sha,
                           name=item.name)
    case = {"record_id": sha, "status": "failed", "error": {"code": ErrorCode.internal.value}}
    return result_of(item, case, "error", moved)
