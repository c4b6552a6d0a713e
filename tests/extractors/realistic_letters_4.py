"""A fourth set of 40 letter texts with expected labels.

Stress target: variety of STYLE (short plain letters, numbered-section formal
letters, two-column label headers, bullet lists, all-caps paragraphs, checkbox
forms, EOB-style statements), payer variety (regional plans, self-funded TPAs,
Taft-Hartley fund, student plan, Medigap, TRICARE, CHAMPVA, IHS Purchased/Referred
Care, state employee plan, workers' compensation UR, Medicaid MCO, Medicare
Advantage, PBM), letter dates in unusual places, unusual appeal-window wording,
and trap windows.  All people, plans, IDs and NPIs are fictitious.

Labels follow the contract README (../shared/contract/README.md).  Deadlines were computed with
Python datetime (calendar days; business days Mon-Fri; calendar months with
month-end clamp; receipt-based = letter date + N).
"""


def L(name, text, document_type, category, deadline, window_days, counted_from,
      expedited, decision_hours, guidelines, notes):
    return {
        "name": name,
        "text": text,
        "document_type": document_type,
        "category": category,
        "deadline": deadline,
        "window_days": window_days,
        "counted_from": counted_from,
        "expedited": expedited,
        "decision_hours": decision_hours,
        "guidelines": guidelines,
        "notes": notes,
    }


LETTERS = []

# ---------------------------------------------------------------------------
# 01  Short plain letter, no headings, regional plan, receipt-based window.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_01_short_plain_mri_medical_necessity",
    """Prairie Valley Health Plan
1400 Commerce Parkway, Sioux Falls, SD 57108

March 4, 2025

Dennis Ahlquist
2217 W. 41st Street
Sioux Falls, SD 57105

Dear Mr. Ahlquist:

Your doctor, Karen Lindgren, MD, asked us to approve an MRI of your lower back (CPT 72148). We looked at the records she sent and we cannot approve the MRI. Your records show low back pain that started three weeks ago, with no leg weakness, numbness, fever, or other warning signs. For back pain like yours, an MRI this early does not change how it is treated, so it is not medically necessary right now. If your symptoms change, your doctor can send a new request.

You or your doctor can ask us to look at this decision again. You have 180 days from the date you get this letter to ask for an appeal. Call Member Services at 1-800-555-0142 (TTY 711) or write to us at the address above.

Sincerely,
Utilization Management, Prairie Valley Health Plan
Member ID: PVH448201937    Reference: UM-25-0301877
""",
    "denial", "medical_necessity", "2025-08-31", 180, "receipt", None, None, [],
    "Short plain letter, no headings. Pre-service; says nothing about expedited -> None. "
    "No criteria named. 'from the date you get this letter' = receipt -> 2025-03-04 + 180.",
))

# ---------------------------------------------------------------------------
# 02  Long formal letter with numbered sections; self-funded plan TPA;
#     two dates near the top (request received vs notice date).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_02_numbered_sections_tpa_investigational",
    """KEYSTONE BENEFIT ADMINISTRATORS, INC.
Claims Administrator for the Harmon Industries, Inc. Employee Medical Plan
(a self-funded group health plan sponsored by Harmon Industries, Inc.)
P.O. Box 4410, Harrisburg, PA 17111-0410 | Tel. 1-866-555-0190 | Fax 717-555-0133

Date Request Received: June 2, 2025
Date of Notice:        June 12, 2025

Participant: Teresa Vollmer            Patient: Teresa Vollmer
Participant ID: HRM-0077415-01         Group No.: 5520-HRM
Requesting Provider: Susquehanna Spine & Pain Center (NPI 1538274610)
Reference No.: PA-2025-061147
Service Requested: Intraosseous basivertebral nerve ablation, lumbar (CPT 64628)
Diagnosis: M47.816 Spondylosis without myelopathy or radiculopathy, lumbar region
Proposed Date of Service: June 24, 2025

NOTICE OF ADVERSE BENEFIT DETERMINATION

1. Determination

The pre-service claim for intraosseous basivertebral nerve ablation (CPT 64628) has been denied. No benefits will be payable under the Plan for this procedure or for related facility, anesthesia or imaging charges.

2. Basis for Determination

The Plan does not pay for services, supplies or treatments that are experimental, investigational or unproven. See the Plan Document, Article VIII, Section 8.1(w) (General Exclusions). Keystone Medical Policy MP-SUR-231, Basivertebral Nerve Ablation, provides that this procedure is considered investigational because the published clinical evidence is not sufficient to show that it improves long-term health outcomes when compared with established treatment for chronic low back pain.

The request was reviewed by a physician board certified in physical medicine and rehabilitation who was not involved in any earlier decision on this claim. The reviewer noted that the records describe chronic low back pain with Modic type 1 changes at L4-L5, but concluded that the requested procedure remains investigational for this indication under the policy above.

3. Information That Could Change This Decision

If you or your provider have information showing that the procedure is being performed as part of an approved clinical trial, please send it with your request for review.

4. Your Right to Request Review

You or your authorized representative may request a review of this determination. You must request review within 180 days following your receipt of this notification. Requests should be sent in writing to Keystone Benefit Administrators, Appeals Unit, P.O. Box 4415, Harrisburg, PA 17111-0415, or faxed to 717-555-0139. You may submit written comments, documents, records and other information relating to your claim, and you are entitled to receive, upon request and free of charge, reasonable access to and copies of all documents relevant to your claim, including a copy of Medical Policy MP-SUR-231. For a pre-service claim, the Plan will notify you of its decision on review within 30 days after it receives your request.

5. Expedited Review

If your claim involves urgent care, that is, if applying the standard time frames could seriously jeopardize your life, health or ability to regain maximum function, you or your physician may request an expedited review orally by calling 1-866-555-0190 or in writing. A decision on an expedited review will be made as soon as possible and no later than 72 hours after the Plan receives the request.

6. External Review and Other Rights

After you exhaust the Plan's internal review, you may have the right to request external review by an independent review organization. A request for external review must be filed within four months after the date you receive the final internal adverse benefit determination. You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act of 1974 (ERISA) following an adverse benefit determination on review. These rights are described in 29 CFR 2560.503-1 and in your Summary Plan Description.

Sincerely,

Gerald P. Minsky, MD
Associate Medical Director
Keystone Benefit Administrators, Inc.
""",
    "denial", "experimental", "2025-12-09", 180, "receipt", True, 72,
    [("plan_document", "Article VIII, Section 8.1(w)"), ("payer_policy", "MP-SUR-231")],
    "Two dates near top: 'Date Request Received' (06-02) vs 'Date of Notice' (06-12); letter date is 06-12. "
    "'within 180 days following your receipt of this notification' -> receipt, 2025-06-12 + 180. "
    "Traps: 30-day decision timeframe, 4-month external review; 29 CFR 2560.503-1 and ERISA 502(a) are rights-only, not guidelines.",
))

# ---------------------------------------------------------------------------
# 03  Two-column label header; HMO out-of-network; 'within sixty days from
#     receipt hereof'.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_03_two_column_header_hmo_out_of_network",
    """CASCADE COMMUNITY HEALTH PLAN (HMO)
Utilization Management Department
500 Pine Ridge Road, Bend, OR 97701       1-888-555-0175 | TTY 711

Member Name:    Rosa M. Delgado               Notice Date:   09/18/2024
Member ID:      CCH-600194552                 Auth/Ref #:    R24-0917-3304
Date of Birth:  04/02/1961                    Review Type:   Prior Authorization
Requesting MD:  Alan Whitcomb, MD             NPI:           1962485013
Service:        Mohs micrographic surgery, first stage, head/neck (CPT 17311)
Diagnosis:      C44.311 Basal cell carcinoma of skin of nose

Dear Ms. Delgado:

We received a request from Dr. Alan Whitcomb for Mohs surgery on your nose. We are not able to approve this request as submitted.

Dr. Whitcomb is not a participating provider in the Cascade Community Health Plan HMO network. Under your Evidence of Coverage, Section 5.3 (Services from Non-Participating Providers), care from a provider outside the network is covered only for emergency or urgently needed care, or when the service you need is not available from a participating provider. Mohs surgery is available from participating dermatologic surgeons in your service area, including Cascade Dermatology Associates in Bend and High Desert Skin Surgery in Redmond. Our Care Coordination team can help you schedule with one of these providers. Call 1-888-555-0175.

This decision is only about which provider performs the surgery. It does not mean you do not need the surgery.

If you disagree with this decision, you or someone you choose to act for you may file an appeal within sixty days from receipt hereof. Send your appeal to Cascade Community Health Plan, Appeals and Grievances, 500 Pine Ridge Road, Bend, OR 97701, or fax 541-555-0180. We will decide a standard appeal within 30 days.

If waiting 30 days could seriously jeopardize your life or health, you or your doctor may ask for an expedited appeal by calling 1-888-555-0175. We will decide an expedited appeal within 72 hours after we receive it.

Sincerely,
Lena Ostrowski, RN
Utilization Management
""",
    "denial", "out_of_network", "2024-11-17", 60, "receipt", True, 72,
    [("plan_document", "Section 5.3")],
    "Two-column label block: Notice Date sits in the right column next to Member Name. "
    "'within sixty days from receipt hereof' -> receipt, 2024-09-18 + 60. "
    "EOC section cited as basis -> plan_document 'Section 5.3' (title 'Services from Non-Participating Providers'). "
    "Trap: 30-day decision timeframe.",
))

# ---------------------------------------------------------------------------
# 04  Medicaid MCO, bullet list of missing items, fair hearing trap.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_04_medicaid_bullets_insufficient_information",
    """Bayou Bridge Health
A Louisiana Medicaid Managed Care Plan
P.O. Box 61290, Baton Rouge, LA 70896
Member Services: 1-844-555-0122 (TTY 711)

January 27, 2025

NOTICE OF ADVERSE BENEFIT DETERMINATION

Member: Jerome Batiste                Medicaid ID: 7720194455031
Requesting provider: Gulf South Medical Supply, LLC (NPI 1316059822)
Prescribing provider: Monique Fontenot, MD
Service requested: Power wheelchair, Group 2, captain's chair (K0823) and accessories
Authorization number: BBH-PA-2501-55873

What did we decide?
We denied the request for the power wheelchair listed above.

Why did we make this decision?
We could not decide whether the power wheelchair is medically necessary because we did not get the information we need. On January 13, 2025 we asked your provider for the items below. We did not receive them:
  * A face-to-face mobility examination note from your doctor, written within 6 months of the order
  * A home assessment showing the wheelchair can be used in your home (doorways, turns, and floor surfaces)
  * A specialty seating and mobility evaluation by a physical or occupational therapist
  * A signed detailed product description listing each accessory

Without these records we cannot tell whether you meet the plan's criteria for a power mobility device. If your provider sends these records, the request can be looked at again.

You have the right to appeal
  * You have 60 calendar days from the date on this notice to ask for an appeal. You can ask by phone or in writing.
  * We will send you our decision within 30 calendar days after we get your appeal.
  * If you or your provider think waiting 30 days could seriously harm your health, you can ask for a fast appeal. We will decide a fast appeal within 72 hours.
  * You must finish our appeal process before you can ask for a State Fair Hearing. You can ask for a State Fair Hearing within 120 days from the date of our appeal decision letter.

Free help is available. Call Member Services at 1-844-555-0122 or the Louisiana Medicaid ombudsman.

Bayou Bridge Health complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
""",
    "denial", "insufficient_information", "2025-03-28", 60, "letter_date", True, 72, [],
    "Letter date 2025-01-27. Bulleted missing-records list (missing_documentation should capture 4 items). "
    "'60 calendar days from the date on this notice' -> letter_date. "
    "Traps: 30-day decision, 120-day fair hearing counted from appeal decision. No named criteria -> no guidelines.",
))

