"""Round sixteen, tester D conversation 2: "the morning girls are lovely especially Shannon
but the evening lot are always late, last tuesday nobody came till gone 9 and my tablets were
late. i want to make a complaint about that" was passed on as a complaint, but the late
tablets were not marked as a care concern for staff, the praise for Shannon was not heard,
and the reply packed five ideas into its first messages."""
from __future__ import annotations

import pytest

from actions.safety import ActionKindRoute
from bot import callback_words as words
from bot.answers import complaint_concerns as concerns
from bot.data import handoffs
from fake_tracker import action_tracker, run_action

EXACT = ("the morning girls are lovely especially Shannon but the evening lot are always "
         "late, last tuesday nobody came till gone 9 and my tablets were late. i want to make "
         "a complaint about that")
MEDICINE_LATE = [
    EXACT,
    "they missed my mums meds twice this week and i want to complain",
    "nobody gave me my tablets on sunday, im not happy",
    "my medication was 3 hours late again",
    "dad didnt get his insulin till 11 last night",
]
NOT_MEDICINE = [
    "the carers are late every night, i want to complain",
    "i take my tablets at 8",
    "the evening lot are always late and they rush",
]
PRAISED = [
    (EXACT, ["Shannon"]),
    ("Priya is brilliant but the night calls are late", ["Priya"]),
    ("Amy was great, the others never turn up on time", ["Amy"]),
    ("the day carers are lovely, especially Joan and Mary", ["Joan"]),
]
NO_NAME = ["the late visits are a problem, Tuesday was awful", "Last Monday nobody came at all"]


@pytest.mark.parametrize("text", MEDICINE_LATE)
def test_medicine_late_or_missed_is_found(text):
    assert concerns.medicine_late_or_missed(text)


@pytest.mark.parametrize("text", NOT_MEDICINE)
def test_a_late_visit_or_tablets_named_is_not_medicine_late(text):
    assert not concerns.medicine_late_or_missed(text)


@pytest.mark.parametrize("text, names", PRAISED)
def test_a_carer_praised_by_name_is_found(text, names):
    assert concerns.carers_praised(text)[:1] == names


@pytest.mark.parametrize("text", NO_NAME)
def test_a_day_or_a_complaint_is_not_a_carer_praised(text):
    assert concerns.carers_praised(text) == [] and not concerns.praises_care(text)


def test_the_complaint_marks_late_medicine_and_thanks_for_shannon(db):
    said, _ = run_action(ActionKindRoute(), action_tracker(
        EXACT, {"survey_type": "support", "requested_slot": "survey_comments"}, "complaint",
        (), "experience_survey_form", "complaint16-1"))
    assert concerns.MEDICINE_CONCERN in said
    assert "kind words about Shannon" in said
    assert words.COMPLAINT_SURVEY_DONE in said and "stopped the survey" not in said
    row = handoffs.latest_for("complaint16-1")
    assert row["reason"] == "complaint"
    assert row["summary"].startswith(concerns.MEDICINE_NOTE)
    assert "Praise to pass on: Shannon" in row["summary"]


def test_a_complaint_without_medicine_or_praise_says_neither(db):
    said, _ = run_action(ActionKindRoute(), action_tracker(
        "i want to put in a proper complaint, the evening carers never come on time",
        {"survey_type": "support"}, "complaint", (), "experience_survey_form", "complaint16-3"))
    assert concerns.MEDICINE_CONCERN not in said and "kind words" not in said
    assert "kept the answers you gave" in said     # stopped part way
    assert concerns.MEDICINE_NOTE not in handoffs.latest_for("complaint16-3")["summary"]


def test_each_complaint_message_holds_one_idea():
    assert words.COMPLAINT_SORRY == "I am sorry things have gone wrong."
    assert words.complaint_route()[0].startswith("You have the right to complain")
