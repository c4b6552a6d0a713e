"""A second set of 40 synthetic letter texts written in the wording of real
US health-plan notices (CMS-10003 NDMCP / CMS-10146 / CMS-10716, state Medicaid NOABD
templates, commercial ERISA/ACA letters, delegated UM vendors, provider remits).

All names, IDs, NPIs and claim numbers are fictitious.  Pages are separated by "\\f".
Expected labels follow the contract README (../shared/contract/README.md) (deadline arithmetic is normative):
  receipt-based windows -> letter_date + N (no presumption unless the letter states one),
  business days = Mon-Fri without holidays, months = calendar months, no weekend roll-over.
"""

LETTERS = []

# ---------------------------------------------------------------------------
# 1. Medicare Advantage NDMC - Part B drug, Part B step therapy
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_01_humana_ma_ndmc_partb_step_therapy",
    "text": """Important: This notice explains your right to appeal our decision. Read this notice
carefully. If you need help, you can call one of the numbers listed on the last page under
"Get help & more information."

Humana Gold Plus H1036-236 (HMO)

Notice of Denial of Medical Coverage

Date: February 14, 2025                                  Member number: H48213376
Name: Dolores M. Whitfield
Provider: Retina Consultants of Tampa Bay - Anil Prasad, MD (NPI 1457382910)
Service subject to notice: aflibercept (Eylea) intravitreal injection, HCPCS J0178, right eye
Diagnosis: H35.3211   Case #: PA-2025-0211-88417

Your request was denied

We've denied the Medicare Part B drug listed below requested by your doctor:
   Eylea (aflibercept) injection, 1 mg (J0178), 2 mg every 4 weeks for 6 months, with
   intravitreal injection procedure (67028), right eye.

Why did we deny your request?

We denied the Medicare Part B drug listed above because our plan requires Part B step therapy
for this drug. Under our Medicare Part B Step Therapy policy, members who are starting
treatment for wet age-related macular degeneration must first try bevacizumab (J9035), our
preferred Part B drug, before we cover aflibercept. The records from Dr. Prasad do not show
that you have tried bevacizumab, or that you cannot take it for a medical reason. Medicare
Advantage plans may use step therapy for Part B drugs for new starts, as allowed by
42 CFR 422.136. If you have tried bevacizumab before, ask your doctor to send us those records.

You should share a copy of this decision with your doctor so you and your doctor can discuss
next steps. If your doctor requested coverage on your behalf, we have sent a copy of this
decision to your doctor.

You have the right to appeal our decision

You have the right to ask Humana to review our decision by asking us for an appeal.

Plan Appeal: Ask Humana for an appeal within 65 days of the date of this notice. We can give
you more time if you have a good reason for missing the deadline. See "How to ask for an
appeal with Humana" on the next page.

                                                                          Page 1 of 3
\fNotice of Denial of Medical Coverage - Dolores M. Whitfield - H48213376        Page 2 of 3

There are 2 kinds of appeals with Humana

Standard Appeal - We'll give you a written decision on a standard appeal within 7 days after
we get your appeal for a Medicare Part B drug. Our decision might take longer if you ask for
an extension, or if we need more information about your case.

Fast Appeal - We'll give you a decision on a fast appeal within 72 hours after we get your
appeal. You can ask for a fast appeal if you or your doctor believe your health could be
seriously harmed by waiting up to 7 days for a decision.
  - If your doctor asks for a fast appeal for you, or supports you in asking for one, and the
    doctor indicates that waiting for 7 days could seriously harm your health, we'll
    automatically give you a fast appeal.
  - If you ask for a fast appeal without support from a doctor, we'll decide if your health
    requires a fast appeal. If we don't give you a fast appeal, we'll decide your appeal
    within 7 days.

How to ask for an appeal with Humana
Step 1: You, your representative, or your doctor must ask us for an appeal. Your written
request must include: your name, address, member number, the reasons for appealing, and any
evidence you wish to attach.
Step 2: Mail, fax, or deliver your appeal or call us.
   For a Standard Appeal: Humana Grievances and Appeals Dept., P.O. Box 14165,
   Lexington, KY 40512-4165. Fax: 1-800-949-2961
   For a Fast Appeal: Phone 1-800-457-4708 (TTY: 711)  Fax: 1-800-949-2961

What happens next?
If you ask for an appeal and we continue to deny your request for a Medicare Part B drug,
we'll automatically send your case to an independent reviewer. If the independent reviewer
denies your request, the written decision will explain if you have additional appeal rights.
\fNotice of Denial of Medical Coverage - Dolores M. Whitfield - H48213376        Page 3 of 3

Get help & more information
  Humana Customer Care: 1-800-457-4708 (TTY: 711), 8 a.m. - 8 p.m., 7 days a week
  1-800-MEDICARE (1-800-633-4227) (TTY: 1-877-486-2048), 24 hours a day, 7 days a week
  Medicare Rights Center: 1-888-HMO-9050
  Elder Care Locator: 1-800-677-1116

Your appeal rights are described in 42 CFR Part 422, Subpart M, and in Chapter 9 of your
Evidence of Coverage.

Form CMS-10003-NDMCP                                       OMB Approval 0938-0829
""",
    "document_type": "denial",
    "category": "step_therapy",
    "deadline": "2025-04-20",
    "window_days": 65,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("payer_policy", None), ("regulation", "42 CFR 422.136")],
    "notes": "Current CMS-10003 wording (65 days of the date of this notice). Part B drug: "
             "standard appeal is 7 DAYS (not hours) - do not read 7 as decision_hours. "
             "42 CFR Part 422 Subpart M on p.3 only describes appeal rights (not a guideline). "
             "The step-therapy policy is named without an identifier. Deadline falls on a Sunday "
             "(no roll-over per contract).",
})

# ---------------------------------------------------------------------------
# 2. Medicare Advantage NDMC - DME power wheelchair (NCD + LCD)
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_02_aetna_ma_ndmc_dme_power_wheelchair",
    "text": """AETNA MEDICARE PREMIER (PPO)                          Aetna Medicare
                                                      PO Box 14067, Lexington KY 40512

NOTICE OF DENIAL OF MEDICAL COVERAGE

Date ............... 03/03/2025
Member number ...... 101774520931
Name ............... Harold J. Pietrowski
Provider ........... Mobility Plus DME of Ohio LLC (NPI 1982746510); ordering physician
                     Sarah Kowalczyk, DO
Item ............... Power wheelchair, Group 2 standard, captain's chair (K0823)
Diagnosis codes .... G35, M17.0
Reference number ... A0227-55193

YOUR REQUEST WAS DENIED

We've denied the medical item listed below requested by your provider:
   Group 2 standard power wheelchair with captain's chair seat (K0823), purchase.

WHY DID WE DENY YOUR REQUEST?

We denied the item listed above because the records we received do not show that you meet
Medicare's coverage rules for a power wheelchair. Medicare covers a power wheelchair only if
you cannot do your daily activities in the home with a cane, walker, manual wheelchair or
scooter. The notes from your face-to-face visit on 01/22/2025 say you can propel a manual
wheelchair in your home for short distances and that you transfer on your own. The home
assessment does not explain why a manual wheelchair (K0004) or a scooter would not meet your
needs in the home. Our decision is based on Medicare National Coverage Determination (NCD)
280.3, Mobility Assistive Equipment (MAE), and Local Coverage Determination (LCD) L33789,
Power Mobility Devices.

You should share a copy of this decision with your doctor so you and your doctor can discuss
next steps. If your doctor requested coverage on your behalf, we have sent a copy of this
decision to your doctor.

YOU HAVE THE RIGHT TO APPEAL OUR DECISION

You have the right to ask Aetna Medicare to review our decision by asking us for an appeal.
Plan Appeal: Ask Aetna Medicare for an appeal within 65 days of the date of this notice. We
can give you more time if you have a good reason for missing the deadline.

                                                       Page 1 of 2   CMS-10003-NDMCP
\fTHERE ARE 2 KINDS OF APPEALS WITH AETNA MEDICARE

Standard Appeal - We'll give you a written decision on a standard appeal within 30 days
after we get your appeal.
Fast Appeal - We'll give you a decision on a fast appeal within 72 hours after we get your
appeal. You can ask for a fast appeal if you or your doctor believe your health could be
seriously harmed by waiting up to 30 days for a decision.

HOW TO ASK FOR AN APPEAL
Write to: Aetna Medicare Part C Appeals, PO Box 14067, Lexington, KY 40512.
Fast appeals: call 1-800-282-5366 (TTY: 711) or fax 1-724-741-4953.

WHAT HAPPENS NEXT?
If you ask for an appeal and we continue to deny your request, we'll automatically send your
case to an Independent Review Entity (IRE). If the IRE denies your request, you may ask for a
hearing with an Administrative Law Judge. You must ask for that hearing within 60 days of the
date you receive the IRE's decision, and the amount in dispute must meet the minimum.

GET HELP & MORE INFORMATION
Aetna Medicare Member Services: 1-800-282-5366 (TTY: 711)
1-800-MEDICARE (1-800-633-4227)   TTY 1-877-486-2048

                                                       Page 2 of 2   OMB Approval 0938-0829
""",
    "document_type": "denial",
    "category": "medical_necessity",
    "deadline": "2025-05-07",
    "window_days": 65,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("NCD", "NCD 280.3"), ("LCD", "L33789")],
    "notes": "Dotted-leader header block. Face-to-face date 01/22/2025 is a distractor date. "
             "ALJ 60-days-from-IRE-decision window is a later level (trap). Both NCD and LCD "
             "cited as basis; identifiers as printed ('NCD ... 280.3' printed as 'Determination "
             "(NCD) 280.3' - expect 'NCD 280.3' or '280.3').",
})

# ---------------------------------------------------------------------------
# 3. Medicare Advantage D-SNP NDMC - SNF continued stay (concurrent)
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_03_wellcare_dsnp_ndmc_snf_continued_stay",
    "text": """Wellcare Dual Liberty (HMO D-SNP)

Important: This notice explains your right to appeal our decision. Read this notice carefully.

Notice of Denial of Medical Coverage

Date: April 16, 2025                      Member number: 00W7731852
Name: Evangeline R. Broussard             Medicaid ID: 3318850042
Provider: Bayview Rehabilitation and Nursing Center (NPI 1669470215)
Service subject to notice: Skilled nursing facility (SNF) stay - request for continued stay
Auth/Ref: SNF-25-031877-C

Your request was denied

We've denied the medical services listed below requested by your provider:
   Continued skilled nursing facility care at Bayview Rehabilitation and Nursing Center for
   14 more days (04/19/2025 through 05/02/2025). Your covered stay was approved through
   04/18/2025.

Why did we deny your request?

We denied the services listed above because you no longer need skilled care on a daily basis
that, as a practical matter, can only be provided in a skilled nursing facility. The therapy
notes from 04/14/2025 show you walk 150 feet with a rolling walker with supervision only, you
are independent with transfers, and your wound has healed. Your remaining needs (help with
bathing and medication set-up) can be met at a lower level of care, such as home health
services. Medicare rules for SNF coverage are found at 42 CFR 409.31 (level of care
requirement) and 42 CFR 409.34 (daily skilled services).

You should share a copy of this decision with your doctor so you and your doctor can discuss
next steps. If your doctor requested coverage on your behalf, we have sent a copy of this
decision to your doctor.

You have the right to appeal our decision
Plan Appeal: Ask Wellcare for an appeal within 65 days of the date of this notice.
Because you have Medicaid, you must finish our plan appeal before you can ask for a State
Fair Hearing. If we deny your appeal, you can ask for a State Fair Hearing within 120 days of
the date of our appeal decision.

                                                                         Page 1 of 2
\fThere are 2 kinds of appeals with Wellcare
Standard Appeal - We'll give you a written decision within 30 days after we get your appeal.
Fast Appeal - We'll give you a decision on a fast appeal within 72 hours after we get your
appeal. You can ask for a fast appeal if you or your doctor believe your health could be
seriously harmed by waiting up to 30 days for a decision. Because you are still in the
facility, call us right away at 1-833-444-9088 (TTY 711) if you want a fast appeal.

How to ask for an appeal with Wellcare
Mail: Wellcare Medicare Appeals, P.O. Box 31383, Tampa, FL 33631-3383
Fax: 1-844-273-2671     Phone (fast appeals): 1-833-444-9088 (TTY 711)

Get help & more information
Wellcare Member Services 1-833-444-9088 (TTY 711); 1-800-MEDICARE (1-800-633-4227)
Louisiana Medicaid: 1-888-342-6207

Form CMS-10003-NDMCP   OMB Approval 0938-0829                              Page 2 of 2
""",
    "document_type": "denial",
    "category": "medical_necessity",
    "deadline": "2025-06-20",
    "window_days": 65,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("regulation", "42 CFR 409.31"), ("regulation", "42 CFR 409.34")],
    "notes": "Concurrent review (continued stay). Dual-eligible IDN with Medicaid add-on: State "
             "Fair Hearing 120 days counted from a FUTURE appeal decision (trap, not the deadline). "
             "Regulations cited as the basis of the coverage rule -> guidelines.",
})

