"""Round five (tests: fresh words, not the testers'): sound-spelling read as meant before
understanding, complaints at the bot ("you asked me that already") and rejections ("not
what i meant") that are never saved as answers or heard records, questions about the
process answered, no question asked twice, a screening answer that already tells about two
areas, and easy read offered once."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.form_engine import read_screen
from bot import form_slots as fs
from bot.answers.requests import classify_request
from bot.answers.said_to_bot import (complains_of_repeat, process_questions,
                                     rejects_what_was_said, what_they_meant, without_complaint)
from bot.answers.terms import asks_what_it_is
from bot.easy_read_offer import OFFER, should_offer, shows_easy_read_would_help
from bot.listening import NEXT_QUESTION, OPEN_QUESTIONS, not_again, reflect
from bot.nlu.commands import about_the_conversation, typed_intent
from bot.sounds_like import as_meant, respelt
from fake_tracker import carer_form_turn


@pytest.mark.parametrize("text", [
    "wats a job coach then", "i dont no wot a job coach is",
    "them places look ok. wots a job coach", "what does reablement mean",
])
def test_what_is_a_care_word_is_asked(text):
    assert asks_what_it_is(as_meant(text))


@pytest.mark.parametrize("text", [
    "whats the number for the befrienders", "whats on at the day centre",
    "what time is the carers group", "what day centres are there near me",
])
def test_questions_that_only_use_a_care_word_are_not_term_questions(text):
    assert not asks_what_it_is(text)


@pytest.mark.parametrize("typed, guess", [
    ("i wont a job in a caff", "nlu_fallback"),
    ("i wanna meet new frends", "nlu_fallback"),
    ("frends", "nlu_fallback"),
    ("wot about sum art 🎨", "nlu_fallback"),
    ("is ther a group 4 peeps my age", "out_of_scope"),
    ("is there a club for people like me to make friends", "out_of_scope"),
])
def test_a_wish_or_topic_spelt_by_sound_is_a_search(typed, guess):
    assert typed_intent(typed, guess, []) == "find_service"


@pytest.mark.parametrize("typed, guess", [
    ("i want my wife back", "nlu_fallback"),          # not a topic
    ("i wont be long", "nlu_fallback"),               # usual spelling, not asked
    ("i wanna job", "request_human"),                 # a confident other guess stays
    ("wats a job coach", "nlu_fallback"),             # a care word: explained instead
])
def test_other_messages_are_not_taken_for_a_search(typed, guess):
    assert typed_intent(typed, guess, []) != "find_service"


@pytest.mark.parametrize("text, left", [
    ("you already asked me that. my neighbour pops in", "my neighbour pops in"),
    ("I've told you this already, I don't", ""),
    ("why does it keep asking me that", ""),
    ("i said that before: my brother does the shopping every week",
     "my brother does the shopping every week"),
    ("ive just told you my daughter helps on sundays", "my daughter helps on sundays"),
])
def test_a_complaint_about_being_asked_again_is_never_the_answer(text, left):
    assert complains_of_repeat(text)
    assert without_complaint(text) == left


@pytest.mark.parametrize("text", [
    "my son told you he would ring", "she asked me to do this", "i told my doctor",
    "same again, its hard",
])
def test_telling_about_others_is_not_a_complaint(text):
    assert not complains_of_repeat(text)


@pytest.mark.parametrize("text, meant", [
    ("food banks?? no thats not what i was after. i mean somewhere to chat to folk",
     "somewhere to chat to folk"),
    ("no, not money. i meant someone to sit with", "someone to sit with"),
    ("whats that for, no one is hurt. i only meant i was fed up", "i was fed up"),
    ("you got it wrong", ""),
])
def test_a_rejection_keeps_only_what_they_meant(text, meant):
    assert rejects_what_was_said(text)
    assert what_they_meant(text) == meant


@pytest.mark.parametrize("text", ["no thanks", "not quite. money is fine", "i dont mind",
                                  "nobody visits", "what? no! god no. i just need help for my mum",
                                  "huh?? no"])
def test_plain_answers_are_not_rejections(text):
    assert not rejects_what_was_said(text)


@pytest.mark.parametrize("text, asked", [
    ("does it take long? could we do it now", ["how_long", "now"]),
    ("hows long is it", []),
    ("is it long, the carers one", ["how_long"]),
    ("can i start now", ["now"]),
    ("how long have you looked after him", []),
])
def test_process_questions(text, asked):
    assert process_questions(text) == asked


def test_forget_it_then_a_question_is_not_a_stop():
    assert classify_request("forget that. whats a self-assessment, how long is it?") is None
    assert classify_request("forget it").kind == "stop"


def test_about_the_conversation_goes_to_the_fallback_only_from_unsure_guesses():
    assert about_the_conversation("does it take long? could we do it now", "ask_help")
    assert about_the_conversation("you already asked me that", "inform")
    assert about_the_conversation("food banks?? no not what i meant", "find_service")
    assert not about_the_conversation("food banks near LS6", "find_service")
    assert not about_the_conversation("you already asked me that", "crisis")
    # A no stays a no: it may answer the direct safety question.
    assert not about_the_conversation("no!! thats not what i meant", "deny")


def test_a_question_asked_already_is_not_asked_again():
    first = reflect("i feel so lonely since i retired")
    assert first.lines[-1] == OPEN_QUESTIONS["lonely"]
    again = not_again(reflect("still lonely most days"), first.lines)
    assert OPEN_QUESTIONS["lonely"] not in again.lines
    assert not any(line in first.lines[:-1] for line in again.lines[:-1])
    said = first.lines + again.lines
    for _ in range(4):
        later = not_again(reflect("still lonely"), said)
        assert later.lines[-1] not in said or later.lines[-1] == NEXT_QUESTION
        said += later.lines
    assert later.lines[-1] == NEXT_QUESTION


def test_a_screening_answer_that_tells_of_two_areas_is_said_back_not_asked_again():
    from actions.assessment import ASK_ACTIONS
    from bot.answers.screens import told_already
    from bot.assessment.questions import SCREENS

    screen = SCREENS["ca_screen_own_life"]
    said = "yes, i never see my friends now. and work cut my hours back"
    assert told_already(screen, said) == {"relationships": "i never see my friends now",
                                          "work_learning": "work cut my hours back"}
    assert told_already(screen, "i never see my friends now") == {}   # one area: asked
    reading = read_screen("ca_screen_own_life", said)
    assert reading.slots["ca_outcome_relationships"] is None          # still explored
    tracker = Tracker("t-told", {"ca_screen_own_life": said}, {}, [], False, None,
                      {"name": "carer_assessment_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    ask = next(a for a in ASK_ACTIONS if a.action == "action_ask_ca_outcome_relationships")
    asyncio.run(ask().run(dispatcher, tracker, {}))
    text = dispatcher.messages[0]["text"]
    assert text == 'Family and friends: you said "i never see my friends now". What would help with that?'
    assert "This is going fine" not in [b["title"] for b in dispatcher.messages[0]["buttons"]]


def test_easy_read_is_offered_once_after_two_short_sound_spelt_messages():
    typed = ["hiya i wont sum wurk", "wats a job coach"]
    assert shows_easy_read_would_help(typed)
    assert not shows_easy_read_would_help(["hiya i want some work", "wats a job coach"])
    assert should_offer(typed, [], {}, "web")
    assert not should_offer(typed, [OFFER], {}, "web")                 # once
    assert not should_offer(typed, [], {"easy_read": True}, "web")     # on already
    assert not should_offer(typed, [], {}, "telegram")                 # no button there


def _tracker(texts, events_extra=()):
    events = []
    for text in texts:
        events += [{"event": "user", "text": text, "metadata": {"channel": "web"}},
                   {"event": "bot", "text": "ok"}]
    latest = {"text": texts[-1], "intent": {"name": "nlu_fallback"}, "entities": [],
              "metadata": {"channel": "web"}}
    return Tracker("t-said", {}, latest, events[:-1] + list(events_extra), False, None, {},
                   "action_listen")


def test_the_fallback_says_sorry_and_keeps_only_what_was_meant():
    from actions.conversation import ActionDefaultFallback

    text = "bingo?? no thats not what i meant. i mean someone to go walking with"
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionDefaultFallback().run(dispatcher, _tracker([text]), {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert said.startswith("Sorry, I got that wrong.")
    assert "bingo" not in said.lower()


def test_the_fallback_answers_how_long_with_a_button_to_start():
    from actions.conversation import ActionDefaultFallback

    dispatcher = CollectingDispatcher()
    tracker = _tracker(["i look after my nan. does it take long? could we do it now"])
    asyncio.run(ActionDefaultFallback().run(dispatcher, tracker, {}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "about 10 short questions" in said and "start now" in said
    payloads = [b["payload"] for m in dispatcher.messages for b in m.get("buttons") or []]
    assert "/start_carer_assessment" in payloads


def test_the_read_back_never_cuts_an_answer_mid_sentence():
    from bot.assessment.summary import whole_sentences

    long = ("My mum, Nell. Most things. I do her tablets, her shopping and her washing, and I "
            "take her to every hospital visit. She gets confused at night so I stay over on "
            "Fridays. I also work full time in a warehouse and look after my two lads")
    short = whole_sentences(long)
    assert short.endswith("Fridays. ...")
    assert whole_sentences("i do everything") == "i do everything"


def _form_turn(text, slot, intent="inform"):
    messages, values = carer_form_turn(text, slot, intent=intent)
    return " ".join(m.get("text") or "" for m in messages), values


def test_in_a_form_a_complaint_is_a_sorry_and_never_the_answer():
    said, values = _form_turn("Ive told you that already, I don't. My brother rings most weeks",
                              "ca_outcome_relationships")
    assert said.startswith("Sorry, you told me that already")
    assert values["ca_outcome_relationships"] == "My brother rings most weeks"
    said, values = _form_turn("why do you keep asking me the same thing", "ca_what_matters")
    assert said.startswith("Sorry, you told me that already")
    assert values["ca_what_matters"] != "why do you keep asking me the same thing"


def test_a_no_with_why_does_it_keep_asking_gets_a_sorry_not_thanks():
    said, values = _form_turn("No! my boss, at work. why does it keep asking me that",
                              "safety_check", intent="deny")
    assert "Sorry, I got that wrong" in said
    assert "If that changes" not in said


def test_dont_know_to_an_open_question_gets_simple_choices_not_the_menu():
    from actions.conversation import ActionDefaultFallback
    from bot.listening import OPEN_QUESTIONS as ASKED

    events = [{"event": "user", "text": "i want to make friends"},
              {"event": "bot", "text": ASKED["wish"]},
              {"event": "user", "text": "dont no 🤷"}]
    tracker = Tracker("t-dk", {}, {"text": "dont no 🤷", "intent": {"name": "nlu_fallback"},
                                   "entities": []}, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionDefaultFallback().run(dispatcher, tracker, {}))
    assert dispatcher.messages[0]["text"].startswith("That is OK.")
    titles = [b["title"] for b in dispatcher.messages[0]["buttons"]]
    assert "Groups and company nearby" in titles
    assert about_the_conversation("dont no 🤷", "dont_know") is False
