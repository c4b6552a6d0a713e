"""A pool of OCR worker processes shared by all documents of a run.

Tesseract is parallelised by process, never by thread: each worker (and each tesseract it
starts) runs with OMP_THREAD_LIMIT=1, so N workers use N cores without oversubscription.
With ``jobs=1`` pages are OCR'd in the calling process (no pool to start)."""
from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from models.pages import Page
from pipeline.ocr import OcrJob, ocr_page


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


class OcrPool:
    def __init__(self, jobs: int = 1):
        self.jobs = max(1, int(jobs))
        self._executor: ProcessPoolExecutor | None = self._start() if self.jobs > 1 else None

    def _start(self) -> ProcessPoolExecutor:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.ocr"])
        return ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_worker)

    def submit(self, job: OcrJob) -> "Future[Page]":
        if self._executor is not None:
            try:
                return self._executor.submit(ocr_page, job)
            except BrokenProcessPool:  # a worker died (e.g. killed): the documents it held fail, the run goes on
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()
                return self._executor.submit(ocr_page, job)
        _init_worker()
        fut: Future[Page] = Future()
        try:
            fut.set_result(ocr_page(job))
        except BaseException as e:  # noqa: BLE001 - handed to the caller through the future
            fut.set_exception(e)
        return fut

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> "OcrPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
