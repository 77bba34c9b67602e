"""The fallback works out once per turn whether a message is talk about someone's life
(is_about_their_life with listening.themes_in), not once for the interpreter check, again
for the reply and again for how to reply (issue 15)."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import conversation


@pytest.mark.parametrize("text", [
    "i like animels. and lego",                       # life talk without a theme
    "my english not good, we go to the mosque every friday with my kids",
    "the weather is grey today",                      # not life talk at all
])
def test_life_talk_is_read_once_a_turn(db, monkeypatch, text):
    calls = []
    life = conversation.is_about_their_life

    def counted(words, tracker):
        calls.append(words)
        return life(words, tracker)

    monkeypatch.setattr(conversation, "is_about_their_life", counted)
    tracker = Tracker("fallback-once", {}, {"text": text, "intent": {"name": "nlu_fallback"},
                                            "entities": []},
                      [{"event": "user", "text": text}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(conversation.ActionDefaultFallback().run(dispatcher, tracker, {}))
    assert dispatcher.messages
    assert len(calls) == 1
