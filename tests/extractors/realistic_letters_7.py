"""A seventh set of 40 letters, written by people who never saw the patterns (held-out wording),
on hard layouts and document kinds: EOB tables and provider remittance advice with CARC/RARC codes and
code keys that list codes the claim does not carry, a Medicare Summary Notice, Part D / Medicare
Advantage appeal outcomes (IRE next, or auto-forwarded), Medicaid question-and-answer notices from
several states (a reduction of hours, PA grievance-named appeals), TRICARE and FEHB (OPM review as the
next step), ERISA via a TPA, Texas concurrent review, provider-addressed notices (timely filing,
peer-to-peer only), pends, acknowledgments and approvals with boilerplate appeal rights.

Each entry: name, text (pages separated by form feed), expected labels, notes. Four labels were
corrected per the contract (each says so, "LABEL FIXED", in its notes).
All names, payers, people, numbers are fictional. Deadlines follow the contract README
(../shared/contract/README.md): letter_date + N for receipt-based windows unless a presumption is
stated; business days skip Sat/Sun; months are calendar months with window_days None.
"""

FF = "\f"

LETTERS = []


def add(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- 1 EOB, one line bundled
add(
    name="s7_eob_commercial_bundling_partial",
    text="""LARKSPUR HEALTH INSURANCE COMPANY                         EXPLANATION OF BENEFITS
P.O. Box 61207, Boise, ID 83707                                  THIS IS NOT A BILL

Statement Date: March 12, 2025
Member: JONAH P FERREIRA                      Member ID: LHI30918274-02
Group: Tallgrass Outfitters Inc. / 0081144    Plan: Larkspur PPO 2500
Patient: Jonah P Ferreira (Self)              Claim Number: 25061-0448812
Provider: Mesa Verde Orthopedic Associates    Network Status: In-Network
Received: 02/03/2025                          Processed: 03/10/2025

SERVICE DETAIL
Date of   Description                  Proc      Amount     Allowed    Not       Deduct-  Co-      Plan      Remark
Service                                Code      Billed     Amount     Covered   ible     ins      Paid      Code
--------------------------------------------------------------------------------------------------------------------
01/28/25  Office/outpt visit est       99214-25  $245.00    $138.40    $0.00     $0.00    $27.68   $110.72   A1
01/28/25  Arthrocentesis, major joint  20610     $310.00    $96.15     $0.00     $0.00    $19.23   $76.92    A1
01/28/25  Ultrasound guidance, needle  76942     $220.00    $0.00      $220.00   $0.00    $0.00    $0.00     NC7
01/28/25  Triamcinolone acetonide 10mg J3301 x4  $64.00     $18.36     $0.00     $0.00    $3.67    $14.69    A1
--------------------------------------------------------------------------------------------------------------------
TOTALS                                           $839.00    $252.91    $220.00   $0.00    $50.58   $202.33

Your share for this claim: $50.58 (coinsurance). Because this provider is in our network, you do not owe the
$220.00 shown as Not Covered or any amount above the Allowed Amount.

Diagnosis: M17.11 (Unilateral primary osteoarthritis, right knee)

Deductible status (2025): $2,500.00 individual / met $2,500.00.  Out-of-pocket maximum: $6,850.00 / applied $2,612.40.

REMARK CODES
A1   Paid according to your plan benefits.
D2   Amount applied to your annual deductible.
NC7  This service is included in the payment for another service billed on the same date and is not paid
     separately under Reimbursement Policy RP-112 (Correct Coding). When imaging guidance is performed with a
     joint injection, the combined code 20611 should be billed. The provider may not bill you for this amount.
PX4  Pending receipt of information from the provider.
""" + FF + """QUESTIONS AND APPEAL RIGHTS

If you have questions about this statement, call Member Services at 1-800-555-0342 (TTY 711), Monday through Friday,
8 a.m. to 6 p.m. Mountain Time. Please have your Member ID and claim number ready.

If you disagree with how this claim was processed, you or your authorized representative may file an appeal. You may
appeal within 180 days from the date of this statement. Send a letter explaining why you disagree, a copy of this
statement, and any records that support your request to: Larkspur Health Insurance Company, Attn: Member Appeals,
P.O. Box 61290, Boise, ID 83707. We will send you our decision within 60 days after we receive your appeal.

You may ask for, free of charge, copies of all documents, records and the reimbursement policy relevant to this claim.
After our final decision you may be able to ask for an independent external review. You may also have the right to
bring a civil action under Section 502(a) of ERISA.
""",
    document_type="partial_denial", category="coding",
    deadline="2025-09-08", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("payer_policy", "RP-112")],
    notes="EOB table: 3 lines paid, 76942 bundled (NC7). Window from statement date. Post-service -> expedited False. "
          "Traps: 60-day appeal decision, deductible/OOP dollar amounts, PX4 key entry not used, ERISA 502(a) rights only.",
)

# ---------------------------------------------------------------- 2 EOB, HMO non-participating provider
add(
    name="s7_eob_hmo_nonpar_provider",
    text="""BAYFRONT HEALTH PLAN (HMO)
Explanation of Benefits                                       Statement date: 04/03/2025
                                                               Page 1 of 2
Subscriber: Marisol T. Quintanilla          ID: BFH-771203945
Patient:    Rafael Quintanilla (Dependent)  Patient Acct #: 88-221904
Claim #:    BF25083-117642                   Provider: Coastal Skin & Laser Dermatology, PLLC
Provider status: NOT PARTICIPATING WITH YOUR HMO

 Line  Service Date  Service Code  Description                       Charged    Allowed   You Owe    We Paid   Code
 ----  ------------  ------------  --------------------------------  ---------  --------  ---------  --------  ----
 1     03/07/2025    99203         New patient office visit           $285.00    $0.00     $285.00    $0.00     N7
 2     03/07/2025    11102         Tangential biopsy, skin, 1 lesion  $198.00    $0.00     $198.00    $0.00     N7
 3     03/07/2025    88305         Surgical pathology, level IV       $164.00    $0.00     $164.00    $0.00     N7
 ----                                                                 ---------  --------  ---------  --------
 Claim totals                                                         $647.00    $0.00     $647.00    $0.00

 Diagnosis codes: D48.5, L98.9

CLAIM MESSAGE CODES
 N7  The provider who rendered these services does not participate in the Bayfront HMO network. Your plan does not
     cover services from non-participating providers except for emergency care and urgent care outside the service
     area (Evidence of Coverage, Section 5.1, Using Network Providers). No referral from your primary care provider to
     this provider is on file, and this provider is not in our network.
 R2  Referral on file; paid at specialist copay.
 E9  Emergency services paid at in-network level.
""" + FF + """Page 2 of 2                                                   Claim #: BF25083-117642

YOUR RIGHT TO APPEAL
You have 180 days from the date you receive this statement to file an appeal. You can call us at 1-866-555-0419 or
write to: Bayfront Health Plan, Grievances and Appeals, 4400 Harbor View Drive, Suite 300, Tampa, FL 33607.

We will review your appeal and respond in writing within 60 days. If you are not satisfied with our appeal decision
you may request an external review by an independent review organization within 4 months of our final decision.

Keep this statement for your records. Bayfront Health Plan complies with applicable Federal civil rights laws and
does not discriminate on the basis of race, color, national origin, age, disability, or sex.
""",
    document_type="denial", category="out_of_network",
    deadline="2025-09-30", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Evidence of Coverage, Section 5.1")],
    notes="All three lines denied N7 non-participating provider (mentions no referral, but reason is non-par status). "
          "Receipt-based 180 -> statement date + 180. Post-service -> False. Traps: 60-day decision, 4-month external review, unused R2/E9 keys.",
)

# ---------------------------------------------------------------- 3 EOB, paid, deductible only
add(
    name="s7_eob_paid_deductible_approval",
    text="""GRANITE PEAK BENEFITS
Your Explanation of Benefits  -  This is not a bill

Date of statement: February 20, 2025
Member: Priya Venkataraman            Member number: GPB 5560 4412 01
Claim: 2025-0211-339021               Provider: Summit Ridge Imaging, LLC (in network)

Service date  Service                         Code    Billed     Plan discount  Allowed    Deductible  Copay   Plan paid  Notes
------------  ------------------------------  ------  ---------  -------------  ---------  ----------  ------  ---------  -----
02/04/2025    Ultrasound, abdomen complete    76700   $612.00    $341.25        $270.75    $270.75     $0.00   $0.00      D1
02/04/2025    Office consult review           99212   $120.00    $46.10         $73.90     $0.00       $30.00  $43.90     C3
------------                                          ---------  -------------  ---------  ----------  ------  ---------
Totals                                                $732.00    $387.35        $344.65    $270.75     $30.00  $43.90

What you owe the provider: $300.75

Diagnosis: R10.11, K80.20

Notes
 D1  The allowed amount was applied to your calendar-year deductible. This service is covered.
 C3  Your office visit copay applies.
 X5  This service is not covered under your plan.  (not used on this claim)

Deductible 2025: $1,500.00 - met to date: $918.40.   Out-of-pocket limit: $5,000.00 - met to date: $948.40.

If you believe this claim was processed incorrectly, call 1-877-555-0264 or write to Granite Peak Benefits, Appeals,
P.O. Box 2020, Denver, CO 80201 within 180 days of the date of this statement.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Fully covered claim; deductible (D1) and copay are cost sharing, not a denial. Boilerplate 180-day line ignored "
          "for approval (deadline None). Post-service -> expedited False (unsure: could be argued None for an approval). "
          "LABEL FIXED: expedited False -> None. An approval decides nothing against the member, so there is no "
          "expedited path to offer or rule out for it; the regression sets label a fully paid EOB the same way "
          "(realistic_letters_3 p4_a02_eob_all_paid: expedited None).",
)

# ---------------------------------------------------------------- 4 EOB, other insurance primary (COB)
add(
    name="s7_eob_cob_other_insurance_primary",
    text="""NORTHSTAR MUTUAL HEALTH
EXPLANATION OF BENEFITS

EOB Date: 01/09/2025
Member: Delphine A. Okonkwo-Hart              ID: NMH 204-88-1930
Patient: Simone Okonkwo-Hart (Child)          Claim Number: 24N3311-90218
Provider: Lakeside Pediatric Urgent Care       Provider Network: In-network

Date of Service   Procedure   Billed     Allowed   Paid     Patient Resp.   Reason
11/18/2024        99214       $210.00    $0.00     $0.00    $0.00           C4
11/18/2024        87880       $48.00     $0.00     $0.00    $0.00           C4
11/18/2024        J1885       $35.00     $0.00     $0.00    $0.00           C4
                  TOTAL       $293.00    $0.00     $0.00    $0.00

Diagnosis: J02.0

REASON CODE EXPLANATIONS
C4  Our records show the patient has other health coverage that pays first (primary coverage through
    Harlan County Schools Employee Plan). Under the Coordination of Benefits provision of your Certificate of
    Coverage (Section 11), we pay second. Please ask the provider to bill the primary plan first and send us
    the primary plan's Explanation of Benefits. (CARC 22)
C9  Amount exceeds maximum allowable.  (not used on this claim)

IMPORTANT: Please complete the enclosed Other Insurance Questionnaire and return it within 30 days so that we can
update your records. If our records are wrong and Northstar is your only coverage, tell us and we will reprocess
the claim.

APPEALS: If you disagree with this decision, you must request a review within 12 months from the date of service.
Mail your request to Northstar Mutual Health, Appeals Unit, 900 Lindell Avenue, St. Louis, MO 63108 or call
1-888-555-0711.
""",
    document_type="denial", category="administrative",
    deadline="2025-11-18", window_days=None, counted_from="service_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Certificate of Coverage (Section 11)")],
    notes="COB: other coverage primary -> administrative. Window 12 months from DOS 11/18/2024 (months -> window_days None). "
          "Traps: 30-day questionnaire, EOB date not the base, unused C9 key. Post-service -> False.",
)

# ---------------------------------------------------------------- 5 Provider RA, CO-16 / M127
add(
    name="s7_remit_co16_m127_records",
    text="""CEDAR HOLLOW HEALTH PLAN                                      PROVIDER REMITTANCE ADVICE
Claims Department, P.O. Box 7719, Lexington, KY 40522

PAYEE: LAKEVIEW SURGICAL GROUP PSC              PAYEE NPI: 1568023917     TAX ID: XX-XXX4471
REMIT DATE: 05/06/2025      EFT TRACE #: 0000884120    EFT AMOUNT: $0.00     PAGE 1 OF 1

PATIENT: DUNMORE, EZRA K           MEMBER ID: CHH7719034501     PATIENT ACCT: LSG-55190
CLAIM #: 2504118827001             ICN: 25118-000188-27          RENDERING NPI: 1891736402
STATEMENT PERIOD: 03/21/2025 - 03/21/2025     CLAIM STATUS: 4 (DENIED)

LINE  DOS        PROC   MOD  UNITS  BILLED      ALLOWED   DEDUCT   COINS    ADJ GRP-RSN   ADJ AMT     RARC    PAID
1     03/21/25   29881  RT   1      $2,850.00   $0.00     $0.00    $0.00    CO-16         $2,850.00   M127    $0.00
2     03/21/25   29877  59   1      $1,120.00   $0.00     $0.00    $0.00    CO-16         $1,120.00   M127    $0.00
                                    ---------                                             ---------           -----
CLAIM TOTALS                        $3,970.00   $0.00                                     $3,970.00           $0.00

DX: M23.221, M94.261

GLOSSARY - GROUP, REASON AND REMARK CODES
CO    Contractual Obligation. Amounts under this group may not be billed to the patient.
PR    Patient Responsibility.
16    Claim/service lacks information or has submission/billing error(s) which is needed for adjudication.
M127  Missing patient medical record for this service.
N479  Missing Explanation of Benefits (Coordination of Benefits or Medicare Secondary Payer).  (not on this remit)

PROVIDER MESSAGE: This claim was selected for pre-payment review of arthroscopic knee procedures. The operative report
and the office notes documenting the indication for surgery were requested on 04/02/2025 and were not received.
Corrected claims or requests for reconsideration, with the requested records attached, must be received within
90 days of the remittance date. Timely filing for new claims remains 120 days from the date of service.
Send records to Cedar Hollow Health Plan, Provider Reconsiderations, P.O. Box 7740, Lexington, KY 40522 or upload
through the provider portal. Provider Services: 1-800-555-0588.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-08-04", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Provider-addressed RA; both lines CO-16 + M127 (records missing). Provider window 90 days from remit date "
          "(letter_date). Traps: 120-day timely filing, request date 04/02, N479 in glossary not used. Post-service -> False.",
)

