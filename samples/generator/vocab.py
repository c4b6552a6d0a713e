"""Load the generator's data files (``data/*.yaml``) with importlib.resources and check them.

Every phrasing, payer, service, code and citation lives in those files; this module only reads them,
rejects unknown or missing top-level keys, and offers a few seeded picking helpers.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from random import Random
from typing import Any, Sequence

import yaml

# file -> the top-level keys it must have (and may have; anything else is an error).
_SCHEMA: dict[str, set[str]] = {
    "names": {"first_names", "middle_initials", "last_names", "credentials", "streets", "suites", "cities",
              "facilities", "payers", "id_shapes"},
    "services": {"medical", "drugs", "bh_levels", "dental"},
    "reasons": {"medical_necessity", "insufficient_information", "step_therapy", "not_covered", "experimental",
                "out_of_network", "no_authorization", "coding", "eligibility", "benefit_limit",
                "administrative", "other"},
    "guidelines": {"sources", "regulations", "by_category", "topics", "iq_subsets", "mcg_products",
                   "basis_sentences"},
    "appeal": {"windows", "presumptions", "leads", "traps"},
    "rights": {"expedited", "external_review", "peer_to_peer", "rights_regulations", "free_copies"},
    "boilerplate": {"titles", "re_prefix", "salutations", "provider_salutations", "openers", "decisions",
                    "approval_notes", "next_steps", "closings", "signers", "contact_lines", "how_to_appeal",
                    "nondiscrimination", "nondiscrimination_headings", "taglines", "missing_docs",
                    "partial_alternatives", "invoice_lines"},
    "carc": {"codes", "non_denial", "rarc", "by_category"},
    "headings": {"reason", "appeal", "expedited", "external_review", "p2p", "help", "missing", "service",
                 "rights_other", "kv_labels", "delegate_lines", "footer_codes"},
    "families": {"families"},
}

REASON_KEYS = {"text", "kinds", "review", "inline_cite", "trap", "carc", "requires"}
FAMILY_KEYS = {"weight", "audience", "payer_kind", "program", "delegate_for", "doc_types", "review_types",
               "kinds", "categories", "sources", "appeal", "expedited", "hours", "external_review", "er_style",
               "p2p", "traps", "rights_regs", "title", "form_footer", "sections", "label_nulls",
               "source_weights"}


class DataError(ValueError):
    """A data file is malformed (unknown or missing keys)."""


def _read(name: str) -> dict:
    text = resources.files(__package__).joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    expected = _SCHEMA[name]
    if not isinstance(data, dict) or set(data) != expected:
        got = set(data) if isinstance(data, dict) else set()
        raise DataError(f"data/{name}.yaml: missing {sorted(expected - got)}, unknown {sorted(got - expected)}")
    return data


def _check_reasons(reasons: dict) -> None:
    for cat, entries in reasons.items():
        for e in entries:
            unknown = set(e) - REASON_KEYS
            if unknown or "text" not in e:
                raise DataError(f"reasons.yaml/{cat}: bad entry {e!r} (unknown keys {sorted(unknown)})")


def _check_families(families: dict) -> None:
    for name, spec in families["families"].items():
        unknown = set(spec) - FAMILY_KEYS
        if unknown:
            raise DataError(f"families.yaml/{name}: unknown keys {sorted(unknown)}")
        for key in ("weight", "audience", "payer_kind", "doc_types", "review_types", "kinds", "title", "sections"):
            if key not in spec:
                raise DataError(f"families.yaml/{name}: missing {key}")


@dataclass(frozen=True)
class Vocab:
    names: dict
    services: dict
    reasons: dict
    guidelines: dict
    appeal: dict
    rights: dict
    boilerplate: dict
    carc: dict
    headings: dict
    families: dict


@lru_cache(maxsize=1)
def load_vocab() -> Vocab:
    data = {name: _read(name) for name in _SCHEMA}
    _check_reasons(data["reasons"])
    _check_families(data["families"])
    return Vocab(**data)


# ---- seeded picking helpers -------------------------------------------------------------------

def weighted(rng: Random, weights: dict[Any, float]) -> Any:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def pick(rng: Random, items: Sequence[Any]) -> Any:
    return items[rng.randrange(len(items))]


def pick_indexed(rng: Random, items: Sequence[Any]) -> tuple[int, Any]:
    i = rng.randrange(len(items))
    return i, items[i]


def expand_shape(rng: Random, shape: str, **fields: str) -> str:
    """Fill an id shape: '#' -> digit, '@' -> capital letter, '{name}' -> fields[name]."""
    for k, v in fields.items():
        shape = shape.replace("{" + k + "}", v)
    out = []
    for ch in shape:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "@":
            out.append("ACDEFGHJKMNPQRTUVWXY"[rng.randrange(20)])
        else:
            out.append(ch)
    return "".join(out)
