"""Sign in and out. A failed login says the same thing, at the same cost, whether or not the user
exists; repeated failures lock the name and the client address out for a while."""
from __future__ import annotations

import secrets
import time
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from store.users import authenticate
from webapp.deps import DB, MaybeUser
from webapp.security import safe_next

router = APIRouter()

BAD_LOGIN = "Wrong user name or password."
LOCKED = "Too many failed sign-ins. Wait a few minutes and try again."


def _login_page(request: Request, *, next_url: str, error: str | None = None, status: int = 200,
                username: str = "") -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, "login.html", {"user": None, "next": next_url, "error": error, "username": username},
        status_code=status)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, user: MaybeUser, next: str = "/"):
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, next_url=safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, session: DB, username: Annotated[str, Form(max_length=256)],
          password: Annotated[str, Form(max_length=1024)], next: Annotated[str, Form(max_length=2048)] = "/"):
    throttle = request.app.state.throttle
    ip = request.client.host if request.client else None
    target = safe_next(next)
    if throttle.locked(username, ip):
        return _login_page(request, next_url=target, error=LOCKED, status=429, username=username)
    user = authenticate(session, username, password)
    if user is None:
        throttle.failure(username, ip)
        return _login_page(request, next_url=target, error=BAD_LOGIN, status=401, username=username)
    throttle.success(username, ip)
    request.session.clear()  # nothing from before the login carries over
    request.session.update({"user": user.name, "stamp": user.password_stamp, "login_at": int(time.time()),
                            "csrf": secrets.token_urlsafe(32)})
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
