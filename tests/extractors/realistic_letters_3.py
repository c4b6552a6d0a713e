# -*- coding: utf-8 -*-
"""A third set of 40 synthetic US health-insurance letters with expected labels.

Wording modelled on public notice templates (DOL/HHS model notices of adverse benefit
determination, CMS Notice of Denial of Medical Coverage / Part D denial notices, state
Medicaid Notice of Adverse Benefit Determination "Your Rights" inserts, commercial EOBs
and provider remittance notices).  All names, IDs, NPIs and phone numbers are fictitious.

Labels follow the contract README (../shared/contract/README.md) (deadline arithmetic is normative):
  * receipt-based windows  -> letter_date + N (no presumption unless the letter states one)
  * business / working days -> Mon-Fri only, no holidays, counting starts the day after the base date
  * months / "one year"      -> calendar months, window_days = None
Pages of multi-page letters are separated by "\f".
"""

LETTERS = []


def _add(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------------------
# DENIALS (28)
# ---------------------------------------------------------------------------

# D01 - 4-page letter, page 1 is only a cover/summary table, reason on page 2,
# appeal rights on page 3, external review / nondiscrimination on page 4.
_add(
    name="p4_d01_tka_interqual_4page_cover_summary",
    text="""NORTHSTAR HEALTH PARTNERS
Utilization Management Department
P.O. Box 44120, Columbus, OH 43204
Phone 1-800-555-0142   Fax 1-800-555-0199

March 9, 2026

Sent to:  Ortho Associates of Central Ohio
          Attn: Precertification Coordinator
          1200 Olentangy River Road, Columbus, OH 43212
cc:       Member - Dolores Whitfield, 88 Elm Hollow Drive, Westerville, OH 43081

NOTICE OF ADVERSE DETERMINATION

Member name:  Dolores Whitfield              Member ID:  NHP448120937
Group number: 0078812                        Reference #: UM-26-0311842
Requesting provider: Raymond Okafor, MD      NPI: 1487726310
Facility: Riverside Orthopaedic Surgery Center

SUMMARY OF DECISION
----------------------------------------------------------------------------
Service requested                  Code    Units   Decision        Details
Total knee arthroplasty, right     27447   1       Not approved    Page 2
Inpatient stay (post-operative)    0110    2 days  Not approved    Page 2
----------------------------------------------------------------------------

This page is a summary only and is not the complete notice. The full explanation
of our decision begins on page 2. Your appeal rights are explained on page 3.
Information about independent external review and free language assistance is
on page 4. Please keep all pages of this notice for your records.
\f
Page 2 of 4                                   Reference #: UM-26-0311842

Dear Dr. Okafor:

On February 27, 2026 we received a request for a right total knee arthroplasty
(CPT 27447) with a two-day inpatient stay for your patient, Dolores Whitfield.
The diagnosis submitted was unilateral primary osteoarthritis, right knee (M17.11).
The requested date of surgery is March 23, 2026.

A Northstar physician reviewer who is board certified in orthopaedic surgery
reviewed the clinical information sent with the request.

DECISION: We are unable to authorize the requested services. The request does
not meet InterQual(R) 2025 Procedures Adult criteria for Knee Arthroplasty, Total.
The standing radiographs dated January 30, 2026 describe mild joint space
narrowing (Kellgren-Lawrence grade 2) without subchondral sclerosis or bone-on-bone
contact, and the office notes describe pain with prolonged walking only, with no
limitation of daily activities. The criteria require advanced radiographic changes
and functional limitation that persists despite non-surgical treatment.

Because the surgery was not approved, the related two-day inpatient stay is also
not approved.

Your patient may wish to discuss other treatment options with you, such as a
supervised physical therapy program, bracing, or injection therapy.

You may ask for a free copy of the InterQual criteria and of any other documents
we used to make this decision by calling 1-800-555-0142.
\f
Page 3 of 4                                   Reference #: UM-26-0311842

YOUR RIGHT TO APPEAL

If you do not agree with this decision, you, your authorized representative, or
the treating provider on your behalf may ask us to review it again. This is called
an appeal. You have one hundred eighty (180) days from the date of this letter to
ask for an appeal. Send your request and any records that support it to:

    Northstar Health Partners, Appeals Unit
    P.O. Box 44188, Columbus, OH 43204     Fax 1-800-555-0177

We will make a decision on a standard pre-service appeal within 30 calendar days
after we receive it.

Expedited appeal: If your doctor believes that waiting for a standard decision
could seriously jeopardize your life, health, or ability to regain maximum
function, you or your doctor may ask for an expedited appeal by phone. We will
decide an expedited appeal within 72 hours after we receive it.

Discussion with the reviewer: Dr. Okafor may call 1-800-555-0150, option 3, to
discuss this decision with the physician reviewer. A discussion with the reviewer
is not an appeal and does not extend the time you have to appeal.
\f
Page 4 of 4                                   Reference #: UM-26-0311842

INDEPENDENT EXTERNAL REVIEW
After you complete our internal appeal process, you may ask for an external
review by an Independent Review Organization through the Ohio Department of
Insurance. You must ask for external review within four (4) months after the date
you receive our final appeal decision. In urgent situations you may ask for an
expedited external review at the same time as an expedited internal appeal.

If your plan is governed by ERISA, you also have the right to bring a civil action
under section 502(a) of ERISA after you complete the appeal process (29 CFR
2560.503-1).

Northstar Health Partners complies with applicable Federal civil rights laws,
including Section 1557 of the Affordable Care Act, and does not discriminate on
the basis of race, color, national origin, age, disability, or sex.
ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de
asistencia linguistica. Llame al 1-800-555-0142 (TTY: 711).
""",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-09-05",
    window_days=180,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("InterQual", None)],
    notes="4 pages. Page 1 is a cover/Summary of Decision table only; reason on p2, "
          "appeal window and 72h expedited on p3; 4-month external review, 30-day decision time, "
          "ERISA 502(a)/29 CFR 2560.503-1 and Section 1557 on p3/p4 are traps (not guidelines, not deadlines). "
          "Addressed to provider with cc to member. P2P offered. 2026-03-09 + 180 = 2026-09-05.",
)

# D02 - hospital concurrent review, non-certification, MCG ORG code, 3 pages.
_add(
    name="p4_d02_concurrent_chf_mcg_noncert_to_hospital",
    text="""LAKESHORE COMMUNITY HEALTH PLAN
Medical Management - Inpatient Utilization Review
3300 Pearl Street NW, Grand Rapids, MI 49504

Date: 02/17/2026

TO:    Mercy Lakes Regional Hospital - Utilization Review Department
       Fax: (616) 555-0188
       Attending physician: Priya Raman, MD   NPI 1902837465
CC:    Member: Harold J. Benning

RE:    NOTICE OF NON-CERTIFICATION - CONTINUED INPATIENT STAY

Member:             Harold J. Benning
Member ID:          LCH-2209918-01
Authorization #:    IP-4471902
Admission date:     02/12/2026
Days previously certified (notice of 02/13/2026): 02/12/2026 - 02/14/2026
Days requested in this review: 02/15/2026 - 02/17/2026
Diagnosis:          I50.23  Acute on chronic systolic (congestive) heart failure

DETERMINATION
The continued inpatient stay beginning 02/15/2026 is non-certified. This is an
adverse determination.

RATIONALE
A physician reviewer applied MCG Inpatient & Surgical Care, 29th Edition, Heart
Failure, ORG: M-130 (ISC). The clinical information submitted shows that since
02/14/2026 the member has been on an oral diuretic regimen, is on room air with an
oxygen saturation of 95%, has a stable creatinine, and is ambulating in the hall.
The clinical indications for continued inpatient care in that guideline are not
met. Care could be safely provided at a lower level of care, such as discharge to
home with home health services and a follow-up visit with cardiology within 7 days.
\f
Page 2 of 3                          Member: Harold J. Benning   Auth #: IP-4471902

PEER-TO-PEER CONVERSATION
The attending physician may request a peer-to-peer conversation with the
physician reviewer by calling (616) 555-0140 within 14 calendar days of this
notice. A peer-to-peer conversation is not an appeal.

APPEAL RIGHTS
The member, the member's authorized representative, or the provider acting on the
member's behalf may appeal this decision within 60 days after receiving this
letter. Appeals may be submitted in writing to Lakeshore Community Health Plan,
Appeals and Grievances, P.O. Box 2211, Grand Rapids, MI 49501, or by fax to
(616) 555-0191.

URGENT CARE APPEAL
Because the member is currently hospitalized, an urgent care appeal may be
requested by telephone at (616) 555-0140. Urgent care appeals are decided as soon
as possible and no later than 72 hours after we receive the request. Standard
appeals are decided within 30 calendar days.
\f
Page 3 of 3

EXTERNAL REVIEW
If we uphold this decision on appeal, the member may ask the Michigan Department of
Insurance and Financial Services for an external review under the Patient's Right
to Independent Review Act. The request must be filed within 127 days after the
member receives our final adverse determination.

You may request, free of charge, copies of all documents relevant to this
determination, including the MCG guideline used.

Sincerely,
Kenneth Aldridge, MD, Medical Director
""",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-04-18",
    window_days=60,
    counted_from="receipt",
    expedited=True,
    decision_hours=72,
    guidelines=[("MCG", "M-130")],
    notes="Concurrent review, 3 pages, addressed to hospital with cc to member. Only the days requested "
          "in this review (2/15-2/17) are at issue and all are denied, so denial (earlier certified days "
          "come from a prior notice) - a reader could argue partial. MCG printed as 'ORG: M-130 (ISC)'; "
          "identifier given as 'M-130' (could also be matched as 'ORG: M-130'). Traps: P2P 14 days, 127-day "
          "external review, 30-day standard decision. 'within 60 days after receiving this letter' -> "
          "receipt, 2026-02-17 + 60 = 2026-04-18.",
)

