"""Issue 15 over REST: an unsure reply to an offer outside a form keeps the offer open with
its buttons (not the menu, not a yes); "NO bingo" after places were shown searches again
without bingo; places near a known postcode come nearest first and say how far."""
import re

import pytest

from bot import texts
from bot.directory import present
from chat_client import buttons_of, Chat

BREAK = "im exhausted, i care for my mum every day and never get a break"


@pytest.mark.parametrize("unsure", ["dont no", "not sure tbh", "maybe idk"])
def test_unsure_at_an_offer_keeps_it_open(stack, sender, unsure):
    chat = Chat(stack, sender, gateway=True)
    chat.say("talk about what is going on")
    offer = chat.say(BREAK)
    assert "Would you like someone from the team to call you about a break?" in \
        " ".join(m.get("text") or "" for m in offer)
    reply = chat.say(unsure)
    said = " ".join(m.get("text") or "" for m in reply)
    assert texts.OFFER_STAYS_OPEN in said
    assert "What would you like to do?" not in said
    assert buttons_of(reply) == buttons_of(offer)
    assert not chat.slot("handoff_reference")


def test_no_bingo_after_places_searches_again_without_it(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    first = chat.texts("things to do near LS10 1AB")
    assert "Bingo and Games Afternoon" in first
    again = chat.texts("NO bingo")
    assert "I have left out anything with bingo." in again
    assert "Bingo and Games Afternoon" not in again
    assert not any("bingo" in s["name"].lower() for s in chat.slot("shown_services"))


@pytest.mark.parametrize("asked", ["any clubs or groups near LS14 6AB? no bingo please",
                                   "something to do near LS14 6AB, not bingo"])
def test_places_near_a_postcode_say_truly_how_they_are_ordered(stack, sender, asked):
    """Each place says how far it is, and the intro says truly how the list is ordered:
    "The nearest are first" only when it is (a club asked for puts places with "club" in
    them first, and job help after them, since this evening's round seventeen fixes)."""
    chat = Chat(stack, sender, gateway=True)
    reply = chat.say(asked)
    said = " ".join(m.get("text") or "" for m in reply)
    assert "Bingo" not in said
    places = [m["text"] for m in reply if "Phone:" in (m.get("text") or "")]
    miles = [miles_in(t) for t in places]
    assert len(miles) >= 2 and None not in miles
    if miles == sorted(miles):
        assert present.NEAREST_FIRST in said, said
    else:
        assert present.BEST_FIRST in said and present.NEAREST_FIRST not in said, said


def miles_in(text):
    """How far one place said it is: "About 1.6 miles away.", "Very close to you." (0)."""
    if present.NEAR in text:
        return 0.0
    found = re.search(r"About ([0-9.]+) miles? away", text)
    return float(found.group(1)) if found else None


def test_i_dont_get_it_outside_and_inside_the_questions(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("talk about what is going on")
    offer = chat.say(BREAK)
    reply = chat.say("i don't get it")
    said = " ".join(m.get("text") or "" for m in reply)
    assert texts.NOT_CLEAR in said and "call you about a break" in said
    assert buttons_of(reply) == buttons_of(offer)

    chat.say("plan for a good life")
    chat.say("yes that is ok")
    chat.say("me")
    chat.say("Jo")
    reply = chat.texts("what do you mean?")
    assert "What is important to you?" in reply     # the question in simpler words
    assert chat.active_loop() == "self_assessment_form"
