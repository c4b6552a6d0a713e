"""Cases: saving what the pipeline produced, reading it back (corrections applied), reprocessing,
and the queries behind the work queues and dashboard. Every function takes the caller's session
and leaves committing to it, so one call is one all-or-nothing change."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import Counter
from pathlib import PurePath
from typing import Any, Literal

from sqlalchemy import Select, case, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import CaseRecord, DocumentText, Page, ProcessedDocument
from store.audit import record_event
from store.fields import apply_corrections
from store.public import CaseNotFound, CaseSummary, SaveOutcome
from store.schema import CorrectionRow, DocumentRow, PageRow, RecordRow, SightingRow, utcnow

log = logging.getLogger(__name__)

# Top-level record keys whose change after reprocessing does not call for a new review.
_NOT_CONTENT = {"evidence", "confidence", "extractor_version", "source", "corrections", "review"}


# --- writing -----------------------------------------------------------------------------------

def save_processed(session: Session, processed: ProcessedDocument, filename: str, content: bytes | None = None,
                   *, actor: str = "pipeline") -> SaveOutcome:
    """Store one processed file, idempotently by content. New bytes become a case (failed ones
    too, with status failed); bytes seen before add a sighting and an audit event but no second
    case, except that a stored *failed* record is replaced by the newer result."""
    record = processed.record
    sha = record.record_id
    if content is not None and hashlib.sha256(content).hexdigest() != sha:
        raise ValueError(f"content of {filename!r} does not hash to record_id {sha[:12]}")
    name = PurePath(filename).name
    now = utcnow()

    row = session.get(RecordRow, sha)
    if row is None:
        try:
            with session.begin_nested():  # a concurrent writer may have stored the same bytes
                _insert_new(session, processed, name, content, now)
        except IntegrityError:
            row = session.get(RecordRow, sha, populate_existing=True)
            if row is None:
                raise
        else:
            outcome = "failed" if processed.failed else "new"
            _sighting(session, sha, name, outcome, now)
            record_event(session, "ingested", sha, actor, {"filename": name, "status": record.status,
                                                            "extractor_version": record.extractor_version})
            log.info("stored %s from %s (%s)", sha[:12], name, outcome)
            return SaveOutcome(sha, outcome)

    doc = session.get_one(DocumentRow, sha)
    if content is not None and doc.content is None:
        doc.content, doc.size = content, len(content)
    if row.status != "failed":
        _sighting(session, sha, name, "duplicate", now)
        record_event(session, "duplicate_seen", sha, actor, {"filename": name})
        log.info("duplicate %s seen as %s", sha[:12], name)
        return SaveOutcome(sha, "duplicate")

    outcome = "failed" if processed.failed else "replaced"
    detail = _apply_extraction(session, row, record, processed.text, record.extractor_version, now)
    _sighting(session, sha, name, outcome, now)
    record_event(session, "reprocessed", sha, actor, {"filename": name, "previous_status": "failed", **detail})
    log.info("replaced failed record %s from %s (now %s)", sha[:12], name, record.status)
    return SaveOutcome(sha, outcome)


def replace_extraction(session: Session, record_id: str, new_record: CaseRecord, extractor_version: str | None = None,
                       *, text: DocumentText | None = None, actor: str = "reprocess") -> list[str]:
    """Replace the stored extraction (and, given ``text``, the page text) with a new one. Corrections
    are kept and still win on read. When the corrected record's content changes, a prior review
    is cleared: a person has not seen the new values. Returns the changed top-level fields."""
    if new_record.record_id != record_id:
        raise ValueError(f"new record is for {new_record.record_id[:12]}, not {record_id[:12]}")
    row = load_row(session, record_id)
    detail = _apply_extraction(session, row, new_record, text, extractor_version, utcnow())
    record_event(session, "reprocessed", record_id, actor, detail)
    log.info("reprocessed %s (%s changed)", record_id[:12], ", ".join(detail["changed_fields"]) or "nothing")
    return detail["changed_fields"]


def _insert_new(session: Session, processed: ProcessedDocument, name: str, content: bytes | None,
                now: dt.datetime) -> None:
    record = processed.record
    kind = processed.text.kind if processed.text else None
    session.add(DocumentRow(sha256=record.record_id, filename=name, size=len(content) if content is not None else None,
                            kind=kind, first_seen=now, content=content))
    session.flush()
    row = RecordRow(record_id=record.record_id, data=record.to_json(), extractor_version=record.extractor_version,
                    created_at=now, updated_at=now)
    refresh_columns(row, row.data)
    session.add(row)
    _put_pages(session, record.record_id, processed.text)
    session.flush()


def _apply_extraction(session: Session, row: RecordRow, record: CaseRecord, text: DocumentText | None,
                      extractor_version: str | None, now: dt.datetime) -> dict[str, Any]:
    corrections = corrections_of(session, row.record_id)
    before = apply_corrections(row.data, corrections)
    data = record.to_json()
    if extractor_version is not None:
        data["extractor_version"] = extractor_version
    after = apply_corrections(data, corrections)
    changed = sorted(k for k in before.keys() | after.keys() if k not in _NOT_CONTENT and before.get(k) != after.get(k))
    detail = {"previous_extractor_version": row.extractor_version, "extractor_version": data.get("extractor_version"),
              "changed_fields": changed, "review_cleared": bool(changed and row.reviewed_at)}
    row.data, row.extractor_version, row.updated_at = data, data.get("extractor_version"), now
    refresh_columns(row, after)
    if changed:
        row.reviewed_at = row.reviewed_by = None
    if text is not None:
        session.execute(delete(PageRow).where(PageRow.record_id == row.record_id))
        session.flush()
        _put_pages(session, row.record_id, text)
        doc = session.get_one(DocumentRow, row.record_id)
        doc.kind = doc.kind or text.kind
    return detail


def _put_pages(session: Session, record_id: str, text: DocumentText | None) -> None:
    for p in (text.pages if text else []):
        session.add(PageRow(record_id=record_id, number=p.number, text=p.text, method=p.method, confidence=p.confidence,
                            rotation=p.rotation, skew=p.skew, width=p.width, height=p.height,
                            words=[w.model_dump(mode="json") for w in p.words]))


def _sighting(session: Session, sha: str, name: str, outcome: str, now: dt.datetime) -> None:
    session.add(SightingRow(sha256=sha, filename=name, time=now, outcome=outcome))


def _clip(value: Any, n: int) -> Any:
    return value[:n] if isinstance(value, str) else value


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def refresh_columns(row: RecordRow, effective: dict) -> None:
    """Copy the queue's filter/sort fields from the effective (corrected) record onto its row."""
    sub = lambda key, field: (effective.get(key) or {}).get(field)  # noqa: E731
    row.status = effective.get("status") or "extracted"
    row.needs_review = bool(effective.get("needs_review"))
    row.document_type = effective.get("document_type")
    row.category = sub("denial_reason", "category")
    row.payer = _clip(effective.get("payer"), 256)
    row.letter_date = _date(effective.get("letter_date"))
    row.appeal_deadline = _date(sub("appeal", "deadline"))
    row.expedited_eligible = sub("expedited", "eligible")
    row.member_id = _clip(sub("member", "member_id"), 64)
    row.claim_number = _clip(effective.get("claim_number"), 64)
    row.authorization_number = _clip(effective.get("authorization_number"), 64)


