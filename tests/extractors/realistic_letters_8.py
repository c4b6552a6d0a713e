"""An eighth set of 40 letters, written by someone who never saw the patterns (held-out wording),
on less-common benefit lines and document kinds: dental EOBs (frequency limits, least-costly alternate
benefit, waiting periods), vision and hearing-aid allowances, PBM criteria / quantity-limit / step-therapy
/ non-formulary notices, specialty-pharmacy reimbursement, DME (CPAP adherence, oxygen CMN with a stated
receipt presumption), home health (homebound), hospice level of care, post-acute (LTACH, SNF), NICU
concurrent review, site-of-care infusion, genetic testing, sleep studies, exclusions, short-term plans,
student health, CHIP / state Medicaid and MA SNP letters, approvals, and letters that decide nothing
(a refusal to expedite, an overpayment / refund request, a coordination-of-benefits questionnaire, a
records request).

Each entry: name, text (pages separated by form feed), expected labels, notes. One label was corrected
per the contract (it says so, "LABEL FIXED", in its notes).
All names, payers, people, numbers are fictional. Deadlines follow the contract README
(../shared/contract/README.md): letter_date + N for receipt-based windows unless a presumption is
stated; business days skip Sat/Sun; months are calendar months with window_days None.
"""

FF = "\f"

LETTERS = []


def add(**kw):
    LETTERS.append(kw)


# ------------------------------------------------------------------ 01 dental frequency, partial
add(
    name="s8_dental_prophy_bitewing_frequency_partial",
    text="""SUMMIT ARCH DENTAL BENEFITS
P.O. Box 7712 | Boise, ID 83707 | Customer Service 1-888-555-0142

EXPLANATION OF BENEFITS                        THIS IS NOT A BILL

Statement Date ....... 04/07/2025
Subscriber ........... Marguerite L. Okonkwo
Patient .............. Dario Okonkwo (dependent child)
Subscriber ID ........ SAD-60417739
Group ................ 22810 - Treasure Valley Tool & Die
Claim No. ............ 25-097-004412
Dentist .............. Pinecrest Family Dentistry, Lena Varga, DDS (NPI 1962847310)
Date of Service ...... 03/24/2025

Line  CDT    Tooth  Description                      Submitted  Allowed  Plan Paid  Patient  Note
1     D0120  --     Periodic oral evaluation          $62.00    $48.00    $48.00     $0.00
2     D1120  --     Prophylaxis - child               $88.00    $0.00     $0.00     $88.00   F12
3     D0272  --     Bitewings - two radiographic      $54.00    $0.00     $0.00     $54.00   F36
                    images
4     D1206  --     Topical fluoride varnish          $41.00    $30.00    $30.00     $0.00
      TOTALS                                         $245.00    $78.00    $78.00   $142.00

NOTE CODES
F12 - Frequency limitation. Your plan covers prophylaxis (cleaning) 2 times in a 12-month period. Our records show prophylaxis was paid on 04/02/2024 and 10/01/2024 by another office, so this third cleaning within 12 months is not a covered benefit.
F36 - Frequency limitation. Bitewing radiographs are covered once per 12 months for members under age 19. Bitewings (D0274) were paid on 10/01/2024.

These limitations are described in your Dental Benefit Certificate, Section 4.B, Limitations and Frequencies.
""" + FF + """IF YOU DISAGREE WITH THIS DECISION

You, or your dentist on your behalf, may ask us to review this claim. Write to us within 180 days from the date of this Explanation of Benefits and tell us why you think the claim should be paid. Include a copy of this statement and any records you want us to consider. Mail requests to Summit Arch Dental Benefits, Attn: Claim Review, P.O. Box 7714, Boise, ID 83707.

We will respond within 30 days after we receive your request. Claims must be submitted within 12 months of the date of service; this claim was received on time.

If you are not satisfied with the result of the review, you may have the right to request an external review through the Idaho Department of Insurance.

Language assistance: ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al 1-888-555-0142 (TTY: 711).
""",
    document_type="partial_denial", category="benefit_limit",
    deadline="2025-10-04", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 4.B")],
    notes="EOB statement date is the base. Two lines paid, two denied on frequency -> partial. Post-service -> expedited False. Traps: 30-day response, 12-month timely filing, 2 times/12 months.",
)

# ------------------------------------------------------------------ 02 dental predetermination, missing x-rays
add(
    name="s8_dental_crown_predet_missing_radiographs",
    text="""Bluestem Dental Plan of Nebraska
Professional Relations | 4400 O Street, Lincoln, NE 68510

May 2, 2025

Harlan Quist, DMD
Quist Dental Arts
118 W. 3rd Street
Grand Island, NE 68801

RE: Pre-Treatment Estimate - Benefits Not Determined
    Patient: Rosalind Ebbesen        Member ID: BDN 30049-1128
    Predetermination #: PD-2505-018834
    Tooth #19   CDT D2740 Crown - porcelain/ceramic substrate
    Tooth #19   CDT D2950 Core buildup, including any pins when required

Dear Dr. Quist:

We are unable to provide an estimate of benefits for the procedures listed above. Our dental consultant could not evaluate the need for a crown because the following were not submitted with the request:
  - a current pre-operative periapical radiograph of tooth #19 (dated within the last 12 months)
  - a narrative describing the extent of decay or fracture

Without these items, the request is denied. Please note that a denial for missing information is not a finding about whether the treatment is appropriate. You may send the items as a new pre-treatment request at any time.

Review rights. The patient or the dentist may request a review of this determination within 180 days of receipt of this notice. Send the request with the missing items to the address above, Attn: Dental Review. A review will be completed within 15 days for pre-treatment requests.

cc: Rosalind Ebbesen

Bluestem Dental Plan of Nebraska complies with applicable federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability or sex.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-10-29", window_days=180, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Provider-addressed predetermination; both codes denied. Receipt-based 180 -> letter+180. Traps: radiograph dated within 12 months, 15-day review time. Expedited silent -> None.",
)

# ------------------------------------------------------------------ 03 dental alternate benefit, partial
add(
    name="s8_dental_posterior_composite_alternate_benefit",
    text="""COASTLINE MUTUAL DENTAL
Claims Statement

Date of statement: January 15, 2025
Member: Tobias Reinholt              ID: CMD-771-0042-9
Patient: Tobias Reinholt (self)
Provider: Harborview Dental Group
Claim #: 2501-3381-77

Service date   Code    Tooth/Surf   Description                         Charge   Benefit
12/19/2024     D2392   #30 MO       Resin-based composite, 2 surf,       $240.00   $102.40
                                    posterior (alternate benefit D2150)
12/19/2024     D2391   #29 O        Resin-based composite, 1 surf,       $185.00    $81.60
                                    posterior (alternate benefit D2140)
12/19/2024     D0220   --           Periapical, first image               $35.00    $28.00

Why your benefit was reduced:
Your plan includes an Alternate Benefit provision. When more than one professionally acceptable treatment is available, the plan pays benefits based on the least costly alternative. For posterior teeth, benefits for composite (tooth-colored) fillings are paid as the corresponding amalgam (silver) filling. The difference between the composite fee and the amalgam benefit is your responsibility. This provision appears in your Group Dental Contract, Article IX, Section 9.6 (Alternate Benefits).

The periapical image was paid at the plan's normal benefit level.

Questions or review
If you think we made an error, you or your dentist may ask for a review. We must receive your written request within 12 months of the date of this statement. Please include the x-rays and any chart notes you would like us to consider. A review decision is usually made within 30 days.

Coastline Mutual Dental, 2200 Pacific Coast Hwy, Suite 400, Long Beach, CA 90806 - 1-877-555-0119
""",
    document_type="partial_denial", category="not_covered",
    deadline="2026-01-15", window_days=None, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Article IX, Section 9.6")],
    notes="Least-costly-alternative: composites paid at amalgam rate, remainder member's. Labeled partial_denial/not_covered (could be argued benefit_limit). 12 calendar months -> window_days None. Post-service -> False.",
)

# ------------------------------------------------------------------ 04 dental implant waiting period
add(
    name="s8_dental_implant_waiting_period",
    text="""GRANITE STATE DENTAL SERVICE
Member Correspondence

Date: June 10, 2025

Nadia Farouk
27 Birch Hollow Road
Concord, NH 03301

Member ID: GSD-5520913
Claim number: 25-0528-66120
Patient: Nadia Farouk
Date(s) of service: 05/19/2025
Treating dentist: Owen Thibodeau, DDS

Dear Ms. Farouk:

We have processed the claim for the services listed below:
   D6010 Surgical placement of implant body: endosteal implant - tooth #14
   D6057 Custom fabricated abutment - includes placement - tooth #14

Benefits are not payable for these services. Your coverage under the group plan began on October 1, 2024. Your plan has a 12-month waiting period for Major Services (Class III), which include implants, crowns, and bridges. The waiting period for Major Services will be satisfied on October 1, 2025. Because these services were performed before the waiting period ended, they are not covered. Please see your Schedule of Benefits, Waiting Periods.

If you had prior dental coverage with no more than a 63-day break, the waiting period may be waived. If that applies to you, send us a certificate of prior coverage.

Your right to appeal
You may appeal this decision. Your written appeal must be sent within 60 days after you receive this notice. We will review it and send you our decision within 30 days. Send appeals to: Granite State Dental Service, Appeals, 1 Pillsbury Street, Concord, NH 03301, or fax 603-555-0188.

Sincerely,
Member Services
""",
    document_type="denial", category="eligibility",
    deadline="2025-08-09", window_days=60, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="Waiting period not met on date of service: labeled eligibility (arguably benefit_limit/not_covered). Receipt 60 -> letter+60. Traps: 12-month waiting period, 63-day break, 30-day decision, Oct 1 dates. Post-service -> False.",
)

# ------------------------------------------------------------------ 05 vision contacts, undated letter
add(
    name="s8_vision_contacts_allowance_undated",
    text="""ClearPath Vision Plan
Member Claim Notice

Member: Juniper Alcott
Member ID: CPV 0081-4472-11
Claim Number: V25-051-22907
Provider: Eastside Eyecare (out-of-network reimbursement)
Date of Service: February 20, 2025

Services billed:
  V2520-RT  Contact lens, hydrophilic, spherical, per lens   $105.00   Not paid
  V2520-LT  Contact lens, hydrophilic, spherical, per lens   $105.00   Not paid

Explanation:
Your ClearPath benefit covers EITHER eyeglass lenses OR contact lenses once every 12 months, not both. Our records show you received eyeglass lenses (V2100) on 09/14/2024, so your materials allowance for this 12-month benefit period has been used. See your Vision Benefit Summary.

Your next materials allowance will be available on 09/14/2025.

If you disagree, you may file an appeal within 180 days of the date of this notice. Send your request and any supporting information to ClearPath Vision Plan, Appeals Unit, P.O. Box 30981, Tampa, FL 33630, or call 1-866-555-0171.
""",
    document_type="denial", category="benefit_limit",
    deadline=None, window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", None)],
    notes="Both lens lines denied (materials allowance used). Notice carries no date, only the service date, so the letter-date window cannot be computed -> deadline None (needs_review). Traps: 09/14 dates, 12 months. Post-service -> False.",
)

# ------------------------------------------------------------------ 06 hearing aids, partial, absolute date
add(
    name="s8_hearing_aids_binaural_benefit_max_partial",
    text="""NORTHERN LIGHTS HEALTH COOPERATIVE
Hearing Benefit Determination

Notice date: March 28, 2025

To:        Ellsworth Kaminski          Member No.: NLH-4410278-02
Provider:  Soundwise Audiology, PLLC   NPI 1518063924
Claim:     HB-25-03-11764              Dates of service: 03/03/2025

Item                                   HCPCS    Billed      Allowed    Determination
Hearing aid, digital, BTE, right ear   V5257    $2,450.00   $1,500.00  Paid to benefit maximum
Hearing aid, digital, BTE, left ear    V5257    $2,450.00   $0.00      Denied
Dispensing fee, binaural               V5160    $300.00     $0.00      Denied

Reason: Your Hearing Aid Rider, Section 2(b), pays up to $1,500 per hearing aid, limited to one hearing aid per ear every 36 months. Our records show a left-ear hearing aid was covered on 06/12/2023, so the left-ear device and the binaural dispensing fee exceed your benefit for the current 36-month period. The right-ear device was covered up to the $1,500 maximum; amounts above the maximum are your responsibility.

Audiogram (92557) received 02/10/2025 was processed under your medical benefit.

---------------------------------------------------------------------------
HOW TO ASK FOR A REVIEW
If you disagree, send a written request for review. Your request must be received by us no later than September 24, 2025. Mail: Northern Lights Health Cooperative, Grievances & Appeals, 300 Superior Street, Duluth, MN 55802. Phone 1-800-555-0136 (TTY 711).

You may also contact the Minnesota Department of Commerce at any time. External review is available after our appeal decision if the issue involves medical judgment.
""",
    document_type="partial_denial", category="benefit_limit",
    deadline="2025-09-24", window_days=None, counted_from="absolute",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 2(b)")],
    notes="Right aid paid to max, left aid + dispensing fee denied -> partial. Absolute printed date. Traps: 36 months, $1,500, 06/12/2023, audiogram date. Post-service -> False.",
)

# ------------------------------------------------------------------ 07 PBM GLP-1 criteria not met
add(
    name="s8_pbm_semaglutide_pa_criteria_not_met",
    text="""MERIDIAN RX SOLUTIONS
Pharmacy Benefit Manager for Lakeview Health Alliance

February 11, 2025

Priya Castellanos
1842 Orchard Lane
Fort Wayne, IN 46805

Cardholder ID: LHA7730218
Case Reference: MRX-PA-2502-550193
Medication: Ozempic (semaglutide) 2 mg/3 mL pen - inject 0.5 mg weekly
Prescriber: Dr. Winston Abara
Diagnosis submitted: R73.03 Prediabetes; E66.9 Obesity, unspecified

Dear Priya Castellanos:

Your prescriber asked us to cover the medication above. We reviewed the request using Lakeview Health Alliance's clinical criteria for GLP-1 receptor agonists (Criteria CC-GLP1-114, effective 01/01/2025). Your request was denied.

Why your request was denied: The plan covers Ozempic when you have a diagnosis of type 2 diabetes mellitus. The information we received shows a diagnosis of prediabetes with a hemoglobin A1c of 6.1%. Your plan does not cover Ozempic for prediabetes or for weight loss alone.

Covered options your prescriber may consider: metformin (generic). Your plan's weight-management drug benefit is not part of your coverage.

What you can do if you disagree
You have the right to appeal. You must file your appeal within 180 days from the date you receive this letter. You or your prescriber can call 1-877-555-0163, fax 1-877-555-0164, or write to Meridian Rx Solutions, Clinical Appeals, P.O. Box 55120, Indianapolis, IN 46255.
""" + FF + """Standard and urgent appeals
We will decide a standard appeal within 30 days. If your prescriber tells us that waiting for a standard decision could seriously jeopardize your life, health, or ability to regain maximum function, ask for an urgent (expedited) appeal. We will decide an urgent appeal within 72 hours of receiving it.

If we deny your appeal you may ask for an independent external review. You generally must ask for external review within 4 months of getting our final appeal decision.

This letter was sent to you and to your prescriber. Please keep it for your records.

Meridian Rx Solutions
Clinical Pharmacy Services
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-08-10", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "CC-GLP1-114")],
    notes="PA criteria not met (diagnosis requirement). Could be read as not_covered (weight loss) but main reason is criteria not met. Traps: A1c 6.1%, 30-day standard, 4-month external review.",
)

