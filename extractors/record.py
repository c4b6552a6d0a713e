"""Assemble a CaseRecord from one document's page text: run each field family's extractor,
attach evidence (page + span) and confidence to every value, decide needs_review."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractors import EXTRACTOR_VERSION
from extractors import appeal as appeal_x
from extractors import codes as codes_x
from extractors import doctype as doctype_x
from extractors import expedited as expedited_x
from extractors import header as header_x
from extractors import reason as reason_x
from extractors import review_type as review_type_x
from extractors import rights as rights_x
from extractors.dates import find_dates
from extractors.found import Found
from extractors.guidelines import find_guidelines
from extractors.keyvalues import first, key_values
from extractors.letter import Letter, build_letter
from extractors.missing_docs import find_missing
from extractors.nlp import CUE_GROUPS, Cue, cueset, nlp
from extractors.sections import boilerplate_sentences, find_sections, looks_like_heading, sentence_zone
from extractors.trust import review_reasons
from models import (Appeal, CaseRecord, DenialReason, Evidence, Expedited, ExternalReview, Guideline, Member,
                    PeerToPeer, Provider, Service, Source)
from models.pages import DocumentText

DEFAULT_PAGE_CONF = 70.0
DENIALS = ("denial", "partial_denial")
_CONDITIONAL = re.compile(r"\s*(?:[A-Z][\w ]{0,30}:\s*)?(?:if|in the event|should|whenever|when)\b", re.I)  # "Appeals: If we deny"
_NEGATED_DENIAL = re.compile(r"(?:\bnot|\bnever|\b(?:may|could|might|will|would) (?:result in|lead to))\s(?:an?\s)?(?:[\w-]+\s)?\(?$", re.I)
_HYPOTHETICAL_APPROVAL = re.compile(r"\b(?:may|can|could|would|might)\s(?:only\s|still\s|also\s)?be\s$", re.I)
_AGENT = re.compile(r"\s(?:representative|agent|person|individual|party|signer)\b", re.I)
_ZERO_AMOUNT = re.compile(r"[:\s]{0,3}\$?0\.00\b")
_RECOUNTED = re.compile(r"\b(?:we sent you|that (?:notice|letter) (?:said|stated)|(?:our|the) (?:earlier|previous|prior)\s"
                        r"(?:notice|letter|decision|denial|determination))\b", re.I)


@dataclass
class Context:
    """Everything the field extractors share for one letter."""

    letter: Letter
    sentences: list  # (spaCy Span, zone)
    starts: list[int]
    unused_codes: frozenset = frozenset()  # sentence starts of legend entries for codes the claim does not carry

    def zone_of(self, offset: int) -> str:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.sentences[i][1] if i >= 0 else "header"

    def sentence_text(self, offset: int) -> str:
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.sentences[i][0].text if i >= 0 else ""

    def words_in_sentence(self, offset: int) -> int:
        return len(self.sentence_text(offset).split())


def _legend_zones(letter: Letter, sents: list) -> tuple[list, frozenset]:
    """A code legend's entries for codes the claim does not carry say nothing about it (page
    furniture); the payer's own remark codes that it does carry explain its lines (the reason).
    Also returns the starts of the sentences set aside (their codes are still read)."""
    spans = [(letter.lines[i].start, letter.lines[i].end, used, standard)
             for i, used, standard in codes_x.legend_entries(letter)]
    out, unused = [], set()
    for s, zone in sents:
        e = next((e for e in spans if e[0] <= s.start_char < e[1]), None)
        if e is not None and zone not in ("boilerplate", "furniture"):
            if not e[2]:
                zone = "furniture"
                unused.add(s.start_char)
            elif not e[3] and zone == "codes":
                zone = "reason"
        out.append((s, zone))
    return out, frozenset(unused)


def _states_no_decision(text: str, c: Cue) -> bool:
    """Decision words of a decision the letter does not make: "(not denied)", "is not an adverse
    benefit determination", "may result in a denial"; "an exception may be approved if ...",
    "your authorized representative"."""
    before = text[max(0, c.start - 30):c.start]
    if c.rule in ("dt-denied", "dt-adverse"):
        return bool(_NEGATED_DENIAL.search(before))
    if c.rule == "dt-approved":
        return bool(_HYPOTHETICAL_APPROVAL.search(before) or _AGENT.match(text, c.end))
    return False


def _context(doc: DocumentText) -> tuple[Context, object, object]:
    letter = build_letter(doc)
    spacy_doc = nlp()(letter.text)
    sections = find_sections(letter)
    boiler = boilerplate_sentences(spacy_doc)
    sents = [(s, sentence_zone(s, sections, boiler)) for s in spacy_doc.sents if s.text.strip()]
    sents, unused = _legend_zones(letter, sents)
    content = []  # runs of consecutive sentences outside boilerplate and page furniture
    for s, zone in sents:
        if zone in ("boilerplate", "furniture"):
            continue
        if content and content[-1].end >= s.start - 1:
            content[-1] = spacy_doc[content[-1].start:s.end]
        else:
            content.append(s)
    for name in CUE_GROUPS["content"]:  # match the content cues once, outside boilerplate
        cueset(name)(spacy_doc, content)
    return Context(letter, sents, [s.start_char for s, _ in sents], unused), spacy_doc, sections


class Recorder:
    """Collects evidence and confidence as fields are set."""

    def __init__(self, letter: Letter):
        self.letter = letter
        self.evidence: dict[str, Evidence] = {}
        self.confidence: dict[str, float] = {}

    def note(self, path: str, f: Found | None, conf: float | None = None):
        if f is None:
            return None
        if f.end > f.start:
            page, s, e, text = self.letter.locate(f.start, f.end)
            self.evidence[path] = Evidence(page=page, start=s, end=e, text=text, rule=f.rule)
        self.confidence[path] = round(conf if conf is not None else f.confidence, 3)
        return f.value


def _is_title(ctx: Context, sections) -> callable:
    def is_title(offset: int) -> bool:
        ln = ctx.letter.line_at(offset)
        if ln is None or ln.page != 1:
            return False
        t = ctx.letter.text[ln.start:ln.end]
        return sections.is_heading(offset) or (looks_like_heading(t) and ctx.zone_of(offset) == "header"
                                               and not re.search(r"\d", t))
    return is_title


def _citation_spans(text: str, cited: list[Found]) -> list[tuple[int, int]]:
    """Where each citation's name stands: from a few words before the match to its end
    ("Step Therapy Criteria RX-ST-375", "2026 Preferred Drug List")."""
    spans = []
    for g in cited:
        start = g.start
        for _ in range(4):  # the name's leading words ("Step Therapy Criteria")
            prev = text.rfind(" ", 0, start - 1)
            if prev < 0 or not text[prev + 1:start].strip()[:1].isupper():
                break
            start = prev + 1
        spans.append((start, g.end))
    return spans


def _implied_denial(ctx: Context, spacy_doc, carcs) -> doctype_x.DocTypeResult | None:
    """No sentence says approved or denied, but the letter gives a reason and the member's
    appeal rights (a claim notice with "Approved? No"): a denial, held for review."""
    rr = reason_x.classify(ctx.sentences, cueset("reasons.jsonl")(spacy_doc), carcs)
    windows = [w for w in appeal_x.find_windows(ctx.letter.text, ctx.sentences) if w.member]
    if rr.category is None or rr.category.confidence < 0.6 or not windows:
        return None
    f = rr.category
    return doctype_x.DocTypeResult(Found("denial", f.start, f.end, 0.6, "dt-implied-by-reason-and-appeal-rights"),
                                   {"denial": 0.0}, uncertain=True)


_OF_DECISION_DATE = re.compile(r"\b(?:decision|determination) date\b", re.I)


def _decision_date(letter: Letter, kvs) -> "dt.date | None":
    """A "Decision Date:" printed in the header apart from the letter's own date."""
    for kv in kvs:
        if re.fullmatch(r"\W*(?:decision|determination) date\W*", kv.label, re.I):
            hits = find_dates(letter.text, kv.start, kv.end)
            if hits:
                return hits[0].value
    return None


