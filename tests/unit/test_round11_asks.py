"""Round eleven's asks (persona testers A and B): a denial of caring never starts the carer's
assessment; paying for care is answered; a question about a word is answered wherever it
comes; a skip to the help or a goodbye at a question is not an answer; "yes esy read pls"
turns easy read on. Each family fails on the code before round eleven."""
from __future__ import annotations

import pytest

from actions.form_engine import Turn, decide
from actions.forms import ValidateSelfAssessmentForm
from bot import form_slots as fs, form_words, texts
from bot.answers import care_costs, not_a_carer
from bot.answers.care_costs import about_paying_for_care
from bot.answers.leaving import farewell_with_a_skip
from bot.answers.not_a_carer import denies_being_a_carer
from bot.answers.short_of_time import read_time_words
from bot.answers.terms import word_asked_about
from bot.easy_read_request import easy_read_wish
from bot.markers import SKIPPED
from bot.nlu.safety_net import ASKS_FOR_A_CALL
from bot.sounds_like import as_meant
from command_reader import intent_after
from fake_tracker import carer_form_turn
from fake_tracker import FakeTracker
from jargon import glossary


# ---- 1. "im not a carer" -------------------------------------------------------------------

DENIALS = [
    "im not a carer love, jean was the one who looked after me really. i just want a person "
    "to ring me",
    "i dont look after anybody, i told you. is this the right thing? i only wanted a phone call",
    "I'm not a carer", "i am not really a carer", "im not looking after anyone",
    "there is nobody i look after", "i do not care for anyone", "me not a carer, its for me",
]
NOT_DENIALS = ["no one to look after me", "theres no one to look after him",
               "im not a very good carer", "i look after my mum", "i dont know if im a carer",
               "is the carer not coming today", "im not a carers assessment person"]


@pytest.mark.parametrize("text", DENIALS)
def test_a_denial_of_caring_is_found(text):
    assert denies_being_a_carer(text)


@pytest.mark.parametrize("text", NOT_DENIALS)
def test_a_need_or_talk_about_caring_is_not_a_denial(text):
    assert not denies_being_a_carer(text)


@pytest.mark.parametrize("guess", ["start_carer_assessment", "carer_strain", "inform"])
def test_a_denial_never_starts_the_carers_assessment(guess):
    assert intent_after("i'm not a carer", guess) == "nlu_fallback"
    assert intent_after(DENIALS[0], guess) == "request_human"
    assert intent_after("i look after my mum", "start_carer_assessment") == \
        "start_carer_assessment"


def test_a_real_person_asked_for_is_never_a_carers_strain_route():
    text = ("what about the getting there and the evenings. can i talk to a real person about "
            "all this, im not much good with computers")
    assert ASKS_FOR_A_CALL.search(text)
    assert intent_after(text, "listen_connect") == "request_human"


def _carer_form_turn(text, slot="ca_caring_role"):
    return carer_form_turn(text, slot, {"preferred_name": "Ken"}, sender="round11")


@pytest.mark.parametrize("slot", ["ca_caring_role", "ca_what_matters"])
def test_inside_the_carers_questions_a_denial_offers_the_way_out(slot):
    messages, values = _carer_form_turn(DENIALS[1], slot)
    assert messages[0]["text"] == not_a_carer.NOT_A_CARER_IN_FORM
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert titles == ["Stop the questions", texts.TALK_TO_A_PERSON["title"]]
    assert not_a_carer.STOP_THE_QUESTIONS["payload"] == "/stop"    # no code to come back
    assert slot not in values and "Sorry, you told me that already" not in messages[0]["text"]


def test_an_answer_about_caring_is_still_kept_in_the_carers_questions():
    _, values = _carer_form_turn("my mum, i do her shopping and her tablets")
    assert values["ca_caring_role"] == "my mum, i do her shopping and her tablets"


# ---- 2. paying for care --------------------------------------------------------------------

PAYING = ["paying for care", "who explains care charges", "care home fees",
          "he's not in debt! is there anyone who explains care charges? we're in Pudsey LS28",
          "will my dad have to pay for his care, he has 9 grand in savings",
          "ok thanks. so with 9 grand in savings will he have to pay anything?",
          "i cant afford the care charges", "will mum lose her house"]
NOT_PAYING = ["will i have to pay for the bus", "is there free support for carers near me",
              "we already pay for her carers", "how much is the lunch club",
              "does the lunch club cost anything"]


@pytest.mark.parametrize("text", PAYING)
def test_paying_for_care_is_found_outside_the_questions(text):
    assert about_paying_for_care(text)


@pytest.mark.parametrize("text", NOT_PAYING)
def test_the_cost_of_an_activity_or_news_about_money_is_not(text):
    assert not about_paying_for_care(text)


@pytest.mark.parametrize("guess", ["money_worry", "find_service", "explain_term", "inform"])
def test_paying_for_care_goes_to_its_answer_not_money_help(guess):
    assert intent_after("paying for care", guess) == "nlu_fallback"
    assert intent_after("who explains care charges", guess) == "nlu_fallback"


