"""Round ten: a screening question asked blind after the person had already said the area was
hard ("he cant wash himself", "the stairs are the problem") or fine ("the stairs are alright
if I take my time"). What was said is said back, the hard area is opened whatever the screen
answer, and only the rest is asked about."""
import pytest

from actions.assessment import ASK_ACTIONS
from actions.form_engine import read_answer
from bot import form_slots as fs
from bot.answers.screens import FINE_EARLIER, HARD_EARLIER, said_earlier
from bot.assessment.questions import SCREENS
from bot.markers import NOT_RAISED
from fake_tracker import FakeTracker, action_tracker, run_action

SELF = "self_assessment_form"
CARER = "carer_assessment_form"
RON = {"consent_given": True, "about": "someone_i_care_for", "relationship": "dad",
       "on_behalf": "agrees", "preferred_name": "Ron"}


@pytest.mark.parametrize("screen, said, area, state", [
    ("sa_screen_self_care", "his garden. he cant wash himself anymore", "keeping_clean", HARD_EARLIER),
    ("sa_screen_self_care", "she struggles with her buttons", "dressing", HARD_EARLIER),
    ("sa_screen_self_care", "shes fine with meals", "eating_drinking", FINE_EARLIER),
    ("sa_screen_home", "the stairs are the problem", "moving_home", HARD_EARLIER),
    ("sa_screen_home", "he fell twice last month", "moving_home", HARD_EARLIER),
    ("sa_screen_home", "The stairs are alright if I take my time", "moving_home", FINE_EARLIER),
    ("sa_screen_life", "I never see anyone since margaret went", "relationships", HARD_EARLIER),
    ("sa_screen_life", "she isnt lonely, her friends pop in", "relationships", FINE_EARLIER),
    ("ca_screen_own_life", "shattered. no time for myself at all, its too much", "own_time",
     HARD_EARLIER),
])
def test_an_earlier_answer_tells_an_area_is_hard_or_fine(screen, said, area, state):
    assert said_earlier(SCREENS[screen], [said])[area][0] == state


@pytest.mark.parametrize("screen, said", [
    ("sa_screen_self_care", "my family and my dog"),
    ("sa_screen_home", "a cup of tea in the garden"),
    ("sa_screen_life", "my friends and the bowls club"),
])
def test_an_area_only_mentioned_tells_nothing(screen, said):
    assert said_earlier(SCREENS[screen], [said]) == {}


def ask(slot, slots, form=SELF):
    action = next(a for a in ASK_ACTIONS if a.action == f"action_ask_{slot}")
    return run_action(action(), action_tracker("ok", slots, intent="inform", loop=form))[0]


WASH = {**RON, "sa_what_matters": "his garden. he cant wash himself anymore",
        "sa_good_day": "a walk with the dog"}


def test_the_screen_says_back_what_was_told_and_asks_only_about_the_rest():
    said = ask("sa_screen_self_care", WASH)
    assert 'You told me earlier: "he cant wash himself anymore".' in said
    assert "Is anything else hard for Ron just now?" in said
    assert "getting food and drink, using the toilet or getting dressed" in said
    assert "Think of meals, washing, dressing or the toilet" not in said


@pytest.mark.parametrize("reply", ["no", "/deny", "No, that is all fine", "/skip"])
def test_the_area_told_hard_is_opened_whatever_the_screen_answer(reply):
    tracker = FakeTracker(WASH, loop=SELF)
    slots = read_answer("sa_screen_self_care", fs.SCREEN, reply, tracker).slots
    assert slots["sa_outcome_keeping_clean"] is None          # asked next
    assert slots["sa_outcome_toilet"] != None                  # noqa: E711 - not asked


def test_its_deeper_question_starts_from_their_words():
    opened = {**WASH, **read_answer("sa_screen_self_care", fs.SCREEN, "no",
                                    FakeTracker(WASH, loop=SELF)).slots}
    said = ask("sa_outcome_keeping_clean", opened)
    assert 'you said "he cant wash himself anymore"' in said
    assert "What would help with that?" in said


STAIRS_FINE = {**RON, "sa_what_matters": "his garden",
               "sa_people": "me. The stairs are alright if I take my time"}


def test_an_area_told_fine_is_not_asked_again_on_a_plain_yes():
    said = ask("sa_screen_home", STAIRS_FINE)
    assert 'You told me earlier: "The stairs are alright if I take my time".' in said
    assert "keeping the home clean and safe" in said and "moving around" not in said
    slots = read_answer("sa_screen_home", fs.SCREEN, "yes",
                        FakeTracker(STAIRS_FINE, loop=SELF)).slots
    assert slots["sa_outcome_moving_home"] == NOT_RAISED and slots["sa_outcome_home_safe"] is None


def test_an_area_told_fine_is_opened_when_the_screen_answer_names_it_again():
    slots = read_answer("sa_screen_home", fs.SCREEN, "actually the stairs are getting worse",
                        FakeTracker(STAIRS_FINE, loop=SELF)).slots
    assert slots["sa_outcome_moving_home"] is None


def test_nothing_said_before_asks_the_screen_as_it_was():
    said = ask("sa_screen_self_care", {**RON, "sa_what_matters": "his garden"})
    assert "told me earlier" not in said
    assert "Think of meals, washing, dressing or the toilet" in said


def test_a_carers_account_of_the_caring_is_not_about_their_own_areas():
    said = ask("ca_screen_home_life", {"consent_given": True, "preferred_name": "Sandra",
                                       "ca_caring_role": "i do everything, his meals, washing "
                                                         "him. he cant cook anymore"}, CARER)
    assert "told me earlier" not in said
