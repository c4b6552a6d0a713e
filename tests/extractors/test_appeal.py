"""Appeal deadline: the member's window told apart from every other window, by the contract's arithmetic."""
import datetime as dt

import pytest

from extractors.dates import add_business_days, add_months
from tests.extractors.helpers import letter, record

REASON = "Why we denied\nThe requested MRI is not medically necessary.\n"


def appeal_of(text, date="January 15, 2025"):
    r = record(letter(REASON + "\nYour Appeal Rights\n" + text, date))
    return r.appeal, r


@pytest.mark.parametrize("sentence,deadline,days,counted", [
    ("You must file your appeal within 60 days of the date of this letter.", "2025-03-16", 60, "letter_date"),
    ("You have 180 calendar days from the date of this notice to ask for an appeal.", "2025-07-14", 180, "letter_date"),
    ("You must request an appeal within 180 days after you receive this letter.", "2025-07-14", 180, "receipt"),
    ("An appeal must be filed within sixty (60) days of receipt of this notice.", "2025-03-16", 60, "receipt"),
    ("Please send your written appeal within 65 calendar days after the date of this notice.", "2025-03-21", 65, "letter_date"),
    ("To appeal, send your request no later than March 10, 2025.", "2025-03-10", None, "absolute"),
    ("Your appeal must be received by 04/30/2025.", "2025-04-30", None, "absolute"),
    ("You have 6 months from the date of this letter to request an appeal.", "2025-07-15", None, "letter_date"),
    ("You may appeal within four (4) months of the date of this notice.", "2025-05-15", None, "letter_date"),
    ("You must request a redetermination within 10 business days of the date of this notice.", "2025-01-29", 10, "letter_date"),
])
def test_member_window_phrasings(sentence, deadline, days, counted):
    a, r = appeal_of(sentence)
    assert (a.deadline.isoformat(), a.window_days, a.counted_from) == (deadline, days, counted)
    assert "appeal.deadline" in r.evidence and r.evidence["appeal.deadline"].page == 1
    assert a.computation


def test_stated_presumption_of_receipt_is_added():
    a, _ = appeal_of("You must ask for a redetermination within 120 days from the date you receive this notice. "
                     "We assume you received this notice 5 days after the date on it.")
    assert a.deadline == dt.date(2025, 1, 15) + dt.timedelta(days=125) and a.counted_from == "receipt"


@pytest.mark.parametrize("trap", [
    "Your provider may ask us to reconsider the claim within 90 days of the date of this letter.",
    "Providers: requests for claim reconsideration must be submitted within 30 days of the date of this notice.",
    "If you want your services to continue during the appeal, you must appeal within 10 days of the date of this notice.",
    "You have 4 months after you receive our final decision to ask for an external review.",
    "If you disagree with our appeal decision, you may ask for a State Fair Hearing within 120 days of the date of the appeal decision.",
    "Your physician may request a peer-to-peer conversation within 14 business days of this notice.",
    "We will give you a written decision on a standard appeal within 30 days after we get your appeal.",
    "Corrected claims must be resubmitted within 90 days of the date of this statement.",
])
def test_other_windows_never_become_the_member_deadline(trap):
    a, r = appeal_of(trap + " You must file your appeal within 180 days of the date of this letter.")
    assert a.deadline == dt.date(2025, 7, 14), trap
    assert "conflicting_deadlines" not in r.review_reasons


def test_timely_filing_rule_in_the_reason_is_not_an_appeal_window():
    r = record(letter("Why we denied the claim\nThis claim was filed late. Claims must be received within 180 days "
                      "of the date of service.\n\nYour right to appeal\nYou must file your appeal within 60 days of "
                      "the date of this notice."))
    assert r.appeal.deadline == dt.date(2025, 3, 16)


def test_conflicting_member_windows_need_review():
    a, r = appeal_of("You must file your appeal within 60 days of the date of this letter. "
                     "Your appeal must be received by June 30, 2025.")
    assert r.needs_review and "conflicting_deadlines" in r.review_reasons


def test_window_without_letter_date_is_null_and_flagged():
    body = REASON + "\nYour Appeal Rights\nYou must file your appeal within 60 days of the date of this letter."
    r = record("Evergreen Community Health Plan\nRE: Notice of Adverse Benefit Determination\n\n" + body)
    assert r.letter_date is None and r.appeal.deadline is None and r.appeal.window_days == 60
    assert r.needs_review and "appeal_base_date_missing" in r.review_reasons


def test_denial_without_any_window_needs_review():
    r = record(letter(REASON + "\nCall us with questions."))
    assert r.appeal.deadline is None and r.needs_review and "no_appeal_window" in r.review_reasons


