"""Answers typed where they do not fit: the part of a read-back to change named in everyday
words (or none at all), a postcode at a question that wants words, and a carer who tells
about the person they look after at the question about their own name."""
import pytest

from actions.form_engine import read_answer
from actions.forms import read_change_which
from bot import form_slots as fs
from bot import form_words
from bot.answers.sections import changes_nothing, pick_section
from bot.assessment import summary
from bot.assessment.questions import FORMS
from fake_tracker import FakeTracker

CARER = summary.sections(FORMS["carer_assessment_form"])
SELF = summary.sections(FORMS["self_assessment_form"])


@pytest.mark.parametrize("typed,sections,part", [
    ("the day to day bit, i got muddled", CARER, "Day-to-day life"),
    ("day 2 day life pls", SELF, "Day-to-day life"),
    ("the bit about my health", CARER, "My health and wellbeing"),
    ("the one about if i couldnt care", CARER, "If I could not care tomorrow"),
    ("proud of, i put the wrong thing", SELF, "Proud of"),
    ("erm the people one", SELF, "People"),
])
def test_a_part_named_in_everyday_words(typed, sections, part):
    assert pick_section(typed, sections) == part
    assert read_change_which(typed, sections).slots == {"change_which": part}


@pytest.mark.parametrize("typed", ["banana", "the thing", "all of it i think"])
def test_words_that_name_no_part_are_kept_for_the_not_found_answer(typed):
    assert pick_section(typed, CARER) is None


@pytest.mark.parametrize("typed", ["none of them", "nothing, its right now", "no leave it",
                                   "actually its fine as it is", "nah changed my mind",
                                   "nothing really thanks"])
def test_changing_nothing_keeps_the_read_back(typed):
    assert changes_nothing(typed)
    reading = read_change_which(typed, CARER)
    assert reading.slots == {"change_which": None, "summary_confirmed": True}
    assert reading.say == summary.KEPT_AS_IT_IS


def test_the_change_question_has_a_way_out_button():
    reading = read_change_which(summary.CHANGE_NOTHING_BUTTON["payload"], SELF)
    assert reading.slots["summary_confirmed"] is True


@pytest.mark.parametrize("typed", ["LS99 9ZZ", "ls6 2qt", " LS17 6DN please"])
def test_a_postcode_alone_is_not_what_matters(typed):
    reading = read_answer("ca_what_matters", fs.FREE_TEXT, typed, FakeTracker())
    assert reading.slots["ca_what_matters"] is None
    assert reading.say == form_words.POSTCODE_NOT_AN_ANSWER


def test_a_postcode_inside_an_answer_is_kept():
    text = "my allotment on the ring road, LS6 2QT"
    assert read_answer("ca_what_matters", fs.FREE_TEXT, text, FakeTracker()).slots == {
        "ca_what_matters": text}


@pytest.mark.parametrize("typed", [
    "my brother tom, he has a learning disability and epilepsy",
    "its my husband, hes got parkinsons",
    "my mam she has dementia and cant be left",
])
def test_a_carer_telling_about_them_at_own_name_is_asked_again_kindly(typed):
    reading = read_answer("preferred_name", fs.NAME, typed,
                          FakeTracker(loop="carer_assessment_form"))
    assert reading.slots["preferred_name"] is None
    assert reading.say == form_words.OWN_NAME_AFTER_THEM


def test_outside_the_carer_form_a_sentence_is_still_no_name():
    reading = read_answer("preferred_name", fs.NAME, "my brother tom has epilepsy",
                          FakeTracker(loop="self_assessment_form"))
    assert reading.say == form_words.NAME_AGAIN
