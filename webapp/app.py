"""The review app: ``create_app(settings)`` builds it; ``denials review`` serves it with uvicorn.

Server-rendered Jinja2 pages (autoescaped everywhere: letter text is untrusted), one database session
per request handed to the store's functions, a signed session cookie (HttpOnly, SameSite=Lax,
optionally Secure) and a session-bound CSRF token checked on every unsafe request.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from denials import __version__
from denials.config import Settings
from store import CaseNotFound
from store.db import make_engine
from webapp.deps import LoginRequired, login_url
from webapp.images import PngCache
from webapp.security import LoginThrottle, SecurityHeaders, csrf_protect, load_secret_key
from webapp.templating import make_templates

log = logging.getLogger(__name__)

SESSION_COOKIE = "denials_session"
SESSION_IDLE_S = 8 * 3600
FAVICON = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" '
           b'fill="#2457c5"/><path d="M4 4h5l3 3v5H4z" fill="#fff"/></svg>')


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def create_app(settings: Settings, *, engine: Engine | None = None, secure_cookies: bool = False,
               today: Callable[[], dt.date] = dt.date.today, throttle: LoginThrottle | None = None) -> FastAPI:
    """The review app over the case store at ``settings.db_url`` (migrated to head beforehand:
    ``denials db upgrade``)."""
    from webapp.routes import api, auth, cases, dashboard, exports

    app = FastAPI(title="Denials review", version=__version__, docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(csrf_protect)])
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.db_url)
    app.state.templates = make_templates()
    app.state.throttle = throttle or LoginThrottle()
    app.state.png_cache = PngCache()
    app.state.today = today
    app.state.secure_cookies = secure_cookies

    app.add_middleware(SessionMiddleware, secret_key=load_secret_key(settings), session_cookie=SESSION_COOKIE,
                       max_age=SESSION_IDLE_S, same_site="lax", https_only=secure_cookies)
    app.add_middleware(SecurityHeaders, hsts=secure_cookies)  # outermost: errors get the headers too
    app.mount("/static", StaticFiles(packages=[("webapp", "static")]), name="static")
    for module in (auth, cases, dashboard, exports, api):
        app.include_router(module.router)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(FAVICON, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired):
        return RedirectResponse(login_url(exc.next_url), status_code=303)

    @app.exception_handler(CaseNotFound)
    async def _not_found(request: Request, exc: CaseNotFound):
        return await _http_error(request, HTTPException(404, "No such case."))

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        if _wants_html(request):
            return app.state.templates.TemplateResponse(
                request, "error.html", {"status": exc.status_code, "detail": exc.detail, "user": None},
                status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    app.add_exception_handler(StarletteHTTPException, _http_error)  # 404/405 from routing
    return app
