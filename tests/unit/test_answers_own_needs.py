"""A relative filling in for someone who says something about their own needs ("i havent
slept properly in months") is heard: noted, said back with the carer's assessment offer at
the end, and on the record for staff (issue 15)."""
from datetime import datetime, timezone

import jsonschema
import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateSelfAssessmentForm
from bot import form_slots as fs
from bot import store
from bot.answers.own_needs import NOTED, helper_need, said_back
from bot.assessment import summary
from bot.assessment.questions import FORMS


@pytest.mark.parametrize("said, need", [
    ("i havent slept properly in months", "i havent slept properly in months"),
    ("her garden, but honestly i haven't slept properly in months",
     "i havent slept properly in months"),
    ("im shattered to be honest", "im shattered"),
    ("my back is wrecked from lifting her", "my back is wrecked from lifting her"),
    ("I gave up my job to look after him", "i gave up my job to look after him"),
    ("she is exhausted all the time", None),
    ("mum gets lonely in the afternoons", None),
    ("i think she is struggling", None),
    ("her cat and her garden", None),
])
def test_the_helpers_own_need_is_told_apart_from_the_persons(said, need):
    assert helper_need(said) == need


def test_it_is_said_back_in_the_second_person():
    assert said_back("i havent slept properly in months") == \
        "You told me you have not slept properly in months. That matters too."
    assert "things are hard for you" in said_back(" ".join(["i am so tired"] * 5))


class Tracker:
    sender_id = "own-needs-test"
    active_loop_name = "self_assessment_form"

    def __init__(self, slots):
        self.slots = slots
        self.latest_message = {"text": ""}
        self.events = []

    def get_slot(self, name):
        return self.slots.get(name)


async def test_a_need_said_at_any_question_is_noted_for_the_helper(db):
    form = ValidateSelfAssessmentForm()
    dispatcher = CollectingDispatcher()
    tracker = Tracker({"about": "someone_i_care_for", "relationship": "mum"})
    answer = {"sa_people": "just me really, and honestly i havent slept properly in months"}
    await form.after_answer("sa_people", fs.FREE_TEXT, answer, dispatcher, tracker)
    assert [m["text"] for m in dispatcher.messages] == [NOTED]
    kept = [r for r in store.records_for(tracker.sender_id) if r["kind"] == "helper_need"]
    assert kept[0]["data"] == {"words": "i havent slept properly in months",
                               "question": "sa_people"}
    # The same words about yourself are your own answer, not a helper's need: only a short
    # reflection on it (bot/reflect_answer.py).
    own = Tracker({"about": "self"})
    quiet = CollectingDispatcher()
    await form.after_answer("sa_people", fs.FREE_TEXT, answer, quiet, own)
    assert [m["text"] for m in quiet.messages] == ["That sounds exhausting."]


def test_the_record_carries_it_for_staff():
    record = summary.build_record(
        "self_assessment_form", FORMS["self_assessment_form"], {"sa_what_matters": "garden"},
        about="someone_i_care_for", relationship="mum", channel="web", consent=True,
        now=datetime(2026, 11, 26, tzinfo=timezone.utc),
        follow_up=[{"kind": "helper_need", "text": "i havent slept properly in months"}])
    jsonschema.validate(record, summary.schema())
    assert summary.follow_up_lines(record) == [
        "About the person helping: i havent slept properly in months"]
