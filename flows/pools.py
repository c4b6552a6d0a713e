"""Worker pools for document tasks.

``one_at_a_time``: with ``jobs=1`` a WorkerPool has no processes and runs each stage in the
calling thread, so several document threads would work on several documents at once (several
tesseracts, say); this lets one call through at a time.

``worker_pool``: this process's pool: created on first use, shared by every document task and
every flow run of the process (a watcher's many small runs do not each start and warm up new
workers), closed when the process exits.

On a Dask worker its size is the worker's thread count (``dask worker --nthreads N``: N documents at a time, N
worker processes), so start one worker per machine with ``--nthreads`` = cores. Dask runs
workers as daemonic processes by default, and those may not start child processes: the stages
then run in the task's own thread (tesseract still runs as a separate program). Start workers
with ``DASK_DISTRIBUTED__WORKER__DAEMON=False`` for a pool.
"""
from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading

from pipeline.workers import WorkerPool

log = logging.getLogger(__name__)


class OneAtATime:
    """A WorkerPool(1) that runs one call at a time, whichever thread asks (same ``call``)."""

    jobs = 1

    def __init__(self, pool: WorkerPool):
        self._pool = pool
        self._lock = threading.Lock()

    def call(self, fn, *args):
        with self._lock:  # WorkerPool(1).call runs the function before it returns
            return self._pool.call(fn, *args)


def one_at_a_time(pool: WorkerPool):
    return OneAtATime(pool) if pool.jobs == 1 else pool


_pool: WorkerPool | None = None
_lock = threading.Lock()


def _worker_threads() -> int | None:
    try:
        from distributed import get_worker

        return get_worker().state.nthreads
    except (ImportError, ValueError, AttributeError):
        return None  # not inside a Dask worker


def worker_pool(default_jobs: int) -> WorkerPool:
    """This process's worker pool (one per process, however many tasks share it); ``default_jobs``
    workers, or on a Dask worker its thread count. A run asking for another size replaces it."""
    global _pool
    jobs = _worker_threads() or default_jobs
    daemonic = jobs > 1 and multiprocessing.current_process().daemon
    if daemonic:
        jobs = 1
    with _lock:
        if _pool is not None and _pool.jobs != jobs:
            _pool.close()
            _pool = None
        if _pool is None:
            if daemonic:
                log.warning("daemonic worker process: documents are processed in the task threads "
                            "(set DASK_DISTRIBUTED__WORKER__DAEMON=False for a worker pool)")
            _pool = WorkerPool(jobs)
        return _pool


def close_worker_pool() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.close()


atexit.register(close_worker_pool)  # a no-op when no pool was started
