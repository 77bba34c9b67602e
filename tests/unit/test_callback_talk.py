"""Questions about a call-back or complaint already asked for, secrets, hearing needs and who
a hand-off is about (bot/answers/callback_talk.py), in several people's words."""
from __future__ import annotations

import pytest

from bot.answers import callback_talk as talk
from bot.answers.contact import parse_contact
from bot.answers.handoff_details import details_in
from bot.nlu.commands import CALL_ME_BACK, callback_intent
from reader_cases import meant


QUESTIONS = [(text, kind) for kind, texts in (
    (talk.STILL_COMING, (
        "are they definitely still phoning me? its about dad",
        "the call back from earlier, is it still on after i pressed stop",
        "so is somebody going to call me or not",
        "will someone still be ringing me this afternoon?",
        "did stopping cancel the call",
        # contracted
        "and theyre definitely still ringing me?",
        "theyll still call me back though?")),
    (talk.KEEP_GOING, (
        "must i carry on with these now youre ringing me",
        "do i still need to answer the rest or is that it now",
        "is that it then, do i need to do anything else")),
    (talk.WONT_TELL, (
        "you wont tell my wife will you?",
        "is the person who phones going to tell my son i asked?",
        "will he find out?",
        "theyll not say anything to her, will they")),
    # Who may learn they told, named: answered for the disclosure when harm was told, else
    # as WONT_TELL (actions/callback.py, round seventeen).
    (talk.TELL_THEM, (
        "Will Carol find out?",
        "will they tell Carol I said anything?")),
    (talk.COMPLAINT_STATUS, (
        "has my complaint gone to the right team?",
        "will the complaint about the late calls reach the manager")),
    (talk.PASS_IT_ON, (
        "could you pass this on to them for me",
        "can you not just send it through for me",
        "will you tell them for me, im no good with phones",
        "put it through to the right people please", "could you send this through",
        "pass my complaint on please")),
) for text in texts]

# Everyday words and requests are not questions about a call.
NOT_QUESTIONS = [
    "can someone ring me back please",          # a request, not a question about one
    "my son will call me back later",
    "she loves it when i tell her about the grandkids",
    "i told him about the day centre",
    "will you ring my daughter instead?",
    "is the lunch club still on?",
    "does she know you are doing this?",
    "i like to carry on with my garden",
    "/request_human",
    "theyre ringing me tomorrow",               # a plain statement, not a question
]


@pytest.mark.parametrize("text, kind", meant(QUESTIONS, NOT_QUESTIONS))
def test_which_question_about_a_call_back(text, kind):
    assert talk.callback_question(text) == kind


@pytest.mark.parametrize("text", [
    "ok the kids are home now, could we stop there",
    "lets leave it there for now",
])
def test_a_stop_inside_a_longer_message(text):
    assert talk.wants_to_stop_here(text)
    assert callback_intent(text) == "stop"


def test_a_call_asked_for_among_other_things_is_a_request_for_a_person():
    assert CALL_ME_BACK.search("yeah go on then, someone to phone me would help. he mustnt know")
    assert not CALL_ME_BACK.search("you can call me Bev")
    assert not CALL_ME_BACK.search("my neighbour will ring me back tonight")
    assert not CALL_ME_BACK.search("could someone call me a taxi")


def test_a_secret_is_no_messages_and_kept_for_staff():
    found = parse_contact("please get someone to ring me, but my partner mustnt find out")
    assert found.ok_to_leave_message is False
    assert any("find out" in note for note in found.notes)
    lines = details_in(["please get someone to ring me, but my partner mustnt find out"])
    assert any(line.startswith("Contact: talk only to them") for line in lines)


@pytest.mark.parametrize("text", [
    "email is best, im hard of hearing",
    "im deaf so no phone calls",
    "not a call please, I'm no good on the phone these days",
])
def test_a_hearing_need_means_text_or_email(text):
    found = parse_contact(text)
    assert found.safe_to_call is False
    assert found.text_only is True


def test_a_hearing_need_is_one_line_on_the_hand_off():
    lines = details_in(["i cant hear well on the phone", "and im a bit deaf"])
    assert sum(line.startswith("Communication:") for line in lines) == 1


def test_text_or_email_not_a_call_is_read():
    found = parse_contact("yes please, email or text, not a call")
    assert found.text_only is True and found.safe_to_call is False


def test_no_calls_at_a_time_is_a_time_not_a_no():
    found = parse_contact("07700 900456, no calls after 6 please")
    assert found.safe_to_call is None
    # Round 13: a time ruled out turns round ("no calls after 6" is before 6), as "busy
    # after 6" always did; it used to be kept as "after 6", the very time they ruled out.
    assert found.best_time == "before 6"


def test_number_and_time_in_the_request_are_both_read():
    found = parse_contact("can somebody call me, its 07700 900222, best after 3 when she has "
                          "her nap")
    assert found.phone == "07700 900222"
    assert found.best_time == "after 3 when she has her nap"


def test_who_the_request_is_about():
    lines = talk.who_lines(
        {"about": "someone_i_care_for", "relationship": "dad", "preferred_name": "Stan",
         "on_behalf": "cannot_decide"},
        ["its for my dad, he had a stroke and has alzheimers",
         "i have lasting power of attorney for him"])
    assert lines[0] == "About: their dad Stan."
    assert "stroke" in lines[1] and "dementia" in lines[1]
    assert "Stan cannot decide this for themselves." in lines
    assert any("legal power" in line for line in lines)


def test_no_who_lines_for_their_own_request():
    assert talk.who_lines({"about": "self"}, ["i have dementia"]) == []


@pytest.mark.parametrize("text", [
    "hello there my grandaughter put this on the tablet for me. my wife died in august",
    "i had to take it all on myself when he got ill",
    "my son put it on for me, the telly, so i have something on",
    "she sends them on to me, the letters",
])
def test_everyday_putting_and_taking_is_not_passing_a_complaint_on(text):
    assert talk.callback_question(text) != talk.PASS_IT_ON
