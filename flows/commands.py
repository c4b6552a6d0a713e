"""``denials batch | watch | serve | export | reprocess``. Each command reads the settings once
(DENIALS_* environment) and imports what it needs when it runs, so ``denials --help`` stays fast
and ``export``/``reprocess`` never load Prefect."""
from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import threading
from pathlib import Path

import click

_STATUSES = ("extracted", "needs_review", "failed")


def _settings(**overrides):
    from denials.config import Settings

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract: parallel by process, never by thread
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def _where(settings) -> str:
    from store.db import display_url

    return display_url(settings.db_url)


def _store_engine(settings):
    """An engine on the existing case store, or a click error when there is none yet."""
    from store.db import current_revision, make_engine

    engine = make_engine(settings.db_url)
    try:
        rev = current_revision(engine)
    except Exception as e:  # noqa: BLE001 - unreachable server, bad URL, …
        engine.dispose()
        raise click.ClickException(f"cannot open the case store {_where(settings)}: {type(e).__name__}")
    if rev is None:
        engine.dispose()
        raise click.ClickException(f"no case store at {_where(settings)} yet: run `denials batch` first")
    return engine


def _run_options(fn):
    fn = click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
                      help="run document tasks on this Dask scheduler (e.g. tcp://host:8786)")(fn)
    fn = click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                      help="worker processes (default: cores; DENIALS_JOBS)")(fn)
    return fn


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_run_options
@click.option("--no-move", is_flag=True, help="read the files in place even when PATH is an inbox")
@click.option("--settle", "settle_s", type=float, default=2.0, show_default=True, envvar="DENIALS_SETTLE_S",
              help="inbox runs: seconds a file's size and mtime must stay unchanged before it is taken")
def batch(paths: tuple[Path, ...], jobs: int | None, dask_address: str | None, no_move: bool, settle_s: float):
    """Process letters once into the case store: files and folders (recursively), read in place.

    A single PATH that is an inbox (DENIALS_INBOX, or a folder with processing/, archive/ and
    quarantine/ beside it) is consumed instead: files are claimed, then archived or quarantined.
    """
    settings = _settings(jobs=jobs, dask_address=dask_address)
    from flows.batch import batch_flow, batch_target
    from flows.summary import to_text

    files, inbox = batch_target(list(paths), settings, no_move)
    click.echo(f"inbox {inbox}: files are claimed, then archived or quarantined" if inbox
               else "reading files in place (nothing is moved)", err=True)
    state = batch_flow(paths=files, inbox=inbox, jobs=jobs, dask_address=dask_address, settle_s=settle_s,
                       return_state=True)
    if not state.is_completed():
        raise click.ClickException(f"the batch run ended {state.name}: {state.message or ''}".strip())
    summary = state.result()
    click.echo(to_text(summary))
    click.echo(f"results:  {_where(settings)}")
    click.echo("  export: denials export --format jsonl --out cases.jsonl   (or --format csv)")
    click.echo("  review: denials review")
    if summary.errors:
        sys.exit(1)


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def handler(signum, _frame):
        if stop.is_set():  # a second Ctrl-C: stop now
            raise KeyboardInterrupt
        click.echo("stopping once the current batch is done (Ctrl-C again to stop now)", err=True)
        stop.set()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    return stop


@click.command()
@click.argument("inbox", required=False, type=click.Path(file_okay=False, path_type=Path))
@_run_options
@click.option("--poll", is_flag=True, help="poll instead of native file events (network shares)")
@click.option("--settle", "settle_s", type=float, default=2.0, show_default=True, envvar="DENIALS_SETTLE_S",
              help="seconds a file's size and mtime must stay unchanged before it is taken")
@click.option("--rescan", "rescan_s", type=float, default=30.0, show_default=True, envvar="DENIALS_RESCAN_S",
              help="full rescan of the inbox every so many seconds (catches what events miss)")
