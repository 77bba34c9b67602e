"""A second call-back in the same conversation (persona round 4): the number and the message
wishes given earlier go on the new hand-off; they are not asked for again."""
import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import ActionHandoff
from bot import form_words
from bot.data import handoffs


def _tracker(text, slots):
    return Tracker("caller-2", slots, {"text": text, "intent": {"name": "request_human"},
                                       "entities": []},
                   [{"event": "user", "text": text}], False, None, {}, "action_listen")


def _run(text, slots):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionHandoff().run(dispatcher, _tracker(text, slots), {}))
    return " ".join(m.get("text") or "" for m in dispatcher.messages), events


GIVEN = {"contact_details": json.dumps({"phone": "07700 900461", "email": None}),
         "contact_time": "mornings",
         "contact_safety": json.dumps({"safe_to_call": True, "leave_message": False})}


@pytest.mark.parametrize("text", ["Ask for a call back", "can someone ring me about a break",
                                  "pls call me back again", "call me bk about respite"])
def test_details_given_earlier_are_used_again(db, text):
    said, events = _run(text, dict(GIVEN, handoff_reference="OLD-1"))
    assert form_words.CONTACT_REUSED in said and "07700 900461" in said
    assert not any(e.get("event") == "followup" for e in events)
    assert not any(e.get("name") == "contact_details" for e in events)
    assert "07700 900461" in handoffs.latest_for("caller-2")["summary"]


def test_without_details_the_contact_step_asks(db):
    said, events = _run("Ask for a call back", {})
    assert form_words.CONTACT_REUSED not in said
    assert {"event": "followup", "timestamp": None, "name": "contact_form"} in events
