"""Page images: PDFs rendered with pypdfium2, OCR'd pages turned and deskewed as the text stage did."""
from __future__ import annotations

import io

import pytest
from PIL import Image

from webapp.images import PageUnavailable, page_count, render_page, sniff


def _png(w=200, h=100, mark=(0, 0, 20, 20)) -> bytes:
    img = Image.new("L", (w, h), 255)
    img.paste(0, mark)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _dark_corner(img: Image.Image) -> str:
    w, h = img.size
    corners = {"top-left": (0, 0), "top-right": (w - 10, 0), "bottom-left": (0, h - 10),
               "bottom-right": (w - 10, h - 10)}
    return next(name for name, (x, y) in corners.items() if img.crop((x, y, x + 10, y + 10)).getextrema()[1] < 128)


def test_rotation_is_clockwise_with_expand():
    content = _png()
    assert render_page(content, 0).size == (200, 100)
    assert _dark_corner(render_page(content, 0)) == "top-left"
    turned = render_page(content, 0, ocr=True, rotation=90)
    assert turned.size == (100, 200) and _dark_corner(turned) == "top-right"  # clockwise
    assert _dark_corner(render_page(content, 0, ocr=True, rotation=180)) == "bottom-right"
    assert _dark_corner(render_page(content, 0, ocr=True, rotation=270)) == "bottom-left"


def test_skew_keeps_size_and_text_pages_are_not_turned():
    content = _png(400, 300, (150, 100, 250, 200))
    skewed = render_page(content, 0, ocr=True, rotation=0, skew=3.0)
    assert skewed.size == (400, 300) and skewed.getpixel((0, 0)) == 255  # corners filled white
    assert render_page(content, 0, ocr=False, rotation=90, skew=3.0).size == (400, 300)


def test_pdf_pages(tmp_path):
    from tests.webapp.factories import letter_pdf

    content, _ = letter_pdf(["Hello", "World"])
    assert sniff(content) == "pdf" and page_count(content) == 1
    img = render_page(content, 0)
    assert img.mode == "L" and img.width < img.height
    with pytest.raises(PageUnavailable):
        render_page(content, 1)


@pytest.mark.parametrize("content", [None, b"", b"plain text", b"%PDF-1.4 garbage", b"\x89PNG broken"])
def test_unreadable_sources(content):
    with pytest.raises(PageUnavailable):
        render_page(content, 0)
    assert page_count(content) == 0
