"""Exports: contract-valid JSON with corrections applied, and flat CSV rows."""
from __future__ import annotations

import csv
import datetime as dt
import io

from models.schema import schema_errors
from store import (
    CSV_COLUMNS, add_correction, iter_export, mark_reviewed, save_processed, session_scope, to_csv_rows,
)
from tests.store.factories import make_failed, make_processed, sha

A, B, BAD = b"%PDF letter A", b"%PDF letter B", b"not a pdf"


def _load(engine):
    with session_scope(engine) as s:
        save_processed(s, make_processed(A, "a.pdf"), "a.pdf", A)
        save_processed(s, make_processed(B, "b.pdf", claim_number="=HYPERLINK(1)", needs_review=True,
                                         status="needs_review", review_reasons=["low_ocr_confidence"]), "b.pdf", B)
        save_processed(s, make_failed(BAD, "bad.pdf"), "bad.pdf", BAD)
        add_correction(s, sha(A), "appeal.deadline", "2025-09-01", "alice")
        add_correction(s, sha(A), "guidelines", [{"source": "NCD", "identifier": "NCD 220.6"}], "alice")
        mark_reviewed(s, sha(A), "alice")


def test_export_is_contract_valid_with_corrections_applied(engine):
    _load(engine)
    with session_scope(engine, readonly=True) as s:
        records = list(iter_export(s))
    assert [r["source"]["filename"] for r in records] == ["a.pdf", "b.pdf", "bad.pdf"]
    for r in records:
        assert schema_errors(r) == [], r["record_id"]
    a = records[0]
    assert a["appeal"]["deadline"] == "2025-09-01" and a["guidelines"][0]["identifier"] == "NCD 220.6"
    assert a["review"]["reviewed_by"] == "alice"


def test_export_filters(engine, monkeypatch):
    import store.export

    monkeypatch.setattr(store.export, "BATCH", 2)  # exercise chunking
    _load(engine)
    with session_scope(engine, readonly=True) as s:
        assert len(list(iter_export(s))) == 3
        assert [r["status"] for r in iter_export(s, status=["failed"])] == ["failed"]
        assert len(list(iter_export(s, status=["extracted", "needs_review"]))) == 2
        assert list(iter_export(s, since=dt.date.today() + dt.timedelta(days=1))) == []
        assert len(list(iter_export(s, since=dt.date.today()))) == 3


def test_csv_rows(engine):
    _load(engine)
    with session_scope(engine, readonly=True) as s:
        rows = [to_csv_rows(r) for r in iter_export(s)]
    assert all(tuple(r) == CSV_COLUMNS for r in rows)
    a, b, bad = rows
    assert a["record_id"] == sha(A) and a["filename"] == "a.pdf"
    assert (a["appeal_deadline"], a["window_days"], a["counted_from"]) == ("2025-09-01", 180, "letter_date")
    assert (a["expedited_eligible"], a["decision_hours"], a["needs_review"]) == ("true", 72, "false")
    assert a["procedure_codes"] == "72148" and a["diagnosis_codes"] == "M54.16" and a["carc_codes"] == "CO-50"
    assert a["guidelines"] == "NCD:NCD 220.6"
    assert a["corrected_fields"] == "appeal.deadline;guidelines"
    assert b["review_reasons"] == "low_ocr_confidence" and b["corrected_fields"] == ""
    assert b["claim_number"] == "'=HYPERLINK(1)"  # never a live spreadsheet formula
    assert bad["status"] == "failed" and bad["appeal_deadline"] is None

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    assert out.getvalue().splitlines()[0] == ",".join(CSV_COLUMNS)
