"""The summary of one batch run: counts by outcome, status and denial category, the documents
whose appeal deadline falls within the next days, and what failed. Built from DocResults (ids,
file names, codes and dates only), rendered as markdown for a Prefect artifact and as text for
the terminal."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel

from flows.documents import DocResult

DUE_WITHIN_DAYS = 7


class DueSoon(BaseModel):
    record_id: str
    filename: str
    deadline: dt.date
    days_left: int


class Problem(BaseModel):
    filename: str
    record_id: str | None
    code: str | None
    outcome: str
    moved_to: str | None


class RunSummary(BaseModel):
    total: int = 0
    by_outcome: dict[str, int] = {}
    by_status: dict[str, int] = {}
    by_category: dict[str, int] = {}
    due_soon: list[DueSoon] = []
    problems: list[Problem] = []  # failed documents and documents that could not be handled
    today: dt.date
    due_within_days: int = DUE_WITHIN_DAYS

    @property
    def errors(self) -> int:
        """Documents the run could not handle at all (not the same as a document that failed)."""
        return sum(n for k, n in self.by_outcome.items() if k in ("error", "missing"))


def _counts(values: Iterable) -> dict[str, int]:
    c = Counter(v for v in values)
    return dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def summarize(results: list[DocResult], today: dt.date | None = None,
              within_days: int = DUE_WITHIN_DAYS) -> RunSummary:
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=within_days)
    stored = [r for r in results if r.status]
    due = sorted((r for r in stored if r.appeal_deadline and today <= r.appeal_deadline <= horizon),
                 key=lambda r: (r.appeal_deadline, r.filename))
    return RunSummary(
        total=len(results),
        by_outcome=_counts(r.outcome for r in results),
        by_status=_counts(r.status for r in stored),
        by_category=_counts(r.category or "(none)" for r in stored if r.status != "failed"),
        due_soon=[DueSoon(record_id=r.record_id, filename=r.filename, deadline=r.appeal_deadline,
                          days_left=(r.appeal_deadline - today).days) for r in due],
        problems=[Problem(filename=r.filename, record_id=r.record_id, code=r.error_code, outcome=r.outcome,
                          moved_to=r.moved_to)
                  for r in results if r.status == "failed" or r.outcome in ("error", "missing")],
        today=today, due_within_days=within_days,
    )


def _table(header: tuple[str, ...], rows: list[tuple]) -> list[str]:
    cell = lambda v: str(v).replace("|", "\\|")  # noqa: E731
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
            *("| " + " | ".join(cell(v) for v in row) + " |" for row in rows)]


def to_markdown(s: RunSummary) -> str:
    lines = [f"# Denial letters batch — {s.total} document(s)", ""]
    lines += ["## By outcome", *_table(("outcome", "documents"), list(s.by_outcome.items())), ""]
    lines += ["## By status", *_table(("status", "cases"), list(s.by_status.items())), ""]
    lines += ["## By denial category", *_table(("category", "cases"), list(s.by_category.items())), ""]
    lines.append(f"## Appeal deadline within {s.due_within_days} days (from {s.today.isoformat()})")
    if s.due_soon:
        lines += _table(("deadline", "days left", "record", "file"),
                        [(d.deadline.isoformat(), d.days_left, d.record_id[:12], d.filename) for d in s.due_soon])
    else:
        lines.append("None.")
    lines.append("")
    lines.append("## Failed")
    if s.problems:
        lines += _table(("file", "record", "code", "outcome", "now in"),
                        [(p.filename, (p.record_id or "")[:12], p.code or "", p.outcome, p.moved_to or "(in place)")
                         for p in s.problems])
    else:
        lines.append("None.")
    return "\n".join(lines) + "\n"


def to_text(s: RunSummary) -> str:
    join = lambda d: ", ".join(f"{k} {v}" for k, v in d.items()) or "-"  # noqa: E731
    lines = [f"{s.total} document(s): {join(s.by_outcome)}",
             f"  status:   {join(s.by_status)}",
             f"  category: {join(s.by_category)}"]
    if s.due_soon:
        lines.append(f"  appeal deadline within {s.due_within_days} days: {len(s.due_soon)}")
        lines += [f"    {d.deadline.isoformat()} ({d.days_left:+d} d)  {d.record_id[:12]}  {d.filename}"
                  for d in s.due_soon]
    if s.problems:
        lines.append(f"  failed: {len(s.problems)}")
        lines += [f"    {p.filename}: {p.code or p.outcome}" + (f" -> {p.moved_to}" if p.moved_to else "")
                  for p in s.problems]
    return "\n".join(lines)
