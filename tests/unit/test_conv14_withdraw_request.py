"""Taking back a request for a person (actions/withdraw_request.py): an ordinary request is
closed as "No longer needed" with the person's words for staff; a crisis or safeguarding
hand-off is never withdrawn from the chat (the person is told the team will still get in
touch); with nothing open, nothing is closed. A goodbye in the same message is still said."""
from __future__ import annotations

import pytest

from actions.withdraw_request import withdraw_events
from bot import store
from bot.answers import withdraw
from bot.data import handoffs
from fake_tracker import action_tracker
from rasa_sdk.executor import CollectingDispatcher

CANCEL = "cancel that person thing, I dont need anyone to join. bye"


def run(text, slots, sender):
    dispatcher = CollectingDispatcher()
    events = withdraw_events(dispatcher, action_tracker(text, slots, "nlu_fallback",
                                                        sender=sender))
    said = " ".join(m.get("text") or m.get("response") or "" for m in dispatcher.messages)
    return said, events


def test_a_request_is_closed_with_their_words(db):
    row = store.create_handoff("c14-w1", "request", summary="Talk to a person")
    said, events = run(CANCEL, {"handoff_reference": row["reference"]}, "c14-w1")
    assert withdraw.withdrawn(row["reference"]) in said and "utter_goodbye" in said
    closed = handoffs.latest_for("c14-w1")
    assert closed["status"] == "closed" and closed["outcome"] == "not_needed"
    assert "Withdrawn by the person" in closed["summary"]
    assert {"event": "slot", "timestamp": None, "name": "handoff_reference",
            "value": None} in events


def test_a_safety_hand_off_is_kept(db):
    row = store.create_handoff("c14-w2", "safeguarding", summary="worried")
    said, _ = run(CANCEL, {"handoff_reference": row["reference"]}, "c14-w2")
    assert withdraw.KEPT_FOR_SAFETY in said
    assert handoffs.latest_for("c14-w2")["status"] == "waiting"


def test_nothing_open_closes_nothing(db):
    said, _ = run("you can call off the person, im fine now", {}, "c14-w3")
    assert withdraw.NOTHING_OPEN in said and handoffs.latest_for("c14-w3") is None


def test_a_goodbye_alone_is_not_a_withdrawal(db):
    row = store.create_handoff("c14-w4", "request", summary="Talk to a person")
    assert run("ok bye", {"handoff_reference": row["reference"]}, "c14-w4")[1] is None
    assert handoffs.latest_for("c14-w4")["status"] == "waiting"


@pytest.mark.parametrize("when", [
    "07700 900321, I dont need anyone to ring before 10 though",
    "we dont need someone to call on a monday",
    "i dont need them to ring in the morning, after lunch is better",
    "dont need anybody to phone until after 3",
])
def test_when_they_may_be_rung_is_not_taking_it_back(when):
    assert not withdraw.withdraws_request(when)
