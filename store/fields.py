"""Which contract fields a person may correct, how a corrected value is checked, and how
corrections are laid over an extracted record. Pure functions: no database here."""
from __future__ import annotations

import copy
import datetime as dt
import json
import types
import typing
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from models import CaseRecord
from store.public import InvalidCorrection

# Identity, provenance and the pipeline's own judgement are not corrected field by field:
# a reviewer resolves doubt with mark_reviewed, a bad read with reprocessing.
_READ_ONLY = {"schema_version", "record_id", "source", "status", "error", "evidence", "confidence",
              "needs_review", "review_reasons", "extractor_version"}
_NOT_CONTRACT = {"computation"}  # model extras that are not contract fields


@lru_cache(maxsize=1)
def _field_types() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, info in CaseRecord.model_fields.items():
        if name in _READ_ONLY:
            continue
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            for sub, sub_info in ann.model_fields.items():
                if sub not in _NOT_CONTRACT:
                    out[f"{name}.{sub}"] = sub_info.annotation
        else:
            out[name] = ann
    return out


CORRECTABLE_FIELDS: tuple[str, ...] = tuple(_field_types())


def _nullable(ann: Any) -> bool:
    return typing.get_origin(ann) in (typing.Union, types.UnionType) and type(None) in typing.get_args(ann)


def validate_correction(field: str, value: Any) -> Any:
    """The JSON form of ``value`` for contract field ``field``, or InvalidCorrection.
    Checking is strict (JSON semantics): dates are ISO strings (or ``date``), booleans are
    booleans, numbers numbers, enums one of their values. An empty string clears a nullable field."""
    ann = _field_types().get(field)
    if ann is None:
        raise InvalidCorrection(f"{field!r} is not a correctable field; use one of: {', '.join(CORRECTABLE_FIELDS)}")
    if isinstance(value, str) and not value.strip() and _nullable(ann):
        value = None
    adapter = TypeAdapter(ann)
    try:
        raw = json.dumps(value, default=lambda o: o.isoformat() if isinstance(o, dt.date) else _unjsonable(o))
        return adapter.dump_python(adapter.validate_json(raw, strict=True), mode="json")
    except (ValidationError, TypeError, ValueError) as e:
        reason = e.errors()[0]["msg"] if isinstance(e, ValidationError) else "not a JSON value"
        raise InvalidCorrection(f"{field}: {reason}") from None  # never echo the value (may be PHI)


def _unjsonable(o: Any):
    raise TypeError(type(o).__name__)


def get_path(record: dict, field: str) -> Any:
    node: Any = record
    for part in field.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def set_path(record: dict, field: str, value: Any) -> None:
    *parents, last = field.split(".")
    node = record
    for part in parents:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[last] = value


def apply_corrections(record: dict, corrections) -> dict:
    """A copy of ``record`` with each field's latest correction applied (``corrections`` are rows or
    models with field/new_value/user/time/comment/id). Corrected fields get confidence 1.0 and
    are listed under the extra key ``corrections``."""
    out = copy.deepcopy(record)
    latest = {}
    for c in sorted(corrections, key=lambda c: c.id):
        latest[c.field] = c
    for field, c in latest.items():
        set_path(out, field, copy.deepcopy(c.new_value))
        out.setdefault("confidence", {})[field] = 1.0
    out["corrections"] = [
        {"field": f, "value": c.new_value, "user": c.user, "time": c.time.isoformat(), "comment": c.comment}
        for f, c in latest.items()
    ]
    return out
