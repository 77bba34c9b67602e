"""Issue 15, round 8: outside a form, "tell me more about it first" or "what would that
involve?" to an offer ("Would you like ...?") was not answered, and a yes to an offer that
is not a call ("Would you like to find free advice near you?") showed the menu. A question
about the offer is answered in a sentence or two with the offer kept open; a yes does what
the offer's yes button would."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionDefaultFallback
from actions.explain import ActionExplainTerm
from actions.outside_form import ActionAnswerOutsideForm
from bot import listening, texts
from bot.answers.offers import asks_about_offer, what_it_means

ASKS = ["ask me about it first", "tell me more about it first", "what would that involve",
        "what does that involve?", "can i ask about it first", "how does that work?",
        "what happens then?", "ok tell me a bit more", "more info please",
        "whats involved?", "what would they do", "what happens if i say yes",
        "could you explain what it is first", "what is it exactly?"]
NOT_ASKS = ["yes please", "no thanks", "dont no", "what is respite care?", "you what?",
            "i want to tell you about my mum", "is there a lunch club near me"]


@pytest.mark.parametrize("text", ASKS)
def test_a_question_about_the_offer_is_read(text):
    assert asks_about_offer(text)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_other_replies_are_not_questions_about_the_offer(text):
    assert not asks_about_offer(text)


def offer_event(text, buttons):
    return {"event": "bot", "text": text, "data": {"buttons": buttons}}


BREAK = offer_event("You would like a break. That is OK to ask for, and it helps you both. "
                    "Would you like someone from the team to call you about a break?",
                    listening.SAID["break"][1])
MONEY = offer_event("Money worries are stressful. You are not the only one, and there is free "
                    "advice. Would you like to find free advice near you?",
                    listening.SAID["money"][1])
TELECARE = offer_event("You may mean a personal alarm. Would you like to find out how to get "
                       "one?", listening.SAID["telecare"][1])
GROUPS = offer_event("Would you like to see groups near you?", [texts.YES, texts.NO])
SAVE = offer_event("Would you like me to save these?", [texts.YES, texts.NO])
CONTACT = offer_event("I can ask a person from the team to contact you now. Would you like "
                      "that?", [{"title": "Yes, contact me", "payload": "/request_human"},
                                {"title": "Not now", "payload": "/resume"}])
OFFERS = [BREAK, MONEY, TELECARE, GROUPS, SAVE, CONTACT]


def tracker_after(bot_event, text, intent, slots=None, entities=()):
    events = [{"event": "user", "text": "hello"}, bot_event, {"event": "user", "text": text}]
    return Tracker("offers-test", dict(slots or {}),
                   {"text": text, "intent": {"name": intent}, "entities": list(entities)},
                   events, False, None, {}, "action_listen")


def run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def expected_buttons(offer):
    return offer["data"]["buttons"]


@pytest.mark.parametrize("offer", OFFERS)
@pytest.mark.parametrize("text, action, intent", [
    ("tell me more about it first", ActionAnswerOutsideForm(), "affirm"),
    ("what would that involve", ActionDefaultFallback(), "nlu_fallback"),
    ("ask me about it first", ActionAnswerOutsideForm(), "deny"),
    ("what does that involve?", ActionExplainTerm(), "explain_term"),
    ("how does that work?", ActionDefaultFallback(), "nlu_fallback"),
])
def test_a_question_about_an_offer_is_answered_and_the_offer_stays_open(offer, text, action,
                                                                         intent):
    said, events = run(action, tracker_after(offer, text, intent))
    assert len(said) == 1 and said[0]["buttons"] == expected_buttons(offer)
    assert said[0]["text"].endswith("Would you like that?")
    assert said[0]["text"] != "Would you like that?"          # something was explained
    assert not any(m.get("response") == "utter_menu" for m in said)


def test_the_meaning_fits_the_offer():
    assert "ring" in what_it_means(BREAK["text"], expected_buttons(BREAK)) or \
        "touch" in what_it_means(BREAK["text"], expected_buttons(BREAK))
    assert "places near you" in what_it_means(MONEY["text"], expected_buttons(MONEY))
    assert "summary" in what_it_means(SAVE["text"], expected_buttons(SAVE))


def test_tell_me_more_guessed_as_show_more_is_about_the_offer():
    from actions.directory import ActionShowMoreServices
    said, _ = run(ActionShowMoreServices(), tracker_after(MONEY, "tell me more", "show_more"))
    assert said[0]["text"].endswith("Would you like that?")
    assert said[0]["buttons"] == expected_buttons(MONEY)


@pytest.mark.parametrize("text, guess", [
    ("what would that involve", "start_self_assessment"), ("how does that work", "ask_help"),
    ("ask me about it first", "inform"), ("tell me more about it first", "listen_connect"),
])
def test_a_question_about_an_offer_goes_to_the_fallback_not_a_form(text, guess):
    from bot.nlu.commands import typed_intent
    assert typed_intent(text, guess, []) == "nlu_fallback"


