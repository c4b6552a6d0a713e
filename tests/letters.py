"""Real test documents made on the fly: born-digital letter PDFs (fpdf2) and their "scans"
(rasterized with pdfium, then skewed/rotated/noised and saved as image-only PDF, TIFF, PNG, JPEG)."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image, ImageFilter

LETTER_PAGES = [
    [
        "Northwind Health Plan",
        "100 Harbor Way, Portland, OR 97201",
        "",
        "March 3, 2025",
        "",
        "RE: Notice of Adverse Benefit Determination",
        "Member ID:   NWX4455667     Claim number:   77120034",
        "Reference #:   PA-2025-118822",
        "",
        "Why did we deny your request?",
        "We reviewed the request for lumbar spine MRI (72148). The request is denied because",
        "it is not medically necessary. The records do not show six weeks of conservative",
        "treatment. This decision was based on Clinical Policy CP-RAD-031.",
    ],
    [
        "Your Right to Appeal",
        "You must file your appeal within 60 days of the date of this letter.",
        "If waiting could seriously harm your health, you may ask for an expedited appeal.",
        "We will decide an expedited appeal within 72 hours.",
        "Your provider may ask us to reconsider the claim within 90 days of the date of this letter.",
    ],
]
EXPECTED = {"deadline": "2025-05-02", "member_id": "NWX4455667", "category": "medical_necessity"}


def letter_pdf(path: Path, pages: list[list[str]] = LETTER_PAGES, *, encrypt: tuple[str, str] | None = None) -> Path:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))  # same bytes, same sha, every time
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    if encrypt:
        owner, user = encrypt
        pdf.set_encryption(owner_password=owner, user_password=user)
    pdf.output(str(path))
    return path


def rasterize(pdf_path: Path, dpi: int = 200) -> list[Image.Image]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [p.render(scale=dpi / 72).to_pil().convert("L") for p in pdf]
    finally:
        pdf.close()


def degrade(img: Image.Image, *, skew: float = 0.0, rotate: int = 0, noise: float = 0.0, blur: float = 0.0,
            shade: float = 0.0, seed: int = 0) -> Image.Image:
    """A "scan": skewed a little, turned by 90/180/270, speckled, blurred; ``shade`` darkens one
    corner like a phone photo taken under a lamp (0.5: the far corner at half brightness)."""
    out = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255) if skew else img
    if shade:
        h, w = out.height, out.width
        yy, xx = np.mgrid[0:h, 0:w]
        light = 1.0 - shade * ((xx / w) ** 2 + (yy / h) ** 2) / 2
        out = Image.fromarray((np.asarray(out, dtype=np.float32) * light).astype(np.uint8))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        rng = np.random.default_rng(seed)
        a = np.asarray(out, dtype=np.int16)
        a = a + rng.normal(0, 255 * noise, a.shape).astype(np.int16)
        speck = rng.random(a.shape) < noise / 20
        a[speck] = 0
        out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rotate:
        out = out.rotate(-rotate, expand=True, fillcolor=255)
    return out


def save_scan(images: list[Image.Image], path: Path, dpi: int = 200) -> Path:
    """Image-only PDF, (multi-page) TIFF, PNG or JPEG by the suffix of ``path``."""
    kind = path.suffix.lower()
    if kind == ".pdf":
        images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    elif kind in (".tif", ".tiff"):
        images[0].save(path, "TIFF", dpi=(dpi, dpi), save_all=True, append_images=images[1:], compression="tiff_deflate")
    elif kind == ".png":
        images[0].save(path, "PNG", dpi=(dpi, dpi))
    else:
        images[0].save(path, "JPEG", quality=85, dpi=(dpi, dpi))
    return path


def blank_scan(path: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    img = Image.new("L", (1700, 2200), 250)
    px = img.load()
    for _ in range(300):  # a few specks, no text
        px[rng.randrange(1700), rng.randrange(2200)] = 90
    return save_scan([img], path)