def test_a_letter_pasted_with_a_care_word_is_still_explained_first():
    text = ("and this bit: 'your mother is entitled to reablement' does that mean she "
            "doesnt pay for the care home")
    assert intent_after(text, "inform") == "explain_term"


def test_paying_for_section_117_aftercare_gets_its_own_true_answer():
    # Round thirteen: section 117 aftercare is free; the fallback says so
    # (bot/answers/money_questions.py), rather than only defining the word.
    from bot.answers.money_questions import S117, money_question

    text = ("and this bit: 'your father is entitled to s117 aftercare' does that mean he "
            "doesnt pay for the care home")
    assert intent_after(text, "inform") == "nlu_fallback"
    assert money_question(text) == S117


def test_the_answer_says_how_paying_works_and_offers_a_person():
    said = " ".join(care_costs.outside_form_answer())
    assert "financial assessment" in said and "income and savings" in said
    assert "set for all of England" in said and "The team can tell you" in said
    assert "\u00a3" not in said          # no figure: the project holds none
    assert texts.TALK_TO_A_PERSON in care_costs.outside_form_buttons()
    assert care_costs.HOW_IT_WORKS in care_costs.answer()     # one home for the facts


# ---- 3. a word asked about -----------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("whats respite, is that the word for what im after? my sister said ask for respite",
     "respite"),
    ("can you just tell me what respite is please", "respite"),
    ("sorry i dont follow. what does respite mean", "respite"),
    ("i asked what respite means", "respite"),
    ("the shop one i like 👍 wots suported mean", "supported"),
    ("wots suported mean", "supported"),
])
def test_a_question_about_a_word_finds_the_word(text, word):
    assert word_asked_about(as_meant(text)) == word


@pytest.mark.parametrize("guess", ["give_feedback", "find_service", "affirm"])
def test_a_question_about_a_word_is_explained_whatever_was_guessed(guess):
    assert intent_after("can you just tell me what respite is please", guess) == "explain_term"
    assert intent_after("the shop one i like 👍 wots suported mean", guess) == "explain_term"


def test_a_word_that_starts_kinds_of_help_is_a_word_asked_about():
    assert [e.headword for e in glossary.starting_with("supported")] == [
        "Supported decision-making", "Supported employment", "Supported living"]
    assert glossary.starting_with("care") == []          # too many to be one word asked
    assert word_asked_about("what support is there") is None


def test_a_word_question_inside_a_form_is_explained_not_kept():
    decision = decide(Turn("give_feedback", 0.9, "can you just tell me what respite is please"),
                      fs.FREE_TEXT)
    assert decision.request == "explain_term"
    assert decide(Turn("inform", 0.9, "wots suported mean"), fs.FREE_TEXT).request == \
        "explain_term"


# ---- 4. a skip to the help, a goodbye ------------------------------------------------------

def test_skip_to_the_help_bit_goes_to_the_end_with_the_help_kept_there():
    form = ValidateSelfAssessmentForm()
    tracker = FakeTracker({"consent_given": True, "about": "someone_i_care_for",
                           "preferred_name": "Irene", "relationship": "mum",
                           "on_behalf_ok": True, "sa_what_matters": "her cat"})
    said, slots = form.time_words_turn(
        "look can we skip to the actual help bit? she needs someone to pop in at teatime to "
        "make sure she eats and takes her meds, thats it really", "sa_good_at", fs.FREE_TEXT,
        tracker)
    assert said == form_words.TO_THE_END
    assert slots["sa_good_at"] == SKIPPED
    assert slots["sa_what_next"].startswith("she needs someone to pop in at teatime")


@pytest.mark.parametrize("text", ["can we skip to the actual help bit?", "just get to the help",
                                  "can we get to the point", "skip to the help part please"])
def test_the_help_bit_asked_for_is_a_wish_to_go_on(text):
    words = read_time_words(text)
    assert words is not None and words.to_the_end and words.to_the_help


@pytest.mark.parametrize("text", ["skip. ta-ra then", "skip, bye now", "pass. bye",
                                  "never mind, see you"])
def test_a_skip_with_a_goodbye_is_a_goodbye_not_the_answer(text):
    assert farewell_with_a_skip(text)
    assert decide(Turn("skip", 0.9, text), fs.SAFETY_WISH).request == "goodbye"
    assert decide(Turn("inform", 0.9, text), fs.FREE_TEXT).request == "goodbye"


@pytest.mark.parametrize("text", ["no. bye", "my mum. bye", "skip", "ta-ra"])
def test_an_answer_or_a_no_with_a_goodbye_is_not_taken_as_a_skip(text):
    assert not farewell_with_a_skip(text)


def test_a_goodbye_at_the_direct_safety_question_is_left_to_its_rules():
    assert decide(Turn("skip", 0.9, "skip. ta-ra then"), fs.SAFETY_CHECK).request != "goodbye"


# ---- 5. "yes esy read pls" -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["yes esy read pls", "eazy read please", "yes easy read"])
def test_easy_read_asked_for_with_a_yes_or_by_sound(text):
    assert easy_read_wish(as_meant(text)) is True
    assert intent_after(text, "affirm") == "nlu_fallback"