# ---------------------------------------------------------------------------
# 4. CMS-10716 Coverage Decision Letter (applicable integrated plan / FIDE SNP)
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_04_nj_fide_snp_cms10716_pca_hours",
    "text": """Coverage Decision Letter

IMPORTANT: For help with this notice, contact Horizon NJ TotalCare (HMO D-SNP) at
1-844-444-4410 (TTY: 711) OR the NJ Medicaid Ombudsman at 1-609-229-4015 (TTY: 711)

Jerome A. Castellano
Member Health Plan ID: 3HZN0048817
Medicaid ID: 12-0038-44761
Service/item this letter is about: Personal Care Assistant (PCA) services (T1019)
Date of decision: May 7, 2025

Horizon NJ TotalCare (HMO D-SNP) is called "our plan" or "we" in this letter. We are a health
plan that contracts with Medicare and NJ FamilyCare to provide coverage for both programs.

Our plan denied the personal care assistant services listed below:
   Your request, sent by Garden State Home Care Services, to increase your Personal Care
   Assistant (PCA) services from 40 hours per week to 56 hours per week (T1019, 224 units
   per week) starting May 12, 2025. You will keep getting the 40 hours per week that are
   already approved.

Our plan made this decision because:
   Medicare does not cover personal care services when they are the only services you need.
   NJ FamilyCare (Medicaid) covers PCA services up to a maximum of 40 hours per week
   (N.J.A.C. 10:60-3.6). You are already approved for the maximum number of PCA hours this
   benefit allows. Your care manager can talk with you about other MLTSS services, such as
   adult day health or home-delivered meals, that may help with your needs.

If you disagree with our decision, you can ask for an appeal.
   You must ask for an appeal within 60 calendar days of the date of this letter. We can
   give you more time if you have a good reason for missing the deadline.

                                                                            1 of 3
\fHow to ask for an appeal
   You, your doctor or other provider, or your representative can ask for an appeal by
   phone at 1-844-444-4410 (TTY: 711), by fax at 1-732-938-7665, or in writing to:
   Horizon NJ TotalCare, Appeals Unit, PO Box 10194, Newark, NJ 07101.

Ask for a fast appeal if your health needs it
   We will give you an answer within 72 hours after we get your appeal. If your doctor
   tells us that your health requires a fast decision, we will give you a fast appeal.

Keep getting your services during your appeal
   If our decision stops or reduces a service you are already getting, you can ask to keep
   getting it during your appeal. You must ask within 10 calendar days of the date of this
   letter or before the date the change takes effect, whichever is later.

What happens next
   If we say no to your appeal, we will send your case to an Independent Review Entity for
   Medicare-covered services. For Medicaid services, you can ask for a State Fair Hearing.
   You must ask for a State Fair Hearing within 120 calendar days of the date of our appeal
   decision letter. You can also ask for an external review by an Independent Utilization
   Review Organization (IURO) within 4 months after you receive our appeal decision.

                                                                            2 of 3
\fGet help & more information
   Horizon NJ TotalCare Member Services: 1-844-444-4410 (TTY 711), 8 a.m. - 8 p.m.
   1-800-MEDICARE (1-800-633-4227); State Health Insurance Assistance Program (SHIP):
   1-800-792-8820.

   Your appeal rights are provided under 42 CFR 422.629 through 422.634 and N.J.A.C. 10:49-10.

CMS-10716 (Exp. 04/30/2026)      OMB Approval 0938-1386                      3 of 3
""",
    "document_type": "denial",
    "category": "benefit_limit",
    "deadline": "2025-07-06",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("regulation", "N.J.A.C. 10:60-3.6")],
    "notes": "CMS-10716 integrated letter: letter date is labelled 'Date of decision'. Traps: "
             "continuation 10 days, State Fair Hearing 120 days and IURO 4 months (from future "
             "decisions). 42 CFR 422.629-634 and N.J.A.C. 10:49-10 cited only for appeal rights "
             "(not guidelines). Request for an INCREASE fully denied (existing 40 h continue) -> "
             "denial, not partial. Category benefit_limit (40 h/week cap) - could be argued "
             "not_covered; the letter's reason is the maximum-hours cap.",
})

# ---------------------------------------------------------------------------
# 5. Ohio Medicaid MCP - insufficient information (sleep study)
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_05_ohio_medicaid_buckeye_insufficient_info",
    "text": """Buckeye Health Plan | Ohio Medicaid
4349 Easton Way, Suite 120, Columbus, OH 43219

NOTICE OF DENIAL OF MEDICAL SERVICES                          Notice Date: 6/10/2025

Member: Tyrell K. Ambrose                     Medicaid ID: 912847730146
Requesting Provider: Lakeview Sleep Center, Inc. (NPI 1093847561)
Authorization #: BHP-OH-25-0609-4471

+------------------------------+--------+-------------------------+----------+
| SERVICE REQUESTED            | CODE   | DATES REQUESTED         | DECISION |
+------------------------------+--------+-------------------------+----------+
| Attended sleep study (PSG)   | 95810  | 06/16/2025 - 07/16/2025 | DENIED   |
+------------------------------+--------+-------------------------+----------+
Diagnosis: G47.33, R06.83

WHY WE MADE THIS DECISION
We could not approve this request because we did not get enough information to decide if the
service is medically necessary. On 05/30/2025 and again on 06/04/2025 we asked Lakeview
Sleep Center to send us:
   - office visit notes from the last 6 months that describe your sleep symptoms; and
   - the results of a home sleep apnea test, or the reason a home test cannot be done.
We did not receive this information. If your provider sends it, we can review the request
again. You or your provider may also call us to ask what is needed.

YOUR RIGHT TO APPEAL
If you do not agree with this decision, you can ask for an appeal. You have 60 calendar days
from the date on this notice to ask for an appeal. You can ask by phone at 1-866-246-4358
(TTY 711) or in writing to: Buckeye Health Plan, Attn: Appeals, P.O. Box 10, Columbus, OH 43216.

We will send you our decision within 15 calendar days after we get your appeal. If you or
your provider think that waiting 15 days could seriously harm your health, you can ask for an
expedited (fast) appeal. We will decide an expedited appeal within 72 hours.

STATE HEARING
You must go through our appeal process before you can ask for a state hearing. If we deny
your appeal, you can request a state hearing with the Ohio Department of Job and Family
Services, Bureau of State Hearings, within 90 calendar days from the date on the appeal
decision notice.

These rights are explained in Ohio Administrative Code rule 5160-26-08.4.

                                                              Page 1 of 1
""",
    "document_type": "denial",
    "category": "insufficient_information",
    "deadline": "2025-08-09",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [],
    "notes": "ASCII table with DENIED. Missing documents listed as bullets. '15 calendar days' is "
             "the standard decision time (trap), state hearing 90 days from a future notice "
             "(trap). OAC 5160-26-08.4 cited only for appeal rights -> no guideline.",
})

# ---------------------------------------------------------------------------
# 6. Georgia Medicaid CMO - out-of-network specialist
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_06_georgia_medicaid_peachstate_out_of_network",
    "text": """PEACH STATE HEALTH PLAN                       Date: 06-02-2025
1100 Circle 75 Parkway, Suite 1100            Member: Jaylen D. Whitmore (age 9)
Atlanta, GA 30339                             Medicaid ID: 7720145568
                                              Reference #: PSHP-UM-2505-66190

NOTICE OF ADVERSE BENEFIT DETERMINATION

Dear Parent or Guardian of Jaylen D. Whitmore:

Your child's doctor, Renee Adebayo, MD (NPI 1316079458), asked Peach State Health Plan to
approve an out-of-network referral to Nicklaus Children's Hospital, Miami, Florida, for an
epilepsy surgery evaluation (office consultation 99245 and video EEG monitoring 95720) for
diagnosis G40.219.

WHAT WE DECIDED: We denied this request.

WHY: Nicklaus Children's Hospital is not in the Peach State Health Plan network. We approve
care from an out-of-network provider only when a network provider cannot give the care your
child needs. Board-certified pediatric epileptologists at Children's Healthcare of Atlanta,
which is in our network, perform this same evaluation, including inpatient video EEG
monitoring. This rule is in 42 CFR 438.206(b)(4) and in the "Out-of-Network Services"
section of your Member Handbook. We can help you set up an appointment with a network
specialist. Please call Care Management at 1-800-704-1484.

YOUR RIGHT TO APPEAL
- You have 60 calendar days from the date on this letter to ask for an appeal.
- You can ask for an appeal by phone or in writing. If you call, you do not have to send a
  written appeal.
- If your child's health could be seriously harmed by waiting for a standard appeal, you or
  the doctor can ask for an expedited appeal. We will decide an expedited appeal no later
  than 72 hours after we get it.
- If this decision stops or reduces a service your child already gets, you can ask to keep
  getting the service during the appeal. You must ask within 10 calendar days of the date on
  this letter, or before the service stops, whichever is later.

ADMINISTRATIVE LAW HEARING
After our appeal decision, if you still disagree, you may ask for a hearing with the Georgia
Office of State Administrative Hearings. You must ask within 120 calendar days of the date on
our appeal decision letter.

Mail appeals to: Peach State Health Plan, Attn: Appeals Department, 1100 Circle 75 Parkway,
Suite 1100, Atlanta, GA 30339. Phone 1-800-704-1484 (TTY 711). Fax 1-866-532-8855.

                                          PSHP_NOABD_GA_0225                Page 1 of 1
""",
    "document_type": "denial",
    "category": "out_of_network",
    "deadline": "2025-08-01",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("regulation", "42 CFR 438.206(b)(4)"), ("plan_document", None)],
    "notes": "Two-column header (date on the right). Date printed 06-02-2025 (MM-DD-YYYY). "
             "Continuation 10 days and ALJ 120 days (from future decision) are traps. The Member "
             "Handbook section is a plan_document basis with no identifier. Form code "
             "PSHP_NOABD_GA_0225 in footer is not a guideline.",
})

# ---------------------------------------------------------------------------
# 7. Arizona AHCCCS contractor NOA template - adult hearing aids not covered
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_07_ahcccs_mercy_care_noa_not_covered",
    "text": """If you have trouble reading this notice because the letters are too small or the words
are hard to read, please call our office at 1-800-624-3879 and someone will help you. This
notice is available in other languages and formats if you need it. If you are deaf or have
difficulty hearing, you can call 7-1-1.

NOTICE OF ADVERSE BENEFIT DETERMINATION

TO:    Rosalinda Ortega-Vance              AHCCCS ID: A12874093
DATE:  07/22/2025
FROM:  Mercy Care, 4750 S. 44th Place, Phoenix, AZ 85040
Request #: MC-25-0715-30291

Your provider, Karen Liu, AuD, of Desert Sky Audiology (NPI 1730492816), asked that Mercy Care
pay for two digital hearing aids, binaural, behind the ear (V5261), for your hearing loss
(H90.3).

OUR DECISION
Mercy Care has denied this request.

THE REASONS FOR OUR DECISION
FACTS ABOUT YOUR CONDITION OR SITUATION THAT SUPPORT OUR DECISION
You are 46 years old. Your audiology report dated 07/08/2025 shows moderate hearing loss in
both ears. AHCCCS does not cover hearing aids for members who are 21 years of age or older.
Hearing aids are covered only for members under age 21. This service is not a covered benefit
for you.

LEGAL BASIS FOR OUR DECISION
A.R.S. § 36-2907
A.A.C. R9-22-205

IF YOU DISAGREE WITH OUR DECISION
You may file an appeal. You must file your appeal within 60 days from the date of this letter.
You may file your appeal by calling Mercy Care Member Services or by writing to: Mercy Care,
Grievance and Appeals Department, 4750 S. 44th Place, Phoenix, AZ 85040.

                                              ACOM 414, Attachment A        Page 1 of 2
\fEXPEDITED (FAST) APPEAL
If you or your provider think that taking the standard time (30 days) to decide your appeal
could seriously harm your life or health, you may ask for an expedited appeal. We will decide
an expedited appeal within 72 hours.

CONTINUING YOUR SERVICES
If this decision stops or reduces a service you are getting now, you may ask that the service
continue during the appeal. You must file your appeal within 10 days from the date of this
letter, or before the date the change goes into effect, whichever is later.

STATE FAIR HEARING
If you are not happy with our appeal decision, you may ask for a State Fair Hearing. You must
ask for a hearing within 90 days from the date you receive the appeal decision.

Your appeal and hearing rights are described in A.A.C. Title 9, Chapter 34, and in
42 CFR Part 438, Subpart F.

                                              ACOM 414, Attachment A        Page 2 of 2
""",
    "document_type": "denial",
    "category": "not_covered",
    "deadline": "2025-09-20",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("regulation", "A.R.S. § 36-2907"), ("regulation", "A.A.C. R9-22-205")],
    "notes": "AHCCCS ACOM 414 template wording: TO/DATE/FROM header, 'LEGAL BASIS FOR OUR DECISION' "
             "lists laws that ARE the basis (guidelines) while A.A.C. Title 9 Ch. 34 and 42 CFR 438 "
             "Subpart F on p.2 are appeal-rights citations (not guidelines). Traps: 30-day "
             "standard resolution, 10-day continuation, 90-day SFH from receipt of a future "
             "decision. Audiology report date 07/08/2025 is a distractor.",
})

