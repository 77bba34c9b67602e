"""'No' or "I'd rather not say" to the direct question outside a form (persona round three):
after the suicide question the numbers and a person stay in view; after the abuse question
the reply stays short."""
import asyncio

import pytest

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import safety as safety_actions


def replies(concern):
    tracker = Tracker("test-no", {"safety_concern": concern},
                      {"text": "id prefer not to answer that", "intent": {"name": "deny"}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(safety_actions.ActionCheckInNo().run(dispatcher, tracker, {}))
    text = " ".join(m.get("text") or "" for m in dispatcher.messages)
    titles = [b["title"] for m in dispatcher.messages for b in m.get("buttons") or []]
    return text, titles


def test_after_the_suicide_question_samaritans_999_and_a_person_stay_in_view():
    text, titles = replies("crisis")
    assert "116 123" in text and "999" in text
    assert "Talk to a person" in titles


def test_after_the_abuse_question_no_helpline_block_is_added():
    text, titles = replies("safeguarding")
    assert "116 123" not in text
    assert "Talk to a person" in titles


def rather_not_replies(concern, typed):
    tracker = Tracker("test-rather-not", {"safety_concern": concern},
                      {"text": typed, "intent": {"name": "deny"}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(safety_actions.ActionCheckInNo().run(dispatcher, tracker, {}))
    return " ".join(m.get("text") or "" for m in dispatcher.messages)


@pytest.mark.parametrize("typed", ["I'd rather not say", "id prefer not to say", "not saying",
                                   "rather not tbh"])
def test_rather_not_say_typed_is_not_thanked_as_a_no(typed):
    text = rather_not_replies("safeguarding", typed)
    assert "in confidence" in text and "Thank you for telling me" not in text
    assert "What would you like to do?" not in text
    crisis = rather_not_replies("crisis", typed)
    assert "116 123" in crisis and "999" in crisis
