"""Real batch flow runs (temporary Prefect server, SQLite store per test)."""
from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from sqlalchemy import func, select

from flows.layout import Layout
from models import ErrorCode
from store import count_cases, get_case, list_audit, query_cases, session_scope
from store.schema import DocumentRow, PageRow, RecordRow, SightingRow
from tests.flows.conftest import run_flow
from tests.flows.letters import Letter, empty_file, html_as_pdf, letters, scanned_pdf, truncated_pdf, write_letter

pytestmark = pytest.mark.usefixtures("prefect_api")


def table_count(engine, row) -> int:
    with session_scope(engine, readonly=True) as s:
        return s.scalar(select(func.count()).select_from(row))


def test_in_place_batch_stores_every_document_and_moves_nothing(tmp_path, store_env, engine):
    folder = tmp_path / "samples" / "letters"
    good = letters(folder, 3)
    bad = [empty_file(folder / "empty.pdf"), html_as_pdf(folder / "portal.pdf"), truncated_pdf(folder / "cut.pdf")]
    (folder / "copy.pdf").write_bytes(good[0].read_bytes())
    (folder / "half.pdf.part").write_bytes(b"%PDF-1.4 partial")
    (folder / "labels").mkdir()
    (folder / "labels" / "G0001.json").write_text("{}")  # not a letter: skipped in a folder walk
    named = folder.parent / "notes.txt"
    named.write_text("named explicitly, so taken (and failed)")
    before = sorted(p.name for p in folder.iterdir())

    summary, _ = run_flow(paths=[str(folder), str(named)])

    assert sorted(p.name for p in folder.iterdir()) == before  # read in place
    assert summary.total == 8
    assert summary.by_outcome == {"new": 3, "failed": 4, "duplicate": 1}
    assert summary.by_status["failed"] == 4
    assert {p.filename: p.code for p in summary.problems} == {
        "empty.pdf": "empty_file", "portal.pdf": "not_a_document", "cut.pdf": "corrupt", "notes.txt": "not_a_document"}
    with session_scope(engine, readonly=True) as s:
        assert count_cases(s) == 7  # 3 letters + 4 failures; the copy is not a case
        assert count_cases(s, status="failed") == 4
        for p in good:
            case = get_case(s, __import__("hashlib").sha256(p.read_bytes()).hexdigest())
            assert case["status"] in ("extracted", "needs_review") and case["source"]["page_methods"] == ["text"]
    assert table_count(engine, SightingRow) == 8


def test_inbox_batch_archives_good_quarantines_bad_and_records_the_duplicate(tmp_path, store_env, engine):
    layout = Layout.for_inbox(tmp_path / "drop" / "inbox", store_env).ensure()
    good = letters(layout.inbox, 2)
    (layout.inbox / "same letter, other name.pdf").write_bytes(good[0].read_bytes())
    truncated_pdf(layout.inbox / "broken.pdf")
    (layout.inbox / "upload.pdf.part").write_bytes(b"%PDF-")

    summary, _ = run_flow(inbox=str(layout.inbox), settle_s=0.05)

    assert summary.by_outcome == {"new": 2, "duplicate": 1, "failed": 1}
    assert [p.name for p in layout.inbox.iterdir()] == ["upload.pdf.part"]  # partial files are left alone
    archived = sorted(p.name for p in layout.archive.rglob("*.pdf"))
    assert archived == ["letter-000.pdf", "letter-001.pdf", "same letter, other name.pdf"]
    month = layout.archive / f"{dt.date.today():%Y}" / f"{dt.date.today():%m}"
    assert (month / "letter-000.pdf").exists()
    assert sorted(p.name for p in layout.quarantine.iterdir()) == ["broken.pdf", "broken.pdf.error.json"]
    side = json.loads((layout.quarantine / "broken.pdf.error.json").read_text())
    assert side["code"] == "corrupt" and side["message"] and side["time"] and len(side["record_id"]) == 64
    assert list(layout.processing.iterdir()) == []

    sha0 = __import__("hashlib").sha256(good[0].read_bytes() if good[0].exists() else (month / "letter-000.pdf")
                                        .read_bytes()).hexdigest()
    with session_scope(engine, readonly=True) as s:
        assert count_cases(s) == 3
        events = [(e.action, e.detail.get("filename")) for e in list_audit(s, sha0)]
        assert ("duplicate_seen", "same letter, other name.pdf") in events
        assert get_case(s, side["record_id"])["error"]["code"] == "corrupt"


