"""safety16: "ill do it tonight. bye" at a form question is the form's (the safety net stays
quiet, tests/safety/test_safety16_form_answers.py), but after signs of suicide risk that
stand, the time said goes on the hand-off as URGENT and the goodbye gives the numbers again.
Pure: the form's interpret step, no Rasa server, independent of the clock."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateSelfAssessmentForm
from bot import store
from bot.data import handoffs

SENDER = "dawn-r15"
PLAN = {"words": "ive sorted my will and given the dog to my sister, the tablets are in the drawer",
        "kind": "crisis", "tier": "clear", "category": "suicide_preparation"}
LATER = ["ill do it tonight. bye", "no time now, ill do it tonight. bye",
         "im at work, ill do the rest tonight", "sorry got to go, ill finish it tomorrow"]


def tracker(text, slots):
    message = {"text": text, "intent": {"name": "inform", "confidence": 0.9}, "entities": [],
               "safety_net": {"tier": "none"}}
    return Tracker(SENDER, dict(slots), message, [{"event": "user", "text": text}], False,
                   None, {"name": "self_assessment_form"}, "action_listen")


def interpret(text, slots):
    return asyncio.run(ValidateSelfAssessmentForm().interpret(
        CollectingDispatcher(), tracker(text, slots), {"slots": {}, "forms": {}}))


@pytest.mark.parametrize("text", LATER)
def test_after_a_plan_the_time_said_with_a_goodbye_is_urgent_on_the_hand_off(db, text):
    store.save_record(SENDER, "safety", dict(PLAN))
    row = handoffs.create_handoff(SENDER, "crisis", summary=PLAN["words"], priority=2)
    interpret(text, {"requested_slot": "sa_what_matters", "consent_given": True,
                     "handoff_reference": row["reference"]})
    kept = handoffs.latest_for(SENDER)
    assert "URGENT" in kept["summary"], kept["summary"]
    assert kept["priority"] < row["priority"]


def test_without_signs_of_risk_nothing_is_urgent(db):
    row = handoffs.create_handoff(SENDER, "callback", summary="a call about a carer", priority=20)
    interpret("ill do it tonight. bye", {"requested_slot": "sa_what_matters", "consent_given": True,
                                         "handoff_reference": row["reference"]})
    kept = handoffs.latest_for(SENDER)
    assert "URGENT" not in kept["summary"] and kept["priority"] == row["priority"]
