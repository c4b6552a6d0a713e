"""A first set of 40 realistic US health-insurance letter texts with expected labels.

Written independently of the extractor patterns (a held-out set when written; now a regression set). All payers, people, IDs, NPIs and claim
numbers are fictional. Expected deadlines follow the contract README (../shared/contract/README.md)
("Deadline arithmetic (normative)"): receipt-based windows = letter date + N unless the letter
itself states a receipt presumption; business days = Mon-Fri, no holidays; months = calendar
months (end-of-month clamped).

Each dict has the keys requested in the brief plus two extra informational keys:
  "letter_date" (ISO or None) and "carc_codes" (normalized GROUP-CODE list).
"""

LETTERS = []


def _L(**kw):
    kw.setdefault("carc_codes", [])
    kw.setdefault("guidelines", [])
    LETTERS.append(kw)


# ---------------------------------------------------------------------------
# D1  Medicare Advantage NDMC (CMS-10003 style), CPAP, LCD + NCD, fast appeal 72h
# ---------------------------------------------------------------------------
_L(
    name="ma_ndmc_cpap_lcd_fast_appeal",
    text="""Silver Crest Health Plans, Inc.
Silver Crest Medicare Advantage (HMO)
P.O. Box 30417, Tulsa, OK 74153-0417
1-866-555-0148 (TTY 711), 8 a.m. - 8 p.m., 7 days a week

Important: This notice explains your right to appeal our decision. Read this notice carefully. If you need help, you can call one of the numbers listed on the last page under "Get help & more information."

NOTICE OF DENIAL OF MEDICAL COVERAGE

Date: March 3, 2026                          Member number: SCM-448201937
Name: Harold J. Whitcomb
Requesting provider: Lakeside Sleep Diagnostics, LLC   NPI: 1588024716
Items requested: E0601 Continuous positive airway pressure (CPAP) device; A7030 Full face mask
Diagnosis: G47.33 Obstructive sleep apnea (adult)
Reference #: OD-2026-0117745

Your request was denied
We've denied the medical items listed above requested by your provider.

Why did we deny your request?
We denied the CPAP device and mask because the information we received does not show that you meet Medicare's coverage rules for this equipment. Your home sleep test dated 01/14/2026 shows an apnea-hypopnea index (AHI) of 9 events per hour. Medicare Local Coverage Determination (LCD) L33718, Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea, and National Coverage Determination (NCD) 240.4 cover CPAP when the AHI is 15 or more, or when the AHI is 5 to 14 and your records document excessive daytime sleepiness, impaired cognition, mood disorders, insomnia, hypertension, ischemic heart disease, or history of stroke. The records we received do not document any of these conditions. Based on these rules, the CPAP device is not medically necessary for you at this time.

You should share a copy of this decision with your doctor so you and your doctor can discuss next steps. If your doctor requested coverage on your behalf, we have sent a copy of this decision to your doctor.

You have the right to appeal our decision
You have the right to ask Silver Crest Medicare Advantage to review our decision by asking us for an appeal within 65 calendar days of the date listed at the top of this notice. If you ask for an appeal after 65 days, you must explain why your appeal is late. See "How to ask for an appeal with Silver Crest Medicare Advantage" on the next page.
\fPage 2 of 3                                   Member number: SCM-448201937

There are 2 kinds of appeals with Silver Crest Medicare Advantage

Standard Appeal - We'll give you a written decision on a standard appeal within 30 days after we get your appeal. Our decision might take longer if you ask for an extension, or if we need more information about your case. We'll tell you if we're taking extra time and will explain why more time is needed.

Fast Appeal - We'll give you a decision on a fast appeal within 72 hours after we get your appeal. You can ask for a fast appeal if you or your doctor believe your health could be seriously harmed by waiting up to 30 days for a decision.
  * If any doctor asks for a fast appeal for you, or supports you in asking for one, and the doctor indicates that waiting for 30 days could seriously harm your health, we'll automatically give you a fast appeal.
  * If you ask for a fast appeal without support from a doctor, we'll decide if your health requires a fast appeal. If we don't give you a fast appeal, we'll decide your appeal within 30 days.

How to ask for an appeal with Silver Crest Medicare Advantage
Step 1: You, your representative, or your doctor must ask us for an appeal. Your written request must include your name, address, member number, reasons for appealing, and any evidence you wish to attach.
Step 2: Mail, fax, or deliver your appeal or call us.
  For a Standard Appeal: Silver Crest Appeals & Grievances, P.O. Box 30422, Tulsa, OK 74153-0422. Fax: 1-866-555-0190
  For a Fast Appeal: Phone 1-866-555-0148 (TTY 711) or Fax 1-866-555-0191

What happens next?
If you ask for an appeal and we continue to deny your request, we'll automatically send your case to an independent reviewer. If the independent reviewer denies your request, the written decision will explain if you have additional appeal rights. Your appeal rights are described in federal regulations at 42 CFR 422.578 through 422.590 and in Chapter 9 of your Evidence of Coverage.
\fPage 3 of 3

Get help & more information
Silver Crest Medicare Advantage Member Services: 1-866-555-0148 (TTY 711)
1-800-MEDICARE (1-800-633-4227), 24 hours a day, 7 days a week. TTY: 1-877-486-2048.
Medicare Rights Center: 1-888-HMO-9050
Oklahoma Medicare Assistance Program (SHIP): 1-800-763-2828

Form CMS-10003-NDMCP                    OMB Approval 0938-0829
""",
    letter_date="2026-03-03",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-05-07", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("LCD", "L33718"), ("NCD", "NCD 240.4")],
    notes="NDMCP 2025 wording '65 calendar days of the date listed at the top of this notice'. "
          "42 CFR 422.578-590 appears only in appeal rights (not a guideline). Standard 30 days is not the deadline.",
)

# ---------------------------------------------------------------------------
# D2  Medicare Part D coverage determination denial (CMS-10146 style), step therapy
# ---------------------------------------------------------------------------
_L(
    name="partd_cms10146_step_therapy_rimegepant",
    text="""DEPARTMENT OF HEALTH AND HUMAN SERVICES
CENTERS FOR MEDICARE & MEDICAID SERVICES                     Form Approved OMB No. 0938-0976

Evergreen Rx Prescription Drug Plan (PDP)
Evergreen Benefit Partners, Inc. - 2200 Commerce Way, Suite 400, Boise, ID 83702
Phone 1-877-555-0126  TTY 711

Important: This notice explains your right to appeal our decision. Read this notice carefully. If you need help, you can call one of the numbers listed under the section titled "Get help & more information."

NOTICE OF DENIAL OF MEDICARE PART D PRESCRIPTION DRUG COVERAGE

Date: 11/14/2025
Enrollee's Name: Marisol Quintanilla
Member Number: EGR7720158843
Prescriber: Anjali Deshmukh, MD (NPI 1922084417)
Case ID: CD-25-1114-30672

Your request was denied
We have denied coverage under your Medicare Part D benefit for the following prescription drug that you or your prescriber requested:
  Nurtec ODT (rimegepant) 75 mg orally disintegrating tablet, #16 per 30 days

Why did we deny your request?
We denied this request under Medicare Part D because Nurtec ODT has a Step Therapy requirement on our 2025 Formulary (List of Covered Drugs), Formulary ID 25184. Before we will cover Nurtec ODT for the acute treatment of migraine, you must first try at least two different formulary triptans (for example sumatriptan, rizatriptan, or zolmitriptan), unless they did not work for you, caused side effects, or are not safe for you. Our records and the information from your prescriber show a trial of sumatriptan only. We did not receive information about a second triptan or a reason you cannot take one.

You should share a copy of this decision with your prescriber so you and your prescriber can discuss next steps. If your prescriber requested coverage on your behalf, we have shared this decision with your prescriber.

What if I don't agree with this decision?
You have the right to ask us for a redetermination (appeal) of our decision. You have 65 days from the date of this notice to ask us for a redetermination. We can give you more time if you have a good reason for missing the deadline.

You also have the right to ask us for an exception to the step therapy rule. Your prescriber must give us a statement that supports your exception request. Once we get your prescriber's statement, we will tell you our decision within 72 hours for a standard exception request, or within 24 hours if we agree your request should be expedited.
\fImportant Information About Your Appeal Rights

There are 2 kinds of appeals you can request
Expedited (72 hours) - You, your representative, or your prescriber can ask for an expedited (fast) appeal if you or your prescriber believe that your health could be seriously harmed by waiting up to 7 days for a decision. If your prescriber indicates that waiting 7 days could seriously harm your health, we will automatically give you a decision within 72 hours. If you do not get your prescriber's support for a fast appeal, we will decide if your health requires a fast decision. You cannot request an expedited appeal if you are asking us to pay you back for a drug you already received.

Standard (7 days) - You, your representative, or your prescriber can ask for a standard appeal. We will give you a decision no later than 7 days after we get your appeal, or 14 days if you are asking us to pay you back for a drug you already bought.

How do I request an appeal?
For a Standard Appeal: Mail or fax your written request to Evergreen Rx Appeals, P.O. Box 91150, Boise, ID 83707. Fax 1-877-555-0140.
For an Expedited Appeal: Call 1-877-555-0126 (TTY 711) or fax 1-877-555-0141.

What happens next?
If we continue to deny your request, you may ask for an independent review by the Part D Independent Review Entity (IRE). You must request this within 65 days of the date of our redetermination notice.

Get help & more information
1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. Idaho SHIBA: 1-800-247-4422.
Form CMS-10146
""",
    letter_date="2025-11-14",
    document_type="denial",
    category="step_therapy",
    deadline="2026-01-18", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", "Formulary ID 25184")],
    notes="TRAP: '24 hours' belongs to an expedited exception request (new coverage request), not the appeal; "
          "expedited appeal is 72h. IRE 65 days counts from a future redetermination notice. Deadline crosses year end.",
)

# ---------------------------------------------------------------------------
# D3  ERISA group plan, post-service IVF claim, plan exclusion, receipt-based 180 days
# ---------------------------------------------------------------------------
_L(
    name="erisa_post_service_ivf_exclusion",
    text="""KEYSTONE MERIDIAN LIFE & HEALTH INSURANCE COMPANY
Claims Administrator for the Hollister Manufacturing Employee Health Plan
P.O. Box 64410, Harrisburg, PA 17106-4410

January 20, 2026

PRIYA RAGHUNATHAN
418 CHESTNUT HILL RD
LANCASTER PA 17601

RE:  Notice of Adverse Benefit Determination
     Subscriber #:    KMH 903 442 817
     Patient:         Priya Raghunathan
     Claim No.:       2026011900482
     Provider:        Brightwater Fertility Center (NPI 1740392265)
     Date of Service: 12/08/2025
     Amount Billed:   $9,860.00

Dear Ms. Raghunathan:

We have completed our review of the claim listed above. Benefits for this claim have been denied.

Services reviewed:
  CPT 58970  Follicle puncture for oocyte retrieval
  CPT 89250  Culture of oocyte(s)/embryo(s), less than 4 days
  CPT 89280  Assisted oocyte fertilization, microtechnique
  Diagnosis: N97.9 Female infertility, unspecified

Reason for the determination: Your plan does not provide benefits for assisted reproductive technology, including in vitro fertilization, oocyte retrieval, and embryo culture. The Hollister Manufacturing Employee Health Plan Summary Plan Description, Section 9.4(r), "Infertility Services," excludes "any procedure in which an ovum is removed from the body for fertilization outside the body." Diagnostic services to determine the cause of infertility are covered, but the services on this claim are not.

You are entitled to receive, upon request and free of charge, reasonable access to and copies of all documents, records, and other information relevant to your claim, including a copy of the plan provision referenced above.

YOUR RIGHT TO APPEAL
You or your authorized representative may appeal this adverse benefit determination within 180 days following receipt of this notification. Send your written appeal to: Keystone Meridian Appeals Unit, P.O. Box 64418, Harrisburg, PA 17106-4418, or fax (717) 555-0182. You may submit written comments, documents, records and other information relating to your claim. A person who was not involved in the original decision will review your appeal, and we will notify you of our decision within 60 days of receipt of your appeal.

Urgent care appeal procedures do not apply to this claim because the services have already been provided.

If your appeal is denied, you may have the right to request an external review by an Independent Review Organization. A request for external review must be filed within four months after the date you receive the final internal adverse benefit determination.

You also have the right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act of 1974 (ERISA) following an adverse benefit determination on review. These claim procedures comply with the Department of Labor claims regulation at 29 CFR 2560.503-1. You and your plan may have other voluntary alternative dispute resolution options, such as mediation. One way to find out what may be available is to contact your local U.S. Department of Labor Office and your State insurance regulatory agency.

Sincerely,
Claims Review Department
Keystone Meridian Life & Health Insurance Company
""",
    letter_date="2026-01-20",
    document_type="denial",
    category="not_covered",
    deadline="2026-07-19", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 9.4(r)")],
    notes="ERISA 'following receipt of this notification' -> letter date + 180. 29 CFR 2560.503-1 and ERISA 502(a) are rights "
          "citations only. External review 'four months' and 60-day decision time are traps. Explicit 'urgent ... do not apply' -> False.",
)

