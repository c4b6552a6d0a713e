"""Print-and-scan simulation: rasterize a born-digital PDF and make an image-only copy of it.

Modes: ``gray`` (200-300 dpi grayscale scan), ``fax`` (1-bit, 200 dpi), ``photo`` (JPEG phone picture
with uneven lighting; one-page letters only). Each page may be skewed (up to 1.5 degrees), speckled,
lowered in contrast, JPEG-compressed, and turned by 90/180/270 degrees. ``page_rotations`` in the
label is the clockwise turn applied to each page image (0 when upright).
"""
from __future__ import annotations

from pathlib import Path
from random import Random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from .vocab import weighted


def rasterize(pdf_path: Path, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def _noise_rng(rng: Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(2**32))


def _contrast(img: Image.Image, rng: Random) -> Image.Image:
    lo, hi = rng.randrange(0, 45), rng.randrange(205, 256)
    a = np.asarray(img, dtype=np.float32)
    return Image.fromarray((lo + a * (hi - lo) / 255).astype(np.uint8))


def _skew(img: Image.Image, rng: Random) -> Image.Image:
    angle = rng.uniform(-1.5, 1.5)
    return img.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255)


def _speckle(img: Image.Image, rng: Random, amount: float) -> Image.Image:
    gen = _noise_rng(rng)
    a = np.asarray(img, dtype=np.int16)
    a = a + gen.normal(0, rng.uniform(1.5, 5), a.shape).astype(np.int16)
    dots = gen.random(a.shape) < amount
    a[dots] = gen.integers(0, 90, int(dots.sum()))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _jpeg_roundtrip(img: Image.Image, rng: Random) -> Image.Image:
    from io import BytesIO
    buf = BytesIO()
    img.save(buf, "JPEG", quality=rng.randrange(35, 70))
    buf.seek(0)
    return Image.open(buf).convert(img.mode)


def _to_fax(img: Image.Image, rng: Random) -> Image.Image:
    gen = _noise_rng(rng)
    a = np.asarray(img, dtype=np.uint8)
    bw = a > rng.randrange(150, 195)
    flips = gen.random(bw.shape) < rng.uniform(0.0005, 0.003)
    bw = np.where(flips, ~bw, bw)
    for _ in range(rng.randrange(0, 3)):      # a dark streak or two from the fax drum
        y = rng.randrange(bw.shape[0])
        bw[y:y + rng.randrange(1, 3), :] = False
    return Image.fromarray((bw * 255).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)


def _photo(img: Image.Image, rng: Random) -> Image.Image:
    w, h = img.size
    gx = np.linspace(rng.uniform(0.65, 0.9), 1.0, w, dtype=np.float32)
    gy = np.linspace(1.0, rng.uniform(0.7, 0.95), h, dtype=np.float32)
    light = np.outer(gy, gx)
    if rng.random() < 0.5:
        light = light[:, ::-1]
    a = np.asarray(img, dtype=np.float32) * light
    tint = np.array([1.0, rng.uniform(0.94, 0.99), rng.uniform(0.82, 0.93)], dtype=np.float32)
    rgb = np.clip(a[..., None] * tint + 8, 0, 255).astype(np.uint8)
    return Image.fromarray(rgb, "RGB").filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))


def _degrade_page(img: Image.Image, rng: Random, mode: str) -> tuple[Image.Image, int]:
    if rng.random() < 0.5:
        img = _contrast(img, rng)
    img = _skew(img, rng)
    if mode != "fax" and rng.random() < 0.5:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.7)))
    img = _speckle(img, rng, amount=rng.uniform(0.00005, 0.0004))
    if mode == "fax":
        img = _to_fax(img, rng)
    elif mode == "photo":
        img = _photo(img, rng)
    elif rng.random() < 0.3:
        img = _jpeg_roundtrip(img, rng)
    turn = weighted(rng, {0: 85, 90: 6, 180: 5, 270: 4})
    if turn:
        img = img.rotate(-turn, expand=True)   # clockwise
    return img, turn


def _save(pages: list[Image.Image], path: Path, fmt: str, dpi: int, rng: Random) -> None:
    first, rest = pages[0], pages[1:]
    if fmt == "pdf":
        # JPEG inside the PDF for gray pages keeps files small; 1-bit pages are stored as-is.
        extra = {} if first.mode == "1" else {"quality": rng.randrange(40, 65)}
        first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi),
                   creationDate=None, modDate=None, **extra)
    elif fmt == "tiff":
        comp = "group4" if first.mode == "1" else "tiff_deflate"
        first.save(path, "TIFF", save_all=True, append_images=rest, compression=comp, dpi=(dpi, dpi))
    elif fmt == "png":
        first.save(path, "PNG", dpi=(dpi, dpi), optimize=False)
    else:
        first.save(path, "JPEG", quality=rng.randrange(60, 85), dpi=(dpi, dpi))


_EXT = {"pdf": "pdf", "tiff": "tif", "png": "png", "jpg": "jpg"}


def make_scan(pdf_path: Path, out_stem: Path, rng: Random, n_pages: int) -> tuple[Path, dict]:
    """Write ``<out_stem>_scan.<ext>`` and return it with the label's ``scan`` block."""
    modes = {"gray": 6, "fax": 4} | ({"photo": 1.5} if n_pages == 1 else {})
    mode = weighted(rng, modes)
    if mode == "fax":
        dpi, fmt = 200, weighted(rng, {"pdf": 1, "tiff": 1})
    elif mode == "photo":
        dpi, fmt = rng.choice([200, 220, 240]), "jpg"
    else:
        dpi = rng.choice([200, 240, 300])
        fmt = weighted(rng, {"pdf": 4, "tiff": 2} | ({"png": 1, "jpg": 1} if n_pages == 1 else {}))
    pages, turns = [], []
    for img in rasterize(pdf_path, dpi):
        page, turn = _degrade_page(img, rng, mode)
        pages.append(page)
        turns.append(turn)
    path = out_stem.with_name(f"{out_stem.name}_scan.{_EXT[fmt]}")
    _save(pages, path, fmt, dpi, rng)
    return path, {"dpi": dpi, "format": fmt, "mode": mode, "page_rotations": turns}
