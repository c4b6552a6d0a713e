"""Templates (Jinja2, autoescaped everywhere: letter text is untrusted), their shared context, and
one-time flash messages."""
from __future__ import annotations

from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates

from denials import __version__
from webapp.security import csrf_token


def _flashes(request: Request) -> list[list[str]]:
    return request.session.pop("flash", []) if "flash" in request.session else []


def flash(request: Request, kind: str, text: str) -> None:
    """A one-time message for the next page (kind: ok / error)."""
    request.session.setdefault("flash", []).append([kind, text])
    request.session["flash"] = request.session["flash"][-5:]


def _context(request: Request) -> dict:
    return {"csrf_token": csrf_token(request), "flashes": _flashes(request), "version": __version__}


def query_string(params, **changes) -> str:
    """``?…`` of ``params`` (a mapping of current query values) with ``changes`` applied; None or ''
    removes a key; ``page`` is reset unless given."""
    merged = {k: v for k, v in dict(params).items() if k != "page"}
    for key, value in changes.items():
        if value is None or value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    merged = {k: v for k, v in merged.items() if v not in (None, "")}
    return "?" + urlencode(merged) if merged else "?"


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("webapp", "templates"),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["query_string"] = query_string
    return Jinja2Templates(env=env, context_processors=[_context])
