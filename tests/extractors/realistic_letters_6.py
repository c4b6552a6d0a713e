"""A sixth set of 40 letters, written by people who never saw the patterns (held-out wording):
Medicare Advantage integrated denial notices (medical and payment) and Part D, concurrent and
prior-authorization denials with MCG / InterQual / ASAM / NCCN / NCD / LCD bases and plan-document
sections, Medicaid notices from several states (NY MLTC reduction of hours, Michigan DME with some items
approved, Florida PDL step therapy, Ohio, Georgia, Pennsylvania, Arizona), ERISA, COBRA and ACA
marketplace letters, vision and dental claim determinations, EOBs and provider remittances (some lines
paid and some denied, CARC-coded), a final ERISA appeal decision whose next step is external review, a
Texas internal appeal decision whose next step is a State Fair Hearing, approvals, pends,
acknowledgments and a general plan notice that is not a determination.

Each entry: name, text (pages separated by form feed), expected labels, notes.
All names, payers, people, numbers are fictional. Deadlines follow the NORMATIVE arithmetic of the
contract README (../shared/contract/README.md): receipt-based windows = letter date + N, business days
skip Sat/Sun, months are calendar months, absolute printed dates as printed.
"""

FF = "\f"

LETTERS = []


def add(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- 1 MA integrated denial notice, cardiac rehab
add(
    name="s6_ma_idn_cardiac_rehab",
    text="""JUNIPER RIDGE MEDICARE ADVANTAGE (PPO)
Juniper Ridge Health Plans, Inc.
4100 Foothill Parkway, Suite 300, Boise, ID 83702

NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)

Date: January 9, 2025                         Member number: JRM-00718344-02
Name: Wendell A. Okafor                       Reference #: PA-2501-44871
Provider: Meridian Heart & Vascular - Priya Raman, MD (NPI 1093847562)

Based on the information you or your provider gave us, we have denied coverage of the medical services listed below:

  Intensive cardiac rehabilitation (ICR) program, up to 72 sessions
  HCPCS G0422, G0423
  Diagnosis: I25.10, Z95.1

Why did we deny your request?
We denied this request because the information we have does not show that intensive cardiac rehabilitation is medically necessary for you at this time. Medicare covers ICR when you have had a qualifying heart condition within the past 12 months, such as a heart attack, coronary bypass surgery, or stable angina, as described in 42 CFR 410.49 and Medicare National Coverage Determination NCD 20.31, Intensive Cardiac Rehabilitation (ICR) Programs. Your records show that you finished 36 sessions of cardiac rehabilitation after your bypass surgery in March 2023. Your doctor's notes from December 2024 do not describe a new heart event or new symptoms since then. Your doctor may send us new information if your condition has changed.

This decision was made by Celeste Varga, MD, Medical Director, who has expertise in cardiology.

If you have questions, call Juniper Ridge Member Services at 1-888-555-0143 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.
""" + FF + """You have the right to appeal our decision
You have the right to ask Juniper Ridge Medicare Advantage to review our decision by asking us for an appeal. Ask for an appeal within 65 calendar days from the date of this notice. We can give you more time if you have a good reason for missing the deadline. Call or write us at the address below.

Who may ask for an appeal?
You or someone you name to act for you (your representative) may ask for an appeal. Your doctor or other provider can ask for a standard appeal on your behalf without being your representative.

There are 2 kinds of appeals you can ask for:
Standard Appeal - We'll give you a written decision on a standard appeal within 30 calendar days after we get your appeal. Our decision might take longer if you ask for an extension, or if we need more information about your case.
Fast Appeal - We'll give you a decision on a fast appeal within 72 hours after we get your appeal. You can ask for a fast appeal if you or your doctor believe that your health could be seriously harmed by waiting up to 30 days for a decision. If any doctor asks for a fast appeal for you, or supports you in asking for one, and the doctor indicates that waiting for 30 days could seriously harm your health, we'll automatically give you a fast appeal.

What happens next?
If you ask for an appeal and we continue to deny your request, we'll automatically send your case to an independent reviewer. If the independent reviewer denies your request, the written decision will explain if you have additional appeal rights.

Juniper Ridge Health Plans - Appeals & Grievances
P.O. Box 7720, Boise, ID 83707   Fax: 1-888-555-0149
""" + FF + """Juniper Ridge Health Plans, Inc. complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al 1-888-555-0143 (TTY: 711).
Juniper Ridge Medicare Advantage is a PPO plan with a Medicare contract. Enrollment depends on contract renewal.
H5521_IDN2025_M
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-03-15", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("regulation", "42 CFR 410.49"), ("NCD", "NCD 20.31")],
    notes="CMS IDN wording; 65 calendar days from notice date. Traps: 12 months / 36 sessions / 72 sessions criteria numbers, 30-day standard decision.",
)

# ---------------------------------------------------------------- 2 concurrent inpatient, MCG, partial
add(
    name="s6_concurrent_hf_mcg_partial",
    text="""SILVERLINE HEALTH INSURANCE COMPANY
Utilization Management - Concurrent Review
1 Harborview Plaza, Tampa, FL 33602
Phone 1-800-555-0116   Fax 1-800-555-0117

NOTICE OF CONCURRENT REVIEW DETERMINATION

Date of Notice:      03/12/2025
To:                  Bayfront General Hospital, Utilization Review Dept.
                     Desmond Kowalczyk, MD, Attending (NPI 1568204937)
cc:                  Marisol T. Echeverria (member)
Member ID:           SLH-448120367
Group:               BRT-22019
Authorization #:     IP-25-031009-3
Admission Date:      03/09/2025
Level of Care:       Acute inpatient, medical
Diagnosis:           I50.23 Acute on chronic systolic (congestive) heart failure; N18.31

DETERMINATION
  Approved:   03/09/2025 - 03/11/2025   3 days acute inpatient
  Denied:     03/12/2025 and forward     continued acute inpatient stay

Reason for the denial of continued stay: Continued acute inpatient stay is not medically necessary beginning 03/12/2025. The clinical information provided on 03/11/2025 shows the patient has been off intravenous diuretics for more than 24 hours, is on oral furosemide, has oxygen saturation of 95% on room air, and has a stable creatinine. The remaining needs (medication titration, heart failure teaching, and daily weights) can be safely met at a lower level of care such as home health or outpatient follow-up. This review was based on MCG Care Guidelines, 27th edition, Inpatient & Surgical Care, Heart Failure, M-130, discharge criteria.

Reviewed by: Anand Sethuraman, MD, Physician Reviewer, Internal Medicine

Peer-to-peer: The attending physician may request a peer-to-peer conversation with the physician reviewer by calling 1-800-555-0116, option 4, within 1 business day of this notice.
""" + FF + """MEMBER APPEAL RIGHTS

You, your doctor, or someone you choose to act for you may appeal this decision. You must file your appeal within 180 days of receipt of this notice.

Urgent (expedited) appeal: Because you are still in the hospital, you may ask for an expedited appeal by calling 1-800-555-0116. We will make a decision on an expedited appeal within 24 hours of receiving the request.

Standard appeal: We will decide a standard appeal within 30 days.

After you have used our appeal process, or at the same time as an expedited internal appeal, you may be able to ask for an external review by an Independent Review Organization through the Florida Office of Insurance Regulation process. A request for external review must be filed within 4 months after you receive our final decision.

Billing note: Under your plan and the hospital's contract with Silverline, you may not be billed for the denied days unless you were told in writing before those days that they would not be covered and you agreed to pay.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2025-09-08", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=24,
    guidelines=[("MCG", "M-130")],
    notes="Concurrent partial (3 days approved, rest denied). Receipt-based 180 -> letter+180. Traps: P2P 1 business day, 30-day standard decision, 4-month external review, 24h vs 'more than 24 hours' clinical.",
)

# ---------------------------------------------------------------- 3 Illinois Medicaid BH carve-out, ASAM residential
add(
    name="s6_il_medicaid_sud_residential_asam",
    text="""Prairie Harbor Health Plan - HealthChoice Illinois
Behavioral health services managed by Lakeview Behavioral Health Partners, LLC
2250 W. Ogden Avenue, Chicago, IL 60612

NOTICE OF ADVERSE BENEFIT DETERMINATION

Date of notice: November 4, 2024

Member:            Trevor J. Castellano
Medicaid ID:       448791026
Plan member ID:    PHH7719302
Provider:          New Dawn Recovery Center (NPI 1720394855)
Service requested: ASAM Level 3.5 Clinically Managed High-Intensity Residential Services, 28 days (H0018)
Diagnosis:         F11.20 Opioid dependence, uncomplicated; F41.1
Reference number:  LBH-24-1104-00913
Type of request:   Standard prior authorization, received 10/29/2024

What we decided: We denied the request for residential treatment listed above.

Why: A licensed psychiatrist reviewed your provider's assessment using The ASAM Criteria, Third Edition. You have been taking buprenorphine for four months and are not at risk of withdrawal (Dimension 1). You have no medical or mental health conditions that need 24-hour care (Dimensions 2 and 3). You live in supportive recovery housing and have been going to outpatient groups (Dimension 6). Your needs can be safely met in an intensive outpatient program (ASAM Level 2.1). We did not find that you need 24-hour residential care. New Dawn Recovery Center offers Level 2.1 services, and your provider may ask for them at any time.

Reviewing physician: Imani Oduya, MD, Board-Certified in Psychiatry and Addiction Medicine
""" + FF + """YOUR RIGHT TO APPEAL

If you do not agree with this decision, you can ask Prairie Harbor Health Plan for an appeal. You have 60 days from the date on this notice to ask for an appeal. You can ask by phone at 1-877-555-0162 (TTY 711) or in writing to: Prairie Harbor Health Plan, Appeals Unit, P.O. Box 80417, Chicago, IL 60680.

We will send you our decision within 15 business days after we get your appeal.

Expedited appeal: If you or your provider think that waiting for a standard appeal could seriously harm your life, health, or ability to get back to your best function, you can ask for an expedited appeal. We will give you a decision within 72 hours after we get your request.

Continuing your services: This notice is about a new request. Continuation of benefits during an appeal applies only when we reduce, suspend, or end a service you are already getting, and the appeal is filed within 10 days of the notice.

State Fair Hearing: If we uphold our decision after your appeal, you can ask for a State Fair Hearing with the Illinois Department of Healthcare and Family Services. You must ask for a State Fair Hearing within 120 days from the date of the appeal decision letter.

You can get a free copy of The ASAM Criteria pages used in this decision, and of your case file, by calling Member Services.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-01-03", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("ASAM", None)],
    notes="Traps: 15 business days, 10-day continuation, 120-day SFH, ASAM level numbers 3.5/2.1, 28 days.",
)

# ---------------------------------------------------------------- 4 NY MLTC personal care reduction, partial
add(
    name="s6_ny_mltc_pcs_reduction_partial",
    text="""HUDSON CREST MANAGED LONG TERM CARE
55 Water Street, 9th Floor, New York, NY 10041
Member Services 1-866-555-0128 (TTY 711)

INITIAL ADVERSE DETERMINATION
Notice of Action to Reduce Services

Date: February 20, 2025
Member: Estelle M. Washburn          Member ID: HC-55019372      CIN: XY40918K
Service: Personal Care Services (Level II), T1019
Current authorization: 40 hours per week
Plan decision: 28 hours per week
Effective date of change: March 7, 2025
Reference: MLTC-25-02-00418

We reviewed your need for personal care services after your reassessment by a registered nurse on February 5, 2025, using the Community Health Assessment. We will continue to authorize 28 hours per week of personal care services. We are reducing the remaining 12 hours per week.

Why: Your reassessment shows that since your hip healed you can now move from your bed to a chair and walk inside your home with a walker without hands-on help. You still need help with bathing, dressing your lower body, and preparing meals, and those tasks are covered by the 28 hours. The time for help with transfers and walking is no longer needed. The plan made this decision under the rules for personal care services at 18 NYCRR 505.14.

What you can do if you disagree:
Ask for a Plan Appeal. You have 60 calendar days from the date of this notice to ask for a Plan Appeal. You can call us, or write to Hudson Crest MLTC, Appeals Department, 55 Water Street, 9th Floor, New York, NY 10041, fax 1-866-555-0129.
""" + FF + """Keep your services the same while you appeal (Aid Continuing): If you want your services to stay the same while you appeal, you must ask for a Plan Appeal within 10 days of the date of this notice or by the effective date of this action, whichever is later.

Fast appeals: If you or your provider think that waiting could seriously harm your health, ask for a fast appeal. We will decide a fast appeal within 72 hours. Standard appeals are decided within 30 calendar days.

Fair Hearing: If we say no to your Plan Appeal (a Final Adverse Determination), or if we do not decide your appeal on time, you can ask for a State Fair Hearing. You must ask for a Fair Hearing within 120 days of the date of the Final Adverse Determination.

External Appeal: For a decision about medical necessity you may also be able to ask New York State for an External Appeal within 4 months of the Final Adverse Determination.

Help is available: Independent Consumer Advocacy Network (ICAN) 1-844-555-0199.

Hudson Crest complies with Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2025-04-21", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("regulation", "18 NYCRR 505.14")],
    notes="Reduction 40 -> 28 h/week: partial. Regulation cited as the basis. Traps: aid continuing 10 days, fair hearing 120 days, external appeal 4 months, effective date March 7.",
)

# ---------------------------------------------------------------- 5 ERISA self-funded, hearing aids excluded, post-service
add(
    name="s6_erisa_hearing_aids_excluded",
    text="""TALLGRASS BENEFIT ADMINISTRATORS
Third-Party Administrator for the
RIDGEBACK MANUFACTURING EMPLOYEE HEALTH BENEFIT PLAN
P.O. Box 3318, Wichita, KS 67201 | 1-800-555-0175

October 15, 2024

Gordon L. Pruett
1187 Cottonwood Lane
Derby, KS 67037

RE:  Participant:        Gordon L. Pruett
     Patient:            Gordon L. Pruett
     Participant ID:     RMX0040218
     Claim Number:       24-0926-118843
     Provider:           Sunflower Audiology Associates
     Date of Service:    09/12/2024
     Service:            Hearing aids, digital, binaural, behind the ear (V5261); hearing aid fitting (V5011)
     Billed:             $4,860.00     Plan Paid: $0.00     Your Responsibility: $4,860.00
     Adjustment codes:   PR-96, N130

NOTICE OF ADVERSE BENEFIT DETERMINATION

Dear Mr. Pruett:

We have processed the claim listed above. Benefits have been denied.

The specific reason for this determination is that hearing aids and the examinations for their fitting are not covered under the Plan. The Plan provision on which this determination is based is Article VI, Section 6.3 (General Exclusions), paragraph (q), of the Plan Document, which excludes "hearing aids, cochlear processors other than following an implant, and examinations for the prescription or fitting of hearing aids." A copy of the provision is available upon request. No additional information would change this determination, because the service is excluded.

Claim adjustment code PR-96 means non-covered charge(s); remark code N130 means consult plan benefit documents for information about restrictions for this service.
""" + FF + """YOUR RIGHT TO A REVIEW

You or your authorized representative may request a review of this adverse benefit determination. Your request must be made in writing within 180 days after you receive this notice. Send it to: Tallgrass Benefit Administrators, Attn: Claim Appeals, P.O. Box 3318, Wichita, KS 67201.

You may submit written comments, documents, records, and other information relating to your claim. You are entitled to receive, upon request and free of charge, reasonable access to, and copies of, all documents, records, and other information relevant to your claim. The Plan will notify you of its decision on review within 60 days after receipt of your request for review.

You have the right to bring a civil action under Section 502(a) of the Employee Retirement Income Security Act of 1974 (ERISA) following an adverse benefit determination on review. You may also contact the Employee Benefits Security Administration at 1-866-555-0172.

Please note: claims must be submitted within 12 months of the date of service to be considered for payment.
""",
    document_type="denial", category="not_covered",
    deadline="2025-04-13", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Article VI, Section 6.3")],
    notes="Post-service claim -> expedited False (silent). Receipt-based 180 -> letter+180. Traps: 60-day review decision, 12-month filing limit, ERISA 502(a) rights only. CARC PR-96.",
)

# ---------------------------------------------------------------- 6 vision plan LASIK, months window
add(
    name="s6_vision_lasik_not_covered",
    text="""LUMEN OPTIC VISION PLAN
Member Claims Department
P.O. Box 92051, Columbus, OH 43209
www.lumenopticvision.example | 1-877-555-0134

EXPLANATION OF BENEFITS / CLAIM DETERMINATION

Statement date ............ April 2, 2025
Member ..................... Rosalind Q. Feeney
Member ID .................. LOV-7730-118204
Group ...................... Harmon County Schools (Group 20917)
Claim # .................... VC2503-448170
Provider ................... Brightline LASIK Center (NPI 1952830461)
Date of service ............ 03/08/2025
Service .................... Laser in situ keratomileusis (LASIK), both eyes - S0800
Diagnosis .................. H52.13 Myopia, bilateral
Amount billed .............. $4,200.00
Plan payment ............... $0.00
Adjustment ................. PR-204  This service/equipment/drug is not covered under the patient's current benefit plan.

Why this claim was not paid:
Refractive surgery, including LASIK and PRK, is not a covered benefit under your vision plan. It is listed as an exclusion in Section 5(g) of your Group Vision Certificate. Your plan includes a discount of 15% off the usual price of LASIK when you use a Lumen Optic partner center and obtain a discount certificate before your procedure; the discount is not insurance and cannot be applied after the service.

If you disagree with this decision:
You or your authorized representative may appeal. Your written appeal must be received within 6 months of the date of this notice. Include a copy of this statement and any information you would like us to consider. Mail to Lumen Optic Vision Plan, Attn: Appeals, P.O. Box 92051, Columbus, OH 43209.

We will send you our written decision within 30 days of the date we receive your appeal. This claim was for services you have already received, so it will be reviewed under the timeframes for post-service claims.

Reminder: claims for covered eye exams and eyewear must be filed within 12 months of the date of service.
""",
    document_type="denial", category="not_covered",
    deadline="2025-10-02", window_days=None, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 5(g)")],
    notes="Window in months -> window_days None, letter+6 calendar months. Post-service -> expedited False. Traps: 15% discount, 30-day decision, 12-month filing. CARC PR-204.",
)

# ---------------------------------------------------------------- 7 ACA marketplace, IVF excluded, expedited explicitly not available
add(
    name="s6_aca_ivf_excluded_no_expedite",
    text="""PEACHSTATE CARE HEALTH INSURANCE COMPANY
Individual & Family Plans (Georgia Access Marketplace)
3350 Piedmont Road NE, Atlanta, GA 30305

May 6, 2025

Nadia C. Ferreira-Holt
418 Briarcliff Court
Decatur, GA 30033

Member ID: PCH-GA-90012876
Plan: Peachstate Silver 2500 HMO
Prior Authorization Number: PA-25-0429-30771
Requesting Provider: Magnolia Fertility Institute, Lorenzo Achebe, MD
Services Requested: In vitro fertilization cycle with embryo transfer (CPT 58970, 58974, 89250)
Diagnosis: N97.9 Female infertility, unspecified

Dear Ms. Ferreira-Holt:

We have reviewed the prior authorization request listed above. We are unable to approve it.

Reason: In vitro fertilization (IVF), egg retrieval, embryo culture and embryo transfer are not covered benefits under your plan. Section 4.3 of your Certificate of Coverage, "Infertility Services," states that the plan covers the diagnosis of infertility but excludes assisted reproductive technology, including IVF, GIFT and ZIFT. Because these services are excluded, no clinical review of medical necessity was performed.

Your doctor asked us to handle this request as urgent. Your request for a fast decision does not qualify, because a delay in starting infertility treatment is not a situation in which the standard time frame would seriously jeopardize your life, health, or ability to regain maximum function. For the same reason, an expedited (urgent) appeal does not apply to this decision; any appeal will be handled as a standard pre-service appeal and decided within 30 days.
""" + FF + """APPEAL RIGHTS
You have the right to appeal. Send your written appeal within 180 days from the date of this letter to: Peachstate Care, Appeals and Grievances, P.O. Box 105522, Atlanta, GA 30348. You may include any information you want us to consider, and you may ask for free copies of all documents related to this decision.

External review: If we uphold our decision, you may ask for an external review by an independent review organization. You must ask for external review within 4 months after you receive our final appeal decision. Because this denial is based on a plan exclusion rather than medical judgment, external review may be limited to whether the exclusion was applied correctly.

For help, you may contact the Georgia Office of the Commissioner of Insurance and Safety Fire, Consumer Services Division, 1-800-555-0158.

Nondiscrimination: Peachstate Care complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
Language assistance: 1-800-555-0152 (TTY 711).
""",
    document_type="denial", category="not_covered",
    deadline="2025-11-02", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 4.3")],
    notes="Expedited explicitly does not qualify/apply -> False. 180 days from letter date. Traps: 30-day standard decision, 4-month external review.",
)

# ---------------------------------------------------------------- 8 commercial, CPB cited, cryoablation experimental
add(
    name="s6_cpb0236_cryoablation_experimental",
    text="""Northwind Assurance Health Company
Precertification Unit
900 Asylum Avenue, Hartford, CT 06105

June 17, 2025

Harriet V. Lindqvist
72 Old Mill Road
Glastonbury, CT 06033

Member ID:          NWA-W448210933
Plan:               Northwind Choice POS II (employer group 0731144)
Precert Reference:  NWP-2506-117730
Ordering Provider:  Kwame Addo-Brennan, MD, Valley Pain & Spine (NPI 1326085591)
Service:            Percutaneous cryoablation of the genicular nerves, left knee (CPT 0441T)
Diagnosis:          M17.12 Unilateral primary osteoarthritis, left knee

Dear Ms. Lindqvist:

We reviewed the request for the service listed above. We have decided not to approve coverage.

Reason for our decision: Northwind considers cryoablation (cryoneurolysis) of peripheral nerves, including the genicular nerves, for the treatment of chronic knee pain to be experimental and investigational. There is not enough evidence in published medical studies to show that it improves pain and function over time compared with standard treatments. This decision is based on Northwind Clinical Policy Bulletin (CPB) 0236, Peripheral Nerve Ablation and Cryoneurolysis. Your plan does not cover services that are experimental or investigational.

This decision was made by Rosa Delacroix-Imbert, MD, board certified in physical medicine and rehabilitation. Your doctor may ask to speak with her about this decision. Peer-to-peer requests must be made within 14 calendar days of this letter by calling 1-800-555-0181.
""" + FF + """WHAT IF I DON'T AGREE WITH THIS DECISION?

You have the right to appeal. You must send your appeal within 180 days of the date you receive this letter. Write to: Northwind Assurance Health Company, National Appeals Unit, P.O. Box 14463, Lexington, KY 40512. Or fax: 1-859-555-0107.

Urgent appeals: If your doctor believes your health would be in serious jeopardy if you wait for a standard appeal, your doctor may request an urgent appeal by phone. We will decide urgent appeals within 72 hours. Standard pre-service appeals are decided within 30 calendar days.

External review: If we uphold this decision, you may ask for an independent external review. Requests for external review must be filed within 4 months of the date you receive our final adverse determination. Denials based on a service being experimental or investigational are eligible for external review.

You may request, free of charge, copies of CPB 0236 and all documents, records and other information relevant to your claim.
""",
    document_type="denial", category="experimental",
    deadline="2025-12-14", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "CPB 0236")],
    notes="Receipt-based 180 -> letter+180. Traps: peer-to-peer 14 days, 30-day standard decision, 4-month external review.",
)

