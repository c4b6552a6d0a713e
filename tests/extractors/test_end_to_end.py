"""End to end on real files: the dev set (digital and scanned) and the shipped sample letters,
scored with the acceptance conventions; low-quality scans go to review instead of guessing."""
import json
from pathlib import Path

import pytest

from extractors.record import build_record
from models.schema import schema_errors
from pipeline.evaluate import evaluate
from pipeline.process import process_file
from tests.conftest import REPO
from tests.letters import EXPECTED, degrade, letter_pdf, rasterize, save_scan


@pytest.mark.slow
def test_devset_accuracy(devset, devset_texts):
    records = {name: build_record(doc).to_json() for name, doc in devset_texts.items()}
    for r in records.values():
        assert schema_errors(r) == []
    rep = evaluate(records, devset / "labels")
    s = rep.summary
    assert s["coverage"] == 1.0 and s["schema_invalid"] == 0
    assert s["silent"] == 0, rep.silent
    assert s["digital"] >= 0.97 and s["scanned"] >= 0.92, rep.wrong
    assert s["review_rate_digital"] <= 0.25 and s["review_rate_scanned"] <= 0.40
    assert s["auto_key"] >= 0.99


def test_sample_letters_digital(settings):
    root = REPO / "samples" / "letters"
    records = {}
    for pdf in sorted((root / "docs").glob("G*.pdf")):
        if "_scan" not in pdf.name:
            records[pdf.name] = process_file(pdf, settings).record.to_json()
    labels = root / "labels"
    # score only the digital files: a temporary labels view without the scans
    rep = evaluate(records, labels)
    digital = rep.summary["digital"]
    assert digital is not None and digital >= 0.9, rep.wrong
    assert rep.summary["silent"] == 0, rep.silent


@pytest.mark.slow
def test_unreadable_scan_goes_to_review_instead_of_guessing(tmp_path, settings):
    """A blurred, noisy, low-resolution fax: whatever is read, the deadline is either right or flagged."""
    pages = [degrade(im, blur=0.8, noise=0.03, skew=2.0, seed=3) for im in rasterize(letter_pdf(tmp_path / "l.pdf"), 150)]
    scan = save_scan(pages, tmp_path / "bad_fax.pdf", dpi=150)
    rec = process_file(scan, settings).record
    assert rec.status != "failed" or rec.error.code.value == "no_text"
    if rec.status != "failed":
        deadline_ok = rec.appeal.deadline is not None and rec.appeal.deadline.isoformat() == EXPECTED["deadline"]
        assert deadline_ok or rec.needs_review, json.dumps(rec.to_json()["appeal"], default=str)
        if rec.appeal.deadline is not None and not deadline_ok:
            assert rec.needs_review
