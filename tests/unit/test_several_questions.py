"""Round ten: two or three questions in one message got one answer, or none ("whats an
ombudsman and if i get a job do i lose my PIP", "what is LPA? and how long does this take?",
"is it saved? can my son see it?"). Each question the bot can answer is answered, in order,
by the code that answers it alone; then the conversation goes on where it was."""
from __future__ import annotations

import pytest

from bot.answers import several_questions as several
from bot.answers.several_questions import questions_asked
from bot import callback_words, texts


@pytest.mark.parametrize("text, kinds", [
    # (round thirteen: a benefit asked about is a benefits adviser's to answer, said plainly)
    ("whats an ombudsman and if i get a job do i lose my PIP", [several.TERM, several.BENEFITS]),
    ("whats an ombudsman and will the bins go out on monday?", [several.TERM, several.NOT_OURS]),
    ("what is LPA? and how long does this take?", [several.TERM, several.PROCESS]),
    ("is it saved? can my son see it?", [several.KEPT, several.SHARED]),
    ("2 qs: whats a changing places toilet, and if i get a job do i lose my PIP?",
     [several.TERM, several.BENEFITS]),
    ("whats DoLS and whats a direct payment?", [several.TERM, several.TERM]),
    ("what is a carers assessment, is it long?", [several.TERM, several.PROCESS]),
    ("is this kept? will mum have to pay for care?", [several.KEPT, several.COSTS]),
])
def test_each_question_is_found_in_the_order_asked(text, kinds):
    assert [kind for kind, _ in questions_asked(text)] == kinds


@pytest.mark.parametrize("text", [
    "what is reablement",                          # one question: its own reader
    "my garden. will i have to pay?",              # an answer, then a question
    "im liam. i want a job",
    "my mum has dementia and she lives alone",
    "shes kind. look can we speed up a bit",
])
def test_one_question_or_an_answer_with_a_question_is_left_to_the_usual_readers(text):
    assert questions_asked(text) == []


def test_the_ombudsman_is_a_care_word_now():
    from jargon import glossary

    assert [e.headword for e in glossary.find_terms("whats an ombudsman")] == ["Ombudsman"]


def test_the_model_guess_is_taken_for_the_fallback_unless_it_is_a_request():
    from bot.nlu.commands import typed_intent

    assert typed_intent("is it saved? can my son see it?", "inform", []) == "nlu_fallback"
    assert typed_intent("what is LPA? and how long does this take?", "explain_term",
                        []) == "nlu_fallback"
    for journey in ("request_human", "give_feedback", "find_service", "resume"):
        assert typed_intent("can i still finish the survey tho, i only did 1. and whats an "
                            "ombudsman", journey, []) != "nlu_fallback"


def _run_fallback(text, sender, slots=None):
    from actions.conversation import ActionDefaultFallback
    from fake_tracker import action_tracker

    import asyncio
    from rasa_sdk.executor import CollectingDispatcher

    tracker = action_tracker(text, slots or {}, "nlu_fallback", sender=sender)
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionDefaultFallback().run(dispatcher, tracker, {}))
    return [m.get("text") or "" for m in dispatcher.messages], events


def test_the_fallback_answers_a_word_and_how_long_in_order(db):
    said, events = _run_fallback("what is LPA? and how long does this take?", "several-1")
    assert said[0].startswith("Lasting power of attorney")
    assert any("10 to 15 minutes" in line for line in said[1:])
    assert events[0]["event"] == "rewind"        # back where the conversation was


def test_the_fallback_answers_kept_then_who_can_see_it(db):
    said, _ = _run_fallback("is it saved? can my son see it?", "several-2")
    assert said[0] == texts.kept_answer()
    assert said[1] == callback_words.SHARED_DEVICE      # who reads it, then the device


def test_a_question_that_is_not_ours_is_said_honestly(db):
    said, _ = _run_fallback("whats an ombudsman and will the bins go out on monday?",
                            "several-3")
    assert said[0].startswith("Ombudsman")
    assert said[1] == texts.NOT_OUR_QUESTION


def test_a_care_word_asked_bare_after_another_is_a_care_word_too():
    assert [k for k, _ in questions_asked("whats a FACE assessment. and DoLS?")] == [
        several.TERM, several.TERM]


def test_two_pieces_of_one_question_keep_the_words_of_both():
    from bot.answers.said_to_bot import process_questions

    [(kind, words)] = questions_asked("does it take long? could i start it now")
    assert kind == several.PROCESS
    assert process_questions(words) == ["how_long", "now"]


def test_a_care_word_told_not_asked_is_not_explained():
    assert [k for k, _ in questions_asked("what is reablement? my mum has dementia")] == []


def test_after_places_were_shown_a_question_about_them_is_left_to_their_follow_ups(db):
    said, _ = _run_fallback("is it free? and what is a day centre?", "several-4",
                            {"shown_services": [{"name": "Day Centre West", "id": "svc-1"}]})
    assert texts.NOT_OUR_QUESTION not in said
