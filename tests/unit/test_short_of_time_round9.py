"""Round nine: wishes about the length of the questions, in people's own words.

"skip the rest can we just get to the end" went to "type pause"; "14?! ive got 10 mins"
was saved as "what is working well"; "How many question more? I must go to work at 2"
jumped to the work questions; "wot dose 90 days mean" at the consent got "say yes or no";
"is there a person i can just talk to" inside a form was passed over.
"""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from actions.form_engine import closing_steps, read_answer
from actions.forms import ValidateCarerAssessmentForm, ValidateSelfAssessmentForm
from actions.survey import ValidateExperienceSurveyForm
from bot import form_slots as fs, form_words, texts
from bot.answers.jump import part_asked_for
from bot.answers.keeping import asks_about_keeping
from bot.answers.requests import classify_request
from bot.answers.short_of_time import read_time_words, short_of_time, wants_the_end_now
from bot.markers import SKIPPED
from bot.nlu.commands import CommandClassifier
from fake_tracker import FakeTracker

TO_THE_END = ["skip the rest", "can we skip the rest pls", "just get to the end",
              "no i dont want to pause i want to finish. skip", "skip all the other questions",
              "take me to the end", "can we just finish", "skip them all", "Skip the rest!!",
              "i just want to get this done"]
NOT_TO_THE_END = ["i want to finish this later", "can i finish it tomorrow", "armley park",
                  "no i dont want to skip the rest", "the rest of the week is fine",
                  "skip school", "i want to finish college next year"]
SHORT = ["ive got 10 mins", "14?! ive got 10 mins", "only got 5 minutes", "not got long",
         "I must go to work at 2", "im on my lunch break", "i have to leave at 3",
         "no time for all this"]
NOT_SHORT = ["the shop is a 5 minute walk", "i walk 10 minutes to the bus", "armley park",
             "she takes 20 minutes to get dressed", "we left 10 minutes ago",
             "i go to work at 6 most days and like it"]


@pytest.mark.parametrize("text, wanted", [(t, True) for t in TO_THE_END] +
                         [(t, False) for t in NOT_TO_THE_END])
def test_a_wish_to_go_to_the_end_is_told_from_a_break_or_an_answer(text, wanted):
    assert wants_the_end_now(text) is wanted


@pytest.mark.parametrize("text, wanted", [(t, True) for t in SHORT] +
                         [(t, False) for t in NOT_SHORT])
def test_time_running_out_is_told_from_minutes_in_an_answer(text, wanted):
    assert short_of_time(text) is wanted


def test_the_answer_beside_the_time_words_is_kept():
    words = read_time_words("14?! ive got 10 mins. she still dresses herself and feeds the cat")
    assert words.answer == "she still dresses herself and feeds the cat"
    assert words.short and not words.to_the_end
    words = read_time_words("i havent seen my friend jo since the summer. skip the rest can we "
                            "just get to the end")
    assert words.answer.startswith("i havent seen my friend jo")
    assert words.to_the_end


def test_going_to_work_at_two_is_not_a_wish_for_the_work_questions():
    assert part_asked_for("How many question more? I must go to work at 2") is None
    assert part_asked_for("i go to work at 6") is None
    assert part_asked_for("can we go on to the job bit") == "work_learning"


SA_SO_FAR = {"consent_given": True, "about": "self", "on_behalf": fs.NOT_NEEDED,
             "preferred_name": "Jas", "sa_what_matters": "my flat"}


def test_skip_the_rest_passes_over_every_question_but_the_last_steps():
    form = ValidateSelfAssessmentForm()
    said, slots = form.time_words_turn("skip the rest", "sa_good_day", fs.FREE_TEXT,
                                       FakeTracker(SA_SO_FAR))
    assert said == form_words.TO_THE_END
    assert slots["sa_good_day"] == slots["sa_tried"] == slots["sa_scale_now"] == SKIPPED
    assert slots["sa_screen_self_care"] == SKIPPED
    assert slots["sa_outcome_toilet"] == fs.NOT_NEEDED       # behind a screen: not asked
    assert "sa_what_next" not in slots and "summary_confirmed" not in slots
    assert "sa_what_matters" not in slots                     # answered before: kept


