"""Dashboard counts and its server-side SVG charts."""
from __future__ import annotations

import re

from webapp.charts import bar_chart


def test_dashboard(analyst, cases):
    r = analyst.get("/dashboard")
    assert r.status_code == 200
    html = r.text
    assert html.count("<svg") == 5 and "<script>" not in html
    assert '<span class="n">6</span> cases' in html
    assert '<span class="n" id="review-share">33%</span>' in html  # 2 of 6 flagged
    assert "medical_necessity" in html and "Crest Care" in html and "week of 2025-05-05" in html
    bars = dict(re.findall(r'class="lbl">([^<]+)</text>\s*<rect [^>]*>\s*<text [^>]*class="val">(\d+)<', html))
    assert bars["Crest Care"] == "2" and bars["Acme Health Plan"] == "2" and bars["(unknown payer)"] == "1"


def test_bar_chart_layout():
    chart = bar_chart("t", [("a", 10), ("b", 5), (None, 0)] + [(f"x{i}", 1) for i in range(3)], limit=5)
    assert [b.label for b in chart.bars] == ["a", "b", "(none)", "x0", "other"]
    assert chart.bars[0].width == 330 and chart.bars[1].width == 165 and chart.bars[-1].value == 2
    assert bar_chart("empty", []).bars == []
