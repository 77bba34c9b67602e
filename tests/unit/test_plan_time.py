"""The time of a plan to end a life, when a message names more than one time (round
fourteen, tester A item 3: "gave the dog to my sister at the weekend ... thursday night when
its quiet" was said back and sent to staff as "the weekend"). The plan's time is the one
beside the means or the intent, never the time a preparation was already done. Sentences
written fresh for the test, in several orders, with slips and no apostrophes."""
import pytest

from bot import crisis_care as care
from bot.plan_time import plan_time


@pytest.mark.parametrize("text, when", [
    # a preparation done at one time, the plan at another: either order
    ("sold my bike last weekend and wrote to my mum. pills are saved for saturday night",
     "Saturday night"),
    ("saturday night when everyones asleep. already sold my bike at the weekend",
     "Saturday night"),
    ("handed the cat to next door on monday and im doing it on friday", "Friday"),
    ("going to take the lot on wednesday, gave my guitar to our kid on sunday", "Wednesday"),
    # slips and short forms
    ("wrote the letters on tues. got my meds counted out, fri nite when hes at work",
     "Friday night"),
    ("sorted my will on monday. tabs ready for wensday", "Wednesday"),
    ("give the budgie to my nan at the weekend. thrusday when its quiet", "Thursday"),
    # one time only, and it is the plan's
    ("its all happening tonight", "tonight"),
    ("the tablets are ready for the weekend", "the weekend"),
])
def test_the_plans_time_is_the_one_beside_the_plan(text, when):
    assert plan_time(text) == when
    assert care.when_said([text]) == when


@pytest.mark.parametrize("text", [
    # only a time something was already done: no time for the plan is named
    "gave the dog to my brother at the weekend",
    "wrote my letters on monday and sorted my will",
    # a time ruled out, not a time named
    "not friday",
    "any day but thursday",
    # everyday words that look like days
    "i sat down and had a cry", "someday maybe", "the sun was out",
])
def test_no_plan_time_is_made_up(text):
    assert plan_time(text) is None


def test_the_newest_message_with_a_plan_time_wins():
    assert care.when_said(["tablets saved for friday",
                           "gave the dog to my sister at the weekend"]) == "Friday"
    assert care.when_said(["tablets saved for friday", "no, its sunday now"]) == "Sunday"


def test_the_plan_is_said_back_with_its_time():
    assert "end your life on Thursday night." in care.plan_lines("Thursday night")[0]
    assert "end your life tonight." in care.plan_lines("tonight")[0]
