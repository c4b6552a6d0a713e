"""The work queue, the case page (page images with evidence boxes, fields, corrections, review), the
audit view, and the per-page image/text and source-file endpoints. Everything is read from the store
by record id; nothing here touches the file system."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.datastructures import QueryParams

from models import Page
from models.case_record import REASON_CATEGORIES
from store import (
    InvalidCorrection, add_correction, count_by, get_case, get_pages, get_source, list_audit, list_corrections,
    mark_reviewed,
)
from store.fields import get_path
from webapp import queries
from webapp.templating import flash
from webapp.deps import DB, Analyst, ApiUser, PageUser, RecordId, Today
from webapp.fields import display_value, evidence_keys, field_specs, form_value, parse_value
from webapp.images import MEDIA_TYPES, PageUnavailable, page_count, png_bytes, render_page, sniff

router = APIRouter()

PAGE_SIZE = 50
STATUSES = ("extracted", "needs_review", "failed")
YES_NO = {"yes": True, "no": False}


# --- queue -----------------------------------------------------------------------------------------

@dataclass
class QueueFilters:
    """The queue's query parameters, parsed leniently: a value that makes no sense is ignored."""

    status: str | None = None
    category: str | None = None
    payer: str | None = None
    due: int | None = None
    reviewed: str | None = None
    needs_review: str | None = None
    q: str | None = None
    bucket: str | None = None
    page: int = 1

    @classmethod
    def parse(cls, params: QueryParams) -> "QueueFilters":
        def pick(name, allowed):
            value = params.get(name)
            return value if value in allowed else None

        def number(name, lo, hi):
            try:
                value = int(params.get(name, ""))
            except ValueError:
                return None
            return value if lo <= value <= hi else None

        q = (params.get("q") or "").strip()[:64] or None
        payer = (params.get("payer") or "").strip()[:256] or None
        return cls(status=pick("status", STATUSES), category=pick("category", REASON_CATEGORIES), payer=payer,
                   due=number("due", 0, 3650), reviewed=pick("reviewed", YES_NO),
                   needs_review=pick("needs_review", YES_NO), q=q, bucket=pick("bucket", queries.BUCKETS),
                   page=number("page", 1, 100_000) or 1)

    def store_filters(self, *, with_due: bool = True) -> dict[str, Any]:
        return {"status": self.status, "category": self.category, "payer": self.payer,
                "due_within_days": self.due if with_due else None,
                "reviewed": YES_NO.get(self.reviewed or ""), "needs_review": YES_NO.get(self.needs_review or ""),
                "search": self.q}

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "") and k != "page"}


def days_left(deadline: dt.date | None, today: dt.date) -> int | None:
    return (deadline - today).days if deadline else None


