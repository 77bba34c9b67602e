"""Typed answers to the safety net's direct question (persona round four): a hedged yes is a
yes, "I'd rather not say" typed is the button of that name; a wish for a person at "carry on,
stop or talk to someone" is that choice, however it starts; a wish that says how not to be
contacted is kept as the contact instruction too. Sentences written fresh for the test."""
from __future__ import annotations

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import form_engine
from actions.form_engine import Decision, Turn, decide, wish_as_safe_contact
from bot import form_slots as fs
from bot import form_words
from bot.answers.check_in import NO, RATHER_NOT, YES, check_in_answer
from bot.nlu.commands import typed_check_in_answer, wants_a_person


@pytest.mark.parametrize("text", [
    "i suppose so yes", "maybe a bit", "sort of yeah", "yeah sometimes if im honest",
    "kinda", "a little bit maybe", "i guess so", "on and off", "possibly yeah",
])
def test_a_hedged_yes_is_a_yes(text):
    assert check_in_answer(text) == YES


@pytest.mark.parametrize("text", [
    "I'd rather not say", "id prefer not to say", "rather not", "not saying",
    "prefer not to answer thanks", "i dont want to say", "Id rather not talk about it",
    "no comment",
])
def test_rather_not_say_typed(text):
    assert check_in_answer(text) == RATHER_NOT


@pytest.mark.parametrize("text", ["no not really", "maybe not", "nope", "i guess not",
                                  "no im ok thanks"])
def test_a_no_stays_a_no(text):
    assert check_in_answer(text) == NO


@pytest.mark.parametrize("text", ["what do you mean?", "my son does the shopping on fridays", ""])
def test_other_words_are_not_an_answer(text):
    assert check_in_answer(text) is None


@pytest.mark.parametrize("text, guess, intent", [
    ("I'd rather not say", "nlu_fallback", "deny"),
    ("not saying", "inform", "deny"),
    ("maybe a bit", "inform", "affirm"),
    ("sort of yeah", "affirm", "affirm"),
    ("yes", "affirm", None),                       # plain: the model's own guess stands
    ("maybe a bit", "find_service", None),         # a search said with "maybe" stays one
])
def test_nlu_takes_typed_answers_as_the_buttons(text, guess, intent):
    assert typed_check_in_answer(text, guess) == intent


@pytest.mark.parametrize("text", [
    "i suppose so yes. i just want to talk to someone about it without him knowing",
    "yeah ok, i need to speak to somebody really",
    "maybe later but id like to talk to a person now",
])
def test_a_wish_for_a_person_in_a_longer_message(text):
    assert wants_a_person(text, "inform")


@pytest.mark.parametrize("text", [
    "i dont want to talk to anyone",
    "my daughter said she would like to talk to someone",
    "no i dont want to speak to someone",
])
def test_no_wish_for_a_person(text):
    assert not wants_a_person(text, "inform")


def test_at_carry_on_stop_or_talk_a_person_is_that_choice():
    turn = Turn("request_human", 1.0, "i suppose so, yes. i just want to talk to someone")
    assert decide(turn, fs.SAFETY_NEXT) == Decision("interrupt")


@pytest.mark.parametrize("text", ["maybe a bit", "kind of yeah", "i suppose so"])
def test_a_hedged_yes_at_the_question_inside_a_form_is_a_yes(text):
    assert decide(Turn("affirm", 1.0, text), fs.SAFETY_CHECK) == Decision("interrupt")
    assert decide(Turn("inform", 0.5, text), fs.SAFETY_CHECK) == Decision("interrupt")


def test_rather_not_say_inside_a_form_ends_the_question_but_is_not_a_no():
    decision = decide(Turn("deny", 1.0, "id rather not say"), fs.SAFETY_CHECK)
    reading = form_engine.read_answer("safety_check", fs.SAFETY_CHECK, decision.value or "",
                                      None)
    assert reading.slots["safety_check"] == fs.NOT_NEEDED
    # (round seventeen: not thanked as a No; the choice with a person comes next)
    assert not reading.say.startswith(form_words.CHECK_IN_NO)
    assert reading.slots["safety_next"] is None


@pytest.mark.parametrize("wish", [
    "please dont phone me, he could answer it",
    "just dont ring the house, my son picks up the phone",
    "id like it sorted but do not call me at home",
])
def test_a_wish_that_says_dont_ring_is_the_contact_instruction(monkeypatch, wish):
    notes, records = [], []
    monkeypatch.setattr(form_engine.store, "note_on_handoff", lambda r, n: notes.append((r, n)))
    monkeypatch.setattr(form_engine.store, "save_record",
                        lambda sender, kind, data: records.append((kind, data)))
    tracker = Tracker("wish", {"handoff_reference": "REF1"}, {"text": wish}, [], False, None,
                      {"name": "listen_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    slots = wish_as_safe_contact(wish, dispatcher, tracker)
    assert json.loads(slots["contact_safety"])["safe_to_call"] is False
    assert notes and notes[0][0] == "REF1" and "Do not call" in notes[0][1]
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "text" in said and "email" in said


def test_a_wish_without_contact_words_changes_nothing():
    tracker = Tracker("wish", {}, {"text": "i want a different carer"}, [], False, None, {},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    assert wish_as_safe_contact("i want a different carer", dispatcher, tracker) == {}
    assert not dispatcher.messages


def _tracker(slots, text):
    return Tracker("contact", slots, {"text": text}, [], False, None,
                   {"name": "listen_form"}, "action_listen")


@pytest.mark.parametrize("text", [
    "email me please, its jo.bloggs@example.com",
    "you can text me on 07700 900123",
    "my mobile is 07700900456 if you need it",
])
def test_a_way_in_offered_after_a_hand_off_is_taken_for_it(text):
    taken = form_engine.contact_for_handoff(_tracker({"handoff_reference": "R1"}, text),
                                            "whats_going_on", text)
    assert json.loads(taken["contact_details"])
    assert taken["contact_time"] is None   # asked next, then the question again


def test_the_earlier_safe_contact_instruction_is_kept():
    kept = json.dumps({"safe_to_call": False})
    text = "email me please, its jo.bloggs@example.com"
    taken = form_engine.contact_for_handoff(
        _tracker({"handoff_reference": "R1", "contact_safety": kept}, text), "whats_going_on",
        text)
    assert taken["contact_safety"] == kept


@pytest.mark.parametrize("slots, text", [
    ({}, "email me please, its jo.bloggs@example.com"),                 # no hand-off
    ({"handoff_reference": "R1"}, "my daughter is on 07700 900123 she helps a lot"),
    ({"handoff_reference": "R1"}, "/affirm"),
])
def test_no_way_in_is_taken_otherwise(slots, text):
    assert form_engine.contact_for_handoff(_tracker(slots, text), "whats_going_on", text) == {}


@pytest.mark.parametrize("text, offered", [
    ("email me please, its jo.bloggs@example.com", True),
    ("can you text me on 07700 900123 instead", True),
    ("email me please", False),                        # no way in given yet
    ("my daughters number is 07700 900123", False),    # not asking to be contacted
])
def test_a_way_in_offered_is_a_request_for_a_person(text, offered):
    from bot.nlu.commands import offers_contact
    assert offers_contact(text, "nlu_fallback") is offered


# Round twelve: the No said again with impatience is a No ("I said no didnt I" was asked a
# third time, word for word).
@pytest.mark.parametrize("text", ["I said no didnt I", "i already said no", "i told you no",
                                  "ive already answered no"])
def test_the_no_said_again_is_a_no(text):
    assert check_in_answer(text) == NO
