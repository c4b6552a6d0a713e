"""needs_review and review_reasons, by the contract's rule: flag what is really doubtful.

A denial needs review when its type is uncertain, it has no reason category or an uncertain
one, no computable appeal deadline, conflicting deadlines or expedited statements, or a key
field whose evidence rests on poorly recognised OCR text. A letter that cites no guideline or
says nothing about expedited appeals is not doubtful for that alone."""
from __future__ import annotations

import datetime as dt

from models.case_record import Evidence
from models.pages import DocumentText

KEY_FIELDS = ("document_type", "denial_reason.category", "appeal.deadline", "expedited.eligible")
LOW_WORD_CONF = 75.0  # a key field's evidence words below this mean confidence are doubtful
LOW_DIGIT_CONF = 80.0  # ... and any digit-bearing word (dates, day counts) below this


def evidence_ocr_confidence(doc: DocumentText, ev: Evidence) -> tuple[float, float] | None:
    """(mean, min over digit words) OCR confidence of the words under ``ev``; None for text pages."""
    page = doc.pages[ev.page - 1]
    if page.method != "ocr":
        return None
    words = [w for w in page.words if w.end > ev.start and w.start < ev.end and w.conf is not None]
    if not words:
        return None
    mean = sum(w.conf for w in words) / len(words)
    digits = [w.conf for w in words if any(ch.isdigit() for ch in w.text)]
    return mean, (min(digits) if digits else 100.0)


def review_reasons(*, doc: DocumentText, document_type: str | None, doctype_uncertain: bool,
                   category: str | None, category_uncertain: bool, deadline: dt.date | None,
                   deadline_problem: str | None, deadline_conflict: bool, window_found: bool,
                   expedited_conflict: bool, letter_date: dt.date | None, evidence: dict[str, Evidence],
                   page_conf_threshold: float, letter_date_confidence: float = 1.0,
                   counted_from: str | None = None, date_of_service: dt.date | None = None) -> list[str]:
    reasons: list[str] = []
    if document_type is None or doctype_uncertain:
        reasons.append("document_type_uncertain")
    if document_type in ("denial", "partial_denial"):
        if category is None:
            reasons.append("no_reason_category")
        elif category_uncertain:
            reasons.append("reason_category_uncertain")
        if deadline is None:
            reasons.append(deadline_problem or ("no_appeal_window" if not window_found else "appeal_deadline_not_computable"))
        elif deadline_problem:
            reasons.append(deadline_problem)
        if deadline_conflict:
            reasons.append("conflicting_deadlines")
        if expedited_conflict:
            reasons.append("conflicting_expedited")
        if deadline is not None and counted_from in ("letter_date", "receipt") and letter_date_confidence < 0.85:
            reasons.append("letter_date_uncertain")
        if letter_date is not None and date_of_service is not None and letter_date < date_of_service:
            reasons.append("letter_date_before_service")
        if deadline is not None and letter_date is not None:
            if deadline < letter_date:
                reasons.append("deadline_before_letter_date")
            elif (deadline - letter_date).days > 550:
                reasons.append("deadline_implausibly_far")
        fields = KEY_FIELDS + ("letter_date",) + tuple(k for k in evidence if k.startswith("guidelines["))
    else:
        fields = ("document_type",)
    for field in fields:
        ev = evidence.get(field)
        if ev is None:
            continue
        conf = evidence_ocr_confidence(doc, ev)
        page = doc.pages[ev.page - 1]
        page_low = page.method == "ocr" and (page.confidence or 0) < page_conf_threshold
        if (conf is not None and (conf[0] < LOW_WORD_CONF or conf[1] < LOW_DIGIT_CONF)) or page_low:
            reasons.append(f"low_ocr_confidence:{field}")
    # the contract's example code, once, whenever some key field rests on poor OCR
    if any(r.startswith("low_ocr_confidence:") for r in reasons):
        reasons.insert(0, "low_ocr_confidence")
    return list(dict.fromkeys(reasons))
