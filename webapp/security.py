"""The review app's defences that are not about users: the signing key, CSRF tokens, the login
throttle, safe redirects and the response headers every page gets."""
from __future__ import annotations

import hmac
import logging
import os
import secrets
import stat
import threading
import time
from collections import deque
from pathlib import Path

from fastapi import HTTPException, Request

from denials.config import Settings

log = logging.getLogger(__name__)

SECRET_FILE = "review-secret-key"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


# --- signing key -----------------------------------------------------------------------------------

def load_secret_key(settings: Settings) -> str:
    """``settings.secret_key``, or the key in ``<data_dir>/review-secret-key``, created on first use
    (random, mode 0600). A key file other users can read is tightened to 0600."""
    if settings.secret_key:
        if len(settings.secret_key) < 16:
            raise ValueError("DENIALS_SECRET_KEY is too short (use at least 32 random characters)")
        return settings.secret_key
    data_dir = Path(settings.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            log.warning("%s was readable by others (mode %o); setting it to 0600", path, mode)
            os.chmod(path, 0o600)
        key = path.read_text().strip()
        if len(key) < 32:
            raise ValueError(f"{path} holds no usable key; delete it to have a new one made")
        return key
    key = secrets.token_urlsafe(48)
    with os.fdopen(fd, "w") as f:
        f.write(key + "\n")
    log.info("made a new session signing key in %s", path)
    return key


# --- CSRF (session-bound synchronizer token) ---------------------------------------------------------

def csrf_token(request: Request) -> str:
    """This session's CSRF token, made on first use. Every form carries it as ``csrf_token``."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


class CsrfError(HTTPException):
    def __init__(self):
        super().__init__(403, "The form has expired or did not come from this site. Go back, reload and try again.")


async def csrf_protect(request: Request) -> None:
    """App-wide dependency: every unsafe request must echo the session's token, in the form field
    ``csrf_token`` or the ``X-CSRF-Token`` header."""
    if request.method in SAFE_METHODS:
        return
    expected = request.session.get("csrf")
    supplied = request.headers.get(CSRF_HEADER)
    if supplied is None:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            supplied = (await request.form()).get(CSRF_FIELD)
    if not expected or not isinstance(supplied, str) or not hmac.compare_digest(expected, supplied):
        raise CsrfError()


def safe_next(target: str | None, default: str = "/") -> str:
    """A local path to go to after login; anything that could leave the site becomes ``default``."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    if any(ord(c) < 0x20 for c in target):
        return default
    return target


# --- login throttle --------------------------------------------------------------------------------------

class LoginThrottle:
    """Failed logins per user name and per client address, in memory. ``limit`` failures within
    ``window`` seconds lock that key for ``lockout`` seconds from the last failure. Unknown names
    are throttled exactly like known ones."""

    def __init__(self, user_limit: int = 5, ip_limit: int = 20, window: float = 900.0, lockout: float = 300.0,
                 clock=time.monotonic, max_keys: int = 10_000):
        self.user_limit, self.ip_limit, self.window, self.lockout = user_limit, ip_limit, window, lockout
        self.clock, self.max_keys = clock, max_keys
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _keys(username: str, ip: str | None) -> tuple[str, str]:
        return "u:" + (username or "").strip().lower()[:128], "ip:" + (ip or "?")

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._fails.get(key)
        if q is None:
            return deque()
        while q and now - q[0] > self.window:
            q.popleft()
        if not q:
            del self._fails[key]
        return q

    def _locked(self, key: str, limit: int, now: float) -> bool:
        q = self._recent(key, now)
        return len(q) >= limit and now - q[-1] < self.lockout

    def locked(self, username: str, ip: str | None) -> bool:
        user_key, ip_key = self._keys(username, ip)
        now = self.clock()
        with self._lock:
            return self._locked(user_key, self.user_limit, now) or self._locked(ip_key, self.ip_limit, now)

    def failure(self, username: str, ip: str | None) -> None:
        now = self.clock()
        with self._lock:
            if len(self._fails) >= self.max_keys:
                self._prune(now)
            for key in self._keys(username, ip):
                self._fails.setdefault(key, deque(maxlen=64)).append(now)

    def success(self, username: str, ip: str | None) -> None:
        """A good password clears that name's failures (not the address's: one account's success
        must not reset guessing at others)."""
        with self._lock:
            self._fails.pop(self._keys(username, ip)[0], None)

    def _prune(self, now: float) -> None:
        for key in list(self._fails):
            self._recent(key, now)
        while len(self._fails) >= self.max_keys:  # still full: drop the oldest
            del self._fails[next(iter(self._fails))]


# --- response headers ---------------------------------------------------------------------------------------

CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",  # highlight boxes are positioned by style attributes (numbers only)
    "img-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
])


class SecurityHeaders:
    """Pure ASGI middleware adding the same security headers to every HTTP response; responses
    that did not choose a cache policy are not stored (they hold patient data)."""

    def __init__(self, app, *, hsts: bool = False):
        self.app = app
        self.headers = [
            (b"content-security-policy", CSP.encode()),
            (b"x-frame-options", b"DENY"),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"cross-origin-resource-policy", b"same-origin"),
            (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
        ]
        if hsts:
            self.headers.append((b"strict-transport-security", b"max-age=31536000"))

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in {h for h, _ in self.headers}]
                headers.extend(self.headers)
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
