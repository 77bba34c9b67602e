"""The answer-first engine's decisions, without Rasa: what counts as an answer, a request
or an interruption at a question, and how each kind of answer is read."""
import json

import pytest
from rasa_sdk.executor import ActionExecutor

from actions.form_engine import Decision, Turn, decide, read_answer
from bot import form_slots as fs
from bot.answers.terms import asks_what_a_term_means
from bot.answers.terms import is_a_care_word, mentions_a_care_word_with_a_question
from bot.assessment.summary import GOING_FINE
from bot.markers import NOT_SURE, SKIPPED
from fake_tracker import FakeTracker


def turn(text, intent="inform", confidence=0.9):
    return Turn(intent, confidence, text)


ANSWERS = [
    "my garden and my cat", "hello", "i dont want to stop going to my club",
    "my son will call me back later", "skip the bingo i hate it", "she likes her church",
    "my mum", "Peggy", "I don't really know what I'm doing with myself since march",
    "talking to people", "nothing much tbh", "😊 my grandkids", "<b>my dog</b>",
]


@pytest.mark.parametrize("text", ANSWERS)
def test_ordinary_replies_are_answers(text):
    assert decide(turn(text), fs.FREE_TEXT).action == "answer"


@pytest.mark.parametrize("text,kind", [
    ("why do you need to know that?", "why_ask"),
    ("what do you mean", "what_mean"),
    ("how many more questions is this, i have to pick the kids up", "how_many_more"),
])
def test_questions_about_the_question_are_requests(text, kind):
    assert decide(turn(text), fs.FREE_TEXT) == Decision("request", kind)


def test_safety_always_interrupts_and_is_never_stored_as_a_request():
    for intent in ("crisis", "safeguarding_concern", "safety_check_in"):
        assert decide(turn("anything", intent), fs.FREE_TEXT).action == "interrupt"


def test_a_request_for_a_person_interrupts_only_when_the_words_ask_for_one():
    assert decide(turn("can i talk to a real person", "request_human"),
                  fs.FREE_TEXT).action == "interrupt"
    # The model guessed "request_human", but this answers the question.
    assert decide(turn("someone to help me into the garden", "request_human"),
                  fs.FREE_TEXT).action == "answer"


def test_a_care_word_question_interrupts_but_an_answer_mentioning_one_does_not():
    assert decide(turn("what does reablement mean?", "explain_term"),
                  fs.FREE_TEXT).action == "interrupt"
    assert decide(turn("i get direct payments and use them for my PA on tuesdays and "
                       "fridays which works well", "explain_term"), fs.FREE_TEXT).action == "answer"


def test_buttons_and_typed_button_titles():
    assert decide(turn("/skip"), fs.FREE_TEXT) == Decision("answer", value="/skip")
    assert decide(turn("/request_human"), fs.FREE_TEXT).action == "interrupt"
    buttons = [{"title": "This is going fine", "payload": "/affirm"}]
    assert decide(turn("this is going fine"), fs.OUTCOME, buttons) == Decision(
        "answer", value="/affirm")
    assert decide(turn("/find_service"), fs.FREE_TEXT) == Decision("request", "other_journey")


def test_yes_to_the_direct_safety_question_takes_its_own_rule():
    assert decide(turn("yes", "affirm"), fs.SAFETY_CHECK).action == "interrupt"
    assert decide(turn("no", "deny"), fs.SAFETY_CHECK).action == "answer"


def read(slot, kind, value, slots=None):
    return read_answer(slot, kind, value, FakeTracker(slots))


def test_names_are_parsed_and_kept_short():
    assert read("preferred_name", fs.NAME, "mums name is Margaret but she goes by Peggy").slots[
        "preferred_name"] == "Peggy"
    again = read("preferred_name", fs.NAME, "why do I have to")
    assert again.slots["preferred_name"] is None and again.say


def test_who_it_is_about_from_free_words():
    reading = read("about", fs.ABOUT, "my mum")
    assert reading.slots["about"] == "someone_i_care_for"
    assert reading.slots["relationship"] == "mum"
    assert read("about", fs.ABOUT, "just me").slots["about"] == "self"
    unclear = read("about", fs.ABOUT, "banana")
    assert unclear.slots["about"] is None and unclear.say


def test_someone_elses_assessment_asks_whether_they_know_and_agree():
    assert read("about", fs.ABOUT, "for my dad").slots["on_behalf"] is None  # asked next
    assert read("about", fs.ABOUT, "me").slots["on_behalf"] == fs.NOT_NEEDED
    chosen = read("on_behalf", fs.ON_BEHALF, '/inform{"on_behalf": "cannot_decide"}')
    assert chosen.slots["on_behalf"] == "cannot_decide" and "legal power" in chosen.say
    own = read("on_behalf", fs.ON_BEHALF, "sort of, my brother is against it")
    assert own.slots["on_behalf"] == "sort of, my brother is against it" and own.say
    assert decide(turn('/inform{"on_behalf": "agrees"}'), fs.ON_BEHALF).action == "answer"


