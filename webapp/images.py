"""Page images for the case page, rendered from the source bytes held in the store.

OCR'd pages are turned the way the text stage turned them before reading (``rotation`` degrees
clockwise with expand, then a ``skew``-degree deskew about the centre without expand), so the stored
word boxes, fractions of that upright page, line up with the picture. The turn mirrors the text
stage's (pipeline/ocr.py: ``rotate_upright`` then the deskew in ``deskew``); the review app does
not import the pipeline, so the few lines live here.
"""
from __future__ import annotations

import io
import threading
from collections import OrderedDict

from PIL import Image, ImageOps

DISPLAY_DPI = 110
MAX_SIDE = 1800  # pixels: enough to read a letter, small enough to send
WHITE = 255

_pdfium_lock = threading.Lock()  # pdfium is not thread-safe; FastAPI renders in a thread pool


class PageUnavailable(Exception):
    """The source bytes are missing, unreadable, or have no such page."""


def sniff(content: bytes) -> str | None:
    head = content[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\x89PNG"):
        return "png"
    if head.startswith(b"\xff\xd8"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


MEDIA_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg", "tiff": "image/tiff"}


def page_count(content: bytes | None) -> int:
    """Pages (or frames) in the source; 0 when it cannot be read."""
    kind = sniff(content or b"")
    try:
        if kind == "pdf":
            import pypdfium2 as pdfium

            with _pdfium_lock:
                pdf = pdfium.PdfDocument(content)
                try:
                    return len(pdf)
                finally:
                    pdf.close()
        if kind:
            with Image.open(io.BytesIO(content)) as im:
                return getattr(im, "n_frames", 1)
    except Exception:  # noqa: BLE001 - any unreadable source simply has no pages to show
        return 0
    return 0


def _render_pdf(content: bytes, index: int) -> Image.Image:
    import pypdfium2 as pdfium

    with _pdfium_lock:
        try:
            pdf = pdfium.PdfDocument(content)
        except pdfium.PdfiumError as e:
            raise PageUnavailable(f"cannot open the PDF: {e}") from e
        try:
            if not 0 <= index < len(pdf):
                raise PageUnavailable("no such page")
            page = pdf[index]
            w, h = page.get_size()
            scale = min(DISPLAY_DPI / 72.0, MAX_SIDE / max(w, h, 1))
            return page.render(scale=scale, grayscale=True).to_pil().convert("L")
        finally:
            pdf.close()


def _load_frame(content: bytes, index: int) -> Image.Image:
    try:
        with Image.open(io.BytesIO(content)) as im:
            if not 0 <= index < getattr(im, "n_frames", 1):
                raise PageUnavailable("no such page")
            im.seek(index)
            im = ImageOps.exif_transpose(im) if index == 0 else im  # as the text stage read it
            img = im.convert("L")
    except (OSError, ValueError, Image.DecompressionBombError) as e:
        raise PageUnavailable(f"cannot read the image: {e}") from e
    img.thumbnail((MAX_SIDE, MAX_SIDE))
    return img


def render_page(content: bytes | None, index: int, *, ocr: bool = False, rotation: int = 0,
                skew: float = 0.0) -> Image.Image:
    """Page ``index`` (0-based) of the source, upright and deskewed as OCR saw it when ``ocr``."""
    kind = sniff(content or b"")
    if kind is None:
        raise PageUnavailable("the source file is not stored or not a PDF/image")
    img = _render_pdf(content, index) if kind == "pdf" else _load_frame(content, index)
    if ocr:
        if rotation % 360:
            img = img.rotate(-rotation, expand=True, fillcolor=WHITE)  # PIL turns counter-clockwise
        if skew:
            img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=WHITE)
    return img


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


class PngCache:
    """A small LRU of rendered pages: the case page asks for each image once per view."""

    def __init__(self, size: int = 48):
        self.size = size
        self._items: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple, value: bytes) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
