"""Round ten: an activity asked for is a must, never padding. "wheelchair basketball near
LS11" brought Shopmobility, days out and a travel buddy; "night sitter. overnight care"
brought a parents' coffee morning and a dementia group; a 22-year-old who said "coffee
morning is for old people" got the same coffee morning and a job club again. When nothing
in the directory is what was asked, the bot says so in one line and shows the nearest
real kinds of it (a swim for a sport), or only says what to do (the council's number)."""
import pytest

from bot import settings
from bot.directory import present
from bot.directory.cache import ResultCache
from bot.directory.database import DirectoryStore
from bot.directory.exclusions import turned_down
from bot.directory.facets import Facets, age_said_before, narrow, read_facets
from bot.directory.local import LocalDirectory
from bot.directory.search import SearchOutcome, search_services
from bot.directory.service_summary import ServiceSummary


@pytest.mark.parametrize("text, activity", [
    ("ok but SPORT. wheelchair basketball near LS11?", "basketball"),
    # either of two kinds joined by "or" (round eighteen)
    ("wheelchair basketball or rugby, or even just a gym i can actually get into",
     "basketball|rugby"),
    ("is there any wheelchair rugby", "rugby"),
    ("a netball team", "netball"),
    ("i want to do some sport", "sport"),
    ("a gym i can get into", "gym"),
    ("i like fotball and xbox", "football"),
    ("somewhere to play xbox with people", "gaming"),
    ("night sitter. overnight care. LS6", "night_care"),
    ("i asked about overnight care for my husband in LS6", "night_care"),
    ("someone to do 1 or 2 nights a week so i can sleep", "night_care"),
    ("is there anything for nights, like a night sitter", "night_care"),
    ("a sleep-in carer", "night_care"),
])
def test_the_activity_asked_is_read(text, activity):
    assert read_facets(text).activity == activity


@pytest.mark.parametrize("text", [
    "wheelchair basketball near LS11?", "any wheelchair sports", "a wheelchair rugby club",
])
def test_a_wheelchair_sport_asks_for_wheelchair_access(text):
    assert read_facets(text).wheelchair


@pytest.mark.parametrize("text", [
    "coffee morning is for old peple. is ther a club for peple like me",
    "thats for pensioners", "lunch clubs are not for someone my age",
    "i am 22. i like fotball", "im 26, wheelchair user", "something for me, im 19",
    "someone my age (22)", "he is a 24 year old lad",
])
def test_their_own_age_or_for_old_people_said_is_young(text):
    assert read_facets(text).age == "young"


@pytest.mark.parametrize("text", [
    "i am 30 minutes away", "a club on the 22 bus route", "is it open at 10", "for older people",
])
def test_other_numbers_are_not_an_age(text):
    assert read_facets(text).age != "young"


@pytest.mark.parametrize("text, thing", [
    ("coffee morning is for old peple. i am 22", "coffee morning"),
    ("the bingo is for oldies", "bingo"),
    ("lunch clubs are not for someone my age", "lunch clubs"),
])
def test_what_is_said_to_be_for_old_people_is_turned_down(text, thing):
    assert thing in turned_down(text)


def card(name, keywords, miles, access=""):
    return ServiceSummary(id=name, name=name, keywords=list(keywords), distance_miles=miles,
                          accessibility=access, category="things_to_do")


def test_nothing_of_the_kind_is_never_padded_with_what_meets_other_facets():
    coffee = card("Friday Coffee Morning", ["coffee morning", "meet people", "social"], 0.3,
                  "Step-free access.")
    shop = card("Shopmobility", ["mobility scooter", "wheelchair hire"], 1.9,
                "Step-free access.")
    shown, alternatives = narrow([coffee, shop], read_facets("wheelchair basketball"))
    assert shown == [] and alternatives


# ---- over the demo directory, as the bot searches -------------------------------------------

async def search(client, text, postcode=None, category=None):
    return await search_services(category, text, postcode, client=client, cache=ResultCache())


UNRELATED_TO_SPORT = {"Shopmobility", "Wheelchair Friendly Days Out", "Travel Buddy Training",
                      "Friday Coffee Morning", "Job Club", "Tuesday Lunch Club",
                      "Bingo and Games Afternoon", "Stop Smoking Service"}


@pytest.mark.parametrize("text", [
    "ok but SPORT. wheelchair basketball near LS11?",
    "wheelchair basketball or rugby, or even just a gym i can actually get into",
])
async def test_wheelchair_basketball_says_none_and_shows_the_accessible_swim(client, text):
    outcome = await search(client, text, "LS11")
    names = [r.name for r in outcome.results]
    assert outcome.alternatives and names[0] == "Accessible Swim Session"
    assert not set(names) & UNRELATED_TO_SPORT
    first = present.format_results(outcome)[0]["text"]
    assert first.startswith(("I could not find basketball with wheelchair access.",
                             "I could not find basketball or rugby with wheelchair access."))


async def test_a_young_man_who_likes_football_gets_no_coffee_morning_or_job_club(client):
    outcome = await search(client, "coffee morning is for old peple. i am 22. i like fotball "
                                   "and xbox. is ther a club for peple like me", "LS11",
                           "things_to_do")
    names = [r.name for r in outcome.results]
    assert names and outcome.alternatives
    assert not set(names) & UNRELATED_TO_SPORT
    assert "Swim for Health" not in names      # "for older people"


