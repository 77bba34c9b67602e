"""Round twelve, tester B conversation 3 (Keith, saved-up tablets inside the self-assessment):
what the bot says and promises after a plan to end a life was told.

1. Out of hours the crisis step says when the team is back (never "asked a person to join").
2. "forget it. i shouldnt have put that. can we just finish the form" is met kindly: the
   hand-off stays, the team will still check in, the questions go on, Samaritans in view.
3. "what call back? you havent got my number. doesnt matter anyway" is answered plainly from
   the real state (no number: nothing booked, how to change that), never "did not understand".
4. A time said as a limit after a plan ("not after saturday", "before sunday", "this wkend")
   is on the hand-off as urgent with the day, and never "The team is closed at the times you
   gave".
5. "I said no didnt I" after a No to the direct question is a No.
"""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import call_state
from actions.callback import answer_question
from actions.form_engine import Turn, read_after_sign, takes_back_to_go_on
from actions.forms import ValidateSelfAssessmentForm
from bot import crisis_care as care
from bot import form_slots as fs
from bot import store
from bot.answers.callback_talk import WHAT_CALL, callback_question
from bot.answers.check_in import NO, check_in_answer
from bot.data import handoffs
from fake_tracker import said

SENDER = "keith-r12"
PLAN = {"words": "ive not been taking all my tablets, been saving them up in the bedside "
                 "drawer, theres plenty now", "kind": "crisis", "tier": "clear",
        "category": "suicide_preparation"}


def tracker(text, slots=None, intent="inform", loop="self_assessment_form", found=None,
            events=None):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.95}, "entities": [],
               "safety_net": found or {}}
    return Tracker(SENDER, dict(slots or {}), message,
                   events or [{"event": "user", "text": text}], False, None,
                   {"name": loop} if loop else {}, "action_listen")


def after_plan():
    """Keith's conversation just after the tablets: the record and the crisis hand-off."""
    store.save_record(SENDER, "safety", dict(PLAN))
    return handoffs.create_handoff(SENDER, "crisis", summary=PLAN["words"], priority=1)


# ---- 1. no promise of a person that nobody can keep ---------------------------------------

def test_out_of_hours_the_plan_step_says_when_the_team_is_back():
    lines = care.as_true_now(care.plan_lines(None), False, "0300 123 4569", "today at 9am")
    said_now = " ".join(lines)
    assert "join this chat" not in said_now.replace("no one can join this chat yet", "")
    assert "today at 9am" in said_now and "0300 123 4569" in said_now
    assert care.CALL_NOW in lines


def test_out_of_hours_please_tap_talk_now_does_not_say_the_team_will_join():
    lines = care.as_true_now([care.TAP_TALK_NOW], False, "0300 123 4569", "today at 9am")
    assert "join" not in " ".join(lines)


def test_in_hours_the_line_says_what_is_behind_it():
    # The hand-off is first in the queue; an adviser takes the chat over from there.
    assert "first on our team's list" in care.PERSON_ASKED
    assert care.as_true_now(care.plan_lines(None), True, "x", "y") == care.plan_lines(None)


# ---- 2. taking it back after a plan --------------------------------------------------------

TAKE_BACKS = [
    "forget it. i shouldnt have put that. can we just finish the form",
    "forget i said anything, lets crack on",
    "ignore what i said. next question",
    "scrap that, didnt mean it",
    "i shudnt of put that. carry on",
    "pretend i never said owt",
    "Dont know why I put that. can we finish the assessment",
    "nvm. finish this form",
]


@pytest.mark.parametrize("text", TAKE_BACKS)
def test_a_take_back_is_read_in_the_words_people_use(text):
    assert care.takes_it_back(text)


@pytest.mark.parametrize("text", ["i cant forget it", "i will never forget that day",
                                  "my son forgets things", "i didnt mean to worry you"])
def test_memories_are_not_a_take_back(text):
    assert not care.takes_it_back(text)


