"""The run summary: counts, appeal deadlines due within 7 days, failures (unit tests)."""
from __future__ import annotations

import datetime as dt

from flows.documents import DocResult
from flows.summary import summarize, to_markdown, to_text

TODAY = dt.date(2025, 6, 10)


def r(name, outcome="new", status="extracted", category="medical_necessity", deadline=None, code=None):
    return DocResult(filename=name, record_id=(name.encode().hex() * 64)[:64], outcome=outcome, status=status,
                     category=category, appeal_deadline=deadline, error_code=code,
                     moved_to=f"quarantine/{name}" if code else None)


def test_counts_due_soon_and_failures():
    results = [
        r("a.pdf", deadline=TODAY + dt.timedelta(days=3)),
        r("b.pdf", status="needs_review", category=None, deadline=TODAY + dt.timedelta(days=7)),
        r("c.pdf", outcome="duplicate", category="step_therapy", deadline=TODAY + dt.timedelta(days=8)),
        r("d.pdf", deadline=TODAY - dt.timedelta(days=1)),
        r("e.pdf", deadline=TODAY),
        r("bad.pdf", outcome="failed", status="failed", category=None, code="corrupt"),
        DocResult(filename="lost.pdf", outcome="error"),
    ]
    s = summarize(results, TODAY)
    assert s.total == 7 and s.errors == 1
    assert s.by_outcome == {"new": 4, "duplicate": 1, "error": 1, "failed": 1}
    assert s.by_status == {"extracted": 4, "failed": 1, "needs_review": 1}
    assert s.by_category == {"medical_necessity": 3, "(none)": 1, "step_therapy": 1}
    assert [(d.filename, d.days_left) for d in s.due_soon] == [("e.pdf", 0), ("a.pdf", 3), ("b.pdf", 7)]
    assert [(p.filename, p.code, p.outcome) for p in s.problems] == [("bad.pdf", "corrupt", "failed"),
                                                                       ("lost.pdf", None, "error")]
    md = to_markdown(s)
    assert "| 2025-06-13 | 3 |" in md and "| bad.pdf |" in md and "| needs_review | 1 |" in md
    text = to_text(s)
    assert "appeal deadline within 7 days: 3" in text and "bad.pdf: corrupt -> quarantine/bad.pdf" in text


def test_empty_run():
    s = summarize([], TODAY)
    assert s.total == 0 and "None." in to_markdown(s) and to_text(s).startswith("0 document(s)")
