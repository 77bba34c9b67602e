"""Contact for a person at risk (round seventeen, testers F and G): "don't ring when Carol is
here" is when to ring, never "do not call"; a place to meet or a go-between is a way in, kept
in their words; "will Carol find out?" gets the safeguarding answer; "how will they get hold
of me?" is answered from what was saved. Pure readers and words; the conversation is in
tests/api/test_safe_contact17_over_rest.py."""
from __future__ import annotations

import json

import pytest

from actions.form_engine import read_contact
from bot import callback_words, form_words
from bot import form_slots as fs
from bot.answers import callback_talk as talk
from bot.answers.call_change import NEW_TIME, change_kind
from bot.answers.contact import parse_contact, with_times_ruled_out
from bot.answers.safeguarding_questions import answer, who_finds_out, wont_tell_them


# ---- "don't ring when X is here" is a time, not "do not call" -------------------------------

@pytest.mark.parametrize("text, ruled_out", [
    ("0113 496 0999 that's the house phone. Please don't ring when Carol is here",
     "not when Carol is here"),
    ("07700 900123, dont call while my son is in", "not while my son is in"),
    ("pls dont fone wen carol is in", "not when carol is in"),
    ("my number is 0113 496 0111 but never ring me when the carer's here please",
     "not when the carer's here"),
])
def test_dont_ring_when_someone_is_there_is_a_time_ruled_out(text, ruled_out):
    found = parse_contact(text)
    assert found.safe_to_call is not False
    assert found.best_time == ruled_out and found.only_ruled_out


@pytest.mark.parametrize("text, no_calls, best", [
    ("please dont ring me at home he might pick up", True, None),   # a real "do not call"
    ("I can't have a call", True, None),
    ("you can't ring me", True, None),
    ("dont ring before 10", False, "not before 10"),                # a time, as before
    ("my son rings me every day", False, None),                     # not an instruction
    ("ring me between 10 and 4", False, "between 10 and 4"),
])
def test_look_alikes_keep_their_meaning(text, no_calls, best):
    found = parse_contact(text)
    assert (found.safe_to_call is False) == no_calls
    assert found.best_time == best
    assert not found.only_ruled_out or best.startswith("not ")


def test_they_can_ring_just_not_then_is_a_call_with_times_ruled_out():
    found = parse_contact("They can ring, just not 8 till 9 or 5 till 6")
    assert found.safe_to_call is True and found.best_time == "not 8 till 9 or 5 till 6"
    assert change_kind("They can ring, just not 8 till 9 or 5 till 6. "
                       "Will they tell Carol I said anything?") == NEW_TIME
    assert change_kind("they can call me, but not mornings") == NEW_TIME
    assert change_kind("they can ring my daughter") is None


def test_a_time_ruled_out_is_added_to_the_good_time_not_put_in_its_place():
    assert with_times_ruled_out("between 10 and 4", "not 8 till 9 or 5 till 6") == \
        "between 10 and 4, not 8 till 9 or 5 till 6"
    assert with_times_ruled_out("mornings", "after 2") == "after 2"
    assert with_times_ruled_out(None, "not mondays") == "not mondays"


def test_the_number_is_kept_and_a_good_time_still_asked():
    reading = read_contact("contact_details", "0113 496 0999 that's the house phone. "
                                              "Please don't ring when Carol is here")
    assert json.loads(reading.slots["contact_details"])["phone"] == "0113 496 0999"
    assert "contact_time" not in reading.slots          # asked next
    flags = json.loads(reading.slots["contact_safety"])
    assert flags["not_when"] == "not when Carol is here" and flags["safe_to_call"] is None
    said = form_words.contact_read_back({"phone": "0113 496 0999",
                                         "best_time": "between 10 and 4", **flags})
    assert "Do not call" not in said and "Not when Carol is here." in said
    assert "Best time: between 10 and 4." in said


# ---- a safe way in that is not a phone --------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("I can't have a call. Could they meet me at the library on Tuesday morning instead? "
     "It's the one on Chapel Road.",
     "Could they meet me at the library on Tuesday morning instead? It's the one on Chapel Road."),
    ("I told you, you can't ring me. Could they meet me at the library on Tuesday instead? "
     "It's the one on Chapel Road.",
     "Could they meet me at the library on Tuesday instead? It's the one on Chapel Road."),
    ("cud sum1 meet me at the libary tues morning", "cud sum1 meet me at the libary tues morning"),
    ("you can get hold of me through my GP", "you can get hold of me through my GP"),
    ("ask my friend Jan, she'll pass it on", "ask my friend Jan, she'll pass it on"),
    ("please could someone see me at church after the service instead",
     "please could someone see me at church after the service instead"),
])
def test_a_place_to_meet_or_a_go_between_is_a_way_in_in_their_words(text, kept):
    assert parse_contact(text).route == kept


@pytest.mark.parametrize("text", [
    "I meet my friend at the library on Tuesdays",
    "he is going to see me at christmas",
    "I'll ask my daughter",
    "I go through my GP for everything",
    "my son rings me every day",
])
def test_everyday_talk_is_not_a_way_in(text):
    assert parse_contact(text).route is None