@pytest.mark.parametrize("intent", ["stop", "deny", "inform", "pause"])
def test_a_take_back_with_a_wish_to_go_on_is_the_reply_to_the_step_whatever_the_model_heard(
        intent):
    assert takes_back_to_go_on(Turn(intent, 0.9, TAKE_BACKS[0]))


def test_a_take_back_with_a_stop_is_still_a_stop():
    assert not takes_back_to_go_on(Turn("stop", 0.9, "forget it. just stop"))
    assert not takes_back_to_go_on(Turn("stop", 0.9, "/stop"))


@pytest.mark.parametrize("text", TAKE_BACKS[:4])
def test_a_take_back_after_a_plan_keeps_the_hand_off_and_goes_on_kindly(db, text):
    row = after_plan()
    d = CollectingDispatcher()
    slots = read_after_sign(d, tracker(text, {"safety_category": care.TALK_NOW_STATE,
                                              "handoff_reference": row["reference"]},
                                       intent="stop"),
                            "safety_next", Turn("stop", 0.9, text))
    words = said(d)
    assert slots["safety_next"] == fs.NOT_NEEDED            # the questions go on
    assert "still check in" in words and "116 123" in words
    assert "did not understand" not in words and "stopped" not in words
    kept = handoffs.latest_for(SENDER)
    assert kept["status"] == "waiting" and kept["reason"] == "crisis"
    assert "took it back" in kept["summary"] and "still check in" in kept["summary"]


def test_in_the_form_the_take_back_is_read_at_the_step_not_sent_to_the_stop_rule(db):
    row = after_plan()
    text = TAKE_BACKS[0]
    t = tracker(text, {"requested_slot": "safety_next", "consent_given": True,
                       "safety_category": care.TALK_NOW_STATE,
                       "handoff_reference": row["reference"]}, intent="stop")
    d = CollectingDispatcher()
    values = asyncio.run(ValidateSelfAssessmentForm().interpret(
        d, t, {"slots": {}, "forms": {}}))
    assert values.get("safety_next") == fs.NOT_NEEDED
    assert "still check in" in said(d)
    assert handoffs.latest_for(SENDER)["status"] == "waiting"


# ---- 3. "what call back?" --------------------------------------------------------------------

WHAT_CALLS = [
    "what call back? you havent got my number. doesnt matter anyway",
    "what call?? u dont even have my number",
    "i never gave you my number",
    "how can they ring me, you havent got my number",
    "what callback",
]


@pytest.mark.parametrize("text", WHAT_CALLS)
def test_what_call_back_is_a_question_about_the_call(text):
    assert callback_question(text) == WHAT_CALL


@pytest.mark.parametrize("text", ["what number should i give", "my son has my number",
                                  "will they still ring me?"])
def test_other_words_about_numbers_are_not_what_call(text):
    assert callback_question(text) != WHAT_CALL


def test_what_call_back_with_no_number_says_plainly_nothing_is_booked(db):
    row = after_plan()
    d = CollectingDispatcher()
    events = answer_question(d, tracker(WHAT_CALLS[0], {"handoff_reference": row["reference"]},
                                        intent="nlu_fallback", loop=None), WHAT_CALL)
    words = said(d)
    assert events is not None
    assert "do not have your number" in words and "no call back is booked" in words
    assert row["reference"] in words and "still try to check in" in words
    assert "still booked" not in words and "did not understand" not in words
    # "doesnt matter anyway", after a plan: it does, with the numbers.
    assert "It does matter" in words and "116 123" in words


def test_what_call_back_with_a_number_kept_gives_the_booked_call(db):
    row = after_plan()
    store.save_record(SENDER, "contact", {"contact": {"phone": "07700 900238"},
                                          "handoff": row["reference"]})
    d = CollectingDispatcher()
    answer_question(d, tracker("what call back?", {"handoff_reference": row["reference"]},
                               intent="nlu_fallback", loop=None), WHAT_CALL)
    assert "07700 900238" in said(d) and "do not have your number" not in said(d)


# ---- 4. a time said as a limit after a plan -----------------------------------------------

