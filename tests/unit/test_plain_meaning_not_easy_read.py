"""Round thirteen: "in normal english what does that mean for me? do I have to do anything"
switched easy read off ("From now on I will use my usual words again") though it was never
on. A plain answer asked for one thing is not a wish about every reply: the word is
explained (or the last message said again more simply); and the usual words asked for when
easy read is off switch nothing."""
from __future__ import annotations

import asyncio

import pytest

from bot import easy_read_request
from bot.easy_read_request import easy_read_wish
from bot.nlu.commands import typed_intent

LETTER = ('never mind that one. back to my own letter. it says "your eligible needs under the '
          'Care Act will be met via a managed personal budget unless you opt for a DP". in '
          'normal english what does that mean for me? do I have to do anything')


@pytest.mark.parametrize("text", [
    "in normal english what does that mean for me? do I have to do anything",
    LETTER,
    "what does a managed personal budget mean in plain english",
    "whats a DP in normal words",
    "in simple terms what is eligible needs",
    "can u say what that means in plain english pls",
])
def test_a_plain_answer_asked_for_one_thing_is_no_switch(text):
    assert easy_read_wish(text) is None


@pytest.mark.parametrize("text, wish", [
    ("back to normal words please", False),
    ("turn off easy read", False),
    ("use normal english", False),
    ("can you use easier words", True),
    ("easy read please", True),
    ("in plain english please", True),
])
def test_wishes_about_every_reply_still_switch(text, wish):
    assert easy_read_wish(text) is wish


@pytest.mark.parametrize("guess", ["nlu_fallback", "carer_strain"])
def test_the_letter_is_explained_not_switched(guess):
    # (the safety net's carer-strain route replaced the model's unsure guess)
    assert typed_intent(LETTER, guess, []) == "explain_term"


def _run(action, text, metadata=None, intent="nlu_fallback", sender="plain-1"):
    from rasa_sdk.executor import CollectingDispatcher

    from fake_tracker import action_tracker

    tracker = action_tracker(text, {}, intent, sender=sender)
    if metadata:
        tracker.latest_message["metadata"] = metadata
    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages


def test_each_word_in_the_quote_is_explained(db):
    from actions.explain import ActionExplainTerm

    said = " ".join(m.get("text") or "" for m in _run(ActionExplainTerm(), LETTER,
                                                      intent="explain_term"))
    assert "Eligib" in said and "Personal budget" in said
    assert easy_read_request.OFF not in said


def test_usual_words_asked_when_easy_read_is_off_switch_nothing(db):
    from actions.conversation import ActionDefaultFallback

    said = _run(ActionDefaultFallback(), "back to normal words please", sender="plain-2")
    assert said[0]["text"] == easy_read_request.ALREADY_USUAL
    assert not any(m.get("custom") for m in said)


def test_usual_words_asked_when_easy_read_is_on_switch_it_off(db):
    from actions.conversation import ActionDefaultFallback

    said = _run(ActionDefaultFallback(), "back to normal words please",
                metadata={"easy_read": True}, sender="plain-3")
    assert said[0]["text"] == easy_read_request.OFF
    assert easy_read_request.switched(said) is False