def test_month_and_business_day_arithmetic_edges():
    assert add_months(dt.date(2024, 8, 31), 6) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2023, 8, 31), 6) == dt.date(2024, 2, 29)  # leap year
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 12, 15), 1) == dt.date(2025, 1, 15)
    assert add_business_days(dt.date(2024, 11, 22), 1) == dt.date(2024, 11, 25)  # Friday -> Monday
    assert add_business_days(dt.date(2024, 11, 23), 5) == dt.date(2024, 11, 29)  # from a Saturday
    a, _ = appeal_of("You have 6 months from the date of this letter to request an appeal.", date="August 31, 2024")
    assert a.deadline == dt.date(2025, 2, 28)


def test_a_notice_to_the_provider_counts_its_dispute_window():
    r = record("Frontier Health Alliance\nRemit Date: 03/08/2027\nCLAIM #: 27-0301-88421   CLAIM STATUS: DENIED\n"
               "CO-18 Exact duplicate claim/service.\n"
               "Do not resubmit the claim as a new claim within 30 days. "
               "Disputes must be submitted within 120 days of the date of this remittance advice.\n")
    # no member window at all: the provider's dispute window is the letter's; the resubmission one is not
    assert r.appeal.deadline == dt.date(2027, 7, 6) and r.appeal.window_days == 120


def test_the_provider_window_does_not_replace_the_members():
    a, _ = appeal_of("Providers may request a reconsideration within 30 days of the date of this notice. "
                     "You may file an appeal within 180 days of the date of this notice.")
    assert a.window_days == 180


def test_an_appeal_called_a_grievance_is_the_members_appeal():
    a, _ = appeal_of("You have 180 days from receipt of this notice to file an internal appeal (grievance).")
    assert a.deadline == dt.date(2025, 7, 14) and a.counted_from == "receipt"


def test_indented_bullet_continuations_and_continuation_of_benefits():
    a, r = appeal_of("* You or someone you choose may file an internal appeal with us within 60 calendar days\n"
                     "  from the date of this notice.\n"
                     "* If this decision stops services you are receiving now and you want them to continue during\n"
                     "  your appeal, you must file your appeal within 10 calendar days of the date of this notice.\n")
    assert (a.deadline, a.window_days) == (dt.date(2025, 3, 16), 60) and not r.needs_review


def test_a_window_counted_from_a_decision_yet_to_come_is_not_this_appeal():
    a, r = appeal_of("You must file your appeal within 60 days from the date of this letter. "
                     "You must ask for a hearing within 90 days from the date you receive the appeal decision. "
                     "You may request an external review within 4 months after you receive our final appeal decision.")
    assert a.window_days == 60 and not r.needs_review


def test_after_an_upheld_appeal_the_fair_hearing_is_the_next_appeal():
    r = record("Healthy Plains Medicaid\nNOTICE OF APPEAL RESOLUTION\nDate: 04/30/2025\n"
               "Appeal decision: We upheld our original decision. The drug is not covered because you have not "
               "tried two preferred medicines first.\n"
               "YOUR RIGHT TO A STATE FAIR HEARING\n"
               "You have 120 calendar days from the date of this notice to ask for a State Fair Hearing.\n"
               "If you want to keep getting the medicine while you wait, you must ask for the hearing within "
               "10 calendar days from the date of this notice.\n")
    assert r.document_type == "denial" and r.appeal.deadline == dt.date(2025, 8, 28)


def test_a_pre_appeal_discussion_is_not_the_appeal():
    r = record("Northline Health\nNovember 17, 2025\nClaim #: 8G41927005\n"
               "The claim is denied because the diagnosis billed is not supported by the record.\n"
               "Pre-appeal discussion: You may request a clinical validation discussion with our physician reviewer "
               "within 10 business days of the date of this letter.\n"
               "Appeal: you may submit a Level 1 provider appeal within 30 business days from the date of this letter.\n")
    assert r.appeal.deadline == dt.date(2025, 12, 29) and r.appeal.window_days == 30


def test_a_window_counted_from_a_printed_decision_date():
    r = record("Prairie States Benefit Plan\nLetter Date: 04/09/2025\nDecision Date: 04/08/2025\n"
               "We are unable to approve the genetic test because we did not receive the records we need.\n"
               "You or your provider may submit an appeal within 180 calendar days of the Decision Date shown above.\n")
    assert r.appeal.deadline == dt.date(2025, 10, 5) and r.letter_date == dt.date(2025, 4, 9)


def test_a_retro_authorization_window_is_not_an_appeal():
    r = record("Keystone Mutual\nDate of Notice: October 14, 2025\nClaim Ref: 25280-771-09944\n"
               "Date of Service: 09/30/2025\nCO-197 Precertification/authorization absent.\n"
               "Appeal: to appeal the denied lines, submit a Provider Appeal Request within 30 business days of the "
               "date of this notice. Retro-authorization requests must be made within 14 days of the date of service "
               "and are not appeals. Post-service appeals are not eligible for expedited handling.\n")
    assert r.appeal.deadline == dt.date(2025, 11, 25) and r.expedited.eligible is False