@router.get("/", response_class=HTMLResponse)
def queue_page(request: Request, session: DB, user: PageUser, today: Today):
    f = QueueFilters.parse(request.query_params)
    cases, total = queries.queue(session, today=today, bucket=f.bucket, limit=PAGE_SIZE,
                                 offset=(f.page - 1) * PAGE_SIZE, **f.store_filters())
    counts = queries.bucket_counts(session, today=today, **f.store_filters(with_due=False))
    payers = [p for p in count_by(session, "payer") if p]
    rows = [{"case": c, "days_left": days_left(c.appeal_deadline, today)} for c in cases]
    return request.app.state.templates.TemplateResponse(request, "queue.html", {
        "user": user, "rows": rows, "total": total, "filters": f, "params": f.active(), "counts": counts,
        "buckets": queries.BUCKETS, "payers": sorted(payers, key=str.lower), "categories": REASON_CATEGORIES,
        "statuses": STATUSES, "page": f.page, "pages": max(1, -(-total // PAGE_SIZE)), "today": today,
    })


# --- case page ----------------------------------------------------------------------------------------

@dataclass
class Box:
    field: str
    left: str
    top: str
    width: str
    height: str


@dataclass
class PageView:
    number: int
    method: str | None
    confidence: float | None
    text: str | None
    boxes: list[Box] = field(default_factory=list)


def _pct(v: float) -> str:
    return f"{max(0.0, min(100.0, v * 100)):.3f}"


def evidence_boxes(evidence: dict, pages: list[Page], pad: float = 0.003) -> dict[int, list[Box]]:
    """Highlight boxes per page number: each evidence span's word boxes, as percentages of the page."""
    by_number = {p.number: p for p in pages}
    out: dict[int, list[Box]] = {}
    for name, ev in evidence.items():
        if not isinstance(ev, dict):
            continue
        page = by_number.get(ev.get("page"))
        start, end = ev.get("start"), ev.get("end")
        if page is None or not isinstance(start, int) or not isinstance(end, int):
            continue
        for x0, y0, x1, y1 in page.boxes_for_span(start, end):
            x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
            out.setdefault(page.number, []).append(
                Box(name, _pct(x0), _pct(y0), _pct(x1 - x0), _pct(y1 - y0)))
    return out


def field_views(record: dict) -> list[dict]:
    evidence = record.get("evidence") or {}
    confidence = record.get("confidence") or {}
    corrected = {c["field"]: c for c in record.get("corrections") or []}
    views = []
    for spec in field_specs():
        value = get_path(record, spec.path)
        keys = evidence_keys(spec.path, evidence)
        views.append({
            "spec": spec, "value": value, "display": display_value(spec, value), "form": form_value(spec, value),
            "confidence": confidence.get(spec.path), "evidence": [(k, evidence[k]) for k in keys],
            "evidence_keys": " ".join(keys), "correction": corrected.get(spec.path),
            "anchor": "f-" + spec.path.replace(".", "-"),
        })
    return views


@router.get("/cases/{record_id}", response_class=HTMLResponse)
def case_page(request: Request, record_id: RecordId, session: DB, user: PageUser, today: Today):
    record = get_case(session, record_id)
    pages = get_pages(session, record_id)
    boxes = evidence_boxes(record.get("evidence") or {}, pages)
    views = [PageView(p.number, p.method, p.confidence, p.text, boxes.get(p.number, [])) for p in pages]
    if not pages:  # a failed read: still show the pages if the file can be rendered
        _, content = get_source(session, record_id)
        views = [PageView(n, None, None, None) for n in range(1, min(page_count(content), 60) + 1)]
    deadline = get_path(record, "appeal.deadline")
    deadline_date = dt.date.fromisoformat(deadline) if isinstance(deadline, str) else None
    groups: dict[str, list[dict]] = {}
    for v in field_views(record):
        groups.setdefault(v["spec"].group, []).append(v)
    return request.app.state.templates.TemplateResponse(request, "case.html", {
        "user": user, "record": record, "pages": views, "groups": groups, "today": today,
        "days_left": days_left(deadline_date, today), "computation": get_path(record, "appeal.computation"),
    })


@router.post("/cases/{record_id}/corrections")
def correct_field(request: Request, record_id: RecordId, session: DB, user: Analyst,
                  field: Annotated[str, Form(max_length=64)], value: Annotated[str, Form(max_length=20_000)] = "",
                  comment: Annotated[str, Form(max_length=2_000)] = ""):
    anchor = "#f-" + field.replace(".", "-") if all(c.isalnum() or c in "._" for c in field) else ""
    try:
        add_correction(session, record_id, field, parse_value(field, value), user.name, comment.strip() or None)
    except InvalidCorrection as e:
        flash(request, "error", f"Not saved: {e}")
    else:
        flash(request, "ok", f"Corrected {field}.")
    return RedirectResponse(f"/cases/{record_id}{anchor}", status_code=303)


@router.post("/cases/{record_id}/review")
def mark_case_reviewed(request: Request, record_id: RecordId, session: DB, user: Analyst):
    mark_reviewed(session, record_id, user.name)
    flash(request, "ok", "Marked reviewed.")
    return RedirectResponse(f"/cases/{record_id}", status_code=303)


@router.get("/cases/{record_id}/audit", response_class=HTMLResponse)
def audit_page(request: Request, record_id: RecordId, session: DB, user: PageUser):
    record = get_case(session, record_id)
    return request.app.state.templates.TemplateResponse(request, "audit.html", {
        "user": user, "record": record, "events": list_audit(session, record_id),
        "corrections": list_corrections(session, record_id),
    })


# --- page images, page text, source file -------------------------------------------------------------

def _page(session, record_id: str, number: int) -> Page | None:
    return next((p for p in get_pages(session, record_id) if p.number == number), None)


@router.get("/cases/{record_id}/pages/{number:int}.png")
def page_image(request: Request, record_id: RecordId, number: int, session: DB, user: ApiUser):
    page = _page(session, record_id, number)
    key = (record_id, number, page.method, page.rotation, page.skew) if page else (record_id, number)
    cache = request.app.state.png_cache
    png = cache.get(key)
    if png is None:
        _, content = get_source(session, record_id)
        try:
            img = render_page(content, number - 1, ocr=bool(page and page.method == "ocr"),
                              rotation=page.rotation if page else 0, skew=page.skew if page else 0.0)
        except PageUnavailable:
            raise HTTPException(404, "No image of that page.") from None
        png = png_bytes(img)
        cache.put(key, png)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/cases/{record_id}/pages/{number:int}.txt")
def page_text(record_id: RecordId, number: int, session: DB, user: ApiUser):
    page = _page(session, record_id, number)
    if page is None:
        raise HTTPException(404, "No text for that page.")
    return PlainTextResponse(page.text, headers={"Content-Disposition": "inline"})


def content_disposition(filename: str) -> str:
    ascii_name = "".join(c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in filename)
    return f"attachment; filename=\"{ascii_name or 'letter'}\"; filename*=UTF-8''{quote(filename, safe='')}"


@router.get("/cases/{record_id}/source")
def source_file(record_id: RecordId, session: DB, user: ApiUser):
    filename, content = get_source(session, record_id)
    if content is None:
        raise HTTPException(404, "The original file was not stored.")
    kind = sniff(content)
    return Response(content, media_type=MEDIA_TYPES.get(kind or "", "application/octet-stream"),
                    headers={"Content-Disposition": content_disposition(filename),
                             "Cache-Control": "private, no-store"})
