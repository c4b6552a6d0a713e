"""Counts by denial category, payer and week, and the share of cases needing review, drawn as
server-side SVG bars."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from store import count_by, count_cases
from webapp.charts import bar_chart
from webapp.deps import DB, PageUser

router = APIRouter()

WEEKS = 12


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, session: DB, user: PageUser):
    total = count_cases(session)
    flagged = count_cases(session, needs_review=True)
    pending = count_cases(session, needs_review=True, reviewed=False)
    weeks = [(w, n) for w, n in count_by(session, "week").items() if w is not None][-WEEKS:]
    charts = [
        bar_chart("Cases by denial category", list(count_by(session, "category").items()),
                  none_label="(no category)"),
        bar_chart("Cases by payer", list(count_by(session, "payer").items()), none_label="(unknown payer)"),
        bar_chart(f"Cases by letter week (last {WEEKS})", [(f"week of {w.isoformat()}", n) for w, n in weeks]),
        bar_chart("Cases by status", list(count_by(session, "status").items())),
    ]
    share = round(100 * flagged / total) if total else 0
    review_chart = bar_chart("Needing review", [("flagged, not yet reviewed", pending),
                                                 ("flagged, reviewed", flagged - pending),
                                                 ("not flagged", total - flagged)])
    return request.app.state.templates.TemplateResponse(request, "dashboard.html", {
        "user": user, "total": total, "flagged": flagged, "pending": pending, "share": share,
        "charts": charts, "review_chart": review_chart,
    })
