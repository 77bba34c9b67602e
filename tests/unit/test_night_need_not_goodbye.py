"""Round ten: "night sitter. overnight care. LS6" was answered "Thank you for talking to me.
Take care." The word "night" made the model guess goodbye; a need for local help with no
farewell in it is the search, and a real goodnight is still goodbye."""
import pytest

from command_reader import intent_after as read_as


def intent_after(text: str, guess: str = "goodbye") -> str:
    return read_as(text, guess, confidence=0.7)


@pytest.mark.parametrize("text", [
    "night sitter. overnight care. LS6", "is there anything for nights, like a night sitter",
    "overnight care near LS8", "any night care round here",
])
def test_a_need_at_night_is_the_search(text):
    assert intent_after(text) == "find_service"


@pytest.mark.parametrize("text", ["night night", "goodnight, thanks for your help",
                                  "ok bye", "nite", "ta ra love"])
def test_a_goodnight_is_still_goodbye(text):
    assert intent_after(text) == "goodbye"
