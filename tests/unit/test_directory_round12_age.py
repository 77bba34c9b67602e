"""Round twelve (tester B, conversation 2): "i want frends to go bowlin n that. im 20. LS14"
listed befriending by phone, a tea dance, home-visit befrienders and lunch clubs for older
people, under "The nearest are first" with 3.9 miles before 1.6.

A young adult is never shown a service whose eligibility (ORUK ``minimum_age``, a v1
``eligibility`` note), description or organisation says it is for older people; when
nothing fits, the bot says so ("I could not find bowling for young people") and
shows the nearest real kinds. "The nearest are first" is said only when it is true."""
from __future__ import annotations

import asyncio

import pytest

from actions.directory import ActionSearchDirectory
from bot.directory import present
from bot.directory.facets import age_ok, read_facets
from bot.directory.search import search_services
from bot.directory.service_summary import ServiceSummary, summarise
from fake_tracker import action_tracker, run_action

OLDER_ONLY = ("Phone Friends Befriending", "Tea Dance", "Home Visit Befrienders",
              "Tuesday Lunch Club", "Day Centre Activities", "Sing Together Choir")


def test_the_oruk_minimum_age_is_read_and_kept_to():
    club = summarise({"id": "1", "name": "Tea Dance", "description": "Dance with tea.",
                      "minimum_age": 55})
    assert club.minimum_age == 55
    assert not age_ok(club, "young") and age_ok(club, "older")
    youth = summarise({"id": "2", "name": "Youth Bowling", "description": "Ten pin bowling.",
                       "minimum_age": 16, "maximum_age": 25})
    assert age_ok(youth, "young") and not age_ok(youth, "older")


@pytest.mark.parametrize("record", [
    {"id": "3", "name": "Lunch Club", "description": "A hot lunch.",
     "eligibilitys": [{"id": "e", "eligibility": "Aged 60 and over"}]},
    {"id": "4", "name": "Lunch Club", "description": "A hot lunch.",
     "eligibility": "For pensioners living in Leeds"},
    {"id": "5", "name": "Phone Friends", "description": "A volunteer rings you.",
     "organization": {"name": "Later Life Leeds"}},
    {"id": "6", "name": "Chat Club", "description": "A chat for the over 55s."},
])
def test_eligibility_notes_and_organisations_for_older_people_count(record):
    assert not age_ok(summarise(record), "young")


def test_a_service_open_to_all_is_fine_for_everyone():
    cafe = ServiceSummary(id="7", name="Friday Coffee Morning",
                          description="Drop in for coffee. Everyone is welcome.")
    assert age_ok(cafe, "young") and age_ok(cafe, "older")


@pytest.mark.parametrize("text", [
    "i want frends to go bowlin n that. im 20. LS14",
    "no!! 😡 not shopin. i want frends to go bowlin n that. im 20. LS14",
    "bowling for people my age, im 19",
])
def test_bowling_at_twenty_reads_as_bowling_for_young_people(text):
    facets = read_facets(text)
    assert facets.activity == "bowling" and facets.age == "young"


def _search(text, postcode="LS14", age=None):
    return asyncio.run(search_services("things_to_do", text, postcode, age=age))


@pytest.mark.parametrize("text, age", [
    ("i want frends to go bowlin n that. im 20. LS14", None),
    ("i want friends", "young"),
    ("things to do", "young"),
    ("a lunch club", "young"),
])
def test_a_young_adult_is_never_shown_places_for_older_people(db, text, age):
    for page in (1, 2, 3):
        outcome = asyncio.run(search_services("things_to_do", text, "LS14", page=page, age=age))
        for service in outcome.results:
            assert service.name not in OLDER_ONLY, (text, page, service.name)
            assert age_ok(service, "young")


def test_nothing_for_their_age_is_said_honestly_with_the_nearest_real_kinds(db):
    outcome = _search("i want frends to go bowlin n that. im 20. LS14")
    said = " ".join(m["text"] for m in present.format_results(outcome))
    assert "I could not find bowling for young people." in said
    assert outcome.results, "the nearest real kinds are shown"


def test_the_nearest_are_first_only_when_they_are(db):
    for text in ("i want friends", "things to do", "a lunch club", "someone to talk to"):
        for age in (None, "young"):
            outcome = _search(text, age=age)
            said = " ".join(m["text"] for m in present.format_results(outcome))
            miles = [s.distance_miles for s in outcome.results if s.distance_miles is not None]
            if present.NEAREST_FIRST in said:
                assert miles == sorted(miles), (text, age, miles)


def test_the_round12_search_through_the_action(db):
    text = "no!! 😡 not shopin. i want frends to go bowlin n that. im 20. LS14"
    tracker = action_tracker(text, {}, "find_service", before=["hi 👋 i want a job"])
    said, _ = run_action(ActionSearchDirectory(), tracker)
    for name in OLDER_ONLY:
        assert name not in said
    assert "I could not find bowling for young people." in said
