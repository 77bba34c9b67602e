"""``TrackerAction``: each action is its name and its ``act``; the base is never an action."""
import asyncio
from pathlib import Path

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

from actions.common import TrackerAction, asking

ROOT = Path(__file__).resolve().parents[2]


def registered():
    executor = ActionExecutor()
    executor.register_package("actions")
    return executor.actions


def test_every_action_the_domain_names_is_registered_and_nothing_nameless():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    names = set(registered())
    assert "" not in names
    assert set(domain["actions"]) <= names


def test_run_does_what_act_says_and_names_the_action():
    class ActionHello(TrackerAction):
        action = "action_hello_for_a_test"

        async def act(self, dispatcher, tracker):
            dispatcher.utter_message(text=f"hello {tracker.sender_id}")
            return [{"event": "slot", "name": "x", "value": 1}]

    dispatcher = CollectingDispatcher()
    tracker = Tracker("me", {}, {}, [], False, None, {}, "action_listen")
    events = asyncio.run(ActionHello().run(dispatcher, tracker, {}))
    assert ActionHello().name() == "action_hello_for_a_test"
    assert events == [{"event": "slot", "name": "x", "value": 1}]
    assert [m["text"] for m in dispatcher.messages] == ["hello me"]


def test_a_question_action_asks_its_words_with_its_buttons():
    ask = asking("colour", lambda: "Which colour?", [{"title": "Red", "payload": "red"}])()
    dispatcher = CollectingDispatcher()
    tracker = Tracker("me", {}, {}, [], False, None, {}, "action_listen")
    assert asyncio.run(ask.run(dispatcher, tracker, {})) == []
    assert ask.name() == "action_ask_colour"
    assert dispatcher.messages[0]["text"] == "Which colour?"
    assert dispatcher.messages[0]["buttons"] == [{"title": "Red", "payload": "red"}]
