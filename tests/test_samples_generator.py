"""The sample-letter generator: deterministic, labels within the contract's vocabulary, labels that
match what the PDFs say, and scans that are image-only."""
from __future__ import annotations

import json
import re
import string
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from PIL import Image

from samples.commands import samples as samples_cli
from samples.generator import generate, generate_one
from samples.generator import dates
from samples.generator.letters import pick_families
from samples.generator.sections import SECTIONS
from samples.generator.vocab import load_vocab

# The contract's enums (contract README / case_record.schema.json), restated here so the test does
# not depend on files outside the repository.
DOCUMENT_TYPES = {"denial", "partial_denial", "approval", "other"}
REVIEW_TYPES = {"pre_service", "concurrent", "post_service", None}
CATEGORIES = {"medical_necessity", "insufficient_information", "step_therapy", "not_covered", "experimental",
              "out_of_network", "no_authorization", "coding", "eligibility", "benefit_limit", "administrative",
              "other"}
SOURCES = {"InterQual", "MCG", "ASAM", "LOCUS", "NCCN", "NCD", "LCD", "payer_policy", "plan_document",
           "formulary", "regulation", "other"}
COUNTED_FROM = {"letter_date", "receipt", "service_date", "absolute", None}
CARC = re.compile(r"^(CO|PR|OA|PI|CR)-[A-Z0-9]{1,4}$")
N_FAMILIES = len(load_vocab().families["families"])


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("gen")
    generate(root, n=N_FAMILIES, seed=7, scan_fraction=0.3, workers=1)
    return root


