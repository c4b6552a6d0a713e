"""Untrusted letter text stays text; ids cannot reach the file system; every response is hardened."""
from __future__ import annotations

import http.client
import threading

import pytest

from store import add_correction, session_scope
from tests.webapp.conftest import save
from tests.webapp.factories import Letter

XSS = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'


@pytest.fixture
def evil(engine, cases):
    letter = Letter(claim="CLM-666", payer=f"Evil {XSS} Plan", member_name=IMG, reason_text=f"Denied {XSS} now.",
                    category="other", filename=f"{XSS}.pdf", extra_line=f"Footer {XSS} {IMG}")
    rid = save(engine, letter)
    with session_scope(engine) as s:
        add_correction(s, rid, "provider.name", XSS, "ana", comment=IMG)
    return rid


def _assert_escaped(html: str):
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_letter_text_and_fields_are_escaped_everywhere(analyst, evil):
    for path in ["/", f"/cases/{evil}", f"/cases/{evil}/audit", "/dashboard", "/?q=%3Cscript%3E",
                 "/?payer=%3Cscript%3Ealert(1)%3C/script%3E"]:
        html = analyst.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
    case = analyst.get(f"/cases/{evil}").text
    _assert_escaped(case)
    assert "Evil &lt;script&gt;" in case and "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in case
    _assert_escaped(analyst.get("/").text)
    assert "Evil &lt;script&gt;alert(1)" in analyst.get("/dashboard").text  # a payer label of an SVG bar
    # the only scripts on any page are our own file
    assert case.count("<script") == 1 and '<script src="/static/app.js" defer></script>' in case


def test_page_text_is_served_as_plain_text(analyst, evil):
    r = analyst.get(f"/cases/{evil}/pages/1.txt")
    assert r.headers["content-type"].startswith("text/plain") and r.headers["x-content-type-options"] == "nosniff"
    assert XSS in r.text


def test_source_filename_header_is_safe(analyst, evil):
    r = analyst.get(f"/cases/{evil}/source")
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment;") and "<" not in disposition.split("filename*=")[0]
    assert "\n" not in disposition and "\r" not in disposition


BAD_IDS = [
    "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%252F..%252Fetc",
    "/etc/passwd", "%2Fetc%2Fpasswd", "A" * 64, "g" * 64, "a" * 63, "a" * 65, "a" * 64 + "%00", "a" * 64 + "/..",
    "%2e%2e", "%2e", "~root", "C:%5Cwindows%5Cwin.ini", "a" * 64 + "%2F..%2F..%2Fetc%2Fpasswd",
]


def _raw_get(client, path: str) -> int:
    """The status of ``path`` sent exactly as written (no client-side dot-segment normalisation)."""
    import httpx

    request = client.build_request("GET", "http://testserver/")
    request.url = httpx.URL(request.url, raw_path=path.encode())
    return client.send(request, follow_redirects=False).status_code


def test_record_ids_are_validated(analyst, cases):
    for bad in BAD_IDS:
        for suffix in ["", "/pages/1.png", "/pages/1.txt", "/source", "/audit"]:
            status = _raw_get(analyst, f"/cases/{bad}{suffix}")
            assert status == 404, (bad, suffix, status)
    assert _raw_get(analyst, f"/cases/{cases['soon']}/source") == 200  # the probe itself works


def test_page_numbers_are_validated(analyst, cases):
    for page in ["0", "-1", "..%2F1", "1.png%00", "99999999999999999999", "%2e%2e", "abc", "2"]:
        assert _raw_get(analyst, f"/cases/{cases['soon']}/pages/{page}.png") in (404, 422), page
    assert _raw_get(analyst, f"/cases/{cases['soon']}/pages/1.png") == 200


def test_traversal_through_a_real_server(analyst, cases):
    """The same over a socket (uvicorn decodes the path itself), with a valid session cookie."""
    import socket

    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(analyst.app, log_level="error", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            threading.Event().wait(0.02)
        cookie = "denials_session=" + analyst.cookies.get("denials_session")
        for path in ["/cases/../../../../etc/passwd", "/cases/..%2F..%2F..%2Fetc%2Fpasswd/pages/1.png",
                     "/cases/%2Fetc%2Fpasswd/source", "/static/../../../../etc/passwd",
                     "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/%2e%2e/store/db.py"]:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path, headers={"Cookie": cookie})
            response = conn.getresponse()
            body = response.read()
            assert response.status == 404, (path, response.status)
            assert b"root:" not in body and b"import" not in body
            conn.close()
    finally:
        server.should_exit = True
        thread.join(5)


def test_security_headers_on_every_response(client, analyst, cases):
    for path in ["/login", "/", f"/cases/{cases['soon']}", f"/cases/{cases['soon']}/pages/1.png",
                 "/static/app.css", "/nope", "/api/cases"]:
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-eval" not in csp
        assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"
    assert client.get("/").headers["cache-control"] == "no-store"


def test_no_inline_scripts_in_templates():
    from importlib import resources

    for entry in resources.files("webapp").joinpath("templates").iterdir():
        text = entry.read_text()
        assert "<script>" not in text and " on" + "click=" not in text and "javascript:" not in text, entry.name
        assert "|safe" not in text.replace(" ", "") and "autoescape false" not in text, entry.name
