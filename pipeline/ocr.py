"""OCR of one page: load/render the image, turn it upright, deskew, run tesseract, lay out words.

Stages are small functions; ``ocr_page`` only orders them. It runs in worker processes
(see pipeline.workers), so it takes and returns plain picklable values."""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from models.errors import CorruptDocument, DocumentTimeout
from models.pages import Page
from pipeline.layout import RawWord, build_page_text

TARGET_DPI = 300
UPSCALE_BELOW_DPI = 250  # scans below this are enlarged towards TARGET_DPI before OCR
_JUNK = re.compile(r"^[|_\-—–~‘’'\"`:;.,»«=\[\]{}()]+$")  # rule fragments and stray marks read as "words"
GOOD_CONF = 62.0  # mean word confidence above which the first orientation tried is accepted


@dataclass(frozen=True)
class OcrJob:
    path: str
    kind: str  # pdf | png | jpeg | tiff
    index: int  # 0-based page / frame
    dpi: int = TARGET_DPI
    lang: str = "eng"
    timeout_s: float = 180.0


@dataclass
class OcrResult:
    words: list[RawWord]
    width: int
    height: int
    mean_conf: float


# --- loading ---------------------------------------------------------------------------------
def render_pdf_page(path: str, index: int, dpi: int) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        page = pdf[index]
        bitmap = page.render(scale=dpi / 72.0, grayscale=True)
        return bitmap.to_pil().convert("L")
    finally:
        pdf.close()


def load_image_frame(path: str, index: int) -> Image.Image:
    """One frame of an image file, grayscale, scaled towards ~300 dpi when it is a low-resolution scan."""
    with Image.open(path) as im:
        im.seek(index)
        im = ImageOps.exif_transpose(im) if index == 0 else im  # phone photos carry their rotation in EXIF
        dpi = (im.info.get("dpi") or (0, 0))[0] or 0
        img = im.convert("L")
    if dpi and dpi < UPSCALE_BELOW_DPI:
        factor = TARGET_DPI / dpi
    elif not dpi and img.width < 1800:  # a photo or unknown scan: aim for a letter page ~2550 px wide
        factor = min(2.5, 2550 / max(img.width, 1))
    else:
        factor = 1.0
    if factor > 1.05:
        img = img.resize((round(img.width * factor), round(img.height * factor)), Image.LANCZOS)
    return img


