"""Rounds nine and ten: after a card or an explanation inside the questions, "what questions?"
was read as "carry on" (the next question came with no word about it), and "what were you
asking" was kept as the answer. Every way of losing the question says it again, as it was."""
import asyncio

import pytest

from actions.form_engine import Decision, Turn, decide
from actions.forms import ValidateCarerAssessmentForm, ValidateSelfAssessmentForm
from bot import form_slots as fs
from bot import form_words
from bot.answers.requests import classify_request
from fake_tracker import FakeTracker

LOST_THE_QUESTION = [
    "what questions?", "what question", "what were you asking", "sorry what was the question",
    "whats the question again", "what was the question again?", "what was i meant to answer",
    "remind me what you asked", "sorry where were we", "where was i", "what did you ask me",
    "hang on, what were you asking me?", "i forgot the question", "ask me that again please",
    "ok what question are we on", "what are u on about",
]


@pytest.mark.parametrize("text", LOST_THE_QUESTION)
def test_losing_the_question_is_its_own_request(text):
    found = classify_request(text)
    assert found is not None and found.kind == "which_question"


@pytest.mark.parametrize("text", ["what questions. i just wanted to know about the group",
                                  "what were you asking, i was reading the card"])
def test_a_lost_question_said_with_a_reason_is_still_that_request(text):
    assert classify_request(text).kind == "which_question"


@pytest.mark.parametrize("kind", [fs.FREE_TEXT, fs.SCREEN, fs.OUTCOME, fs.SAFETY_NEXT, fs.SCALE])
@pytest.mark.parametrize("text", LOST_THE_QUESTION[:6])
def test_at_any_question_it_is_never_kept_as_the_answer(kind, text):
    assert decide(Turn("inform", 0.5, text), kind) == Decision("request", "which_question")


@pytest.mark.parametrize("text, kind", [("what do you mean?", "what_mean"),
                                        ("i dont understand", "what_mean"),
                                        ("why do you need to know", "why_ask")])
def test_not_understanding_and_why_are_unchanged(text, kind):
    assert classify_request(text).kind == kind


def answer(form, slot, slots):
    return form.answer_request("which_question", slot, FakeTracker(slots), {})


def test_at_an_ordinary_question_the_question_is_said_again_not_carry_on():
    said = answer(ValidateSelfAssessmentForm(), "sa_good_day", {"sa_what_matters": "my dog"})
    assert said == form_words.REQUEST_ANSWERS["which_question"]
    assert said != form_words.CARRY_ON and "question again" in said


@pytest.mark.parametrize("form, slots, question", [
    (ValidateSelfAssessmentForm(), {"consent_given": True, "about": "self",
                                    "on_behalf": fs.NOT_NEEDED, "preferred_name": "Ron"},
     "What matters most to you in life?"),
    (ValidateSelfAssessmentForm(), {"consent_given": True, "about": "someone_i_care_for",
                                    "relationship": "dad", "on_behalf": "agrees",
                                    "preferred_name": "Ron", "sa_what_matters": "his dog",
                                    "sa_good_day": "a walk"},
     "What is going well for Ron at the moment?"),
    (ValidateCarerAssessmentForm(), {"consent_given": True, "preferred_name": "Sue"},
     "Tell me about the caring you do."),
])
def test_after_a_card_the_question_it_came_in_front_of_is_named(form, slots, question):
    said = answer(form, "safety_next", slots)
    assert question in said and said != form_words.CARRY_ON


def test_the_whole_turn_keeps_nothing_and_notes_the_request():
    form = ValidateSelfAssessmentForm()
    tracker = FakeTracker({"consent_given": True, "about": "self", "on_behalf": fs.NOT_NEEDED,
                           "preferred_name": "Ron", "requested_slot": "sa_what_matters"},
                          text="sorry what was the question")
    tracker.latest_message = {"text": "sorry what was the question",
                              "intent": {"name": "inform", "confidence": 0.4}}
    tracker.sender_id = "which-question-test"

    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    slots = asyncio.run(form.interpret(dispatcher, tracker, {}))
    assert slots == {"turn_note": "sa_what_matters:which_question"}
    assert dispatcher.messages[0]["text"] == form_words.REQUEST_ANSWERS["which_question"]


def test_with_the_questions_paused_after_a_card_the_next_one_is_named():
    from actions.conversation import ActionDefaultFallback
    from fake_tracker import action_tracker, run_action

    slots = {"paused_form": "self_assessment_form", "consent_given": True,
             "about": "someone_i_care_for", "relationship": "dad", "on_behalf": "agrees",
             "preferred_name": "Ron", "sa_what_matters": "his dog"}
    said, _ = run_action(ActionDefaultFallback(), action_tracker(
        "what questions?", slots, intent="out_of_scope", sender="which-question-paused"))
    assert 'The question I will ask next is: "What does a good day look like for Ron?"' in said


def test_with_nothing_paused_a_lost_question_says_the_last_message_again():
    from actions.conversation import paused_question
    from rasa_sdk.executor import CollectingDispatcher

    assert not paused_question(CollectingDispatcher(), FakeTracker({}), "what questions?")
