"""Corrections: validated against the contract, applied on read, never lost to a reprocess;
reviews; the audit trail of every change."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from store import (
    InvalidCorrection, add_correction, get_case, list_audit, list_corrections, mark_reviewed, query_cases,
    replace_extraction, save_processed, session_scope,
)
from store.fields import CORRECTABLE_FIELDS, validate_correction
from store.schema import CorrectionRow
from tests.store.factories import make_processed, make_record, sha

PDF = b"%PDF-1.7 letter for corrections"
RID = sha(PDF)


@pytest.fixture
def stored(engine):
    with session_scope(engine) as s:
        save_processed(s, make_processed(PDF), "a.pdf", PDF)
    return engine


def test_correction_is_applied_on_read_with_full_confidence(stored):
    with session_scope(stored) as s:
        c = add_correction(s, RID, "appeal.deadline", "2025-09-01", "alice", comment="letter says Sept 1")
        add_correction(s, RID, "member.member_id", "XJK999", "alice")
        add_correction(s, RID, "expedited.eligible", False, "bob")
    assert (c.field, c.old_value, c.new_value, c.user, c.comment) == (
        "appeal.deadline", "2025-08-30", "2025-09-01", "alice", "letter says Sept 1")
    with session_scope(stored, readonly=True) as s:
        case = get_case(s, RID)
        assert case["appeal"]["deadline"] == "2025-09-01"
        assert case["appeal"]["window_days"] == 180  # untouched siblings stay
        assert case["member"] == {"name": "Pat Example", "member_id": "XJK999"}
        assert case["expedited"]["eligible"] is False
        assert case["confidence"]["appeal.deadline"] == 1.0 and case["confidence"]["member.member_id"] == 1.0
        assert [c["field"] for c in case["corrections"]] == ["appeal.deadline", "member.member_id",
                                                             "expedited.eligible"]
        raw = get_case(s, RID, apply_corrections=False)
        assert raw["appeal"]["deadline"] == "2025-08-30" and "corrections" not in raw
        # the queue sorts and filters on the corrected values
        row = query_cases(s, search="xjk999")[0]
        assert (row.appeal_deadline.isoformat(), row.expedited_eligible, row.member_id) == (
            "2025-09-01", False, "XJK999")


def test_later_correction_of_the_same_field_wins_and_records_the_old_value(stored):
    with session_scope(stored) as s:
        add_correction(s, RID, "payer", "Acme Health", "alice")
        add_correction(s, RID, "payer", "Acme Health Plan of Ohio", "bob")
    with session_scope(stored, readonly=True) as s:
        assert get_case(s, RID)["payer"] == "Acme Health Plan of Ohio"
        assert [(c.old_value, c.new_value) for c in list_corrections(s, RID)] == [
            ("Acme Health Plan", "Acme Health"), ("Acme Health", "Acme Health Plan of Ohio")]


@pytest.mark.parametrize("field, value", [
    ("appeal.deadline", "09/01/2025"),        # not an ISO date
    ("appeal.deadline", "2025-02-30"),        # no such day
    ("letter_date", 20250301),
    ("expedited.eligible", "yes"),            # booleans must be booleans
    ("expedited.eligible", 1),
    ("appeal.window_days", "180"),
    ("appeal.counted_from", "postmark"),
    ("denial_reason.category", "too_expensive"),
    ("document_type", "appeal"),
    ("guidelines", [{"source": "UpToDate", "identifier": None}]),
    ("carc_codes", ["co 50"]),                # contract pattern GROUP-CODE
    ("service.procedure_codes", "72148"),     # a list is a list
    ("status", "extracted"),                  # the pipeline's judgement is not a correctable field
    ("needs_review", False),
    ("record_id", "0" * 64),
    ("evidence", {}),
    ("appeal.computation", "x"),              # model extra, not a contract field
    ("appeal.nonsense", "x"),
    ("member", {"member_id": "x"}),           # whole objects: correct their fields
])
def test_invalid_corrections_are_rejected_and_not_stored(stored, field, value):
    with session_scope(stored) as s:
        with pytest.raises(InvalidCorrection) as err:
            add_correction(s, RID, field, value, "alice")
        assert repr(value) not in str(err.value)  # the message never echoes the value (PHI)
    with session_scope(stored, readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(CorrectionRow)) == 0
        assert [e.action for e in list_audit(s, RID)] == ["ingested"]


def test_valid_values_are_normalized():
    import datetime as dt

    assert validate_correction("appeal.deadline", dt.date(2025, 9, 1)) == "2025-09-01"
    assert validate_correction("appeal.deadline", "") is None  # an emptied form field clears it
    assert validate_correction("guidelines", [{"source": "NCD", "identifier": "NCD 220.6"}]) == [
        {"source": "NCD", "identifier": "NCD 220.6", "title": None, "text": None}]
    assert validate_correction("carc_codes", ["PR-204"]) == ["PR-204"]
    assert {"appeal.deadline", "expedited.eligible", "denial_reason.category", "guidelines",
            "member.member_id"} <= set(CORRECTABLE_FIELDS)


def test_corrections_survive_reprocessing_and_still_win(stored):
    with session_scope(stored) as s:
        add_correction(s, RID, "appeal.deadline", "2025-09-01", "alice")
    new = make_record(PDF, appeal={"deadline": "2025-07-01", "window_days": 120},
                      denial_reason={"category": "coding"}, extractor_version="rules-2")
    with session_scope(stored) as s:
        changed = replace_extraction(s, RID, new, "rules-2")
    assert changed == ["appeal", "denial_reason"]
    with session_scope(stored, readonly=True) as s:
        case = get_case(s, RID)
        assert case["appeal"]["deadline"] == "2025-09-01"  # the correction wins
        assert case["appeal"]["window_days"] == 120        # the rest is the new extraction
        assert case["denial_reason"]["category"] == "coding"
        assert case["extractor_version"] == "rules-2"
        assert len(list_corrections(s, RID)) == 1
        row = query_cases(s)[0]
        assert (row.category, row.appeal_deadline.isoformat(), row.extractor_version) == (
            "coding", "2025-09-01", "rules-2")


def test_reprocessing_that_changes_content_clears_a_review(stored):
    with session_scope(stored) as s:
        mark_reviewed(s, RID, "alice")
    with session_scope(stored) as s:  # same content, new version: the review stands
        assert replace_extraction(s, RID, make_record(PDF, extractor_version="rules-2"), "rules-2") == []
    with session_scope(stored, readonly=True) as s:
        assert get_case(s, RID)["review"]["reviewed_by"] == "alice"
    with session_scope(stored) as s:
        replace_extraction(s, RID, make_record(PDF, expedited={"eligible": None}), "rules-3")
    with session_scope(stored, readonly=True) as s:
        assert get_case(s, RID)["review"] == {"reviewed_at": None, "reviewed_by": None}
        last = list_audit(s, RID)[-1]
        assert last.action == "reprocessed" and last.detail["changed_fields"] == ["expedited"]
        assert last.detail["review_cleared"] is True


def test_replace_extraction_rejects_another_documents_record(stored):
    with session_scope(stored) as s, pytest.raises(ValueError):
        replace_extraction(s, RID, make_record(b"other bytes"), "rules-2")


def test_every_change_is_audited(stored):
    with session_scope(stored) as s:
        save_processed(s, make_processed(PDF), "again.pdf", PDF)
        add_correction(s, RID, "appeal.deadline", "2025-09-01", "alice")
        replace_extraction(s, RID, make_record(PDF), "rules-2")
        mark_reviewed(s, RID, "bob")
    with session_scope(stored, readonly=True) as s:
        events = list_audit(s, RID)
        assert [(e.action, e.actor) for e in events] == [
            ("ingested", "pipeline"), ("duplicate_seen", "pipeline"), ("corrected", "alice"),
            ("reprocessed", "reprocess"), ("marked_reviewed", "bob")]
        assert events[2].detail["field"] == "appeal.deadline"
        assert all(e.time.tzinfo is not None for e in events)
        # no letter content or member data in the trail
        text = repr([e.detail for e in events])
        assert "Pat Example" not in text and "XJK123456789" not in text and "2025-09-01" not in text
        case = get_case(s, RID)
        assert case["review"]["reviewed_by"] == "bob"
        assert query_cases(s, reviewed=True)[0].reviewed_by == "bob"