# ---------------------------------------------------------------- 6 Provider EOP, CO-97 NCCI, partial
add(
    name="s7_remit_co97_ncci_partial",
    text="""PINECREST COMMUNITY HEALTH
EXPLANATION OF PAYMENT (EOP)

Provider: Northfork Physical Therapy & Sports Rehab     NPI: 1720448819
Payment #: EFT 33019827      Paid Date: 06/17/2025      Payment Amount: $148.62

Member Name         Member ID       Claim ID          DOS        CPT    Mod  Units  Billed    Allowed  Member Resp      Paid     Adj Codes
------------------  --------------  ----------------  ---------  -----  ---  -----  --------  -------  ---------------  -------  -------------
HOLLOWAY, CORINNE   PCH0048819223   PC25160-0077314   06/02/25   97161       1      $165.00   $92.40   $40.00 (PR-3)    $52.40   CO-45
HOLLOWAY, CORINNE   PCH0048819223   PC25160-0077314   06/02/25   97110  GP   2      $140.00   $62.18   $0.00            $62.18   CO-45
HOLLOWAY, CORINNE   PCH0048819223   PC25160-0077314   06/02/25   97530  GP   1      $85.00    $34.04   $0.00            $34.04   CO-45
HOLLOWAY, CORINNE   PCH0048819223   PC25160-0077314   06/02/25   97140  GP   1      $78.00    $0.00    $0.00            $0.00    CO-97 / M15
                                                                                    --------  -------  ---------------  -------
Claim total                                                                         $468.00   $188.62  $40.00           $148.62

Diagnosis: S83.511A, M25.561

ADJUSTMENT CODE DESCRIPTIONS
CO-45  Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.
PR-3   Co-payment amount.
CO-97  The benefit for this service is included in the payment/allowance for another service/procedure that has
       already been adjudicated.
M15    Separately billed services/tests have been bundled as they are considered components of the same procedure.
       Separate payment is not allowed.

CLAIM NOTE: 97140 is a column 2 code to 97530 under the procedure-to-procedure edit applied by Pinecrest Payment
Policy PP-0219 (Modifier 59 and X{EPSU} Modifiers). No modifier indicating a separate and distinct service was
reported. The member may not be balance billed for the denied line.

RECONSIDERATION: Reconsideration requests must be submitted within 60 days from the Paid Date shown above. A
corrected claim (frequency code 7) may be submitted within 365 days of the date of service. Mail to Pinecrest
Community Health, Claim Reconsideration, 1800 Alder Street, Eugene, OR 97401, or fax 1-541-555-0133.
""",
    document_type="partial_denial", category="coding",
    deadline="2025-08-16", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("payer_policy", "PP-0219")],
    notes="Provider EOP, only 97140 denied CO-97/M15 (NCCI bundling); 3 lines paid. Window 60 days from Paid Date (=EOP date). "
          "Traps: 365-day corrected-claim window, CO-45 and PR-3 are not denials.",
)

# ---------------------------------------------------------------- 7 Provider RA, PR-204 acupuncture, window from DOS
add(
    name="s7_remit_pr204_acupuncture_partial",
    text="""HARBORLINE HEALTH
Provider Remittance Advice                                   Remittance date: 07/01/2025
                                                              Check/EFT: 5521904   Amount: $61.34
Billing provider: Willow Creek Integrative Medicine   NPI 1346688120
Patient: AGBAJE, TOLUWANI   Subscriber ID: HLH-00571184-01   Claim #: HL2517709431   Patient control #: WCI-10442

SVC  DATE OF SVC  CODE     UNITS  CHARGE    ALLOWED   GRP/CARC    ADJ AMT   RARC   PT RESP   PAID
1    06/09/2025   99203    1      $190.00   $121.34   CO-45       $68.66           $60.00    $61.34
                                                      PR-1        $60.00
2    06/09/2025   97810    1      $95.00    $0.00     PR-204      $95.00    N130   $95.00    $0.00
3    06/09/2025   97811    2      $120.00   $0.00     PR-204      $120.00   N130   $120.00   $0.00
     CLAIM TOTAL                  $405.00   $121.34                                $275.00   $61.34

Diagnosis: M54.2, G44.209

CODE KEY
CO-45   Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.
PR-1    Deductible amount.
PR-204  This service/equipment/drug is not covered under the patient's current benefit plan.
N130    Consult plan benefit documents/guidelines for information about restrictions for this service.
PR-2    Coinsurance amount.
OA-23   The impact of prior payer(s) adjudication including payments and/or adjustments.

Acupuncture is not a covered benefit under this member's plan. Because the denial is patient responsibility (PR),
the member may be billed for lines 2 and 3.

APPEALS: Appeals must be received within 180 days of the date of service. Include a copy of this remittance and a
written explanation. Harborline Health, Provider Appeals, P.O. Box 33018, Providence, RI 02940.
""",
    document_type="partial_denial", category="not_covered",
    deadline="2025-12-06", window_days=180, counted_from="service_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Line 1 paid (deductible PR-1 partly, CO-45 contractual); lines 2-3 PR-204/N130 non-covered benefit. "
          "Window 180 days from DOS 06/09/2025, not from remit date. PR-2/OA-23 in key only. No guideline cited (N130 generic).",
)

# ---------------------------------------------------------------- 8 Provider EOP, CO-109 carve-out, business days
add(
    name="s7_remit_co109_behavioral_carveout",
    text="""SUNRIDGE HEALTH PARTNERS
EXPLANATION OF PAYMENT - PROFESSIONAL CLAIMS

EOP Date: 03/28/2025                       Provider ID: SHP-PR-004418
Payee: Ellery Marchetti, LCSW               NPI: 1952207736
Payment amount this EOP: $0.00

Claim Number     Patient / Member ID              DOS         Code    Billed    Allowed  Paid    Group  CARC  RARC
SH250871044      Thornbury, Wes / SHP90028814     03/04/2025  90837   $180.00   $0.00    $0.00   CO     109   N418
SH250871044      Thornbury, Wes / SHP90028814     03/11/2025  90837   $180.00   $0.00    $0.00   CO     109   N418

Diagnosis: F41.1, F33.1

CARC 109: Claim/service not covered by this payer/contractor. You must send the claim/service to the correct
payer/contractor.
RARC N418: Misrouted claim. See the payer's claim submission instructions.

Message: Outpatient behavioral health services for members of the Sunridge Advantage Employer plan are administered
by Meridale Behavioral Health Network. Please submit these services to Meridale Behavioral Health Network, Claims,
P.O. Box 4410, Tulsa, OK 74159 (payer ID 77104). Claims forwarded within 90 days of this EOP will be treated as
timely.

Disputes: If you believe this claim was processed in error, disputes must be filed within 30 business days of the
date of this Explanation of Payment. Submit disputes through the Sunridge provider portal or call Provider
Relations at 1-918-555-0194.
""",
    document_type="denial", category="administrative",
    deadline="2025-05-09", window_days=30, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="CO-109/N418 wrong payer (BH carve-out) -> administrative. 30 business days from EOP date (03/28/2025 Fri) -> 05/09/2025. "
          "Trap: 90 days to forward to correct payer.",
)