def test_the_contact_step_keeps_the_meeting_and_asks_no_time_or_safety():
    reading = read_contact("contact_details", "I can't have a call. Could they meet me at the "
                                              "library on Tuesday morning instead?")
    details = json.loads(reading.slots["contact_details"])
    assert details["route"].startswith("Could they meet me at the library")
    assert not details["phone"] and not details["email"]
    assert reading.slots["contact_time"] == fs.NOT_NEEDED
    flags = json.loads(reading.slots["contact_safety"])
    assert flags["by_route"] is True and flags["safe_to_call"] is False
    assert reading.say is None                  # never "I could not find a phone number"
    said = form_words.contact_read_back({**details, **flags})
    assert "meet me at the library" in said and "Do not call." in said


def test_after_dont_ring_me_a_phone_number_is_never_insisted_on():
    assert "phone number" not in form_words.ASK_SAFE_WAY
    assert "place and time to meet" in form_words.ASK_SAFE_WAY
    assert "phone number" not in form_words.SAFE_WAY_AGAIN


# ---- "will Carol find out?" ---------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Will Carol find out?", "Carol"),
    ("you didn't answer me. will Carol find out?", "Carol"),
    ("They can ring, just not 8 till 9 or 5 till 6. Will they tell Carol I said anything?",
     "Carol"),
    ("will my carer find out i told you", "your carer"),
    ("wil he no i told u", "them"),
    ("does Carol have to know", "Carol"),
    ("are you going to tell my son what i said", "your son"),
])
def test_who_may_find_out_is_read_with_their_name(text, who):
    assert who_finds_out(text) == who
    said = answer(text)
    assert said == [wont_tell_them(who)]


@pytest.mark.parametrize("text", [
    "So how will they get hold of me? Will they know about Tuesday at the library?",
    "will my daughter find out how to apply",
    "will she find out her results tomorrow",
    "will the team find out what help i can get",
    "will they know what its about",
    "will keith be able to see this? he uses the tablet too",
    "will they know about my GP?",
])
def test_other_questions_are_not_about_who_finds_out(text):
    assert who_finds_out(text) == ""


def test_the_answer_is_true_to_the_hand_off():
    said = wont_tell_them("Carol")
    assert "talk to you first" in said and "not tell Carol" in said
    assert "danger" in said and "No." not in said


# ---- "how will they get hold of me?" ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "So how will they get hold of me? Will they know about Tuesday at the library?",
    "do they know where to meet me",
    "how r they gonna reach me",
    "will they know about the library?",
    "will they know about my GP?",
])
def test_how_will_they_reach_me_is_asked_about_the_way_in(text):
    assert talk.callback_question(text) == talk.HOW_REACHED


@pytest.mark.parametrize("text, kind", [
    ("will they know what its about though?", talk.TEAM_SEES),
    ("will they still ring me?", talk.STILL_COMING),
    ("they wont tell him will they?", talk.WONT_TELL),
])
def test_nearby_questions_keep_their_kinds(text, kind):
    assert talk.callback_question(text) == kind


def test_what_the_team_has_is_said_from_what_was_saved():
    said = callback_words.route_held("GKD-C64", "Meet me at the library on Tuesday.", False,
                                     "on Monday at 9am")
    assert '"Meet me at the library on Tuesday."' in said and "not phone you" in said
    assert "GKD-C64" in said and "No." not in said
    none = callback_words.no_way_in_yet("GKD-C64", "0300 123 4569", False)
    assert "no safe way to reach you yet" in none and "0300 123 4569" in none
    assert "0300 123 4569" not in callback_words.no_way_in_yet("GKD-C64", "0300 123 4569", True)


@pytest.mark.parametrize("text", [
    "Please don't ring when Carol is here",
    "dont call while hes home pls",
])
def test_when_not_to_ring_said_before_the_contact_step_is_kept(text):
    from actions.form_engine import safe_contact_instruction

    flags = safe_contact_instruction(text)
    assert flags and flags["not_when"].startswith("not ") and flags["safe_to_call"] is None
    assert "Do not call" not in form_words.contact_read_back(flags)


@pytest.mark.parametrize("text", ["my son rings me every day", "ring me between 10 and 4"])
def test_times_and_everyday_talk_are_no_instruction(text):
    from actions.form_engine import safe_contact_instruction

    assert safe_contact_instruction(text) is None


def test_a_question_about_what_they_do_keeps_its_answer():
    said = answer("what happens if i ring that number. do they tell him it was me?")
    assert any("talks to you first" in line for line in said)
    said = answer("will he get in trouble? will Carol find out?")
    assert any("not the police" in line for line in said) and "not tell Carol" in said[-1]


@pytest.mark.parametrize("text", ["how do you contact the council?",
                                  "how can i contact the lunch club",
                                  "how will they know what help i need"])
def test_other_how_questions_are_not_about_reaching_them(text):
    assert talk.callback_question(text) != talk.HOW_REACHED


@pytest.mark.parametrize("text", ["will they know to ask for ted?", "will they know to ask for maureen",
                                  "will they know to ring my friend ted", "do they know to text not ring"])
def test_will_they_know_the_way_in_is_how_reached_not_wont_tell(text):
    """Round 19: "will they know to ask for ted?" was answered "No. The team will talk only
    to you" (untrue, and it undid the go-between just set up)."""
    from bot.answers import callback_talk as talk
    assert talk.callback_question(text) == talk.HOW_REACHED


@pytest.mark.parametrize("text", ["will he know?", "will my son find out i told you",
                                  "will they tell him?"])
def test_will_the_person_harming_them_know_is_still_wont_tell(text):
    from bot.answers import callback_talk as talk
    assert talk.callback_question(text) == talk.WONT_TELL