# ---------------------------------------------------------------------------
# 05  Taft-Hartley fund, ALL-CAPS paragraphs, date only in signature block.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_05_taft_hartley_all_caps_eligibility_signature_date",
    """IRONWORKERS DISTRICT COUNCIL OF THE OHIO VALLEY
HEALTH AND WELFARE FUND
Fund Office: 3150 Dixie Highway, Suite 200, Louisville, KY 40216
Telephone (502) 555-0161

Participant: Marcus J. Pruitt          Fund ID: 0044719
Patient: Marcus J. Pruitt              Relationship: Self
Provider: Norton Orthopedic Care       Claim No.: 25-118774
Date of Service: 03/18/2025            Amount Billed: $2,480.00
Procedure: 29881 Arthroscopy, knee, with meniscectomy

Dear Mr. Pruitt:

The Fund Office has reviewed the claim shown above. Benefits have been denied.

REASON FOR DENIAL: Under Article III, Section 3.01 of the Rules and Regulations of the Plan, a participant is eligible for benefits in a coverage quarter only if contributing employers reported at least 300 hours of covered employment for the participant during the corresponding work quarter. Our records show contributions were received for only 164 hours for the work quarter October 1 through December 31, 2024. As a result, you did not have coverage under the Plan for the quarter beginning March 1, 2025, and the Plan cannot pay for services received on March 18, 2025. Our records also show that you did not elect self-payment continuation coverage for that quarter.

If you believe hours were worked for a contributing employer but not reported to the Fund, please send copies of your pay stubs for October through December 2024 so the Fund Office can audit the employer's reports.

IF YOU DISAGREE WITH THIS DECISION, YOU HAVE THE RIGHT TO APPEAL TO THE BOARD OF TRUSTEES. YOUR APPEAL MUST BE IN WRITING, MUST STATE THE REASONS YOU BELIEVE THE DECISION IS WRONG, AND MUST BE FILED WITH THE FUND OFFICE WITHIN 180 DAYS FROM THE DATE YOU RECEIVE THIS NOTICE. IF YOU DO NOT FILE A TIMELY APPEAL, THIS DECISION WILL BECOME FINAL AND BINDING.

THE BOARD OF TRUSTEES WILL CONSIDER YOUR APPEAL AT ITS NEXT REGULARLY SCHEDULED QUARTERLY MEETING, UNLESS YOUR APPEAL IS RECEIVED WITHIN 30 DAYS BEFORE THAT MEETING, IN WHICH CASE IT WILL BE CONSIDERED AT THE SECOND MEETING FOLLOWING RECEIPT.

YOU ARE ENTITLED TO RECEIVE, UPON REQUEST AND FREE OF CHARGE, REASONABLE ACCESS TO AND COPIES OF ALL DOCUMENTS RELEVANT TO YOUR CLAIM. YOU ALSO HAVE THE RIGHT TO BRING A CIVIL ACTION UNDER SECTION 502(a) OF ERISA AFTER YOU HAVE EXHAUSTED THE PLAN'S APPEAL PROCEDURES.

Sincerely,

BOARD OF TRUSTEES
By: Linda K. Boggs, Fund Administrator
Dated: May 9, 2025
""",
    "denial", "eligibility", "2025-11-05", 180, "receipt", False, None,
    [("plan_document", "Article III, Section 3.01")],
    "Letter date appears ONLY in signature block ('Dated: May 9, 2025'). Post-service claim -> expedited False. "
    "All-caps appeal paragraph: receipt, 2025-05-09 + 180. Trap: quarterly-meeting / 30-day language. "
    "Pay-stub request is not the reason category (eligibility).",
))

# ---------------------------------------------------------------------------
# 06  Student health plan; benefit maximum paid; window in months.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_06_student_plan_visit_maximum_six_months",
    """Northfield University Student Health Insurance Plan
Underwritten by Great Lakes Mutual Life Insurance Company
Claims administered by CampusCare Benefit Services, LLC
P.O. Box 88120, Ann Arbor, MI 48108 | 1-877-555-0134

November 5, 2024

Priya Raman
412 Packard Street, Apt. 3
Ann Arbor, MI 48104

Student ID: 20918877          Policy No.: NU-SHIP-2425
Claim #: CC2410290163          Provider: Huron Sports & Spine Physical Therapy
Dates of Service: 10/28/2024 - 10/31/2024 (3 visits)
Billed: $555.00   Plan Paid: $0.00   Reason Code: PR-119

Dear Priya Raman:

We processed the claim listed above for physical therapy visits. Your plan pays for up to 30 outpatient rehabilitation visits (physical, occupational and speech therapy combined) per policy year. The maximum benefit of 30 visits for the policy year August 1, 2024 through July 31, 2025 has been paid; visit 30 was processed on October 24, 2024. For this reason the visits shown above do not qualify for payment. Please see the Schedule of Benefits in your Certificate of Coverage, "Outpatient Rehabilitation Therapy."

Reason code PR-119: Benefit maximum for this time period or occurrence has been reached. You may be responsible for the billed amount.

If you disagree with this decision, you or your authorized representative may appeal. You have 6 months from the date of this letter to file your appeal. Mail it to CampusCare Benefit Services, Attn: Appeals, P.O. Box 88125, Ann Arbor, MI 48108. We will send you a written decision within 60 days after we receive your appeal. If your appeal is denied, you may be able to request an external review through the Michigan Department of Insurance and Financial Services within 127 days after you receive our final decision.

Questions? Call 1-877-555-0134, Monday through Friday, 8 a.m. to 6 p.m. Eastern.

CampusCare Benefit Services, LLC
""",
    "denial", "benefit_limit", "2025-05-05", None, "letter_date", False, None,
    [("plan_document", None)],
    "'You have 6 months from the date of this letter' -> calendar months, window_days None, 2024-11-05 -> 2025-05-05. "
    "Post-service -> expedited False. Schedule of Benefits cited without identifier. CARC PR-119. "
    "Traps: 60-day decision, 127-day external review.",
))

# ---------------------------------------------------------------------------
# 07  Medigap claim; 'Issue Date'; Medicare-eligible expense rule.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_07_medigap_claim_not_medicare_eligible",
    """Heartland Senior Benefit Life Insurance Company
Medicare Supplement Claims Department
P.O. Box 2710, Omaha, NE 68103-2710 | 1-800-555-0117

Issue Date: 02/14/2025

Insured: Harold E. Brandt
Policy Number: MS-G-00381174 (Medicare Supplement Plan G)
Claim Number: 2502077431
Provider: Bluestem Hearing Center
Date of Service: 01/08/2025
Service: Hearing aids, binaural, behind the ear (V5261)
Charges: $4,800.00      Medicare Approved: $0.00      Amount We Paid: $0.00

Dear Mr. Brandt:

We received the Medicare Summary Notice for the service above. Medicare did not pay for this item because hearing aids are not covered by Original Medicare. Your Medicare Supplement policy pays benefits only for Medicare-eligible expenses, meaning expenses of the kinds covered by Medicare Parts A and B. Because this item is not a Medicare-eligible expense, it does not qualify as a covered expense under your policy (Policy Form MS-G-19, "Definitions - Medicare Eligible Expenses" and "Exclusions").

If Medicare later changes its decision on this service after a Medicare appeal, send us the new Medicare Summary Notice and we will review the claim again; there is no deadline for this.

If you believe we processed this claim incorrectly, you may ask us to reconsider it. Send your written request within 60 days after the date of this letter to the address above, along with any information you would like us to consider. If you have questions about your policy, you may also contact the Nebraska Department of Insurance.

Medicare Supplement Claims Department
Heartland Senior Benefit Life Insurance Company
""",
    "denial", "not_covered", "2025-04-15", 60, "letter_date", False, None,
    [("plan_document", "MS-G-19")],
    "Letter date 2025-02-14 ('Issue Date:' label only). 'does not qualify as a covered expense' -> not_covered. Post-service -> expedited False. "
    "'within 60 days after the date of this letter' -> letter_date. Trap: 'no deadline' for re-review after Medicare appeal. "
    "Guideline identifier is the policy form number as printed ('Policy Form MS-G-19'); accept 'MS-G-19' or the longer string.",
))

# ---------------------------------------------------------------------------
# 08  TRICARE prior authorization denial; exclusion in regulation;
#     expedited filing window trap (3 days).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_08_tricare_authorization_excluded_service",
    """Patriot Federal Health Services
TRICARE Regional Contractor - Authorization Services
P.O. Box 9010, Virginia Beach, VA 23450 | 1-800-555-0150

April 2, 2025

Emily R. Kowalczyk
1180 Holland Road
Suffolk, VA 23434

Beneficiary: Emily R. Kowalczyk            DoD Benefits Number: 1209944871
Sponsor: SSgt Adam Kowalczyk, USAF
Authorization/Referral Number: 0425-8801553
Requesting Provider: Tidewater Integrative Health (NPI 1447390826)
Requested Services: Acupuncture, 1 or more needles, initial 15 minutes (97810), 12 sessions
Diagnosis: G43.709 Chronic migraine without aura

NOTICE OF DENIED AUTHORIZATION

Your request for authorization of the services listed above has been denied. Acupuncture is not a TRICARE benefit, whether it is used as a therapeutic agent or as an anesthetic. This exclusion is found in the TRICARE regulation at 32 CFR 199.4(g). Because the service is excluded from coverage, TRICARE cannot pay for it from any provider.

RIGHT TO APPEAL
If you disagree with this decision, you may request a reconsideration. Your request must be in writing, must state the specific matter with which you disagree, and must be postmarked or received within 90 days of the date of this letter. Include a copy of this letter and any documents that support your request. Send it to: Patriot Federal Health Services, Appeals and Reconsiderations, P.O. Box 9015, Virginia Beach, VA 23450.

EXPEDITED APPEALS
If the care has not yet been provided and you believe a delay would seriously jeopardize your life or health, you may request an expedited reconsideration by telephone at 1-800-555-0150 or by fax at 757-555-0151. An expedited request must be received within 3 calendar days after you receive this notice. We will issue an expedited reconsideration decision within 72 hours after we receive the request.

The following cannot be appealed: the TRICARE allowable charge, your TRICARE eligibility, and the designation of a network provider.

Patriot Federal Health Services
""",
    "denial", "not_covered", "2025-07-01", 90, "letter_date", True, 72,
    [("regulation", "32 CFR 199.4(g)")],
    "TRICARE. Regulation cited as the basis of the exclusion -> guideline (regulation). "
    "Standard window 'within 90 days of the date of this letter' -> 2025-07-01. "
    "Trap: 3-calendar-day window applies only to the expedited path; deadline label is the standard appeal. "
    "Could be argued conflicting_deadlines -> needs_review acceptable, but the deadline value should be 2025-07-01.",
))