# ---------------------------------------------------------------- 9 Medicare MAC remit, CO-50, LCD, presumption
add(
    name="s7_mac_remit_co50_lcd",
    text="""GREAT PLAINS MEDICARE SERVICES, LLC - JURISDICTION 14 PART B
MEDICARE REMITTANCE NOTICE

PROVIDER #: 0044718    NPI: 1083920174    PROVIDER: PRAIRIE SPINE & PAIN CENTER
DATE: 02/07/2025       CHECK/EFT #: 00000000     PAGE #: 1 OF 1

PERF PROV   SERV DATE   POS  NOS  PROC   MODS   BILLED    ALLOWED   DEDUCT  COINS   GRP/RC-AMT          PROV PD
NAME  CALDERON-WEISS, BEATRIX   HIC 5KD2TQ9LM41   ACNT PSP-88310   ICN 2225032018440   ASG Y   MOA MA130
1427730991  0113 011325  22   1    64493  RT     1,240.00  0.00      0.00    0.00    CO-50  1,240.00     0.00
1427730991  0113 011325  22   1    64494  RT     620.00    0.00      0.00    0.00    CO-50  620.00       0.00
REM: N115 M25
PT RESP   0.00               CLAIM TOTALS  1,860.00   0.00    0.00    0.00           1,860.00     0.00
NET 0.00

GLOSSARY: GROUP, REASON, MOA, REMARK AND REASON CODES
CO     Contractual Obligation. Amount for which the provider is financially liable.
50     These are non-covered services because this is not deemed a 'medical necessity' by the payer.
MA130  Your claim contains incomplete and/or invalid information, and no appeal rights are afforded because the
       claim is unprocessable.  (not applicable to this denial)
N115   This decision was based on a Local Coverage Determination (LCD). An LCD provides a guide to assist in
       determining whether a particular item or service is covered. A copy of this policy is available at
       www.cms.gov/mcd.
M25    The information furnished does not substantiate the need for this level of service.
""" + FF + """CLAIM MESSAGE (ICN 2225032018440):
Lumbar facet joint injections (64493, 64494) do not meet the coverage indications of LCD L39240, Facet Joint
Interventions for Pain Management: documentation does not show at least 3 months of moderate to severe pain with
functional impairment that failed conservative management, and a repeat diagnostic block was billed without a prior
block showing at least 80% relief. Diagnosis reported: M47.816.

REDETERMINATION RIGHTS: If you disagree with this initial determination, you may request a redetermination. A
redetermination request must be filed within 120 days from the date of receipt of this notice. The notice is
presumed received 5 days after the date on this remittance. Mail requests to Great Plains Medicare Services,
Part B Redeterminations, P.O. Box 15004, Omaha, NE 68101, or use the portal. Clerical errors may be corrected
through a reopening within 1 year of the initial determination.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-06-12", window_days=120, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("LCD", "L39240")],
    notes="MAC remit, CO-50 with N115/M25. Stated 5-day receipt presumption -> remit date + 5 + 120 = 2025-06-12. "
          "Traps: MA130 in glossary 'no appeal rights' not applicable, 1-year reopening, 80%/3 months criteria.",
)

# ---------------------------------------------------------------- 10 Medicare Summary Notice, frequency, absolute date
add(
    name="s7_msn_part_b_frequency_absolute",
    text="""Medicare Summary Notice for Part B (Medical Insurance)
The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services

AUGUSTINE P. LEVESQUE                          Notice for Augustine P. Levesque
                                               Medicare Number        XXX-XX-7183Q
                                               Date of This Notice    April 15, 2025
                                               Claims Processed Between   January 10 - April 10, 2025

Your Deductible Status: You have now met your $257.00 Part B deductible for 2025.

Total You May Be Billed: $221.32

Did Medicare approve all services?  NO.  Look for NO in the "Service Approved?" column. See the last page for how to
handle a denied claim.
""" + FF + """Your Claims for Part B (Medical Insurance)

Riverbend Family Medicine, (555) 555-0136, 200 Locust Street, Dubuque, IA 52001
Referred by: Hallie Bergstrom, MD        Claim number 17-25071-448-210

Service Provided & Billing Code            Service    Amount     Medicare   Medicare   Maximum You   See
                                            Approved?  Provider   Approved   Paid       May Be        Notes
                                                       Charged    Amount                Billed        Below
Mar 18, 2025
Annual wellness visit, subsequent (G0439)  NO         $176.00    $0.00      $0.00      $176.00       A, B
Lipid panel (80061)                         NO         $38.00     $0.00      $0.00      $0.00         C
Blood draw (36415)                          YES        $12.00     $3.00      $3.00      $0.00
Office visit est. patient, level 3 (99213)  YES        $142.00    $96.60     $77.28     $19.32        D
Total for claim                                        $368.00    $99.60     $80.28     $195.32

Notes for Claims Above
A  Medicare does not pay for this service because it is more frequent than Medicare allows. Medicare covers a
   subsequent annual wellness visit once every 12 months; our records show you had this service on June 3, 2024.
B  You may have to pay this amount because the provider gave you a written notice (ABN) before the service.
C  Medicare covers a cardiovascular screening blood test once every 5 years. Our records show you had this test on
   October 22, 2022. The provider cannot bill you for this amount because you were not given a written notice.
D  Your share is 20% coinsurance.
""" + FF + """How to Handle Denied Claims or File an Appeal

If you disagree with a coverage or payment decision on this notice, you can file an appeal.

Appeals must be filed in writing by August 13, 2025.

Follow these steps: 1. Circle the service(s) you disagree with on this notice. 2. Explain in writing why you
disagree, or use a Redetermination Request Form. 3. Include your name, phone number, and Medicare Number. 4. Send
this notice, or a copy, to: Medicare Part B Claims, c/o Heartland Benefit Contractor, Redeterminations, P.O. Box
6710, Des Moines, IA 50306.

If you need more information about appeals, call Medicare at 1-800-555-0100 or read your "Medicare & You"
handbook. Medicare will make a decision, usually within 60 days after it gets your appeal.
""",
    document_type="partial_denial", category="benefit_limit",
    deadline="2025-08-13", window_days=None, counted_from="absolute",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="MSN: two lines denied for frequency (12 months / 5 years), two approved -> partial_denial, benefit_limit. "
          "Printed appeal date -> absolute. Traps: $257 deductible, prior service dates, 60-day decision. No guideline identifiers.",
)

# ---------------------------------------------------------------- 11 Part D redetermination upheld -> IRE
add(
    name="s7_partd_redetermination_upheld_ire",
    text="""SILVERLINE RX (PDP)
REDETERMINATION NOTICE
Denial of Medicare Prescription Drug Coverage

Date: May 22, 2025
Enrollee's name: Cornelius B. Ashdown        Member ID: SLR88140267
Drug: Repatha (evolocumab) 140 mg/mL SureClick, 2 pens per 28 days
Prescriber: Noor Haddad-Lindqvist, MD         Redetermination #: RD-25-0519-0072

We have completed our review of your request for a redetermination (appeal) of our coverage determination dated
April 30, 2025. We have decided to uphold our original decision. Your request remains denied.

We denied this request because: Repatha is on our List of Covered Drugs (Formulary) with a step therapy
requirement. Under our 2025 Step Therapy Criteria ST-112 (PCSK9 Inhibitors), the drug is covered after you have
tried a high-intensity statin, such as atorvastatin 40-80 mg or rosuvastatin 20-40 mg, for at least 12 weeks,
together with ezetimibe, or have a documented intolerance to statins. The records from your prescriber show you
took simvastatin 20 mg for 6 weeks. We did not find a trial of ezetimibe or a record of statin intolerance.

The pharmacist and physician who reviewed your appeal considered the information you and your prescriber sent on
May 15, 2025. Your LDL cholesterol of 142 mg/dL was noted.
""" + FF + """If you disagree with our decision

You have the right to request an independent review of our decision (reconsideration). If you want an independent
review, you must mail or fax your written request to the Independent Review Entity (IRE) at the address below. The
written request must be received within 60 days from the date of this notice. We can not send your appeal to the
IRE for you.

   Part D Independent Review Entity
   P.O. Box 77110, Pittsford, NY 14534     Fax: 1-585-555-0147

Standard review: The IRE will send you a decision within 7 days after it gets your request (14 days if you are
asking to be paid back for a drug you already bought).

Fast review: If you or your prescriber believe that waiting 7 days for a decision could seriously harm your life,
health or ability to regain maximum function, you can ask the IRE for a fast (expedited) reconsideration. The IRE
will give you a decision within 72 hours after it gets your request.

If the IRE upholds the denial and the value of your drug coverage meets the minimum amount, you may ask for a
hearing with an Administrative Law Judge. For help call Silverline Rx Member Services at 1-888-555-0163 (TTY 711),
24 hours a day, 7 days a week.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-07-21", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None), ("payer_policy", "ST-112")],
    notes="Part D redetermination (appeal decision) upheld: next step is IRE reconsideration 60 days from notice. "
          "Traps: 12 weeks/6 weeks, 7-day and 14-day IRE standard times, April 30 CD date, LDL 142. "
          "LABEL FIXED: [('formulary', 'ST-112')] -> [('formulary', None), ('payer_policy', 'ST-112')]. The letter cites "
          "two bases: its List of Covered Drugs (Formulary) with a step therapy requirement (named, no identifier) and "
          "the separately named 2025 Step Therapy Criteria ST-112 (the plan's criteria document), as the regression "
          "sets label a PDL plus a clinical policy (realistic_letters_3: CP.PHAR.245 payer_policy + PDL formulary).",
)

# ---------------------------------------------------------------- 12 MA reconsideration upheld, auto-forward
add(
    name="s7_ma_reconsideration_auto_forward_ire",
    text="""ORCHARD VALLEY MEDICARE ADVANTAGE (PPO)
NOTICE OF RECONSIDERATION DECISION - PLAN DECISION UPHELD

Date of notice: 06/05/2025
Member: Winifred L. Castellanos-Brandt     Member ID: OVM 6620 1193 00
Appeal #: REC-2025-05-22-00413             Service: Hyperbaric oxygen therapy, 30 sessions (G0277, 99183)
Requesting provider: Tri-Rivers Wound Care Center     Diagnosis: E11.621, L97.412

We reviewed your appeal (request for reconsideration) received on May 22, 2025 of our decision to deny coverage of
hyperbaric oxygen therapy. A physician who was not involved in the first decision reviewed your case. We have
decided to uphold our denial.

Why we upheld the denial: Medicare Advantage plans must follow Medicare's National Coverage Determinations.
NCD 20.29 (Hyperbaric Oxygen Therapy) covers this treatment for diabetic wounds of the lower extremity only when
the wound is Wagner grade III or higher and has not shown measurable signs of healing after at least 30 days of
standard wound therapy. Your records describe a Wagner grade II ulcer of the right heel that has been treated for
about 3 weeks. Services that are not reasonable and necessary are excluded from Medicare coverage under
42 CFR 411.15(k). The request therefore does not meet Medicare coverage rules.
""" + FF + """WHAT HAPPENS NEXT

Because we did not decide fully in your favor, we are required to send your case to an independent review
organization. We have automatically forwarded your case file to the Independent Review Entity (IRE) that contracts
with Medicare. You do not need to do anything to start this review.

The IRE will send you a letter when it receives your case. If you have more information that you want the IRE to
consider, you can send it directly to the IRE; the IRE's letter will tell you how. For a standard request for a
service, the IRE generally decides within 30 calendar days of receiving the case.

If the IRE also decides against you, its letter will explain your right to a hearing before an Administrative Law
Judge. These rights are described in 42 CFR 422.592 through 422.602.

Questions? Call Orchard Valley Member Services at 1-877-555-0108 (TTY 711), 8 a.m. - 8 p.m., 7 days a week.
""",
    document_type="denial", category="medical_necessity",
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("NCD", "NCD 20.29"), ("regulation", "42 CFR 411.15(k)")],
    notes="MA reconsideration upheld and auto-forwarded to IRE: no member filing window -> deadline None. "
          "Expedited not mentioned -> None. 42 CFR 422.592-602 is rights-only. Traps: 30 days therapy, 3 weeks, 30-day IRE time.",
)

