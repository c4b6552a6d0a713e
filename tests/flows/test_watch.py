"""The watched folder: when a file counts as complete, how arrivals are noticed, and a real watch
with batch flow runs consuming slow writes, duplicates and a corrupt file."""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from pathlib import Path

import pytest

from flows.layout import Layout
from flows.watch import Settling, flow_runner, watch
from store import count_cases, list_audit, session_scope
from tests.flows.letters import Letter, letter_pdf, truncated_pdf, write_letter


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_a_file_is_ready_once_size_and_mtime_hold_still(tmp_path):
    clock = Clock()
    s = Settling(2.0, clock)
    f = tmp_path / "a.pdf"
    f.write_bytes(b"1")
    s.add([f])
    clock.t = 1.0
    assert s.ready() == []
    with open(f, "ab") as fh:  # still being written
        fh.write(b"2")
    clock.t = 2.5
    assert s.ready() == []  # changed since the last check: the wait starts again
    clock.t = 4.0
    assert s.ready() == []
    clock.t = 4.6
    assert s.ready() == [f]
    assert s.ready() == [] and len(s) == 0  # handed out once
    g = tmp_path / "gone.pdf"
    g.write_bytes(b"x")
    s.add([g])
    g.unlink()
    clock.t = 10
    assert s.ready() == [] and len(s) == 0


def _watch_in_thread(layout, run, **kw):
    import contextvars

    stop = threading.Event()
    ctx = contextvars.copy_context()  # the session's Prefect settings (API URL) travel with it
    t = threading.Thread(target=ctx.run, args=(watch, layout, run), kwargs={"stop": stop, **kw}, daemon=True)
    t.start()
    return stop, t


def _wait_for(cond, timeout=15.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("mode", ["events", "poll", "rescan"])
def test_arrivals_are_noticed(tmp_path, monkeypatch, mode):
    """Native events, polling (--poll) and the periodic full rescan each find new files."""
    import flows.watch as fw
    from denials.config import Settings

    layout = Layout.for_inbox(tmp_path / "inbox", Settings(data_dir=tmp_path)).ensure()
    got: list[list[Path]] = []
    kw = {"events": dict(rescan_s=600), "poll": dict(rescan_s=600, poll=True), "rescan": dict(rescan_s=0.3)}[mode]
    if mode == "rescan":  # an observer that never looks again: only the rescan can find the file
        real = fw._observer
        monkeypatch.setattr(fw, "_observer", lambda layout, poll, poll_s, q: real(layout, True, 600, q))
    stop, t = _watch_in_thread(layout, got.append, settle_s=0.1, **kw)
    time.sleep(0.3)
    (layout.inbox / "new.pdf").write_bytes(b"%PDF-1.4 x")
    (layout.inbox / "skip.pdf.part").write_bytes(b"%PDF-1.4 x")
    assert _wait_for(lambda: got, 10), f"{mode}: nothing noticed"
    stop.set()
    t.join(10)
    assert [p.name for batch in got for p in batch] == ["new.pdf"]


def test_watch_once_takes_complete_files_and_leaves_growing_ones(tmp_path):
    from denials.config import Settings

    layout = Layout.for_inbox(tmp_path / "inbox", Settings(data_dir=tmp_path)).ensure()
    (layout.inbox / "done.pdf").write_bytes(b"%PDF-1.4 done")
    growing = layout.inbox / "growing.pdf"
    growing.write_bytes(b"%PDF")
    stop_writing = threading.Event()

    def writer():
        while not stop_writing.is_set():
            with open(growing, "ab") as f:
                f.write(b"x")
            time.sleep(0.05)

    w = threading.Thread(target=writer, daemon=True)
    w.start()
    got = []
    try:
        watch(layout, got.append, settle_s=0.3, once=True, once_wait_s=1.5)
    finally:
        stop_writing.set()
        w.join()
    assert [p.name for batch in got for p in batch] == ["done.pdf"]


@pytest.mark.usefixtures("prefect_api")
def test_watch_consumes_slow_writes_once_duplicates_and_quarantines_corrupt(tmp_path, store_env, engine):
    layout = Layout.for_inbox(tmp_path / "drop" / "inbox", store_env).ensure()
    first = write_letter(layout.inbox / "first.pdf", Letter(serial=101))
    slow_bytes = letter_pdf(Letter(serial=102))
    slow_sha = hashlib.sha256(slow_bytes).hexdigest()
    runs: list[list[str]] = []
    flow = flow_runner(layout)

    def run(files):
        runs.append([f.name for f in files])
        return flow(files)

    stop, t = _watch_in_thread(layout, run, settle_s=0.6, rescan_s=1.0)
    try:
        assert _wait_for(lambda: any(layout.archive.rglob("first.pdf")), 30)
        # a scanner writing a letter slowly, in chunks, under its final name
        slow = layout.inbox / "slow.pdf"
        with open(slow, "wb") as f:
            for i in range(0, len(slow_bytes), len(slow_bytes) // 6 + 1):
                f.write(slow_bytes[i:i + len(slow_bytes) // 6 + 1])
                f.flush()
                os.fsync(f.fileno())
                time.sleep(0.25)
        (layout.inbox / "again, renamed.pdf").write_bytes(first.read_bytes() if first.exists()
                                                          else next(layout.archive.rglob("first.pdf")).read_bytes())
        truncated_pdf(layout.inbox / "broken.pdf")
        assert _wait_for(lambda: len(list(layout.archive.rglob("*.pdf"))) == 3
                         and (layout.quarantine / "broken.pdf.error.json").exists(), 45)
    finally:
        stop.set()
        t.join(30)
    assert not t.is_alive()

    archived = {p.name: p for p in layout.archive.rglob("*.pdf")}
    assert sorted(archived) == ["again, renamed.pdf", "first.pdf", "slow.pdf"]
    assert hashlib.sha256(archived["slow.pdf"].read_bytes()).hexdigest() == slow_sha  # complete when taken
    assert sum(n == "slow.pdf" for r in runs for n in r) == 1  # taken once
    side = json.loads((layout.quarantine / "broken.pdf.error.json").read_text())
    assert side["code"] == "corrupt"
    assert list(layout.inbox.iterdir()) == [] and list(layout.processing.iterdir()) == []
    with session_scope(engine, readonly=True) as s:
        assert count_cases(s) == 3  # first, slow, broken: the renamed copy is the first's case
        first_sha = hashlib.sha256(archived["first.pdf"].read_bytes()).hexdigest()
        actions = [(e.action, e.detail.get("filename")) for e in list_audit(s, first_sha)]
        assert actions == [("ingested", "first.pdf"), ("duplicate_seen", "again, renamed.pdf")]
        assert [e.action for e in list_audit(s, slow_sha)] == ["ingested"]