# ---------------------------------------------------------------------------
# 09  CHAMPVA; eligibility; 'within one year' (months rule).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_09_champva_eligibility_one_year",
    """DEPARTMENT OF VETERANS AFFAIRS
Veterans Health Administration - Office of Integrated Veteran Care
CHAMPVA Claims
P.O. Box 469064, Denver, CO 80246-9064

December 30, 2024

Gloria A. Whitfield
88 Larkspur Lane
Pueblo, CO 81005

In Reply Refer To: CHAMPVA
Claim Control Number: 24353-0118877-01
Provider: Front Range Imaging, LLC
Date of Service: 11/21/2024
Service: CT abdomen and pelvis with contrast (74177)
Amount Billed: $1,260.00      Amount Paid: $0.00

Dear Ms. Whitfield:

We cannot pay this claim. Our records show that your CHAMPVA eligibility ended on October 31, 2024. You became entitled to Medicare Part A on November 1, 2024, and we have no record that you enrolled in Medicare Part B. Under 38 CFR 17.271, a beneficiary who is entitled to Medicare Part A must also be enrolled in Medicare Part B to remain eligible for CHAMPVA. The services above were received after your eligibility ended.

If you have enrolled in Medicare Part B, send us a copy of your Medicare card or your Social Security letter showing the Part B effective date, and we will review your eligibility.

If you disagree with this decision, you may request reconsideration. Your request must be in writing, must explain why you believe the decision is wrong, and must be received within one year of the date of this notice. Because this decision is based on legal eligibility, you may instead file a Notice of Disagreement with the Board of Veterans' Appeals; that notice also must be filed within one year from the date of this notice. If a reconsideration decision is unfavorable, you may request review by the Director within 90 days of the date of that decision (38 CFR 17.276).

Sincerely,
CHAMPVA Benefits Advisor
""",
    "denial", "eligibility", "2025-12-30", None, "letter_date", False, None,
    [("regulation", "38 CFR 17.271")],
    "CHAMPVA. 'within one year of the date of this notice' treated as 12 calendar months -> window_days None, 2025-12-30. "
    "38 CFR 17.271 is the basis (guideline); 38 CFR 17.276 appears only in appeal rights (not a guideline). "
    "Trap: 90-day second-level window. Post-service -> expedited False.",
))

# ---------------------------------------------------------------------------
# 10  IHS Purchased/Referred Care; checkbox form; residency.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_10_ihs_prc_checkbox_residency",
    """INDIAN HEALTH SERVICE
Great Plains Area - Rosebud Service Unit
Purchased/Referred Care (PRC) Program
Highway 18, Rosebud, SD 57570 | (605) 555-0144

August 6, 2025

NOTICE OF DENIAL OF PURCHASED/REFERRED CARE

To:  Lorraine Two Eagle                 Chart No.: 118245
cc:  Capitol Area Regional Hospital, Pierre, SD (Provider)

Date(s) of Service: 06/29/2025 - 06/30/2025
Type of Service: Emergency department visit and observation stay
PRC Document No.: 25-RSU-004471

Your request for payment of the services listed above through the Purchased/Referred Care program has been denied for the reason(s) checked below:

[X] Residency - You did not reside within the Rosebud Purchased/Referred Care Delivery Area (PRCDA) when the services were provided. Our records show your permanent address since March 2025 has been in Rapid City, Pennington County, which is outside the Rosebud PRCDA. (42 CFR 136.23)
[ ] Notification - The PRC program was not notified within 72 hours of the start of emergency care.
[ ] Medical Priority - The services fall outside the medical priorities funded by this Service Unit.
[ ] Alternate Resources - You did not apply for or use an alternate resource available to you.
[ ] Other: ____________________________________

This notice is not a bill. The provider has been notified that PRC will not pay for these services.

RECONSIDERATION AND APPEAL
Within 30 days from the receipt of this notice you may obtain a reconsideration of this denial by the Chief Executive Officer of the Rosebud Service Unit. Send a written request and any additional information showing that the denial was improper to: PRC Program, Rosebud Service Unit, Highway 18, Rosebud, SD 57570. If the denial is upheld on reconsideration, you may appeal in writing to the Great Plains Area Director within 30 days from receipt of the reconsideration decision. These procedures are set out in 42 CFR 136.25.

If you may be eligible for PRC from another Service Unit where you now live, contact that PRC office promptly.

PRC Supervisor
Rosebud Service Unit
""",
    "denial", "eligibility", "2025-09-05", 30, "receipt", False, None,
    [("regulation", "42 CFR 136.23")],
    "Checkbox form: only the checked box (Residency) is the reason; unchecked Notification/Priority/Alternate-resource lines are traps. "
    "'Within 30 days from the receipt of this notice' -> receipt, 2025-08-06 + 30. 42 CFR 136.25 is rights-only. "
    "Post-service -> expedited False.",
))

# ---------------------------------------------------------------------------
# 11  State employee plan; 'was not pre-certified'; '60th day after you
#     receive'; corrected-claim / timely filing traps.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_11_state_employee_plan_not_precertified",
    """PALMETTO PUBLIC EMPLOYEES HEALTH PLAN
Administered by Coastal Claims Solutions, Inc.
P.O. Box 100550, Columbia, SC 29202 | 1-855-555-0108

February 20, 2025

Darnell W. Huggins
1904 Gervais Street
Columbia, SC 29201

Subscriber ID: PPE-4410077-00      Patient: Darnell W. Huggins
Claim Number: 2501281190034         Provider: Congaree Regional Medical Center
Admission Date: 12/02/2024          Discharge Date: 12/05/2024
Facility Charges: $38,416.20        Benefits Paid: $0.00

Dear Mr. Huggins:

We have finished processing the hospital claim listed above. Benefits for the facility charges have been denied because the admission was not pre-certified. The Plan requires that every non-emergency inpatient admission be pre-certified by calling the Medical Review Program before the admission (Plan of Benefits, Section 6.4, Pre-Certification Requirements). Our records show no call to the Medical Review Program before or during this scheduled admission for elective spinal surgery, and the admission was not an emergency.

Physician charges for this stay are processed separately and are not affected by this decision.

You may appeal this decision. You must file your appeal no later than the 60th day after you receive this letter. Send your written appeal and any medical records you want us to consider to Coastal Claims Solutions, Appeals Unit, P.O. Box 100555, Columbia, SC 29202. We will decide your appeal within 60 days. If the Plan upholds the denial on appeal, you may request a review by the State Health Plan Review Board within 90 days of the appeal decision.

Note to providers: corrected claims must be submitted within 365 days of the date of service. A corrected claim is not an appeal.

Coastal Claims Solutions, Inc., for the Palmetto Public Employees Health Plan
""",
    "denial", "no_authorization", "2025-04-21", 60, "receipt", False, None,
    [("plan_document", "Section 6.4")],
    "'no later than the 60th day after you receive this letter' -> receipt, 2025-02-20 + 60. Post-service -> expedited False. "
    "Traps: 60-day decision, 90-day review board, 365-day corrected-claim limit.",
))

# ---------------------------------------------------------------------------
# 12  Workers' compensation UR (prospective); ODG; business-day window;
#     peer-to-peer '2 business days' trap.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_12_workers_comp_ur_business_days",
    """LONE STAR UTILIZATION REVIEW SERVICES, LLC
URA Certificate No. 5271
On behalf of: Brazos Mutual Casualty Company (Insurance Carrier)
Fax 512-555-0160 | Phone 1-877-555-0161

NOTICE OF ADVERSE DETERMINATION - PREAUTHORIZATION

Date of Notice:         May 15, 2025
Date Request Received:  May 12, 2025
Injured Employee:       Rafael Ontiveros
Date of Injury:         01/22/2025
Claim No.:              WC-25-004417
Employer:               Gulf Coast Fabrication, Inc.
Requesting Provider:    Dana Whitley, DC (NPI 1093817264)
Treatment Requested:    Chiropractic manipulative treatment, 3-4 regions (98941) with therapeutic exercise (97110), 3 times per week for 4 weeks (12 visits)
Diagnosis:              S39.012D Strain of muscle, fascia and tendon of lower back, subsequent encounter

DETERMINATION: NOT CERTIFIED

Clinical basis: The Official Disability Guidelines (ODG), Low Back chapter, support a trial of manipulation with continued care only when there is objective evidence of functional improvement. The records show 18 chiropractic visits since 02/10/2025. Pain scores are unchanged (6/10), lumbar range of motion is unchanged, and the employee remains on the same restricted duty as in February. Because the prior treatment has not produced objective functional improvement, the request for 12 additional visits is not medically necessary. A home exercise program is recommended.

Reviewer: Thomas Greer, DC, licensed in Texas. A peer-to-peer discussion was attempted on 05/14/2025 at 2:10 p.m.; the requesting provider was not available. The requesting provider may call 1-877-555-0161 within 2 business days of this notice to schedule a peer-to-peer discussion with the reviewer.

RECONSIDERATION: The injured employee, the employee's representative, or the requesting provider may request reconsideration of this adverse determination. The request must be in writing and must be submitted within ten (10) working days of receipt of this notice. Send it by fax to 512-555-0160. A reconsideration decision will be issued within 30 days.

If the adverse determination is upheld on reconsideration, you may request review by an Independent Review Organization (IRO) within 45 calendar days of receipt of the reconsideration denial.

Lone Star Utilization Review Services, LLC
""",
    "denial", "medical_necessity", "2025-05-29", 10, "receipt", None, None,
    [("other", None)],
    "Workers' comp UR. 'within ten (10) working days of receipt of this notice' -> business days Mon-Fri from 2025-05-15 (Thu) -> 2025-05-29. "
    "Two dates near top: Date of Notice 05-15 vs Date Request Received 05-12. "
    "ODG named without identifier -> ('other', None); arguably MCG since ODG is an MCG product (uncertain). "
    "'18 visits' is NOT a benefit limit; category is medical necessity (no functional improvement). "
    "Traps: peer-to-peer within 2 business days, 30-day decision, 45-day IRO. Nothing about expedited -> None.",
))

