"""A yes with a phone number to the bot's own offer of a call (persona round 4): "yes
please, i already gave my number earlier, 07700 900461" is a request for a person, not out
of scope."""
import pytest
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.commands import CommandClassifier


def _intent_after(text, guess):
    message = Message({TEXT: text, INTENT: {"name": guess, "confidence": 0.7},
                       "intent_ranking": [{"name": guess, "confidence": 0.7}]})
    CommandClassifier().read(message)
    return message.get(INTENT)["name"]


@pytest.mark.parametrize("text, guess", [
    ("yes please, i already gave my number earlier, 07700 900461, not between 2 and 4",
     "out_of_scope"),
    ("yeah go on my mobile is 07700 900123", "affirm"),
    ("ok my number 0113 496 0000 any time after 10", "inform"),
    ("yes pls, my email is jo.b@example.org", "out_of_scope"),
])
def test_a_yes_with_a_way_to_reach_them_asks_for_a_person(text, guess):
    assert _intent_after(text, guess) == "request_human"


@pytest.mark.parametrize("text, guess", [
    ("my number is on my letter somewhere", "inform"),
    ("my daughters number is 07700 900123", "inform"),
    ("yes please", "affirm"),
])
def test_without_a_number_it_is_left_alone(text, guess):
    assert _intent_after(text, guess) == guess
