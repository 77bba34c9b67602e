"""ROPES to the end (bot/ropes.py, actions/assessment.py): after what matters and what
works, the options follow from the wish the person named (a job, a lost activity, company,
a carer's break), end with "What would you like to try?", and their choice is kept as their
own next step, with the local suggestions at the end following it (issue 15)."""
import asyncio
from datetime import datetime, timezone

import jsonschema
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.assessment import (ask, directory_suggestions, follow_ups, option_buttons,
                                options_offered)
from actions.forms import ValidateCarerAssessmentForm, ValidateSelfAssessmentForm
from bot import form_slots as fs
from bot import ropes
from bot.assessment import summary
from bot.assessment.questions import BY_SLOT, FORMS
from fake_tracker import FakeTracker


@pytest.mark.parametrize("said, carer, keys", [
    (["i want a job in a shop"], False, ["work"]),
    (["xbox and chippy tea", "the job tayster thing mayb"], False, ["work"]),
    (["id love to get back to work one day"], False, ["work"]),
    (["i used to sing in a choir on tuesday nights"], True, ["group"]),
    (["I used to go swimming every week before my hip"], False, ["group"]),
    (["i never see anyone. id like to get out more"], False, ["company"]),
    (["no frends only my mum"], False, ["company"]),
    (["im shattered", "i could really do with a break"], True, ["break", "plan"]),
    # the gas left on: sensors too (round fifteen, carer16), the falls: the alarm
    (["she keeps falling and leaves the gas on"], False, ["telecare", "alarm"]),
    (["she gets lonely in the week", "the stairs, shes nearly fallen twice"], False,
     ["company", "alarm"]),
    (["my garden and my cat"], False, []),
    # a job given up to care is not a wish for one
    (["i gave up my job at the school to look after him"], True, []),
    (["skipped", "/skip"], False, []),
])
def test_the_options_follow_from_what_they_said(said, carer, keys):
    assert [o.key for o in ropes.options_from(said, carer=carer)] == keys


def test_a_lost_activity_is_offered_in_their_words_and_searched_by_its_noun():
    group = ropes.options_from(["i used to sing in a choir on tuesday nights"])[0]
    assert group.line == "There may be one for singing in a choir."
    assert group.query == "choir"


@pytest.mark.parametrize("answer, key", [
    ("Help to find work", "work"), ("the job one please", "work"),
    ("A group near you", "group"), ("the choir", "group"), ("maybe nothing yet", None),
])
def test_the_choice_is_read_from_a_button_or_their_words(answer, key):
    offered = ropes.options_from(["i want a job", "i used to sing in a choir"])
    chosen = ropes.option_chosen(answer, offered)
    assert (chosen.key if chosen else None) == key


def _tracker(slots, loop="self_assessment_form"):
    tracker = FakeTracker(slots, loop=loop)
    tracker.sender_id, tracker.events = "ropes-test", []
    return tracker


def test_the_options_question_offers_them_and_asks_what_to_try():
    tracker = _tracker({"about": "self", "sa_what_matters": "i want a job in a shop",
                        "sa_people": "my mum"})
    dispatcher = CollectingDispatcher()
    ask(dispatcher, tracker, BY_SLOT["sa_options"])
    lines, question = dispatcher.messages
    assert lines["text"].startswith(ropes.INTRO) and "Help to find work: someone can help" in \
        lines["text"]
    assert question["text"] == "What would you like to try?"
    assert question["buttons"][0] == {"title": "Help to find work",
                                      "payload": "Help to find work"}
    assert {"title": "Skip this one", "payload": "/skip"} in question["buttons"]


def test_for_someone_else_it_asks_what_they_would_like():
    tracker = _tracker({"about": "someone_i_care_for", "relationship": "mum",
                        "preferred_name": "Peggy",
                        "sa_outcome_relationships": "she gets lonely in the week"})
    dispatcher = CollectingDispatcher()
    ask(dispatcher, tracker, BY_SLOT["sa_options"])
    assert dispatcher.messages[-1]["text"] == "What would Peggy like to try?"