@pytest.mark.parametrize("text, when", [
    ("today or tomorow. not after saturday", "not after Saturday"),
    ("No. Just being organised. can we crack on, want it all dun before sunday",
     "before Sunday"),
    ("told her not to bother coming over this wkend, i'll b gone by then", "this weekend"),
    ("b4 fri", "before Friday"),
    ("by the weekend", "by the weekend"),
    ("Not After Sat.", "not after Saturday"),
])
def test_a_deadline_is_read_with_its_day(text, when):
    assert care.deadline_in(text) == when


@pytest.mark.parametrize("text", ["i go to the club on sundays", "next week maybe",
                                  "i sat down", "by then"])
def test_a_day_said_in_passing_is_not_a_deadline(text):
    assert care.deadline_in(text) is None


def test_a_deadline_at_the_step_after_the_card_goes_on_the_hand_off_as_urgent(db):
    store.save_record(SENDER, "safety", {"words": "wills done and signed, kev is taking the dog",
                                         "kind": "crisis", "tier": "clear",
                                         "category": "suicide_preparation"})
    row = handoffs.create_handoff(SENDER, "crisis", summary="x", priority=2)
    text = "No. Just being organised. can we crack on, want it all dun before sunday"
    read_after_sign(CollectingDispatcher(),
                    tracker(text, {"safety_category": "suicide_preparation",
                                   "handoff_reference": row["reference"]}, intent="deny"),
                    "safety_next", Turn("deny", 0.9, text))
    kept = handoffs.latest_for(SENDER)
    assert "URGENT" in kept["summary"] and "before Sunday" in kept["summary"]
    assert kept["priority"] < row["priority"]                 # to the top of the queue


def test_a_deadline_as_the_best_time_after_a_plan_is_urgent_not_closed(db):
    row = after_plan()
    contact = {"phone": "07700 900238", "best_time": "today or tomorow. not after saturday"}
    t = tracker("Call me and leave a message", {"handoff_reference": row["reference"]},
                loop="contact_form")
    told = call_state.when_words(contact, SENDER)
    assert "urgent" in told and "not after Saturday" in told
    assert "closed at the times you gave" not in told
    lines = call_state.staff_lines(t, contact)
    assert any(line.startswith("URGENT") and "not after Saturday" in line for line in lines)
    assert not any("when the team is closed" in line for line in lines)
    assert handoffs.latest_for(SENDER)["priority"] < row["priority"]   # to the top


@pytest.mark.parametrize("best", ["this weekend", "saturday"])
def test_a_weekend_as_the_best_time_after_a_plan_is_urgent_not_closed(db, best):
    after_plan()
    told = call_state.when_words({"phone": "07700 900238", "best_time": best}, SENDER)
    assert "urgent" in told and "closed at the times you gave" not in told


def test_without_risk_a_closed_time_is_still_said_honestly(db):
    told = call_state.when_words({"phone": "07700 900238", "best_time": "this weekend"},
                                 "someone-else")
    assert "closed at the times you gave" in told


# ---- 5. "I said no didnt I" -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["I said no didnt I", "i told you no", "i said NO!!"])
def test_the_no_said_again_is_a_no(text):
    assert check_in_answer(text) == NO


# ---- 2b. the take-back outside the questions ----------------------------------------------

def test_a_take_back_outside_the_questions_keeps_the_hand_off_and_the_numbers(db):
    from actions.after_risk import answer_after_risk
    row = after_plan()
    d = CollectingDispatcher()
    events = answer_after_risk(d, tracker("forget it. i shouldnt have said that", {
        "handoff_reference": row["reference"], "paused_form": "self_assessment_form"},
        intent="nlu_fallback", loop=None))
    assert events is not None
    words = said(d)
    assert "still check in" in words and "116 123" in words
    assert "did not understand" not in words
    titles = [b["title"] for m in d.messages for b in m.get("buttons") or []]
    assert "Talk to someone now" in titles and len(titles) == 2     # and carry on
    assert "took it back" in handoffs.latest_for(SENDER)["summary"]