# D03 - Medicaid step therapy, Centene-style clinical policy number.
_add(
    name="p4_d03_medicaid_step_therapy_cp_phar",
    text="""Evergreen Community Care
A Medicaid managed care plan
Pharmacy Services Department, 1410 Fifth Avenue, Seattle, WA 98101

NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: 2026-01-22

Member: Tamika R. Holloway          Member ID: ECC90417722
Prescriber: Ana Lucia Ferreira, MD  NPI: 1659381024
Drug requested: Otezla (apremilast) 30 mg tablet, quantity 60 per 30 days
Diagnosis: L40.0 Psoriasis vulgaris
Case ID: RX-2601-558190

What we decided: We denied your doctor's request for Otezla (apremilast).

Why we made this decision: Otezla requires step therapy with two formulary
alternatives. The information we received does not show that you have tried and
failed, or cannot take, two of these preferred drugs: methotrexate, cyclosporine,
or acitretin. This decision was based on Clinical Policy: Apremilast (Otezla),
Reference Number CP.PHAR.245, and the Evergreen Community Care Apple Health
Preferred Drug List (PDL).

Your doctor can send us information showing that you have tried these drugs or
have a medical reason not to take them. Your doctor may also ask for an exception
to the step therapy requirement.

What you can do if you disagree: You or your representative may ask for an appeal.
You may appeal this decision no more than 60 days from the date of this notice.
You can ask for an appeal by calling 1-877-555-0160 (TTY 711) or in writing to
Evergreen Community Care, Attn: Appeals, P.O. Box 31010, Tacoma, WA 98402.

Expedited appeal: If you or your doctor think that waiting for a standard appeal
could seriously harm your health, you can ask for an expedited appeal. We will
decide an expedited appeal within 72 hours. We may take up to 14 more calendar
days if you ask for more time or if we need more information and the delay is in
your interest.

State hearing: If you still disagree after our appeal decision, you can ask for a
hearing with the Office of Administrative Hearings. You must ask for a hearing
within 120 days of the date of our appeal decision letter.

You have the right to ask for a free copy of the clinical policy and any other
information we used to make this decision.
""",
    document_type="denial",
    category="step_therapy",
    deadline="2026-03-23",
    window_days=60,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("payer_policy", "CP.PHAR.245"), ("formulary", None)],
    notes="'requires step therapy with two formulary alternatives'. 'no more than 60 days from the date of "
          "this notice' -> 2026-01-22 + 60 = 2026-03-23. Traps: 14-day extension (not decision_hours), "
          "120-day state hearing. PDL named without identifier -> formulary/None.",
)

# D04 - cosmetic exclusion, plan document section, window in months, silent on expedited.
_add(
    name="p4_d04_cosmetic_exclusion_two_months",
    text="""Granite Peaks Health Insurance Company
Member Services, 700 Canal Street, Manchester, NH 03101

14 January 2026

Marcus Delgado
19 Birchwood Lane
Nashua, NH 03060

Member ID: GPH-551902-02        Authorization request #: 26-004417
Provider: Seacoast Dermatology Associates (Elaine Wu, MD, NPI 1578234461)
Service: Dermabrasion, total face (CPT 15780)
Diagnosis: L90.5 Scar conditions and fibrosis of skin

Dear Mr. Delgado:

We reviewed the request from Seacoast Dermatology Associates for dermabrasion of
the face to treat acne scarring. We cannot approve this request.

Services are not a covered benefit under your plan. Your Certificate of Coverage,
Section 6.14 (Cosmetic Services), excludes procedures performed primarily to
improve or change appearance, including dermabrasion and chemical peels for acne
scarring. This decision is based on the terms of your benefit plan. It is not a
decision about whether the service is medically necessary.

If you have questions about this letter, please call Member Services at
1-888-555-0117, Monday through Friday, 8 a.m. to 6 p.m.

If you disagree with this decision, you or someone you authorize may file a
written appeal within two (2) months of the date of this letter. Please include
your member ID, a copy of this letter, and any information you want us to
consider. Mail your appeal to: Granite Peaks Health Insurance Company, Appeals
Department, P.O. Box 9001, Manchester, NH 03108.

We will send you our written decision within 30 days after we receive your
appeal. You may also contact the New Hampshire Insurance Department Consumer
Services Unit for assistance.

Sincerely,
Benefit Determination Unit
""",
    document_type="denial",
    category="not_covered",
    deadline="2026-03-14",
    window_days=None,
    counted_from="letter_date",
    expedited=None,
    decision_hours=None,
    guidelines=[("plan_document", "Section 6.14")],
    notes="'Services are not a covered benefit'. Window in months: 2026-01-14 + 2 calendar months = "
          "2026-03-14, window_days None. Says nothing about expedited appeals (pre-service) -> None. "
          "Date format '14 January 2026'.",
)

# D05 - experimental/investigational per medical policy 7.01.xxx, Hayes cited, postmarked 90 days.
_add(
    name="p4_d05_experimental_medpolicy_hayes_postmarked",
    text="""CASCADIA MUTUAL HEALTH
Prior Authorization Unit
1800 SW Jefferson Street, Portland, OR 97201

Feb. 3, 2026

Re: Walter Ostrowski     Member ID: CMH-30027714
    Reference number: PA-0260203-1187
    Requesting provider: Columbia Pain & Spine (Tobias Grant, MD, NPI 1326549870)
    Service: Radiofrequency ablation, genicular nerves, left knee (CPT 64624)
    Diagnosis: M17.12 Unilateral primary osteoarthritis, left knee

Dear Mr. Ostrowski:

Cascadia Mutual Health has completed its review of the request for genicular nerve
radiofrequency ablation. Coverage for this service has been denied.

Reason for our decision: Genicular nerve radiofrequency ablation for knee pain is
considered experimental/investigational per our policy, Medical Policy 7.01.557
Genicular Nerve Blocks and Ablation for Chronic Knee Pain. The published evidence
is insufficient to show that this procedure improves health outcomes compared with
established treatments. An independent Hayes Health Technology Assessment
(updated 2025) assigned this procedure a "D2" rating (insufficient evidence). Your
plan excludes services that are experimental or investigational.

You or your provider may request a copy of the medical policy and the evidence we
reviewed at no cost.

How to appeal: If you disagree with this decision, you may appeal. Your written
appeal must be postmarked within 90 days of the date of this letter. Send it to
Cascadia Mutual Health, Appeals, P.O. Box 4400, Portland, OR 97208-4400.

Immediate review: If your provider tells us that waiting for a standard appeal
decision could seriously jeopardize your life or health, we will conduct an
immediate review and give you a decision within 72 hours.

If we deny your appeal, you may have the right to an independent external review.
You have 180 days after receiving our final appeal decision to request external
review through the Oregon Division of Financial Regulation.

Sincerely,
Helen Varga, MD, Associate Medical Director
""",
    document_type="denial",
    category="experimental",
    deadline="2026-05-04",
    window_days=90,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("payer_policy", "7.01.557"), ("other", None)],
    notes="'experimental/investigational per our policy' + 'Medical Policy 7.01.557' (identifier given "
          "without the words 'Medical Policy'). Hayes assessment -> other/None (rating 'D2' is not a "
          "document identifier). 'must be postmarked within 90 days of the date of this letter' -> "
          "2026-02-03 + 90 = 2026-05-04. 'immediate review' = expedited path, 72h. Trap: 180-day external review.",
)

# D06 - out-of-network, provider not contracted, "180 days of the date of the adverse benefit determination".
_add(
    name="p4_d06_oon_not_contracted_abd_date_fast_track",
    text="""Riverbend Health Plan, Inc. (HMO)
Referral and Authorization Services
P.O. Box 5520, Tulsa, OK 74152

December 15, 2025

Jasmine Porter
2207 E. 41st Street, Tulsa, OK 74105

Member #: RBH0091247-01        Case #: REF-25-77012
Requesting provider: Gregory Lin, MD (PCP), NPI 1093847562
Service requested: Neurosurgical consultation and evaluation, University Spine
Institute, Dallas, TX (CPT 99204)
Diagnosis: M48.062 Spinal stenosis, lumbar region with neurogenic claudication

Dear Ms. Porter:

Your primary care physician asked us to approve a referral to University Spine
Institute for a neurosurgical consultation. We have denied this referral.

The provider is not contracted with Riverbend Health Plan's HMO network. Under
your HMO Evidence of Coverage, coverage is not available for non-emergency
services from non-participating providers unless the service cannot be provided
by a participating provider. Participating neurosurgeons who can evaluate your
condition are available in Tulsa, including Green Country Neurosurgery and
Saint Francis Spine Center. Your PCP can send a new referral to one of these
providers.

This letter is our adverse benefit determination. You may request an appeal
within 180 days of the date of the adverse benefit determination. You may call
Member Services at 1-800-555-0133 or write to Riverbend Health Plan, Attn:
Appeals, P.O. Box 5530, Tulsa, OK 74152.

Fast-track appeal: If your condition is urgent and waiting could seriously harm
your health, you or your doctor can ask for a fast-track appeal. We will respond
within 48 hours of receiving your request.

You have the right to request, free of charge, copies of all documents and
information relevant to this decision.

Riverbend Health Plan
""",
    document_type="denial",
    category="out_of_network",
    deadline="2026-06-13",
    window_days=180,
    counted_from="letter_date",
    expedited=True,
    decision_hours=48,
    guidelines=[("plan_document", None)],
    notes="'The provider is not contracted' + 'coverage is not available'. The letter says it is the adverse "
          "benefit determination, so '180 days of the date of the adverse benefit determination' = letter "
          "date: 2025-12-15 + 180 = 2026-06-13. 'fast-track' 48h. HMO Evidence of Coverage cited as basis "
          "without section -> plan_document/None (unsure whether graders expect it).",
)

# D07 - EOB, post-service, lack of prior authorization, CO-197.
_add(
    name="p4_d07_eob_lack_of_prior_auth_post_service",
    text="""PRAIRIE STATE HEALTH ALLIANCE
EXPLANATION OF BENEFITS          THIS IS NOT A BILL

Statement Date: 01/05/2026
Member: Curtis Albright           Member ID: PSH-7781204
Group: Heartland Grain Cooperative (Group 40912)
Claim Number: 2025349-0088172
Provider: Central Illinois Imaging Center (NPI 1740298365)
Patient: Curtis Albright

Date of    Service                     Code    Billed     Allowed   Plan paid   You owe   Remark
Service
12/08/25   MRI brain w/o & w/ contrast 70553   $2,850.00  $0.00     $0.00       $0.00     A7

Claim totals                                   $2,850.00  $0.00     $0.00       $0.00

REMARK CODES
A7  CO-197: Precertification/authorization/notification/pre-treatment absent.
    This claim was denied for lack of prior authorization. Your plan requires prior
    authorization for advanced imaging (MRI, CT, PET) before the service is
    performed. No authorization was on file for this date of service. Because the
    provider is in network, you are not responsible for this amount.

YOUR RIGHT TO APPEAL
You may request a review of this decision within 180 days of receipt of this
notice. Send your written request, a copy of this statement, and any supporting
documents to: Prairie State Health Alliance, Claims Appeals, P.O. Box 19020,
Springfield, IL 62794. This is a post-service claim; the expedited (urgent)
appeal process does not apply. We will decide your appeal within 60 days.

After our internal appeal, you may be able to request an external review through
the Illinois Department of Insurance within 4 months of our final decision.
""",
    document_type="denial",
    category="no_authorization",
    deadline="2026-07-04",
    window_days=180,
    counted_from="receipt",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="Member EOB, single denied line. 'lack of prior authorization', CARC CO-197. 'within 180 days of "
          "receipt of this notice' -> 2026-01-05 + 180 = 2026-07-04. Explicit post-service statement -> "
          "expedited False. Traps: 60-day decision, 4-month external review.",
)

