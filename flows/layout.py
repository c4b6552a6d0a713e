"""The watched-folder layout and the moves that make a shared drop folder safe.

    inbox/          people (or scanners, or sync clients) drop letters here
    processing/     claimed files, one private folder per running consumer: processing/<consumer>/
    archive/YYYY/MM processed files (new cases and duplicates alike)
    quarantine/     files that failed, each beside ``<name>.error.json`` saying why

Every move is a rename that never overwrites (``renameat2(RENAME_NOREPLACE)`` where the kernel
has it); a name already taken gets ``_1``, ``_2``… before the suffix. Nothing is ever deleted.

A consumer (one batch flow run) claims a file by renaming it into its own processing folder, so
of two consumers racing for a file exactly one rename succeeds. It holds an ``flock`` on
``processing/<consumer>/.lock`` while it runs; a folder whose lock nobody holds belongs to a
consumer that died (crash, SIGKILL, power loss), and the next consumer to start takes its files
over and processes them again — safe, because cases are keyed by the file's sha256.
"""
from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import errno
import fcntl
import json
import logging
import os
import shutil
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from denials.config import Settings
from pipeline.batch import is_candidate

log = logging.getLogger(__name__)

LOCK_NAME = ".lock"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_ORPHAN_GRACE_S = 60.0  # a consumer folder without lock file younger than this is still being set up


# --- never-overwriting renames ----------------------------------------------------------------

def _load_renameat2():
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_RENAMEAT2 = _load_renameat2()
_AT_FDCWD = -100
_RENAME_NOREPLACE = 1


def rename_noreplace(src: Path, dst: Path) -> None:
    """Atomically rename ``src`` to ``dst``; FileExistsError when ``dst`` exists, FileNotFoundError
    when ``src`` is gone (e.g. another consumer took it). Across filesystems the file is copied
    under a temporary name, renamed into place, and only then removed from ``src``."""
    if _RENAMEAT2 is not None:
        if _RENAMEAT2(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), _RENAME_NOREPLACE) == 0:
            return
        err = ctypes.get_errno()
        if err == errno.EXDEV:
            return _copy_across(src, dst)
        if err not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
            raise OSError(err, os.strerror(err), str(src), None, str(dst))
    # no renameat2 (other OS, or a filesystem without RENAME_NOREPLACE): check, then rename
    if os.path.lexists(dst):
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(dst))
    try:
        os.rename(src, dst)
    except OSError as e:
        if e.errno != errno.EXDEV:
            raise
        _copy_across(src, dst)


def _copy_across(src: Path, dst: Path) -> None:
    tmp = Path(dst).with_name(f".{Path(dst).name}.{uuid.uuid4().hex[:8]}.tmp")
    shutil.copy2(src, tmp)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    try:
        rename_noreplace(tmp, Path(dst))
    except BaseException:
        tmp.unlink(missing_ok=True)  # our own temporary copy; the original is untouched
        raise
    os.unlink(src)


def free_names(name: str) -> Iterator[str]:
    """``name``, then ``stem_1.ext``, ``stem_2.ext``…"""
    yield name
    p = Path(name)
    stem, suffix = (p.stem, p.suffix) if p.stem else (name, "")
    n = 1
    while True:
        yield f"{stem}_{n}{suffix}"
        n += 1


def move_into(src: Path, folder: Path, name: str | None = None, *, sidecar_suffix: str | None = None) -> Path:
    """Rename ``src`` into ``folder`` under ``name`` (default: its own) or the first free variant;
    with ``sidecar_suffix`` a variant is also skipped when ``<variant><suffix>`` exists."""
    folder.mkdir(parents=True, exist_ok=True)
    for candidate in free_names(name or src.name):
        dst = folder / candidate
        if sidecar_suffix and os.path.lexists(folder / (candidate + sidecar_suffix)):
            continue
        try:
            rename_noreplace(src, dst)
            return dst
        except FileExistsError:
            continue
    raise AssertionError("unreachable")


def write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    try:
        rename_noreplace(tmp, path)
    except FileExistsError:
        tmp.unlink()
        raise


# --- the layout ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Layout:
    inbox: Path
    processing: Path
    archive: Path
    quarantine: Path

    @classmethod
    def for_inbox(cls, inbox: Path, settings: Settings) -> "Layout":
        """Folders configured in ``settings`` (DENIALS_PROCESSING_DIR, …), else siblings of the inbox."""
        inbox = Path(inbox).expanduser().resolve()
        pick = lambda configured, default: Path(configured).expanduser().resolve() if configured else inbox.parent / default  # noqa: E731
        return cls(inbox=inbox, processing=pick(settings.processing_dir, "processing"),
                   archive=pick(settings.archive_dir, "archive"), quarantine=pick(settings.quarantine_dir, "quarantine"))

    def ensure(self) -> "Layout":
        for d in (self.inbox, self.processing, self.archive, self.quarantine):
            d.mkdir(parents=True, exist_ok=True)
        return self

    def exists(self) -> bool:
        return all(d.is_dir() for d in (self.inbox, self.processing, self.archive, self.quarantine))

    def incoming(self) -> list[Path]:
        """Files waiting in the inbox (top level only; hidden, partial and temporary names skipped)."""
        try:
            entries = list(os.scandir(self.inbox))
        except FileNotFoundError:
            return []
        return sorted(Path(e.path) for e in entries if e.is_file(follow_symlinks=False) and is_candidate(Path(e.name)))

    def archive_folder(self, when: dt.datetime | None = None) -> Path:
        when = when or dt.datetime.now()
        return self.archive / f"{when:%Y}" / f"{when:%m}"

    def has_orphans(self) -> bool:
        """Whether processing/ holds files of a consumer that is no longer running."""
        return any(True for _ in _orphan_folders(self.processing, probe_only=True))


