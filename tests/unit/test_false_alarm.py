"""A false alarm the person puts right (issue 12, persona round nine): the reading, the reply,
the record, the hand-off's priority, the goodbye's numbers and the quiet spell after it."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import after_risk, false_alarm as put_right, safety as safety_actions
from actions.form_engine import Turn, denied_after_block
from bot import crisis_care, store
from bot.data import handoffs
from bot.safety import false_alarm
from bot.safety.cooldown import last_no, quiet_after_no
from fake_tracker import said, slots_of

# ---- the reading ------------------------------------------------------------------------

DENIALS = [
    "good god no. i mean my hips. i cant walk as far as the bus stop",
    "wtf no. why would you ask that",
    "omg nobody is taking my money!! i asked if a job would affect my PIP. this bot is so jumpy",
    "i havent hurt myself lol",
    "nobody is missing?!",
    "am i in trubble",
    "no?? i sort his bills because he cant. is that a problem",
    "NO. stop asking me that. im filling this in for my MUM",
    "wtf?? no!! im not ending my life. PA means personal assistant, my carer",
    "what? nobody has done anything to me",
    "Eh? I havent taken anything",
    "no lad nobody is hurting me. i just said my wife died",
    "erm no?? why did you ask me that",
    "nah nobody has stolen owt, he is my son and he helps me",
    "have i done something wrong",
]

STILL_DANGER = [
    "no he hits me",
    "yes he takes my money",
    "no one cares, i want to die",
    "no but i have thought about it",
    "not really, he only hits me sometimes",
    "i just said he hurts me",
    "why would you ask, he is always shouting at me",
    "nobody is hurting me except my son when he drinks",
    "nobody is taking my money but my son",
    "stop asking, i want to jump off a bridge",
    "you got it wrong, i want to die",
    "is that a problem? he takes my bank card every week",
    "ive got the tablets ready",
    "not yet",
    "im safe for now",
]


@pytest.mark.parametrize("text", DENIALS)
def test_denials_in_their_own_words_are_read(text):
    assert false_alarm.denies(text) and false_alarm.in_own_words(text)


@pytest.mark.parametrize("text", STILL_DANGER)
def test_danger_said_beside_a_no_or_a_protest_is_never_a_denial(text):
    assert not false_alarm.denies(text)


@pytest.mark.parametrize("text", ["am i in trubble", "why would you ask that",
                                  "is that a problem"])
def test_about_danger_to_life_a_question_alone_is_answered_but_is_not_a_no(text):
    assert false_alarm.denies(text, "safeguarding")
    assert not false_alarm.denies(text, "crisis")
    assert false_alarm.denies("wtf no. " + text, "crisis")


def test_the_question_is_answered_on_its_own_too():
    assert false_alarm.answer_to_question("am i in trubble??") == false_alarm.NOT_IN_TROUBLE
    assert false_alarm.answer_to_question("i sort his bills. is that wrong") == \
        false_alarm.NOTHING_WRONG_ANSWER
    assert false_alarm.answer_to_question("i like the park") == ""


def test_when_the_net_found_nothing_the_alarms_words_may_come_again_beside_a_denial():
    text = "what? nobody has done anything to me. is it all women crying at the group"
    assert not false_alarm.denies(text)
    assert false_alarm.denies(text, calm=True)
    assert false_alarm.net_calm({"tier": "none"})
    assert false_alarm.net_calm({"tier": "check_in", "signal": "model"})
    assert not false_alarm.net_calm({"tier": "check_in", "signal": "pattern"})
    assert not false_alarm.net_calm({"tier": "clear", "signal": "model"})
    # A bare no beside danger words is never relaxed, nor a hedge.
    assert not false_alarm.denies("no he hits me", calm=True)
    assert not false_alarm.denies("nobody is hurting me except my son", calm=True)


@pytest.mark.parametrize("text", ["No", "nah", "no im fine"])
def test_a_bare_no_keeps_its_own_reply(text):
    assert false_alarm.denies(text) and not false_alarm.in_own_words(text)


@pytest.mark.parametrize("text", ["no, i dont want the police involved", "no thank you",
                                  "no, just for someone to ring my daughter"])
def test_a_no_at_the_wish_is_a_wish_not_a_denial(text):
    assert not false_alarm.denies_danger(text)


def test_the_reply_says_sorry_why_and_answers_their_question():
    lines = false_alarm.reply("am i in trubble")
    assert lines[:2] == [false_alarm.SORRY_ASKED, false_alarm.WHY_ASKED]
    assert false_alarm.NOT_IN_TROUBLE in lines
    lines = false_alarm.reply("no?? i sort his bills because he cant. is that a problem", True)
    assert lines[:2] == [false_alarm.SORRY_SHOWN, false_alarm.WHY_SHOWN]
    assert false_alarm.NOTHING_WRONG_ANSWER in lines
    assert not any("116 123" in line or "999" in line for line in lines)


# ---- the record, the hand-off and the goodbye ---------------------------------------------

def tracker(text, slots=None, intent="deny", found=None, loop=None, sender="alarm",
            events=None):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": [],
               "safety_net": found or {}}
    return Tracker(sender, dict(slots or {}), message,
                   list(events or []) + [{"event": "user", "text": text}],
                   False, None, {"name": loop} if loop else {}, "action_listen")


def raise_block(sender, category="abuse_financial", kind="safeguarding"):
    store.save_record(sender, "safety", {"words": "my eldest has exams", "kind": kind,
                                         "tier": "clear", "category": category})
    return handoffs.create_handoff(sender, kind, summary="my eldest has exams", priority=3)


def test_a_denial_marks_the_record_and_lowers_the_hand_off(db):
    row = raise_block("alarm")
    still = put_right.mark_not_a_concern("alarm", row["reference"], "nobody is missing?!")
    assert not still
    record = crisis_care.safety_records(store.records_for("alarm"))[0]
    assert record["words"] == "my eldest has exams"           # never deleted
    assert record["not_a_concern"]["words"] == "nobody is missing?!"
    assert record["not_a_concern"]["note"] == false_alarm.NOT_A_CONCERN
    assert record["not_a_concern"]["at"]
    after = handoffs.latest_for("alarm")
    assert after["reason"] == "request" and after["priority"] == 30
    assert "nobody is missing?!" in after["summary"]
    assert not crisis_care.risk_told(crisis_care.safety_records(store.records_for("alarm")))


def test_a_disclosure_that_still_stands_keeps_the_priority(db):
    store.save_record("both", "safety", {"words": "he hits me", "kind": "safeguarding",
                                         "tier": "clear", "category": "abuse_physical"})
    row = raise_block("both")
    assert put_right.mark_not_a_concern("both", row["reference"], "nobody is taking my money")
    assert handoffs.latest_for("both")["reason"] == "safeguarding"


def test_a_later_request_for_a_person_is_not_raised_by_the_denied_alarm(db):
    row = raise_block("later")
    put_right.mark_not_a_concern("later", row["reference"], "wtf no")
    again = handoffs.create_handoff("later", "request", summary="talk to a person")
    assert again["reference"] == row["reference"] and again["reason"] == "request"


def test_outside_a_form_the_worded_no_is_put_right_without_the_numbers(db):
    store.save_record("out", "safety", {"words": "i cant walk to the bus", "kind": "crisis",
                                        "tier": "check_in", "category": "suicide_passive"})
    d = CollectingDispatcher()
    events = asyncio.run(safety_actions.ActionCheckInNo().run(d, tracker(
        "good god no. i mean my hips", {"safety_concern": "crisis"}, sender="out"), {}))
    text = said(d)
    assert false_alarm.SORRY_ASKED in text and false_alarm.WHY_ASKED in text
    assert "116 123" not in text and "999" not in text
    assert slots_of(events)["risk_told"] is None        # the goodbye has no numbers
    record = crisis_care.safety_records(store.records_for("out"))[0]
    assert record["not_a_concern"]["words"] == "good god no. i mean my hips"


def test_a_bare_no_outside_a_form_is_unchanged(db):
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionCheckInNo().run(d, tracker(
        "No", {"safety_concern": "crisis"}, sender="bare"), {}))
    assert "116 123" in said(d) and false_alarm.SORRY_ASKED not in said(d)


def test_a_question_just_after_a_block_is_answered_in_the_fallback(db):
    raise_block("kay", category="suicide_act", kind="crisis")
    before = [{"event": "user", "text": "i can get the bus on my own now. took ages"},
              {"event": "action", "name": "action_crisis_support"},
              {"event": "action", "name": "action_listen"}]
    d = CollectingDispatcher()
    events = after_risk.answer_after_risk(d, tracker("am i in trubble", intent="nlu_fallback",
                                                     sender="kay", events=before))
    # A question alone after danger to life: answered, the choice (a person first) kept.
    assert events is not None and false_alarm.NOT_IN_TROUBLE in said(d)
    assert false_alarm.SORRY_SHOWN not in said(d)
    assert d.messages[-1]["buttons"][0]["payload"] == "/request_human"
    assert handoffs.latest_for("kay")["reason"] == "crisis"
    d = CollectingDispatcher()
    events = after_risk.answer_after_risk(d, tracker(
        "Eh? I havent taken anything. am i in trubble", intent="nlu_fallback", sender="kay",
        events=before))
    # An act assessed clear is not ended by a denial (actions/false_alarm.stands_firm): the
    # question is answered, and the person first stays on offer.
    assert false_alarm.NOT_IN_TROUBLE in said(d) and false_alarm.SORRY_SHOWN not in said(d)
    assert handoffs.latest_for("kay")["reason"] == "crisis"


def test_a_denial_after_a_lesser_block_is_put_right_in_the_fallback(db):
    raise_block("kay", category="suicide_passive", kind="crisis")
    before = [{"event": "user", "text": "i cant walk to the bus"},
              {"event": "action", "name": "action_crisis_support"},
              {"event": "action", "name": "action_listen"}]
    d = CollectingDispatcher()
    after_risk.answer_after_risk(d, tracker(
        "Eh? I havent taken anything. am i in trubble", intent="nlu_fallback", sender="kay",
        events=before))
    assert false_alarm.NOT_IN_TROUBLE in said(d) and false_alarm.SORRY_SHOWN in said(d)
    assert handoffs.latest_for("kay")["reason"] == "request"


def test_the_protest_at_the_wish_is_read_as_a_denial(db):
    at_wish = tracker("omg nobody is taking my money!! this bot is so jumpy",
                      {"requested_slot": "safety_wish"}, loop="self_assessment_form")
    assert denied_after_block(at_wish, Turn("inform", 0.9, at_wish.latest_message["text"]))
    wish = tracker("i just want someone to know", {"requested_slot": "safety_wish"},
                   loop="self_assessment_form")
    assert not denied_after_block(wish, Turn("inform", 0.9, "i just want someone to know"))
    safe_now = tracker("nobody is hurting me", {"safety_category": crisis_care.ASKED_NOW[0]},
                       loop="self_assessment_form")
    assert not denied_after_block(safe_now, Turn("inform", 0.9, "nobody is hurting me"))


# ---- the quiet spell ----------------------------------------------------------------------

def after_block(denial, *later, kind="safeguarding"):
    net = {"tier": "clear", "kind": kind, "category": "abuse_financial", "signal": "model"}
    def user(text, intent="inform", **more):
        return {"event": "user", "text": text,
                "parse_data": {"intent": {"name": intent}, **more}}

    def act(*names):
        return [{"event": "action", "name": name} for name in names]

    events = [user("a job coach maybe? and my benefits", "safeguarding_concern", safety_net=net)]
    events += act("action_safeguarding_support", "self_assessment_form")
    events += [{"event": "slot", "name": "requested_slot", "value": "safety_wish"}]
    events += act("action_listen") + [user(denial)]
    for text in later:
        events += act("self_assessment_form", "action_listen") + [user(text)]
    return events


def test_a_denial_after_a_block_starts_the_quiet_spell():
    events = after_block("omg nobody is taking my money!! this bot is so jumpy",
                         *["a bit more about my week"] * 8, "a cleaner would be good, is that paid")
    said_no = last_no(events)
    assert said_no is not None and said_no[0] == "safeguarding"
    model = {"tier": "clear", "kind": "safeguarding", "category": "abuse_financial",
             "signal": "model"}
    text = "a cleaner would be good, is that paid"
    assert quiet_after_no(events, model, text=text)                     # blocks too
    assert quiet_after_no(events, dict(model, tier="check_in"), text=text)
    assert not quiet_after_no(events, dict(model, signal="pattern"), text=text)
    assert not quiet_after_no(events, dict(model, kind="crisis"), text=text)


def test_a_wish_after_a_block_does_not_start_it():
    assert last_no(after_block("i want him to stop, please tell someone")) is None


# ---- going for now --------------------------------------------------------------------

GOING = ["she dresses herself i said that. ok i have to go back in. can i finish this tonight",
         "i have to go back to work", "can i finish this tonight", "gotta go back in now",
         "can we do the rest tomorrow", "my break is over, can i carry on later"]
STAYING = ["i went back to work last year", "she goes back in to hospital",
           "i finished it yesterday"]


def test_going_for_now_is_read_and_everyday_talk_is_not():
    from bot.answers.leaving import goes_for_now
    assert [t for t in GOING if not goes_for_now(t)] == []
    assert [t for t in STAYING if goes_for_now(t)] == []


def waiting_tracker(sender):
    return Tracker(sender, {}, {"text": "x"}, [], False, None, {}, "action_listen")


def test_going_back_in_after_a_denied_alarm_is_not_the_danger_goodbye(db):
    from actions.waiting import waiting_lines
    row = raise_block("lisa", category="suicide_act", kind="crisis")
    text = "ok i have to go back in"
    assert crisis_care.CANNOT_STAY_OK in waiting_lines(waiting_tracker("lisa"), text, True)
    put_right.mark_not_a_concern("lisa", row["reference"], "nobody has taken anything")
    assert waiting_lines(waiting_tracker("lisa"), text, in_form=True) is None


def test_the_goodbye_and_the_pause_follow_what_stands(db):
    from actions.conversation import said_crisis
    row = raise_block("pat", category="suicide_act", kind="crisis")
    assert said_crisis("pat")
    put_right.mark_not_a_concern("pat", row["reference"], "i havent hurt myself lol")
    assert not said_crisis("pat")
    assert put_right.told_still("pat") is None


def test_after_a_denial_a_block_from_the_classifier_alone_is_not_shown_again(db):
    from bot import form_slots as fs
    later = "a cleaner would be good, is that something i pay for"
    model = {"tier": "clear", "kind": "safeguarding", "category": "abuse_financial",
             "signal": "model"}
    events = after_block("omg nobody is taking my money!! this bot is so jumpy")
    events += [{"event": "action", "name": "self_assessment_form"},
               {"event": "slot", "name": "requested_slot", "value": "sa_outcome_home_safe"},
               {"event": "action", "name": "action_listen"}]
    quiet = Tracker("quiet", {"requested_slot": "sa_outcome_home_safe"},
                    {"text": later, "intent": {"name": "safeguarding_concern"},
                     "entities": [], "safety_net": model},
                    events + [{"event": "user", "text": later}], False, None,
                    {"name": "self_assessment_form"}, "action_listen")
    d = CollectingDispatcher()
    out = asyncio.run(safety_actions.ActionSafeguardingSupport().run(d, quiet, {}))
    assert d.messages == [] and handoffs.latest_for("quiet") is None
    assert slots_of(out) == {"safety_check": fs.NOT_NEEDED, "sa_outcome_home_safe": later}
    # A reviewed pattern still gives the block.
    pattern = Tracker("loud", {"requested_slot": "sa_outcome_home_safe"},
                      {"text": "my son takes my pension every week", "entities": [],
                       "intent": {"name": "safeguarding_concern"},
                       "safety_net": dict(model, signal="pattern")},
                      events + [{"event": "user", "text": "my son takes my pension every week"}],
                      False, None, {"name": "self_assessment_form"}, "action_listen")
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionSafeguardingSupport().run(d, pattern, {}))
    assert handoffs.latest_for("loud")["reason"] == "safeguarding"


# Round eleven: checking that the team took a number down is not a protest at the alarm.
@pytest.mark.parametrize("text", [
    "I've just told you what I want. Ring Pauline on 0113 496 0388, Thursday dinnertime. Have you got that?",
    "her number is 07700 900123, thursdays after 2. you got that?",
    "have you got all that down, the number and the time",
])
def test_checking_a_number_was_taken_down_is_not_a_denial(text):
    assert not false_alarm.denies(text)