# ------------------------------------------------------------------ 08 Part D quantity limit, partial
add(
    name="s8_partd_sumatriptan_quantity_limit_partial",
    text="""Evergreen Senior Rx (PDP)
NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

Date: July 1, 2025

Enrollee's name: Cornelius Fairweather
Enrollee's member ID number: ESR-99481302
Drug: sumatriptan 100 mg tablets
Quantity requested: 18 tablets per 30 days
Prescriber: Adaeze Olumide, MD

We have partly approved your request for coverage of the drug listed above.

APPROVED: sumatriptan 100 mg tablets, 9 tablets per 30 days, from 07/01/2025 through 12/31/2025.
DENIED: the quantity above 9 tablets per 30 days.

Why we denied part of your request: Your plan has a quantity limit on this drug of 9 tablets every 30 days (see the plan's 2025 Formulary, Quantity Limit "QL"). Your doctor did not give us information showing that the extra amount is medically necessary for you, or that a lower quantity has not worked.

You have the right to ask us for a redetermination (appeal) of our decision. You must request a redetermination within 65 days from the date of this notice. We can give you more time if you have a good reason for missing the deadline.
""" + FF + """There are two kinds of redeterminations:
Standard redetermination - You can ask for a standard redetermination by writing to us. We will give you a decision within 7 days after we get your request.
Fast (expedited) redetermination - If you or your doctor believe that waiting 7 days could seriously harm your health, you can ask for a fast redetermination. We will give you a decision no later than 72 hours after we get your request. If your doctor tells us that waiting could seriously harm your health, we will automatically give you a fast decision.

Mail: Evergreen Senior Rx, Part D Appeals, P.O. Box 4420, Olympia, WA 98504. Fax: 1-866-555-0158. Phone: 1-866-555-0157, 8 a.m. to 8 p.m., 7 days a week. TTY 711.

If we deny your redetermination, your case can be reviewed by an Independent Review Entity.
""",
    document_type="partial_denial", category="benefit_limit",
    deadline="2025-09-04", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None)],
    notes="Quantity limit: 9 approved, excess denied -> partial. 65 days from notice date. Traps: 7-day standard, 18/9 tablets, coverage end 12/31/2025.",
)

# ------------------------------------------------------------------ 09 state employee plan, non-formulary
add(
    name="s8_state_employee_nonformulary_exclusion",
    text="""COMMONWEALTH EMPLOYEES' BENEFIT TRUST
Prescription Drug Program - administered by Keystone Arc PBM

RE:  Formulary Exception Request - DENIED
     Participant: Gideon Marlowe      Participant ID: CEBT-3019-4476
     Drug requested: Nexium (esomeprazole magnesium) 40 mg capsules, brand
     Request ID: FE-250905-2291
     Prescriber: Sunita Raghavan, MD

September 5, 2025

Dear Mr. Marlowe:

We reviewed your prescriber's request for a formulary exception for the drug listed above.

Determination: Denied.

Reason: Brand Nexium is listed as an excluded drug on the Commonwealth Employees' Benefit Trust 2025 Preferred Drug List. Excluded drugs are not covered under the Prescription Drug Program, and the request did not show that the covered alternatives are inappropriate for you. Covered alternatives include omeprazole, pantoprazole, esomeprazole (generic) and lansoprazole.

If you wish to appeal, your appeal must be submitted no later than 180 calendar days after the date you receive this letter. Send it to: Keystone Arc PBM, Member Appeals, 50 N. Front Street, Harrisburg, PA 17101, or fax 1-888-555-0127.

A decision on your appeal will be sent within 15 days for a drug you have not yet received. After the Trust's appeal process is complete, you may request an external review.

Sincerely,

Clinical Review Pharmacist
Keystone Arc PBM, on behalf of the Commonwealth Employees' Benefit Trust
""",
    document_type="denial", category="not_covered",
    deadline="2026-03-04", window_days=180, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("formulary", None)],
    notes="Non-formulary (excluded) drug -> not_covered; formulary named without id. Receipt 180. Traps: 15-day decision, 40 mg, date placed under RE block. Expedited silent -> None.",
)

