"""The contract's JSON Schema (vendored) and a validator for emitted records."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("models").joinpath("contract/case_record.schema.json").read_text())


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())


def schema_errors(record: dict) -> list[str]:
    """Human-readable schema violations of one record (empty when valid)."""
    return [f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}" for e in _validator().iter_errors(record)]
