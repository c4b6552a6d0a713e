"""Work-queue queries: urgency order, filters, search, paging, dashboard counts."""
from __future__ import annotations

import datetime as dt

import pytest

from store import count_by, count_cases, mark_reviewed, query_cases, save_processed, session_scope
from tests.store.factories import make_failed, make_processed, sha

TODAY = dt.date(2025, 3, 10)


def _save(s, name, **overrides):
    content = f"%PDF {name}".encode()
    save_processed(s, make_processed(content, name, **overrides), name, content)
    return sha(content)


@pytest.fixture
def cases(engine):
    """name -> record id of a small, varied case load."""
    with session_scope(engine) as s:
        ids = {
            "late": _save(s, "late", appeal={"deadline": "2025-06-01"}, expedited={"eligible": False}),
            "soon": _save(s, "soon", appeal={"deadline": "2025-03-15"}, expedited={"eligible": False},
                          payer="Blue Shield", denial_reason={"category": "coding"}, claim_number="CLM-77-001",
                          letter_date="2025-03-04"),
            "soon_exp": _save(s, "soon_exp", appeal={"deadline": "2025-03-15"}, expedited={"eligible": True}),
            "soon_review": _save(s, "soon_review", appeal={"deadline": "2025-03-15"}, expedited={"eligible": False},
                                 needs_review=True, review_reasons=["conflicting_deadlines"], status="needs_review"),
            "no_deadline": _save(s, "no_deadline", appeal={"deadline": None}, needs_review=True,
                                 status="needs_review", letter_date="2025-02-20"),
            "past": _save(s, "past", appeal={"deadline": "2025-03-01"}, letter_date=None),
        }
        save_processed(s, make_failed(b"broken"), "broken.pdf", b"broken")
        ids["failed"] = sha(b"broken")
    return engine, ids


def _names(rows, ids):
    by_id = {v: k for k, v in ids.items()}
    return [by_id[r.record_id] for r in rows]


def test_urgency_order(cases):
    engine, ids = cases
    with session_scope(engine, readonly=True) as s:
        assert _names(query_cases(s), ids) == [
            "past", "soon_exp", "soon_review", "soon", "late", "no_deadline", "failed"]


def test_reviewed_cases_no_longer_jump_the_queue(cases):
    engine, ids = cases
    with session_scope(engine) as s:
        mark_reviewed(s, ids["soon_review"], "alice")
    with session_scope(engine, readonly=True) as s:
        assert _names(query_cases(s, due_within_days=10, today=TODAY), ids) == ["soon_exp", "soon", "soon_review"]


def test_filters(cases):
    engine, ids = cases
    with session_scope(engine, readonly=True) as s:
        q = lambda **kw: sorted(_names(query_cases(s, today=TODAY, **kw), ids))  # noqa: E731
        assert q(status="failed") == ["failed"]
        assert q(status=["needs_review", "failed"]) == ["failed", "no_deadline", "soon_review"]
        assert q(needs_review=True) == ["no_deadline", "soon_review"]
        assert q(category="coding") == ["soon"]
        assert q(payer="blue shield") == ["soon"]
        assert q(due_within_days=5) == ["soon", "soon_exp", "soon_review"]  # not the overdue one
        assert q(due_within_days=5, needs_review=False) == ["soon", "soon_exp"]
        assert q(reviewed=True) == [] and len(q(reviewed=False)) == 7
        assert q(search="clm-77") == ["soon"]                 # claim number, any case
        assert q(search="PA-2025") == sorted(ids.keys() - {"failed"})  # authorization number
        assert q(search="xjk1234") == sorted(ids.keys() - {"failed"})  # member id
        assert q(search=ids["late"][:10]) == ["late"]          # record id prefix
        assert q(search="%") == [] and q(search="_") == []     # LIKE wildcards are literal
        assert q(since=dt.date(2000, 1, 1)) == sorted(ids)
        assert q(since=dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)) == []
        assert count_cases(s, needs_review=True) == 2


def test_paging_and_other_orders(cases):
    engine, ids = cases
    with session_scope(engine, readonly=True) as s:
        first, second = query_cases(s, limit=4), query_cases(s, limit=4, offset=4)
        assert len(first) == 4 and len(second) == 3
        assert _names(first + second, ids) == _names(query_cases(s, limit=100), ids)
        assert _names(query_cases(s, order="newest"), ids) == _names(query_cases(s, order="oldest"), ids)[::-1]
        with pytest.raises(ValueError):
            query_cases(s, order="random")


def test_summary_rows(cases):
    engine, ids = cases
    with session_scope(engine, readonly=True) as s:
        row = query_cases(s, search="clm-77")[0]
    assert (row.filename, row.payer, row.category, row.claim_number) == ("soon", "Blue Shield", "coding", "CLM-77-001")
    assert row.letter_date == dt.date(2025, 3, 4) and row.appeal_deadline == dt.date(2025, 3, 15)
    assert row.created_at.tzinfo is not None and row.reviewed_at is None


def test_counts(cases):
    engine, ids = cases
    with session_scope(engine) as s:
        mark_reviewed(s, ids["late"], "alice")
    with session_scope(engine, readonly=True) as s:
        assert count_by(s, "category") == {"medical_necessity": 5, "coding": 1, None: 1}
        assert count_by(s, "payer") == {"Acme Health Plan": 5, "Blue Shield": 1, None: 1}
        assert count_by(s, "status") == {"extracted": 4, "needs_review": 2, "failed": 1}
        assert count_by(s, "needs_review") == {False: 5, True: 2}
        assert count_by(s, "reviewed") == {False: 6, True: 1}
        assert count_by(s, "week") == {dt.date(2025, 2, 17): 1, dt.date(2025, 3, 3): 4, None: 2}
        assert count_by(s, "category", status="needs_review") == {"medical_necessity": 2}
        with pytest.raises(ValueError):
            count_by(s, "member_id")