# ---------------------------------------------------------------------------
# 8. Michigan Medicaid health plan - therapy visit limit reached
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_08_michigan_medicaid_meridian_benefit_limit",
    "text": """Meridian | Michigan Medicaid
1 Campus Martius, Suite 700, Detroit, MI 48226

August 5, 2025

Marisol T. Jankowski                                   Member ID: 0094417723
2417 Burlingame Ave SW                                 Case Number: MER-UM-2025-118845
Wyoming, MI 49509

NOTICE OF ADVERSE BENEFIT DETERMINATION

Dear Marisol T. Jankowski:

Meridian received a request from Lakeshore Physical Therapy (Daniel Okafor, PT; NPI
1245093371) on 07/30/2025 for 12 more outpatient physical therapy visits (97110, 97112,
97530) from 08/11/2025 to 10/10/2025 for low back pain (M54.50).

Decision: DENIED

Reason: Your Medicaid plan covers up to 36 outpatient physical therapy visits per calendar
year. You have already used 36 visits in 2025 (your last visit was on 07/29/2025). The visits
requested are more than the yearly limit allowed by your benefit. This limit is described in
your Meridian Medicaid Member Handbook, under "Covered Services - Physical, Occupational and
Speech Therapy." Your therapist can teach you a home exercise program. You may also talk to
your doctor about other services that may help.

You have the right to appeal
* You or someone you choose may file an internal appeal with Meridian within 60 calendar days
  from the date of this notice.
* Standard appeals are decided within 30 calendar days. If waiting could seriously harm your
  health, ask for an expedited appeal. We will decide an expedited appeal within 72 hours.
* If this decision reduces, suspends or stops services you are receiving now and you want
  them to continue during your appeal, you must file your appeal within 10 calendar days of
  the date of this notice.

If you disagree with our appeal decision
* State Fair Hearing: You may ask for a hearing with the Michigan Office of Administrative
  Hearings and Rules (MOAHR) within 120 calendar days from the date of our appeal decision.
* External Review: You may ask the Michigan Department of Insurance and Financial Services
  (DIFS) for an external review under the Patient's Right to Independent Review Act within
  127 days after you receive our final internal appeal decision.

Send appeals to: Meridian, Attn: Appeals Coordinator, 1 Campus Martius, Suite 700, Detroit,
MI 48226. Phone 1-888-437-0606 (TTY 711). Fax 1-833-655-2191.

MI-MER-NOABD-0325
""",
    "document_type": "denial",
    "category": "benefit_limit",
    "deadline": "2025-10-04",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("plan_document", None)],
    "notes": "Letter date alone on a line above the address block. Request-received 07/30/2025 "
             "and last-visit dates are distractors. Traps: 10-day continuation, MOAHR 120 days "
             "and DIFS 127 days (both from future decisions), 30-day standard decision.",
})

# ---------------------------------------------------------------------------
# 9. Washington Apple Health MCO - bariatric surgery, stated 5-day presumption
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_09_wa_apple_health_coordinated_care_presumed_receipt",
    "text": """Coordinated Care of Washington, Inc.  |  Apple Health (Medicaid)
1145 Broadway, Suite 300, Tacoma, WA 98402

Notice of Action - Denial of Service
Date on this letter: September 12, 2025

Member name: Kendra L. Haugen              ProviderOne ID: 200718443WA
Requesting provider: Puget Sound Bariatric Surgery (Miguel Arroyo, MD; NPI 1477620395)
Service requested: Laparoscopic sleeve gastrectomy (CPT 43775), inpatient, 1 day
Diagnoses: E66.01, Z68.41
Authorization number: CCW-PA-0903-71162

What did we decide?
We denied your request for bariatric surgery.

Why did we decide this?
Apple Health covers bariatric surgery only when all of the rules in WAC 182-531-1600 are met.
We also used InterQual(R) 2025 Procedures Criteria, Bariatric Surgery. Your records show a body
mass index of 41.2 and type 2 diabetes. However, they do not show that you completed a
medically supervised weight-loss program, and they do not include the required psychological
evaluation clearing you for surgery. Because these requirements are not met, the surgery is
not medically necessary at this time. Your doctor may send a new request when these steps are
done.

Your provider may ask for a peer-to-peer review with our medical director by calling
1-877-644-4613 within 5 business days of this decision.

How do I appeal?
You have 60 calendar days from the date you receive this letter to ask for an appeal. We will
assume you received this letter 5 calendar days after the date on this letter, unless you
show that you received it later. You can appeal by phone at 1-877-644-4613 (TTY 711) or in
writing to Coordinated Care, Attn: Appeals, 1145 Broadway, Suite 300, Tacoma, WA 98402.

If your health is at risk, ask for an expedited appeal. We will decide within 72 hours.

If you are already receiving the service and want it to continue during your appeal, you must
ask for an appeal within 10 calendar days of the date on this letter.

If you disagree with our appeal decision, you can ask for an administrative hearing with the
Office of Administrative Hearings (1-800-583-8271) within 120 calendar days from the date of
our appeal decision letter.

                                                                 Page 1 of 1
""",
    "document_type": "denial",
    "category": "medical_necessity",
    "deadline": "2025-11-16",
    "window_days": 60,
    "counted_from": "receipt",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("regulation", "WAC 182-531-1600"), ("InterQual", None)],
    "notes": "Letter STATES a presumption (received 5 days after the date on it): deadline = "
             "2025-09-12 + 5 + 60 = 2025-11-16, counted_from receipt. Traps: P2P 5 business "
             "days, continuation 10 days, hearing 120 days from future decision. Reason mixes "
             "missing documents with 'not medically necessary' - labelled medical_necessity "
             "(criteria not met), insufficient_information is a plausible alternative.",
})

# ---------------------------------------------------------------------------
# 10. New Jersey Medicaid (NJ FamilyCare) - WES experimental (Aetna CPB)
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_10_nj_familycare_aetna_better_health_experimental",
    "text": """Aetna Better Health(R) of New Jersey
3 Independence Way, Suite 400, Princeton, NJ 08540

10/01/2025

RE: Notice of Adverse Benefit Determination
Member: Adaeze N. Okonkwo-Reyes       Member ID: 101928374   DOB: 03/14/1994
Provider: Atlantic Medical Genetics (Priya Raman, MD, NPI 1952318840)
Request ID: ABHNJ-2509-44810

Dear Ms. Okonkwo-Reyes:

We reviewed the request from Dr. Raman for whole exome sequencing, including comparator
exomes (CPT 81415 and 81416), for evaluation of chronic fatigue and diffuse muscle pain
(R53.82, M79.10).

We have denied this request. Whole exome sequencing is considered experimental and
investigational for the evaluation of chronic fatigue and generalized muscle pain, because
there is not enough scientific evidence that the results improve health outcomes for people
with these symptoms. This decision is based on Aetna Clinical Policy Bulletin (CPB) 0140,
Genetic Testing. You can ask us for a free copy of this policy.

A physician board certified in medical genetics reviewed this request.

YOUR APPEAL RIGHTS
You have 60 calendar days from the date of this letter to ask for an appeal. To ask for an
appeal, call Member Services at 1-855-232-3596 (TTY 711) or write to Aetna Better Health of
New Jersey, Attn: Grievance and Appeals, 3 Independence Way, Suite 400, Princeton, NJ 08540.

Expedited appeal: If you or your doctor believe that waiting for a standard decision could
seriously harm your health, ask for an expedited appeal. We will decide within 72 hours.

Keeping your services: If we are ending or reducing a service you already receive, you can
keep getting it during your appeal if you ask within 10 calendar days of the date of this
letter.

After our appeal decision:
- External Review: You may request an external appeal through an Independent Utilization
  Review Organization (IURO) within 4 months after you receive our appeal decision.
- Medicaid Fair Hearing: You may request a fair hearing with the Division of Medical
  Assistance and Health Services within 120 calendar days from the date of our appeal
  decision letter.

Sincerely,
Utilization Management Department
Aetna Better Health of New Jersey
""",
    "document_type": "denial",
    "category": "experimental",
    "deadline": "2025-11-30",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("payer_policy", "CPB 0140")],
    "notes": "Date line alone (10/01/2025) before RE block; DOB 03/14/1994 is a distractor. "
             "Traps: continuation 10 days, IURO 4 months, fair hearing 120 days (future). "
             "Identifier printed as 'Clinical Policy Bulletin (CPB) 0140' -> 'CPB 0140'.",
})

# ---------------------------------------------------------------------------
# 11. Kentucky Medicaid MCO - payment denial, not enrolled (post-service)
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_11_kentucky_medicaid_wellcare_eligibility_post_service",
    "text": """WellCare of Kentucky
13551 Triton Park Blvd, Suite 1800, Louisville, KY 40223

NOTICE OF ADVERSE BENEFIT DETERMINATION - DENIAL OF PAYMENT

Date of Notice:   March 21, 2025
Member:           Dwayne E. Carrico
Member ID:        88120047
Claim Number:     25011488213
Provider:         Bluegrass Urgent Care - Richmond (NPI 1588697203)
Date of Service:  01/14/2025
Service:          Urgent care visit, level 4 (99204), rapid strep test (87880)

What we decided
We will not pay for the service listed above.

Why
You were not enrolled with WellCare of Kentucky on the date you received this service. Our
records and the Kentucky Department for Medicaid Services show that your enrollment with
WellCare of Kentucky ended on 12/31/2024, and that you were enrolled with another Medicaid
managed care organization starting 01/01/2025. The provider should send this claim to the
plan you were enrolled with on 01/14/2025. You should not be billed for this visit. Please
show your current Medicaid ID card to the provider.

Your appeal rights
You have 60 calendar days from the date of this notice to ask us for an appeal. You can call
1-877-389-9457 (TTY 711) or write to: WellCare of Kentucky, Attn: Appeals Department,
P.O. Box 31368, Tampa, FL 33631-3368.

Expedited (fast) appeals are not available for this decision because it is about payment for
a service you have already received.

State Fair Hearing: You must finish our appeal process first. If you disagree with our appeal
decision, you may ask for a State Fair Hearing within 120 calendar days of the date of our
appeal decision notice.

KY-CAID-NOABD-PAY-0924                                             Page 1 of 1
""",
    "document_type": "denial",
    "category": "eligibility",
    "deadline": "2025-05-20",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Post-service payment denial to the member; expedited explicitly not available "
             "(False). Dates 12/31/2024, 01/01/2025, 01/14/2025 are distractors for letter "
             "date. SFH 120 days from future decision (trap).",
})

# ---------------------------------------------------------------------------
# 12. Louisiana Medicaid - Notice of Appeal Resolution upholding a step-therapy denial
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_12_louisiana_healthy_blue_appeal_resolution_upheld",
    "text": """Healthy Blue | Louisiana Medicaid
P.O. Box 61010, Virginia Beach, VA 23466

NOTICE OF APPEAL RESOLUTION

Date: 04/30/2025
Member: Shaniqua M. Thibodeaux       Medicaid ID: 5550213987
Appeal Number: HB-LA-APL-25-008812   Appeal received: 04/02/2025
Prescriber: Claude Fontenot, MD (NPI 1003958274)

Dear Ms. Thibodeaux,

On 04/02/2025 we received your appeal of our 03/21/2025 decision to deny coverage of
rimegepant (Nurtec ODT) 75 mg, 16 tablets per 30 days, for prevention of migraine (G43.709).

Appeal decision: We upheld (did not change) our original decision.

Reason for our decision: A physician who was not involved in the first decision reviewed your
appeal, the records from Dr. Fontenot, and your pharmacy claims. The Louisiana Medicaid Single
Preferred Drug List (PDL) requires that a member try and fail, or be unable to take, at least
two preferred migraine prevention medicines (for example, topiramate, propranolol, or a
preferred CGRP injection) before a non-preferred medicine such as Nurtec ODT is covered for
prevention. Your records show a trial of topiramate only. Because a second preferred medicine
has not been tried, our decision stays the same.

This is our final decision. You have finished the Healthy Blue appeal process.

YOUR RIGHT TO A STATE FAIR HEARING
You have 120 calendar days from the date of this notice to ask for a State Fair Hearing with
the Louisiana Division of Administrative Law (DAL), P.O. Box 4189, Baton Rouge, LA 70821,
fax 1-225-219-9823, or online at adminlaw.la.gov.

If you want to keep getting the medicine while you wait for the hearing decision, you must
ask for the State Fair Hearing within 10 calendar days from the date of this notice. You may
have to pay for the medicine if the hearing decision agrees with us.

Expedited State Fair Hearing: If waiting for a standard hearing could seriously jeopardize
your life, health, or ability to attain, maintain, or regain maximum function, you may ask
for an expedited hearing. An expedited hearing decision is generally issued within 3 working
days after DAL receives the file (42 CFR 431.244(f)(2)).

Questions? Call Healthy Blue Member Services at 1-844-521-6941 (TTY 711).
""",
    "document_type": "denial",
    "category": "step_therapy",
    "deadline": "2025-08-28",
    "window_days": 120,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": None,
    "guidelines": [("formulary", None)],
    "notes": "Notice of Appeal Resolution upholding a denial = denial. The operative window is "
             "the State Fair Hearing (120 days from the date of this notice). 10-day aid-"
             "continuing window is a trap. Expedited hearing offered, turnaround in WORKING DAYS "
             "(not hours) -> decision_hours None. 42 CFR 431.244(f)(2) describes hearing rights "
             "only. Several earlier dates (03/21, 04/02) precede the letter date.",
})

