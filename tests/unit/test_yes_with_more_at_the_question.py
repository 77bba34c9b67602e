"""A typed yes with more words, to "Are you thinking about ending your life?" (round fourteen,
tester A item 1: "yes but i dont want a fuss" got the directory, "yes. but please dont send
anyone round" got "did not understand", "i said yes" was asked again). It is a yes, as the
Yes button; the wish beside it reaches staff; the yes itself is stated on the hand-off; a
"no" to "talk to someone now?" afterwards is not a no to the risk. A no with more words stays
a no, and "yes i know" to any other question is left to the model. Fresh sentences."""
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import after_risk
from bot import crisis_care as care
from bot.answers.check_in import NO, YES, check_in_answer
from bot.nlu.commands import typed_check_in_answer
from fake_tracker import action_tracker


@pytest.mark.parametrize("text", [
    "yes but i dont want a fuss",
    "yes. but please dont send anyone round",
    "yeah i have, but i wont do owt",
    "yes sometimes, not today",
    "i said yes",
    "ive already told you yes",
    "yep. just dont want the police at my door",
    "Yeah but can we keep it between us?",
    "yes. but i dont want a fuss or people coming to the house. can we just finish the form",
    "aye, been thinking about it a lot but nobody needs to come out",
])
def test_a_yes_first_is_a_yes_whatever_follows(text):
    assert check_in_answer(text) == YES


@pytest.mark.parametrize("text", [
    "no but thanks for asking",
    "no i just meant im tired",
    "nah, its just been a long week",
    "i said no",
])
def test_a_no_with_more_words_stays_a_no(text):
    assert check_in_answer(text) == NO


@pytest.mark.parametrize("text", ["yes or no?", "yeah no im fine really"])
def test_words_that_start_like_a_yes_but_do_not_say_it(text):
    assert check_in_answer(text) != YES


@pytest.mark.parametrize("text", [
    "yes i know the library is on the high street but is there a bus",
    "yeah i need someone to help me with my mum most days maybe a carer",
])
def test_a_long_yes_is_not_made_a_yes_button_for_the_model(text):
    # Only where the direct question was just asked is a longer yes read (in the actions);
    # the language layer, which cannot see the question, leaves the model's guess.
    assert typed_check_in_answer(text, "ask_help") is None


# ---- notes for staff ------------------------------------------------------------------------

def test_the_yes_is_stated_with_the_wish_beside_it():
    step = care.read_next_step("yes. but i dont want people round", talk_now=False,
                               check_in=YES)
    assert step.state == "said_yes" and care.SAID_YES in step.lines
    assert step.note.startswith("They said YES to: Are you thinking about ending your life?")
    assert "'yes. but i dont want people round'" in step.note
    tapped = care.read_next_step("/affirm", talk_now=False, check_in=None)
    assert tapped.note == "They said YES to: Are you thinking about ending your life?"


@pytest.mark.parametrize("text", ["no", "no i dont want to talk to anyone", "nope", "/deny"])
def test_a_no_to_talking_now_is_not_a_no_to_the_risk(text):
    step = care.read_next_step(text, talk_now=True, check_in=check_in_answer(text))
    assert step.carry_on and step.note.startswith("Not resolved")
    assert "not a no to the risk" in step.note and "Please still call them" in step.note
    assert "and went on" not in step.note


def test_playing_it_down_after_a_plan_is_still_noted_as_said():
    step = care.read_next_step("no its fine, its all sorted. just carry on", talk_now=True,
                               check_in=check_in_answer("no its fine, its all sorted"))
    assert "and went on" in step.note


# ---- whichever action the model chose -------------------------------------------------------

def asked_then(text, intent, slots=None):
    tracker = action_tracker(text, {"safety_concern": "crisis", **(slots or {})}, intent)
    tracker.events = [{"event": "action", "name": "action_safety_check_in"},
                      {"event": "action", "name": "action_listen"},
                      {"event": "user", "text": text}]
    return tracker


def test_only_just_after_the_direct_question(monkeypatch):
    seen = []
    monkeypatch.setattr(after_risk, "yes_to_the_question",
                        lambda d, t, text: seen.append(text) or [])
    d = CollectingDispatcher()
    assert after_risk.yes_placed_elsewhere(
        d, asked_then("yes but i dont want a fuss", "find_service"),
        "action_search_directory") is not None
    assert seen == ["yes but i dont want a fuss"]
    # another question was asked last: "yes i know" is that question's
    other = asked_then("yes i know", "inform")
    other.events[0] = {"event": "action", "name": "action_search_directory"}
    assert after_risk.yes_placed_elsewhere(d, other, "action_search_directory") is None
    # no question waiting, or the crisis action itself (it reads the answer)
    assert after_risk.yes_placed_elsewhere(
        d, asked_then("yes but", "find_service", {"safety_concern": None}),
        "action_search_directory") is None
    assert after_risk.yes_placed_elsewhere(
        d, asked_then("yes but", "find_service"), "action_crisis_support") is None
    assert seen == ["yes but i dont want a fuss"]


def after_the_plan(text, intent="deny"):
    tracker = action_tracker(text, {"safety_category": care.TALK_NOW_STATE}, intent)
    tracker.events = [{"event": "action", "name": "action_crisis_support"},
                      {"event": "action", "name": "action_listen"},
                      {"event": "user", "text": text}]
    return tracker


@pytest.mark.parametrize("text", ["no", "nah", "no thank you", "id rather not",
                                  "no im fine, its fine", "dont worry about me"])
def test_outside_a_form_a_no_to_talking_now_keeps_the_door_open(db, text):
    from bot import store
    from bot.data import handoffs
    row = store.create_handoff("caller", "crisis", "web", summary="plan", priority=0)
    d = CollectingDispatcher()
    events = after_risk.no_to_talking_now(d, after_the_plan(text), "action_answer_outside_form")
    said = " ".join(m.get("text") or "" for m in d.messages)
    assert events and care.DOOR_OPEN in said and "116 123" in said
    summary = handoffs.latest_for("caller")["summary"]
    assert row["reference"] and "not a no to the risk" in summary


@pytest.mark.parametrize("text", ["forget it, i shouldnt have said that", "yes please",
                                  "what happens now"])
def test_outside_a_form_other_replies_to_talking_now_are_left_alone(db, text):
    from bot import store
    store.create_handoff("caller", "crisis", "web", summary="plan", priority=0)
    d = CollectingDispatcher()
    assert after_risk.no_to_talking_now(d, after_the_plan(text, "inform"),
                                        "action_answer_outside_form") is None
