"""A fifth set: clerk-template style denial/approval letters (held-out wording).

Each entry: name, text (pages separated by form feed), expected labels.
Deadlines computed per the contract README (../shared/contract/README.md) (verified in a scratch script).
"""

FF = "\f"

LETTERS = []


def add(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- D1 imaging, medical necessity
add(
    name="d01_mri_lumbar_medical_necessity",
    text="""CASCADE VALLEY HEALTH PLAN
Utilization Management Department
P.O. Box 44810, Spokane, WA 99228

Notice Date: February 14, 2025
Member Name: Darlene R. Whitcomb
Subscriber ID: CVH884120973
Case ID: UM-25-0214-7731
Requesting Provider: Orrin Baptiste, MD (NPI 1437265018)
Servicing Facility: Northgate Imaging Center
Service(s) Requested: MRI lumbar spine without contrast
Procedure Code(s): 72148
ICD-10 Code(s): M54.50
Review Type: Prior authorization (standard)

Dear Ms. Whitcomb:

We reviewed the request for the service listed above. Your request has been denied.

Reason for denial: The information we received shows low back pain for about three weeks without weakness, numbness, loss of bowel or bladder control, or other warning signs. There is no record of at least six weeks of treatment such as physical therapy, anti-inflammatory medicine, or a home exercise program. Because of this, an MRI of the low back is not medically necessary at this time.

This decision was based on Clinical Policy CP.RAD.031, Advanced Imaging of the Lumbar Spine. You or your doctor may ask for a free copy of this policy and of any other documents used to make this decision.

Your doctor may call our physician reviewer to discuss this decision (a peer-to-peer conversation). Peer-to-peer calls must be scheduled within 14 calendar days of this notice by calling 1-800-555-0187.
""" + FF + """YOUR RIGHT TO APPEAL

If you disagree with this decision, you or someone acting for you may file an appeal. Your appeal must be filed within 180 days after you receive this notice. Send your appeal to the address above or fax it to 1-800-555-0190.

If waiting for a standard appeal decision could seriously harm your life, health, or ability to regain maximum function, you or your doctor may ask for an expedited (urgent) appeal. We will decide an expedited appeal within 72 hours after we receive it. Standard pre-service appeals are decided within 30 days.

After our final decision you may have the right to request an external review by an Independent Review Organization. You also have the right to bring a civil action under Section 502(a) of the Employee Retirement Income Security Act (ERISA).
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-08-13", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "CP.RAD.031")],
    notes="Receipt-based 180 -> letter+180. Traps: P2P 14 days, 30-day standard decision, ERISA 502(a) cited for rights only.",
)

# ---------------------------------------------------------------- D2 IRF, MA, medical necessity
add(
    name="d02_ma_inpatient_rehab_denial",
    text="""BRIGHTWATER MEDICARE ADVANTAGE (HMO)
NOTICE OF DENIAL OF MEDICAL COVERAGE

Date Mailed: 03/04/2025
Enrollee Name: Harold P. Nakamura
Enrollee ID: BWM4471920-01
Auth Ref: IRF-250304-0092
Requesting Provider: St. Anselm Regional Hospital, Case Management
Servicing Facility: Lakeshore Inpatient Rehabilitation Hospital
Service(s) Requested: Admission to inpatient rehabilitation facility (IRF)
ICD-10 Code(s): I63.512, R26.89

We have denied the medical services/items listed above that you or your physician requested.

Why did we deny your request?
We denied this request because you do not meet the Medicare coverage rules for care in an inpatient rehabilitation facility. The records show you are able to take part in about one hour of therapy a day, and you do not need the close medical supervision by a rehabilitation physician that an IRF provides. Medicare requires that IRF patients be able to take part in an intensive program of at least 3 hours of therapy per day, at least 5 days per week (42 CFR 412.622(a)(3)). Your needs can be met safely in a skilled nursing facility, which your plan has approved.

This decision was made by Lorna Feist, MD, a physician with expertise in physical medicine and rehabilitation.
""" + FF + """You have the right to appeal our decision
You have the right to ask Brightwater Medicare Advantage to review our decision by asking us for an appeal. Ask for an appeal within 65 calendar days from the date of this notice. We can give you more time if you have a good reason for missing the deadline.

There are two kinds of appeals with Brightwater Medicare Advantage:
Standard Appeal - We will give you a written decision on a standard appeal within 30 calendar days after we get your appeal.
Fast Appeal - We will give you a decision on a fast appeal within 72 hours after we get your appeal. You can ask for a fast appeal if you or your doctor believe your health could be seriously harmed by waiting up to 30 days for a decision. If any doctor asks for a fast appeal for you, or supports you in asking for one, we will give you a fast appeal.

Appeal rights are described in 42 CFR 422.578 through 422.590. If we uphold our decision, your case is automatically sent to an Independent Review Entity.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-05-08", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("regulation", "42 CFR 412.622(a)(3)")],
    notes="Regulation cited as basis; 42 CFR 422.578-422.590 only for rights. Trap: 30 days standard, 3 hours/5 days therapy.",
)

# ---------------------------------------------------------------- D3 bariatric surgery, medical necessity
add(
    name="d03_bariatric_sleeve_denial",
    text="""Keystone Mutual Health Plan
Clinical Review Services

Letter Date: November 20, 2024
Member: Tamsin O. Greaves
Member ID: KMH-20391877
Group #: 004471-0009
UM #: 2024-11-88213
Rendering Provider: Aurelio Mendes, MD, FACS
Servicing Facility: Riverside Surgical Hospital
Procedure Code(s): 43775
ICD-10 Code(s): E66.01, Z68.38
Service(s) Requested: Laparoscopic sleeve gastrectomy

Dear Tamsin Greaves,

Keystone Mutual Health Plan has completed its review of the request for the surgery listed above. After careful review, the request is not approved.

The request does not meet the criteria in Keystone Medical Policy SUR-0711, Surgical Treatment of Severe Obesity. The policy requires documentation of participation in a physician-supervised weight management program for at least 6 consecutive months within the 2 years before surgery. The records sent show 3 months of supervised visits. Your BMI of 38.4 with type 2 diabetes does meet the BMI requirement in the policy.

Your surgeon may submit a new request once the program requirement is completed.

How to appeal: You have the right to appeal this decision. You must request an appeal within 180 days following your receipt of this notification. Appeals may be sent in writing to Keystone Mutual Health Plan, Attn: Appeals Unit, 1200 Market Street, Harrisburg, PA 17101.

We will send you a written decision within 30 days of receiving your appeal. If our decision is upheld, you may request an external review within 4 months after the date you receive our final internal appeal decision.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-05-19", window_days=180, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "SUR-0711")],
    notes="Pre-service, silent on expedited -> None. Traps: 6 months/2 years criteria, 30-day decision, 4-month external review.",
)

# ---------------------------------------------------------------- D4 SUD residential, ASAM, 24h expedited
add(
    name="d04_sud_residential_concurrent_asam",
    text="""EVERGREEN BEHAVIORAL HEALTH REVIEW
on behalf of Hudson Empire Health Plan

Decision Date: 01/08/2025
Patient: Marcus J. Oyelaran
Member ID: HEH0093317762
Reference #: BH-CR-0108-5519
Level of Care Requested: Residential Substance Use Disorder Treatment (ASAM Level 3.5)
Facility: Pinecrest Recovery Center
Attending: Giselle Amato, MD
ICD-10 Code(s): F11.20
Review Type: Concurrent review

Dear Mr. Oyelaran:

This letter is about your stay at Pinecrest Recovery Center. Days through January 8, 2025 have been approved. Continued residential treatment from January 9, 2025 forward is not approved.

Our physician reviewer, a board-certified addiction psychiatrist, reviewed your records using The ASAM Criteria. Your withdrawal has resolved (Dimension 1), you have no acute medical or psychiatric problems needing 24-hour care (Dimensions 2 and 3), and you are taking part in treatment and have a safe, supportive place to live. Your needs can be met at a lower level of care, such as an intensive outpatient program (ASAM Level 2.1). Continued residential care is not medically necessary.

Your attending doctor may request a peer-to-peer review within 1 business day by calling 1-877-555-0144.
""" + FF + """APPEAL RIGHTS

You, your representative, or your provider may appeal this decision. An appeal must be filed within 180 days of the date you receive this letter.

Expedited appeal: Because this decision involves continued treatment you are receiving now, you may request an expedited appeal by phone at 1-877-555-0145. Expedited appeals for substance use disorder treatment are decided within 24 hours of receipt. Standard appeals are decided within 30 calendar days.

You may also have the right to an external appeal through the New York State Department of Financial Services. An external appeal must be requested within 4 months of the final adverse determination.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-07-07", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=24,
    guidelines=[("ASAM", None)],
    notes="Concurrent; denial of continued stay (prior days approved) labelled denial not partial - unsure. ASAM levels are not identifiers. 24h expedited. Traps: 1 business day P2P, 4 months external.",
)

# ---------------------------------------------------------------- D5 genetic testing, insufficient info, Decision Date vs Letter Date
add(
    name="d05_brca_insufficient_information",
    text="""PRAIRIE STATES BENEFIT PLAN
Prior Authorization Unit

Letter Date: 04/09/2025
Decision Date: 04/08/2025
Member Name: Rosalind Achterberg
Member ID: PSB-7719-33015
Auth Ref: PA-GEN-402881
Ordering Provider: Vikram Sethuraman, MD, Oncology Associates of Fargo
Rendering Provider: Meridian Genomic Laboratories
Service(s) Requested: BRCA1/BRCA2 full sequence and deletion/duplication analysis
Procedure Code(s): 81162
ICD-10 Code(s): Z80.3, Z15.01

Dear Ms. Achterberg:

We could not approve the genetic test listed above because we did not receive the information needed to decide whether the test meets our criteria.

On 03/28/2025 we asked your provider for the following, and it was not received by the due date:
  - Three-generation family pedigree
  - Genetic counseling note from a qualified provider
  - Documentation of prior genetic test results for any family member

Without this information we are unable to determine whether the criteria in Medical Policy GT-BRCA-02, Hereditary Breast and Ovarian Cancer Testing, are met.

You or your provider may submit an appeal within 180 calendar days of the Decision Date shown above. Include the missing records with your appeal. Your provider may also send a new request with the complete records at any time.

Written appeals should be sent to Prairie States Benefit Plan, Appeals, P.O. Box 2290, Fargo, ND 58108. We will decide a standard pre-service appeal within 15 days.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-10-05", window_days=180, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "GT-BRCA-02")],
    notes="UNSURE: window counted from Decision Date (04/08) which differs from Letter Date (04/09); per contract 'date of determination' -> counted_from letter_date, base=decision date. letter_date field should be 2025-04-09.",
)

# ---------------------------------------------------------------- D6 pharmacy PA, insufficient info, commercial PBM
add(
    name="d06_pbm_dupixent_insufficient_info",
    text="""NORTHSTAR PHARMACY SOLUTIONS
Administrator of prescription benefits for Lakeland Employers Health Trust

Date: May 21, 2025
Member: Beatriz L. Quintanilla
ID #: LEH558192044
Prescriber: Hollis Everard, MD
Medication Requested: Dupixent 300 mg/2 mL prefilled pen
Case ID: 25-141-009817
Request Type: Prior Authorization - Initial

Dear Beatriz Quintanilla:

We received a request for coverage of the medication above. The request has been denied.

Denial reason: Your plan covers Dupixent for moderate-to-severe atopic dermatitis when certain criteria are met. We asked your prescriber for chart notes showing the affected body surface area and the topical medicines you have tried, and the results. We did not receive this information. We cannot approve the request without it.

Your prescriber may submit a new request with chart notes at any time.

Your right to appeal
You may appeal this decision. Your appeal must be made within 180 days from the date you receive this letter. You or your prescriber may call 1-866-555-0121 or fax an appeal to 1-866-555-0122.

If your prescriber believes your health could be seriously harmed by waiting for a standard decision, you may ask for an urgent appeal. Urgent appeals are decided within 72 hours. A standard appeal is decided within 15 days for services not yet received.

You may have the right to an external review once you have exhausted internal appeals.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-11-17", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[],
    notes="No guideline identifier; plan criteria mentioned generically (not counted). Trap: 15 days.",
)

# ---------------------------------------------------------------- D7 Part D step therapy
add(
    name="d07_partd_step_therapy_xeljanz",
    text="""Summit Crest Medicare Rx (PDP)

Notice of Denial of Medicare Prescription Drug Coverage

Date: January 27, 2025
Enrollee's name: Eugene T. Halvorsen
Member number: SCR20938811
Drug: Xeljanz 5 mg tablet
Prescriber: Priya Raghunathan, MD
Case ID: CD-2025-0127-4419

We have denied your request for the prescription drug listed above. This is our coverage determination.

Our decision is based on: Xeljanz is on our Drug List (formulary) with a step therapy requirement. Under our 2025 Formulary, you must first try methotrexate for at least 3 months, or have a medical reason you cannot take it, before we will cover Xeljanz. Your prescriber's statement did not show that you have tried methotrexate or that methotrexate is not right for you.

You can ask your prescriber to send us a statement explaining why methotrexate would not be effective or would harm you. This is called an exception request. If you ask for a new coverage determination, we will give you a decision within 72 hours, or within 24 hours if you ask for an expedited coverage determination.
""" + FF + """You have the right to ask us to review our decision (redetermination)
If you want to ask for a redetermination, you must request it within 65 days from the date of this notice. We can give you more time if you have a good reason for missing the deadline.

Standard redetermination: We will give you a decision within 7 days after we receive your request.
Expedited redetermination: If you or your prescriber believe that waiting for a standard decision could seriously harm your health, ask for an expedited redetermination. We will give you a decision within 72 hours after we receive your request. If your prescriber tells us your health could be seriously harmed, we will automatically give you an expedited redetermination.

Appeal rights are governed by 42 CFR Part 423, Subpart M.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-04-02", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None)],
    notes="Trap: 24h / 72h refer to new coverage determinations; redetermination expedited = 72h. 7 days standard. 3 months trial.",
)

# ---------------------------------------------------------------- D8 commercial step therapy
add(
    name="d08_pbm_step_therapy_sglt2",
    text="""RIDGELINE Rx BENEFIT SERVICES
Clinical Pharmacy Review

Letter Date: 06/03/2025
Patient: Cornelius A. Betancourt
Cardholder ID: RRX-3310-778-02
Group: Tri-County School Employees
Prescriber: Nadia Fairweather, NP (NPI 1881923345)
Drug Requested: Jardiance 10 mg tablet, #30 per 30 days
Reference #: ST-2506-118204

Dear Cornelius Betancourt,

Your prescription benefit includes a Step Therapy program. Jardiance is a step 2 medication. Coverage for a step 2 medication requires that you have tried a step 1 medication first.

We denied the request because our records do not show a paid claim for metformin (step 1) in the last 120 days, and your prescriber did not tell us why you cannot take metformin. This decision was made under Step Therapy criteria ST-0412 (SGLT2 Inhibitors).

Covered alternatives include: metformin, metformin ER, glipizide.

You may appeal. Submit your appeal within 180 days from the date you received this letter. Mail or fax to: Ridgeline Rx Appeals, P.O. Box 73310, Boise, ID 83707, Fax 1-855-555-0160.

Urgent appeals: If your prescriber certifies that the standard time frame could seriously jeopardize your life or health, we will process your appeal as urgent and notify you of the decision within 72 hours.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-11-30", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "ST-0412")],
    notes="Trap: 120-day claims lookback.",
)

# ---------------------------------------------------------------- D9 infusion step therapy (biosimilar), months window
add(
    name="d09_infliximab_biosimilar_step",
    text="""GREAT LAKES CONSOLIDATED HEALTH
Medical Pharmacy Prior Authorization

Notice Date: March 18, 2025
Subscriber ID: GLC100487723
Subscriber: Wendell F. Iverson
Patient: Wendell F. Iverson
Auth Ref: MRX-0318-22641
Rendering Provider: Lakeside Infusion Suites
Requesting Physician: Oksana Petrenko, MD (Gastroenterology)
Service(s) Requested: Remicade (infliximab) 5 mg/kg IV every 8 weeks
Procedure Code(s): J1745, 96413
ICD-10 Code(s): K50.012

Dear Mr. Iverson:

We reviewed your doctor's request for Remicade (brand infliximab). We are not able to approve it.

Reason: Under Policy RX.PA.114, Preferred Infliximab Products, our plan's preferred infliximab products are Inflectra (Q5103) and Avsola (Q5121). Remicade may be approved only if you have tried and failed, or cannot use, a preferred product. The request does not show a trial of either preferred biosimilar. Your doctor may request Inflectra or Avsola, which do not require this step.

You have the right to appeal. Your written appeal must be received within six (6) months of the date of this letter.

If your doctor believes the standard appeal time could seriously jeopardize your health, you or your doctor may request an urgent appeal by calling 1-800-555-0133; urgent appeals are decided within 72 hours. Standard appeals are decided within 30 days. Your infusion schedule of every 8 weeks does not affect these time frames.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-09-18", window_days=None, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "RX.PA.114")],
    notes="Months window -> window_days None. Q-codes of alternatives printed but not requested.",
)

# ---------------------------------------------------------------- D10 Part D excluded weight-loss drug, regulation basis
add(
    name="d10_partd_wegovy_excluded",
    text="""Harborview Senior Advantage Rx (HMO-POS)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

Notice Date: 02/05/2025
Enrollee: Gloria M. Szymanski
Member ID: HSA-61128840
Drug: Wegovy 0.25 mg/0.5 mL pen
Prescriber: Terrence Okafor, DO
Coverage Determination #: CD250205-00381

We have denied your request for the prescription drug listed above.

Why we denied: Medicare prescription drug plans are not allowed by law to cover drugs when used for weight loss. Drugs used for anorexia, weight loss, or weight gain are excluded from the definition of a covered Part D drug under 42 CFR 423.100. Your prescriber indicated that Wegovy is being prescribed for weight management (ICD-10 E66.9, Z68.35). The information provided does not show use for a medically accepted indication that Medicare Part D covers, such as reducing the risk of heart attack or stroke in adults with established cardiovascular disease.

If you have other questions about this notice, call Member Services at 1-888-555-0101, TTY 711, 8 a.m. to 8 p.m., 7 days a week.
""" + FF + """Your right to a redetermination
If you disagree, you may ask for a redetermination (appeal). You must ask within 65 days from the date of this notice.

Ask for an expedited (fast) redetermination if waiting for a standard decision could seriously harm your health. We will decide within 72 hours. We decide standard redeterminations within 7 days. A request for payment of a drug you already bought cannot be expedited.

For the rules on appeals, see 42 CFR 423.580 and 423.582. You may also contact 1-800-MEDICARE.
""",
    document_type="denial", category="not_covered",
    deadline="2025-04-11", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("regulation", "42 CFR 423.100")],
    notes="Statutory exclusion -> not_covered. 42 CFR 423.580/582 rights only. Trap: payment requests cannot be expedited (not this case).",
)

# ---------------------------------------------------------------- D11 hearing aids excluded, expedited not available
add(
    name="d11_hearing_aids_excluded_cert",
    text="""PINNACLE FAMILY HEALTH INSURANCE COMPANY

Date of Notice: December 12, 2024
Policyholder: Ambrose K. Lindqvist
Policy #: PFH-4402-118830-A
Patient: Ambrose K. Lindqvist
Request ID: PR-24-12-55017
Provider: Clearwave Audiology, LLC
Service(s) Requested: Bilateral digital hearing aids
Procedure Code(s): V5261
ICD-10 Code(s): H90.3

Dear Mr. Lindqvist:

We received a request for coverage of the hearing aids listed above. We cannot approve this request.

Your policy does not provide benefits for hearing aids or the fitting of hearing aids for members age 19 and older. Please see your Certificate of Coverage, Section 8.14 (Exclusions), which states that hearing aids and exams for their prescription or fitting are not covered. This is a benefit exclusion and not a decision about medical necessity.

Because this request does not involve urgent care, it does not qualify for an expedited appeal. You may file a standard appeal.

You or your authorized representative may file a written appeal within 180 days after you receive this notice. Please include any information you want us to consider. We will respond within 30 days of receiving your appeal. You may contact the Texas Department of Insurance at 1-800-252-3439 for help.
""",
    document_type="denial", category="not_covered",
    deadline="2025-06-10", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 8.14")],
    notes="Expedited explicitly not available -> False. Trap: age 19, 30 days.",
)

# ---------------------------------------------------------------- D12 provider EOP acupuncture not covered
add(
    name="d12_provider_eop_acupuncture_not_covered",
    text="""MIDLANDS HEALTH ALLIANCE
EXPLANATION OF PAYMENT - PROVIDER

EOP Date: 04/22/2025
Payee: Harmony Integrative Medicine PC   NPI: 1275539911   TIN: XX-XXX4471
Check/EFT #: 000000000 (no payment)
Patient: Ruth Ellen Castellano       Member ID: MHA772019455
Claim Ref: 25104-88312-00
Date(s) of Service: 03/31/2025
Rendering Provider: Lien Tran, LAc

Line  DOS         Code    Units  Billed    Allowed  Paid   Adj Codes
1     03/31/2025  97810   1      $95.00    $0.00    $0.00  CO-96
2     03/31/2025  97811   2      $110.00   $0.00    $0.00  CO-96

Claim totals: Billed $205.00  Allowed $0.00  Paid $0.00  Patient Responsibility $0.00

Remark codes:
CO-96  Non-covered charge(s).
N130   Consult plan benefit documents/guidelines for information about restrictions for this service.

Message: Acupuncture is not a covered benefit under the member's group health plan. The member's benefit plan excludes acupuncture services.

Provider reconsideration and appeal rights: If you disagree with the processing of this claim, submit a written request for reconsideration with supporting documentation within 90 days of the date of this Explanation of Payment. Corrected claims are not reconsiderations; submit corrected claims electronically with frequency code 7 within 365 days of the date of service. Claims must originally be filed within 180 days of the date of service.
""",
    document_type="denial", category="not_covered",
    deadline="2025-07-21", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="Post-service provider EOP -> expedited False (silent). Traps: corrected claims 365 days of DOS, timely filing 180 days of DOS.",
)

# ---------------------------------------------------------------- D13 proton therapy experimental
add(
    name="d13_proton_beam_experimental",
    text="""ATLANTIC COMMONWEALTH HEALTH
Adverse Benefit Determination

Date: July 1, 2025
Member: Desmond L. Achebe
Member ID: ACH-550298174
Claim/Reference No.: PA-RT-0701-1193
Provider: Mid-Atlantic Proton Institute
Attending Radiation Oncologist: Helene Marchetti, MD
Service(s) Requested: Proton beam radiation therapy, prostate
Procedure Code(s): 77520, 77525
ICD-10 Code(s): C61

Dear Mr. Achebe:

After review of the request for proton beam therapy for prostate cancer, the request is denied.

Proton beam radiation therapy for localized prostate cancer is considered experimental/investigational under Medical Policy MED-RT-019, Proton Beam Radiation Therapy. Published evidence has not shown that proton therapy improves health outcomes compared with intensity-modulated radiation therapy (IMRT) for this condition. IMRT is a covered alternative.

Our reviewer, a board-certified radiation oncologist, is available for a peer-to-peer discussion with your doctor.
""" + FF + """Appeal Information
You have the right to file an appeal. You must file it within 180 days after receiving this notice.

If your doctor tells us that a delay could seriously jeopardize your life or health, we will handle your appeal as expedited and give you a decision within 72 hours. Because this denial is based on a finding that the treatment is experimental or investigational, you may also ask for an expedited external review at the same time as your expedited internal appeal.

External reviews must be requested within 4 months after receipt of our final adverse benefit determination. This notice is provided under 29 CFR 2560.503-1.
""",
    document_type="denial", category="experimental",
    deadline="2025-12-28", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "MED-RT-019")],
    notes="29 CFR 2560.503-1 cited for rights only. Trap: 4 months external review.",
)

# ---------------------------------------------------------------- D14 experimental, NO letter date
add(
    name="d14_liquid_biopsy_experimental_no_date",
    text="""SOUTHERN PLAINS HEALTH COOPERATIVE
Utilization Review Determination

Member Name: Felicity A. Obregon
Member ID: SPH00417729
Case #: UR-LAB-66120
Ordering Provider: Tobias Wendt, MD, Hematology/Oncology
Performing Laboratory: Helix Circulating Diagnostics
Service(s) Requested: Circulating tumor DNA (liquid biopsy) panel for minimal residual disease monitoring
Procedure Code(s): 0340U
ICD-10 Code(s): C18.7, Z85.038

Dear Ms. Obregon:

We have reviewed the request for the laboratory test above. The test is not approved.

Our Molecular Oncology Testing policy LAB-0118 considers circulating tumor DNA testing for minimal residual disease surveillance in colorectal cancer to be investigational. There is not enough evidence in peer-reviewed medical literature that use of this test improves patient outcomes.

If you do not agree with this decision, you may file an appeal within 60 days of the date of this notice. Send your appeal to Southern Plains Health Cooperative, Appeals Department, 801 Commerce Way, Tulsa, OK 74103.

A standard appeal decision will be made within 30 days. Please keep this letter for your records.
""",
    document_type="denial", category="experimental",
    deadline=None, window_days=60, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "LAB-0118")],
    notes="NO letter date printed -> deadline None (needs_review). Pre-service, silent on expedited.",
)

# ---------------------------------------------------------------- D15 Medicaid OON referral, aid-continuing trap, expedited w/o hours
add(
    name="d15_medicaid_oon_specialist",
    text="""BLUE RIVER COMMUNITY CARE (Medicaid Managed Care)
NOTICE OF ADVERSE BENEFIT DETERMINATION

Date of this notice: August 11, 2025
Member: Jaylen D. Fontenot
Medicaid ID: 8830174452
Auth Ref: REF-0811-30927
Requesting Provider: Tamara Hughley, MD (PCP)
Requested Provider: Coastal Pediatric Neurology Group (out of network)
Service(s) Requested: Referral for 3 office visits with out-of-network pediatric neurologist
Procedure Code(s): 99204, 99214
ICD-10 Code(s): G40.909

What we decided: We denied the referral to Coastal Pediatric Neurology Group.

Why: Coastal Pediatric Neurology Group is not in the Blue River network. Blue River covers out-of-network care only when a network provider cannot give the care you need. We have two in-network pediatric neurologists within 30 miles of your home who can see you within 15 business days: Dr. Ilse Brandvold and Dr. Kwame Asante. Please call Member Services at 1-800-555-0177 for help scheduling.
""" + FF + """YOUR RIGHT TO APPEAL
You have 60 calendar days from the date on this notice to ask for an appeal. You can ask by phone or in writing.

If you are getting these services now and want them to continue during your appeal, you must ask for an appeal within 10 days from the date of this notice or before the services end, whichever is later.

Fast appeal: If you or your doctor think that waiting for a standard appeal could seriously harm your health, ask for a fast appeal. We will make a decision as quickly as your health needs. 

If we do not decide in your favor, you may ask for a State Fair Hearing within 120 days of the date of our appeal decision.
""",
    document_type="denial", category="out_of_network",
    deadline="2025-10-10", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=None,
    guidelines=[],
    notes="Expedited offered without hours. Traps: 10 days aid-continuing, 15 business days, 30 miles, 120-day fair hearing.",
)

# ---------------------------------------------------------------- D16 provider OON lab claim, months window
add(
    name="d16_provider_oon_lab_claim_months",
    text="""CENTRAL VALLEY HMO
PROVIDER REMITTANCE ADVICE / CLAIM DETERMINATION

Remit Date: 01/15/2025
Provider: Sierra Reference Laboratory Inc.   NPI 1962203377
Network Status: Non-Participating
Patient Name: Abel Castaneda        Subscriber ID: CVH3381207
Claim #: 2501079943001
Date of Service: 12/19/2024
Referring Provider: Mariela Soto, MD

Svc Line  Proc   Billed    Allowed  Paid    Group/CARC  RARC
1         80053  $64.00    $0.00    $0.00   CO-242      N130
2         83036  $48.00    $0.00    $0.00   CO-242      N130
3         84443  $71.00    $0.00    $0.00   CO-242      N130

CO-242: Services not provided by network/primary care providers.

Explanation: The member is enrolled in an HMO plan with no out-of-network benefits except emergencies. Laboratory services must be performed by the plan's contracted laboratory. No referral or authorization for a non-participating laboratory is on file. The member may not be billed for these services except as permitted by state law.

Dispute rights: A non-participating provider may request reconsideration of this determination in writing within twelve (12) months of the date of this remittance. Reconsiderations are resolved within 45 working days of receipt. Emergency claims are handled under separate rules.
""",
    document_type="denial", category="out_of_network",
    deadline="2026-01-15", window_days=None, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Months window from remit date (= document date). Post-service -> False. Trap: 45 working days resolution.",
)

# ---------------------------------------------------------------- D17 inpatient no notification, business days
add(
    name="d17_provider_inpatient_no_auth_business_days",
    text="""CORNERSTONE HEALTH PARTNERS
Provider Claim Denial Notice

Date: 03/10/2025
To: Bayview General Hospital, Patient Financial Services
NPI: 1154882036
Patient: Leopold V. Marchand
Member ID: CHP0091744380
Claim Ref: 7725-031-004418
Admit Date: 01/22/2025   Discharge Date: 01/27/2025
Bill Type: 0111
ICD-10 Code(s): J18.9, J96.01
Billed Amount: $48,912.35
Adjustment: CO-197 Precertification/notification/authorization/pre-treatment absent.

Cornerstone Health Partners has denied the above inpatient claim. Cornerstone requires notification of all inpatient admissions within 24 hours or by the next business day after admission. No notification or authorization was received for this admission. Under your Participating Hospital Agreement, the hospital may not bill the member for services denied for failure to obtain authorization.

This denial is an administrative denial for lack of authorization and is not a determination of medical necessity. If you have documentation that notification was provided, or that the admission qualifies for an exception, you may request a review.

A request for provider appeal must be received within 45 business days of the date of this notice. Include the claim reference number, a copy of this notice, and medical records. Appeals received after that time will not be reviewed. Corrected claims should not be submitted as appeals and must be submitted within 90 days of the original denial.

Expedited review does not apply to post-service claims.
""",
    document_type="denial", category="no_authorization",
    deadline="2025-05-12", window_days=45, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Business days (Mon-Fri). Traps: 24 hours/next business day notification rule, 90 days corrected claims.",
)

# ---------------------------------------------------------------- D18 member home health no auth, presumption of receipt
add(
    name="d18_home_health_no_auth_presumption",
    text="""GOLDEN MEADOW HEALTH PLAN
Notice of Claim Denial

Letter Date: May 2, 2025
Member: Estelle P. Vanderhoef
Enrollee ID: GMH-4017-22985
Claim Number: 25-0412-667781
Provider: Heartland Home Health Services
Dates of Service: 03/03/2025 - 03/28/2025
Service(s): Skilled nursing home health visits (12 visits)
Procedure Code(s): G0299
ICD-10 Code(s): L97.412, E11.621

Dear Ms. Vanderhoef:

We denied payment for the home health services listed above. Your Evidence of Coverage requires prior authorization for home health care. Heartland Home Health Services did not ask for or receive prior authorization before providing these services. Because Heartland is a network provider, you are not responsible for these charges, and the provider may not bill you for them.

If you disagree with this decision, you may appeal. You must send your appeal within 60 days from the date you receive this notice. Unless you show us otherwise, we will assume you received this notice 5 days after the date printed above.

Because you have already received these services, your appeal will be reviewed under the standard post-service timeframe of 60 days; the expedited process is not available.

Mail your appeal to: Golden Meadow Health Plan, Member Appeals, P.O. Box 9181, Des Moines, IA 50306.
""",
    document_type="denial", category="no_authorization",
    deadline="2025-07-06", window_days=60, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="Presumption of receipt stated: letter+5+60. Trap: 60-day post-service decision timeframe also 60.",
)

# ---------------------------------------------------------------- D19 coding, dx does not support procedure
add(
    name="d19_provider_coding_dx_mismatch",
    text="""TRI-STATE HEALTH NETWORK
Claim Adjustment Notification

Date Mailed: June 16, 2025
Billing Provider: Elm Street Podiatry Group   NPI: 1609947321
Rendering Provider: Sabine Kowalczyk, DPM
Patient: Randolph C. Iwasaki
Subscriber ID: TSH44819305
Claim #: 0612555080017
Date of Service: 05/27/2025

Line 1  11721  Debridement of nails, 6 or more    Billed $88.00   Paid $0.00   CO-11
Line 2  99213  Office visit                       Billed $120.00  Paid $0.00   CO-11
Diagnosis submitted: L60.0, M79.671

CO-11: The diagnosis is inconsistent with the procedure.

Reason: Routine foot care including nail debridement is covered only when the claim includes a qualifying systemic condition (for example, diabetes with peripheral neuropathy or peripheral vascular disease) and the class findings required by Reimbursement Policy RP-044, Routine Foot Care Diagnosis Requirements. The diagnosis codes submitted do not support the services billed.

What you can do: If the diagnosis was coded incorrectly, submit a corrected claim (frequency code 7) within 365 days of the date of service; do not send a reconsideration. If you believe the claim was coded correctly, you may request reconsideration within 90 days of the date of this notice with supporting medical records.

This is a post-service determination.
""",
    document_type="denial", category="coding",
    deadline="2025-09-14", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("payer_policy", "RP-044")],
    notes="Post-service -> False. Trap: corrected claim 365 days of DOS.",
)

# ---------------------------------------------------------------- D20 NCCI unbundling, plus mailing days
add(
    name="d20_provider_ncci_unbundling_mail_days",
    text="""ALLEGHENY SHORE HEALTH PLAN
Provider Payment Dispute Notice

Letter Date: 2025-02-26
Provider: Three Rivers Orthopaedic Associates
NPI: 1346620985
Member: Philippa N. Osei
Member ID: ASH0288166504
Claim Ref: 2502-11-449920
Date of Service: 01/30/2025
Procedure Code(s): 29881-RT, 29877-RT
ICD-10 Code(s): S83.241A, M23.221

CPT 29877 (knee arthroscopy, debridement/shaving of articular cartilage) has been denied. Group/Reason: CO-97, The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.

Explanation: Under the National Correct Coding Initiative (NCCI) procedure-to-procedure edits, CPT 29877 is a column 2 code of CPT 29881 when performed in the same knee at the same session. Modifier 59 or XS may be appended only when the procedures were performed in a separate compartment and documentation supports it. No modifier was submitted. CPT 29881 was paid.

Payment dispute rights: You may dispute this determination by submitting a Provider Dispute Form within 120 calendar days from the date of this letter (plus 5 calendar days for mailing). If the claim requires a modifier or code change, submit a corrected claim instead of a dispute. This is a post-service claim determination and is not eligible for expedited review.
""",
    document_type="partial_denial", category="coding",
    deadline="2025-07-01", window_days=120, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("other", None)],
    notes="UNSURE: one line paid, one denied -> partial_denial (counts toward partials). '120 days plus 5 days for mailing' treated as stated presumption -> letter+125, window_days 120. NCCI source 'other', identifier None.",
)

# ---------------------------------------------------------------- D21 coding, invalid diagnosis code, pre-service
add(
    name="d21_preservice_invalid_dx_code",
    text="""SILVER PEAK HEALTH
Prior Authorization Determination

Notice Date: 09/09/2025
Member: Nathaniel B. Arceneaux
Member ID: SPK2201957731
UM #: 25252-A-00871
Requesting Provider: Front Range Pain & Spine, Mirela Dobos, MD
Servicing Facility: Front Range Ambulatory Surgery Center
Service(s) Requested: Lumbar transforaminal epidural steroid injection, single level
Procedure Code(s): 64483
ICD-10 Code(s): M54.5

Dear Mr. Arceneaux:

We reviewed your provider's request for the service above. We are unable to approve it.

The request was submitted with diagnosis code M54.5. This code is no longer a valid ICD-10-CM code and cannot be used to authorize services; it was replaced by more specific codes (M54.50, M54.51, M54.59). Because the request contains an invalid diagnosis code, we cannot process it as submitted. This is not a decision about whether the injection is medically necessary. Your provider may send a new request with a valid diagnosis code.

If you disagree with this decision, you or your provider may appeal within 180 days of the date on this letter. Send appeals to Silver Peak Health, Appeals & Grievances, P.O. Box 5519, Denver, CO 80217.

We will send a decision within 30 days after we receive your appeal.
""",
    document_type="denial", category="coding",
    deadline="2026-03-08", window_days=180, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Pre-service, silent on expedited -> None. Invalid dx code -> coding (could arguably be administrative).",
)

# ---------------------------------------------------------------- D22 ambulance eligibility terminated
add(
    name="d22_ambulance_coverage_terminated",
    text="""LONE STAR BENEFIT ADMINISTRATORS
Third-Party Administrator for Gulfport Logistics Employee Health Plan

Date: April 1, 2025
Participant: Cecilia M. Drummond
Participant ID: LSB-GLE-004481
Claim Ref: LSB25031877420
Provider: Coastal Emergency Medical Transport
Date of Service: 02/16/2025
Service(s): Ground ambulance, advanced life support, emergency (A0427) and mileage (A0425 x 14)
ICD-10 Code(s): R07.9
Amount Billed: $2,436.00

Dear Ms. Drummond:

This letter explains why the claim above was denied.

Our records show that your coverage under the Gulfport Logistics Employee Health Plan ended on January 31, 2025, when your employment ended. The service date of February 16, 2025 is after your coverage ended. Group/Reason Code CO-27: Expenses incurred after coverage terminated.

If you elected COBRA continuation coverage, please contact us; if your election and premium are received within the 60-day election period, the claim will be reprocessed.

You have the right to appeal. An appeal must be submitted within 180 days after you receive this notice. Because the services have already been provided, this is a post-service claim and an expedited appeal does not apply. We will decide your appeal within 60 days.

You may have the right to bring a civil action under Section 502(a) of ERISA following an adverse decision on appeal.
""",
    document_type="denial", category="eligibility",
    deadline="2025-09-28", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Traps: 60-day COBRA election, 60-day decision. ERISA rights only.",
)

# ---------------------------------------------------------------- D23 CPAP, eligibility, absolute date
add(
    name="d23_cpap_eligibility_absolute_date",
    text="""NORTHWOODS REGIONAL HEALTH PLAN
Coverage Decision Notice

Letter Date: June 20, 2025
Member: Gunnar E. Tollefsen
Member ID: NRH-77301944
Case ID: DME-0620-14402
Supplier: Lakes Respiratory & Medical Supply
Ordering Provider: Ingrid Aalto, MD, Sleep Medicine
Service(s) Requested: CPAP device and supplies, rental starting 07/15/2025
Procedure Code(s): E0601, A7030, A7037
ICD-10 Code(s): G47.33

Dear Mr. Tollefsen:

We cannot approve the request above. Your employer group has notified us that your coverage with Northwoods Regional Health Plan will end on June 30, 2025. The requested rental would begin July 15, 2025, after your coverage ends. We cannot authorize services for dates when you are not enrolled.

If you believe our enrollment information is wrong, you may appeal. Your appeal must be received by August 19, 2025. Eligibility decisions are not eligible for expedited review.

The sleep study results you submitted (AHI 31 events per hour) were not reviewed for medical necessity because of this eligibility decision. Please contact your new health plan about coverage after June 30, 2025. A CPAP compliance download is usually required within 90 days of starting therapy.
""",
    document_type="denial", category="eligibility",
    deadline="2025-08-19", window_days=None, counted_from="absolute",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Printed absolute deadline. Expedited explicitly not available. Trap: 90-day compliance.",
)

# ---------------------------------------------------------------- D24 PT visit limit, months from receipt
add(
    name="d24_pt_visit_limit_months_receipt",
    text="""COPPER CANYON HEALTH INSURANCE
Benefit Determination

Notice Date: October 6, 2025
Insured: Marisol T. Echeverria
Insured ID: CCH-19028833-02
Claim Ref: n/a (pre-service)
Auth Ref: PT-1006-71189
Provider: Desert Sky Physical Therapy
Service(s) Requested: 8 additional outpatient physical therapy visits
Procedure Code(s): 97110, 97140, 97530
ICD-10 Code(s): M75.121

Dear Ms. Echeverria:

Your plan covers up to 20 outpatient rehabilitation visits (physical, occupational, and speech therapy combined) per calendar year. Our records show that 20 visits have already been used in 2025. The request for 8 additional visits exceeds your plan's visit limit and cannot be approved. See your Schedule of Benefits, Outpatient Rehabilitation.

Your visit count will reset on January 1, 2026.

If you think this decision is wrong, you may request an appeal within 6 months of the date you receive this letter. You may include any records or other information you want us to consider. For help, call 1-800-555-0199.
""",
    document_type="denial", category="benefit_limit",
    deadline="2026-04-06", window_days=None, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="Months from receipt -> letter + 6 calendar months, window_days None. Silent pre-service -> None. Trap: 20 visits, 8 visits.",
)

# ---------------------------------------------------------------- D25 pharmacy quantity limit
add(
    name="d25_pbm_quantity_limit_sumatriptan",
    text="""BAYSHORE PRESCRIPTION SERVICES
Coverage Review Decision

Date: 07/15/2025
Member: Ophelia R. Mancuso
Member ID: BPS7730448102
Prescriber: Dashiell Moreau, MD, Neurology
Medication: Sumatriptan 100 mg tablets, quantity 18 per 30 days
Case #: QL-25196-3382

Dear Ophelia Mancuso:

We received a request to cover more sumatriptan than your plan allows. This request is denied.

Your plan's formulary limits sumatriptan tablets to 9 tablets per 30 days. The request for 18 tablets per 30 days is more than the quantity limit. Your prescriber did not show that you are using a preventive migraine medicine, which is required before a higher quantity can be approved. You can still get up to 9 tablets every 30 days.

You may appeal this decision within 180 days of the date of this letter by calling 1-844-555-0102 or writing to Bayshore Prescription Services, Appeals, P.O. Box 66021, Tampa, FL 33631.

If your prescriber states that waiting could seriously harm your health, ask for an expedited appeal; we will decide within 72 hours. Standard appeals are decided within 15 days.
""",
    document_type="denial", category="benefit_limit",
    deadline="2026-01-11", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None)],
    notes="Quantity limit -> benefit_limit (could be read as step-like requirement). Trap: 9/18 per 30 days.",
)

# ---------------------------------------------------------------- D26 chiropractic visit max, provider claim
add(
    name="d26_provider_chiro_benefit_max",
    text="""PEACHTREE HEALTH PLAN
Claim Determination Letter

Letter Date: August 27, 2025
Provider: Ridgeview Chiropractic Clinic   NPI: 1720085546
Patient: Fernando L. Abernathy      Subscriber ID: PHP118804276
Claim #: 2508201177
Date of Service: 08/12/2025
Procedure Code(s): 98941, 97140
ICD-10 Code(s): M99.03, M54.59

The claim listed above has been denied. CARC CO-119: Benefit maximum for this time period or occurrence has been reached. RARC N362: The number of days or units of service exceeds our acceptable maximum.

The member's plan allows 12 chiropractic visits per plan year. The 12th visit was paid on 07/29/2025. This date of service exceeds the annual maximum.

Provider appeal: You may appeal this determination within 90 days of the date of this notice. Submit the Provider Appeal Form with a copy of this letter. A first-level appeal decision will be issued within 30 days. If you disagree with the first-level decision, a second-level appeal may be filed within 60 days of the first-level decision.
""",
    document_type="denial", category="benefit_limit",
    deadline="2025-11-25", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Post-service -> False. Traps: second-level 60 days, 30 days decision, 12 visits.",
)

# ---------------------------------------------------------------- D27 timely filing
add(
    name="d27_provider_timely_filing",
    text="""FRONTIER STATES MUTUAL
Provider Claim Denial

Date: January 30, 2025
Provider: Mesa Verde Family Practice   NPI 1588802314
Patient: Annika J. Sorensen   Member ID: FSM-880-114-27
Claim Ref: FSM24361-0092285
Date of Service: 06/11/2024
Date Claim Received: 12/26/2024
Procedure Code(s): 99395, 90686
Billed: $312.00   Paid: $0.00
Adjustment Reason: CO-29 The time limit for filing has expired.

Frontier States Mutual requires participating providers to submit claims within 90 days of the date of service. This claim was first received 198 days after the date of service and was denied for untimely filing. Per your provider agreement, the member may not be billed.

If you have proof that the claim was submitted on time (for example, an accepted clearinghouse report or a payer rejection dated within the filing limit), you may request a reconsideration. Reconsideration requests must be submitted within 180 days of the date of this letter. Requests without proof of timely filing will be upheld.
""",
    document_type="denial", category="administrative",
    deadline="2025-07-29", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Post-service provider -> False. Trap: 90 days timely filing from DOS, 198 days.",
)

# ---------------------------------------------------------------- D28 duplicate claim, service-date window
add(
    name="d28_provider_duplicate_service_date_window",
    text="""MAGNOLIA STATE HEALTH CONNECT (Medicaid)
Remittance Advice - Denied Claims Detail

Remittance Date: 02/18/2025
Provider: Delta Pediatric Clinic   Medicaid Provider #: 0048812   NPI: 1093317782
Recipient: Kiara S. Bellamy   Recipient ID: 770019284411
ICN: 2025043100552
Date of Service: 12/03/2024
Procedure Code(s): 99214, 87880
ICD-10 Code(s): J02.0

EOB 0018 / CO-18: Exact duplicate claim/service. This claim duplicates ICN 2024352100871, paid on 12/20/2024.

If this is not a duplicate (for example, the service was provided twice on the same day), submit a claim adjustment request with documentation and the appropriate modifier. Requests for claim adjustment or provider appeal must be received within 365 days from the date of service. Requests received after that time will be denied for timely filing. Do not submit a new claim for the same service.

This notice concerns payment for services already rendered.
""",
    document_type="denial", category="administrative",
    deadline="2025-12-03", window_days=365, counted_from="service_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Window counted from date of service (12/03/2024). Post-service -> False.",
)

# ================================================================ PARTIAL DENIALS
add(
    name="p01_pt_partial_mcg",
    text="""CLEARWATER HEALTH OF OHIO
Utilization Review Notice

Date Mailed: March 26, 2025
Member: Odessa K. Fairbanks
Member ID: CHO-30017725
Auth Ref: OP-PT-2503-11904
Rendering Provider: Maumee River Physical Therapy
Requesting Provider: Julian Petrakis, MD
Service(s) Requested: Outpatient physical therapy, 12 visits (03/24/2025 - 05/23/2025)
Procedure Code(s): 97161, 97110, 97112
ICD-10 Code(s): M54.16

Decision: Partially approved
  Approved: 6 visits, 03/24/2025 through 04/23/2025
  Denied: 6 visits

Dear Ms. Fairbanks:

We approved 6 of the 12 physical therapy visits requested. We denied the remaining 6 visits. Your records show good progress: your pain score dropped from 7 to 4 and you have returned to work. Using MCG Care Guidelines, Physical Therapy, Lumbar Spine (A-0410), 6 visits are expected to meet your remaining goals. Additional visits are not medically necessary at this time. Your therapist may send updated notes for a new review after the approved visits.

You may appeal the denied visits within 60 days of the date of this notice.

If your doctor believes that waiting for a standard decision could seriously harm your health, you may ask for an expedited appeal. We will make a decision within 72 hours. Otherwise we will decide within 30 days.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2025-05-25", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("MCG", "A-0410")],
    notes="Trap: auth period end date 05/23, 30 days.",
)

add(
    name="p02_snf_partial_absolute_date",
    text="""RIVERBEND MEDICARE ADVANTAGE PLAN (PPO)
Integrated Denial Notice

Letter Date: 03/11/2025
Enrollee: Cornelia W. Baptiste
Enrollee ID: RMA5570029-11
Case ID: SNF-CR-031125-4470
Facility: Willow Glen Skilled Nursing & Rehabilitation
Attending Physician: Samuel Obuya, MD
Service: Skilled nursing facility care, continued stay
ICD-10 Code(s): S72.001D, Z96.641

What we approved: Skilled nursing care from 02/25/2025 through 03/13/2025.
What we denied: Skilled nursing care on or after 03/14/2025.

Why: After reviewing your records with InterQual Subacute and Skilled Nursing Facility criteria, our physician found that as of 03/14/2025 you will no longer need daily skilled nursing or therapy services. You can walk 150 feet with a walker and manage your own care with supervision. Your care can be provided at home with home health services.

Your right to appeal: If you disagree, you must file your appeal no later than 05/15/2025. We may give you more time if you have a good reason for being late.

Fast appeal: You or your doctor can ask for a fast appeal if waiting 30 days could seriously harm your health. We will give you a decision within 72 hours. You also have the right to an immediate review by the Quality Improvement Organization (QIO) under the separate Notice of Medicare Non-Coverage you received; you must call the QIO by noon of the day before your services end.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2025-05-15", window_days=None, counted_from="absolute",
    expedited=True, decision_hours=72,
    guidelines=[("InterQual", None)],
    notes="Absolute date. Trap: QIO noon-of-day-before deadline, 150 feet, 30 days.",
)

add(
    name="p03_sleep_study_partial_one_year",
    text="""HEARTLAND BENEFIT COMPANY
Notice of Partial Approval

Decision Date: May 29, 2025
Subscriber ID: HBC0044182760
Patient: Isidore P. Mwangi
UM #: SLP-0529-20174
Rendering Provider: Prairie Sleep Diagnostics
Ordering Provider: Lucinda Harcourt, MD
Service(s) Requested:
  1. Attended in-lab polysomnography (95810)
  2. Home sleep apnea test (G0399)
ICD-10 Code(s): G47.30, R06.83

Dear Mr. Mwangi:

Home sleep apnea test (G0399): APPROVED. Authorization valid for 90 days from the decision date.

Attended in-lab polysomnography (95810): DENIED. Under Medical Policy MP 2.01.18, Polysomnography and Home Sleep Testing, an in-lab study is medically necessary when a home test is inconclusive or the patient has certain other conditions (for example, moderate to severe lung disease, neuromuscular disease, or heart failure). Your records do not show any of these conditions, and a home test has not been done. If the home test is negative or technically inadequate, your doctor may request the in-lab study again.

Appeal rights: You or your provider may appeal the denied service. Your appeal must be filed within one (1) year of the date of this letter. For questions, call 1-800-555-0140.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2026-05-29", window_days=None, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "MP 2.01.18")],
    notes="UNSURE: 'one (1) year' treated as 12 calendar months -> window_days None. Header says 'Decision Date' only (= letter date). Trap: 90-day auth validity.",
)

add(
    name="p04_ozempic_partial_quantity",
    text="""CAPSTONE PHARMACY BENEFIT MANAGEMENT
on behalf of Whitfield County Government Employee Plan

Notice Date: 09/23/2025
Member: Leontyne A. Rasmussen
Member ID: CPB-WCG-8840177
Prescriber: Gideon Albrecht, MD
Medication: Ozempic 2 mg/3 mL pen, 2 pens per 28 days
Reference: PA-QL-266-10452

Dear Leontyne Rasmussen:

Your request for Ozempic has been approved in part.

Approved: Ozempic 2 mg/3 mL pen, 1 pen per 28 days, 09/23/2025 through 09/22/2026 (type 2 diabetes, criteria met).
Not approved: the second pen per 28 days.

Reason: Your plan's formulary quantity limit for Ozempic 2 mg/3 mL is 1 pen per 28 days, which provides the maximum FDA-labeled dose of 2 mg once weekly. The requested quantity exceeds the limit, and the request did not show a reason a higher quantity is needed.

If you disagree, you may file an appeal within 180 days after receiving this letter. If your doctor believes a standard review could seriously jeopardize your health, you may request an expedited appeal; a decision will be made within 72 hours. Standard appeals are decided within 15 days.
""",
    document_type="partial_denial", category="benefit_limit",
    deadline="2026-03-22", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None)],
    notes="Approval end date 09/22/2026 is a trap; 28 days; 15 days.",
)

