"""Downloads, always with corrections applied: all cases as CSV or contract JSONL, the deadline
worklist CSV, and the iCalendar feed of appeal deadlines. Not signed in: 401. The .ics endpoint alone
also accepts a per-user feed token in the URL, for calendar apps that cannot log in.

Downloads stream from their own read-only transaction (the request's session has ended by then).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse

from store import CSV_COLUMNS, CaseSummary, iter_export, session_scope, to_csv_rows
from store.users import User, new_feed_token, revoke_feed_token, user_for_feed_token
from webapp import ics, queries
from webapp.deps import DB, ApiUser, MaybeUser, PageUser
from webapp.templating import flash

router = APIRouter(prefix="/exports")

STATUSES = ("extracted", "needs_review", "failed")
WORKLIST_COLUMNS = (
    "days_left", "appeal_deadline", "expedited_eligible", "needs_review", "reviewed", "status", "category", "payer",
    "claim_number", "authorization_number", "member_id", "letter_date", "filename", "record_id", "case_url",
)


def _cell(value):
    """As in the case CSV: booleans true/false, None empty, and text a spreadsheet would run as a
    formula prefixed with an apostrophe."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + value
    return value


def _csv_lines(header, rows) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
        if buf.tell() > 64_000:
            yield buf.getvalue()
            buf.seek(0), buf.truncate()
    yield buf.getvalue()


def _download(body: Iterator[str], media_type: str, filename: str) -> StreamingResponse:
    return StreamingResponse(body, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private, no-store"})


def _statuses(status: list[str] | None) -> list[str] | None:
    if not status:
        return None
    bad = [s for s in status if s not in STATUSES]
    if bad:
        raise HTTPException(422, f"status must be one of {', '.join(STATUSES)}")
    return status


StatusFilter = Annotated[list[str] | None, Query(max_length=3)]
SinceFilter = Annotated[dt.date | None, Query()]


@router.get("", response_class=HTMLResponse)
def exports_page(request: Request, user: PageUser):
    return request.app.state.templates.TemplateResponse(request, "exports.html", {"user": user, "feed_url": None})


@router.post("/feed-token", response_class=HTMLResponse)
def make_feed_token(request: Request, session: DB, user: PageUser):
    """A new calendar-feed URL for the signed-in user (an earlier one stops working). Shown once."""
    token = new_feed_token(session, user.name)
    feed_url = str(request.url_for("deadlines_ics").include_query_params(token=token))
    return request.app.state.templates.TemplateResponse(request, "exports.html", {"user": user, "feed_url": feed_url})


@router.post("/feed-token/revoke")
def drop_feed_token(request: Request, session: DB, user: PageUser):
    revoke_feed_token(session, user.name)
    flash(request, "ok", "Calendar feed URL revoked.")
    return RedirectResponse("/exports", status_code=303)


@router.get("/cases.csv")
def cases_csv(request: Request, user: ApiUser, status: StatusFilter = None, since: SinceFilter = None):
    engine, status = request.app.state.engine, _statuses(status)

    def rows():
        with session_scope(engine, readonly=True) as s:
            for record in iter_export(s, since=since, status=status):
                flat = to_csv_rows(record)
                yield [flat[c] for c in CSV_COLUMNS]

    return _download(_csv_lines(CSV_COLUMNS, rows()), "text/csv; charset=utf-8", f"cases-{dt.date.today()}.csv")


@router.get("/cases.jsonl")
def cases_jsonl(request: Request, user: ApiUser, status: StatusFilter = None, since: SinceFilter = None):
    """One contract record per line (corrections applied; extra keys ``corrections`` and ``review``)."""
    engine, status = request.app.state.engine, _statuses(status)

    def lines():
        with session_scope(engine, readonly=True) as s:
            for record in iter_export(s, since=since, status=status):
                yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"

    return _download(lines(), "application/x-ndjson; charset=utf-8", f"cases-{dt.date.today()}.jsonl")


def _open_cases(engine, today: dt.date, batch: int = 500) -> Iterator[CaseSummary]:
    """Every case that was read (not failed), most urgent first."""
    with session_scope(engine, readonly=True) as s:
        offset = 0
        while True:
            cases, _ = queries.queue(s, today=today, status=["extracted", "needs_review"], limit=batch, offset=offset)
            yield from cases
            if len(cases) < batch:
                return
            offset += batch


@router.get("/worklist.csv")
def worklist_csv(request: Request, user: ApiUser):
    """Cases by urgency, with days left to the appeal deadline (no-deadline cases last)."""
    engine, today = request.app.state.engine, request.app.state.today()
    base = str(request.base_url).rstrip("/")

    def rows():
        for c in _open_cases(engine, today):
            left = (c.appeal_deadline - today).days if c.appeal_deadline else None
            values = {"days_left": left, "appeal_deadline": c.appeal_deadline and c.appeal_deadline.isoformat(),
                      "expedited_eligible": c.expedited_eligible, "needs_review": c.needs_review,
                      "reviewed": c.reviewed_at is not None, "status": c.status, "category": c.category,
                      "payer": c.payer, "claim_number": c.claim_number,
                      "authorization_number": c.authorization_number, "member_id": c.member_id,
                      "letter_date": c.letter_date and c.letter_date.isoformat(), "filename": c.filename,
                      "record_id": c.record_id, "case_url": f"{base}/cases/{c.record_id}"}
            yield [_cell(values[k]) for k in WORKLIST_COLUMNS]

    return _download(_csv_lines(WORKLIST_COLUMNS, rows()), "text/csv; charset=utf-8",
                     f"deadline-worklist-{today}.csv")


def feed_user(session: DB, user: MaybeUser, token: Annotated[str | None, Query(max_length=128)] = None) -> User:
    """The signed-in user, or the owner of ``token``. A token that matches no one is refused even
    with a cookie, so a wrong feed URL fails visibly."""
    if token is not None:
        owner = user_for_feed_token(session, token)
        if owner is None:
            raise HTTPException(401, "Unknown or revoked feed token.")
        return owner
    if user is None:
        raise HTTPException(401, "Not signed in.")
    return user


@router.get("/deadlines.ics", name="deadlines_ics")
def deadlines_ics(request: Request, user: Annotated[User, Depends(feed_user, scope="function")]):
    engine, today = request.app.state.engine, request.app.state.today()
    now = dt.datetime.now(dt.timezone.utc)
    body = ics.calendar(_open_cases(engine, today), now=now, base_url=str(request.base_url))
    return StreamingResponse(body, media_type="text/calendar; charset=utf-8", headers={
        "Content-Disposition": 'inline; filename="appeal-deadlines.ics"', "Cache-Control": "private, no-cache"})
