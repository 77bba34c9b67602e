"""Questions about the places just shown (persona round 4): "is it on a friday?", "whats the
cost of the art class", "can i get in with a wheelchair" are answered from the shown places'
own records, not searched again; a new request ("anything on a friday near LS8") still
searches."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.directory import ActionSearchDirectory
from actions.explain import ActionExplainTerm
from bot.directory import followup
from bot.directory.service_summary import ServiceSummary

ART = ServiceSummary(id="a1", name="Community Art Class", description="Paint and draw with "
                     "others. All welcome.", when="Fridays, 10am to midday", days=["FR"],
                     cost="£2.50 a class", accessibility="Step-free access. Accessible toilet.",
                     phone="0113 496 0131", email="art@example.org")
LUNCH = ServiceSummary(id="l1", name="Oakwood Lunch Club", description="A hot meal and a chat.",
                       when="Tuesdays, midday", days=["TU"], cost="£4 a meal")
WALK = ServiceSummary(id="w1", name="Roundhay Health Walks", description="Gentle walks.",
                      days=["WE"], cost="Free")
SHOWN = [followup.card(s, "things_to_do") for s in (ART, LUNCH, WALK)]


@pytest.mark.parametrize("text", [
    "is it on a friday? i can only do fridays",
    "whats the cost of the art class",
    "how much is the lunch club",
    "can i get in with a wheelchair",
    "is the first one step free",
    "how do i contact the walks",
    "wen is the art one on",
    "is that one free",
    "i dont no wat that is",
    "wich one is best for me",
])
def test_a_question_about_what_was_shown_is_a_follow_up(text):
    assert followup.is_follow_up(text, SHOWN)


@pytest.mark.parametrize("text", [
    "anything on a friday near LS8",
    "is there anything free on sundays",
    "anything with wheelchair access?",
    "what about in Morley",
    "show me something else",
    "thanks",
    "my mum needs help with washing",
])
def test_a_new_request_is_not(text):
    assert not followup.is_follow_up(text, SHOWN)


def test_nothing_shown_means_no_follow_up():
    assert not followup.is_follow_up("is it on a friday", [])


@pytest.mark.parametrize("text, says, not_says", [
    ("whats the cost of the art class", "£2.50 a class", "£4"),
    ("how much does the lunch club cost", "£4 a meal", "£2.50"),
    ("the 2nd one, when is it", "Tuesdays", "Fridays"),
    ("can u get in the art class in a wheelchair", "Step-free access", "Lunch"),
    ("whats the number for the art class", "0113 496 0131", "Lunch"),
])
def test_the_answer_comes_from_that_place(text, says, not_says):
    reply, _ = followup.answer(text, SHOWN)
    assert says in reply and not_says not in reply


@pytest.mark.parametrize("text, says", [
    ("is it on a friday?", "On Fridays: Community Art Class"),
    ("any of them on wednesdays", "Roundhay Health Walks"),
    ("are they on a saturday", "None of the places I showed you are on Saturdays"),
])
def test_a_day_asked_of_several_says_which_are_on_it(text, says):
    assert says in followup.answer(text, SHOWN)[0]


def test_the_place_named_stays_in_focus_for_the_next_question():
    _, focused = followup.answer("whats the cost of the art class", SHOWN)
    reply, _ = followup.answer("so can i get in with a wheelchair or not", focused)
    assert reply.startswith("Community Art Class") and "Step-free" in reply
    assert "Lunch" not in reply


@pytest.mark.parametrize("text", [
    "does step free mean a wheelchair is ok",
    "i meant the art class. what does step-free mean, can my wheelchair get in",
    "step free means what? im in a wheelchair",
])
def test_step_free_is_explained(text):
    assert followup.STEP_FREE in followup.answer(text, SHOWN)[0]


def test_what_is_it_and_which_is_best_are_answered_simply():
    assert "Paint and draw with others." in followup.answer("wat is the art one", SHOWN)[0]
    reply, _ = followup.answer("wich one is best for me", SHOWN)
    assert reply.startswith(followup.CHOOSING)
    assert "A hot meal and a chat." in reply and "Gentle walks." in reply


def _tracker(text, intent="find_service", shown=SHOWN):
    return Tracker("t-shown", {"shown_services": shown, "service_category": "things_to_do"},
                   {"text": text, "intent": {"name": intent}, "entities": []},
                   [{"event": "user", "text": text}], False, None, {}, "action_listen")


def _run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return " ".join(m.get("text") or "" for m in dispatcher.messages), events


def test_the_search_action_answers_a_follow_up_without_searching():
    said, events = _run(ActionSearchDirectory(),
                        _tracker("whats the cost of the art class and can i get in with a wheelchair"))
    assert "£2.50" in said and "Step-free" in said and "could not find" not in said
    focus = [e for e in events if e.get("name") == "shown_services"][0]["value"]
    assert [c["focus"] for c in focus] == [True, False, False]


def test_the_explain_action_answers_step_free_about_a_shown_place():
    said, _ = _run(ActionExplainTerm(), _tracker(
        "i meant the art class. does step free mean a wheelchair is ok", "explain_term"))
    assert "don't know the word" not in said and "Community Art Class" in said


@pytest.mark.parametrize("text, says", [
    ("is it on a friday? i can only do fridays", "Yes, it is on Fridays."),
    ("is it open on a monday", "It is not on Mondays."),
    ("does that one run tuesdays", "It is not on Tuesdays."),
])
def test_a_day_asked_of_the_one_place_shown_gets_yes_or_no(text, says):
    assert says in followup.answer(text, SHOWN[:1])[0]


@pytest.mark.parametrize("text, intent", [
    ("i dont no wat that is", "deny"), ("cool 👍 wich one is best for me", "greet"),
    ("is it for me", "affirm"), ("no i meen wat is it", "deny"),
])
def test_what_is_that_is_not_taken_as_a_no(text, intent):
    from rasa.shared.nlu.constants import INTENT, TEXT
    from rasa.shared.nlu.training_data.message import Message
    from bot.nlu.commands import CommandClassifier

    message = Message({TEXT: text, INTENT: {"name": intent, "confidence": 0.8},
                       "intent_ranking": [{"name": intent, "confidence": 0.8}]})
    CommandClassifier().read(message)
    assert message.get(INTENT)["name"] == "nlu_fallback"
