"""Round fifteen (carer16): "can u text me instead of ring, cant take calls at work" inside
an assessment was said back as a helper called "Instead of ring", filed as dad's work need,
and the wish for texts was never kept. Words about how to reach them are never a person or
a need; the wish is kept as how to contact them."""
import json

import pytest

from actions.form_engine import contact_wish_in_answer
from bot.answers.contact import about_contact, without_contact_clauses
from bot.answers.screens import areas_to_explore, said_earlier, told_already
from bot.assessment.questions import SCREENS
from bot.reflect_answer import reflection
from fake_tracker import FakeTracker
from rasa_sdk.executor import CollectingDispatcher

EXACT = "a bit. the house is a tip. can u text me instead of ring, cant take calls at work"
FRESH = [
    "cooking is hard. please text me instead of calling, i cant take calls at work",
    "she needs help with meals. can you message me instead of phoning, im on shift",
    "yes the gas thing. txt me rather than ring, i cant answer calls at work",
]
LIFE = SCREENS["sa_screen_life"]


@pytest.mark.parametrize("text", [EXACT] + FRESH)
def test_contact_words_are_no_helper_in_a_reflection(text):
    said = reflection("sa_outcome_eating", text)
    assert said is None or ("Instead" not in said.line and "Instead" not in (said.piece or "")
                            and not any("instead" in k for k, _ in said.names))


@pytest.mark.parametrize("text", [EXACT] + FRESH)
def test_contact_words_are_no_work_need(text):
    assert "work_learning" not in said_earlier(LIFE, [text])
    assert "work_learning" not in told_already(LIFE, text + ". she never sees her friends now")


def test_a_screen_answer_about_texts_opens_no_work_question():
    assert areas_to_explore(LIFE, "no. text me dont ring, cant take calls at work") == []


@pytest.mark.parametrize("text, area", [
    # look-alikes: a real need about work, and a helper who really rings, still count
    ("she struggles with work since the stroke", "work_learning"),
])
def test_a_real_work_need_still_counts(text, area):
    assert area in said_earlier(LIFE, [text])


def test_a_helper_who_rings_is_still_a_helper():
    said = reflection("sa_people", "my son Dave rings her every night")
    assert said and "Dave" in said.line
    assert not about_contact("my son rings me every day")
    assert without_contact_clauses("my daughter texts me every morning") == \
        "my daughter texts me every morning"


@pytest.mark.parametrize("text", [EXACT] + FRESH)
def test_the_text_wish_is_kept_on_the_contact(text, monkeypatch):
    kept = []
    monkeypatch.setattr("actions.form_engine.keep_contact_instruction",
                        lambda tracker, flags: kept.append(flags))
    dispatcher = CollectingDispatcher()
    slots = contact_wish_in_answer(text, dispatcher, FakeTracker())
    flags = json.loads(slots["contact_safety"])
    assert flags.get("text_only") or flags.get("safe_to_call") is False
    assert kept == [flags]
    assert "Text or email only" in dispatcher.messages[0]["text"] or \
        "Do not call" in dispatcher.messages[0]["text"]


def test_the_same_wish_again_is_not_said_twice(monkeypatch):
    monkeypatch.setattr("actions.form_engine.keep_contact_instruction", lambda *a: None)
    first = contact_wish_in_answer(EXACT, CollectingDispatcher(), FakeTracker())
    dispatcher = CollectingDispatcher()
    again = contact_wish_in_answer(EXACT, dispatcher, FakeTracker(first))
    assert again == {} and dispatcher.messages == []


def test_an_answer_with_no_contact_wish_keeps_nothing():
    assert contact_wish_in_answer("my son rings me every day", CollectingDispatcher(),
                                  FakeTracker()) == {}
