"""A listening conversation over several turns (actions/conversation.py say_reflection with
the record in actions/heard_record.py): names carried from turn to turn, a summary after
three things over three messages, then the count starts again, and staff see the pieces."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import ActionAskWhatsGoingOn, own_name, say_reflection
from actions.heard_record import KIND, heard_so_far
from bot import store
from bot.heard import ADD_OR_PUT_RIGHT, SUMMARY_QUESTION

TURNS = [
    ["my husband ray died at easter",
     "i just miss him so much. evenings are the worst",
     "we always used to go to the allotment"],
    ["im that tired, mum is up all hours",
     "i need a break tbh",
     "i would like to go back to my choir"],
]


def _said(dispatcher):
    return "\n".join(m.get("text") or "" for m in dispatcher.messages)


@pytest.mark.parametrize("turns", TURNS)
def test_a_summary_comes_after_three_turns(db, turns):
    said = []
    for text in turns:
        dispatcher = CollectingDispatcher()
        say_reflection(dispatcher, text, sender="person-1")
        said.append(_said(dispatcher))
    assert not any(SUMMARY_QUESTION in s for s in said[:-1])
    assert "So far I have heard that" in said[-1] and SUMMARY_QUESTION in said[-1]
    rows = [r for r in store.records_for("person-1") if r["kind"] == KIND]
    assert len(rows) == 3 and rows[-1]["data"]["summary"]
    assert heard_so_far("person-1").since_summary == []     # counting starts again


def test_a_name_told_earlier_is_used_in_a_later_turn(db):
    say_reflection(CollectingDispatcher(), "my husband ray died at easter", sender="p-2")
    dispatcher = CollectingDispatcher()
    say_reflection(dispatcher, "i really miss him", sender="p-2")
    assert "you miss Ray" in _said(dispatcher)


def test_an_advisers_note_is_not_kept_as_heard(db):
    say_reflection(CollectingDispatcher(), "fell last week, asking about a pendant alarm")
    assert store.records_for("") == []


def test_after_a_summary_the_question_is_what_to_add_or_put_right():
    events = [{"event": "bot", "text": SUMMARY_QUESTION},
              {"event": "user", "text": "/listen_connect"}]
    tracker = Tracker("p-3", {}, {"text": "/listen_connect"}, events, False, None,
                      {"name": "listen_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskWhatsGoingOn().run(dispatcher, tracker, {}))
    assert _said(dispatcher) == ADD_OR_PUT_RIGHT
    fresh = Tracker("p-4", {}, {"text": "/listen_connect"}, events[1:], False, None,
                    {"name": "listen_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskWhatsGoingOn().run(dispatcher, fresh, {}))
    assert ADD_OR_PUT_RIGHT not in _said(dispatcher)


@pytest.mark.parametrize("slots,name", [
    ({"preferred_name": "Pat", "about": "self"}, "Pat"),
    ({"preferred_name": "Peggy", "about": "someone_i_care_for"}, None),   # mum's name
    ({"preferred_name": "skipped"}, None),
    ({"preferred_name": "(not sure yet)"}, None),
    ({}, None),
])
def test_the_persons_own_chosen_name(slots, name):
    tracker = Tracker("p-5", slots, {"text": "hi"}, [], False, None, {}, "action_listen")
    assert own_name(tracker) == name
