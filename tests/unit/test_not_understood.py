""""i dont understand" is the last message not being clear, not a word to look up."""
from __future__ import annotations

import pytest

from actions.explain import last_bot_text, not_understood, say_it_more_simply


@pytest.mark.parametrize("text", ["i dont understand", "I still dont get it", "im confused",
                                  "huh?", "sorry i dont understand what you mean",
                                  "that is too hard", "i didnt follow that"])
def test_not_understood(text):
    assert not_understood(text)


@pytest.mark.parametrize("text", ["i dont understand DoLS", "what does respite mean",
                                  "i dont understand the word respite", "reablement"])
def test_a_word_asked_about_is_still_looked_up(text):
    assert not not_understood(text)


class Tracker:
    def __init__(self, events):
        self.events = events


class Dispatcher:
    def __init__(self):
        self.said = []

    def utter_message(self, text=None, **_):
        self.said.append(text)


def test_the_last_message_is_said_again_more_simply():
    tracker = Tracker([{"event": "user", "text": "i want a job"},
                       {"event": "bot", "text": "Here are some places that can help with "
                                                "things to do in your community."},
                       {"event": "user", "text": "i dont understand"}])
    assert last_bot_text(tracker).startswith("Here are some places")
    dispatcher = Dispatcher()
    say_it_more_simply(dispatcher, tracker)
    assert "Which part" in dispatcher.said[0] and len(dispatcher.said) >= 2


def test_nothing_said_yet_still_asks_what_was_unclear():
    dispatcher = Dispatcher()
    say_it_more_simply(dispatcher, Tracker([{"event": "user", "text": "huh?"}]))
    assert "Which part" in dispatcher.said[0]
