"""Round 6 (tests/conversations/transcripts/round6-tester-C.md): leaving words that are not a
leaving, a letter as the way in, not knowing at a yes/no or scale question, and questions
about paying for care asked in the middle of the questions. Fresh words, not the testers'."""
from __future__ import annotations

import json

import pytest

from actions.form_engine import Turn, decide, read_answer, read_contact
from bot import form_slots as fs
from bot.answers.callback_talk import LETTER, STILL_COMING, callback_question
from bot.answers.care_costs import answer as care_costs_answer, asks_about_care_costs
from bot.answers.contact import parse_contact, read_back
from bot.answers.leaving import leaving_words_not_a_leaving, says_farewell
from bot.answers.requests import classify_request
from bot.answers.trailing import answer_then_request
from bot.form_words import ADDRESS_FOR_LETTER, contact_read_back
from bot.markers import NOT_SURE
from command_reader import intent_after
from fake_tracker import FakeTracker


# --- 1. "see my cousin" is not "see you" ----------------------------------------------------

EVERYDAY_SEEING = [
    "playing fifa and seeing my mates",
    "going to see my nan on sundays",
    "bye-bye to the old job, i hope",
    "i said goodbye to the house last year",
    "go and see the football with my uncle",
]
REAL_LEAVINGS = ["see you later", "ok bye 👋", "right im off, ta ra", "see ya",
                 "i have to say goodbye now", "going to see my nan now, bye"]


@pytest.mark.parametrize("text", EVERYDAY_SEEING)
def test_seeing_someone_is_not_a_leaving(text):
    assert leaving_words_not_a_leaving(text)
    assert not says_farewell(text)


@pytest.mark.parametrize("text", REAL_LEAVINGS)
def test_a_farewell_is_still_a_leaving(text):
    assert says_farewell(text)
    assert not leaving_words_not_a_leaving(text)


@pytest.mark.parametrize("text", EVERYDAY_SEEING)
def test_seeing_someone_at_a_question_is_the_answer(text):
    for kind in (fs.FREE_TEXT, fs.OUTCOME):
        found = decide(Turn("goodbye", 0.9, text), kind)
        assert found.action == "answer" and found.value == text


@pytest.mark.parametrize("text", ["see you later", "ok bye 👋", "ta ra then"])
def test_a_farewell_at_a_question_is_still_answered_as_one(text):
    assert decide(Turn("goodbye", 0.9, text), fs.FREE_TEXT).request in ("goodbye", "pause")


@pytest.mark.parametrize("text", EVERYDAY_SEEING[:2] + EVERYDAY_SEEING[3:])
def test_the_model_guessing_goodbye_for_seeing_someone_is_taken_back(text):
    assert intent_after(text, "goodbye") == "nlu_fallback"


@pytest.mark.parametrize("text", ["see you later", "bye for now", "thats all thanks, bye"])
def test_a_real_goodbye_stays_a_goodbye(text):
    assert intent_after(text, "goodbye") == "goodbye"


# --- 2. a letter as the way in --------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("please write to me at 9 Oak Close, Leeds LS7 4HW", "9 Oak Close, Leeds LS7 4HW"),
    ("a letter is best. flat 3, 21 Wood Lane LS12 6PP", "flat 3, 21 Wood Lane LS12 6PP"),
    ("post it to 102a Harehills Road, LS8 5HR in a plain envelope",
     "102a Harehills Road, LS8 5HR"),
    ("my address is 5 Church View, Bramley LS13 3AA", "5 Church View, Bramley LS13 3AA"),
])
def test_a_postal_address_is_a_way_in(text, address):
    found = parse_contact(text)
    assert found.address == address and found.is_reachable
    assert f"a letter to {address}" in read_back(found)


@pytest.mark.parametrize("text", ["i am 82 and live in LS8 3PQ", "ring me at 10 am, LS6 2QT",
                                  "07700 900456 after 4", "the meeting is on 12 May at LS1"])
def test_numbers_near_a_postcode_are_not_an_address(text):
    assert parse_contact(text).address is None


@pytest.mark.parametrize("text", [
    "in a plain envelope please, without the council name",
    "send it in a plain brown envelope",
    "no council logo on the envelope please, just a letter",
])
def test_a_plain_envelope_is_kept(text):
    found = parse_contact(text)
    assert found.plain_envelope and found.by_letter


def test_a_letter_only_fills_the_contact_step_and_reads_back():
    reading = read_contact("contact_details",
                           "can you write instead? 9 Oak Close, Leeds LS7 4HW, plain envelope")
    details = json.loads(reading.slots["contact_details"])
    assert details["address"] == "9 Oak Close, Leeds LS7 4HW"
    assert reading.slots["contact_time"] == fs.NOT_NEEDED
    safety = json.loads(reading.slots["contact_safety"])
    assert safety["plain_envelope"] and safety["by_letter"]
    said = contact_read_back({**details, **safety, "best_time": fs.NOT_NEEDED})
    assert "Letter to: 9 Oak Close, Leeds LS7 4HW." in said and "plain envelope" in said
    assert "Best time" not in said