# ---------------------------------------------------------------- 9 ACA marketplace, oncology benefit manager, proton therapy
add(
    name="s6_aca_proton_prostate_experimental",
    text="""GREAT LAKES COMPASS HEALTH
Individual Marketplace Plans - Michigan
Radiation oncology reviews performed on our behalf by Apex Oncology Review Services

Date:                December 2, 2024
Member:              Lamar D. Whitfield
Member ID:           GLC-MI-30074218
Date of birth:       04/11/1958
Treating physician:  Helena Szabo, MD, Lakeshore Proton Institute (NPI 1184920375)
Case number:         AORS-241126-58823
Request received:    11/26/2024
Services requested:  Proton beam radiation therapy, 28 fractions (CPT 77520, 77525, 77301)
Diagnosis:           C61 Malignant neoplasm of prostate

Dear Mr. Whitfield:

Your doctor asked us to approve proton beam radiation therapy for prostate cancer. We cannot approve this request.

Reason: Under Great Lakes Compass Medical Policy 8.01.10, Proton Beam Radiation Therapy, proton beam therapy for localized prostate cancer is considered investigational. Published studies have not shown that proton therapy leads to better cancer control or fewer side effects than intensity-modulated radiation therapy (IMRT) using photons. The NCCN Guidelines for Prostate Cancer list IMRT as a standard external beam option, and the evidence reviewed does not show an advantage for protons for your stage of disease. Your plan does not cover investigational services.

What may be approved instead: IMRT with image guidance (for example CPT 77385 and 77014) for the same course of treatment would meet criteria if your doctor submits a new request.

Reviewer: Farid Moussaoui, MD, board certified in radiation oncology

Your doctor may request a peer-to-peer discussion within 14 calendar days of this determination by calling Apex Oncology Review Services at 1-888-555-0122.
""" + FF + """YOUR RIGHT TO APPEAL

You have 180 days from the date you receive this notice to file an internal appeal with Great Lakes Compass Health. You can appeal by calling 1-855-555-0140 or by writing to Great Lakes Compass Health, Appeals Department, P.O. Box 30219, Lansing, MI 48909.

If your situation is urgent: If waiting for a standard appeal decision could seriously jeopardize your life, your health, or your ability to regain maximum function, you or your doctor may ask for an expedited appeal. We will decide an expedited appeal within 72 hours. You may ask for an expedited external review at the same time.

Standard appeals for services you have not yet received are decided within 30 days.

External review: After our final decision, you may ask the Michigan Department of Insurance and Financial Services for an external review under the Patient's Right to Independent Review Act. You must file within 127 days after you receive our final adverse determination.

Nondiscrimination notice and language taglines are enclosed.
""",
    document_type="denial", category="experimental",
    deadline="2025-05-31", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "8.01.10"), ("NCCN", None)],
    notes="Delegated oncology reviewer; payer policy + NCCN named without an id. Receipt-based 180. Traps: 28 fractions, 14-day P2P, 30-day standard, 127-day external review, received date 11/26.",
)

