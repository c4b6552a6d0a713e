"""The work queue: urgency order, deadline buckets, filters and search."""
from __future__ import annotations

import re

from store import mark_reviewed, session_scope
from tests.webapp.factories import TODAY
from webapp import queries


def _order(client, query: str = "") -> list[str]:
    html = client.get("/" + query).text
    return re.findall(r'data-record-id="([0-9a-f]{64})"', html)


def test_sorted_by_urgency(analyst, cases):
    # overdue first, then by deadline; no deadline last, those awaiting review before the rest
    assert _order(analyst) == [cases[k] for k in ("overdue", "soon", "month", "later", "none", "failed")]


def test_expedited_first_among_equal_deadlines(analyst, engine, cases):
    from tests.webapp.conftest import save
    from tests.webapp.factories import Letter

    same_day = Letter().deadline
    slow = save(engine, Letter(claim="CLM-9001", deadline=same_day, expedited=False, filename="slow.pdf"))
    order = _order(analyst)
    assert order.index(cases["soon"]) < order.index(slow)


def test_bucket_counts_and_links(analyst, cases):
    html = analyst.get("/").text
    counts = dict(re.findall(r'b-(\w+)[^"]*">\s*<a href="[^"]*"><span class="n">(\d+)</span>', html))
    assert counts == {"overdue": "1", "due7": "1", "due30": "1", "later": "1", "none": "2", "review": "2"}
    assert _order(analyst, "?bucket=overdue") == [cases["overdue"]]
    assert set(_order(analyst, "?bucket=none")) == {cases["none"], cases["failed"]}


def test_bucket_counts_function(engine, cases):
    with session_scope(engine) as s:
        mark_reviewed(s, cases["overdue"], "ana")
    with session_scope(engine, readonly=True) as s:
        counts = queries.bucket_counts(s, today=TODAY)
        assert counts == {"overdue": 1, "due7": 1, "due30": 1, "later": 1, "none": 2, "needs_review": 1}
        assert queries.bucket_counts(s, today=TODAY, payer="crest care")["later"] == 1
        cases_, total = queries.queue(s, today=TODAY, bucket="due30")
        assert total == 1 and cases_[0].record_id == cases["month"]


def test_filters(analyst, cases):
    assert _order(analyst, "?payer=Crest+Care") == [cases["month"], cases["later"]]
    assert _order(analyst, "?category=coding") == [cases["later"]]
    assert _order(analyst, "?status=failed") == [cases["failed"]]
    assert _order(analyst, "?due=7") == [cases["soon"]]
    assert _order(analyst, "?due=30") == [cases["soon"], cases["month"]]
    assert set(_order(analyst, "?needs_review=yes&reviewed=no")) == {cases["overdue"], cases["none"]}
    assert _order(analyst, "?reviewed=yes") == []
    # nonsense values are ignored rather than failing
    assert len(_order(analyst, "?status=bogus&due=abc&bucket=nope&page=-4")) == 6


def test_search_by_claim_auth_and_member_id(analyst, cases):
    assert _order(analyst, "?q=clm-4004") == [cases["month"]]
    assert _order(analyst, "?q=PA-3003") == [cases["none"]]
    assert _order(analyst, "?q=BLU999") == [cases["overdue"]]
    assert _order(analyst, "?q=%25") == []  # LIKE wildcards are literal


def test_queue_shows_days_left_and_reviewed(analyst, engine, cases):
    with session_scope(engine) as s:
        mark_reviewed(s, cases["month"], "ana")
    html = analyst.get("/").text
    assert "3 d over" in html  # 2025-05-30 vs today 2025-06-02
    assert "✓ ana" in html


def test_api_cases(analyst, cases):
    data = analyst.get("/api/cases?payer=Crest+Care").json()
    assert data["total"] == 2 and data["cases"][0]["claim_number"] == "CLM-4004"
