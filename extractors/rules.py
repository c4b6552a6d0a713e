"""Pattern data: loading, validation, and matching.

Two kinds of rule files live in ``extractors/patterns/`` (read with importlib.resources):

* ``*.jsonl`` cue rules, one JSON object per line, spaCy span_ruler style:
  ``{"id": "mn-not-necessary", "label": "medical_necessity", "pattern": "not medically necessary", "weight": 3}``
  A string pattern is a phrase (PhraseMatcher on lower-cased text), a list is a token pattern
  (spaCy Matcher). ``weight`` defaults to 1. Unknown keys and duplicate ids are rejected.
* ``*.yaml`` regex rules: ``{rules: [{id, label, regex, ...extra}]}`` for values (dates, ids,
  codes, windows) that are shapes rather than words. Compiled case-insensitively unless
  ``case: true``; unknown keys rejected.
Every match carries its rule id, which evidence cites.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_CUE_KEYS = {"id", "label", "pattern", "weight", "note"}
_REGEX_KEYS = {"id", "label", "regex", "case", "note", "group", "value", "weight", "unit", "base", "source"}


class RuleError(ValueError):
    pass


@dataclass(frozen=True)
class CueRule:
    id: str
    label: str
    pattern: str | list
    weight: float = 1.0


@dataclass(frozen=True)
class RegexRule:
    id: str
    label: str
    regex: re.Pattern
    extra: dict

    def get(self, key: str, default=None):
        return self.extra.get(key, default)


def _read(name: str) -> str:
    return resources.files("extractors").joinpath("patterns", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_cues(name: str) -> tuple[CueRule, ...]:
    rules: list[CueRule] = []
    seen: set[str] = set()
    for n, line in enumerate(_read(name).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise RuleError(f"{name}:{n}: not JSON: {e}") from e
        unknown = set(obj) - _CUE_KEYS
        if unknown or not {"id", "label", "pattern"} <= set(obj):
            raise RuleError(f"{name}:{n}: keys must be {sorted(_CUE_KEYS)} (id, label, pattern required); got {sorted(obj)}")
        if obj["id"] in seen:
            raise RuleError(f"{name}:{n}: duplicate id {obj['id']!r}")
        if not isinstance(obj["pattern"], (str, list)) or not obj["pattern"]:
            raise RuleError(f"{name}:{n}: pattern must be a phrase or a token-pattern list")
        seen.add(obj["id"])
        rules.append(CueRule(obj["id"], obj["label"], obj["pattern"], float(obj.get("weight", 1.0))))
    return tuple(rules)


@lru_cache(maxsize=None)
def load_regexes(name: str) -> tuple[RegexRule, ...]:
    data = yaml.safe_load(_read(name))
    out: list[RegexRule] = []
    seen: set[str] = set()
    for n, obj in enumerate(data.get("rules", []), start=1):
        unknown = set(obj) - _REGEX_KEYS
        if unknown or not {"id", "regex"} <= set(obj):
            raise RuleError(f"{name}: rule {n}: unknown keys {sorted(unknown)} or missing id/regex")
        if obj["id"] in seen:
            raise RuleError(f"{name}: duplicate id {obj['id']!r}")
        seen.add(obj["id"])
        flags = 0 if obj.get("case") else re.IGNORECASE
        try:
            rx = re.compile(obj["regex"], flags)
        except re.error as e:
            raise RuleError(f"{name}: rule {obj['id']}: bad regex: {e}") from e
        extra = {k: v for k, v in obj.items() if k not in ("id", "label", "regex", "case")}
        out.append(RegexRule(obj["id"], obj.get("label", obj["id"]), rx, extra))
    return tuple(out)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict:
    """A plain vocabulary/data file (e.g. label synonyms, CARC categories)."""
    return yaml.safe_load(_read(name))
