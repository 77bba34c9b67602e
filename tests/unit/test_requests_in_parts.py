"""A request in one part of a longer message: a break, a person, stop "for now"."""
from __future__ import annotations

import pytest

from bot.answers.requests import classify_request


def kind(text):
    found = classify_request(text)
    return found.kind if found else None


@pytest.mark.parametrize("text", [
    "can we skip the rest and just get someone to ring me",
    "could you just get someone to phone me instead",
    "forget the questions, get someone to call me back",
    "this is taking ages, can someone ring me",
    "i dont have time for this so get a social worker to call me",
])
def test_asking_for_a_call_in_part_of_a_message_is_a_person(text):
    assert kind(text) == "talk_to_person"


@pytest.mark.parametrize("text", [
    "23?? ive got a meeting in 5 mins. can i come back to this later",
    "meeting in 5 mins",
    "ive got the school run in ten minutes",
    "sorry my bus is in a few minutes",
    "i need to stop for now and finish it tonight",
    "stop for now",
    "lets stop there for today",
    "ok stop, ill do the rest this evening",
])
def test_leaving_soon_or_stopping_for_now_is_a_break(text):
    assert kind(text) == "pause"


@pytest.mark.parametrize("text", [
    "she goes to the day centre and later has tea",
    "her son will get someone to ring me about it when he can but he never does",
    "my daughter rings me every day and a person from church visits",
    "i have a hospital appointment next week",
    "she likes her meetings at church",
    "her carer comes at 8 and stays for now about 20 minutes",
    "someone to call me back please, im at breaking point",
    "i need someone to ring me every morning to check on me",
])
def test_answers_that_mention_such_words_stay_answers(text):
    assert kind(text) is None


def test_a_plain_stop_is_still_a_stop():
    assert kind("stop") == "stop"
    assert kind("stop asking me") == "stop"
