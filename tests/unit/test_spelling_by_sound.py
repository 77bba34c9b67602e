"""Spelling by sound (persona round 4, a young man with a learning disability): "wat",
"wich", "dont no", "frends", "center" are read as meant, and real words are left alone."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.explain import ActionExplainTerm
from bot.sounds_like import as_meant


@pytest.mark.parametrize("typed, meant", [
    ("i dont no wat that is", "i dont know what that is"),
    ("wich one is best for me", "which one is best for me"),
    ("dont no 🤷", "dont know 🤷"),
    ("frends. i want frends to go to cafe with", "friends. i want friends to go to cafe with"),
    ("wat is day center", "what is day centre"),
    ("no i meen wat is it", "no i mean what is it"),
    ("Wot do u no about it", "What do you know about it"),
    ("i duno", "i dont know"),
    ("i wont sum wurk", "i want some work"),
    ("we wont 2 go bowling", "we want to go bowling"),
    ("any groups 4 young peeps", "any groups for young people"),
    ("ther is a cafe i like", "there is a cafe i like"),
    ("can i bring my mate 2", "can i bring my mate too"),
    ("wot dus a job coach do", "what does a job coach do"),
    ("why do u keep askin me", "why do you keep asking me"),
])
def test_sound_alike_spellings_are_read_as_meant(typed, meant):
    assert as_meant(typed) == meant


@pytest.mark.parametrize("text", [
    "no thanks", "I said no", "i no longer drive", "we were there", "no, not really",
    "dont no more calls please", "the community centre", "LS9 4AB",
    # "wont" and numbers that mean themselves
    "i wont be long", "he wont eat", "she turns 2", "back by 4", "4 hours a night",
    "it starts at 2", "i want 2 sugars",
])
def test_real_words_are_left_alone(text):
    assert as_meant(text) == text


@pytest.mark.parametrize("text", ["wat is day center", "wats a day center",
                                  "wat dus day center meen"])
def test_day_center_spelt_by_sound_is_explained(text):
    tracker = Tracker("t-sound", {}, {"text": text, "intent": {"name": "explain_term"},
                                      "entities": []},
                      [{"event": "user", "text": text}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionExplainTerm().run(dispatcher, tracker, {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "don't know the word" not in said
    assert {"event": "slot", "timestamp": None, "name": "jargon_term",
            "value": "Day services"} in events


# ---- round eight: words spelt with a number, and a few more short forms --------------------

@pytest.mark.parametrize("typed, meant", [
    ("is some1 actually coming", "is someone actually coming"),
    ("il go now b4 he wakes up", "i will go now before he wakes up"),
    ("pls dnt ring the house", "please dont ring the house"),
    ("ive had enuf", "ive had enough"),
    ("can any1 help 2day", "can anyone help today"),
])
def test_number_words_and_short_forms(typed, meant):
    assert as_meant(typed) == meant


@pytest.mark.parametrize("typed", ["2 people", "at 2", "flat 4b", "room 101", "LS1 4AB"])
def test_numbers_stay_numbers(typed):
    assert as_meant(typed) == typed
