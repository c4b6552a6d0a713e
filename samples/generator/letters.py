"""One letter: sample the case, lay out its sections, and build the label from the same facts."""
from __future__ import annotations

from dataclasses import dataclass
from random import Random

from . import dates, entities
from .blocks import Document, PageStyle
from .case import Case, sample_case
from .sections import SECTIONS, Ctx, Record
from .vocab import Vocab, pick, weighted

PLAN_DOCS = ["Certificate of Coverage", "Evidence of Coverage", "Summary Plan Description", "Member Handbook",
             "Policy", "Plan Document"]


@dataclass
class Letter:
    case: Case
    document: Document
    record: Record


def pick_families(seed: int, n: int, vocab: Vocab) -> list[str]:
    """Families for letters 1..n: every family once (shuffled), then by weight. A prefix of the
    list for a given seed never depends on n."""
    rng = Random(f"families:{seed}")
    fams = vocab.families["families"]
    first = sorted(fams)
    rng.shuffle(first)
    weights = {k: v["weight"] for k, v in fams.items()}
    out = first[:n]
    while len(out) < n:
        out.append(weighted(rng, weights))
    return out


def _template_vars(rng: Random, vocab: Vocab, case: Case) -> dict:
    c, e, s = case, case.extras, case.service
    fmt = case.fmt
    step = s.get("step", [])
    details = s.get("details", [])
    first_denied = next((ln for ln in c.lines if ln.status == "denied"), None)
    city = pick(rng, vocab.names["cities"])
    v = {
        "service": c.extras.get("denied_desc", c.service_desc), "drug": s.get("name", c.service_desc),
        "step_drugs": " and ".join(step) if len(step) < 3 else ", ".join(step[:-1]) + ", and " + step[-1],
        "step_first": step[0] if step else "", "trial": s.get("trial", ""), "qty": s.get("qty", ""),
        "plan": c.plan or "", "payer": c.payer or "", "provider": c.provider or "",
        "provider_last": c.provider_person.last, "facility": c.facility,
        "detail": pick(rng, details) if details else "", "specialty": s.get("specialty", "medical"),
        "code": first_denied.code if first_denied else (c.codes[0] if c.codes else ""),
        "dx": c.dx[0] if c.dx else "", "dx_desc": c.dx_desc, "dos": fmt(c.dos), "req_date": fmt(c.req_date),
        "term_date": fmt(e["term_date"]), "eff_date": fmt(e["eff_date"]), "limit": str(e["limit"]),
        "limit_unit": e["limit_unit"], "period": e["period"], "frequency": s.get("frequency", "once per year"),
        "tf_days": str(e["tf_days"]), "orig_claim": e["orig_claim"], "lower_level": s.get("lower_level", "lower level of care"),
        "setting": s.get("setting", ""), "plan_doc": pick(rng, PLAN_DOCS), "member": c.member,
        "member_first": c.member_person.first, "phone": c.phone, "fax": c.fax, "state": city[1],
        "appeal_address": entities.po_box(rng, vocab), "valid_from": fmt(e["valid_from"]), "valid_to": fmt(e["valid_to"]),
        "approved_desc": e.get("approved_desc", ""), "letter_date": fmt(c.letter_date),
        "planned_date": fmt(e["planned"]),
        "admit_date": fmt(e.get("admit_date")), "last_covered": fmt(e.get("last_covered")),
        "first_denied": fmt(e.get("first_denied")), "account": entities.ident(rng, vocab, "account", 2025),
        "respond_by": fmt(e["respond_by"]), "appeal_received": fmt(e["appeal_received"]),
        "doctor": c.reviewer_doctor, "_kv_nocolon": rng.random() < 0.3,
    }
    for key in ("service", "drug", "facility"):
        v[key[0].upper() + key[1:]] = v[key][:1].upper() + v[key][1:]
    return v


def _page_style(rng: Random, vocab: Vocab, case: Case, rec: Record) -> PageStyle:
    st = PageStyle(
        font=weighted(rng, {"Helvetica": 5, "Times": 4, "Courier": 1}),
        size=rng.choice([9.5, 10, 10.5, 11]),
        margin=rng.choice([14.0, 16.0, 18.0, 20.0]),
        heading_style=weighted(rng, {"bold": 5, "caps": 2, "underline": 1, "shaded": 2}),
        footer_page=weighted(rng, {"Page {p} of {n}": 5, "Page {p}": 2, "{p}/{n}": 1, "": 1}),
        repeat_letterhead=rng.random() < 0.3,
    )
    if st.font == "Courier":
        st.size = min(st.size, 10)
    if not st.repeat_letterhead and rng.random() < 0.5:
        ref = case.auth_number or case.claim_number or case.member_id
        st.running_header = f"{case.member} | {ref}"
    footer = case.spec.get("form_footer")
    if case.date_position == "footer":
        label = pick(rng, ["Notice date:", "Date of notice:", "Letter date:", "Mailed:"])
        footer = f"{label} {case.fmt(case.letter_date)}" + (f"   {footer}" if footer else "")
        rec.hard("date_in_footer")
    elif not footer and rng.random() < 0.3:
        code = pick(rng, vocab.headings["footer_codes"])
        footer = code.format(n=rng.randrange(100, 999), rev=f"{rng.randrange(1, 13):02d}/{rng.randrange(2019, 2025)}")
        if "Rev." in footer:
            rec.hard("form_revision_date_in_footer")
    st.footer_left = footer or ""
    rec.generator.update({"font": st.font, "size": st.size, "heading_style": st.heading_style,
                          "footer_page": st.footer_page, "date_style": case.date_style,
                          "date_position": case.date_position})
    return st