# ---------------------------------------------------------------------------
# 13. Kaiser Permanente (California, DMHC) - non-plan provider referral
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_13_kaiser_ncal_non_plan_referral_out_of_network",
    "text": """KAISER PERMANENTE(R)
Kaiser Foundation Health Plan, Inc. - Northern California Region
Utilization Management, 1800 Harrison Street, Oakland, CA 94612

Date: 7/9/25
Medical Record Number: 000018823374
Member: Gregory T. Vasquez-Lindqvist
Referral #: RF-25-NCAL-0627-5531

DENIAL OF REQUESTED SERVICE

Dear Mr. Vasquez-Lindqvist:

Your Kaiser Permanente neurologist, Dr. Anjali Mehta, requested a referral for you to see a
non-Plan provider, Dr. Helena Marsh at Stanford Health Care, for evaluation for deep brain
stimulation (DBS) for Parkinson's disease (G20.A1).

We have denied this request. Kaiser Permanente has Plan Physicians in Movement Disorders
Neurology and Functional Neurosurgery at Kaiser Permanente Redwood City who evaluate members
for DBS and perform the procedure. Services from non-Plan providers are covered only when the
services are not available from Plan Providers, as explained in your Evidence of Coverage,
"Getting a Referral." This decision is not a decision about whether DBS is medically
appropriate for you. We have scheduled a consultation for you with the Kaiser Permanente DBS
program; you will receive a separate appointment letter.

IF YOU DISAGREE
You may file a grievance (appeal) with us within 180 days from the date of this letter. You
can file online at kp.org, by phone at 1-800-464-4000 (TTY 711), or in writing to Member
Services at any Kaiser Permanente facility.

URGENT CASES: If your case involves an imminent and serious threat to your health, including
severe pain or potential loss of life, limb, or major bodily function, you can ask for an
expedited review. We will make a decision within 72 hours. You may also contact the
Department of Managed Health Care right away without first filing a grievance with us.

                                                                       Page 1 of 2
\fINDEPENDENT MEDICAL REVIEW (IMR)
If your grievance is about a decision that a service is not medically necessary, or is
experimental or investigational, you may apply for an Independent Medical Review. You must
apply for an IMR within 6 months of the date of our written grievance decision.

The California Department of Managed Health Care is responsible for regulating health care
service plans. If you have a grievance against your health plan, you should first telephone
your health plan at 1-800-464-4000 and use your health plan's grievance process before
contacting the department. The department also has a toll-free telephone number
(1-888-466-2219) and a TDD line (1-877-688-9891) for the hearing and speech impaired. The
department's internet website www.dmhc.ca.gov has complaint forms, IMR application forms and
instructions online. (California Health and Safety Code section 1368.02(b))

                                                                       Page 2 of 2
""",
    "document_type": "denial",
    "category": "out_of_network",
    "deadline": "2026-01-05",
    "window_days": 180,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("plan_document", None)],
    "notes": "Short date '7/9/25'. Kaiser calls the appeal a grievance. IMR 6 months from a "
             "future grievance decision (trap, months). H&S Code 1368.02(b) is the mandated DMHC "
             "notice, not a basis. EOC section named without identifier -> plan_document None.",
})

# ---------------------------------------------------------------------------
# 14. Cigna - cosmetic exclusion (Coverage Policy 0482), silent on expedited
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_14_cigna_cosmetic_coverage_policy_0482",
    "text": """Cigna Healthcare
National Appeals Unit, PO Box 188011, Chattanooga, TN 37422-8011

January 28, 2025

BRIANNA C. STOLTZFUS                              Customer ID: U6620483101
1122 Fruitville Pike                              Account: Penn Valley Logistics, Inc.
Lancaster PA 17601                                Reference #: 7731905426

Dear Brianna C. Stoltzfus:

We received a request for coverage from Susquehanna Dermatology Associates (Lauren Whitcomb,
MD) on January 21, 2025 for pulsed dye laser treatment of the face (CPT 17106) for rosacea
(L71.9), 3 sessions.

We've denied coverage for the requested service. Here's why:

Your plan does not cover cosmetic services - services done mainly to change or improve how
you look. We reviewed your request using the Cigna Medical Coverage Policy "Rosacea
Procedures" (Coverage Policy Number 0482). This policy considers laser and light treatment of
rosacea to be cosmetic, because it is done to improve the appearance of redness and visible
blood vessels and does not treat a functional problem. Because this service is cosmetic, it
is excluded under your plan's "Exclusions - Cosmetic Services" provision.

WHAT YOU CAN DO IF YOU DISAGREE
You can ask us to review this decision. To request an appeal, you must do so within 180 days
of receipt of this letter. Send your written request and any supporting records to the
address above, or call Customer Service at the number on your ID card.

If we deny your appeal and the denial involves medical judgment, you may request an external
review by an independent review organization within 4 months of receipt of our final appeal
decision. You also have the right to bring a civil action under section 502(a) of ERISA after
you complete the appeal process.

You may request, free of charge, copies of all documents relevant to your claim, including
the coverage policy we used.

Sincerely,
Cigna Healthcare Utilization Management
""",
    "document_type": "denial",
    "category": "not_covered",
    "deadline": "2025-07-27",
    "window_days": 180,
    "counted_from": "receipt",
    "expedited": None,
    "decision_hours": None,
    "guidelines": [("payer_policy", "0482"), ("plan_document", None)],
    "notes": "Pre-service; letter says nothing about expedited/urgent appeals -> None. "
             "'within 180 days of receipt' -> letter_date + 180. Request-received date "
             "January 21, 2025 is a distractor. ERISA 502(a) is an appeal-rights citation. "
             "Identifier printed 'Coverage Policy Number 0482'.",
})

# ---------------------------------------------------------------------------
# 15. Anthem - CG-SURG-24 + SURG.00071, peer-to-peer window trap
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_15_anthem_cg_surg_24_fess_medical_necessity",
    "text": """Anthem Blue Cross and Blue Shield
P.O. Box 105187, Atlanta, GA 30348-5187

May 19, 2025

Member: Nathaniel P. Greaves          ID: YRH847W20193        Group: 00174466
Doctor: Farah Siddiqui, MD - Tri-County ENT (NPI 1861549307)
Reference number: 251390077412

Dear Nathaniel P. Greaves,

We reviewed a request for you to have the services below at Tri-County Surgery Center:

  Service                                                  Code     Decision
  -------------------------------------------------------  -------  ---------
  Nasal/sinus endoscopy, maxillary antrostomy              31256    Not approved
  Nasal/sinus endoscopy, total ethmoidectomy               31255    Not approved
  Balloon dilation of maxillary sinus ostium               31295    Not approved

We can't approve these services because they are not medically necessary for your condition
(chronic sinusitis, J32.9). We used the clinical guideline CG-SURG-24, Functional Endoscopic
Sinus Surgery (FESS). It says this surgery is medically necessary for chronic sinusitis when
symptoms continue after at least 8 weeks of appropriate medical treatment and a CT scan done
after that treatment shows sinus disease. The records we got show about 4 weeks of treatment
and no CT scan after treatment. The balloon dilation was reviewed using Medical Policy
SURG.00071, Balloon Sinus Ostial Dilation, which requires that the same criteria be met.

Your doctor can ask to talk with the physician reviewer about this decision (a peer-to-peer
conversation). Your doctor must call 1-833-293-0659 within 14 calendar days of the date of
this letter.

Your right to appeal
You can ask for an appeal within 180 days from the date you got this letter. If your doctor
believes that waiting for a standard appeal could seriously harm your health, you or your
doctor can ask for an expedited appeal. We'll make a decision within 72 hours.

After your appeal, if we still deny the request, you may ask for an external review by an
independent review organization within 4 months after you get our final decision.

Call Member Services at 1-855-383-7247 (TTY 711) with questions.

                                                                   Page 1 of 1
""",
    "document_type": "denial",
    "category": "medical_necessity",
    "deadline": "2025-11-15",
    "window_days": 180,
    "counted_from": "receipt",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("payer_policy", "CG-SURG-24"), ("payer_policy", "SURG.00071")],
    "notes": "All three lines 'Not approved' -> denial. 'within 180 days from the date you got "
             "this letter' = receipt -> letter + 180. P2P 14 calendar days and external review "
             "4 months are traps. '8 weeks' / '4 weeks' are clinical, not windows.",
})

# ---------------------------------------------------------------------------
# 16. UnitedHealthcare - unproven (policy number 2025T0123)
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_16_uhc_unproven_medical_policy_2025T0123",
    "text": """UnitedHealthcare
P.O. Box 30432, Salt Lake City, UT 84130-0432

November 4, 2025

Member:            Lorraine V. Ashcombe
Member ID:         948817203-00
Group Number:      0914522
Provider:          Front Range Spine & Pain (Tobias Engel, MD - NPI 1023487765)
Case Reference:    A118839027
Service:           Intraosseous basivertebral nerve ablation, L3-S1 (CPT 64628)
Diagnosis:         M51.36, M54.59

Dear Lorraine V. Ashcombe:

We reviewed your provider's request for the service listed above. Based on our review, we
have denied coverage.

Reason for denial:
Your health plan covers services that are proven and medically necessary. We reviewed this
request using UnitedHealthcare Medical Policy "Ablative Treatment for Spinal Pain," Policy
Number 2025T0123. Under this policy, intraosseous basivertebral nerve ablation is unproven
and not medically necessary for treating chronic low back pain due to insufficient evidence
of efficacy. Unproven services are excluded under your plan's "Experimental or
Investigational or Unproven Services" exclusion in your Certificate of Coverage.

How to appeal:
If you disagree, you or your provider may appeal within 180 days from the date of this letter.
Send your appeal to UnitedHealthcare Appeals, P.O. Box 30432, Salt Lake City, UT 84130-0432,
or call the number on your ID card.

Urgent appeals: If your provider believes that waiting for a standard decision could
seriously jeopardize your life, health, or ability to regain maximum function, ask for an
urgent appeal. We will decide within 72 hours of receiving it.

External review: After you finish the internal appeal process, you may ask for an independent
external review within 4 months after you receive our final internal adverse determination.

UnitedHealthcare Insurance Company
""",
    "document_type": "denial",
    "category": "experimental",
    "deadline": "2026-05-03",
    "window_days": 180,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("payer_policy", "2025T0123"), ("plan_document", None)],
    "notes": "UHC 'unproven and not medically necessary' wording - category experimental "
             "(unproven = investigational) although 'not medically necessary' also appears. "
             "COC exclusion cited without identifier -> plan_document None.",
})

# ---------------------------------------------------------------------------
# 17. Highmark - provider claim denial, no authorization, window in MONTHS from DOS
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_17_highmark_provider_no_auth_months_from_dos",
    "text": """HIGHMARK BLUE SHIELD                                    PROVIDER NOTIFICATION
P.O. Box 890173, Camp Hill, PA 17089-0173

NOTICE DATE: 02/27/2025

Provider:       Keystone Imaging Center LLC            NPI: 1417093386
Patient:        Walter F. Brzezinski                   Member ID: YJX403918276
Claim #:        25034M118472                           Date of Service: 01/09/2025
Billed:         MRI lumbar spine w/o contrast (72148)  $1,640.00

CLAIM DETERMINATION: DENIED - PRIOR AUTHORIZATION NOT OBTAINED

Adjustment reason: CO-197  Precertification/notification/authorization/pre-treatment absent.

Highmark's records show that no prior authorization was requested or approved for this
service before it was performed. Advanced outpatient imaging (MRI/MRA/CT/PET) requires prior
authorization for this member's benefit plan. Because this is a network provider liability
denial, the member may not be billed for this service.

If you obtained an authorization that is not reflected on this claim, submit a corrected
claim with the authorization number in the appropriate field.

PROVIDER APPEAL RIGHTS
If you disagree with this determination, you may submit a provider appeal in writing. A
provider appeal must be received within 12 months of the date of service. Send your appeal
with supporting documentation to: Highmark Provider Appeals, P.O. Box 890173, Camp Hill, PA
17089-0173, or submit it through Availity.

Please note: Retrospective authorization requests are accepted only for services provided on
an emergency basis and must be requested within 2 business days of the service.

                                                                  Page 1 of 1
""",
    "document_type": "denial",
    "category": "no_authorization",
    "deadline": "2026-01-09",
    "window_days": None,
    "counted_from": "service_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Provider-facing post-service denial (expedited False although silent). Window in "
             "MONTHS from date of service: 2025-01-09 + 12 months = 2026-01-09, window_days None. "
             "Retro-auth 2 business days is a trap. CARC CO-197.",
})

