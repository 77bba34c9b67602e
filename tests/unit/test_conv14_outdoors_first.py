"""Round 13 (tester A, conversation 3), still open after round 13's fixes: "gardening or nature
walks, wheelchair accessible" found no gardening club and showed a choir, a lunch club and a
tea dance, equal to any walk. The nearest kinds of an activity (for gardening: outdoors,
walking, fresh air) now count as much as another facet met, are looked for under every
heading when none is under the first one, and come first; a choir or a lunch club only
after. Someone to do your garden is still help at home, and a bowls club's far kinds still
come nearest first (tests/unit/test_directory_fit.py)."""
from __future__ import annotations

import pytest

from actions.directory import ActionSearchDirectory
from bot.directory.facets import near_kind, read_facets
from bot.directory.service_summary import ServiceSummary
from fake_tracker import action_tracker, run_action

OUTDOOR_WORDS = {"walking", "outdoors", "fresh air", "health walks"}
HOME_HELP = {"Home Adaptations Advice", "Equipment Loan Store", "Garden Helpers"}


def shown_cards(events):
    for e in events:
        if e.get("event") == "slot" and e.get("name") == "shown_services":
            return e.get("value") or []
    return []


@pytest.mark.parametrize("text", [
    "gardening or nature walks, wheelchair accessible",
    "any gardening groups? i use a wheelchair",
    "somewhere i could do a bit of gardening, allotment type thing, wheelchair friendly",
    "community garden with raised beds pls, im in a wheelchair",
])
def test_outdoor_kinds_come_before_a_choir_for_gardening(text):
    said, events = run_action(ActionSearchDirectory(), action_tracker(
        text, {"postcode": "LS8 2QT"}, "find_service", sender="c14-garden"))
    shown = shown_cards(events)
    assert shown, said
    assert not HOME_HELP & {c["name"] for c in shown}
    first = shown[0]["name"]
    assert first in ("Health Walks", "Carers Wellbeing Walks", "Accessible Walking Routes Map",
                     "Park Conservation Volunteers"), [c["name"] for c in shown]
    assert "Sing Together Choir" not in [c["name"] for c in shown[:1]]


@pytest.mark.parametrize("text", [
    "my garden is overgrown and I cant manage it", "someone to do my gardening please",
])
def test_someone_to_do_your_garden_is_still_help_at_home(text):
    said, events = run_action(ActionSearchDirectory(), action_tracker(
        text, {"postcode": "LS8 2QT"}, "find_service", sender="c14-garden-help"))
    assert "Garden Helpers" in [c["name"] for c in shown_cards(events)]


def summary(name, keywords):
    return ServiceSummary(id=name, name=name, description="", keywords=keywords)


def test_near_kinds_are_the_first_few_of_like():
    facets = read_facets("a gardening club")
    assert near_kind(summary("Walks", ["walking", "fresh air"]), facets.activity)
    assert not near_kind(summary("Choir", ["singing", "meet people"]), facets.activity)
    # never a volunteer role when volunteering was not asked
    assert not near_kind(summary("Park Volunteers", ["volunteering", "outdoors"]),
                         facets.activity)