def _sections(rng: Random, spec: dict) -> list[str]:
    out = []
    for item in spec["sections"]:
        name, _, p = item.partition("~")
        if not p or rng.random() < float(p):
            out.append(name)
    return out


def build_letter(seed: int, index: int, family: str, vocab: Vocab) -> Letter:
    rng = Random(f"letter:{seed}:{index}")
    case = sample_case(rng, vocab, index, family)
    rec = Record()
    ctx = Ctx(rng=rng, vocab=vocab, case=case, rec=rec, vars=_template_vars(rng, vocab, case),
              number_style=weighted(rng, {"digits": 7, "words_paren": 2, "words": 1}),
              carc_style=weighted(rng, {"hyphen": 6, "space": 1, "joined": 1}))
    if case.letter_date and case.date_style in ("iso", "day_first_long", "weekday_long", "abbr_dot"):
        rec.hard("unusual_date_format")
    style = _page_style(rng, vocab, case, rec)
    blocks: list = []
    for name in _sections(rng, case.spec):
        blocks += SECTIONS[name](ctx)
    return Letter(case, Document(blocks=blocks, style=style), rec)


# ---- label ------------------------------------------------------------------------------------------

def _expedited_label(case: Case) -> tuple[bool | None, int | None]:
    if not case.is_denial:
        return None, None
    key = case.expedited_key
    if key and key.startswith("offer"):
        return True, case.hours if key.startswith("offer_hours") else None
    if key in ("denied_request", "not_available", "post_stated"):
        return False, None
    return (False if case.review_type == "post_service" else None), None


_TRI = {"true": True, "false": False, "null": None, None: None}


def make_label(letter: Letter, files: list[str], scan: dict | None) -> dict:
    c, rec = letter.case, letter.record
    nulls = set(c.spec.get("label_nulls", []))
    denial = c.is_denial
    a = c.appeal if denial else None
    eligible, hours = _expedited_label(c)
    hard = list(rec.hard_cases)
    if denial and not rec.guidelines:
        hard.append("no_guideline_cited")

    def iso(d):
        return d.isoformat() if d else None

    label = {
        "document_type": c.doc_type,
        "letter_date": iso(c.letter_date),
        "payer": None if "payer" in nulls else c.payer,
        "member": {"name": c.member, "member_id": None if "member_id" in nulls else c.member_id},
        "provider": {"name": None if "provider" in nulls else c.provider,
                     "npi": c.npi if rec.printed_npi and "provider" not in nulls else None},
        "claim_number": None if "claim_number" in nulls else c.claim_number,
        "authorization_number": c.auth_number,
        "service": {"description": c.service_desc, "procedure_codes": list(c.codes), "diagnosis_codes": list(c.dx)
                    if c.family != "other_invoice" else [], "date_of_service": iso(c.dos)},
        "review_type": None if "review_type" in nulls else c.review_type,
        "denial_reason": {"category": c.category if denial else None, "text": rec.reason_text if denial else None},
        "guidelines": [{"source": g.source, "identifier": g.identifier, "title": g.title} for g in rec.guidelines],
        "missing_documentation": list(rec.missing),
        "carc_codes": list(rec.carc),
        "appeal": {"deadline": iso(a.deadline) if a else None, "window_days": a.window_days if a else None,
                   "counted_from": a.counted_from if a else None, "text": rec.appeal_text if a else None},
        "expedited": {"eligible": eligible, "decision_hours": hours, "text": rec.expedited_text},
        "external_review": {"available": _TRI.get(c.er_key, True) if denial else None, "text": rec.er_text},
        "peer_to_peer": {"offered": _TRI[c.p2p_key] if denial else None, "text": rec.p2p_text},
        "family": c.family,
        "files": files,
        "scan": scan,
        "payer_aliases": [] if "payer" in nulls else list(c.payer_aliases),
        "hard_cases": hard,
        "generator": dict(rec.generator),
        "split": "synthetic",
        "stem": c.stem,
    }
    return label


def deadline_check(label: dict) -> None:
    """Recompute the deadline from the label alone (guards the date arithmetic); raises on mismatch."""
    a = label["appeal"]
    if a["counted_from"] in ("letter_date", "receipt") and a["window_days"] and label["letter_date"] and a["deadline"]:
        from datetime import date
        start = date.fromisoformat(label["letter_date"])
        unit = "business_days" if "business_days_window" in label["hard_cases"] else "days"
        presumed = "presumption_of_receipt" in label["hard_cases"]
        if not presumed and dates.shift(start, a["window_days"], unit).isoformat() != a["deadline"]:
            raise AssertionError(f"{label['stem']}: deadline arithmetic mismatch")
