"""The order of the NLU command readers: an offer to tell more ("ok i can tell you a bit more
i suppose") is listening, even though it holds the words of a hedged yes ("a bit", "i
suppose"); a hedged yes on its own is still a yes."""
import pytest

from command_reader import intent_after as read_as


def intent_after(text: str, guess: str = "affirm") -> str:
    return read_as(text, guess, confidence=1.0)


@pytest.mark.parametrize("text", [
    "ok i can tell you a bit more i suppose",
    "can i tell u a bit about my dad",
    "i guess i could tell you a bit more",
])
def test_an_offer_to_tell_more_is_listening(text):
    assert intent_after(text) == "listen_connect"


@pytest.mark.parametrize("text", ["maybe a bit", "i suppose so yes", "sort of yeah"])
def test_a_hedged_yes_is_still_a_yes(text):
    assert intent_after(text, guess="inform") == "affirm"