def inbox_layout(path: Path, settings: Settings) -> Layout | None:
    """The layout when ``path`` is an inbox: the configured DENIALS_INBOX, or a folder whose
    processing/archive/quarantine folders exist; None for any other path (read in place)."""
    path = Path(path)
    if not path.is_dir():
        return None
    layout = Layout.for_inbox(path, settings)
    configured = settings.inbox is not None and Path(settings.inbox).expanduser().resolve() == layout.inbox
    return layout if configured or layout.exists() else None


# --- archive / quarantine ---------------------------------------------------------------------

SIDECAR = ".error.json"


def archive(path: Path, layout: Layout, name: str | None = None) -> Path:
    return move_into(path, layout.archive_folder(), name)


def quarantine(path: Path, layout: Layout, *, code: str, message: str, record_id: str | None,
               name: str | None = None) -> Path:
    """Move a failed file to quarantine/ and write ``<name>.error.json`` beside it."""
    dst = move_into(path, layout.quarantine, name, sidecar_suffix=SIDECAR)
    write_json_atomic(dst.with_name(dst.name + SIDECAR), {
        "filename": name or path.name, "code": code, "message": message,
        "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "record_id": record_id,
    })
    return dst


# --- consumers: claims and crash recovery -------------------------------------------------------

@dataclass(frozen=True)
class Claimed:
    path: Path  # where the file now is (inside a processing folder)
    name: str  # the name it arrived under
    since: dt.datetime | None = None  # set for recovered files: the dead consumer's start time


def _stamp_of(folder_name: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(folder_name.split("-", 1)[0], _STAMP).replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None


def _try_lock(lock_path: Path, *, create: bool = False):
    """An open file holding an exclusive flock on ``lock_path``, or None when someone holds it
    (or, unless ``create``, when it does not exist)."""
    try:
        f = open(lock_path, "a+b") if create else open(lock_path, "r+b")
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.close()
        return None
    return f


def _orphan_folders(processing: Path, *, probe_only: bool = False) -> Iterator[tuple[Path, object]]:
    """Consumer folders (and a bare processing/ with loose files) whose owner is gone, each with
    the lock we now hold on it (None for loose files and lockless folders)."""
    try:
        entries = sorted(os.scandir(processing), key=lambda e: e.name)
    except FileNotFoundError:
        return
    loose = [e for e in entries if e.is_file(follow_symlinks=False) and not e.name.startswith(".")]
    if loose:
        yield processing, None
    for e in entries:
        if not e.is_dir(follow_symlinks=False) or e.name.startswith("."):
            continue
        folder = Path(e.path)
        lock_path = folder / LOCK_NAME
        if not lock_path.exists():
            # a crash between mkdir and creating the lock: nothing was claimed into it yet
            files = [x for x in folder.iterdir() if not x.name.startswith(".")]
            age = dt.datetime.now().timestamp() - folder.stat().st_mtime
            if files or age > _ORPHAN_GRACE_S:
                yield folder, None
            continue
        held = _try_lock(lock_path)
        if held is None:
            continue  # its consumer is alive
        if probe_only:
            held.close()
        yield folder, held


class Consumer:
    """One claimant of inbox files (a context manager): a private processing folder, locked."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.started = dt.datetime.now(dt.timezone.utc)
        host = socket.gethostname().split(".")[0].replace("-", "_") or "host"
        self.id = f"{self.started.strftime(_STAMP)}-{host}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.folder = layout.processing / self.id
        self._lock = None

    def __enter__(self) -> "Consumer":
        self.layout.ensure()
        self.folder.mkdir()
        self._lock = _try_lock(self.folder / LOCK_NAME, create=True)
        if self._lock is None:  # pragma: no cover - a fresh unique folder
            raise RuntimeError(f"cannot lock {self.folder}")
        return self

    def __exit__(self, *exc) -> None:
        left = [p for p in self.folder.iterdir() if p.name != LOCK_NAME]
        if not left:
            (self.folder / LOCK_NAME).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                self.folder.rmdir()
        else:  # e.g. a task crashed: the next consumer to start recovers these
            log.warning("%d file(s) left in %s for recovery", len(left), self.folder)
        self._lock.close()
        self._lock = None

    def claim(self, path: Path) -> Claimed | None:
        """Take ``path`` out of the inbox; None when it is gone (another consumer was faster)."""
        try:
            dst = move_into(Path(path), self.folder)
        except FileNotFoundError:
            return None
        return Claimed(dst, Path(path).name)

    def recover(self) -> list[Claimed]:
        """Take over the files of consumers that died; each keeps the start time of its consumer
        (a case saved after it may already hold this file, see flows.documents)."""
        out: list[Claimed] = []
        for folder, held in _orphan_folders(self.layout.processing):
            try:
                since = _stamp_of(folder.name) if folder != self.layout.processing else None
                try:
                    entries = sorted(folder.iterdir())
                except FileNotFoundError:  # another consumer recovered it a moment ago
                    continue
                for p in entries:
                    if p.name.startswith(".") or not p.is_file():
                        continue
                    file_since = since or dt.datetime.fromtimestamp(p.stat().st_ctime, dt.timezone.utc)
                    try:
                        dst = move_into(p, self.folder)
                    except FileNotFoundError:
                        continue
                    out.append(Claimed(dst, p.name, file_since))
                if folder != self.layout.processing:
                    (folder / LOCK_NAME).unlink(missing_ok=True)
                    with contextlib.suppress(OSError):
                        folder.rmdir()
            finally:
                if held is not None:
                    held.close()
        if out:
            log.warning("recovered %d file(s) left in processing/ by a stopped run", len(out))
        return out