# ---------------------------------------------------------------------------
# 13  Absolute deadline in a header box; 'by the date shown above';
#     coding (missing therapy modifier); corrected-claim trap.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_13_header_box_absolute_deadline_modifier",
    """GREAT BASIN HEALTH INSURANCE COMPANY
Claims Department - P.O. Box 30418, Reno, NV 89520 - 1-800-555-0193

              EXPLANATION OF CLAIM DENIAL
   +------------------------------------------------+
   |  Date of this notice:        October 1, 2024   |
   |  Appeal must be received by: December 2, 2024  |
   +------------------------------------------------+

Member: Shauna K. Whitehorse          Member ID: GBH-30017742
Claim Number: 24-255-118830            Provider: Truckee Meadows Physical Therapy (NPI 1881602745)
Date of Service: 08/26/2024

Line  Code    Description                              Billed    Allowed   Paid
1     97162   PT evaluation, moderate complexity       $210.00   $0.00     $0.00

Why this claim was denied:
Outpatient therapy services must be billed with the therapy modifier (GP, GO or GN) that identifies the therapy plan of care. Line 1 (97162) was submitted without a therapy modifier. Adjustment reason CO-4: The procedure code is inconsistent with the modifier used or a required modifier is missing.

Because the provider is in our network, you are not responsible for this amount.

Your right to appeal: You or your authorized representative may appeal this decision in writing. Your appeal must be received by the date shown above. Send it to Great Basin Health Insurance Company, Appeals, P.O. Box 30420, Reno, NV 89520.

For providers: instead of an appeal, you may submit a corrected claim with the appropriate modifier within 180 days of the date of service.
""",
    "denial", "coding", "2024-12-02", None, "absolute", False, None, [],
    "Letter date 2024-10-01. Deadline printed as a date in a boxed header; body says 'by the date shown above' -> absolute 2024-12-02, window_days None. "
    "Single-line claim so it is a full denial. CARC CO-4. Post-service -> expedited False. "
    "Trap: corrected claim within 180 days of DOS.",
))

# ---------------------------------------------------------------------------
# 14  PBM step therapy; 'you must first try'; 24-hour urgent appeal.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_14_pbm_step_therapy_first_try",
    """RxClarity Pharmacy Benefit Services
on behalf of the Tri-County Teachers Health Trust
Coverage Review Department, P.O. Box 52100, Phoenix, AZ 85072
Phone 1-888-555-0127 | Fax 1-888-555-0128

July 8, 2025

Gwendolyn Orr
6611 N. 19th Avenue
Phoenix, AZ 85015

Member ID: TCT90044718               Case ID: RXC-2507-339104
Prescriber: Samuel Okafor, MD (NPI 1780694215)
Drug requested: Ozempic (semaglutide) 1 mg dose pen
Diagnosis: E11.9 Type 2 diabetes mellitus without complications

Dear Ms. Orr,

Your doctor asked us to cover the drug listed above. We are unable to approve this request at this time.

Your plan's Step Therapy program requires that you first try metformin before a GLP-1 receptor agonist such as Ozempic is covered. Our pharmacy claims and the information your doctor sent do not show a trial of metformin, and they do not show a medical reason you cannot take metformin (for example, an allergy, intolerance, or reduced kidney function). Once you have tried metformin for at least 90 days, or if your doctor tells us why you cannot take it, your doctor may send a new request.

Criteria used: Step Therapy Criteria - Antidiabetic Agents, GLP-1 Receptor Agonists (ST-DIAB-04), and the Trust's 2025 Preferred Drug List. You may ask for a free copy of these criteria.

Your appeal rights
You may appeal this decision within 180 days after you receive this notice. Call or fax us, or write to RxClarity Appeals, P.O. Box 52105, Phoenix, AZ 85072. We will decide a standard appeal within 30 days.

If your doctor believes that waiting for a standard decision could seriously harm your life, health, or ability to regain maximum function, your doctor may ask for an urgent (expedited) appeal by phone or fax. We will decide an urgent appeal as quickly as your condition requires and no later than 24 hours after we receive it.

You may also have the right to an external review by an independent review organization. Details are on the enclosed "Your Rights" page.

RxClarity Coverage Review Department
""",
    "denial", "step_therapy", "2026-01-04", 180, "receipt", True, 24,
    [("payer_policy", "ST-DIAB-04"), ("formulary", None)],
    "'you first try metformin' -> step_therapy. 'within 180 days after you receive this notice' -> receipt, 2025-07-08 + 180. "
    "Urgent appeal 24 hours. Two guidelines: criteria ST-DIAB-04 and the Preferred Drug List (formulary, no id).",
))

# ---------------------------------------------------------------------------
# 15  Medicare Advantage integrated denial notice; 65 days; NCD + LCD.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_15_medicare_advantage_65_days_hospital_bed",
    """Bluewater Medicare Advantage (HMO)
P.O. Box 14788, Tampa, FL 33622 | 1-866-555-0184 (TTY 711), 8 a.m. - 8 p.m., 7 days a week

Notice of Denial of Medical Coverage

Date: September 10, 2025
Member number: BWM-55082017
Name: Ernestine P. Caldwell
Service: Semi-electric hospital bed with mattress and side rails (E0260)
Requested by: Suncoast Home Medical Equipment; ordered by Raymond Ellis, MD

Your request was denied
We've denied the medical item listed above that was requested by your doctor.

Why did we deny your request?
Medicare covers a hospital bed when your condition requires positioning of the body in ways that are not feasible with an ordinary bed, or when you need the head of the bed raised more than 30 degrees most of the time because of a condition such as congestive heart failure or chronic lung disease. The notes from Dr. Ellis say you would like a bed that is easier to get in and out of, but they do not describe a medical condition that requires special positioning. We made this decision using Medicare's National Coverage Determination for hospital beds (NCD 280.7) and Local Coverage Determination L33820, Hospital Beds and Accessories.

You should share a copy of this decision with your doctor so you and your doctor can discuss next steps. We have sent a copy of this decision to your doctor.

You have the right to appeal our decision
You have the right to ask Bluewater Medicare Advantage to review our decision by asking us for an appeal within 65 calendar days of the date listed at the top of this notice. If you ask for an appeal after 65 days, you must explain why your appeal is late.

Standard appeal - We'll give you a written decision within 30 calendar days after we get your appeal.

Fast appeal - We'll give you a decision within 72 hours after we get your appeal. You can ask for a fast appeal if you or any doctor believe your health could be seriously harmed by waiting up to 30 days for a decision. If any doctor asks for a fast appeal for you, or supports you in asking for one, and indicates that waiting 30 days could seriously harm your health, we'll automatically give you a fast appeal.

If we don't decide in your favor, your appeal will automatically go to an Independent Review Entity.

Get help & more information: Bluewater Medicare Advantage, 1-866-555-0184. 1-800-MEDICARE (1-800-633-4227). Florida SHINE, 1-800-963-5337.
""",
    "denial", "medical_necessity", "2025-11-14", 65, "letter_date", True, 72,
    [("NCD", "NCD 280.7"), ("LCD", "L33820")],
    "CMS integrated denial notice style. 'within 65 calendar days of the date listed at the top of this notice' -> letter_date, 2025-09-10 + 65. "
    "Fast appeal 72 hours. Traps: 30-day standard decision, automatic IRE.",
))

# ---------------------------------------------------------------------------
# 16  Regional cooperative; 'is considered investigational';
#     'three (3) months from the date of this notice'; month-end clamp.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_16_coop_investigational_three_months",
    """Great Northern Health Cooperative
2050 Lakeview Drive, Duluth, MN 55811
Member Services 1-800-555-0109 | www.gnhcoop.example

March 31, 2025

Lars O. Henrikson
717 E. 9th Street
Duluth, MN 55805

Member #: GNC-08814562          Prior Authorization #: 25-PA-077130
Ordering Provider: Arrowhead Orthopedics, Jill Marchetti, MD
Service: Platelet-rich plasma injection, right knee (0232T)
Diagnosis: M17.11 Unilateral primary osteoarthritis, right knee

Dear Mr. Henrikson:

Great Northern Health Cooperative has reviewed the request for the service listed above. The request is denied.

Platelet-rich plasma (PRP) injection for osteoarthritis of the knee is considered investigational. An investigational service is one whose safety and effectiveness have not been established by scientific evidence published in peer-reviewed medical literature. Our Medical Policy MP-402, Platelet-Rich Plasma and Other Autologous Blood-Derived Injections, was used to make this decision. Your Certificate of Coverage excludes investigational services (see General Exclusions).

You may request a copy of Medical Policy MP-402 and of any other documents we relied on, free of charge.

HOW TO APPEAL
You or your representative may request an appeal within three (3) months from the date of this notice. Write to Great Northern Health Cooperative, Appeals Department, 2050 Lakeview Drive, Duluth, MN 55811, or call 1-800-555-0109. We will notify you of our decision within 30 days of receiving your appeal.

If your request involves urgent care, you may ask for an expedited review of an urgent care claim by calling us. An expedited review will be completed and you will be notified of the decision within 72 hours.

If we deny your appeal, you may request an external review through the Minnesota Department of Commerce within six months of our appeal decision.

Sincerely,
Medical Director, Great Northern Health Cooperative
""",
    "denial", "experimental", "2025-06-30", None, "letter_date", True, 72,
    [("payer_policy", "MP-402"), ("plan_document", None)],
    "'three (3) months from the date of this notice' -> calendar months, 2025-03-31 -> 2025-06-30 (month-end clamp; June has 30 days). "
    "'expedited review of an urgent care claim' -> True, 72. Traps: 30-day decision, six-month external review. "
    "Certificate 'General Exclusions' cited without identifier.",
))

# ---------------------------------------------------------------------------
# 17  Individual market: 'our records show you were not enrolled'; grace
#     period termination cited from regulation.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_17_individual_plan_not_enrolled_grace_period",
    """Summit Ridge Health Insurance Co.
Individual & Family Plans
P.O. Box 173300, Denver, CO 80217 | 1-877-555-0166

April 14, 2025

Re: Claim 2503-5521-88
Member: Kendra L. Voss     Former Member ID: SRH-2210948-01
Provider: Aspen Valley Urgent Care
Date of Service: February 19, 2025

Dear Kendra Voss:

We are unable to pay this claim. Our records show you were not enrolled in a Summit Ridge plan on the date of service.

You were receiving advance payments of the premium tax credit, and the premium due for January 2025 was not paid. A three-month grace period began on January 1, 2025 and ended on March 31, 2025 without the past-due premiums being paid. As required by federal rules for enrollees receiving advance payments of the premium tax credit (45 CFR 156.270), your coverage ended on the last day of the first month of the grace period, January 31, 2025. Claims for services received during the second and third months of the grace period were held and are now denied.

If you believe your premium was paid on time, please send proof of payment, such as a bank statement or payment confirmation number, to the address above.

You have the right to appeal this decision. You have 180 days from the date you receive this notice to file an appeal. If we uphold our decision, you may be able to ask for an external review.

Summit Ridge Health Insurance Co.
""",
    "denial", "eligibility", "2025-10-11", 180, "receipt", False, None,
    [("regulation", "45 CFR 156.270")],
    "'our records show you were not enrolled' -> eligibility. Regulation cited as basis of the termination -> guideline. "
    "'180 days from the date you receive this notice' -> receipt, 2025-04-14 + 180. Post-service -> expedited False. "
    "Several other dates (Jan 1, Mar 31, Jan 31, Feb 19) are traps for letter_date.",
))

