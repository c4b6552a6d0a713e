"""A pool of worker processes shared by all documents of a run: the CPU-heavy stages of every
document (text layer, OCR of a page, extraction) run in it, so a run uses every core whether
its letters are scans or born-digital PDFs.

Work is parallelised by process, never by thread: each worker (and each tesseract it starts)
runs with OMP_THREAD_LIMIT=1, so N workers use N cores without oversubscription, and the
calling process keeps only light work (orchestration, storing) under its GIL.
With ``jobs=1`` there are no processes: every call runs in the calling thread."""
from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")

# imported once in the fork server, so each worker starts with them loaded (and the extractor's
# models built: extractors.warm_on_import)
PRELOAD = ["pipeline.ocr", "pipeline.pdf_text", "extractors.warm_on_import"]


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


class WorkerPool:
    def __init__(self, jobs: int = 1):
        self.jobs = max(1, int(jobs))
        self._executor: ProcessPoolExecutor | None = self._start() if self.jobs > 1 else None

    def _start(self) -> ProcessPoolExecutor:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_worker)

    def call(self, fn: Callable[..., T], *args) -> "Future[T]":
        """``fn(*args)`` in a worker (``fn`` and its arguments must pickle), or here with jobs=1."""
        if self._executor is not None:
            try:
                return self._executor.submit(fn, *args)
            except BrokenProcessPool:  # a worker died (e.g. killed): the documents it held fail, the run goes on
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()
                return self._executor.submit(fn, *args)
        _init_worker()
        fut: Future[T] = Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as e:  # noqa: BLE001 - handed to the caller through the future
            fut.set_exception(e)
        return fut

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