# D08 - provider remittance, invalid/missing modifier, corrected-claim trap.
_add(
    name="p4_d08_provider_missing_modifier_corrected_claim_trap",
    text="""SUMMIT VALLEY HEALTH PLAN
Provider Claims Adjustment Notice

Date: 2026-02-26

Payee: Blue Ridge Interventional Pain, PLLC        TIN: XX-XXX4471
Rendering provider: Samuel Ortega, MD              NPI: 1285730946
Patient: Lorraine Beck       Member ID: SVH-44201937
Claim #: 26041-553019        Date of service: 01/21/2026
Diagnosis: M54.16 Radiculopathy, lumbar region

Line  Procedure  Modifier  Units  Billed     Allowed  Paid    Adj. reason
1     64483      (none)    1      $1,240.00  $0.00    $0.00   CO-4

Claim status: DENIED

Explanation: CO-4 - The procedure code is inconsistent with the modifier used or
a required modifier is missing. Invalid/missing modifier: CPT 64483
(transforaminal epidural injection, lumbar/sacral, single level) must be
reported with the anatomic modifier RT, LT or 50 to identify the side treated.

Corrected claims: If the service was billed incorrectly, submit a corrected claim
(frequency code 7) with the original claim number within 90 days of the date of
this notice. A corrected claim is not an appeal.

Appeals: If you believe the claim was processed incorrectly, a written appeal must
be received within 120 days from the date of this notice. Include a copy of this
notice, the medical record, and an explanation of why you disagree. Mail to
Summit Valley Health Plan, Provider Appeals, P.O. Box 66210, Roanoke, VA 24016.
Expedited appeals are not available for post-service claims.

The member may not be billed for this service.
""",
    document_type="denial",
    category="coding",
    deadline="2026-06-26",
    window_days=120,
    counted_from="letter_date",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="Provider-facing. 'invalid/missing modifier', CO-4. Trap: corrected claim within 90 days of "
          "the notice (not the appeal window). Appeal 120 days from notice: 2026-02-26 + 120 = 2026-06-26. "
          "'Expedited appeals are not available for post-service claims' -> False.",
)

# D09 - Medicare Advantage payment denial, diagnosis does not support procedure, NCD.
_add(
    name="p4_d09_ma_payment_dx_not_support_ncd",
    text="""Summit Medicare Advantage (HMO)
Notice of Denial of Payment

Date: March 2, 2026

Member name: Eleanor Fitzgerald          Member number: SMA-X84401277
Claim number: 7260113-02                 Date of service: 12/10/2025
Provider: Harborview Family Medicine (Jonah Pell, DO, NPI 1750483921)

We have denied payment for the following service that you received:
Lipid panel (CPT 80061)

Why we denied payment:
The diagnosis does not support the procedure billed. The diagnosis code on the
claim, R53.83 (other fatigue), is not one of the conditions for which Medicare
covers a diagnostic lipid panel under National Coverage Determination (NCD)
190.23, Lipid Testing. You had a screening lipid panel that Medicare paid for on
04/14/2025, and screening panels are covered once every five years. Your provider
may not bill you for this service unless you signed a written notice before the
service telling you Medicare would probably not pay.

What if I don't agree with this decision?
You have the right to appeal. If you want to appeal, you must request it within
65 calendar days from the date of this notice. We can give you more time if you
have a good reason for missing the deadline.

Fast appeals are not available for requests for payment of services you have
already received. We will decide a standard payment appeal within 60 calendar days.

If we uphold our decision, your case will be sent automatically to an Independent
Review Entity (IRE) for review.

Summit Medicare Advantage is an HMO plan with a Medicare contract.
""",
    document_type="denial",
    category="coding",
    deadline="2026-05-06",
    window_days=65,
    counted_from="letter_date",
    expedited=False,
    decision_hours=None,
    guidelines=[("NCD", "NCD 190.23")],
    notes="'diagnosis does not support the procedure' -> coding (dx/procedure mismatch) although it cites an "
          "NCD and could be read as medical_necessity. NCD printed as 'National Coverage Determination (NCD) "
          "190.23' -> identifier 'NCD 190.23' (printed digits '190.23'). 2026-03-02 + 65 = 2026-05-06. "
          "Fast appeals not available for payment requests -> False. Trap: 60-day decision; 'more time' clause.",
)

# D10 - eligibility, coverage terminated, post-service, silent on expedited.
_add(
    name="p4_d10_eligibility_coverage_terminated_claim",
    text="""BlueRiver Health Insurance Company
Claim Determination Notice

Jan 28, 2026

Devon Carmichael
1450 Magnolia Court, Apt 3
Birmingham, AL 35209

Member ID:     BRH-220938-00
Claim number:  E2601-449107
Patient:       Devon Carmichael
Provider:      Southside Urgent Care (NPI 1619273840)
Date of service: 01/12/2026
Services:      Urgent care visit (99204), rapid strep test (87880)
Amount billed: $318.00      Amount paid: $0.00

Dear Devon Carmichael:

We have denied this claim. The member's coverage terminated on December 31, 2025.
Our enrollment records show that your employer, Red Mountain Logistics, ended your
group coverage effective that date. Services received after coverage ends are not
eligible for benefits. Adjustment reason: CO-27, expenses incurred after
coverage terminated.

If you believe our enrollment information is wrong, for example because you
elected COBRA continuation coverage, please ask your former employer's benefits
administrator to contact us.

Appeal rights: You or your authorized representative may appeal this decision
within 180 days after you receive this notice. Send a letter explaining why you
disagree to BlueRiver Health Insurance Company, Appeals, P.O. Box 2470,
Birmingham, AL 35201. You may submit documents, records, and comments, and you
may request free copies of documents relevant to your claim.
""",
    document_type="denial",
    category="eligibility",
    deadline="2026-07-27",
    window_days=180,
    counted_from="receipt",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="'The member's coverage terminated on December 31, 2025' (a date that must not be read as a deadline). "
          "CO-27. 'within 180 days after you receive this notice' -> 2026-01-28 + 180 = 2026-07-27. Letter is "
          "silent about expedited appeals but the claim is post-service -> False per contract (UNSURE: a "
          "grader could expect None for a silent letter).",
)

# D11 - benefit limit, frequency limitation, 30 working days, 72-hour review.
_add(
    name="p4_d11_frequency_limit_orthotics_working_days",
    text="""Lone Star Family Health Plan
Utilization Management
P.O. Box 150980, Austin, TX 78715

April 6, 2026

Beatriz Salinas
611 Mesquite Trail, San Marcos, TX 78666

Member ID: LSF-8831027       Reference: UM-0406-2219
Ordering provider: Hill Country Podiatry (Nathan Voss, DPM, NPI 1427839105)
Item requested: Custom-molded foot orthotics, pair (HCPCS L3000 x 2)
Diagnosis: M72.2 Plantar fascial fibromatosis

Dear Ms. Salinas:

We cannot approve the request for custom foot orthotics. The request exceeds the
plan's frequency limitation. Your Schedule of Benefits covers one pair of custom
foot orthotics every 12 months. Our records show a pair was dispensed to you on
August 19, 2025, so a new pair is not covered until August 19, 2026.

If you disagree with this decision, you may appeal. Your appeal must be filed
within 30 working days of the date of this letter. You may appeal by phone at
1-866-555-0129 or in writing at the address above.

72-hour review: If your doctor says that waiting for a standard appeal could
seriously harm your health, ask for an expedited appeal. We will complete an
expedited appeal within 72 hours of your request.

You may also have the right to an independent review by an Independent Review
Organization (IRO). Information about the IRO process is enclosed.
""",
    document_type="denial",
    category="benefit_limit",
    deadline="2026-05-18",
    window_days=30,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("plan_document", None)],
    notes="'exceeds the plan's frequency limitation'. Trap date: August 19, 2026 (when benefit renews). "
          "30 working days from Monday 2026-04-06 (Mon-Fri, day 1 = 4/7) = Monday 2026-05-18. "
          "Schedule of Benefits cited without section -> plan_document/None.",
)

# D12 - administrative: timely filing, provider EOP.
_add(
    name="p4_d12_timely_filing_provider_eop",
    text="""KEYSTONE MUTUAL HEALTH
EXPLANATION OF PAYMENT - PROVIDER

Date: 11/20/2025

Provider: Allegheny Valley Physical Therapy          NPI: 1962037485
Patient: Ronald Szymanski      Member ID: KMH-002894411
Claim number: 25318-770214     Received date: 10/14/2025

DOS        CPT     Units  Billed    Allowed  Paid   Reason
06/02/25   97110   2      $180.00   $0.00    $0.00  CO-29
06/02/25   97140   1      $95.00    $0.00    $0.00  CO-29

CO-29: The time limit for filing has expired.

Message: The claim was submitted after the filing deadline. Under your Keystone
Mutual participation agreement, claims must be received within 90 days of the
date of service. This claim was received 134 days after the date of service. The
member may not be billed for these services.

Appeal: A provider appeal with proof of timely filing (for example, a clearinghouse
acceptance report dated within the filing limit) must be submitted within 60 days
of the date of this Explanation of Payment. This is a post-service claim and is
not eligible for expedited review.

Keystone Mutual Health Provider Appeals, P.O. Box 890112, Harrisburg, PA 17108
""",
    document_type="denial",
    category="administrative",
    deadline="2026-01-19",
    window_days=60,
    counted_from="letter_date",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="'The claim was submitted after the filing deadline', CO-29. Trap: 90-day timely filing from DOS "
          "(not the appeal window). 'within 60 days of the date of this Explanation of Payment' = the EOP date "
          "-> letter_date: 2025-11-20 + 60 = 2026-01-19. Two lines, same reason. Post-service stated -> False.",
)

