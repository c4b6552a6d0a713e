"""The case page: page images with evidence boxes, fields, corrections, review, audit."""
from __future__ import annotations

import io
import re

from PIL import Image

from store import get_case, list_audit, session_scope
from tests.webapp.conftest import STANDARD, csrf_of
from tests.webapp.factories import build


def _boxes(html: str) -> list[dict]:
    return [dict(field=f, left=float(l), top=float(t), width=float(w), height=float(h))
            for f, l, t, w, h in re.findall(
                r'<div class="hl" data-field="([^"]+)" title="[^"]*" '
                r'style="left:([\d.]+)%;top:([\d.]+)%;width:([\d.]+)%;height:([\d.]+)%"', html)]


def test_case_page_shows_fields_evidence_and_boxes(analyst, cases):
    rid = cases["soon"]
    r = analyst.get(f"/cases/{rid}")
    assert r.status_code == 200
    html = r.text
    assert f'src="/cases/{rid}/pages/1.png"' in html
    assert "2025-06-07" in html and "5 days left" in html
    assert "letter_date + 30 days" in html  # how the deadline was computed
    assert "93%" in html  # confidence of appeal.deadline
    assert "p.1: “within 30 days of the date of this letter”" in html
    boxes = _boxes(html)
    fields = {b["field"] for b in boxes}
    assert {"appeal.deadline", "expedited.eligible", "claim_number", "payer", "denial_reason.category"} <= fields
    # one line: "You may appeal [within 30 days of the date of this letter]." (left margin 72pt of 612)
    deadline = [b for b in boxes if b["field"] == "appeal.deadline"]
    assert len(deadline) == 1
    page = build(STANDARD["soon"])[0].text.pages[0]
    within = next(w for w in page.words if w.text == "within")
    assert abs(deadline[0]["left"] - 100 * within.x0) < 0.5 and 100 * 72 / 612 < deadline[0]["left"]
    assert abs(deadline[0]["top"] - 100 * within.y0) < 0.5 and 0 < deadline[0]["width"] < 60
    assert 'data-evidence="appeal.deadline"' in html
    assert "Extracted text" in html and "You may appeal within 30 days" in html