# ---------------------------------------------------------------- 10 MA payment denial, PRP, expedited not available for payment
add(
    name="s6_ma_prp_payment_experimental",
    text="""CARDINAL POINT MEDICARE ADVANTAGE (HMO)
P.O. Box 661040, Richmond, VA 23261

NOTICE OF DENIAL OF PAYMENT

Date: 02/27/2025
Name: Beverly J. Tran                  Member number: CPM-20188417
Claim number: 25016-0093341            Date of service: 01/16/2025
Provider: Tidewater Sports Medicine, Curtis Ng, DO

We have denied payment for the medical services listed below:
  Platelet-rich plasma (PRP) injection, right knee - CPT 0232T        Billed $1,150.00
  Ultrasound guidance - CPT 76942                                     Billed $185.00
  Diagnosis: M17.11 Unilateral primary osteoarthritis, right knee
  Adjustment reason: CO-50 These are non-covered services because this is not deemed a medical necessity by the payer.

Why did we deny payment?
Platelet-rich plasma injection for knee osteoarthritis is considered investigational. Medicare covers platelet-rich plasma only for chronic non-healing diabetic, pressure, or venous wounds when provided in an approved clinical study, as described in National Coverage Determination NCD 270.3, Blood-Derived Products for Chronic, Non-Healing Wounds. Other uses of PRP have not been shown to be reasonable and necessary, and the Local Coverage Determination that applies in your area (LCD L34220) does not list PRP as a covered knee injection. The ultrasound guidance was denied because it was performed only for the PRP injection.

Because your provider is in our network, you do not have to pay for these services except for any cost sharing that would have applied.
""" + FF + """You have the right to appeal our decision
You have the right to ask Cardinal Point Medicare Advantage to review our decision by asking us for an appeal. Ask for an appeal within 65 calendar days from the date of this notice. We can give you more time if you have a good reason for missing the deadline.

Standard Appeal - If your appeal is about payment for a service you already got, we will give you a written decision within 60 calendar days after we get your appeal.
Fast Appeal - Fast appeals are only for services you have not received yet. If your appeal is about payment for a service you already got, you can't ask for a fast appeal.

What happens next? If we continue to deny payment after your appeal, we'll automatically send your case to an independent reviewer (the Independent Review Entity).

Cardinal Point Medicare Advantage - Appeals
P.O. Box 661045, Richmond, VA 23261   Phone 1-844-555-0170 (TTY 711)

Cardinal Point Medicare Advantage complies with applicable Federal civil rights laws.
""",
    document_type="denial", category="experimental",
    deadline="2025-05-03", window_days=65, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("NCD", "NCD 270.3"), ("LCD", "L34220")],
    notes="Payment (post-service) IDN; fast appeal explicitly unavailable -> False. CARC CO-50 says 'medical necessity' but the stated reason is investigational -> experimental. Traps: 60-day payment decision.",
)

# ---------------------------------------------------------------- 11 Part D coverage determination denial, step therapy
add(
    name="s6_partd_step_therapy_ra",
    text="""SUNMEADOW RX (PDP)
Medicare Prescription Drug Plan
Coverage Determinations Department, P.O. Box 52814, Phoenix, AZ 85072

NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

Date: March 24, 2025

Enrollee's name: Florence A. Mbeki
Member ID: SMX09927144
Drug: Rinvoq (upadacitinib) 15 mg extended-release tablet, #30 per 30 days
Prescriber: Gideon Havel, MD (NPI 1639217740)
Case ID: CD-25-0322-88140

We have denied your request for coverage of (or payment for) the prescription drug listed above. Your request was denied because:

The drug you requested is on our List of Covered Drugs (Formulary) with a step therapy requirement. Before we can cover Rinvoq for rheumatoid arthritis (M06.9), you must have tried methotrexate and at least one of our preferred tumor necrosis factor (TNF) blockers (such as adalimumab-adaz or etanercept) and they must not have worked, or you must not be able to take them. Your prescriber told us you have taken methotrexate. We did not receive information that you have tried a preferred TNF blocker or that you cannot take one. This is required by the step therapy rules in our 2025 Formulary.

You can ask your prescriber to request a formulary exception if there is a medical reason you cannot take the preferred drugs.

If you have questions, call Sunmeadow Rx at 1-866-555-0155 (TTY 711), 24 hours a day, 7 days a week.
""" + FF + """Who may ask for an appeal?
You, your prescriber, or your representative may ask for a redetermination (appeal).

How do you ask for a redetermination?
You must request a redetermination no later than 65 days from the date on this letter. We can give you more time if you have a good reason for missing the deadline. You can ask by calling 1-866-555-0155, faxing 1-866-555-0156, or writing to Sunmeadow Rx, Appeals, P.O. Box 52815, Phoenix, AZ 85072.

Standard redetermination - We will give you a decision no later than 7 days after we get your request. If your request is for payment of a drug you already bought, we will decide within 14 days.

Expedited (fast) redetermination - If your health could be seriously harmed by waiting up to 7 days for a decision, you or your prescriber can ask for an expedited redetermination. We will give you a decision no later than 72 hours after we get your request. If your prescriber tells us that your life or health may be seriously harmed by waiting, we will automatically give you a fast decision. If you are asking for payment for a drug you already received, you can't request a fast appeal.

What happens next? If we deny your redetermination, you can ask for a review by the Independent Review Entity.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-05-28", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None)],
    notes="CMS-10146 style; 'no later than 65 days from the date on this letter'. Traps: 7-day/14-day standard, 30 tablets/30 days, 24/7 phone.",
)

# ---------------------------------------------------------------- 12 commercial PBM, dupilumab, step therapy, 24h urgent
add(
    name="s6_pbm_dupilumab_step",
    text="""KEELBRIDGE PHARMACY SOLUTIONS
Clinical Review on behalf of the Cordova Logistics Employee Health Plan
P.O. Box 29071, Louisville, KY 40229 | Fax 1-877-555-0189

Date:           01/28/2025
Patient:        Jonah R. Abernathy           DOB: 09/30/2011
Member ID:      CLX-55120-03                 Rx Group: CORDLOG1
Prescriber:     Anneliese Ortmann, MD (NPI 1487302265)
Medication:     Dupixent (dupilumab) 300 mg/2 mL prefilled pen, 2 pens per 28 days
Diagnosis:      L20.9 Atopic dermatitis, unspecified
Request ID:     KPS-PA-011725-92214

COVERAGE DETERMINATION: DENIED

The request for Dupixent has been denied. Keelbridge Pharmacy Policy RX-211, Dupilumab, requires that before coverage of Dupixent for moderate-to-severe atopic dermatitis, the patient has had an inadequate response to, or cannot use, both of the following: (1) a medium- to high-potency topical corticosteroid used for at least 28 days, and (2) a topical calcineurin inhibitor (tacrolimus or pimecrolimus) or crisaborole used for at least 6 weeks. The information provided shows a trial of triamcinolone 0.1% cream. There is no record of a trial of a topical calcineurin inhibitor or crisaborole, or a reason these cannot be used.

Your prescriber can submit a new request with chart notes showing the trial of the second required medication.

Pharmacist reviewer: Theodora Lindgren, PharmD. Physician reviewer: Marcus Oyelaran, MD.
""" + FF + """APPEAL INFORMATION

You or your prescriber may appeal this decision. Your appeal must be filed within 180 days of the date of this letter. Send appeals to Keelbridge Pharmacy Solutions, Attn: Clinical Appeals, P.O. Box 29072, Louisville, KY 40229, or fax 1-877-555-0190.

Urgent appeals: If your prescriber indicates that waiting for a standard decision could seriously jeopardize the patient's life or health, you may request an urgent appeal by calling 1-877-555-0188. We will notify you and your prescriber of our decision within 24 hours of receipt of the request. Standard appeals are decided within 15 days (pre-service) of receipt.

You may also have the right to an independent external review after the appeal process. You have the right to bring a civil action under ERISA Section 502(a) after the final appeal decision.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-07-27", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=24,
    guidelines=[("payer_policy", "RX-211")],
    notes="PBM step therapy; 180 days from letter date. 24h urgent appeal. Traps: 28 days / 6 weeks trial lengths, 2 pens per 28 days, 15-day standard.",
)

# ---------------------------------------------------------------- 13 Florida Medicaid PDL step, 48h expedited, 72-hour supply trap
add(
    name="s6_fl_medicaid_pdl_step",
    text="""COASTAL PALM HEALTH PLAN
Florida Statewide Medicaid Managed Care (SMMC) - Managed Medical Assistance
8800 NW 36th Street, Doral, FL 33178

NOTICE OF ADVERSE BENEFIT DETERMINATION

September 10, 2024

To the parent/guardian of: Elijah K. Batista
Medicaid ID: 8810427731      Plan ID: CPH-5510920
Prescriber: Yolanda Ferrer-Quinn, ARNP
Drug requested: Vyvanse (lisdexamfetamine) 30 mg capsule, #30 / 30 days
Diagnosis: F90.2 Attention-deficit hyperactivity disorder, combined type
Authorization #: RX-24-0906-44127

We have denied the request for the medicine listed above.

Why: Vyvanse is a non-preferred drug on the Florida Medicaid Preferred Drug List (PDL). For children 6 to 17 years old, the PDL step therapy criteria require trials of two preferred stimulant medicines (for example, methylphenidate extended-release and mixed amphetamine salts extended-release) before a non-preferred stimulant can be approved, unless there is a medical reason the child cannot take them. The records show a trial of methylphenidate ER for 3 weeks. We did not receive records of a trial of a second preferred stimulant.

If the pharmacy cannot fill a needed medicine while a prior authorization is pending, the pharmacist may give a 72-hour emergency supply.
""" + FF + """YOUR APPEAL RIGHTS

If you do not agree with our decision, you can ask for a plan appeal. You must ask for the appeal within 60 days of the date on this Notice of Adverse Benefit Determination. You can ask by phone at 1-888-555-0114 (TTY 711) or in writing to Coastal Palm Health Plan, Appeals Department, P.O. Box 451720, Doral, FL 33145. If you ask by phone, you do not need to send a written request.

We will make a decision within 30 days after we get your appeal.

Expedited appeal: If you or your provider think that taking the time for a standard appeal could seriously harm the member's health, you can ask for an expedited appeal. We will decide an expedited appeal within 48 hours after we receive it.

Medicaid Fair Hearing: You must finish the plan appeal process before you ask for a Medicaid Fair Hearing. You may ask for a fair hearing within 120 days of the date on the Notice of Plan Appeal Resolution. Call the Agency for Health Care Administration Office of Fair Hearings at 1-877-555-0190.

Subscriber Assistance Program: You may also contact the Florida Medicaid Helpline at 1-877-555-0154.
""",
    document_type="denial", category="step_therapy",
    deadline="2024-11-09", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=48,
    guidelines=[("formulary", None)],
    notes="PDL (preferred drug list) -> formulary, named without id. Expedited 48h. Traps: 72-hour emergency supply (not a decision time), 30-day decision, 120-day fair hearing, 3-week trial.",
)