# ---------------------------------------------------------------------------
# 18. BCBS of Illinois - diagnosis/procedure mismatch; corrected-claim window trap
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_18_bcbsil_coding_dx_mismatch_medical_policy",
    "text": """Blue Cross and Blue Shield of Illinois
Claim Review Notification

Notice date: 08/18/2025

To: Prairie Family Medicine, S.C.                  Billing NPI: 1669823054
Patient: Yolanda R. Marchetti                      Subscriber ID: XOF889104752
Claim number: 2025196AB4471                        Date of service: 06/30/2025

LINE  CPT    DX       BILLED    ALLOWED   PAID    ADJ CODE   REMARK
 1    82306  Z00.00    $68.00     $0.00     $0.00 CO-11      M76

Line 1 - 25-hydroxy vitamin D test (82306) was denied. Adjustment code CO-11: The diagnosis is
inconsistent with the procedure. Remark M76: Missing/incomplete/invalid diagnosis or condition.

Vitamin D testing is eligible for coverage only when billed with a diagnosis listed in BCBSIL
Medical Policy LAB301.021, Vitamin D Testing. Z00.00 (routine adult exam without abnormal
findings) is not a supporting diagnosis for this test. The preventive visit billed on the
same date was processed on a separate claim.

Corrected claims: If the diagnosis was reported in error, submit a corrected claim (frequency
code 7). Corrected claims must be received within 180 days of the date of service.

Appeal: If you disagree with this determination, you may request a claim review (appeal)
within 180 days from the date of this notice. Submit through Availity(R) Claim Inquiry or
mail to Blue Cross and Blue Shield of Illinois, Claim Review Section, P.O. Box 805107,
Chicago, IL 60680-4112.

                                                                     Page 1 of 1
""",
    "document_type": "denial",
    "category": "coding",
    "deadline": "2026-02-14",
    "window_days": 180,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [("payer_policy", "LAB301.021")],
    "notes": "Single-line lab claim denied (CO-11 + RARC M76). Corrected-claim window 180 days "
             "from DOS (2025-12-27) is a trap; appeal = 180 days from the notice date. BCBS "
             "medical policy code LAB301.021.",
})

# ---------------------------------------------------------------------------
# 19. Humana MA provider - MUE units edit, whole line denied
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_19_humana_provider_mue_units_edit",
    "text": """Humana.
Claims Payment Policy Notification

September 29, 2025

Rocky Mountain Allergy & Asthma PC
Attn: Billing Office
NPI: 1386710452

Patient: Beatrice L. Van Houten      Humana ID: H90184437      Plan: Humana Choice PPO (MA)
Claim #: 2528716940311                Date of service: 09/03/2025

The following claim line was denied:

  HCPCS  Description                    Units billed  MUE value  Disposition
  J2357  Omalizumab injection, 5 mg     180           120        Line denied
  96372  Ther/proph/diag inj, SC/IM     1             -          Denied (associated)

Adjustment: CO-151 - Payment adjusted because the payer deems the information submitted does
not support this many/frequency of services.
Remark: N362 - The number of Days or Units of Service exceeds our acceptable maximum.

Explanation: The units reported for J2357 exceed the Medically Unlikely Edit (MUE) value for a
single date of service. Consistent with the Humana Claims Payment Policy - Medically Unlikely
Edits (MUEs), a line that exceeds the MUE is denied in its entirety; units are not reduced to
the MUE value. The administration code billed with it was denied because the drug line was
denied.

Next steps
- If the units were reported in error, submit a corrected claim. Corrected claims must be
  submitted within the timely filing limit of 1 year from the date of service.
- If the units are correct and medically necessary, you may request a claim reconsideration
  with medical records within 60 calendar days from the date of this notice.

Humana Provider Correspondence, P.O. Box 14601, Lexington, KY 40512-4601
""",
    "document_type": "denial",
    "category": "coding",
    "deadline": "2025-11-28",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [("payer_policy", None)],
    "notes": "Both lines denied -> denial. MUE edit: category coding (claim edit); benefit_limit "
             "arguable. Corrected claim '1 year from DOS' is a trap. Here the dispute path is "
             "called 'reconsideration' and is the only dispute window -> it is the appeal. "
             "CARC CO-151.",
})

# ---------------------------------------------------------------------------
# 20. Molina Ohio - readmission denial, NO LETTER DATE
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_20_molina_readmission_denial_no_letter_date",
    "text": """MOLINA HEALTHCARE OF OHIO, INC.
Utilization Management - Readmission Review
P.O. Box 349020, Columbus, OH 43234-9020

TO:  Mercy Health - St. Elizabeth Youngstown Hospital     Tax ID: 34-0714585
     Attn: Patient Financial Services / Denials Management

RE:  READMISSION REVIEW DETERMINATION
     Member: Cornelius A. Whitlock            Member ID: 107744120
     Index admission:    03/02/2025 - 03/06/2025   Claim # 2025071IP44012
     Readmission:        03/11/2025 - 03/15/2025   Claim # 2025107IP50877
     Claim received:     04/18/2025
     Principal diagnosis (both stays): I50.23 Acute on chronic systolic heart failure

DETERMINATION: The readmission claim is DENIED. Payment for the readmission is included in the
payment for the index admission.

RATIONALE: The member was readmitted 5 days after discharge to the same facility for the same
condition. Review of the medical records found that the member was discharged on 03/06/2025
with a weight 3.1 kg above the documented dry weight, without a follow-up appointment within
7 days, and without reconciliation of the diuretic dose. The readmission was related to the
index admission and was potentially preventable. Per Molina Payment Policy MCP-PP-018,
Hospital Readmissions, related readmissions within 30 days of discharge to the same facility
are combined with the index admission for payment.

APPEAL RIGHTS: If you disagree, you may submit a written appeal within 60 calendar days from
the date of this letter, with the complete medical records for both admissions, to Molina
Healthcare of Ohio, Attn: Provider Appeals, P.O. Box 349020, Columbus, OH 43234-9020.
This determination does not affect the member; the member may not be billed.
""",
    "document_type": "denial",
    "category": "administrative",
    "deadline": None,
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [("payer_policy", "MCP-PP-018")],
    "notes": "NO letter date printed: window is stated but its base is missing -> deadline None "
             "(needs_review). Claim-received 04/18/2025 and stay dates must NOT be used as the "
             "letter date. Category is uncertain: readmission payment policy (administrative) vs "
             "clinical 'potentially preventable' finding (medical_necessity).",
})

# ---------------------------------------------------------------------------
# 21. TurningPoint (Priority Health commercial) - peer-to-peer outcome, upheld
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_21_turningpoint_p2p_outcome_lumbar_fusion_upheld",
    "text": """TurningPoint Healthcare Solutions, LLC
on behalf of Priority Health (Commercial HMO)

PEER-TO-PEER OUTCOME NOTIFICATION

Notification Date:   October 20, 2025
Case Number:         TPHS-2510-0093317
Member:              Ramona J. Kuipers          Member ID: 81004492701
Requesting Surgeon:  Vikram Desai, MD (NPI 1790857742), Lakeshore Spine Institute
Facility:            Holland Hospital, inpatient, 2 days
Procedure(s):        22633 - Arthrodesis, lumbar, combined posterior/interbody, L4-L5
                     22853 - Insertion of interbody biomechanical device
                     22840 - Posterior non-segmental instrumentation
Diagnoses:           M43.16, M48.062

A peer-to-peer discussion was held on 10/17/2025 between Dr. Desai and TurningPoint physician
reviewer Alan Brecht, MD (Board Certified, Orthopaedic Surgery).

OUTCOME: The original adverse determination dated 10/14/2025 is UPHELD. All requested
procedures remain denied.

Rationale: The request does not meet TurningPoint Clinical Policy "Lumbar Spinal Fusion"
(Policy No. MSK-SPN-03). The policy requires at least 6 months of documented conservative
care and documentation that the patient has not used nicotine for at least 6 weeks before
surgery. During the discussion, the surgeon confirmed that physical therapy was completed for
8 weeks only and that the cotinine test on 09/29/2025 was positive. Surgery is not medically
necessary at this time.

Because a peer-to-peer discussion has been completed, a provider reconsideration is no
longer available for this case.

APPEAL RIGHTS
The member, or the provider on the member's behalf, may file an appeal with Priority Health
within 180 calendar days from the date the member receives this notice. Send appeals to
Priority Health Appeals, 1231 East Beltline NE, Grand Rapids, MI 49525, fax 616.975.8827.
If the provider believes that the standard time frame could seriously jeopardize the member's
life or health, an expedited appeal may be requested by phone at 800.942.0954; a decision will
be made within 72 hours.
""",
    "document_type": "denial",
    "category": "medical_necessity",
    "deadline": "2026-04-18",
    "window_days": 180,
    "counted_from": "receipt",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("payer_policy", "MSK-SPN-03")],
    "notes": "Peer-to-peer outcome letter (upheld) = denial. Earlier determination date "
             "10/14/2025, P2P date 10/17/2025 and cotinine date are distractors; the notification "
             "date is the letter date. Receipt-based -> letter + 180. Delegated vendor "
             "(TurningPoint) issues on behalf of the plan.",
})

# ---------------------------------------------------------------------------
# 22. Optum Behavioral Health - residential MH continued stay, LOCUS, ABSOLUTE deadline
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_22_optum_behavioral_residential_locus_absolute_deadline",
    "text": """Optum(R) Behavioral Health
United Behavioral Health  |  P.O. Box 30512, Salt Lake City, UT 84130-0512

ADVERSE BENEFIT DETERMINATION - CONCURRENT REVIEW

Letter date: June 27, 2025
Member: Tessa M. Lindgren-Oyelaran            Member ID: 915532780
Plan: Northwind Industries Employee Health Plan (self-funded, administered by UnitedHealthcare)
Facility: Red Mesa Recovery Center - Residential Mental Health (NPI 1235587901)
Attending: Joel Narvaez, MD
Diagnosis: F33.2 Major depressive disorder, recurrent severe without psychotic features
Reference: OBH-CR-250627-4408

Determination: Coverage for continued residential mental health treatment is denied
beginning 06/28/2025. Days through 06/27/2025 are covered.

Clinical rationale: An Optum psychiatrist, Lena Okafor, MD, reviewed your care using the Level
of Care Utilization System (LOCUS). Your current ratings show no thoughts of harming yourself
or others for the past 10 days, you are eating and sleeping regularly, you are taking part in
groups, and you have support from your family at home. Your needs can be met safely in a less
intensive setting, such as a partial hospitalization or intensive outpatient program. Care in
a residential setting is no longer medically necessary.

Your attending provider may request a peer-to-peer conversation with the Optum psychiatrist
by calling 1-800-888-2998 within 1 business day of this notice.

HOW TO APPEAL
Deadline to request an appeal: 12/24/2025
Send your appeal to Optum Behavioral Health Appeals, P.O. Box 30512, Salt Lake City, UT
84130-0512, fax 1-855-312-1470.

URGENT APPEAL: Because you are currently receiving this care, you or your provider may ask for
an urgent appeal by calling 1-800-888-2998. We will decide an urgent appeal within 72 hours.

External review: If your final internal appeal is denied, you may request an external review
within 4 months of receiving that decision.

You may also request, free of charge, copies of the LOCUS instrument and the records we used.
""",
    "document_type": "denial",
    "category": "medical_necessity",
    "deadline": "2025-12-24",
    "window_days": None,
    "counted_from": "absolute",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("LOCUS", None)],
    "notes": "Absolute printed deadline 12/24/2025 (no N days stated) -> window_days None. "
             "Concurrent denial; coverage end 06/28/2025 is a distractor. P2P '1 business day' "
             "and external review '4 months' are traps. '10 days' is clinical.",
})

