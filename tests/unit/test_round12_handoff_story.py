"""Round twelve (brief asks12): the hand-off carries what staff need from the whole
conversation: the person's wants, the risks said anywhere (not only in form slots), their
name, age, area and health, in short plain lines, never a command or the same thing twice.
Each family fails on main (the hand-off held only the request and the form's slots)."""
from __future__ import annotations

import pytest

from actions.common import note_conversation_details
from bot import store
from bot.answers.handoff_story import story_lines
from fake_tracker import action_tracker

DAWN = [
    "hiya, sorry this is probably the wrong place. my husband gary has MS, diagnosed 11 yrs ago "
    "and its got a lot worse since the spring. im up with him 3 or 4 times a night turning him "
    "and the toilet. i honestly dont know how much longer i can keep going like this, something "
    "has to give",
    "swimming?? sorry but thats not what i meant lol. i need a BREAK. someone to do the nights "
    "even once a week so i can sleep",
    "ok so can someone come to the house then, overnight? were in LS15, halton moor way",
    "talk to a person", "its Dawn"]
JORDAN = ["hi 👋 i want a job", "job n frends. i liv seecroft", "Show more",
          "no!! 😡 not shopin. i want frends to go bowlin n that. im 20. LS14",
          "ppl my age. bowlin or disco or cinema 🎳", "can i tork 2 a reel person",
          "ring my mum she helps me 07700 900612. im jordan 🙂", "easy read"]
SARAH = ["hiya, filling this in for my dad as hes got dementia now",
         "the allotment society. oh wait going back, he left the gas on twice last month so i "
         "turned it off at the mains",
         "moving is ok its the safety thing. and he goes out at night sometimes, found him at the "
         "bus stop at 2am in his dressing gown",
         "maybe one of those door sensor things? is that a thing",
         "knowing hes not going to wander off at night. postcode is LS13 2 btw, bramley",
         "change 6, i meant the middle one not agree", "hello i got a text from the agency"]


def joined(lines):
    return "\n".join(lines)


@pytest.mark.parametrize("messages,expected", [
    (DAWN, ["Name: Dawn", "Area: LS15", "multiple sclerosis (MS)", "Wants: a break from caring",
            "Wants: help with the nights", "someone to do the nights",
            "Risk: the carer is up in the night", "3 or 4 times a night",
            "Risk: the carer is near breaking point"]),
    (JORDAN, ["Name: Jordan", "Age: 20", "Area: LS14", "Wants: a job", "i want a job",
              "Wants: friends or things to do with people their age"]),
    (SARAH, ["Area: LS13 2", "Health: dementia", "Risk: gas or cooker left on",
             "he left the gas on twice last month", "Risk: goes out or gets lost",
             "found him at the bus stop at 2am", "Wants: a sensor or alarm"]),
])
def test_the_story_holds_the_wants_and_the_risks_said_anywhere(messages, expected):
    lines = joined(story_lines(messages))
    for words in expected:
        assert words in lines


@pytest.mark.parametrize("messages", [DAWN, JORDAN, SARAH])
def test_the_story_has_no_commands_and_each_thing_once(messages):
    lines = story_lines(messages)
    text = joined(lines).lower()
    for command in ("change 6", "hello i got a text", "talk to a person", "tork 2 a reel",
                    "show more", "easy read"):
        assert command not in text
    heads = [line.split(" They said:")[0] for line in lines]
    assert len(heads) == len(set(heads))
    assert all(len(line.split()) <= 50 for line in lines)


@pytest.mark.parametrize("messages", [
    ["im back", "its fine", "im at work til 1"], ["i have 3 mins", "he is 5 minutes away"],
    ["she takes her tablets fine", "he fell in love with the dog"],
])
def test_everyday_words_give_no_name_age_or_risk(messages):
    text = joined(story_lines(messages))
    assert "Name:" not in text and "Age:" not in text and "Risk: falls" not in text


@pytest.mark.parametrize("text", ["she had a fall last week", "he fell over in the kitchen",
                                  "mum keeps falling", "dad fell in the bathroom again"])
def test_falls_are_a_risk(text):
    assert "Risk: falls." in joined(story_lines([text]))


def test_the_hand_off_gets_the_story_once_however_often_it_is_noted(db):
    row = store.create_handoff("jordan", "callback", "web", summary="can i tork 2 a reel person",
                               callback=True)
    tracker = action_tracker(JORDAN[-1], {"handoff_reference": row["reference"]},
                             before=JORDAN[:-1], sender="jordan")
    note_conversation_details(tracker)
    later = action_tracker("i want a job in a shop", {"handoff_reference": row["reference"]},
                           before=JORDAN, sender="jordan")
    note_conversation_details(later)
    from bot.data.handoffs import latest_for
    summary = latest_for("jordan")["summary"]
    assert "Wants: a job." in summary and "Age: 20." in summary and "Area: LS14." in summary
    assert summary.count("Wants: a job.") == 1
    assert summary.count("Name: Jordan") == 1


def test_the_name_of_the_person_cared_for_is_not_given_as_the_typists(db):
    row = store.create_handoff("sarah", "callback", "web", summary="a call", callback=True)
    tracker = action_tracker("its sarah", {"handoff_reference": row["reference"],
                                           "about": "someone_i_care_for",
                                           "preferred_name": "Frank"},
                             before=SARAH, sender="sarah")
    note_conversation_details(tracker)
    from bot.data.handoffs import latest_for
    summary = latest_for("sarah")["summary"]
    assert "Name: Sarah (the person typing)." in summary and "Name: Frank" not in summary
    assert "Risk: gas or cooker left on" in summary


# ---- the complaint for staff: the story, never words to the bot ---------------------------

FEEDBACK = [
    "hello i got a text from the agency asking me to do some feedback about my carers, is "
    "this where i do it", "mostly", "nah", "change 6, i meant the middle one not agree",
    "no!! change 6 to neither agree nor disagree",
    "the night calls are a different story. theyre meant to come at 8 and its been 10 past 10 "
    "three times this month",
    "who will actually read my complaint, is it the agency or the council?",
    "can i make a proper complaint about the night calls and Kyle?"]


def test_the_complaint_keeps_the_story_and_leaves_out_words_to_the_bot():
    from bot.answers.complaint_story import complaint_messages
    kept = complaint_messages(FEEDBACK, lambda t: "complain" in t, lambda t: False)
    text = " / ".join(kept)
    assert "10 past 10" in text and "proper complaint about the night calls" in text
    for command in ("i got a text", "change 6", "who will actually read"):
        assert command not in text


@pytest.mark.parametrize("text", ["change 2", "no change 3 to agree", "oops change 5 please",
                                  "is this the right place to complain", "who reads complaints",
                                  "hi i got a message asking for feedback, is this it"])
def test_words_to_the_bot_about_the_chat(text):
    from bot.answers.complaint_story import said_to_the_bot
    assert said_to_the_bot(text)


@pytest.mark.parametrize("text", ["the carer never changed the bed in 6 weeks",
                                  "Kyle left my tablets on the side and didnt watch me take them",
                                  "i want to complain about the night calls"])
def test_the_story_is_not_words_to_the_bot(text):
    from bot.answers.complaint_story import said_to_the_bot
    assert not said_to_the_bot(text)


@pytest.mark.parametrize("text", ["esy read 🙏", "can u do esy reed", "2 much riting. can u do esy reed"])
def test_easy_read_asked_for_by_sound_reaches_staff(text):
    from bot.answers.handoff_details import EASY_READ_LINE, details_in
    assert EASY_READ_LINE in details_in([text])
