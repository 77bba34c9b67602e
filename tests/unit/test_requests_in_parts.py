"""A request in one part of a longer message: a break, a person, stop "for now"."""
from __future__ import annotations

from typing import Dict, List, Optional

import pytest

from bot.answers.requests import classify_request


def kind(text):
    found = classify_request(text)
    return found.kind if found else None


# What each message asks for, whatever else it says: a person, a break, or nothing (it is
# an answer that only mentions such words).
IN_PART: Dict[Optional[str], List[str]] = {
    # a call asked for in part of a message is a request for a person
    "talk_to_person": [
        "can we skip the rest and just get someone to ring me",
        "could you just get someone to phone me instead",
        "forget the questions, get someone to call me back",
        "this is taking ages, can someone ring me",
        "i dont have time for this so get a social worker to call me",
    ],
    # leaving soon, or stopping for now, is a break
    "pause": [
        "23?? ive got a meeting in 5 mins. can i come back to this later",
        "meeting in 5 mins",
        "ive got the school run in ten minutes",
        "sorry my bus is in a few minutes",
        "i need to stop for now and finish it tonight",
        "stop for now",
        "lets stop there for today",
        "ok stop, ill do the rest this evening",
    ],
    # answers that mention such words stay answers
    None: [
        "she goes to the day centre and later has tea",
        "her son will get someone to ring me about it when he can but he never does",
        "my daughter rings me every day and a person from church visits",
        "i have a hospital appointment next week",
        "she likes her meetings at church",
        "her carer comes at 8 and stays for now about 20 minutes",
        "someone to call me back please, im at breaking point",
        "i need someone to ring me every morning to check on me",
    ],
}


@pytest.mark.parametrize("text,expected", [
    (text, expected) for expected, texts in IN_PART.items() for text in texts])
def test_a_request_in_part_of_a_message_is_found_and_answers_stay_answers(text, expected):
    assert kind(text) == expected


def test_a_plain_stop_is_still_a_stop():
    assert kind("stop") == "stop"
    assert kind("stop asking me") == "stop"
