"""Inside a question, words that answer it are not a request for a person; clear requests
are. The model may guess "request_human" for both: the engine decides by the words."""
import pytest

from actions.form_engine import Turn, decide
from actions.handoff import WANTS_A_CALL
from bot import form_slots as fs
from bot.answers.names import parse_name


@pytest.mark.parametrize("text", [
    "can I talk to someone", "I want a real person", "please ring me", "call me back",
    "speak to a social worker", "I need a human",
])
def test_explicit_requests_for_a_person(text):
    assert decide(Turn("request_human", 0.9, text), fs.FREE_TEXT).action == "interrupt"


@pytest.mark.parametrize("text", [
    "someone to help me into the garden", "my daughter helps me", "call me Jeannie",
    "someone to do the shopping with", "help with the stairs",
])
def test_answers_are_not_requests(text):
    assert decide(Turn("request_human", 0.9, text), fs.FREE_TEXT).action == "answer"


def test_a_call_back_is_told_from_a_chat():
    assert WANTS_A_CALL.search("can someone call me back please")
    assert WANTS_A_CALL.search("ring me after 3")
    assert not WANTS_A_CALL.search("can I talk to someone now")


def test_names():
    assert parse_name("call me Jeannie") == "Jeannie"
    assert parse_name("you can call me Auntie Pat") == "Auntie Pat"
    assert parse_name("call me on 07700 900123") is None