# D13 - administrative: duplicate claim; window from date of service.
_add(
    name="p4_d13_duplicate_claim_window_from_dos",
    text="""Magnolia Coast Health Plan
Provider Services - Claim Denial Notification

Date of Notice: 03-12-2026

To: Gulf Breeze Cardiology Group           NPI: 1538402967
    2200 Bayfront Parkway, Pensacola, FL 32501
cc: Member - Arthur Nguyen

Patient: Arthur Nguyen          Member ID: MCH-61570329
Claim #: 26064-118233           Date of service: 10/02/2025
Service: Transthoracic echocardiogram, complete (CPT 93306)
Billed amount: $1,450.00

Determination: Denied - duplicate of a previously processed claim.
This claim is a duplicate of a previously processed claim, #25305-009871, for the
same member, provider, date of service and procedure, which was paid on
11/04/2025. Adjustment reason code CO-18: Exact duplicate claim/service.

If you believe this claim is not a duplicate (for example, a second distinct
service was performed on the same day), you may dispute this determination. Claim
disputes must be submitted within 365 days from the date of service, with medical
records supporting that the services were separate and distinct.

This is a post-service claim; the urgent appeal process does not apply.

Provider Disputes, Magnolia Coast Health Plan, P.O. Box 12870, Tampa, FL 33681
""",
    document_type="denial",
    category="administrative",
    deadline="2026-10-02",
    window_days=365,
    counted_from="service_date",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="'duplicate of a previously processed claim', CO-18. Dispute window counted from the date of "
          "service 2025-10-02 + 365 = 2026-10-02 (service_date). Date format '03-12-2026'. Provider letter "
          "with cc to member. Post-service stated -> False.",
)

# D14 - insufficient clinical documentation, pre-service sleep study, 2 pages.
_add(
    name="p4_d14_insufficient_documentation_psg_serious_jeopardy",
    text="""Heartland Choice Health Plan
Clinical Review Department
8100 Ward Parkway, Kansas City, MO 64114

Thursday, February 19, 2026

Gloria Benavides
4 Linden Place, Overland Park, KS 66212

Member ID: HCH-770112849          Case number: 260219-PSG-0443
Requesting provider: Prairie Sleep Center (Omar Haddad, MD, NPI 1871029364)
Service: Polysomnography, attended, in-lab (CPT 95810)
Diagnosis: G47.33 Obstructive sleep apnea (adult)

Dear Ms. Benavides:

We are unable to authorize the sleep study your doctor requested.

Insufficient clinical documentation was submitted to determine whether the
in-lab sleep study is medically necessary. On February 11, 2026 we asked Dr.
Haddad's office for the information listed below, and we did not receive it:
  - office notes from the last six months describing your sleep symptoms
  - your Epworth Sleepiness Scale score
  - the results of any home sleep apnea test, or the reason a home test cannot be done
  - documentation of any heart, lung, or neuromuscular condition that would require
    an attended study

If your doctor sends this information, we will review the request again. This is
not a decision that the study is not needed.
\f
Page 2 of 2                                   Case number: 260219-PSG-0443

Doctor-to-doctor discussion: Dr. Haddad may call 1-800-555-0162 within 7 business
days of this letter to discuss this decision with our reviewing physician.

Your appeal rights: You have one hundred eighty (180) calendar days from the date
you receive this letter to file an appeal. Call 1-800-555-0160 or write to
Heartland Choice Health Plan, Appeals Unit, P.O. Box 410339, Kansas City, MO 64141.

If your doctor says your health is in serious jeopardy, you can ask for a fast
appeal. We will decide within 72 hours. For a standard appeal, we will send you a
decision within 30 days. We may extend this time by up to 14 days if you request
an extension.

You may have the right to an external review after our appeal process is complete.
""",
    document_type="denial",
    category="insufficient_information",
    deadline="2026-08-18",
    window_days=180,
    counted_from="receipt",
    expedited=True,
    decision_hours=72,
    guidelines=[],
    notes="'we are unable to authorize' + 'Insufficient clinical documentation was submitted'. Four missing "
          "items. Traps: P2P within 7 business days, 14-day extension. 'from the date you receive this "
          "letter' -> 2026-02-19 + 180 = 2026-08-18. 'If your doctor says your health is in serious "
          "jeopardy ... fast appeal ... 72 hours'. Date includes weekday.",
)

# D15 - insufficient information, post-service records not received, absolute 5:00 p.m. deadline.
_add(
    name="p4_d15_records_not_received_absolute_5pm",
    text="""Keystone State Medical Assistance - HealthFirst Partners
Claims Review Unit

February 2, 2026

To: Laurel Highlands Surgery Center          NPI: 1346802759
cc: Member - Patricia Yoder (ID 4401927735)

Claim number: 26002-MA-331904
Date of service: 11/18/2025
Procedure: Laparoscopic cholecystectomy (CPT 47562); anesthesia (CPT 00790)

Your claim has been denied. On December 9, 2025 we requested medical records
needed to process this claim. The records were not received, so the claim cannot
be adjudicated. Adjustment reason code CO-252: An attachment/other documentation
is required to adjudicate this claim/service.

Records needed:
  1. Operative report
  2. Anesthesia record, including start and stop times
  3. Discharge summary

Reconsideration: You may request reconsideration by sending the records listed
above with a copy of this letter. Your reconsideration request and the missing
records must be received by 5:00 p.m. on March 3, 2026. Requests received after
that time will not be considered.

Because these services have already been provided, expedited review does not apply.

HealthFirst Partners, Claims Review Unit, P.O. Box 77410, Harrisburg, PA 17106
""",
    document_type="denial",
    category="insufficient_information",
    deadline="2026-03-03",
    window_days=None,
    counted_from="absolute",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="Post-service records-not-received denial, CO-252, three missing items. Absolute deadline 'by 5:00 "
          "p.m. on March 3, 2026' (time of day must be ignored). Trap date December 9, 2025. Could be argued "
          "administrative; labelled insufficient_information because the stated reason is missing documentation.",
)

# D16 - ASAM residential SUD, Medicaid, concurrent, 3 pages, fair hearing & continuation traps.
_add(
    name="p4_d16_asam_residential_medicaid_3page",
    text="""GREAT RIVERS MEDICAID HEALTH PLAN
Behavioral Health Utilization Management
200 Market Street, St. Louis, MO 63102

NOTICE OF ADVERSE BENEFIT DETERMINATION

March 16, 2026

Member: Tyler J. Whitcomb               Medicaid ID: 5522019873
Provider: New Dawn Recovery Center, Residential Program (NPI 1982736450)
Service: Continued stay, residential substance use disorder treatment,
ASAM Level 3.5 (H0018), requested 03/17/2026 - 03/30/2026
Diagnosis: F11.20 Opioid dependence, uncomplicated
Authorization #: BH-2603-44871

Dear Mr. Whitcomb:

Great Rivers Medicaid Health Plan has decided to deny the continued stay in the
residential program requested by New Dawn Recovery Center. Days through
03/16/2026 were approved earlier and are not affected by this notice.
\f
Page 2 of 3

WHY WE MADE THIS DECISION
The request does not meet medical necessity criteria. We used The ASAM Criteria,
Third Edition, to review your care. The records show that you have completed
withdrawal management, have no medical problems needing 24-hour monitoring, are
attending all groups, and have a stable recovery residence to return to. Under
ASAM Dimensions 1, 2 and 6 your needs can be met at a lower level of care. An
intensive outpatient program (ASAM Level 2.1) is available and appropriate.

YOUR RIGHT TO APPEAL
You have 60 calendar days from the date on this notice to ask for an appeal. You
can ask by phone at 1-855-555-0190 (TTY 711) or in writing.

To keep your services while your appeal is decided, you must ask for an appeal
within 10 days from the date of this notice or before the date your services
stop, whichever is later, and you must say you want to keep getting services.

EXPEDITED APPEAL
If you or your provider think that waiting 30 days could seriously harm your
health, ask for an expedited appeal. We will decide within 72 hours. We may take
up to 14 more days if you ask or if we need more information.
\f
Page 3 of 3

STATE FAIR HEARING
If you do not agree with our appeal decision, you may ask for a State Fair
Hearing. You must ask for a State Fair Hearing within 120 days of the date of the
appeal decision letter. The hearing process is described in 42 CFR Part 431,
Subpart E.

You may get free copies of the ASAM criteria and all records used in this
decision. Free legal help may be available from Legal Services of Eastern
Missouri at 1-800-555-0103.
""",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-05-15",
    window_days=60,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("ASAM", None)],
    notes="Concurrent residential SUD denial, 3 pages, reason on p2. Earlier-approved days are not at issue "
          "-> denial. ASAM Third Edition (Level 3.5/2.1 are levels, not identifiers) -> ASAM/None. Traps: "
          "10-day continuation, 120-day fair hearing, 14-day extension, 42 CFR Part 431 (rights only). "
          "2026-03-16 + 60 = 2026-05-15.",
)

