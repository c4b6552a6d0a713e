"""Saving processed documents: idempotency by content, failed records and their replacement,
page text and source bytes, atomicity."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from store import (
    CaseNotFound, case_status, get_case, get_pages, get_source, list_audit, query_cases, save_processed,
    session_scope,
)
from store.schema import DocumentRow, PageRow, RecordRow, SightingRow
from tests.store.factories import make_failed, make_processed, sha

PDF = b"%PDF-1.7 denial letter one"


def _count(s, table) -> int:
    return s.scalar(select(func.count()).select_from(table))


def _sightings(s, content):
    return [(r.filename, r.outcome) for r in s.scalars(select(SightingRow).where(SightingRow.sha256 == sha(content))
                                                        .order_by(SightingRow.id))]


def test_new_document_is_stored_with_pages_and_source(engine):
    with session_scope(engine) as s:
        out = save_processed(s, make_processed(PDF, "inbox/a.pdf"), "inbox/a.pdf", PDF)
    assert (out.record_id, out.outcome, out.created) == (sha(PDF), "new", True)
    with session_scope(engine, readonly=True) as s:
        case = get_case(s, sha(PDF))
        assert case["record_id"] == sha(PDF) and case["appeal"]["deadline"] == "2025-08-30"
        assert case["corrections"] == [] and case["review"] == {"reviewed_at": None, "reviewed_by": None}
        assert get_source(s, sha(PDF)) == ("a.pdf", PDF)  # the name without its directory
        pages = get_pages(s, sha(PDF))
        assert [p.number for p in pages] == [1, 2]
        assert pages[1] == make_processed(PDF).text.pages[1]  # words, boxes, rotation round-trip
        assert case_status(s, sha(PDF)) == "extracted" and case_status(s, "f" * 64) is None
        doc = s.get(DocumentRow, sha(PDF))
        assert (doc.size, doc.kind) == (len(PDF), "pdf")
        assert [e.action for e in list_audit(s, sha(PDF))] == ["ingested"]


def test_same_bytes_under_another_name_is_one_case_and_a_duplicate_sighting(engine):
    with session_scope(engine) as s:
        first = save_processed(s, make_processed(PDF, "a.pdf"), "a.pdf", PDF)
    with session_scope(engine) as s:
        again = save_processed(s, make_processed(PDF, "copy of a.pdf"), "copy of a.pdf", PDF)
    assert first.outcome == "new" and again.outcome == "duplicate" and not again.created
    with session_scope(engine, readonly=True) as s:
        assert _count(s, RecordRow) == 1 and _count(s, DocumentRow) == 1
        assert _sightings(s, PDF) == [("a.pdf", "new"), ("copy of a.pdf", "duplicate")]
        assert get_case(s, sha(PDF))["source"]["filename"] == "a.pdf"
        events = list_audit(s, sha(PDF))
        assert [e.action for e in events] == ["ingested", "duplicate_seen"]
        assert events[1].detail == {"filename": "copy of a.pdf"}
        assert len(query_cases(s)) == 1


def test_failed_record_is_stored_and_replaced_by_a_later_success(engine):
    with session_scope(engine) as s:
        assert save_processed(s, make_failed(PDF), "a.pdf", PDF).outcome == "failed"
    with session_scope(engine, readonly=True) as s:
        case = get_case(s, sha(PDF))
        assert case["status"] == "failed" and case["error"]["code"] == "timeout"
        assert get_pages(s, sha(PDF)) == [] and get_source(s, sha(PDF))[1] == PDF
    with session_scope(engine) as s:  # timed out again: still failed, latest attempt kept
        assert save_processed(s, make_failed(PDF), "a.pdf", PDF).outcome == "failed"
    with session_scope(engine) as s:
        assert save_processed(s, make_processed(PDF, "a.pdf"), "a.pdf", PDF).outcome == "replaced"
    with session_scope(engine) as s:  # a later failure never replaces a good case
        assert save_processed(s, make_failed(PDF), "a.pdf", PDF).outcome == "duplicate"
    with session_scope(engine, readonly=True) as s:
        case = get_case(s, sha(PDF))
        assert case["status"] == "extracted" and case["error"] is None
        assert len(get_pages(s, sha(PDF))) == 2
        assert _count(s, RecordRow) == 1
        assert [o for _, o in _sightings(s, PDF)] == ["failed", "failed", "replaced", "duplicate"]
        assert [e.action for e in list_audit(s, sha(PDF))] == ["ingested", "reprocessed", "reprocessed",
                                                                "duplicate_seen"]
        assert query_cases(s, status="extracted")[0].record_id == sha(PDF)


def test_source_bytes_filled_in_when_first_saved_without_them(engine):
    with session_scope(engine) as s:
        save_processed(s, make_processed(PDF), "a.pdf", None)
    with session_scope(engine, readonly=True) as s:
        assert get_source(s, sha(PDF)) == ("a.pdf", None)
    with session_scope(engine) as s:
        save_processed(s, make_processed(PDF), "b.pdf", PDF)
    with session_scope(engine, readonly=True) as s:
        assert get_source(s, sha(PDF)) == ("a.pdf", PDF)


def test_content_must_match_record_id(engine):
    with pytest.raises(ValueError), session_scope(engine) as s:
        save_processed(s, make_processed(PDF), "a.pdf", b"other bytes")


def test_nothing_half_written_when_the_transaction_fails(engine):
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        save_processed(s, make_processed(PDF), "a.pdf", PDF)
        raise RuntimeError("crash after saving, before commit")
    with session_scope(engine, readonly=True) as s:
        assert [_count(s, t) for t in (DocumentRow, RecordRow, PageRow, SightingRow)] == [0, 0, 0, 0]
        assert list_audit(s) == []


def test_unknown_case_raises(engine):
    with session_scope(engine, readonly=True) as s:
        for fn in (get_case, get_pages, get_source):
            with pytest.raises(CaseNotFound):
                fn(s, "0" * 64)


def test_concurrent_saves_of_the_same_bytes_make_one_case(engine):
    barrier, outcomes, errors = threading.Barrier(2), [], []

    def worker(name):
        try:
            barrier.wait(5)
            with session_scope(engine) as s:
                outcomes.append(save_processed(s, make_processed(PDF, name), name, PDF).outcome)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("a.pdf", "b.pdf")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert sorted(outcomes) == ["duplicate", "new"]
    with session_scope(engine, readonly=True) as s:
        assert _count(s, RecordRow) == 1 and len(_sightings(s, PDF)) == 2