@click.option("--once", is_flag=True, help="take the files that are complete now, then exit")
def watch(inbox: Path | None, jobs: int | None, dask_address: str | None, poll: bool, settle_s: float,
          rescan_s: float, once: bool):
    """Consume letters dropped into INBOX (default DENIALS_INBOX) as they arrive.

    Processed files move to archive/YYYY/MM/, failures to quarantine/ with a .error.json;
    folders default to siblings of the inbox (DENIALS_PROCESSING_DIR, _ARCHIVE_DIR,
    _QUARANTINE_DIR). Files left in processing/ by a crash are processed again on start.
    """
    settings = _settings(jobs=jobs, dask_address=dask_address)
    inbox = inbox or settings.inbox
    if inbox is None:
        raise click.UsageError("give INBOX or set DENIALS_INBOX")
    from flows.layout import Layout
    from flows.watch import flow_runner, watch as watch_inbox

    layout = Layout.for_inbox(inbox, settings).ensure()
    run = flow_runner(layout, jobs, dask_address)
    if once:
        n = watch_inbox(layout, run, settle_s=settle_s, once=True)
        click.echo(f"{n} file(s) taken from {layout.inbox}; results in {_where(settings)}", err=True)
        return
    stop = _stop_on_signals()
    click.echo(f"watching {layout.inbox} ({'polling' if poll else 'native events'}, rescan every {rescan_s:g}s); "
               f"results in {_where(settings)}. Ctrl-C to stop.", err=True)
    watch_inbox(layout, run, settle_s=settle_s, rescan_s=rescan_s, poll=poll, stop=stop)
    click.echo("stopped", err=True)


@click.command()
@click.argument("inbox", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--cron", default=None, help="schedule (default DENIALS_SCHEDULE_CRON, \"0 2 * * *\")")
@click.option("--timezone", default=None, help="IANA zone of the schedule (default DENIALS_SCHEDULE_TIMEZONE, "
                                               "else this machine's zone)")
@click.option("--name", default="nightly", show_default=True, help="deployment name")
@_run_options
def serve(inbox: Path | None, cron: str | None, timezone: str | None, name: str, jobs: int | None,
          dask_address: str | None):
    """Serve the nightly batch over INBOX (default DENIALS_INBOX) as a scheduled Prefect deployment.

    Runs until stopped (Ctrl-C / SIGTERM). Point PREFECT_API_URL at a Prefect server
    (`prefect server start`) to see runs and their summaries in its UI."""
    settings = _settings(jobs=jobs, dask_address=dask_address)
    inbox = inbox or settings.inbox
    if inbox is None:
        raise click.UsageError("give INBOX or set DENIALS_INBOX")
    from flows.deploy import nightly_deployment, serve as serve_deployment
    from flows.layout import Layout

    Layout.for_inbox(inbox, settings).ensure()
    cron = cron or settings.schedule_cron
    deployment = nightly_deployment(inbox, cron, timezone or settings.schedule_timezone, name=name, jobs=jobs,
                                    dask_address=dask_address or settings.dask_address)
    tz = deployment.schedules[0].schedule.timezone
    click.echo(f"serving denials-batch/{name}: {cron} ({tz}) over {Path(inbox).resolve()}; "
               f"results in {_where(settings)}. Ctrl-C to stop.", err=True)
    try:
        serve_deployment(deployment)
    except KeyboardInterrupt:
        pass
    click.echo("stopped", err=True)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), default=None,
              help="only cases created or changed since this date (YYYY-MM-DD)")
@click.option("--status", multiple=True, type=click.Choice(_STATUSES),
              help="only cases with this status (repeatable)")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="write here instead of stdout")
def export(fmt: str, since: dt.datetime | None, status: tuple[str, ...], out: Path | None):
    """Export cases from the store (corrections applied): JSONL CaseRecords or CSV."""
    from flows.export import export_cases
    from store.db import session_scope

    settings = _settings()
    engine = _store_engine(settings)
    if since is not None and since.time() == dt.time():
        since = since.date()
    sink = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        with session_scope(engine, readonly=True) as session:
            n = export_cases(session, sink, fmt, since=since, status=list(status) or None)
    finally:
        if out:
            sink.close()
        engine.dispose()
    click.echo(f"{n} case(s)" + (f" -> {out}" if out else ""), err=True)


@click.command()
@click.argument("record_ids", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="every case in the store")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="OCR processes for failed cases")
def reprocess(record_ids: tuple[str, ...], all_: bool, jobs: int | None):
    """Run extraction again on stored cases (RECORD_ID or a unique prefix, or --all), keeping
    corrections. Failed cases are run through the whole pipeline again from their stored file."""
    if all_ == bool(record_ids):
        raise click.UsageError("give RECORD_ID... or --all (not both)")
    from flows.reprocess import reprocess as run

    settings = _settings(jobs=jobs)
    engine = _store_engine(settings)
    counts: dict[str, int] = {}
    try:
        for r in run(engine, settings, None if all_ else record_ids):
            counts[r.result] = counts.get(r.result, 0) + 1
            click.echo(r.describe())
    finally:
        engine.dispose()
    click.echo(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing to do", err=True)
    if counts.get("not_found") or counts.get("ambiguous"):
        sys.exit(1)