# ------------------------------------------------------------------ 10 TennCare step therapy
add(
    name="s8_tenncare_stimulant_step_therapy",
    text="""CUMBERLAND RIDGE HEALTH PLAN
A TennCare Health Plan

Date of this notice: May 19, 2025

Child's name: Elijah Dunmore           TennCare ID: 7710042389
Parent/guardian: Keisha Dunmore
Medicine asked for: Vyvanse (lisdexamfetamine) 30 mg capsules
Prescriber: Bethany Lowell, NP

We are writing to tell you that TennCare will not pay for the medicine listed above.

Why: The TennCare Preferred Drug List (PDL) Step Therapy Criteria for stimulants say a child must try at least one preferred medicine first, such as methylphenidate ER or amphetamine salts ER, for at least 30 days. The pharmacy records do not show that Elijah tried a preferred medicine. Vyvanse is a non-preferred medicine. When your provider sends proof that a preferred medicine was tried and did not work or caused side effects, the plan can review the request again.

What if you think we made a mistake?
You can appeal. You have 60 days from the day you get this letter to ask for an appeal. Call Cumberland Ridge Member Services at 1-888-555-0149 or write to TennCare Appeals, P.O. Box 9100, Nashville, TN 37202.

If you are getting a medicine now and we are stopping it, you may be able to keep getting it during your appeal if you ask within 10 days. That does not apply to a new medicine like this one.

Do you need a fast appeal? If waiting 30 days could harm your child's health, ask for a fast (expedited) appeal. Your doctor must agree. We will decide a fast appeal within 72 hours.

If the appeal decision is not in your favor, you can ask for a fair hearing with TennCare.

Free language help: 1-888-555-0149.
""",
    document_type="denial", category="step_therapy",
    deadline="2025-07-18", window_days=60, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("formulary", None)],
    notes="Step therapy via PDL criteria (named, no id). 60 days from receipt -> letter+60. Traps: continuation 10 days, 30-day trial, 30 days standard.",
)

# ------------------------------------------------------------------ 11 specialty pharmacy network
add(
    name="s8_specialty_pharmacy_exclusive_network_reimbursement",
    text="""Pinnacle Benefit Administrators - Pharmacy Services
Direct Member Reimbursement Decision

Letter date: 08/14/2025
Member: Anselm Voight           Member ID: PBA-220-91847
Plan: Tri-County School Employees Health Plan
Claim no.: DMR-2508-00417
Drug: Enbrel (etanercept) 50 mg/mL SureClick, 4 autoinjectors
Dispensing pharmacy: Lakeside Community Pharmacy (retail)
Fill date: 07/08/2025

Your request for reimbursement of $6,912.40 for the drug above has been denied.

Your plan requires that specialty medications be dispensed by the plan's exclusive specialty pharmacy, CareStream Specialty Pharmacy. Lakeside Community Pharmacy is not a participating specialty pharmacy. Under the plan's Specialty Pharmacy Program (Summary Plan Description, Section 7.4), specialty drugs filled at a non-participating pharmacy are not covered, except for a one-time 30-day emergency supply. Your one-time emergency fill was used on 05/02/2025.

To continue coverage, please call CareStream Specialty Pharmacy at 1-855-555-0132 to transfer your prescription. Your prior authorization for Enbrel remains approved through 03/31/2026.

Appeal rights
You may appeal this decision within 180 days of the date of this letter. Mail your appeal to Pinnacle Benefit Administrators, Appeals, P.O. Box 16620, Columbus, OH 43216. A decision will be made within 60 days of receipt of your post-service appeal. You may have the right to file suit under ERISA Section 502(a) after the appeal process.
""",
    document_type="denial", category="out_of_network",
    deadline="2026-02-10", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 7.4")],
    notes="Non-participating specialty pharmacy -> out_of_network. Post-service reimbursement -> False. Traps: 30-day emergency supply, PA through 03/31/2026, 60-day decision, ERISA for rights only.",
)

# ------------------------------------------------------------------ 12 MA CPAP compliance
add(
    name="s8_ma_cpap_continued_rental_noncompliance",
    text="""SAGEBRUSH ADVANTAGE PLAN (PPO)
Notice of Denial of Medical Coverage (or Payment)

Date: April 22, 2025                     Member ID: SGA-H4471-88213
Name: Wendell Oyelaran                   Reference #: DME-0422-30915

Supplier: RestWell Home Medical, NPI 1285730641
Item: E0601 Continuous positive airway pressure (CPAP) device - continued rental, months 4-13
Diagnosis: G47.33 Obstructive sleep apnea (adult) (pediatric)

We have DENIED the item listed above requested by your supplier.

Why did we deny your request?
Coverage of a CPAP device after the first 3 months requires that you use the device for 4 hours or more per night on at least 70% of nights during a consecutive 30-day period in the first 3 months, and that your doctor see you between the 31st and 91st day of therapy and document that your symptoms have improved. The usage download from your device shows use of 4 hours or more on 52% of nights, and we did not receive notes from a follow-up visit. This decision follows Medicare Local Coverage Determination (LCD) L33718, Positive Airway Pressure (PAP) Devices for the Treatment of Obstructive Sleep Apnea.

If you fail the 12-week trial, Medicare rules allow a new trial after a face-to-face re-evaluation and, if needed, a repeat sleep test in a facility.

This decision was made by Ilse Brandvold, MD, a physician reviewer.
""" + FF + """You have the right to appeal our decision
You have the right to ask Sagebrush Advantage Plan to review our decision by asking us for an appeal. Ask for an appeal within 65 calendar days from the date of this notice. We can give you more time if you have a good reason for missing the deadline.

Standard Appeal - We will give you a written decision within 30 calendar days after we get your appeal.
Fast Appeal - We will give you a decision on a fast appeal within 72 hours after we get your appeal. You can ask for a fast appeal if you or your doctor believe your health could be seriously harmed by waiting up to 30 days.

How to ask for an appeal: call 1-800-555-0113 (TTY 711) or write to Sagebrush Advantage Plan, Appeals & Grievances, P.O. Box 2290, Boise, ID 83701.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-06-26", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("LCD", "L33718")],
    notes="CPAP adherence not met. Traps: 4 hours, 70%, 30 consecutive days, 31st-91st day, 12-week trial, months 4-13, 30-day standard.",
)

# ------------------------------------------------------------------ 13 Indiana Medicaid power wheelchair, missing docs
add(
    name="s8_indiana_medicaid_power_wheelchair_missing_docs",
    text="""WABASH VALLEY HEALTH
Hoosier Healthwise | Healthy Indiana Plan | Hoosier Care Connect

NOTICE OF ADVERSE BENEFIT DETERMINATION

Date on this notice: October 3, 2025
Member: Rosario Tiernan                 RID: 100448271930
Prior Authorization #: PA-25-1003-7714
Requested by: Mobility Partners of Indiana (DME supplier)
Ordering practitioner: Hugh Castellano, DO
Item requested: K0823 Power wheelchair, group 2 standard, captain's chair, patient weight up to 300 lbs
                 E2369 Drive wheel gear box (x2)
Diagnosis: G35 Multiple sclerosis; R26.2 Difficulty in walking

What we decided: We denied this request.

Why: We did not get enough information to decide whether the power wheelchair is medically necessary. Under 405 IAC 5-19, a request for a power mobility device must include:
  1. Notes from a face-to-face mobility examination by the ordering practitioner within the last 6 months;
  2. A signed and dated written order listing the power wheelchair base and each accessory; and
  3. A home assessment showing the wheelchair can be used in your home.
The request included only the supplier's quote. Items 1 through 3 were missing.

Your provider may send a new request with these records at any time.
""" + FF + """YOUR APPEAL RIGHTS
You or your authorized representative may appeal this decision. You must file your appeal within 60 calendar days from the date on this notice. Call 1-877-555-0105 or write to Wabash Valley Health, Appeals Department, P.O. Box 33980, Indianapolis, IN 46203. We will send you a decision within 30 calendar days.

Expedited appeal: If you or your doctor think waiting 30 days could seriously hurt your health, ask for an expedited appeal. We will decide it as fast as your health needs, and no later than 48 hours after we get it.

State fair hearing: After you get our appeal decision, you can ask for a State Fair Hearing with the Indiana Family and Social Services Administration within 120 calendar days of the date of the appeal decision.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-12-02", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=48,
    guidelines=[("regulation", "405 IAC 5-19")],
    notes="Missing face-to-face, order, home assessment -> insufficient_information; state rule cited as the basis. Traps: 6 months, 300 lbs, 30 days, fair hearing 120 days after appeal decision.",
)

# ------------------------------------------------------------------ 14 DME contractor oxygen CMN, provider, 5-day presumption
add(
    name="s8_dme_oxygen_claim_missing_cmn_presumed_receipt",
    text="""HEARTLAND DURABLE MEDICAL EQUIPMENT CLAIMS CONTRACTOR
Supplier Claim Determination Letter

Notice Date: March 10, 2025

Supplier: Prairie Breath Respiratory Supply, LLC
NPI: 1740392618            PTAN: PB44192
Beneficiary: Lucille Vandermeer       MBI: 4XT7-QR9-MW21
ICN: 2225069004417
Date of service: 01/15/2025

Line  HCPCS          Units  Billed     Paid    Group/CARC  RARC
1     E1390 RR       1      $231.00    $0.00   CO-16       M60
2     E0431 RR       1      $32.50     $0.00   CO-16       M60

Explanation: CO-16 - Claim/service lacks information or has submission/billing error(s) which is needed for adjudication. M60 - Missing Certificate of Medical Necessity. An initial Certificate of Medical Necessity for oxygen (CMS-484) or a qualifying DME Information Form was not on file for the date of service. Oxygen equipment and contents are covered only when the coverage criteria in LCD L33797 (Oxygen and Oxygen Equipment) are met and a valid CMN is on file.

Beneficiary liability: The beneficiary may not be billed for these services.

Redetermination: If you disagree, you may request a redetermination. A redetermination request must be filed within 120 days from the date of receipt of this notice. This notice is presumed to have been received 5 days after the notice date unless there is evidence to the contrary. Claims that can be corrected by submitting the CMN may instead be reopened; a reopening is not an appeal.
""" + FF + """Submit redetermination requests to: Heartland DME Claims Contractor, Redeterminations, P.O. Box 7000, Fargo, ND 58106. Include a copy of this notice, the beneficiary's MBI, and the completed CMS-484.

Timely filing: claims must be filed within one calendar year of the date of service.

Customer service for suppliers: 1-866-555-0129, Monday - Friday, 8 a.m. - 6 p.m. Central.
""",
    document_type="denial", category="insufficient_information",
    deadline="2025-07-13", window_days=120, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("LCD", "L33797")],
    notes="Letter states a 5-day receipt presumption -> letter+5+120. Provider-addressed; CARC CO-16 with RARC M60. Post-service -> False. Traps: 1-year timely filing, reopening vs appeal.",
)