# ---------------------------------------------------------------------------
# 18  Duplicate claim (administrative); short EOB-style notice;
#     corrected-claim 90-day trap.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_18_duplicate_claim_short_notice",
    """Front Range Health Plan
Claim Determination Notice                                        June 3, 2025

Member: Brian Tsosie            Member ID: FRH-77104329
Provider: Mesa Physical Medicine (NPI 1225073318)
Claim #: 25-150-00871           Date of service: 05/06/2025
Procedure: 20610 Arthrocentesis, aspiration and/or injection, major joint

This claim was denied. It duplicates claim #25-137-00412, which we received on 05/17/2025 for the same member, provider, date of service and procedure, and which was processed on 05/24/2025.
Adjustment reason CO-18: Exact duplicate claim/service.

What you can do: If you think this was a mistake, you can appeal. Send your appeal within 180 days of the date of this notice to Front Range Health Plan, Appeals, P.O. Box 40022, Colorado Springs, CO 80949.

For your provider: If the original claim contained an error, submit a corrected claim (frequency code 7) within 90 days of the original processing date rather than a new claim.

THIS IS NOT A BILL.
""",
    "denial", "administrative", "2025-11-30", 180, "letter_date", False, None, [],
    "Very short notice, date on the title line. Duplicate -> administrative, CARC CO-18. "
    "'within 180 days of the date of this notice' -> 2025-06-03 + 180. Trap: 90-day corrected claim. Post-service -> False.",
))

# ---------------------------------------------------------------------------
# 19  Timely filing (administrative), member-facing; provider reconsideration
#     trap with a shorter window.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_19_timely_filing_member_letter",
    """Lakeshore Health Partners
1 Harbor Plaza, Milwaukee, WI 53202 | Customer Service 1-800-555-0156

January 10, 2025

Yolanda Price
3320 N. Humboldt Blvd.
Milwaukee, WI 53212

Member ID: LHP-66021907    Claim #: 24337-009914
Provider: North Shore Anesthesia Group
Date of service: March 14, 2023
Service: Anesthesia for upper GI endoscopy (00731)

Dear Ms. Price,

We received a claim from North Shore Anesthesia Group for services you received on March 14, 2023. Participating providers must file claims with us within 365 days of the date of service. This claim was received on December 2, 2024, after that filing limit, and has been denied. Reason code CO-29: The time limit for filing has expired.

Because North Shore Anesthesia Group is a participating provider, it may not bill you for this service. You owe nothing for this claim.

If you do not agree with this decision, you have the right to appeal. You must file your appeal within 180 days of the date of this letter. Call Customer Service or write to Lakeshore Health Partners, Member Appeals, 1 Harbor Plaza, Milwaukee, WI 53202.

Participating providers who have proof of timely filing (such as an electronic acceptance report) may request a claim reconsideration within 60 days of the remittance advice date through the provider portal.

Sincerely,
Claims Department, Lakeshore Health Partners
""",
    "denial", "administrative", "2025-07-09", 180, "letter_date", False, None, [],
    "Timely filing -> administrative, CARC CO-29. Member appeal 'within 180 days of the date of this letter' -> 2025-07-09. "
    "Traps: 365-day filing limit, provider reconsideration within 60 days of remittance date, several earlier dates.",
))

# ---------------------------------------------------------------------------
# 20  Invalid diagnosis code (coding); two dates at top; spelled-out number.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_20_invalid_diagnosis_code_two_dates",
    """Chesapeake Choice Health Plan
Explanation of Benefits - Claim Denial Notice

Date Claim Received: 02/18/2025
Date of Notice:      03/06/2025

Subscriber: Anthony R. Marchetti            ID: CCH-4471930-02
Patient: Sofia Marchetti (dependent)        Claim No.: 250490117652
Provider: Harborview Pediatrics, LLC         NPI: 1508846217
Date of Service: 02/11/2025
Procedure: 99213 Office/outpatient visit, established patient
Diagnosis submitted: R51

Explanation:
The diagnosis code submitted on this claim, R51, is not a valid ICD-10-CM code for dates of service on or after October 1, 2020. A valid, billable code at the highest level of specificity (for example, R51.9, Headache, unspecified) must be reported. The claim was denied. Reason code CO-146: Diagnosis was invalid for the date(s) of service reported.

Your provider may correct the diagnosis code and resubmit the claim. You should not be billed while the claim is being corrected.

Appeal rights:
You may request an appeal of this decision within one hundred eighty (180) days of the date of this notice. Your request should include a copy of this notice and the reason you disagree. Mail to Chesapeake Choice Health Plan, Appeals, P.O. Box 7721, Towson, MD 21285. If your appeal is denied, you may be able to file a complaint with the Maryland Insurance Administration.
""",
    "denial", "coding", "2025-09-02", 180, "letter_date", False, None, [],
    "Two dates at top: Date Claim Received (02-18) vs Date of Notice (03-06); DOS 02-11. Letter date 2025-03-06. "
    "Invalid ICD-10 code -> coding, CARC CO-146. 'one hundred eighty (180) days of the date of this notice' -> 2025-09-02.",
))

# ---------------------------------------------------------------------------
# 21  PARTIAL: chiropractic visits, calendar-year limit; specialty vendor.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_21_partial_chiropractic_annual_limit",
    """ChiroNet Specialty Management
Utilization review for Riverbend Health Plan
P.O. Box 2290, Chattanooga, TN 37409 | 1-866-555-0171

October 2, 2025

Member: Wesley T. Pardue          Member ID: RBH-31188205
Provider: Lookout Valley Chiropractic, Corinne Mabry, DC (NPI 1376629041)
Reference #: CN-2509-118204
Requested: Chiropractic manipulative treatment (98940), 20 visits, 10/06/2025 - 12/31/2025

Dear Mr. Pardue:

We reviewed the request for chiropractic care shown above.

  Approved:  8 visits, 10/06/2025 through 12/31/2025
  Denied:    12 visits

Your plan covers up to 20 chiropractic visits per calendar year (Schedule of Benefits, Chiropractic Services). You have already used 12 visits in 2025, so 8 visits remain. We approved those 8 visits. The other 12 visits requested are more than the number of visits left in your 2025 benefit, so they are denied. Your visit count starts over on January 1, 2026.

If you disagree with the part of this request that was denied, you may ask for an appeal within 180 days of the date of this letter. Write to Riverbend Health Plan, Member Appeals, P.O. Box 2295, Chattanooga, TN 37409, or call 1-866-555-0171.

ChiroNet Specialty Management
""",
    "partial_denial", "benefit_limit", "2026-03-31", 180, "letter_date", None, None,
    [("plan_document", None)],
    "Partial: 8 approved / 12 denied for annual visit limit. 'within 180 days of the date of this letter' -> 2026-03-31. "
    "Pre-service; silent on expedited -> None.",
))

# ---------------------------------------------------------------------------
# 22  PARTIAL: concurrent inpatient rehab; InterQual; p2p next business day.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_22_partial_concurrent_rehab_interqual",
    """Heritage Plains Health Plan
Care Management - Concurrent Review
4400 W. 56th Street, Lincoln, NE 68516 | Fax 402-555-0188

April 11, 2025

NOTICE OF CONCURRENT REVIEW DETERMINATION

Member: Virginia M. Sorensen        Member ID: HPH-02281934
Facility: Prairie Rehabilitation Hospital (NPI 1669513804)
Attending: Paul Adeyemi, MD
Admission: 03/31/2025 - Inpatient rehabilitation following right total hip arthroplasty
Diagnosis: Z96.641 Presence of right artificial hip joint
Review #: CR-25-0331-7712

Days approved: 03/31/2025 through 04/10/2025 (11 days)
Days not approved: 04/11/2025 and after

Reason: As of April 10, Mrs. Sorensen walks 150 feet with a rolling walker and standby assistance, transfers with supervision, and is participating in less than three hours of therapy a day by choice. She no longer needs the intensive, multidisciplinary program and close physician oversight of an inpatient rehabilitation hospital. Her remaining needs can be met safely at a skilled nursing facility or with home health therapy. Continued inpatient rehabilitation is not medically necessary. This decision was made by a physician reviewer using InterQual Level of Care Criteria, Acute Rehabilitation, and the clinical information from the facility.

Peer-to-peer: Dr. Adeyemi may discuss this decision with the physician reviewer by calling 1-800-555-0187 by 5:00 p.m. on the next business day.

Your right to appeal: You, your representative, or your doctor may appeal this decision within 180 calendar days of the date of this letter. Because you are still in the hospital, you may ask for an expedited appeal by calling 1-800-555-0187. We will make a decision on an expedited appeal within 72 hours. You will not be responsible for charges for days that are not approved while an expedited appeal is pending, except as allowed by your plan.

You may also request an external review. If your situation is urgent, an expedited external review can be requested at the same time as an expedited internal appeal.

Heritage Plains Health Plan, Care Management
""",
    "partial_denial", "medical_necessity", "2025-10-08", 180, "letter_date", True, 72,
    [("InterQual", None)],
    "Concurrent review, days approved vs not approved -> partial_denial. 'within 180 calendar days of the date of this letter' -> 2025-10-08. "
    "Expedited 72h. Traps: peer-to-peer by next business day, expedited external review. InterQual named without id.",
))

