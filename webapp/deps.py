"""Request dependencies: the database session (one per request, passed into store functions), the
signed-in user, and the role checks. Pages answer a missing login with a redirect to /login, the
API and exports with 401; a viewer trying to change something gets 403."""
from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session

from store.db import session_scope
from store.users import User, get_user
from webapp.security import SAFE_METHODS

RECORD_ID = re.compile(r"^[0-9a-f]{64}$")
SESSION_MAX_S = 24 * 3600  # a login lasts at most a day, however active


def db_session(request: Request) -> Iterator[Session]:
    """One transaction per request, read-only for GET/HEAD; committed before the response goes out
    (the dependencies below are function-scoped), rolled back when the handler raises."""
    with session_scope(request.app.state.engine, readonly=request.method in SAFE_METHODS) as session:
        yield session


DB = Annotated[Session, Depends(db_session, scope="function")]


def optional_user(request: Request, session: DB) -> User | None:
    """The signed-in user, or None. A session is dropped when its user was removed, changed password,
    or logged in more than a day ago. Role changes apply at once (the user is read every request)."""
    name = request.session.get("user")
    if not name:
        return None
    user = get_user(session, name)
    login_at = request.session.get("login_at", 0)
    if (user is None or user.password_stamp != request.session.get("stamp")
            or not isinstance(login_at, (int, float)) or time.time() - login_at > SESSION_MAX_S):
        request.session.clear()
        return None
    return user


MaybeUser = Annotated[User | None, Depends(optional_user, scope="function")]


class LoginRequired(Exception):
    """Raised by page dependencies; the app turns it into a redirect to the login page."""

    def __init__(self, next_url: str):
        self.next_url = next_url


def page_user(request: Request, user: MaybeUser) -> User:
    if user is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target if request.method in SAFE_METHODS else "/")
    return user


def api_user(user: MaybeUser) -> User:
    if user is None:
        raise HTTPException(401, "Not signed in.")
    return user


def page_analyst(user: Annotated[User, Depends(page_user, scope="function")]) -> User:
    if not user.can_edit:
        raise HTTPException(403, "Your role (viewer) can read cases but not change them.")
    return user


PageUser = Annotated[User, Depends(page_user, scope="function")]
ApiUser = Annotated[User, Depends(api_user, scope="function")]
Analyst = Annotated[User, Depends(page_analyst, scope="function")]


def record_id_param(record_id: str) -> str:
    """A record id from the URL: exactly 64 lowercase hex characters, else 404. Ids only ever select
    rows in the store; nothing is read from the file system by id."""
    if not RECORD_ID.fullmatch(record_id):
        raise HTTPException(404, "No such case.")
    return record_id


RecordId = Annotated[str, Depends(record_id_param)]


def today(request: Request) -> dt.date:
    return request.app.state.today()


Today = Annotated[dt.date, Depends(today)]


def login_url(next_url: str) -> str:
    return "/login?next=" + quote(next_url, safe="/")