# ---------------------------------------------------------------- 14 provider claim denial, no authorization, CO-197
add(
    name="s6_provider_remit_no_auth_co197",
    text="""GRANITE PEAK HEALTH PLAN
Provider Claim Denial Notice
Claims Department, P.O. Box 4410, Manchester, NH 03108

Notice date: 04/21/2025

Provider:            Summit Orthopedic Surgery Center, LLC
Billing NPI:         1598320047        TIN: XX-XXX4412
Patient:             Colleen F. Marchetti
Member ID:           GPH-40033918-01
Claim number:        2025-0311-7704182
Date(s) of service:  03/04/2025
Line 1: CPT 29881 Arthroscopy, knee, surgical; with meniscectomy, medial OR lateral - Billed $6,840.00 - Paid $0.00
Line 2: CPT 29877 Arthroscopy, knee; debridement/shaving of articular cartilage - Billed $1,920.00 - Paid $0.00
Diagnosis: M23.221 Derangement of posterior horn of medial meniscus due to old tear, right knee

| Line | CARC   | Description                                                      |
| 1-2  | CO-197 | Precertification/authorization/notification/pre-treatment absent |
| 2    | CO-97  | Benefit included in the allowance for another service            |

Explanation: Outpatient knee arthroscopy is on the Granite Peak prior authorization list for this member's plan. No authorization was requested or approved for this date of service. Retrospective authorization is not available for scheduled outpatient surgery. Under your participation agreement, the member may not be billed for services denied for lack of authorization.

Provider reconsideration / appeal: If you believe an authorization was obtained, or that this service met an exception (for example, it was performed as an emergency), you may request a reconsideration within 60 days from the date of this notice. Submit the request with the authorization number or supporting records through the provider portal or to Granite Peak Provider Appeals, P.O. Box 4415, Manchester, NH 03108.

Corrected claims must be received within 90 days of the date of service (timely filing limit). A corrected claim is not an appeal.
Questions: Provider Services 1-800-555-0135.
""",
    document_type="denial", category="no_authorization",
    deadline="2025-06-20", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Provider-addressed post-service; provider reconsideration window counts. Traps: 90-day timely filing from DOS, CO-97 secondary line. CARCs CO-197, CO-97.",
)

# ---------------------------------------------------------------- 15 Ohio Medicaid member notice, no authorization, post-service
add(
    name="s6_oh_medicaid_no_auth_member",
    text="""LAKE ERIE COMMUNITY HEALTH PLAN
An Ohio Medicaid Managed Care Organization
1600 Superior Avenue, Cleveland, OH 44114
Member Services: 1-855-555-0147 (TTY 711)

03/05/2025

DeShawn P. Whitaker
3318 Lorain Avenue, Apt 2
Cleveland, OH 44113

NOTICE OF ADVERSE BENEFIT DETERMINATION - DENIAL OF PAYMENT

Member ID: LEC0091827744           Medicaid ID: 109384756120
Claim #: 25-0131-LE-660218
Provider: Northcoast Imaging Partners
Service: MRI of the brain without and with contrast (CPT 70553)
Date of service: 01/22/2025
Diagnosis: R51.9 Headache, unspecified

Dear DeShawn Whitaker:

We have denied payment for the service listed above. The reason for our decision is: Your provider did not ask us for approval (prior authorization) before the MRI was done. Lake Erie Community Health Plan requires prior authorization for non-emergency MRI scans. We did not get a request for this service, and we did not approve it.

You do not have to pay for this service. Because the provider did not follow our rules, the provider cannot bill you. If you get a bill from this provider, please call Member Services.

YOUR RIGHT TO APPEAL
If you disagree with our decision, you can ask for an appeal. You must ask for an appeal within 60 calendar days from the date of this notice. You can call us or write to: Lake Erie Community Health Plan, Appeals Unit, P.O. Box 94210, Cleveland, OH 44101.

We will send you a decision within 15 calendar days after we get your appeal. Because you have already received this service, your appeal cannot be handled as an expedited appeal.
""" + FF + """STATE HEARING
If we deny your appeal, you can ask for a state hearing with the Ohio Department of Job and Family Services, Bureau of State Hearings. You must ask for a state hearing within 120 calendar days from the date of our appeal decision notice.

If you need help with your appeal, contact the Ohio Medicaid Consumer Hotline at 1-800-555-0174, or your local legal aid office.

Lake Erie Community Health Plan complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
ATENCION: Si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al 1-855-555-0147 (TTY: 711).
""",
    document_type="denial", category="no_authorization",
    deadline="2025-05-04", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Member-facing post-service no-auth; expedited explicitly unavailable -> False. Traps: 15-day decision, 120-day state hearing.",
)

# ---------------------------------------------------------------- 16 commercial CPAP rental without PA, post-service, silent on expedited
add(
    name="s6_cpap_rental_no_auth",
    text="""ARBOR MUTUAL INSURANCE COMPANY
Claims Review Department
250 Monroe Avenue NW, Grand Rapids, MI 49503

January 15, 2025

Patricia E. Lindahl
903 Fulton Street East
Grand Rapids, MI 49503

Subscriber ID:        ARM-887204431
Group:                Westshore Credit Union (G-40128)
Claim Number:         DM24-1203-558170
Supplier:             RestWell Medical Supply (NPI 1700482916)
Dates of Service:     11/20/2024 - 12/19/2024
Items:                CPAP device, rental (E0601-RR); full face mask (A7030); heated tubing (A4604)
Diagnosis:            G47.33 Obstructive sleep apnea (adult) (pediatric)
Amount Billed:        $612.40
Amount Allowed:       $0.00
Claim Adjustment:     CO-197

Dear Ms. Lindahl:

We have reviewed the claim above. We are not able to pay it.

Your plan requires prior authorization for durable medical equipment (DME) rentals, including CPAP devices, as stated in Section 5.1 of your Certificate of Insurance, "Services Requiring Prior Authorization." We did not receive or approve a prior authorization request for these items before they were supplied. RestWell Medical Supply is a participating supplier. Participating suppliers agree not to bill members for services denied because the supplier did not obtain prior authorization.

If your supplier requests authorization now for future rental months, the request will be reviewed for medical necessity. A completed sleep study and documentation of your face-to-face visit will be needed.

If you do not agree with this decision, you have 180 days after receiving this notice to file an appeal. Send your appeal to Arbor Mutual Insurance Company, Appeals, P.O. Box 2207, Grand Rapids, MI 49501. We will decide your appeal within 30 days. You may request free copies of the documents we used to decide your claim.

You may also contact the Michigan Department of Insurance and Financial Services at 1-877-555-0107 for help.

Sincerely,
Claims Review Department
Arbor Mutual Insurance Company
""",
    document_type="denial", category="no_authorization",
    deadline="2025-07-14", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 5.1")],
    notes="Post-service claim, letter silent on expedited -> False per contract. 'after receiving' -> receipt, letter+180. Traps: DOS range, 30-day decision; sleep study requirement is about future requests.",
)

# ---------------------------------------------------------------- 17 Medi-Cal managed care, out-of-network specialist
add(
    name="s6_medical_oon_specialist",
    text="""GOLDEN POPPY HEALTH PLAN
Medi-Cal Managed Care
1201 K Street, Suite 800, Sacramento, CA 95814

NOTICE OF ACTION
Denial of Requested Service

05/19/2025

Parent/Guardian of: Sofia L. Marroquin
Medi-Cal CIN: 92018447A        Plan ID: GPH-8840192
Requesting provider: Ramon Okonjo, MD, Riverbend Pediatrics
Service requested: Referral to out-of-network pediatric gastroenterologist, Bayview Children's Specialty Clinic (new patient visit, CPT 99204, and follow-up)
Diagnosis: K50.90 Crohn's disease, unspecified, without complications
Tracking number: GPH-UM-250512-0417

Golden Poppy Health Plan has reviewed the request for the service listed above. This request is denied.

The reason for this decision is: Bayview Children's Specialty Clinic is not in the Golden Poppy network. We have pediatric gastroenterologists in our network who treat Crohn's disease and can see your child within the required timeframe. Sequoia Children's Medical Group, 44 Alhambra Boulevard, Sacramento (1-916-555-0132), has an appointment available within 10 business days. Out-of-network referrals are approved only when no network provider can offer the needed care within the time and distance standards, as explained in Golden Poppy policy UM-OON-04, Out-of-Network Referrals. Your doctor can help you schedule with the network specialist.

If you have questions, call Golden Poppy Member Services at 1-888-555-0163 (TTY 711).

Medical reviewer: Lucinda Park-Haverford, MD, Pediatrics
""" + FF + """YOUR RIGHTS UNDER MEDI-CAL MANAGED CARE

If you do not agree with the decision made for your treatment, you can file an appeal. This appeal is filed with your health plan.

HOW TO FILE AN APPEAL
You have 60 days from the date of this Notice of Action letter to file an appeal. But, if you are currently getting treatment and you want to continue getting treatment, you must ask for an appeal within 10 days from the date this letter was postmarked or delivered to you, or before the date your health plan says services will stop.

You can file an appeal by phone, in writing, or online. Your health plan has 30 days to give you an answer. If your doctor or health plan says waiting 30 days could seriously harm your life, health, or ability to function, you can ask for an expedited (fast) appeal. The plan will decide an expedited appeal within 72 hours.

STATE HEARING
If the plan's appeal decision still denies the service, you can ask for a State Hearing. You must ask within 120 days from the date of the plan's "Notice of Appeal Resolution" letter.

INDEPENDENT MEDICAL REVIEW (IMR)
You can also ask the Department of Managed Health Care for an IMR after the appeal. An IMR does not cost you anything. Call the DMHC Help Center at 1-888-555-0117.
""",
    document_type="denial", category="out_of_network",
    deadline="2025-07-18", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "UM-OON-04")],
    notes="Medi-Cal NOA + Your Rights. Traps: 10-day continuation (postmark), 10 business days appointment, 30-day answer, 120-day state hearing.",
)