def flatten_background(img: Image.Image, min_spread: float = 8.0) -> Image.Image:
    """Even out uneven lighting (phone photos, shadows, vignetting): divide the page by its
    background -- the paper's brightness, estimated on a small copy with text removed (max
    filter) and smoothed. A flat scan (background spread below ``min_spread`` grey levels) is
    returned unchanged."""
    small = img.resize((max(1, img.width // 8), max(1, img.height // 8)), Image.BILINEAR)
    bg_small = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(6))
    if float(np.asarray(bg_small, dtype=np.float32).std()) < min_spread:
        return img
    bg = np.maximum(np.asarray(bg_small.resize(img.size, Image.BILINEAR), dtype=np.float32), 1.0)
    a = np.asarray(img, dtype=np.float32)
    return Image.fromarray(np.clip(a / bg * 255.0, 0, 255).astype(np.uint8))


def _long_runs(ink: np.ndarray, length: int, axis: int, fill: float = 0.85) -> np.ndarray:
    """Mask of pixels on a (nearly) straight run of ink at least ``length`` long along ``axis``;
    ``fill`` tolerates the gaps of dashed or fax-broken rules."""
    a = ink if axis == 1 else ink.T
    c = np.cumsum(np.pad(a, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
    full = (c[:, length:] - c[:, :-length]) >= fill * length  # window starting at j is mostly ink
    starts = np.pad(full.astype(np.int32), ((0, 0), (0, length - 1)))
    cover = np.cumsum(np.pad(starts, ((0, 0), (1, 0))), axis=1, dtype=np.int32)
    covered = (cover[:, length:] - cover[:, :-length]) > 0
    mask = np.zeros_like(a, dtype=bool)
    mask[:, length - 1:] = covered
    return (mask & a) if axis == 1 else (mask & a).T


def remove_rules(img: Image.Image) -> Image.Image:
    """Erase table borders and rules (long straight ink runs) from an upright, deskewed page:
    they make tesseract read table cells as junk ("73721" -> "78721", "CO-50" -> "60-58").
    Found at half resolution (cheap), erased at full resolution."""
    a = np.asarray(img, dtype=np.uint8)
    half = a[::2, ::2] < 140
    h_len = max(30, half.shape[1] // 20)
    v_len = max(30, half.shape[0] // 40)
    k = 3  # a rule is thin: no ink on both sides of it at this distance (a blurred text line is thick)
    thick_v = np.roll(half, k, 0) & np.roll(half, -k, 0)
    thick_h = np.roll(half, k, 1) & np.roll(half, -k, 1)
    rules = (_long_runs(half, h_len, axis=1) & ~thick_v) | (_long_runs(half, v_len, axis=0) & ~thick_h)
    if not rules.any():
        return img
    rules = rules | np.roll(rules, 1, 0) | np.roll(rules, -1, 0) | np.roll(rules, 1, 1) | np.roll(rules, -1, 1)
    full = np.repeat(np.repeat(rules, 2, axis=0), 2, axis=1)[: a.shape[0], : a.shape[1]]
    out = a.copy()
    out[full] = 255
    return Image.fromarray(out)


def _isolated_specks(img: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    """(ink mask, speck mask): ink pixels that are alone -- at most 5 ink pixels in their 5x5
    neighbourhood and at most 12 in their 13x13 one. Any part of a letter at 300 dpi, even a
    thin stroke or an i's dot, has more ink around it than that; fax noise does not."""
    a = np.asarray(img, dtype=np.uint8) < 128
    c = np.pad(a.astype(np.int32), ((7, 6), (7, 6))).cumsum(0).cumsum(1)

    def box(k: int) -> np.ndarray:  # ink count in the k x k window centred on each pixel
        o = (13 - k) // 2
        cc = c[o:c.shape[0] - o, o:c.shape[1] - o]
        return cc[k:, k:] - cc[:-k, k:] - cc[k:, :-k] + cc[:-k, :-k]

    return a, a & (box(5) <= 5) & (box(13) <= 12)


def speckle_ratio(img: Image.Image) -> float:
    """Share of ink pixels that are specks (at most 5 ink pixels in their 5x5 neighbourhood)."""
    a = np.asarray(img, dtype=np.uint8) < 128
    total = int(a.sum())
    if not total:
        return 0.0
    c = np.pad(a.astype(np.int32), ((3, 2), (3, 2))).cumsum(0).cumsum(1)
    box = c[5:, 5:] - c[:-5, 5:] - c[5:, :-5] + c[:-5, :-5]
    return float((a & (box <= 5)).sum()) / total


def remove_specks(img: Image.Image) -> Image.Image:
    ink, specks = _isolated_specks(img)
    if not specks.any():
        return img
    out = np.asarray(img, dtype=np.uint8).copy()
    out[specks] = 255
    return Image.fromarray(out)


def clean_for_ocr(img: Image.Image) -> Image.Image:
    """Erase table rules and isolated specks; on a still speckled scan take the rest out (median); then soften fax
    speckle and jagged 1-bit edges with a light blur (measured on fax and grey scans: never
    worse, often much better). The median is kept for really noisy pages: on clean grey scans
    it thins strokes."""
    img = remove_rules(img)
    speckle = speckle_ratio(img)
    if speckle > 0.1:  # a fax full of dots (tesseract crawls through them): drop the lone ones
        img = remove_specks(img)
    if speckle > 0.05:
        img = img.filter(ImageFilter.MedianFilter(3))
    return img.filter(ImageFilter.GaussianBlur(1))


# --- geometry --------------------------------------------------------------------------------
def estimate_skew(img: Image.Image, max_angle: float = 4.0, step: float = 0.25) -> float:
    """Small-angle skew in degrees (projection-profile method on a reduced, binarised copy):
    the angle whose row profile is sharpest, searched by whole degrees, then refined."""
    small = img.copy()
    small.thumbnail((700, 700))
    a = np.asarray(small, dtype=np.uint8)
    ink = (a < 128).astype(np.uint8)
    if ink.mean() < 0.002:
        return 0.0
    pil_ink = Image.fromarray(ink * 255)

    def sharpness(ang: float) -> float:
        rot = np.asarray(pil_ink.rotate(float(ang), resample=Image.NEAREST, fillcolor=0), dtype=np.float32)
        return float(np.square(np.diff(rot.sum(axis=1))).sum())

    coarse = max(np.arange(-max_angle, max_angle + 1e-9, 1.0), key=sharpness)
    fine = np.arange(coarse - 0.75, coarse + 0.75 + 1e-9, step)
    best = float(max(fine, key=sharpness))
    return round(best, 2) if abs(best) >= 0.3 else 0.0


def rotate_upright(img: Image.Image, degrees_clockwise: int) -> Image.Image:
    if degrees_clockwise % 360 == 0:
        return img
    return img.rotate(-degrees_clockwise, expand=True, fillcolor=255)


def osd_rotation(img: Image.Image) -> int | None:
    """Tesseract OSD's suggested clockwise rotation, or None when it cannot tell."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(img, config="--psm 0 -c min_characters_to_try=5",
                                       output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return None
    return int(osd.get("rotate", 0)) % 360


# --- recognition -------------------------------------------------------------------------------
def run_tesseract(img: Image.Image, lang: str, timeout_s: float) -> OcrResult:
    import pytesseract

    # hand tesseract an uncompressed PGM: pytesseract's own PNG encoding costs ~0.7 s a page
    with tempfile.NamedTemporaryFile(suffix=".pgm") as tmp:
        img.convert("L").save(tmp.name, "PPM")
        try:
            d = pytesseract.image_to_data(tmp.name, lang=lang, config="--oem 1 --psm 3",
                                          output_type=pytesseract.Output.DICT, timeout=timeout_s)
        except RuntimeError as e:  # pytesseract raises RuntimeError on timeout
            raise DocumentTimeout(
                f"OCR of a page took longer than {timeout_s:g} s. Retry later, or raise DENIALS_OCR_TIMEOUT_S."
            ) from e
    words: list[RawWord] = []
    for i, text in enumerate(d["text"]):
        c = float(d["conf"][i])
        if c < 0 or not text.strip() or _JUNK.match(text.strip()):
            continue
        x, y, w, h = d["left"][i], d["top"][i], d["width"][i], d["height"][i]
        line = (d["block_num"][i], d["par_num"][i], d["line_num"][i])
        words.append(RawWord(text.strip(), float(x), float(y), float(x + w), float(y + h), c, line))
    mean = sum(w.conf for w in words) / len(words) if words else 0.0
    return OcrResult(words, img.width, img.height, mean)


def _quality(r: OcrResult) -> float:
    """How readable a result is: confident real words count, junk does not."""
    return sum(1 for w in r.words if w.conf >= 60 and len(w.text) >= 3 and w.text[:1].isalpha())


def deskew(img: Image.Image) -> tuple[Image.Image, float]:
    skew = estimate_skew(img)
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    return img, skew


def _ink_share(img: Image.Image) -> float:
    return float((np.asarray(img, dtype=np.uint8) < 128).mean())


def _trial_quality(img: Image.Image, lang: str, timeout_s: float) -> float:
    """Readability of a page at half resolution: a cheap vote between orientations."""
    small = img.resize((img.width // 2, img.height // 2), Image.BILINEAR)
    return _quality(run_tesseract(small, lang, timeout_s))


def recognise_upright(img: Image.Image, lang: str, timeout_s: float) -> tuple[int, float, OcrResult]:
    """Turn the page upright, deskew it and OCR it; return (clockwise rotation, skew, result).

    Portrait pages are read upright first; only when that reads badly do the other
    orientations compete, each tried cheaply at half resolution, and the winner is read in
    full. A landscape scan of a portrait letter starts at OSD's choice of 90/270. Text lines
    are horizontal after the 90/270 turn, so one deskew serves both 180-degree flips."""
    landscape = img.width > img.height * 1.1
    first_axis = (270 if osd_rotation(img) == 270 else 90) if landscape else 0
    base, skew = deskew(rotate_upright(img, first_axis))
    base = clean_for_ocr(base)
    result = run_tesseract(base, lang, timeout_s)
    if result.mean_conf >= GOOD_CONF and _quality(result) >= 15:
        return first_axis, skew, result
    if (not result.words or _ink_share(base) < 0.004) and not landscape:
        return 0, skew, result  # a blank or nearly blank page: nothing to orient
    # compete: the other flip on this axis, and the other axis (deskewed on its own)
    other_axis = (first_axis + 90) % 360
    other, other_skew = deskew(rotate_upright(img, other_axis))
    other = clean_for_ocr(other)
    trials = {
        (first_axis, skew): _quality(result) / 4.0,  # full-resolution score, scaled to a half-res trial
        ((first_axis + 180) % 360, skew): _trial_quality(rotate_upright(base, 180), lang, timeout_s),
        (other_axis, other_skew): _trial_quality(other, lang, timeout_s),
        ((other_axis + 180) % 360, other_skew): _trial_quality(rotate_upright(other, 180), lang, timeout_s),
    }
    (rot, rot_skew), score = max(trials.items(), key=lambda kv: kv[1])
    if rot == first_axis or score <= trials[(first_axis, skew)]:
        return first_axis, skew, result
    page = rotate_upright(base, 180) if rot == (first_axis + 180) % 360 else (
        other if rot == other_axis else rotate_upright(other, 180))
    return rot, rot_skew, run_tesseract(page, lang, timeout_s)


def ocr_page(job: OcrJob) -> Page:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        img = render_pdf_page(job.path, job.index, job.dpi) if job.kind == "pdf" else load_image_frame(job.path, job.index)
    except (OSError, ValueError, EOFError) as e:
        raise CorruptDocument(f"Page {job.index + 1} cannot be decoded; the file is damaged. Re-scan it.") from e
    rotation, skew, result = recognise_upright(ImageOps.autocontrast(flatten_background(img), cutoff=1),
                                               job.lang, job.timeout_s)
    text, words = build_page_text(result.words, result.width, result.height)
    confs = [w.conf for w in words if w.conf is not None]
    return Page(
        number=job.index + 1, text=text, method="ocr",
        confidence=round(sum(confs) / len(confs), 2) if confs else 0.0,
        rotation=rotation, skew=skew, width=result.width, height=result.height, words=words,
    )
