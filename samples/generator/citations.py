"""Guideline citations: which sources fit a case, how each is printed, and what the label records."""
from __future__ import annotations

from dataclasses import dataclass
from random import Random
from typing import TYPE_CHECKING

from .vocab import Vocab, expand_shape, pick

if TYPE_CHECKING:
    from .case import Case

_AREA = {"imaging": "RAD", "procedure": "SURG", "dme": "DME", "therapy": "REHAB", "lab": "LAB", "drug": "RX",
         "bh": "BH", "dental": "DEN"}
_AREA2 = {"imaging": ["HD", "SP", "CD", "MSK", "AB"], "procedure": ["SU", "OR"], "therapy": ["PT", "RH"]}
_ROMAN = ["III", "IV", "V", "VI", "VII", "VIII", "IX", "XII"]


@dataclass
class Cite:
    source: str
    identifier: str | None
    title: str | None
    printed: str


def _feasible(source: str, vocab: Vocab, case: "Case") -> bool:
    s, kind, program = case.service, case.kind, case.spec.get("program")
    checks = {
        "NCD": lambda: "ncd" in s and program == "medicare",
        "LCD": lambda: program == "medicare" and kind in ("dme", "imaging", "procedure", "therapy", "lab"),
        "NCCN": lambda: "nccn" in s,
        "ASAM": lambda: "ASAM" in s.get("criteria", []),
        "LOCUS": lambda: "LOCUS" in s.get("criteria", []),
        "InterQual": lambda: kind not in ("drug", "dental") and (kind != "bh" or "InterQual" in s.get("criteria", [])),
        "MCG": lambda: kind not in ("drug", "dental") and (kind != "bh" or "MCG" in s.get("criteria", [])),
        "formulary": lambda: kind == "drug",
        "regulation": lambda: bool(vocab.guidelines["regulations"].get(program or "", {}).get(case.category)),
        "other": lambda: any(case.category in f.get("categories", []) for f in vocab.guidelines["sources"]["other"]),
    }
    return checks.get(source, lambda: True)()


def _form_fits(form: dict, case: "Case") -> bool:
    if "kinds" in form and case.kind not in form["kinds"]:
        return False
    if "categories" in form and case.category not in form["categories"]:
        return False
    return True


def _make_id(rng: Random, shape: str, case: "Case", mcg: dict) -> str:
    if shape == "mcg":
        return mcg["id"]
    if shape == "lcd":
        return case.service.get("lcd", {}).get("id") or expand_shape(rng, "L3####")
    if shape == "ncd":
        return case.service["ncd"]["id"]
    if shape == "roman":
        return pick(rng, _ROMAN)
    area2 = pick(rng, _AREA2.get(case.kind, ["GEN"]))
    year = str((case.letter_date.year if case.letter_date else 2025) - rng.randrange(0, 4))
    return expand_shape(rng, shape, area=_AREA.get(case.kind, "GEN"), area2=area2, year=year)


def _mcg(rng: Random, vocab: Vocab, case: "Case") -> dict:
    products = vocab.guidelines["mcg_products"]
    if "mcg" in case.service:
        code = case.service["mcg"]["product"]
        return {"product": code, "name": products[code]["name"], "id": case.service["mcg"]["id"]}
    code = "BHG" if case.kind == "bh" else pick(rng, ["ACG", "ORG", "HC"] if case.kind == "dme" else ["ACG", "ORG"])
    return {"product": code, "name": products[code]["name"], "id": expand_shape(rng, products[code]["shape"])}


def _title(case: "Case", source: str) -> str:
    s = case.service
    if source == "LCD" and "lcd" in s:
        return s["lcd"]["title"]
    if source == "NCD" and "ncd" in s:
        return s["ncd"]["title"]
    if source == "NCCN" and "nccn" in s:
        return s["nccn"]["title"]
    return s.get("policy_title") or s.get("short") or case.service_desc.capitalize()


def make_cite(rng: Random, vocab: Vocab, case: "Case", source: str) -> Cite:
    g = vocab.guidelines
    forms = [f for f in g["sources"][source] if _form_fits(f, case)]
    form = pick(rng, forms)
    year = case.letter_date.year if case.letter_date else 2025
    if source == "regulation":
        reg = pick(rng, g["regulations"][case.spec["program"]][case.category])
        return Cite(source, reg, None, reg)
    mcg = _mcg(rng, vocab, case)
    ident = _make_id(rng, form["id"], case, mcg) if form.get("id") else None
    fields = {
        "title": _title(case, source), "year": str(year - rng.randrange(0, 2)), "id": ident or "",
        "payer_short": case.payer_short or "", "drug_short": case.service.get("short", ""),
        "topic": g["topics"][case.category], "iq_subset": pick(rng, g["iq_subsets"]),
        "mcg_product": mcg["product"], "mcg_product_name": mcg["name"],
        "mcg_edition": f"{rng.randrange(25, 30)}th", "nccn_version": f"{rng.randrange(1, 6)}.{year}",
        "asam_level": case.service.get("asam_level", "Level 3.5"), "locus_level": case.service.get("locus_level", "Level 4"),
    }
    printed = form["printed"].format(**fields)
    identifier = form["identifier"].format(**fields) if form.get("identifier") else None
    title = form["title"].format(**fields) if form.get("title") else None
    return Cite(source, identifier, title, printed)


def choose_cites(rng: Random, vocab: Vocab, case: "Case") -> list[Cite]:
    """0-2 citations that fit the case's category, family and service."""
    allowed = [s for s in vocab.guidelines["by_category"][case.category]
               if s in case.spec.get("sources", []) and _feasible(s, vocab, case)]
    if case.spec.get("program") == "medicare" and "regulation" in allowed and rng.random() < 0.5:
        allowed.remove("regulation")
    if not allowed:
        return []
    none_p = {"eligibility": 0.7, "administrative": 0.6, "insufficient_information": 0.5, "other": 0.6}.get(case.category, 0.2)
    if rng.random() < none_p:
        return []
    k = 2 if len(allowed) > 1 and rng.random() < 0.25 else 1
    weights = case.spec.get("source_weights", {})
    chosen: list[str] = []
    while len(chosen) < k:
        left = [s for s in allowed if s not in chosen]
        chosen.append(rng.choices(left, weights=[weights.get(s, 1) for s in left])[0])
    return [make_cite(rng, vocab, case, s) for s in chosen]
