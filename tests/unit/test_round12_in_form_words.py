"""Round twelve, in the questions (brief asks12): what people say at a question that is not
an answer. A goodbye (alone or at the end of a message, in any spelling) pauses the form:
the answer said before it is kept, the way back is given, no question is asked again and
no crisis numbers follow unless a danger told still stands. Each family fails on main."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateCarerAssessmentForm, ValidateSelfAssessmentForm
from bot import form_slots as fs, store
from bot.answers.leaving import goodbye_at_end
from command_reader import intent_after
from fake_tracker import carer_form_turn

GOODBYES = ["stop. bye", "thanks bye", "got to go. ta", "ta ta", "bye bye", "cheers",
            "gtg", "speak soon", "thats all", "laters", "ok ta ra then love", "Bye 👋",
            "see ya later x", "right im off now, cheers", "g2g sorry", "ttfn",
            "thats all for now thanks", "got 2 go bye"]
ANSWERS_THEN_GOODBYE = [
    ("knackered. back's bad from lifting him. mood up and down. anyway i'll have to stop "
     "there, gary needs me. thanks bye", "knackered. back's bad from lifting him. mood up and down."),
    ("mood up and down thanks bye", "mood up and down"),
    ("my son helps. see ya", "my son helps."),
    ("sleep mostly, got to go. ta", "sleep mostly"),
    ("my sister in wakefield - gtg", "my sister in wakefield"),
]
NOT_GOODBYES = ["bye-bye to the old job", "xbox and see my cuzin", "i said goodbye to the house",
                "she needs to go to the toilet at night", "she does her own shopping, thats all",
                "he gets up in the night", "he helps me later in the day",
                "she takes care of the garden", "thanks", "ok", "the job bit. later",
                "cheers me up when my sister rings", "going to see my nan",
                "my son helps, cheers", "agree. cheers", "she does her own shopping, thats all"]


@pytest.mark.parametrize("text", GOODBYES)
def test_a_goodbye_alone_leaves_nothing_to_keep(text):
    assert goodbye_at_end(text) == ""


@pytest.mark.parametrize("text,kept", ANSWERS_THEN_GOODBYE)
def test_a_goodbye_at_the_end_leaves_the_answer_before_it(text, kept):
    assert goodbye_at_end(text) == kept


@pytest.mark.parametrize("text", NOT_GOODBYES)
def test_everyday_words_are_not_a_goodbye(text):
    assert goodbye_at_end(text) is None


def domain_of(form: str):
    return {"slots": {}, "forms": {form: {"required_slots": [q.slot for q in fs.FORMS[form]]}}}


def said(messages) -> str:
    return " ".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize("text,intent", [("stop. bye", "goodbye"), ("got to go. ta", "pause"),
                                         ("ta ta", "thank"), ("cheers", "thank"),
                                         ("gtg", "goodbye"), ("thats all", "goodbye"),
                                         ("speak soon", "goodbye")])
def test_a_goodbye_at_a_question_pauses_with_the_code_and_no_question_again(db, text, intent):
    messages, slots = carer_form_turn(text, "ca_wellbeing",
                                      {"preferred_name": "Dawn", "ca_caring_role": "gary, MS"},
                                      intent=intent, sender=f"bye-{abs(hash(text))}")
    words = said(messages)
    assert "question again" not in words and "Take a break" not in words
    assert "Bye for now" in words and "I have kept your answers" in words
    assert slots.get("resume_code") and slots["resume_code"] in words
    assert "999" not in words and "Samaritans" not in words
    assert slots["paused_form"] == "carer_assessment_form"
    assert slots["turn_note"] == "ca_wellbeing:left"
    assert slots.get("ca_wellbeing") is None          # nothing kept as the answer
    saved = store.redeem_code(slots["resume_code"], "back-later", "127.0.0.1")
    assert saved["saved"]["slots"]["ca_caring_role"] == "gary, MS"


@pytest.mark.parametrize("text,kept", ANSWERS_THEN_GOODBYE)
def test_the_answer_before_a_goodbye_is_kept_first_and_goes_with_the_code(db, text, kept):
    messages, slots = carer_form_turn(text, "ca_wellbeing", intent="goodbye",
                                      sender=f"kept-{abs(hash(text))}")
    assert slots["ca_wellbeing"] == kept
    saved = store.redeem_code(slots["resume_code"], "back-later-2", "127.0.0.1")
    assert saved["saved"]["slots"]["ca_wellbeing"] == kept


def test_the_crisis_numbers_follow_a_goodbye_only_after_danger_that_stands(db):
    store.save_record("told", "safety", {"words": "i want to end it", "kind": "crisis",
                                         "tier": "clear", "category": "suicide_ideation"})
    messages, _ = carer_form_turn("ok bye", "ca_wellbeing", intent="goodbye", sender="told")
    assert "999" in said(messages)


def test_a_goodbye_in_a_form_without_a_code_says_how_to_carry_on(db):
    messages, slots = carer_form_turn("bye", "ca_wellbeing", {"consent_given": False,
                                                              "ca_caring_role": "my husband"},
                                      intent="goodbye", sender="no-code")
    assert "carry on" in said(messages).lower() and not slots.get("resume_code")
    assert slots["paused_form"] == "carer_assessment_form"


def test_the_form_ends_after_a_goodbye_and_rasa_listens(db):
    """run() ends the form (requested_slot None) and sends Rasa to listen, so neither the
    question again nor the finishing step (a finished assessment saved) follows."""
    text = "mood up and down thanks bye"
    tracker = Tracker("ends", {"requested_slot": "sa_good_day", "consent_given": True,
                               "about": "self"},
                      {"text": text, "intent": {"name": "goodbye", "confidence": 0.9},
                       "entities": []},
                      [{"event": "user", "text": text}], False, None,
                      {"name": "self_assessment_form"}, "action_listen")
    events = asyncio.run(ValidateSelfAssessmentForm().run(
        CollectingDispatcher(), tracker, domain_of("self_assessment_form")))
    requested = [e for e in events if e.get("event") == "slot" and e["name"] == "requested_slot"]
    assert requested and requested[-1]["value"] is None
    assert events[-1] == {"event": "followup", "name": "action_listen", "timestamp": None}
    assert {"event": "slot", "name": "sa_good_day", "value": "mood up and down",
            "timestamp": None} in events


def test_an_answer_at_a_question_still_goes_on_to_the_next_question(db):
    text = "my sister in wakefield"
    tracker = Tracker("goes-on", {"requested_slot": "ca_what_matters", "consent_given": True},
                      {"text": text, "intent": {"name": "inform", "confidence": 0.9},
                       "entities": []},
                      [{"event": "user", "text": text}], False, None,
                      {"name": "carer_assessment_form"}, "action_listen")
    events = asyncio.run(ValidateCarerAssessmentForm().run(
        CollectingDispatcher(), tracker, domain_of("carer_assessment_form")))
    assert not any(e.get("event") == "followup" for e in events)


# ---- 2. a question to the bot about what it got or asked is not an answer ----------------

GAS = ("the allotment society, and the legion on a friday. oh wait going back, what i said "
       "earlier about him making his own brew thats not right anymore, he left the gas on "
       "twice last month so i turned it off at the mains")


def self_turn(text: str, slot: str, slots=None, before=(), sender: str = "frank"):
    """One message read by the self-assessment (for Frank, by his daughter) at ``slot``."""
    tracker = Tracker(sender, {"requested_slot": slot, "consent_given": True,
                               "about": "someone_i_care_for", "relationship": "dad",
                               "preferred_name": "Frank", **(slots or {})},
                      {"text": text, "intent": {"name": "inform", "confidence": 0.9},
                       "entities": []},
                      [{"event": "user", "text": t} for t in list(before) + [text]], False, None,
                      {"name": "self_assessment_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    values = asyncio.run(ValidateSelfAssessmentForm().interpret(
        dispatcher, tracker, {"slots": {}, "forms": {}}))
    return said(dispatcher.messages), values


@pytest.mark.parametrize("text", ["sorry back. what was the question",
                                  "ok im back, what was the question again",
                                  "back now. where were we",
                                  "sorry had to answer the door. what was i answering",
                                  "soz bk. wot was the q"])
def test_what_was_the_question_after_coming_back_asks_it_again(db, text):
    words, slots = self_turn(text, "sa_good_at")
    assert "question again" in words
    assert slots.get("sa_good_at") is None


@pytest.mark.parametrize("text", ["did you get that about the gas?",
                                  "hello?? i asked if you got the bit about the gas being left on",
                                  "did u get my message about the gas",
                                  "have you got the bit about the gas down?",
                                  "you did get that about the gas didnt you"])
def test_did_you_get_that_says_back_what_was_kept_and_keeps_nothing(db, text):
    words, slots = self_turn(text, "sa_screen_self_care", {"sa_community": GAS},
                             before=[GAS])
    assert "he left the gas on twice last month" in words and "kept" in words
    assert not any(k.startswith("sa_") for k in slots)


def test_something_said_only_in_the_chat_is_noted_for_the_team(db):
    told = "oh and he went out at 2am last week, found him at the bus stop"
    words, slots = self_turn("did you get that about the bus stop?", "sa_people",
                             before=[told], sender="noted")
    assert "found him at the bus stop" in words and "noted" in words
    assert any(r["kind"] == "noted" for r in store.records_for("noted"))
    assert slots.get("sa_people") is None


@pytest.mark.parametrize("text", ["did that go through", "got that?", "did my last message send"])
def test_did_you_get_that_with_no_topic_says_back_the_last_thing_said(db, text):
    words, slots = self_turn(text, "sa_people", {"sa_good_at": "fixing things"},
                             before=["fixing things"])
    assert '"fixing things"' in words and slots.get("sa_people") is None


@pytest.mark.parametrize("text", ["did you get that about the gas?", "did that go through"])
def test_nothing_to_find_is_said_honestly(db, text):
    words, _ = self_turn(text, "sa_people", sender="empty")
    assert "cannot find" in words


@pytest.mark.parametrize("text", ["he gets it from the chemist", "did you get my referral",
                                  "my son helps. he gets the shopping"])
def test_answers_that_look_alike_are_still_answers(db, text):
    _, slots = self_turn(text, "sa_people")
    assert slots.get("sa_people") == text


def test_what_was_noted_from_the_chat_goes_in_the_record_for_staff(db):
    from actions.assessment import follow_ups
    from bot.assessment.summary import follow_up_lines
    self_turn("did you get that about the bus stop?", "sa_people",
              before=["found him at the bus stop at 2am"], sender="noted-2")
    tracker = Tracker("noted-2", {}, {"text": ""}, [], False, None, {}, "action_listen")
    _, items = follow_ups(tracker, {})
    assert "Also told us: found him at the bus stop at 2am" in follow_up_lines(
        {"to_follow_up": items})


# ---- 1b. a goodbye outside the questions -----------------------------------------------------

@pytest.mark.parametrize("text", ["ok thank you. ta ta", "ta ta", "cheers", "laters",
                                  "gtg", "ok cheers bye", "thanks, speak soon"])
def test_a_goodbye_read_as_thanks_is_a_goodbye(text):
    # ("gtg" is read as a pause: with nothing paused, that is a goodbye too, below)
    assert intent_after(text, "thank") in ("goodbye", "pause")


@pytest.mark.parametrize("text", ["thanks", "thank you", "ta", "thanks for that, its helpful"])
def test_thanks_alone_is_still_thanks(text):
    assert intent_after(text, "thank") == "thank"


def test_got_to_go_with_nothing_paused_is_a_goodbye_not_take_a_break(db):
    from actions.conversation import ActionPause
    from fake_tracker import action_tracker, run_action
    tracker = action_tracker("never mind. ill do the carers one another day, got to go. ta",
                             {}, intent="pause", sender="nothing-paused")
    words, events = run_action(ActionPause(), tracker)
    assert "Take a break" not in words and "carry on" not in words.lower()
    assert events == []


def test_leaving_in_a_hurry_after_abuse_was_told_keeps_the_leaving_danger_words(db):
    """ "shes coming up the stairs, bye" after a disclosure with a hand-off: "go now" and
    the numbers (actions/waiting.py), as before; never only "bye for now"."""
    from actions.waiting import waiting_lines
    row = store.create_handoff("stairs", "safeguarding", "web", summary="she keeps my money")
    store.save_record("stairs", "safety", {"words": "my daughter in law keeps my money",
                                           "kind": "safeguarding", "tier": "clear",
                                           "category": "abuse_financial"})
    text = "shes coming up the stairs, bye"
    tracker = Tracker("stairs", {"requested_slot": "ca_wellbeing", "consent_given": True,
                                 "handoff_reference": row["reference"]},
                      {"text": text, "intent": {"name": "goodbye", "confidence": 0.9},
                       "entities": []}, [{"event": "user", "text": text}], False, None,
                      {"name": "carer_assessment_form"}, "action_listen")
    assert waiting_lines(tracker, text, in_form=True)
    dispatcher = CollectingDispatcher()
    slots = asyncio.run(ValidateCarerAssessmentForm().interpret(
        dispatcher, tracker, {"slots": {}, "forms": {}}))
    assert slots.get("turn_note") != "ca_wellbeing:left"


@pytest.mark.parametrize("text", ["bye 👋", "ta ta", "got to go. ta"])
def test_a_goodbye_before_any_answer_keeps_nothing_and_gives_no_code(db, text):
    tracker = Tracker("consent-bye", {"requested_slot": "consent_given"},
                      {"text": text, "intent": {"name": "goodbye", "confidence": 0.9},
                       "entities": []}, [{"event": "user", "text": text}], False, None,
                      {"name": "self_assessment_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    slots = asyncio.run(ValidateSelfAssessmentForm().interpret(
        dispatcher, tracker, {"slots": {}, "forms": {}}))
    words = said(dispatcher.messages)
    assert "Bye for now" in words and "kept" not in words and "code" not in words
    assert "yes or no" not in words and slots["turn_note"] == "consent_given:left"


def test_a_goodbye_with_a_question_about_the_call_answers_it_keeps_the_answer_and_tells_staff(db):
    import json
    from bot.data.handoffs import latest_for
    row = store.create_handoff("dawn", "callback", "web", summary="talk to a person",
                               callback=True)
    slots = {"handoff_reference": row["reference"],
             "contact_details": json.dumps({"phone": "07700 900426", "email": None}),
             "contact_time": "after 1.30", "contact_safety": json.dumps(
                 {"safe_to_call": True, "leave_message": True, "say_council": True,
                  "text_only": False}),
             "preferred_name": "Dawn", "ca_caring_role": "gary, MS"}
    text = ("knackered. back's bad from lifting him. mood up and down. anyway i'll have to stop "
            "there, gary needs me. will someone still ring me after half 1? thanks bye")
    messages, values = carer_form_turn(text, "ca_wellbeing", slots, intent="goodbye",
                                       sender="dawn")
    words = said(messages)
    assert "still booked" in words and "Bye for now" in words
    assert values["ca_wellbeing"] == "knackered. back's bad from lifting him. mood up and down."
    summary = latest_for("dawn")["summary"]
    assert "Answers so far (Dawn)" in summary and "mood up and down" in summary


# ---- "hang on", "sorry back" -----------------------------------------------------------------

@pytest.mark.parametrize("text,said_back", [
    ("sorry back", "Welcome back"), ("ok im back sorry", "Welcome back"),
    ("sorry about that, back now", "Welcome back"), ("sorry had to answer the door", "Welcome back"),
    ("hang on", "Take your time"), ("one sec", "Take your time"), ("brb", "Take your time"),
    ("sorry hang on boss is here", "Take your time"), ("give me 2 mins", "Take your time")])
def test_stepping_away_and_back_is_never_an_answer(db, text, said_back):
    messages, slots = carer_form_turn(text, "ca_wellbeing", sender="away")
    assert said_back in said(messages) and slots.get("ca_wellbeing") is None


@pytest.mark.parametrize("text", ["my back is bad", "back", "he hangs on to the rail",
                                  "he comes back at 5", "hang on, he has fallen again"])
def test_words_like_it_are_answers(db, text):
    _, slots = carer_form_turn(text, "ca_wellbeing", sender="away-2")
    assert slots.get("ca_wellbeing") == text


def test_a_hold_on_after_the_answer_is_left_out_of_it(db):
    words, slots = self_turn("his marrows lol, won a prize at the show. sorry hang on boss is here",
                             "sa_proud_of", sender="marrows")
    assert slots["sa_proud_of"] == "his marrows lol, won a prize at the show."
    assert "Take your time" in words


@pytest.mark.parametrize("text", ["thats all", "no thats it thanks", "that is everything"])
def test_thats_all_at_is_anything_else_hard_is_the_answer_not_a_goodbye(db, text):
    _, slots = self_turn(text, "sa_screen_life", sender="all-said")
    assert slots.get("turn_note") == "sa_screen_life:answer"


@pytest.mark.parametrize("form,slot,text,value", [
    ("experience_survey_form", "survey_contact_ok", "no thanks, bye", "no"),
    ("self_assessment_form", "summary_confirmed", "yes thats right. bye", True),
])
def test_a_goodbye_with_the_answer_at_the_last_steps_finishes_the_form(db, form, slot, text,
                                                                        value):
    from actions.survey import ValidateExperienceSurveyForm
    validator = ValidateExperienceSurveyForm() if form == "experience_survey_form" else \
        ValidateSelfAssessmentForm()
    tracker = Tracker("last-step", {"requested_slot": slot, "consent_given": True,
                                    "about": "self", "survey_type": "support"},
                      {"text": text, "intent": {"name": "goodbye", "confidence": 0.9},
                       "entities": []}, [{"event": "user", "text": text}], False, None,
                      {"name": form}, "action_listen")
    slots = asyncio.run(validator.interpret(CollectingDispatcher(), tracker,
                                            {"slots": {}, "forms": {}}))
    assert slots[slot] == value and slots["turn_note"] == f"{slot}:answer"
