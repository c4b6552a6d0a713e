"""Whole letters in the wording of real notices (CMS Part D denial, Medicaid managed-care
adverse benefit determination, ERISA claim denial): every key field, traps included."""
import datetime as dt

from tests.extractors.helpers import record

PART_D = """Sunrise MedicareRx (PDP)
PO Box 1200, Columbus, OH 43215

Notice of Denial of Medicare Prescription Drug Coverage
Date: March 2, 2026
Name: Alice Moore   Member number: M123456789

We have denied your request for the prescription drug(s) listed below. We denied this request because the drug is not on our list of covered drugs (formulary) and you have not tried the formulary alternatives.

What if I don't agree with this decision?
You have the right to ask us to review our decision. If you want to appeal, you must request a redetermination within 65 days from the date of this notice.
If you or your prescriber believe that waiting for a standard decision could seriously harm your health, you can ask for a fast (expedited) redetermination. We will make a decision within 72 hours.
You can't request an expedited appeal if you're asking us to pay you back for a drug you already received.
"""

MEDICAID = """Bayou Community Health Plan
Notice of Adverse Benefit Determination
Notice date: 04/10/2026
Member ID: LA9988776

We have decided to deny your request for home health aide services. The reason for this decision is that the services requested are not medically necessary because your needs can be met with fewer hours.

Your right to appeal
You have 60 calendar days from the date on this notice to ask for an appeal.
If you want your services to continue while your appeal is reviewed, you must ask for an appeal within 10 days of the date of this notice.
If we uphold our decision, you can ask for a State Fair Hearing within 120 days of the date of our appeal decision.
You may ask for an expedited appeal if you think waiting 30 days could seriously harm your health. We will decide within 72 hours.
"""

ERISA = """Acme Employee Health Plan
c/o Northwind Benefit Administrators
June 1, 2025
Re: Claim No. 889900112  Participant ID: XYZ-55-1234

Your claim for the services listed below has been denied. The service is excluded under the Plan. See Article VII, Exclusions, of the Summary Plan Description.

You have 180 days following receipt of this notification to file an appeal. Your appeal must be in writing.
You have the right to bring a civil action under Section 502(a) of ERISA following an adverse benefit determination on review.
"""


def test_part_d_denial():
    r = record(PART_D)
    assert r.document_type == "denial" and r.denial_reason.category == "step_therapy"
    assert r.appeal.deadline == dt.date(2026, 5, 6) and r.appeal.counted_from == "letter_date"
    # the pay-you-back rule is general: this pre-service request can be expedited
    assert r.expedited.eligible is True and r.expedited.decision_hours == 72
    assert [g.source for g in r.guidelines] == ["formulary"]
    assert not r.needs_review


def test_medicaid_adverse_benefit_determination():
    r = record(MEDICAID)
    assert r.document_type == "denial" and r.denial_reason.category == "medical_necessity"
    # not the 10-day continuation window, not the fair hearing window
    assert r.appeal.deadline == dt.date(2026, 6, 9) and r.appeal.window_days == 60
    assert r.expedited.eligible is True and r.expedited.decision_hours == 72
    assert r.external_review.available is True and not r.needs_review


def test_erisa_claim_denial():
    r = record(ERISA)
    assert (r.claim_number, r.member.member_id) == ("889900112", "XYZ-55-1234")
    assert r.document_type == "denial" and r.denial_reason.category == "not_covered"
    assert r.review_type == "post_service" and r.expedited.eligible is False
    assert r.appeal.deadline == dt.date(2025, 11, 28) and r.appeal.counted_from == "receipt"
    assert [(g.source, g.identifier) for g in r.guidelines] == [("plan_document", "Article VII")]