# ---------------------------------------------------------------------------
# 23  PARTIAL: Medicaid DME, bed approved, over-bed table denied as a
#     convenience item (not covered).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_23_partial_medicaid_dme_convenience_item",
    """Sunflower Prairie Community Health
KanCare Medicaid Health Plan
P.O. Box 780, Topeka, KS 66601 | Member Services 1-855-555-0113 (TTY 711)

August 21, 2024

NOTICE OF ADVERSE BENEFIT DETERMINATION

Member: Dorothy Ann Pettibone      Medicaid ID: 30118844209
Provider: Flint Hills Medical Equipment (NPI 1942267810)
Authorization #: SPC-24-081466

We reviewed the request for the items below.

   Item                                              HCPCS   Decision
   Hospital bed, semi-electric, with mattress        E0260   APPROVED
   Over-bed table                                    E0274   DENIED

Why did we deny the over-bed table?
An over-bed table is a convenience item. It is used for comfort and convenience and does not serve a medical purpose. Convenience items are not a covered benefit under the KanCare durable medical equipment benefit, as described in our Durable Medical Equipment Coverage Policy DME-011, Non-Covered Items.

What if I do not agree?
You can ask for an appeal within 60 days from the date on this letter. You can call us or write to us. We will decide your appeal within 30 days. If you or your doctor feel that waiting 30 days could seriously harm your health, you can ask for a fast appeal. We will decide a fast appeal within 72 hours. After our appeal decision, you may ask for a State Fair Hearing within 120 days.

You may ask for free copies of all information used to make this decision, including Policy DME-011.
""",
    "partial_denial", "not_covered", "2024-10-20", 60, "letter_date", True, 72,
    [("payer_policy", "DME-011")],
    "Table with one approved and one denied line -> partial_denial; denied item is a non-covered convenience item. "
    "'within 60 days from the date on this letter' -> 2024-10-20. Fast appeal 72h. Traps: 30-day decision, 120-day fair hearing.",
))

# ---------------------------------------------------------------------------
# 24  PARTIAL: EOB-style, one line bundled (NCCI); window from DATE OF
#     SERVICE.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_24_partial_eob_bundled_line_service_date_window",
    """Keystone Valley Health Insurance
Statement of Claim Processing - This is not a bill

Statement Date: June 10, 2025
Member: Harriet L. Okonkwo          ID: KVH-90221835
Provider: Lehigh Orthopaedic Associates (NPI 1457382096)
Claim #: 2515900334                  Date of Service: 05/19/2025

Line  Service                                   Billed    Allowed   Plan Paid   Remark
1     20610  Arthrocentesis/injection, knee     $310.00   $142.60   $114.08
2     J1030  Methylprednisolone acetate 40 mg    $38.00    $6.12     $4.90
3     96372  Therapeutic injection, SC/IM        $55.00    $0.00     $0.00      CO-97

Remark CO-97: The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.
Line 3 was denied because an injection billed on the same day as a joint injection (20610) is considered part of that procedure under the National Correct Coding Initiative (NCCI) procedure-to-procedure edits and our Reimbursement Policy RP-017, Correct Coding. Lines 1 and 2 were paid.

Your share: coinsurance $29.74. Because the provider is in network, you cannot be billed for line 3.

Appeals must be filed within 180 days of the date of service shown on this statement. Send appeals to Keystone Valley Health Insurance, Appeals, P.O. Box 1145, Allentown, PA 18105.
""",
    "partial_denial", "coding", "2025-11-15", 180, "service_date", False, None,
    [("payer_policy", "RP-017"), ("other", None)],
    "EOB style, lines 1-2 paid, line 3 bundled -> partial_denial, coding, CARC CO-97. "
    "'within 180 days of the date of service' -> service_date 2025-05-19 + 180 = 2025-11-15 (NOT statement date). "
    "NCCI edits named without identifier -> ('other', None) (source choice uncertain). Post-service -> False.",
))

# ---------------------------------------------------------------------------
# 25  PARTIAL: drug quantity limit; 24-hour expedited.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_25_partial_quantity_limit_triptan",
    """MedPath Rx Solutions
Prior Authorization Department - on behalf of Allegheny Mutual Health
P.O. Box 64810, Pittsburgh, PA 15264 | 1-800-555-0131

November 3, 2025

Member: Caroline J. Whitaker            Member ID: AMH-50773012
Prescriber: Nadia Haddad, MD (NPI 1609977254)
Medication: Sumatriptan 100 mg tablets
Quantity requested: 18 tablets per 30 days
Case #: MRX-25110-44021

Decision: PARTIALLY APPROVED

Approved: sumatriptan 100 mg, 9 tablets per 30 days, 11/03/2025 through 11/02/2026.
Not approved: the quantity above 9 tablets per 30 days.

Your plan limits triptan medicines to 9 tablets every 30 days (Quantity Limit Policy QL-TRIP-02). A quantity above the limit can be approved when the records show the person is also taking a preventive migraine medicine and has been evaluated for medication-overuse headache. The records we received do not show either. So the request for 18 tablets per 30 days exceeds the plan's quantity limit and was approved only up to the limit.

You may appeal the part of this decision that was not approved. You must ask for an appeal within 180 days after you receive this notice. If waiting could seriously jeopardize your life, health or ability to regain maximum function, you or your doctor may ask for an expedited appeal, and we will decide it within 24 hours. Standard appeals are decided within 30 days.

MedPath Rx Solutions
""",
    "partial_denial", "benefit_limit", "2026-05-02", 180, "receipt", True, 24,
    [("payer_policy", "QL-TRIP-02")],
    "Quantity limit, approved up to limit -> partial_denial, benefit_limit. Some may argue medical_necessity because criteria for "
    "exceeding the limit were not met; label chosen: benefit_limit (the stated decision is 'exceeds the plan's quantity limit'). "
    "'within 180 days after you receive this notice' -> receipt, 2025-11-03 + 180 = 2026-05-02. Expedited 24h.",
))

# ---------------------------------------------------------------------------
# 26  APPROVAL: short, 'Sent on'.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_26_approval_short_sent_on",
    """Mid-Atlantic Heritage Health
Authorization Notice

Sent on: April 28, 2025
To: Carla Benedetti (Member ID MAH-70016635) and Chesapeake Sports Medicine (NPI 1285536201)

Good news. Your request has been approved.

Service: Arthroscopy, knee, surgical, with meniscectomy, medial (29881)
Place of service: Chesapeake Surgery Center (outpatient)
Authorization number: MAH-A-250428-0097
Approved units: 1
Valid dates: 05/05/2025 through 08/02/2025

This approval is based on the information we had at the time of review. Payment depends on your eligibility on the date of service and on the terms of your plan, including any deductible, copay or coinsurance. If the date of service changes to a date outside the valid dates, your provider must contact us.

Questions? Call 1-877-555-0138.
""",
    "approval", None, None, None, None, None, None, [],
    "Approval. Letter date 2025-04-28, only as 'Sent on:'. No appeal window, nothing about expedited -> None.",
))

# ---------------------------------------------------------------------------
# 27  APPROVAL on appeal (overturned); date only in footer; quotes the
#     earlier denial reason (trap).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_27_approval_appeal_overturned_footer_date",
    """Granite State Health Alliance
Appeals and Grievances Department
P.O. Box 3380, Concord, NH 03302

Patrick J. Donnelly
44 Elm Street
Manchester, NH 03101

RE: Appeal of prior authorization denial for continuous glucose monitor (A9276, A9277, A9278)
Member ID: GSA-40177260

Dear Mr. Donnelly:

On January 8, 2025 we received your appeal of our December 10, 2024 decision. In that decision we denied your continuous glucose monitor because "the records do not show that the member uses insulin or has a history of problematic hypoglycemia, so the device is not medically necessary."

Your appeal was reviewed by a board-certified endocrinologist who was not involved in the first decision. With your appeal you sent your endocrinologist's notes showing that you began basal insulin on November 22, 2024 and a log of glucose readings below 54 mg/dL on four occasions. Based on this information, we have overturned our earlier decision. Your continuous glucose monitor and supplies are approved.

Authorization number: GSA-A-25-00417, valid 02/03/2025 through 02/02/2026.

Your supplier, Granite Medical Supply, has been notified. No further action is needed from you.

Sincerely,
Appeals and Grievances Department

________________________________________________________________
APL-25-00417 | Issued 02/03/2025 | Page 1 of 1 | GSA-AG-OVT-01
""",
    "approval", None, None, None, None, None, None, [],
    "Appeal overturned -> approval. Letter date 2025-02-03, only in footer ('Issued 02/03/2025'). "
    "Traps: quoted 'not medically necessary' from the earlier denial; Jan 8 and Dec 10 dates.",
))

# ---------------------------------------------------------------------------
# 28  APPROVAL: concurrent stay extension with boilerplate that mentions
#     medical necessity and appeals (trap).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_28_approval_concurrent_extension",
    """Cumberland Valley Health Plan
Utilization Management - Inpatient Concurrent Review
Fax 615-555-0146 | Phone 1-800-555-0145

September 22, 2025

To: St. Thomas Midtown Behavioral Unit, Utilization Review
Member: Joel R. Castellanos        Member ID: CVH-11829047
Attending: Hannah Birch, MD
Level of care: Inpatient psychiatric
Review #: CVH-CR-0922-5531

CONTINUED STAY APPROVED

Additional days approved: 09/22/2025 through 09/25/2025 (4 days)
Total days approved to date: 9
Next review date: 09/25/2025

The clinical information provided supports continued inpatient psychiatric care at this time. Please fax updated clinical information, including the discharge plan, by noon on the next review date.

This approval does not guarantee payment. Payment is subject to the member's eligibility and benefits on the dates of service. Services found on later review not to be medically necessary, or not provided as authorized, may not be covered. Appeal rights apply only to adverse determinations.

Cumberland Valley Health Plan
""",
    "approval", None, None, None, None, None, None, [],
    "Letter date 2025-09-22. Concurrent continued-stay approval. Boilerplate mentions 'not to be medically necessary' and 'Appeal rights' as traps.",
))

# ---------------------------------------------------------------------------
# 29  APPROVAL: network gap exception (out-of-network words are a trap).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_29_approval_network_gap_exception",
    """Blue Mesa Health Plan
Network Exception Unit
P.O. Box 26630, Albuquerque, NM 87125 | 1-888-555-0149

December 9, 2024

Amelia Ruiz, parent of Mateo Ruiz
2105 Candelaria Road NW
Albuquerque, NM 87107

Member: Mateo Ruiz           Member ID: BMH-20994471-03
Provider: Rio Grande Pediatric Neuro-Ophthalmology, Lucas Bramwell, MD (NPI 1710049385)
Reference #: NX-24-1209-0082

Dear Ms. Ruiz:

You asked us to cover visits with Dr. Lucas Bramwell, a pediatric neuro-ophthalmologist who is not in the Blue Mesa network. We do not have a participating pediatric neuro-ophthalmologist within 100 miles of your home. For this reason, we have approved your request for a network exception.

Visits with Dr. Bramwell from 12/09/2024 through 12/08/2025 will be covered at your in-network benefit level, and your in-network copays and deductible will apply. Dr. Bramwell has agreed not to bill you more than your in-network cost share for these visits.

Please keep this letter with your records. If you have questions, call 1-888-555-0149.

Sincerely,
Network Exception Unit
""",
    "approval", None, None, None, None, None, None, [],
    "Letter date 2024-12-09. Approval of an out-of-network exception; 'not in the network' wording is a trap for out_of_network denial.",
))