def build_record(doc: DocumentText, page_conf_threshold: float = DEFAULT_PAGE_CONF) -> CaseRecord:
    ctx, spacy_doc, sections = _context(doc)
    letter, sents, zone_of = ctx.letter, ctx.sentences, ctx.zone_of
    rec = Recorder(letter)
    kvs = key_values(letter)
    tabs = codes_x.tables(letter)
    # codes are read wherever they are printed, a code key's unused entries too
    boiler_offsets = {s.start_char for s, z in sents if z in ("boilerplate", "furniture")} - ctx.unused_codes

    # --- who / what ------------------------------------------------------------------------
    letter_date = rec.note("letter_date", header_x.letter_date(letter, kvs))
    payer = rec.note("payer", header_x.payer(letter, kvs))
    member_name = rec.note("member.name", header_x.member_name(letter, kvs))
    member_id = rec.note("member.member_id", header_x.id_field(letter, kvs, "member_id"))
    claim = rec.note("claim_number", header_x.id_field(letter, kvs, "claim_number"))
    auth = rec.note("authorization_number", header_x.id_field(letter, kvs, "authorization_number"))
    prov_name, prov_npi = header_x.provider(letter, kvs)
    provider = Provider(name=rec.note("provider.name", prov_name), npi=rec.note("provider.npi", prov_npi))
    carcs = codes_x.carc_codes(letter, boiler_offsets, tabs)
    proc = codes_x.procedure_codes(letter, kvs, tabs, boiler_offsets)
    diag = codes_x.diagnosis_codes(letter, kvs, tabs)
    for i, f in enumerate(proc):
        rec.note(f"service.procedure_codes[{i}]", f)
    for i, f in enumerate(diag):
        rec.note(f"service.diagnosis_codes[{i}]", f)
    for i, f in enumerate(carcs):
        rec.note(f"carc_codes[{i}]", f)
    dos = rec.note("service.date_of_service", header_x.date_of_service(letter, kvs, codes_x.table_dates(letter, tabs)))
    description = rec.note("service.description", header_x.service_description(letter, kvs))

    # --- what kind of letter -------------------------------------------------------------------
    carc_denial = next((f for f in carcs if f.value.split("-")[1] in reason_x.carc_categories()), None)
    header_rows = [letter.lines[t.header_line] for t in tabs]  # column names ("Approved?") are not statements
    dt_cues = [c for c in cueset("doctype.jsonl")(spacy_doc)
               if not any(h.start <= c.start < h.end for h in header_rows)
               and not (c.rule == "dt-approved" and ctx.words_in_sentence(c.start) < 4)]  # "Approved?" cells
    # "If any part of a request is denied, you may appeal ..." states no decision; "Amounts not
    # covered: $0.00" neither; "On May 2 we sent you a notice of adverse determination" recounts one
    dt_cues = [c for c in dt_cues if not _ZERO_AMOUNT.match(letter.text, c.end) and not _states_no_decision(letter.text, c)]
    dt_cues = [Cue(c.label, c.rule, c.weight * 0.2, c.start, c.end)
               if _CONDITIONAL.match(ctx.sentence_text(c.start)) or
               (c.label == "denial" and _RECOUNTED.search(ctx.sentence_text(c.start))) else c for c in dt_cues]
    payments = codes_x.line_payments(letter, tabs)
    denial_said = any(c.label == "denial" and doctype_x.ZONE_WEIGHT.get(zone_of(c.start), 1.0) >= 0.7 for c in dt_cues)
    mixed = (codes_x.mixed_service_lines(letter, tabs, reason_x.carc_categories())
             or doctype_x.mixed_status_lines(letter, zone_of)
             or (payments[1] if payments and payments[0] == "mixed" and (carc_denial is not None or denial_said) else None))
    unpaid = payments[1] if payments and payments[0] == "none_paid" else None  # no line of the claim was paid
    dt_res = doctype_x.classify(dt_cues, zone_of, _is_title(ctx, sections), carc_denial or unpaid, mixed,
                                payments[1] if payments and payments[0] == "all_paid" else None)
    if dt_res is None:
        dt_res = _implied_denial(ctx, spacy_doc, carcs)
    document_type = rec.note("document_type", dt_res.found) if dt_res else None
    demand = document_type == "other" and dt_res.found.rule in doctype_x.DEMANDS  # an overpayment / refund request
    rt = review_type_x.classify(cueset("review_type.jsonl")(spacy_doc), zone_of, claim is not None, bool(carcs),
                                served_before_letter=bool(dos and letter_date and dos < letter_date))
    # a pend or acknowledgment letter is about a request still under review; a bill or statement has none
    review_type = rec.note("review_type", rt) if document_type != "other" or demand or (
        rt is not None and rt.value != "post_service") else None

    # --- why, and on what basis ---------------------------------------------------------------
    category = reason_text = None
    reason_uncertain = False
    guidelines: list[Guideline] = []
    missing: list[str] = []
    if document_type in DENIALS + ("approval",):  # the criteria an approval rests on are cited too
        cited = find_guidelines(letter.text, sents, zone_of)
        for i, g in enumerate(cited):
            rec.note(f"guidelines[{i}]", g)
            guidelines.append(Guideline(**g.value))
    if document_type in DENIALS:
        reason_cues = [c if not sections.is_heading(c.start) else  # "MISSING INFORMATION" names a section
                       Cue(c.label, c.rule, c.weight * 0.3, c.start, c.end)
                       for c in cueset("reasons.jsonl")(spacy_doc)]
        rr = reason_x.classify(sents, reason_cues, carcs, _citation_spans(letter.text, cited))
        category = rec.note("denial_reason.category", rr.category)
        reason_text = rec.note("denial_reason.text", rr.text)
        reason_uncertain = rr.uncertain
        for i, m in enumerate(find_missing(letter, zone_of)):
            missing.append(rec.note(f"missing_documentation[{i}]", m))

    # --- what to act on -----------------------------------------------------------------------
    kv_deadline = None
    kv = first(kvs, "appeal_deadline")
    if kv is not None:
        hits = find_dates(letter.text, kv.start, kv.end)
        if hits:
            kv_deadline = (hits[0].value, hits[0].start, hits[0].end)
    windows = appeal_x.find_windows(letter.text, sents, kv_deadline)
    pres = appeal_x.presumption_days(letter.text)
    presumed, final = (pres[0] if pres else None), appeal_x.is_final_decision(letter.text)
    choice = appeal_x.choose(windows, letter_date, dos, presumed, final_decision=final)
    decided = _decision_date(letter, kvs)
    if (choice.window is not None and decided is not None and decided != letter_date
            and _OF_DECISION_DATE.search(letter.text, choice.window.start, choice.window.end + 6)):
        # "within 180 days of the Decision Date shown above": that date, not the letter's
        choice = appeal_x.choose(windows, decided, dos, presumed, final_decision=final)
    appeal = Appeal()
    deadline_problem = None
    # an approval or other notice has nothing to appeal: its appeal-rights text is generic
    # -- except a demand against the reader (an overpayment / refund request): not a coverage
    # determination, but its dispute window and the services' being already received still hold
    no_determination_against = document_type in ("approval", "other") and not demand
    if choice.window is not None and not no_determination_against:
        w, d = choice.window, choice.result
        found = Found(d.deadline, w.start, w.end, choice.confidence, w.rule)
        appeal = Appeal(deadline=d.deadline, window_days=d.window_days, counted_from=d.counted_from,
                        text=re.sub(r"\s+", " ", letter.text[w.sentence[0]:w.sentence[1]]).strip(),
                        computation=d.computation)
        rec.note("appeal.deadline", found)
        rec.note("appeal.text", Found(appeal.text, w.sentence[0], w.sentence[1], choice.confidence, w.rule))
        deadline_problem = d.problem
    # a silent letter is "no expedited appeal" only when it surely concerns services already received
    sure_post = review_type == "post_service" and rt is not None and rt.confidence >= 0.7
    ex = expedited_x.find_expedited(letter.text, sents, "post_service" if sure_post and (document_type in DENIALS or demand)
                                    else (review_type if review_type != "post_service" else None))
    expedited = Expedited()
    # an approval, acknowledgment or other notice counts only when it refuses expedited handling in
    # so many words ("your request for a fast appeal was not accepted"); its offers are about other
    # requests (or the decision already made fast)
    explicit = ex.eligible is not None and ex.eligible.end > ex.eligible.start and ex.eligible.value is False
    if ex.eligible is not None and (not no_determination_against or explicit):
        f = ex.eligible
        if f.end <= f.start and rt is not None:  # silent post-service letter: cite what made it post-service
            f = Found(f.value, rt.start, rt.end, f.confidence, f.rule)
        expedited = Expedited(eligible=rec.note("expedited.eligible", f),
                              decision_hours=rec.note("expedited.decision_hours", ex.hours), text=ex.text)
    er, er_text = rights_x.external_review(sents)
    p2p, p2p_text = rights_x.peer_to_peer(sents)
    external = ExternalReview(available=rec.note("external_review.available", er), text=er_text)
    peer = PeerToPeer(offered=rec.note("peer_to_peer.offered", p2p), text=p2p_text)

    reasons = review_reasons(
        doc=doc, document_type=document_type, doctype_uncertain=bool(dt_res and dt_res.uncertain),
        category=category, category_uncertain=reason_uncertain, deadline=appeal.deadline,
        deadline_problem=deadline_problem, deadline_conflict=choice.conflicting,
        window_found=choice.window is not None, expedited_conflict=ex.conflicting and document_type in DENIALS,
        letter_date=letter_date, evidence=rec.evidence, page_conf_threshold=page_conf_threshold,
        letter_date_confidence=rec.confidence.get("letter_date", 0.0), counted_from=appeal.counted_from,
        date_of_service=dos)
    needs_review = bool(reasons)
    return CaseRecord(
        record_id=doc.sha256,
        source=Source(filename=doc.filename, sha256=doc.sha256, pages=len(doc.pages),
                      page_methods=[p.method for p in doc.pages], ocr_mean_confidence=doc.ocr_mean_confidence),
        status="needs_review" if needs_review else "extracted",
        document_type=document_type,
        letter_date=letter_date,
        payer=payer,
        member=Member(name=member_name, member_id=member_id),
        provider=provider,
        claim_number=claim,
        authorization_number=auth,
        service=Service(description=description, procedure_codes=[f.value for f in proc],
                        diagnosis_codes=[f.value for f in diag], date_of_service=dos),
        review_type=review_type,
        denial_reason=DenialReason(category=category, text=reason_text),
        guidelines=guidelines,
        missing_documentation=missing,
        carc_codes=[f.value for f in carcs],
        appeal=appeal,
        expedited=expedited,
        external_review=external,
        peer_to_peer=peer,
        evidence=rec.evidence,
        confidence=rec.confidence,
        needs_review=needs_review,
        review_reasons=reasons,
        extractor_version=EXTRACTOR_VERSION,
    )