# --- reading -----------------------------------------------------------------------------------

def load_row(session: Session, record_id: str) -> RecordRow:
    row = session.get(RecordRow, record_id)
    if row is None:
        raise CaseNotFound(record_id)
    return row


def corrections_of(session: Session, record_id: str) -> list[CorrectionRow]:
    return list(session.scalars(select(CorrectionRow).where(CorrectionRow.record_id == record_id)
                                .order_by(CorrectionRow.id)))


def case_dict(row: RecordRow, corrections: list[CorrectionRow] | None) -> dict:
    """The contract JSON of ``row`` (with ``corrections`` applied unless None), plus the extra key
    ``review`` ({reviewed_at, reviewed_by})."""
    out = apply_corrections(row.data, corrections) if corrections is not None else dict(row.data)
    out["review"] = {"reviewed_at": row.reviewed_at.isoformat() if row.reviewed_at else None,
                     "reviewed_by": row.reviewed_by}
    return out


def get_case(session: Session, record_id: str, apply_corrections: bool = True) -> dict:
    """The case as contract JSON; by default with corrections applied (corrected fields get
    confidence 1.0 and are listed under ``corrections``)."""
    row = load_row(session, record_id)
    return case_dict(row, corrections_of(session, record_id) if apply_corrections else None)


def case_status(session: Session, record_id: str) -> str | None:
    """The stored status of ``record_id`` (extracted/needs_review/failed), None when unseen: lets a
    caller skip processing bytes that already have a good case."""
    return session.scalar(select(RecordRow.status).where(RecordRow.record_id == record_id))


def get_pages(session: Session, record_id: str) -> list[Page]:
    load_row(session, record_id)
    rows = session.scalars(select(PageRow).where(PageRow.record_id == record_id).order_by(PageRow.number))
    return [Page(number=r.number, text=r.text, method=r.method, confidence=r.confidence, rotation=r.rotation,
                 skew=r.skew, width=r.width, height=r.height, words=r.words) for r in rows]


def get_source(session: Session, record_id: str) -> tuple[str, bytes | None]:
    """(first filename, original bytes); bytes are None when they were not stored."""
    doc = session.get(DocumentRow, record_id)
    if doc is None:
        raise CaseNotFound(record_id)
    return doc.filename, doc.content


# --- queues and counts ---------------------------------------------------------------------------

Order = Literal["urgency", "newest", "oldest"]


