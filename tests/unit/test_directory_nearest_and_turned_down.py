"""Issue 15, the directory: with the person's place known, good matches come nearest first
and each says how far; what they turn down ("NO bingo", "anything but bingo please", "no
day centres") is left out, never searched for."""
import pytest

from bot.directory import present
from bot.directory.cache import ResultCache
from bot.directory.exclusions import mentions, turned_down, without_turned_down
from bot.directory.facets import narrow, read_facets
from bot.directory.search import rank, search_services
from bot.directory.service_summary import ServiceSummary


@pytest.mark.parametrize("text, things", [
    ("NO bingo", ("bingo",)),
    ("not bingo", ("bingo",)),
    ("anything but bingo please", ("bingo",)),
    ("no day centres", ("day centres",)),
    ("things to do in Seacroft, no bingo", ("bingo",)),
    ("no bingo or day centres", ("bingo", "day centres")),
    ("i dont want a day centre thanks", ("day centre",)),
    ("something social but nothing with bingo", ("bingo",)),
    ("anything except the bingo type things", ("bingo",)),
    ("not into dancing, something quieter", ("dancing",)),
    ("a club near LS6 but no bingo please", ("bingo",)),
])
def test_what_is_turned_down_is_read(text, things):
    assert turned_down(text) == things


@pytest.mark.parametrize("text", [
    "not sure", "no cost please", "something free but not too far", "no steps please",
    "no i meant swimming", "no thanks", "not on a monday", "no thats wrong", "a lunch club",
    "not too expensive", "no idea what there is",
])
def test_a_no_that_turns_nothing_down_leaves_the_search_alone(text):
    assert turned_down(text) == ()
    assert without_turned_down(text) == text


def test_a_thing_turned_down_is_not_searched_for():
    assert read_facets("no swimming please").activity is None
    assert read_facets("free swimming, no day centres").activity == "swimming"
    assert "bingo" not in without_turned_down("things to do but no bingo")


def card(name, keywords=(), miles=None, description="", category="things_to_do"):
    return ServiceSummary(id=name, name=name, keywords=list(keywords), distance_miles=miles,
                          description=description, category=category)


BINGO = card("Bingo and Games Afternoon", ["bingo", "games"])
DAY_CENTRE = card("Day Centre Activities", ["day centre", "day care"])
TEA_DANCE = card("Tea Dance", ["dancing"], description="Dance with tea and biscuits.")
QUIZ = card("Quiz Night", ["quiz"], description="Quiz, raffle and bingo for prizes.")


def test_services_that_have_what_was_turned_down_are_left_out():
    shown, alternatives = narrow([BINGO, DAY_CENTRE, TEA_DANCE, QUIZ],
                                 read_facets("anything but bingo or day centres"))
    assert shown == [TEA_DANCE] and not alternatives
    assert mentions(QUIZ, ("bingo",)) and not mentions(TEA_DANCE, ("bingo",))


def test_turned_down_with_an_activity_asked_keeps_the_activity():
    dance_day = card("Dance at the Day Centre", ["dancing", "day centre"])
    wanted = read_facets("dancing, no day centres")
    assert narrow([dance_day, DAY_CENTRE, TEA_DANCE], wanted) == ([TEA_DANCE], False)


NEAR_CLUB = card("Tuesday Lunch Club", ["lunch club"], 0.3,
                 "A hot two course lunch and a chat.")
FAR_CLUB = card("Lunch Club", ["lunch club", "hot meal"], 4.2)
NEAR_OTHER = card("Knit and Natter", ["knitting"], 0.1)


def test_with_a_place_known_good_matches_come_nearest_first():
    ranked = rank([FAR_CLUB, NEAR_OTHER, NEAR_CLUB], "things_to_do",
                  "a lunch club with a hot meal")
    assert [s.name for s in ranked] == ["Tuesday Lunch Club", "Lunch Club", "Knit and Natter"]
    # Not knowing where they are, the best match to their words comes first.
    far, near, other = (card(s.name, s.keywords, None, s.description)
                        for s in (FAR_CLUB, NEAR_CLUB, NEAR_OTHER))
    ranked = rank([near, other, far], "things_to_do", "a lunch club with a hot meal")
    assert [s.name for s in ranked] == ["Lunch Club", "Tuesday Lunch Club", "Knit and Natter"]


def test_the_opening_line_says_nearest_first_and_what_was_left_out():
    outcome = present._example_outcomes()["left_out"]
    first = present.format_results(outcome)[0]["text"]
    assert present.NEAREST_FIRST in first
    assert "I have left out anything with bingo or quizzes." in first


# ---- over the demo directory, as the bot searches -------------------------------------------

async def search(client, text, postcode=None, category="things_to_do"):
    return await search_services(category, text, postcode, client=client,
                                 cache=ResultCache())


@pytest.mark.parametrize("text", ["NO bingo", "anything but bingo please", "not bingo",
                                  "things to do, no bingo thanks"])
async def test_no_bingo_finds_everything_but_bingo(client, text):
    outcome = await search(client, text, "LS10 1AB")
    names = [r.name for r in outcome.results]
    assert names and not any("bingo" in n.lower() for n in names)
    while outcome.has_more:
        outcome = await search_services("things_to_do", text, "LS10 1AB", outcome.page + 1,
                                        client=client, cache=ResultCache())
        assert not any(mentions(r, ("bingo",)) for r in outcome.results)


async def test_no_day_centres_leaves_out_the_day_centre(client):
    every = []
    outcome = await search(client, "no day centres", "LS9 7SZ")
    every += outcome.results
    while outcome.has_more:
        outcome = await search_services("things_to_do", "no day centres", "LS9 7SZ",
                                        outcome.page + 1, client=client, cache=ResultCache())
        every += outcome.results
    assert every and "Day Centre Activities" not in [r.name for r in every]


async def test_results_near_a_postcode_go_nearest_first_and_say_how_far(client):
    outcome = await search(client, "something to do", "LS14 6AB")
    miles = [r.distance_miles for r in outcome.results]
    assert len(miles) >= 2 and None not in miles and miles == sorted(miles)
    texts = [m["text"] for m in present.format_results(outcome)]
    assert present.NEAREST_FIRST in texts[0]
    assert all("away." in t or "Very close to you." in t for t in texts[1:-1])


# ---- the search action after places were shown -----------------------------------------------

def test_no_bingo_after_places_searches_the_same_again_without_it():
    import asyncio
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher
    from actions.directory import ActionSearchDirectory

    shown = [{"id": "b", "name": "Bingo and Games Afternoon", "category": "things_to_do"}]
    slots = {"shown_services": shown, "service_category": "things_to_do",
             "postcode": "LS10 1AB", "directory_query": "things to do", "directory_page": 1.0}
    events = [{"event": "user", "text": "things to do near LS10 1AB"},
              {"event": "bot", "text": present.ENDING_MORE},
              {"event": "user", "text": "NO bingo"}]
    tracker = Tracker("no-bingo", slots, {"text": "NO bingo", "intent": {"name": "deny"},
                                          "entities": []}, events, False, None, {},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    done = asyncio.run(ActionSearchDirectory().run(dispatcher, tracker, {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "I have left out anything with bingo." in said and "Bingo and" not in said
    kept = {e["name"]: e["value"] for e in done if e.get("event") == "slot"}
    assert kept["service_category"] == "things_to_do" and kept["postcode"] == "LS10 1AB"
    assert kept["shown_services"] and "bingo" in kept["directory_query"].lower()