@pytest.fixture(scope="module")
def labels(out) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "labels").glob("*.json"))]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _squash(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return _norm(" ".join(page.extract_text() or "" for page in pdf.pages))


# ---- date arithmetic --------------------------------------------------------------------------------

def test_business_days_skip_weekends():
    assert dates.add_business_days(date(2025, 1, 3), 1) == date(2025, 1, 6)     # Fri + 1 -> Mon
    assert dates.add_business_days(date(2025, 1, 4), 5) == date(2025, 1, 10)    # from a Saturday
    assert dates.add_business_days(date(2025, 1, 6), 10) == date(2025, 1, 20)


def test_months_clip_to_month_end():
    assert dates.add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert dates.add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert dates.add_months(date(2024, 4, 7), 6) == date(2024, 10, 7)
    assert dates.add_months(date(2023, 11, 30), 4) == date(2024, 3, 30)


def test_number_words():
    assert dates.number_words(180) == "one hundred eighty"
    assert dates.number_words(65) == "sixty-five"


# ---- data and wiring --------------------------------------------------------------------------------

def test_data_files_are_consistent():
    vocab = load_vocab()
    traps = vocab.appeal["traps"]
    for name, spec in vocab.families["families"].items():
        for item in spec["sections"]:
            assert item.partition("~")[0] in SECTIONS, (name, item)
        assert set(spec.get("traps", {})) <= set(traps), name
        assert set(spec.get("categories", {})) <= CATEGORIES, name
        assert set(spec.get("sources", [])) <= SOURCES, name
    assert set(vocab.reasons) == CATEGORIES
    assert all(len(entries) >= 5 for entries in vocab.reasons.values())
    assert set(vocab.guidelines["sources"]) == SOURCES


def test_reason_templates_use_known_placeholders():
    known = {"service", "Service", "drug", "Drug", "step_drugs", "step_first", "trial", "qty", "plan", "provider",
             "facility", "Facility", "detail", "specialty", "code", "dx", "dx_desc", "dos", "req_date", "term_date",
             "eff_date", "limit", "limit_unit", "period", "frequency", "tf_days", "orig_claim", "lower_level",
             "setting", "plan_doc", "cite"}
    for cat, entries in load_vocab().reasons.items():
        for e in entries:
            names = {f for _, f, _, _ in string.Formatter().parse(e["text"]) if f}
            assert names <= known, (cat, e["text"])


def test_every_family_appears_first():
    fams = pick_families(0, N_FAMILIES, load_vocab())
    assert sorted(fams) == sorted(load_vocab().families["families"])
    assert pick_families(0, 40, load_vocab())[:N_FAMILIES] == fams


# ---- generated letters ------------------------------------------------------------------------------

def test_generation_is_deterministic(tmp_path, out):
    families = pick_families(7, N_FAMILIES, load_vocab())
    for index in (1, 2, 3):
        again = generate_one(tmp_path, index, families[index - 1], seed=7, scan_fraction=0.3)
        first = out / "labels" / again.name
        assert again.read_text() == first.read_text()
        for name in json.loads(again.read_text())["files"]:
            assert (tmp_path / "docs" / name).read_bytes() == (out / "docs" / name).read_bytes(), name


def test_labels_use_contract_vocabulary(labels):
    assert len(labels) == N_FAMILIES
    for d in labels:
        stem = d["stem"]
        assert d["document_type"] in DOCUMENT_TYPES, stem
        assert d["review_type"] in REVIEW_TYPES, stem
        denial = d["document_type"] in ("denial", "partial_denial")
        cat = d["denial_reason"]["category"]
        assert (cat in CATEGORIES) if denial else cat is None, stem
        for key in ("name", "member_id"):
            assert key in d["member"]
        for key in ("description", "procedure_codes", "diagnosis_codes", "date_of_service"):
            assert key in d["service"]
        for g in d["guidelines"]:
            assert g["source"] in SOURCES and "identifier" in g, stem
        for code in d["carc_codes"]:
            assert CARC.match(code), (stem, code)
        for dx in d["service"]["diagnosis_codes"]:
            assert re.match(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$", dx), (stem, dx)
        a = d["appeal"]
        assert a["counted_from"] in COUNTED_FROM, stem
        if a["counted_from"] == "absolute":
            assert a["window_days"] is None and a["deadline"], stem
        if a["deadline"]:
            assert date.fromisoformat(a["deadline"]) > date.fromisoformat(d["letter_date"] or "2000-01-01")
        e = d["expedited"]
        assert e["eligible"] in (True, False, None), stem
        assert e["decision_hours"] is None or e["eligible"] is True, stem
        if denial and d["review_type"] == "post_service":
            assert e["eligible"] is False, stem
        assert d["external_review"]["available"] in (True, False, None)
        assert d["peer_to_peer"]["offered"] in (True, False, None)
        assert d["family"] and d["stem"] and d["files"][0] == f"{stem}.pdf"
        assert isinstance(d["hard_cases"], list) and isinstance(d["payer_aliases"], list)


def test_deadline_follows_the_stated_window(labels):
    for d in labels:
        a = d["appeal"]
        if not (a["deadline"] and d["letter_date"] and a["window_days"]):
            continue
        if a["counted_from"] not in ("letter_date", "receipt") or "presumption_of_receipt" in d["hard_cases"]:
            continue
        unit = "business_days" if "business_days_window" in d["hard_cases"] else "days"
        expected = dates.shift(date.fromisoformat(d["letter_date"]), a["window_days"], unit)
        assert a["deadline"] == expected.isoformat(), d["stem"]


def test_pdf_text_contains_label_values(out, labels):
    for d in labels:
        text = _pdf_text(out / "docs" / f"{d['stem']}.pdf")
        squashed = _squash(text)
        values = [d["member"]["name"], d["member"]["member_id"], d["claim_number"], d["authorization_number"],
                  d["provider"]["npi"], d["payer"]]
        values += d["service"]["procedure_codes"] + d["service"]["diagnosis_codes"] + d["missing_documentation"]
        values += [g["identifier"] for g in d["guidelines"]]
        for v in values:
            if v:
                assert _norm(v) in text, (d["stem"], v)
        for code in d["carc_codes"]:
            assert _squash(code) in squashed, (d["stem"], code)
        if d["letter_date"]:
            style = d["generator"]["date_style"]
            assert dates.fmt_date(date.fromisoformat(d["letter_date"]), style) in text, d["stem"]
        for key in ("denial_reason", "appeal", "expedited", "external_review", "peer_to_peer"):
            sentence = d[key]["text"]
            if sentence:   # a sentence may straddle a page break, so compare its opening words
                assert " ".join(sentence.split()[:7]) in text, (d["stem"], key)
        if d["appeal"]["counted_from"] == "absolute":
            deadline = date.fromisoformat(d["appeal"]["deadline"])
            assert dates.fmt_date(deadline, d["generator"]["date_style"]) in d["appeal"]["text"], d["stem"]


def test_scans_are_image_only(out, labels):
    scanned = [d for d in labels if d["scan"]]
    assert scanned, "expected some scanned copies"
    for d in scanned:
        scan = d["scan"]
        path = out / "docs" / d["files"][1]
        assert 200 <= scan["dpi"] <= 300 and scan["mode"] in ("gray", "fax", "photo")
        assert len(scan["page_rotations"]) == d["pages"]
        assert all(r in (0, 90, 180, 270) for r in scan["page_rotations"])
        if scan["format"] == "pdf":
            with pdfplumber.open(path) as pdf:
                assert len(pdf.pages) == d["pages"]
                for page in pdf.pages:
                    assert not (page.extract_text() or "").strip(), d["stem"]
                    assert page.images, d["stem"]
        else:
            with Image.open(path) as im:
                assert getattr(im, "n_frames", 1) == d["pages"], d["stem"]
                if scan["mode"] == "fax":
                    assert im.mode == "1"


def test_cli_generate(tmp_path):
    result = CliRunner().invoke(samples_cli, ["generate", str(tmp_path), "--n", "2", "--scan-fraction", "0"])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "labels").glob("*.json"))) == 2
    assert len(list((tmp_path / "docs").glob("*.pdf"))) == 2
