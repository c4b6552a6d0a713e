"""How each correctable contract field is shown and edited on the case page, and how a form's text
becomes the JSON value ``store.add_correction`` checks. Derived from the CaseRecord model, so a new
contract field shows up without touching this file."""
from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel

from models import CaseRecord
from store import CORRECTABLE_FIELDS, InvalidCorrection

Kind = Literal["date", "bool", "int", "enum", "text", "longtext", "list", "json"]

GROUPS: dict[str, tuple[str, ...]] = {
    "Appeal": ("appeal.", "expedited.", "external_review.", "peer_to_peer."),
    "Denial": ("document_type", "denial_reason.", "guidelines", "missing_documentation", "carc_codes", "review_type"),
    "Letter": ("letter_date", "payer", "member.", "provider.", "claim_number", "authorization_number"),
    "Service": ("service.",),
}
LONG_TEXT = ("text", "description")
LABELS = {
    "appeal.window_days": "Appeal window (days)", "expedited.decision_hours": "Expedited decision (hours)",
    "member.member_id": "Member ID", "provider.npi": "Provider NPI", "carc_codes": "CARC codes",
    "service.date_of_service": "Date of service", "service.procedure_codes": "Procedure codes",
    "service.diagnosis_codes": "Diagnosis codes", "peer_to_peer.offered": "Peer-to-peer offered",
    "peer_to_peer.text": "Peer-to-peer text",
}


@dataclass(frozen=True)
class FieldSpec:
    path: str
    label: str
    kind: Kind
    options: tuple[str, ...] = ()
    group: str = "Other"


def _strip_optional(ann: Any) -> Any:
    if typing.get_origin(ann) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        return args[0] if len(args) == 1 else ann
    return ann


def _annotation(path: str) -> Any:
    model: type[BaseModel] = CaseRecord
    *parents, last = path.split(".")
    for part in parents:
        model = _strip_optional(model.model_fields[part].annotation)
    return model.model_fields[last].annotation


def _kind(path: str, ann: Any) -> tuple[Kind, tuple[str, ...]]:
    import datetime as dt

    inner = _strip_optional(ann)
    origin = typing.get_origin(inner)
    if inner is dt.date:
        return "date", ()
    if inner is bool:
        return "bool", ()
    if inner is int:
        return "int", ()
    if origin is Literal:
        return "enum", tuple(typing.get_args(inner))
    if origin is list:
        (item,) = typing.get_args(inner)
        return ("list", ()) if item is str else ("json", ())
    if inner is str:
        return ("longtext" if path.rsplit(".", 1)[-1] in LONG_TEXT else "text"), ()
    return "json", ()


def _label(path: str) -> str:
    if path in LABELS:
        return LABELS[path]
    text = path.replace(".", " ").replace("_", " ")
    return text[:1].upper() + text[1:]


def _group(path: str) -> str:
    for group, prefixes in GROUPS.items():
        if any(path == p or (p.endswith(".") and path.startswith(p)) for p in prefixes):
            return group
    return "Other"


@lru_cache(maxsize=1)
def field_specs() -> tuple[FieldSpec, ...]:
    """Every correctable field, grouped (Appeal first: what the reader must act on)."""
    specs = []
    for path in CORRECTABLE_FIELDS:
        kind, options = _kind(path, _annotation(path))
        specs.append(FieldSpec(path, _label(path), kind, options, _group(path)))
    order = list(GROUPS) + ["Other"]
    return tuple(sorted(specs, key=lambda s: order.index(s.group)))


@lru_cache(maxsize=1)
def spec_by_path() -> dict[str, FieldSpec]:
    return {s.path: s for s in field_specs()}


def parse_value(path: str, raw: str) -> Any:
    """The JSON value a form's text means for field ``path``: '' is null, dates stay ISO strings,
    yes/no become booleans, lists are split on ';' or new lines, guidelines are JSON."""
    spec = spec_by_path().get(path)
    if spec is None:
        raise InvalidCorrection(f"{path!r} is not a correctable field")
    raw = (raw or "").strip()
    if spec.kind == "list":
        return [part.strip() for chunk in raw.splitlines() for part in chunk.split(";") if part.strip()]
    if spec.kind == "json":
        if not raw:
            return []
        try:
            return json.loads(raw)
        except ValueError:
            raise InvalidCorrection(f"{path}: not valid JSON") from None
    if not raw:
        return None
    if spec.kind == "bool":
        if raw.lower() in ("true", "yes"):
            return True
        if raw.lower() in ("false", "no"):
            return False
        raise InvalidCorrection(f"{path}: choose yes, no or unknown")
    if spec.kind == "int":
        try:
            return int(raw)
        except ValueError:
            raise InvalidCorrection(f"{path}: not a whole number") from None
    return raw


def form_value(spec: FieldSpec, value: Any) -> str:
    """A field's current value as the edit form shows it."""
    if value is None:
        return ""
    if spec.kind == "bool":
        return "true" if value else "false"
    if spec.kind == "list":
        return "; ".join(str(v) for v in value)
    if spec.kind == "json":
        return json.dumps(value, indent=1, ensure_ascii=False)
    return str(value)


def display_value(spec: FieldSpec, value: Any) -> str:
    """A field's value as read-only text."""
    if value is None or value == []:
        return "—"
    if spec.kind == "bool":
        return "yes" if value else "no"
    if spec.kind == "list":
        return "; ".join(str(v) for v in value)
    if spec.kind == "json" and isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict):
                bits = [str(item.get(k)) for k in ("source", "identifier", "title") if item.get(k)]
                parts.append(" · ".join(bits) or json.dumps(item, ensure_ascii=False))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(value)


def evidence_keys(path: str, evidence: dict) -> list[str]:
    """Evidence entries that support field ``path`` (``guidelines`` also owns ``guidelines[0]``…)."""
    return [k for k in evidence if k == path or k.split("[", 1)[0] == path or k.startswith(path + ".")]