# ---------------------------------------------------------------------------
# D4  NY Medicaid managed care Initial Adverse Determination, insufficient information
# ---------------------------------------------------------------------------
_L(
    name="ny_medicaid_iad_insufficient_info_home_care",
    text="""HUDSON VALLEY COMMUNITY HEALTH PLAN
Utilization review performed by: Summit Utilization Partners, LLC
One Riverfront Plaza, Newburgh, NY 12550   |   Member Services 1-888-555-0174 (TTY 711)

INITIAL ADVERSE DETERMINATION
DENIAL NOTICE

Date: 2026-02-09

Enrollee:                 Rosalind Achebe
Enrollee Number:          KT48213M
Coverage type:            Medicaid Managed Care
Service:                  Home health aide services (S9122), 20 hours per week for 26 weeks
Plan Reference Number:    UM-26-0038815
Provider:                 Fairview Home Care Agency, Inc.

This is an important notice about your services. Read it carefully. If you think this decision is wrong, you can ask for a Plan Appeal by 04/10/2026. You are not responsible for payment of covered services and this is not a bill. Call 1-888-555-0174 if you have any questions or need help.

Why am I getting this notice?
On 01/22/2026 your provider asked us to approve home health aide services for you. We are denying this request.

Why did we make this decision?
We could not approve this request because we did not receive enough information to decide whether you need these services. On 01/27/2026 we asked Fairview Home Care Agency for the following, and we did not receive it:
  1. A signed physician's order for home health aide services.
  2. Your most recent Uniform Assessment System (UAS-NY) assessment.
  3. The nursing plan of care describing the tasks the aide will perform.
If you or your provider send us this information with your Plan Appeal, we will review it.

What can I do if I think this decision is wrong?
You have 60 calendar days from the date of this notice to ask for a Plan Appeal. You can call us or write to us. You can ask for a copy of the guidelines, records, or other information we used to make this decision, free of charge.

Fast Track Appeal: If you or your provider think waiting 30 days could seriously harm your health, ask for a fast track appeal. We will decide fast track appeals within 72 hours. A doctor who did not make the first decision will review your appeal.
\fPage 2 of 3                                    Plan Reference Number: UM-26-0038815

What happens after I ask for a Plan Appeal?
We will send you a Final Adverse Determination. If we still deny the service, you can ask for a Fair Hearing with New York State. You must ask for a Fair Hearing within 120 days of the date of the Final Adverse Determination notice. You may also ask New York State for an External Appeal. You have 4 months from the date of the Final Adverse Determination to ask for an External Appeal.

Aid Continuing: Because this is a new request, your current services will not change while you appeal.

Help: The Independent Consumer Advocacy Network (ICAN) can help you for free. Call 1-844-614-8800 (TTY 711) or visit icannys.org.

This notice is issued in accordance with 42 CFR 438.404 and New York Public Health Law Article 49.
\fPage 3 of 3
ATTENTION: Language assistance services, free of charge, are available to you. Call 1-888-555-0174 (TTY 711).
ATENCION: Si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al 1-888-555-0174 (TTY 711).
Hudson Valley Community Health Plan complies with Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
""",
    letter_date="2026-02-09",
    document_type="denial",
    category="insufficient_information",
    deadline="2026-04-10", window_days=None, counted_from="absolute",
    expedited=True, decision_hours=72,
    guidelines=[],
    notes="NY IAD model: both an absolute 'by 04/10/2026' and '60 calendar days from the date of this notice' (they agree). "
          "Labelled absolute; window_days 60/letter_date equally acceptable. Fair Hearing 120 days, External Appeal 4 months are traps. "
          "42 CFR 438.404 is not a basis. Other dates: 01/22 request, 01/27 info request.",
)

# ---------------------------------------------------------------------------
# D5  Texas STAR Medicaid, out-of-network surgeon, multiple windows
# ---------------------------------------------------------------------------
_L(
    name="tx_star_medicaid_out_of_network_surgeon",
    text="""Gulf Coast Family Health Plan - STAR Medicaid
7700 Fannin Street, Suite 900, Houston, Texas 77054
Member Services: 1-866-555-0131   TTY: 7-1-1

April 7, 2026

Parent/Guardian of Josiah Trevino
2215 Palm Shadow Ln
Pasadena, TX 77502

Member name: Josiah Trevino             Medicaid ID: 529814472
Member ID: GCF0039921047                Authorization #: 26-097-T-04418
Requesting provider: Alan K. Morrow, MD, Houston Orthopedic Specialists (NPI 1467230998)
Service requested: Knee arthroscopy with meniscectomy, medial (CPT 29881)
Diagnosis: S83.241A Other tear of medial meniscus, current injury, right knee

Dear Parent/Guardian of Josiah Trevino:

Gulf Coast Family Health Plan has denied the request for the service listed above.

WHY WAS THIS DENIED?
Dr. Morrow and Houston Orthopedic Specialists are not in the Gulf Coast Family Health Plan network. STAR members must get non-emergency care from doctors in our network, unless no network doctor can provide the service. We have three in-network pediatric orthopedic surgeons within 30 miles of your home who perform this surgery:
  - Bayou City Children's Orthopedics, Houston, TX, (713) 555-0188
  - Clear Lake Sports Medicine & Orthopedics, Webster, TX, (281) 555-0143
  - Pearland Pediatric Bone & Joint, Pearland, TX, (281) 555-0119
This rule is explained in your Member Handbook in the section "Can I see a doctor who is not in the network?"

WHAT CAN I DO IF I DO NOT AGREE?
You have the right to ask for an appeal. You must ask for an appeal within 60 days from the date on this letter. You can ask by calling Member Services or by writing to: Gulf Coast Family Health Plan, Attn: Appeals, P.O. Box 301120, Houston, TX 77230.

If you want your services to continue during the appeal, you must ask for an appeal within 10 days of the date this letter was mailed, or before the date your services are reduced or stopped, whichever is later.

EMERGENCY APPEAL: If you or your doctor believe that waiting for a standard appeal could seriously harm your life or health, you can ask for an emergency appeal. We will make a decision on an emergency appeal within 72 hours.

STATE FAIR HEARING AND EXTERNAL MEDICAL REVIEW: After you finish the health plan's appeal process, if you still disagree you can ask for a State Fair Hearing, with or without an External Medical Review by an Independent Review Organization. You must ask within 120 days of the date on the health plan's appeal decision letter.

Member Services can help you ask for an appeal. You can also get free help from the HHS Office of the Ombudsman at 1-866-566-8989.

Sincerely,
Utilization Management Department
Gulf Coast Family Health Plan
""",
    letter_date="2026-04-07",
    document_type="denial",
    category="out_of_network",
    deadline="2026-06-06", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("plan_document", None)],
    notes="Several windows: 60-day plan appeal (answer), 10-day continuation, 120-day SFH/EMR. 'Emergency appeal' wording "
          "for expedited. Member Handbook cited without identifier.",
)

# ---------------------------------------------------------------------------
# D6  California Medi-Cal Notice of Action, experimental device
# ---------------------------------------------------------------------------
_L(
    name="ca_medical_noa_experimental_nvns",
    text="""SIERRA VISTA HEALTH ALLIANCE
Medi-Cal Managed Care
1450 Tulare Street, Fresno, CA 93721   Member Services 1-800-555-0167 (TTY 711)

NOTICE OF ACTION
Denial of Requested Service

12 Jan 2027

Guadalupe Ortega Ruiz
3309 E. Belmont Ave, Apt 12
Fresno, CA 93702

Medi-Cal CIN: 91827364A          Plan ID: SVH-0071-228814
Reference: TAR/Auth No. SVH-2701-0553

Sierra Vista Health Alliance has reviewed the request from Dr. Farhan Qureshi, Pacific Neurology Medical Group (NPI 1205938471), for:

  gammaCore noninvasive vagus nerve stimulator (HCPCS K1020), 3-month supply, for chronic migraine (G43.709)

This request is DENIED.

The reason for this decision is: The noninvasive vagus nerve stimulator is considered experimental and investigational for the prevention of chronic migraine. Published studies have not shown that it improves health outcomes compared with standard preventive treatments. This decision is based on Sierra Vista Medical Policy MP-GEN-212, Experimental and Investigational Services, and California Code of Regulations, Title 22, Section 51303, which limits Medi-Cal covered services to those that are reasonable and necessary.

You may ask for free copies of all documents, records, and other information relevant to your request. This includes a copy of the actual benefit provision, guideline, protocol, or criteria that we based our decision on.

Please read the enclosed "Your Rights" information.

Utilization Management
Sierra Vista Health Alliance
\fYOUR RIGHTS UNDER MEDI-CAL MANAGED CARE

If you do not agree with the decision made for your medical treatment, you can file an appeal. This appeal is filed with your health plan.

HOW TO FILE AN APPEAL
You have 60 days from the date of this "Notice of Action" letter to file an appeal. But, if you are currently getting treatment and you want to continue getting treatment, you must ask for an appeal within 10 days from the date this letter was postmarked or delivered to you, OR before the date your health plan says services will stop. You must say that you want to keep getting treatment when you file the appeal.

You can file an appeal by phone, in writing, or electronically. A doctor who is different from the doctor who made the first decision will look at your appeal.

Your health plan has 30 days to give you an answer. If your health is at serious risk, you can ask for an expedited (fast) appeal. Your health plan will give you a decision within 72 hours of receiving your appeal.

INDEPENDENT MEDICAL REVIEW (IMR)
If your treatment was denied because it was experimental or investigational, you can ask for an Independent Medical Review from the Department of Managed Health Care (DMHC). You must apply for an IMR within 6 months after the health plan sends you a written decision about your appeal.

STATE HEARING
You must ask for a State Hearing within 120 days from the date of the health plan's "Notice of Appeal Resolution" letter.

ATTENTION: If you need help in your language call 1-800-555-0167 (TTY: 711). ATENCION: Si necesita ayuda en su idioma, llame al 1-800-555-0167 (TTY: 711). CHU Y: Neu quy vi can giup do bang ngon ngu cua minh, vui long goi 1-800-555-0167 (TTY: 711).
""",
    letter_date="2027-01-12",
    document_type="denial",
    category="experimental",
    deadline="2027-03-13", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "MP-GEN-212"), ("regulation", "22 CCR 51303")],
    notes="Date '12 Jan 2027'. Traps: 10 days (aid paid pending, from postmark), 30-day decision, IMR 6 months, State Hearing 120 days. "
          "State regulation printed as 'California Code of Regulations, Title 22, Section 51303' (identifier form will vary).",
)

# ---------------------------------------------------------------------------
# D7  Florida SMMC Medicaid, post-service, no prior auth, CO-197, fast appeal not available
# ---------------------------------------------------------------------------
_L(
    name="fl_smmc_post_service_no_auth_mri",
    text="""SUNSHINE GULF HEALTH PLAN
Statewide Medicaid Managed Care (SMMC) - Managed Medical Assistance
P.O. Box 25870, Tampa, FL 33622   1-877-555-0152 (TTY 711)

NOTICE OF ADVERSE BENEFIT DETERMINATION

Date of Notice:   09/22/2025
Member:           Tamika R. Bellamy
Medicaid ID:      4490217835
Claim No.:        25F0918-447102
Date of Service:  08/03/2025
Provider:         Coastal Imaging Center, LLC (NPI 1093817264)
Service:          MRI brain without and with contrast (CPT 70553)
Diagnosis:        R51.9 Headache, unspecified

We are writing to tell you that we have denied payment for the service listed above.

Reason for our decision: This service requires prior authorization. We did not receive a request for authorization from Coastal Imaging Center before the service was provided on 08/03/2025. Florida Medicaid authorization requirements in Rule 59G-1.053, F.A.C., and our Provider Handbook require prior authorization for advanced outpatient imaging.
Claim adjustment reason code: CO-197 Precertification/authorization/notification/pre-treatment absent.

You do not owe the provider for this service. A Medicaid provider may not bill you for a service we denied because the provider did not get prior authorization. If you receive a bill, call us at 1-877-555-0152.

YOUR RIGHT TO A PLAN APPEAL
If you do not agree with our decision, you can ask for a plan appeal. You must ask for a plan appeal within 60 days from the date on this notice. You can ask by phone or in writing. If you ask by phone, you do not need to follow up in writing.

You cannot ask for an expedited (fast) appeal for this decision because you have already received the service. We will give you a decision within 30 days after we get your appeal.

MEDICAID FAIR HEARING
You must finish the plan appeal process before you ask for a Medicaid fair hearing. You may ask for a fair hearing within 120 days of the date on the Notice of Plan Appeal Resolution. Agency for Health Care Administration, Medicaid Hearing Unit, P.O. Box 60127, Fort Myers, FL 33906, 1-877-254-1055.

Sunshine Gulf Health Plan complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
ATTENTION: If you speak Spanish, language assistance services, free of charge, are available to you. Call 1-877-555-0152 (TTY: 711).
ATANSYON: Si w pale Kreyol Ayisyen, gen sevis ed pou lang ki disponib gratis pou ou. Rele 1-877-555-0152 (TTY: 711).
""",
    letter_date="2025-09-22",
    document_type="denial",
    category="no_authorization",
    deadline="2025-11-21", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("regulation", "Rule 59G-1.053, F.A.C.")],
    notes="Explicit 'cannot ask for an expedited (fast) appeal ... already received the service' -> False. "
          "Fair hearing 120 days is a trap. CARC CO-197.",
    carc_codes=["CO-197"],
)

