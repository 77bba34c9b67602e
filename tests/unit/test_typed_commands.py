"""Typed delete in everyday words, and its question answered by typing (asked once)."""
from __future__ import annotations

import pytest

from bot.gateway.typed_commands import DeleteQuestions, command_of


@pytest.mark.parametrize("words", [
    "delete everything ive told you",
    "actually can you wipe all this, i dont want it kept on here",
    "please wipe everything you have got on me",
    "can you erase all that i told you",
    "get rid of everything ive put in please",
    "wipe the lot",
])
def test_everyday_delete_words_are_the_delete_command(words):
    assert command_of(words) == "delete"


@pytest.mark.parametrize("words", [
    "my mum cant remove it herself, she needs help",
    "i told you about my mum",
    "she has to clear the table after tea",
])
def test_answers_mentioning_such_words_are_not_commands(words):
    assert command_of(words) is None


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("typed", ["Yes, delete it", "yes please", "yes do it", "delete it",
                                   "yep go on"])
def test_a_typed_yes_after_the_question_deletes(typed):
    questions = DeleteQuestions()
    questions.asked("web-1")
    assert questions.answer("web-1", typed) == "confirm_delete"


@pytest.mark.parametrize("typed", ["No, keep it", "no", "nope dont"])
def test_a_typed_no_keeps(typed):
    questions = DeleteQuestions()
    questions.asked("web-1")
    assert questions.answer("web-1", typed) == "keep"


def test_the_question_is_answered_once_and_only_by_its_own_conversation():
    questions = DeleteQuestions()
    questions.asked("web-1")
    assert questions.answer("web-2", "yes") is None
    assert questions.answer("web-1", "what about my mum's care") is None
    assert questions.answer("web-1", "yes") is None       # dropped: a later yes is an answer


def test_an_old_question_is_not_answered():
    clock = Clock()
    questions = DeleteQuestions(clock=clock)
    questions.asked("web-1")
    clock.now += DeleteQuestions.WINDOW_SECONDS + 1
    assert questions.answer("web-1", "yes") is None


@pytest.mark.parametrize("words", ["download the summary thing", "can i get my summary page",
                                   "print the summary bit please", "save my summary file"])
def test_everyday_words_for_the_summary(words):
    assert command_of(words) == "download_summary"
