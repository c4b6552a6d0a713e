"""Many files -> a stream of ProcessedDocuments, in input order, with bounded memory.

Documents are read by a few threads (which mostly wait for OCR results) while the OCR pages of
all in-flight documents share one process pool; extraction runs in the calling thread. At most
``window`` documents are in flight, so memory stays flat however many files a batch has."""
from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from denials.config import Settings
from models import ProcessedDocument
from pipeline.ocr_pool import OcrPool
from pipeline.process import extract_or_fail, read_or_fail

log = logging.getLogger(__name__)

IGNORED_PREFIXES = (".", "~$")
IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".error.json")


def is_candidate(path: Path) -> bool:
    """Files a batch should look at: not hidden, not temporary/partial, not our own sidecars."""
    name = path.name
    return not name.startswith(IGNORED_PREFIXES) and not name.lower().endswith(IGNORED_SUFFIXES)


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and folders recursively (sorted, so runs are reproducible)."""
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    fp = Path(root) / f
                    if is_candidate(fp):
                        yield fp
        elif p.exists():
            yield p
        else:
            log.error("no such file or folder: %s", p)


def process_paths(paths: Iterable[Path], settings: Settings, jobs: int | None = None) -> Iterator[ProcessedDocument]:
    jobs = jobs or settings.jobs
    window = jobs + 2
    with OcrPool(jobs) as pool, ThreadPoolExecutor(max_workers=window, thread_name_prefix="read") as readers:
        pending: deque = deque()
        files = expand_paths(paths)

        def top_up() -> None:
            while len(pending) < window:
                nxt = next(files, None)
                if nxt is None:
                    return
                pending.append((nxt, readers.submit(read_or_fail, nxt, settings, pool)))

        top_up()
        while pending:
            path, fut = pending.popleft()
            try:
                got = fut.result()
            except OSError as e:  # vanished or unreadable file: nothing to hash, nothing to record
                log.error("cannot read file=%s: %s", path.name, e.strerror or e)
                top_up()
                continue
            top_up()
            yield got if isinstance(got, ProcessedDocument) else extract_or_fail(got)