# ---------------------------------------------------------------------------
# D8  Commercial EOB, coding (diagnosis inconsistent with procedure)
# ---------------------------------------------------------------------------
_L(
    name="commercial_eob_coding_co11",
    text="""PRAIRIE CREST HEALTH INSURANCE COMPANY                         EXPLANATION OF BENEFITS
P.O. Box 7722, Omaha, NE 68103                                   THIS IS NOT A BILL

Date of this EOB: 07/15/2026
Member:      Daniel O. Fitzgerald            Member ID: PCH-55102877-01
Group:       Lindell Logistics, Inc. #40821
Patient:     Daniel O. Fitzgerald
Claim #:     E26195-0033817                  Received: 07/06/2026
Provider:    Mesa Verde Dermatology PLLC (NPI 1639271045)   Network status: In-network

Service Date  Description                         Code      Billed    Allowed  Plan Paid  You Owe  Remark
06/30/2026    Office/outpatient visit, est.       99213-25  $168.00   $0.00    $0.00      $0.00    CO 11
06/30/2026    Destruction premalignant lesion, 1  17000     $142.00   $0.00    $0.00      $0.00    CO 11
                                                 TOTALS    $310.00   $0.00    $0.00      $0.00

Diagnosis billed: Z00.00 Encounter for general adult medical examination without abnormal findings

Remark code explanations
CO 11  The diagnosis is inconsistent with the procedure.
M76    Missing/incomplete/invalid diagnosis or condition.
Group code CO (Contractual Obligation): this amount is the provider's responsibility. You are not responsible for it.

What this means: Your provider billed a diagnosis code that does not support the services performed. The lesion destruction and the office visit were billed with a routine physical exam diagnosis. Your provider may send us a corrected claim with the correct diagnosis within 90 days of the date of this EOB, and we will reprocess it.

Your right to appeal
If you disagree with how this claim was processed, you may file an appeal within 180 days of the date of this Explanation of Benefits. Send a letter explaining why you disagree, a copy of this EOB, and any records that support your appeal to: Prairie Crest Appeals, P.O. Box 7730, Omaha, NE 68103. You may also have the right to an external review and to bring a civil action under ERISA section 502(a).

Questions? Call Member Services at 1-800-555-0106 (TTY 711), Monday-Friday, 8 a.m. to 6 p.m. CT.
\fNONDISCRIMINATION NOTICE
Prairie Crest Health Insurance Company complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex, as required by Section 1557 of the Affordable Care Act. Prairie Crest provides free aids and services to people with disabilities and free language services to people whose primary language is not English.
ATTENTION: If you speak Spanish, language assistance services, free of charge, are available to you. Call 1-800-555-0106 (TTY: 711).
ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al 1-800-555-0106 (TTY: 711).
CHU Y: Neu ban noi Tieng Viet, co cac dich vu ho tro ngon ngu mien phi danh cho ban. Goi so 1-800-555-0106 (TTY: 711).
""",
    letter_date="2026-07-15",
    document_type="denial",
    category="coding",
    deadline="2027-01-11", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="EOB table; CARC printed as 'CO 11' (space). M76 is a RARC, not a CARC. Corrected-claim 90 days is a trap. "
          "Post-service -> expedited False though nothing said. Section 1557 is not a guideline.",
    carc_codes=["CO-11"],
)

# ---------------------------------------------------------------------------
# D9  eviCore-reviewed lumbar MRI, medical necessity, P2P 14 days trap, urgent appeal
# ---------------------------------------------------------------------------
_L(
    name="evicore_lumbar_mri_medical_necessity",
    text="""Northfield Health Plan
Utilization review performed by eviCore healthcare on behalf of Northfield Health Plan
400 Buckwalter Place Blvd, Bluffton, SC 29910

June 2, 2026

REBECCA L SANDOVAL
77 ORCHARD VIEW DR
DAYTON OH 45459

Member Name:          Rebecca L. Sandoval
Member ID:            NFH81554210
Case Number:          A481273355
Ordering Provider:    Kevin Osei, MD - Riverbend Spine & Pain (NPI 1356780129)
Rendering Facility:   Miami Valley Open MRI
Procedure:            72148 - MRI lumbar spine without contrast
Diagnosis:            M54.16 - Radiculopathy, lumbar region
Determination:        NOT APPROVED (Adverse Determination)
Determination Date:   06/02/2026

Dear Rebecca L. Sandoval:

eviCore healthcare (eviCore) reviews certain advanced imaging requests for Northfield Health Plan. After review of the information provided, we have determined that the requested MRI of the lumbar spine is not medically necessary.

CLINICAL RATIONALE: Based on eviCore healthcare Spine Imaging Guidelines, Version 2.0.2026, section SP-5.1 Lumbar Radiculopathy, advanced imaging of the lumbar spine is supported when there are new or worsening symptoms after at least 6 weeks of provider-directed conservative treatment within the past 6 months, or when there are red flag findings. The records show your low back and leg pain began about 3 weeks ago. There is no documentation of conservative treatment such as physical therapy, home exercise, or medications, and no red flags such as progressive weakness, loss of bowel or bladder control, fever, history of cancer, or significant trauma. Your doctor may ask for this study again if your symptoms continue after a course of conservative care.

This determination was made by a board-certified physician reviewer. Your provider may request a Peer-to-Peer conversation with an eviCore physician within 14 calendar days of the date of this determination by calling 1-888-555-0163.

A copy of the guideline used in this review is available free of charge at www.evicore.com or by calling 1-888-555-0163.
\fYOUR APPEAL RIGHTS (Northfield Health Plan)

If you disagree with this decision, you or your provider acting on your behalf may file an appeal with Northfield Health Plan within 180 calendar days from the date of this notice. Send your written appeal to Northfield Health Plan, Attn: Appeals, P.O. Box 14720, Dayton, OH 45413, or fax 1-937-555-0115.

URGENT APPEALS: If your doctor believes that waiting for a standard appeal decision could seriously jeopardize your life, health, or ability to regain maximum function, you may request an urgent (expedited) appeal by calling 1-800-555-0187. Urgent appeals are decided within 72 hours. Standard pre-service appeals are decided within 30 days.

EXTERNAL REVIEW: After you complete the internal appeal process, you may request an external review by an Independent Review Organization through the Ohio Department of Insurance. You must request external review within 180 days of receiving the final internal appeal decision.

cc: Kevin Osei, MD
""",
    letter_date="2026-06-02",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-11-29", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "SP-5.1")],
    notes="Peer-to-peer 14 days is a trap (not the appeal window). External review 180 days counts from a future decision. "
          "eviCore guideline could be labelled payer_policy or other; identifier 'SP-5.1'. 6 weeks / 3 weeks / 6 months in clinical text are traps.",
)

# ---------------------------------------------------------------------------
# D10 Experimental (CPB), receipt-based window, no expedited text at all
# ---------------------------------------------------------------------------
_L(
    name="commercial_cpb_scrambler_experimental_no_expedited_text",
    text="""ALDERGROVE HEALTH INSURANCE COMPANY
Precertification Unit - 1800 Market Street, Philadelphia, PA 19103

October 31, 2025

Walter Pienkowski
5 Linden Court
Cherry Hill, NJ 08002

Member ID W4410-88213 | Reference # PA-25-1030-8842 | Requesting provider: Delaware Valley Pain Institute, Marguerite Ellison, DO (NPI 1881620357)

Dear Mr. Pienkowski,

We reviewed the request from Dr. Ellison for scrambler therapy (Calmare pain therapy, CPT 0278T), 10 sessions, for chronic pain due to polyneuropathy (diagnosis codes G62.9 and G89.29), and we are not able to approve it because Aldergrove considers scrambler therapy experimental and investigational for all indications, including chemotherapy-induced peripheral neuropathy, since its effectiveness has not been established in well-designed clinical studies; this decision is based on Clinical Policy Bulletin (CPB) 0419, Scrambler Therapy, and on the exclusion for experimental or investigational services in your Aldergrove Choice POS II Booklet-Certificate, and a board-certified anesthesiologist specializing in pain medicine reviewed the request and agreed with this decision. You or your doctor can ask for a free copy of CPB 0419 and of the criteria we used, and you can see all of our clinical policy bulletins at www.aldergrovehealth.example/cpb.

If you disagree with this decision you can appeal: you must file your appeal no later than 180 days after you receive this letter, by writing to Aldergrove Health Appeals, P.O. Box 14079, Lexington, KY 40512, or by calling the Member Services number on your ID card, and you may send any medical records, letters from your doctor, or published studies that you think support your request; a clinician who did not make the first decision will review your appeal, and if we uphold our decision you may be able to ask for an independent external review through the New Jersey Department of Banking and Insurance.

Sincerely,
Aldergrove Health Precertification Unit
cc: Marguerite Ellison, DO
""",
    letter_date="2025-10-31",
    document_type="denial",
    category="experimental",
    deadline="2026-04-29", window_days=180, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "CPB 0419"), ("plan_document", None)],
    notes="Run-on paragraph layout with pipe-separated header. Pre-service but letter says nothing about expedited/urgent -> None. "
          "'no later than 180 days after you receive' is receipt-based, NOT an absolute date.",
)

# ---------------------------------------------------------------------------
# D11 Benefit limit (PT visits), post-service, 'one year from the date of service'
# ---------------------------------------------------------------------------
_L(
    name="commercial_pt_visit_limit_one_year_from_dos",
    text="""Cascadia Premier Health
Claims Department, P.O. Box 98410, Seattle, WA 98124

June 1, 2026

LENA M OKAFOR
2207 NE 65TH ST
SEATTLE WA 98115

Member ID:        CPH-2210-4471-02
Claim No.:        26-0519-558201
Patient:          Lena M. Okafor
Provider:         Bayview Physical Therapy & Sports Rehab (NPI 1215093376)
Date of service:  05/11/2026
Services:         97110 Therapeutic exercise (3 units); 97140 Manual therapy (1 unit)
Diagnosis:        M17.11 Unilateral primary osteoarthritis, right knee
Amount denied:    $286.00

Dear Lena M. Okafor:

We processed the claim above. We are not able to pay it.

Why we denied this claim
Your plan covers up to 20 outpatient rehabilitation visits (physical, occupational and speech therapy combined) per calendar year. Our records show that 20 of 20 visits for 2026 were used between 01/06/2026 and 05/04/2026. The visit on 05/11/2026 is over this limit. See your Certificate of Coverage, Section 3.14, Rehabilitation Services, and your Schedule of Benefits.
Claim adjustment reason code PR-119: Benefit maximum for this time period or occurrence has been reached.

Because the claim was denied for the benefit limit, you may be responsible for the amount billed. Please talk to your provider.

How to appeal
You, or your provider on your behalf, may request an appeal within one year from the date of service. Send a copy of this letter, your reason for appealing, and any supporting records to Cascadia Premier Health Appeals, P.O. Box 98422, Seattle, WA 98124. We will send our decision within 30 days of receiving your appeal.

Providers: requests for claim reconsideration must be submitted within 90 days of the date of this notice.

If you need help, call 1-800-555-0193 (TTY 711). You can also contact the Washington State Office of the Insurance Commissioner at 1-800-562-6900.
""",
    letter_date="2026-06-01",
    document_type="denial",
    category="benefit_limit",
    deadline="2027-05-11", window_days=None, counted_from="service_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 3.14")],
    notes="Window stated as 'one year from the date of service' -> DOS 2026-05-11 + 1 year; window_days None (not stated in days). "
          "Provider reconsideration 90 days is a trap. Post-service, nothing about expedited -> False per contract. PR-119.",
    carc_codes=["PR-119"],
)

# ---------------------------------------------------------------------------
# D12 Provider-facing timely-filing denial, window 'within 6 months', month-end clamp
# ---------------------------------------------------------------------------
_L(
    name="provider_timely_filing_co29_six_months",
    text="""HEARTLAND MUTUAL HEALTH PLAN
Provider Claims Resolution  *  P.O. Box 3390  *  Des Moines, IA 50306

NOTICE OF CLAIM DENIAL - PROVIDER

Date of Notice ......... 2026-08-31
Provider ............... Prairie Ridge Anesthesia Associates, P.C.
NPI .................... 1477820641
TIN .................... XX-XXX4471
Claim ID ............... 2026A0826-11742
Patient ................ Brandon T. Keel
Member ID .............. HMH770211443
Date of Service ........ 01/29/2026
Date Received .......... 08/24/2026
Procedure .............. 00790 Anesthesia for intraperitoneal procedures in upper abdomen including laparoscopy
Billed Amount .......... $2,145.00

DENIAL REASON
CARC CO-29: The time limit for filing has expired.
Heartland Mutual received this claim 207 days after the date of service. Under your Participating Provider Agreement and Provider Manual Section 8.3, Timely Filing, claims from participating providers must be received within 180 days of the date of service. No proof of earlier submission is on file.

The member may not be billed for this service.

PROVIDER APPEAL
If you believe this claim was filed timely, you may submit a Level I provider appeal with acceptable proof of timely filing (for example, an accepted clearinghouse acknowledgment report showing the claim was accepted within the filing limit) within 6 months of the date of this notice. Mail appeals to Heartland Mutual Provider Appeals, P.O. Box 3395, Des Moines, IA 50306, or submit them through the provider portal.

Heartland Mutual Health Plan - Provider Services 1-800-555-0128
""",
    letter_date="2026-08-31",
    document_type="denial",
    category="administrative",
    deadline="2027-02-28", window_days=None, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("payer_policy", "Section 8.3")],
    notes="UNSURE-ish: 6 calendar months from 2026-08-31 -> 2027-02-31 does not exist; clamped to 2027-02-28 (end-of-month rule). "
          "Timely filing '180 days of the date of service' is the reason, not the appeal window. Dot-leader key/value header.",
    carc_codes=["CO-29"],
)

