"""A caller's code from the console carries the adviser's note into the chat."""
from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher

import actions.conversation as conversation


class Tracker:
    sender_id = "web-caller1"
    active_loop_name = None
    latest_message = {"text": "HX4K 7KDM 9QPR T2MW", "metadata": {}, "entities": []}
    events = []

    def get_slot(self, name):
        return None

    def get_latest_entity_values(self, *_args, **_kw):
        return iter(())


def run_with(monkeypatch, slots):
    monkeypatch.setattr(conversation.store, "redeem_code",
                        lambda *a, **k: {"status": "ok", "saved": {"form": "", "slots": slots}})
    dispatcher = CollectingDispatcher()
    events = asyncio.run(conversation.ActionResume().run(dispatcher, Tracker(), {}))
    return dispatcher.messages, events


def test_the_advisers_note_is_used(monkeypatch):
    said, events = run_with(monkeypatch, {"about": "self", "whats_going_on":
                                          "Lives alone, fell last week, asking about a pendant alarm."})
    assert not any(m.get("response") == "utter_menu" for m in said)
    assert len([m for m in said if m.get("text")]) >= 2
    assert any(e.get("name") == "whats_going_on" for e in events)


def test_without_a_note_the_menu_is_shown(monkeypatch):
    said, _ = run_with(monkeypatch, {"about": "self", "whats_going_on": ""})
    assert any(m.get("response") == "utter_menu" for m in said)