# ---------------------------------------------------------------- 18 EPO post-service out-of-network claim, CO-242
add(
    name="s6_epo_oon_claim_co242",
    text="""HERONWOOD HEALTH
Explanation of Benefits - THIS IS NOT A BILL
P.O. Box 71160, Portland, OR 97228

Date Processed: August 26, 2024
Member: Carsten J. Moberg                 Member ID: HWH-OR-7712039
Plan: Heronwood Select EPO (Willamette Timber Co. Health Plan)
Patient: Carsten J. Moberg
Claim #: 2024-0808-330917
Provider: Pacific Crest Physical Therapy (Out-of-Network)

Service Date   Code    Description                     Billed    Allowed   Plan Paid   You Owe   Code
07/19/2024     97110   Therapeutic exercise x3 units   $285.00   $0.00     $0.00       $285.00   CO-242
07/19/2024     97140   Manual therapy x2 units         $190.00   $0.00     $0.00       $190.00   CO-242
07/19/2024     97161   PT evaluation, low complexity   $210.00   $0.00     $0.00       $210.00   CO-242
Diagnosis: M54.50 Low back pain, unspecified

CO-242: Services not provided by network/primary care providers.

Why wasn't this claim paid? Your Select EPO plan pays benefits only for services from Heronwood network providers, except for emergency care and services the plan approved in advance. Article IV, Section 4.1 (Exclusive Provider Organization Benefits) of the Plan Document states that services from non-network providers are not covered. Pacific Crest Physical Therapy is not in the Heronwood network, and no network exception was requested. The federal No Surprises Act protections do not apply because these were scheduled, non-emergency services at a non-network office.

Your right to appeal: If you disagree with how this claim was processed, you or your representative may file an appeal within 180 days of the date you receive this Explanation of Benefits. Mail your appeal to Heronwood Health, Member Appeals, P.O. Box 71165, Portland, OR 97228. We will send our decision within 60 days after we receive your appeal.

You may request copies of the Plan Document and all records relevant to your claim at no cost. You may have the right to external review and to bring a civil action under Section 502(a) of ERISA after the appeal process.
""",
    document_type="denial", category="out_of_network",
    deadline="2025-02-22", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Article IV, Section 4.1")],
    notes="EOB, post-service -> expedited False (silent). 'receive this EOB' -> receipt, letter+180. No Surprises Act mentioned as not applicable. CARC CO-242. Trap: 60-day appeal decision.",
)

# ---------------------------------------------------------------- 19 Arizona AHCCCS, out-of-network transplant evaluation
add(
    name="s6_az_ahcccs_oon_transplant",
    text="""SAGUARO VISTA HEALTH PLAN
AHCCCS Complete Care
2400 N. Central Avenue, Phoenix, AZ 85004

NOTICE OF ADVERSE BENEFIT DETERMINATION (NOTICE OF ACTION)

Date of this Notice: July 8, 2025
Member: Raymundo T. Velasquez           AHCCCS ID: A40917723
Requesting Provider: Celia Montoya-Reyes, MD, Desert Hepatology Associates
Service Requested: Liver transplant evaluation (consultation, imaging and laboratory work-up) at Rocky Mountain Transplant Institute, Denver, Colorado
Diagnosis: K74.60 Unspecified cirrhosis of liver; K76.6 Portal hypertension
Prior Authorization #: SVH-TX-250630-118

Saguaro Vista Health Plan has DENIED the request listed above.

Reason: The requested transplant center is not contracted with Saguaro Vista or AHCCCS for liver transplant services. The AHCCCS Medical Policy Manual, AMPM Policy 310-DD (Transplantation of Organs and Tissue), requires transplant evaluations to be done at an AHCCCS-contracted transplant center unless no contracted center can provide the service. Saguaro Canyon Transplant Center in Phoenix is an in-network, AHCCCS-contracted liver transplant center and can schedule your evaluation. Your doctor has been sent the referral information.

This decision was made by Terrence Obi, MD, Medical Director.
""" + FF + """HOW TO FILE AN APPEAL
You have 60 days from the date of this Notice to file an appeal. You can file by phone at 1-866-555-0108 (TTY 711) or in writing to Saguaro Vista Health Plan, Grievance and Appeals, 2400 N. Central Avenue, Phoenix, AZ 85004.

We will send you a decision within 30 days. If you or your doctor believe that waiting 30 days could seriously jeopardize your life or health, you can ask for an expedited appeal. We will decide an expedited appeal within 72 hours.

STATE FAIR HEARING
If you are not happy with our appeal decision, you can ask for a State Fair Hearing. You must ask for the hearing within 90 days of the date you receive the Notice of Appeal Resolution.

Continuation of services: Because this notice is about a new request and not about a service you are already receiving, continuation of services does not apply.

Saguaro Vista Health Plan does not discriminate on the basis of race, color, national origin, age, disability, or sex. Free language help: 1-866-555-0108.
""",
    document_type="denial", category="out_of_network",
    deadline="2025-09-06", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "AMPM Policy 310-DD")],
    notes="State Medicaid manual cited as basis -> labelled payer_policy (judgment call: could be 'other'). Traps: 30-day decision, 90-day state fair hearing.",
)

# ---------------------------------------------------------------- 20 MA provider remittance, diagnosis/procedure mismatch CO-11
add(
    name="s6_provider_lipid_dx_co11",
    text="""HARBORLINE MEDICARE ADVANTAGE
Provider Remittance Advice - Claim Detail
P.O. Box 30904, Salt Lake City, UT 84130

Remittance date: 02/11/2025          Check/EFT #: 0004471920
Payee: Coastal Family Medicine, PC   Payee NPI: 1821033746

Patient: Gerald M. Osterhout         Member ID: HML-58201774
Patient account #: CFM-11829         Claim #: 25012-8840-1103
Rendering: Amira Haddad, MD

DOS         CPT     Dx                  Billed   Allowed   Paid    Group/CARC   RARC
01/07/2025  80061   Z13.220             $62.00   $0.00     $0.00   CO-11        M76
01/07/2025  G0439   Z00.00              $175.00  $132.18   $132.18

CO-11: The diagnosis is inconsistent with the procedure.
M76: Missing/incomplete/invalid diagnosis or condition.

Claim note: The lipid panel (80061) was billed with diagnosis Z13.220, which is not a covered diagnosis for a diagnostic lipid panel under NCD 190.23, Lipid Testing. Cardiovascular screening blood tests are covered once every 5 years under 42 CFR 410.17 only when billed with the screening diagnosis Z13.6. Please review the coding and, if appropriate, submit a corrected claim. The annual wellness visit G0439 was paid.

Reconsideration: If you disagree with this determination, submit a request for reconsideration within 60 days from the date of the remittance advice. Include the claim number and supporting documentation. Corrected claims must be submitted within the timely filing limit of 365 days from the date of service and are not reconsiderations.

Harborline Provider Services: 1-800-555-0196
""",
    document_type="partial_denial", category="coding",
    deadline="2025-04-12", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("NCD", "NCD 190.23"), ("regulation", "42 CFR 410.17")],
    notes="Provider remittance: G0439 paid, 80061 denied -> partial. Window from RA date -> letter_date. Traps: 365-day timely filing, 5-year screening frequency. CARC CO-11.",
)

# ---------------------------------------------------------------- 21 commercial EOB, missing modifier 25, CO-4
add(
    name="s6_eob_modifier25_bundled",
    text="""ALDERWOOD HEALTH PLAN
Your Explanation of Benefits
THIS IS NOT A BILL

EOB date: June 3, 2025
Member: Vivian S. Achterberg                 ID: AHP-22041187
Patient: Vivian S. Achterberg                Group: Fairmont Dental Labs #7712
Claim number: 25-0514-667201
Provider: Lakeside Orthopedics - Bennett Yoshida, MD

Date of service 05/14/2025
  99214  Office visit, established patient      Billed $245.00   Plan paid $0.00     You owe $0.00    Remark CO-4
  20610  Injection, major joint (right knee)    Billed $310.00   Plan paid $188.40   You owe $47.10   Coinsurance
  J3301  Triamcinolone acetonide, per 10 mg x4  Billed $48.00    Plan paid $12.80    You owe $3.20    Coinsurance
Diagnosis: M17.11, M25.561

CO-4: The procedure code is inconsistent with the modifier used, or a required modifier is missing.

What this means: A separate office visit on the same day as a joint injection is paid only when the visit is significant and separately identifiable and the provider bills it with modifier 25. Your provider billed the office visit without modifier 25, so under Alderwood Reimbursement Policy RPM-017, Modifier 25 - Significant, Separately Identifiable E/M Service, the visit is included in the payment for the injection. You are not responsible for the amount denied with CO-4. Your provider may send a corrected claim within 90 days of this EOB if the visit qualifies.

Questions? Call 1-800-555-0127.

APPEAL RIGHTS: If you disagree with this decision, you may file an appeal within 180 days from the date of this Explanation of Benefits. Write to Alderwood Health Plan, Appeals, P.O. Box 3090, Spokane, WA 99220. We will respond within 30 days. You may also have the right to an external review after our final decision.
""",
    document_type="partial_denial", category="coding",
    deadline="2025-11-30", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("payer_policy", "RPM-017")],
    notes="EOB: injection/drug paid, E/M denied for missing modifier -> partial, coding. 180 days from EOB date -> letter_date. Post-service -> expedited False. Trap: provider corrected claim 90 days. CARC CO-4.",
)

# ---------------------------------------------------------------- 22 dental plan provider notice, same-day code conflict, window from date of service
add(
    name="s6_dental_exam_code_conflict",
    text="""TIDEWELL DENTAL PLANS, INC.
Dental Claim Determination - Provider Copy
P.O. Box 2680, Norfolk, VA 23501 | Provider line 1-888-555-0183

Date: 04/09/2025

Dentist:          Cedar Creek Family Dentistry - Oyelaran K. Wilkes, DDS (NPI 1285730194)
Patient:          Hollis B. Rainier (dependent)      Subscriber ID: TDP-449108-02
Group:            Chesapeake Marine Supply, Group 31570
Claim ID:         DN25-0318-550217
Date of Service:  03/17/2025

Line  Tooth/Area  CDT    Description                              Submitted   Allowed   Benefit   Code
1     -           D0150  Comprehensive oral evaluation            $95.00      $78.00    $78.00
2     -           D0120  Periodic oral evaluation                 $62.00      $0.00     $0.00     CO-231
3     -           D0210  Intraoral - comprehensive series         $155.00     $121.00   $121.00
4     -           D0330  Panoramic radiographic image             $130.00     $0.00     $0.00     CO-231
5     -           D1110  Prophylaxis - adult                      $110.00     $88.00    $88.00

CO-231: Mutually exclusive procedures cannot be done in the same day/setting.

Explanation: A periodic evaluation (D0120) may not be reported on the same date as a comprehensive evaluation (D0150) by the same dentist, and a panoramic image (D0330) is considered part of a complete intraoral series (D0210) when both are reported on the same date. The two lines were denied as mutually exclusive. Under your participating dentist agreement, the patient may not be charged for lines 2 and 4.

Reconsideration: Requests for reconsideration must be received within 90 days from the date of service. Include the narrative and radiographs if you believe the services were billed correctly.

Claims must be submitted within 180 days of the date of service.
""",
    document_type="partial_denial", category="coding",
    deadline="2025-06-15", window_days=90, counted_from="service_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Window counted from date of service (03/17/2025 + 90), not the notice date. Partial: 3 of 5 lines paid. Traps: 180-day filing limit. CARC CO-231.",
)

# ---------------------------------------------------------------- 23 COBRA terminated, eligibility, stated receipt presumption
add(
    name="s6_cobra_termed_eligibility",
    text="""STONEBRIDGE HEALTH INSURANCE COMPANY
Member Claims Services
P.O. Box 19044, Omaha, NE 68119     1-800-555-0139

Date: February 14, 2025

Marguerite A. Solberg
2711 Pacific Street
Omaha, NE 68105

Re: Claim denial
Member ID:        SBH-60218844
Coverage type:    COBRA continuation - Plainsview Printing Co. Group Plan
Claim number:     CLM-2501-7730412
Provider:         Westgate Internal Medicine, P.C.
Date of service:  01/14/2025
Services:         Office visit (99213); comprehensive metabolic panel (80053); hemoglobin A1c (83036)
Billed:           $318.00
Claim adjustment: CO-27 Expenses incurred after coverage terminated.

Dear Ms. Solberg:

We are unable to pay this claim because you were not covered on the date of service. Your COBRA continuation coverage ended on December 31, 2024, because the premium due January 1, 2025 was not received by the end of the 30-day grace period. Claims for services on or after January 1, 2025 are not eligible for benefits.

If you believe your premium was paid on time, please send proof of payment (for example, a cancelled check or bank statement) with your appeal.

Appeal rights: You may appeal this decision within 180 days of receipt of this letter. For purposes of this deadline, unless you show otherwise, we will presume that you received this letter five (5) calendar days after the date printed above. Appeals should be sent to Stonebridge Health Insurance Company, Appeals Unit, P.O. Box 19047, Omaha, NE 68119. We will decide your appeal within 60 days of receiving it.

You have the right to request, free of charge, copies of all documents relevant to your claim. If your plan is governed by ERISA, you may have the right to bring a civil action under Section 502(a) after your appeal.

Sincerely,
Eligibility and Claims Review
""",
    document_type="denial", category="eligibility",
    deadline="2025-08-18", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Letter states a receipt presumption of 5 days -> letter + 5 + 180 (README rule). Post-service -> expedited False. Traps: 30-day grace period, 60-day decision. CARC CO-27.",
)