def _ts(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return dt.datetime.combine(value, dt.time(), dt.timezone.utc)


def filter_cases(stmt: Select, *, status=None, needs_review=None, category=None, payer=None, due_within_days=None,
                 reviewed=None, search=None, since=None, today: dt.date | None = None) -> Select:
    """``stmt`` (a select over ``records``) narrowed by the ``query_cases`` filters."""
    R = RecordRow
    if status is not None:
        stmt = stmt.where(R.status.in_([status] if isinstance(status, str) else list(status)))
    if needs_review is not None:
        stmt = stmt.where(R.needs_review.is_(bool(needs_review)))
    if category is not None:
        stmt = stmt.where(R.category == category)
    if payer is not None:
        stmt = stmt.where(func.lower(R.payer) == payer.lower())
    if due_within_days is not None:
        today = today or dt.date.today()
        stmt = stmt.where(R.appeal_deadline >= today, R.appeal_deadline <= today + dt.timedelta(days=due_within_days))
    if reviewed is not None:
        stmt = stmt.where(R.reviewed_at.is_not(None) if reviewed else R.reviewed_at.is_(None))
    if search:
        term = search.strip().lower()
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(or_(*(func.lower(c).like(like, escape="\\")
                                for c in (R.claim_number, R.authorization_number, R.member_id)),
                              R.record_id.startswith(term, autoescape=True)))
    if since is not None:
        stmt = stmt.where(R.updated_at >= _ts(since))
    return stmt


def urgency_order() -> list:
    """Earliest appeal deadline first (none last); among equals expedited-eligible first, then
    cases still awaiting review, then oldest first."""
    R = RecordRow
    return [case((R.appeal_deadline.is_(None), 1), else_=0), R.appeal_deadline,
            case((R.expedited_eligible.is_(True), 0), else_=1),
            case((R.needs_review.is_(True) & R.reviewed_at.is_(None), 0), else_=1),
            R.created_at, R.record_id]


def query_cases(session: Session, *, status: str | list[str] | None = None, needs_review: bool | None = None,
                category: str | None = None, payer: str | None = None, due_within_days: int | None = None,
                reviewed: bool | None = None, search: str | None = None, since: dt.date | dt.datetime | None = None,
                order: Order = "urgency", limit: int = 50, offset: int = 0,
                today: dt.date | None = None) -> list[CaseSummary]:
    """One page of a work queue. Filters combine with AND; ``due_within_days`` keeps deadlines from
    today to today+N; ``search`` matches claim/authorization/member id (substring, any case) or a
    record-id prefix; ``since`` keeps cases created or changed since then."""
    stmt = filter_cases(select(RecordRow, DocumentRow.filename).join(DocumentRow), status=status,
                     needs_review=needs_review, category=category, payer=payer, due_within_days=due_within_days,
                     reviewed=reviewed, search=search, since=since, today=today)
    orders = {"urgency": urgency_order(), "newest": [RecordRow.created_at.desc(), RecordRow.record_id],
              "oldest": [RecordRow.created_at, RecordRow.record_id]}
    if order not in orders:
        raise ValueError(f"order must be one of {sorted(orders)}")
    stmt = stmt.order_by(*orders[order]).limit(limit).offset(offset)
    return [_summary(row, filename) for row, filename in session.execute(stmt)]


def count_cases(session: Session, **filters) -> int:
    """How many cases match ``query_cases``-style filters."""
    return session.scalar(filter_cases(select(func.count()).select_from(RecordRow), **filters)) or 0


def _summary(row: RecordRow, filename: str) -> CaseSummary:
    return CaseSummary.model_validate({**{c: getattr(row, c) for c in CaseSummary.model_fields if c != "filename"},
                                       "filename": filename})


COUNT_FIELDS = ("category", "payer", "status", "document_type", "needs_review", "reviewed", "week")


def count_by(session: Session, field: str, **filters) -> dict[Any, int]:
    """Case counts per value of ``field`` (one of COUNT_FIELDS; None is its own key), largest first;
    ``week`` groups by the Monday of the letter date's week, in date order. ``filters`` as in
    ``query_cases``."""
    R = RecordRow
    if field not in COUNT_FIELDS:
        raise ValueError(f"field must be one of {COUNT_FIELDS}")
    if field == "week":
        stmt = filter_cases(select(R.letter_date, func.count()).group_by(R.letter_date), **filters)
        weeks: Counter = Counter()
        for d, n in session.execute(stmt):
            weeks[d - dt.timedelta(days=d.weekday()) if d else None] += n
        return dict(sorted(weeks.items(), key=lambda kv: (kv[0] is None, kv[0] or dt.date.min)))
    col = R.reviewed_at.is_not(None) if field == "reviewed" else getattr(R, field)
    stmt = filter_cases(select(col.label("key"), func.count()).group_by(col), **filters)
    counts = {(bool(k) if field in ("reviewed", "needs_review") else k): n for k, n in session.execute(stmt)}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))
