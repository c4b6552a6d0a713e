"""Flow tests run real Prefect flows, offline: a temporary PREFECT_HOME, analytics off, and one
temporary API server for the session (as ``prefect_test_harness`` starts, see below) that
subprocesses reach through PREFECT_API_URL. Every test gets its own SQLite case store (DENIALS_DATA_DIR in tmp_path)."""
from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

_PREFECT_HOME = tempfile.mkdtemp(prefix="denials-test-prefect-home-")
atexit.register(shutil.rmtree, _PREFECT_HOME, ignore_errors=True)
OFFLINE = {
    "PREFECT_HOME": _PREFECT_HOME,
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}
os.environ.update(OFFLINE)  # before anything below imports prefect

ROOT = Path(__file__).resolve().parents[2]
DENIALS = str(Path(sys.executable).with_name("denials"))
_DENIALS_VARS = ("DENIALS_INBOX", "DENIALS_ARCHIVE_DIR", "DENIALS_QUARANTINE_DIR", "DENIALS_PROCESSING_DIR",
                 "DENIALS_DATABASE_URL", "DENIALS_DASK_ADDRESS", "DENIALS_DOC_TIMEOUT_S", "DENIALS_SCHEDULE_CRON",
                 "DENIALS_SCHEDULE_TIMEZONE", "DENIALS_SETTLE_S", "DENIALS_RESCAN_S")


@contextmanager
def temporary_prefect_server():
    """What ``prefect_test_harness`` does — a Prefect API server on a temporary SQLite database,
    for this process and (through PREFECT_API_URL) its subprocesses — except that the database
    starts as a copy of a migrated, empty one kept in the temp dir per Prefect version: a fresh
    database costs the server half its start-up time in migrations."""
    import prefect
    import prefect.settings as ps
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.server.api.server import SubprocessASGIServer

    from tests.store.pg import free_port

    tmp = Path(tempfile.mkdtemp(prefix="denials-test-prefect-db-"))
    db = tmp / "prefect.db"
    template = Path(tempfile.gettempdir()) / f"denials-test-prefect-{prefect.__version__}.db"
    if template.exists():
        shutil.copyfile(template, db)
    try:
        with ps.temporary_settings(updates={ps.PREFECT_SERVER_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{db}"}):
            server = SubprocessASGIServer(port=free_port())
            server.start(timeout=120)
            try:
                if not template.exists():
                    _snapshot(db, template)
                with ps.temporary_settings(updates={ps.PREFECT_API_URL: server.api_url}):
                    yield server.api_url
                    APILogWorker.drain_all(timeout=10)
                    EventsWorker.drain_all(timeout=10)
            finally:
                server.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _snapshot(db: Path, template: Path) -> None:
    part = template.with_name(f"{template.name}.{os.getpid()}.part")
    with sqlite3.connect(db) as src, sqlite3.connect(part) as dst:
        src.backup(dst)  # consistent even while the server has the database open
    os.replace(part, template)


@pytest.fixture(scope="session")
def prefect_api():
    """The session's temporary Prefect API server (its URL)."""
    with temporary_prefect_server() as url:
        yield url


@pytest.fixture
def store_env(tmp_path, monkeypatch):
    """DENIALS_* for this test: a fresh data dir (SQLite store), one OCR job, nothing else set.
    Returns the Settings the flows will read."""
    from denials.config import Settings

    for var in _DENIALS_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("DENIALS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DENIALS_JOBS", "1")
    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")
    return Settings()


@pytest.fixture
def subprocess_env(prefect_api, store_env):
    """Environment for a ``denials`` subprocess: this test's store and the session's Prefect API."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(OFFLINE)
    env["PREFECT_API_URL"] = prefect_api
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.fixture
def engine(store_env):
    from store.db import make_engine

    e = make_engine(store_env.db_url)
    yield e
    e.dispose()


def run_flow(**params):
    """Run the batch flow in this process (fast retries) and return (summary, flow_run_id)."""
    from flows.batch import batch_flow

    params.setdefault("retry_delay_s", 0)
    state = batch_flow(return_state=True, **params)
    assert state.is_completed(), state
    return state.result(), state.state_details.flow_run_id