# ---------------------------------------------------------------- 13 Ohio Medicaid MCO, Q&A, reduction
add(
    name="s7_medicaid_oh_home_health_reduction",
    text="""LAKESHORE BUCKEYE CARE - Ohio Medicaid Managed Care Plan
NOTICE OF ACTION

Date of this notice: January 27, 2025
Member: Tobias R. Vanderhoek          Medicaid ID: 109884712045      Plan ID: LBC-33018274
Provider: Cuyahoga Home Health Partners, Inc.
Service: Home health aide services (G0156)

What did we decide?
Your provider asked us to keep approving 20 hours per week of home health aide services for February 1, 2025
through April 30, 2025. We approved 12 hours per week for these dates. We did not approve the other 8 hours per week.
Starting February 1, 2025, your home health aide hours will go down from 20 hours to 12 hours each week.

Why did we make this decision?
The latest nursing assessment (dated January 9, 2025) shows you now bathe and dress with standby help only and
your daughter helps with meals 5 days a week. The added hours are not medically necessary as defined in Ohio
Adm.Code 5160-1-01. Home health aide services are covered only for hands-on personal care tasks that the member
cannot perform, as described in Ohio Adm.Code 5160-12-01. A registered nurse and a physician reviewed this request.

What can you do if you disagree?
You can ask us for an appeal. You must ask for an appeal within 60 calendar days from the date on this notice. You
may call Member Services at 1-800-555-0276 (TTY 711) or write to Lakeshore Buckeye Care, Appeals, P.O. Box 8890,
Columbus, OH 43216.

We will decide your appeal within 15 calendar days. If you or your provider believe waiting could seriously harm
your health, ask for an expedited appeal. We will decide an expedited appeal within 72 hours.
""" + FF + """Can my services continue while I appeal?
Yes. If you ask for an appeal within 10 calendar days from the date on this notice, or before February 1, 2025,
whichever is later, your services will stay at 20 hours per week until the appeal is decided. If the appeal is not
decided in your favor, you may have to pay for the services you received while the appeal was pending.

What if I still disagree after the appeal?
If you do not agree with our appeal decision, you can ask for a state hearing with the Ohio Department of
Job and Family Services, Bureau of State Hearings. You must ask for a state hearing within 120 calendar days from
the date of our appeal decision notice. You can also ask for an external review by an independent review
organization.

Who can help me?
You may contact the Ohio Medicaid Consumer Hotline at 1-800-555-0342 or your local legal aid office. The state
hearing process is described in Ohio Adm.Code 5101:6-1-01 and related rules.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2025-03-28", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("regulation", "Ohio Adm.Code 5160-1-01"), ("regulation", "Ohio Adm.Code 5160-12-01")],
    notes="Reduction 20->12 hrs: partial. Q&A layout. Traps: continuation 10 days, state hearing 120 days, 15-day "
          "standard decision, 5101:6-1-01 cited only for hearing rights (not a basis).",
)

# ---------------------------------------------------------------- 14 Medi-Cal, ASAM, date only at end
add(
    name="s7_medi_cal_asam_residential_date_at_end",
    text="""GOLDEN OAK COMMUNITY HEALTH PLAN
A Medi-Cal Managed Care Plan
NOTICE OF ACTION - About Your Treatment Request

Member: Esperanza M. Lucero-Dunn            Member ID: GOC 77104 8823
CIN: 9118440273                              Reference #: NOA-SUD-250815-2217
Treatment requested: Residential substance use disorder treatment, ASAM Level 3.5, 30 days (H0018)
Requested by: Harbor Light Recovery Center    Date request received: 08/14/2025
Diagnosis: F11.20, F41.1

What did we decide?
Golden Oak Community Health Plan has denied the request for 30 days of residential treatment at ASAM Level 3.5.

Why?
We used The ASAM Criteria (Third Edition) to review your request. Your records show you have been stable on
buprenorphine for 4 weeks, you have no withdrawal symptoms (Dimension 1), no medical problems that need 24-hour
care (Dimension 2), and a safe place to live with family support (Dimension 6). Your needs can be met with
intensive outpatient treatment (ASAM Level 2.1), which is a covered benefit. Under Title 22 CCR § 51303(a),
Medi-Cal covers services when they are medically necessary; residential care is not medically necessary for you
at this time. Our medical director, Raymond Ocampo, MD, made this decision.

What can you do?
If you disagree, you can ask for an appeal. You have 60 days from the date of this letter to ask for an appeal.
Call us at 1-888-555-0150 (TTY 711) or write to Golden Oak Community Health Plan, Grievance and Appeals,
P.O. Box 30221, Fresno, CA 93703. We will send you a decision within 30 days.

If you think waiting 30 days will hurt your health, you might be able to get an answer within 72 hours. Ask for an
expedited (fast) appeal when you call or write.
""" + FF + """YOUR RIGHTS

State Hearing: If you do not agree with our appeal decision, you can ask for a State Hearing. You must ask for a
State Hearing within 120 days from the date of our written appeal decision. If we do not answer your appeal within
30 days, you may ask for a State Hearing right away.

Independent Medical Review (IMR): After our appeal decision, you may also ask the California Department of Managed
Health Care (DMHC) for an IMR. The DMHC Help Center number is 1-888-555-0219. You must apply for an IMR within
6 months after the date of our appeal decision. You may not get an IMR if you have already had a State Hearing on
the same issue.

Aid paid pending does not apply to this request because this was a new request for services.

This notice does not affect any of the other Medi-Cal services you are getting.

Sincerely,

Utilization Management Department
Golden Oak Community Health Plan
Date of Notice: August 19, 2025
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-10-18", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("ASAM", "The ASAM Criteria (Third Edition)"), ("regulation", "Title 22 CCR § 51303(a)")],
    notes="Letter date only at the bottom ('Date of Notice'); top has 'Date request received 08/14/2025' distractor. "
          "Traps: 120-day State Hearing, 6-month IMR, 30-day decision, 4 weeks. Level 2.1 is only suggested as an alternative, nothing approved -> denial.",
)

# ---------------------------------------------------------------- 15 Texas STAR, PDL step therapy, absolute date
add(
    name="s7_tx_star_pdl_step_absolute",
    text="""BLUEBONNET FAMILY HEALTH - STAR (Texas Medicaid)
Notice of Adverse Benefit Determination - Prescription Drug

Date: September 2, 2025
To the parent or guardian of: Mateo J. Salcido-Reyes      Medicaid ID: 522019874
Member ID: BFH-STAR-0088140                               PA Request #: RX-2508-77312
Prescriber: Lourdes Bianchi, MD                            Drug requested: Vyvanse (lisdexamfetamine) 30 mg capsule, #30
Diagnosis: F90.2

What did we decide?
We denied the request for Vyvanse 30 mg.

Why?
Vyvanse is a non-preferred drug on the Texas Medicaid Preferred Drug List (PDL). The PDL requires a trial of at
least two preferred stimulant drugs (for example methylphenidate ER or mixed amphetamine salts ER) for at least
30 days each, or a reason they cannot be used, before a non-preferred stimulant is approved. We did not find
records of these trials. Your child may be able to take a preferred drug instead; please talk to the prescriber.

If your child needs the medicine right away, the pharmacy can give a 72-hour emergency supply.

What can you do?
You have the right to ask for an appeal. You must ask for an appeal by November 1, 2025. You can call
1-877-555-0281 or write to Bluebonnet Family Health, Appeals Department, P.O. Box 149022, Austin, TX 78714.

Standard appeals are decided within 30 days. If you or your doctor think waiting could seriously harm your child's
life or health, ask for an expedited appeal. We will give you an answer within 72 hours.
""" + FF + """More rights

State Fair Hearing: After you get our appeal decision, if you still disagree you can ask for a State Fair Hearing
through the Texas Health and Human Services Commission. You must ask within 120 days from the date on our appeal
decision letter.

External Medical Review: You can also ask for an External Medical Review by an Independent Review Organization
(IRO) when you ask for the State Fair Hearing. Ask within 120 days from the date on our appeal decision letter.

Keep getting services: This was a request for a new medicine, so there are no current services to continue while
you appeal.

For help, call the HHSC Office of the Ombudsman at 1-866-555-0191.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-11-01", window_days=None, counted_from="absolute",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None)],
    notes="Printed 'by November 1, 2025' -> absolute (it is letter + 60, a Saturday; not rolled). Traps: 72-hour "
          "emergency supply (same number as expedited!), 30 days trials, 120-day SFH/EMR. "
          "LABEL FIXED: identifier 'Texas Medicaid Preferred Drug List (PDL)' -> None: that is the list's name (a "
          "title), not an identifier; the contract's identifier is null when a guideline is named without one.",
)

# ---------------------------------------------------------------- 16 NY Medicaid managed care, missing records
add(
    name="s7_ny_medicaid_iad_missing_records",
    text="""HUDSON CREST HEALTH - Medicaid Managed Care
INITIAL ADVERSE DETERMINATION
Prior Authorization Request Denied

Date of Notice: October 14, 2025
Enrollee: Florentyna W. Abernathy        Enrollee ID: HCH-MMC-44081927     CIN: QX44817A
Provider: Bronx Mobility & Seating Clinic   NPI: 1629074415
Service: Group 2 power wheelchair, captain's chair (K0823) and power seat elevation (E2300)
Reference: UM-2510-330471

What is this notice about?
We received a request from your provider on September 29, 2025 for the item listed above.

What did we decide?
We denied the request.

Why did we deny it?
We did not get the information we need to decide whether the wheelchair is medically necessary. On October 1,
2025 and again on October 7, 2025 we asked your provider for: (1) the face-to-face mobility examination note
from your treating practitioner; (2) a home assessment showing the chair can be used in your home; and (3) the
specialty evaluation by a physical or occupational therapist. We did not receive these records. Your provider can
send them with an appeal, or may submit a new request.

What can you do?
You have 60 calendar days from the date of this notice to ask for a Plan Appeal. You may call 1-855-555-0193 or
write to Hudson Crest Health, Appeals, 1 Crest Plaza, Yonkers, NY 10701. We will decide a standard appeal within
30 calendar days.

Fast Track Appeal: If you or your provider feel that a delay will seriously harm your health, ask for a fast track
appeal. We will decide within 72 hours.
""" + FF + """Fair Hearing
If we deny your Plan Appeal, you can ask for a State Fair Hearing. You must ask for a Fair Hearing within 120
calendar days from the date of our Final Adverse Determination. Call 1-800-555-0312 or write to the NYS Office of
Temporary and Disability Assistance.

External Appeal
If we deny your Plan Appeal because we decide the service is not medically necessary, you can also ask New York
State for an External Appeal. You must ask for an External Appeal within 4 months from the date of our Final
Adverse Determination.

Help: The Independent Consumer Advocacy Network (ICAN) can help you for free: 1-844-555-0226.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-12-13", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[],
    notes="Missing records -> insufficient_information. Traps: request 09/29, RFI dates 10/01 and 10/07, 120-day fair "
          "hearing, 4-month external appeal, 30-day standard decision.",
)

# ---------------------------------------------------------------- 17 TRICARE EOB, cosmetic
add(
    name="s7_tricare_eob_cosmetic",
    text="""TRICARE EXPLANATION OF BENEFITS
Processed by Colonial Federal Health Administrators for TRICARE East (fictional contractor)
THIS IS NOT A BILL

Date of notice: 03/03/2025
Sponsor: SSgt Darnell K. Whitfield-Oyelaran       DoD Benefits Number: 1402298817
Patient: Keziah Whitfield-Oyelaran (Spouse)        TRICARE Plan: TRICARE Select
Claim Number: 2025048117330                          Provider: Magnolia Aesthetic Surgery Center

Service Date    Services Provided              Code    Billed      TRICARE Allowed   TRICARE Paid   Remarks
01/29/2025      Dermabrasion, total face       15780   $2,400.00   $0.00             $0.00          1
01/29/2025      Anesthesia, integumentary      00300   $640.00     $0.00             $0.00          1
Claim Total                                            $3,040.00   $0.00             $0.00

Diagnosis: L90.5, L70.0

Beneficiary liability: Because this provider is non-network and TRICARE did not cover these services, you may be
responsible for the full billed amount.

Remarks
1  Cosmetic surgery and procedures performed mainly to improve appearance are not a TRICARE benefit. Records show
   the procedure was for acne scarring without functional impairment. See 32 CFR 199.4(g) (exclusions) and the
   TRICARE Policy Manual, Chapter 4, Section 2.1.
2  Catastrophic cap met.  (not used)
""" + FF + """APPEAL RIGHTS

If you disagree with this decision, you may request a reconsideration. Your reconsideration request must be
postmarked or received within 90 days of the date of this notice. Attach a copy of this EOB and any supporting
documents. Mail to: Colonial Federal Health Administrators, TRICARE East Appeals, P.O. Box 77820, Columbia, SC 29202.

If the amount in dispute is $50 or more, you may request a formal review from the Defense Health Agency after the
reconsideration decision (within 60 days of that decision). Appeals are governed by 32 CFR 199.10.

Questions: 1-800-555-0418.
""",
    document_type="denial", category="not_covered",
    deadline="2025-06-01", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("regulation", "32 CFR 199.4(g)"), ("payer_policy", "TRICARE Policy Manual, Chapter 4, Section 2.1")],
    notes="TRICARE EOB, cosmetic exclusion. 90 days of notice date. 32 CFR 199.10 rights-only. Traps: $50 threshold, "
          "60-day formal review, unused remark 2. Post-service -> False.",
)

# ---------------------------------------------------------------- 18 FEHB initial, chiropractic visit limit, 6 months
add(
    name="s7_fehb_chiropractic_visit_limit",
    text="""CAPITOL MUTUAL BENEFIT PLAN
A Federal Employees Health Benefits (FEHB) Program Plan - Standard Option
Claim Determination Notice

February 10, 2025

Enrollee: Ingrid S. Thorvaldsen-Mbeki      Member ID: CMB-R48820177        Enrollment code: 8K1
Patient: Ingrid S. Thorvaldsen-Mbeki        Claim #: CM-25-0131-44820
Provider: Riverside Chiropractic Wellness   Dates of service: 01/14/2025, 01/21/2025, 01/28/2025
Services: Chiropractic manipulative treatment, spinal, 3-4 regions (98941)

We have denied payment for these visits. Your plan covers chiropractic manipulative treatment up to 12 visits per
calendar year (2025 Plan Brochure, Section 5(a), Chiropractic). Our records show you received 12 covered visits
between January 2, 2025 and January 13, 2025 under claims from Northgate Spine & Sport, so these 3 visits exceed
the annual visit limit. You owe the provider the billed amount of $285.00 ($95.00 per visit).

Diagnosis: M99.01, M54.2
""" + FF + """DISPUTED CLAIMS PROCESS (Section 8 of your Plan Brochure)

1. Ask us in writing to reconsider our initial decision. You must write to us within 6 months from the date of our
   decision. Write to: Capitol Mutual Benefit Plan, Reconsiderations, P.O. Box 14003, Falls Church, VA 22041.
   Include a statement of why you believe our decision was wrong, based on specific benefit provisions in the
   brochure, and copies of documents that support your claim.

2. We have 30 days from the date we receive your request to pay the claim, ask you or your provider for more
   information, or write to you maintaining our denial. If we ask for information, you have 60 days to send it.

3. If you disagree with our reconsideration decision, you may ask OPM to review it. You must write to OPM within
   90 days after the date of our letter upholding our initial decision. United States Office of Personnel
   Management, Healthcare and Insurance, Federal Employee Insurance Operations, 1900 E Street NW, Washington, DC 20415.

If you have a claim for urgent care, call us at 1-800-555-0457 and we will expedite our review.
""",
    document_type="denial", category="benefit_limit",
    deadline="2025-08-10", window_days=None, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "2025 Plan Brochure, Section 5(a)")],
    notes="FEHB initial: 6 months from date of decision -> months, window None. Date line unlabeled (top). Post-service "
          "claim -> False despite generic 'urgent care claims' line (unsure; generic boilerplate). Traps: 12 visits, 30/60/90 days.",
)

