"""OCR pools for document tasks.

``one_at_a_time``: with ``jobs=1`` an OcrPool has no processes and OCRs a page in the calling
thread, so several document threads would OCR several pages at once; this lets one through.

``worker_pool``: the OCR pool of a Dask worker process: created on first use, shared by the
document tasks that worker runs, closed when the process exits.

Its size is the worker's thread count (``dask worker --nthreads N``: N documents at a time, N
OCR processes), so start one worker per machine with ``--nthreads`` = cores. Dask runs workers
as daemonic processes by default, and those may not start child processes: pages are then OCR'd
in the task's own thread (tesseract still runs as a separate program, so the worker's threads
still use the cores). Start workers with ``DASK_DISTRIBUTED__WORKER__DAEMON=False`` for a pool.
"""
from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading

from pipeline.ocr_pool import OcrPool

log = logging.getLogger(__name__)

class OneAtATime:
    """An OcrPool(1) that OCRs one page at a time, whichever thread asks (same ``submit``)."""

    jobs = 1

    def __init__(self, pool: OcrPool):
        self._pool = pool
        self._lock = threading.Lock()

    def submit(self, job):
        with self._lock:  # OcrPool(1).submit runs the page before it returns
            return self._pool.submit(job)


def one_at_a_time(pool: OcrPool):
    return OneAtATime(pool) if pool.jobs == 1 else pool


_pool: OcrPool | None = None
_lock = threading.Lock()


def _worker_threads() -> int | None:
    try:
        from distributed import get_worker

        return get_worker().state.nthreads
    except (ImportError, ValueError, AttributeError):
        return None  # not inside a Dask worker


def worker_pool(default_jobs: int) -> OcrPool:
    """This process's OCR pool (one per process, however many tasks share it)."""
    global _pool
    with _lock:
        if _pool is None:
            jobs = _worker_threads() or default_jobs
            if jobs > 1 and multiprocessing.current_process().daemon:
                log.warning("daemonic worker process: OCR runs in the task threads "
                            "(set DASK_DISTRIBUTED__WORKER__DAEMON=False for an OCR pool)")
                jobs = 1
            _pool = OcrPool(jobs)
            atexit.register(close_worker_pool)
        return _pool


def close_worker_pool() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.close()
