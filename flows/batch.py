"""The batch flow: one Prefect task per document.

Locally the document tasks run in a ThreadPoolTaskRunner and share one pool of worker processes
(``flows.pools.worker_pool``, kept for the process's later runs): the threads mostly wait while
the pool's processes keep every core busy reading text layers, OCRing pages and extracting. With a Dask
scheduler address the tasks go to that cluster instead (prefect-dask), and each Dask worker
process has a pool of its own (flows.pools).

The flow only plans, submits and collects; flows.documents.handle does the work. A task is
retried only when the document failed with a code whose exception class is ``retryable``
(timeout, internal) — a corrupt or encrypted file fails once and is quarantined.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import TaskRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from denials.config import Settings
from extractors.warm import warm_up as warm_up_extractor
from models import DenialsError
from pipeline.batch import expand_paths
from pipeline.workers import WorkerPool
from store.db import upgrade

from flows.documents import DocResult, WorkItem, dispose_engine, engine_for, handle
from flows.layout import Consumer, Layout, inbox_layout
from flows.pools import one_at_a_time, worker_pool
from flows.summary import RunSummary, summarize, to_markdown
from flows.watch import settled


class _CompletedLine(logging.Filter):
    """Drops Prefect's "Finished in state Completed()" line of each task run: the document's own
    line (``DocResult.describe``) already says how it ended. Failures and retries still show."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Finished in state Completed("))


logging.getLogger("prefect.task_runs").addFilter(_CompletedLine())

DOC_RETRIES = 2
DEFAULT_RETRY_DELAY_S = 10.0
DEFAULT_SETTLE_S = 2.0


def retry_if_transient(task, task_run, state) -> bool:
    """Retry only what can succeed later: a DenialsError whose class is ``retryable``."""
    try:
        state.result()
    except DenialsError as e:
        return e.retryable
    except Exception:  # noqa: BLE001 - anything else is a bug or a dead file: retrying won't help
        return False
    return False


@task(name="process-document", task_run_name="{item.name}", retries=DOC_RETRIES,
      retry_delay_seconds=DEFAULT_RETRY_DELAY_S, retry_condition_fn=retry_if_transient,
      cache_policy=NO_CACHE, persist_result=False)
def process_document(item: WorkItem, settings: Settings, pool: WorkerPool | None = None) -> DocResult:
    """One document, start to end (flows.documents.handle). ``pool`` is the flow's shared worker
    pool when running in the flow's threads; on a Dask worker it is None and the worker's own pool
    is used."""
    ctx = TaskRunContext.get()
    final = ctx.task_run.run_count > ctx.task.retries
    if ctx.task_run.run_count > 1 and item.saved_since is None:
        # an earlier attempt may have stored the document before failing to file it away
        item = replace(item, saved_since=ctx.task_run.start_time or ctx.task_run.expected_start_time)
    if pool is None:
        pool = worker_pool(settings.jobs)
    if pool.jobs == 1:  # extraction runs in this process's threads: build its models once, first
        warm_up_extractor()
    result = handle(item, settings, engine_for(settings.db_url), pool, final_attempt=final)
    get_run_logger().info(result.describe())
    return result


# --- planning: which files, read in place or claimed from an inbox -------------------------------

DOCUMENT_SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})


def in_place_items(paths: Iterable[str]) -> Iterator[WorkItem]:
    """Files as given, and the documents in folders (recursively). In a folder, files with other
    suffixes — labels, notes, exports (e.g. samples/letters/labels/*.json) — are skipped; a file
    named explicitly is always taken (its type is sniffed from its bytes, whatever its name)."""
    explicit = {Path(x) for x in paths if not Path(x).is_dir()}
    skipped = 0
    for p in expand_paths(Path(x) for x in paths):
        if p in explicit or p.suffix.lower() in DOCUMENT_SUFFIXES:
            yield WorkItem(path=str(p), name=p.name)
        else:
            skipped += 1
    if skipped:
        get_run_logger().info("skipped %d file(s) in the folders that are not PDFs or images", skipped)


def inbox_items(consumer: Consumer, paths: list[str] | None, settle_s: float) -> Iterator[WorkItem]:
    """Files left by a stopped run first, then the given inbox files (default: every complete
    file in the inbox), each claimed just before it is submitted."""
    layout = consumer.layout
    for c in consumer.recover():
        yield WorkItem(path=str(c.path), name=c.name, layout=layout, saved_since=c.since)
    files = [Path(p) for p in paths] if paths is not None else settled(layout.incoming(), settle_s)
    for f in files:
        claimed = consumer.claim(f)
        if claimed is not None:
            yield WorkItem(path=str(claimed.path), name=claimed.name, layout=layout)


