"""Unit tests per extractor on real letter phrasings, traps included."""
import pytest

from extractors.rules import RuleError, load_cues, load_regexes
from tests.extractors.helpers import letter, record

APPEAL = "\nYour Appeal Rights\nYou must file your appeal within 60 days of the date of this letter.\n"


def rec(body: str, appeal: str = APPEAL):
    return record(letter(body + appeal))


# --- expedited ------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,eligible,hours", [
    ("If waiting could seriously harm your health, you may ask for an expedited appeal. We will decide within 72 hours.", True, 72),
    ("You or your doctor can ask for a fast appeal. Fast appeals are decided within 24 hours after we get your request.", True, 24),
    ("You may request an urgent appeal by calling us.", True, None),
    ("Your doctor asked us to make a fast decision. Your request did not meet the requirements for an expedited review, "
     "so any appeal will be handled in the standard 30-day timeframe.", False, None),
    ("Because this appeal is about services you already received, you cannot request an expedited appeal.", False, None),
    ("Expedited appeals do not apply to requests for payment of services already received.", False, None),
    ("Your request for an expedited appeal was not accepted; it will be processed as a standard appeal.", False, None),
])
def test_expedited_polarity_and_hours(sentence, eligible, hours):
    r = rec("Why we denied\nThe service is not medically necessary.\n", APPEAL + sentence + "\n")
    assert r.expedited.eligible is eligible
    assert r.expedited.decision_hours == hours
    assert "expedited.eligible" in r.evidence


def test_phone_lines_open_24_hours_are_not_a_turnaround():
    r = rec("Why we denied\nNot medically necessary.\n", APPEAL +
            "You can ask for an expedited appeal. Call Member Services at 1-800-555-0100, 24 hours a day.\n")
    assert r.expedited.eligible is True and r.expedited.decision_hours is None


def test_silent_pre_service_letter_is_null_and_not_doubtful():
    r = rec("Why we denied\nThe prior authorization request is not medically necessary.\n")
    assert r.expedited.eligible is None and "expedited" not in " ".join(r.review_reasons)


def test_silent_post_service_claim_is_false():
    r = rec("Claim number:   5512003\nWhy we denied the claim\nWe processed your claim. The claim was denied because "
            "the service is not medically necessary (Reason code CO-50).\n")
    assert r.review_type == "post_service" and r.expedited.eligible is False


# --- guidelines -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,source,identifier", [
    ("This decision was based on the Local Coverage Determination (LCD) Positive Airway Pressure Devices (L33718).", "LCD", "L33718"),
    ("The request does not meet the National Coverage Determination for FDG PET for Oncologic Conditions (NCD 220.6).", "NCD", "NCD 220.6"),
    ("The request does not meet the criteria in InterQual 2025 Imaging: Polysomnography.", "InterQual", None),
    ("Criteria used: MCG Ambulatory Care 28th Edition, Lumbar Fusion (ACG: A-0398).", "MCG", "A-0398"),
    ("It is investigational per Medical Policy MP-EXP-044, Radiofrequency Ablation.", "payer_policy", "MP-EXP-044"),
    ("Our clinical policy bulletin CPB 0236 considers this not medically necessary.", "payer_policy", "CPB 0236"),
    ("This decision is based on Clinical Policy CP.MP.107.", "payer_policy", "CP.MP.107"),
    ("See Medical Policy 7.01.542 for the criteria.", "payer_policy", "7.01.542"),
    ("See your Certificate of Coverage, Section 6 (Out-of-Network Services).", "plan_document", "Section 6"),
    ("Services are excluded under the Summary Plan Description.", "plan_document", None),
    ("The drug is not on the Preferred Drug List.", "formulary", None),
    ("Per 42 CFR 411.15(k), Medicare does not pay for services that are not reasonable and necessary.", "regulation", "42 CFR 411.15(k)"),
    ("The ASAM Criteria for level 3.7 are not met.", "ASAM", None),
])
def test_guideline_citations(sentence, source, identifier):
    r = rec("Why we denied\nThe requested service is not medically necessary. " + sentence + "\n")
    assert {(g.source, g.identifier) for g in r.guidelines} == {(source, identifier)}
    assert "guidelines[0]" in r.evidence


@pytest.mark.parametrize("rights", [
    "Federal rules at 45 CFR 147.136 describe the external review process.",
    "You may also have the right to bring a civil action under section 502(a) of ERISA.",
    "Any further appeal levels are described in your Evidence of Coverage.",
])
def test_laws_cited_for_rights_are_not_guidelines(rights):
    r = rec("Why we denied\nThe requested service is not medically necessary.\n", APPEAL + rights + "\n")
    assert r.guidelines == []


# --- reason category ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,category", [
    ("Our physician reviewer determined the requested CPAP is not medically necessary.", "medical_necessity"),
    ("The inpatient level of care is not supported; care could be safely provided in a lower level of care.", "medical_necessity"),
    ("We did not receive the medical records we requested from your doctor, so we could not make a decision.", "insufficient_information"),
    ("Insufficient clinical information was submitted to support the request.", "insufficient_information"),
    ("You must first try and fail two preferred drugs (step therapy).", "step_therapy"),
    ("The plan requires a trial of metformin before this drug is covered.", "step_therapy"),
    ("Cosmetic surgery is excluded under your plan.", "not_covered"),
    ("This service is not a covered benefit under your plan.", "not_covered"),
    ("The treatment is considered experimental and investigational.", "experimental"),
    ("The provider is not in your plan's network and the service is not an emergency.", "out_of_network"),
    ("Prior authorization was required but was not obtained before the service.", "no_authorization"),
    ("The diagnosis code billed is inconsistent with the procedure code.", "coding"),
    ("Our records show your coverage terminated before the date of service.", "eligibility"),
    ("You have reached the plan's benefit maximum of 20 visits per year.", "benefit_limit"),
    ("The claim was not filed within the timely filing limit.", "administrative"),
    ("This is a duplicate claim of one we already processed.", "administrative"),
])
def test_reason_categories(sentence, category):
    r = rec("Reason for our decision\nYour request was denied. " + sentence + "\n")
    assert r.document_type == "denial"
    assert r.denial_reason.category == category
    assert r.denial_reason.text and "denial_reason.category" in r.evidence