@pytest.mark.parametrize("text", ["night sitter. overnight care. LS6",
                                  "i asked about overnight care for my husband in LS6"])
async def test_night_care_says_none_and_what_to_do(client, text):
    outcome = await search(client, text, "LS6")
    names = [r.name for r in outcome.results]
    assert not {"Parent Carers Coffee Morning", "Dementia Carers Group", "Memory Cafe",
                "Emergency Plan for Carers"} & set(names)
    assert names == ["Carer's Break Sitting Service"]
    first = present.format_results(outcome)[0]["text"]
    assert first.startswith("I could not find night sitting or overnight care.")
    assert str(settings.get("council.adult_social_care_phone")) in first


async def test_swimming_asked_again_is_still_only_swimming(client):
    outcome = await search(client, "is there really nothing? swimming would do", "LS11")
    assert outcome.results and all("swim" in r.name.lower() for r in outcome.results)


def test_facets_default_is_unchanged():
    assert read_facets("") == Facets()


# ---- the age said once is kept in later searches ---------------------------------------------

@pytest.mark.parametrize("before, age", [
    (["hiya im liam", "coffee morning is for old peple. i am 22"], "young"),
    (["im 26, wheelchair user, live in LS11"], "young"),
    (["anything for older people round here"], "older"),
    (["i live in LS11", "my dad is 84 and lonely"], None),
])
def test_the_age_said_earlier_is_found(before, age):
    assert age_said_before(before) == age


async def test_a_later_search_keeps_the_age_said_before(client):
    plain = await search(client, "a choir", "LS2")
    assert [r.name for r in plain.results] == ["Sing Together Choir"]
    kept = await search_services(None, "a choir", "LS2", client=client, cache=ResultCache(),
                                 age="young")
    assert kept.facets.age == "young" and kept.alternatives
    assert present.format_results(kept)[0]["text"].startswith(
        "I could not find singing for young people.")


def test_the_search_action_passes_on_the_age_said_before(monkeypatch):
    from actions import directory
    from fake_tracker import action_tracker, run_action

    asked = {}

    async def fake_search(category, text, postcode, page=1, **options):
        asked.update(options, text=text)
        return SearchOutcome(category=category, text=text)

    monkeypatch.setattr(directory, "search_services", fake_search)
    tracker = action_tracker("what else is there near LS11", {}, intent="find_service",
                             before=["coffee morning is for old peple. i am 22"])
    run_action(directory.ActionSearchDirectory(), tracker)
    assert asked.get("age") == "young"


# ---- a council's own ORUK feed (the ORUK 3.0 example: one counselling service) --------------

@pytest.fixture(scope="module")
def oruk_example():
    from pathlib import Path

    from bot.directory.importer import import_path

    store = DirectoryStore(":memory:", seed=False)
    import_path(store, Path(__file__).resolve().parents[1] / "fixtures" / "oruk" / "examples"
                / "service_full.json")
    yield LocalDirectory(store)
    store.close()


@pytest.mark.parametrize("text", ["a night sitter for my husband", "wheelchair basketball",
                                  "somewhere to play xbox"])
async def test_a_feed_without_it_says_so_and_never_pads_with_counselling(oruk_example, text):
    outcome = await search(oruk_example, text)
    assert outcome.results == []
    said = " ".join(m["text"] for m in present.format_results(outcome))
    assert said.startswith("I could not find")
    assert str(settings.get("council.adult_social_care_phone")) in said


async def test_the_feed_still_answers_what_it_has(oruk_example):
    outcome = await search(oruk_example, "counselling for anxiety")
    assert [r.name for r in outcome.results] == ["Community Counselling"]


@pytest.mark.parametrize("text", ["lol none of them are sport. is there really nothing?",
                                  "none of them are about PIP", "none of those is any good"])
def test_none_of_them_are_x_wants_x_and_turns_nothing_down(text):
    assert turned_down(text) == ()


@pytest.mark.parametrize("text", ["i live beeston. wot about frends?? i dont have eny",
                                  "i want to make friends", "somewhere to meet new people"])
async def test_friends_asked_never_brings_a_job_club_or_a_volunteer_role(client, text):
    outcome = await search(client, text, "LS11")
    names = [r.name for r in outcome.results]
    assert names and not {"Job Club", "Befriender Volunteer Roles", "Work Tasters",
                          "Supported Employment Service"} & set(names)


def test_a_new_sport_asked_beside_praise_for_a_shown_job_is_a_new_search():
    from bot.directory import followup

    shown = [{"id": "1", "name": "Supported Employment Service", "category": "things_to_do",
              "about": "One to one help to find and keep a job."}]
    text = ("nice the supported employment one looks good. what about the sport tho? "
            "wheelchair basketball or rugby, or even just a gym i can actually get into")
    assert not followup.is_follow_up(text, shown)
    category, words = followup.new_search(text, shown)
    assert read_facets(words).activity in ("basketball", "basketball|rugby") and \
        read_facets(words).wheelchair
