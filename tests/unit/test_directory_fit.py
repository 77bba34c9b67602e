"""Issue 15, round 8: results match what was asked, or the bot says nothing matched and
shows the nearest other kinds. A bowls club asked gave a Job Club; "anything nearer? i can
get the bus" gave bus passes; a man who wanted a visitor was offered a volunteer role."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.directory import ActionSearchDirectory
from bot.directory import present
from bot.directory.cache import ResultCache
from bot.directory.facets import narrow, read_facets
from bot.directory.followup import asks_nearer
from bot.directory.search import rank, search_nearer, search_services
from bot.directory.service_summary import ServiceSummary


def card(name, keywords=(), miles=None, description=""):
    return ServiceSummary(id=name, name=name, keywords=list(keywords), distance_miles=miles,
                          description=description, category="things_to_do")


LUNCH = card("Tuesday Lunch Club", ["lunch club", "meet people", "social"], 2.4)
JOB_CLUB = card("Job Club", ["employment support", "jobs", "job club"], 0.8)
COFFEE = card("Friday Coffee Morning", ["coffee morning", "meet people", "social"], 1.2)
ROLES = card("Befriender Volunteer Roles",
             ["volunteering", "volunteer roles", "give something back", "befriending"], 0.4)
# (as in the directory: it says it comes to the home, which "visit me at home" asks for)
VISITS = card("Home Visit Befrienders", ["befriending", "lonely", "visits"], 0.5,
              description="A friendly volunteer visits you at home for a cup of tea and a chat.")
PHONE = card("Phone Friends Befriending", ["befriending", "phone chat"], 2.2)


@pytest.mark.parametrize("text", [
    "is there a bowls club near me still?", "any bowls round here", "crown green bowling",
    "somewhere to play bowls", "a chess club", "is there a darts team", "golf for over 60s",
])
def test_a_sport_or_hobby_not_in_the_directory_gives_near_kinds_never_a_job_club(text):
    ranked = rank([JOB_CLUB, LUNCH, COFFEE, ROLES], "things_to_do", text)
    shown, alternatives = narrow(ranked, read_facets(text))
    assert alternatives and JOB_CLUB not in shown and ROLES not in shown
    assert COFFEE in shown or LUNCH in shown


def test_the_alternatives_say_what_they_are_not():
    wanted = read_facets("is there a bowls club near me")
    assert present.notes(COFFEE, wanted) == ["Note: this is not a bowls club."]
    assert present.wanted_words(wanted) == "a bowls club"


@pytest.mark.parametrize("text", [
    "just someone to visit me at home really, a befriender i think they call it",
    "someone to come round for a natter now and then", "a befriender for my dad",
    "is there anyone who could visit him at home", "someone who would pop in for a chat",
])
def test_someone_who_wants_a_visitor_is_not_offered_a_volunteer_role(text):
    ranked = rank([ROLES, VISITS, PHONE, JOB_CLUB], "things_to_do", text)
    shown, alternatives = narrow(ranked, read_facets(text))
    assert VISITS in shown and ROLES not in shown and JOB_CLUB not in shown
    assert not alternatives


@pytest.mark.parametrize("text", ["i want to volunteer as a befriender", "volunteering"])
def test_someone_who_wants_to_volunteer_still_gets_the_roles(text):
    shown, _ = narrow(rank([ROLES, VISITS], "things_to_do", text), read_facets(text))
    assert ROLES in shown


@pytest.mark.parametrize("text", [
    "2 miles is a bit far for my legs. anything nearer roundhay road? i can get the bus",
    "anything nearer?", "is there one closer to home", "thats too far for me",
    "its a long way to go for her", "nothing within walking distance?", "any closer ones",
])
def test_asking_for_the_same_thing_nearer_is_read(text):
    assert asks_nearer(text)


@pytest.mark.parametrize("text", [
    "is it on a friday", "how much is it", "i can get the bus", "save these", "far out",
    "is there a lunch club near me",
])
def test_other_follow_ups_are_not_asking_nearer(text):
    assert not asks_nearer(text)


# ---- over the demo directory, as the bot searches -------------------------------------------

async def test_bowls_near_ls8_says_none_and_shows_near_kinds(client):
    outcome = await search_services(None, "is there a bowls club near me still?", "LS8 2QT",
                                    client=client, cache=ResultCache())
    names = [r.name for r in outcome.results]
    assert outcome.alternatives and names
    assert not {"Job Club", "Supported Employment Service", "Work Tasters",
                "Befriender Volunteer Roles", "Community Cafe Volunteers"} & set(names)
    texts = [m["text"] for m in present.format_results(outcome)]
    assert texts[0].startswith("I could not find a bowls club.")


async def test_a_visitor_near_ls8_is_the_befrienders_not_the_roles(client):
    outcome = await search_services(None, "just someone to visit me at home really",
                                    "LS8 2QT", client=client, cache=ResultCache())
    names = [r.name for r in outcome.results]
    assert names[0] == "Home Visit Befrienders" and "Befriender Volunteer Roles" not in names


async def test_nearer_when_the_lunch_club_shown_is_the_nearest(client):
    first = await search_services(None, "is there a lunch club near me", "LS8 2QT",
                                  client=client, cache=ResultCache())
    shown = [str(r.id) for r in first.results]
    outcome = await search_nearer(first.category, "is there a lunch club near me", "LS8",
                                  shown, client=client, cache=ResultCache())
    assert outcome.nearest_known is not None
    assert outcome.nearest_known.name == "Tuesday Lunch Club"
    assert all(r.distance_miles < outcome.nearest_known.distance_miles
               for r in outcome.results)
    texts = [m["text"] for m in present.format_results(outcome)]
    assert texts[0].startswith("I could not find a lunch club nearer than Tuesday Lunch Club.")
    assert not any("Bus Pass" in t or "Job Club" in t for t in texts)


def test_anything_nearer_after_a_lunch_club_is_not_a_bus_search():
    shown = [{"id": "cb995382-fbd0-538a-807c-6df2bbb16f12", "name": "Tuesday Lunch Club",
              "category": "things_to_do", "days": ["TU"], "miles": 2.4}]
    text = ("2 miles is a bit far for my legs. anything nearer roundhay road? i can get the "
            "bus along there")
    tracker = Tracker("fit-test", {"shown_services": shown, "postcode": "LS8 2QT",
                                   "service_category": "things_to_do",
                                   "directory_query": "is there a lunch club near me"},
                      {"text": text, "intent": {"name": "find_service"}, "entities": []},
                      [{"event": "user", "text": text}], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionSearchDirectory().run(dispatcher, tracker, {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "lunch club" in said.lower()
    assert "Bus Pass" not in said and "Ring and Ride" not in said and "Taxi" not in said


def kind_route_tracker(text, route="grief", events_before=()):
    return Tracker("fit-route", {}, {"text": text, "intent": {"name": route}, "entities": [],
                                     "safety_net": {"route": route}},
                   list(events_before) + [{"event": "user", "text": text}], False, None, {},
                   "action_listen")


@pytest.mark.parametrize("text", [
    "my wife died in the spring and the house is so quiet. is there a bowls club round here? "
    "im LS8 2QT",
    "lost my husband last year. any lunch clubs near LS6 2QT?",
])
def test_grief_with_a_local_request_is_comforted_then_searched(text):
    from actions.safety import ActionKindRoute
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionKindRoute().run(dispatcher, kind_route_tracker(text), {}))
    assert dispatcher.messages[0]["text"].startswith("I am so sorry")
    assert events == [{"event": "followup", "timestamp": None,
                       "name": "action_search_directory"}]


def test_grief_told_without_a_request_keeps_its_question():
    from actions.safety import ActionKindRoute
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionKindRoute().run(
        dispatcher, kind_route_tracker("my wife died in the spring and i miss her"), {}))
    assert events == [] and dispatcher.messages[-1]["buttons"]


def test_the_search_after_the_comfort_is_the_one_asked_and_then_listens():
    text = ("my wife died in the spring and the house is so quiet. is there a bowls club round "
            "here? im LS8 2QT")
    tracker = kind_route_tracker(text, events_before=())
    tracker.events.append({"event": "action", "name": "action_kind_route"})
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionSearchDirectory().run(dispatcher, tracker, {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "I could not find a bowls club." in said and "Job Club" not in said
    assert {"event": "slot", "timestamp": None, "name": "postcode", "value": "LS8 2QT"} in events
    assert events[-1] == {"event": "followup", "timestamp": None, "name": "action_listen"}


def test_near_kinds_come_nearest_first_whatever_words_they_share():
    far_club = card("Sunday Social Club", ["meet people", "social"], 3.0)
    near_cafe = card("Friday Coffee Morning", ["coffee morning", "social"], 0.4)
    text = "is there a bowls club near me"
    shown, alternatives = narrow(rank([far_club, near_cafe], "things_to_do", text),
                                 read_facets(text))
    assert alternatives and shown == [near_cafe, far_club]


async def test_nearer_after_near_kinds_says_none_is_anywhere(client):
    first = await search_services(None, "is there a bowls club near me", "LS8 2QT",
                                  client=client, cache=ResultCache())
    assert first.alternatives
    outcome = await search_nearer(first.category, "is there a bowls club near me", "LS8 2QT",
                                  [str(r.id) for r in first.results], client=client,
                                  cache=ResultCache())
    texts = [m["text"] for m in present.format_results(outcome)]
    assert texts[0].startswith("I could not find a bowls club anywhere in the directory.")
    assert "nearer than" not in texts[0]


def test_a_thing_turned_down_is_said_once_with_near_kinds():
    outcome_facets = read_facets("a chess group, not the choir")
    from bot.directory.search import SearchOutcome
    outcome = SearchOutcome([COFFEE], 1, False, "live", None, "things_to_do", None, 1, "LS6",
                            facets=outcome_facets, alternatives=True)
    first = present.format_results(outcome)[0]["text"]
    assert first.startswith("I could not find a chess group. These are the nearest I found.")
    assert first.count("choir") == 1