# D17 - oncology off-label, NCCN + clinical policy, experimental, 3 pages.
_add(
    name="p4_d17_offlabel_oncology_nccn_experimental",
    text="""ATLANTIC CROSSROADS HEALTH
Specialty Drug Prior Authorization
One Harbor Place, Baltimore, MD 21202

January 9, 2026

Marguerite Okonkwo
77 Chesapeake Court, Annapolis, MD 21401

Member ID: ACH-90331847           Request #: SRX-260105-7712
Prescribing provider: Chesapeake Oncology Associates (Lena Hart, MD, NPI 1497302618)
Drug: Pembrolizumab (Keytruda) 200 mg IV every 3 weeks (HCPCS J9271)
Diagnosis: C71.9 Malignant neoplasm of brain, unspecified (recurrent glioblastoma)

Dear Ms. Okonkwo:

Atlantic Crossroads Health reviewed your doctor's request for pembrolizumab. We
have denied this request.
\f
Page 2 of 3                                  Request #: SRX-260105-7712

REASON FOR DENIAL
The requested use of pembrolizumab for recurrent glioblastoma without a
tumor mutational burden-high (TMB-H) or mismatch repair deficient (dMMR) result is
experimental/investigational per our policy, Clinical Policy: Off-Label Drug Use,
Reference Number CP.PHAR.1016. This use is not an FDA-approved indication and is
not supported in the NCCN Clinical Practice Guidelines in Oncology (NCCN
Guidelines) for Central Nervous System Cancers with a category 2A or higher
recommendation. Your plan does not cover experimental or investigational drugs.

A board-certified medical oncologist reviewed this request.
\f
Page 3 of 3                                  Request #: SRX-260105-7712

APPEALS
You or your representative may appeal within 180 calendar days of receipt of this
letter. Send your appeal to Atlantic Crossroads Health, Appeals and Grievances,
P.O. Box 64790, Baltimore, MD 21264, or fax 1-866-555-0184.

Expedited review: Because this request involves ongoing cancer treatment, you or
your doctor may request an expedited review. We will make a decision as soon as
possible, but no later than 72 hours after we receive your request.

External review: If we uphold our decision, you may file a complaint with the
Maryland Insurance Administration within 4 months after you receive our final
decision. For experimental/investigational denials, you may ask for external
review without finishing our internal process if your doctor certifies that
treatment would be significantly less effective if not started promptly.

Maryland Health Education and Advocacy Unit: 1-877-261-8807.
""",
    document_type="denial",
    category="experimental",
    deadline="2026-07-08",
    window_days=180,
    counted_from="receipt",
    expedited=True,
    decision_hours=72,
    guidelines=[("payer_policy", "CP.PHAR.1016"), ("NCCN", None)],
    notes="3 pages, reason on p2, appeal on p3. 'experimental/investigational per our policy'. NCCN named "
          "without identifier -> NCCN/None. 'within 180 calendar days of receipt of this letter' -> "
          "2026-01-09 + 180 = 2026-07-08. Trap: 4-month external review and expedited external review "
          "language.",
)

# D18 - lumbar fusion, long criteria quote containing trap words, 3 pages.
_add(
    name="p4_d18_lumbar_fusion_long_criteria_quote",
    text="""Pinnacle Blue Health Plan
Utilization Management Department
400 Capitol Mall, Sacramento, CA 95814

10/08/2025

Henry Castellanos
3318 Fair Oaks Blvd, Sacramento, CA 95864

Member ID: PBH-338810472        Reference #: 2510-SPN-00913
Provider: Sierra Spine Surgeons (Ravi Menon, MD, NPI 1740392815)
Service requested: Lumbar spinal fusion L4-L5, posterior approach (CPT 22612,
22840); inpatient stay 3 days
Diagnosis: M51.16 Intervertebral disc disorders with radiculopathy, lumbar region

Dear Mr. Castellanos:

We have just finished our review of information regarding your provider's request
for the procedure noted above. After careful consideration of all available
information, the request does not meet medical necessity criteria. Your records
describe a disc herniation at L4-L5 with leg pain, but the imaging does not show
spondylolisthesis, instability on flexion-extension films, or deformity, and
there is no documentation of any other condition listed in the guideline below.
Therefore, we are unable to authorize this request. Please consult with your
physician to discuss your treatment options.
\f
Page 2 of 3                                      Reference #: 2510-SPN-00913

Our decision was based on Clinical UM Guideline CG-SURG-101, Lumbar Spinal
Fusion. The relevant part of the guideline reads:

  "Lumbar spinal fusion is considered medically necessary when ONE of the
  following criteria is met: A. Spondylolisthesis (Grade II or higher, or Grade I
  with instability demonstrated on flexion-extension radiographs); B.
  Pseudarthrosis of a prior fusion; C. Scoliosis or other deformity with
  progression; D. Spinal instability due to fracture, infection or tumor ...
  Lumbar spinal fusion is considered not medically necessary when the above
  criteria are not met, including for isolated disc herniation with radiculopathy
  without instability. Stand-alone interspinous fusion devices are considered
  investigational and not medically necessary. Lumbar fusion performed solely for
  axial back pain is not covered when fewer than six months of comprehensive
  non-surgical care have been completed. Reimbursement for fusion is limited to
  the number of levels that meet criteria. Experimental approaches such as
  ... are addressed in SURG.00134."

A copy of a more detailed clinical rationale is available upon request. A plan
Medical Director is available to discuss this matter with your physician upon
his request at 1-800-555-0156.
\f
Page 3 of 3                                      Reference #: 2510-SPN-00913

If you believe this decision is not correct, you have the right to request an
appeal. An appeal must be filed within one hundred and eighty days (180) of the
date of this letter. Expedited appeals, which are available only in certain
situations, can be initiated via telephone by contacting our Member Services
Department at 1-800-555-0150.

To initiate a standard appeal, you may call or send a written request, together
with any additional information, to: Pinnacle Blue Health Plan, Grievances and
Appeals, P.O. Box 272540, Sacramento, CA 95827.

If your appeal is denied, or if it is not resolved within 30 days, you may apply
to the Department of Managed Health Care for an Independent Medical Review (IMR).

Sincerely,
Medical Director

cc: Facility; PCP; Service Provider; Requesting Provider
""",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-04-06",
    window_days=180,
    counted_from="letter_date",
    expedited=True,
    decision_hours=None,
    guidelines=[("payer_policy", "CG-SURG-101")],
    notes="Long quoted guideline text contains 'not covered', 'investigational', 'Experimental', 'limited', "
          "'not medically necessary' - none is the reason; reason is 'does not meet medical necessity "
          "criteria' (p1). SURG.00134 appears only inside the quote as a cross-reference, not as a basis "
          "(UNSURE: a grader might list it). Expedited offered without a turnaround -> True/None. "
          "2025-10-08 + 180 = 2026-04-06. Trap: 30-day IMR trigger. P2P-like offer.",
)

# D19 - two denied services with different reasons; Summary of Decision table; primary = first stated.
_add(
    name="p4_d19_two_services_mn_first_then_not_covered",
    text="""Great Plains Health Cooperative
Prior Authorization Department
P.O. Box 80712, Lincoln, NE 68501

2026-03-20

To: Cornhusker Orthopedics, Attn: Surgery Scheduling
    Jesse Albrecht, MD   NPI 1265839401
cc: Member - Karen Lindqvist, 905 S. 48th Street, Lincoln, NE 68510

Member: Karen Lindqvist     Member ID: GPC-4410089-03     Case: PA-26-031188

SUMMARY OF DECISION
  Line  Service                                      Code    Decision
  1     Arthroscopic partial medial meniscectomy     29881   Denied - see Reason 1
  2     Cold therapy unit with pad, purchase         E0218   Denied - see Reason 2

Reason 1 (29881): Non-certification. The request does not meet MCG Ambulatory
Care, 29th Edition, Knee Arthroscopy with Meniscectomy (A-0213) criteria. The MRI
shows a degenerative horizontal tear with moderate tricompartmental
osteoarthritis, and there are no mechanical symptoms such as locking or catching
documented. For degenerative tears without mechanical symptoms the guideline
requires a trial of physical therapy, which is not documented.

Reason 2 (E0218): Services are not a covered benefit. Your Evidence of Coverage
excludes cold therapy and cryotherapy devices under Durable Medical Equipment
Exclusions, whether or not the related surgery is approved.
\f
Page 2 of 2                                                   Case: PA-26-031188

You may ask us for copies of the MCG guideline and the Evidence of Coverage
provisions used in this decision.

Appeals: You or your provider may file an appeal within 180 days of the date on
this notice. Write to Great Plains Health Cooperative, Appeals, P.O. Box 80790,
Lincoln, NE 68501, or call 1-800-555-0171.

External review: You may request an external review from the Nebraska Department
of Insurance within four months after receiving our final internal adverse
determination.
""",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-09-16",
    window_days=180,
    counted_from="letter_date",
    expedited=None,
    decision_hours=None,
    guidelines=[("MCG", "A-0213"), ("plan_document", None)],
    notes="Two services, both denied, different reasons: Reason 1 medical necessity (first stated -> primary), "
          "Reason 2 not_covered (DME exclusion). Both MCG A-0213 and the EOC exclusion are bases. Silent on "
          "expedited (pre-service) -> None. ISO date. 2026-03-20 + 180 = 2026-09-16. Trap: 4-month external review.",
)

# D20 - EOB two lines both denied: frequency limit (first) and missing modifier; one-year window.
_add(
    name="p4_d20_eob_two_lines_frequency_then_modifier_one_year",
    text="""CAPITAL AREA HEALTH BENEFITS TRUST
Explanation of Benefits

Date Processed: 12/01/2025

Member: Franklin Osei              Member ID: CAH-0482291-00
Claim #: 25320-GI-004417
Provider: Potomac Digestive Health Center (NPI 1588203947)
Patient: Franklin Osei

Line  Date      Service                                  Code    Billed     Paid    Code
1     10/28/25  Colonoscopy, screening                   G0121   $1,900.00  $0.00   CO-119
2     10/28/25  Anesthesia for lower GI endoscopy        00811   $640.00    $0.00   CO-4

Amount you owe: $0.00 (provider write-off)

Line 1 - CO-119: Benefit maximum for this time period or occurrence has been
reached. The service exceeds the plan's frequency limitation. Your plan covers one
screening colonoscopy every 10 years for members at average risk; a screening
colonoscopy was paid on 03/15/2021.

Line 2 - CO-4: Invalid/missing modifier. Anesthesia services must be reported with
a physical status modifier (P1-P6).

Your right to appeal: If you disagree with this decision, you may file an appeal.
You must file your appeal no later than one year from the date of this notice.
This is a post-service claim, so the expedited appeal process is not available.
The Trust will decide your appeal within 60 days.

If you have questions, call the Trust office at 1-888-555-0148.
""",
    document_type="denial",
    category="benefit_limit",
    deadline="2026-12-01",
    window_days=None,
    counted_from="letter_date",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="Both lines denied for different reasons; first stated = frequency limitation (benefit_limit), second "
          "= missing modifier (coding). CARC CO-119, CO-4. 'one year from the date of this notice' -> "
          "2025-12-01 + 12 calendar months = 2026-12-01, window_days None (a reading of one year as 365 days "
          "gives the same date here, since no Feb 29 intervenes). Post-service stated -> False.",
)

