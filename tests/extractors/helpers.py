"""Build a DocumentText from plain page texts, to test extractors on real letter sentences."""
import hashlib

from extractors.record import build_record
from models.pages import DocumentText, Page


def doc(*pages: str, method: str = "text", confidence: float | None = None) -> DocumentText:
    text = "\n\f\n".join(pages)
    return DocumentText(
        filename="letter.pdf", sha256=hashlib.sha256(text.encode()).hexdigest(), kind="pdf",
        pages=[Page(number=i, text=t, method=method, confidence=confidence) for i, t in enumerate(pages, start=1)])


def record(*pages: str, **kw):
    return build_record(doc(*pages, **kw))


HEAD = """Evergreen Community Health Plan
PO Box 4411, Tacoma, WA 98401

{date}

RE: Notice of Adverse Benefit Determination
Member ID:   EVG2203344   Reference #:   UM-88120
"""


def letter(body: str, date: str = "January 15, 2025") -> str:
    return HEAD.format(date=date) + "\n" + body
