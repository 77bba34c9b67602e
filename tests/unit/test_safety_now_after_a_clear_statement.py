"""After a clear statement of suicide risk ("I want to kill myself", "im going to end it
tonight", "i've taken all my tablets") the person has told us: the direct yes/no question
("Are you thinking about ending your life?") is not asked. The crisis block comes at once,
then safety now: "Are you safe right now?", or after an act "Have you called 999?", with
buttons, then the right route. The direct question stays for possible danger only.
Fresh words throughout (issue 12)."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import safety as safety_actions
from actions.form_engine import Turn, own_reply_after_sign, read_after_sign
from bot import crisis_care as care
from bot import form_slots as fs
from bot.answers.check_in import check_in_answer
from bot.data import handoffs
from fake_tracker import said, slots_of


def tracker(text, slots=None, intent="crisis", found=None, loop="experience_survey_form",
            sender="now-test"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": [],
               "safety_net": found or {}, "metadata": {"channel": "web"}}
    return Tracker(sender, dict(slots or {}), message, [{"event": "user", "text": text}],
                   False, None, {"name": loop} if loop else {}, "action_listen")


def buttons(d):
    return [b["title"] for m in d.messages for b in m.get("buttons") or []]


def clear(category):
    return {"tier": "clear", "kind": "crisis", "category": category}


# ---- which step follows the card ---------------------------------------------------------

@pytest.mark.parametrize("category, text, state", [
    ("suicide_thoughts", "I want to kill myself", care.SAFE_NOW_STATE),
    ("suicide_plan_time", "im going to end it tonight", care.SAFE_NOW_STATE),
    ("suicide_passive", "i just want to die", care.SAFE_NOW_STATE),
    ("suicide_method", "im gonna jump off the bridge", care.SAFE_NOW_STATE),
    ("suicide_act", "i've taken all my tablets", care.ACT_STATE)])
def test_a_clear_statement_is_asked_about_safety_now(category, text, state):
    assert care.explicit_state(category, "clear", text) == state


@pytest.mark.parametrize("category, tier", [
    ("suicide_passive", "check_in"), ("suicide_thoughts", "check_in"),
    ("medical_emergency", "clear"), ("safeguarding_financial", "clear"), (None, "clear")])
def test_possible_danger_and_other_kinds_keep_their_step(category, tier):
    assert care.explicit_state(category, tier) is None


@pytest.mark.parametrize("text, category, loop", [
    ("honestly i just want to kill myself", "suicide_thoughts", "experience_survey_form"),
    ("gonna end it all tonight when hes asleep", "suicide_plan_time", "self_assessment_form"),
    ("i wish i was dead, i mean it", "suicide_passive", None),
])
def test_in_a_form_or_out_the_step_is_are_you_safe_not_the_direct_question(
        db, text, category, loop):
    d = CollectingDispatcher()
    events = safety_actions.respond(d, tracker(text, {"requested_slot": "sv_q2"},
                                               found=clear(category), loop=loop),
                                    "crisis", "crisis")
    slots = slots_of(events)
    assert slots["safety_category"] == care.SAFE_NOW_STATE
    assert slots["safety_next"] is None          # the step after the card is asked next
    assert d.messages[0]["custom"]["type"] == "safety"     # the crisis block at once
    assert "ending your life" not in said(d)
    if loop is None:
        # outside a form the same step is opened, not "Carry on" buttons under the block
        assert any(e.get("event") == "followup" and e.get("name") == safety_actions.WISH_FORM
                   for e in events)
        assert "Carry on" not in buttons(d)


def ask(state, turn_note="sv_q2:answer"):
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionAskSafetyNext().run(
        d, tracker("x", {"safety_category": state, "turn_note": turn_note}), {}))
    return d


def test_the_safety_now_question_and_its_buttons():
    d = ask(care.SAFE_NOW_STATE)
    assert "Are you safe right now?" in said(d) and "ending your life" not in said(d)
    assert buttons(d) == ["Yes, I am safe for now", "No, I am not safe", "Talk to someone now"]
    d = ask(care.ACT_STATE)
    assert "Have you called 999?" in said(d)
    assert buttons(d) == ["Yes, I have called", "No", "Talk to someone now"]


def test_after_safe_for_now_a_person_comes_first():
    d = ask(care.CHOOSE_STATE)
    assert buttons(d) == ["Talk to someone now", "Carry on", "Stop for now"]


# ---- reading the reply ---------------------------------------------------------------------

def step(text, asked):
    return care.read_next_step(text, talk_now=False, check_in=check_in_answer(text),
                               asked=asked)


@pytest.mark.parametrize("text", ["/deny", "no", "no im not", "not really safe no",
                                  "i dont feel safe", "ive already taken some"])
def test_not_safe_gets_999_and_a_person(text):
    s = step(text, care.SAFE_NOW_STATE)
    assert s.state == "not_safe" and s.state_after == care.TALK_NOW_STATE
    assert "999" in " ".join(s.lines) and not s.carry_on


@pytest.mark.parametrize("text", ["/affirm", "yes", "yeah im safe for now",
                                  "im ok at the moment", "i am not going to do anything tonight"])
def test_safe_for_now_moves_to_the_choice(text):
    s = step(text, care.SAFE_NOW_STATE)
    assert s.state == "safe_for_now" and s.state_after == care.CHOOSE_STATE
    assert not s.carry_on


@pytest.mark.parametrize("text", ["id rather not say", "/skip"])
def test_rather_not_say_keeps_the_numbers_and_a_person(text):
    s = step(text, care.SAFE_NOW_STATE)
    assert s.state_after == care.TALK_NOW_STATE and "116 123" in " ".join(s.lines)


@pytest.mark.parametrize("text, state", [
    ("/affirm", "help_called"), ("yes the ambulance is on its way", "help_called"),
    ("my daughter has rung them", "help_called"), ("paramedics are coming", "help_called"),
    ("/deny", "not_called"), ("no", "not_called"), ("not yet", "not_called"),
    ("i dont want to call anyone", "not_called")])
def test_after_an_act_the_reply_about_999(text, state):
    s = step(text, care.ACT_STATE)
    assert s.state == state and s.state_after == care.TALK_NOW_STATE
    if state == "not_called":
        assert "call 999 now" in " ".join(s.lines).lower()


@pytest.mark.parametrize("text", ["/affirm", "carry on", "yes lets keep going"])
def test_carrying_on_after_safe_for_now_is_noted_as_not_resolved(text):
    s = step(text, care.CHOOSE_STATE)
    assert s.carry_on and s.note.startswith("Not resolved")


def test_an_ambulance_said_at_have_you_called_is_the_answer_not_a_new_emergency():
    t = tracker("yes the ambulance is on its way", {"safety_category": care.ACT_STATE},
                found={"tier": "clear", "kind": "crisis", "category": "medical_emergency"})
    assert own_reply_after_sign(t, Turn("crisis", 0.9, "yes the ambulance is on its way"))
    other = tracker("my husband has collapsed and wont wake up",
                    {"safety_category": care.ACT_STATE},
                    found={"tier": "clear", "kind": "crisis", "category": "medical_emergency"})
    assert not own_reply_after_sign(other, Turn("crisis", 0.9,
                                                "my husband has collapsed and wont wake up"))


def test_not_safe_is_on_the_hand_off_for_staff(db):
    row = handoffs.create_handoff("now-test", "crisis", summary="i want to kill myself")
    d = CollectingDispatcher()
    slots = read_after_sign(d, tracker("/deny", {"safety_category": care.SAFE_NOW_STATE,
                                                 "handoff_reference": row["reference"]},
                                       intent="deny"),
                            "safety_next", Turn("deny", 1.0, "/deny"))
    assert slots["safety_category"] == care.TALK_NOW_STATE and slots["safety_next"] is None
    assert "NOT safe" in handoffs.latest_for("now-test")["summary"]
    assert "999" in said(d)


def test_safe_for_now_then_carry_on_goes_back_to_the_questions(db):
    d = CollectingDispatcher()
    slots = read_after_sign(d, tracker("/affirm", {"safety_category": care.SAFE_NOW_STATE},
                                       intent="affirm"),
                            "safety_next", Turn("affirm", 1.0, "/affirm"))
    assert slots["safety_category"] == care.CHOOSE_STATE and slots["safety_next"] is None
    d = CollectingDispatcher()
    slots = read_after_sign(d, tracker("/affirm", {"safety_category": care.CHOOSE_STATE},
                                       intent="affirm"),
                            "safety_next", Turn("affirm", 1.0, "/affirm"))
    assert slots["safety_next"] == fs.NOT_NEEDED


# ---- the quick exit on the web chat ----------------------------------------------------------

@pytest.mark.parametrize("channel, signal", [("web", True), ("telegram", False)])
def test_the_quick_exit_tells_the_web_chat_to_clear_the_screen(db, channel, signal):
    text = "shes just come in i have to go"
    message = {"text": text, "intent": {"name": "safety_check_in", "confidence": 0.9},
               "entities": [], "metadata": {"channel": channel},
               "safety_net": {"tier": "none", "kind": "route", "category": "quick_exit",
                              "route": "quick_exit"}}
    t = Tracker("exit-test", {}, message, [{"event": "user", "text": text}], False, None, {},
                "action_listen")
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionSafetyCheckIn().run(d, t, {}))
    assert len(d.messages) == 1 and not d.messages[0].get("buttons")
    custom = d.messages[0].get("custom") or {}
    assert (custom.get("type") == "quick_exit") is signal
    assert "999" in d.messages[0]["text"]


# ---- persona round (crisis7): breaks kept, each with fresh variants ----------------------------

@pytest.mark.parametrize("text", [
    # a carer at breaking point: a thought of the means, nothing done yet
    "some nights i think id be better off dead, i could just take all his morphine",
    "i might swallow the lot of my pills one of these nights",
    "im tempted to take everything in the cupboard",
    "thinking about taking all my tablets tonight",
])
def test_a_means_thought_of_is_asked_are_you_safe_not_have_you_called_999(text):
    # said outright ("better off dead"): are you safe; only hinted: the direct question
    assert care.explicit_state("suicide_act", "clear", text) != care.ACT_STATE


@pytest.mark.parametrize("text", [
    "ive taken all my tablets", "i took an overdose about an hour ago",
    "just swallowed the whole packet of paracetamol", "i have already taken them all",
])
def test_something_already_done_is_asked_about_999(text):
    assert care.explicit_state("suicide_act", "clear", text) == care.ACT_STATE


@pytest.mark.parametrize("text", ["Carry on", "can we just get on with the questions",
                                  "move on please", "next question"])
def test_carry_on_at_are_you_safe_is_accepted_and_noted_not_read_as_yes(text):
    s = step(text, care.SAFE_NOW_STATE)
    assert s.carry_on and s.note.startswith("Not resolved")
    assert "116 123" in " ".join(s.lines)


@pytest.mark.parametrize("text", ["Carry on", "im fine honestly, carry on",
                                  "im ok now", "lets just move on"])
def test_after_an_act_carrying_on_still_gets_call_999_now(text):
    s = step(text, care.ACT_STATE)
    assert s.state == "not_called" and not s.carry_on
    assert "call 999 now" in " ".join(s.lines).lower()


@pytest.mark.parametrize("text", [
    "strongly disagree. wont matter after the weekend anyway, ive sorted everything out",
    "the dog is going to my sister and ive written letters for the kids",
    "everything is in order now, you wont hear from me after friday",
])
def test_a_preparation_not_said_outright_keeps_the_direct_question(text):
    assert care.explicit_state("suicide_preparation", "clear", text) is None


@pytest.mark.parametrize("text", [
    "ive got my tablets saved up because i want to die",
    "ive sorted everything, im going to kill myself",
    "letters are written, i just wish i was dead",
])
def test_a_preparation_said_outright_is_asked_about_safety_now(text):
    assert care.explicit_state("suicide_preparation", "clear", text) == care.SAFE_NOW_STATE


# ---- coming back after a quick exit ---------------------------------------------------------

def back_tracker(text, category="missing_adult", sender="back-test"):
    message = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
               "metadata": {"channel": "web"},
               "safety_net": {"tier": "clear", "kind": "crisis", "category": category}}
    return Tracker(sender, {"paused_form": "experience_survey_form",
                            "handoff_reference": None}, message,
                   [{"event": "user", "text": text}], False, None, {}, "action_listen")


@pytest.mark.parametrize("text", [
    "hello its me again, hes gone out", "ok shes left now", "im back, theyve gone to bed",
    "hi again, he's just gone to the pub"])
def test_back_after_a_quick_exit_is_welcomed_not_a_missing_adult(db, text):
    from bot import store
    store.save_record("back-test", "safety", {"words": "my son takes my pension", "tier": "clear",
                                              "kind": "safeguarding",
                                              "category": "abuse_financial"})
    store.save_record("back-test", "safety", {"words": "hes back i have to go",
                                              "kind": "quick_exit", "tier": "none",
                                              "category": None})
    d = CollectingDispatcher()
    events = asyncio.run(safety_actions.ActionCrisisSupport().run(d, back_tracker(text), {}))
    assert not any(m.get("custom") for m in d.messages)
    assert "glad you came back" in said(d) and "How are you right now?" in said(d)
    assert buttons(d) == ["Carry on", "Talk to someone now"]
    assert any(e.get("event") == "followup" and e.get("name") == "action_listen" for e in events)


@pytest.mark.parametrize("text, category", [
    ("hello its me again, hes gone out", "missing_adult"),       # no quick exit before
])
def test_without_a_quick_exit_before_the_card_is_given(db, text, category):
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionCrisisSupport().run(
        d, back_tracker(text, category, sender="back-none"), {}))
    assert any((m.get("custom") or {}).get("type") == "safety" for m in d.messages)


def test_real_danger_when_back_still_gets_the_card(db):
    from bot import store
    store.save_record("back-danger", "safety", {"words": "hes back i have to go",
                                                "kind": "quick_exit", "tier": "none",
                                                "category": None})
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionCrisisSupport().run(
        d, back_tracker("im back, he hit me and hes gone out, im bleeding", "medical_emergency",
                        sender="back-danger"), {}))
    assert any((m.get("custom") or {}).get("type") == "safety" for m in d.messages)


@pytest.mark.parametrize("text, paused, wanted", [
    ("hello again its me from before", "experience_survey_form",
     ["Talk to someone now", "Carry on"]),
    ("hiya im back", "carer_assessment_form", ["Talk to someone now", "Carry on"]),
    ("its me again", None, ["Talk to someone now"]),
])
def test_coming_back_after_risk_offers_carry_on_when_questions_were_paused(db, text, paused,
                                                                          wanted):
    from actions import after_risk
    from bot import store
    sender = "back-risk-" + (paused or "none")
    store.save_record(sender, "safety", {"words": "going to end my life this weekend",
                                         "kind": "crisis", "tier": "clear",
                                         "category": "suicide_plan_time"})
    t = Tracker(sender, {"paused_form": paused}, {"text": text, "intent": {"name": "greet"}},
                [{"event": "user", "text": text}], False, None, {}, "action_listen")
    d = CollectingDispatcher()
    assert after_risk.coming_back(d, t, text) is not None
    assert buttons(d) == wanted
    assert "this weekend" in said(d)


@pytest.mark.parametrize("text, category", [
    # an older man's goodbyes, given the plan-with-a-time category: still only signs
    ("maybe I won't bother after all. I gave my medals to my grandson on sunday and I've "
     "written to my daughter. everything's in order now", "suicide_plan_time"),
    ("ive paid the funeral plan off and sorted the cat for friday", "suicide_plan_time"),
    ("I've got my tablets saved up so it won't be any bother to anyone",
     "suicide_method"),
])
def test_signs_in_any_category_keep_the_direct_question_unless_said_outright(text, category):
    assert care.explicit_state(category, "clear", text) is None
