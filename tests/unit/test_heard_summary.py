"""Summaries every few turns while listening (OARS: the S): short pieces in the person's own
words, names used, never a whole message in quotes, and short enough to read easily."""
import pytest

from bot.heard import (SUMMARY_AFTER, asked_for_summary_check, pieces_in, summary_due,
                       summary_line, summary_lines)
from bot.own_words import people_named_in


def told(*messages):
    """The pieces heard across a conversation, names carried from turn to turn."""
    names, pieces = {}, []
    for message in messages:
        names.update(people_named_in(message))
        pieces += pieces_in(message, names)
    return pieces


CONVERSATIONS = [
    (["my wife jean passed in march", "i just miss her, the nights are the worst",
      "we used to go to the bowls club every thursday"],
     ["Jean", "the nights are the hardest", "the bowls club"]),
    (["since my husband ray died i dont see a soul", "i used to love going dancing",
      "id love to get out the house more"],
     ["you have lost Ray", "going dancing meant a lot", "you would like to get out"]),
    (["honestly im knackered, mum is up all night", "i could do with a proper break",
      "she used to do all the baking for the church"],
     ["you are worn out", "you would like a break", "she used to do all the baking"]),
    (["i like drawin and my dog", "i want to get a job in a shop",
      "nobody really calls round"],
     ["you like drawing and your dog", "a job in a shop", "lonely"]),
]


@pytest.mark.parametrize("messages,expected", CONVERSATIONS)
def test_a_summary_says_back_what_was_heard(messages, expected):
    pieces = told(*messages)
    assert summary_due(len(pieces), len(messages))
    line = summary_line(pieces)
    assert line.startswith("So far I have heard that")
    for bit in expected:
        assert bit in line
    for message in messages:
        assert message not in line      # never the whole message in quotes


@pytest.mark.parametrize("messages,expected", CONVERSATIONS)
def test_a_summary_is_short_sentences(messages, expected):
    line = summary_line(told(*messages))
    for sentence in line.split(". "):
        assert len(sentence.split()) <= 20
    assert line.count(". ") <= 1


def test_no_summary_before_enough_is_heard():
    assert not summary_due(SUMMARY_AFTER - 1)
    assert summary_due(SUMMARY_AFTER)
    assert not summary_due(4, 2)        # two long messages: not yet, every few turns
    assert summary_due(4, 3)
    assert summary_line([]) is None
    assert summary_lines([]) == []


@pytest.mark.parametrize("text", ["ok", "yes please", "what can you do", "asdfgh", "👍"])
def test_nothing_to_say_back(text):
    assert pieces_in(text) == []


def test_the_same_piece_is_said_once():
    line = summary_line(["you miss Jean", "you are worn out", "you miss Jean"])
    assert line.count("you miss Jean") == 1


def test_missing_someone_lost_is_not_said_twice():
    line = summary_line(told("my husband ray died at easter", "i miss him every day",
                             "the nights are the longest"))
    assert "you have lost Ray" in line and "you miss Ray" not in line


def test_a_summary_asks_if_it_is_right():
    lines = summary_lines(["you miss Jean", "you are worn out", "money is a worry"])
    assert lines[-1] == "Have I got that right?"
    assert asked_for_summary_check(lines[-1])
    assert not asked_for_summary_check("What would you like to do more of?")
    assert not asked_for_summary_check(None)