def test_a_letter_asked_for_without_an_address_asks_for_it_and_keeps_the_envelope():
    reading = read_contact("contact_details", "a letter would be better, plain envelope")
    assert reading.slots["contact_details"] is None and reading.say == ADDRESS_FOR_LETTER
    assert json.loads(reading.slots["contact_safety"])["plain_envelope"] is True


@pytest.mark.parametrize("text", [
    "would a letter be ok?",
    "could they just post something to me instead?",
    "Can the team write to me? I dont like the phone.",
    "is it possible to have it in the post?",
    "what about by post?",
])
def test_asking_about_a_letter_is_a_question_about_the_way_in(text):
    assert callback_question(text) == LETTER


@pytest.mark.parametrize("text", ["i got a letter from the council about my mum",
                                  "she writes letters to her sister",
                                  "can you write that down for me",
                                  "got a letter saying 'you have been referred for a CHC "
                                  "checklist' what does that mean??",
                                  "can you explain this letter?",
                                  "could someone send me an email instead",
                                  "the post comes late here"])
def test_talk_about_letters_is_not_that_question(text):
    assert callback_question(text) != LETTER


def test_will_they_still_ring_stays_its_own_question():
    assert callback_question("will they still ring me?") == STILL_COMING


# --- 3. not knowing is not no ---------------------------------------------------------------

NOT_KNOWING = ["dont no", "dunno", "not sure tbh", "dont no tbh", "no idea tbh",
               "i dunno really", "dnt know"]


@pytest.mark.parametrize("text", NOT_KNOWING)
def test_not_knowing_is_read_as_not_knowing(text):
    found = classify_request(text)
    assert found is not None and found.kind == "dont_know"


@pytest.mark.parametrize("text", NOT_KNOWING)
@pytest.mark.parametrize("kind", [fs.YES_NO, fs.SCALE, fs.SCREEN, fs.FREE_TEXT])
def test_not_knowing_at_a_yes_no_or_scale_question_is_stored_as_not_sure(text, kind):
    for guess in ("deny", "dont_know", "nlu_fallback", "affirm"):
        found = decide(Turn(guess, 0.99, text), kind)
        assert found.action == "answer" and found.value == "/dont_know", (guess, found)
    slot = "sa_screen_self_care" if kind == fs.SCREEN else "sa_x"
    reading = read_answer(slot, kind, "/dont_know", FakeTracker({}))
    assert reading.slots.get(slot) not in ("no", False)
    if kind in (fs.SCALE, fs.FREE_TEXT):
        assert reading.slots[slot] == NOT_SURE
    if kind == fs.YES_NO:
        # (only "may we contact you?" is this kind: not knowing is asked again, never a no)
        assert reading.slots[slot] is None and reading.say


# --- 4. paying for care, asked in the middle ------------------------------------------------

COST_QUESTIONS = [
    "will my nan have to sell her bungalow?",
    "does dad have to pay for the carers",
    "could we lose the house if mum goes in a home",
    "how much will the care home cost?",
    "who pays for her care",
    "will grandad have to pay or move out of his house?",
]
NOT_COST_QUESTIONS = ["we already pay for her carers", "she loves her house",
                      "is the lunch club free?", "i lost my house keys again",
                      "my dad moved into a care home and we pay for it",
                      "will they still ring me?"]


@pytest.mark.parametrize("text", COST_QUESTIONS)
def test_paying_for_care_asked_mid_form_is_answered_then_the_same_question(text):
    assert asks_about_care_costs(text)
    for kind in (fs.FREE_TEXT, fs.ABOUT, fs.YES_NO, fs.SCREEN, fs.ON_BEHALF):
        assert decide(Turn("money_worry", 0.8, text), kind) .request == "care_costs"


@pytest.mark.parametrize("text", NOT_COST_QUESTIONS)
def test_talk_about_money_or_homes_is_not_that_question(text):
    assert not asks_about_care_costs(text)


def test_the_answer_is_plain_and_true():
    said = care_costs_answer()
    for part in ("financial assessment", "not counted while a husband, wife or partner",
                 "0300 123 4567", "back to the question"):
        assert part in said


def test_an_answer_then_a_cost_question_keeps_the_answer():
    split = answer_then_request("she likes her garden and the radio. will she have to sell "
                                "the house?", lambda _: False)
    assert split is not None and split[1] == "care_costs"
    assert split[0] == "she likes her garden and the radio."


# --- 5. "can we do the job bit now?" goes to that part ---------------------------------------

@pytest.mark.parametrize("text", ["can we do the job bit now?", "could we talk about work first",
                                  "skip to the college part pls", "i want the job questions",
                                  "gym sometimes. can we do job now pls"])
def test_a_wish_for_the_work_part_is_found(text):
    from bot.answers.jump import part_asked_for

    assert part_asked_for(text) == "work_learning"