add(
    name="p05_provider_infusion_line_no_auth",
    text="""KEYSTONE MUTUAL HEALTH PLAN
Provider Explanation of Benefits

Date of Notice: October 14, 2025
Payee: Allegheny Rheumatology Partners   NPI 1467719055
Patient: Bartholomew H. Nkemelu   Member ID: KMH-20977150
Claim Ref: 25280-771-09944
Date of Service: 09/30/2025
ICD-10 Code(s): M05.79

Line  Code    Description                       Billed     Paid      Adj
1     99214   Office/outpatient visit, est.     $185.00    $112.40   CO-45
2     96413   Chemo/biologic infusion, 1st hr   $410.00    $0.00     CO-197
3     J0129   Abatacept, 10 mg (x75)            $6,840.00  $0.00     CO-197

Total paid: $112.40

CO-197: Precertification/authorization/notification absent. Abatacept (Orencia) and its administration require prior authorization under the Keystone Medical Pharmacy Prior Authorization List. No authorization was on file for the date of service. Line 1 was processed according to your contracted rate.

Appeal: To appeal the denied lines, submit a Provider Appeal Request within 30 business days of the date of this notice. If authorization was obtained, include the authorization number. Retro-authorization requests must be made within 14 days of the date of service and are not appeals. Post-service appeals are not eligible for expedited handling.
""",
    document_type="partial_denial", category="no_authorization",
    deadline="2025-11-25", window_days=30, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="30 business days. Trap: 14 days retro-auth from DOS. PA list named but not cited as criterion (no guideline) - unsure.",
)