# ------------------------------------------------------------------ 15 D-SNP home health homebound
add(
    name="s8_dsnp_home_health_homebound_not_met",
    text="""LANTERN BAY DUAL COMPLETE (HMO D-SNP)
A Medicare Advantage Dual Eligible Special Needs Plan

NOTICE OF DENIAL OF MEDICAL COVERAGE

Date: November 12, 2025
Member: Ophelia Strand                 Member ID: LBD-2208-41177
Medicaid ID: 220041177-01
Case #: HH-1125-66018
Requested by: Harbor Light Home Health Agency
Service: Home health skilled nursing and physical therapy, 1 visit per week for 9 weeks (G0299, G0151)
Diagnosis: M17.11 Unilateral primary osteoarthritis, right knee

We have denied the services listed above.

Why did we deny your request?
Medicare covers home health services only if you are confined to your home (homebound). The records show that you drive yourself to the grocery store and to a water aerobics class three times a week, and that you walk without an assistive device. Leaving home does not require a considerable and taxing effort for you. Because you are not homebound, you do not meet the Medicare rules for home health care in 42 CFR 409.42(a). You may get outpatient physical therapy, which your plan covers.

Your Medicaid benefits: Because you also have Medicaid, some services Medicare does not cover may be covered by Medicaid. Call the number below for help.
""" + FF + """You have the right to appeal our decision
Ask for an appeal within 65 days of the date on this notice. If you miss the deadline and have a good reason, we may give you more time.

Standard appeal: decision within 30 calendar days.
Fast appeal: decision within 72 hours. You can ask for a fast appeal if you or your doctor believe your health could be seriously harmed by waiting up to 30 days. If a doctor supports your request, we will give you a fast appeal.

If we say no to your appeal, we will send your case to an Independent Review Entity automatically. You may also be able to ask for a Medicaid State Fair Hearing for Medicaid-covered services.

Call Lantern Bay Member Services: 1-844-555-0166, 8 a.m. - 8 p.m., TTY 711.
""",
    document_type="denial", category="medical_necessity",
    deadline="2026-01-16", window_days=65, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("regulation", "42 CFR 409.42(a)")],
    notes="Homebound (coverage criterion) not met -> labeled medical_necessity (could be read as not_covered). Traps: 9 weeks, 3 times a week, 30-day standard, Medicaid hearing.",
)

# ------------------------------------------------------------------ 16 hospice GIP partial
add(
    name="s8_hospice_general_inpatient_level_partial",
    text="""Ridgeway Health Insurance Company
Utilization Management - Post-Acute and Hospice

June 27, 2025

Member: Bartholomew Achterberg      ID: RHI-88120445-01
Hospice provider: Stillwater Hospice & Palliative Care (NPI 1093847261)
Authorization: HSP-2506-24418
Diagnosis: C25.9 Malignant neoplasm of pancreas, unspecified
Level of care requested: General inpatient (GIP) hospice care, revenue code 0656, 06/24/2025 - 06/30/2025

DETERMINATION
Approved: Routine home care (revenue code 0651), 06/24/2025 onward.
Approved: General inpatient hospice care, 06/24/2025 through 06/26/2025.
Not approved: General inpatient hospice care on and after 06/27/2025.

Reason: General inpatient care is covered for short-term pain control or symptom management that cannot be provided in another setting. Nursing notes show that since 06/26/2025 your pain has been controlled on a stable oral regimen with no dose changes for 24 hours and no uncontrolled symptoms. Care can now be provided at the routine home care level, in your home or the inpatient unit as a residential stay. Ridgeway Medical Policy MP-HOS-009, Hospice Levels of Care, was used in this decision.

APPEAL RIGHTS
You may appeal within 180 days after you receive this letter. Because this decision concerns care you are receiving now, you or your hospice may ask for an urgent appeal by calling 1-800-555-0124. We will decide an urgent appeal within 24 hours, and coverage for the current level of care continues while the urgent appeal is pending. A standard appeal is decided within 30 days.

Your hospice may also request a peer-to-peer conversation with our medical director by calling within 1 business day.

Signed,
Carmen Valdepenas, MD, Medical Director
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2025-12-24", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=24,
    guidelines=[("payer_policy", "MP-HOS-009")],
    notes="Concurrent hospice: RHC + 3 GIP days approved, later GIP denied -> partial. Urgent appeal 24 hours. Traps: 24 hours stable regimen, 30 days standard, P2P 1 business day, rev codes 0656/0651.",
)

# ------------------------------------------------------------------ 17 SNF admission InterQual
add(
    name="s8_snf_admission_interqual_denial",
    text="""ANCHOR POINT REVIEW SERVICES
Delegated utilization review for Brightline Employer Health Plan

Determination date: 02/03/2025

Patient: Cordelia Matheson-Pike
Plan ID: BEH 554-10-2219
Reference: APR-SNF-250203-118
Facility requested: Willow Crest Skilled Nursing & Rehabilitation
Discharging hospital: Mercy Vale Medical Center
Attending physician: Dr. Rafael Quintanar
Diagnosis: S72.142A Displaced intertrochanteric fracture of left femur, initial encounter
Requested: Skilled nursing facility admission, 14 days

Dear Ms. Matheson-Pike,

After review by a physician advisor, the request for admission to a skilled nursing facility is denied. Your records show you are walking 150 feet with a walker with stand-by assistance, you climb stairs with supervision, and you do not need daily skilled nursing care. The InterQual(R) Subacute & SNF criteria for a skilled admission are not met. Your needs can be met with home health physical therapy, which does not require prior approval under your plan.

Your physician may request a peer-to-peer review by calling 1-888-555-0177 within 2 business days of this determination.
""" + FF + """Appeal information
You, your representative, or your provider may appeal. Appeals must be requested within 180 days of your receipt of this determination. Because you are waiting to be discharged from the hospital, you may request an expedited appeal by phone at 1-888-555-0177. Expedited appeals are decided within 72 hours. Standard pre-service appeals are decided within 30 days.

Anchor Point Review Services, 9 Commerce Park, Suite 210, Nashua, NH 03063
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-08-02", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=72,
    guidelines=[("InterQual", None)],
    notes="Delegated review company; InterQual named without id. Receipt 180. Traps: P2P 2 business days, 14 days requested, 150 feet, 30 days standard.",
)