# ---------------------------------------------------------------------------
# D13 Ohio Medicaid MCO, eligibility (not enrolled on DOS), OCR 180-day trap
# ---------------------------------------------------------------------------
_L(
    name="oh_medicaid_eligibility_not_enrolled_on_dos",
    text="""Lakeshore Community Care
Ohio Medicaid Managed Care Plan
1100 Superior Avenue, Cleveland, OH 44114  |  1-855-555-0177 (TTY 711)

NOTICE OF DENIAL OF PAYMENT

Date: September 14, 2026

Member: Andre Kowalczyk                    Member ID: LCC-6603-1187
Medicaid ID: 108822407731
Claim number: 2026-09-0411829
Provider: Lakewood Urgent Care (NPI 1962047718)
Date of service: 08/19/2026
Services: 99214 Office visit; 87880 Rapid strep test
Diagnosis: J02.9 Acute pharyngitis, unspecified

We denied payment for the services listed above.

Why did we deny payment?
You were not a member of Lakeshore Community Care on 08/19/2026. Our records show your enrollment with Lakeshore Community Care ended on 07/31/2026, and you were enrolled with a different Ohio Medicaid managed care plan starting 08/01/2026. The provider should send this claim to your current plan. If you are not sure which plan you have, call the Ohio Medicaid Consumer Hotline at 1-800-324-8680.
(Claim adjustment reason code CO-27: Expenses incurred after coverage terminated.)

If you disagree with this decision
You have the right to appeal within 60 days of the date of this notice. Call us at 1-855-555-0177 or write to Lakeshore Community Care, Appeals Unit, P.O. Box 6120, Cleveland, OH 44101. If we uphold our decision, you may request a state hearing within 90 days of the date of our appeal decision.

NOTICE OF NONDISCRIMINATION
Lakeshore Community Care complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex. If you believe we failed to provide these services or discriminated in another way, you can file a grievance with our Civil Rights Coordinator. You can also file a civil rights complaint with the U.S. Department of Health and Human Services, Office for Civil Rights, within 180 days of when you believe the discrimination happened, at ocrportal.hhs.gov or 1-800-368-1019.
ATTENTION: If you speak Spanish, language assistance services, free of charge, are available to you. Call 1-855-555-0177 (TTY: 711).
""",
    letter_date="2026-09-14",
    document_type="denial",
    category="eligibility",
    deadline="2026-11-13", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="OCR complaint '180 days' in nondiscrimination notice and state hearing 90 days are traps. Post-service payment "
          "denial with no expedited text -> False per contract. CARC CO-27 in parentheses.",
    carc_codes=["CO-27"],
)

# ---------------------------------------------------------------------------
# D15 Behavioral health concurrent review, ASAM residential continued stay
# ---------------------------------------------------------------------------
_L(
    name="bh_concurrent_asam_residential_continued_stay",
    text="""BEACON RIDGE BEHAVIORAL HEALTH
Behavioral Health Administrator for Tri-County Health Plan
P.O. Box 55210, Norfolk, VA 23502  -  Clinical line 1-800-555-0139

CONCURRENT REVIEW - ADVERSE DETERMINATION

Dec 29, 2025

Member:               Tyler J. Abernathy         DOB: 04/17/1996
Member ID:            TCH-3318842-00
Facility:             Serenity Pines Recovery Center (NPI 1326048175)
Attending:            Nadia Ferraro, MD
Level of care:        ASAM Level 3.5 Clinically Managed High-Intensity Residential Services (H0018, rev. code 1002)
Diagnosis:            F11.20 Opioid dependence, uncomplicated
Admission date:       12/10/2025
Last covered day:     12/28/2025
Auth/Ref #:           BR-25-884310

DETERMINATION: Continued stay at Level 3.5 is NOT authorized beginning 12/29/2025.

Reason: The information provided by the facility on 12/26/2025 and 12/29/2025 was reviewed against The ASAM Criteria, Third Edition, continued service criteria for Level 3.5. Dimension 1: no signs of withdrawal; COWS score 0 on the last three assessments; buprenorphine dose stable since 12/15/2025. Dimension 2: no active medical conditions requiring 24-hour monitoring. Dimension 3: mood stable, no suicidal ideation, attending all groups. Dimension 4: engaged in treatment and states commitment to recovery. Dimension 5: cravings rated 2/10; relapse prevention plan completed. Dimension 6: returning to live with supportive sibling. The member's needs can be safely met at ASAM Level 2.1 Intensive Outpatient Services, which is available in network and can be authorized on request. A board-certified addiction psychiatrist made this decision.

Peer-to-peer: The attending physician may request a peer-to-peer discussion with the reviewing psychiatrist by calling 1-800-555-0139 before 5:00 p.m. ET on 12/30/2025.

YOUR APPEAL RIGHTS
You have 180 days from the date you receive this notice to file an appeal. You or your provider may appeal by calling 1-800-555-0139 or writing to Beacon Ridge Behavioral Health, Appeals, P.O. Box 55218, Norfolk, VA 23502.

Because you are currently receiving care, you or your provider may request an expedited appeal by phone at any time. We will decide an expedited appeal within 72 hours. You may also be entitled to an expedited external review at the same time as the expedited internal appeal.

Days after 12/28/2025 may not be covered. Please talk with the facility about your financial responsibility.
""",
    letter_date="2025-12-29",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-06-27", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("ASAM", None)],
    notes="Concurrent review. 'ASAM Level 3.5' / 'Level 2.1' are levels, not identifiers; guideline printed as "
          "'The ASAM Criteria, Third Edition' (identifier None or 'Third Edition'). P2P deadline 12/30/2025 is a trap. Many dates in header.",
)

# ---------------------------------------------------------------------------
# D16 Illinois Medicaid MCO, LOCUS partial hospitalization denial, expedited 24h
# ---------------------------------------------------------------------------
_L(
    name="il_medicaid_locus_php_expedited_24h",
    text="""PRAIRIE LAKES HEALTH PARTNERS
Illinois HealthChoice (Medicaid)  |  233 S. Wacker Drive, Chicago, IL 60606  |  1-844-555-0112 (TTY 711)

NOTICE OF ADVERSE BENEFIT DETERMINATION

Notice date: 2026-05-18

Member name        Keisha D. Langford
Recipient ID (RIN) 334872119
Member ID          PLH-7720-33481
Provider           Northside Behavioral Health Center, Partial Hospitalization Program (NPI 1548302277)
Service requested  Adult partial hospitalization program (H0035 / rev. 0912), 10 days starting 05/18/2026
Diagnosis          F33.2 Major depressive disorder, recurrent severe without psychotic features
Reference #        PLH-BH-26-051804

WHAT DID WE DECIDE?
We denied the request for partial hospitalization.

WHY?
We used the Level of Care Utilization System (LOCUS) and our Behavioral Health Medical Necessity Criteria for Partial Hospitalization, BH-MNC-04, to review the information your provider sent. Your LOCUS composite score is 18, which matches Level 3, High Intensity Community-Based Services. Partial hospitalization is a higher level of care (Level 5). The records show you are not at risk of harming yourself or others, you are taking your medications, and you have a safe place to live with family support. Your needs can be met with intensive outpatient services or assertive community treatment, which we can approve if your provider asks.

YOUR RIGHT TO APPEAL
You have 60 calendar days from the date on this notice to file an appeal with us. You can appeal by calling 1-844-555-0112 or writing to Prairie Lakes Health Partners, Appeals and Grievances, P.O. Box 3120, Chicago, IL 60690.

Expedited appeal: If you or your provider believe that waiting for a standard appeal could seriously harm your life, health, or ability to attain, maintain, or regain maximum function, ask for an expedited appeal. We will decide an expedited appeal within 24 hours after we receive it. We decide standard appeals within 15 business days.

Continuing services: If you are getting a service that we are reducing, suspending, or stopping, and you want it to continue during your appeal, you must file your appeal within 10 calendar days of the date of this notice or before the change takes effect, whichever is later.

State Fair Hearing: If we deny your appeal, you may ask for a State Fair Hearing. You must ask within 120 calendar days from the date of our appeal decision. Illinois Department of Healthcare and Family Services, Bureau of Administrative Hearings, 69 W. Washington Street, 4th Floor, Chicago, IL 60602, 1-855-418-4421.

ATTENTION: If you speak Spanish, Polish, or another language, language assistance services, free of charge, are available to you. Call 1-844-555-0112 (TTY: 711).
UWAGA: Jezeli mowisz po polsku, mozesz skorzystac z bezplatnej pomocy jezykowej. Zadzwon pod numer 1-844-555-0112 (TTY: 711).
""",
    letter_date="2026-05-18",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-07-17", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=24,
    guidelines=[("LOCUS", None), ("payer_policy", "BH-MNC-04")],
    notes="Expedited decision 24 hours (not 72). Traps: 15 business days (standard decision), 10 calendar days continuation, "
          "120-day fair hearing. LOCUS 'Level 3'/'Level 5' are not identifiers. Header is label/value without colons.",
)

# ---------------------------------------------------------------------------
# D17 PBM formulary exclusion, exigent review 24h
# ---------------------------------------------------------------------------
_L(
    name="pbm_formulary_exclusion_exigent_24h",
    text="""ClearPath Rx
Pharmacy Benefit Manager for the Granite State Employers Health Trust
Clinical Review Department, P.O. Box 52090, Phoenix, AZ 85072
Phone 1-888-555-0157  Fax 1-888-555-0158

March 24, 2026

Owen Castellano
19 Birchwood Lane
Concord, NH 03301

Member ID: GSE 44012388            Group: GSEHT-0420
Prescriber: Lauren Whitfield, MD (NPI 1134279950)
Medication requested: Qulipta (atogepant) 60 mg tablet, #30 per 30 days
Request ID: CPRX-260324-77120

Dear Owen Castellano:

Your prescriber asked us to cover Qulipta for you. We reviewed the request and are unable to approve coverage.

Why we made this decision
Qulipta is excluded from your plan's formulary, the ClearPath Rx Value Formulary (2026). Drugs that are not on the formulary are not covered by your plan unless a formulary exception is approved. Your plan covers these preferred alternatives for migraine prevention: topiramate, propranolol, Aimovig (erenumab), and Ajovy (fremanezumab). Your prescriber did not give us information showing that the covered alternatives would not be as effective for you or would cause you harm.

What you can do
Talk with your prescriber about the covered alternatives. Your prescriber may also ask for a formulary exception by sending a statement explaining why you need Qulipta.

Your right to appeal
You may appeal this decision within 180 days from receipt of this letter. Send your written appeal to ClearPath Rx Appeals, P.O. Box 52095, Phoenix, AZ 85072, or fax 1-888-555-0159. Standard appeals are decided within 30 days.

Expedited (exigent) review: If you are suffering from a health condition that may seriously jeopardize your life, health, or ability to regain maximum function, or you are undergoing a current course of treatment using a non-formulary drug, your prescriber may request an expedited review. We will decide an expedited request within 24 hours of receipt.

If we deny your appeal, you may have the right to an independent external review. You may also contact the New Hampshire Insurance Department, Consumer Services, at 1-800-852-3416.

ClearPath Rx complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
""",
    letter_date="2026-03-24",
    document_type="denial",
    category="not_covered",
    deadline="2026-09-20", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=24,
    guidelines=[("formulary", None)],
    notes="Formulary exclusion with preferred alternatives: category not_covered (could be argued step_therapy, but no "
          "'try first' rule is stated). Exigent review 24h.",
)

# ---------------------------------------------------------------------------
# D19 Commercial biologic step therapy, absolute deadline 'no later than'
# ---------------------------------------------------------------------------
_L(
    name="commercial_dupilumab_step_therapy_absolute_deadline",
    text="""BLUEGRASS PLAINS HEALTH
Pharmacy Prior Authorization  -  2400 Harrodsburg Road, Lexington, KY 40503

COVERAGE DETERMINATION - NOT APPROVED

Letter date:    January 8, 2027
Member:         Hannah Lindqvist
Member ID:      BPH-910-443-227
Prescriber:     Marcus Oyelaran, MD, Bluegrass Dermatology Associates (NPI 1780426613)
Drug:           Dupixent (dupilumab) 300 mg/2 mL prefilled pen, every 2 weeks
Diagnosis:      L20.89 Other atopic dermatitis
PA case #:      RX-27-0108-41953

We reviewed the prior authorization request for Dupixent. The request is not approved.

REASON FOR DENIAL
Your plan's Coverage Policy 0501, Dupilumab (Dupixent), requires a documented trial and failure, intolerance, or contraindication to BOTH of the following within the past 12 months before Dupixent can be covered for atopic dermatitis:
  * at least one medium-, high- or super-high-potency topical corticosteroid, AND
  * a topical calcineurin inhibitor (tacrolimus ointment or pimecrolimus cream) or Eucrisa.
The records show a 4-week trial of triamcinolone 0.1% cream. We did not find a trial of a topical calcineurin inhibitor or Eucrisa, or a reason you cannot use them. Once these steps are tried, your prescriber may submit a new request.

APPEAL RIGHTS
If you disagree, you or your prescriber may appeal. Your appeal must be received no later than July 7, 2027. Mail to Bluegrass Plains Health Appeals, P.O. Box 11870, Lexington, KY 40578, or fax 1-859-555-0166.

URGENT APPEAL: If waiting for a standard decision could seriously jeopardize your life or health, you or your doctor may request an urgent appeal by calling 1-800-555-0109. A decision will be made within 72 hours. Standard appeals are decided within 30 calendar days.

Your prescriber may also call 1-800-555-0109 to discuss this decision with a clinical pharmacist or physician reviewer.
""",
    letter_date="2027-01-08",
    document_type="denial",
    category="step_therapy",
    deadline="2027-07-07", window_days=None, counted_from="absolute",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "Coverage Policy 0501")],
    notes="Absolute date printed; 12 months / 4-week trial / 30 calendar days are distractors.",
)