# ---------------------------------------------------------------- 24 Georgia Medicaid CMO, eligibility ends, '60th day after', silent on expedited
add(
    name="s6_ga_medicaid_disenroll_eligibility",
    text="""RED CLAY COMMUNITY HEALTH
Georgia Families - Medicaid Care Management Organization
100 Peachtree Center Avenue, Suite 1400, Atlanta, GA 30303

April 29, 2025

Beatrice O. Nwankwo
1422 Clairmont Circle
Tucker, GA 30084

Member ID: RCH-301948827          Medicaid ID: 553019288170
Authorization #: HH-25-0422-77103
Requested by: Piedmont Visiting Nurses, LLC
Service: Skilled nursing home health visits, 2 visits per week for 8 weeks beginning 05/15/2025 (G0299)
Diagnosis: L89.153 Pressure ulcer of sacral region, stage 3

NOTICE OF ADVERSE BENEFIT DETERMINATION

Dear Ms. Nwankwo:

Red Clay Community Health cannot approve the request above. Our records from the Georgia Department of Community Health show that your Georgia Medicaid eligibility, and your enrollment in Red Clay Community Health, end on April 30, 2025. The services were requested to start on May 15, 2025, after your coverage with us ends. A Georgia Families plan can only approve services for dates when you are enrolled with the plan.

Visits provided through April 30, 2025 under your current authorization are not affected by this letter.

If you think your Medicaid eligibility ended by mistake, contact the Division of Family and Children Services (DFCS) at 1-877-555-0123. DFCS notices about eligibility have their own hearing rights and time limits, which are listed on the DFCS notice.

Your appeal rights: If you do not agree with this decision, you or someone you choose may ask for an appeal. Your appeal must be received by the 60th day after the date of this letter. Call 1-855-555-0161 (TTY 711) or write to Red Clay Community Health, Appeals, P.O. Box 7290, Atlanta, GA 30357. We will decide your appeal within 30 calendar days.

State administrative law hearing: If we uphold our decision, you can ask for a hearing with the Georgia Office of State Administrative Hearings within 120 days of the date of our appeal decision.

Red Clay Community Health complies with applicable Federal civil rights laws.
""",
    document_type="denial", category="eligibility",
    deadline="2025-06-28", window_days=60, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Pre-service, letter silent on expedited -> None. 'received by the 60th day after the date of this letter' -> letter+60. Traps: 2 visits/week x 8 weeks, 30-day decision, 120-day hearing, April 30 end date.",
)

# ---------------------------------------------------------------- 25 EOB chiropractic visit limit PR-119
add(
    name="s6_chiro_visit_limit_pr119",
    text="""EVERGREEN SHORE HEALTH PLAN
Explanation of Benefits
Statement date: 12/18/2024

Member: Ingrid P. Hallvardsen           Member ID: ESH-00418273
Plan: Evergreen Shore PPO 1500 (Lakewood Unified School District)
Claim: 24-1206-0041127
Provider: Northshore Chiropractic Clinic - Dale Kimura, DC

Date of Service   Service                                            Billed    Plan Pays   You Owe   Reason
11/21/2024        98941 Chiropractic manipulation, 3-4 regions        $78.00    $0.00       $78.00    PR-119
11/26/2024        98941 Chiropractic manipulation, 3-4 regions        $78.00    $0.00       $78.00    PR-119
12/02/2024        98941 Chiropractic manipulation, 3-4 regions        $78.00    $0.00       $78.00    PR-119
                  97140 Manual therapy, 1 unit                        $42.00    $0.00       $42.00    PR-119
Diagnosis: M99.03, M54.50

PR-119: Benefit maximum for this time period or occurrence has been reached.

Your plan covers up to 20 chiropractic and spinal manipulation visits per calendar year, as shown in your Schedule of Benefits under "Chiropractic Care." As of 11/14/2024 you had used all 20 visits for 2024. Visits on or after that date are not covered. Your visit limit will start over on January 1, 2025.

Your year-to-date deductible: $1,500.00 of $1,500.00 met. Out-of-pocket maximum: $3,212.40 of $6,000.00 met.

If you disagree with this decision, you can appeal. Send a written appeal within 180 days of the date of this statement to Evergreen Shore Health Plan, Appeals Department, P.O. Box 5114, Tacoma, WA 98401. We will tell you our decision within 30 days. Providers must submit claims within 365 days of the date of service.
""",
    document_type="denial", category="benefit_limit",
    deadline="2025-06-16", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="Benefit max reached; Schedule of Benefits named without id. Post-service -> False. Traps: 20 visits, 365-day filing, 30-day decision, Jan 1 reset. CARC PR-119.",
)

# ---------------------------------------------------------------- 26 Pennsylvania HealthChoices dental, denture frequency limit
add(
    name="s6_pa_medicaid_denture_limit",
    text="""ALLEGHENY RIDGE HEALTH PARTNERS - HealthChoices Physical Health
Dental benefits administered by Three Rivers Dental Administrators
600 Grant Street, Suite 2100, Pittsburgh, PA 15219

DENIAL NOTICE

Date of this notice: March 31, 2025
Member name: Walter J. Kowalski              Member ID: ARH-7710294
Dentist: Monongahela Family Dental - Priscilla Adeyemi, DMD (NPI 1336190872)
Service requested: Complete upper denture (D5110)
Reference: TRD-PA-250324-0198

We have denied the request for a complete upper denture.

Why: Our records show a complete upper denture (D5110) was paid for you on June 9, 2022. The Medical Assistance dental benefit limits at 55 Pa. Code § 1149.59 allow one complete denture per arch in a five-year period. You will be able to receive a new upper denture after June 9, 2027.

Your dentist may ask for a Benefit Limit Exception (BLE) if your denture was lost or damaged beyond repair through no fault of your own, or if you have a serious health condition that requires a new denture. A BLE request is a separate request and is not an appeal.

If you disagree with this decision, you can file a grievance. You must file within 60 days from the date you receive this notice. Call Member Services at 1-800-555-0144 (TTY 711) or write to Allegheny Ridge Health Partners, Complaints and Grievances, P.O. Box 4390, Pittsburgh, PA 15230.
""" + FF + """Expedited grievance: If your dentist or doctor believes that the usual time frame for deciding a grievance will harm your health, you can ask for an expedited grievance. We will decide an expedited grievance within 72 hours of receiving it. Standard grievances are decided within 30 days.

Fair Hearing: After you receive our grievance decision, you may ask for a Fair Hearing with the Department of Human Services, Bureau of Hearings and Appeals. You must ask for a Fair Hearing within 120 days from the mail date on the grievance decision notice.

Continuation of services: If this notice reduced or stopped a service you were already getting, and you filed your grievance within 10 days of the date on this notice, the service would continue. This notice is about a new request.

You may call the Pennsylvania HealthChoices Helpline at 1-800-555-0148 or contact Pennsylvania Legal Aid Network for free legal help.
""",
    document_type="denial", category="benefit_limit",
    deadline="2025-05-30", window_days=60, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("regulation", "55 Pa. Code § 1149.59")],
    notes="PA 'grievance' is the first-level member appeal. Receipt-based 60 -> letter+60. Traps: 5-year limit dates (2022/2027), BLE is not an appeal, 120-day fair hearing, 10-day continuation, 30-day decision.",
)

# ---------------------------------------------------------------- 27 speech therapy visit limit, partial approval
add(
    name="s6_speech_therapy_limit_partial",
    text="""CRESCENT VALLEY HEALTH
Utilization Management
7000 College Boulevard, Overland Park, KS 66211

August 4, 2025

To: Parent or guardian of Milo R. Santangelo
Member ID: CVH-KS-20449187-03
Provider: Prairie Voices Pediatric Therapy - Hannah Okeke, MS, CCC-SLP
Reference #: UM-250728-60417

REQUEST SUMMARY
  Service:      Speech-language therapy, individual (CPT 92507)
  Requested:    30 visits, 08/11/2025 - 02/10/2026
  Approved:     8 visits, 08/11/2025 - 12/31/2025
  Denied:       22 visits
  Diagnosis:    F80.2 Mixed receptive-expressive language disorder

Dear Parent or Guardian:

We approved 8 of the 30 speech therapy visits requested. The other 22 visits are denied because they are more than the benefit limit in your plan. Section 3.9 of your Evidence of Coverage, "Rehabilitation and Habilitation Therapy," covers up to 60 visits per calendar year for physical, occupational, and speech therapy combined. Milo has used 52 visits in 2025. The 8 approved visits use the rest of the 2025 limit. A new request may be sent for visits after January 1, 2026, when the limit starts over.

This is not a decision about whether the therapy is medically necessary; the clinical information shows good progress toward therapy goals.

APPEALS
You have 180 days from receipt of this letter to ask for an appeal. Call 1-866-555-0111 or write to Crescent Valley Health, Appeals, P.O. Box 25910, Overland Park, KS 66225.

If your child's health could be seriously harmed by waiting for a standard decision, you can ask for an expedited appeal. We will decide within 72 hours. Standard appeals are decided within 30 days.

You may also have a right to external review through the Kansas Insurance Department after our final decision.
""",
    document_type="partial_denial", category="benefit_limit",
    deadline="2026-01-31", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("plan_document", "Section 3.9")],
    notes="Partial: 8 approved, 22 denied on the annual limit (not MN). Receipt 180 -> letter+180. Traps: 60/52 visit counts, date ranges, 30-day standard.",
)

# ---------------------------------------------------------------- 28 provider timely filing denial, 30 business days
add(
    name="s6_provider_timely_filing_co29",
    text="""CANYONLANDS HEALTH PLAN
Provider Claims Correspondence
P.O. Box 27330, Albuquerque, NM 87125

Notice Date: May 14, 2025

Provider: Mesa Verde Anesthesia Group, PA
NPI: 1467092835
Member: Esperanza L. Quintana      Member ID: CHP-NM-5540192
Claim #: 25122-0918-4471           Received: 05/02/2025
Date of Service: 12/10/2024
Service: Anesthesia for lower intestinal endoscopic procedure (CPT 00811), 4 base units + 30 minutes

CLAIM DENIED - CO-29: The time limit for filing has expired.

Your participation agreement with Canyonlands Health Plan requires initial claims to be received within 90 days of the date of service. For date of service 12/10/2024, the filing limit ended on 03/10/2025. This claim was first received on 05/02/2025. We have no record of an earlier submission.

Member hold harmless: The member may not be billed for services denied for untimely filing.

Dispute process: If you have proof that the claim was filed on time (for example, an accepted clearinghouse report or an earlier Canyonlands rejection notice showing a receipt date within the filing limit), you may submit a claim dispute within 30 business days of the date of this notice. Disputes received after that time will not be reviewed. Send disputes through the provider portal or to Canyonlands Health Plan, Provider Disputes, P.O. Box 27335, Albuquerque, NM 87125.

Canyonlands will respond to a complete dispute within 45 days.
Provider Services: 1-888-555-0165
""",
    document_type="denial", category="administrative",
    deadline="2025-06-25", window_days=30, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="30 BUSINESS days from notice date (skip Sat/Sun, no holidays) -> 2025-06-25. Provider-addressed. Traps: 90-day filing limit, 03/10/2025 filing end date, 45-day response. CARC CO-29.",
)