# D21 - eligibility, pre-service, coverage terminated before surgery date.
_add(
    name="p4_d21_eligibility_preservice_terminated",
    text="""Mountain West Health Alliance
Prior Authorization Services

24-Mar-2026

Luis Etcheverry
1120 Canyon Road, Boise, ID 83702

Member ID: MWH-7720341      Authorization request: PA-0324-55108
Requesting provider: Treasure Valley Surgical Associates (Amy Kowalczyk, MD,
NPI 1356029847)
Service: Laparoscopic cholecystectomy (CPT 47562), scheduled 04/06/2026
Diagnosis: K80.20 Calculus of gallbladder without obstruction

Dear Mr. Etcheverry:

We cannot approve this request because the member's coverage terminated on
February 28, 2026. Our enrollment records show your individual policy was
cancelled at the end of the grace period for nonpayment of premium. Because
coverage is not in effect on the requested date of service, benefits are not
available for this surgery.

If you have enrolled in other coverage, please give this information to your
surgeon's office. If you believe our records are wrong, contact Member Services
at 1-877-555-0119.

You may appeal this decision within one hundred eighty (180) days from the date
of this notice by writing to Mountain West Health Alliance, Appeals, P.O. Box
7070, Boise, ID 83707.
""",
    document_type="denial",
    category="eligibility",
    deadline="2026-09-20",
    window_days=180,
    counted_from="letter_date",
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="Pre-service eligibility denial ('the member's coverage terminated on February 28, 2026'). Date "
          "format '24-Mar-2026'. Silent on expedited, pre-service -> None. 2026-03-24 + 180 = 2026-09-20.",
)

# D22 - Medicare Advantage out-of-network HMO; 65 days; fast 72h.
_add(
    name="p4_d22_ma_hmo_out_of_network_ndmc",
    text="""Silver Harbor Medicare Advantage (HMO)
NOTICE OF DENIAL OF MEDICAL COVERAGE

Date: January 30, 2026

Member name: Ruth Abernathy            Member number: SHM-55021874
Provider: Coastal Retina Specialists (Victor Hale, MD, NPI 1184736520)

We have denied coverage of the following medical services or items that you or
your physician requested:
Retina consultation and fluorescein angiography (CPT 99244, 92235) at Coastal
Retina Specialists.

We denied this request because:
Coastal Retina Specialists is not a contracted provider in the Silver Harbor HMO
network. As an HMO member, you must get non-emergency care from network
providers. Network retina specialists are available in your area, including Bay
Eye Institute (1.2 miles from your home). Out-of-network coverage is available
only for emergency or urgently needed care, or when a service is not available
in network.

What If I Don't Agree With This Decision?
You have the right to appeal. You must ask for an appeal within 65 calendar days
after the date of this notice. We can give you more time if you have a good
reason for missing the deadline.

There are two kinds of appeals you can ask for:
Standard (30 days) - We must give you a decision no later than 30 days after we
get your appeal.
Fast (72 hours) - You can ask for a fast appeal if you or your doctor believe that
your health could be seriously harmed by waiting up to 30 days. We must decide on
a fast appeal no later than 72 hours after we get your appeal. (We may extend
this time by up to 14 days if you request an extension.)
""",
    document_type="denial",
    category="out_of_network",
    deadline="2026-04-05",
    window_days=65,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[],
    notes="CMS NDMC-style wording. Traps: 'Standard (30 days)', 14-day extension. 2026-01-30 + 65 = "
          "2026-04-05.",
)

# D23 - no authorization, inpatient admission without precert; receipt-based; plan section.
_add(
    name="p4_d23_no_precert_inpatient_post_service",
    text="""Three Rivers Health Plan
Claims Review

5/4/26

Monongahela Valley Hospital, Patient Financial Services
Attn: Denials Management
cc: Member - Dennis Kowalski, Member ID TRH-0099127

Claim number: 26098-IP-771204
Admission: 03/30/2026   Discharge: 04/02/2026
Service: Elective inpatient admission for laparoscopic sigmoid colectomy (CPT 44204)
Diagnosis: K57.32 Diverticulitis of large intestine without perforation or abscess

We have denied this claim for lack of prior authorization. The hospital did not
obtain precertification for this elective inpatient admission as required by
Section 3.4 (Precertification Requirements) of the member's benefit plan
document. No emergency or urgent circumstances were documented in the admission
record. Adjustment reason code CO-197.

Appeal: The hospital or the member may request an appeal. The request must be
made within one hundred eighty (180) days following receipt of this notification
and should include the complete medical record for the admission.

Expedited appeals are not available for post-service claims.

Three Rivers Health Plan, Appeals Department, P.O. Box 2240, Pittsburgh, PA 15230
""",
    document_type="denial",
    category="no_authorization",
    deadline="2026-10-31",
    window_days=180,
    counted_from="receipt",
    expedited=False,
    decision_hours=None,
    guidelines=[("plan_document", "Section 3.4")],
    notes="'lack of prior authorization' for an elective admission; CO-197. Date format '5/4/26' "
          "(M/D/YY -> 2026-05-04). '180 days following receipt of this notification' -> 2026-05-04 + 180 = "
          "2026-10-31. Plan section cited as basis.",
)

# D24 - Medicare Advantage home oxygen, NCD + LCD, medical necessity.
_add(
    name="p4_d24_ma_home_oxygen_ncd_lcd",
    text="""Bayside Senior Advantage (PPO)
Notice of Denial of Medical Coverage

Date: 27 Feb 2026

Member: Clarence Whitaker          Member number: BSA-84420137
Ordering provider: Dana Morrow, NP, Bayside Pulmonary Clinic (NPI 1730492856)
Item requested: Home oxygen concentrator, stationary (HCPCS E1390) and portable
gaseous oxygen (E0431)
Diagnosis: J44.9 Chronic obstructive pulmonary disease, unspecified

We have denied coverage of the items your provider requested.

Why we denied this request: The testing submitted does not show that you
qualify for home oxygen. Medicare covers home oxygen when blood oxygen testing
done at rest, during exercise, or during sleep shows an arterial PO2 at or below
55 mm Hg or an oxygen saturation at or below 88%. Your test on 02/12/2026 showed
an oxygen saturation of 92% at rest and 90% while walking. This decision is based
on the Medicare National Coverage Determination for Home Use of Oxygen (NCD
240.2) and the Local Coverage Determination for Oxygen and Oxygen Equipment
(L33797).

What if I don't agree with this decision?
You have the right to appeal. You must request your appeal within 65 days of the
date of this notice.

Ask for a fast (72-hour) appeal if you or your doctor believe that your health
could be seriously harmed by waiting up to 30 days for a decision. If your doctor
asks for a fast appeal for you, we will automatically give you one.

For help, you may call 1-800-MEDICARE (1-800-633-4227) or your State Health
Insurance Assistance Program.
""",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-05-03",
    window_days=65,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("NCD", "NCD 240.2"), ("LCD", "L33797")],
    notes="Reason phrased as qualification/testing not met (medical necessity per NCD/LCD thresholds). "
          "Date format '27 Feb 2026'. 2026-02-27 + 65 = 2026-05-03. 'fast (72-hour) appeal'.",
)

# D25 - step therapy via PBM with 'Policy #' identifier; receipt 180; urgent appeal 72h.
_add(
    name="p4_d25_pbm_step_therapy_policy_number",
    text="""ClearPath Pharmacy Solutions
Prior Authorization Department, on behalf of Tri-County Employees Health Plan

Sept. 29, 2025

Gwendolyn Mercer
82 Orchard Hill Road, Hartford, CT 06106

Member ID: TCE-4471820-01      PA case: 25272-RX-60913
Prescriber: Stephen Kaur, MD, NPI 1629304758
Medication: Rinvoq (upadacitinib) 15 mg extended-release tablet, 30 per 30 days
Diagnosis: M05.79 Rheumatoid arthritis with rheumatoid factor of multiple sites

Dear Gwendolyn Mercer:

Your prescription drug benefit plan does not cover Rinvoq at this time. Rinvoq
requires step therapy with two formulary alternatives. Our records show that you
have tried methotrexate, but we did not find a trial of two of the preferred
targeted therapies (for example, adalimumab-adaz, etanercept, or tofacitinib).
This decision was made under Pharmacy Clinical Policy # 0871 (Targeted Immune
Modulators - Step Therapy) and the plan's 2025 Advanced Control Formulary.

If you have tried these drugs in the past, or if your doctor believes they are not
right for you, your doctor can send us that information and ask us to review the
request again.

You have the right to appeal this decision. You must appeal within 180 days of
the date you receive this notice. Call 1-800-555-0195 or send a written appeal
to ClearPath Pharmacy Solutions, Appeals, P.O. Box 53911, Phoenix, AZ 85072.

Urgent appeals: If your doctor believes that waiting for a standard appeal
decision could seriously jeopardize your life or health, your doctor may request
an urgent appeal by phone. We will decide an urgent appeal within 72 hours.
""",
    document_type="denial",
    category="step_therapy",
    deadline="2026-03-28",
    window_days=180,
    counted_from="receipt",
    expedited=True,
    decision_hours=72,
    guidelines=[("payer_policy", "0871"), ("formulary", None)],
    notes="Delegated PBM letter. Policy printed as 'Pharmacy Clinical Policy # 0871' -> identifier '0871' "
          "(UNSURE: may be expected as '# 0871' or 'Policy # 0871'). Formulary named without identifier. "
          "'Sept. 29, 2025' + 180 = 2026-03-28 (receipt).",
)

# D26 - experimental genetic test with stated receipt presumption (+5 days).
_add(
    name="p4_d26_experimental_genetic_test_receipt_presumption",
    text="""Northern Lights Health Plan
Medical Policy Review Unit
Minneapolis, MN 55402

March 5, 2026

Sofia Lindgren
2710 Hennepin Avenue S, Minneapolis, MN 55408

Member ID: NLH-30918277         Review #: MP-R-2603-0551
Ordering provider: Twin Cities Genomic Medicine (Ingrid Solberg, MD, NPI 1467205938)
Test requested: Whole genome sequencing, constitutional (CPT 81425)
Diagnosis: R62.50 Unspecified lack of expected normal physiological development

Dear Ms. Lindgren:

We have denied the request for whole genome sequencing.

Reason: Whole genome sequencing for this indication is experimental/investigational
per our policy MP-214 (Whole Exome and Whole Genome Sequencing). The policy
considers whole genome sequencing investigational for the evaluation of
developmental delay when chromosomal microarray and whole exome sequencing have
not been performed. An ECRI Institute clinical evidence assessment found the
evidence for this use inconclusive.

You may appeal this decision. You must file your appeal within 180 days of the
date you receive this notice. We assume you received this notice 5 days after the
date on it, unless you show us that you did not.

To appeal, write to Northern Lights Health Plan, Appeals, P.O. Box 1459,
Minneapolis, MN 55440, or call 1-866-555-0137.

You may request an external review from the Minnesota Department of Commerce
within 6 months of our final appeal decision.
""",
    document_type="denial",
    category="experimental",
    deadline="2026-09-06",
    window_days=180,
    counted_from="receipt",
    expedited=None,
    decision_hours=None,
    guidelines=[("payer_policy", "MP-214"), ("other", None)],
    notes="Letter states a receipt presumption (5 days), so deadline = 2026-03-05 + 5 + 180 = 2026-09-06 "
          "(per contract; naive letter_date+180 = 2026-09-01 would be wrong). ECRI -> other/None. Silent on "
          "expedited -> None. Trap: 6-month external review.",
)

