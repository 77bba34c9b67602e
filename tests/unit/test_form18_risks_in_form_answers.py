"""Round 18 (tester J): risks told inside a form. "its not an emergency i just need it on the
form" keeps the worry (never "not a concern"); a risk said with a no ("i dont go out at nite")
is not saved as a risk; a door sensor is offered for going out at night, never for getting
lost on the bus; a gas hob left on and a pan burnt dry are the cooker risk. Pure."""
import pytest

from bot.answers.handoff_story import risk_kinds
from bot.reflect_answer import reflection
from bot.safety import false_alarm

KEPT = [
    "hes fine now, hes at day centre today. its not an emergency i just need it on the form. carry on",
    "for gods sake its not happening now. ive just answered your question. can i just carry on",
    "its not an emergency, i just want it written down",
    "no its not urgent, but the team need to know about the cooker",
    "shes ok at the moment, the wandering is the big thing tho, please put it on her record",
]
PUT_RIGHT = [   # look-alikes: the alarm itself denied, still a false alarm put right
    "its not an emergency lol you got it wrong",
    "nobody is taking my money!! this bot is so jumpy",
    "its not happening now",
]


@pytest.mark.parametrize("text", KEPT)
def test_not_urgent_but_for_the_record_keeps_the_worry(text):
    assert false_alarm.kept_for_the_record(text)
    assert not false_alarm.denies(text)
    assert not false_alarm.denies_danger(text, "", calm=True)


@pytest.mark.parametrize("text", PUT_RIGHT)
def test_a_plain_denial_is_still_put_right(text):
    assert not false_alarm.kept_for_the_record(text)
    assert false_alarm.denies_danger(text, "", calm=True)


NIGHT = "goes out or gets lost, at night too"


@pytest.mark.parametrize("text", [
    "wot?? i dont go out at nite. i meen the bus",
    "she has never had a fall",
    "he hasnt wandered off at night",
    "my dad doesnt go out at night",
])
def test_a_risk_said_with_a_no_is_not_a_risk(text):
    assert risk_kinds([text]) == []


@pytest.mark.parametrize("text, kinds", [
    ("dad doesnt go out at night but he fell in the bathroom last week", ["falls"]),
    ("she goes out at night", [NIGHT]),
    ("i dont know, he goes out at night", [NIGHT]),
    ("hes left the gas hob on twice, pan burnt dry", ["gas or cooker left on"]),
    ("mum burnt the pan again", ["gas or cooker left on"]),
])
def test_a_risk_told_is_kept(text, kinds):
    assert risk_kinds([text]) == kinds


@pytest.mark.parametrize("text", [
    "i cant do the bus on my own. i get lost",
    "i dont go out at night, i just get lost on buses",
    "i get lost in town sometimes",
])
def test_getting_lost_on_the_bus_gets_no_door_sensor(text):
    said = reflection("sa_daily_food", text)
    assert said is None or "door sensor" not in said.line


@pytest.mark.parametrize("text, kit", [
    ("hes been found walking down the main road at 3am in his slippers", "door sensor"),
    ("last week she went out at 2am in her nightie", "door sensor"),
    ("nothing helps, thats the problem. hes left the gas hob on twice, pan burnt dry", "valve"),
])
def test_a_risk_at_home_gets_the_kit(text, kit):
    said = reflection("sa_daily_home", text)
    assert said is not None and kit in said.line
