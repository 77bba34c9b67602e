"""Survey answers read back and changed (bot/surveys/readback.py)."""
import pytest

from actions.survey import read_statement, ValidateExperienceSurveyForm
from bot.surveys import readback
from bot.surveys.definitions import SURVEYS, question_slot
from fake_tracker import FakeTracker

CLIENT = next(iter(SURVEYS.values()))


@pytest.mark.parametrize("text, asked", [
    ("change 2", 2), ("change answer 3", 3), ("can i change number 2", 2),
    ("change my last answer", "last"), ("oops change that", "last"), ("go back", "last"),
    ("redo question 4 please", 4),
    ("change of plan", None), ("i want to change my carer", None), ("2", None),
    ("the carers change every week", None),
])
def test_a_change_is_asked_for(text, asked):
    assert readback.change_asked(text) == asked


def test_a_typed_answer_is_read_back_with_its_own_change_button():
    reading = read_statement("sv_q1", CLIENT.statements[0], "yeah mostly")
    assert "I have put: Agree" in reading.say
    assert reading.buttons == [readback.CHANGE_BUTTON]
    assert readback.change_asked(readback.CHANGE_BUTTON["payload"]) == "last"


def test_the_summary_numbers_every_answer_as_asked():
    answers = {question_slot(0): "agree", question_slot(1): "skipped", question_slot(2): "no"}
    lines = readback.summary(CLIENT, answers.get)
    assert lines[0].startswith(readback.SUMMARY_START)
    assert f"1. {CLIENT.statements[0].text} Agree" in lines[0]
    assert "2. " in lines[0] and "Skipped" in lines[0] and "3. " in lines[0]
    assert readback.summary(CLIENT, {}.get) is None


def own_turn(text, slot, slots):
    tracker = FakeTracker({"survey_type": CLIENT.key, **slots}, text)
    return ValidateExperienceSurveyForm().own_turn(text, slot, tracker)


def test_change_clears_that_answer_so_it_is_asked_next():
    said, slots = own_turn("change 1", "survey_comments", {question_slot(0): "agree"})
    assert slots[question_slot(0)] is None and "question 1" in said
    said, slots = own_turn("change my last answer", question_slot(3),
                           {question_slot(0): "agree", question_slot(2): "no"})
    assert slots == {question_slot(2): None}


def test_a_number_out_of_range_is_said_kindly_and_nothing_changes():
    said, slots = own_turn("change 40", "survey_comments", {})
    assert slots == {} and "no question 40" in said


def test_an_ordinary_answer_is_not_a_change():
    assert own_turn("agree", question_slot(1), {question_slot(0): "agree"}) is None


@pytest.mark.parametrize("text, heard", [
    ("Sandra is lovely but Kyle is always late and calls mum by the wrong name", "sorry"),
    ("nobody came at teatime last thursday and she went without", None),
    ("the carers are all lovely and very patient with dad", "good to hear"),
    ("we moved house in the summer so it has been a big change", "will read"),
    ("all fine", None),
])
def test_a_longer_comment_is_heard(text, heard):
    from actions.survey import comment_reply

    reply = comment_reply(text)
    if heard is None and len(text.split()) < 5:
        assert reply is None
    elif heard is None:
        assert reply and "sorry" in reply.lower()
    else:
        assert heard in reply.lower()