# ---------------------------------------------------------------------------
# 30  OTHER: request for additional information (pending; not a decision);
#     response due date is not an appeal deadline.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_30_other_request_for_information_pending",
    """Evergreen Sound Health Plan
Prior Authorization Department
P.O. Box 91120, Tacoma, WA 98411 | Phone 1-800-555-0124 | Fax 253-555-0125

June 6, 2025

To: Puget Sound Sleep Center (NPI 1124089736)
cc: Member Samuel K. Yoon (ID ESH-33105578)

RE: Request for hypoglossal nerve stimulator implantation (64582), reference ESH-PA-250603-1189

WE NEED MORE INFORMATION

We received this request on June 3, 2025. We cannot make a decision yet because some information is missing. Please send:
  - The drug-induced sleep endoscopy report
  - The most recent polysomnogram showing the apnea-hypopnea index
  - Documentation of CPAP trial and intolerance
  - Current body mass index

Please fax the information to 253-555-0125 by June 20, 2025. We are extending the time for our decision by up to 14 days while we wait for it. If we do not receive the information, we will make a decision using the information we already have.

This is not a denial. You will receive a written decision.

Evergreen Sound Health Plan
""",
    "other", None, None, None, None, None, None, [],
    "Letter date 2025-06-06. Pending request for information, explicitly 'This is not a denial' -> other. "
    "Traps: 'by June 20, 2025' response date, 14-day extension. No appeal window.",
))

# ---------------------------------------------------------------------------
# 31  OTHER: appeal acknowledgement; expedited request declined (False).
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_31_other_appeal_acknowledgement_expedited_declined",
    """Tidewater Mutual Health
Appeals Unit
P.O. Box 12244, Norfolk, VA 23541 | 1-877-555-0115

March 17, 2025

Cynthia L. Marsh
907 Colley Avenue
Norfolk, VA 23517

Member ID: TMH-2100583-01
Appeal #: AP-25-031277
Claim #: 25-022-004118 (date of service 01/09/2025)

Dear Ms. Marsh:

We received your appeal on March 12, 2025. This letter confirms that your appeal is being reviewed.

You asked that your appeal be handled as an expedited (urgent) appeal. Your appeal does not qualify for expedited handling because the service has already been provided; expedited review is available only for care you have not yet received or are currently receiving. Your appeal will be handled under the standard process.

We will send you our written decision within 60 days of the date we received your appeal. You may send us any additional information you want us to consider at any time before we make our decision.

Sincerely,
Appeals Unit, Tidewater Mutual Health
""",
    "other", None, None, None, None, False, None, [],
    "Letter date 2025-03-17. Acknowledgement of an appeal, not a coverage determination -> other. The letter states the expedited path does not apply -> False. "
    "Traps: 60-day decision timeframe, receipt date March 12.",
))

# ---------------------------------------------------------------------------
# 32  OTHER: prior authorization not required.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_32_other_no_authorization_required",
    """Badger Valley Health Plan
Utilization Management
1-800-555-0137 | Fax 608-555-0138

August 19, 2025

To: Capitol Neurology Associates (NPI 1053318847)
Member: Eleanor V. Brandtmeier    Member ID: BVH-60022781
Request received: 08/18/2025
Service: MRI brain with and without contrast (70553), outpatient hospital

NO PRIOR AUTHORIZATION REQUIRED

The service listed above does not require prior authorization under the member's plan, so no medical necessity review was performed. This is not a denial and is not a guarantee of payment. Claims will be processed according to the member's benefits and eligibility on the date of service.

Reference #: BVH-NR-250819-6614
""",
    "other", None, None, None, None, None, None, [],
    "Letter date 2025-08-19. No-auth-required notice -> other. Traps: 'not a denial', 'medical necessity review', request-received date.",
))

# ---------------------------------------------------------------------------
# 33  EPO out-of-network post-service claim; absolute deadline in text.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_33_epo_out_of_network_absolute_date",
    """Copper State Health Company
Exclusive Provider Organization (EPO) Plans
P.O. Box 29015, Tucson, AZ 85726

July 1, 2025

Hector M. Villanueva
5540 E. Broadway Blvd., Unit 12
Tucson, AZ 85711

Member ID: CSH-EPO-7740118       Claim #: 2517200051
Provider: Desert Bloom Dermatology, Rachel Imamura, MD
Date of service: 05/28/2025      Service: Office visit, new patient (99204)
Amount billed: $285.00           Amount paid: $0.00

Dear Mr. Villanueva:

Your plan is an Exclusive Provider Organization (EPO) plan. It does not pay for care from providers who are outside the EPO network, except for emergency care and for urgently needed care when you are temporarily outside the service area. Dr. Imamura is not in your EPO network, and the office visit on May 28, 2025 was not emergency or urgently needed care. For this reason, the claim was denied. See "Out-of-Network Services" in your Policy, Part 4.

To find network dermatologists, visit our online directory or call 1-800-555-0153.

If you think we made a mistake, you may appeal. Your written appeal must be received no later than December 29, 2025. Mail it to Copper State Health Company, Appeals, P.O. Box 29020, Tucson, AZ 85726, or fax it to 520-555-0154. After your appeal, you may have the right to an external review by an independent reviewer through the Arizona Department of Insurance and Financial Institutions.
""",
    "denial", "out_of_network", "2025-12-29", None, "absolute", False, None,
    [("plan_document", "Part 4")],
    "Letter date 2025-07-01. EPO, no OON benefits -> out_of_network. Absolute date in the body -> 2025-12-29, window_days None. Post-service -> False. "
    "Policy 'Part 4' ('Out-of-Network Services') cited as basis.",
))

# ---------------------------------------------------------------------------
# 34  Medicaid termination of ongoing services (concurrent); continuation
#     (aid paid pending) trap with a 10-day window.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_34_medicaid_termination_continuation_trap",
    """Keystone Commons Health
Pennsylvania HealthChoices Physical Health Plan
P.O. Box 7100, Harrisburg, PA 17105 | Member Services 1-888-555-0119 (TTY 711)

October 15, 2025

Parent/Guardian of Aiden T. Kowalski
219 Pear Street
Reading, PA 19601

Member: Aiden T. Kowalski (age 7)    Member ID: 4418830279
Provider: Berks Pediatric Home Nursing (NPI 1801125534)
Service: Private duty nursing, 16 hours per day (T1000)
Review #: KCH-CR-251010-2207

NOTICE OF DECISION TO STOP SERVICES

What is happening?
Keystone Commons Health will stop covering private duty nursing for Aiden as of October 25, 2025.

Why?
When private duty nursing was approved, Aiden needed a nurse because of his tracheostomy and ventilator. Aiden was decannulated on August 28, 2025 and has not needed ventilator support, suctioning, or other skilled nursing tasks since then, according to the nursing notes from September 1 to October 8, 2025. His remaining care (tube feedings and medications) can be safely provided by a trained caregiver. Private duty nursing is no longer medically necessary. We used our Private Duty Nursing Medical Necessity Guideline UM-PDN-07 to make this decision.

What can you do?
1. Ask for an appeal. You have 60 days from the date of this notice to ask for an appeal. Call us or write to us.
2. Keep services during your appeal. If you want Aiden's nursing to continue while your appeal is decided, you must ask for an appeal within 10 days of the date of this notice or before October 25, 2025, whichever is later.
3. Fast appeal. If Aiden's doctor says waiting for a standard decision could seriously harm his health, we will decide the appeal within 72 hours. Standard appeals are decided within 30 days.
4. Fair Hearing. After our appeal decision, you can ask the Department of Human Services for a Fair Hearing within 120 days of the date on our appeal decision notice.

Free legal help may be available through your local legal aid office.

Keystone Commons Health
""",
    "denial", "medical_necessity", "2025-12-14", 60, "letter_date", True, 72,
    [("payer_policy", "UM-PDN-07")],
    "Termination of ongoing service (concurrent) -> denial. 'You have 60 days from the date of this notice' -> 2025-12-14. "
    "Traps: continuation window (10 days / by Oct 25), 30-day decision, 120-day fair hearing, effective date Oct 25. Fast appeal 72h.",
))

# ---------------------------------------------------------------------------
# 35  NO LETTER DATE: faxed claim notice with only 'received' and service
#     dates; receipt-based window -> deadline None.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_35_no_letter_date_no_authorization",
    """PIEDMONT HERITAGE HEALTH
Claims Review Unit - P.O. Box 18830, Greensboro, NC 27419 - 1-866-555-0173

Claim No.: PHH-25122-004471         Date Claim Received: 05/02/2025
Member: Lorenzo D. Spivey            Date of Service: 04/18/2025
Member ID: PHH-90332018              Provider: Triad Imaging Partners (NPI 1336214458)
Service: MRI brain without and with contrast (70553)

CLAIM DENIAL - AUTHORIZATION NOT OBTAINED

The claim above was denied because the MRI required prior authorization and none was obtained before the service was provided. Your plan requires advance approval for outpatient advanced imaging (MRI, CT, PET) from a network provider. Reason code CO-197: Precertification/authorization/notification/pre-treatment absent.

Because Triad Imaging Partners is a network provider, it was responsible for requesting authorization and may not bill you for this service, other than your normal cost share.

You may appeal this decision within 180 days of receipt of this notice. Send your appeal to Piedmont Heritage Health, Appeals, P.O. Box 18835, Greensboro, NC 27419. Your provider may also request a retrospective review with clinical records.

Piedmont Heritage Health - Claims Review Unit
""",
    "denial", "no_authorization", None, 180, "receipt", False, None, [],
    "Letter date None. NO letter date anywhere; only 'Date Claim Received' and 'Date of Service'. Window stated relative to receipt but base missing -> "
    "deadline None (needs_review). Neither printed date is the letter date. Post-service -> False. CARC CO-197.",
))