def test_page_image_renders_and_boxes_land_on_ink(analyst, cases):
    rid = cases["soon"]
    r = analyst.get(f"/cases/{rid}/pages/1.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    img = Image.open(io.BytesIO(r.content)).convert("L")
    assert abs(img.width / img.height - 612 / 792) < 0.01
    box = next(b for b in _boxes(analyst.get(f"/cases/{rid}").text) if b["field"] == "appeal.deadline")
    crop = img.crop((int(img.width * box["left"] / 100), int(img.height * box["top"] / 100),
                     int(img.width * (box["left"] + box["width"]) / 100),
                     int(img.height * (box["top"] + box["height"]) / 100)))
    assert crop.getextrema()[0] < 100  # the highlighted region has text in it
    assert analyst.get(f"/cases/{rid}/pages/1.png").content == r.content  # cached, identical
    assert analyst.get(f"/cases/{rid}/pages/2.png").status_code == 404


def test_page_text_endpoint(analyst, cases):
    r = analyst.get(f"/cases/{cases['soon']}/pages/1.txt")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert "Claim number: CLM-1001" in r.text


def test_source_download(analyst, cases):
    r = analyst.get(f"/cases/{cases['soon']}/source")
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    assert r.headers["content-type"] == "application/pdf"
    assert r.headers["content-disposition"].startswith('attachment; filename="letter.pdf"')


def test_failed_case_page(analyst, cases):
    r = analyst.get(f"/cases/{cases['failed']}")
    assert r.status_code == 200
    assert "Could not be read (corrupt)" in r.text and "No page images" in r.text


def _correct(client, rid, field, value, comment=""):
    token = csrf_of(client, f"/cases/{rid}")
    return client.post(f"/cases/{rid}/corrections",
                       data={"field": field, "value": value, "comment": comment, "csrf_token": token},
                       follow_redirects=False)


def test_correct_deadline_is_stored_applied_and_audited(analyst, engine, cases):
    rid = cases["soon"]
    r = _correct(analyst, rid, "appeal.deadline", "2025-07-15", "letter says 60 days")
    assert r.status_code == 303 and r.headers["location"] == f"/cases/{rid}#f-appeal-deadline"
    page = analyst.get(f"/cases/{rid}").text
    assert "Corrected appeal.deadline." in page
    assert '<strong id="case-deadline">2025-07-15</strong>' in page
    assert "corrected by ana: letter says 60 days" in page
    with session_scope(engine, readonly=True) as s:
        record = get_case(s, rid)
        assert record["appeal"]["deadline"] == "2025-07-15" and record["confidence"]["appeal.deadline"] == 1.0
        assert [e.action for e in list_audit(s, rid)] == ["ingested", "corrected"]
    audit = analyst.get(f"/cases/{rid}/audit").text
    assert "appeal.deadline" in audit and "2025-06-07" in audit and "2025-07-15" in audit
    assert "letter says 60 days" in audit and "corrected" in audit
    # the queue follows the corrected deadline
    assert analyst.get("/api/cases?due=7").json()["total"] == 0


def test_corrections_of_each_kind(analyst, engine, cases):
    rid = cases["soon"]
    assert _correct(analyst, rid, "expedited.eligible", "false").status_code == 303
    assert _correct(analyst, rid, "appeal.window_days", "60").status_code == 303
    assert _correct(analyst, rid, "denial_reason.category", "experimental").status_code == 303
    assert _correct(analyst, rid, "service.procedure_codes", "72148; 72149").status_code == 303
    assert _correct(analyst, rid, "guidelines", '[{"source": "NCD", "identifier": "NCD 220.6"}]').status_code == 303
    assert _correct(analyst, rid, "claim_number", "").status_code == 303  # clears it
    with session_scope(engine, readonly=True) as s:
        r = get_case(s, rid)
    assert r["expedited"]["eligible"] is False and r["appeal"]["window_days"] == 60
    assert r["denial_reason"]["category"] == "experimental"
    assert r["service"]["procedure_codes"] == ["72148", "72149"]
    assert r["guidelines"][0]["identifier"] == "NCD 220.6" and r["claim_number"] is None


def test_invalid_correction_is_refused_with_a_message(analyst, engine, cases):
    rid = cases["soon"]
    for field, value in [("appeal.deadline", "next tuesday"), ("denial_reason.category", "bogus"),
                         ("appeal.window_days", "many"), ("record_id", "0" * 64), ("guidelines", "{nope")]:
        r = _correct(analyst, rid, field, value)
        assert r.status_code == 303
        assert "Not saved" in analyst.get(f"/cases/{rid}").text, field
    with session_scope(engine, readonly=True) as s:
        assert get_case(s, rid)["corrections"] == []


def test_mark_reviewed(analyst, engine, cases):
    rid = cases["overdue"]
    token = csrf_of(analyst, f"/cases/{rid}")
    assert analyst.post(f"/cases/{rid}/review", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    page = analyst.get(f"/cases/{rid}").text
    assert "by ana at" in page
    assert "marked_reviewed" in analyst.get(f"/cases/{rid}/audit").text


def test_unknown_case_is_404(analyst):
    assert analyst.get("/cases/" + "b" * 64).status_code == 404
    assert analyst.get("/cases/" + "b" * 64, headers={"accept": "text/html"}).text.count("No such case") == 1


def test_case_json(analyst, cases):
    record = analyst.get(f"/api/cases/{cases['soon']}").json()
    processed, _ = build(STANDARD["soon"])
    assert record["record_id"] == processed.record.record_id and record["review"]["reviewed_at"] is None
