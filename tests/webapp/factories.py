"""Hand-built cases for the review app: a real one-page letter PDF (fpdf2) whose text layer, word
boxes and evidence offsets agree, wrapped in a ProcessedDocument the store can save."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from fpdf import FPDF

from models import CaseRecord, DocumentText, ErrorCode, Page, ProcessedDocument, Word

TODAY = dt.date(2025, 6, 2)  # the app's "today" in these tests
PAGE_W, PAGE_H = 612.0, 792.0  # US letter, points
LEFT, TOP, LEADING, SIZE = 72.0, 90.0, 20.0, 11


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _latin1(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def letter_pdf(lines: list[str]) -> tuple[bytes, Page]:
    """A one-page PDF of ``lines`` and its Page (text, word boxes as page fractions, offsets)."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc))  # same bytes (same sha) every build
    pdf.set_compression(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=SIZE)
    words: list[Word] = []
    text_parts: list[str] = []
    offset = 0
    for i, line in enumerate(lines):
        line = _latin1(line)
        baseline = TOP + i * LEADING
        pdf.text(LEFT, baseline, line)
        pos = 0
        for token in line.split():
            start = line.index(token, pos)
            pos = start + len(token)
            x0 = LEFT + pdf.get_string_width(line[:start])
            x1 = x0 + pdf.get_string_width(token)
            words.append(Word(text=token, start=offset + start, end=offset + pos, x0=x0 / PAGE_W,
                              y0=(baseline - SIZE * 0.8) / PAGE_H, x1=x1 / PAGE_W, y1=(baseline + SIZE * 0.25) / PAGE_H))
        text_parts.append(line)
        offset += len(line) + 1
    content = bytes(pdf.output())
    page = Page(number=1, text="\n".join(text_parts), method="text", width=PAGE_W, height=PAGE_H, words=words)
    return content, page


def span(page: Page, phrase: str) -> dict:
    start = page.text.index(phrase)
    return {"page": page.number, "start": start, "end": start + len(phrase), "text": phrase}


@dataclass
class Letter:
    claim: str | None = "CLM-1001"
    auth: str | None = None
    payer: str | None = "Acme Health Plan"
    member_name: str = "Pat Example"
    member_id: str = "XJK123456789"
    deadline: dt.date | None = dt.date(2025, 6, 7)
    expedited: bool | None = True
    category: str | None = "medical_necessity"
    reason_text: str = "The requested MRI is not medically necessary."
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    letter_date: dt.date = dt.date(2025, 5, 8)
    filename: str = "letter.pdf"
    extra_line: str = ""

    def lines(self) -> list[str]:
        out = [self.payer or "Health plan", "Notice of Adverse Benefit Determination",
               f"Date: {self.letter_date:%B %d, %Y}", f"Member: {self.member_name}  Member ID: {self.member_id}"]
        if self.claim:
            out.append(f"Claim number: {self.claim}")
        if self.auth:
            out.append(f"Authorization: {self.auth}")
        out += [self.reason_text, "You may appeal within 30 days of the date of this letter.",
                "You may ask for an expedited appeal; we decide within 72 hours."]
        if self.extra_line:
            out.append(self.extra_line)
        return out


def build(letter: Letter) -> tuple[ProcessedDocument, bytes]:
    content, page = letter_pdf(letter.lines())
    record_id = sha(content)
    evidence = {"appeal.deadline": span(page, "within 30 days of the date of this letter"),
                "expedited.eligible": span(page, "expedited appeal"),
                "denial_reason.category": span(page, letter.reason_text)}
    if letter.claim:
        evidence["claim_number"] = span(page, letter.claim)
    if letter.payer:
        evidence["payer"] = span(page, page.text.split("\n", 1)[0])
    data = {
        "record_id": record_id,
        "source": {"filename": letter.filename, "sha256": record_id, "pages": 1, "page_methods": ["text"]},
        "status": "needs_review" if letter.needs_review else "extracted",
        "document_type": "denial",
        "letter_date": letter.letter_date.isoformat(),
        "payer": letter.payer,
        "member": {"name": letter.member_name, "member_id": letter.member_id},
        "provider": {"name": "Dr. A. Sample", "npi": "1234567893"},
        "claim_number": letter.claim,
        "authorization_number": letter.auth,
        "service": {"description": "MRI lumbar spine", "procedure_codes": ["72148"], "diagnosis_codes": ["M54.16"]},
        "review_type": "pre_service",
        "denial_reason": {"category": letter.category, "text": letter.reason_text},
        "guidelines": [{"source": "LCD", "identifier": "L33718", "title": None, "text": None}],
        "appeal": {"deadline": letter.deadline.isoformat() if letter.deadline else None,
                   "window_days": 30, "counted_from": "letter_date",
                   "text": "You may appeal within 30 days of the date of this letter.",
                   "computation": "letter_date + 30 days"},
        "expedited": {"eligible": letter.expedited, "decision_hours": 72, "text": "expedited appeal"},
        "evidence": evidence,
        "confidence": {"appeal.deadline": 0.93, "expedited.eligible": 0.81, "denial_reason.category": 0.55},
        "needs_review": letter.needs_review,
        "review_reasons": list(letter.review_reasons),
        "extractor_version": "test-1",
    }
    record = CaseRecord.model_validate(data)
    text = DocumentText(filename=letter.filename, sha256=record_id, kind="pdf", pages=[page])
    return ProcessedDocument(record=record, text=text), content


def failed(content: bytes = b"%PDF-1.4 broken", filename: str = "broken.pdf") -> ProcessedDocument:
    return ProcessedDocument(record=CaseRecord.failed(filename=filename, sha256=sha(content), code=ErrorCode.corrupt,
                                                      message="The file is damaged; ask the sender for a new copy."))
