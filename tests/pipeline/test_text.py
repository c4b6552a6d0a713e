"""Per-page text: text layer vs OCR page by page, rotation and skew correction, image formats,
reading order of two-column header blocks, and the devset scans read legibly."""
import re
from pathlib import Path

import pytest
from PIL import Image

from models.pages import Page
from pipeline.workers import WorkerPool
from pipeline.text import read_document
from tests.letters import degrade, letter_pdf, rasterize, save_scan


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


@pytest.fixture(scope="module")
def pool():
    with WorkerPool(2) as p:
        yield p


@pytest.fixture(scope="module")
def letter(tmp_path_factory) -> Path:
    return letter_pdf(tmp_path_factory.mktemp("letters") / "letter.pdf")


def test_digital_pdf_uses_text_layer_with_word_boxes(letter, settings):
    doc = read_document(letter, settings)
    assert [p.method for p in doc.pages] == ["text", "text"]
    p1 = doc.pages[0]
    assert p1.confidence is None and doc.ocr_mean_confidence is None
    # two-column header cells stay on one line, value next to its label
    assert re.search(r"Member ID:\s+NWX4455667\s+Claim number:\s+77120034", p1.text)
    w = next(w for w in p1.words if w.text == "NWX4455667")
    assert p1.text[w.start:w.end] == "NWX4455667" and 0 < w.x0 < w.x1 < 1 and 0 < w.y0 < w.y1 < 1


@pytest.mark.slow
def test_hybrid_pdf_is_decided_page_by_page(letter, tmp_path, settings, pool):
    """Page 1 keeps its text layer, page 2 is an image only: OCR'd."""
    import pypdfium2 as pdfium

    scan2 = save_scan([rasterize(letter, 200)[1]], tmp_path / "p2.pdf")
    merged = pdfium.PdfDocument.new()
    merged.import_pages(pdfium.PdfDocument(str(letter)), [0])
    merged.import_pages(pdfium.PdfDocument(str(scan2)), [0])
    hybrid = tmp_path / "hybrid.pdf"
    merged.save(str(hybrid))
    doc = read_document(hybrid, settings, pool)
    assert [p.method for p in doc.pages] == ["text", "ocr"]
    assert "within 60 days of the date of this letter" in squash(doc.pages[1].text)
    assert doc.pages[1].confidence > 70 and doc.ocr_mean_confidence == pytest.approx(doc.pages[1].confidence, abs=1)


@pytest.mark.slow
@pytest.mark.parametrize("suffix,rotate,skew", [(".pdf", 90, 0.0), (".tif", 180, 1.2), (".png", 270, -0.8),
                                                 (".jpg", 0, 1.5)])
def test_scans_are_turned_upright_and_read(letter, tmp_path, settings, pool, suffix, rotate, skew):
    page = rasterize(letter, 200)[1]
    scan = save_scan([degrade(page, skew=skew, rotate=rotate, noise=0.03, seed=rotate)], tmp_path / f"scan{suffix}")
    doc = read_document(scan, settings, pool)
    p: Page = doc.pages[0]
    assert p.method == "ocr" and p.rotation == (360 - rotate) % 360  # turned clockwise by rotate: undo it
    assert abs(p.skew + skew) <= 0.5  # the correction undoes the skew
    text = squash(p.text)
    assert "within 60 days of the date of this letter" in text
    assert "within 72 hours" in text


@pytest.mark.slow
def test_phone_photo_with_uneven_lighting(letter, tmp_path, settings, pool):
    photo = degrade(rasterize(letter, 200)[1], shade=0.9, blur=0.6, skew=0.7)
    photo.save(tmp_path / "photo.jpg", "JPEG", quality=80)  # no dpi: a photo
    doc = read_document(tmp_path / "photo.jpg", settings, pool)
    text = squash(doc.pages[0].text)
    assert "within 60 days of the date of this letter" in text and "within 72 hours" in text
    assert doc.pages[0].confidence > 80


@pytest.mark.slow
def test_multipage_tiff_pages_each_ocrd_once(letter, tmp_path, settings, pool):
    imgs = [degrade(im, noise=0.02) for im in rasterize(letter, 200)]
    doc = read_document(save_scan(imgs, tmp_path / "letter.tif"), settings, pool)
    assert [p.number for p in doc.pages] == [1, 2] and all(p.method == "ocr" for p in doc.pages)
    assert re.search(r"Member ID:\s+NWX4455667", doc.pages[0].text)


# The key sentence(s) of each devset scan that a person must be able to read in `denials text`.
DEVSET_SENTENCES = {
    "D0001_scan.tif": ["6 months from the date of this letter", "did not meet the requirements for an expedited"],
    "D0002_scan.pdf": ["We approved the request"],
    "D0003_scan.pdf": ["within 180 days after you receive this letter", "ACG: A-0398"],
    "D0006_scan.tif": ["180 days from the date of this letter", "decided within 72"],
    "D0007_scan.pdf": ["no later than March 10, 2027"],
    "D0008_scan.jpg": ["Patient Statement"],
    "D0011_scan.pdf": ["no later than 03/10/2025", "RX-ST-466"],
    "D0014_scan.pdf": ["within 180 days after you receive this letter", "MSK-07"],
    "D0018_scan.pdf": ["within 180 calendar days of the date of this notice"],
    "D0020_scan.tif": ["within 180 days after you receive this letter"],
}


@pytest.mark.slow
def test_devset_scans_read_their_key_sentences(devset_texts):
    for name, sentences in DEVSET_SENTENCES.items():
        doc = devset_texts[name]
        text = squash("\n".join(p.text for p in doc.pages))
        for s in sentences:
            assert s in text, f"{name}: {s!r} not read"
        assert all(p.method == "ocr" for p in doc.pages)
