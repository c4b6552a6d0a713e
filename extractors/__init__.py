"""Rule-based field extraction: page text -> CaseRecord. Patterns live in extractors/patterns/."""
from __future__ import annotations

EXTRACTOR_VERSION = "0.1.0"


def extract_record(doc):
    from extractors.record import build_record

    return build_record(doc)
