"""Round seventeen: people who spell as they speak (a young man with a learning disability,
a Polish speaker with simple English) and the directory search they were given.

"wiv", "carnt", "fone", "sum1", "will they no" are read as meant; "ws1" alone is a place; a
club asked for is never Job Club first; "the shop one wiv the coach" is Work Tasters from
any list shown, with its email when the phone is hard; "how i do this?" for a mum's shower
is her needs assessment; "what is kit?" is explained; "no thanks" stays a no."""
import asyncio

import pytest

from command_reader import intent_after
from bot.answers import callback_talk, care_for_family
from bot.answers.handoff_details import language_needed
from bot.directory import getting_in_touch, saved
from bot.directory.facets import read_activity
from bot.directory.needs import categorise, search_request
from bot.directory.places import find_location
from bot.directory.search import search_services
from bot.sounds_like import as_meant
from jargon import glossary


@pytest.mark.parametrize("typed, meant", [
    ("i carnt do fone calls", "i cant do phone calls"),
    ("will they no i want the shop job thing", "will they know i want the shop job thing"),
    ("does the team no about it?", "does the team know about it?"),
    ("can sum1 help me", "can someone help me"),
    ("somfing for young peple wiv lerning disabilty", "something for young people with learning disability"),
])
def test_spelt_as_said_is_read_as_meant(typed, meant):
    assert as_meant(typed) == meant


@pytest.mark.parametrize("typed", ["no thanks", "they said no", "i said no i want the job",
                                   "no the first one", "will they no. thanks"])
def test_no_stays_no(typed):
    assert as_meant(typed) == typed


@pytest.mark.parametrize("text, place", [
    ("a club for older men near me, im in ws1", "WS1"),
    ("i said ws1, walsall. them are leeds aren't they", "WS1"),
    ("WS1", "WS1"),
    ("is there a lunch club in ws1?", "WS1"),
    ("ls11", "LS11"),
    ("a lunch club near ws1 3aa", "WS1 3AA"),
])
def test_an_outward_code_alone_is_a_place(text, place):
    assert find_location(text) == place


@pytest.mark.parametrize("text", ["b12 tablets", "i take B12 every day", "traffic on the M62",
                                  "near the M62", "i need vitamin d3", "in a1 condition"])
def test_codes_that_are_not_places_stay_words(text):
    assert find_location(text) is None


def found(words, place=None):
    outcome = asyncio.run(search_services(None, words, place))
    return [s.name for s in outcome.results]


@pytest.mark.parametrize("words, place", [
    ("a club for older men", None), ("a club for older men", "LS11"),
    ("somewhere for a cup of tea and a chat with other men", "LS12"),
    ("groups near me", "LS11"),
])
def test_a_club_asked_for_is_not_job_help_first(words, place):
    names = found(words, place)
    assert names and names[0] not in ("Job Club", "Befriender Volunteer Roles")


def test_a_job_asked_for_still_brings_job_help():
    assert "Job Club" in found("i wanna get a job")


@pytest.mark.parametrize("words", [
    "no the one wiv coach in shop. i carnt do fone calls",
    "the shop one wiv the coach",
    "a cafe job with a coach",
    "the one with the coach in the cafe",
])
def test_a_coach_in_a_shop_is_work(words):
    meant = as_meant(words)
    assert read_activity(meant) == "work" and categorise(meant) == "things_to_do"
    assert "Work Tasters" in found(meant)


@pytest.mark.parametrize("words", ["a coach trip to the shops", "help with my shopping",
                                   "someone to take me shopping on the coach"])
def test_shopping_and_coach_trips_are_not_work(words):
    assert read_activity(words) != "work"


def card(name, about, phone="", email=""):
    return {"id": name, "name": name, "about": about, "phone": phone, "email": email}


JOBS = [card("Job Club", "A friendly weekly club to help you find paid work.", "0113 496 0185",
             "job-club@example.org"),
        card("Supported Employment Service", "One to one help for disabled people to find and "
             "keep a job.", "0113 496 0186"),
        card("Work Tasters", "Try a few weeks of work in a shop, cafe or garden, with a job coach "
             "beside you.", "0113 496 0187", "work-tasters@example.org")]
GROUPS = [card("Friday Coffee Morning", "Drop in for coffee, cake and a chat."), JOBS[0],
          card("Bingo and Games Afternoon", "Bingo, dominoes and cards.")]
FRIENDS = [card("Phone Friends Befriending", "A volunteer rings you each week for a friendly "
                "chat.", "0113 496 0140", "phone-friends@example.org")]


@pytest.mark.parametrize("said, shown, earlier", [
    ("ok i like that one. i like shops", JOBS, []),
    ("the shop one wiv the coach. how do i go", JOBS, []),
    ("can sum1 help me ring the shop job one. im scared on fone", GROUPS, FRIENDS + JOBS),
    ("no the one wiv coach in shop. i carnt do fone calls", GROUPS, FRIENDS + JOBS),
    ("the cafe one with the coach, how do i join", GROUPS, JOBS),
])
def test_the_place_meant_is_found_in_this_list_or_an_earlier_one(said, shown, earlier):
    meant = as_meant(said)
    assert getting_in_touch.asks_how_to_join(meant)
    words = getting_in_touch.pointing_words(meant)
    assert saved.place_meant(words, shown, earlier)["name"] == "Work Tasters"


@pytest.mark.parametrize("said", ["no thanks", "i like shops", "bowling. i live in beeston",
                                  "how do i get a job"])
def test_no_place_picked_without_pointing_at_one(said):
    assert not getting_in_touch.asks_how_to_join(as_meant(said))


