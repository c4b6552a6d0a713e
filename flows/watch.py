"""``denials watch INBOX``: consume letters as they arrive.

Arrivals are noticed two ways: native file-system events (watchdog; inotify on Linux) and a full
rescan of the inbox every ``rescan_s`` seconds, which catches what events miss (network shares,
sync clients, events lost while a batch ran). ``poll=True`` replaces native events by polling.
A file is taken only once complete: its size and mtime unchanged across two checks ``settle_s``
apart; hidden, partial and temporary names (``.part``, ``.tmp``, ``~$…``) are never taken. Ready
files are handed to ``run`` (by default one batch flow run, which claims them, see flows.layout);
files a stopped run left in processing/ are recovered on start and whenever they are found.
"""
from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path

from denials.config import Settings
from pipeline.batch import is_candidate

from flows.layout import Layout

log = logging.getLogger(__name__)

Runner = Callable[[list[Path]], object]


class BatchInterrupted(Exception):
    """A batch run was stopped part-way (SIGTERM while it ran): its unfinished files stay in
    processing/ and are recovered by the next run."""


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return st.st_size, st.st_mtime_ns


class Settling:
    """Tracks candidate files until their size and mtime have stayed the same for ``settle_s``."""

    def __init__(self, settle_s: float, clock: Callable[[], float] = time.monotonic):
        self.settle_s = settle_s
        self.clock = clock
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}

    def __len__(self) -> int:
        return len(self._seen)

    def add(self, paths) -> None:
        now = self.clock()
        for p in paths:
            if p not in self._seen:
                sig = _signature(p)
                if sig is not None:
                    self._seen[p] = (sig, now)

    def ready(self) -> list[Path]:
        """Files complete since the last call (no longer tracked); vanished files are dropped."""
        now, out = self.clock(), []
        for p, (sig, since) in list(self._seen.items()):
            current = _signature(p)
            if current is None:
                del self._seen[p]
            elif current != sig:
                self._seen[p] = (current, now)
            elif now - since >= self.settle_s:
                out.append(p)
                del self._seen[p]
        return sorted(out)


def settled(files: list[Path], settle_s: float, max_wait_s: float | None = None) -> list[Path]:
    """The files that are complete: unchanged over ``settle_s`` (0: all of them). Files still
    changing after ``max_wait_s`` (default: the longer of 10 s and 5 × settle_s) are left out."""
    if settle_s <= 0:
        return [p for p in files if _signature(p) is not None]
    settling = Settling(settle_s)
    settling.add(files)
    ready: list[Path] = []
    give_up = time.monotonic() + (max_wait_s if max_wait_s is not None else max(10.0, 5 * settle_s))
    while len(settling) and time.monotonic() < give_up:
        ready += settling.ready()
        if len(settling):
            time.sleep(max(0.05, min(0.25, settle_s / 2)))
    return sorted(ready)


def _observer(layout: Layout, poll: bool, poll_s: float, arrivals: "queue.Queue[Path]"):
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    inbox = layout.inbox

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event):
            if event.is_directory:
                return
            for raw in (event.src_path, getattr(event, "dest_path", "")):
                if raw:
                    p = Path(os.fsdecode(raw))
                    if p.parent == inbox and is_candidate(p):
                        arrivals.put(p)

    observer = PollingObserver(timeout=poll_s) if poll else Observer()
    observer.schedule(Handler(), str(inbox), recursive=False)
    return observer


def watch(layout: Layout, run: Runner, *, settle_s: float = 2.0, rescan_s: float = 30.0, poll: bool = False,
          once: bool = False, once_wait_s: float | None = None, stop: threading.Event | None = None) -> int:
    """Watch ``layout.inbox`` until ``stop`` is set (or, with ``once``, take what is complete now
    and return; files still growing after ``once_wait_s`` wait for the next run). Returns the
    number of files handed to ``run``."""
    layout.ensure()
    stop = stop or threading.Event()
    handed = 0

    def hand_over(files: list[Path]) -> None:
        nonlocal handed
        try:
            run(files)
        except BatchInterrupted:
            log.warning("stopped during a batch; its unfinished files are recovered on the next start")
            stop.set()
        except Exception as e:  # noqa: BLE001 - keep watching; claimed files are recovered later
            log.error("batch run failed (%s); its files stay in processing/ and are recovered", type(e).__name__)
        handed += len(files)

    if once:
        ready = settled(layout.incoming(), settle_s, once_wait_s)
        if ready or layout.has_orphans():
            hand_over(ready)
        return handed

    arrivals: queue.Queue[Path] = queue.Queue()
    observer = _observer(layout, poll, min(rescan_s, 2.0), arrivals)
    observer.start()
    settling = Settling(settle_s)
    tick = max(0.05, min(0.5, settle_s / 2))
    try:
        if layout.has_orphans():
            hand_over([])
        settling.add(layout.incoming())
        next_rescan = time.monotonic() + rescan_s
        while not stop.is_set():
            fresh = []
            while True:
                try:
                    fresh.append(arrivals.get_nowait())
                except queue.Empty:
                    break
            settling.add(fresh)
            if time.monotonic() >= next_rescan:
                settling.add(layout.incoming())
                if layout.has_orphans():
                    hand_over([])
                next_rescan = time.monotonic() + rescan_s
            ready = settling.ready()
            if ready:
                log.info("%d new file(s) complete", len(ready))
                hand_over(ready)
            stop.wait(tick)
    finally:
        observer.stop()
        observer.join(timeout=10)
    return handed


def flow_runner(layout: Layout, jobs: int | None = None, dask_address: str | None = None) -> Runner:
    """Hand files to one batch flow run each time (the run claims them from the inbox)."""
    def run(files: list[Path]):
        from prefect.exceptions import TerminationSignal

        from flows.batch import batch_flow

        try:
            return batch_flow(paths=[str(f) for f in files], inbox=str(layout.inbox), jobs=jobs,
                              dask_address=dask_address, settle_s=0)
        except TerminationSignal:  # Prefect turns SIGTERM during a flow run into this
            raise BatchInterrupted() from None

    return run


def layout_for(inbox: Path, settings: Settings) -> Layout:
    return Layout.for_inbox(inbox, settings)
