"""The queue's deadline buckets (overdue, due in 7 days, in 30, later, none), which the store's
query API does not offer yet. Built on ``store.cases.filter_cases`` and ``urgency_order`` so the
other filters and the order stay the store's; only the bucket condition is added here.

TODO(store): a ``deadline_bucket`` filter in ``query_cases`` and a ``count_by("deadline_bucket")``
would let this module go.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from store import CaseSummary
from store.cases import filter_cases, urgency_order
from store.schema import DocumentRow, RecordRow

BUCKETS: dict[str, str] = {
    "overdue": "Overdue",
    "due7": "Due ≤ 7 days",
    "due30": "Due ≤ 30 days",
    "later": "Later",
    "none": "No deadline",
}


def _bucket_expr(today: dt.date):
    d = RecordRow.appeal_deadline
    return case(
        (d.is_(None), "none"),
        (d < today, "overdue"),
        (d <= today + dt.timedelta(days=7), "due7"),
        (d <= today + dt.timedelta(days=30), "due30"),
        else_="later",
    )


def _bucket_where(stmt, bucket: str | None, today: dt.date):
    if bucket is None:
        return stmt
    if bucket not in BUCKETS:
        raise ValueError(f"bucket must be one of {sorted(BUCKETS)}")
    return stmt.where(_bucket_expr(today) == bucket)


def bucket_counts(session: Session, *, today: dt.date, **filters) -> dict[str, int]:
    """Cases per deadline bucket (every bucket present), plus ``needs_review``: cases flagged for
    review that nobody has reviewed yet. ``filters`` as in ``store.query_cases``."""
    expr = _bucket_expr(today).label("bucket")
    stmt = filter_cases(select(expr, func.count()).select_from(RecordRow).group_by(expr), today=today, **filters)
    out = dict.fromkeys(BUCKETS, 0) | {b: n for b, n in session.execute(stmt)}
    pending = filter_cases(select(func.count()).select_from(RecordRow), today=today, **filters)
    out["needs_review"] = session.scalar(
        pending.where(RecordRow.needs_review.is_(True), RecordRow.reviewed_at.is_(None))) or 0
    return out


def queue(session: Session, *, today: dt.date, bucket: str | None = None, limit: int = 50, offset: int = 0,
          **filters) -> tuple[list[CaseSummary], int]:
    """One page of the urgency-ordered queue and the number of matching cases."""
    base = _bucket_where(filter_cases(select(RecordRow, DocumentRow.filename).join(DocumentRow),
                                      today=today, **filters), bucket, today)
    total_stmt = _bucket_where(filter_cases(select(func.count()).select_from(RecordRow), today=today, **filters),
                               bucket, today)
    rows = session.execute(base.order_by(*urgency_order()).limit(limit).offset(offset))
    fields = [f for f in CaseSummary.model_fields if f != "filename"]
    cases = [CaseSummary.model_validate({**{f: getattr(row, f) for f in fields}, "filename": filename})
             for row, filename in rows]
    return cases, session.scalar(total_stmt) or 0
