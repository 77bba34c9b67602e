"""Round nine: a carer chose [Day-to-day life] to change one line, and all nine questions of
that part were asked again ("no time for me" lost, "i already said yes. please just finish"
saved). Only the answer they want to change is asked again; the others are kept and read
back."""
import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.assessment import ActionAskChangeWhich, CHANGING_IN_PART
from actions.forms import (ValidateCarerAssessmentForm, ValidateSelfAssessmentForm,
                           read_change_answer)
from bot import form_slots as fs
from bot.assessment import summary
from bot.markers import NOT_RAISED
from fake_tracker import FakeTracker, action_tracker, run_action

CARER = "carer_assessment_form"
SELF = "self_assessment_form"
CARER_DONE = {
    "consent_given": True, "preferred_name": "Sandra", "ca_caring_role": "my dad Frank",
    "ca_what_matters": "zumba and my kids", "ca_wellbeing": "shattered",
    "ca_screen_home_life": "kids and work", "ca_outcome_home": NOT_RAISED,
    "ca_outcome_eating": NOT_RAISED, "ca_outcome_child": "theyre teenagers, theyre fine",
    "ca_outcome_others": NOT_RAISED, "ca_screen_own_life": "yes all of it",
    "ca_outcome_relationships": "i havent seen my friend jo since the summer",
    "ca_outcome_local_places": "skipped", "ca_outcome_work_learning": "had to drop hours",
    "ca_outcome_own_time": "no time for me", "ca_willing_able": "Yes, I want to and I can",
    "ca_emergency_plan": "my sister", "ca_scale_now": "3", "ca_what_would_help": "a break",
    "summary_confirmed": False, "requested_slot": "change_which",
}
SELF_DONE = {
    "consent_given": True, "about": "self", "on_behalf": fs.NOT_NEEDED, "preferred_name": "Jo",
    "sa_what_matters": "my garden", "sa_good_day": "tea in the sun", "sa_people": "my sister Kez",
    "sa_screen_self_care": "washing and the loo", "sa_outcome_keeping_clean": "a strip wash",
    "sa_outcome_toilet": "at night it is hard", "sa_outcome_eating_drinking": NOT_RAISED,
    "sa_outcome_dressing": NOT_RAISED, "sa_screen_home": "the stairs",
    "sa_outcome_moving_home": "I sleep downstairs now", "sa_outcome_home_safe": NOT_RAISED,
    "summary_confirmed": False, "requested_slot": "change_which",
}


def interpret(form, slots, text):
    tracker = FakeTracker(slots, text=text, loop=form.form)
    tracker.latest_message = {"text": text, "intent": {"name": "inform", "confidence": 0.5}}
    tracker.sender_id = f"change-one-{abs(hash(text))}"
    dispatcher = CollectingDispatcher()
    return asyncio.run(form.interpret(dispatcher, tracker, {})), dispatcher


def validate(form, slots, value):
    return asyncio.run(form.validate_change_which(value, CollectingDispatcher(),
                                                  FakeTracker(slots, loop=form.form), {}))


@pytest.mark.parametrize("form, typed, slot", [
    (SELF, "can i change what i said about washing", "sa_outcome_keeping_clean"),
    (SELF, "the stairs one", "sa_outcome_moving_home"),
    (SELF, "the day to day bit, the toilet answer", "sa_outcome_toilet"),
    (SELF, "i want to change what I said about people in my life", "sa_people"),
    (SELF, "erm the people one", "sa_people"),
    (SELF, "A good day", "sa_good_day"),
    (CARER, "the bit about my health", "ca_wellbeing"),
    (CARER, "what i said about seeing my mates", "ca_outcome_relationships"),
    (CARER, "the one about me time", "ca_outcome_own_time"),
])
def test_an_answer_named_in_any_words_is_the_only_one_opened(form, typed, slot):
    assert read_change_answer(typed, form, None).slots == {"change_which": slot}


@pytest.mark.parametrize("form, typed", [(CARER, "Day-to-day life"), (CARER, "the day to day bit"),
                                         (SELF, "day 2 day life pls")])
def test_a_part_with_several_answers_asks_which_one(form, typed):
    assert read_change_answer(typed, form, None).slots == {
        "change_which": CHANGING_IN_PART + "Day-to-day life"}


def test_the_whole_change_keeps_every_other_answer():
    form = ValidateCarerAssessmentForm()
    slots, _ = interpret(form, CARER_DONE, "Day-to-day life")
    assert slots["change_which"] is None
    assert slots["turn_note"] == CHANGING_IN_PART + "Day-to-day life"
    in_part = {**CARER_DONE, **slots}

    # The answers in that part are read back, each with its own button.
    said, _ = run_action(ActionAskChangeWhich(), action_tracker(
        "Day-to-day life", in_part, intent="inform", loop=CARER))
    assert "no time for me" in said and "friend jo" in said
    assert summary.CHANGE_ANSWER_QUESTION in said

    slots, _ = interpret(form, in_part, "Time for yourself")
    assert slots["change_which"] == "ca_outcome_own_time"
    cleared = validate(form, in_part, "ca_outcome_own_time")
    assert cleared == {"ca_outcome_own_time": None, "change_which": None,
                       "summary_confirmed": None}


@pytest.mark.parametrize("typed, slot", [("the work one", "ca_outcome_work_learning"),
                                         ("friends", "ca_outcome_relationships"),
                                         ("Caring for a child", "ca_outcome_child")])
def test_in_the_open_part_the_answer_is_named_in_own_words(typed, slot):
    part = {**CARER_DONE, "turn_note": CHANGING_IN_PART + "Day-to-day life"}
    slots, _ = interpret(ValidateCarerAssessmentForm(), part, typed)
    assert slots["change_which"] == slot


def test_an_area_screened_out_can_be_opened_to_add_to_it():
    cleared = validate(ValidateSelfAssessmentForm(), SELF_DONE, "sa_outcome_home_safe")
    assert cleared["sa_outcome_home_safe"] is None and len(cleared) == 3


def test_changing_nothing_in_the_open_part_keeps_the_read_back():
    part = {**CARER_DONE, "turn_note": CHANGING_IN_PART + "Day-to-day life"}
    slots, _ = interpret(ValidateCarerAssessmentForm(), part, "nothing, its right now")
    assert slots["summary_confirmed"] is True and slots["change_which"] is None


@pytest.mark.parametrize("form, slots, typed, slot", [
    (ValidateSelfAssessmentForm(), SELF_DONE,
     "can I change what I said about people in my life", "sa_people"),
    (ValidateSelfAssessmentForm(), SELF_DONE, "no, the toilet answer is wrong", "sa_outcome_toilet"),
    (ValidateCarerAssessmentForm(), CARER_DONE, "not quite, the me time bit", "ca_outcome_own_time"),
])
def test_an_answer_named_at_is_that_right_is_asked_again_at_once(form, slots, typed, slot):
    at_confirm = {**slots, "summary_confirmed": None, "requested_slot": "summary_confirmed"}
    got, dispatcher = interpret(form, at_confirm, typed)
    assert got[slot] is None and got["summary_confirmed"] is None
    assert dispatcher.messages[0]["text"] == summary.CHANGING_ONE
    assert not any(value is None for name, value in got.items()
                   if name not in (slot, "summary_confirmed", "change_which"))


def test_a_plain_no_at_is_that_right_still_offers_the_parts():
    at_confirm = {**SELF_DONE, "summary_confirmed": None, "requested_slot": "summary_confirmed"}
    got, _ = interpret(ValidateSelfAssessmentForm(), at_confirm, "no")
    assert got["summary_confirmed"] is False
