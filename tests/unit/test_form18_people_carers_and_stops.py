"""Round 18 (tester J): who a form is about, a carer worn out, and a stop or a skip said with
more. "my mum" inside her own answers never makes the form about her mum; "number" is not a
relationship; a grandson is not "their friend"; "im shattered ... is there any help for me"
is the carer's route, not a search; "stop. can someone help me with the bus" stops for a
search; "skip the rest of the nice ones" passes over the strengths questions only. Pure."""
import pytest

from bot.answers.about import known_relationship
from bot.answers.callback_talk import who_lines
from bot.answers.carer_worn_out import asks_help_when_worn_out
from bot.answers.handoff_story import other_person
from bot.answers.short_of_time import read_time_words
from bot.directory.search_in_form import stops_to_search


def test_her_own_form_is_never_about_her_mum():
    assert who_lines({"about": "self", "relationship": "mum", "preferred_name": "Jade"}, []) == []


def test_a_word_that_is_not_a_relationship_is_not_kept():
    assert known_relationship("number") is None
    assert known_relationship("mom") == "mum"
    assert known_relationship("grandson") == "grandson"
    lines = who_lines({"about": "someone_i_care_for", "relationship": "number",
                       "on_behalf": "cannot_decide"}, [])
    assert not any("number" in line for line in lines)
    assert who_lines({"about": "someone_i_care_for", "relationship": "dad",
                      "preferred_name": "Stan"}, []) == ["About: their dad Stan."]


def test_a_misread_relationship_entity_is_dropped():
    from rasa.shared.nlu.training_data.message import Message
    from bot.nlu.commands import drop_misread_relationships
    message = Message(data={"text": "and the nhs number?", "entities": [
        {"entity": "relationship", "value": "number"}, {"entity": "relationship", "value": "dad"}]})
    drop_misread_relationships(message)
    assert [e["value"] for e in message.get("entities")] == ["dad"]


def test_a_grandson_is_not_their_friend():
    line = other_person(["my grandson stays with me since his mum put him out. hes 24",
                         "my friend maureen from chapel could pass a message"])
    assert line == "About their grandson: aged 24."


@pytest.mark.parametrize("text", [
    "im shattered, i go round to mums every night after work. is there any help for me",
    "i need support for carers like me, im running on empty",
    "honestly im knackered, im up there every night after work. what help is there for me",
    "im knackered looking after dad, is there owt for me",
    "honestly im dead on my feet, is there any carers support",
])
def test_a_carer_worn_out_asking_for_help(text):
    assert asks_help_when_worn_out(text)


@pytest.mark.parametrize("text", [
    "my mum is exhausted, is there any help for her",
    "im shattered lol, any bingo near ls12",
    "carers support near ls15",
    "im so tired today, what time does the library open",
])
def test_not_a_carer_worn_out(text):
    assert not asks_help_when_worn_out(text)


@pytest.mark.parametrize("text", [
    "stop. can someone help me with the bus",
    "stop. can sum1 help me lern the bus",
    "STOP. i need help with the bus",
    "stop, is there a job club near me",
])
def test_a_stop_with_a_request_stops_for_the_search(text):
    assert stops_to_search(text)


@pytest.mark.parametrize("text", [
    "stop asking me about food", "stop smoking is hard", "stop",
    "he wont stop. can someone help me",
])
def test_not_a_stop_for_a_search(text):
    assert not stops_to_search(text)


@pytest.mark.parametrize("text, answer", [
    ("his pigeons again. skip the rest of the nice ones please, the big thing is the cooker",
     "his pigeons again. the big thing is the cooker"),
    ("when he gets up to the allotment. skip the rest of the nice ones if you can, the main "
     "thing is hes left the hob on twice this month", None),
    ("can we skip the happy questions", ""),
    ("skip the positive stuff pls, hes not eating", None),
])
def test_skip_the_nice_ones_is_the_strengths_only(text, answer):
    words = read_time_words(text)
    assert words is not None and words.strengths_only and words.to_the_end
    if answer is not None:
        assert words.answer == answer


@pytest.mark.parametrize("text", ["skip the rest please", "can we just get to the end",
                                  "the nice ones are fine"])
def test_skip_the_rest_is_not_the_strengths_only(text):
    words = read_time_words(text)
    assert words is None or not words.strengths_only


@pytest.mark.parametrize("text", ["wot is it tho", "?? dont no", "what is this",
                                  "so what is it then", "i dont understand"])
def test_what_is_it_at_the_notice_before_the_plan(text):
    from bot.answers.our_options import asks_what_the_plan_is
    from bot.sounds_like import as_meant
    assert asks_what_the_plan_is(as_meant(text))


@pytest.mark.parametrize("text", ["yes", "no thanks", "what is 90 days", "ok"])
def test_not_what_is_it(text):
    from bot.answers.our_options import asks_what_the_plan_is
    assert not asks_what_the_plan_is(text)


@pytest.mark.parametrize("text, asked", [
    ("wot is plan for good life", "good_life"), ("what is plan for a good life?", "good_life"),
    ("whats this plan for good life thing", "good_life"),
    ("plan for a good life", None), ("i dont want to plan for a good life", None),
])
def test_our_option_asked_without_its_a(text, asked):
    from bot.answers.our_options import option_asked
    from bot.sounds_like import as_meant
    assert option_asked(as_meant(text)) == asked


@pytest.mark.parametrize("text", ["and the job coach 1 from b4", "can i see the befriending one from b4",
                                  "the one u showed me b4", "the one from b4 pls"])
def test_b4_about_something_shown_is_before(text):
    from bot.directory.places import find_location
    assert find_location(text) is None


@pytest.mark.parametrize("text, place", [("im in b4 7dp", "B4 7DP"), ("i live in b4", "B4"),
                                         ("the group in b4", "B4"), ("anything near b4", "B4")])
def test_b4_said_as_a_place_is_a_place(text, place):
    from bot.directory.places import find_location
    assert find_location(text) == place


@pytest.mark.parametrize("text", ["ok look for sat then. for yung peple wiv lerning disabilitys",
                                  "is ther a disco 💃 or sumthin", "can u look for a disco on sat",
                                  "is there a disco for people like me"])
def test_a_young_persons_search_is_a_search(text):
    from bot.directory.needs import search_request
    from bot.sounds_like import as_meant
    assert search_request(as_meant(text)) == "things_to_do"


@pytest.mark.parametrize("text", ["i look for my keys every morning", "i look after my mum"])
def test_look_for_in_a_story_is_no_search(text):
    from bot.directory.needs import search_request
    assert search_request(text) is None