# ---------------------------------------------------------------- 19 FEHB reconsideration affirmed -> OPM
add(
    name="s7_fehb_reconsideration_affirmed_nonplan",
    text="""CHESAPEAKE VALLEY HMO
Federal Employees Health Benefits Program
Reconsideration Decision

July 24, 2025

Mr. Bartholomew J. Ng-Halloran
Member ID: CVH-FE-30091847
Re: Claim 25-CV-0088731, services of March 4-6, 2025, Shoreline Surgical Hospital (non-Plan facility)

Dear Mr. Ng-Halloran:

We received your request for reconsideration on June 30, 2025. We reviewed our decision to deny your claim for
the elective laparoscopic cholecystectomy (47562) and related hospital services performed at Shoreline Surgical
Hospital. We are affirming our denial.

As explained in Section 3 of the 2025 Chesapeake Valley HMO brochure (How you get care), you must receive care from
Plan providers and facilities, except for emergency care and out-of-area urgent care. Shoreline Surgical Hospital
and the operating surgeon are not Plan providers. The surgery was scheduled on February 12, 2025 and was not an
emergency. No referral or approval to a non-Plan provider was requested. Benefits are therefore not available for
these services. Total billed: $38,412.60.

If you disagree with our decision, you may ask the U.S. Office of Personnel Management (OPM) to review it. You must
write to OPM within 90 days after the date of our letter. Send your request to: United States Office of Personnel
Management, Healthcare and Insurance, Federal Employee Insurance Operations, FEIO Health Insurance 2, 1900 E
Street NW, Washington, DC 20415-3620. Include a copy of this letter, your original reconsideration request, and
supporting documents.

OPM will review your disputed claim to determine whether we correctly applied the terms of our contract. OPM's
decision is final unless you file a lawsuit; a lawsuit must be filed by December 31 of the third year after the
year in which you received the services.

Sincerely,
Anneliese Duquesne, RN
Appeals Coordinator, Chesapeake Valley HMO, 1-888-555-0162
""",
    document_type="denial", category="out_of_network",
    deadline="2025-10-22", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 3 of the 2025 Chesapeake Valley HMO brochure")],
    notes="FEHB reconsideration (appeal decision) affirmed; next step OPM review 90 days after date of letter. "
          "Non-Plan provider -> out_of_network. Traps: 06/30 receipt date, lawsuit deadline, scheduled date.",
)

# ---------------------------------------------------------------- 20 ERISA self-funded via TPA, exclusion
add(
    name="s7_erisa_tpa_infertility_exclusion",
    text="""TRI-COUNTY BENEFIT ADMINISTRATORS, INC.
Claims Administrator for the Keller-Moss Industries Employee Health Benefit Plan
1440 Commerce Parkway, Suite 210, Appleton, WI 54913

April 22, 2025

Lucinda F. Arriaga-Pemberton
Participant ID: KMI-000744812          Group: Keller-Moss Industries (self-funded plan #501)
Reference: PRE-25-04-11-0318
Provider: Fox River Fertility Institute
Requested services: In vitro fertilization cycle - oocyte retrieval (58970), embryo culture (89250), embryo
transfer (58974)
Diagnosis: N97.9, E28.2

NOTICE OF ADVERSE BENEFIT DETERMINATION

Tri-County Benefit Administrators reviewed the pre-service request for the services above on behalf of the Plan
Administrator. The request is denied.

Reason: The Plan excludes assisted reproductive technologies, including in vitro fertilization, GIFT, ZIFT and
related laboratory services. See Article VIII, Section 8.2(q) of the Keller-Moss Industries Employee Health Benefit
Plan Document and Summary Plan Description (restated January 1, 2024). Diagnostic testing for infertility is
covered under Section 6.14 but treatment by IVF is not.

The Keller-Moss Plan is a self-funded group health plan governed by ERISA. State insurance mandates, including any
state infertility coverage law, do not apply to this Plan.
""" + FF + """YOUR APPEAL RIGHTS UNDER THE PLAN

You may appeal this determination. Your appeal must be submitted within 180 days following your receipt of this
notice. Send it to Tri-County Benefit Administrators, Appeals, at the address above, or fax 1-920-555-0178.

Pre-service appeals will be decided within 30 days of receipt. If your claim involves urgent care (a delay could
seriously jeopardize your life or health, or would subject you to severe pain that cannot be managed without the
requested care), you may request an expedited appeal orally or in writing, and a decision will be made within
72 hours.

You are entitled to receive, upon request and free of charge, reasonable access to and copies of all documents
relevant to your claim. If your appeal is denied, you may be eligible for external review by an independent review
organization; a request must be made within 4 months after receipt of the final internal adverse benefit
determination. You also have the right to bring a civil action under Section 502(a) of ERISA following an adverse
determination on appeal. 29 CFR 2560.503-1 governs these procedures.
""",
    document_type="denial", category="not_covered",
    deadline="2025-10-19", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("plan_document", "Article VIII, Section 8.2(q)")],
    notes="Self-funded ERISA plan via TPA; plan exclusion. Pre-service with urgent-care expedited path offered -> True/72 "
          "(generic urgent-care wording; somewhat unsure). 29 CFR 2560.503-1 and ERISA 502(a) are rights-only. "
          "Traps: Section 6.14 covered diagnostics, 30-day decision, 4-month external review.",
)

# ---------------------------------------------------------------- 21 California HMO, experimental, DMHC IMR
add(
    name="s7_ca_hmo_dmhc_experimental",
    text="""PACIFIC CREST HEALTH PLAN
Health Maintenance Organization - licensed by the California Department of Managed Health Care

May 13, 2025

Ms. Theodora V. Karamanlis-Ruiz
Member ID: PCH 408 771 2290
Authorization #: 25-0509-DME-01874
Ordering physician: Benedikt Aguirre-Holm, MD, Oncology
Item requested: Tumor treatment field therapy device (E0766), monthly rental x 6 months
Diagnosis: C25.0

Dear Ms. Karamanlis-Ruiz:

We have reviewed your physician's request for the item listed above. The request is denied.

Pacific Crest Medical Policy MP-DME-0417 (Tumor Treatment Field Therapy) considers tumor treatment field therapy
medically necessary only for glioblastoma and malignant pleural mesothelioma as described in the policy. For cancer
of the pancreas, this therapy is considered experimental and investigational because published studies have not
shown that it improves survival or quality of life. This decision was made by Rosalind Achebe, MD, a board-certified
medical oncologist.

You may request a copy of the policy and the clinical criteria used in this decision free of charge.

If you disagree, you may file a grievance (appeal) with Pacific Crest. You must file within 180 calendar days from
the date of this letter. Call Member Services at 1-800-555-0477 (TTY 711), write to Pacific Crest Health Plan,
Grievances and Appeals, P.O. Box 92110, Pasadena, CA 91109, or file online. We will resolve your grievance within
30 days.

If your condition involves an imminent and serious threat to your health, such as severe pain or potential loss of
life, limb or major bodily function, you may ask for an expedited review. We will decide an expedited grievance
within 72 hours.
""" + FF + """INDEPENDENT MEDICAL REVIEW (IMR)

The California Department of Managed Health Care is responsible for regulating health care service plans. If you
have a grievance against your health plan, you should first telephone your health plan at 1-800-555-0477 and use
your health plan's grievance process before contacting the department. If your grievance has not been resolved or
remains unresolved for more than 30 days, you may call the department for assistance.

Because this denial is based on a finding that the therapy is experimental or investigational, you may apply for an
Independent Medical Review right away, without first filing a grievance with us. You must apply for an IMR within
6 months of the date of this letter. The department's telephone number is 1-888-555-0219 and TDD line
1-877-555-0891. The department's internet website has complaint forms, IMR application forms and instructions
online. (California Health and Safety Code section 1370.4.)
""",
    document_type="denial", category="experimental",
    deadline="2025-11-09", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "MP-DME-0417")],
    notes="Plan grievance 180 calendar days from letter date. Traps: IMR 6 months (external review, not the member's "
          "internal window), 30-day resolution, H&S Code 1370.4 rights-only.",
)

# ---------------------------------------------------------------- 22 NY commercial final adverse determination
add(
    name="s7_ny_final_adverse_external_appeal",
    text="""ADIRONDACK UNION HEALTH
FINAL ADVERSE DETERMINATION - INTERNAL APPEAL DECISION

June 30, 2025

Member: Casimir O. Brandvold             ID: AUH-9104418275
Appeal #: APL-25-0612-0093               Provider: Capital Region Pain Specialists, Renata Osei, MD
Service under appeal: Percutaneous spinal cord stimulator trial (63650 x2), pre-service
Diagnosis: M96.1, M54.16

Dear Mr. Brandvold:

We have completed the internal appeal you filed on June 12, 2025. A clinical peer reviewer, board certified in
anesthesiology and pain medicine, who was not involved in the initial decision, reviewed your appeal. We uphold our
initial adverse determination dated May 20, 2025.

Basis for decision: The request was reviewed using InterQual® 2025 Procedures criteria, Spinal Cord Stimulator
(SCS) Trial. The criteria require a psychological evaluation clearing the patient for implantation and documented
failure of at least 6 months of conservative treatment. The records include neither a psychological evaluation nor
notes covering the last 4 months of conservative care. The service is therefore not medically necessary.

This is our final adverse determination on this request.
""" + FF + """YOUR RIGHT TO AN EXTERNAL APPEAL

You have the right to an external appeal of this decision by an External Appeal Agent certified by New York State.
You have 4 months from your receipt of this final adverse determination to request an external appeal. An external
appeal application is enclosed. Send it to the New York State Department of Financial Services, 99 Washington
Avenue, Box 177, Albany, NY 12210, or file online. There is a fee of up to $25, which is waived if it would be a
hardship.

If your health care provider certifies that a delay would pose an imminent or serious threat to your health, you may
ask for an expedited external appeal. The External Appeal Agent will make a decision within 72 hours.

Your provider also has a separate right to request an external appeal within 60 days of this determination for
services where the provider is at risk. The external appeal process is described in Article 49 of the New York
Insurance Law.

Questions: Adirondack Union Health Appeals Unit, 1-518-555-0174.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-10-30", window_days=None, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("InterQual", "InterQual® 2025 Procedures criteria, Spinal Cord Stimulator (SCS) Trial")],
    notes="Final internal appeal decision; next step is NY external appeal, 4 months from receipt -> letter + 4 months, "
          "window None. Traps: provider's 60-day external appeal right, $25 fee, 6/4 months criteria, earlier dates.",
)

# ---------------------------------------------------------------- 23 Texas insurer, concurrent, MCG, one working day
add(
    name="s7_tx_iro_mcg_notification_date",
    text="""LONE STAR PRAIRIE INSURANCE COMPANY
Utilization Review Department
Notice of Adverse Determination - Concurrent Review

Notification Date: 08/06/2025
Patient: Evangelina R. Szymanski-Obi        Member ID: LSP-77042199-03
Facility: Brazos Valley Medical Center      Attending: Cyrus Adeyemi-Lund, MD
Admission date: 08/01/2025                   Review #: CR-250806-44102
Level of care: Acute inpatient, medical      Diagnosis: J18.9, E11.65

Determination: Inpatient days 08/01/2025 through 08/03/2025 are approved. Continued inpatient stay from
08/04/2025 forward is not approved.

Principal reasons: The review used MCG Inpatient & Surgical Care, 29th Edition, Pneumonia (ORG: M-280 (ISC)).
By 08/03/2025 the patient was afebrile for more than 24 hours, oxygen saturation was 95% on room air, and she was
taking oral antibiotics and fluids. The discharge criteria in the guideline were met, and further care could be
provided at home or at a lower level of care. The physician reviewer, Harriet Solberg, MD (internal medicine,
Texas license M4471), had a telephone discussion with the attending physician on 08/05/2025 before this decision.
""" + FF + """APPEAL RIGHTS - TEXAS

You, a person acting on your behalf, or your physician may appeal this adverse determination. You may appeal within
180 days after the date you receive this notice, orally or in writing, to Lone Star Prairie Insurance Company,
Appeals, P.O. Box 200771, Dallas, TX 75320, phone 1-800-555-0139, fax 1-214-555-0140. A standard appeal will be
decided within 30 calendar days.

Because this denial concerns a continued hospital stay, you may request an expedited appeal. An expedited appeal will
be completed within one working day from the date all information necessary to complete the appeal is received.

Independent Review: You have the right to request review by an Independent Review Organization (IRO). In a
life-threatening situation, or when the denial involves continued stay while you are hospitalized, you may request
immediate review by an IRO without first completing our internal appeal. The IRO process is described in Texas
Insurance Code Chapter 4202. Complaints: Texas Department of Insurance, 1-800-555-0152.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2026-02-02", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=None,
    guidelines=[("MCG", "ORG: M-280 (ISC)")],
    notes="'Notification Date' label. Days 1-3 approved, rest denied -> partial. Expedited offered but 'one working day' "
          "is not an hour figure -> decision_hours None (unsure; 24 arguable). Traps: 24 hours afebrile, 95%, license no., IRO.",
)