def test_scales_take_numbers_and_clear_words_only():
    assert read("sa_scale_now", fs.SCALE, "about a 6").slots["sa_scale_now"] == "6"
    assert read("sa_scale_now", fs.SCALE, "seven").slots["sa_scale_now"] == "7"
    again = read("sa_scale_now", fs.SCALE, "pretty good")
    assert again.slots["sa_scale_now"] is None and "1 to 10" in again.say
    assert read("sa_scale_now", fs.SCALE, "/skip").slots["sa_scale_now"] == SKIPPED


def test_markers_and_outcomes():
    assert read("sa_good_day", fs.FREE_TEXT, "/dont_know").slots["sa_good_day"] == NOT_SURE
    assert read("sa_outcome_toilet", fs.OUTCOME, "/affirm").slots[
        "sa_outcome_toilet"] == GOING_FINE
    emoji_only = read("sa_good_day", fs.FREE_TEXT, "👍👍")
    assert emoji_only.slots["sa_good_day"] is None and emoji_only.say


def test_contact_details_are_parsed_and_safety_said_with_them_is_kept():
    reading = read("contact_details", fs.CONTACT,
                   "07700 900456 but please dont ring me, he might pick up")
    details = json.loads(reading.slots["contact_details"])
    assert details["phone"].replace(" ", "") == "07700900456"
    safety = json.loads(reading.slots["contact_safety"])
    assert safety["safe_to_call"] is False
    assert read("contact_details", fs.CONTACT, "whenever").slots["contact_details"] is None
    skipped = read("contact_details", fs.CONTACT, "/skip").slots
    assert skipped["contact_details"] == SKIPPED and skipped["contact_time"] == SKIPPED
    # A "don't" before the way in is not a no: the email is kept.
    emailed = read("contact_details", fs.CONTACT, "dont ring me, email me at sam@example.org")
    assert json.loads(emailed.slots["contact_details"])["email"] == "sam@example.org"
    assert read("contact_details", fs.CONTACT, "no thanks").slots["contact_details"] == SKIPPED


def test_consent_yes_and_no_in_words():
    assert read("consent_given", fs.CONSENT, "yeah go on").slots["consent_given"] is True
    assert read("consent_given", fs.CONSENT, "nah").slots["consent_given"] is False
    assert read("consent_given", fs.CONSENT, "what for").slots["consent_given"] is None


@pytest.mark.parametrize("text,asks", [
    ("hang on whats a DoLS", True), ("CHC?", True), ("what does eligible mean", True),
    ("sorry, what is section 117", True), ("is there a carers group near me", False),
    ("he said what does reablement mean? the hospital mentioned it", True),
    ("she gets reablement. it helps a lot.", False),
    ("my carer comes on tuesdays", False), ("CHC", False), ("Peggy", False),
])
def test_a_care_word_asked_about_is_explained_at_any_question(text, asks):
    assert asks_what_a_term_means(text) is asks
    if asks:
        assert decide(turn(text, "inform"), fs.CONSENT) == Decision("request", "explain_term")


def test_a_bare_care_word_outside_a_form_is_explained():
    assert is_a_care_word("eligible needs") and is_a_care_word("s117 aftercare?")
    assert not is_a_care_word("I want direct payments") and not is_a_care_word("hello")
    assert mentions_a_care_word_with_a_question("it says i have eligible needs??")
    assert not mentions_a_care_word_with_a_question("it says i have eligible needs")


def test_only_real_forms_register_a_validation_action():
    """The shared bases are abstract: no bare "validate_", one action per form."""
    executor = ActionExecutor()
    executor.register_package("actions")
    validators = sorted(n for n in executor.actions if n.startswith("validate_"))
    assert validators == sorted(f"validate_{form}" for form in fs.FORMS)


@pytest.mark.parametrize("text", [
    "i suppose so yes. i just want to talk to someone about it without him knowing",
    "ok well id rather speak to a person now if thats alright",
    "yes please, someone from the council, not on the house phone",
])
def test_asking_for_a_person_where_one_is_offered_is_that_choice(text):
    assert decide(turn(text, "request_human", 0.5), fs.SAFETY_NEXT).action == "interrupt"


def test_at_other_questions_a_person_in_a_long_answer_stays_the_answer():
    text = "i suppose so yes. i just want to talk to someone about it without him knowing"
    assert decide(turn(text, "request_human", 0.5), fs.FREE_TEXT).action == "answer"
