"""Follow-ups to a search (persona round 3): a place on its own moves the search, a street
name is not the town, what was turned down is dropped, and who or when it is for counts."""
import asyncio

import pytest

from bot.directory.facets import age_ok, read_facets
from bot.directory.needs import categorise, moves_the_search, narrows_the_search
from bot.directory.places import find_location
from bot.directory.search import search_services
from bot.directory.service_summary import ServiceSummary
from bot.nlu.commands import local_search


@pytest.mark.parametrize("text, district", [
    ("actually my daughter lives on otley road in headingley", "LS6"),
    ("she is off Otley Rd, over Headingley way", "LS6"),
    ("near Harehills Lane, in Morley", "LS27"),
    ("my dad lives on harehills lane", "LS8"),        # only a street: its place
    ("we're in otley", "LS21"),
])
def test_a_place_said_on_its_own_beats_a_street_name(text, district):
    assert find_location(text) == district


@pytest.mark.parametrize("text", [
    "im in LS15 8", "what about in Wakefield WF1 2", "actually hes moved in with us now, LS17 6",
    "we are over in Morley", "LS6", "how about Headingley", "try Seacroft instead",
    "near her would be better, shes on otley road in headingley",
])
def test_a_place_on_its_own_moves_the_search(text):
    assert moves_the_search(text)
    assert local_search(text, "out_of_scope") and local_search(text, "nlu_fallback")


@pytest.mark.parametrize("text", [
    "my name is Ron", "im 81", "i am 78 and live alone", "my mum lives in Leeds and I live in London",
])
def test_a_story_without_a_place_does_not(text):
    assert not moves_the_search(text)


@pytest.mark.parametrize("text, said", [
    ("them are for old peple and men. anything on a saturday for yung peple?", True),
    ("is there anything free on sundays", True),
    ("are there any groups for younger people", True),
    ("anything with wheelchair access?", True),
    ("any chance of a call on monday", False),
    ("can someone ring me on saturday", False),
    ("is there a free assessment", False),
])
def test_asking_for_a_day_an_age_or_a_cost_narrows_the_search(text, said):
    assert narrows_the_search(text) is said


@pytest.mark.parametrize("text, category, activity", [
    ("forget swimming. a lunch club in morley instead", "things_to_do", "lunch_club"),
    ("never mind the gym, a choir maybe", "things_to_do", "singing"),
    ("scrap the swimming, what about a dance class", "things_to_do", "dancing"),
    ("a book group instead of swimming", "things_to_do", "reading"),
])
def test_what_was_turned_down_is_dropped(text, category, activity):
    assert categorise(text) == category
    assert read_facets(text).activity == activity


@pytest.mark.parametrize("text", ["wher can i meet frends", "somewhere to meet new people",
                                  "i want to make mates", "meet up with others"])
def test_meeting_friends_is_things_to_do(text):
    assert categorise(text) == "things_to_do"


@pytest.mark.parametrize("text, age", [
    ("anything on a saturday for yung peple?", "young"),
    ("groups for younger adults", "young"),
    ("is there anything for teenagers", "young"),
    ("something for older folk", "older"),
    ("clubs for over 60s", "older"),
    ("a lunch club", None),
])
def test_who_it_is_for_is_read(text, age):
    assert read_facets(text).age == age


def test_a_service_for_older_people_does_not_suit_young_people():
    older = ServiceSummary(id="1", name="Friendship Choir",
                           description="A friendly choir for older people.")
    young = ServiceSummary(id="2", name="Young Carers Club", keywords=["young carers"])
    assert not age_ok(older, "young") and age_ok(older, "older")
    assert not age_ok(young, "older") and age_ok(young, "young")


@pytest.mark.parametrize("text, postcode, wanted", [
    ("bereavement group", "LS14", "Bereavement Support Group"),
    ("a group for people who have lost their wife or husband", "LS14",
     "Bereavement Support Group"),
    ("a lunch club", "LS27", "Lunch Club"),
])
def test_what_was_asked_for_is_found_even_when_it_is_not_nearest(text, postcode, wanted):
    outcome = asyncio.run(search_services(None, text, postcode))
    assert outcome.source == "live"
    assert any(wanted in s.name for s in outcome.results), [s.name for s in outcome.results]


def test_nothing_near_a_postcode_is_never_called_unreachable():
    outcome = asyncio.run(search_services(
        "health_and_wellbeing", "swimming for people in wheelchairs", "LS21"))
    assert outcome.source == "live" and outcome.results


def test_young_people_on_saturdays_get_neither_older_groups_nor_other_days():
    outcome = asyncio.run(search_services(
        "things_to_do", "anything on a saturday for young people", "LS12"))
    for service in outcome.results:
        assert "SA" in service.days and age_ok(service, "young"), service.name


@pytest.mark.parametrize("text", ["job club?", "help to get a job", "employment support"])
def test_a_job_club_is_help_to_find_work(text):
    outcome = asyncio.run(search_services(None, text, None))
    assert read_facets(text).activity == "work"
    assert outcome.results and not any("Lunch" in s.name or "Bingo" in s.name
                                       for s in outcome.results)


@pytest.mark.parametrize("text, search", [
    ("i still mean the shopping", True), ("no i meant swimming", True),
    ("i meant the lunch club one", True),
    ("what is reablement", False), ("whats a befriender", False), ("respite?", False),
    ("telecare", False),
])
def test_a_topic_taken_for_a_word_to_explain_is_searched(text, search):
    assert local_search(text, "explain_term") is search