# ---------------------------------------------------------------------------
# 23. Express Scripts Medicare (Part D) CMS-10146 - weight-loss exclusion
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_23_express_scripts_partd_cms10146_excluded_drug",
    "text": """Express Scripts Medicare (PDP)

NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

Date: 12/08/2025
Enrollee's name: Clifford W. Aaronson          Member ID: 78014429615
Prescriber: Monique Ballard, NP (NPI 1508273361)
Drug: Wegovy (semaglutide) 2.4 mg/0.75 mL pen, 4 pens per 28 days
Case ID: CD-25-1204-778213

Your request was denied
We have denied coverage under your Medicare Part D benefit for the prescription drug listed
above that your prescriber requested.

Why did we deny your request?
We denied this request because Medicare Part D does not cover drugs when they are used for
weight loss. Your prescriber told us that Wegovy is being prescribed for weight loss (E66.9,
Z68.36). Your prescriber did not tell us that you have established heart disease, which is
the use Medicare Part D can cover. Drugs used for weight loss are excluded from the definition
of a Part D drug in 42 CFR 423.100, because they are drugs that may be excluded from coverage
under Social Security Act section 1927(d)(2)(A).

You have the right to appeal our decision
You have the right to ask us for a redetermination (appeal) of our decision. You have 65 days
from the date of this notice to ask us for a redetermination. You can call us at
1-866-503-5874 (TTY 711) to ask for a redetermination.

Standard Appeal: You can ask for a standard appeal. We must give you a decision no later than
7 days after we get your appeal. If you are asking for payment for a drug you already
received, we must give you a decision no later than 14 days after we get your appeal.

Fast Appeal: You can ask for a fast appeal if you or your prescriber believe that your health
could be seriously harmed by waiting up to 7 days for a decision. If your request for a fast
appeal is granted, we must give you a decision no later than 72 hours after we get your
appeal. You cannot get a fast appeal if you are asking us to pay you back for a drug you
already received.

Express Scripts, Attn: Medicare Part D Appeals, P.O. Box 66588, St. Louis, MO 63166-6588
Form CMS-10146                                                  OMB Approval 0938-0976
""",
    "document_type": "denial",
    "category": "not_covered",
    "deadline": "2026-02-11",
    "window_days": 65,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("regulation", "42 CFR 423.100"),
                   ("regulation", "Social Security Act section 1927(d)(2)(A)")],
    "notes": "Part D denial (CMS-10146). Statutory/regulatory exclusion is the basis -> "
             "guidelines. 7 days / 14 days are standard decision times (traps). Fast appeal "
             "offered for this coverage request (the payment-request caveat does not apply).",
})

# ---------------------------------------------------------------------------
# 24. CVS Caremark (commercial) - specialty step therapy, urgent 24 hours
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_24_cvs_caremark_commercial_step_therapy_24h",
    "text": """CVS Caremark(R)
Prior Authorization Department, P.O. Box 52000, MC109, Phoenix, AZ 85072-2000

03/12/2025

MARCUS O. FEATHERSTONE                     Member ID: ZXK10448827
                                           Plan sponsor: Tidewater Municipal Employees Plan
                                           Reference #: PA-8837105523

Re: Request for Stelara (ustekinumab) 45 mg/0.5 mL prefilled syringe

Dear Marcus O. Featherstone:

Your prescriber, Dr. Hannah Voss (NPI 1912384407), asked us to cover Stelara 45 mg every 12
weeks for plaque psoriasis (L40.0). We reviewed this request using your plan's Specialty
Guideline Management (SGM) criteria for Stelara and your plan's Standard Control Formulary.

Decision: DENIED

Reason: Your plan covers Stelara for plaque psoriasis only after you have tried a preferred
product first. You must have tried a preferred adalimumab product (such as Hyrimoz or
adalimumab-adaz) for at least 3 months, unless you cannot take it for a medical reason. We did
not receive information showing that you have tried a preferred product or that you cannot
take one.

What you can do
* Talk with your prescriber about trying a preferred product.
* Appeal: You have 180 days after you receive this notice to file an appeal. Send your appeal
  to CVS Caremark Appeals Department, MC109, P.O. Box 52084, Phoenix, AZ 85072-2084, or fax
  1-866-443-1172.
* Urgent appeal: If your situation is urgent, you or your prescriber can call 1-866-443-1172.
  We will make a decision on an urgent appeal within 24 hours.
* External review: If your appeal is denied, you may request an external review by an
  independent review organization within 4 months after you receive the final appeal denial.

This letter was also sent to your prescriber.
""",
    "document_type": "denial",
    "category": "step_therapy",
    "deadline": "2025-09-08",
    "window_days": 180,
    "counted_from": "receipt",
    "expedited": True,
    "decision_hours": 24,
    "guidelines": [("payer_policy", None), ("formulary", None)],
    "notes": "Commercial PBM step therapy. Urgent appeal 24 hours (not 72). '12 weeks' and "
             "'3 months' are clinical. SGM criteria (payer_policy) and Standard Control "
             "Formulary (formulary) named without identifiers. Letter date alone at top "
             "(03/12/2025).",
})

# ---------------------------------------------------------------------------
# 25. Prime Therapeutics (BCBS MN) - specialty drug, insufficient information
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_25_prime_therapeutics_repatha_insufficient_information",
    "text": """Prime Therapeutics LLC, on behalf of Blue Cross and Blue Shield of Minnesota
Clinical Review Department  |  2900 Ames Crossing Road, Eagan, MN 55121

Date:            April 8, 2025
Member:          Ingrid S. Halvorsen
Member ID:       XZM783302194
Medication:      Repatha (evolocumab) 140 mg/mL SureClick, 2 pens per 28 days
Prescriber:      Omar Haddad, MD (NPI 1134276650)
Case #:          PR-25-0331-009871

COVERAGE DETERMINATION: NOT APPROVED

We could not approve this request because we did not receive the information we need to
decide whether Repatha is covered under your plan's PCSK9 Inhibitors Prior Authorization with
Quantity Limit program. We asked your prescriber for this information on 03/31/2025 and
again on 04/03/2025. The following items were not received:
   1. A copy of your most recent LDL-C lab result (within the last 90 days).
   2. Chart notes that list the cholesterol medicines you have taken, with doses and dates.

Your prescriber may send a new request with this information at any time.

YOUR RIGHT TO APPEAL
You or your prescriber may appeal this decision within 180 days of the date of this letter.
Fax: 1-877-355-6532  |  Mail: Prime Therapeutics Appeals, P.O. Box 64811, St. Paul, MN 55164.

If you or your prescriber believe that waiting for a standard decision (up to 30 days) could
seriously harm your health, ask for an expedited appeal. We will make a decision within 72
hours.

Page 1 of 1
""",
    "document_type": "denial",
    "category": "insufficient_information",
    "deadline": "2025-10-05",
    "window_days": 180,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("payer_policy", None)],
    "notes": "'NOT APPROVED' wording instead of 'denied'. Numbered list of missing documents. "
             "'90 days' (lab recency) and '30 days' (standard decision) are traps. Request dates "
             "03/31 and 04/03 are distractors.",
})

# ---------------------------------------------------------------------------
# 26. Aetna (commercial) - coverage terminated; window 6 MONTHS from receipt
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_26_aetna_eligibility_terminated_months_from_receipt",
    "text": """aetna(R)
P.O. Box 14079, Lexington, KY 40512-4079

May 29, 2025

Desmond K. Fairweather                       Member ID: W198273645
88 Orchard Hill Rd                           Group: Caldera Robotics Inc. (0478820)
Marlborough, MA 01752                        Claim ID: EBTZ7Q4410

Dear Desmond K. Fairweather:

We received a claim from Boston Urgent Care Partners for services you received on
02/18/2025 (office visit 99213, influenza test 87804). We are not able to pay this claim.

Why we denied your claim:
Our records show that your coverage under the Caldera Robotics Inc. health plan ended on
January 31, 2025. The services were provided on February 18, 2025, after your coverage ended.
Please see the section of your plan booklet titled "When coverage ends." If you believe your
coverage was in effect on this date, or if you elected COBRA continuation coverage, please
contact your employer's benefits office and send us proof of coverage with your appeal.

Your right to appeal:
You have 6 months from the date you receive this letter to file an appeal. Write to Aetna,
Appeals Unit, P.O. Box 14463, Lexington, KY 40512, or call the Member Services number on
your ID card.

Urgent appeals are only available for care you have not yet received. Because this claim is
for services you already received, it will be handled as a standard post-service appeal. We
will decide your appeal within 30 calendar days after we receive it.

Sincerely,
Aetna Member Services
""",
    "document_type": "denial",
    "category": "eligibility",
    "deadline": "2025-11-29",
    "window_days": None,
    "counted_from": "receipt",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [("plan_document", None)],
    "notes": "Window in MONTHS counted from receipt: 2025-05-29 + 6 months = 2025-11-29, "
             "window_days None. Expedited explicitly unavailable (post-service) -> False. "
             "Coverage-end and DOS dates are distractors.",
})

# ---------------------------------------------------------------------------
# 27. Sunshine Health - reconsideration OUTCOME, timely filing upheld
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_27_sunshine_health_reconsideration_outcome_timely_filing",
    "text": """SUNSHINE HEALTH                                   Provider Services 1-844-477-8313
P.O. Box 3070, Farmington, MO 63640-3823

RECONSIDERATION DETERMINATION

Date: 07/15/2025

Provider: Gulf Coast Pediatric Therapy Group        NPI: 1588320947
Member: Mateo R. Villanueva-Cruz                   Medicaid ID: 9902214875
Claim #: 25E1530088219                             Date(s) of service: 01/06/2025
Reconsideration request received: 06/24/2025

Outcome: UPHELD - The original claim denial stands.

Original denial reason: CO-29 - The time limit for filing has expired.

Explanation: Your provider agreement requires initial claims to be received within 120 days
of the date of service. This claim was first received on 06/02/2025, which is 147 days after
the date of service. The documentation submitted with your reconsideration request (a
practice-management system screenshot) is not acceptable proof of timely filing. Acceptable
proof includes a clearinghouse acceptance report (999/277CA) showing the claim was accepted
within the filing limit.

Next level: If you disagree with this reconsideration determination, you may file a formal
claim dispute (appeal) within 60 calendar days of the date of this letter. Expedited review
is not available for claim disputes.

Mail to: Sunshine Health, Attn: Claim Disputes, P.O. Box 3070, Farmington, MO 63640-3823,
or submit through the Secure Provider Portal.
""",
    "document_type": "denial",
    "category": "administrative",
    "deadline": "2025-09-13",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Reconsideration outcome (upheld) = denial; next level is the claim dispute within 60 "
             "days of this letter. 120-day filing limit and '147 days' are traps. Expedited "
             "explicitly unavailable. CARC CO-29.",
})