def test_a_take_back_with_no_risk_told_is_not_answered_here(db):
    from actions.after_risk import answer_after_risk
    d = CollectingDispatcher()
    assert answer_after_risk(d, tracker("forget it", {}, intent="nlu_fallback",
                                        loop=None)) is None


# ---- more from the replay ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["07700 900238. landline's cut off", "07700900238",
                                  "keith.b@example.com thats my email"])
def test_a_number_given_at_a_question_after_a_hand_off_is_the_way_to_reach_them(db, text):
    # ("type a phone number or email here", said after "what call back?")
    from actions.form_engine import contact_for_handoff
    row = after_plan()
    found = contact_for_handoff(tracker(text, {"handoff_reference": row["reference"]}),
                                "places", text)
    assert found.get("contact_details")


def test_a_number_inside_an_answer_is_not_taken_without_words_for_it(db):
    from actions.form_engine import contact_for_handoff
    row = after_plan()
    text = "my sister, she lives at number 07700 900238 road"   # not opening with it
    assert not contact_for_handoff(tracker(text, {"handoff_reference": row["reference"]}),
                                   "places", text)


def test_a_goodbye_in_the_questions_after_risk_keeps_the_numbers(db):
    row = after_plan()
    t = tracker("no thats everything. thanks for trying. tara",
                {"requested_slot": "places", "risk_told": True,
                 "handoff_reference": row["reference"]})
    words = ValidateSelfAssessmentForm().answer_request("goodbye", "places", t, {})
    assert "116 123" in words and row["reference"] in words


def test_a_goodbye_in_the_questions_with_no_risk_is_the_usual_one(db):
    t = tracker("tara", {"requested_slot": "places"})
    words = ValidateSelfAssessmentForm().answer_request("goodbye", "places", t, {})
    assert "116 123" not in words


def test_more_of_the_plan_while_a_person_is_offered_is_heard_with_the_numbers(db):
    row = after_plan()
    d = CollectingDispatcher()
    text = "ive not been taking all my tablets, been saving them up in the drawer"
    read_after_sign(d, tracker(text, {"safety_category": care.TALK_NOW_STATE,
                                      "handoff_reference": row["reference"]},
                               intent="crisis", found={"kind": "crisis", "tier": "clear",
                                                       "category": "suicide_preparation"}),
                    "safety_next", Turn("crisis", 0.9, text))
    assert care.TOLD_MORE in said(d) and "116 123" in said(d)


def test_the_direct_question_asked_again_is_not_word_for_word(db):
    from actions.safety import ActionAskSafetyNext
    store.save_record(SENDER, "safety", dict(PLAN, category="suicide_passive",
                                             tier="check_in"))
    d = CollectingDispatcher()
    asyncio.run(ActionAskSafetyNext().run(d, tracker("x", {
        "safety_category": "suicide_preparation", "turn_note": "safety_next:other"}), {}))
    assert "ending your life" in said(d) and care.ASK_STRAIGHT not in said(d)


@pytest.mark.parametrize("text", ["forget it. i shouldnt have said that",
                                  "ignore me, im just being daft. doesnt matter anyway"])
def test_a_take_back_the_net_asks_about_just_after_a_plan_is_met_kindly(db, text):
    # Outside the questions the net reads a take-back after a sign as a check-in; just after
    # the plan was said back and a person offered, the direct question is not asked.
    from actions.safety import ActionSafetyCheckIn
    row = after_plan()
    found = {"tier": "check_in", "kind": "crisis", "category": "suicide_preparation"}
    t = tracker(text, {"safety_category": care.TALK_NOW_STATE,
                       "handoff_reference": row["reference"]}, intent="safety_check_in",
                loop=None, found=found,
                events=[{"event": "user", "text": PLAN["words"],
                         "parse_data": {"safety_net": {"tier": "clear", "kind": "crisis",
                                                       "category": "suicide_preparation"}}},
                        {"event": "user", "text": text, "parse_data": {"safety_net": found}}])
    d = CollectingDispatcher()
    asyncio.run(ActionSafetyCheckIn().run(d, t, {}))
    assert "still check in" in said(d) and "116 123" in said(d)
    assert "Are you thinking about ending your life?" not in said(d)
    note = handoffs.latest_for(SENDER)["summary"]
    assert "took it back" in note and "went on with the questions" not in note
    assert ("It does matter" in said(d)) is ("matter" in text)