@pytest.mark.parametrize("text", ["i want a job", "i want JOB", "i love my job",
                                  "lets talk about my family", "work is ok now",
                                  "can we talk about my mum"])
def test_talk_about_work_or_family_is_an_answer(text):
    from bot.answers.jump import part_asked_for

    assert part_asked_for(text) is None


def test_the_self_assessment_goes_to_the_work_question():
    from actions.forms import ValidateSelfAssessmentForm

    tracker = FakeTracker({"consent_given": True, "about": "self", "preferred_name": "Jay",
                           "sa_what_matters": "my cat"})
    said, slots = ValidateSelfAssessmentForm().jump_to("work_learning", "sa_good_day", tracker)
    assert "work" in said
    assert slots["sa_good_day"] == slots["sa_community"] == "skipped"
    assert "sa_what_matters" not in slots
    assert slots["sa_outcome_work_learning"] is None
    assert slots["sa_outcome_relationships"] == fs.NOT_NEEDED
    assert slots["sa_screen_life"]


def test_no_jump_before_the_name_or_after_the_part():
    from actions.forms import ValidateSelfAssessmentForm

    form = ValidateSelfAssessmentForm()
    assert form.jump_to("work_learning", "about", FakeTracker({})) is None
    assert form.jump_to("work_learning", "sa_tried", FakeTracker({})) is None
    assert form.jump_to(None, "sa_good_day", FakeTracker({})) is None
    for first in ("consent_given", "about", "on_behalf", "preferred_name"):
        assert form.jump_to("work_learning", first, FakeTracker({})) is None


def test_the_carers_form_never_jumps_past_consent_or_the_name():
    from actions.forms import ValidateCarerAssessmentForm

    form = ValidateCarerAssessmentForm()
    for first in ("consent_given", "preferred_name"):
        assert form.jump_to("work_learning", first, FakeTracker({})) is None
    said, slots = form.jump_to("work_learning", "ca_caring_role", FakeTracker({}))
    assert slots["ca_caring_role"] == "skipped" and "consent_given" not in slots
    assert slots["ca_outcome_work_learning"] is None


# --- surveys: not knowing is "neither", and "how many are left" counts the sentences ---------

@pytest.mark.parametrize("text", ["dont no", "dont no tbh", "i dont no really", "idk",
                                  "not sure tbh", "dunno"])
def test_not_knowing_in_a_survey_is_neither_never_disagree(text):
    from bot.surveys.answers import parse_agreement

    assert parse_agreement(text) == "neither"


@pytest.mark.parametrize("text, code", [("no", "disagree"), ("i dont agree", "disagree"),
                                        ("dont like it", "disagree")])
def test_a_survey_no_is_still_a_no(text, code):
    from bot.surveys.answers import parse_agreement

    assert parse_agreement(text) == code


def test_how_many_are_left_in_a_survey_counts_its_own_sentences():
    from actions.survey import ValidateExperienceSurveyForm
    from bot.surveys.definitions import SURVEYS

    key = next(k for k, s in SURVEYS.items() if len(s.statements) == 5)
    tracker = FakeTracker({"survey_type": key, "sv_q1": "agree"})
    assert ValidateExperienceSurveyForm().remaining(tracker) == 4


def test_an_agreement_with_how_many_more_is_kept_and_answered():
    from actions.survey import ValidateExperienceSurveyForm
    from bot.surveys.definitions import SURVEYS

    key = next(k for k, s in SURVEYS.items() if len(s.statements) == 5)
    tracker = FakeTracker({"survey_type": key, "sv_q1": "agree"})
    reading = ValidateExperienceSurveyForm().read(
        "sv_q2", fs.STATEMENT, "Agree, how many more of these are there?", tracker)
    assert reading.slots["sv_q2"] == "agree" and "3 more" in reading.say


@pytest.mark.parametrize("text", ["my garden. will i have to pay for care?",
                                  "seeing my grandkids, but will mum lose her house?"])
def test_an_answer_before_a_cost_question_is_kept_as_the_answer(text):
    assert decide(Turn("money_worry", 0.8, text), fs.FREE_TEXT).action == "answer"
    split = answer_then_request(text, lambda _: False)
    assert split is not None and split[1] == "care_costs"


@pytest.mark.parametrize("text", ["could somebody get in touch with me", "can they write to me",
                                  "please contact me about mum", "ring me back after 2",
                                  "can someone send me a letter"])
def test_asking_to_be_reached_starts_the_contact_step_in_hours_too(text):
    from actions.handoff import WANTS_A_CALL

    assert WANTS_A_CALL.search(text)


@pytest.mark.parametrize("text", ["i want to talk to someone", "can i chat to a person now",
                                  "is there a real person i can speak to"])
def test_asking_for_a_person_now_stays_the_live_queue(text):
    from actions.handoff import WANTS_A_CALL

    assert not WANTS_A_CALL.search(text)