@contextmanager
def document_runner(settings: Settings):
    """(task runner, shared worker pool or None, how many documents to keep in flight)."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        with DaskTaskRunner(address=settings.dask_address) as runner:
            threads = sum(runner.client.nthreads().values()) or 1
            yield runner, None, 2 * threads
    else:
        threads = settings.jobs + 2  # document threads: most of them wait on the worker pool at any time
        with ThreadPoolTaskRunner(max_workers=threads) as runner:
            yield runner, one_at_a_time(worker_pool(settings.jobs)), 2 * threads


def run_documents(runner, items: Iterable[WorkItem], window: int, **params) -> list[DocResult]:
    """Submit one task per item, at most ``window`` in flight (memory stays flat), and collect."""
    task = process_document.with_options(**({"retry_delay_seconds": params.pop("retry_delay_s")}
                                            if "retry_delay_s" in params else {}))
    inflight: dict = {}
    results: list[DocResult] = []
    # quote(): in the flow's threads, Prefect passes the values through without walking into them
    # looking for futures (prefect-dask's own traversal would unwrap a quote into a tuple)
    wrap = quote if isinstance(runner, ThreadPoolTaskRunner) else (lambda v: v)

    def collect(fut) -> None:
        item = inflight.pop(fut)
        try:
            results.append(fut.result())
        except Exception as e:  # noqa: BLE001 - a task that crashed: its file stays claimed for recovery
            get_run_logger().error("%s: not handled (%s)", item.name, type(e).__name__)
            results.append(DocResult(filename=item.name, outcome="error"))

    for item in items:
        while len(inflight) >= window:
            collect(next(as_completed(list(inflight))))
        inflight[runner.submit(task, parameters={k: wrap(v) for k, v in {"item": item, **params}.items()})] = item
    for fut in as_completed(list(inflight)):
        collect(fut)
    return results


def publish(summary: RunSummary) -> None:
    create_markdown_artifact(to_markdown(summary), key="denials-batch-summary",
                             description="Denial letters batch: counts, deadlines due soon, failures")
    if summary.due_soon:
        create_table_artifact([{"deadline": d.deadline.isoformat(), "days_left": d.days_left,
                                "record": d.record_id[:12], "file": d.filename} for d in summary.due_soon],
                              key="denials-due-soon",
                              description=f"Appeal deadline within {summary.due_within_days} days")


def load_settings(jobs: int | None = None, dask_address: str | None = None) -> Settings:
    overrides = {k: v for k, v in {"jobs": jobs, "dask_address": dask_address}.items() if v is not None}
    return Settings(**overrides)


@flow(name="denials-batch", log_prints=False)
def batch_flow(paths: list[str] | None = None, inbox: str | None = None, jobs: int | None = None,
               dask_address: str | None = None, settle_s: float = DEFAULT_SETTLE_S,
               retry_delay_s: float = DEFAULT_RETRY_DELAY_S) -> RunSummary:
    """Process letters into the case store, one task per document.

    Without ``inbox``: ``paths`` (files and folders, recursively) are read in place, never moved.
    With ``inbox``: a consumer of that inbox — files left in processing/ by a stopped run are
    recovered, then ``paths`` (default: every complete file in the inbox) are claimed one by one;
    processed files go to archive/YYYY/MM/, failures to quarantine/ with a ``.error.json``.
    Settings (database, limits, jobs) come from the DENIALS_* environment."""
    settings = load_settings(jobs, dask_address)
    logger = get_run_logger()
    upgrade(settings.db_url)
    today = dt.date.today()
    with ExitStack() as stack:
        if inbox is not None:
            layout = Layout.for_inbox(Path(inbox), settings).ensure()
            consumer = stack.enter_context(Consumer(layout))
            items = inbox_items(consumer, paths, settle_s)
            logger.info("consuming inbox %s as %s", layout.inbox, consumer.id)
        else:
            items = in_place_items(paths or [])
        runner, pool, window = stack.enter_context(document_runner(settings))
        results = run_documents(runner, items, window, settings=settings, pool=pool, retry_delay_s=retry_delay_s)
    dispose_engine(settings.db_url)
    summary = summarize(results, today)
    publish(summary)
    logger.info("%d document(s): %s", summary.total, ", ".join(f"{k} {v}" for k, v in summary.by_outcome.items()))
    return summary


def batch_target(paths: list[Path], settings: Settings, no_move: bool = False) -> tuple[list[str] | None, str | None]:
    """How ``denials batch PATH...`` runs: (paths, inbox). One PATH that is an inbox with the
    standard layout (or DENIALS_INBOX) is consumed as an inbox, unless ``no_move``; anything else
    is read in place."""
    if not no_move and len(paths) == 1:
        layout = inbox_layout(paths[0], settings)
        if layout is not None:
            return None, str(layout.inbox)
    return [str(Path(p).resolve()) for p in paths], None