# ---------------------------------------------------------------------------
# D20 Medicare Advantage payment denial (coding/NCCI), 65 days 'from the date on this notice'
# ---------------------------------------------------------------------------
_L(
    name="ma_payment_denial_ncci_bundling",
    text="""Piedmont Senior Advantage (PPO)
A Medicare Advantage plan offered by Piedmont Health Company
P.O. Box 21890, Greensboro, NC 27420    1-877-555-0145, TTY 711

Notice of Denial of Payment

Date: October 5, 2026
Member number: PSA-0387-11529
Name: Evelyn R. Haskins
Provider: Triad Chiropractic & Rehab, PLLC (NPI 1053926187)
Date of service: 08/12/2026
Claim number: 26-0820-77304

Your request for payment was denied
We've denied payment of the service listed below:
  97140 Manual therapy techniques, 1 unit (billed with 98941 Chiropractic manipulative treatment, spinal, 3-4 regions)

Why did we deny payment?
Manual therapy (97140) was billed on the same day and for the same spinal regions as chiropractic manipulation (98941), without a modifier showing it was a separate and distinct service. Under the National Correct Coding Initiative (NCCI) procedure-to-procedure edits and our Reimbursement Policy RP-017, Modifier 59 and X{EPSU} Modifiers, these services are bundled and 97140 is not paid separately. The manipulation (98941) was paid. Because the provider is in our network, you do not owe anything for the denied service.

Provider remittance detail: Group/Reason CO-97 (The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated). Remark M80.

You have the right to appeal our decision
Ask Piedmont Senior Advantage for an appeal within 65 days from the date on this notice. We can give you more time if you have a good reason for missing the deadline.

You can't ask for a fast appeal about payment for care you've already received. We'll give you a decision on a payment appeal within 60 days after we get your appeal.

How to ask for an appeal: Mail your written request to Piedmont Senior Advantage, Appeals Department, P.O. Box 21895, Greensboro, NC 27420, or fax 1-877-555-0146.

Get help & more information: 1-800-MEDICARE (1-800-633-4227), TTY 1-877-486-2048. North Carolina SHIIP: 1-855-408-1212.
Form CMS-10003-NDMCP   OMB Approval 0938-0829
""",
    letter_date="2026-10-05",
    document_type="denial",
    category="coding",
    deadline="2026-12-09", window_days=65, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("other", "NCCI"), ("payer_policy", "RP-017")],
    notes="Partial-looking (98941 paid) but the notice denies only the item it is about -> labelled denial (arguably partial_denial). "
          "'can't ask for a fast appeal about payment' -> False. 60-day decision time is a trap. M80 is a RARC. NCCI identifier fuzzy.",
    carc_codes=["CO-97"],
)

# ---------------------------------------------------------------------------
# D21 TRICARE post-service, acupuncture not covered, 90 days, expedited not available
# ---------------------------------------------------------------------------
_L(
    name="tricare_acupuncture_not_covered_post_service",
    text="""TRICARE East Region
Liberty Federal Health Services, TRICARE East Region Contractor
Claims Processing, P.O. Box 7031, Camden, SC 29021

August 12, 2025

ELENA DELGADO
1147 SENTRY OAK DR
FAYETTEVILLE NC 28314

Sponsor:                 SSgt Marcus Delgado
Beneficiary:             Elena Delgado
DoD Benefits Number:     10487723311
Claim Number:            252180044719
Provider:                Harmony Integrative Acupuncture (NPI 1669503824)
Dates of Service:        07/02/2025 and 07/09/2025
Services:                97810 Acupuncture, 1 or more needles, without electrical stimulation, initial 15 min
                         97811 Acupuncture, each additional 15 min
Diagnosis:               M54.50 Low back pain, unspecified
Amount Billed:           $380.00   TRICARE Paid: $0.00

Dear Beneficiary:

TRICARE has denied payment for the services listed above. Acupuncture is not a covered TRICARE benefit. Services that are not covered are excluded under 32 CFR 199.4(g) and the TRICARE Policy Manual 6010.63-M, Chapter 7. Because the provider is not a TRICARE-authorized provider for these services, you may be responsible for the full amount billed.

IF YOU DISAGREE: You may request a reconsideration. Your request must be in writing, must state why you disagree, and must include a copy of this notice and any additional documents that support your request. Your request for reconsideration must be postmarked or received within 90 days of the date of this notice. Send it to: Liberty Federal Health Services, Attn: Appeals, P.O. Box 7032, Camden, SC 29021.

Expedited reconsideration is not available because the services have already been received.

If the amount in dispute is $50 or more, and you disagree with the reconsideration decision, you may request a formal review by the Defense Health Agency within 60 days of the date of the reconsideration decision.

For help, contact the Beneficiary Counseling and Assistance Coordinator (BCAC) at your nearest military hospital or clinic.
""",
    letter_date="2025-08-12",
    document_type="denial",
    category="not_covered",
    deadline="2025-11-10", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("regulation", "32 CFR 199.4(g)"), ("payer_policy", "TRICARE Policy Manual 6010.63-M, Chapter 7")],
    notes="TRICARE 'postmarked or received within 90 days of the date of this notice'. Formal review 60 days is a trap. "
          "Explicit expedited not available. TPM could be labelled payer_policy or regulation.",
)

# ---------------------------------------------------------------------------
# D22 Texas workers' comp UR denial, ODG, 'deemed received five days after mailed'
# ---------------------------------------------------------------------------
_L(
    name="tx_workers_comp_ur_odg_presumed_receipt",
    text="""LONE STAR COMP REVIEW SERVICES, INC.
Utilization Review Agent (URA) for Trinity Casualty Insurance Company
URA Certificate No. 5219   |   P.O. Box 160880, Austin, TX 78716   |   Tel 1-800-555-0171  Fax 1-800-555-0172

NOTICE OF ADVERSE DETERMINATION - PREAUTHORIZATION

Date Mailed: 04/02/2026

Injured Employee:     Ricardo Benavides
Employer:             Brazos Valley Concrete, LLC
Carrier Claim #:      WC-25-118842
DWC Claim #:          25-338817-01
Date of Injury:       11/04/2025
Requesting Provider:  Stephanie Villarreal, MD, Gulf Coast Pain & Spine (NPI 1427065538)
Treatment Requested:  Lumbar transforaminal epidural steroid injection, L4-L5, right (CPT 64483)
Diagnosis:            M51.16 Intervertebral disc disorders with radiculopathy, lumbar region
UR Reference #:       LSC-26-04-02118

Determination: NOT MEDICALLY NECESSARY - preauthorization denied.

Principal reasons: The Official Disability Guidelines (ODG), Low Back - Lumbar & Thoracic chapter, recommend epidural steroid injections for radicular pain only when radiculopathy is documented by physical examination and corroborated by imaging or electrodiagnostic studies, after failure of conservative treatment. The 03/10/2026 examination documents symmetric reflexes, normal strength, and a negative straight leg raise. The 01/22/2026 lumbar MRI shows a mild disc bulge at L4-L5 without nerve root compression. The ODG is the treatment guideline adopted by the Division of Workers' Compensation under 28 TAC §137.100. The reviewing physician, board certified in physical medicine and rehabilitation, attempted a peer discussion with the requesting provider on 03/31/2026 and 04/01/2026.

RECONSIDERATION: The injured employee, the employee's representative, or the requesting provider may request reconsideration of this adverse determination. A request for reconsideration must be made within 30 days of receipt of this notice. This notice is deemed received five days after the date mailed. Send the request to Lone Star Comp Review Services at the address or fax above.

INDEPENDENT REVIEW: If reconsideration is denied, you may request review by an Independent Review Organization (IRO) by filing form LHL009 with the carrier no later than the 45th day after the date of the reconsideration denial.

Texas Department of Insurance, Division of Workers' Compensation, 1-800-252-7031.
""",
    letter_date="2026-04-02",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-05-07", window_days=30, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("other", None), ("regulation", "28 TAC §137.100")],
    notes="Explicit receipt presumption: 30 days of receipt + 5 days deemed-receipt = letter date + 35. Workers' comp. "
          "ODG has no identifier (source other). IRO 45th day is a trap. No expedited wording -> None.",
)

# ---------------------------------------------------------------------------
# D23 Inpatient admission (InterQual), concurrent, 'sixty (60) calendar days'
# ---------------------------------------------------------------------------
_L(
    name="commercial_inpatient_interqual_heart_failure",
    text="""MAGNOLIA STATE HEALTH PLAN
Utilization Management  |  1020 Highland Colony Pkwy, Ridgeland, MS 39157  |  Phone 1-800-555-0135  Fax 1-601-555-0136

INPATIENT LEVEL OF CARE - ADVERSE DETERMINATION

02/27/2026

To:  Gerald W. Pruitt (Member)
     St. Brendan Regional Medical Center, Utilization Review Dept. (Facility, NPI 1508861932)
     Hamid Rostami, MD (Attending)

Member ID ............ MSH0044719203
Reference/Auth # ..... IP-26-0224-31177
Admission date ....... 02/24/2026
Request type ......... Inpatient admission - acute medical
Primary diagnosis .... I50.23 Acute on chronic systolic (congestive) heart failure

Determination: Inpatient level of care is denied for 02/24/2026 through 02/27/2026.

Rationale: The clinical information submitted was reviewed by a physician advisor against InterQual® 2025, Acute Adult Criteria, Heart Failure subset. On admission the patient had mild dyspnea on exertion, oxygen saturation 95% on room air, blood pressure 138/82, heart rate 88, and creatinine at baseline. Symptoms improved after two doses of IV furosemide, and the patient was transitioned to oral diuretics on hospital day 1. The documentation does not show findings requiring acute inpatient care, such as hypoxemia, hemodynamic instability, need for continuous IV vasoactive medication, or worsening renal function. These services can be provided at the observation level of care. The facility may bill these dates as outpatient observation.

Peer-to-peer: The attending physician may request a peer-to-peer review with the physician advisor within one (1) business day of this notification by calling 1-800-555-0135, option 3.

Appeal rights: A written appeal must be submitted within sixty (60) calendar days of the date of this letter to Magnolia State Health Plan, Appeals Unit, P.O. Box 23090, Jackson, MS 39225. Because the member is still hospitalized, an expedited appeal may be requested by phone and will be decided within 72 hours. Standard appeals are decided within 30 calendar days of receipt.

You have the right to request copies of the criteria used in making this decision, free of charge.
""",
    letter_date="2026-02-27",
    document_type="denial",
    category="medical_necessity",
    deadline="2026-04-28", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("InterQual", "2025 Acute Adult Criteria, Heart Failure subset")],
    notes="Concurrent. Observation alternative mentioned but nothing approved -> denial. P2P '1 business day' trap. "
          "InterQual identifier fuzzy (year + subset).",
)

# ---------------------------------------------------------------------------
# D25 Oncology drug, NCCN Category 3 -> experimental/unproven per policy
# ---------------------------------------------------------------------------
_L(
    name="oncology_nccn_category3_unproven",
    text="""Summit Oncology Benefit Management
on behalf of Lakeview Health Plan
9000 Keystone Crossing, Suite 700, Indianapolis, IN 46240
Oncology line 1-866-555-0150   Fax 1-866-555-0151

February 16, 2027

Miriam Adeyemi
640 Lakeshore Terrace
Fort Wayne, IN 46805

RE: Prior Authorization Determination
    Member ID: LHP-30219877          Order ID: SOBM-27-0216-00842
    Treating provider: Gabriel Stanescu, MD, Three Rivers Cancer Center (NPI 1992730455)
    Requested: pembrolizumab (Keytruda) J9271, 200 mg IV every 3 weeks x 1 year, consolidation after concurrent chemoradiation
    Diagnosis: C34.91 Malignant neoplasm of unspecified part of right bronchus or lung

Dear Ms. Adeyemi:

Summit Oncology Benefit Management reviews cancer treatment requests for Lakeview Health Plan. We are unable to approve the treatment requested by Dr. Stanescu.

Reason: Lakeview Health Plan Medical Policy MED-0123, Off-Label Use of Anticancer Drugs and Biologics, considers an anticancer regimen medically accepted only when it is supported by the NCCN Clinical Practice Guidelines in Oncology (NCCN Guidelines®) with a Category 1, 2A, or 2B recommendation or by another listed compendium. In the NCCN Guidelines for Non-Small Cell Lung Cancer, Version 3.2027, pembrolizumab as consolidation therapy after concurrent chemoradiation for unresectable stage III disease is a Category 3 recommendation. Under the policy, this use is considered experimental, investigational, or unproven. Durvalumab consolidation (NCCN Category 1) may be approved if requested.

An oncologist reviewed this request. Your doctor may call 1-866-555-0150 to discuss the decision with the reviewer.

Appeal: You may appeal within 60 days after the date of this notice. Send a written request to Lakeview Health Plan, Appeals, P.O. Box 44120, Indianapolis, IN 46244.

Expedited appeal: If you are currently receiving this treatment, or if your doctor believes a delay could seriously jeopardize your life or health, you may request an expedited appeal by calling 1-800-555-0116. Expedited appeals are decided within 72 hours.

After the plan's appeal process, you may request an independent external review. You must file the request within 120 days after you receive the final appeal decision.
""",
    letter_date="2027-02-16",
    document_type="denial",
    category="experimental",
    deadline="2027-04-17", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("NCCN", "Non-Small Cell Lung Cancer, Version 3.2027"), ("payer_policy", "MED-0123")],
    notes="NCCN Category 3 -> 'experimental, investigational, or unproven' (could be mis-read as medical_necessity). "
          "'Category 1, 2A, 2B' mentions are not additional guidelines. Deadline falls on a Saturday (no adjustment per contract).",
)