def test_an_answer_said_with_skip_the_rest_is_kept():
    form = ValidateCarerAssessmentForm()
    tracker = FakeTracker({"consent_given": True, "preferred_name": "Sam",
                           "ca_caring_role": "my dad", "ca_what_matters": "the kids"})
    said, slots = form.time_words_turn(
        "i havent seen my friend jo since the summer. skip the rest can we just get to the end",
        "ca_wellbeing", fs.FREE_TEXT, tracker)
    assert said == form_words.TO_THE_END_KEPT
    assert slots["ca_wellbeing"].startswith("i havent seen my friend jo")
    assert slots["ca_willing_able"] == SKIPPED
    assert "ca_what_would_help" not in slots


def test_short_of_time_keeps_the_answer_and_offers_both_ways_on():
    form = ValidateSelfAssessmentForm()
    said, slots = form.time_words_turn(
        "14?! ive got 10 mins. she still dresses herself and feeds the cat", "sa_working_well",
        fs.FREE_TEXT, FakeTracker(SA_SO_FAR))
    assert slots == {"sa_working_well": "she still dresses herself and feeds the cat"}
    assert said == form_words.SHORT_OF_TIME_KEPT
    assert "skip the rest" in said and "pause" in said


def test_a_count_asked_with_time_short_is_answered_not_saved():
    form = ValidateSelfAssessmentForm()
    said, slots = form.time_words_turn("How many question more? I must go to work at 2",
                                       "sa_working_well", fs.FREE_TEXT, FakeTracker(SA_SO_FAR))
    assert slots == {}
    assert said.endswith(form_words.SHORT_OF_TIME) and "more" in said.split(".")[0]


def test_nothing_is_passed_over_before_the_first_steps_are_done():
    form = ValidateSelfAssessmentForm()
    for first in ("consent_given", "about", "preferred_name"):
        said, slots = form.time_words_turn("skip the rest", first, fs.FREE_TEXT, FakeTracker({}))
        assert slots == {} and said == form_words.SHORT_OF_TIME


def test_a_survey_goes_to_its_comment():
    form = ValidateExperienceSurveyForm()
    said, slots = form.time_words_turn("skip the rest", "sv_q3", fs.STATEMENT,
                                       FakeTracker({"survey_type": "carers", "sv_q1": "agree",
                                                    "sv_q2": "agree"}))
    assert slots["sv_q3"] == slots["sv_q7"] == SKIPPED
    assert "survey_comments" not in slots and "survey_type" not in slots
    assert closing_steps("experience_survey_form") == {"survey_comments", "survey_contact_ok"}


@pytest.mark.parametrize("text", ["wot dose 90 days mean", "who sees it?",
                                  "what happens to it after", "how long do you keep it"])
def test_a_question_about_keeping_answers_is_answered_at_the_consent(text):
    assert asks_about_keeping(text)
    reading = read_answer("consent_given", fs.CONSENT, text, FakeTracker({}))
    assert reading.slots == {"consent_given": None}
    assert reading.say == texts.consent_explained()


@pytest.mark.parametrize("text", ["yes", "no thanks", "yes 90 days is fine", "ok"])
def test_yes_or_no_at_the_consent_is_not_a_question(text):
    assert not asks_about_keeping(text)


@pytest.mark.parametrize("text", [
    "is there a person i can just talk to",
    "this is ridiculous. nobody has taken anything. MUM forgets her tablets. is there a person "
    "i can just talk to",
    "is there someone i could speak to about her"])
def test_asking_for_a_person_in_other_words_is_a_request_for_one(text):
    assert classify_request(text).kind == "talk_to_person"
    message = Message(data={"text": text, "intent": {"name": "inform", "confidence": 0.9}})
    CommandClassifier().read(message)
    assert message.get("intent")["name"] == "request_human"
