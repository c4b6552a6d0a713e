"""CSV, JSONL, worklist and iCalendar exports, with corrections applied."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

from models.schema import schema_errors
from store import CSV_COLUMNS, add_correction, session_scope
from tests.webapp.conftest import csrf_of, save
from tests.webapp.factories import Letter
from webapp import ics


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def _correct_deadline(engine, rid, value="2025-07-15"):
    with session_scope(engine) as s:
        add_correction(s, rid, "appeal.deadline", value, "ana", comment="checked")


def test_cases_csv_has_corrections(analyst, engine, cases):
    _correct_deadline(engine, cases["soon"])
    r = analyst.get("/exports/cases.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"].startswith("attachment;")
    rows = _csv(r.text)
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 6
    soon = next(row for row in rows if row["record_id"] == cases["soon"])
    assert soon["appeal_deadline"] == "2025-07-15" and soon["corrected_fields"] == "appeal.deadline"
    only_failed = _csv(analyst.get("/exports/cases.csv?status=failed").text)
    assert [row["status"] for row in only_failed] == ["failed"]
    assert analyst.get("/exports/cases.csv?status=bogus").status_code == 422


def test_cases_jsonl_is_contract_valid(analyst, engine, cases):
    _correct_deadline(engine, cases["soon"])
    lines = analyst.get("/exports/cases.jsonl").text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 6
    for record in records:
        assert schema_errors(record) == [], record["record_id"]
    soon = next(r for r in records if r["record_id"] == cases["soon"])
    assert soon["appeal"]["deadline"] == "2025-07-15" and soon["corrections"][0]["user"] == "ana"
    assert len(analyst.get(f"/exports/cases.jsonl?since={dt.date.today() + dt.timedelta(days=2)}").text) == 0


def test_worklist_csv(analyst, engine, cases):
    save(engine, Letter(claim="=HYPERLINK(\"http://x\")", filename="formula.pdf", deadline=dt.date(2025, 9, 1)))
    rows = _csv(analyst.get("/exports/worklist.csv").text)
    assert [r["record_id"] for r in rows[:4]] == [cases[k] for k in ("overdue", "soon", "month", "later")]
    assert cases["failed"] not in {r["record_id"] for r in rows}
    assert rows[0]["days_left"] == "-3" and rows[1]["days_left"] == "5" and rows[1]["expedited_eligible"] == "true"
    assert rows[-1]["appeal_deadline"] == ""  # no deadline: last
    assert rows[0]["case_url"] == f"http://testserver/cases/{cases['overdue']}"
    formula = next(r for r in rows if r["filename"] == "formula.pdf")
    assert formula["claim_number"].startswith("'=")


def _events(text: str) -> list[str]:
    return re.findall(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", text, flags=re.S)


def _unfold(text: str) -> str:
    return text.replace("\r\n ", "")


def test_ics_feed(analyst, engine, cases):
    _correct_deadline(engine, cases["soon"])
    r = analyst.get("/exports/deadlines.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    text = r.text
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "\n" not in text.replace("\r\n", "")
    events = [_unfold(e) for e in _events(text)]
    assert len(events) == 4  # the four cases with a deadline
    soon = next(e for e in events if f"UID:{cases['soon']}@denials-review" in e)
    assert "DTSTART;VALUE=DATE:20250715\r\n" in soon and "DTEND;VALUE=DATE:20250716\r\n" in soon
    assert "SUMMARY:[expedited] Appeal due: claim CLM-1001 (Acme Health Plan)\r\n" in soon
    assert "Pat Example" not in text and "XJK123456789" not in text  # no member name or id
    assert f"URL;VALUE=URI:http://testserver/cases/{cases['soon']}" in soon
    # stable UIDs: the same feed again has the same UIDs
    again = analyst.get("/exports/deadlines.ics").text
    assert re.findall(r"UID:(\S+)", again) == re.findall(r"UID:(\S+)", text)


def test_ics_feed_token(client, analyst, cases):
    token_page = analyst.post("/exports/feed-token", data={"csrf_token": csrf_of(analyst, "/exports")})
    feed_url = re.search(r'id="feed-url" readonly value="([^"]+)"', token_page.text).group(1).replace("&amp;", "&")
    token = feed_url.split("token=")[1]
    assert len(token) >= 40
    assert "It is not shown again" in analyst.get("/exports").text and token not in analyst.get("/exports").text
    analyst.post("/logout", data={"csrf_token": csrf_of(analyst, "/")})
    assert client.get("/exports/deadlines.ics").status_code == 401
    r = client.get(feed_url.replace("http://testserver", ""))
    assert r.status_code == 200 and "BEGIN:VEVENT" in r.text
    # the token opens only the feed
    for path in ["/exports/cases.csv", "/api/cases", "/exports/worklist.csv"]:
        assert client.get(f"{path}?token={token}").status_code == 401
    assert client.get(f"/?token={token}", follow_redirects=False).status_code == 303
    assert client.get("/exports/deadlines.ics?token=" + "x" * 43).status_code == 401


def test_feed_token_revoked_and_replaced(analyst, cases):
    first = re.search(r"token=([\w-]+)", analyst.post(
        "/exports/feed-token", data={"csrf_token": csrf_of(analyst, "/exports")}).text).group(1)
    second = re.search(r"token=([\w-]+)", analyst.post(
        "/exports/feed-token", data={"csrf_token": csrf_of(analyst, "/exports")}).text).group(1)
    assert first != second
    assert analyst.get(f"/exports/deadlines.ics?token={first}").status_code == 401
    assert analyst.get(f"/exports/deadlines.ics?token={second}").status_code == 200
    analyst.post("/exports/feed-token/revoke", data={"csrf_token": csrf_of(analyst, "/exports")})
    assert analyst.get(f"/exports/deadlines.ics?token={second}").status_code == 401


def test_ics_escaping_and_folding_units():
    assert ics.escape_text("a,b;c\\d\ne\r\nf\x07") == "a\\,b\\;c\\\\d\\ne\\nf"
    line = "SUMMARY:" + "é" * 100
    folded = ics.fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts) and all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line  # no character split
    assert ics.fold("short") == "short"
    exact = "X" * 75
    assert ics.fold(exact) == exact and ics.fold(exact + "Y") == exact + "\r\n Y"


def test_ics_summary_uses_claim_or_auth_and_escapes(engine, analyst, cases):
    save(engine, Letter(claim=None, auth="PA-77", payer="Plan, Inc; West", filename="comma.pdf",
                        deadline=dt.date(2025, 6, 30)))
    text = _unfold(analyst.get("/exports/deadlines.ics").text)
    assert "SUMMARY:[expedited] Appeal due: auth PA-77 (Plan\\, Inc\\; West)\r\n" in text
