"""Round sixteen, tester D conversation 3: a daughter reading a council letter about her dad.

- "ive had a letter from the council about my dad and it says CHC? what does that mean" got
  "Yes. What you tell me is kept for 90 days" (the "what does that mean" was read as a
  question about keeping her words): the care word is explained.
- "who pays for dads care home if he gets CHC" got the money check ("Many people pay
  something"); "ok but you didnt say about CHC, does the nhs pay for dads home or not" was
  not understood: with NHS Continuing Healthcare the NHS pays the whole care home fee.
- "does that mean the nhs pays for his care home then? it also says s117 aftercare" got
  only the s117 half: both are answered, a person offered once.
- "would dad get a direct payment if hes in a nursing home" got "I am listening", or only
  what a direct payment is: a direct payment is not usually used for living in a home.
"""
from __future__ import annotations

import asyncio

import pytest

from bot.answers import money_questions as mq
from bot.answers import several_questions as several
from bot.answers.money_questions import money_question
from bot.nlu.commands import typed_intent

CHC_ASKED = [
    "who pays for dads care home if he gets CHC",
    "ok but you didnt say about CHC, does the nhs pay for dads home or not",
    "who pays for a care home if you get CHC",
    "does chc cover nursing home fees",
    "will mum still have to pay if she gets continuing healthcare?",
    "got a letter saying my nan has CHC, does that mean we dont pay for her nursing home",
    "does the NHS pay for care homes if you have continuing healthcare?",
    "is the care home free with chc",
]
DIRECT_PAYMENT_IN_A_HOME = [
    "ok thanks. so would dad get a direct payment if hes in a nursing home or is that only if "
    "hes at home",
    "i just want to know if he can have a direct payment in a nursing home",
    "can you get a direct payment if you live in a nursing home",
    "would dad get a direct payment if hes in a nursing home",
    "my mum is going into a care home, can she still have her direct payments?",
    "can direct payments be used for residential care",
]
NEITHER = [
    "what is a direct payment",
    "my dad has chc",
    "what is CHC",
    "the nhs pays for his physio",
    "does the nhs pay for glasses",
    "i get direct payments for my PA",
    "who pays for my care",          # the general answer (care_costs), not CHC
    "do I have to pay for s117 aftercare",   # still s117
]


@pytest.mark.parametrize("text", CHC_ASKED)
def test_a_question_about_who_pays_with_chc_is_found(text):
    assert money_question(text) == mq.CHC


@pytest.mark.parametrize("text", DIRECT_PAYMENT_IN_A_HOME)
def test_a_question_about_a_direct_payment_in_a_home_is_found(text):
    assert money_question(text) == mq.DIRECT_PAYMENT_CARE_HOME


@pytest.mark.parametrize("text", NEITHER)
def test_a_word_or_a_fact_is_not_taken_for_them(text):
    assert money_question(text) not in (mq.CHC, mq.DIRECT_PAYMENT_CARE_HOME)


def test_s117_is_still_s117():
    assert money_question("do I have to pay for s117 aftercare") == mq.S117


def test_what_does_that_mean_after_a_care_word_asks_about_the_word():
    for text in ("ive had a letter from the council about my dad and it says CHC? what does "
                 "that mean",
                 "mum had a letter, it says DoLS? what does that mean",
                 "the social worker said FACE assessment. whats that",
                 "there is a bit about s117 aftercare. what does it mean"):
        asked = several.questions_asked(text)
        assert all(kind != several.KEPT for kind, _ in asked), text
        assert several.question_parts(text)[-1].lower().startswith(
            ("ive", "mum", "the social", "there")), text


def test_what_does_that_mean_about_keeping_is_still_about_keeping():
    asked = several.questions_asked("is my data kept? who sees it")
    assert asked and asked[0][0] == several.KEPT


def test_both_halves_of_a_letter_question_are_found():
    asked = several.questions_asked("right so does that mean the nhs pays for his care home "
                                    "then? it also says s117 aftercare")
    assert [kind for kind, _ in asked] == [several.CHC, several.S117]


@pytest.mark.parametrize("text, guess", [
    (CHC_ASKED[0], "money_worry"), (CHC_ASKED[1], "nlu_fallback"), (CHC_ASKED[2], "explain_term"),
    (DIRECT_PAYMENT_IN_A_HOME[0], "listen_connect"), (DIRECT_PAYMENT_IN_A_HOME[2], "explain_term"),
])
def test_the_fallback_answers_them_whatever_the_model_guessed(text, guess):
    assert typed_intent(text, guess, []) == "nlu_fallback"


def _fallback(text, sender):
    from rasa_sdk.executor import CollectingDispatcher

    from actions.conversation import ActionDefaultFallback
    from fake_tracker import action_tracker

    dispatcher = CollectingDispatcher()
    tracker = action_tracker(text, {}, "nlu_fallback", sender=sender)
    asyncio.run(ActionDefaultFallback().run(dispatcher, tracker, {}))
    return dispatcher.messages


def test_the_fallback_says_the_nhs_pays_the_full_care_home_fee_with_chc(db):
    said = _fallback(CHC_ASKED[0], "letter16-1")
    texts = [m.get("text") or "" for m in said]
    assert texts[0] == mq.CHC_PAYS_ALL and "full cost" in texts[0]
    assert not any("Many people pay" in t for t in texts)
    assert any(b["title"] == "Talk to a person" for b in said[-1].get("buttons") or [])


def test_the_fallback_answers_both_and_offers_a_person_once(db):
    said = _fallback("right so does that mean the nhs pays for his care home then? it also "
                     "says s117 aftercare", "letter16-2")
    texts = [m.get("text") or "" for m in said]
    assert texts[0] == mq.CHC_PAYS_ALL and mq.S117_FREE in texts
    assert sum(1 for m in said if m.get("buttons")) == 1
    assert sum(1 for t in texts if "A person from the team" in t) == 1


def test_the_fallback_says_a_direct_payment_is_not_usually_for_a_home(db):
    said = _fallback(DIRECT_PAYMENT_IN_A_HOME[0], "letter16-3")
    texts = [m.get("text") or "" for m in said]
    assert texts[0] == mq.DIRECT_PAYMENT_NOT_FOR_A_HOME
    assert "listening" not in " ".join(texts)
    assert any(b["title"] == "Talk to a person" for b in said[-1].get("buttons") or [])


def test_in_the_questions_chc_is_answered_not_the_money_check():
    from fake_tracker import carer_form_turn

    messages, values = carer_form_turn(CHC_ASKED[0], "ca_caring_role",
                                       {"preferred_name": "Sam"}, sender="chc-form")
    said = " ".join(m.get("text") or "" for m in messages)
    assert mq.CHC_PAYS_ALL in said and "Many people pay" not in said
    assert not values.get("ca_caring_role")