# ---------------------------------------------------------------------------
# 28. Excellus BCBS - retro-authorization denied; appeal in BUSINESS days
# ---------------------------------------------------------------------------
LETTERS.append({
    "name": "p3_28_excellus_retro_authorization_business_days",
    "text": """Excellus BlueCross BlueShield
Utilization Management, 165 Court Street, Rochester, NY 14647

October 24, 2025

Finger Lakes Orthopedic Surgery Center             NPI: 1265493308
Attn: Authorization Coordinator

RE: Retrospective Authorization Request - DENIED
    Member:            Lucinda A. Vreeland    ID: VZA912260347
    Service:           Arthroscopy, knee, with meniscectomy, medial (29881)
    Date of service:   08/15/2025
    Request received:  10/14/2025
    Case #:            EX-RR-2510-22817

Prior authorization was required for this outpatient surgery and was not obtained before the
service was provided. Retrospective authorization may be considered only when the service was
emergent or when we are notified within 2 business days after the service. This request was
received 60 days after the date of service and does not meet either condition. Therefore, the
retrospective request is denied for lack of prior authorization. The medical necessity of the
service was not reviewed. Per your participation agreement, the member is held harmless.

You may file a provider appeal of this determination within 20 business days from the date
of this notice. Include documentation of any emergent circumstances or of timely notification.
Fax: 1-800-252-2989   Mail: Excellus BCBS, Provider Appeals, P.O. Box 4717, Syracuse, NY 13221.
""",
    "document_type": "denial",
    "category": "no_authorization",
    "deadline": "2025-11-21",
    "window_days": 20,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Business days: Fri 2025-10-24 + 20 Mon-Fri days = 2025-11-21 (no holiday "
             "calendar; Veterans Day counted). Retro '2 business days' trap. Category could be "
             "argued administrative (late retro request); the letter states 'denied for lack of "
             "prior authorization'. Post-service -> expedited False.",
})

# ===========================================================================
# PARTIAL DENIALS
# ===========================================================================

# 29. Carelon (AIM) - MRI with/without contrast -> approved without contrast
LETTERS.append({
    "name": "p3_29_carelon_mri_partial_alternative_approved",
    "text": """Carelon Medical Benefits Management, Inc.
on behalf of Anthem Blue Cross and Blue Shield (Colorado)
8600 West Bryn Mawr Avenue, Suite 800S, Chicago, IL 60631

Date of this notice: February 20, 2025

Patient: Owen T. Castellanos-Reid       Health plan ID: VQW566120398
Ordering provider: Grace Whitfield, MD (NPI 1649358823)
Rendering facility: Front Range Imaging - Aurora
Order #: 250513884   Carelon case #: 2025-0219-AIM-771032

Requested:  MRI lumbar spine without contrast, followed by contrast (CPT 72158)
Approved:   MRI lumbar spine without contrast (CPT 72148)
            Order number 250513884A valid 02/20/2025 through 05/20/2025
Not approved: Contrast portion of the study (72158 as requested)

Why the requested study was not approved as ordered:
We reviewed the information from your doctor using the Carelon Clinical Appropriateness
Guidelines for Advanced Imaging, Imaging of the Spine. You have low back pain with pain going
down the right leg (M54.16) for 8 weeks that has not improved with physical therapy. An MRI
without contrast is appropriate for this. The guidelines support adding contrast only when
there has been prior lumbar surgery, or when infection, tumor, or inflammatory disease is
suspected. Your records do not show any of these. So the MRI without contrast is approved and
the contrast portion is not medically necessary.

Your doctor may discuss this decision with a Carelon physician reviewer (peer-to-peer) by
calling 1-877-291-0360 within 10 business days of this notice.

If you disagree:
You or your doctor may appeal the part of this request that was not approved. Your appeal
must be filed within 180 days from the date of this notice. Send your appeal to Anthem Blue
Cross and Blue Shield, Appeals, P.O. Box 105568, Atlanta, GA 30348-5568.

                                                                        Page 1 of 1
""",
    "document_type": "partial_denial",
    "category": "medical_necessity",
    "deadline": "2025-08-19",
    "window_days": 180,
    "counted_from": "letter_date",
    "expedited": None,
    "decision_hours": None,
    "guidelines": [("payer_policy", None)],
    "notes": "Alternative study approved, requested study denied -> partial_denial. Pre-service, "
             "silent about expedited -> None. Order validity dates and P2P 10 business days are "
             "traps. Carelon guideline named without identifier; source payer_policy (delegated "
             "vendor criteria) - 'other' arguable.",
})

# 30. Wellmark - inpatient not approved, observation approved (concurrent)
LETTERS.append({
    "name": "p3_30_wellmark_inpatient_to_observation_mcg",
    "text": """WELLMARK BLUE CROSS AND BLUE SHIELD OF IOWA
Care Management - Concurrent Review          Fax 1-800-724-6154

NOTIFICATION OF LEVEL OF CARE DETERMINATION

Date:                01/15/2025
Facility:            UnityPoint Health - Iowa Methodist Medical Center (NPI 1376524891)
Attending:           Brandon Oyelaran, MD
Member:              Patricia E. Nordquist      Member ID: WMK8827714093
Admit date:          01/14/2025
Admitting diagnosis: R07.89 Other chest pain; I20.9
Review #:            CR-0114-55302

Level of care requested:  Inpatient admission, 01/14/2025 - ongoing
Determination:            Inpatient admission NOT APPROVED.
                          Observation services APPROVED, 01/14/2025 - 01/15/2025.

Rationale: A Wellmark medical director reviewed the clinical information using MCG Care
Guidelines, 28th Edition, Inpatient & Surgical Care, Chest Pain (ORG: M-290 (ISC)). Serial
troponins are negative, the ECG shows no acute ischemic changes, and the member has been pain
free since arrival on oral medications. The care provided can be safely given in observation
status; inpatient admission criteria are not met.

Peer-to-peer: The attending physician may request a discussion with the medical director by
calling 1-800-552-3993 within 1 business day of this notification.

Appeal rights: The member, or the provider on the member's behalf, may appeal within 180 days
of receipt of this notice. Because the member is currently hospitalized, an expedited appeal
may be requested by phone at 1-800-552-3993; a decision will be made within 72 hours.
""",
    "document_type": "partial_denial",
    "category": "medical_necessity",
    "deadline": "2025-07-14",
    "window_days": 180,
    "counted_from": "receipt",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("MCG", "M-290")],
    "notes": "Level-of-care downgrade: inpatient denied, observation approved -> partial_denial "
             "(could be argued denial of the inpatient request). MCG identifier printed as "
             "'ORG: M-290 (ISC)' - 'M-290' expected, full string acceptable. P2P 1 business day "
             "is a trap. Concurrent, expedited offered.",
})

# 31. 835-style remittance printout - NCCI PTP edit on one line
LETTERS.append({
    "name": "p3_31_aetna_835_remit_ncci_partial",
    "text": """AETNA LIFE INSURANCE COMPANY                         PROVIDER REMITTANCE ADVICE
PO BOX 981106  EL PASO TX 79998-1106                 PAGE 1 OF 2

PAYEE: CAPITOL ORTHOPAEDICS & SPORTS MED PLLC       PAYEE NPI: 1093718826
TAX ID: 74-2913550                                  CHECK/EFT #: 000448813927
REMIT DATE: 04/04/2025                              CHECK/EFT DATE: 04/04/2025

PATIENT: HOLLOWAY, DEREK M         MEMBER ID: W287710439    ACNT: 0098231
CLAIM #: EBQ3H7X2201               ICN: 2507100188342       CLM STATUS: 1 PROCESSED AS PRIMARY
RENDERING: SIMMONS, KAREN A MD  NPI 1730048829

SVC DATE   PROC/MOD     UNITS  BILLED    ALLOWED   DEDUCT  COINS   PAID      GRP/CARC  AMT      RARC
03/12/25   29881 RT       1    4850.00   1402.16   0.00    280.43  1121.73   CO-45     3447.84
                                                                              PR-2       280.43
03/12/25   29877 59 RT    1    1950.00      0.00   0.00      0.00     0.00   CO-236    1950.00  M80
           CLAIM TOTALS        6800.00   1402.16   0.00    280.43  1121.73
\fAETNA LIFE INSURANCE COMPANY                         PROVIDER REMITTANCE ADVICE
REMIT DATE: 04/04/2025                              PAGE 2 OF 2

GLOSSARY: GROUP, REASON, MOA, REMARK AND REMITTANCE CODES
CO   Contractual Obligations
PR   Patient Responsibility
45   Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.
2    Coinsurance Amount.
236  This procedure or procedure/modifier combination is not compatible with another
     procedure or procedure/modifier combination provided on the same day according to the
     National Correct Coding Initiative or workers compensation state regulations/fee
     schedule requirements.
M80  Not covered when performed during the same session/date as a previously processed
     service for the patient.
EDIT DETAIL: NCCI procedure-to-procedure edit, column 1 code 29881 / column 2 code 29877.
     Modifier 59 does not bypass this edit for the same knee compartment.

TOTAL PAID THIS REMITTANCE: $1,121.73

To request a review of this claim, submit a provider dispute within 90 days of the date of
this remittance through Availity or to Aetna Provider Resolution Team, PO Box 14020,
Lexington, KY 40512.
""",
    "document_type": "partial_denial",
    "category": "coding",
    "deadline": "2025-07-03",
    "window_days": 90,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [("other", None)],
    "notes": "835-style printout: line 1 paid, line 2 denied CO-236/M80 -> partial_denial. "
             "Remittance date is the base (counted_from letter_date per contract's EOB/remit "
             "rule). CARCs CO-45, PR-2, CO-236. NCCI PTP edit as basis -> source 'other', no "
             "identifier (uncertain; could be left out as boilerplate CARC text).",
})

# 32. Kentucky Medicaid (Passport by Molina) - PT 12 of 24 visits approved
LETTERS.append({
    "name": "p3_32_kentucky_passport_pt_visits_partially_approved",
    "text": """Passport by Molina Healthcare
5100 Commerce Crossings Drive, Louisville, KY 40229

NOTICE OF ADVERSE BENEFIT DETERMINATION
(Partial Approval)

Date: September 2, 2025

Member: Kayleigh B. Rutherford            Medicaid ID: 7004118826
Provider: Derby City Physical Therapy (Samuel Ortiz, DPT; NPI 1851627730)
Authorization #: PBM-2508-31774

What was asked for:
  24 physical therapy visits (97110, 97140, 97530) from 09/08/2025 to 12/05/2025 for right
  shoulder pain after rotator cuff repair (M75.121, Z98.890).

What we decided:
  APPROVED:  12 visits, 09/08/2025 through 10/31/2025.
  DENIED:    the other 12 visits requested.

Why:
  A Passport physician reviewed the therapy notes using InterQual(R) Outpatient
  Rehabilitation criteria. Your range of motion and strength are improving and you are
  meeting your goals. Twelve more visits are enough to reach your remaining goals and learn a
  home exercise program. If you still need therapy after 10/31/2025, your therapist can send
  a new request with updated notes.

Your rights:
  * Appeal: You have 60 calendar days from the date of this letter to ask Passport for an
    appeal. Call 1-800-578-0603 (TTY 711) or write to Passport by Molina Healthcare,
    Attn: Appeals, P.O. Box 36030, Louisville, KY 40233.
  * Fast appeal: If waiting 30 days could seriously harm your health, ask for an expedited
    appeal. We will decide within 72 hours.
  * Keep your services: If you are already getting these services and want them to continue
    during your appeal, you must ask within 10 calendar days of the date of this letter or
    before the effective date of the decision, whichever is later.
  * State Fair Hearing: After our appeal decision, you may ask for a State Fair Hearing within
    120 calendar days of the date of the appeal decision notice.
""",
    "document_type": "partial_denial",
    "category": "medical_necessity",
    "deadline": "2025-11-01",
    "window_days": 60,
    "counted_from": "letter_date",
    "expedited": True,
    "decision_hours": 72,
    "guidelines": [("InterQual", None)],
    "notes": "Approval with modification (12 of 24 visits). Traps: continuation 10 days, SFH "
             "120 days from a future notice, 30-day standard decision. Deadline on a Saturday.",
})

# 33. UnitedHealthcare - DRG clinical validation downgrade (2 pages, business days)
LETTERS.append({
    "name": "p3_33_uhc_drg_clinical_validation_downgrade",
    "text": """UnitedHealthcare
Clinical Validation - Inpatient Claim Review
P.O. Box 30555, Salt Lake City, UT 84130-0555

November 17, 2025

St. Vincent Regional Medical Center              Billing NPI: 1447219960
Attn: Health Information Management / Denials

Member: Franklin O. Udeh-Marsden                 Member ID: 966103882
Claim #: 8G41927005                              Admission: 09/21/2025 - 09/25/2025
Patient account #: SVR00937715

DRG REVIEW FINDINGS

                       Billed                          After review
MS-DRG                 871 Septicemia or severe        690 Kidney and urinary tract
                       sepsis w/o MV >96 hours w MCC   infections w/o MCC
Principal diagnosis    A41.9 Sepsis, unspecified       N39.0 Urinary tract infection,
                                                       site not specified
Secondary (removed)    R65.20 Severe sepsis w/o        -
                       septic shock

Summary: The inpatient stay is approved and will be paid. The payment will be based on the
revised MS-DRG 690 rather than the billed MS-DRG 871.

                                                                      Page 1 of 2
\fClinical validation rationale: The medical record does not support the diagnosis of sepsis.
Using Sepsis-3 clinical criteria, there was no acute organ dysfunction (SOFA score change of
less than 2): lactate 1.4 mmol/L, creatinine at baseline, platelets normal, and no
hypotension. The patient was treated with IV ceftriaxone for a urinary tract infection and
improved within 48 hours. Per the ICD-10-CM Official Guidelines for Coding and Reporting
FY 2025, Section I.A.19, code assignment is based on the provider's documentation, but a
diagnosis that is not clinically supported may be removed on clinical validation review.

Pre-appeal discussion: You may request a clinical validation discussion with our physician
reviewer within 10 business days of the date of this letter.

Appeal: If you disagree with this determination, you may submit a Level 1 provider appeal
within 30 business days from the date of this letter. Include the complete medical record and
the specific reasons you disagree. Submit through the UnitedHealthcare Provider Portal
(Claims & Payments > Appeals) or mail to the address above.

                                                                      Page 2 of 2
""",
    "document_type": "partial_denial",
    "category": "coding",
    "deadline": "2025-12-29",
    "window_days": 30,
    "counted_from": "letter_date",
    "expedited": False,
    "decision_hours": None,
    "guidelines": [("other", None), ("other", "Section I.A.19")],
    "notes": "DRG downgrade: stay paid at lower DRG -> partial_denial (payment reduction), "
             "category coding (clinical validation; medical_necessity arguable). 30 BUSINESS "
             "days from Mon 2025-11-17 = 2025-12-29 (no holidays). Pre-appeal 10 business days "
             "is a trap. Sepsis-3 and ICD-10-CM Official Guidelines as basis -> source 'other' "
             "(uncertain).",
})

# ===========================================================================
# APPROVALS
# ===========================================================================

