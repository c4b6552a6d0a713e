"""Intake: type from content, hashing, limits, and every bad-input class with its contract code."""
import hashlib

import pytest

from models.errors import ErrorCode
from pipeline.intake import intake, sniff_kind
from pipeline.process import process_file
from tests.letters import blank_scan, letter_pdf, rasterize, save_scan


def test_sniff_kind_by_content_not_extension():
    assert sniff_kind(b"%PDF-1.7\n...") == "pdf"
    assert sniff_kind(b"\x00\x00junk before the header %PDF-1.4") == "pdf"
    assert sniff_kind(b"\x89PNG\r\n\x1a\n....") == "png"
    assert sniff_kind(b"\xff\xd8\xff\xe0....") == "jpeg"
    assert sniff_kind(b"II*\x00....") == "tiff" and sniff_kind(b"MM\x00*....") == "tiff"
    assert sniff_kind(b"<!DOCTYPE html><html>") is None


def test_intake_hashes_and_counts(tmp_path, settings):
    pdf = letter_pdf(tmp_path / "letter.bin")  # a PDF whatever its name
    info = intake(pdf, settings)
    assert info.kind == "pdf" and info.pages == 2
    assert info.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    tif = save_scan(rasterize(pdf, 100), tmp_path / "scan.tif")
    assert intake(tif, settings).pages == 2


def _code(path, settings):
    rec = process_file(path, settings).record
    assert rec.status == "failed" and rec.needs_review is False or rec.status == "failed"
    assert rec.record_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert rec.error.message and len(rec.error.message) > 30  # says what a person can do
    return rec.error.code


def test_bad_inputs_get_their_contract_codes(tmp_path, settings):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    html = tmp_path / "letter.pdf"
    html.write_text("<!DOCTYPE html><html><body>Your claim was denied</body></html>")
    text = tmp_path / "notes.pdf"
    text.write_text("just some notes, not a PDF at all\n")
    good = letter_pdf(tmp_path / "good.pdf")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    bad_png = tmp_path / "cut.png"
    png = save_scan(rasterize(good, 60)[:1], tmp_path / "whole.png")
    bad_png.write_bytes(png.read_bytes()[:400])
    locked = letter_pdf(tmp_path / "locked.pdf", encrypt=("owner-secret", "user-secret"))
    assert _code(empty, settings) == ErrorCode.empty_file
    assert _code(html, settings) == ErrorCode.not_a_document
    assert _code(text, settings) == ErrorCode.not_a_document
    assert _code(truncated, settings) == ErrorCode.corrupt
    assert _code(garbage, settings) == ErrorCode.corrupt
    assert _code(bad_png, settings) == ErrorCode.corrupt
    assert _code(locked, settings) == ErrorCode.encrypted


def test_owner_password_only_pdf_opens(tmp_path, settings):
    pdf = letter_pdf(tmp_path / "owner-only.pdf", encrypt=("owner-secret", ""))
    done = process_file(pdf, settings)
    assert done.record.status != "failed"
    assert "within 60 days" in done.text.pages[1].text


def test_limits_are_configurable(tmp_path):
    from denials.config import Settings

    pdf = letter_pdf(tmp_path / "two-pages.pdf")
    assert process_file(pdf, Settings(max_pages=1)).record.error.code == ErrorCode.too_large
    assert process_file(pdf, Settings(max_file_mb=0.001)).record.error.code == ErrorCode.too_large


@pytest.mark.slow
def test_blank_scan_is_no_text(tmp_path, settings):
    assert _code(blank_scan(tmp_path / "blank.png"), settings) == ErrorCode.no_text
