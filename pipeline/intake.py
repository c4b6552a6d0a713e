"""Intake: sniff the file type from its bytes (never the extension), hash it, enforce limits,
and count pages. Every problem becomes a DenialsError subclass with a message a person can act on."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from denials.config import Settings
from models.errors import CorruptDocument, EmptyFile, EncryptedDocument, NotADocument, TooLarge

Kind = Literal["pdf", "png", "jpeg", "tiff"]

_MAGIC: list[tuple[bytes, Kind]] = [
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
]


@dataclass(frozen=True)
class Intake:
    path: Path
    filename: str
    sha256: str
    size: int
    kind: Kind
    pages: int


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sniff_kind(head: bytes) -> Kind | None:
    """The document type from the first bytes; PDFs may carry junk before ``%PDF-`` (spec allows 1 KiB)."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _describe_non_document(head: bytes) -> str:
    sample = head[:512].lstrip().lower()
    if sample.startswith((b"<!doctype html", b"<html")) or b"<html" in sample:
        return "an HTML page"
    if sample.startswith(b"<?xml") or sample.startswith(b"<"):
        return "an XML/markup file"
    if sample.startswith(b"pk\x03\x04"):
        return "a ZIP/Office file"
    try:
        sample.decode("utf-8")
        return "a plain-text file"
    except UnicodeDecodeError:
        return "an unrecognised binary file"


def count_pdf_pages(path: Path) -> int:
    """Open with pdfium (empty user password, so owner-password-only PDFs open) and count pages."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise EncryptedDocument(
                "The PDF is password-protected and cannot be opened without the password. "
                "Ask the sender for an unprotected copy (or remove the password) and drop it in again."
            ) from e
        raise CorruptDocument(
            "The PDF is damaged and cannot be opened (truncated or malformed). "
            "Re-download or re-scan the letter and drop it in again."
        ) from e
    try:
        n = len(pdf)
    finally:
        pdf.close()
    if n == 0:
        raise CorruptDocument("The PDF has no pages. Re-download or re-scan the letter and drop it in again.")
    return n


def count_image_frames(path: Path) -> int:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as im:
            n = getattr(im, "n_frames", 1)
            for i in range(n):  # decode every frame: a truncated image fails here, not mid-OCR
                im.seek(i)
                im.load()
            return n
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as e:
        raise CorruptDocument(
            "The image file is damaged or truncated and cannot be decoded. Re-scan or re-export it and drop it in again."
        ) from e


def intake(path: Path, settings: Settings, sha256: str | None = None) -> Intake:
    """Check one file; ``sha256`` may be passed when the caller already hashed it."""
    path = Path(path)
    size = path.stat().st_size
    sha = sha256 or sha256_file(path)
    if size == 0:
        raise EmptyFile("The file is empty (0 bytes); it was probably not copied completely. Copy it again.")
    if size > settings.max_file_bytes:
        raise TooLarge(
            f"The file is {size / 1048576:.1f} MB, over the {settings.max_file_mb:g} MB limit "
            "(DENIALS_MAX_FILE_MB). Split it into single letters or raise the limit."
        )
    with open(path, "rb") as f:
        head = f.read(2048)
    kind = sniff_kind(head)
    if kind is None:
        raise NotADocument(
            f"The file is {_describe_non_document(head)}, not a PDF or image, whatever its name says. "
            "Save the letter itself as PDF (or scan it) and drop that in."
        )
    pages = count_pdf_pages(path) if kind == "pdf" else count_image_frames(path)
    if pages > settings.max_pages:
        raise TooLarge(
            f"The document has {pages} pages, over the {settings.max_pages}-page limit (DENIALS_MAX_PAGES). "
            "Split it into single letters or raise the limit."
        )
    return Intake(path=path, filename=path.name, sha256=sha, size=size, kind=kind, pages=pages)