def test_without_a_wish_the_question_is_as_before():
    tracker = _tracker({"about": "self", "sa_what_matters": "my garden"})
    dispatcher = CollectingDispatcher()
    ask(dispatcher, tracker, BY_SLOT["sa_options"])
    assert dispatcher.messages[-1]["text"].startswith("What could you try next?")
    assert options_offered(tracker, "sa_what_matters") == []


def test_a_carer_worn_out_is_offered_a_break_and_a_plan():
    tracker = _tracker({"ca_wellbeing": "knackered, i cry in the car"},
                       loop="carer_assessment_form")
    titles = [b["title"] for b in option_buttons(tracker, "ca_what_would_help")]
    assert titles == ["A break from caring", "A plan for a bad day"]
    form = ValidateCarerAssessmentForm()
    assert form.buttons_for("ca_what_would_help", tracker)[:2] == \
        option_buttons(tracker, "ca_what_would_help")


def test_the_choice_is_kept_as_their_own_next_step(db):
    slots = {"about": "self", "sa_what_matters": "i want a job in a shop"}
    tracker = _tracker(slots)
    dispatcher = CollectingDispatcher()
    asyncio.run(ValidateSelfAssessmentForm().after_answer(
        "sa_options", fs.FREE_TEXT, {"sa_options": "Help to find work"}, dispatcher, tracker))
    assert [m["text"] for m in dispatcher.messages] == [
        "I have written that down as your own next step."]
    answers = {**slots, "sa_options": "Help to find work"}
    _, items = follow_ups(tracker, answers)
    assert {"kind": "next_step", "text": "Help to find work"} in items
    record = summary.build_record(
        "self_assessment_form", FORMS["self_assessment_form"], answers, about="self",
        relationship=None, channel="web", consent=True, follow_up=items,
        now=datetime(2026, 11, 27, tzinfo=timezone.utc))
    jsonschema.validate(record, summary.schema())
    assert "Their own next step: Help to find work" in summary.follow_up_lines(record)


def test_the_suggestions_at_the_end_follow_the_choice(db):
    found = asyncio.run(directory_suggestions(
        "self_assessment_form", {"sa_what_matters": "i used to sing in a choir",
                                 "sa_options": "A group near you"}, None))
    assert found[0]["name"] == "Sing Together Choir"
    found = asyncio.run(directory_suggestions(
        "self_assessment_form", {"sa_good_day": "i want a job in a shop",
                                 "sa_options": "the job one"}, None))
    assert "Supported Employment Service" in [s["name"] for s in found]


def test_with_nothing_for_the_choice_the_next_option_is_suggested(db):
    # No bowls club in the directory: the befrienders offered beside it, never bingo.
    found = asyncio.run(directory_suggestions(
        "self_assessment_form", {"sa_screen_life": "i miss the company. i used to play bowls",
                                 "sa_options": "the bowls one i think"}, None))
    names = [s["name"] for s in found]
    assert names and all("Befriend" in n for n in names) and names[0] != \
        "Befriender Volunteer Roles"


def test_filling_in_for_someone_it_is_their_next_step(db):
    tracker = _tracker({"about": "someone_i_care_for", "relationship": "mum",
                        "preferred_name": "Rita",
                        "sa_outcome_relationships": "she gets lonely in the week"})
    dispatcher = CollectingDispatcher()
    asyncio.run(ValidateSelfAssessmentForm().after_answer(
        "sa_options", fs.FREE_TEXT, {"sa_options": "the befriending one"}, dispatcher, tracker))
    assert [m["text"] for m in dispatcher.messages] == [
        "I have written that down as Rita's next step."]


def test_a_carers_choice_finds_the_break_or_the_plan(db):
    said = {"ca_wellbeing": "honestly im running on empty"}
    found = asyncio.run(directory_suggestions(
        "carer_assessment_form", {**said, "ca_what_would_help": "the break one"}, None))
    assert [s["name"] for s in found] == ["Carer's Break Sitting Service"]
    found = asyncio.run(directory_suggestions(
        "carer_assessment_form", {**said, "ca_what_would_help": "A plan for a bad day"}, None))
    assert [s["name"] for s in found] == ["Emergency Plan for Carers"]