# ---------------------------------------------------------------------------
# D26 RBM provider letter, insufficient info, '10 business days'
# ---------------------------------------------------------------------------
_L(
    name="rbm_cardiac_pet_insufficient_info_business_days",
    text="""MERIDIAN SPECIALTY BENEFITS (MSB)
Cardiology & Radiology Benefit Management for Coastal Plains Health
1 Harbor Point Drive, Suite 300, Norfolk, VA 23510  Tel 1-877-555-0124  Fax 1-877-555-0125

PROVIDER NOTIFICATION - ADVERSE DETERMINATION

Friday, July 10, 2026

To: Suresh Balakrishnan, MD, Tidewater Cardiology Group (NPI 1245380916)
Fax: 757-555-0193

Patient:          Olivia Marchetti
Member ID:        CPH-88201-447
Health plan:      Coastal Plains Health - Commercial PPO
MSB case #:       MSB-2607-0098812
Procedure:        78492 Myocardial perfusion imaging, PET, multiple studies; A9555 Rubidium Rb-82
Diagnoses:        R07.89 Other chest pain; I25.10 Atherosclerotic heart disease of native coronary artery

Determination: Not approved - insufficient clinical information.

We were unable to establish medical necessity for cardiac PET under MSB Cardiac Imaging Guideline MSB-CARD-07, Myocardial Perfusion PET, because the clinical information needed for review was not provided. On 07/06/2026 our office requested the following by fax and telephone, and it was not received:
  1. The most recent office visit note documenting the patient's current symptoms.
  2. Results of any prior stress testing (SPECT MPI, stress echocardiogram, or exercise ECG).
  3. Documentation of the reason SPECT imaging is non-diagnostic or not appropriate (for example, BMI of 40 or more, or prior attenuation artifact).

Reconsideration: The ordering provider may request a reconsideration within ten (10) business days of the date of this letter by submitting the missing documentation to fax 1-877-555-0125 or through the MSB provider portal. A new request may also be submitted at any time.

The member has been sent a separate notice from Coastal Plains Health explaining the member's appeal rights.
""",
    letter_date="2026-07-10",
    document_type="denial",
    category="insufficient_information",
    deadline="2026-07-24", window_days=10, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "MSB-CARD-07")],
    notes="UNSURE: the only window in this provider letter is a 10-business-day reconsideration (member appeal rights are in a "
          "separate notice). Business days Fri 07/10 -> Fri 07/24. Could also be argued deadline None (no member appeal window). "
          "Missing documentation list is enumerated. No expedited wording -> None.",
)

# ---------------------------------------------------------------------------
# D27 HMO out-of-network specialist, '180 days from receipt', urgent appeal, external review 4 months
# ---------------------------------------------------------------------------
_L(
    name="hmo_out_of_network_rheumatology_urgent_appeal",
    text="""Chesapeake Keystone HMO
Medical Management, 10455 Mill Run Circle, Owings Mills, MD 21117
1-800-555-0181 (TTY 711)

Oct. 6, 2025

Noah Feldstein
3120 Greenmount Ave
Baltimore, MD 21218

Subscriber #: CKH-Q77-0098214
Authorization Ref #: CK25-1006-22871
Requested by: Rachel Amsel, MD (primary care), NPI 1316927740
Requested service: Specialist consultation and follow-up visits (CPT 99204, 99214) with Ilana Berkovich, MD, Harborview Rheumatology (non-participating)
Diagnosis: M35.00 Sicca syndrome, unspecified

Dear Mr. Feldstein:

We have reviewed your primary care doctor's request for a referral to Dr. Ilana Berkovich at Harborview Rheumatology. We are denying this request.

Reason for denial: Dr. Berkovich does not participate in the Chesapeake Keystone HMO network. Your HMO plan covers services from non-participating providers only for emergency care, or when we approve them because no participating provider can provide the service you need (Evidence of Coverage, Section 5.3, Out-of-Network Services). We have participating board-certified rheumatologists within 15 miles of your home who treat Sjogren's syndrome, including Greater Baltimore Rheumatology Associates (410-555-0102) and Towson Arthritis & Rheumatology Center (410-555-0177). Your doctor can send a new referral to one of these practices.

Your appeal rights: You have 180 days from receipt of this notice to file an internal appeal (grievance). Send your appeal to Chesapeake Keystone HMO, Appeals and Grievances, P.O. Box 4520, Owings Mills, MD 21117, or call 1-800-555-0181.

If your situation is urgent, you may request an urgent appeal by calling 1-800-555-0181. We will respond within 72 hours.

You may request an external review within 4 months after you receive our final decision. The Maryland Insurance Administration, Appeals and Grievance Unit, 200 St. Paul Place, Suite 2700, Baltimore, MD 21202, 1-800-492-6116, can help you file. The Health Education and Advocacy Unit of the Office of the Attorney General can also help you at 1-877-261-8807.

Sincerely,
Medical Management Department
""",
    letter_date="2025-10-06",
    document_type="denial",
    category="out_of_network",
    deadline="2026-04-04", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("plan_document", "Section 5.3")],
    notes="Date 'Oct. 6, 2025' (abbreviated month with dot). External review 4 months is a trap. 'urgent appeal' wording.",
)

# ---------------------------------------------------------------------------
# D28 Post-service inpatient rehab, no precert, ERISA wording
# ---------------------------------------------------------------------------
_L(
    name="erisa_post_service_inpatient_rehab_no_precert",
    text="""GREAT PLAINS BENEFIT ADMINISTRATORS, INC.
Third Party Administrator for the Ridgeway Foods Employee Health Benefit Plan
5600 S. Quebec St., Suite 210, Greenwood Village, CO 80111

November 23, 2026

Dolores Huang
8821 W. Bowles Ave
Littleton, CO 80123

NOTICE OF ADVERSE BENEFIT DETERMINATION

Employee/Member ID:  RFP 5520-0871
Patient:             Dolores Huang
Claim No.:           26-1118-00417
Facility:            Meadowbrook Rehabilitation Hospital (NPI 1063584219)
Dates of Service:    09/14/2026 - 09/28/2026
Service:             Inpatient rehabilitation, 14 days (revenue code 0128)
Diagnosis:           I63.512 Cerebral infarction due to unspecified occlusion or stenosis of left middle cerebral artery
Total Charges:       $48,615.00
Adjustment:          CO-197 Precertification/authorization/notification/pre-treatment absent

The Plan has denied this claim. Section 6.1, Precertification Requirements, of the Ridgeway Foods Employee Health Benefit Plan Document and Summary Plan Description requires precertification of all inpatient rehabilitation admissions before admission, or within two business days after an emergency admission. No precertification request was received for this admission, and benefits are therefore denied. This determination was not based on a review of medical necessity. If you or the facility have information showing that precertification was requested, please send it with your appeal.

You may request a review of this determination within one hundred eighty (180) days following receipt of this notification. Your request should be in writing and sent to: Great Plains Benefit Administrators, Appeals Unit, P.O. Box 440890, Denver, CO 80244. You may submit written comments, documents, and other information. Upon request and free of charge, you will be provided reasonable access to and copies of all documents relevant to your claim. A decision on your appeal will be made within 60 days.

After exhausting the Plan's appeal procedures, you have the right to bring a civil action under section 502(a) of ERISA. If the final decision involves medical judgment, you may request external review within four months of receiving the final decision.
""",
    letter_date="2026-11-23",
    document_type="denial",
    category="no_authorization",
    deadline="2027-05-22", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 6.1")],
    notes="Window written out 'one hundred eighty (180) days following receipt'. 'two business days' (precert rule) and 60-day decision "
          "and four months are traps. Post-service with no expedited wording -> False. Explicitly NOT a medical necessity denial.",
    carc_codes=["CO-197"],
)

# ---------------------------------------------------------------------------
# D29 California HMO, cosmetic exclusion, grievance 180 calendar days, DMHC paragraph (30 days trap)
# ---------------------------------------------------------------------------
_L(
    name="ca_hmo_cosmetic_rhinoplasty_dmhc",
    text="""PACIFIC HARBOR HEALTH PLAN
Regional Utilization Management, 393 E. Walnut St., Pasadena, CA 91188
Member Services 1-800-555-0164 (TTY 711)

DENIAL OF SERVICE

June 29, 2026

Jordan Whitaker-Sato
1420 Glendon Ave, Unit 3
Los Angeles, CA 90024

Medical Record Number (MRN): 11-2277-4039
Referral/Authorization #: PHP-SC-2606-88120
Requesting physician: Evelyn Park, MD, Plastic and Reconstructive Surgery (NPI 1700583346)
Service requested: Rhinoplasty, primary, including major septal repair (CPT 30420)
Diagnosis: M95.0 Acquired deformity of nose

Dear Jordan Whitaker-Sato,

Pacific Harbor Health Plan has denied the request for the service listed above.

We denied this request because the information from Dr. Park shows that the purpose of the surgery is to change the appearance of your nose. There is no documentation of a functional problem, such as nasal airway obstruction that has not improved with at least 4 weeks of medical treatment, or a deformity caused by injury, disease, or a birth defect. Surgery to change appearance is cosmetic. Cosmetic services are excluded from coverage under your Evidence of Coverage, Section 6.2, Exclusions and Limitations, "Cosmetic Services." This decision also applies Pacific Harbor Medical Policy MP-SUR-044, Rhinoplasty and Septorhinoplasty.

If you disagree, you may file a grievance (appeal) within 180 calendar days from the date of this letter. Call Member Services at 1-800-555-0164 or write to Pacific Harbor Health Plan, Member Relations, P.O. Box 91080, Pasadena, CA 91109.

Expedited review: If your case involves an imminent and serious threat to your health, including severe pain or potential loss of life, limb, or major bodily function, you may request an expedited review. We will decide within 72 hours.

Independent Medical Review (IMR): If you believe this service was wrongly denied as not medically necessary, you may apply to the Department of Managed Health Care for an IMR. You must apply within 6 months of the date of our decision on your grievance.

The California Department of Managed Health Care is responsible for regulating health care service plans. If you have a grievance against your health plan, you should first telephone your health plan at 1-800-555-0164 and use your health plan's grievance process before contacting the department. If you need help with a grievance involving an emergency, a grievance that has not been satisfactorily resolved by your health plan, or a grievance that has remained unresolved for more than 30 days, you may call the department for assistance. The department's telephone number is 1-888-466-2219 and TDD line is 1-877-688-9891. The department's internet website is www.dmhc.ca.gov.

Pacific Harbor Health Plan complies with applicable Federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex (Section 1557 of the Affordable Care Act).
ATTENTION: If you speak Spanish, Chinese, Korean, Tagalog, or another language, language assistance services, free of charge, are available to you. Call 1-800-555-0164 (TTY 711).
""",
    letter_date="2026-06-29",
    document_type="denial",
    category="not_covered",
    deadline="2026-12-26", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("plan_document", "Section 6.2"), ("payer_policy", "MP-SUR-044")],
    notes="Grievance = appeal. Standard DMHC paragraph ('more than 30 days'), IMR 6 months, '4 weeks of medical treatment' are traps. "
          "Section 1557 only in nondiscrimination text.",
)

# ---------------------------------------------------------------------------
# D30 Pre-service eligibility denial with NO letter date -> deadline None
# ---------------------------------------------------------------------------
_L(
    name="undated_pre_service_eligibility_coverage_ending",
    text="""TRISTATE COMMUNITY HEALTH PLAN
Prior Authorization Department
250 Grant Street, Pittsburgh, PA 15219
Phone: 1-800-555-0119

Member: Samuel Okonkwo
Member ID: TCH-44-9012231
Group: Allegheny Tool & Die, Inc. (Group #77120)
Provider: Three Rivers Orthopaedic Surgery (NPI 1871046329)
Service: Knee arthroscopy with partial medial meniscectomy (CPT 29881), right knee
Diagnosis: M23.221 Derangement of posterior horn of medial meniscus due to old tear, right knee
Request received: 03/20/2026
Scheduled date of surgery: 04/15/2026
Reference number: PA-2603-66104

Dear Samuel Okonkwo:

We received a request from Three Rivers Orthopaedic Surgery to approve the service listed above. We cannot approve this request.

Reason: Your employer group, Allegheny Tool & Die, Inc., has ended its contract with Tristate Community Health Plan. Your coverage with us will end on 03/31/2026. The surgery is scheduled for 04/15/2026, after your coverage ends. We cannot authorize services that will be provided after your coverage ends. If you have new coverage, please ask your provider to contact your new health plan.

If you think this decision is wrong, you may appeal within 60 days of the date of this letter. Write to Tristate Community Health Plan, Appeals Department, P.O. Box 1120, Pittsburgh, PA 15230, or call 1-800-555-0119.

Prior Authorization Department
Tristate Community Health Plan
""",
    letter_date=None,
    document_type="denial",
    category="eligibility",
    deadline=None, window_days=60, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="NO letter date anywhere: 60-day window stated but base missing -> deadline None, needs_review. "
          "Traps: 'Request received 03/20/2026', coverage end 03/31/2026, surgery 04/15/2026 must not be used as the letter date.",
)

