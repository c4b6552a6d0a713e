"""A small read-only JSON API (cookie auth, 401 when not signed in): the queue and one case."""
from __future__ import annotations

from fastapi import APIRouter, Request

from store import get_case
from webapp import queries
from webapp.deps import DB, ApiUser, RecordId, Today
from webapp.routes.cases import QueueFilters

router = APIRouter(prefix="/api")


@router.get("/me")
def me(user: ApiUser):
    return {"name": user.name, "role": user.role}


@router.get("/cases")
def list_cases(request: Request, session: DB, user: ApiUser, today: Today, limit: int = 50):
    f = QueueFilters.parse(request.query_params)
    limit = max(1, min(limit, 500))
    cases, total = queries.queue(session, today=today, bucket=f.bucket, limit=limit, offset=(f.page - 1) * limit,
                                 **f.store_filters())
    return {"total": total, "cases": [c.model_dump(mode="json") for c in cases]}


@router.get("/cases/{record_id}")
def one_case(record_id: RecordId, session: DB, user: ApiUser):
    return get_case(session, record_id)
