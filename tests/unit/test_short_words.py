"""short_words: the one first step of the readers that read only short messages (issue 14:
the same "words_only, nothing or too long" check was written out in ten readers)."""
import pytest

from bot.answers.about import parse_about
from bot.answers.text import short_words, words_only


@pytest.mark.parametrize("text, limit", [
    ("What's that got to do with anything?!", 7),
    ("does it cost anything?", 4),
    ("is it the NHS or the council that pays", 30),
    ("  skip.   ta-ra then  ", 4),
])
def test_a_short_message_is_its_words(text, limit):
    assert short_words(text, limit) == words_only(text)


@pytest.mark.parametrize("text, limit", [
    ("What's that got to do with anything?!", 6),   # one word too many
    ("my mum has been in hospital and now she is home and i need some help", 10),
    ("", 5), (None, 5), ("?!...", 5),
])
def test_a_long_or_empty_message_is_nothing(text, limit):
    assert short_words(text, limit) == ""


def test_the_readers_still_read_only_short_messages():
    assert parse_about("for my mum") is not None
    story = "for my mum " + " ".join(["and then"] * 20)
    assert parse_about(story) is None
