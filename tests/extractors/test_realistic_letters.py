"""Three hundred twenty letters in the wording of real notices (CMS, Medicaid in many states, ERISA,
commercial payers, benefit managers, EOBs and remittances, Medicare Summary Notices, TRICARE / FEHB,
dental / vision / hearing EOBs, appeal outcomes, approvals, pend letters, overpayment and COB notices),
eight sets written apart from the patterns: the key fields, measured the way the acceptance scorer
measures them."""
import datetime as dt
import re

import pytest

from tests.extractors.helpers import record
from tests.extractors import (realistic_letters, realistic_letters_2, realistic_letters_3, realistic_letters_4,
                              realistic_letters_5, realistic_letters_6, realistic_letters_7, realistic_letters_8)


def _norm(x: str) -> str:
    return re.sub(r"[^A-Z0-9.\-]", "", str(x).upper()).strip(".-")


def _guideline_matches(label: tuple[str, str | None], g) -> bool:
    source, ident = label
    if ident is None:
        return g.source == source
    a = _norm(ident)
    return any(b and (a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a)))
               for b in (_norm(g.identifier or ""), _norm(g.title or "")))


def _guidelines_right(labels, found) -> bool:
    used: set[int] = set()
    for lab in labels:
        j = next((j for j, g in enumerate(found) if j not in used and _guideline_matches(lab, g)), None)
        if j is None:
            return False
        used.add(j)
    return len(used) == len(found)


@pytest.fixture(scope="module", params=[realistic_letters, realistic_letters_2, realistic_letters_3, realistic_letters_4,
                        realistic_letters_5, realistic_letters_6, realistic_letters_7, realistic_letters_8],
                ids=["set1", "set2", "set3", "set4", "set5", "set6", "set7", "set8"])
def outcomes(request):
    out = []
    for L in request.param.LETTERS:
        r = record(*L["text"].split("\f"))
        deadline = dt.date.fromisoformat(L["deadline"]) if L["deadline"] else None
        wrong = [k for k, ok in {
            "document_type": r.document_type == L["document_type"],
            "category": r.denial_reason.category == L["category"],
            "deadline": r.appeal.deadline == deadline,
            "expedited": r.expedited.eligible == L["expedited"],
            "guidelines": _guidelines_right(L["guidelines"], r.guidelines),
        }.items() if not ok]
        out.append((L["name"], r, wrong))
    return out


def test_key_fields(outcomes):
    right = sum(5 - len(w) for _, _, w in outcomes)
    accuracy = right / (5 * len(outcomes))
    misses = {name: wrong for name, _, wrong in outcomes if wrong}
    assert accuracy >= 0.95, misses


def test_no_silent_deadline_or_expedited_errors(outcomes):
    silent = [name for name, r, wrong in outcomes
              if not r.needs_review and ({"deadline", "expedited"} & set(wrong))]
    assert silent == []


def test_review_queue_stays_useful(outcomes):
    assert sum(r.needs_review for _, r, _ in outcomes) <= 0.25 * len(outcomes)
