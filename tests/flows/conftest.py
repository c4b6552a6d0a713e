"""Flow tests run real Prefect flows, offline: a temporary PREFECT_HOME, analytics off, and one
temporary API server for the session (``prefect_test_harness``) that subprocesses reach through
PREFECT_API_URL. Every test gets its own SQLite case store (DENIALS_DATA_DIR in tmp_path)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

_PREFECT_HOME = tempfile.mkdtemp(prefix="denials-test-prefect-")
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


@pytest.fixture(scope="session")
def prefect_api():
    """The session's temporary Prefect API server (its URL)."""
    import prefect.settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield prefect.settings.PREFECT_API_URL.value()


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