# ================================================================ APPROVALS
add(
    name="a01_transplant_eval_approved",
    text="""PACIFIC CREST HEALTH PLAN
Transplant Case Management

Date: March 3, 2025
Member: Florentino G. Aquino
Member ID: PCH-66201198
Auth Ref: TX-EVAL-250303-018
Facility: University Medical Center Transplant Institute (Center of Excellence)
Service(s) Requested: Kidney transplant evaluation
ICD-10 Code(s): N18.6, Z99.2

Dear Mr. Aquino:

Good news. We have approved the kidney transplant evaluation listed above at University Medical Center Transplant Institute. This approval covers the evaluation only (consultations, laboratory tests, imaging, and psychosocial assessment). It does not approve the transplant itself; a separate request will be needed if you are listed.

This approval is valid for 90 days, from 03/01/2025 through 05/29/2025. Approval is subject to your eligibility and benefits on the date of service.

Your transplant case manager is Yolanda Perrault, RN, 1-800-555-0166, ext. 4412.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Approval; 90-day validity is a trap window.",
)

add(
    name="a02_partd_tier_exception_approved",
    text="""Summit Crest Medicare Rx (PDP)
Notice of Coverage Approval

Date: 01/10/2025
Enrollee: Mildred A. Castellanos
Member number: SCR30022719
Drug: Eliquis 5 mg tablet
Prescriber: Reuben Adeyemi, MD
Case ID: TE-2025-0110-0871
Request: Tiering exception (Tier 3 to Tier 2)

We have approved your request for a tiering exception. You will pay the Tier 2 (Preferred Brand) cost sharing for Eliquis 5 mg tablets.

This approval is effective from 01/10/2025 through 12/31/2025. Your pharmacy can fill your prescription now. If you need to continue this drug in 2026, you or your prescriber may need to ask for a new exception.

This approval does not change any quantity limits on this drug (60 tablets per 30 days).
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Approval of tier exception.",
)

