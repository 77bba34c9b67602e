"""Round thirteen: "i am also very tired. i work in school kitchen, 3 children, and abbu in
night call me 2 3 time for toilet. bohat thak gayi hoon" was guessed out of scope ("Sorry, I
can't help with that"), though the English-only version got the carer's kind reply. A
feeling told is listened to, whatever words of another language come with it; the Roman
Urdu "thak gayi" (tired) is read as tiredness too."""
from __future__ import annotations

import asyncio

import pytest

from bot.listening import themes_in
from bot.nlu.commands import typed_intent

URDU_TAIL = ("i am also very tired. i work in school kitchen, 3 children, and abbu in night call "
             "me 2 3 time for toilet. bohat thak gayi hoon")


@pytest.mark.parametrize("text", [
    URDU_TAIL,
    "abbu wakes me every night, main bohat thak gayi hoon",
    "im shattered, ammi needs me all day. bas yaar",
    "i feel so lonely since my husband went. khuda hafiz",
    "i am dead tired looking after my mam, diolch",
])
@pytest.mark.parametrize("guess", ["out_of_scope", "chitchat", "greet"])
def test_a_feeling_told_with_other_words_is_listened_to(text, guess):
    assert typed_intent(text, guess, []) == "nlu_fallback"


def test_roman_urdu_for_tired_is_tiredness():
    assert "carer_strain" in themes_in("bohat thak gayi hoon")
    assert "carer_strain" in themes_in("main thak gaya hoon")


@pytest.mark.parametrize("text", ["can you book me a taxi", "whats the weather like",
                                  "tell me a joke"])
def test_out_of_scope_without_a_feeling_stays(text):
    assert typed_intent(text, "out_of_scope", []) is None


def test_the_fallback_gives_the_carers_kind_reply(db):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.conversation import ActionDefaultFallback
    from bot import texts
    from fake_tracker import action_tracker

    dispatcher = CollectingDispatcher()
    asyncio.run(ActionDefaultFallback().run(
        dispatcher, action_tracker(URDU_TAIL, {}, "nlu_fallback", sender="urdu-tired"), {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "worn out" in said
    assert texts.FALLBACK not in said