# ------------------------------------------------------------------ 18 Apple Health LTACH MCG
add(
    name="s8_apple_health_ltach_mcg_denial",
    text="""CASCADIA COMMUNITY HEALTH
Washington Apple Health (Medicaid) Managed Care

Notice of Action - Denial

Date of this letter: September 22, 2025

Enrollee: Thaddeus Okafor-Lindqvist        ProviderOne ID: 208814472WA
Authorization number: LTAC-0922-5531
Requesting facility: Puget Sound Regional Medical Center, Care Management
Receiving facility: Evergreen Long-Term Acute Care Hospital
Service: Admission to long-term acute care hospital (LTACH)
Diagnoses: J96.11 Chronic respiratory failure with hypoxia; Z99.11 Dependence on respirator

We denied the service listed above.

Reason for our decision: You were taken off the ventilator on 09/18/2025 and have been breathing on your own with 2 liters of oxygen for 4 days. You do not need daily physician care or the complex respiratory care that a long-term acute care hospital provides. The MCG Care Guidelines, 28th edition, guideline LTACH-AC (Long-Term Acute Care Hospital Admission) is not met. A skilled nursing facility with respiratory therapy can meet your needs; we approved that level of care on 09/22/2025 under authorization SNF-0922-5532.

Your doctor may talk with our medical director about this decision. Call 1-866-555-0145.
""" + FF + """YOUR RIGHTS
Appeal: You have 60 calendar days from the date on this letter to ask for an appeal. You can call us or send a letter to Cascadia Community Health, Appeals, P.O. Box 4101, Tacoma, WA 98401.

Expedited appeal: If waiting could seriously harm your health, ask for an expedited appeal. We will make a decision within 72 hours.

Keeping your services: If this were a reduction of services you already get, you could keep them during the appeal by asking within 10 days. This does not apply to a new admission.

Hearing: If you do not agree with our appeal decision, you can ask for an administrative hearing within 120 days of the date of our appeal decision. After a hearing, you may ask for an Independent Review.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-11-21", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("MCG", "LTACH-AC")],
    notes="MCG guideline id printed as LTACH-AC. SNF approved under separate auth but the requested LTACH denied -> denial. Traps: 4 days, 2 liters, 10-day continuation, 120-day hearing.",
)

# ------------------------------------------------------------------ 19 transplant non-COE
add(
    name="s8_liver_transplant_non_coe_out_of_network",
    text="""GREAT LAKES UNITED HEALTH PLAN
Transplant Case Management

July 17, 2025

Ms. Evangeline Pruitt
4412 Lakeshore Drive
Evanston, IL 60201

Member ID: GLU-771-20994-03 | Group: 60214 Meridian Logistics
Case: TX-2507-0331
Requested service: Liver transplant evaluation and transplant (CPT 47135), including pre-transplant workup
Requested facility: St. Benedict University Hospital Transplant Institute (out of network)
Diagnosis: K74.60 Unspecified cirrhosis of liver

Dear Ms. Pruitt:

Your plan covers organ transplants only when they are performed at a Great Lakes United Transplant Center of Excellence (COE). St. Benedict University Hospital is not a designated COE and is not in your plan's network. Under your Certificate of Coverage, Section 9.2, Transplant Services, transplant services at a non-designated facility are not covered unless no COE can provide the transplant. Two in-network COEs, Lakeview Medical Center (Chicago) and Northshore Transplant Institute (Milwaukee), perform adult liver transplants. Therefore the request is denied.

Your travel and lodging benefit (up to $10,000 per transplant) applies if you use a COE more than 60 miles from your home. Your transplant nurse case manager, Joelle Freemont, RN, can be reached at 1-800-555-0109, ext. 4471.

Appeals: You may appeal this decision within 180 days from your receipt of this letter. If your doctor believes that waiting for a standard appeal would seriously jeopardize your life or health, you may request an expedited appeal. After our final internal decision you may request an external review by an independent review organization through the Illinois Department of Insurance.

Sincerely,
Transplant Benefit Review Team
""",
    document_type="denial", category="out_of_network",
    deadline="2026-01-13", window_days=180, counted_from="receipt",
    expedited=True, decision_hours=None,
    guidelines=[("plan_document", "Section 9.2")],
    notes="COE / out-of-network. Expedited offered but no turnaround stated -> decision_hours None. Traps: $10,000, 60 miles, ext. 4471.",
)

# ------------------------------------------------------------------ 20 MassHealth NICU concurrent partial
add(
    name="s8_masshealth_nicu_concurrent_partial",
    text="""BAY COLONY CARE COLLABORATIVE
A MassHealth Accountable Care Partnership Plan

NOTICE OF ADVERSE ACTION - CONCURRENT REVIEW

Notice date: 12/01/2025
Member (infant): Baby Girl Aurelia Santangelo      MassHealth ID: 100338847112
Parent: Giulia Santangelo
Facility: Merrimack Valley Women & Infants Hospital, NICU
Attending: Neonatology Associates, Dr. Imani Okoro-Blake
Admission date: 11/14/2025
Authorization: IP-1114-90027
Diagnoses: P07.33 Preterm newborn, gestational age 30 completed weeks; P22.1 Transient tachypnea of newborn

Day-by-day determination
  11/14/2025 - 11/28/2025   Level III neonatal intensive care (rev 0174)   APPROVED
  11/29/2025 - 12/01/2025   Level III neonatal intensive care (rev 0174)   DENIED
  11/29/2025 onward         Level II intermediate care (rev 0172)           APPROVED

Reason: Since 11/28/2025 the infant has been in room air in an open crib, is feeding by mouth for 6 of 8 feeds, and has had no apnea or bradycardia events requiring intervention for more than 5 days. The InterQual(R) Level of Care Criteria, Pediatric Acute - Neonatal subset, for Level III intensive care are not met for these days; Level II criteria are met. Payment for 11/29-12/01 will be made at the Level II rate.
""" + FF + """YOUR APPEAL RIGHTS
You can ask us for an internal appeal. You must ask within 60 calendar days of the date of this notice. Call 1-800-555-0193 (TTY 711) or write to Bay Colony Care Collaborative, Appeals Unit, 100 Summer Street, Boston, MA 02110.

Fast (expedited) appeal: If waiting 30 calendar days for a decision could seriously harm the member's health, ask for a fast appeal. We will decide within 72 hours.

Continuing services: If you are appealing a reduction in services that you were already approved for, and you ask within 10 days of this notice, your services may continue during the appeal.

Board of Hearings: If you are not satisfied with our appeal decision, you may ask the MassHealth Board of Hearings for a fair hearing within 120 calendar days of our decision.

This notice was also sent to the attending physician and the hospital.
""",
    document_type="partial_denial", category="medical_necessity",
    deadline="2026-01-30", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("InterQual", None)],
    notes="Concurrent NICU: level III days approved then downgraded to level II -> partial. Traps: 30 weeks, 6 of 8 feeds, 5 days, 10-day continuation, 120-day Board of Hearings, 30-day standard.",
)

# ------------------------------------------------------------------ 21 genetic testing LBM, NCCN
add(
    name="s8_lab_benefit_manager_hereditary_panel_nccn",
    text="""GENOMIC HORIZONS LAB MANAGEMENT
on behalf of Tidewater Health Plans

Date: March 19, 2025

To the member and the ordering provider:
  Member: Henrietta Galloway-Shaw        Member #: TWH-4402917-01
  Ordering provider: Marisol Espinar, MD, Women's Health Specialists (NPI 1366928041)
  Laboratory: Helix Point Diagnostics
  Test requested: Hereditary breast cancer-related disorders genomic sequence panel (CPT 81432) and duplication/deletion analysis (CPT 81433)
  Diagnosis: Z80.3 Family history of malignant neoplasm of breast
  Case number: GH-25-0319-88410

Determination: NOT MEDICALLY NECESSARY - DENIED

Rationale: Germline testing for hereditary breast and ovarian cancer is considered medically necessary when the personal or family history meets the testing criteria of the NCCN Clinical Practice Guidelines in Oncology: Genetic/Familial High-Risk Assessment: Breast, Ovarian, Pancreatic, and Prostate. The submitted history shows one second-degree relative (paternal aunt) diagnosed with breast cancer at age 62 and no other affected relatives. This history does not meet the NCCN testing criteria, and therefore does not meet Genomic Horizons Clinical Guideline LAB-GT-117, Hereditary Cancer Susceptibility Testing.

Peer-to-peer: The ordering provider may request a discussion with a Genomic Horizons medical director within 14 business days of this letter by calling 1-888-555-0151.
""" + FF + """Appeal rights
The member, or the provider acting on the member's behalf, may appeal this decision. A written appeal must be filed within 180 days of receipt of this letter and sent to Tidewater Health Plans, Appeals Department, P.O. Box 1288, Norfolk, VA 23501. Include any additional family history or genetic counseling notes.

Tidewater Health Plans will decide standard pre-service appeals within 30 calendar days. You may have the right to external review after the internal appeal is complete.

This determination applies only to the tests listed. It is not a statement about the quality of care your doctor provides.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-09-15", window_days=180, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("NCCN", None), ("payer_policy", "LAB-GT-117")],
    notes="LBM delegated review. NCCN named without id (title only). Traps: P2P 14 business days, age 62, 30-day decision. Expedited silent -> None.",
)

# ------------------------------------------------------------------ 22 infusion site of care
add(
    name="s8_ocrelizumab_hospital_outpatient_site_of_care",
    text="""PRAIRIE SKY HEALTH
Specialty Drug Management

Letter date: October 20, 2025

Member: Leopold Haraldsen            ID: PSH-338-10472
Prescriber: Delphine Marchetti, MD, Neurology
Requested site of care: Sioux River Regional Hospital - Outpatient Infusion Department (hospital outpatient)
Drug: Ocrevus (ocrelizumab) 600 mg IV every 6 months - HCPCS J2350, 600 units
Diagnosis: G35 Multiple sclerosis
Reference: SOC-2510-40218

Decision: The request to give this drug in a hospital outpatient department is denied.

Explanation: Under Prairie Sky Health policy RX-SOC-0412, Site of Care for Specialty Drug Infusions, infusions in a hospital outpatient setting are medically necessary only for a member's first dose, or when the member has had a serious infusion reaction, is medically unstable, or needs a level of monitoring that is not available in other settings. Records show you have received 4 prior doses without reactions and are medically stable. The drug itself meets clinical criteria. It can be given at a home infusion provider or a free-standing ambulatory infusion center. Your prescriber may submit a new request naming one of these sites, and our care team can help schedule this: 1-877-555-0186.

Appeal rights: You or your doctor may appeal within 180 days of the date on this letter. Write to Prairie Sky Health, Appeals & Grievances, 1900 W. Russell Street, Sioux Falls, SD 57104. A decision will be sent within 30 days of receipt.

Nondiscrimination notice: Prairie Sky Health complies with applicable Federal civil rights laws, including Section 1557 of the Affordable Care Act, and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
""",
    document_type="denial", category="medical_necessity",
    deadline="2026-04-18", window_days=180, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "RX-SOC-0412")],
    notes="Site-of-care: drug meets criteria but the only requested service (HOPD infusion) denied -> denial, not partial. Section 1557 is nondiscrimination only. Traps: every 6 months, 4 doses, 600 units.",
)

