"""Per-page text with provenance: what the text stage hands to extraction, storage and review.

Word boxes are fractions of the page (0..1, origin top-left, in the page as displayed, i.e.
after rotation correction) so a viewer can draw them over a page image of any resolution.
``start``/``end`` are character offsets of the word in ``Page.text``.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Word(BaseModel):
    text: str
    start: int
    end: int
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float | None = None  # OCR word confidence 0-100; None for text-layer words


class Page(BaseModel):
    number: int  # 1-based
    text: str
    method: Literal["text", "ocr"]
    confidence: float | None = None  # mean OCR word confidence 0-100, None for text pages
    rotation: int = 0  # degrees clockwise applied to make the page upright
    skew: float = 0.0  # degrees of small-angle deskew applied
    width: float = 0.0  # page size in points (PDF) or pixels (image)
    height: float = 0.0
    words: list[Word] = Field(default_factory=list)

    def boxes_for_span(self, start: int, end: int) -> list[tuple[float, float, float, float]]:
        """Boxes of the words overlapping ``[start, end)``, merged per line."""
        lines: dict[int, list[Word]] = {}
        for w in self.words:
            if w.end > start and w.start < end:
                key = round((w.y0 + w.y1) / 2 * 200)  # same visual line
                lines.setdefault(key, []).append(w)
        return [
            (min(w.x0 for w in ws), min(w.y0 for w in ws), max(w.x1 for w in ws), max(w.y1 for w in ws))
            for _, ws in sorted(lines.items())
        ]


class DocumentText(BaseModel):
    """All pages of one document, as the text stage produced them."""

    filename: str
    sha256: str
    kind: Literal["pdf", "png", "jpeg", "tiff"]
    pages: list[Page]

    @property
    def ocr_mean_confidence(self) -> float | None:
        """Mean word confidence over all OCR'd pages (word-weighted), None when nothing was OCR'd."""
        ocr_pages = [p for p in self.pages if p.method == "ocr"]
        if not ocr_pages:
            return None
        confs = [w.conf for p in ocr_pages for w in p.words if w.conf is not None]
        return round(sum(confs) / len(confs), 2) if confs else 0.0
