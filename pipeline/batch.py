"""Many files -> a stream of ProcessedDocuments, in input order, with bounded memory.

A few threads each carry one document through its stages, which run in one shared pool of
worker processes (text layer, OCR pages, extraction: pipeline.process), so the threads mostly
wait and every core works. At most ``window`` documents are in flight, so memory stays flat
however many files a batch has."""
from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from denials.config import Settings
from models import ProcessedDocument
from pipeline.process import process_file
from pipeline.workers import WorkerPool

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
    window = jobs + 2 if jobs > 1 else 1  # with one job (no worker processes) documents go one at a time
    with WorkerPool(jobs) as pool, ThreadPoolExecutor(max_workers=window, thread_name_prefix="doc") as threads:
        pending: deque = deque()
        files = expand_paths(paths)

        def top_up() -> None:
            while len(pending) < window:
                nxt = next(files, None)
                if nxt is None:
                    return
                pending.append((nxt, threads.submit(process_file, nxt, settings, pool)))

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
            yield got