# ------------------------------------------------------------------ 23 OHP sleep study
add(
    name="s8_ohp_in_lab_polysomnography_denial",
    text="""WILLAMETTE RIVER COORDINATED CARE
Oregon Health Plan (OHP) - Coordinated Care Organization

Notice of Adverse Benefit Determination
(also called a Notice of Action)

Date: 01/27/2025
Member: Caspian Roethlisberger        OHP ID: YT449021
Provider: Columbia Gorge Sleep Center (NPI 1659043827)
Service requested: Attended in-laboratory polysomnography (CPT 95810)
Diagnosis: G47.33 Obstructive sleep apnea; R06.83 Snoring
Review completed by: Northfield Sleep Management, for Willamette River Coordinated Care
Reference: NSM-0127-55204

We denied the service above.

Reason: A sleep study in a sleep lab is covered when a home sleep apnea test is not appropriate - for example, when a person has moderate to severe lung disease, a neuromuscular disease, heart failure, or a suspected sleep disorder other than sleep apnea. Your records do not show any of these conditions. A home sleep apnea test (CPT 95806) would meet your needs and can be approved if your provider asks for it. We used Northfield Sleep Management Guideline SLP-02, In-Laboratory Polysomnography.

Your provider may call for a peer-to-peer discussion at 1-855-555-0139.
""" + FF + """YOUR RIGHT TO APPEAL
You must ask for an appeal within 60 days from the date on this notice. You can ask by phone (1-800-555-0102, TTY 711) or in writing to Willamette River Coordinated Care, Appeals, P.O. Box 1170, Salem, OR 97308.

Fast appeal: If you or your provider think waiting could put your life, health, or ability to function at serious risk, ask for a fast appeal. We will decide within 72 hours.

Standard appeal: We will send you a decision within 16 days. We can take up to 14 more days if we need more information.

Hearing: If we deny your appeal, you may ask the Oregon Health Authority for a contested case hearing within 120 days of the date of our appeal notice.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-03-28", window_days=60, counted_from="letter_date",
    expedited=True, decision_hours=72,
    guidelines=[("payer_policy", "SLP-02")],
    notes="In-lab PSG denied; HST suggested but not requested -> denial. Traps: 16 days + 14 more, 120-day hearing. Letter date numeric.",
)

# ------------------------------------------------------------------ 24 gender-affirming exclusion
add(
    name="s8_gender_affirming_surgery_plan_exclusion",
    text="""FAITHWORKS BENEFIT PLAN
A self-funded church plan administered by Covenant Claims Services

Adverse Benefit Determination

Dated: August 4, 2025

Participant: Rowan Ellery-Stokes       Participant ID: FBP-19920-447
Provider: Dr. Tobiah Wexler, Plastic & Reconstructive Surgery
Requested procedure: Chest masculinization surgery (CPT 19318), outpatient
Diagnosis: F64.0 Transsexualism (gender dysphoria in adolescents and adults)
Pre-certification #: PC-250804-0019

Dear Rowan Ellery-Stokes,

We have reviewed the pre-certification request above. The Plan cannot approve this request because the service is excluded from coverage.

The FaithWorks Benefit Plan Document, Section 8(cc), Exclusions and Limitations, states:
"The Plan does not cover services, supplies, drugs, or surgery for sex transformation, gender reassignment, or gender transition, or for complications of such services, including hormone therapy for this purpose, even if medically necessary."

Because the requested surgery is for gender transition, it falls within this exclusion. This decision is not based on a review of medical necessity.

Right to appeal: You may appeal this determination within 180 days after receipt of this notice. Your appeal should be in writing and sent to Covenant Claims Services, Appeals Committee, P.O. Box 4100, Wheaton, IL 60189. You may submit comments, documents and records, and you may ask for copies of all documents relevant to your claim free of charge. The Appeals Committee will decide a pre-service appeal within 30 days.
""" + FF + """NOTICE OF NONDISCRIMINATION
Covenant Claims Services complies with applicable Federal civil rights laws. If you believe that you have been discriminated against, you can file a grievance with our Civil Rights Coordinator, P.O. Box 4101, Wheaton, IL 60189, 1-866-555-0176. You can also file a civil rights complaint with the U.S. Department of Health and Human Services, Office for Civil Rights, under Section 1557 of the Affordable Care Act.

Language assistance services, free of charge, are available to you. Call 1-866-555-0176 (TTY: 711).
""",
    document_type="denial", category="not_covered",
    deadline="2026-01-31", window_days=180, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("plan_document", "Section 8(cc)")],
    notes="Exclusion quoted verbatim. Section 1557 appears only in the nondiscrimination notice (not a basis). Pre-service, expedited silent -> None. Trap: 30-day decision.",
)

# ------------------------------------------------------------------ 25 IVF exclusion, months from receipt, expedited n/a
add(
    name="s8_ivf_exclusion_months_expedited_not_available",
    text="""Harborlight Assurance Company
Clinical Services - Fertility

30 April 2025

Member: Sabine Kowalczyk-Reyes
Member ID: HAC-90031-5518
Employer group: Tessaract Biologics, Inc. (insured small group)
Provider: Bayfront Reproductive Medicine, Dr. Naveen Srikanth
Authorization request: FRT-2504-7710
Services: In vitro fertilization cycle - oocyte retrieval (CPT 58970), embryo culture (CPT 89250), embryo transfer (CPT 58974)
Diagnosis: N97.9 Female infertility, unspecified

Dear Ms. Kowalczyk-Reyes:

We cannot approve the request for the services listed above. Your group policy covers the diagnosis of infertility, including office visits, laboratory tests and imaging. Your policy does not cover assisted reproductive technology. Article 5.14, Infertility Services, of your Certificate of Insurance excludes "in vitro fertilization, gamete or zygote intrafallopian transfer, and any related procedures, medications, or storage." The diagnostic ultrasound and hormone tests your provider billed in March were covered.

Expedited review: Because this request does not involve urgent care, the expedited (urgent) appeal process does not apply to this decision.

How to appeal: You may request an appeal in writing within six (6) months of the date you receive this notice. Send it to Harborlight Assurance Company, Member Appeals, 40 Wharf Street, Portland, ME 04101, or fax 207-555-0122. We will respond within 30 calendar days.

If we uphold our decision, you may be able to request external review through the Maine Bureau of Insurance within 12 months of our final decision.
""",
    document_type="denial", category="not_covered",
    deadline="2025-10-30", window_days=None, counted_from="receipt",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Article 5.14")],
    notes="Months window from receipt: letter date + 6 calendar months, window_days None. Letter states expedited does not apply -> False. Traps: 30-day response, 12-month external review, dd Month yyyy date.",
)

# ------------------------------------------------------------------ 26 Virginia CHIP orthodontia HLD, 5-day presumption
add(
    name="s8_virginia_chip_orthodontia_hld_presumed_receipt",
    text="""BLUE RIDGE KIDS DENTAL
Dental benefits administrator for Virginia FAMIS (Children's Health Insurance Program)

Date of letter: May 6, 2025

Parent/guardian of: Quincy Abernathy-Holt         FAMIS ID: 980044172018
Provider: Shenandoah Orthodontics, Dr. Farah Lindgren
Request number: ORTHO-0506-33017
Service: Comprehensive orthodontic treatment of the adolescent dentition (CDT D8080) and periodic orthodontic treatment visits (D8670)

Your child's request for braces has been denied.

Why: FAMIS covers orthodontic treatment only when it is medically necessary to correct a handicapping malocclusion. Under Blue Ridge Kids Dental policy DP-ORTHO-03, a case is medically necessary when it scores 26 points or more on the Handicapping Labio-Lingual Deviation (HLD) Index, or when it has an automatic qualifying condition such as a cleft palate or deep impinging overbite. Your child's models and photos scored 14 points, and no automatic qualifying condition was found.

Your right to appeal: You can ask for an appeal. You must ask within 60 days from the date you receive this letter. We will assume you received this letter 5 days after the date of this letter. Write to Blue Ridge Kids Dental, Appeals, P.O. Box 26410, Richmond, VA 23261, or call 1-888-555-0114.

After the appeal, you may ask for an external review of the decision. We will not bill you for asking for an appeal.

If you need this letter in another language or format, call 1-888-555-0114. TTY: 711.
""",
    document_type="denial", category="medical_necessity",
    deadline="2025-07-10", window_days=60, counted_from="receipt",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "DP-ORTHO-03")],
    notes="Stated 5-day receipt presumption -> letter+5+60. Traps: 26 points, 14 points. Expedited silent -> None.",
)

# ------------------------------------------------------------------ 27 student health plan, no referral, service-date window
add(
    name="s8_student_health_plan_no_referral_service_date",
    text="""UNIVERSITY STUDENT HEALTH INSURANCE PLAN
Underwritten by Collegiate Mutual Life | Administered by Campus Claims Group

EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Processed: 10/09/2025

Insured student: Marisa Delacroix-Obi           Student ID: 0048812277
Plan year: 08/15/2025 - 08/14/2026
Claim #: CCG-2510-77154
Provider: Riverbend Orthopedic Specialists (in network)
Date of service: 09/02/2025

Service                                   CPT/HCPCS   Charge     Paid     You owe   Code
New patient office visit                  99204        $325.00    $0.00    $325.00    R7
X-ray, knee, 3 views                      73562        $148.00    $0.00    $148.00    R7

R7 / CO-288: Referral absent. Your plan requires a written referral from the Student Health Center before you receive care from any other provider, except for emergencies, mental health care and OB/GYN visits. We have no referral on file for this provider for the date of service. See the Plan Brochure, Section 3.1, Student Health Center Referral Requirement.

If a referral was issued, ask the Student Health Center to send it to us; referrals issued within 10 days after the visit may be accepted for a first visit.

Appeal: If you disagree, you may file an appeal within 180 days of the date of service shown above. Send the appeal form to Campus Claims Group, Appeals, P.O. Box 12090, Ann Arbor, MI 48106, or email appeals@campusclaims.example. We will decide a post-service appeal within 60 days.
""",
    document_type="denial", category="no_authorization",
    deadline="2026-03-01", window_days=180, counted_from="service_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section 3.1")],
    notes="Referral required but absent -> no_authorization (closest category). Window counted from the date of service. Traps: plan-year dates, 10-day retro referral, 60-day decision, CARC CO-288. Post-service -> False.",
)

# ------------------------------------------------------------------ 28 STLDI pre-existing condition
add(
    name="s8_short_term_plan_preexisting_condition_exclusion",
    text="""TEMPOBRIDGE INSURANCE COMPANY
Short-Term Limited Duration Medical Insurance

June 18, 2025

Declan Moravec
2290 Sandhill Crane Road
Lubbock, TX 79424

Policy number: TBI-STM-4402187
Coverage effective date: 02/01/2025     Coverage end date: 05/31/2025
Claim number: 25-STM-090144
Provider: Caprock University Medical Center
Dates of service: 04/06/2025 - 04/09/2025 (inpatient)
Diagnosis on claim: E10.10 Type 1 diabetes mellitus with ketoacidosis without coma

THIS COVERAGE IS NOT REQUIRED TO COMPLY WITH CERTAIN FEDERAL MARKET REQUIREMENTS FOR HEALTH INSURANCE, PRINCIPALLY THOSE CONTAINED IN THE AFFORDABLE CARE ACT.

Dear Mr. Moravec:

We have completed our review of the claim above, including medical records requested from Plainsview Family Clinic. Benefits for this claim are denied.

Your policy, Section VI(A), Pre-Existing Condition Limitation, states that no benefits are payable for any condition for which medical advice, diagnosis, care or treatment was recommended or received within the 24 months immediately before the coverage effective date. The records show that you were diagnosed with type 1 diabetes in 2019 and received insulin prescriptions and office visits for diabetes on 08/20/2024 and 11/12/2024. The hospital stay was for treatment of diabetes and is therefore excluded as a pre-existing condition.

If you have questions about this decision, call 1-800-555-0154.

APPEAL: You may ask us to reconsider this decision. Your written request must be postmarked within sixty (60) days from the date of this letter and should include any records showing the condition was not pre-existing.

Sincerely,
Claims Review Department
""",
    document_type="denial", category="not_covered",
    deadline="2025-08-17", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[("plan_document", "Section VI(A)")],
    notes="STLDI pre-existing exclusion -> not_covered. Traps: 24-month look-back, 2019, coverage dates, ACA disclaimer. Post-service -> False.",
)

# ------------------------------------------------------------------ 29 Kentucky Medicaid, provider, no auth, business days
add(
    name="s8_kentucky_medicaid_provider_no_prior_auth_business_days",
    text="""BLUEGRASS HORIZON HEALTH
Kentucky Medicaid Managed Care - Provider Services

PROVIDER NOTICE OF CLAIM DENIAL

Notice date: 02/24/2025
Provider: Licking River Surgery Center, LLC     NPI: 1124096583     TIN: XX-XXX4418
Member: Jolene Ashcraft-Tuttle                  Medicaid ID: 4488120773
Claim ID: BHH-25055-301947
Date of service: 01/21/2025

CPT     Description                                            Billed      Paid    CARC
29881   Arthroscopy, knee, surgical; with meniscectomy, medial  $4,880.00   $0.00   CO-197
        OR lateral
Dx      M23.221 Derangement of posterior horn of medial meniscus due to old tear, right knee

CO-197: Precertification/authorization/notification/pre-treatment absent. Elective outpatient surgery at an ambulatory surgery center requires prior authorization under the Bluegrass Horizon Health Prior Authorization List. No authorization was requested for this service. The member may not be balance billed.

Reconsideration and appeal: If you disagree with this decision, you may submit a provider appeal. Provider appeals must be received within 30 business days of the date of this notice, with the operative report and any evidence of an authorization request. Corrected claims must be submitted within 365 days of the date of service.

After the plan's appeal process, providers may request an external independent third-party review as described in Kentucky law.

Provider Services: 1-855-555-0128 | Provider Appeals, P.O. Box 24810, Louisville, KY 40224
""",
    document_type="denial", category="no_authorization",
    deadline="2025-04-07", window_days=30, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Provider-addressed; provider appeal window 30 business days from notice (skip weekends). Guideline: PA List named only (could be left empty). Traps: 365-day corrected claims, CO-197. Post-service -> False. LABEL FIXED: guidelines [] (was payer_policy None): a prior-authorization list only names which services need approval before they are given; the denial applies no criterion, policy or plan provision from it (same reading as set 6, s6_provider_remit_no_auth_co197, and set 5, p05_provider_infusion_line_no_auth).",
)

# ------------------------------------------------------------------ 30 Wisconsin state employee, coding
add(
    name="s8_wisconsin_state_employee_coding_dx_mismatch",
    text="""DRIFTLESS HEALTH PLAN
A State of Wisconsin Group Health Insurance Program health plan

EXPLANATION OF BENEFITS
Date: November 3, 2025

Subscriber: Ingrid Solheim-Baptiste       Member ID: DHP-0044-19873-01
Patient: Ingrid Solheim-Baptiste
Provider: Kettle Moraine Dermatology, Anika Pohlmann, MD
Claim: 2530-44817-02            Service date: 10/14/2025

Service                                         Code     Dx        Billed    Allowed   Paid    Adj
Preventive visit, est. patient, 40-64           99396    Z00.00    $265.00   $198.00   $198.00
Tangential biopsy of skin, single lesion        11102    Z00.00    $210.00   $0.00     $0.00   CO-11

CO-11: The diagnosis is inconsistent with the procedure. The skin biopsy was billed with a diagnosis for a routine exam (Z00.00) and no diagnosis describing a skin lesion. Your provider can send a corrected claim with the correct diagnosis code (for example, D48.5 or L98.9, as documented).

The preventive visit was covered in full.

Your rights: You or your authorized representative may file a grievance/appeal within 180 calendar days from the date on this Explanation of Benefits. Call Driftless Health Plan at 1-800-555-0181 or write to Driftless Health Plan, Grievances, 30 W. Mifflin Street, Madison, WI 53703. After you complete the plan's process, you may request a review by the Department of Employee Trust Funds within 60 days of the plan's final decision.
""",
    document_type="partial_denial", category="coding",
    deadline="2026-05-02", window_days=180, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="One line paid, biopsy denied CO-11 -> partial_denial (coding). Traps: ETF review 60 days, example dx codes D48.5/L98.9. Post-service -> False.",
)

# ------------------------------------------------------------------ 31 Louisiana Medicaid eligibility
add(
    name="s8_louisiana_medicaid_eligibility_terminated",
    text="""PELICAN STATE HEALTH PLAN
Louisiana Medicaid - Healthy Louisiana

Notice of Adverse Benefit Determination - Claim

Date of this letter: July 8, 2025

Member: Beaumont Thibodaux              Medicaid ID: 3300418822
Claim number: PSH-25171-08823
Provider: Acadiana Physical Therapy (NPI 1851930476)
Dates of service: 06/12/2025, 06/16/2025, 06/19/2025
Services: Therapeutic exercise (97110) and manual therapy (97140)
CARC: CO-27 - Expenses incurred after coverage terminated.

We did not pay for the services listed above. Our records show your enrollment with Pelican State Health Plan ended on May 31, 2025. You were not a member of the plan on the dates you got these services. If you were re-enrolled in Louisiana Medicaid after that date, call the Louisiana Medicaid enrollment line at 1-888-555-0107 to have your records updated.

How to appeal: You have sixty (60) calendar days from the date of this letter to ask for an appeal. Call Member Services at 1-866-555-0198 or write to Pelican State Health Plan, Appeals Unit, P.O. Box 83880, Baton Rouge, LA 70884. We will decide your appeal within 30 calendar days.

Because this decision is about services you already received, a fast (expedited) appeal is not available.

State Fair Hearing: If we deny your appeal, you can ask for a State Fair Hearing within 120 days of the date of our appeal decision.
""",
    document_type="denial", category="eligibility",
    deadline="2025-09-06", window_days=60, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Coverage ended before DOS -> eligibility; CARC CO-27. Letter explicitly says fast appeal unavailable (post-service). Traps: 30-day decision, 120-day hearing, three service dates.",
)

# ------------------------------------------------------------------ 32 endoscopic sleeve, experimental
add(
    name="s8_endoscopic_sleeve_gastroplasty_investigational",
    text="""Silver Maple Health Insurance
Medical Management Department

RE: Coverage Determination
Member:            Alaric Fontaine-Mbeki
Member ID:         SMH 771 004 2291
Reference no.:     UM-2503-14402
Requesting MD:     Priyanka Venkatesan, MD, Bariatric & Metabolic Surgery
Procedure:         Endoscopic sleeve gastroplasty (ESG), reported with CPT 43999 (unlisted procedure, stomach)
Diagnosis:         E66.01 Morbid (severe) obesity due to excess calories; Z68.36 BMI 36.0-36.9, adult

Dear Mr. Fontaine-Mbeki:

Silver Maple Health Insurance has reviewed the request for the procedure listed above. We are unable to approve it.

Silver Maple Medical Policy MP-SUR-0178, Bariatric Surgery and Endoscopic Bariatric Procedures, considers endoscopic sleeve gastroplasty investigational. The long-term safety and effectiveness of this procedure compared with established bariatric surgery has not been shown in published peer-reviewed studies. Your plan does not cover investigational or experimental services (Evidence of Coverage, General Exclusions).

Your surgeon may discuss this decision with a Silver Maple physician reviewer by calling 1-877-555-0197 within 7 days.

If you disagree: Your appeal must be submitted within 90 days of the date of this letter. Send it to Silver Maple Health Insurance, Appeals, P.O. Box 6602, Hartford, CT 06106. We will decide your appeal within 30 days.

Sincerely,

Theodora Quill, MD
Associate Medical Director
March 3, 2025
""",
    document_type="denial", category="experimental",
    deadline="2025-06-01", window_days=90, counted_from="letter_date",
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "MP-SUR-0178"), ("plan_document", None)],
    notes="Letter date appears only under the signature. Investigational -> experimental. Traps: P2P 7 days, 30-day decision, BMI 36. Expedited silent -> None.",
)

# ------------------------------------------------------------------ 33 KanCare home health approval
add(
    name="s8_kancare_home_health_visits_approval",
    text="""FLINT HILLS COMMUNITY CARE
A KanCare Health Plan

Notice of Approval

April 14, 2025

Member: Delphine Oyelowo-Barrett        KanCare ID: 12044817733
Provider: Konza Home Health Services (NPI 1477203968)
Authorization number: HH-0414-22910
Diagnosis: L89.153 Pressure ulcer of sacral region, stage 3

Good news! We approved the following services:

Service                                   Code     Units approved   Dates
Skilled nursing visit, home health        G0299    12 visits        04/14/2025 - 06/12/2025
Home health aide visit                    G0156    16 visits        04/14/2025 - 06/12/2025

This approval covers the number of visits shown for the dates shown. Your provider must ask us again if you need more visits after 06/12/2025. Approval does not guarantee payment; you must be eligible for KanCare on the date you get the service.

If a future request is denied or reduced, we will send you a letter that explains your appeal rights, including your right to appeal within 60 days and to ask for a State Fair Hearing.

Questions? Call Member Services at 1-866-555-0117 (TTY 711), Monday - Friday, 7 a.m. - 7 p.m.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Full approval. Traps: 60-day appeal mention is about future denials; 12/16 visits; authorization date range.",
)

# ------------------------------------------------------------------ 34 bariatric bypass approval
add(
    name="s8_gastric_bypass_approval_valid_90_days",
    text="""Osprey Coast Health Plan
Precertification Department

Date: 09/30/2025
Member: Gwendolyn Nakashima-Ruiz       Member ID: OCH-5530-11942
Surgeon: Emeka Laurentis, MD, FACS    NPI 1588012473
Facility: Gulf Breeze Surgical Hospital
Certification #: CERT-250930-66120
Procedure: Laparoscopic Roux-en-Y gastric bypass (CPT 43644)
Diagnosis: E66.01 Morbid (severe) obesity due to excess calories; Z68.41 BMI 40.0-44.9, adult; E11.9 Type 2 diabetes mellitus without complications
Inpatient days certified: 2

CERTIFICATION APPROVED

The procedure above has been certified as medically necessary under Osprey Coast Medical Policy 7.01.47, Surgery for Severe Obesity. The certification is valid for 90 days, from 09/30/2025 through 12/28/2025. If surgery is not performed within this period, a new request is required. Additional inpatient days beyond the 2 days certified will need concurrent review; the facility must notify us within 1 business day of the admission.

Benefits are subject to the terms of your plan, including deductible, coinsurance, and eligibility on the date of service. Your plan requires that bariatric surgery be performed at a designated Bariatric Center of Excellence; Gulf Breeze Surgical Hospital is a designated center.

Questions: Precertification Department, 1-800-555-0138.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[("payer_policy", "7.01.47")],
    notes="Approval; policy cited as basis of the approval. Traps: 90 days validity, 2 days, 1 business day notification.",
)

# ------------------------------------------------------------------ 35 Part D PA approval
add(
    name="s8_partd_dupilumab_coverage_approval",
    text="""TRILLIUM SENIOR CARE (HMO-POS)
Medicare Prescription Drug Coverage Determination

December 15, 2025

Lavinia Brookshire-Adeyemi
ID: TSC-H8812-40016

RE: Coverage determination approved
    Drug: Dupixent (dupilumab) 300 mg/2 mL prefilled pen
    Quantity: 2 pens per 28 days
    Prescriber: Felix Amundsen, MD, Dermatology
    Case #: CD-251215-08834

Dear Lavinia Brookshire-Adeyemi:

We approved your request for the drug listed above. Your coverage is approved from 12/15/2025 through 12/14/2026. You may fill this prescription at any network pharmacy or at our specialty pharmacy. Your cost share is based on the specialty tier (Tier 5) of your plan's formulary.

Your prescriber will need to submit a new request before 12/14/2026 for coverage to continue. If you change plans, this approval does not transfer.

If you have questions, call Member Services at 1-855-555-0161 (TTY 711), 8 a.m. to 8 p.m., seven days a week.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Plain approval with date range; no appeal language. Traps: 28 days, Tier 5, expiry dates.",
)

# ------------------------------------------------------------------ 36 BadgerCare hearing aid approval
add(
    name="s8_badgercare_pediatric_hearing_aids_approval",
    text="""NORTHWOODS FAMILY HEALTH
BadgerCare Plus HMO

Prior Authorization Decision: APPROVED

Member: Sven Ahlquist-Moreno (age 7)       Member ID: 1007739152
Provider: Green Bay Pediatric Audiology, Dr. Harriet Osei, AuD
PA number: 25-0821-4471
Date of decision: August 21, 2025

Items approved:
  V5261  Hearing aid, digital, binaural, behind the ear       1 pair
  V5160  Dispensing fee, binaural                             1
  V5264  Ear mold/insert, not disposable, any type            2
Diagnosis: H90.3 Sensorineural hearing loss, bilateral
Grant period: 08/21/2025 - 02/20/2026

The request met BadgerCare Plus coverage requirements for hearing aids for children. Hearing aid batteries (V5266) do not need prior authorization.

The provider must dispense the items within the grant period. Replacement ear molds are allowed as often as every 3 months for children under 12 without prior authorization.

If you have questions about this approval, call Member Services at 1-800-555-0179. For help in another language, call 1-800-555-0179.
""",
    document_type="approval", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Full approval. Decision date is a labeled field. Traps: grant period, age 7, every 3 months, under 12.",
)

# ------------------------------------------------------------------ 37 MA C-SNP expedited request denied, processed as standard
add(
    name="s8_ma_csnp_expedite_request_denied_processed_standard",
    text="""HEARTWISE CARE PLAN (HMO C-SNP)
Medicare Advantage Chronic Condition Special Needs Plan - Chronic Heart Failure and Diabetes

NOTICE OF DECISION NOT TO EXPEDITE YOUR REQUEST

Date: May 27, 2025
Member: Augustin Pelletier-Nakamura       Member ID: HWC-H7741-02219
Request received: 05/26/2025, 4:10 p.m.
Service requested: Intensive cardiac rehabilitation program, 36 sessions (HCPCS G0422)
Requested by: Member (by phone)
Reference: OD-0526-11840

You asked us to make a fast (expedited) decision on your request for the service listed above. We have decided that your request does not meet the requirements for a fast decision. Applying the standard time frame would not seriously jeopardize your life, your health, or your ability to regain maximum function. This is not a decision on whether the service will be covered.

What happens next: We will process your request under the standard time frame. We will give you our decision as quickly as your health requires, and no later than 14 calendar days after we received your request. We may extend this by up to 14 more days if you ask or if we need more information that is in your interest.

If a doctor asks us for a fast decision or supports your request, we will give you a fast decision. You can ask your doctor to call us at 1-877-555-0144.

If you disagree with our decision not to expedite, you can file a fast complaint (expedited grievance). We will respond to a fast complaint within 24 hours. Call 1-877-555-0144, TTY 711.

Heartwise Care Plan is an HMO C-SNP with a Medicare contract. Enrollment depends on contract renewal.
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Not a coverage determination: expedite denied, handled as standard -> other. Expedited False (letter states the fast path does not apply to this request). Traps: 24-hour fast grievance, 14 + 14 days, 36 sessions, doctor-support clause.",
)

# ------------------------------------------------------------------ 38 overpayment / COB recoupment, provider
add(
    name="s8_overpayment_cob_recoupment_provider",
    text="""Alder Creek Health Plan
Payment Integrity Unit
1150 Riverfront Parkway, Chattanooga, TN 37402

October 15, 2025

Hollis Valley Internal Medicine, PC
Attn: Billing Office
NPI: 1306827745        Tax ID: XX-XXX2210

RE: Notice of Overpayment and Request for Refund
    Overpayment ID: OVP-25-1015-07731
    Member: Wilhelmina Osterhaus       Member ID: ACH-88104-772
    Amount identified: $1,842.16

Dear Provider:

During a coordination-of-benefits review, we learned that the member above has been entitled to Medicare Part B, which is the primary payer, since 03/01/2025. Alder Creek Health Plan paid the claims below as primary. Those payments should have been made by Medicare first, with Alder Creek as the secondary payer.

Claim number     Date of service   Paid date    Amount paid   Adjustment
25091-44120      04/08/2025        04/29/2025   $612.40       CO-22
25154-90318      06/03/2025        06/24/2025   $774.88       CO-22
25203-11762      07/22/2025        08/12/2025   $454.88       CO-22

CO-22: This care may be covered by another payer per coordination of benefits.

Please bill Medicare as primary and send the Medicare remittance to us for secondary processing. You may refund the overpayment by check payable to Alder Creek Health Plan, or we will offset the amount from future payments to you.

If you disagree: You may dispute this overpayment by sending a written dispute with supporting documents within 45 days of the date of this letter. If we do not receive a refund or a dispute within 60 days of the date of this letter, we will begin recovering the amount by offset from future claim payments. Secondary claims must be filed within 180 days of the Medicare remittance date.

Payment Integrity Unit - 1-800-555-0103, option 4
""",
    document_type="other", category=None,
    deadline="2025-11-29", window_days=45, counted_from="letter_date",
    expedited=False, decision_hours=None,
    guidelines=[],
    notes="Overpayment/recoupment due to COB is a refund request, not a coverage determination -> other (arguable denial/administrative). Provider dispute window 45 days counted as the deadline. Traps: 60-day offset, 180-day secondary filing, CO-22. Services already received -> expedited False.",
)

# ------------------------------------------------------------------ 39 COB questionnaire
add(
    name="s8_cob_questionnaire_claims_pending",
    text="""STONEBRIDGE HEALTH BENEFITS
Coordination of Benefits Unit

January 8, 2025

Thaddeus Marchbanks
90 Quarry Hill Road
Montpelier, VT 05602

Member ID: SHB-3302-17745
Family members on plan: Thaddeus, Cassia, Ivo Marchbanks

IMPORTANT: Please complete and return the enclosed Other Health Insurance Questionnaire

Dear Mr. Marchbanks:

We need to know whether you or anyone on your plan has other health coverage, such as coverage through a spouse's employer, Medicare, Medicaid, or an auto or workers' compensation claim. This helps us coordinate benefits and pay claims correctly.

Please complete the questionnaire on the next page and return it within 30 days of the date of this letter. Claims received for your family may be held (pended) until we receive your answers. If we do not hear from you, claims may be denied for missing information, and you may need to resubmit them. You must update this information every 12 months.

You can also answer by phone at 1-888-555-0112 or online at the member portal.
""" + FF + """OTHER HEALTH INSURANCE QUESTIONNAIRE

1. Does anyone on this plan have other medical coverage?  [ ] Yes  [ ] No
2. If yes: Name of covered person ____________  Other insurer ____________
   Policy holder ____________  Policy number ____________  Effective date ________
3. Is anyone covered by Medicare?  [ ] Yes  [ ] No   Medicare number ____________
4. Are any recent claims related to an accident or work injury?  [ ] Yes  [ ] No
5. For dependent children of separated or divorced parents, which parent is responsible for health coverage under a court order? ____________

Signature ______________________    Date ____________

Return to: Stonebridge Health Benefits, COB Unit, P.O. Box 5503, Burlington, VT 05402. Fax 802-555-0190.
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="COB questionnaire, no determination. Traps: return within 30 days (not an appeal window), 12 months update.",
)

# ------------------------------------------------------------------ 40 LBM request for additional information (pend)
add(
    name="s8_genetic_test_request_for_records_pend",
    text="""VERITAS GENOMICS BENEFIT MANAGEMENT
Prior Authorization - Request for Additional Information

Date sent: 04/25/2025
Fax to: Coastal Neurology Associates, Attn: Dr. Anneliese Drummond, fax 843-555-0185
Health plan: Palmetto Crescent Health Plan
Member: Remy Okonjo-Fairbanks        Member ID: PCH-4471-20893
Case #: VG-0425-31176
Test requested: Genome sequence analysis, exome (CPT 81415) and comparator exome (CPT 81416 x2)
Diagnosis: G40.909 Epilepsy, unspecified, not intractable; F84.0 Autistic disorder

We have received the prior authorization request above. To complete our review, please send:
  - Notes from a genetics consultation or a visit with a medical geneticist or genetic counselor
  - Results of any prior genetic testing (chromosomal microarray, Fragile X)
  - A three-generation family history (pedigree)

Please send the records by 05/09/2025. If we do not receive them, the request will be reviewed with the information we have, which may result in a denial. The request is being reviewed under standard time frames; a decision will be made within 15 calendar days of the original request.

No decision has been made on this request. Fax records to 1-866-555-0133 or upload them in the provider portal. Questions: 1-866-555-0134.
""",
    document_type="other", category=None,
    deadline=None, window_days=None, counted_from=None,
    expedited=None, decision_hours=None,
    guidelines=[],
    notes="Pend / records request; no determination yet -> other. The 05/09/2025 records due date is not an appeal deadline. Trap: 15-day decision, 81416 x2.",
)
