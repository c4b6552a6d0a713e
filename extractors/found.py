"""What an extractor returns: a value, where it was read (letter offsets), how sure, which rule."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Found:
    value: Any
    start: int
    end: int
    confidence: float
    rule: str
