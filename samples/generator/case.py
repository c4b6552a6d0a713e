"""The facts of one generated letter (``Case``): sampled once, then both the text and the label are
built from them. Nothing here renders text; sections.py does, reading these fields."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from . import dates, entities
from .citations import Cite, choose_cites
from .vocab import Vocab, pick, pick_indexed, weighted

LETTER_DATES = (date(2023, 1, 2), date(2027, 6, 30))


@dataclass
class Line:
    """One service line (table row): a code with its own decision and money columns."""
    code: str
    description: str
    status: str  # approved | denied
    dos: date | None = None
    units: int = 1
    billed: float = 0.0
    allowed: float = 0.0
    paid: float = 0.0
    owed: float = 0.0
    carc: list[str] = field(default_factory=list)  # normalized GROUP-CODE
    dx: list[str] = field(default_factory=list)


@dataclass
class Appeal:
    unit: str | None = None          # days | business_days | months | absolute
    base: str | None = None          # letter_date | receipt | service_date | statement_date
    n: int | None = None
    presumed: int | None = None      # stated presumption of receipt, in days
    deadline: date | None = None

    @property
    def counted_from(self) -> str | None:
        if self.unit is None:
            return None
        if self.unit == "absolute":
            return "absolute"
        return {"statement_date": "letter_date"}.get(self.base, self.base)

    @property
    def window_days(self) -> int | None:
        return self.n if self.unit in ("days", "business_days") else None


@dataclass
class Case:
    index: int
    stem: str
    family: str
    spec: dict
    doc_type: str
    review_type: str | None
    audience: str
    kind: str
    payer: str | None
    payer_short: str | None
    payer_aliases: list[str]
    plan: str | None                # the health plan (differs from payer for delegated reviewers)
    letter_date: date | None
    date_style: str
    date_position: str              # top | kv | footer | none
    member: str
    member_person: entities.Person
    member_id: str | None
    member_address: list[str]
    provider: str | None
    provider_person: entities.Person
    npi: str | None
    facility: str
    reviewer_doctor: str
    claim_number: str | None
    auth_number: str | None
    service_desc: str
    codes: list[str]
    dx: list[str]
    dx_desc: str
    dos: date | None
    req_date: date
    service: dict                   # the services.yaml entry (or drug / bh / dental entry)
    lines: list[Line]
    category: str | None
    cites: list[Cite]
    missing_docs: list[str]
    carc_codes: list[str]
    appeal: Appeal
    expedited_key: str | None
    hours: int | None
    er_key: str | None
    p2p_key: str | None
    traps: list[str]
    phone: str
    fax: str
    extras: dict = field(default_factory=dict)   # per-family facts (days approved, limits, ...)
    hard_cases: list[str] = field(default_factory=list)

    def fmt(self, d: date | None) -> str:
        return dates.fmt_date(d, self.date_style)

    @property
    def is_denial(self) -> bool:
        return self.doc_type in ("denial", "partial_denial")


# ---- sampling -----------------------------------------------------------------------------------

def _services_of(vocab: Vocab, kind: str) -> list[dict]:
    s = vocab.services
    special = {"drug": "drugs", "bh": "bh_levels", "dental": "dental"}
    if kind in special:
        return s[special[kind]]
    return [m for m in s["medical"] if m["kind"] == kind]


def _pick_service(rng: Random, vocab: Vocab, kind: str) -> dict:
    return pick(rng, _services_of(vocab, kind))


def _reason_fits(entry: dict, kind: str, review: str | None, service: dict) -> bool:
    if "kinds" in entry and kind not in entry["kinds"]:
        return False
    if "requires" in entry and not service.get(entry["requires"]):
        return False
    if "review" in entry and review not in entry["review"]:
        return False
    return True


def _fits_category(vocab: Vocab, cat: str, kind: str, review: str | None, service: dict) -> bool:
    return any(_reason_fits(e, kind, review, service) for e in vocab.reasons[cat])


def _choose_case_shape(rng: Random, vocab: Vocab, spec: dict, denial: bool) -> tuple[str | None, str, str, dict]:
    """Category (by the family's weights), then a review type, kind and service its reasons fit."""
    review = weighted(rng, spec["review_types"])
    if not denial:
        kind = pick(rng, spec["kinds"])
        return None, review, kind, pick(rng, _services_of(vocab, kind))
    combos = [(r, k, svc) for r in spec["review_types"] for k in spec["kinds"]
              if r != "concurrent" or k in ("bh", "therapy") for svc in _services_of(vocab, k)]
    cats = {cat: w for cat, w in spec.get("categories", {}).items()
            if any(_fits_category(vocab, cat, k, r, svc) for r, k, svc in combos)}
    category = weighted(rng, cats)
    fits = [c for c in combos if _fits_category(vocab, category, c[1], c[0], c[2])]
    reviews = {r: w for r, w in spec["review_types"].items() if any(c[0] == r for c in fits)}
    review = weighted(rng, reviews)
    kind = pick(rng, sorted({c[1] for c in fits if c[0] == review}))
    return category, review, kind, pick(rng, [c[2] for c in fits if c[0] == review and c[1] == kind])


def _service_facts(rng: Random, vocab: Vocab, kind: str, entry: dict) -> tuple[str, list[str], list[dict]]:
    if kind == "drug":
        return entry["name"], [entry["code"]] if rng.random() < 0.4 else [], entry["dx"]
    return entry["description"], list(entry["codes"]), list(entry["dx"])


def _payer(rng: Random, vocab: Vocab, kind: str) -> tuple[str, str]:
    entry = pick(rng, vocab.names["payers"][kind])
    return entry[0], entry[-1]


def _money(rng: Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 2)


def _lines_for(rng: Random, case_codes: list[str], desc: str, status: str, dos: date | None) -> list[Line]:
    return [Line(code=c, description=desc, status=status, dos=dos) for c in case_codes]


def sample_case(rng: Random, vocab: Vocab, index: int, family: str) -> Case:
    spec = vocab.families["families"][family]
    doc_type = weighted(rng, spec["doc_types"])
    category, review, kind, entry = _choose_case_shape(rng, vocab, spec, doc_type in ("denial", "partial_denial"))
    if doc_type == "partial_denial" and kind == "drug":
        doc_type = "denial"

    desc, codes, dx = _service_facts(rng, vocab, kind, entry)
    payer, payer_short = _payer(rng, vocab, spec["payer_kind"])
    plan, aliases = payer, [payer_short] if payer_short != payer else []
    if spec.get("delegate_for"):
        plan, plan_short = _payer(rng, vocab, spec["delegate_for"])
        aliases = [plan] + aliases
    if spec["payer_kind"] == "provider_billing":
        aliases = []

    letter_date = dates.weekday_on_or_after(dates.random_date(rng, *LETTER_DATES))
    req_date = letter_date - timedelta(days=rng.randrange(2, 15))
    dos = None
    if review == "post_service":
        dos = letter_date - timedelta(days=rng.randrange(21, 160))
    member_p = entities.person(rng, vocab)
    prov_p = entities.person(rng, vocab)
    year = letter_date.year

    id_kind = {"ma": "mbi", "medicare_ffs": "mbi", "medicaid": "medicaid"}.get(spec["payer_kind"], "member")
    auth_kind = {"rbm": "rbm_case", "pbm": "pbm_case", "partd": "pbm_case", "bh": "bh_case"}.get(spec["payer_kind"], "auth")
    claim_number = entities.ident(rng, vocab, "claim", year) if review == "post_service" else None
    auth_number = entities.ident(rng, vocab, auth_kind, year) if review != "post_service" else None
    if review == "post_service" and rng.random() < 0.15 and family not in ("other_invoice", "medicare_msn"):
        auth_number = entities.ident(rng, vocab, "auth", year)

    case = Case(
        index=index, stem=f"G{index:04d}", family=family, spec=spec, doc_type=doc_type, review_type=review,
        audience=spec["audience"], kind=kind, payer=payer, payer_short=payer_short, payer_aliases=aliases, plan=plan,
        letter_date=letter_date, date_style=dates.pick_date_style(rng), date_position="top",
        member=entities.member_display(rng, member_p), member_person=member_p,
        member_id=entities.ident(rng, vocab, id_kind, year), member_address=entities.address(rng, vocab),
        provider=entities.provider_display(rng, vocab, prov_p, dental=kind == "dental"), provider_person=prov_p, npi=entities.npi(rng),
        facility=pick(rng, vocab.names["facilities"][kind]),
        reviewer_doctor=f"{entities.person(rng, vocab).full}, {pick(rng, ['MD', 'DO', 'M.D.'])}",
        claim_number=claim_number, auth_number=auth_number,
        service_desc=desc, codes=codes, dx=[d["code"] for d in dx], dx_desc=dx[0]["desc"] if dx else "",
        dos=dos, req_date=req_date, service=entry, lines=[], category=category, cites=[], missing_docs=[],
        carc_codes=[], appeal=Appeal(), expedited_key=None, hours=None, er_key=None, p2p_key=None, traps=[],
        phone=entities.phone(rng), fax=entities.phone(rng),
    )
    _sample_lines(rng, vocab, case)
    _sample_extras(rng, vocab, case)
    if case.is_denial:
        _sample_denial(rng, vocab, case)
    _sample_date_position(rng, case)
    return case


def _sample_lines(rng: Random, vocab: Vocab, case: Case) -> None:
    """Service lines, with a second service for partial approvals and money for claim families."""
    if case.kind == "bh":
        case.lines = _lines_for(rng, case.codes, case.service_desc, "denied", case.dos)
        return
    status = "approved" if case.doc_type == "approval" else "denied"
    case.lines = _lines_for(rng, case.codes or ["—"], case.service_desc, status, case.dos)
    for ln in case.lines:
        ln.dx = list(case.dx)
    if case.doc_type == "partial_denial":
        other = _pick_service(rng, vocab, case.kind)
        tries = 0
        while (other is case.service or set(other.get("codes", [])) & set(case.codes)) and tries < 20:
            other, tries = _pick_service(rng, vocab, case.kind), tries + 1
        o_desc, o_codes, o_dx = _service_facts(rng, vocab, case.kind, other)
        approved = _lines_for(rng, o_codes, o_desc, "approved", case.dos)
        for ln in approved:
            ln.dx = [d["code"] for d in o_dx]
        case.extras["approved_desc"] = o_desc
        case.extras["denied_desc"] = case.service_desc
        case.lines = approved + case.lines if rng.random() < 0.5 else case.lines + approved
        case.service_desc = f"{case.service_desc} and {o_desc}" if rng.random() < 0.5 else f"{o_desc} and {case.service_desc}"
        case.codes = [ln.code for ln in case.lines]
        case.dx = list(dict.fromkeys(case.dx + [d["code"] for d in o_dx]))
    if case.review_type == "post_service" or case.family in ("other_invoice",):
        for ln in case.lines:
            ln.billed = _money(rng, 60, 2600)
            if ln.status == "approved":
                ln.allowed = round(ln.billed * rng.uniform(0.45, 0.8), 2)
                ln.owed = round(ln.allowed * rng.choice([0.0, 0.1, 0.2]), 2)
                ln.paid = round(ln.allowed - ln.owed, 2)
                ln.carc = ["CO-45"] + ([rng.choice(["PR-1", "PR-2", "PR-3"])] if ln.owed else [])
            ln.units = 1


def _sample_extras(rng: Random, vocab: Vocab, case: Case) -> None:
    e = case.extras
    ld = case.letter_date
    e["term_date"] = ld - timedelta(days=rng.randrange(60, 200))
    e["eff_date"] = ld - timedelta(days=rng.randrange(5, 40))
    e["limit"] = rng.choice([12, 20, 24, 30, 60])
    e["limit_unit"] = case.service.get("visit_unit", rng.choice(["visits", "sessions", "units"]))
    e["period"] = rng.choice(["calendar year", "plan year", "benefit period"])
    e["tf_days"] = rng.choice([90, 120, 180, 365])
    e["orig_claim"] = entities.ident(rng, vocab, "claim", ld.year)
    if case.kind == "bh":
        admit = ld - timedelta(days=rng.randrange(3, 18))
        last_covered = ld - timedelta(days=rng.randrange(0, 3))
        e["admit_date"] = admit
        e["last_covered"] = last_covered
        e["first_denied"] = last_covered + timedelta(days=1)
        e["days_requested"] = rng.choice([3, 5, 7])
        e["days_approved"] = rng.randrange(1, e["days_requested"]) if case.doc_type == "partial_denial" else 0
        if case.doc_type == "partial_denial":
            e["last_covered"] = last_covered + timedelta(days=e["days_approved"])
            e["first_denied"] = e["last_covered"] + timedelta(days=1)
    if case.review_type == "post_service" and case.category == "administrative":
        # a claim filed late must be old enough for the timely-filing story to be true
        case.dos = ld - timedelta(days=e["tf_days"] + rng.randrange(10, 90))
        for ln in case.lines:
            ln.dos = case.dos
    if case.category == "eligibility" and case.dos is not None:
        case.dos = e["term_date"] + timedelta(days=rng.randrange(3, 40))
        e["eff_date"] = case.dos + timedelta(days=rng.randrange(5, 30))
        for ln in case.lines:
            ln.dos = case.dos
    e["planned"] = ld + timedelta(days=rng.randrange(10, 45))
    e["valid_from"] = ld + timedelta(days=rng.randrange(0, 10))
    e["valid_to"] = e["valid_from"] + timedelta(days=rng.choice([30, 60, 90, 180]))
    e["respond_by"] = ld + timedelta(days=rng.choice([10, 14, 15, 30]))
    e["appeal_received"] = ld - timedelta(days=rng.randrange(1, 8))


def _sample_denial(rng: Random, vocab: Vocab, case: Case) -> None:
    spec = case.spec
    case.cites = choose_cites(rng, vocab, case)
    fits = [e for e in vocab.reasons[case.category] if _reason_fits(e, case.kind, case.review_type, case.service)
            and (case.cites or not e.get("inline_cite"))]
    case.extras["reason_index"], case.extras["reason"] = pick_indexed(rng, fits)
    if case.category == "insufficient_information" or (case.category == "medical_necessity" and rng.random() < 0.15):
        pool = vocab.boilerplate["missing_docs"][case.kind]
        case.missing_docs = rng.sample(pool, k=min(len(pool), rng.randrange(2, 5)))
    _sample_carc(rng, vocab, case)
    _sample_appeal(rng, case)
    _sample_rights(rng, case)
    _sample_traps(rng, vocab, case)


def _sample_carc(rng: Random, vocab: Vocab, case: Case) -> None:
    if case.review_type != "post_service" or case.kind == "drug":
        return
    if case.family == "medicare_msn" and rng.random() < 0.5:
        return
    code = case.extras["reason"].get("carc") or pick(rng, vocab.carc["by_category"][case.category])
    case.extras["carc_pick"] = code
    for ln in case.lines:
        if ln.status == "denied":
            ln.carc = [code]


def _sample_appeal(rng: Random, case: Case) -> None:
    options = case.spec["appeal"]
    opt = rng.choices(options, weights=[o["w"] for o in options])[0]
    n = pick(rng, opt["n"])
    a = Appeal(unit=opt["unit"], base=opt.get("base"), n=n, presumed=pick(rng, opt["presumed"]) if opt.get("presumed") else None)
    ld = case.letter_date
    if a.base == "service_date" and dates.add_days(case.dos, n) <= dates.add_days(ld, 30):
        a.base, a.n = "letter_date", rng.choice([60, 90])   # a window already over would be silly
    if a.unit == "absolute":
        a.deadline = dates.add_days(ld, n)
        a.n = None
    elif a.base == "service_date":
        a.deadline = dates.shift(case.dos, a.n, "days")
    else:
        start = ld + timedelta(days=a.presumed or 0)
        a.deadline = dates.shift(start, a.n, a.unit)
    case.appeal = a


def _sample_rights(rng: Random, case: Case) -> None:
    spec = case.spec
    if case.review_type == "post_service":
        weights = {k: v for k, v in spec["expedited"].items() if k in ("post_stated", "silent")} or {"silent": 1}
    else:
        weights = {k: v for k, v in spec["expedited"].items() if k != "post_stated"
                   and (k != "offer_hours_concurrent" or case.review_type == "concurrent")}
    case.expedited_key = weighted(rng, weights)
    if case.expedited_key.startswith("offer_hours"):
        case.hours = pick(rng, spec["hours"])
    case.er_key = weighted(rng, spec["external_review"])
    if case.category in ("eligibility", "administrative") and case.er_key == "true" and rng.random() < 0.6:
        case.er_key = "false"
    case.p2p_key = weighted(rng, spec["p2p"])
    if case.category in ("eligibility", "administrative", "coding", "out_of_network") and case.p2p_key == "true":
        case.p2p_key = "null"


def _sample_date_position(rng: Random, case: Case) -> None:
    has_top = "date_top" in case.spec["sections"]
    positions = {"top": 14, "kv": 3, "footer": 2, "none": 1} if has_top else {"kv": 12, "footer": 2, "none": 1}
    if case.family in ("eob_claim", "eob_paid", "medicare_msn", "other_invoice"):
        positions = {"kv": 1}
    if not case.is_denial:
        positions.pop("none", None)
    case.date_position = weighted(rng, positions)
    if case.date_position == "none":
        case.letter_date = None
        if case.appeal.unit != "absolute" and case.appeal.base != "service_date":
            case.appeal.deadline = None


def _trap_fits(when: dict, case: Case) -> bool:
    if "audience" in when and case.audience != when["audience"]:
        return False
    if "review" in when and case.review_type not in when["review"]:
        return False
    if "families" in when and case.family not in when["families"]:
        return False
    if "p2p" in when and (case.p2p_key == "true") != when["p2p"]:
        return False
    if "er" in when and (case.er_key not in (None, "null", "false")) != when["er"]:
        return False
    return True


def _sample_traps(rng: Random, vocab: Vocab, case: Case) -> None:
    traps = vocab.appeal["traps"]
    case.traps = [name for name, p in case.spec.get("traps", {}).items()
                  if _trap_fits(traps[name].get("when", {}), case) and rng.random() < p]
