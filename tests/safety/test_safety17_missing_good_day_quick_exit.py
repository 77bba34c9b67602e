"""Round 17 (testers F and G), the safety net's misses and misfires. Pure: ``assess`` and the
quick exit's words only.

1. Out in the night (or for hours) and not back is a missing adult at risk, memory trouble
   named or not ("she went out at 2am and she isnt back"); a night walk told as the past, a
   habit, or a trip to the shops that is only late is not.
2. A wish not to be here, told as the good day the form asks about ("a good day is one where
   its all over", "a good day would be not waking up at all"), gets the direct question; the
   day's shape (a time, a task, a pain) does not, and is never a medical emergency.
4. Going because someone will be back soon ("I think I'd better go, he'll be back soon") is
   the quick exit; a kettle, or a lift to the shops, is an ordinary goodbye.
"""
import pytest

from bot import safety_words
from bot.needs_in_a_hurry import need_asked
from bot.safety import assess

MISSING_NOW = [
    "she went out at 2am and she isnt back",                  # round 17, as typed
    "mum wandered off in the night and we cant find her",
    "dad's not come home and it's 3 hours, he has dementia",
    "its 3am and mum isnt back, she went out in her nightie",
    "my nan went out at midnight and she still isnt home",
    "dad went for a walk at 11 last night and hasnt come back",
    "she went out in the dark and shes not back",
    "shes gone out at 2 in the morning n she aint back yet",
    "my brother went for a walk 5 hours ago and still isnt back, he has a learning disability",
]
NOT_MISSING = [
    "last week she went out at 2am in her nightie",          # the past: she is back
    "she goes out at night sometimes",                        # a habit
    "he went out to the shops and isnt back yet",             # late, no risk
    "he goes to the gym at 6 in the morning and he aint back yet",
    "dad went out at 10 in the morning and isnt back yet",
    "she went out at 2am last week but she came back by herself",
    "my son works nights, he went out at 10pm and isnt back till 6am",   # a return that is due
    "hubby does nights so hes not home till 7am",
    "dad goes to the mosque at 5am and isnt back till 7",
    "mum isnt home in the day, shes at the day centre 4 hours",          # hours somewhere ordinary
]


@pytest.mark.parametrize("text", MISSING_NOW)
def test_out_in_the_night_and_not_back_is_a_missing_adult(text):
    result = assess(text)
    assert result.tier == "clear" and result.category == "missing_adult", (text, result)


@pytest.mark.parametrize("text", NOT_MISSING)
def test_a_night_walk_told_a_habit_or_only_late_is_not(text):
    result = assess(text)
    assert not result.is_danger, (text, result)


def test_late_with_memory_trouble_is_asked_about():
    result = assess("mum isnt back yet, she has dementia")
    assert result.tier == "check_in" and result.category == "missing_adult", result


GOOD_DAY_WISH = [
    "a good day is one where its all over",                   # round 17, as typed
    "a good day would be not waking up at all",               # round 17, as typed
    "good day? one where i dont wake up",
    "honestly a good day is one where im not here anymore",
    "a gd day wud be not wakin up",
    "a good day would be going to sleep and never waking up",
    "best day would be when its all over for good",
]
GOOD_DAY_SHAPE = [
    "a good day is when it's all over by lunchtime and I can relax",
    "not waking up at 5am would be a good day",
    "a good day is not waking up in pain",
    "a good day is when the school run is all over and i can sit down",
    "a good day is when dad sleeps through and doesnt wake up in the night",
    "a good day is when the pain is low enough to walk round the block",
]


@pytest.mark.parametrize("text", GOOD_DAY_WISH)
def test_a_wish_not_to_be_here_told_as_a_good_day_gets_the_direct_question(text):
    result = assess(text)
    assert result.is_danger and result.category == "suicide_passive", (text, result)
    assert result.category != "medical_emergency"


@pytest.mark.parametrize("text", GOOD_DAY_SHAPE)
def test_the_shape_of_a_good_day_raises_nothing(text):
    result = assess(text)
    assert not result.is_danger, (text, result)


QUICK_EXIT = [
    "I think I'd better go, he'll be back soon. Is there anywhere I can get a bit of food this week?",
    "gotta go hell be back any minute",
    "need to go now, my husband will be home in 10 mins. bye",
    "better stop, shes back soon. is there a food bank",
]
GOODBYE = [
    "I'd better go, the kettle's boiling",
    "he'll be back soon",                                     # no going: not a reason to leave
    "my husbands at the shops, he'll be back soon so ive got a few minutes",
    "she will be back on friday, i better go and get the washing in",
    "ok bye, my son will be here soon to take me to the shops",
]


@pytest.mark.parametrize("text", QUICK_EXIT)
def test_going_because_someone_will_be_back_soon_is_the_quick_exit(text):
    result = assess(text)
    assert result.route == "quick_exit" and not result.is_danger, (text, result)


@pytest.mark.parametrize("text", GOODBYE)
def test_an_ordinary_goodbye_is_not_the_quick_exit(text):
    result = assess(text)
    assert result.route != "quick_exit" and not result.is_danger, (text, result)


def test_a_food_bank_is_not_money_in_the_bank():
    assert assess("he takes my money and i have to use the food bank").is_danger


@pytest.mark.parametrize("text", QUICK_EXIT[:1] + QUICK_EXIT[3:] + [
    "got to go, shes home soon. we've got nothing to eat"])
def test_a_need_asked_on_the_way_out_is_read(text):
    assert need_asked(text) == "food bank"


@pytest.mark.parametrize("text", ["I'd better go, the kettle's boiling", "gotta go hell be back any minute"])
def test_no_need_no_line(text):
    assert need_asked(text) is None


def test_out_of_hours_the_quick_exit_gives_the_number_that_answers_now():
    closed = safety_words.quick_exit(is_open=False, need=safety_words.need_line(
        "Food Bank", "Tuesdays and Fridays, 10am to 1pm", "0113 496 0165"))
    assert "0300 123 4569" in closed and "out of hours" in closed
    assert "Food Bank, tuesdays and fridays" not in closed   # the day keeps its capital
    assert "Food Bank" in closed and "0113 496 0165" in closed and "?" not in closed.replace(
        "Need help?", "")
    open_ = safety_words.quick_exit(is_open=True)
    assert "0300 123 4568" in open_ and "out of hours" not in open_