# ---------------------------------------------------------------- 24 rights on attachment, invalid dx code
add(
    name="s7_rights_on_attachment_invalid_dx",
    text="""MERIDIAN LAKES HEALTH PLAN
Prior Authorization Department
2300 Shoreline Drive, Muskegon, MI 49440

Reference Number: PA-2509-118204

September 15, 2025

Gunnar T. Oyelowo-Sandberg
Member ID: MLH 3308 1927 04

Re: Request for lumbar transforaminal epidural steroid injection, bilateral, L4-L5 (64483-50)
Requesting provider: Great Lakes Interventional Spine, PC (NPI 1366904117)

Dear Mr. Oyelowo-Sandberg:

We could not approve the request above as it was submitted. The request listed diagnosis code M54.5 (low back pain).
M54.5 has not been a valid billable ICD-10-CM code since October 1, 2021, when it was replaced by the more specific
codes M54.50, M54.51 and M54.59. A request must list a valid, complete diagnosis code supporting the service, as
required by Meridian Lakes Coding and Documentation Policy CDP-004. Because the code is invalid, we are denying
this request. We did not make a decision about whether the injection is medically necessary.

Your provider may send a new request with a valid diagnosis code at any time, or you may appeal as explained on the
enclosed page.

Sincerely,
Prior Authorization Department
Meridian Lakes Health Plan

Enclosure: Important Information About Your Appeal Rights (Form ML-APL-07)
""" + FF + """IMPORTANT INFORMATION ABOUT YOUR APPEAL RIGHTS
Form ML-APL-07 (Rev. 01/2024)

What if I disagree with this decision?
You have the right to appeal any decision not to authorize or pay for a service, in whole or in part. You must file
your appeal within 180 days after you receive this notice. If you do not file within this time, you may lose your
right to appeal.

How do I file an appeal?
Call Member Services at the number on your ID card (1-800-555-0466), or write to: Meridian Lakes Health Plan,
Appeals and Grievances, P.O. Box 1120, Muskegon, MI 49443. Include the reference number from your letter.

What if my situation is urgent?
If your doctor says your situation is urgent (waiting for a standard decision could seriously harm your life or
health), you can ask for an expedited appeal. We will decide within 72 hours. Standard pre-service appeals are
decided within 30 days; post-service appeals within 60 days.

What if I still disagree?
After our final decision you may ask for an external review by an independent review organization through the
Michigan Department of Insurance and Financial Services. You must ask within 127 days after you receive our final
decision. Urgent external reviews are decided within 72 hours.
""" + FF + """Other resources to help you
You may request free copies of the documents, criteria and policies used in the decision.
Language assistance: call 1-800-555-0466 (TTY 711).
Meridian Lakes Health Plan complies with applicable Federal civil rights laws and does not discriminate on the basis
of race, color, national origin, age, disability, or sex. (Section 1557 of the Affordable Care Act.)
""",
    document_type="denial", category="coding",
    deadline="2026-03-14", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "CDP-004")],
    notes="Invalid ICD-10 code -> coding. Appeal rights only on generic attachment page (180 days after receipt). "
          "Traps: 'October 1, 2021', 'Rev. 01/2024', 127-day external review, 30/60-day decisions, Section 1557 rights.",
)

# ---------------------------------------------------------------- 25 date only at signature, coverage terminated
add(
    name="s7_date_at_signature_coverage_terminated",
    text="""WESTFIELD PRAIRIE HEALTH
Member Services - Claims Review

Leopold A. Ferreira-Tanaka
418 Cottonwood Lane
Salina, KS 67401

Member ID: WPH-IND-5502184                Claim number: WP25-0214-77305
Provider: Smoky Hill Regional Hospital     Date of service: 02/12/2025
Service: Emergency department visit (99284), CT head without contrast (70450)

Dear Mr. Ferreira-Tanaka:

We received the claim listed above on February 20, 2025. We are unable to pay this claim because you were not
covered by Westfield Prairie Health on the date of service.

Your individual policy was terminated effective January 31, 2025. You receive advance payments of the premium tax
credit, and premiums for December 2024 through February 2025 were not paid by the end of the 3-month grace period.
Under 45 CFR 156.270(d) and Section 3.4 (Termination for Nonpayment of Premium) of your policy, coverage ends on
the last day of the first month of the grace period. Claims for services after January 31, 2025 are denied.

If you believe our records are wrong (for example, if a premium payment was made and not credited), you have the
right to appeal. Please send your appeal within 60 days of the date of this letter to: Westfield Prairie Health,
Appeals, P.O. Box 48001, Wichita, KS 67201. Include any proof of payment. You may also call 1-866-555-0125.

Because the services have already been provided, this is a post-service claim and our appeal decision will be sent
within 60 days of receiving your appeal. You may be eligible for external review after our decision.

Sincerely,

Marguerite Oduya
Claims Review Specialist
Westfield Prairie Health

Date: March 7, 2025
""",
    document_type="denial", category="eligibility",
    deadline="2025-05-06", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("regulation", "45 CFR 156.270(d)"), ("plan_document", "Section 3.4")],
    notes="Letter date only under the signature. Coverage terminated before DOS -> eligibility. Regulation cited as basis. "
          "Traps: received 02/20, termination 01/31, 3-month grace period, 60-day decision. Post-service -> False.",
)

# ---------------------------------------------------------------- 26 provider, timely filing, Mailing Date
add(
    name="s7_provider_timely_filing_mailing_date",
    text="""CLEARWATER VALLEY HEALTH PLAN
PROVIDER NOTICE OF CLAIM DENIAL

Mailing Date: 01/16/2025

To: Bitterroot Anesthesia Associates, LLP        Provider NPI: 1174598820
    Attn: Billing Office                           Provider ID: CVHP-ANES-2209

Member: Philippa D. Rosenkrantz-Ebo   Member ID: CVH 881 204 556
Claim #: 24354-CV-1190284             Date of service: 06/03/2024
Date claim received: 12/20/2024       Billed: $1,980.00 (00790-AA, 99100)

Claim status: DENIED - CARC CO-29 (The time limit for filing has expired.)

Your participating provider agreement and Section 9.2 of the Clearwater Valley Provider Manual require that initial
claims be received within 180 days from the date of service. This claim was received 200 days after the date of
service. We have no record of an earlier submission.

As a participating provider, you may not bill the member for this service.

Provider Claim Dispute: If you have proof that the claim was filed on time (for example, a clearinghouse acceptance
report 277CA or a prior payer's denial showing timely submission), you may submit a Provider Claim Dispute within
90 days of the date of this notice. Submit disputes at the provider portal or mail to Clearwater Valley Health
Plan, Provider Disputes, P.O. Box 5510, Missoula, MT 59806. We will respond within 45 days.
""",
    document_type="denial", category="administrative",
    deadline="2025-04-16", window_days=90, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("payer_policy", "Section 9.2 of the Clearwater Valley Provider Manual")],
    notes="Provider-addressed timely filing (CO-29). 'Mailing Date' label. Provider dispute 90 days from notice. "
          "Traps: 180-day filing limit, 200 days, 45-day response, DOS/received dates. Provider manual as payer_policy (arguable).",
)

# ---------------------------------------------------------------- 27 provider EOP, duplicate claim, "Issued:"
add(
    name="s7_provider_duplicate_claim_issued",
    text="""TIDEWATER SELECT HEALTH                                  Explanation of Payment
                                                          Issued: 11/04/2025
                                                          EOP #: TSH-EOP-25308-00417

Pay to: Chesapeake Bay Cardiology Group          NPI: 1407763318      TIN: XX-XXX9020
Payment method: EFT     Trace: 7781044203     Total paid this EOP: $0.00

Member               Member ID        Claim ID            Svc Date     Code     Charge     Allowed   Paid    Reason
Lindqvist, Osric M.  TSH00718844-01   TS25301-0099182     10/06/2025   93306    $1,150.00  $0.00     $0.00   CO-18
Lindqvist, Osric M.  TSH00718844-01   TS25301-0099182     10/06/2025   93000    $95.00     $0.00     $0.00   CO-18

Reason code description
CO-18  Exact duplicate claim/service. This claim duplicates claim TS25287-0041106, which was processed and paid on
       10/21/2025 (EOP TSH-EOP-25294-00112, paid amount $412.77).
N522   Duplicate of a claim processed, or to be processed, as a crossover claim.  (not applicable)

Diagnosis: I35.0, R01.1

What to do: Do not resubmit this claim. If you need to change the original claim, send a corrected claim
(frequency code 7) referencing the original claim ID; corrected claims are accepted up to 365 days from the date
of service.

If you believe this claim is not a duplicate, request a reconsideration within 60 days of the EOP issue date. Include
documentation showing the services are distinct (for example, separate encounters). Provider Services:
1-757-555-0121. Tidewater Select Health, Reconsiderations, P.O. Box 64002, Norfolk, VA 23501.
""",
    document_type="denial", category="administrative",
    deadline="2026-01-03", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="'Issued:' label is the letter date. CO-18 duplicate -> administrative. Traps: original claim paid 10/21, "
          "365-day corrected-claim window, N522 not applicable.",
)

