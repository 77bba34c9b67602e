"""Round thirteen: plain questions about the process got unrelated replies. "who will see
what I have written" and "when will they ring me" got "Money worries are stressful"; "will
the lady or fella who rings me be able to see this chat" got "What would you like to do more
of?"; "is a short stay a care home or not" got "Thank you for telling me."; "but who is the
team. is it the council or the agency" got "It sounds like it matters to you"; "you
mentioned a carers assessment earlier. what is it and do I have to pay" started the form;
"will they know what its about though?" got "No. The team will talk only to you"."""
from __future__ import annotations

import asyncio

import pytest

from bot import callback_words
from bot.answers import callback_talk
from bot.answers.callback_talk import callback_question
from bot.answers.money_questions import ASSESSMENT_FREE
from bot.answers.who_the_team_is import asks_who_the_team_is, who_the_team_is
from bot.nlu.commands import typed_intent

TEAM_SEES = [
    "will the lady or fella who rings me be able to see this chat",
    "will the person ringing know what ive told you or will I have to go through it all again?",
    "thanks. will they know what its about though? I mean the charging for 117 thing and mums "
    "CHC letter. or do I have to explain it all again",
    "will the social worker see what i wrote",
    "do i have to explain everything again when they ring",
    "will whoever calls me be able to read this",
    "wil the person who phones me no what i said",
]


@pytest.mark.parametrize("text", TEAM_SEES)
def test_whether_the_team_reads_the_chat_is_its_own_question(text):
    from bot.sounds_like import as_meant

    assert callback_question(as_meant(text)) == callback_talk.TEAM_SEES


@pytest.mark.parametrize("text, kind", [
    ("will they tell my husband", callback_talk.WONT_TELL),
    ("they wont tell him will they", callback_talk.WONT_TELL),
    ("will keith be able to see this? he uses the tablet too", callback_talk.SHARED_DEVICE),
    ("who will see what I have written", callback_talk.SHARED_DEVICE),
    ("when will they ring me", callback_talk.STILL_COMING),
    ("so when is someone going to phone me", callback_talk.STILL_COMING),
])
def test_the_other_call_questions_keep_their_kinds(text, kind):
    assert callback_question(text) == kind


@pytest.mark.parametrize("text, guess, intent", [
    ("who will see what I have written", "money_worry", "nlu_fallback"),
    ("when will they ring me", "money_worry", "request_human"),
    (TEAM_SEES[0], "money_worry", "request_human"),
    ("you didnt answer me. is a short stay a care home or not", "nlu_fallback", "explain_term"),
    ("is a short stay a care home", "explain_term", "explain_term"),
    ("but who is the team. is it the council or the agency", "nlu_fallback", "nlu_fallback"),
    ("you mentioned a carers assessment earlier. what is it and do I have to pay",
     "start_carer_assessment", "explain_term"),
])
def test_each_goes_where_it_is_answered(text, guess, intent):
    assert typed_intent(text, guess, []) == intent


@pytest.mark.parametrize("text", [
    "but who is the team. is it the council or the agency",
    "who will ring me",
    "are you the council or the agency?",
    "is the team from the council?",
])
def test_who_the_team_is_is_asked(text):
    assert asks_who_the_team_is(text)


@pytest.mark.parametrize("text", [
    "the team were lovely", "is it the nhs or the council that pays",
    "i want to complain about the team",
])
def test_talk_about_the_team_or_paying_is_not(text):
    assert not asks_who_the_team_is(text)


def _run(action, text, intent, sender, slots=None):
    from rasa_sdk.executor import CollectingDispatcher

    from fake_tracker import action_tracker

    dispatcher = CollectingDispatcher()
    asyncio.run(action.run(dispatcher, action_tracker(text, slots or {}, intent, sender=sender),
                           {}))
    return [m.get("text") or "" for m in dispatcher.messages]


def test_the_team_reading_the_chat_is_said_with_no_call_asked_for(db):
    from actions.handoff import ActionHandoff

    said = _run(ActionHandoff(), TEAM_SEES[0], "request_human", "r13-proc-1")
    assert said == [callback_words.TEAM_READS_NO_HANDOFF]


def test_the_fallback_says_who_the_team_is(db):
    from actions.conversation import ActionDefaultFallback

    said = _run(ActionDefaultFallback(), "but who is the team. is it the council or the agency",
                "nlu_fallback", "r13-proc-2")
    assert said == [who_the_team_is()]


def test_a_short_stay_is_explained_as_a_care_home_stay(db):
    from actions.explain import ActionExplainTerm

    said = _run(ActionExplainTerm(), "you didnt answer me. is a short stay a care home or not",
                "explain_term", "r13-proc-3")
    assert said[0].startswith("Short stay: A stay in a care home")


def test_what_a_carers_assessment_is_and_that_it_is_free(db):
    from actions.explain import ActionExplainTerm

    said = _run(ActionExplainTerm(), "you mentioned a carers assessment earlier. what is it and "
                "do I have to pay", "explain_term", "r13-proc-4")
    assert said[0].startswith("Carer's assessment")
    assert ASSESSMENT_FREE in said


def test_with_a_call_asked_for_the_question_reaches_the_hand_off(db):
    from actions.handoff import ActionHandoff
    from bot.data import handoffs

    row = handoffs.create_handoff("r13-proc-5", "callback", summary="Talk to a person",
                                  callback=True)
    said = _run(ActionHandoff(), TEAM_SEES[2], "request_human", "r13-proc-5")
    assert said == [callback_words.TEAM_READS]
    summary = handoffs.latest_for("r13-proc-5")["summary"]
    assert "charging for 117 thing" in summary and row["reference"]
    assert callback_talk.ONLY_THEM_LINE not in summary    # never "nobody else is told"
