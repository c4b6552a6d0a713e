"""Exactly once, for real: a ``denials batch`` over an inbox is SIGKILLed after its first documents
are stored; a ``denials watch`` is stopped with SIGTERM part-way (a clean exit); ``denials watch
--once`` then finishes the job. Every document ends up stored once, archived once, nothing is left
in processing/, and no row is half written."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

from sqlalchemy import func, select

from flows.layout import Layout
from store import count_cases, list_audit, session_scope
from store.schema import SightingRow
from tests.flows.conftest import DENIALS
from tests.flows.letters import letters
from tests.flows.test_batch_flow import assert_store_consistent

N = 24


def _stored(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("select count(*) from records").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_midway_then_rerun_processes_each_document_exactly_once(tmp_path, store_env, subprocess_env, engine):
    layout = Layout.for_inbox(tmp_path / "drop" / "inbox", store_env).ensure()
    names = sorted(p.name for p in letters(layout.inbox, N))
    db = store_env.sqlite_path

    proc = subprocess.Popen([DENIALS, "batch", str(layout.inbox), "--settle", "0"], env=subprocess_env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while _stored(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        out = proc.communicate(timeout=30)[0].decode(errors="replace")
    assert proc.returncode == -signal.SIGKILL, out[-2000:]
    at_kill = _stored(db)
    assert 3 <= at_kill < N, f"not killed midway ({at_kill} of {N} stored)"
    left = [p for p in layout.processing.rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert left, "the killed run left no claimed files behind"

    watcher = subprocess.Popen([DENIALS, "watch", str(layout.inbox), "--settle", "0.2"], env=subprocess_env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    while _stored(db) < at_kill + 3 and watcher.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    watcher.send_signal(signal.SIGTERM)
    err = watcher.communicate(timeout=60)[1]
    assert watcher.returncode == 0 and "Traceback" not in err, err[-3000:]
    assert "stopped" in err

    rerun = subprocess.run([DENIALS, "watch", str(layout.inbox), "--once", "--settle", "0.2"], env=subprocess_env,
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr[-3000:]

    assert list(layout.inbox.iterdir()) == []
    assert list(layout.processing.iterdir()) == []  # nothing stranded, no consumer folder left
    assert list(layout.quarantine.iterdir()) == []
    archived = sorted(p.name for p in layout.archive.rglob("*") if p.is_file())
    assert archived == names  # each file archived once, under its own name
    with session_scope(engine, readonly=True) as s:
        assert count_cases(s) == N
        assert s.scalar(select(func.count()).select_from(SightingRow)) == N  # one sighting per file
        for case in s.scalars(select(SightingRow.sha256)):
            assert [e.action for e in list_audit(s, case)] == ["ingested"]
    assert_store_consistent(engine)
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
