"""The embedded text layer of PDF pages (pdfplumber), and the test of whether it can be trusted.

A page is OCR'd instead when its text layer is missing, garbage (``(cid:NN)`` glyphs, symbol
soup) or near-empty while a large image covers the page (a scan with a stray text object)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.layout import RawWord, build_page_text
from models.errors import CorruptDocument, EncryptedDocument
from models.pages import Page

_CID = re.compile(r"\(cid:\d+\)")
_WORDLIKE = re.compile(r"^[A-Za-z][a-z]+[.,:;]?$|^[A-Z]{2,}[.,:;]?$|^\d[\d,./$-]*$")


@dataclass
class TextLayerPage:
    page: Page
    usable: bool
    reason: str  # why it is (not) usable, for logs


def text_layer_quality(text: str) -> float:
    """Share of tokens that look like words or numbers; (cid:..) glyphs count as garbage."""
    tokens = text.split()
    if not tokens:
        return 0.0
    cid = len(_CID.findall(text))
    good = sum(1 for t in tokens if _WORDLIKE.match(t) and "(cid:" not in t)
    return max(0.0, (good - cid) / len(tokens))


def _image_coverage(page) -> float:
    area = float(page.width * page.height) or 1.0
    covered = 0.0
    for im in page.images:
        w = max(0.0, min(im["x1"], page.width) - max(im["x0"], 0))
        h = max(0.0, min(im["bottom"], page.height) - max(im["top"], 0))
        covered = max(covered, w * h / area)
    return covered


def judge_page(text: str, image_coverage: float) -> tuple[bool, str]:
    chars = len(re.sub(r"\s", "", text))
    if chars == 0:
        return False, "no text layer"
    if _CID.search(text) and len(_CID.findall(text)) * 6 > chars * 0.2:
        return False, "text layer is (cid:..) glyph codes"
    q = text_layer_quality(text)
    if chars < 200 and image_coverage > 0.5:
        return False, "near-empty text layer over a page image"
    if q < 0.45:
        return False, f"garbage text layer (word-likeness {q:.2f})"
    return True, "text layer"


def read_text_layer(path: Path) -> list[TextLayerPage]:
    """Every page's text layer, laid out, with the decision whether to use it."""
    import struct
    import zlib

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError
    from pdfminer.psexceptions import PSException

    out: list[TextLayerPage] = []
    try:
        with pdfplumber.open(str(path), password="") as pdf:
            for i, p in enumerate(pdf.pages, start=1):
                raw = [
                    RawWord(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]))
                    for w in p.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False)
                ]
                width, height = float(p.width), float(p.height)
                text, words = build_page_text(raw, width, height)
                usable, reason = judge_page(text, _image_coverage(p))
                if usable and "(cid:" in text:  # a few unmapped glyphs (usually bullets) in good text
                    for w in raw:
                        w.text = _CID.sub("•", w.text)
                    text, words = build_page_text(raw, width, height)
                page = Page(number=i, text=text, method="text", width=width, height=height, words=words)
                out.append(TextLayerPage(page=page, usable=usable, reason=reason))
                p.close()
    except PDFEncryptionError as e:
        raise EncryptedDocument(
            "The PDF is password-protected and cannot be read without the password. "
            "Ask the sender for an unprotected copy and drop it in again."
        ) from e
    except (PSException, ValueError, KeyError, TypeError, AssertionError, struct.error, zlib.error) as e:
        raise CorruptDocument(
            "The PDF's content is damaged and its text cannot be read. Re-download or re-scan it and drop it in again."
        ) from e
    return out
