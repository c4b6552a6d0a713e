"""Test inputs made on the fly: short born-digital denial letters (fpdf2), an image-only scan of
one (for the OCR path), and the bad inputs the contract has codes for."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF


@dataclass(frozen=True)
class Letter:
    """What a test letter says; the PHI fields must never reach a log."""

    member_name: str = "Rosalind Quimby-Hartwell"
    member_id: str = "XQZ884512907"
    claim_number: str = "CLM-77310452"
    payer: str = "Bluebonnet Mutual Health Plan"
    letter_date: dt.date = dt.date(2025, 3, 3)
    window_days: int = 180
    serial: int = 0  # makes otherwise equal letters distinct files
    extra: tuple[str, ...] = field(default_factory=tuple)

    @property
    def phi(self) -> list[str]:
        return [self.member_name, self.member_id, self.claim_number]

    def lines(self) -> list[str]:
        return [
            self.payer,
            "Utilization Management Department, PO Box 4410, Austin TX 78701",
            "",
            f"Date: {self.letter_date:%B %d, %Y}",
            f"Member: {self.member_name}",
            f"Member ID: {self.member_id}",
            f"Claim number: {self.claim_number}",
            f"Reference: {self.serial:06d}",
            "",
            "NOTICE OF ADVERSE BENEFIT DETERMINATION",
            "",
            f"Dear {self.member_name},",
            "We reviewed the request for an MRI of the lumbar spine (CPT 72148) for diagnosis M54.16.",
            "The request is denied because it is not medically necessary. Our review used MCG",
            "criteria and found no record of six weeks of conservative therapy.",
            "",
            f"You may appeal within {self.window_days} days of the date of this letter. If your",
            "health is in serious danger you may ask for an expedited appeal; we decide those",
            "within 72 hours. You may also ask for an independent external review.",
            *self.extra,
            "",
            "Sincerely, Appeals Unit",
        ]


def letter_pdf(letter: Letter = Letter()) -> bytes:
    pdf = FPDF(format="letter")
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in letter.lines():
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def write_letter(path: Path, letter: Letter = Letter()) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(letter_pdf(letter))
    return path


def letters(folder: Path, n: int, prefix: str = "letter", start: int = 0) -> list[Path]:
    """``n`` distinct letters ``<prefix>-NNN.pdf`` in ``folder``."""
    return [write_letter(folder / f"{prefix}-{i:03d}.pdf", Letter(serial=i, member_id=f"XQZ{884512907 + i}"))
            for i in range(start, start + n)]


def scanned_pdf(letter: Letter = Letter(), dpi: int = 150) -> bytes:
    """An image-only PDF (no text layer) of the letter: its pages must be OCR'd."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", size=int(dpi * 0.16))
    except OSError:
        font = ImageFont.load_default(size=int(dpi * 0.16))
    y = dpi
    for line in letter.lines():
        draw.text((dpi, y), line, fill=0, font=font)
        y += int(dpi * 0.24)
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi))
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


# --- bad inputs, one per contract code the flows must quarantine -----------------------------
def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def html_as_pdf(path: Path) -> Path:
    path.write_bytes(b"<!DOCTYPE html><html><head><title>Portal</title></head><body>Session expired</body></html>")
    return path


def truncated_pdf(path: Path, letter: Letter = Letter(serial=999)) -> Path:
    data = letter_pdf(letter)
    path.write_bytes(data[: len(data) // 3])
    return path