# ---------------------------------------------------------------- 29 EOB duplicate claim, absolute deadline
add(
    name="s6_eob_duplicate_co18",
    text="""PRAIRIE SKY HEALTH
EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Date: April 18, 2025
Subscriber: Ansel T. Gravdahl              ID: PSH-ND-00721934
Patient: Linnea Gravdahl (spouse)
Claim #: 2025-0402-110938
Provider: Red River Women's Health Clinic

Service date: 03/11/2025
  Procedure      Description                         Billed    Allowed   Paid     Patient Resp.   Code
  99395          Preventive visit, 18-39 years        $260.00   $0.00     $0.00    $0.00          CO-18
  88175          Cytopathology, cervical, automated   $96.00    $0.00     $0.00    $0.00          CO-18
  87624          HPV, high-risk types                 $118.00   $0.00     $0.00    $0.00          CO-18

CO-18: Exact duplicate claim/service.

Message: These services were already processed on claim 2025-0318-093317, which was paid on 03/28/2025. This claim was denied as a duplicate. No additional payment is due and you owe nothing more for these services.

If you think this claim was denied in error - for example, if you received the same service twice on the same day - you may appeal. To be considered, your appeal must be submitted by June 3, 2025. Send it to Prairie Sky Health, Appeals, P.O. Box 1680, Fargo, ND 58107.

Customer Service: 1-800-555-0192, Monday-Friday 7 a.m. - 6 p.m. Central.
""",
    document_type="denial", category="administrative",
    deadline="2025-06-03", window_days=None, counted_from="absolute",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Absolute printed deadline. Post-service -> False. Traps: earlier claim dates 03/18, 03/28. CARC CO-18.",
)

# ---------------------------------------------------------------- 30 RBM on behalf of MassHealth ACO, missing info, NO letter date
add(
    name="s6_rbm_ct_missing_date_info",
    text="""CLEARPATH IMAGING MANAGEMENT
on behalf of Bay State Harmony ACO (MassHealth)
P.O. Box 64120, Worcester, MA 01606
Fax transmission - Page 1 of 2

ADVERSE DETERMINATION NOTICE

Member:                 Aurelia D. Fontaine
MassHealth ID:          100394857721
ACO ID:                 BSH-3302918
Ordering provider:      Yusuf Karimi, MD, Quinsigamond Primary Care (NPI 1902837465)
Rendering site:         Blackstone Valley Imaging
Exam requested:         CT abdomen and pelvis with contrast (CPT 74177)
Diagnosis:              R10.31 Right lower quadrant pain
Case number:            CIM-MA-0303-449120
Request received:       03/03/2025
Information requested:  03/04/2025 (call and fax to ordering office)

Determination: NOT APPROVED

Reason: We could not approve this request because we did not receive the clinical information needed to review it. On 03/04/2025 we asked the ordering office for: (1) recent office notes describing the abdominal pain and exam findings; (2) laboratory results, including CBC; and (3) the report of the abdominal ultrasound mentioned in the request. We did not receive this information by the due date. Without it, we cannot determine whether the exam meets the Clearpath Abdomen and Pelvis Imaging Guidelines, ABD-1.0, or the MassHealth definition of medical necessity at 130 CMR 450.204.

A new request with the information may be submitted at any time. The ordering provider may request a peer-to-peer discussion within 14 days by calling 1-800-555-0177.
""" + FF + """Fax transmission - Page 2 of 2

YOUR APPEAL RIGHTS
You have 60 days from the date of this letter to ask Bay State Harmony ACO for an internal appeal. Call 1-855-555-0193 (TTY 711) or write to Bay State Harmony ACO, Appeals and Grievances, P.O. Box 5530, Boston, MA 02205.

Fast (expedited) appeal: If you or your provider think that waiting the standard 30 days could seriously harm your health, ask for a fast appeal. We will decide a fast appeal within 72 hours.

Board of Hearings: If we deny your internal appeal, you may ask the MassHealth Board of Hearings for a fair hearing within 120 days of the date of our appeal decision.

If you are currently receiving a service that this notice reduces or stops, you may be able to keep it during your appeal if you ask within 10 days. This notice is about a new request.
""",
    document_type="denial", category="insufficient_information",
    deadline=None, window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "ABD-1.0"), ("regulation", "130 CMR 450.204")],
    notes="NO notice date printed (fax copy). Window 60 from letter date -> deadline None (needs_review). Traps: received 03/03 and requested 03/04 dates must not be used as base; P2P 14 days; 30-day standard, 120-day hearing, 10-day continuation.",
)

# ---------------------------------------------------------------- 31 Michigan Medicaid power wheelchair, partial, missing docs
add(
    name="s6_mi_medicaid_wheelchair_partial",
    text="""GREAT WATER HEALTH PLAN
Michigan Medicaid / Healthy Michigan Plan
3100 W. Road, Suite 200, Lansing, MI 48911

Notice of Adverse Benefit Determination
Date of notice: June 24, 2025

Member: Dolores A. Szymanski        Medicaid ID: 0048119273       Plan ID: GWH-MI-771920
Supplier: Great Lakes Mobility & Rehab Equipment (NPI 1609284713)
Prescriber: Anders Lofgren, MD
Authorization #: DME-25-0610-33120
Diagnosis: G35 Multiple sclerosis; R26.89 Other abnormalities of gait and mobility

Items requested and our decision:
  E2607  Skin protection and positioning wheelchair seat cushion ........ APPROVED
  K0823  Power wheelchair, group 2 standard, captain's chair ............ DENIED
  E2368  Power wheelchair component, drive wheel motor, replacement ..... DENIED

Why we denied the power wheelchair: We do not have the information needed to decide if the power wheelchair meets coverage standards. The MDHHS Medicaid Provider Manual, Medical Supplier chapter, requires the following for a power wheelchair, and these were not included: (1) a face-to-face mobility examination by the prescriber within the last 6 months; (2) a wheelchair seating evaluation by a physical or occupational therapist; and (3) a home accessibility assessment. The replacement motor (E2368) was denied because it can only be approved with a new power wheelchair. If your supplier sends these records, we will review the request again.

Reviewed by: Kendra Vasquez-Lund, DO, Associate Medical Director
""" + FF + """If you disagree with our decision, you may ask for an internal appeal with Great Water Health Plan. You must ask within 60 days of the date of this notice. Call 1-888-555-0118 (TTY 711) or write to Great Water Health Plan, Appeals Coordinator, P.O. Box 30881, Lansing, MI 48909.

We will give you a decision within 30 calendar days. If waiting 30 days could seriously jeopardize your life, health, or ability to attain, maintain, or regain maximum function, you or your doctor may ask for an expedited appeal; we will decide within 72 hours.

State Fair Hearing: If we uphold our decision, you can ask for a State Fair Hearing with the Michigan Office of Administrative Hearings and Rules within 120 days of the date of the appeal decision. You may also ask the Department of Insurance and Financial Services for an external review.

Great Water Health Plan complies with applicable Federal civil rights laws and does not discriminate.
""",
    document_type="partial_denial", category="insufficient_information",
    deadline="2025-08-23", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", None)],
    notes="Cushion approved, chair + motor denied for missing documentation -> partial, insufficient_information. State provider manual named without an id -> payer_policy None (judgment call). Traps: 6-month face-to-face, 30-day decision, 120-day hearing.",
)

# ---------------------------------------------------------------- 32 ERISA final internal appeal upheld, external review 4 months
add(
    name="s6_erisa_final_appeal_upheld_ext",
    text="""LODESTAR BENEFIT SERVICES
Claims Administrator for the Pelican Bay Hospitality Group Health Plan
4500 Gulf Freeway, Houston, TX 77023

January 21, 2025

Orlando V. Castellanos
88 Bayou Bend Drive
Pasadena, TX 77505

FINAL ADVERSE BENEFIT DETERMINATION ON APPEAL

Participant ID:     PBH-10392284
Appeal number:      APL-24-1212-0071
Original reference: PA-24-1030-55612
Service:            Lumbar spinal fusion L4-L5 with instrumentation (CPT 22612, 22840, 20930)
Provider:           Gulf Coast Spine Institute - Randall Okoro, MD
Diagnosis:          M51.36 Other intervertebral disc degeneration, lumbar region

Dear Mr. Castellanos:

We received your appeal on December 12, 2024, of our October 30, 2024 decision to deny prior authorization of the surgery listed above. This was the Plan's only level of internal appeal. The appeal was reviewed by a board-certified orthopedic spine surgeon who was not involved in the first decision.

Decision: The original denial is upheld.

Reason: The records show low back pain from disc degeneration without instability (no spondylolisthesis or abnormal motion on flexion-extension films), without nerve compression on MRI, and without a completed 6-month course of structured non-surgical care including physical therapy. The request does not meet the InterQual 2024 Procedures Adult criteria for lumbar fusion that the Plan uses to determine medical necessity. Under Article IX, Section 9.2 of the Plan Document, services that are not medically necessary are not covered.
""" + FF + """YOUR RIGHTS AFTER THIS DECISION

External review: You may request an external review by an Independent Review Organization. Your request must be filed within four months after the date of receipt of this notice. Send it to Lodestar Benefit Services, External Review Coordinator, 4500 Gulf Freeway, Houston, TX 77023, or fax 1-713-555-0186.

Expedited external review: If your doctor certifies that waiting for a standard external review would seriously jeopardize your life, health, or ability to regain maximum function, you may ask for an expedited external review. The Independent Review Organization will decide within 72 hours after receiving the request. A standard external review is decided within 45 days.

Legal action: You have the right to bring a civil action under Section 502(a) of ERISA. The Plan requires any lawsuit to be filed within one year after the date of this final decision.

You are entitled to receive, upon request and free of charge, reasonable access to and copies of all documents, records and other information relevant to your claim, including the InterQual criteria used.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-05-21", window_days=None, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("InterQual", None), ("plan_document", "Article IX, Section 9.2")],
    notes="Appeal decision upheld; next step external review within 4 months of receipt -> letter + 4 calendar months, window_days None. Expedited external review offered 72h. Traps: one-year lawsuit limit, 45-day standard, 6-month conservative care, Dec 12 / Oct 30 dates.",
)

# ---------------------------------------------------------------- 33 Texas STAR Kids internal appeal decision, state fair hearing 120 days
add(
    name="s6_tx_appeal_decision_sfh",
    text="""LONE MESA HEALTH
STAR Kids - Texas Medicaid
1900 Lakeway Drive, Suite 500, Austin, TX 78734

MEMBER NOTICE OF INTERNAL APPEAL DECISION

April 7, 2025

To the parent of: Caleb J. Ornelas
Member ID: LMH-SK-44120938          Medicaid ID: 518830294
Provider: Hill Country Pediatric Home Nursing
Service: Private duty nursing (T1000) - request to increase from 40 to 56 hours per week
Appeal number: LMH-APL-250311-0288

We received your appeal on March 11, 2025. A pediatrician who did not make the first decision reviewed your child's records.

Decision: We are upholding our denial of the increase to 56 hours per week.

Reason: The nursing notes show that Caleb's tracheostomy care, suctioning, and tube feedings are stable and follow a set schedule. The Texas Medicaid Provider Procedures Manual, Nursing and Therapy Services Handbook, says private duty nursing is covered when skilled nursing is needed on an ongoing basis and the care cannot be safely provided by a trained caregiver. The records show the added evening hours are for supervision and routine care that trained caregivers in the home are providing. Caleb's current 40 hours per week are not affected by this decision.
""" + FF + """WHAT YOU CAN DO NEXT

State Fair Hearing: If you do not agree with this decision, you can ask for a State Fair Hearing. You must ask for a State Fair Hearing no later than 120 days from the date of this letter. You can also ask for an External Medical Review by an Independent Review Organization at the same time; the External Medical Review request must be made within the same 120 days.

To ask, call Lone Mesa Health at 1-888-555-0131 or write to Lone Mesa Health, Fair Hearing Coordinator, P.O. Box 16320, Austin, TX 78761. We will send your request to the Texas Health and Human Services Commission (HHSC).

Emergency (expedited) State Fair Hearing: If you believe waiting for a standard State Fair Hearing could seriously jeopardize your child's life or health, you can ask for an expedited State Fair Hearing. HHSC will make a decision within 72 hours.

Continuing services: Because this appeal is about a request for more hours and not a reduction of current services, continuation of benefits does not apply.

For help, call the HHS Office of the Ombudsman at 1-866-555-0178.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-08-05", window_days=120, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", None)],
    notes="Internal appeal decision (upheld); next step is State Fair Hearing -> its 120-day window counts. TMPPM named without id -> payer_policy None (judgment call). Traps: 40/56 hours, March 11 received date.",
)

