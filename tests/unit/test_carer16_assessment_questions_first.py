"""Round fifteen (carer16): "how long is the carer's assessment" started the form and only
the privacy notice came. A question about the assessment that opens it (how long, what is
it, is it free, who sees it) is answered plainly first; the notice then offers it."""
import pytest

from actions.forms import ActionAskConsent
from bot.answers.carer_assessment_question import (answer_before_starting,
                                                   asked_before_starting, WHAT_IT_IS,
                                                   WHO_SEES_LINE, IS_FREE)
from bot.texts import consent_question
from fake_tracker import action_tracker, run_action


@pytest.mark.parametrize("text, kind", [
    ("how long is the carers assessment", "how_long"),          # the tester's message
    ("how long is the carer's assessment?", "how_long"),
    ("roughly how long does the carers assessment take", "how_long"),
    ("carers assessment - how many questions is it", "how_long"),
    ("whats a carers assessment", "what"),
    ("is the carers assessment free?", "cost"),
    ("who sees my carers assessment", "who_sees"),
    ("if i do the carers assessment will my husband read it", "who_sees"),
])
def test_a_question_about_the_assessment_is_found(text, kind):
    assert kind in asked_before_starting(text)


@pytest.mark.parametrize("text", [
    "i want to do the carers assessment",      # a wish to start: nothing to answer
    "carers assessment please",
    "i need a carers assessment for my mum",
    "how long have i been a carer, about 6 years",
    "/start_carer_assessment",
])
def test_a_wish_to_start_asks_nothing(text):
    assert asked_before_starting(text) == []


def test_the_answers_are_plain_and_in_order():
    lines = answer_before_starting("what is a carers assessment, how long is it and who sees it",
                                   16, 90)
    assert lines[0] == WHAT_IT_IS
    assert "16 short questions" in lines[1]
    assert lines[2] == WHO_SEES_LINE.format(days=90)
    assert answer_before_starting("is the carers assessment free", 16) == [IS_FREE]


def _ask(text):
    tracker = action_tracker(text, {}, intent="start_carer_assessment",
                             loop="carer_assessment_form")
    return run_action(ActionAskConsent(), tracker)[0]


def test_the_opening_question_is_answered_before_the_notice():
    said = _ask("how long is the carers assessment")
    assert "short questions" in said and "10 to 15 minutes" in said
    assert said.index("short questions") < said.index(consent_question())


def test_a_plain_start_gets_only_the_notice():
    said = _ask("i want to do a carers assessment")
    assert said == consent_question()