# ---------------------------------------------------------------- 28 provider, peer-to-peer offer only
add(
    name="s7_provider_p2p_only_inpatient",
    text="""GRANITE RIDGE HEALTH - UTILIZATION MANAGEMENT
FACILITY NOTIFICATION OF ADVERSE DETERMINATION

Date: February 26, 2025
To: Utilization Review / Case Management, Pine Hollow General Hospital      Fax: 1-603-555-0117
Attending physician: Sebastián Mwangi-Holt, MD

Patient: Rosalind E. Fairweather-Quist     Member ID: GRH 22 4408 1173
Auth #: IP-250225-33180                     Admit date: 02/24/2025  (observation start 02/24/2025 22:14)
Request: Inpatient admission, medical        Diagnosis: R07.89, I10

Determination: Inpatient admission is NOT APPROVED. Observation services for up to 48 hours are approved.

Rationale: The clinical information was reviewed against InterQual® 2025 Acute Adult criteria, Chest Pain subset.
Serial troponins were negative x3, the ECG showed no acute ischemic changes, and the patient was hemodynamically
stable. The criteria for acute inpatient level of care were not met on day 1. The reviewer was Anand Kowalczyk, MD,
board certified in internal medicine.

Peer-to-peer: The attending physician may discuss this determination with the physician reviewer. A peer-to-peer
conversation must be requested within 5 business days of this notification (by 03/05/2025). Call 1-800-555-0155,
option 3, Monday through Friday, 8:00 a.m. to 5:00 p.m. ET. If the determination is changed after the
peer-to-peer, a revised notice will be issued.

This notice is sent to the facility and attending physician only. The member will receive a separate written notice
that explains the member's appeal rights.
""",
    document_type="denial", category="medical_necessity",
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("InterQual", "InterQual® 2025 Acute Adult criteria, Chest Pain subset")],
    notes="Only a P2P offer (5 business days / printed 03/05/2025) - that is not an appeal window; member rights are in "
          "a separate notice -> deadline None. Observation approved but inpatient admission (the request) denied -> denial. "
          "Traps: 48 hours observation, troponins x3.",
)

# ---------------------------------------------------------------- 29 pend / request for information
add(
    name="s7_pend_rfi_other",
    text="""OSPREY POINT HEALTH
Claims Department
REQUEST FOR ADDITIONAL INFORMATION

Date: April 9, 2025

Treasure Coast Surgical Associates
Attn: Patient Accounts
Re: Patient Amadou F. Kristiansen-Bello, Member ID OPH-55104872
Claim #: OP25-0321-118807    Date of service: 03/14/2025    Billed: $6,420.00
Procedures: 49650 (laparoscopic inguinal hernia repair), 49320 (diagnostic laparoscopy)

Your claim has been pended (not denied) because we need more information to process it. Please send:

  1. Operative report for the date of service
  2. Itemized bill (UB-04 or CMS-1500 with line-item detail)
  3. Explanation of why 49320 was reported with 49650 on the same date

Please send the information within 45 days of the date of this letter. If we do not receive it, the claim will be
processed using the information we have, which may result in a denial. You will receive a new Explanation of
Payment once the claim is processed.

Send records to Osprey Point Health, Claims Correspondence, P.O. Box 330881, Fort Pierce, FL 34983, or fax
1-772-555-0109. Include a copy of this letter. Questions: Provider Services 1-800-555-0180.

This letter is not a denial of payment and is not an adverse benefit determination.
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Pend/RFI: 45-day records window is not an appeal deadline. Says explicitly it is not a denial.",
)

# ---------------------------------------------------------------- 30 appeal acknowledgment, expedite declined
add(
    name="s7_appeal_ack_expedite_declined",
    text="""WHITESTONE HEALTH ALLIANCE
Appeals and Grievances Department

Date: May 29, 2025

Imelda S. Carrow-Nakashima
Member ID: WHA-3302-118477
Appeal #: AG-25-0527-01129
Subject: Acknowledgment of your appeal - denial of bone growth stimulator (E0748)

Dear Ms. Carrow-Nakashima:

We received your appeal on May 27, 2025. Thank you for letting us know about your concerns.

You asked us to handle your appeal as an expedited (fast) appeal. We reviewed your request and it does not meet the
criteria for an expedited appeal, because the information does not show that waiting for a standard decision could
seriously jeopardize your life, health or ability to regain maximum function, and no physician has asked for an
expedited review. Your appeal will be processed as a standard pre-service appeal. We will send you our decision
within 30 calendar days from the date we received your appeal.

If your doctor tells us that your situation is urgent, we will review the request again. If you disagree with our
decision not to expedite your appeal, you may file a grievance by calling 1-877-555-0303.

You may send additional information to support your appeal. Please send it within 10 days so that it can be
considered. You may also review your case file free of charge.

Sincerely,
Appeals Coordinator, Whitestone Health Alliance
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Acknowledgment (not a determination) -> other. Expedited request explicitly declined -> False. "
          "Traps: 30-day decision, 10 days for extra info, received 05/27.",
)

# ---------------------------------------------------------------- 31 approval with reduced fractions, NCCN
add(
    name="s7_approval_reduced_units_nccn",
    text="""AURORA BASIN HEALTH
Radiation Oncology Authorization - reviewed by delegated vendor Polaris Oncology Review Services

Decision date: June 11, 2025
Member: Philomena A. Reyes-Gustafsson      Member ID: ABH-77021840-01
Case #: RO-25-06-0448                        Ordering physician: Kwame Lindgren, MD
Facility: Aurora Basin Cancer Pavilion       Diagnosis: C50.412, Z17.0

Requested: Whole breast intensity-modulated radiation therapy (IMRT) delivery, 77385 x 30 fractions, with image
guidance 77387 x 30
Approved: 77385 x 20 fractions; 77387 x 20. Authorization valid 06/16/2025 - 09/15/2025.
Not approved: 77385 x 10 fractions; 77387 x 10.

Reason for partial approval: For a 64-year-old patient after lumpectomy for early-stage, node-negative breast cancer,
the NCCN Clinical Practice Guidelines in Oncology: Breast Cancer, Version 4.2025 (NCCN Guidelines®) prefer a
hypofractionated whole-breast course (for example 40 Gy in 15 fractions or 42.5 Gy in 16 fractions). Aurora Basin
Radiation Oncology Policy RO-0009 allows up to 16 fractions plus a tumor-bed boost of up to 4 fractions (20 in all).
A 30-fraction course is not medically necessary for this patient. Your doctor may ask for a peer-to-peer
discussion at 1-888-555-0193 within 14 days.
""" + FF + """HOW TO APPEAL THE PART OF THE REQUEST THAT WAS NOT APPROVED

You or your doctor may appeal within 180 days of receiving this letter. Write to Aurora Basin Health, Clinical
Appeals, P.O. Box 19040, Reno, NV 89511, or fax 1-775-555-0166.

We will decide a standard appeal within 30 days. If waiting 30 days could seriously harm your health, ask for an
urgent appeal; we will decide within 72 hours. You may also have the right to an external review after our
decision.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2025-12-08", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("NCCN", "Breast Cancer, Version 4.2025"), ("payer_policy", "RO-0009")],
    notes="Approval with reduced quantity (30 -> 20 fractions) -> partial_denial. Traps: Gy/fraction numbers, age 64, "
          "P2P 14 days, auth validity dates, 30-day standard decision.",
)

# ---------------------------------------------------------------- 32 approval PT visits, partial, benefit limit
add(
    name="s7_approval_pt_visits_partial_limit",
    text="""REDWOOD HOLLOW HEALTH PLAN
Notice of Authorization Decision

Date of notice: 07/08/2025
Member: Anselm K. Okafor-Lindahl      Member ID: RHH 9920 4471 02
Provider: Sequoia Physical Therapy, Eureka, CA   Authorization #: OPT-250703-2218
Services: Outpatient physical therapy (97110, 97140, 97112)
Diagnosis: S43.431D, M75.101

Your provider asked for 24 physical therapy visits from 07/10/2025 through 10/31/2025.

Decision:
  Approved:      14 visits (07/10/2025 - 10/31/2025)
  Not approved:  10 visits

Why some visits were not approved: Your plan covers up to 20 outpatient rehabilitation visits (physical,
occupational and speech therapy combined) per calendar year, as listed in your Schedule of Benefits under
Outpatient Rehabilitation Services. Our records show you have already used 6 visits in 2025. We approved the 14
visits left under this limit. The other 10 visits would exceed your annual benefit maximum and are not covered.
This was not a decision about medical necessity.

Your visit count resets on January 1, 2026.

If you disagree with this decision, you may file an appeal within 180 days of the date of this notice. Call
1-800-555-0188 or write to Redwood Hollow Health Plan, Appeals Unit, P.O. Box 7707, Santa Rosa, CA 95407. We will
answer within 30 days.
""",
    document_type="partial_denial", category="benefit_limit",
    deadline="2026-01-04", window_days=180, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="Partial approval (14 of 24) because of 20-visit annual limit -> benefit_limit. Silent on expedited -> None. "
          "Traps: 20/6/14/10 numbers, reset date, 30-day answer. "
          "LABEL FIXED: identifier 'Schedule of Benefits' -> None: it is the plan document's name (a title), cited "
          "without a section or number.",
)

# ---------------------------------------------------------------- 33 PBM quantity limit, 24-hour exigent
add(
    name="s7_quantity_limit_triptan",
    text="""COBALT PHARMACY BENEFIT SERVICES
on behalf of Brookline Health Plan
Coverage Determination - Quantity Limit Exception Request

Date of this notice: August 12, 2025
Member: Wilhelmina J. Osterberg-Diallo     Member ID: BHP-RX-66104829       Rx Group: BRKL01
Prescriber: Idris Falkenrath, DO             Case #: QLE-25-0808-55012
Drug: rizatriptan 10 mg orally disintegrating tablet   Quantity requested: 18 tablets per 30 days
Diagnosis: G43.709

Decision: DENIED

Reason: Your plan limits rizatriptan to 12 tablets per 30 days under Quantity Limit Program QL-0147 (Triptans).
An exception may be approved if the member is also using a preventive migraine medicine for at least 2 months and
still has more than 12 migraine days per month. We did not receive information showing use of a preventive
medicine. Using triptans on more than 10 days a month can cause medication overuse headache. You can still get
12 tablets every 30 days.

Your right to appeal: You may appeal this decision within 180 days from the date of this notice. Send your appeal
to Cobalt Pharmacy Benefit Services, Clinical Appeals, P.O. Box 52160, Phoenix, AZ 85072, fax 1-602-555-0124,
or call 1-877-555-0140.

A standard appeal will be decided within 72 hours of receipt. If you are suffering from a health condition that
may seriously jeopardize your life, health, or ability to regain maximum function, or you are undergoing a current
course of treatment using a non-formulary drug, you may request an expedited (exigent) review. An expedited review
will be decided within 24 hours of receipt.

You may also request an external exception review by an independent review organization.
""",
    document_type="denial", category="benefit_limit",
    deadline="2026-02-08", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=24,
    guidelines=[("formulary", "QL-0147")],
    notes="Quantity limit exception denied -> benefit_limit. Expedited 24h; standard is 72h (trap). Traps: 12/18 tablets, "
          "30 days, 2 months, 10 days/month.",
)

# ---------------------------------------------------------------- 34 cosmetic exclusion, expedited explicitly not available
add(
    name="s7_cosmetic_rhinoplasty_no_expedite",
    text="""TAMARACK HEALTH INSURANCE COMPANY
Medical Management
NOTICE OF ADVERSE BENEFIT DETERMINATION

Date: September 23, 2025
Member: Florian E. Achterberg-Musa     Member ID: TAM-80041927-00   Group: 55071
Request ID: PA-25-0918-40019
Provider: Birchwood Facial Plastic Surgery, Orla Nwachukwu, MD
Requested: Rhinoplasty, primary, including major septal repair (30420)
Diagnosis: M95.0, J34.2

We received a prior authorization request on 09/18/2025 for the procedure above. We have denied it.

Your Certificate of Coverage, Section 9 (Exclusions), item 14, excludes cosmetic services, defined as surgery
performed mainly to change or improve appearance. The photographs and notes sent show a dorsal hump and tip
asymmetry; the nasal airway evaluation did not show obstruction from a structural deformity, and no trial of nasal
steroids for 4 weeks was documented. Rhinoplasty for appearance is not a covered benefit. A separate request for
septoplasty alone (30520), if nasal obstruction is documented, would be reviewed under Medical Policy MP-ENT-022.

APPEAL RIGHTS
If you disagree, you may appeal within 180 days of receiving this notice. Mail your appeal to Tamarack Health
Insurance Company, Appeals, P.O. Box 8013, Portland, ME 04104, or call 1-800-555-0199.

This request does not qualify for an expedited (urgent) appeal, because it is for an elective procedure that has not
been scheduled. Your appeal will be handled as a standard pre-service appeal and decided within 30 days.

After our decision, you may be able to request an external review through the Maine Bureau of Insurance.
""",
    document_type="denial", category="not_covered",
    deadline="2026-03-22", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Certificate of Coverage, Section 9 (Exclusions), item 14")],
    notes="Cosmetic exclusion. Letter states expedited does not apply -> False. MP-ENT-022 mentioned for a hypothetical "
          "future septoplasty request, not as basis. Traps: 4 weeks, 30-day decision, 09/18 receipt.",
)

# ---------------------------------------------------------------- 35 investigational cryoablation
add(
    name="s7_investigational_cryoablation",
    text="""BELLHAVEN HEALTH PLAN
Clinical Review Department

Letter date: 10/01/2025

Ms. Genevieve O. Halvorsen-Achebe
Member ID: BHP-CO-40418822
Case Number: CR-251001-7714
Requested by: Front Range Breast Center, Marcus Tal-Bergeron, MD
Service: Percutaneous cryoablation of malignant breast tumor (0581T)
Diagnosis: C50.211

Dear Ms. Halvorsen-Achebe:

We have reviewed the request for the service above. We are unable to approve it because the service is considered
investigational.

Bellhaven Medical Policy MP 7.01.212 (Cryoablation of Breast Tumors) states that cryoablation as a primary
treatment of breast cancer is investigational. Studies have not yet shown that results are as good as surgical
removal over time; the largest study has 5-year follow-up for only 194 patients. The Hayes Health Technology
Assessment on this topic also gives the evidence a low rating. The reviewing physician was Desmond Ashworth-Ibe, MD,
a board-certified surgical oncologist.

If you disagree with this decision, you or your representative may appeal. You must file your appeal within
180 days of the date of this letter. Send it to Bellhaven Health Plan, Appeals, P.O. Box 17720, Denver, CO 80217,
or call 1-888-555-0172.

If your doctor believes a delay would seriously jeopardize your life or health, you may ask for an expedited appeal.
We will make a decision within 72 hours. Standard appeals are decided within 30 days.

Because this denial is based on the service being experimental or investigational, you may request an external
review from the Colorado Division of Insurance at the same time as, or after, your internal appeal.

Sincerely,
Clinical Review Department, Bellhaven Health Plan
""",
    document_type="denial", category="experimental",
    deadline="2026-03-30", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "MP 7.01.212"), ("other", None)],
    notes="Investigational (Category III code). Hayes assessment cited as an additional basis -> ('other', None). "
          "Traps: 5-year / 194 patients, 30-day standard, concurrent external review.",
)

# ---------------------------------------------------------------- 36 no prior authorization, post-service member letter
add(
    name="s7_no_auth_post_service_member",
    text="""KESTREL BAY HEALTH
Notice of Claim Denial

Date of letter: December 2, 2025
Member: Octavia N. Brennan-Sato          Member ID: KBH-1100-48271
Claim number: KB25-1110-330842           Date of service: 11/03/2025
Provider: Gulfview Advanced Imaging (in network)
Service: MRI brain without and with contrast (70553)        Billed: $2,840.00
Diagnosis: R51.9, H53.8

Why we denied this claim:
Your plan requires prior authorization for advanced imaging, including MRI, as described in your Evidence of
Coverage, Section 4.2 (Services That Need Prior Authorization). We have no record that prior authorization was
requested or approved for this service before it was performed. The claim was denied with reason code CO-197
(Precertification/authorization/notification/pre-treatment absent).

What this means for you:
Because Gulfview Advanced Imaging is an in-network provider, it was responsible for getting prior authorization.
You are not responsible for paying this amount. If you receive a bill, call us at 1-844-555-0114.

Your right to appeal:
If you disagree with this decision, you may file an appeal. You must file within 180 days from the date you receive
this letter. Send your appeal to Kestrel Bay Health, Appeals Department, P.O. Box 27020, Sarasota, FL 34236.
Because the service has already been received, your appeal will be reviewed as a post-service appeal and decided
within 60 days.

The provider may also request a retrospective review within 30 days of the claim denial by sending the medical
records that support the service.
""",
    document_type="denial", category="no_authorization",
    deadline="2026-05-31", window_days=180, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Evidence of Coverage, Section 4.2")],
    notes="Post-service no-auth denial, member held harmless. Traps: provider retro review 30 days, 60-day decision, CO-197.",
)

# ---------------------------------------------------------------- 37 step therapy, biologic
add(
    name="s7_step_therapy_biologic",
    text="""JUNIPER RIDGE HEALTH
Pharmacy Services - Prior Authorization

January 6, 2025

Member: Rutger F. Mbatha-Eriksson      Member ID: JRH-08817204-01
Prescriber: Annika Oduro-Vance, MD, Dermatology
PA #: PA-RX-250102-66019
Drug requested: Cosentyx (secukinumab) 300 mg/2 mL pen, 2 pens at weeks 0-4 then every 4 weeks
Diagnosis: L40.0

Dear Mr. Mbatha-Eriksson:

We have denied the request for Cosentyx.

Under Juniper Ridge Pharmacy Clinical Policy PCP-IMM-021 (Biologics for Plaque Psoriasis), Cosentyx is a
non-preferred biologic. Coverage requires a trial of at least 12 weeks of a preferred adalimumab biosimilar
(such as adalimumab-adaz or adalimumab-aaty) and of Skyrizi, unless these drugs cannot be used for medical reasons.
The records show you took methotrexate for 8 weeks and used phototherapy, but there is no record of a trial of
either preferred biologic. Cosentyx can be reconsidered after these drugs have been tried or if your prescriber
sends a step therapy exception request explaining why they are not appropriate for you.

You may appeal this decision within 180 days of the date of this letter. Send your appeal to Juniper Ridge Health,
Pharmacy Appeals, P.O. Box 40118, Boise, ID 83711, or fax 1-208-555-0172.

If you or your prescriber believe that waiting for a standard decision could seriously harm your health, you may
request an expedited appeal and we will respond within 72 hours. Standard appeals are decided within 15 days for
prescription drugs.

Sincerely,
Juniper Ridge Health Pharmacy Services, 1-800-555-0126
""",
    document_type="denial", category="step_therapy",
    deadline="2025-07-05", window_days=180, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "PCP-IMM-021")],
    notes="Fail-first biologics. Pharmacy clinical policy -> payer_policy. Traps: 12 weeks, 8 weeks, 15-day standard, "
          "dosing weeks 0-4.",
)

# ---------------------------------------------------------------- 38 missing records, pre-service
add(
    name="s7_missing_records_preservice",
    text="""COPPERLINE HEALTH PLAN
Utilization Management

Date of Determination: 02/18/2025
Member: Eliseo T. Vanterpool-Marsh       Member ID: CLH 5503 8812 00
Reference #: UM-250210-40071
Requesting provider: Desert Spine Institute, Priyanka Strand-Oyelaran, MD (NPI 1811024473)
Service requested: Lumbar interbody fusion L4-L5 (22633), inpatient, 2 days
Diagnosis: M43.16, M48.062

ADVERSE DETERMINATION - INFORMATION NOT RECEIVED

We could not approve this request because we did not receive the clinical information needed to review it. On
02/11/2025 we faxed your surgeon a request for the following, due within 5 business days:
  - MRI or CT report of the lumbar spine dated within the last 6 months
  - Documentation of at least 3 months of physical therapy or other conservative treatment
  - Current smoking status, with a nicotine test if applicable
  - Standing flexion-extension x-ray report

None of these items was received by 02/18/2025. Without them we cannot determine whether the surgery meets our
coverage criteria. If the surgeon sends the records, a new request can be reviewed, or you may appeal.

Appeal: You have the right to appeal. Please send your appeal within 60 days of receiving this letter to Copperline
Health Plan, Appeals, P.O. Box 9031, Tucson, AZ 85702, or call 1-866-555-0147.

Expedited appeal: If your surgeon tells us that waiting for a standard appeal could seriously jeopardize your life,
health, or ability to regain maximum function, we will process an expedited appeal and decide within 72 hours.
Standard pre-service appeals are decided within 30 days.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-04-19", window_days=60, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[],
    notes="'Date of Determination' label. Missing records. Traps: RFI 5 business days, 6 months, 3 months PT, 2-day stay.",
)

