"""Round ten: the ideas after an assessment come from what the person said in it. A wife who
named a shower seat, a stair rail, a commode, a male carer in the morning and an OT visit was
offered only a personal alarm; a carer who asked for help with the nights was shown a
bereavement group. Now what they named is offered, their next step names every idea it
chooses, the local suggestions follow them (with what the council does itself: a visit to
check what would help, care at night), and nothing unrelated is padded in."""
import asyncio

import pytest

from actions.assessment import directory_suggestions
from bot import ropes, settings, texts

MAREK = {
    "about": "someone_i_care_for",
    "sa_outcome_keeping_clean": "I wash him in evening, in morning I have no time. better if "
                                "man carer come in morning, or a seat for shower. what is OT? "
                                "the hospital say OT will call but nobody call",
    "sa_outcome_toilet": "in night he need toilet, I wake 2 times. maybe bottle or commode? I "
                         "dont know the english word. I am very tired",
    "sa_outcome_moving_home": "I told. stairs rail or bed downstairs. please finish now",
}


def keys(options):
    return [o.key for o in options]


def test_what_she_named_is_offered_not_only_an_alarm():
    said = [v for k, v in MAREK.items() if k.startswith("sa_")]
    assert keys(ropes.options_from(said)) == ["equipment", "home_care", "nights"]


@pytest.mark.parametrize("said, key", [
    ("he needs a shower seat", "equipment"), ("a grab rail by the toilet", "equipment"),
    ("maybe a stair lift", "equipment"), ("can the OT come", "equipment"),
    ("a rail on the stairs", "equipment"), ("a bed downstairs", "equipment"),
    ("a woman carer to come in the mornings", "home_care"),
    ("someone to help him get washed", "home_care"), ("carers coming in", "home_care"),
    ("nights are bad, he gets up at 3am", "nights"),
    ("someone to do 1 or 2 nights a week so i can sleep", "nights"),
    ("is there anything for the nights", "nights"),
])
def test_each_named_need_is_an_option(said, key):
    assert key in keys(ropes.options_from([said]))


@pytest.mark.parametrize("said", [
    "i like my garden", "he goes to the day centre on tuesdays", "she rails against it",
])
def test_other_words_name_no_need(said):
    assert not {"equipment", "home_care", "nights"} & set(keys(ropes.options_from([said])))


def test_her_next_step_names_every_idea_in_it():
    offered = ropes.options_from(["she keeps falling"])
    assert keys(offered) == ["alarm"]
    named = ropes.options_named("alarm yes good. and shower seat and rail and carer man in "
                                "morning", offered)
    assert keys(named) == ["alarm", "equipment", "home_care"]


def test_a_button_pressed_is_that_option_only():
    offered = ropes.options_from(MAREK.values())
    assert keys(ropes.options_named("Things to help at home", offered)) == ["equipment"]


def test_the_suggestions_follow_every_idea_she_chose(db):
    found = asyncio.run(directory_suggestions(
        "self_assessment_form",
        {**MAREK, "sa_options": "alarm yes good. and shower seat and rail and carer man in "
                                "morning"}, None))
    names = [s["name"] for s in found]
    assert names[0] == "Equipment Loan Store"
    assert texts.OT_FROM_THE_COUNCIL in names and "Help to Get Washed and Dressed" in names
    council = next(s for s in found if s["name"] == texts.OT_FROM_THE_COUNCIL)
    assert council["contact"] == str(settings.get("council.adult_social_care_phone"))


def test_with_no_choice_what_she_named_in_the_form_is_suggested(db):
    found = asyncio.run(directory_suggestions("self_assessment_form",
                                              {**MAREK, "sa_options": "/skip"}, None))
    names = [s["name"] for s in found]
    assert "Equipment Loan Store" in names and "Careline Falls Alarm" not in names


def test_a_carer_who_asks_for_help_with_nights_gets_night_help_not_a_bereavement_group(db):
    found = asyncio.run(directory_suggestions(
        "carer_assessment_form",
        {"ca_wellbeing": "ive been up with him three nights running",
         "ca_what_would_help": "someone to do 1 or 2 nights a week so i can sleep"}, None))
    names = [s["name"] for s in found]
    assert "Bereavement Support Group" not in names
    assert texts.NIGHTS_FROM_THE_COUNCIL in names
    assert {"Bed and Chair Sensors", "Door Sensors for Carers"} & set(names)


def test_nothing_named_gives_nothing_rather_than_a_headings_first_few(db):
    found = asyncio.run(directory_suggestions(
        "carer_assessment_form", {"ca_what_would_help": "dont know really"}, None))
    assert found == []
