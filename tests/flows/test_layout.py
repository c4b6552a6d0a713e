"""The inbox layout: never-overwriting moves, claims, quarantine sidecars, crash recovery."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from denials.config import Settings
from flows.layout import (LOCK_NAME, Consumer, Layout, archive, inbox_layout, move_into, quarantine,
                          rename_noreplace)


@pytest.fixture
def layout(tmp_path) -> Layout:
    return Layout.for_inbox(tmp_path / "drop" / "inbox", Settings(data_dir=tmp_path / "data")).ensure()


def test_default_folders_are_siblings_of_the_inbox(tmp_path):
    lay = Layout.for_inbox(tmp_path / "inbox", Settings(data_dir=tmp_path))
    assert (lay.processing, lay.archive, lay.quarantine) == (tmp_path / "processing", tmp_path / "archive",
                                                            tmp_path / "quarantine")
    custom = Layout.for_inbox(tmp_path / "inbox", Settings(data_dir=tmp_path, archive_dir=tmp_path / "kept",
                                                           quarantine_dir=tmp_path / "bad",
                                                           processing_dir=tmp_path / "busy"))
    assert (custom.processing, custom.archive, custom.quarantine) == (tmp_path / "busy", tmp_path / "kept",
                                                                      tmp_path / "bad")


def test_only_an_inbox_with_its_layout_is_consumed(tmp_path):
    settings = Settings(data_dir=tmp_path)
    (tmp_path / "samples" / "letters").mkdir(parents=True)
    assert inbox_layout(tmp_path / "samples" / "letters", settings) is None  # read in place
    lay = Layout.for_inbox(tmp_path / "inbox", settings).ensure()
    assert inbox_layout(tmp_path / "inbox", settings) == lay
    (tmp_path / "other").mkdir()  # the configured DENIALS_INBOX counts even before its folders exist
    assert inbox_layout(tmp_path / "other", Settings(data_dir=tmp_path, inbox=tmp_path / "other")) is not None
    (tmp_path / "f.pdf").write_bytes(b"%PDF-")
    assert inbox_layout(tmp_path / "f.pdf", settings) is None


def test_rename_never_overwrites(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_text("a")
    b.write_text("b")
    with pytest.raises(FileExistsError):
        rename_noreplace(a, b)
    assert a.read_text() == "a" and b.read_text() == "b"
    with pytest.raises(FileNotFoundError):
        rename_noreplace(tmp_path / "gone", tmp_path / "c")


def test_name_collisions_get_a_suffix(tmp_path):
    dest = tmp_path / "dest"
    moved = []
    for i in range(3):
        src = tmp_path / f"src{i}" / "letter.pdf"
        src.parent.mkdir()
        src.write_text(str(i))
        moved.append(move_into(src, dest))
    assert [p.name for p in moved] == ["letter.pdf", "letter_1.pdf", "letter_2.pdf"]
    assert [p.read_text() for p in moved] == ["0", "1", "2"]


def test_incoming_skips_partial_hidden_and_temporary_names(layout):
    for name in ["a.pdf", "b.PDF.part", ".hidden.pdf", "~$lock.pdf", "c.tmp", "d.crdownload", "e.tif"]:
        (layout.inbox / name).write_bytes(b"x")
    (layout.inbox / "sub").mkdir()
    assert [p.name for p in layout.incoming()] == ["a.pdf", "e.tif"]


def test_archive_by_month_and_quarantine_with_sidecar(layout):
    (layout.inbox / "x.pdf").write_bytes(b"one")
    dst = archive(layout.inbox / "x.pdf", layout)
    assert dst.parent.parent.parent == layout.archive and dst.parent.name.isdigit() and len(dst.parent.name) == 2
    (layout.inbox / "x.pdf").write_bytes(b"two")
    assert archive(layout.inbox / "x.pdf", layout).name == "x_1.pdf"

    for content in (b"bad1", b"bad2"):
        (layout.inbox / "bad.pdf").write_bytes(content)
        q = quarantine(layout.inbox / "bad.pdf", layout, code="corrupt", message="Re-scan it.", record_id="ab" * 32)
    assert sorted(p.name for p in layout.quarantine.iterdir()) == [
        "bad.pdf", "bad.pdf.error.json", "bad_1.pdf", "bad_1.pdf.error.json"]
    side = json.loads((layout.quarantine / "bad_1.pdf.error.json").read_text())
    assert side["code"] == "corrupt" and side["message"] == "Re-scan it." and side["record_id"] == "ab" * 32
    assert side["time"] and side["filename"] == "bad.pdf"
    assert q.read_bytes() == b"bad2"


def test_two_consumers_never_take_the_same_file(layout):
    files = []
    for i in range(40):
        f = layout.inbox / f"f{i:02d}.pdf"
        f.write_text(str(i))
        files.append(f)
    taken: dict[str, list] = {"a": [], "b": []}
    with Consumer(layout) as a, Consumer(layout) as b:
        def grab(consumer, key):
            for f in files:
                c = consumer.claim(f)
                if c is not None:
                    taken[key].append(c)
        threads = [threading.Thread(target=grab, args=(a, "a")), threading.Thread(target=grab, args=(b, "b"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        names = [c.name for c in taken["a"] + taken["b"]]
        assert sorted(names) == sorted(f.name for f in files)  # each exactly once
        for c in taken["a"] + taken["b"]:
            archive(c.path, layout, c.name)
    assert list(layout.processing.iterdir()) == []  # both folders cleaned up


def test_recovery_takes_dead_consumers_files_only(layout):
    live = Consumer(layout).__enter__()
    (layout.inbox / "busy.pdf").write_text("busy")
    live.claim(layout.inbox / "busy.pdf")
    # a consumer that died: its folder and lock file are there, nobody holds the lock
    dead = layout.processing / "20250101T000000000000Z-host-1-abcdef"
    dead.mkdir()
    (dead / LOCK_NAME).touch()
    (dead / "left.pdf").write_text("left")
    (layout.processing / "loose.pdf").write_text("loose")

    assert layout.has_orphans()
    with Consumer(layout) as c:
        got = c.recover()
        assert sorted(x.name for x in got) == ["left.pdf", "loose.pdf"]
        left = next(x for x in got if x.name == "left.pdf")
        assert left.since.year == 2025 and left.path.parent == c.folder
        assert not dead.exists()
        for x in got:
            archive(x.path, layout, x.name)
    assert (live.folder / "busy.pdf").exists()  # the live consumer's claim was not touched
    assert not layout.has_orphans()
    archive(live.folder / "busy.pdf", layout)
    live.__exit__(None, None, None)
    assert list(layout.processing.iterdir()) == []


def test_a_consumer_that_leaves_files_behind_is_recovered_later(layout):
    (layout.inbox / "x.pdf").write_text("x")
    with Consumer(layout) as c:
        c.claim(layout.inbox / "x.pdf")
    assert layout.has_orphans()
    with Consumer(layout) as c2:
        got = c2.recover()
        assert [x.name for x in got] == ["x.pdf"]
        archive(got[0].path, layout)
    assert list(layout.processing.iterdir()) == []


def test_file_names_are_kept_through_a_claim(layout):
    (layout.inbox / "Scan 2025-03-01 (2).pdf").write_text("x")
    with Consumer(layout) as c:
        claimed = c.claim(layout.inbox / "Scan 2025-03-01 (2).pdf")
        assert claimed.name == "Scan 2025-03-01 (2).pdf" and claimed.path.exists()
        assert c.claim(layout.inbox / "Scan 2025-03-01 (2).pdf") is None  # already taken
        archive(claimed.path, layout, claimed.name)
    assert not any(Path(layout.inbox).iterdir())
