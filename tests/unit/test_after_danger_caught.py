"""After the safety net has caught real danger (issue 12 items 4-5, persona round 5-B):
the direct question inside a form, a plan said plainly, "next question" accepted gently and
noted for staff, risk kept out of anonymous survey comments, every risk message on the
hand-off, no anonymity promise after risk, honest words while waiting, and coming back
linked to the earlier risk. Fresh words throughout, not the tester's."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import after_risk, safety as safety_actions, survey as survey_actions
from actions.form_engine import Turn, read_after_sign
from bot import crisis_care as care
from bot import form_slots as fs
from bot import store
from bot.data import handoffs
from bot.markers import SKIPPED
from fake_tracker import said


# ---- pure judgements ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my pills are all saved in the drawer, and my brother is having the cat from sunday",
    "been stockpiling my meds, said my goodbyes to the lads, tonight is the night",
    "thank you for all of it. the tablets are ready for the weekend",
])
def test_means_with_a_time_or_goodbyes_is_a_plan(text):
    assert care.is_plan("suicide_preparation", text, [])


@pytest.mark.parametrize("text", [
    "theres no point any more, got it all sorted for after tuesday",
    "i just want it all to stop",
])
def test_a_first_hint_alone_is_not_yet_a_plan(text):
    assert not care.is_plan("suicide_preparation", text, [])


def test_a_second_sign_after_an_earlier_one_is_a_plan():
    earlier = [{"category": "suicide_thoughts", "tier": "clear", "words": "x"}]
    assert care.is_plan("suicide_plan_time", "saturday is still the day i think", earlier)
    assert not care.is_plan("safeguarding_financial", "saturday is the day", earlier)


@pytest.mark.parametrize("words, when", [
    (["things are in order for after thurs"], "Thursday"),
    (["its all happening tonight"], "tonight"),
    (["nothing about a day here"], None),
])
def test_the_day_said_is_named_back(words, when):
    assert care.when_said(words) == when


@pytest.mark.parametrize("text", [
    "honestly im not about to do anything stupid, just ask me the next one",
    "dont worry about me. carry on",
    "i wont do owt daft. move on please",
])
def test_playing_it_down_is_accepted_gently_and_kept_open(text):
    step = care.read_next_step(text, talk_now=False, check_in=None)
    assert step.carry_on and step.state == "played_down"
    said = " ".join(step.lines)
    assert care.SAMARITANS in said and "check in" in said
    assert step.note.startswith("Not resolved")


def test_a_yes_offers_a_person_now_and_never_carries_on():
    step = care.read_next_step("/affirm", talk_now=False, check_in=None)
    assert not step.carry_on and step.talk_now
    assert "116 123" in " ".join(step.lines) and "999" in " ".join(step.lines)


def test_hopelessness_is_answered_not_misunderstood():
    step = care.read_next_step("nobody can help with it anyway", talk_now=True, check_in=None)
    assert not step.carry_on and step.lines == [care.HOPELESS_REPLY]


@pytest.mark.parametrize("text, kind", [
    ("hello?? is anybody actually going to come", "asks"),
    ("how long will they be", "asks"),
    ("right ill hang on then", "will_wait"),
    ("i cant stay long, she'll be home soon", "cannot_stay"),
    ("got to go, hes back", "cannot_stay"),
    ("thanks for the leaflet", None),
])
def test_waiting_messages(text, kind):
    assert care.waiting_kind(text) == kind


def test_waiting_reply_is_honest_out_of_hours_and_gives_numbers_after_risk():
    lines = care.waiting_reply("asks", reference="ABC-123", is_open=False, minutes=20,
                               next_open="tomorrow at 9am", phone="0300", taken=False,
                               risk=True)
    said = " ".join(lines)
    assert "Not right now" in said and "tomorrow at 9am" in said
    assert "ABC-123" in said and "116 123" in said and "999" in said


def test_someone_who_cannot_stay_gets_a_way_back_not_please_stay():
    lines = care.waiting_reply("cannot_stay", reference="ABC-123", is_open=True, minutes=20,
                               next_open="", phone="0300 123 4567", taken=False, risk=False,
                               harm=True)
    said = " ".join(lines)
    assert "ABC-123" in said and "stay here" not in said.lower().replace("do not have to stay here", "")
    assert "55" in said


# ---- the actions ----------------------------------------------------------------------------

def tracker(text, slots=None, intent="crisis", found=None, loop="experience_survey_form",
            sender="crisis-test"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": [],
               "safety_net": found or {}}
    return Tracker(sender, dict(slots or {}), message, [{"event": "user", "text": text}],
                   False, None, {"name": loop} if loop else {}, "action_listen")


def buttons(dispatcher):
    return [b["title"] for m in dispatcher.messages for b in m.get("buttons") or []]


HINT = {"tier": "clear", "kind": "crisis", "category": "suicide_preparation"}


def test_risk_in_a_survey_comment_stays_out_of_the_anonymous_answers(db):
    d = CollectingDispatcher()
    events = safety_actions.respond(d, tracker(
        "ta for all your help. wont need the sitter after sunday, pills are saved",
        {"requested_slot": "survey_comments"}, found=HINT), "crisis", "crisis")
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["survey_comments"] == SKIPPED
    assert slots["safety_category"] == care.TALK_NOW_STATE    # means and a time: a plan
    assert slots["safety_next"] is None


def test_every_risk_message_goes_on_the_hand_off(db):
    first = "doesnt much matter, its all arranged for after wednesday"
    second = "my tablets are counted out and the budgie is going to my neighbour"
    for text in (first, second):
        safety_actions.respond(CollectingDispatcher(), tracker(
            text, {"requested_slot": "sv_q2"}, found=HINT), "crisis", "crisis")
    summary = handoffs.latest_for("crisis-test")["summary"]
    assert first in summary and second in summary


def ask_next(slots, sender="crisis-test"):
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionAskSafetyNext().run(
        d, tracker("x", slots, sender=sender), {}))
    return d


def test_a_first_hint_gets_the_direct_question_with_a_person_first(db):
    store.save_record("crisis-test", "safety", {"words": "sorted for after thursday",
                                                "kind": "crisis", "tier": "clear",
                                                "category": "suicide_preparation"})
    d = ask_next({"safety_category": "suicide_preparation", "turn_note": "sv_q3:answer"})
    assert "ending your life" in said(d) and "Thursday" in said(d)
    assert buttons(d)[0] == "Talk to someone now"
    assert "Carry on with the questions" not in buttons(d)


def test_a_plan_is_said_plainly_with_no_carry_on_button(db):
    d = ask_next({"safety_category": care.TALK_NOW_STATE, "turn_note": "sv_q3:answer"})
    assert "plan to end your life" in said(d) and "116 123" in said(d) and "999" in said(d)
    assert buttons(d) == ["Talk to someone now", "Stop for now"]


def test_a_no_to_the_check_in_just_now_is_not_asked_again(db):
    """ "No, certainly not. Why would you ask me that?": the direct question once, not twice."""
    text = "No, certainly not. Why would you ask me that? I only wanted to know about a letter"
    events = [{"event": "slot", "name": "safety_concern", "value": "crisis"},
              {"event": "slot", "name": "safety_category", "value": "suicide_passive"},
              {"event": "action", "name": "action_safety_check_in"},
              {"event": "user", "text": text,
               "parse_data": {"intent": {"name": "deny"}}}]
    d = CollectingDispatcher()
    t = Tracker("crisis-test", {"safety_category": "suicide_passive"}, {"text": text},
                events, False, None, {"name": "safety_wish_form"}, "action_listen")
    asyncio.run(safety_actions.ActionAskSafetyNext().run(d, t, {}))
    assert "ending your life" not in said(d)
    assert buttons(d)[0] == "Carry on with the questions"


def test_other_disclosures_keep_the_usual_step(db):
    d = ask_next({"safety_category": None})
    assert buttons(d)[0] == "Carry on with the questions"


def test_next_question_after_a_sign_is_noted_as_not_resolved(db):
    row = handoffs.create_handoff("crisis-test", "crisis", summary="first words")
    d = CollectingDispatcher()
    text = "look im not gonna do anything silly. next question please"
    slots = read_after_sign(d, tracker(text, {"safety_category": "suicide_preparation",
                                              "handoff_reference": row["reference"]},
                                       intent="deny"),
                            "safety_next", Turn("deny", 0.9, text))
    assert slots["safety_next"] == fs.NOT_NEEDED
    assert "116 123" in said(d)
    assert "Not resolved" in handoffs.latest_for("crisis-test")["summary"]


def test_a_plan_told_at_the_step_offers_a_person_at_once(db):
    store.save_record("crisis-test", "safety", {"words": "it is all sorted for after monday",
                                                "kind": "crisis", "tier": "clear",
                                                "category": "suicide_preparation"})
    d = CollectingDispatcher()
    text = "the paracetamol is put by and my sister has the dog from monday"
    slots = read_after_sign(d, tracker(text, {"safety_category": "suicide_preparation"},
                                       found=HINT),
                            "safety_next", Turn("crisis", 0.9, text))
    assert slots["safety_next"] is None and slots["safety_category"] == care.TALK_NOW_STATE
    assert "plan to end your life on Monday" in said(d)


def survey_end(sender, slots):
    d = CollectingDispatcher()
    asyncio.run(survey_actions.ActionFinishSurvey().run(
        d, tracker("No thanks", dict({"survey_type": "carer", "survey_contact_ok": "no"},
                                     **slots), loop=None, sender=sender), {}))
    return d


def test_after_risk_the_survey_end_promises_no_anonymity_and_repeats_the_numbers(db):
    store.save_record("risky", "safety", {"words": "x", "kind": "crisis", "tier": "clear",
                                          "category": "suicide_thoughts"})
    d = survey_end("risky", {"handoff_reference": "QQQ-111"})
    assert "do not say who you are" not in said(d)
    assert "QQQ-111" in said(d) and "116 123" in said(d)
    plain = survey_end("calm", {})
    assert "do not say who you are" in said(plain)


def test_after_risk_the_contact_question_asks_for_a_way_to_reach_them(db):
    store.save_record("risky2", "safety", {"words": "x", "kind": "crisis", "tier": "check_in",
                                           "category": "suicide_passive"})
    d = CollectingDispatcher()
    asyncio.run(survey_actions.ActionAskSurveyContactOk().run(
        d, tracker("x", {}, sender="risky2"), {}))
    assert said(d) == care.ASK_REACH_AFTER_RISK


def outside(text, sender, slots=None, intent="nlu_fallback"):
    d = CollectingDispatcher()
    events = after_risk.answer_after_risk(d, tracker(text, slots, intent=intent, loop=None,
                                                     sender=sender))
    return d, events


def test_is_someone_coming_is_answered_from_the_hand_off(db):
    row = handoffs.create_handoff("waiter", "crisis", summary="x")
    store.save_record("waiter", "safety", {"words": "x", "kind": "crisis", "tier": "clear",
                                           "category": "suicide_thoughts"})
    d, events = outside("so is a real person actually coming or what", "waiter")
    assert events is not None
    assert row["reference"] in said(d) and "116 123" in said(d)
    assert "did not understand" not in said(d)


def test_coming_back_after_risk_is_linked_to_it(db):
    store.save_record("back", "safety", {"words": "its all sorted for after saturday",
                                         "kind": "crisis", "tier": "clear",
                                         "category": "suicide_preparation"})
    d, events = outside("hiya, me again from earlier", "back", intent="greet")
    assert "Earlier you told me about Saturday." in said(d) and "right now" in said(d)
    assert buttons(d)[0] == "Talk to someone now"


def test_a_worded_yes_to_the_abuse_question_stays_in_the_thread(db):
    d, events = outside("yes like i already told you, its my grandson", "gran",
                        {"safety_concern": "safeguarding"}, intent="greet")
    assert events is not None and care.SORRY_YOU_TOLD in said(d)
    assert "Hello. I am the care and support helper" not in said(d)


def test_someone_leaving_with_only_a_hint_gets_a_way_back_not_a_question(db):
    from actions.form_engine import leaving_now
    assert leaving_now(Turn("safety_check_in", 0.8, "sorry cant stay long, need to go soon"))
    assert not leaving_now(Turn("crisis", 0.9, "got to go, hes got a knife"))
    handoffs.create_handoff("leaver", "safeguarding", summary="x")
    d = CollectingDispatcher()
    events = asyncio.run(safety_actions.ActionSafetyCheckIn().run(d, tracker(
        "i cant stay long im afraid, i'll have to go soon", {}, intent="safety_check_in",
        found={"tier": "check_in", "kind": "safeguarding", "category": "safeguarding_general"},
        loop=None, sender="leaver"), {}))
    assert "do not have to stay" in said(d) and "Is anyone hurting you" not in said(d)
    assert {"event": "followup", "timestamp": None, "name": "action_listen"} in events


def test_a_waiting_question_with_only_a_hint_is_answered_from_the_hand_off(db):
    row = handoffs.create_handoff("asker", "safeguarding", summary="x")
    store.save_record("asker", "safety", {"words": "x", "kind": "safeguarding",
                                          "tier": "clear", "category": "safeguarding_financial"})
    d = CollectingDispatcher()
    asyncio.run(safety_actions.ActionSafetyCheckIn().run(d, tracker(
        "is somebody going to come and chat to me", {}, intent="safety_check_in",
        found={"tier": "check_in", "kind": "crisis", "category": "crisis_violence"},
        loop=None, sender="asker"), {}))
    assert row["reference"] in said(d) and "Is someone in danger" not in said(d)
    assert "999" in said(d)


# ---- round eight: text-speak after danger, and the promise asked about ---------------------

@pytest.mark.parametrize("text, kind", [
    ("is some1 actually coming on here or not", "asks"),
    ("u said someone was joining??", "asks"),
    ("you said a person would ring", "asks"),
    ("il go now b4 he wakes up", "cannot_stay"),
    ("better go now", "cannot_stay"),
    ("i had better leave now, sorry", "cannot_stay"),
    ("i will go to the shops tomorrow", None),
    ("im going to go to the lunch club", None),
    # a call time, not leaving: "Go safely" to it put "Could not stay" on her hand-off
    ("between 2 and 3 when pete has his nap, otherwise i cant talk properly", None),
    ("mornings, i cant talk when hes up", None),
    ("i cant talk now", "cannot_stay"),
])
def test_waiting_messages_typed_as_people_type(text, kind):
    from bot.sounds_like import as_meant

    assert care.waiting_kind(as_meant(text)) == kind