# ---------------------------------------------------------------- 39 approval with boilerplate rights
add(
    name="s7_approval_full_boilerplate",
    text="""STONEBRIDGE HEALTH ALLIANCE
Authorization Approval Notice

Notice date: March 19, 2025
Member: Hortensia V. Albescu-Taggart     Member ID: SHA 7701 0483 11
Authorization #: AUTH-250314-88021
Provider: Keystone Joint Replacement Center, Declan Orimoto, MD
Facility: Lehigh Valley Orthopedic Hospital
Diagnosis: M17.12

Service                                              Code    Requested     Approved      Status
Total knee arthroplasty, left                        27447   1             1             APPROVED
Inpatient stay, surgical                             --      2 days        2 days        APPROVED
Post-op physical therapy, home health                G0151   6 visits      6 visits      APPROVED

Authorization valid: 04/02/2025 through 07/01/2025 (90 days). If surgery is rescheduled outside these dates,
please ask your provider to request an update.

This approval is based on your eligibility and benefits on the date of this notice. Payment is subject to your
coverage being in effect on the date of service and to your plan's deductible ($1,750.00), coinsurance (20%) and
out-of-pocket limits.

--------------------------------------------------------------------------------------------------------------
Member rights (included with all authorization notices): If any part of a request is denied, you have the right to
appeal within 180 days of receiving the notice. Expedited appeals for urgent situations are decided within 72
hours. You may request external review after our final decision.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Everything approved as requested. Boilerplate rights (180 days, 72 hours) apply to denials only -> "
          "deadline None, expedited None. Traps: 90-day validity, deductible/coinsurance numbers.",
)

# ---------------------------------------------------------------- 40 Pennsylvania Medicaid BH-MCO, LOCUS, concurrent
add(
    name="s7_pa_medicaid_locus_concurrent",
    text="""KEYSTONE RIDGE BEHAVIORAL HEALTH
A HealthChoices Behavioral Health Managed Care Organization (Pennsylvania Medical Assistance)
DENIAL NOTICE

Mail Date: April 28, 2025
Member: Jedediah P. Oyinlola-Marchand     MA ID: 4408812937      Member #: KRBH-0091733
Provider: Allegheny Crossroads Residential Treatment Facility
Service: Continued stay, adult mental health residential treatment (LOCUS Level 5), 30 additional days
Diagnosis: F25.0
Current authorization ends: May 2, 2025

What did we decide?
We denied continued residential treatment after May 2, 2025. Your current authorization will end on May 2, 2025.

Why did we decide this?
We used the Level of Care Utilization System (LOCUS), Version 20, to review your care. Your composite score is now
17, which matches Level 4 (Medically Monitored Non-Residential Services). Your records show no self-harm
behavior for 21 days, you take your medicines on your own, and you are working with your treatment team on
discharge. Residential care (Level 5) is no longer medically necessary. We offer to authorize a partial
hospitalization or intensive outpatient program instead. A psychiatrist, Oluwadamilare Fenwick, MD, made this
decision.
""" + FF + """What can you do if you do not agree?
You may file a complaint or grievance with Keystone Ridge. You have 60 days from the date you receive this notice
to file a grievance. Call 1-877-555-0136 (TTY 711) or write to Keystone Ridge Behavioral Health, Complaints and
Grievances, 600 Grant Street, Pittsburgh, PA 15219.

If your doctor or psychologist tells us that waiting for a standard decision could harm your health, we will
decide an expedited grievance within 72 hours. A standard grievance is decided within 30 days.

Will my services continue?
If you file your grievance, or ask for a Fair Hearing, within 10 days of the mail date of this notice, your
residential services will continue until a decision is made.

Fair Hearing
After you receive our grievance decision, you may ask for a Fair Hearing with the Department of Human Services,
Bureau of Hearings and Appeals. You must ask within 120 days from the mail date of the grievance decision notice.
You may also ask for an external review within 4 months.

Need help? Contact the Pennsylvania Health Law Project at 1-800-555-0176.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-06-27", window_days=60, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("LOCUS", "Version 20")],
    notes="'Mail Date' label; concurrent BH residential. PA calls the plan appeal a grievance. 60 days of receipt -> "
          "mail date + 60. Traps: 10-day continuation, 120-day fair hearing, 4 months external, LOCUS score 17, 21 days.",
)
