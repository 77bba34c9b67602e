"""Round nine, the carers' survey: a question about a sentence was saved as "Neither", and
"change 5 that wasnt an answer... so strongly disagree" was saved as the comment while
answer 5 stayed "Neither"."""
from __future__ import annotations

import pytest

from actions.survey import ValidateExperienceSurveyForm, read_statement
from bot.surveys import readback, wording
from bot.surveys.answers import asks_about_the_sentence
from bot.surveys.definitions import SURVEYS, question_slot
from fake_tracker import FakeTracker

CARERS = next(k for k, s in SURVEYS.items() if "carer" in s.button.lower())


@pytest.mark.parametrize("text", [
    "hang on what does 'the person I care for' mean here, my mum or my brother? I do a bit for both",
    "what do you mean by support?", "does this mean the home care or the day centre?",
    "who is 'they' in this one?"])
def test_a_question_about_the_sentence_is_answered_not_saved(text):
    assert asks_about_the_sentence(text)
    statement = SURVEYS[CARERS].statements[4]
    reading = read_statement("sv_q5", statement, text)
    assert reading.slots == {"sv_q5": None}
    assert reading.say == wording.ABOUT_THE_SENTENCE


@pytest.mark.parametrize("text", ["kind of? priya listened but then she left", "is that agree?",
                                  "mostly yeah", "no, what do you think?"])
def test_an_answer_with_a_question_mark_is_still_an_answer(text):
    assert not asks_about_the_sentence(text)


def _tracker(**slots):
    base = {"survey_type": CARERS}
    base.update({question_slot(i): "neither" for i in range(5)})
    base.update(slots)
    return FakeTracker(base)


def test_change_with_the_new_answer_changes_it_at_once():
    form = ValidateExperienceSurveyForm()
    said, slots = form.own_turn(
        "change 5 that wasnt an answer i was asking a question. social life is basically zero "
        "so strongly disagree", "survey_comments", _tracker())
    assert slots == {question_slot(4): "strongly_disagree"}
    assert said == wording.CHANGED_TO.format(n=5, label="Strongly disagree")


def test_change_with_words_that_are_not_an_answer_asks_again():
    form = ValidateExperienceSurveyForm()
    said, slots = form.own_turn("change 2 please i pressed the wrong one", "survey_comments",
                                _tracker())
    assert slots[question_slot(1)] is None
    assert said == readback.ASKING_AGAIN.format(n=2)


def test_plain_change_n_still_works():
    form = ValidateExperienceSurveyForm()
    said, slots = form.own_turn("change 3", "survey_comments", _tracker())
    assert slots[question_slot(2)] is None and said == readback.ASKING_AGAIN.format(n=3)


@pytest.mark.parametrize("text, slot, changes", [
    ("change 4 to disagree and 5 is strongly disagree, what social life", "survey_comments",
     {question_slot(3): "disagree", question_slot(4): "strongly_disagree"}),
    ("no 4 is just disagree. 5 is strongly disagree", "survey_comments",
     {question_slot(3): "disagree", question_slot(4): "strongly_disagree"}),
    ("actually change that last one to agree, she did listen", question_slot(3),
     {question_slot(2): "agree"}),
])
def test_several_changes_or_the_last_one_are_made_at_once(text, slot, changes):
    # (round ten: 4 was set to the wrong value and 5 left; "that last one" changed the next)
    form = ValidateExperienceSurveyForm()
    tracker = _tracker() if slot == "survey_comments" else _tracker(
        **{question_slot(3): None, question_slot(4): None})
    said, slots = form.own_turn(text, slot, tracker)
    assert slots == changes
    assert said.count("I have changed") == len(changes)