def test_summary_artifact_is_published(tmp_path, store_env):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    folder = tmp_path / "in"
    letters(folder, 2)
    html_as_pdf(folder / "x.pdf")
    _, run_id = run_flow(paths=[str(folder)])
    with get_client(sync_client=True) as client:
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id])))
    md = next(a for a in arts if a.key == "denials-batch-summary")
    assert md.type == "markdown"
    assert "## By status" in md.data and "## By denial category" in md.data and "within 7 days" in md.data
    assert "| failed | 1 |" in md.data and "x.pdf" in md.data


def test_logs_carry_no_phi(tmp_path, store_env, engine, capfd):
    """File names and record-id prefixes only: nothing the letter says about the member reaches
    a log line (console, Python logging, or the logs stored by the Prefect API)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogWorker

    letter = Letter(serial=4242)
    path = write_letter(tmp_path / "in" / "letter.pdf", letter)
    truncated_pdf(tmp_path / "in" / "broken.pdf", letter)

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    keep = Keep(level=logging.DEBUG)
    watched = [logging.getLogger(n) for n in ("", "prefect", "flows", "pipeline", "store", "extractors")]
    for lg in watched:
        lg.addHandler(keep)
    try:
        _, run_id = run_flow(paths=[str(tmp_path / "in")])
    finally:
        for lg in watched:
            lg.removeHandler(keep)
    APILogWorker.drain_all(timeout=10)
    with get_client(sync_client=True) as client:
        api_logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
    out, err = capfd.readouterr()

    sha = __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    with session_scope(engine, readonly=True) as s:
        case = get_case(s, sha)
    from_record = [case["member"]["name"], case["member"]["member_id"], case["provider"]["name"],
                   case["provider"]["npi"], case["claim_number"], case["authorization_number"],
                   case["denial_reason"]["text"], case["appeal"]["text"], case["expedited"]["text"],
                   case["service"]["description"]]
    phi = [v for v in from_record + letter.phi if isinstance(v, str) and len(v) >= 4]
    phi += ["lumbar spine", "conservative therapy"]  # letter text

    logged = [r.getMessage() for r in records] + [lg.message for lg in api_logs] + [out, err]
    assert any(sha[:12] in line for line in logged) and any("letter.pdf" in line for line in logged)
    for value in phi:
        leaks = [line for line in logged if value.lower() in line.lower()]
        assert not leaks, f"{value!r} logged: {leaks[:2]}"


def test_timeout_fails_the_document_with_code_timeout_after_retries(tmp_path, store_env, monkeypatch, engine):
    import time

    import flows.documents as documents

    calls = []
    real = documents.process_file

    def slow(path, settings, pool=None, sha256=None):
        calls.append(path)
        if "slow" in str(path):
            time.sleep(1.5)
        return real(path, settings, pool, sha256)

    monkeypatch.setattr(documents, "process_file", slow)
    monkeypatch.setenv("DENIALS_DOC_TIMEOUT_S", "0.3")
    layout = Layout.for_inbox(tmp_path / "inbox", store_env).ensure()
    write_letter(layout.inbox / "slow.pdf", Letter(serial=1))
    write_letter(layout.inbox / "fast.pdf", Letter(serial=2))

    summary, _ = run_flow(inbox=str(layout.inbox), settle_s=0)

    assert sum("slow" in str(c) for c in calls) == 3  # first attempt + 2 retries
    assert sum("fast" in str(c) for c in calls) == 1
    assert {p.filename: p.code for p in summary.problems} == {"slow.pdf": "timeout"}
    side = json.loads((layout.quarantine / "slow.pdf.error.json").read_text())
    assert side["code"] == "timeout" and "DENIALS_DOC_TIMEOUT_S" in side["message"]
    assert (layout.quarantine / "slow.pdf").exists() and list(layout.processing.iterdir()) == []
    with session_scope(engine, readonly=True) as s:
        assert count_cases(s, status="failed") == 1 and count_cases(s) == 2


def test_only_transient_failures_are_retried(tmp_path, store_env, monkeypatch, engine):
    import flows.documents as documents
    from pipeline.process import failed

    calls: dict[str, int] = {}
    real = documents.process_file

    def flaky(path, settings, pool=None, sha256=None):
        calls[path.name] = calls.get(path.name, 0) + 1
        if path.name == "flaky.pdf" and calls[path.name] == 1:
            from pipeline.intake import sha256_file
            return failed(path.name, sha256_file(path), ErrorCode.internal, "worker died")
        return real(path, settings, pool, sha256)

    monkeypatch.setattr(documents, "process_file", flaky)
    folder = tmp_path / "in"
    write_letter(folder / "flaky.pdf", Letter(serial=7))
    truncated_pdf(folder / "corrupt.pdf")
    html_as_pdf(folder / "web.pdf")

    summary, _ = run_flow(paths=[str(folder)])

    assert calls == {"flaky.pdf": 2, "corrupt.pdf": 1, "web.pdf": 1}
    assert summary.by_outcome == {"failed": 2, "new": 1}
    with session_scope(engine, readonly=True) as s:
        assert [c.filename for c in query_cases(s, status=["extracted", "needs_review"])] == ["flaky.pdf"]
    assert table_count(engine, SightingRow) == 3


@pytest.mark.slow
def test_scanned_letter_is_ocrd_in_the_shared_pool(tmp_path, store_env, monkeypatch, engine):
    monkeypatch.setenv("DENIALS_JOBS", "2")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(scanned_pdf(Letter(serial=77)))
    write_letter(folder / "digital.pdf", Letter(serial=78))

    summary, _ = run_flow(paths=[str(folder)])

    assert summary.by_outcome == {"new": 2}
    with session_scope(engine, readonly=True) as s:
        by_name = {c.filename: c.record_id for c in query_cases(s)}
        scan = get_case(s, by_name["scan.pdf"])
    assert scan["source"]["page_methods"] == ["ocr"] and scan["source"]["ocr_mean_confidence"] > 50
    with session_scope(engine, readonly=True) as s:
        text = s.scalar(select(PageRow.text).where(PageRow.record_id == by_name["scan.pdf"]))
    assert "medically necessary" in text


def test_rows_are_whole(tmp_path, store_env, engine):
    """Every record has its document, and as many page rows as its source says."""
    letters(tmp_path / "in", 3)
    run_flow(paths=[str(tmp_path / "in")])
    assert_store_consistent(engine)


def assert_store_consistent(engine) -> None:
    with session_scope(engine, readonly=True) as s:
        docs = set(s.scalars(select(DocumentRow.sha256)))
        recs = {r.record_id: r for r in s.scalars(select(RecordRow))}
        assert docs == set(recs)
        pages = dict(s.execute(select(PageRow.record_id, func.count()).group_by(PageRow.record_id)).all())
        for rid, row in recs.items():
            expected = row.data["source"]["pages"] if row.status != "failed" else 0
            assert pages.get(rid, 0) == expected, rid[:12]


def test_a_retry_after_storing_does_not_store_twice(tmp_path, store_env, monkeypatch, engine):
    """The first attempt stores the case, then cannot move the file (disk trouble); the retry
    sees its own save and only files the document away."""
    import flows.documents as documents

    real_archive = documents.archive
    calls = []

    def flaky_archive(path, layout, name=None):
        calls.append(name)
        if len(calls) == 1:
            raise PermissionError("archive not writable")
        return real_archive(path, layout, name)

    monkeypatch.setattr(documents, "archive", flaky_archive)
    layout = Layout.for_inbox(tmp_path / "inbox", store_env).ensure()
    write_letter(layout.inbox / "one.pdf", Letter(serial=31))

    summary, _ = run_flow(inbox=str(layout.inbox), settle_s=0)

    assert calls == ["one.pdf", "one.pdf"]
    assert summary.by_outcome == {"already_stored": 1}
    assert [p.name for p in layout.archive.rglob("*.pdf")] == ["one.pdf"]
    assert table_count(engine, SightingRow) == 1
    with session_scope(engine, readonly=True) as s:
        (case,) = query_cases(s)
        assert [e.action for e in list_audit(s, case.record_id)] == ["ingested"]
