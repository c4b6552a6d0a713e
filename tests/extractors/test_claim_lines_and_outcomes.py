"""Claim lines, code keys, appeal outcomes and citations in the wording of real notices: a
remittance whose lines are partly paid, a code key listing codes the claim does not carry, an
appeal decision whose next step is the window, an approval with generic appeal rights."""
import datetime as dt

from tests.extractors.helpers import record

EOB_LINES = """Prairie Mutual
Explanation of Benefits
Statement date: 04/15/2025
Member ID: PM220019    Claim #: 25-44190-01

Service date 03/30/2025
  99213  Office visit          Amount billed $150.00   Plan paid $92.10   Your share $25.00
  93000  EKG                   Amount billed $60.00    Plan paid $0.00    Your share $0.00   Remark N20
N20  Service not payable with other service rendered on the same date.
N19  Procedure code incidental to primary procedure.

You may appeal within 180 days of the date of this statement.
"""

ALL_PAID_WITH_KEY = """Granite Benefits
Explanation of Benefits - this is not a bill
Statement date: 02/20/2025
Member ID: GB55104   Claim: 25-0211-3390

Service date   Service          Code    Billed     Allowed    Deductible   Plan paid   Notes
02/04/2025     Ultrasound       76700   $612.00    $270.75    $270.75      $0.00       D1
02/04/2025     Office visit     99212   $120.00    $73.90     $0.00        $43.90      C3

Notes
 D1  The allowed amount was applied to your deductible.
 C3  Your office visit copay applies.
 X5  This service is not covered under your plan.

If you believe this claim was processed incorrectly, write to us within 180 days of the date of this statement.
"""

UPHELD = """Blue Harbor Health Plan
March 3, 2025
Member ID: BH123456   Appeal #: AP-99812

Dear Member,
We have completed our review of your appeal of the denial of your knee MRI (CPT 73721). After review by an orthopedic surgeon, we have upheld our original decision. The records do not show that the MRI is medically necessary.

You may ask for an independent external review. Your request must be filed within four months after you receive this letter.
"""

APPROVAL = """Green Valley Health
Prior Authorization Approval
Date: 02/10/2025
Member ID: GV55512  Reference #: PA-22019

Good news. We approved your request for physical therapy, 12 visits (97110).

If you disagree with any part of this decision, you may appeal within 60 days of the date of this letter. Urgent appeals are decided within 72 hours.
"""

REDUCTION = """Sunrise Medicaid Plan
Notice of Action
Date: 05/02/2025
Member ID: SM778812

We are decreasing your home care aide hours from 30 hours a week to 20 hours a week starting June 1, 2025. The other 10 hours are not medically necessary because your assessment shows you can dress yourself. This decision follows Section 7.2 of your Member Handbook.

You may ask for an appeal within 60 days from the date of this notice.
"""


def test_partly_paid_lines_without_column_heads_are_a_partial_denial():
    r = record(EOB_LINES)
    assert r.document_type == "partial_denial" and r.denial_reason.category == "coding"
    assert r.appeal.deadline == dt.date(2025, 10, 12) and r.expedited.eligible is False


def test_a_code_key_entry_the_claim_does_not_carry_is_no_denial():
    r = record(ALL_PAID_WITH_KEY)
    assert r.document_type == "approval"
    assert r.appeal.deadline is None and r.expedited.eligible is None


def test_an_upheld_appeal_counts_the_external_review_window():
    r = record(UPHELD)
    assert r.document_type == "denial"
    assert r.appeal.deadline == dt.date(2025, 7, 3) and r.appeal.counted_from == "receipt"


def test_an_approval_takes_no_deadline_or_expedited_path_from_generic_rights():
    r = record(APPROVAL)
    assert r.document_type == "approval"
    assert r.appeal.deadline is None and r.expedited.eligible is None


def test_a_reduction_of_hours_is_a_partial_denial_citing_the_section():
    r = record(REDUCTION)
    assert r.document_type == "partial_denial" and r.denial_reason.category == "medical_necessity"
    assert [(g.source, g.identifier) for g in r.guidelines] == [("plan_document", "Section 7.2")]