# --- document type -------------------------------------------------------------------------------
def test_approval_is_not_a_denial():
    r = record("Evergreen Community Health Plan\nPO Box 4411, Tacoma, WA 98401\n\nJanuary 15, 2025\n\n"
               "Prior Authorization Approval\nMember ID:   EVG2203344   Reference #:   UM-88120\n"
               "Good news! We approved the request for physical therapy. This approval is valid through 06/30/2025.\n")
    assert r.document_type == "approval" and r.denial_reason.category is None and not r.needs_review


def test_unable_to_approve_is_a_denial():
    r = rec("We received a request for Ozempic. We are unable to approve this request. A trial of metformin is required.\n")
    assert r.document_type == "denial" and r.denial_reason.category == "step_therapy"


def test_partial_approval():
    r = rec("Notice of Partial Approval\nSome of the services were approved and some were not.\n"
            "For the denied service (22614): the documentation does not meet medical necessity criteria.\n")
    assert r.document_type == "partial_denial" and r.denial_reason.category == "medical_necessity"


def test_invoice_is_other():
    r = record("Lakeland Family Medicine\nPatient Statement\nStatement date   June 14, 2024   Amount due   $37.61\n"
               "Please pay by July 14, 2024. Your insurance has processed these charges.\n")
    assert r.document_type == "other" and r.payer is None and r.appeal.deadline is None


# --- header fields and codes ---------------------------------------------------------------------
def test_header_ids_and_codes():
    r = record(letter("Claim number:   88120045   Date of service:   12/02/2024\n"
                      "Code   Description   Diagnosis\n99214   Office visit   I10\n"
                      "Why we denied\nThe service is not covered (CO-96).\n", date="01/15/2025"))
    assert r.letter_date.isoformat() == "2025-01-15"
    assert r.payer == "Evergreen Community Health Plan"
    assert (r.member.member_id, r.authorization_number, r.claim_number) == ("EVG2203344", "UM-88120", "88120045")
    assert r.service.date_of_service.isoformat() == "2024-12-02"
    assert r.service.procedure_codes == ["99214"] and r.service.diagnosis_codes == ["I10"]
    assert r.carc_codes == ["CO-96"]


def test_zip_codes_and_amounts_are_not_procedure_codes():
    r = record(letter("Send appeals to 200 Main St, Boise, ID 83702. The amount billed was $12,345.00.\n"
                      "Why we denied\nNot medically necessary.\n"))
    assert r.service.procedure_codes == []


def test_ocr_confusions_in_codes_are_repaired():
    r = record(letter("Diagnosis code(s):   RO6.83, $83.241A\nWhy we denied\nNot medically necessary.\n"))
    assert r.service.diagnosis_codes == ["R06.83", "S83.241A"]


def test_ocr_damage_in_header_labels_and_ids():
    r = record("Cedar Valley Health\nStatement date: 04/09/2024\n"
               "Gaim number:   1446 425456379\n‘Member ID:   M945 1298663\nPage   2\n"
               "Why we denied\nNot medically necessary.\n")
    # "Gaim" is "Claim" with its C lost; an id split by a space is one id; "Page" is no label
    assert (r.claim_number, r.member.member_id) == ("1446425456379", "M9451298663")
    assert r.payer == "Cedar Valley Health"


def test_missing_documentation_list():
    r = rec("Why we denied\nInsufficient clinical information was submitted. Please provide:\n"
            "• Operative report\n• Office notes from the last 6 months\n1. Imaging report\n")
    assert r.missing_documentation == ["Operative report", "Office notes from the last 6 months", "Imaging report"]


def test_rights():
    r = rec("Why we denied\nNot medically necessary.\n", APPEAL +
            "Your doctor may discuss this decision with our physician reviewer (peer-to-peer).\n"
            "External review is not available for this type of decision.\n")
    assert r.peer_to_peer.offered is True and r.external_review.available is False


# --- pattern data -------------------------------------------------------------------------------
def test_every_pattern_file_loads_and_ids_are_unique():
    from importlib import resources

    names = [p.name for p in resources.files("extractors").joinpath("patterns").iterdir()]
    ids = []
    for n in names:
        if n.endswith(".jsonl"):
            ids += [r.id for r in load_cues(n)]
        elif n.endswith(".yaml") and "rules:" in resources.files("extractors").joinpath("patterns", n).read_text():
            ids += [r.id for r in load_regexes(n)]
    assert len(ids) == len(set(ids)) and len(ids) > 100


def test_rule_files_reject_unknown_keys(tmp_path, monkeypatch):
    import extractors.rules as rules

    monkeypatch.setattr(rules, "_read", lambda name: '{"id": "x", "label": "y", "pattern": "z", "colour": "red"}')
    rules.load_cues.cache_clear()
    with pytest.raises(RuleError):
        rules.load_cues("bad.jsonl")
    rules.load_cues.cache_clear()
