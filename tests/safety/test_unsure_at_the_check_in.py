"""Not knowing, at the direct question (round eight): "dont no", "dunno", "not sure",
"idk maybe", "i dont know tbh" to "Are you thinking about ending your life?", "Is anyone
hurting you or taking your money?" or "Is someone in danger right now?" is not a No. The
reply is gentle, keeps the door open, gives the numbers for that worry and offers a person
first; never "Thank you for telling me" as if it were a No, never "glad you are safe".
Sentences written fresh for the test; each family widens the one reported."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import after_risk
from actions import form_engine
from actions import safety as safety_actions
from bot import crisis_care, form_words
from bot import form_slots as fs
from bot.answers.check_in import NO, UNSURE, YES, check_in_answer
from bot.nlu.commands import typed_check_in_answer
from bot.safety.cooldown import last_no

UNSURE_TYPED = [
    "dont no", "dunno", "not sure", "idk maybe", "i dont know tbh", "idk", "i dnt no",
    "erm dunno really", "im not sure", "no idea", "hard to say", "who knows",
    "I don\u2019t know", "Not sure.", "i really dont know", "possibly, i dont know",
    "i cant say really", "not sure tbh", "dunno maybe",
]


@pytest.mark.parametrize("typed", UNSURE_TYPED)
def test_not_knowing_is_its_own_answer(typed):
    assert check_in_answer(typed) == UNSURE


@pytest.mark.parametrize("typed, reading", [
    ("maybe", YES), ("i suppose so", YES), ("sort of yeah", YES), ("not today", YES),
    ("maybe a bit, i dont know", YES), ("sort of, idk", YES),
    ("no", NO), ("not really", NO), ("i dont think so", NO), ("maybe not", NO),
])
def test_a_yes_or_a_no_is_still_read_as_before(typed, reading):
    assert check_in_answer(typed) == reading


@pytest.mark.parametrize("typed, guess", [
    ("idk maybe", "affirm"), ("i dont know tbh", "affirm"), ("i really dont know", "dont_know"),
    ("dunno", "nlu_fallback"), ("not sure", "out_of_scope"),
])
def test_the_nlu_never_turns_not_knowing_into_a_yes_or_the_menu(typed, guess):
    # the fallback hears it; at the direct question it is answered as not-a-no
    assert typed_check_in_answer(typed, guess) == "nlu_fallback"


def _said(dispatcher):
    text = " ".join(m.get("text") or "" for m in dispatcher.messages)
    buttons = [b for m in dispatcher.messages for b in m.get("buttons") or []]
    return text, buttons


def _tracker(typed, concern, category, intent="deny"):
    return Tracker("test-unsure", {"safety_concern": concern, "safety_category": category},
                   {"text": typed, "intent": {"name": intent}},
                   [], False, None, {}, "action_listen")


def _assert_door_open(text, buttons):
    assert "Thank you for telling me" not in text      # the No reply
    assert "glad you are safe" not in text.lower()
    assert "hard to know" in text
    assert buttons and buttons[0]["payload"] == "/request_human"   # a person, first


@pytest.mark.parametrize("typed", ["dont no", "dunno", "i dont know tbh"])
@pytest.mark.parametrize("concern, category, numbers", [
    ("crisis", "suicide_passive", ["116 123", "999"]),
    ("safeguarding", "abuse_financial", ["999", "0808 2000 247"]),
    ("crisis", "medical_emergency", ["999", "111"]),
])
def test_at_the_no_rule_not_knowing_keeps_the_door_open(typed, concern, category, numbers):
    # "dont no" is read by the model as "deny": the check-in's No rule runs this action.
    dispatcher = CollectingDispatcher()
    events = asyncio.run(safety_actions.ActionCheckInNo().run(
        dispatcher, _tracker(typed, concern, category), {}))
    text, buttons = _said(dispatcher)
    _assert_door_open(text, buttons)
    assert all(n in text for n in numbers)
    if concern == "safeguarding":
        assert "116 123" not in text
    assert {"event": "slot", "timestamp": None, "name": "safety_concern", "value": None} in events


@pytest.mark.parametrize("typed", ["not sure", "idk", "hard to say", "idk maybe"])
def test_through_the_fallback_not_knowing_keeps_the_door_open(typed):
    dispatcher = CollectingDispatcher()
    events = after_risk.answer_after_risk(
        dispatcher, _tracker(typed, "crisis", "suicide_passive", intent="nlu_fallback"))
    assert events is not None
    text, buttons = _said(dispatcher)
    _assert_door_open(text, buttons)
    assert "116 123" in text


def test_with_no_question_waiting_the_fallback_does_not_answer_for_it():
    dispatcher = CollectingDispatcher()
    assert after_risk.answer_after_risk(
        dispatcher, _tracker("dunno", None, None, intent="nlu_fallback")) is None


class FormTracker:
    def __init__(self, slots):
        self.slots = slots

    def get_slot(self, name):
        return self.slots.get(name)


@pytest.mark.parametrize("value", ["/dont_know", "dunno", "idk maybe", "i dont know tbh"])
def test_inside_a_form_not_knowing_is_not_the_no_reply(value):
    tracker = FormTracker({"safety_concern": "crisis", "safety_category": "suicide_passive"})
    reading = form_engine.read_answer("safety_check", fs.SAFETY_CHECK, value, tracker)
    assert form_words.CHECK_IN_NO not in (reading.say or "")
    assert "116 123" in reading.say and "hard to know" in reading.say
    # then the choice with "Talk to someone now" first, not the form's next question
    assert reading.slots["safety_next"] is None
    assert reading.slots["safety_category"] == crisis_care.CHOOSE_STATE


def test_inside_a_form_not_knowing_about_harm_gives_the_abuse_numbers():
    tracker = FormTracker({"safety_concern": "safeguarding", "safety_category": "abuse_domestic"})
    reading = form_engine.read_answer("safety_check", fs.SAFETY_CHECK, "not sure", tracker)
    assert "0808 2000 247" in reading.say and "116 123" not in reading.say
    assert reading.slots["safety_next"] is None and "safety_category" not in reading.slots


@pytest.mark.parametrize("typed", ["dont no", "idk maybe", "i dont know tbh", "not sure"])
def test_after_the_card_the_straight_question_not_knowing_offers_a_person(typed):
    step = crisis_care.read_next_step(typed, talk_now=False, check_in=check_in_answer(typed))
    assert step.state == "unsure" and step.talk_now and not step.carry_on
    assert step.state_after == crisis_care.TALK_NOW_STATE
    assert any("116 123" in line for line in step.lines)


@pytest.mark.parametrize("typed", ["i dont know tbh", "idk maybe", "dunno", "not sure really"])
def test_at_are_you_safe_right_now_not_knowing_is_never_glad_you_are_safe(typed):
    step = crisis_care.read_next_step(typed, talk_now=False, check_in=check_in_answer(typed),
                                      asked=crisis_care.SAFE_NOW_STATE)
    assert crisis_care.SAFE_FOR_NOW not in step.lines
    assert step.state == "unsure" and step.talk_now and not step.carry_on
    assert any("116 123" in line for line in step.lines)


def test_at_have_you_called_999_not_knowing_is_not_called():
    step = crisis_care.read_next_step("idk", talk_now=False, check_in=check_in_answer("idk"),
                                      asked=crisis_care.ACT_STATE)
    assert crisis_care.NOT_CALLED in step.lines


def test_not_knowing_does_not_start_the_quiet_spell_after_a_no():
    events = [
        {"event": "action", "name": "action_safety_check_in"},
        {"event": "slot", "name": "safety_concern", "value": "crisis"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "dont no", "parse_data": {"intent": {"name": "deny"}}},
    ]
    assert last_no(events) is None
    events[-1] = {"event": "user", "text": "no", "parse_data": {"intent": {"name": "deny"}}}
    assert last_no(events) is not None
