"""The case store: documents, extracted records, page text, corrections, audit trail.

SQLite by default, PostgreSQL by URL. Sessions come from the caller (``store.db.session_scope``)
and are passed into every function; nothing here commits on its own.

    engine = make_engine(settings.db_url); upgrade(settings.db_url)
    with session_scope(engine) as s:
        save_processed(s, processed, filename, content)
"""
from store.audit import list_audit
from store.cases import (
    case_status,
    count_by,
    count_cases,
    get_case,
    get_pages,
    get_source,
    query_cases,
    replace_extraction,
    save_processed,
)
from store.corrections import add_correction, list_corrections, mark_reviewed
from store.db import make_engine, session_scope, upgrade
from store.export import CSV_COLUMNS, iter_export, to_csv_rows
from store.fields import CORRECTABLE_FIELDS
from store.public import AuditEvent, CaseNotFound, CaseSummary, Correction, InvalidCorrection, SaveOutcome

__all__ = [
    "list_audit", "case_status", "count_by", "count_cases", "get_case", "get_pages", "get_source", "query_cases",
    "replace_extraction", "save_processed", "add_correction", "list_corrections", "mark_reviewed",
    "make_engine", "session_scope", "upgrade", "CSV_COLUMNS", "iter_export", "to_csv_rows", "CORRECTABLE_FIELDS",
    "AuditEvent", "CaseNotFound", "CaseSummary", "Correction", "InvalidCorrection", "SaveOutcome",
]
