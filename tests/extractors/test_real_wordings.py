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


BENEFIT_MANAGER = """eviCore healthcare
On behalf of Keystone Health Partners

October 2, 2026

Patient: Maria Lopez    Member ID: KHP448812201
Case Number: A123456789    Ordering Provider: Dr. Ravi Shah, NPI 1457389021
Requested Service: MRI Lumbar Spine without contrast (72148)

After review of the clinical information provided, we have determined that the request is not medically necessary and it has been denied.
Rationale: Based on eviCore healthcare Spine Imaging Guidelines SP-1.1, advanced imaging is not indicated for low back pain without red flag symptoms.

Your provider may request a peer-to-peer discussion by calling 1-800-555-0101 within 14 calendar days of this decision.
Appeal Rights: You or your provider acting on your behalf may file an appeal with Keystone Health Partners within 180 days after you receive this notice. If your situation is urgent, you may request an expedited appeal and a decision will be made within 72 hours.
"""


def test_member_appeal_filed_by_you_or_your_provider():
    r = record(BENEFIT_MANAGER)
    # "you or your provider ... may file an appeal" is the member's window; the 14-day one is the peer-to-peer's
    assert r.appeal.deadline == dt.date(2027, 3, 31) and r.appeal.counted_from == "receipt"
    assert r.peer_to_peer.offered is True and r.expedited.decision_hours == 72
    assert r.authorization_number == "A123456789" and r.service.procedure_codes == ["72148"]
    assert not r.needs_review


MEDICAID_PARTIAL = """Empire Medicaid Managed Care
INITIAL ADVERSE DETERMINATION
Notice date: October 20, 2026
Enrollee: Tasha Green   Medicaid ID: AB12345C

We have reviewed the request for personal care services, 40 hours per week. We are denying the request in part. We approved 25 hours per week.
Reason: The information we have shows that your needs can be safely met with 25 hours per week of care.
We used New York State Medicaid guidelines, 18 NYCRR 505.14, to make this decision.

You have 60 calendar days from the date of this notice to ask for a Plan Appeal.
To keep your services the same while you appeal, you must ask for a Plan Appeal within 10 days from the date of this notice.
"""


def test_medicaid_partial_denial_citing_a_state_rule():
    r = record(MEDICAID_PARTIAL)
    assert r.document_type == "partial_denial" and r.denial_reason.category == "medical_necessity"
    assert [(g.source, g.identifier) for g in r.guidelines] == [("regulation", "18 NYCRR 505.14")]
    assert r.appeal.deadline == dt.date(2026, 12, 19)


EOB = """Summit Blue Cross
EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement Date: 08/21/2026
Member: Robert King  ID: SBC900112233   Claim Number: 2026233P04417
Service 07/30/2026: CPT 99215-25, ICD-10 R51.9; infusion (J1745, infliximab)
Remark codes: CO-197 Precertification/authorization/notification/pre-treatment absent.
This claim was denied because the service required prior authorization and none was obtained.
If you disagree with this decision, you may file an appeal within 180 days of the date of this Explanation of Benefits.
"""


def test_eob_typed_header_and_codes_with_modifiers():
    r = record(EOB)
    # two spaces before "ID:" separate two label/value pairs typed on one line
    assert (r.member.name, r.member.member_id, r.claim_number) == ("Robert King", "SBC900112233", "2026233P04417")
    assert r.service.procedure_codes == ["99215", "J1745"] and r.service.diagnosis_codes == ["R51.9"]
    assert r.denial_reason.category == "no_authorization"
    assert r.denial_reason.text.startswith("This claim was denied because")
    assert r.appeal.deadline == dt.date(2027, 2, 17) and r.expedited.eligible is False


def test_visit_limit_and_bulletin_numbers():
    r = record("""Meridian Choice Health
Notice of Adverse Benefit Determination
Date of notice: 07/02/2026
We cannot approve the additional chiropractic visits requested. Your plan covers up to 20 chiropractic visits per calendar year, and you have already used 20 visits in 2026.
You may appeal this decision. Your request for appeal must be received by September 1, 2026.
""")
    assert r.denial_reason.category == "benefit_limit"
    assert r.appeal.deadline == dt.date(2026, 9, 1) and r.appeal.counted_from == "absolute"
    r = record("""Aetna Life Insurance Company
November 3, 2026
Aetna considers transcranial magnetic stimulation experimental and investigational for your condition. This decision is based on Aetna Clinical Policy Bulletin 0469, Transcranial Magnetic Stimulation, and the Medicare Benefit Policy Manual, Chapter 15.
You have 180 calendar days from the date you receive this letter to appeal.
""")
    assert r.denial_reason.category == "experimental"
    assert [g.identifier for g in r.guidelines] == ["0469", "Chapter 15"]


SHORT = "Pinnacle Health Plan\nDate: 03/10/2026\nMember ID: PHP123456789\n\n" \
        "We have denied your request for an MRI of the brain (70553) because it is not medically necessary.\n"


def test_more_ways_to_name_the_base_date():
    cases = {
        "Your appeal must be submitted within 180 days of the date on which you receive this determination.":
            (dt.date(2026, 9, 6), "receipt"),
        "You may appeal within 30 days of the date of the initial denial.": (dt.date(2026, 4, 9), "letter_date"),
        'You have 60 days from the date of this "Notice of Action" letter to file an appeal.':
            (dt.date(2026, 5, 9), "letter_date"),
    }
    for sentence, (deadline, counted_from) in cases.items():
        r = record(SHORT + sentence + "\n")
        assert (r.appeal.deadline, r.appeal.counted_from, r.needs_review) == (deadline, counted_from, False), sentence


def test_receiving_this_notice_is_not_receiving_the_service():
    r = record(SHORT + "You have 60 days from the date you receive this notice to ask for an appeal. "
                       "We presume you received this notice 5 days after the date on it.\n")
    assert r.appeal.deadline == dt.date(2026, 5, 14)
    # a pre-service request: nothing makes it post-service, so the silent letter says nothing on expedited
    assert r.review_type == "pre_service" and r.expedited.eligible is None


def test_appeal_decision_heading_introduces_the_reason():
    r = record("Pinnacle Health Plan\nDate: 03/10/2026\nAPPEAL DECISION\n"
               "We reviewed your appeal of our decision to deny the MRI of the brain. We upheld our original decision. "
               "The MRI is not medically necessary because your exam was normal, per InterQual Imaging criteria.\n")
    assert r.document_type == "denial" and r.denial_reason.category == "medical_necessity"
    assert [g.source for g in r.guidelines] == ["InterQual"]


def test_a_conditional_denial_does_not_make_an_approval_a_denial():
    r = record("Pinnacle Health Plan\nDate: 03/10/2026\nAuthorization #: PA-778899\n"
               "Your request for an MRI of the brain (70553) has been approved for dates of service 03/15/2026 through 05/15/2026.\n"
               "If any part of a request is denied, you have the right to appeal within 60 days of the date of the denial notice.\n")
    assert r.document_type == "approval" and not r.needs_review