# ---------------------------------------------------------------------------
# D32 Provider remittance advice, duplicate claim CO-18, 120 days from remit date
# ---------------------------------------------------------------------------
_L(
    name="provider_remit_duplicate_claim_co18",
    text="""FRONTIER HEALTH ALLIANCE                                  PROVIDER REMITTANCE ADVICE
P.O. Box 30980, Salt Lake City, UT 84130                   Page 1 of 1

Remit Date: 03/08/2027          Payment #: EFT 0008841207        Payment Amount: $0.00
Payee: Summit Family Medicine LLC        Payee NPI: 1124096658        TIN: XX-XXX3310

PATIENT: RICHTER, AVA          MEMBER ID: FHA-7712044          ACNT: SFM-220418
CLAIM #: 27-0301-88421         ICN RECEIVED: 03/01/2027        CLAIM STATUS: DENIED
-----------------------------------------------------------------------------------------------
DOS         PROC   MOD  UNITS  BILLED    ALLOWED   DEDUCT  COINS   PAID    GRP-RC   REMARK
02/03/2027  99395       1      $245.00   $0.00     $0.00   $0.00   $0.00   CO-18    N522
-----------------------------------------------------------------------------------------------
CLAIM TOTALS                   $245.00   $0.00     $0.00   $0.00   $0.00
Diagnosis: Z00.00

ADJUSTMENT REASON / REMARK CODE GLOSSARY
CO-18   Exact duplicate claim/service.
N522    Duplicate of a claim processed, or to be processed, as a crossover claim.
Original claim 27-0215-55102 for this date of service was processed and paid on 02/22/2027.

PROVIDER DISPUTE RIGHTS: If you believe this claim was denied in error, you may submit a claim dispute with supporting documentation. Disputes must be submitted within 120 days of the date of this remittance advice. Do not resubmit the claim as a new claim; resubmissions will deny as duplicates. Submit disputes via the provider portal or to Frontier Health Alliance Provider Disputes, P.O. Box 30985, Salt Lake City, UT 84130.
""",
    letter_date="2027-03-08",
    document_type="denial",
    category="administrative",
    deadline="2027-07-06", window_days=120, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Remit table with GRP-RC column 'CO-18'. N522 is a RARC. Remit date = letter date. Other dates (ICN received, "
          "original paid date, DOS) are distractors. Post-service -> False.",
    carc_codes=["CO-18"],
)

# ===========================================================================
# PARTIAL DENIALS
# ===========================================================================

# P1  Shoulder arthroplasty approved outpatient, inpatient stay denied (MCG ORG S-634)
_L(
    name="partial_tsa_outpatient_approved_inpatient_denied_mcg",
    text="""HEARTWOOD HEALTH PLAN
Clinical Services - Prior Authorization
P.O. Box 19455, Madison, WI 53708   1-888-555-0122 (TTY 711)

Date of Notice: 08/04/2026

Bernard Kowalski
604 Elm Ridge Rd
Waukesha, WI 53186

Member ID: HWH-5501-82340
Case/Auth #: HW26-0804-5521
Surgeon: Thomas Lindgren, MD, Lakeside Orthopedic Hospital (NPI 1497783120)
Diagnosis: M19.011 Primary osteoarthritis, right shoulder

DETERMINATION SUMMARY
+---------------------------------------------+-----------------------------+---------------+
| Service requested                           | Decision                    | Dates         |
+---------------------------------------------+-----------------------------+---------------+
| 23472 Total shoulder arthroplasty, right    | APPROVED - outpatient /     | 09/10/2026 -  |
|                                             | same-day surgery setting    | 12/09/2026    |
| Inpatient admission, 2 days                 | DENIED                      |               |
+---------------------------------------------+-----------------------------+---------------+

Why part of your request was denied
The surgery itself is approved. The inpatient hospital stay is denied because it is not medically necessary for you. We reviewed your records using MCG Care Guidelines, 27th edition, Inpatient & Surgical Care, Shoulder Arthroplasty, Total (ORG: S-634). For this surgery the guideline's goal length of stay is ambulatory or 1 day postoperative, and inpatient admission is supported only for patients with specific conditions, such as significant heart or lung disease, poorly controlled diabetes, or lack of a safe discharge plan. Your records show none of these conditions, and you will have a family member at home to help you. If a problem occurs during or after surgery, the hospital may ask us to review an inpatient stay at that time.

What you can do if you disagree
You or your doctor may appeal the denied part of this decision within 180 days of the date you receive this letter. Send your appeal to Heartwood Health Plan, Appeals, P.O. Box 19460, Madison, WI 53708, or fax 1-608-555-0130.

Urgent appeal: If you or your doctor believe that waiting for a standard appeal could seriously jeopardize your life, health, or ability to regain maximum function, call 1-888-555-0122 to ask for an urgent appeal. We will decide within 72 hours.

Your surgeon may also request a peer-to-peer discussion with our medical director within 5 business days of this notice.

You may have the right to an independent external review after our appeal decision. Contact the Wisconsin Office of the Commissioner of Insurance at 1-800-236-8517.
""",
    letter_date="2026-08-04",
    document_type="partial_denial",
    category="medical_necessity",
    deadline="2027-01-31", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("MCG", "S-634")],
    notes="ASCII table with approved and denied rows. Authorization validity dates 09/10-12/09 are distractors. "
          "P2P 5 business days is a trap. MCG identifier printed 'ORG: S-634'.",
)

# P2  PBM quantity limit: 9 tablets approved, extra 9 denied; nothing about expedited
_L(
    name="partial_quantity_limit_sumatriptan",
    text="""Northstar Rx Solutions
Pharmacy benefit manager for Cedar Valley Health Plan
Coverage Review Department | 8100 Norman Center Drive, Bloomington, MN 55437 | 1-800-555-0133

January 5, 2026

FELICIA ARMSTRONG-BOYD
55 WILLOW CREEK CT
CEDAR RAPIDS IA 52402

Member ID:   CVH 33 018 7742
Prescriber:  Omar Haddad, MD (NPI 1386647291)
Drug:        Sumatriptan succinate 100 mg tablet
Requested:   18 tablets per 30 days
Case #:      NRX-0105-26-14470

Dear Felicia Armstrong-Boyd,

We reviewed your prescriber's request for a quantity limit exception.

Our decision:
  - APPROVED: sumatriptan 100 mg, 9 tablets per 30 days, from 01/05/2026 through 01/04/2027.
  - NOT APPROVED: the additional 9 tablets per 30 days (18 tablets per 30 days total).

Reason: Your plan's formulary has a quantity limit of 9 tablets per 30 days for sumatriptan 100 mg tablets. The request for a higher quantity does not meet the exception criteria. The information provided does not show that preventive migraine treatment has been tried, and using a triptan on more than 10 days a month may cause medication overuse headache.

You may appeal this decision within 180 days of the date of this notice. Send your appeal, with any records from your prescriber, to Northstar Rx Solutions, Appeals, P.O. Box 1459, Minneapolis, MN 55440, or fax 1-800-555-0134. We will send you our decision within 30 days after we receive your appeal.

Questions? Call 1-800-555-0133 (TTY 711), 24 hours a day.
""",
    letter_date="2026-01-05",
    document_type="partial_denial",
    category="benefit_limit",
    deadline="2026-07-04", window_days=180, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("formulary", None)],
    notes="Quantity limit -> benefit_limit (could be argued medical_necessity since exception criteria were applied). "
          "No expedited wording -> None. Approval validity dates are distractors.",
)

# P3  Pennsylvania HealthChoices home health PT: 12 of 24 visits approved
_L(
    name="pa_medicaid_partial_home_health_pt_visits",
    text="""ALLEGHENY VALLEY HEALTH PARTNERS
A Pennsylvania HealthChoices Physical Health Plan
1500 Penn Avenue, Pittsburgh, PA 15222   Member Services 1-866-555-0161 (TTY 711)

DENIAL NOTICE

Notice Date: March 16, 2026

Member Name:      Cheryl Ann Mazur
Member ID #:      AVH-6629-0418
MA Recipient #:   7100483321
Provider:         Three Rivers Home Health Services (NPI 1508214463)
Request #:        AVH-HH-26-031102

Dear Cheryl Ann Mazur:

Allegheny Valley Health Partners has reviewed a request from Three Rivers Home Health Services for:
  Home health physical therapy visits (G0151), 24 visits from 03/16/2026 to 05/10/2026
  Diagnosis: Z96.651 Presence of right artificial knee joint; M62.81 Muscle weakness (generalized)

This request is:  [X] PARTIALLY APPROVED
We approved 12 visits from 03/16/2026 to 04/12/2026. We denied the other 12 visits requested from 04/13/2026 to 05/10/2026.

Reason for our decision: We reviewed the information using InterQual® 2025 Home Care Criteria, Physical Therapy subset. Your therapy goals can be reassessed after 4 weeks. The records do not show why 8 weeks of home visits are needed now. Your provider may ask for more visits before 04/12/2026 by sending an updated progress report showing your progress toward your goals and why you still cannot leave home for outpatient therapy.

If you do not agree with this decision, you may file a Complaint or Grievance with Allegheny Valley Health Partners. You must file within 60 days from the date you receive this notice.

If you are currently receiving services and your Grievance is postmarked or hand-delivered within 10 days of the date on this notice, the services will continue until a decision is made.

Expedited Grievance: If your doctor believes that waiting for a decision under the standard timeframe could seriously harm your health, you can ask for an expedited grievance. We will decide within 72 hours of receiving it.

Fair Hearing: After you receive a decision on your Grievance, you may ask for a Fair Hearing from the Department of Human Services. You must ask for a Fair Hearing within 120 days from the mail date on the grievance decision notice.

You may also contact the Pennsylvania Health Law Project at 1-800-274-3258 or your local Legal Aid office for free help.
""",
    letter_date="2026-03-16",
    document_type="partial_denial",
    category="medical_necessity",
    deadline="2026-05-15", window_days=60, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("InterQual", "2025 Home Care Criteria, Physical Therapy subset")],
    notes="PA wording 'within 60 days from the date you receive this notice' (receipt -> letter date + 60). "
          "Continuation 10 days and Fair Hearing 120 days are traps. 'Grievance' = appeal. Partial via checkbox.",
)

# P4  Sleeve gastrectomy approved, panniculectomy denied as cosmetic (plan exclusion)
_L(
    name="partial_bariatric_approved_panniculectomy_cosmetic",
    text="""Cumberland Mutual Health
Utilization Management Department
3200 West End Avenue, Nashville, TN 37203
Phone 1-800-555-0147 | Fax 1-615-555-0148

December 1, 2025

Latoya Simmons-Greer
4410 Brick Church Pike
Nashville, TN 37207

Member ID: CMH-60017-224        Claim/Reference: UM-25-1201-39004
Surgeon: Paul Vasquez-Hill, MD, Music City Bariatric & Metabolic Surgery (NPI 1275594082)
Planned surgery date: 01/12/2026

Dear Ms. Simmons-Greer:

We reviewed your surgeon's request for the following services. Here is our decision for each:

  * Laparoscopic sleeve gastrectomy (CPT 43775); diagnoses E66.01 Morbid obesity due to excess calories, Z68.41 BMI 40.0-44.9 - APPROVED. Authorization #: CMH-A-884102.
  * Panniculectomy at the same surgery (CPT 15830); diagnosis L98.7 Excessive and redundant skin - DENIED.

Reason for the denial: Panniculectomy performed at the same time as bariatric surgery is considered cosmetic, and cosmetic services are excluded from coverage under your plan. See your Certificate of Coverage, Section 4.2(f), Cosmetic Services, and Cumberland Mutual Medical Policy SUR-0087, Panniculectomy and Abdominoplasty. That policy considers panniculectomy reconstructive only after weight has been stable for at least 6 months, and when the panniculus hangs at or below the pubic bone and causes chronic skin problems that have not improved with at least 3 months of treatment.

Your right to appeal: You have 90 days from the date of this letter to request an appeal of the denied service. Write to Cumberland Mutual Health, Member Appeals, P.O. Box 25190, Nashville, TN 37202.

You may request an expedited appeal if waiting for a standard decision could seriously jeopardize your life, health, or ability to regain maximum function. Expedited appeals are decided within 72 hours.

If we uphold our decision, you may request an external review by an independent review organization.
""",
    letter_date="2025-12-01",
    document_type="partial_denial",
    category="not_covered",
    deadline="2026-03-01", window_days=90, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("plan_document", "Section 4.2(f)"), ("payer_policy", "SUR-0087")],
    notes="Bullet list with APPROVED/DENIED per line. Reason is cosmetic exclusion (not_covered) although policy criteria are also "
          "described. Planned surgery date and 6/3 months are distractors.",
)