# ---------------------------------------------------------------------------
# 36  'Mailed:' date; plan excludes IVF; expedited explicitly not available;
#     'within 30 days after the date of this letter'.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_36_mailed_date_exclusion_expedited_not_available",
    """TRI-VALLEY HEALTH PLAN
Grandfathered Group Health Plan Coverage
1250 Orchard Way, Modesto, CA 95354

Received: 07/15/2025                                   Mailed: 07/22/2025

Renee C. Albrecht
930 Coffee Road
Modesto, CA 95355

Member No.: TVH-1180442       Group: Stanislaus Farm Cooperative
Requesting Provider: Central Valley Fertility Center (NPI 1427150993)
Service: In vitro fertilization, complete cycle (S4015)

Dear Ms. Albrecht:

We have reviewed your provider's request for the service listed above. Your plan excludes infertility treatment beyond diagnosis, including in vitro fertilization, gamete or zygote intrafallopian transfer, and the drugs used for these procedures (Evidence of Coverage, Exclusion E-14). The request is therefore denied. This decision is based on the terms of your plan and not on a judgment about your medical need for the service.

This request does not qualify for an expedited appeal because it does not involve an imminent and serious threat to your health.

If you disagree, you may file a grievance within 30 days after the date of this letter. Write to Tri-Valley Health Plan, Member Grievances, 1250 Orchard Way, Modesto, CA 95354, or call 1-800-555-0179. We will respond in writing within 30 days. You may also contact the California Department of Managed Health Care Help Center at 1-888-466-2219 for help with your grievance.

Member Services Department
Tri-Valley Health Plan
""",
    "denial", "not_covered", "2025-08-21", 30, "letter_date", False, None,
    [("plan_document", "E-14")],
    "Two dates near top: 'Received: 07/15/2025' vs 'Mailed: 07/22/2025'; letter date = mailed date. "
    "'the plan excludes' -> not_covered. Expedited explicitly not available -> False (pre-service). "
    "'within 30 days after the date of this letter' -> 2025-08-21. Trap: 30-day response time. (Grievance used as the appeal term.)",
))

# ---------------------------------------------------------------------------
# 37  Multi-page; date only in footer; claim lacks information needed for
#     adjudication; reprocessing trap.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_37_footer_date_claim_lacks_information_multipage",
    """Lone Pine Benefit Services
Third-Party Administrator for the Cascade Timber Workers Medical Plan
P.O. Box 5510, Spokane, WA 99205 | 1-800-555-0103

Robert A. Lindqvist
4412 N. Division Street
Spokane, WA 99207

Participant ID: CTW-0081127        Patient: Robert A. Lindqvist
Claim No.: LPB-24-2660391          Provider: Inland Northwest Surgical Specialists
Date of Service: 08/14/2024        Billed: $14,870.00
Procedure: 49999 Unlisted procedure, abdomen, peritoneum and omentum

NOTICE OF CLAIM DENIAL

The claim lacks information needed for adjudication. Claims billed with an unlisted procedure code, or with charges over $10,000, must include the operative report and an itemized statement so that the Plan can determine what service was performed and how it should be paid. We did not receive:
   - the operative report for the 08/14/2024 surgery; and
   - an itemized statement of charges.
Adjustment reason CO-16: Claim/service lacks information or has submission/billing error(s).

We have sent a request for these documents to your provider. If the provider sends them within 45 days, we will reprocess the claim; you do not need to file an appeal for that to happen, and reprocessing does not shorten your appeal rights.

(continued on next page)

________________________________________________________________
Lone Pine Benefit Services | Notice Date 10/03/2024 | Page 1 of 2\fYOUR RIGHT TO APPEAL

You or your authorized representative may appeal this decision. Your appeal must be filed within 180 days of the date of this notice. Send your written appeal, with any records you want the Plan to consider, to Lone Pine Benefit Services, Appeals, P.O. Box 5515, Spokane, WA 99205.

The Plan will decide your appeal within 60 days after receiving it. You have the right to receive, free of charge, copies of all documents relevant to your claim. You have the right to bring a civil action under section 502(a) of ERISA after the Plan's appeal process is completed. You may also contact the Employee Benefits Security Administration at 1-866-444-3272.

________________________________________________________________
Lone Pine Benefit Services | Notice Date 10/03/2024 | Page 2 of 2
""",
    "denial", "insufficient_information", "2025-04-01", 180, "letter_date", False, None, [],
    "Two pages. Letter date only in the footer ('Notice Date 10/03/2024'). 'claim lacks information needed for adjudication' -> "
    "insufficient_information (not administrative), CARC CO-16. Appeal on page 2: 'within 180 days of the date of this notice' -> 2025-04-01. "
    "Traps: 45-day reprocessing, 60-day decision. Post-service -> False.",
))

# ---------------------------------------------------------------------------
# 38  Behavioral health residential; ASAM; 'Sent on'; expedited offered
#     without a stated turnaround; peer-to-peer; parity law in rights.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_38_behavioral_residential_asam_sent_on",
    """Harborview Behavioral Health Management
Behavioral health reviews for Coastal Plains Health Plan
P.O. Box 4870, Wilmington, NC 28406 | 1-855-555-0135

Sent on: May 27, 2025

Member: Dylan J. Maxwell            Member ID: CPH-72001964
Requesting facility: Cape Fear Recovery Ranch (NPI 1912370553)
Level of care requested: Clinically managed high-intensity residential treatment (ASAM Level 3.5), 28 days
Diagnosis: F11.20 Opioid dependence, uncomplicated
Case #: HBH-25-0521-3380

Dear Mr. Maxwell:

We reviewed the request for residential substance use treatment. We are not able to approve it.

Our reviewing psychiatrist, who is board certified in addiction medicine, used The ASAM Criteria to review the information from Cape Fear Recovery Ranch. You have completed withdrawal management, you are taking buprenorphine as prescribed, you have no medical or psychiatric conditions that need 24-hour monitoring, and you live with a supportive family member in a home without drug use. Your needs can be safely met in an intensive outpatient program (ASAM Level 2.1), which is available near your home. Residential treatment is not medically necessary for you at this time.

Talking with our reviewer: Your treating provider may ask for a peer-to-peer conversation with the reviewer by calling 1-855-555-0135.

Your right to appeal: You may appeal within 180 days after you receive this notice. You may ask for an expedited (urgent) appeal by calling 1-855-555-0135 if your provider believes that waiting could seriously jeopardize your health or recovery. You may also ask for an external review by an independent review organization.

Your plan must cover mental health and substance use disorder benefits on terms comparable to medical and surgical benefits under the Mental Health Parity and Addiction Equity Act. You may request the plan's parity analysis free of charge.

Harborview Behavioral Health Management
""",
    "denial", "medical_necessity", "2025-11-23", 180, "receipt", True, None,
    [("ASAM", None)],
    "'Sent on:' date label. ASAM Criteria used (levels 3.5/2.1 are levels, not identifiers -> identifier None). "
    "'within 180 days after you receive this notice' -> receipt, 2025-05-27 + 180. Expedited offered with no stated turnaround -> True, hours None. "
    "MHPAEA mention is rights-only (not a guideline). Peer-to-peer offered.",
))

# ---------------------------------------------------------------------------
# 39  Oncology drug; NCCN; two-column header; 72-hour expedited.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_39_oncology_nccn_two_column",
    """ALLEGHENY HIGHLANDS HEALTH PLAN - ONCOLOGY CARE MANAGEMENT
P.O. Box 6620, Wheeling, WV 26003 | 1-800-555-0196 | Fax 304-555-0197

Member:       Margaret E. Sayre                 Date:         January 15, 2025
Member ID:    AHH-51120093                      Case No.:     ONC-25-0109-4418
Physician:    Vikram Desai, MD                  NPI:          1568792034
Drug:         Pembrolizumab (J9271) 200 mg IV every 3 weeks
Diagnosis:    C18.7 Malignant neoplasm of sigmoid colon (stage II, MSS/pMMR)
Setting:      Adjuvant (after surgical resection)

Dear Ms. Sayre:

Dr. Desai asked us to approve pembrolizumab for you. We have carefully reviewed the request and the records sent with it, and we cannot approve it.

Pembrolizumab is approved and recommended for colon cancer that is microsatellite instability-high (MSI-H) or mismatch repair deficient (dMMR). Your tumor testing shows microsatellite stable (MSS), mismatch repair proficient (pMMR) disease. The NCCN Clinical Practice Guidelines in Oncology (NCCN Guidelines) for Colon Cancer do not recommend pembrolizumab as adjuvant therapy for stage II MSS/pMMR colon cancer. For this reason the requested drug is not medically necessary for you. This decision was made by an oncologist using our Oncology Drug Policy ONC-112, Immune Checkpoint Inhibitors, and the NCCN Guidelines.

Your oncologist may call 1-800-555-0196 to discuss this decision with the reviewing oncologist.

Appeal rights: You or your physician may appeal within 180 days from the date you received this notice. We will decide a standard pre-service appeal within 30 days. If your physician tells us that your treatment is urgent, we will handle your appeal as an expedited appeal and decide it within 72 hours. You may have the right to an external review, including an expedited external review.

Sincerely,
Oncology Care Management
""",
    "denial", "medical_necessity", "2025-07-14", 180, "receipt", True, 72,
    [("NCCN", None), ("payer_policy", "ONC-112")],
    "Two-column header with 'Date:' in the right column. NCCN guideline named without an identifier/version. "
    "'within 180 days from the date you received this notice' -> receipt, 2025-01-15 + 180 = 2025-07-14. "
    "Expedited 72h. Peer-to-peer offered. Not 'experimental' (the drug is approved for other indications; letter says not medically necessary).",
))

# ---------------------------------------------------------------------------
# 40  Medicaid PDL step therapy for a biologic.
# ---------------------------------------------------------------------------
LETTERS.append(L(
    "p5_40_medicaid_pdl_step_therapy_biologic",
    """Cardinal Care Partners
Ohio Medicaid Managed Care - Pharmacy Department
P.O. Box 18200, Columbus, OH 43218 | 1-833-555-0142 (TTY 711)

February 26, 2025

NOTICE OF DENIAL OF PHARMACY COVERAGE

Member: Tamika R. Lowery              Medicaid ID: 102288471906
Prescriber: Gregory Lin, MD (NPI 1043319685)
Drug: Skyrizi (risankizumab-rzaa) 150 mg/mL pen
Diagnosis: L40.0 Psoriasis vulgaris
PA #: CCP-RX-250224-7731

We denied your prescriber's request for Skyrizi.

Skyrizi is a non-preferred drug on the Ohio Medicaid Unified Preferred Drug List. Before a non-preferred biologic for plaque psoriasis can be covered, you must first try a preferred biologic (such as an adalimumab product or etanercept) for at least 12 weeks, unless you cannot take them for a medical reason. We have no record that you have tried a preferred biologic, and your prescriber did not tell us about a reason you cannot take one. The criteria we used are the Unified Preferred Drug List and Clinical Criteria PA-BIO-PSO-03, Biologics for Psoriasis.

Your prescriber can ask for a preferred drug instead, or send information about why a preferred drug will not work for you.

You have the right to appeal. You must ask for an appeal within 60 days of the date of this notice. If you or your prescriber think waiting could seriously harm your health, ask for an expedited appeal; we will decide it within 72 hours. We will decide standard appeals within 15 days. After our appeal decision, you may request a State Hearing within 120 days.

Cardinal Care Partners
""",
    "denial", "step_therapy", "2025-04-27", 60, "letter_date", True, 72,
    [("formulary", None), ("payer_policy", "PA-BIO-PSO-03")],
    "'you must first try a preferred biologic' -> step_therapy. 'within 60 days of the date of this notice' -> 2025-04-27. "
    "Expedited 72h. Traps: 15-day decision, 120-day State Hearing.",
))