add(
    name="a03_mri_knee_approved_interqual",
    text="""CASCADE VALLEY HEALTH PLAN
Utilization Management Department

Notice Date: June 9, 2025
Member Name: Theodora V. Lukasik
Subscriber ID: CVH330918812
Case ID: UM-25-0609-2206
Requesting Provider: Bjorn Halvard, MD (Orthopedics)
Servicing Facility: Cedar Hills Imaging
Service(s) Requested: MRI right knee without contrast
Procedure Code(s): 73721
ICD-10 Code(s): S83.511A

Dear Ms. Lukasik:

Your request for the service above has been approved. The request met InterQual Imaging criteria.

Authorization number: UM-25-0609-2206
Approved units: 1
Valid dates: 06/09/2025 - 08/08/2025

Please schedule the service within the valid dates. Services performed outside these dates may not be covered. This is not a guarantee of payment; payment depends on eligibility and benefits at the time of service.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("InterQual", None)],
    notes="Approval citing criteria as basis.",
)

add(
    name="a04_appeal_overturned_claim_paid",
    text="""LONE STAR BENEFIT ADMINISTRATORS
Appeal Decision

Letter Date: August 5, 2025
Participant: Wilhelmina S. Okonkwo
Participant ID: LSB-GLE-009126
Appeal #: APL-25-0611-332
Claim Ref: LSB25041100988
Provider: Gulf Coast Orthopedic Surgery Center
Date of Service: 04/02/2025
Procedure Code(s): 29827

Dear Ms. Okonkwo:

We have completed our review of your appeal received on 06/11/2025 regarding the denied claim listed above.

Decision: OVERTURNED. After reviewing the operative report and physical therapy records you submitted, we find that the rotator cuff repair met the plan's requirements. The original denial has been reversed, and the claim will be reprocessed for payment within 30 days. You will receive a new Explanation of Benefits showing any amount you owe under your deductible and coinsurance.

No further action is needed from you.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Appeal overturned -> approval. Trap: 30 days reprocessing.",
)

