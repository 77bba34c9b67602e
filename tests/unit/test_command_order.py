"""The order of the NLU command readers: an offer to tell more ("ok i can tell you a bit more
i suppose") is listening, even though it holds the words of a hedged yes ("a bit", "i
suppose"); a hedged yes on its own is still a yes."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.commands import CommandClassifier


def intent_after(text: str, guess: str = "affirm") -> str:
    message = Message(data={"text": text, "intent": {"name": guess, "confidence": 1.0}})
    CommandClassifier().read(message)
    return message.get("intent")["name"]


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