def test_when_the_phone_is_hard_the_email_comes_first_and_a_person_is_offered():
    lines = getting_in_touch.lines(JOBS[2], as_meant("im scared on fone"))
    said = " ".join(lines)
    assert "work-tasters@example.org" in said and "0113 496 0187" not in said
    assert "do not have to phone" in said and "get in touch with them for you" in said
    plain = " ".join(getting_in_touch.lines(JOBS[2], "how do i go"))
    assert "0113 496 0187" in plain and "work-tasters@example.org" in plain


@pytest.mark.parametrize("said", ["i carnt do fone calls", "im scared on fone",
                                  "i dont like phoning", "no phone calls please",
                                  "phones make me nervous"])
def test_phone_is_hard(said):
    assert getting_in_touch.phone_is_hard(as_meant(said))


@pytest.mark.parametrize("said", ["can you phone me", "my phone is broken", "whats their phone number"])
def test_phone_is_not_hard(said):
    assert not getting_in_touch.phone_is_hard(as_meant(said))


@pytest.mark.parametrize("said, wish", [
    ("will they no i want the shop job thing", "the shop job thing"),
    ("do they know i need a job coach?", "a job coach"),
    ("will the team know i like the shop one", "the shop one"),
])
def test_will_they_know_what_i_want_is_about_the_hand_off(said, wish):
    assert callback_talk.callback_question(said) == callback_talk.TEAM_SEES
    assert callback_talk.wish_in_question(said) == wish


@pytest.mark.parametrize("said", ["i want the shop job", "they know i want it", "no thanks",
                                  "can they get what i need from the shop"])
def test_saying_a_wish_is_not_a_question_about_the_hand_off(said):
    assert callback_talk.callback_question(said) != callback_talk.TEAM_SEES


@pytest.mark.parametrize("said, who", [
    ("i want someone come to help my mama with shower. how i do this? she not speak english, "
     "only polish", "mum"),
    ("i need carer for mama. who i ask?", "mum"),
    ("my dad needs help getting washed, what do i do?", "dad"),
    ("how can i get someone to help my mum with dressing", "mum"),
    ("can sum1 help my nan, how does it work?", "nan"),
])
def test_how_to_get_care_for_family(said, who):
    assert care_for_family.asks_how_to_get_care(as_meant(said)) == who


@pytest.mark.parametrize("said", ["how do i get a job", "i help my mum with shower",
                                  "someone to help my mum with shower on tuesdays"])
def test_not_asking_how_to_get_care(said):
    assert care_for_family.asks_how_to_get_care(as_meant(said)) is None


def test_the_way_in_says_needs_assessment_interpreter_and_the_carers_own():
    said = " ".join(care_for_family.answer("mum", ["she not speak english, only polish"]))
    assert "needs assessment" in said and "free Polish interpreter" in said
    assert "carer's assessment of your own" in said
    assert [b["payload"] for b in care_for_family.buttons("mum")] == [
        "/start_self_assessment", "/request_human", "/start_carer_assessment"]


@pytest.mark.parametrize("said, language", [
    ("she not speak english, only polish", "Polish"), ("mama speak only polish", "Polish"),
    ("only english please", None)])
def test_a_language_said_as_only_one(said, language):
    assert language_needed([said]) == language


def test_kit_is_explained():
    assert glossary.lookup("kit") is not None
    assert [t.headword for t in glossary.find_terms("what is kit? sorry")] == ["Kit"]
    assert glossary.find_terms("in the kitchen") == []


@pytest.mark.parametrize("said", ["groups for young peple wiv lerning disabilty",
                                  "food. a food bank or something", "a club for older men",
                                  "something for young people like me"])
def test_a_bare_request_is_a_search(said):
    assert search_request(as_meant(said))


@pytest.mark.parametrize("said, guess, intent", [
    ("groups for young peple wiv lerning disabilty", "nlu_fallback", "find_service"),
    ("food. a food bank or something", "nlu_fallback", "find_service"),
    ("a job and frends. i got no frends since colij finish", "listen_connect", "find_service"),
    ("no the one wiv coach in shop. i carnt do fone calls", "nlu_fallback", "find_service"),
    ("the shop one wiv the coach. how do i go", "nlu_fallback", "find_service"),
    ("will they no i want the shop job thing", "nlu_fallback", "request_human"),
    ("i want someone come to help my mama with shower. how i do this? she not speak english, "
     "only polish", "nlu_fallback", "nlu_fallback"),
    ("i need carer for mama. who i ask?", "listen_connect", "nlu_fallback"),
    ("i need carer for mama. who i ask?", "start_carer_assessment", "nlu_fallback"),
    ("i need carer for mama. who i ask?", "explain_term", "nlu_fallback"),
    ("what is a carer?", "start_carer_assessment", "explain_term"),
    ("i look after my mum, im shattered. how do i get a break", "carer_strain", "carer_strain"),
    # look-alikes keep the model's guess
    ("no thanks", "deny", "deny"),
    ("i have no friends", "listen_connect", "listen_connect"),
    ("im so lonely since my wife died", "listen_connect", "listen_connect"),
])
def test_what_the_command_reader_makes_of_them(said, guess, intent):
    assert intent_after(said, guess) == intent


SHOPPING = [card("Shopping Buddies", "A volunteer goes shopping with you or does your shopping."),
            card("Meals on Wheels", "A hot meal brought to your home.")]


@pytest.mark.parametrize("words, name", [
    ("the shop job thing", "Work Tasters"), ("the shop job one", "Work Tasters"),
    ("the shopping one", "Shopping Buddies"), ("the job one", "Job Club")])
def test_the_place_holding_more_of_the_words_is_the_one_meant(words, name):
    assert saved.place_meant(words, SHOPPING, JOBS)["name"] == name