# ---------------------------------------------------------------- 34 approval, inpatient TKA, MCG ORG id
add(
    name="s6_approval_tka_mcg_s700",
    text="""TAMARACK HEALTH ALLIANCE
Clinical Services - Prior Authorization
1450 Pearl Street, Boulder, CO 80302

AUTHORIZATION APPROVAL NOTICE

Date:                   06/19/2025
Member:                 Russell K. Andersson
Member ID:              THA-CO-0092281
Requesting surgeon:     Felicity Obuya, MD, Front Range Joint Center (NPI 1750293846)
Facility:               Boulder Foothills Hospital
Authorization number:   THA-IP-250619-20117
Procedure:              Total knee arthroplasty, right (CPT 27447)
Diagnosis:              M17.11 Unilateral primary osteoarthritis, right knee
Level of care:          Inpatient, 2 days approved
Authorization period:   07/01/2025 - 09/29/2025

Dear Mr. Andersson:

Good news. We have approved the request listed above. The request met MCG Care Guidelines, 27th edition, Inpatient & Surgical Care, Knee Arthroplasty, Total (ORG: S-700), including documented failure of at least 3 months of non-surgical treatment and radiographic evidence of advanced joint space narrowing.

Please note:
- The surgery must take place during the authorization period shown above.
- If the hospital stay is expected to be longer than the 2 approved days, the hospital must contact us for a concurrent review.
- This approval is based on the information we received. Payment depends on your eligibility and benefits on the date of service, including any deductible, copayment, or coinsurance.
- Post-acute services such as home health or skilled nursing require a separate authorization.

Questions? Call Tamarack Member Services at 1-800-555-0153.

Sincerely,
Utilization Management Nurse Reviewer, on behalf of Samuel Ekwueme, MD, Medical Director
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("MCG", "ORG: S-700")],
    notes="Approval, no appeal content. MCG cited with ORG id as the basis. Traps: 2 days, 3 months, 90-day authorization period.",
)

# ---------------------------------------------------------------- 35 approval, behavioral health IOP, LOCUS
add(
    name="s6_approval_iop_locus",
    text="""STILLWATER BEHAVIORAL HEALTH
Behavioral health services for Redwood Mutual Health Plan members
P.O. Box 22614, Sacramento, CA 95822     Provider line 1-877-555-0104

NOTICE OF AUTHORIZATION

Notice date:         08/26/2025
Member:              Penelope W. Hardcastle
Redwood Mutual ID:   RMH-778210394
Provider:            Clearwater Counseling Center - Intensive Outpatient Program (NPI 1285403917)
Service:             Mental health intensive outpatient program (S9480), 3 days per week
Diagnosis:           F33.1 Major depressive disorder, recurrent, moderate
Authorization #:     SBH-25-0826-4412
Approved:            12 sessions, 08/27/2025 - 09/26/2025
Next review due:     09/22/2025

The requested level of care has been approved. Based on the information submitted, your LOCUS (Level of Care Utilization System) assessment supports Level 3, High Intensity Community-Based Services, which corresponds to an intensive outpatient program. Your treatment plan includes group therapy, individual therapy weekly, and medication management.

For additional sessions after 09/26/2025, the program must submit an updated LOCUS assessment and treatment progress notes by the next review date.

If you have questions about this authorization, please call Stillwater Behavioral Health at 1-877-555-0104 (TTY 711). If you are in crisis, call or text 988.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("LOCUS", None)],
    notes="Approval with LOCUS as basis (no id). Traps: 12 sessions, 3 days/week, review dates, 988.",
)

# ---------------------------------------------------------------- 36 approval, Part D tiering exception
add(
    name="s6_approval_partd_tier_exception",
    text="""SUNMEADOW RX (PDP)
Coverage Determinations Department, P.O. Box 52814, Phoenix, AZ 85072

NOTICE OF COVERAGE APPROVAL

Date: October 3, 2025
Enrollee: Clement R. Abernathy-Vos        Member ID: SMX10044182
Prescriber: Nkechi Adebayo-Holm, MD
Case ID: CD-25-1001-11902
Request type: Tiering exception (expedited)

We have approved your request.

Drug: Eliquis (apixaban) 5 mg tablet, 60 tablets per 30 days
What we approved: We will cover this drug at the cost-sharing that applies to drugs in Tier 3 (Preferred Brand) instead of Tier 4.
Approval period: October 3, 2025 through December 31, 2025

Your prescriber asked us for a fast decision, and we made our decision within 24 hours. You may fill your prescription at any network pharmacy.

Your plan's formulary may change on January 1, 2026. If you need this exception to continue next year, you or your prescriber will need to make a new request.

If you have questions, call Sunmeadow Rx at 1-866-555-0155 (TTY 711), 24 hours a day, 7 days a week.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Approval of an expedited request; the 24h is the time already used for this decision, not an appeal path -> expedited None. Traps: 60 tablets/30 days, tier numbers, 24 hours/7 days.",
)

# ---------------------------------------------------------------- 37 approval, MA CPAP, NCD 240.4
add(
    name="s6_approval_ma_cpap_ncd2404",
    text="""HARBORLINE MEDICARE ADVANTAGE
Prior Authorization Department
P.O. Box 30900, Salt Lake City, UT 84130

APPROVAL OF MEDICAL COVERAGE

Date: 09/09/2025
Member: Thaddeus O. Rinaldi               Member number: HML-60017324
Supplier: Wasatch Home Medical (NPI 1447208391)
Ordering provider: Marisa Cheng, MD, Sleep Medicine
Reference #: HML-DME-250905-7719
Items approved:
  E0601  Continuous positive airway pressure (CPAP) device - rental, initial 12-week trial
  A7034  Nasal interface (mask), 1 per 3 months
  A7037  Tubing, 1 per 3 months
Diagnosis: G47.33 Obstructive sleep apnea (adult) (pediatric)
Approved dates: 09/12/2025 - 12/04/2025

We approved the items listed above. Your home sleep test showed an apnea-hypopnea index (AHI) of 22 events per hour, which meets the Medicare coverage criteria for CPAP in National Coverage Determination (NCD 240.4), Continuous Positive Airway Pressure (CPAP) Therapy for Obstructive Sleep Apnea (OSA).

Important: Coverage of CPAP after the first 12 weeks depends on how you use it. Your doctor must see you between the 31st and 91st day of therapy and document that you used CPAP 4 or more hours per night on at least 70% of nights during a consecutive 30-day period, and that your symptoms improved. Your supplier will ask for this information before the end of the trial.

Your cost share: 20% coinsurance of the monthly rental amount after your deductible.

Questions: Harborline Member Services 1-800-555-0197 (TTY 711), 8 a.m. - 8 p.m., 7 days a week.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("NCD", "NCD 240.4")],
    notes="Approval with NCD 240.4 basis. Traps: 12 weeks, 31st-91st day, 4 hours / 70% / 30-day adherence numbers, AHI 22, 20% coinsurance.",
)

# ---------------------------------------------------------------- 38 other: appeal acknowledgment, expedited request denied
add(
    name="s6_other_appeal_ack_expedited_denied",
    text="""BELLHAVEN HEALTH PLANS
Appeals and Grievances Department
P.O. Box 61880, Raleigh, NC 27661     Phone 1-800-555-0124    Fax 1-800-555-0125

May 29, 2025

Curtis E. Haverstock
517 Wake Forest Road
Raleigh, NC 27604

RE: Acknowledgment of your appeal
Member ID:          BHP-NC-40021877
Appeal number:      AG-25-0528-10341
Original decision:  PA-25-0512-88104, dated May 12, 2025
Service:            Arthroscopic rotator cuff repair, left shoulder (CPT 29827)
Date appeal received: May 28, 2025

Dear Mr. Haverstock:

We received your request to appeal our decision about the service listed above. This letter is to let you know that we are reviewing your appeal.

You asked us to handle your appeal as an expedited (fast) appeal. Your request for a fast decision does not qualify. The information we have shows that your surgery is not scheduled and that your shoulder pain is being treated with medication and physical therapy. Waiting for a standard decision will not seriously jeopardize your life, health, or ability to regain maximum function. Your appeal will be handled under the standard time frame, and we will send you our written decision within 30 days of the date we received your appeal.

If your condition changes, or your doctor tells us that waiting would seriously harm your health, please call us at 1-800-555-0124 and we will look at your request for a fast appeal again.

You may send us any more information you would like us to consider, such as records or a letter from your doctor. Please send it as soon as possible so it can be included in the review. You may also ask to see your case file at no cost.

Sincerely,
Janelle Whitford
Appeals Coordinator
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Appeal acknowledgment, not a determination. Fast appeal request explicitly does not qualify -> expedited False. Traps: May 12 / May 28 dates, 30-day decision (no appeal deadline).",
)

# ---------------------------------------------------------------- 39 other: pend / request for additional information
add(
    name="s6_other_pend_request_info",
    text="""KESTREL HEALTH PLAN
Utilization Management
2200 Commerce Street, Dallas, TX 75201     Fax 1-866-555-0112

REQUEST FOR ADDITIONAL INFORMATION

Date: April 11, 2025
To: Aurora Spine & Pain Center - Benedikt Varga, MD (NPI 1134578201)
cc: Member - Lucille D. Ferraro
Member ID: KHP-TX-3390128
Reference #: UM-250409-55210
Service requested: Spinal cord stimulator trial, percutaneous (CPT 63650 x2)
Diagnosis: M96.1 Postlaminectomy syndrome, not elsewhere classified
Date request received: 04/09/2025

We are reviewing the request listed above. We need more information before we can make a decision. Please send the following:

1. A psychological evaluation completed within the last 12 months that addresses suitability for spinal cord stimulation.
2. Office notes documenting at least 6 months of conservative treatment, including physical therapy and medication trials.
3. The most recent imaging report of the lumbar spine.

Please fax the information to 1-866-555-0112 within 14 calendar days of the date of this letter. Because we need this information, we are extending the time to make our decision by up to 15 calendar days. We will make our decision no later than May 9, 2025. If we do not receive the information, we will make a decision based on the information we already have.

This letter is not a denial. You do not need to file an appeal at this time. If a decision is made that you disagree with, the decision letter will explain your appeal rights.

Kestrel Health Plan - Utilization Management, 1-800-555-0110
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Pend letter, not a determination. Traps: 14-day information window, 15-day extension, May 9 decision date, 12 / 6 months requirements.",
)

# ---------------------------------------------------------------- 40 other: general plan notice mentioning appeal windows
add(
    name="s6_other_general_appeals_notice",
    text="""MARIGOLD STATE HEALTH COOPERATIVE
Individual & Small Group Plans

IMPORTANT PLAN NOTICE
Changes to Prior Authorization Requirements and Your Appeal Rights

Mailing date: November 15, 2025

Dear Member:

Starting January 1, 2026, the following services will require prior authorization under your Marigold plan:
  - Outpatient physical and occupational therapy after the 12th visit in a calendar year
  - Sleep studies performed in a facility (CPT 95810, 95811)
  - Genetic testing for hereditary cancer syndromes (CPT 81162, 81432)

Your provider is responsible for requesting prior authorization. We will make standard prior authorization decisions within 7 calendar days, and urgent decisions within 72 hours, starting January 1, 2026.

Your right to appeal: If we deny a claim or a request for services, we will send you a letter that explains why. You have 180 days from the date you receive a denial letter to ask for an internal appeal. After our final decision, you may ask for an independent external review within 4 months.

This notice does not change your benefits for services you receive before January 1, 2026. For a complete list of services that require prior authorization, visit www.marigoldcoop.example/priorauth or call Member Services at 1-888-555-0102 (TTY 711).

Marigold State Health Cooperative complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
""" + FF + """LANGUAGE ASSISTANCE
ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al 1-888-555-0102 (TTY: 711).
CHU Y: Neu ban noi Tieng Viet, co cac dich vu ho tro ngon ngu mien phi danh cho ban. Goi so 1-888-555-0102 (TTY: 711).
""",
    document_type="other", category=None,
    deadline=None, window_days=180, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="General notice, no determination. It states a generic 180-day window but there is no denial letter date -> deadline None (window kept as stated; judgment call). The 72 hours is a prior-auth decision time, not an expedited appeal path -> expedited None. Traps: 12th visit, 7 days, 4 months.",
)