# ================================================================ OTHER
add(
    name="o01_partd_transition_fill_notice",
    text="""Harborview Senior Advantage Rx (HMO-POS)
Important Notice: Transition Fill

Date: 01/06/2025
Member: Augustin P. Delacroix
Member ID: HSA-61177302
Drug: Linzess 145 mcg capsule
Pharmacy: Seaside Community Pharmacy

We are writing to tell you that you recently received a temporary supply of Linzess 145 mcg. This drug is not on our 2025 Drug List (formulary). Under our transition policy, we covered a one-time temporary supply of up to 30 days during the first 90 days of your membership.

This is not a coverage decision. Before your temporary supply runs out, you should talk with your prescriber about:
  - Switching to a drug on our Drug List, such as lubiprostone, or
  - Asking us for a formulary exception. Your prescriber must send a supporting statement. We will make a decision within 72 hours of getting your prescriber's statement, or within 24 hours if you ask for an expedited decision.

If we deny an exception request, you will receive a written notice with your appeal rights.
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Transition notice, not a determination. Traps: 30-day supply, 90 days, 72/24 hours for future exception request (not an appeal path for this document) -> expedited None (unsure).",
)

add(
    name="o02_appeal_acknowledgment",
    text="""KEYSTONE MUTUAL HEALTH PLAN
Appeals Unit

Letter Date: 04/15/2025
Member: Tamsin O. Greaves
Member ID: KMH-20391877
Appeal #: APL-2025-04-10229
Original Case: UM #2024-11-88213
Service: Laparoscopic sleeve gastrectomy (43775)

Dear Ms. Greaves:

We received your appeal on April 11, 2025. This letter confirms that your appeal is being reviewed.

A physician who was not involved in the original decision will review your appeal. We will send you our written decision within 30 days from the date we received your appeal.

If you have more information you want us to consider, please send it within 10 days of the date of this letter to the address below or fax it to 1-800-555-0191. You may also ask for a free copy of your case file.
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Acknowledgment only. Traps: 30-day decision, 10 days to submit info.",
)

add(
    name="o03_request_additional_information_pend",
    text="""SILVER PEAK HEALTH
Request for Additional Information

Date: July 22, 2025
Member: Yusuf A. Branscombe
Member ID: SPK2204411908
UM #: 25203-A-01733
Requesting Provider: Alpine Gastroenterology, Rosa Lindahl, MD
Service(s) Requested: Upper endoscopy with biopsy
Procedure Code(s): 43239
ICD-10 Code(s): K21.9, R13.10

Dear Dr. Lindahl:

We have received a prior authorization request for the service above. We need more information before we can make a decision. Please send the following:

  - Office notes from the last 6 months
  - List of medications tried for reflux, including dates and response
  - Results of any prior endoscopy

Please send this information by August 5, 2025. If we do not receive it by that date, we will make a decision based on the information we have. This letter is not a denial.

Fax records to 1-888-555-0150 and include the UM number on every page.
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Pend letter, not a determination. Printed 'by August 5, 2025' is a records due date, not an appeal deadline.",
)
