"""Sign-in, sessions, CSRF, roles and the login throttle."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

import store.users
from store import session_scope
from store.users import remove_user, set_password
from tests.webapp.conftest import PASSWORD, csrf_of, login
from webapp.security import LoginThrottle, safe_next

PAGES = ["/", "/dashboard", "/exports", "/cases/" + "a" * 64, "/cases/" + "a" * 64 + "/audit"]
API = ["/api/cases", "/api/me", "/api/cases/" + "a" * 64, "/exports/cases.csv", "/exports/cases.jsonl",
       "/exports/worklist.csv", "/exports/deadlines.ics", "/cases/" + "a" * 64 + "/pages/1.png",
       "/cases/" + "a" * 64 + "/pages/1.txt", "/cases/" + "a" * 64 + "/source"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_redirect_to_login(client, path):
    r = client.get(path, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=/")


@pytest.mark.parametrize("path", API)
def test_api_and_downloads_answer_401(client, path):
    assert client.get(path, follow_redirects=False).status_code == 401


def test_login_then_next_and_logout(client, users, cases):
    r = login(client, "ana", next="/dashboard")
    assert r.status_code == 303 and r.headers["location"] == "/dashboard"
    assert client.get("/api/me").json() == {"name": "ana", "role": "analyst"}
    token = csrf_of(client, "/")
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/api/me").status_code == 401


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:x"])
def test_login_never_redirects_off_site(client, users, target):
    r = login(client, "ana", next=target)
    assert r.headers["location"] == "/"
    assert safe_next(target) == "/"


def test_session_cookie_flags(client, users):
    r = login(client, "ana")
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie


def test_secure_flag_is_configurable(settings, engine, users):
    from fastapi.testclient import TestClient

    from webapp.app import create_app

    with TestClient(create_app(settings, engine=engine, secure_cookies=True), base_url="https://testserver") as c:
        r = login(c, "ana")
        assert "secure" in r.headers["set-cookie"].lower()
        assert "strict-transport-security" in r.headers


def test_failed_login_same_message_for_unknown_and_known_users(client, users, monkeypatch):
    calls = []

    class Spy(PasswordHasher):
        def verify(self, hash, password):
            calls.append(hash)
            return super().verify(hash, password)

    monkeypatch.setattr(store.users, "HASHER", Spy(time_cost=1, memory_cost=1024, parallelism=1))
    wrong = login(client, "ana", "not the password")
    unknown = login(client, "nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert "Wrong user name or password." in wrong.text and "Wrong user name or password." in unknown.text
    assert wrong.text.replace("ana", "X") == unknown.text.replace("nobody", "X").replace(
        _csrf(unknown.text), _csrf(wrong.text))
    assert len(calls) == 2  # the unknown name was checked against a dummy hash too
    assert all(h.startswith("$argon2id$") for h in calls)


def _csrf(html: str) -> str:
    import re

    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_login_throttled_per_user_and_per_ip(client, users):
    for _ in range(5):
        assert login(client, "ana", "bad password!").status_code == 401
    r = login(client, "ana")  # right password, but the name is locked out
    assert r.status_code == 429 and "Too many failed sign-ins" in r.text
    assert login(client, "vic").status_code == 303  # another name from the same address still works


def test_throttle_per_ip_and_expiry():
    now = [0.0]
    t = LoginThrottle(user_limit=5, ip_limit=3, window=100, lockout=50, clock=lambda: now[0])
    for name in ("a", "b", "c"):
        t.failure(name, "10.0.0.1")
    assert t.locked("fresh-name", "10.0.0.1") and not t.locked("fresh-name", "10.0.0.2")
    now[0] = 60.0
    assert not t.locked("fresh-name", "10.0.0.1")  # lockout over
    for _ in range(5):
        t.failure("x", "10.0.0.9")
    t.success("x", "10.0.0.9")
    assert not t.locked("x", "10.0.0.8")


def test_unknown_users_are_throttled_too(client, users):
    for _ in range(5):
        login(client, "ghost", "whatever123")
    assert login(client, "ghost", "whatever123").status_code == 429


def test_csrf_required_on_every_post(analyst, cases):
    rid = cases["soon"]
    for path, data in [(f"/cases/{rid}/corrections", {"field": "payer", "value": "X"}),
                       (f"/cases/{rid}/review", {}), ("/logout", {}), ("/exports/feed-token", {})]:
        assert analyst.post(path, data=data, follow_redirects=False).status_code == 403
        assert analyst.post(path, data={**data, "csrf_token": "forged"}, follow_redirects=False).status_code == 403
    assert analyst.get("/api/me").status_code == 200  # still signed in: nothing above took effect


def test_login_form_needs_csrf(client, users):
    r = client.post("/login", data={"username": "ana", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_csrf_header_accepted(analyst, cases):
    token = csrf_of(analyst, "/")
    r = analyst.post(f"/cases/{cases['soon']}/review", headers={"X-CSRF-Token": token}, follow_redirects=False)
    assert r.status_code == 303


def test_viewer_reads_but_cannot_edit(viewer, cases):
    rid = cases["soon"]
    page = viewer.get(f"/cases/{rid}")
    assert page.status_code == 200 and "Save correction" not in page.text and "Mark reviewed" not in page.text
    token = csrf_of(viewer, "/")
    r = viewer.post(f"/cases/{rid}/corrections", data={"field": "payer", "value": "X", "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 403
    assert viewer.post(f"/cases/{rid}/review", data={"csrf_token": token}).status_code == 403
    assert viewer.get(f"/api/cases/{rid}").json()["payer"] == "Acme Health Plan"


def test_removed_user_or_changed_password_ends_session(client, users, engine):
    login(client, "ana")
    assert client.get("/api/me").status_code == 200
    with session_scope(engine) as s:
        set_password(s, "ana", "a brand new password")
    assert client.get("/api/me").status_code == 401
    login(client, "vic")
    with session_scope(engine) as s:
        remove_user(s, "vic")
    assert client.get("/api/me").status_code == 401


def test_tampered_session_cookie_is_ignored(client, users):
    login(client, "ana")
    value = client.cookies.get("denials_session")
    client.cookies.set("denials_session", value[:-3] + ("AAA" if not value.endswith("AAA") else "BBB"))
    assert client.get("/api/me").status_code == 401
