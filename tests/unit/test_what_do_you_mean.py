""""What do you mean?" at a question: the question comes again in simpler words, where it has
them, never word for word after "Let me put it another way" (round eight, twice)."""
import pytest

from actions.assessment import ASK_ACTIONS
from bot import form_words
from fake_tracker import action_tracker, run_action

ASK = {a.action: a for a in ASK_ACTIONS}


def asked(slot, note, about="self"):
    tracker = action_tracker("what do you mean", {"about": about, "turn_note": note,
                                                  "requested_slot": slot},
                             intent="nlu_fallback", loop="self_assessment_form")
    said, _ = run_action(ASK[f"action_ask_{slot}"](), tracker)
    return said


@pytest.mark.parametrize("slot, standard, simpler", [
    ("sa_what_matters", "What matters most to you in life?", "What is important to you?"),
    ("sa_good_day", "good day", "What is a good day for you?"),
])
def test_the_question_comes_in_simpler_words_after_what_do_you_mean(slot, standard, simpler):
    assert standard in asked(slot, None)
    again = asked(slot, f"{slot}:what_mean")
    assert simpler in again
    assert again != asked(slot, None)


def test_other_notes_ask_the_usual_way():
    assert asked("sa_what_matters", "sa_what_matters:why_ask") == asked("sa_what_matters", None)


def test_the_reply_to_what_do_you_mean_does_not_promise_other_words():
    assert "another way" not in form_words.REQUEST_ANSWERS["what_mean"]
