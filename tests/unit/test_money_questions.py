"""Round thirteen: "I'm on section 117 aftercare, so why have I been sent for a financial
assessment?" got "Many people pay something towards their care" and "do I have to pay for
s117 aftercare" a directory search; "would a direct payment count as income for universal
credit?" got "I am listening. What matters most to you about it?". Section 117 aftercare is
free (ask the team to check the letter); what help does to a benefit is for a benefits
adviser, said plainly."""
from __future__ import annotations

import asyncio

import pytest

from bot.answers import money_questions as mq
from bot.answers.money_questions import money_question
from bot.nlu.commands import typed_intent

S117_ASKED = [
    "I'm on section 117 aftercare, so why have I been sent for a financial assessment?",
    "do I have to pay for s117 aftercare",
    "my question for them is: I'm on section 117 aftercare, so why have I been sent for a "
    "financial assessment? please write that down for them",
    "ok so if I do nothing the council just carries on sorting my support worker? and straight "
    "question, do people on section 117 aftercare have to pay for it",
    'the letter says "You have been referred for a financial assessment". I\'m on s117 '
    "aftercare, I thought that was free?",
    "im on a 117 will they charge me for my support worker",
    "is s117 aftercare free",
    "do u pay for sec 117 after care",
    "why am i getting a bill when im under section 117",
]
BENEFITS_ASKED = [
    "would a direct payment count as income for universal credit?",
    "right. so would a direct payment count as income for universal credit? I don't want my "
    "UC messed up, it took months to sort after I came out of hospital",
    "will i lose my pip if i get a direct payment",
    "if mum goes in a care home does she still get attendance allowance",
    "will my carers allowance stop if i work more hours",
    "does a personal budget affect my benefits",
]
NEITHER = [
    "What's s117?",
    "s117 aftercare?",
    "im on section 117 aftercare and have a support worker",
    "i get universal credit",
    "i claim pip and carers allowance",
    "will mum have to pay for her care home",
    "how do i apply for pip",
]


@pytest.mark.parametrize("text", S117_ASKED)
def test_a_question_about_paying_for_section_117_aftercare_is_found(text):
    assert money_question(text) == mq.S117


@pytest.mark.parametrize("text", BENEFITS_ASKED)
def test_a_question_about_what_help_does_to_a_benefit_is_found(text):
    assert money_question(text) == mq.BENEFIT


@pytest.mark.parametrize("text", NEITHER)
def test_a_word_asked_or_a_fact_told_is_not_a_money_question(text):
    assert money_question(text) is None


@pytest.mark.parametrize("text, guess", [
    (S117_ASKED[0], "money_worry"),     # the safety net's money route
    (S117_ASKED[1], "find_service"),    # round thirteen: a directory search
    (S117_ASKED[3], "nlu_fallback"),
    (S117_ASKED[4], "explain_term"),    # only the financial assessment was explained
    (BENEFITS_ASKED[0], "nlu_fallback"),
    (BENEFITS_ASKED[2], "money_worry"),
])
def test_the_fallback_answers_them_whatever_the_model_guessed(text, guess):
    assert typed_intent(text, guess, []) == "nlu_fallback"


def test_a_request_for_a_person_stays_a_request():
    assert typed_intent("do I have to pay for s117 aftercare", "request_human", []) is None


def _fallback(text, sender):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.conversation import ActionDefaultFallback
    from fake_tracker import action_tracker

    dispatcher = CollectingDispatcher()
    tracker = action_tracker(text, {}, "nlu_fallback", sender=sender)
    events = asyncio.run(ActionDefaultFallback().run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def test_the_fallback_says_section_117_aftercare_is_free_and_offers_a_person(db):
    said, events = _fallback(S117_ASKED[0], "money-1")
    texts = [m.get("text") or "" for m in said]
    assert texts[0] == mq.S117_FREE
    assert "is free" in texts[0] and not any("Many people pay" in t for t in texts)
    assert any(b["title"] == "Talk to a person" for b in said[-1].get("buttons") or [])
    assert events[0]["event"] == "rewind"


def test_the_fallback_says_a_benefits_adviser_can_check(db):
    said, _ = _fallback(BENEFITS_ASKED[0], "money-2")
    texts = [m.get("text") or "" for m in said]
    assert texts[0] == mq.BENEFITS_CANT_SAY
    assert "benefits adviser" in texts[1] and "listening" not in " ".join(texts)


def test_a_benefits_question_asked_with_a_word_is_answered_after_the_word(db):
    said, _ = _fallback("whats an ombudsman and if i get a job do i lose my PIP", "money-3")
    texts = [m.get("text") or "" for m in said]
    assert texts[0].startswith("Ombudsman")
    assert texts[1] == mq.BENEFITS_CANT_SAY


def test_the_12_week_property_disregard_is_explained():
    from jargon import glossary

    for asked in ("12 week property disregard", "12-week disregard", "the 12 week disregard",
                  "twelve week disregard"):
        entry = glossary.lookup(asked) or (glossary.find_terms(asked) or [None])[0]
        assert entry is not None and entry.headword == "12-week property disregard", asked


@pytest.mark.parametrize("text", ["do I have to pay for s117 aftercare",
                                  "will i have to pay for my section 117 aftercare?"])
def test_in_the_questions_section_117_aftercare_is_said_to_be_free(text):
    from fake_tracker import carer_form_turn

    messages, values = carer_form_turn(text, "ca_caring_role", {"preferred_name": "Sam"},
                                       sender="s117-form")
    said = " ".join(m.get("text") or "" for m in messages)
    assert mq.S117_FREE in said and "Many people pay" not in said
    assert not values.get("ca_caring_role")    # not kept as the answer


@pytest.mark.parametrize("text", ["and would I have to pay for someone to sit with brenda",
                                  "would we have to pay for a sitter",
                                  "will i have to pay for somebody to come in"])
def test_paying_for_someone_to_sit_or_come_in_is_paying_for_care(text):
    # Round thirteen: "Sorry, I did not understand that".
    from bot.answers.care_costs import about_paying_for_care

    assert about_paying_for_care(text)
    assert typed_intent(text, "nlu_fallback", []) == "nlu_fallback"
