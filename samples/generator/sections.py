"""Section builders: each turns the case's facts into blocks and records, in ``ctx.rec``, exactly the
text the label will quote (reason, appeal window, expedited, external review, peer-to-peer, citations,
missing documents, printed CARCs). A family's ``sections`` list in families.yaml orders them.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from random import Random
from typing import Callable

from . import dates
from .blocks import KV, Bullets, Heading, Letterhead, Lines, PageBreak, Para, Table
from .case import Case
from .citations import Cite
from . import entities
from .vocab import Vocab, pick, pick_indexed


@dataclass
class Record:
    """What the letter actually printed, for the label."""
    reason_text: str | None = None
    appeal_text: str | None = None
    expedited_text: str | None = None
    er_text: str | None = None
    p2p_text: str | None = None
    guidelines: list[Cite] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    carc: list[str] = field(default_factory=list)
    generator: dict = field(default_factory=dict)
    printed_npi: bool = False
    hard_cases: list[str] = field(default_factory=list)

    def hard(self, name: str) -> None:
        if name not in self.hard_cases:
            self.hard_cases.append(name)

    def add_carc(self, code: str) -> None:
        if code not in self.carc:
            self.carc.append(code)


@dataclass
class Ctx:
    rng: Random
    vocab: Vocab
    case: Case
    rec: Record
    vars: dict
    number_style: str
    carc_style: str
    footer_left: str = ""

    def fill(self, template: str, **extra) -> str:
        values = {**self.vars, **extra}
        return string.Formatter().vformat(template, (), values).replace("  ", " ").strip()

    def phrase(self, items: list[str], gen_key: str | None = None, **extra) -> str:
        i, template = pick_indexed(self.rng, items)
        if gen_key:
            self.rec.generator[gen_key] = i
        return self.fill(template, **extra)

    def heading(self, key: str) -> Heading:
        return Heading(pick(self.rng, self.vocab.headings[key]))

    def label(self, key: str) -> str:
        text = pick(self.rng, self.vocab.headings["kv_labels"][key])
        return text.rstrip(":") if self.vars["_kv_nocolon"] else text


SECTIONS: dict[str, Callable[[Ctx], list]] = {}


def section(fn: Callable[[Ctx], list]) -> Callable[[Ctx], list]:
    """Register a section builder under its function name (the name families.yaml uses)."""
    SECTIONS[fn.__name__] = fn
    return fn


# ---- formatting helpers ---------------------------------------------------------------------------

def styled_number(ctx: Ctx, n: int) -> str:
    words = dates.number_words(n)
    style = ctx.number_style
    if style == "words_paren":
        ctx.rec.hard("written_out_number")
        return f"{words} ({n})"
    if style == "words":
        ctx.rec.hard("written_out_number")
        return words
    return str(n)


def money(x: float) -> str:
    return f"${x:,.2f}"


def printed_carc(ctx: Ctx, code: str) -> str:
    group, num = code.split("-")
    if ctx.carc_style == "space":
        ctx.rec.hard("carc_printed_unhyphenated")
        return f"{group} {num}"
    if ctx.carc_style == "joined":
        ctx.rec.hard("carc_printed_unhyphenated")
        return f"{group}{num}"
    return code


def join_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" and " if len(items) == 2 else ", and ") + items[-1]


def _is_medicare(case: Case) -> bool:
    return case.spec.get("program") == "medicare"


# ---- page furniture ---------------------------------------------------------------------------------

@section
def letterhead(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    name = c.payer or c.facility
    lines = [", ".join(entities.address(rng, ctx.vocab, with_suite=True))]
    if c.family == "other_invoice":
        lines.append(f"Billing questions: {c.phone}")
    else:
        lines.append(pick(rng, [f"Member Services {c.phone} (TTY 711)", f"Customer Service: {c.phone}  TTY: 711",
                                 f"Phone {c.phone} | Fax {c.fax}"]))
    if rng.random() < 0.6:
        lines.append(entities.website(name))
    if c.plan and c.plan != c.payer:
        lines.append(ctx.fill(pick(rng, ctx.vocab.headings["delegate_lines"][c.spec["payer_kind"]])))
        ctx.rec.hard("delegated_reviewer")
    logo = "".join(w[0] for w in name.split()[:2]).upper() if rng.random() < 0.3 else None
    return [Letterhead(name=name, lines=lines, align=pick(rng, "LCR"), logo=logo)]


@section
def date_top(ctx: Ctx) -> list:
    if ctx.case.date_position != "top":
        return []
    return [Lines([ctx.vars["letter_date"]], align=pick(ctx.rng, "LLR"))]


@section
def address(ctx: Ctx) -> list:
    c = ctx.case
    return [Lines([c.member] + c.member_address)]


@section
def provider_address(ctx: Ctx) -> list:
    c = ctx.case
    return [Lines([c.facility, f"Attn: Billing Office / {c.provider}"] + _entity_address(ctx))]


def _entity_address(ctx: Ctx) -> list[str]:
    return entities.address(ctx.rng, ctx.vocab)


@section
def re_title(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    key = pick(rng, c.spec["title"])
    if c.doc_type == "partial_denial" and key in ("denial_member", "denial_claim", "medicaid", "rbm", "bh", "dental"):
        key = pick(rng, [key, "partial"])
    title = pick(rng, ctx.vocab.boilerplate["titles"][key])
    if c.review_type == "pre_service" and key.startswith("denial") and rng.random() < 0.5:
        title += pick(rng, [" - Pre-Service Request", " (Prior Authorization)", ": Request for Services"])
    if rng.random() < 0.5 and c.family not in ("other_invoice",):
        return [Para(f"{pick(rng, ctx.vocab.boilerplate['re_prefix'])} {title}", style="bold")]
    return [Para(title, style="title", align=pick(rng, "LC"))]


@section
def idn_intro(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    key = "idn_payment" if c.review_type == "post_service" and c.family == "ma_idn" else pick(rng, c.spec["title"])
    title = pick(rng, ctx.vocab.boilerplate["titles"][key])
    note = pick(rng, ["Important: This notice explains your right to appeal our decision. Read it carefully and keep it.",
                      "Please read this notice carefully. It tells you how to appeal if you disagree.",
                      "This notice explains our decision and your appeal rights. If you need help, call the numbers on the last page."])
    return [Para(title, style="title", align="C"), Para(note, style="boxed")]


@section
def msn_header(ctx: Ctx) -> list:
    c = ctx.case
    return [Letterhead(name="Medicare Summary Notice", lines=[f"for {c.member}", "THIS IS NOT A BILL",
                                                               f"Questions? Call 1-800-MEDICARE (1-800-633-4227)"],
                       align="L"),
            Lines([c.member] + c.member_address)]


@section
def eob_title(ctx: Ctx) -> list:
    title = pick(ctx.rng, ctx.vocab.boilerplate["titles"]["eob"])
    return [Para(title, style="title", align=pick(ctx.rng, "LC")), Para("THIS IS NOT A BILL", style="bold")]


@section
def kv_header(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    v = ctx.vars
    pairs: list[tuple[str, str]] = []

    def add(key: str, value: str | None) -> None:
        if value:
            pairs.append((ctx.label(key), value))

    if c.date_position == "kv":
        add("statement_date" if c.family in ("eob_claim", "eob_paid", "other_invoice") else "date", v["letter_date"])
    id_key = {"ma": "medicare_id", "medicare_ffs": "medicare_id", "medicaid": "medicaid_id"}.get(c.spec["payer_kind"], "member_id")
    fam = c.family
    if fam == "other_invoice":
        add("account", v["account"])
        add("member", c.member)
        add("dos", v["dos"])
        add("amount_due", money(sum(ln.billed for ln in c.lines) * 0.2))
    elif fam in ("eob_claim", "eob_paid"):
        add("claim", c.claim_number)
        add("auth", c.auth_number)
        add("member", c.member)
        add(id_key, c.member_id)
        add("rendering", c.provider)
        add("dos", v["dos"])
    elif c.audience == "provider":
        add("member", c.member)
        add(id_key, c.member_id)
        add("claim", c.claim_number)
        add("account", v["account"])
        add("auth", c.auth_number)
        add("dos", v["dos"])
        add("rendering", c.provider)
        add("npi", c.npi)
        ctx.rec.printed_npi = True
        add("dx", ", ".join(c.dx))
        add("billed", money(sum(ln.billed for ln in c.lines)))
    else:
        order = [("member", c.member), (id_key, c.member_id)]
        if c.claim_number:
            order.append(("claim", c.claim_number))
        if c.auth_number:
            order.append(("auth", c.auth_number))
        if c.plan != c.payer and c.plan:
            order.append(("plan", c.plan))
        if c.kind == "drug":
            order += [("prescriber", c.provider), ("drug", c.service_desc)]
        elif c.kind == "bh":
            order += [("facility", c.facility), ("admit", v["admit_date"]), ("level", c.service["setting"]),
                      ("provider", c.provider)]
            if c.doc_type in ("denial", "partial_denial"):
                order.append(("last_covered", v["last_covered"]))
                ctx.rec.hard("two_dates")
        else:
            order.append(("provider", c.provider))
        ctx.rec.printed_npi = True
        npi_inline = rng.random() < 0.4
        if npi_inline:
            order = [(k, f"{val}, NPI {c.npi}" if k in ("provider", "prescriber") else val) for k, val in order]
        else:
            order.append(("npi", c.npi))
        if c.kind not in ("drug", "bh") and rng.random() < 0.5:
            order.append(("service" if c.review_type != "post_service" else "service_rendered", c.service_desc))
        if c.codes:
            order.append(("codes", ", ".join(c.codes)))
        if c.dx:
            order.append(("dx", ", ".join(c.dx)))
        if c.review_type == "post_service":
            order.append(("dos", v["dos"]))
        elif c.review_type == "pre_service" and c.family not in ("other_appeal_ack",) and rng.random() < 0.5:
            order.append(("received", v["req_date"]))
            if rng.random() < 0.5 and c.kind != "drug":
                order.append(("planned", v["planned_date"]))
            ctx.rec.hard("two_dates")
        for key, val in order:
            add(key, val)
    columns = 2 if len(pairs) > 5 and rng.random() < 0.6 else 1
    return [KV(pairs, columns=columns, boxed=rng.random() < 0.3)]


@section
def salutation(ctx: Ctx) -> list:
    return [Para(ctx.phrase(ctx.vocab.boilerplate["salutations"]))]


@section
def provider_salutation(ctx: Ctx) -> list:
    return [Para(ctx.phrase(ctx.vocab.boilerplate["provider_salutations"]))]


@section
def opener(ctx: Ctx) -> list:
    c, b = ctx.case, ctx.vocab.boilerplate
    key = "drug" if c.kind == "drug" and c.review_type != "post_service" else c.review_type or "pre_service"
    if c.audience == "provider" and key == "post_service":
        key = "provider_post"
    text = ctx.phrase(b["openers"][key])
    dkey = {"approval": "approval", "partial_denial": "partial"}.get(c.doc_type)
    if dkey is None and c.doc_type == "denial":
        dkey = "denial_claim" if c.review_type == "post_service" else "denial"
    if dkey:
        text += " " + ctx.phrase(b["decisions"][dkey])
    return [Para(text)]


@section
def delegate_intro(ctx: Ctx) -> list:
    c = ctx.case
    text = pick(ctx.rng, [f"{c.payer} reviews advanced imaging requests for members of {c.plan}.",
                          f"{c.payer} manages prior authorization for {c.plan}. We reviewed the request for {c.service_desc}.",
                          f"On behalf of {c.plan}, we completed a clinical review of the request for {c.service_desc}."])
    out = [Para(text)]
    if c.doc_type == "partial_denial":
        out += service_table(ctx)
    return out


# ---- services ---------------------------------------------------------------------------------------

@section
def service_table(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    word = {"approved": pick(rng, ["Approved", "Approved", "Authorized"]),
            "denied": pick(rng, ["Denied", "Not approved", "Not authorized"])}
    rows = [[ln.code, ln.description, ", ".join((ln.dx or c.dx)[:2]), word[ln.status]] for ln in c.lines]
    out = []
    if rng.random() < 0.5:
        out.append(ctx.heading("service"))
    out.append(Table(["Code", "Service", "Diagnosis", "Decision"], rows, widths=[1.2, 4, 1.8, 1.6]))
    if c.doc_type == "partial_denial":
        ctx.rec.hard("partial_denial")
    return out


@section
def drug_block(ctx: Ctx) -> list:
    c = ctx.case
    rows = [[c.service["name"], c.service["qty"], ", ".join(c.dx)]]
    intro = pick(ctx.rng, ["We denied coverage of the following drug that you or your prescriber asked for:",
                           "The prescription drug listed below was not approved:"])
    return [Para(intro), Table(["Drug", "Quantity", "Diagnosis"], rows, widths=[4, 2.2, 1.6])]


@section
def days_block(ctx: Ctx) -> list:
    c, v = ctx.case, ctx.vars
    e = c.extras
    if c.doc_type == "partial_denial":
        text = (f"Your provider asked for {e['days_requested']} more days. We approved {e['days_approved']} "
                f"day{'s' if e['days_approved'] > 1 else ''}, through {v['last_covered']}. Days beginning "
                f"{v['first_denied']} are not approved.")
        ctx.rec.hard("partial_denial")
    else:
        text = pick(ctx.rng, [f"Coverage for continued stay is not approved beginning {v['first_denied']}. "
                              f"The last covered day is {v['last_covered']}.",
                              f"We approved days through {v['last_covered']}. Additional days starting "
                              f"{v['first_denied']} are denied."])
    return [Para(text)]


@section
def claim_table(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    if c.review_type != "post_service":     # a pre-treatment estimate has no money columns yet
        return service_table(ctx)
    rows = []
    for ln in c.lines:
        codes = ""
        if c.family not in ("medicare_msn", "other_invoice"):
            codes = " ".join(printed_carc(ctx, k) for k in ln.carc)
            for k in ln.carc:
                ctx.rec.add_carc(k)
        owed = ln.owed if ln.status == "approved" else (ln.billed if ln.carc and ln.carc[0].startswith("PR") else 0.0)
        if c.family == "medicare_msn":
            rows.append([f"{ln.description} ({ln.code})", "Yes" if ln.status == "approved" else "No", money(ln.billed),
                         money(ln.allowed), money(owed), "A" if ln.status == "denied" else ""])
        elif c.family == "other_invoice":
            rows.append([ctx.vars["dos"], ln.code, ln.description, money(ln.billed), money(ln.billed * 0.8), money(ln.billed * 0.2)])
        elif c.audience == "provider":
            rows.append([ctx.vars["dos"], ln.code, str(ln.units), money(ln.billed), money(ln.allowed), money(ln.paid), codes])
        else:
            rows.append([ctx.vars["dos"], ln.code, money(ln.billed), money(ln.allowed), money(ln.paid), money(owed), codes])
    if c.family == "medicare_msn":
        return [Heading("Your claims for this period"), Table(
            ["Service provided & billing code", "Approved?", "Provider charged", "Medicare approved",
             "Maximum you may be billed", "See notes"], rows, widths=[4, 1.3, 1.5, 1.5, 1.6, 1])]
    if c.family == "other_invoice":
        return [Table(["Date", "Code", "Description", "Charges", "Insurance paid", "Your balance"], rows,
                      widths=[1.6, 1.1, 3.6, 1.3, 1.5, 1.4])]
    if c.audience == "provider":
        return [Table(["DOS", "Proc", "Units", "Billed", "Allowed", "Paid", "Adj. codes"], rows,
                      widths=[1.6, 1.1, 0.8, 1.3, 1.3, 1.2, 1.6])]
    head = ["Date", "Code", "Billed", "Allowed", pick(rng, ["Plan paid", "We paid", "Paid"]), "You owe",
            pick(rng, ["Reason", "Code(s)", "Notes"])]
    return [Table(head, rows, widths=[1.6, 1.1, 1.3, 1.3, 1.3, 1.3, 1.4])]


@section
def dx_line(ctx: Ctx) -> list:
    return [Para(f"{pick(ctx.rng, ['Diagnosis', 'Diagnosis code(s)', 'ICD-10'])}: {', '.join(ctx.case.dx)}")] if ctx.case.dx else []


@section
def carc_legend(ctx: Ctx) -> list:
    c = ctx.case
    codes = [k for ln in c.lines for k in ln.carc]
    if not codes:
        return []
    items = []
    for k in dict.fromkeys(codes):
        desc = ctx.vocab.carc["non_denial"].get(k) or ctx.vocab.carc["codes"][k.split("-")[1]]["desc"]
        items.append(f"{printed_carc(ctx, k)}: {desc}")
        ctx.rec.add_carc(k)
        if k.startswith("PR") and k.split("-")[1] in ("1", "2", "3"):
            ctx.rec.hard("pr_codes_not_denial")
    return [Heading(pick(ctx.rng, ["Reason codes", "Claim adjustment reason codes", "What the codes mean"])),
            Bullets(items, marker=pick(ctx.rng, ["", "•", "-"]) or "•")]


@section
def rarc_legend(ctx: Ctx) -> list:
    fits = [(k, v["desc"]) for k, v in ctx.vocab.carc["rarc"].items()
            if ctx.case.category in v.get("categories", [ctx.case.category])]
    code, desc = pick(ctx.rng, fits)
    ctx.rec.hard("rarc_not_carc")
    return [Para(f"Remark code {code}: {desc}", style="small")]


# ---- the decision -----------------------------------------------------------------------------------

@section
def reason(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    entry = c.extras["reason"]
    ctx.rec.generator["reason"] = f"{c.category}[{c.extras['reason_index']}]"
    extra = {}
    if entry.get("inline_cite"):
        extra["cite"] = join_list([ct.printed for ct in c.cites])
        ctx.rec.guidelines += list(c.cites)
        ctx.rec.hard("guideline_inline_in_reason")
    text = ctx.fill(entry["text"], **extra)
    if "{plan_doc}" in entry["text"]:
        ctx.rec.guidelines.append(Cite("plan_document", None, None, ctx.vars["plan_doc"]))
    if entry.get("trap"):
        ctx.rec.hard(entry["trap"])
    if c.doc_type == "partial_denial" and c.kind != "bh":
        denied = [ln.code for ln in c.lines if ln.status == "denied"]
        text = pick(rng, [f"For the denied service ({', '.join(denied)}): ", f"{c.extras['denied_desc'].capitalize()} "
                          f"({', '.join(denied)}) was not approved. "]) + text
    ctx.rec.reason_text = " ".join(text.split())
    out = []
    if c.family in ("eob_claim", "medicare_msn") or rng.random() < 0.75:
        head = "Notes" if c.family == "medicare_msn" else None
        out.append(Heading(head) if head else ctx.heading("reason"))
    if c.family == "medicare_msn":
        text = "A  " + text
    out.append(Para(text))
    return out


@section
def basis(ctx: Ctx) -> list:
    c = ctx.case
    if not c.cites or c.extras["reason"].get("inline_cite"):
        return []
    cites = join_list([ct.printed for ct in c.cites])
    ctx.rec.guidelines += list(c.cites)
    if len(c.cites) > 1:
        ctx.rec.hard("multiple_guidelines")
    return [Para(ctx.phrase(ctx.vocab.guidelines["basis_sentences"], "basis_sentence", cites=cites))]


@section
def missing_list(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    if not c.missing_docs:
        return []
    ctx.rec.missing = list(c.missing_docs)
    style = pick(rng, ["bullets", "numbered", "inline", "bullets"])
    ctx.rec.generator["missing_style"] = style
    intro = pick(rng, ["Please send:", "We need the following information:", "The following was not received:",
                       "To review this request again, we need:"])
    if style == "inline":
        return [Para(f"{intro} {join_list(c.missing_docs)}.")]
    out = [ctx.heading("missing")] if rng.random() < 0.4 else []
    return out + [Bullets(list(c.missing_docs), marker="•" if style == "bullets" else pick(rng, ["1.", "(a)"]), intro=intro)]


@section
def free_copies(ctx: Ctx) -> list:
    return [Para(ctx.phrase(ctx.vocab.rights["free_copies"]))]


@section
def next_steps(ctx: Ctx) -> list:
    items = ctx.vocab.boilerplate["next_steps"]
    if ctx.case.kind != "drug":
        items = [t for t in items if "prescriber" not in t]
    return [Para(ctx.phrase(items))]


@section
def share_copy(ctx: Ctx) -> list:
    return [Para(pick(ctx.rng, ["Share a copy of this decision with your doctor so you can talk about next steps.",
                                "We sent a copy of this notice to your doctor.",
                                "Your doctor has been told about this decision."]))]


@section
def exception_note(ctx: Ctx) -> list:
    return [Para(pick(ctx.rng, [
        "You or your prescriber may ask for an exception to this rule. Your prescriber must send a statement explaining why you need this drug.",
        "If you think a formulary or step therapy exception should apply to you, your prescriber can ask us for one.",
    ]))]


@section
def not_guarantee(ctx: Ctx) -> list:
    return [Para("This determination concerns medical necessity only and is not a guarantee of payment.", style="small")]


@section
def member_billing_note(ctx: Ctx) -> list:
    return [Para(pick(ctx.rng, ["Per your provider agreement, the member may not be billed for services denied for this reason.",
                                "Do not bill the member for these charges except for applicable cost sharing."]))]


# ---- rights -----------------------------------------------------------------------------------------

_APPEAL_SECTION_TRAPS = ("provider_reconsideration", "corrected_claim", "standard_appeal_decision",
                         "second_level_appeal", "state_fair_hearing", "continuation_of_benefits")


def _trap_sentence(ctx: Ctx, name: str) -> str:
    t = ctx.vocab.appeal["traps"][name]
    n = pick(ctx.rng, t.get("n_family", {}).get(ctx.case.family, t["n"])) if "n" in t else None
    ctx.rec.hard(name)
    return ctx.fill(pick(ctx.rng, t["texts"]), N=styled_number(ctx, n) if n else "")


def appeal_sentence(ctx: Ctx) -> str:
    c, a = ctx.case, ctx.case.appeal
    w = ctx.vocab.appeal["windows"]
    if a.unit == "absolute":
        key = "absolute"
        ctx.rec.hard("absolute_deadline")
    else:
        key = f"{a.unit}/{'receipt' if a.presumed else a.base}"
    templates = w[key]
    if c.date_position not in ("top", "kv"):
        templates = [t for t in templates if "top" not in t] or templates
    i, template = pick_indexed(ctx.rng, templates)
    ctx.rec.generator["appeal_window"] = f"{key}[{i}]"
    text = ctx.fill(template, N=styled_number(ctx, a.n) if a.n else "",
                    DEADLINE=c.fmt(a.deadline) if a.deadline else "")
    if a.unit == "business_days":
        ctx.rec.hard("business_days_window")
    if a.unit == "months":
        ctx.rec.hard("months_window")
    if a.base == "receipt":
        ctx.rec.hard("receipt_based_window")
    if a.presumed:
        text += " " + ctx.phrase(ctx.vocab.appeal["presumptions"], P=str(a.presumed))
        ctx.rec.hard("presumption_of_receipt")
    if c.letter_date is None and a.unit != "absolute":
        ctx.rec.hard("no_letter_date")
    return text


@section
def appeal(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    window = appeal_sentence(ctx)
    ctx.rec.appeal_text = window
    lead = ctx.phrase(ctx.vocab.appeal["leads"])
    traps = [_trap_sentence(ctx, t) for t in c.traps if t in _APPEAL_SECTION_TRAPS]
    before = rng.random() < 0.35 and traps
    if before:
        ctx.rec.hard("trap_before_window")
    body = ([lead] if lead else []) + (traps if before else []) + [window] + ([] if before else traps)
    out = [ctx.heading("appeal")]
    if rng.random() < 0.5:
        out.append(Para(" ".join(body)))
    else:
        out += [Para(s) for s in body]
    return out


@section
def how_to_appeal(ctx: Ctx) -> list:
    return [Para(ctx.phrase(ctx.vocab.boilerplate["how_to_appeal"]))]


@section
def expedited(ctx: Ctx) -> list:
    c = ctx.case
    key = c.expedited_key
    ctx.rec.generator["expedited_wording"] = key if key != "silent" or c.review_type != "post_service" else "silent_post"
    if key in (None, "silent"):
        if c.review_type == "post_service":
            ctx.rec.hard("post_service_silent_expedited")
        return []
    text = ctx.phrase(ctx.vocab.rights["expedited"][key], H=str(c.hours or ""))
    ctx.rec.expedited_text = text
    if key in ("denied_request", "not_available"):
        ctx.rec.hard("expedited_not_available_pre_service")
    out = [ctx.heading("expedited")] if ctx.rng.random() < 0.4 else []
    return out + [Para(text)]


@section
def external_review(ctx: Ctx) -> list:
    c = ctx.case
    out = []
    if c.er_key not in (None, "null"):
        text = ctx.phrase(ctx.vocab.rights["external_review"][c.er_key])
        ctx.rec.er_text = text
        out.append(Para(text))
    for t in c.traps:
        if t in ("external_review_4_months", "medicare_later_levels"):
            out.append(Para(_trap_sentence(ctx, t)))
    if out and ctx.rng.random() < 0.6:
        out.insert(0, ctx.heading("external_review"))
    return out


@section
def rights_regs(ctx: Ctx) -> list:
    c, rng = ctx.case, ctx.rng
    out = []
    for key, p in c.spec.get("rights_regs", {}).items():
        if rng.random() < p:
            out.append(Para(pick(rng, ctx.vocab.rights["rights_regulations"][key])))
            ctx.rec.hard("appeal_rights_regulation_not_guideline")
    return out


@section
def p2p(ctx: Ctx) -> list:
    c = ctx.case
    if c.p2p_key in (None, "null"):
        return []
    text = ctx.phrase(ctx.vocab.rights["peer_to_peer"][c.p2p_key])
    ctx.rec.p2p_text = text
    body = [text] + [_trap_sentence(ctx, t) for t in c.traps if t == "peer_to_peer_window"]
    out = [ctx.heading("p2p")] if ctx.rng.random() < 0.6 else []
    return out + [Para(" ".join(body))]


@section
def contact(ctx: Ctx) -> list:
    c = ctx.case
    out = [Para(ctx.phrase(ctx.vocab.boilerplate["contact_lines"]))]
    if "phone_24_hours" in c.traps:
        out.append(Para(_trap_sentence(ctx, "phone_24_hours")))
    return out


@section
def help_block(ctx: Ctx) -> list:
    c = ctx.case
    lines = [f"{c.payer}: {c.phone}, TTY 711, 8 a.m. to 8 p.m., seven days a week."]
    if _is_medicare(c):
        lines.append("1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048.")
    lines.append(pick(ctx.rng, ["Your State Health Insurance Assistance Program (SHIP) can also help.",
                                "Free counseling is available from your State Health Insurance Assistance Program."]))
    out = [ctx.heading("help"), Para(" ".join(lines))]
    if "phone_24_hours" in c.traps:
        out.append(Para(_trap_sentence(ctx, "phone_24_hours")))
    return out


@section
def signature(ctx: Ctx) -> list:
    b = ctx.vocab.boilerplate
    name, title = pick(ctx.rng, b["signers"])
    lines = [pick(ctx.rng, b["closings"]), "", ctx.fill(name)] + ([title] if title else [])
    if ctx.case.payer:
        lines.append(ctx.case.payer)
    if ctx.rng.random() < 0.3 and ctx.case.audience == "member":
        lines += ["", f"cc: {ctx.case.provider}"]
    return [Lines(lines)]


@section
def nondiscrimination(ctx: Ctx) -> list:
    c, rng, b = ctx.case, ctx.rng, ctx.vocab.boilerplate
    out: list = [PageBreak()] if rng.random() < 0.35 else []
    out.append(Heading(pick(rng, b["nondiscrimination_headings"])))
    for t in rng.sample(b["nondiscrimination"], k=rng.randrange(1, 3)):
        out.append(Para(ctx.fill(t), style="small"))
    for t in rng.sample(b["taglines"], k=rng.randrange(2, 6)):
        out.append(Para(ctx.fill(t), style="small"))
    return out


# ---- non-denials ------------------------------------------------------------------------------------

@section
def approval_block(ctx: Ctx) -> list:
    c, v = ctx.case, ctx.vars
    rows = [[ln.code, ln.description, pick(ctx.rng, ["1", "1 unit", "12 visits", "As requested"]),
             f"{v['valid_from']} - {v['valid_to']}"] for ln in c.lines]
    notes = [ctx.fill(t) for t in ctx.rng.sample(ctx.vocab.boilerplate["approval_notes"], k=2)]
    return [Table(["Code", "Service", "Approved", "Valid dates"], rows, widths=[1.2, 4, 1.5, 2.6])] + [Para(n) for n in notes]


@section
def paid_note(ctx: Ctx) -> list:
    owed = sum(ln.owed for ln in ctx.case.lines)
    return [Para(pick(ctx.rng, [f"This claim was processed under your plan benefits. Your share is {money(owed)}.",
                                f"We paid this claim. You may owe the provider {money(owed)} for your deductible, copayment or coinsurance."]))]


@section
def pended_block(ctx: Ctx) -> list:
    c, v = ctx.case, ctx.vars
    pool = ctx.vocab.boilerplate["missing_docs"][c.kind]
    c.missing_docs = ctx.rng.sample(pool, k=min(len(pool), ctx.rng.randrange(2, 4)))
    ctx.rec.missing = list(c.missing_docs)
    ctx.rec.hard("response_due_not_appeal")
    return [Para(f"We received the request for {c.service_desc} on {v['req_date']}. We need more information before we can make a decision. No decision has been made yet."),
            Bullets(list(c.missing_docs), marker=pick(ctx.rng, ["•", "1.", "-"]), intro="Please ask your provider to send us:"),
            Para(f"Please send this information by {v['respond_by']}. If we do not receive it, we will make our decision based on the information we have."),
            Para(f"Fax records to {c.fax} and include reference number {c.auth_number}.")]


@section
def ack_block(ctx: Ctx) -> list:
    c, v = ctx.case, ctx.vars
    n = pick(ctx.rng, [30, 60])
    ctx.rec.hard("ack_decision_timeframe")
    return [Para(f"We received your appeal on {v['appeal_received']} about our decision on {c.service_desc}. This letter is not a decision on your appeal."),
            Para(f"We will review your appeal and send you a written decision within {n} days of the date we received it."),
            Para(pick(ctx.rng, ["If you have more information you want us to consider, send it as soon as possible.",
                                "You may send us additional documents or written comments at any time during the review."]))]


@section
def invoice_block(ctx: Ctx) -> list:
    v = ctx.vars
    ctx.rec.hard("payment_due_date")
    return [Para(f"Please pay the balance by {v['respond_by']}. Make checks payable to {ctx.case.facility}."),
            Para("Your insurance has processed these charges. The balance shown is your responsibility."),
            Para(f"Questions about this bill? Call {ctx.case.phone}.")]