# 34. Evolent (formerly NIA) - approval
LETTERS.append({
    "name": "p3_34_evolent_nia_ccta_approval",
    "text": """Evolent (formerly National Imaging Associates, Inc.)
on behalf of Sunshine Health

AUTHORIZATION APPROVAL NOTICE

03/10/2025

Member: Yvette C. Montgomery-Baptiste      Member ID: 9901447321
Ordering provider: Rajesh Kulkarni, MD (NPI 1083721164)
Servicing provider: Coastal Heart & Vascular Imaging (NPI 1558392205)

Procedure approved:   CT angiography, heart, coronary arteries (CPT 75574)
Diagnosis:            R07.9, I25.10
Tracking number:      EVL-0310-8824417
Authorization number: 912288340
Authorized dates:     03/10/2025 through 06/08/2025

Dear Ms. Montgomery-Baptiste:

Evolent has approved the procedure listed above. Please schedule the test within the
authorized dates. If the test is not done by 06/08/2025, your doctor will need to request a
new authorization.

This authorization is not a guarantee of payment. Payment is subject to your eligibility on
the date of service, your benefits, and the provider's contract. Claims may be denied if the
procedure billed is different from the procedure authorized.

If you have questions, call Sunshine Health Member Services at 1-866-796-0530 (TTY 711).
""",
    "document_type": "approval",
    "category": None,
    "deadline": None,
    "window_days": None,
    "counted_from": None,
    "expedited": None,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Plain approval with validity dates (06/08/2025) that are not appeal deadlines. "
             "Boilerplate 'Claims may be denied' must not flip the type.",
})

# 35. Magellan - appeal decision overturned (approval after appeal), 2 pages
LETTERS.append({
    "name": "p3_35_magellan_appeal_overturned_asam",
    "text": """Magellan Healthcare, Inc.
Appeals Department  |  P.O. Box 1459, Maryland Heights, MO 63043

EXPEDITED APPEAL DECISION - OVERTURNED

Date: 08/22/2025
Member: Darnell J. Whitcombe               Member ID: MHC55108273
Appeal #: MAG-APL-2508-11902               Original determination: 08/12/2025
Facility: Harbor Light Recovery Center (NPI 1922057713)
Diagnosis: F11.20 Opioid use disorder, moderate/severe

Dear Mr. Whitcombe:

On 08/19/2025 we received an expedited appeal from Harbor Light Recovery Center about our
08/12/2025 decision to deny continued residential substance use disorder treatment.

Decision: We have OVERTURNED our original decision. Continued treatment at ASAM Level 3.7
(medically monitored intensive inpatient services) is approved from 08/12/2025 through
08/25/2025. Authorization number: MAG-AUTH-77120453.

Reason: A board-certified addiction medicine physician who was not involved in the original
decision reviewed your records and spoke with your attending physician. New information shows
continued withdrawal symptoms and a relapse on 08/09/2025 after a step-down attempt. Your
needs meet The ASAM Criteria, Third Edition, for Level 3.7 in Dimensions 1, 2 and 5.

                                                                      Page 1 of 2
\fWhat happens next
Harbor Light Recovery Center will be notified of this decision. Your provider must request a
review before 08/25/2025 if more days are needed.

If you have questions about this decision, call Magellan Member Services at 1-800-424-4399
(TTY 711), 24 hours a day.

Magellan Healthcare does not discriminate on the basis of race, color, national origin, age,
disability, or sex (Section 1557 of the Affordable Care Act).

                                                                      Page 2 of 2
""",
    "document_type": "approval",
    "category": None,
    "deadline": None,
    "window_days": None,
    "counted_from": None,
    "expedited": None,
    "decision_hours": None,
    "guidelines": [("ASAM", None)],
    "notes": "Approval after appeal (overturned). Mentions it was an EXPEDITED appeal but offers "
             "no expedited path for this determination -> expedited None (arguable). ASAM is the "
             "cited basis of the (favourable) determination -> guideline; 'Level 3.7' is a level "
             "of care, not an identifier. Section 1557 nondiscrimination cite is not a guideline.",
})

# 36. Oscar (ACA marketplace) - prior authorization approval
LETTERS.append({
    "name": "p3_36_oscar_marketplace_prior_auth_approval",
    "text": """oscar
Oscar Insurance Company of Florida  |  Individual & Family Plan (Marketplace)

Prior Authorization Approval

2025-06-03

Member: Caleb R. Lindstrom-Achebe        Member ID: OSC44820177-01
Plan: Oscar Silver Simple (EPO)
Requesting provider: Bayfront Orthopedics (Denise Kaur, MD; NPI 1346207781)
Place of service: Tampa Bay Surgery Center (ambulatory surgery center)
Authorization #: OSC-PA-20250529-4417

Service                                             Code    Status
Arthroscopy, knee, meniscectomy, medial             29881   Approved
Approved date range: 06/09/2025 - 09/07/2025

Good news - your request has been approved.

Please keep this letter for your records. Your normal cost share (deductible, copay, and
coinsurance) applies. This approval applies only to the provider and place of service listed
above. If the surgery is moved to a hospital outpatient department, a new request is needed.

Approval does not guarantee payment. Claims may be denied if you are not enrolled on the date
of service or if your premium is not paid.

Questions? Message your Care Team in the Oscar app or call 1-855-672-2755 (TTY 711).
""",
    "document_type": "approval",
    "category": None,
    "deadline": None,
    "window_days": None,
    "counted_from": None,
    "expedited": None,
    "decision_hours": None,
    "guidelines": [],
    "notes": "ISO date at top (2025-06-03); date in auth number (20250529) is a distractor. "
             "'Claims may be denied' boilerplate.",
})

# 37. Part D coverage determination approved (tier exception)
LETTERS.append({
    "name": "p3_37_partd_tier_exception_approved",
    "text": """Blue Cross MedicareRx (PDP)
Administered by Prime Therapeutics LLC

NOTICE OF APPROVAL - MEDICARE PRESCRIPTION DRUG COVERAGE

Sept. 15, 2025

Enrollee: Marguerite A. Delacroix-Benson     Member ID: XRP660214491
Prescriber: Thomas Nakamura, MD
Drug: Eliquis (apixaban) 5 mg tablet, 60 tablets per 30 days

We have approved your request for a tiering exception. Eliquis will be covered at the
Tier 3 (preferred brand) cost-sharing level from 09/15/2025 through 12/31/2025.

You may fill this prescription at any network pharmacy. If your prescriber changes the dose
or the drug, a new request may be needed. This approval ends on 12/31/2025; before then, ask
your prescriber to send a new request if you need to keep taking this drug next year.

If you have questions, call Customer Service at 1-877-479-2227 (TTY 711), 24 hours a day,
7 days a week.
""",
    "document_type": "approval",
    "category": None,
    "deadline": None,
    "window_days": None,
    "counted_from": None,
    "expedited": None,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Letter date as 'Sept. 15, 2025'. End date 12/31/2025 is not a deadline. '24 hours a "
             "day' must not be read as an expedited turnaround.",
})

# ===========================================================================
# OTHER (not coverage determinations)
# ===========================================================================

# 38. Ambetter - pend / request for information
LETTERS.append({
    "name": "p3_38_ambetter_pend_request_for_information",
    "text": """Ambetter from Superior HealthPlan
5900 E. Ben White Blvd., Austin, TX 78741

REQUEST FOR ADDITIONAL INFORMATION
Your request is pending - no decision has been made

August 22, 2025

Member: Roberto J. Saldivar-Quinn         Member ID: U7100288415
Provider: Hill Country Chiropractic (Jenna Pruitt, DC; NPI 1598473002)
Request #: AMB-TX-250821-6604
Service: Chiropractic manipulative treatment, 3-4 regions (98941), 12 visits

Dear Roberto J. Saldivar-Quinn:

We are reviewing a request from your provider for the services above. We need more
information to make a decision. We have asked your provider to send us:
   - the initial evaluation with functional outcome scores; and
   - the treatment plan with goals and expected number of visits.

Please ask your provider to send this information by 09/05/2025 (fax 1-833-845-4491). If we
do not receive it by then, we will make our decision using the information we already have.
We will send you a letter with our decision. If any part of the request is denied, that
letter will explain your appeal rights.

If you have questions, call Member Services at 1-877-687-1196 (TTY 1-800-735-2989).
""",
    "document_type": "other",
    "category": None,
    "deadline": None,
    "window_days": None,
    "counted_from": None,
    "expedited": None,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Pend/RFI: no determination. 09/05/2025 is a response deadline for records, NOT an "
             "appeal deadline. Mentions 'denied' and 'appeal rights' only prospectively.",
})

# 39. CareSource Georgia - welcome / ID card letter, no date
LETTERS.append({
    "name": "p3_39_caresource_georgia_welcome_id_card_no_date",
    "text": """CareSource(R) Georgia Co.
P.O. Box 2008, Dayton, OH 45401-2008

Welcome to CareSource!

Lakisha N. Pendergrass
1904 Sylvan Rd SW
Atlanta, GA 30310

Member ID: 106224471909
Plan: Georgia Families (Medicaid)
Coverage start date: 07/01/2025
Primary care provider: Westside Family Health Center, (404) 555-0182

Dear Lakisha N. Pendergrass,

Welcome to CareSource! Your new member ID card is attached below. Please carry it with you
and show it every time you get care or fill a prescription. Your old Medicaid card is no
longer used for doctor visits.

What to do next:
  1. Call your primary care provider (PCP) to schedule a checkup within 90 days.
  2. Complete your Health Needs Assessment at CareSource.com/MyCareSource to earn
     CareSource Kids Rewards.
  3. Download the CareSource app to see your ID card, find a doctor, and view claims.

Some services need approval from us before you get them (prior authorization). Your doctor
will ask us for approval. Your Member Handbook explains covered services, prior
authorization, and how to file a grievance or appeal.

Questions? Call Member Services at 1-855-202-0729 (TTY 711), 7 a.m. to 7 p.m.

----------------------------------- cut here -----------------------------------
CareSource GEORGIA FAMILIES                    MEMBER ID 106224471909
LAKISHA N PENDERGRASS            RxBIN 004336  RxPCN MCAIDADV  RxGRP RX5480
PCP: WESTSIDE FAMILY HEALTH CTR  (404) 555-0182     Effective: 07/01/2025
""",
    "document_type": "other",
    "category": None,
    "deadline": None,
    "window_days": None,
    "counted_from": None,
    "expedited": None,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Welcome/ID-card letter with NO letter date (coverage start 07/01/2025 is not the "
             "letter date). '90 days' is a checkup reminder. Generic mention of appeals.",
})

# 40. Optum Pay - payment voucher, all lines paid
LETTERS.append({
    "name": "p3_40_optum_pay_payment_voucher",
    "text": """OPTUM PAY  -  PAYMENT VOUCHER
UnitedHealthcare Insurance Company

Payment date: 10/03/2025        Payment #: 1ZX48830913   Payment type: ACH/EFT
Payee: Willow Creek Family Medicine PC          Payee TIN: 83-1029475
Payee NPI: 1639204471                           Total payment: $512.38

CLAIM DETAIL
Patient            Member ID     Claim #        DOS        Code    Billed   Allowed  Pt Resp  Paid    Adj
Ng, Caroline       938811027     FQ55801173     09/08/25   99214   240.00   148.32   30.00    118.32  CO-45 91.68; PR-3 30.00
Ng, Caroline       938811027     FQ55801173     09/08/25   85025    38.00    11.06    0.00     11.06  CO-45 26.94
Ruiz, Alejandro    951730441     FQ55917706     09/11/25   99396   265.00   198.50    0.00    198.50  CO-45 66.50
Ruiz, Alejandro    951730441     FQ55917706     09/11/25   90715    52.00    39.75    0.00     39.75  CO-45 12.25
Ruiz, Alejandro    951730441     FQ55917706     09/11/25   90471    35.00    24.63    0.00     24.63  CO-45 10.37
Bauer, Henrietta   902214558     FQ56022390     09/15/25   99213   165.00   110.12    0.00    110.12  CO-45 54.88; PR-1 0.00
Bauer, Henrietta   902214558     FQ56022390     09/15/25   36415    14.00     10.00   0.00     10.00  CO-45 4.00

GROUP/REASON CODES: CO = Contractual Obligation; PR = Patient Responsibility;
45 = Charge exceeds fee schedule/maximum allowable; 3 = Co-payment amount; 1 = Deductible.

This voucher is for your records. Funds were deposited to the account on file ending in 4417.
""",
    "document_type": "other",
    "category": None,
    "deadline": None,
    "window_days": None,
    "counted_from": None,
    "expedited": None,
    "decision_hours": None,
    "guidelines": [],
    "notes": "Payment voucher, every line paid, only contractual/cost-share adjustments (CO-45, "
             "PR-3, PR-1). Labelled 'other' (payment notice, not a coverage determination); "
             "'approval' is arguable. No appeal window printed.",
})