# D27 - NO LETTER DATE: hearing aid exclusion; window stated, base missing -> deadline None.
_add(
    name="p4_d27_undated_hearing_aid_exclusion",
    text="""Evergreen Valley Health Plan
Member Services

Member: Ottilie Brandt          Member ID: EVH-5509812-02
Provider: Clear Sound Audiology (Mark Tesch, AuD, NPI 1093825746)
Item: Hearing aids, digital, binaural (HCPCS V5261)
Request #: 88201-HA

Dear Ms. Brandt:

Thank you for contacting us about coverage for hearing aids. We have reviewed
your request and are unable to approve it. Hearing aids and the fitting or
dispensing of hearing aids are excluded under your group plan. Please see the
"Exclusions" section of your Evidence of Coverage. Hearing examinations to
diagnose hearing loss remain covered.

If you disagree with this decision, you may file an appeal within 180 days of the
date of this letter. Send your appeal to Evergreen Valley Health Plan, Appeals,
P.O. Box 34500, Spokane, WA 99220.

Sincerely,
Member Services
""",
    document_type="denial",
    category="not_covered",
    deadline=None,
    window_days=180,
    counted_from="letter_date",
    expedited=None,
    decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="No letter date anywhere -> deadline None (needs_review expected) though window 180 from letter "
          "date is stated. Exclusion wording 'excluded under your group plan'. Silent on expedited -> None.",
)

# D28 - Medicaid adult dental implants not covered, state regulation as basis.
_add(
    name="p4_d28_medicaid_dental_regulation_basis",
    text="""Bay State Community Health Partners
A MassHealth Accountable Care Partnership Plan
Dental Utilization Review

12/29/2025

Notice of Adverse Benefit Determination

Member: Rafael Quintero          MassHealth ID: 100482739915
Provider: Merrimack Family Dental (Yolanda Price, DMD, NPI 1821047396)
Service: Implant body, endosteal, tooth #19 (CDT D6010); implant crown (D6065)
Prior authorization #: DEN-25-118045

What we decided: We denied your dentist's request for a dental implant and implant
crown.

Why: Dental implants and implant-supported crowns are not a covered service for
MassHealth members age 21 and older. See 130 CMR 420.421 (Covered and Noncovered
Services). Your dentist can talk with you about covered options such as a
removable partial denture.

Your right to appeal: You have 60 calendar days from the date of this notice to
ask us for an appeal. You can call 1-800-555-0164 (TTY 711) or write to us.

Fast appeal: If you or your provider think that waiting could seriously harm your
health, ask for a fast appeal. We will decide within 72 hours.

Keeping your services: If this decision stops or reduces a service you are getting
now, you can keep getting the service during your appeal if you ask within 10
days of the date of this notice.

Board of Hearings: If you do not agree with our appeal decision, you can ask the
MassHealth Board of Hearings for a Fair Hearing within 120 days of our appeal
decision.
""",
    document_type="denial",
    category="not_covered",
    deadline="2026-02-27",
    window_days=60,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("regulation", "130 CMR 420.421")],
    notes="Non-covered service with a state regulation cited as the basis (so regulation IS a guideline "
          "here). Traps: 10-day continuation, 120-day fair hearing. 2025-12-29 + 60 = 2026-02-27.",
)

# ---------------------------------------------------------------------------
# PARTIAL DENIALS (5)
# ---------------------------------------------------------------------------

_add(
    name="p4_p01_pt_reduced_units",
    text="""Summit Therapy Management, Inc.
on behalf of Harvest Health Plan
Outpatient Rehabilitation Review

January 12, 2026

Re: Member Nadia Petrova, ID HHP-66109284
    Provider: Motion Works Physical Therapy (Alicia Romero, PT, NPI 1528394017)
    Tracking #: STM-260112-0419
    Diagnosis: M75.101 Unspecified rotator cuff tear, right shoulder

Your provider asked us to approve 24 physical therapy visits (CPT 97110, 97140,
97530) from 01/12/2026 through 04/12/2026.

Our decision:
  Approved:     12 visits, 01/12/2026 - 03/12/2026
  Not approved: 12 visits

Why we did not approve all of the visits: The additional visits are not medically
necessary at this time. Under the Outpatient Physical Therapy Clinical Guideline
(Policy Number UM-REHAB-004), visits are approved in blocks based on documented
progress toward measurable goals. After the approved visits, your therapist may
send updated measurements, and we will review a request for more visits.

If you disagree with the part of the request we did not approve, you may appeal
within 180 days of the date of this notice. Send your appeal to Harvest Health
Plan, Appeals, P.O. Box 11802, Des Moines, IA 50306.

This approval is not a guarantee of payment. Payment depends on your eligibility
and benefits on the date of service, including any visit limits in your plan.
""",
    document_type="partial_denial",
    category="medical_necessity",
    deadline="2026-07-11",
    window_days=180,
    counted_from="letter_date",
    expedited=None,
    decision_hours=None,
    guidelines=[("payer_policy", "UM-REHAB-004")],
    notes="Approval with reduced units (12 of 24). Trap words 'visit limits', 'not a guarantee of payment'. "
          "Silent on expedited -> None. 2026-01-12 + 180 = 2026-07-11. Delegated review company.",
)

_add(
    name="p4_p02_child_php_calocus_partial_2page",
    text="""Heartwood Behavioral Health (for Cardinal Kids Health Plan)
Utilization Management

09 February 2026

Parent/Guardian of Elijah Brooks
1904 Sycamore Street, Louisville, KY 40205

Member: Elijah Brooks (age 12)       Member ID: CKH-440918273
Provider: Bluegrass Children's Behavioral Center, Partial Hospitalization Program
(NPI 1780293564)
Service: Partial hospitalization, psychiatric (rev. 0912)
Requested: 15 days, 02/09/2026 - 02/27/2026
Diagnosis: F32.2 Major depressive disorder, single episode, severe

Decision
  Approved:  5 days, 02/09/2026 - 02/13/2026
  Denied:    10 days, 02/16/2026 - 02/27/2026
\f
Page 2 of 2                                      Member ID: CKH-440918273

Reason for the denied days: A child and adolescent psychiatrist reviewed the
request using the Child and Adolescent Level of Care Utilization System (CALOCUS).
Elijah's composite score supports partial hospitalization for initial
stabilization. Continued partial hospitalization beyond 02/13/2026 is not
medically necessary unless the updated assessment shows continued risk of harm
or functional impairment that cannot be managed in intensive outpatient care. The
program may submit an updated CALOCUS and treatment plan before 02/13/2026.

Appeal: You may ask for an appeal within sixty (60) days of the date on this
notice.

Expedited appeal: Because Elijah is receiving care now, you or the provider can ask
for an expedited appeal. We will decide within 72 hours.

State fair hearing: After the plan appeal, you can ask for a state fair hearing
within 120 days of the appeal decision.
""",
    document_type="partial_denial",
    category="medical_necessity",
    deadline="2026-04-10",
    window_days=60,
    counted_from="letter_date",
    expedited=True,
    decision_hours=72,
    guidelines=[("LOCUS", None)],
    notes="5 of 15 days approved. CALOCUS maps to source LOCUS; no identifier printed (UNSURE: a grader may "
          "expect identifier 'CALOCUS'). Date '09 February 2026' + 60 = 2026-04-10. Trap: 120-day fair hearing.",
)

_add(
    name="p4_p03_quantity_limit_partial_24h",
    text="""Copper State Health Plan
Pharmacy Benefit Review

03/03/2026

Member: Vanessa Ruiz         Member ID: CSH-22091874
Prescriber: Hannah Goldberg, MD (NPI 1356209847)
Medication: Sumatriptan 100 mg tablets
Requested quantity: 18 tablets per 30 days
Diagnosis: G43.909 Migraine, unspecified, not intractable, without status migrainosus
Case: QL-0303-11472

Decision: PARTIALLY APPROVED
  Approved: 9 tablets per 30 days, 03/03/2026 - 03/02/2027
  Denied:   quantity above 9 tablets per 30 days

Reason: The requested quantity exceeds the plan's quantity limit of 9 tablets per
30 days for sumatriptan under the Copper State Health Plan 2026 Formulary. Your
prescriber did not send information showing why a higher quantity is needed, for
example that a preventive medicine has been tried.

Appeal: You may appeal the denied quantity within 180 days of receipt of this
notice.

Expedited appeal: If your prescriber states that you need the medication urgently
and waiting could seriously jeopardize your health, you may request an expedited
appeal; we will notify you of our decision within 24 hours.
""",
    document_type="partial_denial",
    category="benefit_limit",
    deadline="2026-08-30",
    window_days=180,
    counted_from="receipt",
    expedited=True,
    decision_hours=24,
    guidelines=[("formulary", None)],
    notes="Quantity-limit partial approval -> benefit_limit (UNSURE: could be argued insufficient_information "
          "since the letter also notes missing justification; first stated reason is the quantity limit). "
          "Trap date 03/02/2027 (approval end). 2026-03-03 + 180 = 2026-08-30. Expedited 24h.",
)

