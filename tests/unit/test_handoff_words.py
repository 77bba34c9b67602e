"""Inside a question, words that answer it are not a request for a person."""
import pytest

from actions.handoff import ASKS_FOR_A_PERSON, NAME_ANSWER


@pytest.mark.parametrize("text", [
    "can I talk to someone", "I want a real person", "please ring me", "call me back",
    "speak to a social worker", "get me someone from the council", "I need a human",
])
def test_explicit_requests_for_a_person(text):
    assert ASKS_FOR_A_PERSON.search(text)


@pytest.mark.parametrize("text", [
    "someone to help me into the garden", "my daughter helps me", "call me Jeannie",
    "someone to do the shopping with", "help with the stairs",
])
def test_answers_are_not_requests(text):
    assert not ASKS_FOR_A_PERSON.search(text)


def test_names():
    assert NAME_ANSWER.match("call me Jeannie").group("name") == "Jeannie"
    assert NAME_ANSWER.match("you can call me Auntie Pat").group("name") == "Auntie Pat"
    assert not NAME_ANSWER.match("call me on 07700 900123")