# P5  EOB with one paid line and one line denied for missing prior auth
_L(
    name="partial_eob_mri_no_auth_xray_paid",
    text="""BAY STATE HARBOR HEALTH
Explanation of Benefits - THIS IS NOT A BILL
P.O. Box 9150, Quincy, MA 02269 | Member Services 1-800-555-0189 (TTY 711)

Statement date: May 6, 2026
Member: Gregory Tan                 Member ID: BSH-229-0081-77
Patient: Gregory Tan                Claim number: 26-0422-61178
Provider: Riverside Imaging & Diagnostics (NPI 1740052238)     In network
Date of service: 04/14/2026         Diagnosis: M54.50

Line  Service                                   Code    Billed     Allowed   Paid      Your cost  Codes
1     X-ray lumbar spine, 2-3 views             72100   $180.00    $92.00    $67.00    $25.00     CO-45, PR-3
2     MRI lumbar spine without contrast         72148   $1,450.00  $0.00     $0.00     $0.00      CO-197
      Totals                                            $1,630.00  $92.00    $67.00    $25.00

CO-45  Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.
PR-3   Co-payment amount.
CO-197 Precertification/authorization/notification/pre-treatment absent.

About line 2: Your plan requires prior authorization for MRI. Riverside Imaging did not obtain prior authorization before the service, so we did not pay this line. Because the provider is in our network, you are not responsible for the denied amount.

Your appeal rights: If you disagree with this decision, you have the right to appeal within 180 days of the date of this EOB. Call us or write to Bay State Harbor Health, Appeals and Grievances, P.O. Box 9155, Quincy, MA 02269. You may also have the right to an external review through the Massachusetts Office of Patient Protection.
""",
    letter_date="2026-05-06",
    document_type="partial_denial",
    category="no_authorization",
    deadline="2026-11-02", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Paid line carries CO-45 and PR-3 (still CARCs printed on the document). Post-service -> expedited False.",
    carc_codes=["CO-45", "PR-3", "CO-197"],
)

# ===========================================================================
# APPROVALS
# ===========================================================================

# A1  MA approval of PET/CT under NCD 220.6.17
_L(
    name="approval_ma_pet_ct_ncd",
    text="""Silver Crest Medicare Advantage (HMO)
P.O. Box 30417, Tulsa, OK 74153-0417   1-866-555-0148 (TTY 711)

NOTICE OF APPROVAL OF MEDICAL COVERAGE

Date: June 15, 2026
Member: Constance Oyelowo            Member number: SCM-220931405
Ordering provider: Victor Ramachandran, MD, Tulsa Cancer Institute (NPI 1184427036)

Good news! We approved the following service:
  78815  PET/CT imaging, skull base to mid-thigh (FDG)
  Diagnosis: C34.11 Malignant neoplasm of upper lobe, right bronchus or lung

Authorization number:  OD-2026-0344102
Approved from:         06/15/2026
Approved through:      09/12/2026
Number approved:       1 study
Facility:              Tulsa Advanced Imaging Center

This approval is based on Medicare National Coverage Determination (NCD) 220.6.17, FDG PET for Oncologic Conditions, which covers one FDG PET study for initial anti-tumor treatment strategy for solid tumors that are biopsy proven.

Please keep this letter for your records. The service must be received while you are a member of Silver Crest Medicare Advantage and within the dates listed above. Your usual cost-sharing applies.

Questions? Call Member Services at 1-866-555-0148 (TTY 711), 8 a.m. - 8 p.m., 7 days a week.
""",
    letter_date="2026-06-15",
    document_type="approval",
    category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("NCD", "NCD 220.6.17")],
    notes="Approval that cites a guideline as its basis. Validity dates are not deadlines.",
)

# A2  Appeal overturned -> approval; letter is full of 'denied' / 'not medically necessary'
_L(
    name="approval_appeal_overturned_polysomnography",
    text="""Chesapeake Keystone HMO
Appeals and Grievances, P.O. Box 4520, Owings Mills, MD 21117
1-800-555-0181 (TTY 711)

APPEAL DECISION - OVERTURNED

April 20, 2026

Marcus Ellington
918 Cathedral St
Baltimore, MD 21201

Subscriber #: CKH-R12-4471902        Appeal #: AG-26-0316-1184
Original decision date: 02/11/2026   Appeal received: 03/16/2026
Service: Attended polysomnography, in-lab (CPT 95810)
Diagnosis: G47.33 Obstructive sleep apnea; I48.91 Atrial fibrillation

Dear Mr. Ellington:

On 02/11/2026 we denied your doctor's request for an in-lab sleep study because we determined it was not medically necessary and that a home sleep test should be done first. On 03/16/2026 we received your appeal.

A board-certified sleep medicine physician who was not involved in the first decision reviewed your appeal, including the new letter from your cardiologist. Because you have atrial fibrillation and heart failure symptoms, a home sleep test may not give accurate results. Under MCG Care Guidelines, 27th edition, Ambulatory Care, Polysomnography, Attended, an in-lab study is appropriate in this situation.

Our decision: We have reversed our previous decision. Your appeal is approved. The in-lab polysomnography (95810) is now authorized.
Authorization #: CK26-0420-00917, valid through 07/19/2026.

No further action is needed. If you have questions, please call Member Services.

Sincerely,
Appeals and Grievances Department
""",
    letter_date="2026-04-20",
    document_type="approval",
    category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("MCG", None)],
    notes="Type trap: words 'denied', 'not medically necessary', 'appeal' appear but outcome is approval. "
          "Original decision/appeal received dates are distractors.",
)

# A3  Part D formulary exception approved
_L(
    name="approval_partd_formulary_exception",
    text="""Evergreen Rx Prescription Drug Plan (PDP)
Evergreen Benefit Partners, Inc. | 2200 Commerce Way, Suite 400, Boise, ID 83702 | 1-877-555-0126 (TTY 711)

Coverage Determination Approval

2 Feb 2026

Enrollee: Donald V. Pemberton
Member Number: EGR7720449012
Prescriber: Chioma Nwosu, MD
Case ID: CD-26-0202-11509

We approved your request for a formulary exception.

Drug: Xifaxan (rifaximin) 550 mg tablet, 2 tablets per day
Approved for: hepatic encephalopathy (K76.82)
Coverage period: 02/02/2026 through 12/31/2026
Cost-sharing tier: Tier 4 (Non-Preferred Drug)

You can fill this prescription at any network pharmacy. If your prescriber changes the dose, or you need this drug after 12/31/2026, your prescriber may need to ask for a new coverage determination.

If you think you should pay a lower amount for this drug, you may ask us for a tiering exception. Call us at 1-877-555-0126 (TTY 711).
""",
    letter_date="2026-02-02",
    document_type="approval",
    category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Date '2 Feb 2026'. Coverage end date is not a deadline. Tiering exception mention is not an appeal window.",
)

# A4  Concurrent review approval, InterQual met, NO letter date
_L(
    name="approval_concurrent_continued_stay_undated",
    text="""MAGNOLIA STATE HEALTH PLAN - Utilization Management
Fax to: St. Brendan Regional Medical Center, Case Management (Fax 601-555-0170)

CONCURRENT REVIEW NOTIFICATION - CONTINUED STAY APPROVED

Member ................ Lorraine B. Whitfield
Member ID ............. MSH0061188420
Auth/Ref # ............ IP-26-0226-31240
Admitted .............. 02/26/2026
Diagnosis ............. A41.9 Sepsis, unspecified organism; N39.0 Urinary tract infection
Level of care ......... Acute inpatient, medical

Decision: APPROVED. Additional days approved: 3 (03/02/2026 - 03/04/2026). Total days approved to date: 7.
Criteria: InterQual® 2025 Acute Adult Criteria, Sepsis subset - continued stay criteria met (IV antibiotics, lactate trending, blood cultures pending).
Next review due: 03/04/2026. Please fax updated clinicals, including discharge plan, by 12:00 p.m. on the next review date. Reviews not received within 1 business day of the due date may result in an adverse determination for the unreviewed days.

UM Nurse Reviewer: K. Baptiste, RN    Direct line 1-800-555-0135 ext. 4412
""",
    letter_date=None,
    document_type="approval",
    category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("InterQual", "2025 Acute Adult Criteria, Sepsis subset")],
    notes="Undated fax-style approval. 'Next review due' and '1 business day' are not appeal deadlines; "
          "'adverse determination' words appear but type is approval.",
)

# ===========================================================================
# OTHER (not a coverage determination)
# ===========================================================================

# O1  Request for additional information (pend letter)
_L(
    name="other_request_for_information_pend",
    text="""HEARTWOOD HEALTH PLAN
Clinical Services - Prior Authorization
P.O. Box 19455, Madison, WI 53708   Phone 1-888-555-0122   Fax 1-608-555-0131

REQUEST FOR ADDITIONAL INFORMATION
This is not a denial.

Date: 04/22/2026
To: Genetic Counseling Services, Froedtert West (Fax 414-555-0120)
Ordering provider: Amelia Sorensen, MD (NPI 1922561838)
Member: Jessica Vandermolen        Member ID: HWH-5518-02271
Case #: HW26-0421-7733
Service: BRCA1/BRCA2 full sequence and deletion/duplication analysis (CPT 81162)
Diagnosis: Z80.3 Family history of malignant neoplasm of breast

We received a prior authorization request for the service above on 04/21/2026. We need more information to make a decision. Please send the following:
  1. A three-generation family pedigree, including ages at diagnosis.
  2. The pre-test genetic counseling note.
  3. Results of any prior genetic testing for the member or for affected relatives.

Please send the information within 14 calendar days, by May 6, 2026. If we do not receive it, we will make a decision based on the information we have, which may result in a denial. The member has been sent a copy of this letter.

Thank you,
Prior Authorization Department
""",
    letter_date="2026-04-22",
    document_type="other",
    category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Pend/RFI letter. 'by May 6, 2026' / 14 days is a response deadline for documents, NOT an appeal deadline. "
          "Missing-documentation list is present. Contains the word 'denial'.",
)

# O2  Appeal acknowledgment: fast appeal request not accepted -> standard
_L(
    name="other_appeal_ack_fast_appeal_not_accepted",
    text="""Piedmont Senior Advantage (PPO)
Appeals Department, P.O. Box 21895, Greensboro, NC 27420
1-877-555-0145 (TTY 711)

November 2, 2026

Walter E. Brandt
206 Sunset Ridge Dr
Winston-Salem, NC 27104

Member number: PSA-0412-77035
Appeal number: APL-26-1030-02281

Dear Mr. Brandt:

We received your request for a fast (expedited) appeal on 10/30/2026. You asked us to review our decision to deny coverage for outpatient cardiac rehabilitation (CPT 93798).

Your request for a fast appeal was not accepted. Your doctor did not tell us that waiting for a standard decision could seriously harm your health, and the information we have does not show that your life, health, or ability to regain maximum function would be seriously harmed by waiting. We will handle your request as a standard appeal. We will give you a decision within 30 calendar days after we received your appeal.

If you disagree with our decision not to give you a fast appeal, you can file a fast complaint. We will answer a fast complaint within 24 hours. If your doctor later tells us that waiting could seriously harm your health, we will give you a fast appeal.

If you have more information to support your appeal, send it to the address above or fax it to 1-877-555-0146.

Sincerely,
Appeals Department
""",
    letter_date="2026-11-02",
    document_type="other",
    category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Acknowledgment, not a determination. Fast appeal explicitly not accepted -> expedited False. "
          "'24 hours' belongs to a fast complaint, not an expedited appeal -> decision_hours None. 30 calendar days is a decision time.",
)

# O3  Hospital patient statement mentioning an insurance denial
_L(
    name="other_hospital_patient_statement",
    text="""ST. BRENDAN REGIONAL MEDICAL CENTER
Patient Financial Services | 1850 Chadwick Dr, Jackson, MS 39204 | (601) 555-0100

PATIENT STATEMENT

Statement date: 07/01/2026          Account #: 800442197
Guarantor: Gerald W. Pruitt          Patient: Gerald W. Pruitt
Admission: 02/24/2026 - 02/27/2026  Service: Inpatient - Medical

Total charges ............................ $24,918.40
Insurance payments (Magnolia State Health Plan) ....... $0.00
Insurance adjustments .................... -$23,435.90
Patient payments ......................... $0.00
AMOUNT DUE ............................... $1,482.50
PLEASE PAY BY ............................ 07/31/2026

Message: Your insurance, Magnolia State Health Plan, denied this claim as inpatient care not authorized and reprocessed it as outpatient observation. The balance shown is your observation copay and coinsurance. If you disagree with your insurance company's decision, contact them about your appeal rights.

Financial assistance: You may qualify for free or discounted care. You can apply for financial assistance at any time up to 240 days after the date of your first billing statement. Call (601) 555-0100 or visit stbrendanhealth.example/financial-help.

To pay: Mail the coupon below with your check, call (601) 555-0100, or pay online. We accept Visa, MasterCard and Discover.
- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
Account # 800442197     Amount due $1,482.50     Due by 07/31/2026     Amount enclosed $______
""",
    letter_date="2026-07-01",
    document_type="other",
    category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Patient bill. 'PLEASE PAY BY 07/31/2026' and financial-assistance 240 days are not appeal deadlines. "
          "Mentions a denial by the insurer but the document itself is not a coverage determination.",
)


def _letter_date_sentence(text, iso):
    """Return the first line of text that seems to carry the letter date (for eyeballing only)."""
    if iso is None:
        return "(no letter date)"
    import datetime as _dt
    d = _dt.date.fromisoformat(iso)
    cands = [
        d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
        d.strftime("%m/%d/%Y"),
        iso,
        str(d.day) + d.strftime(" %b %Y"),
        d.strftime("%b. ") + str(d.day) + d.strftime(", %Y"),
        d.strftime("%b ") + str(d.day) + d.strftime(", %Y"),
    ]
    for line in text.replace("\f", "\n").splitlines():
        for c in cands:
            if c in line:
                return line.strip()
    return "(letter date not found in text!)"