def test_a_deadline_at_any_question_after_a_plan_is_urgent_on_the_hand_off(db):
    row = after_plan()
    text = "nowt really. want it all sorted b4 fri"
    t = tracker(text, {"requested_slot": "places", "consent_given": True,
                       "handoff_reference": row["reference"]})
    asyncio.run(ValidateSelfAssessmentForm().interpret(CollectingDispatcher(), t,
                                                       {"slots": {}, "forms": {}}))
    summary = handoffs.latest_for(SENDER)["summary"]
    assert "URGENT" in summary and "before Friday" in summary


def test_a_deadline_outside_the_questions_after_a_plan_is_urgent_on_the_hand_off(db):
    from actions.after_risk import answer_after_risk
    row = after_plan()
    answer_after_risk(CollectingDispatcher(), tracker(
        "its all sorted for before the weekend", {"handoff_reference": row["reference"]},
        intent="nlu_fallback", loop=None))
    assert "before the weekend" in handoffs.latest_for(SENDER)["summary"]


def test_a_deadline_with_no_risk_told_is_not_urgent(db):
    row = handoffs.create_handoff(SENDER, "request", summary="x")
    t = tracker("the form needs to go in before friday", {
        "requested_slot": "places", "consent_given": True,
        "handoff_reference": row["reference"]})
    asyncio.run(ValidateSelfAssessmentForm().interpret(CollectingDispatcher(), t,
                                                       {"slots": {}, "forms": {}}))
    assert "URGENT" not in handoffs.latest_for(SENDER)["summary"]


def test_a_take_back_after_the_questions_were_paused_at_a_plan_goes_back_to_them(db):
    from actions.conversation import ActionStop
    row = after_plan()
    text = "forget it. i shouldnt have put that. can we just finish the form"
    d = CollectingDispatcher()
    events = asyncio.run(ActionStop().run(d, tracker(text, {
        "paused_form": "self_assessment_form", "handoff_reference": row["reference"],
        "safety_category": care.TALK_NOW_STATE}, intent="stop", loop=None), {}))
    assert "still check in" in said(d) and "116 123" in said(d)
    assert "I have stopped" not in said(d)
    assert {"event": "followup", "name": "self_assessment_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events]
    assert handoffs.latest_for(SENDER)["status"] == "waiting"


def test_a_stop_after_the_questions_were_paused_is_still_a_stop(db):
    from actions.conversation import ActionStop
    after_plan()
    d = CollectingDispatcher()
    asyncio.run(ActionStop().run(d, tracker("stop", {"paused_form": "self_assessment_form"},
                                            intent="stop", loop=None), {}))
    assert "I have stopped" in said(d)


@pytest.mark.parametrize("text, when", [
    ("ive saved my tablets up and the dog is going to kev on saturday", "on Saturday"),
    ("my pills are counted out, its all arranged for tonight", "tonight"),
])
def test_a_day_named_with_the_plan_itself_is_urgent_on_the_hand_off(db, text, when):
    from actions import safety as safety_actions
    store.save_record(SENDER, "safety", {"words": "not that itll matter much longer",
                                         "kind": "crisis", "tier": "check_in",
                                         "category": "suicide_passive"})
    safety_actions.respond(CollectingDispatcher(), tracker(
        text, {"requested_slot": "places"}, intent="crisis",
        found={"tier": "clear", "kind": "crisis", "category": "suicide_preparation"}),
        "crisis", "crisis")
    summary = handoffs.latest_for(SENDER)["summary"]
    assert "URGENT" in summary and when in summary
