"""Round eighteen, tester H: "i need an interpreter in urdu for me and punjabi for my father"
was answered "a free Urdu interpreter for your father": two languages, each for the right
person, in what is said and on the hand-off (bot/answers/interpreters_each.py)."""
from __future__ import annotations

import pytest

from bot.answers.handoff_details import details_in
from bot.answers.interpreters_each import (arranged, languages_each, names_two_languages,
                                           says_whose, to_ask)
from bot.nlu.commands import asks_interpreter_for_them


@pytest.mark.parametrize("text, each", [
    ("i need an interpreter in urdu for me and punjabi for my father",
     {None: "Urdu", "father": "Punjabi"}),
    ("punjabi for abbu ok but urdu for me. two language. and tell them i want carer help also",
     {None: "Urdu", "father": "Punjabi"}),
    ("for me urdu, for ammi punjabi pls", {None: "Urdu", "mother": "Punjabi"}),
    ("i speak urdu but my nan only speaks punjabi", {None: "Urdu", "nan": "Punjabi"}),
    ("polish interpreter for my mum and romanian for my husband",
     {"mum": "Polish", "husband": "Romanian"}),
])
def test_each_language_goes_to_its_person(text, each):
    assert languages_each([text]) == each
    assert names_two_languages(text) and asks_interpreter_for_them(text)


@pytest.mark.parametrize("text", [
    "urdu please", "my dad only speaks polish", "interpreter for my father in urdu",
    "polish for my mum please and english is fine for me",
    "urdu or punjabi interpreter is there?",
])
def test_one_language_is_not_two(text):
    assert not names_two_languages(text)


def test_the_newest_saying_for_each_person_wins_across_messages():
    said = ["he live alone in harehills LS8. abbu only speak punjabi",
            "can the person also talk about me, carer help? in urdu for me please"]
    assert languages_each(said) == {"father": "Punjabi", None: "Urdu"}
    assert says_whose(said[1]) and not says_whose("thank you")


def test_what_is_said_names_both_the_right_way_round():
    each = languages_each(["i need an interpreter in urdu for me and punjabi for my father"])
    ask = to_ask(each, "0300 123 4567")
    assert "Urdu for you, and Punjabi for your father" in ask and "0300 123 4567" in ask
    assert "two free interpreters" in arranged(each)
    assert "Urdu for your father" not in ask + arranged(each)


def test_the_hand_off_has_one_line_a_person():
    lines = details_in(["abbu only speak punjabi", "ok call my son imran 07700 900461",
                        "punjabi for abbu ok but urdu for me. two language"])
    heads = [line.split(" They said:")[0] for line in lines if line.startswith("Interpreter:")]
    assert heads == ["Interpreter: Urdu, for the person typing.",
                     "Interpreter: Punjabi, for their father."]
