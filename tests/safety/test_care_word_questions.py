"""A question about a care word on a letter is not danger, but danger said with one still is."""
import pytest


@pytest.mark.parametrize("text", ["letter says mum is being looked at for CHC??",
                                  "hang on whats a DoLS", "what does eligible needs mean?"])
def test_a_care_word_question_raises_nothing(text, judged):
    judged(text, "none")


@pytest.mark.parametrize("text", ["whats a DoLS, i want to die", "what is CHC, my carer hits me"])
def test_danger_said_with_a_care_word_is_still_caught(text, judged):
    judged(text, "danger")
