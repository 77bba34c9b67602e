"""An answer with a request or a care-word question at its end (persona round 4): the answer
part is kept, the request is answered ("look can we speed up a bit", "can we skip the rest,
i need to get back to work", "And what does reablement mean?"), and a longer care-word
question on its own is explained, not saved as the answer."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.form_engine import Decision, Turn, decide, looks_like_term_question
from actions.forms import ValidateSelfAssessmentForm
from bot import form_slots as fs
from bot import form_words
from bot.answers.trailing import answer_then_request


@pytest.mark.parametrize("text, answer, kind", [
    ("shes kind. look can we speed up a bit", "shes kind.", "hurry"),
    ("my brother and me, can we hurry this up", "my brother and me", "hurry"),
    ("she likes her telly. how many more left??", "she likes her telly.", "hurry"),
    ("she's fine with that, i run her a bath on sundays. how many left now",
     "she's fine with that, i run her a bath on sundays.", "hurry"),
    ("she used to go to church. look can we skip the rest, i need to get back to work",
     "she used to go to church.", "leave"),
    ("gardening mostly - sorry gotta dash in a min", "gardening mostly", "leave"),
    ("the lunch club on tuesdays, can we finish this later", "the lunch club on tuesdays",
     "leave"),
    ("Getting my breath back. And what does reablement mean? The letter said it",
     "Getting my breath back.", "explain_term"),
    ("I can shower, my son put a seat in. Sorry what does eligible needs mean?",
     "I can shower, my son put a seat in.", "explain_term"),
    ("my sister helps. whats a direct payment", "my sister helps.", "explain_term"),
])
def test_the_answer_part_and_the_request_are_told_apart(text, answer, kind):
    found = answer_then_request(text, looks_like_term_question)
    assert found is not None and found[:2] == (answer, kind)


@pytest.mark.parametrize("text", [
    "my garden, my cat and my grandkids",
    "she loves her food, she's quick to laugh",
    "i go to the day centre on mondays. is that ok",
    "i get direct payments for my carer, it works well",
    "she needs help quickly in the mornings, she falls",
    "how many more questions, i have to pick the kids up",   # a request first: not this
])
def test_answers_without_a_request_at_the_end_stay_whole(text):
    assert answer_then_request(text, looks_like_term_question) is None


@pytest.mark.parametrize("text", [
    "is a personal budget the same as a direct payment?",
    "is respite the same thing as a short break?",
    "whats the difference between a personal budget and a direct payment?",
])
def test_a_longer_care_word_question_is_explained_at_a_question(text):
    assert decide(Turn("inform", 0.9, text), fs.SCREEN) == Decision("request", "explain_term")


@pytest.mark.parametrize("text", ["is there a carers group near me",
                                  "is direct payments something i could get?"])
def test_a_question_that_is_an_answer_stays_an_answer(text):
    assert decide(Turn("inform", 0.9, text), fs.FREE_TEXT).action == "answer"


def _form_turn(text, slot="sa_good_at"):
    tracker = Tracker("form-t", {"requested_slot": slot, "consent": True},
                      {"text": text, "intent": {"name": "inform", "confidence": 0.9},
                       "entities": []},
                      [{"event": "user", "text": text}], False, None,
                      {"name": "self_assessment_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    values = asyncio.run(ValidateSelfAssessmentForm().interpret(
        dispatcher, tracker, {"slots": {}, "forms": {}}))
    return " ".join(m.get("text") or "" for m in dispatcher.messages), values


def test_in_a_form_the_answer_is_kept_and_the_hurry_answered():
    said, values = _form_turn("she's kind, everyone says so. look can we speed up a bit")
    assert values["sa_good_at"] == "she's kind, everyone says so."
    assert said.startswith(form_words.ANSWER_KEPT) and "more" in said


def test_in_a_form_skip_the_rest_offers_a_code_to_come_back():
    # (with no time to finish, "skip the rest" keeps the answer and offers the code; with
    # time, it goes to the end: tests/unit/test_short_of_time_round9.py)
    said, values = _form_turn("she used to go to church. can we skip the rest, i need to get "
                              "back to work in 5 mins")
    assert values["sa_good_at"] == "she used to go to church."
    assert said == form_words.LEAVE_EARLY


@pytest.mark.parametrize("text, answer", [
    ("work is ok. I need money help. can you help with money?", "work is ok. I need money help."),
    ("the kids keep me busy, is there any help with bills?", "the kids keep me busy"),
    ("i do his tablets and meals. could i get advice about benefits",
     "i do his tablets and meals."),
])
def test_a_question_about_money_after_an_answer_is_answered(text, answer):
    assert answer_then_request(text, looks_like_term_question) == (
        answer, "money", text[len(answer):].strip(" ,"))


def test_money_talked_about_is_an_answer():
    assert answer_then_request("money is hard, I work less hours now",
                               looks_like_term_question) is None