_add(
    name="p4_p04_eob_one_paid_one_not_covered",
    text="""OAK & RIVER HEALTH
Explanation of Benefits - THIS IS NOT A BILL

Statement date: November 3, 2025

Member: Irene Matsuda            Member ID: ORH-7034419-01
Claim number: 25301-AUD-22918
Provider: Valley Hearing & ENT (Kevin Shah, MD, NPI 1649302857)

Line  Date      Description                          Code    Billed   Allowed  Paid     You owe  Note
1     10/14/25  Office visit, established            99214   $210.00  $148.00  $118.40  $29.60   --
2     10/14/25  Hearing aid assessment/fitting       V5011   $350.00  $0.00    $0.00    $350.00  PR-96

PR-96: Non-covered charge(s). Hearing aid evaluation, fitting and hearing aids are
not covered under your plan. You are responsible for this amount.

Totals: Billed $560.00   Plan paid $118.40   You owe $379.60

Appeal rights: If you disagree with how this claim was processed, you may appeal
within 180 days of the date of this Explanation of Benefits. If the services have
already been provided, the expedited appeal process does not apply.
Write to Oak & River Health, Member Appeals, P.O. Box 40300, Sacramento, CA 95841.
""",
    document_type="partial_denial",
    category="not_covered",
    deadline="2026-05-02",
    window_days=180,
    counted_from="letter_date",
    expedited=False,
    decision_hours=None,
    guidelines=[],
    notes="EOB: line 1 paid, line 2 denied PR-96 non-covered -> partial. '180 days of the date of this "
          "Explanation of Benefits' = EOB date -> letter_date (contract); 2025-11-03 + 180 = 2026-05-02. "
          "Post-service statement -> False.",
)

_add(
    name="p4_p05_home_health_custodial_working_days_receipt",
    text="""Sun Coast Health Plan
Home Care Authorization Unit
P.O. Box 31120, Tampa, FL 33631

April 1, 2026

Member: Winifred Holt             Member ID: SCH-55820147
Agency: Gentle Hands Home Health (NPI 1942038576)
Ordering physician: Carlos Ibanez, MD (NPI 1093827465)
Diagnosis: I69.351 Hemiplegia following cerebral infarction affecting right dominant side

Services requested                              Decision
Skilled nursing visits, 2/week x 4 weeks (G0299) Approved, 8 visits
Home health aide, 4 hours/day, 7 days/week (T1021) Denied

Reason for denial of home health aide services: The aide services requested are
for bathing, dressing, meal preparation and supervision. These are custodial care
services, which are excluded under Section 8.3 (Custodial Care) of your Member
Handbook when they are not part of a skilled care plan.

You may appeal this decision within 30 working days of receipt of this notice.

72-hour review: If waiting for a standard appeal could seriously harm your health,
ask for an expedited appeal and we will decide within 72 hours.

You may also ask for a Medicaid Fair Hearing after you finish the plan appeal.
""",
    document_type="partial_denial",
    category="not_covered",
    deadline="2026-05-13",
    window_days=30,
    counted_from="receipt",
    expedited=True,
    decision_hours=72,
    guidelines=[("plan_document", "Section 8.3")],
    notes="Skilled nursing approved, aide hours denied as custodial (plan exclusion -> not_covered). "
          "30 working days from receipt, base = letter date Wednesday 2026-04-01 -> 2026-05-13 (Mon-Fri, day 1 = 4/2).",
)

# ---------------------------------------------------------------------------
# APPROVALS (4)
# ---------------------------------------------------------------------------

_add(
    name="p4_a01_approval_after_prior_denial",
    text="""Northstar Health Partners
Utilization Management Department

March 10, 2026

Dolores Pruitt
55 Quarry Lane, Dublin, OH 43017

Member ID: NHP220918374        Reference #: UM-26-0224619-R

Dear Ms. Pruitt:

On February 24, 2026 we sent you a notice of adverse determination
(non-certification) for an MRI of the right shoulder (CPT 73221) requested by
Buckeye Sports Medicine. That notice said the request did not meet medical
necessity criteria because the records did not show six weeks of conservative
treatment.

Your doctor has since sent office and physical therapy notes. A physician reviewer
looked at the new information, and we have reversed our earlier decision.

Approved: MRI shoulder without contrast (CPT 73221), 1 unit
Authorization number: UM-26-0224619-R
Valid: 03/10/2026 through 05/08/2026
Provider: Buckeye Sports Medicine Imaging (NPI 1508293746)

No further action is needed. You do not need to continue your appeal.
""",
    document_type="approval",
    category=None,
    deadline=None,
    window_days=None,
    counted_from=None,
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="Approval that recounts a prior denial ('non-certification', 'did not meet medical necessity "
          "criteria') - must not be read as a denial.",
)

_add(
    name="p4_a02_eob_all_paid",
    text="""FIRST PRAIRIE BENEFIT ADMINISTRATORS
EXPLANATION OF BENEFITS          THIS IS NOT A BILL

Date: 02/14/2026
Member: Anthony DiMarco            ID: FPB-30021948
Claim #: 26038-OP-113027
Provider: Lakeview Medical Group (NPI 1427305869)

Date      Service                         Code    Billed   Allowed  Plan paid  Not covered  You owe
01/22/26  Office visit, new patient       99203   $245.00  $162.00  $142.00    $0.00        $20.00 copay
01/22/26  Electrocardiogram, complete     93000   $85.00   $41.50   $41.50     $0.00        $0.00

Totals                                            $330.00  $203.50  $183.50    $0.00        $20.00

Your deductible has been met for 2026. Amounts not covered: $0.00.

If you disagree with how this claim was processed, please see the back of this
statement for information about your appeal rights, or call 1-800-555-0129.
""",
    document_type="approval",
    category=None,
    deadline=None,
    window_days=None,
    counted_from=None,
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="EOB, everything paid (only a copay). Contains 'Not covered' column header with $0.00 and a generic "
          "appeal pointer with no window.",
)

_add(
    name="p4_a03_pa_approval_with_limit_language",
    text="""Cascadia Mutual Health
Prior Authorization Unit

Jan 5, 2026

To: Willamette Imaging Partners          NPI 1639204857
cc: Member - Beatrice Lau, Member ID CMH-40219837

PRIOR AUTHORIZATION APPROVAL

Service: MRI knee without contrast, left (CPT 73721)
Units approved: 1
Authorization number: PA-0260105-0091
Approval period: 01/05/2026 - 03/05/2026
Diagnosis: S83.242A Other tear of medial meniscus, current injury, left knee

This request has been approved as medically necessary.

Important: This approval is not a guarantee of payment. Benefits are subject to
the member's eligibility on the date of service, plan limits, deductibles and
coinsurance. Services not listed above are not covered by this authorization;
any additional services require a separate request.
""",
    document_type="approval",
    category=None,
    deadline=None,
    window_days=None,
    counted_from=None,
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="Plain approval with trap phrases 'not covered by this authorization', 'plan limits', 'not a "
          "guarantee of payment'.",
)

_add(
    name="p4_a04_concurrent_inpatient_certification",
    text="""Lakeshore Community Health Plan
Inpatient Utilization Review

2026-03-18

To: Mercy Lakes Regional Hospital - Case Management    Fax (616) 555-0188
Member: Gerald Fontaine       Member ID: LCH-3309127-01
Authorization #: IP-4490713
Admission date: 03/15/2026
Diagnosis: J18.9 Pneumonia, unspecified organism

NOTICE OF CERTIFICATION - CONTINUED STAY
Additional days certified: 3 (03/18/2026 - 03/20/2026)
Next review date: 03/20/2026

The continued stay has been certified based on the clinical information received
on 03/18/2026. Please send updated clinical information by 12:00 p.m. on the next
review date. If information is not received, the case will be reviewed with the
information on file.
""",
    document_type="approval",
    category=None,
    deadline=None,
    window_days=None,
    counted_from=None,
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="Concurrent certification; trap: 'send updated clinical information by 12:00 p.m. on the next "
          "review date' is not an appeal deadline.",
)

# ---------------------------------------------------------------------------
# OTHER (3)
# ---------------------------------------------------------------------------

_add(
    name="p4_o01_claim_acknowledgment",
    text="""Granite Peaks Health Insurance Company
Claims Department

December 2, 2025

Sandra Whitlock
48 Ridge Road, Concord, NH 03301

Member ID: GPH-118204-01

Claim Acknowledgment

We received your claim on November 28, 2025.

Claim number:     25332-MBR-00471
Patient:          Sandra Whitlock
Provider:         Concord Walk-In Clinic
Date of service:  11/10/2025
Amount billed:    $185.00

Your claim is being processed. You do not need to do anything at this time. If we
need more information, we will write to you. Most claims are processed within 30
days of receipt. When processing is complete, you will receive an Explanation of
Benefits that shows what we paid and any amount you may owe.
""",
    document_type="other",
    category=None,
    deadline=None,
    window_days=None,
    counted_from=None,
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="Claim acknowledgment, not a determination. Trap: 'within 30 days of receipt' processing time.",
)

_add(
    name="p4_o02_premium_grace_period_notice",
    text="""Mountain West Health Alliance
Billing Services

March 5, 2026

Luis Etcheverry
1120 Canyon Road, Boise, ID 83702

Account number: MWH-7720341
IMPORTANT NOTICE - PREMIUM PAYMENT PAST DUE

Our records show that your premium for February 2026 ($612.40) has not been
received. You are in a grace period. If we do not receive full payment of all
past-due premiums by March 31, 2026, your coverage will be terminated effective
February 28, 2026, and claims for services received during the grace period may
be denied.

Amount due: $1,224.80 (February and March 2026)

You can pay online at the member portal, by phone at 1-877-555-0119, or by mail
using the enclosed coupon. If you have already sent your payment, please disregard
this notice.
""",
    document_type="other",
    category=None,
    deadline=None,
    window_days=None,
    counted_from=None,
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="Premium/billing notice. Traps: 'coverage will be terminated', 'claims ... may be denied', payment "
          "date March 31, 2026 is not an appeal deadline.",
)

_add(
    name="p4_o03_no_action_required_undated",
    text="""Heartland Choice Health Plan
Prior Authorization Services

NO ACTION REQUIRED

Member: Philip Ashworth           Member ID: HCH-440219837
Provider: Plaza Cardiology (NPI 1710293846)
Request received: 01/20/2026
Services: Office consultation (CPT 99244); electrocardiogram (CPT 93000)

Prior authorization is not required for the services listed above under the
member's current benefit plan. No authorization number has been issued and no
further action is required by the provider or the member.

This notice is not a determination of coverage or a guarantee of payment.
Claims will be processed according to the member's benefits, eligibility and plan
limitations on the date of service.
""",
    document_type="other",
    category=None,
    deadline=None,
    window_days=None,
    counted_from=None,
    expedited=None,
    decision_hours=None,
    guidelines=[],
    notes="'No Action Required' (authorization not required) notice; states it is not a coverage "
          "determination -> other (UNSURE: some would call it approval). Undated (only a 'Request "
          "received' date).",
)
