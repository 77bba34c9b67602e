"""Round 7 hand-offs that tell the truth and keep what staff need (issue 15): the state of a
call back read from the hand-off ("do not phone" first), a call to someone else ("ring my
mum not me, she is Jackie"), the time the person gave within the council's hours, a
contact-step button pressed at another question, and a complaint kept whole and private."""
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from actions.form_engine import read_answer
from actions.handoff import ActionHandoff
from actions.safety import ActionKindRoute
from bot import call_times, hours, store
from bot import form_slots as fs
from bot.answers.callback_talk import COMPLAINT_PRIVATE, STILL_COMING, callback_question
from bot.answers.complaint_private import asks_if_kept_private
from bot.answers.complaint_story import complaint_messages
from bot.answers.someone_else import asks_to_call_someone_else, someone_else_in
from bot.data import handoffs
from fake_tracker import action_tracker, run_action
from bot.nlu.commands import typed_intent

LONDON = ZoneInfo("Europe/London")
THURSDAY_EVENING = datetime(2026, 11, 26, 18, 30, tzinfo=LONDON)
THURSDAY_MORNING = datetime(2026, 11, 26, 10, 0, tzinfo=LONDON)
SATURDAY = datetime(2026, 11, 28, 11, 0, tzinfo=LONDON)


def _tracker(text, slots, intent="request_human", before=(), loop=None, sender="r7-caller"):
    return action_tracker(text, slots, intent, before, loop, sender)


_run = run_action


# ---- 1. "will anyone ring me?" is answered from the real state ------------------------------

ASKS_IF_RINGING = [
    "False alarm. Before I go, will anyone ring me? Please just say yes or no.",
    "is someone going to phone me or not",
    "r they still calling me?",
    "so will somebody ring me tomorrow?",
    "are they going to call me back?",
]


@pytest.mark.parametrize("text", ASKS_IF_RINGING)
def test_questions_about_a_call_are_read_as_such(text):
    assert callback_question(text) == STILL_COMING


@pytest.mark.parametrize("text", ASKS_IF_RINGING)
def test_do_not_phone_wins_over_a_hand_off_with_no_call(db, text):
    row = store.create_handoff("r7-caller", "safeguarding", summary="he takes my pension")
    store.note_on_handoff(row["reference"], "Contact: I will pass this on to the team. Do not call.")
    slots = {"handoff_reference": row["reference"],
             "contact_safety": json.dumps({"safe_to_call": False, "note": "he might pick up"})}
    said, _ = _run(ActionHandoff(), _tracker(text, slots))
    assert said.startswith("No. Nobody will phone you.")
    assert "still booked" not in said and row["reference"] in said
    assert len(handoffs.find(per_page=0)[0]) == 1       # no call back made by asking


def test_do_not_phone_said_in_a_saved_contact_record_is_kept(db):
    row = store.create_handoff("r7-caller", "safeguarding", summary="worried")
    store.save_record("r7-caller", "contact", {"contact": {"safe_to_call": False},
                                               "handoff": row["reference"]})
    said, _ = _run(ActionHandoff(), _tracker("will they phone me?", {
        "handoff_reference": row["reference"]}))
    assert said.startswith("No. Nobody will phone you.")


def test_no_hand_off_at_all_is_no_call_back(db):
    said, events = _run(ActionHandoff(), _tracker("will anyone ring me? yes or no", {}))
    assert said.startswith("No. You have not asked for a call back yet.")
    assert handoffs.latest_for("r7-caller") is None


def test_a_message_for_the_team_is_not_a_call_back(db):
    row = store.create_handoff("r7-caller", "request", summary="help with a letter")
    said, _ = _run(ActionHandoff(), _tracker("is someone going to phone me or not", {
        "handoff_reference": row["reference"]}))
    assert said.startswith("No. A call back is not booked.") and row["reference"] in said


def test_asked_for_but_no_number_is_not_booked_and_the_number_is_asked(db):
    row = store.create_handoff("r7-caller", "callback", summary="ring me", callback=True)
    said, events = _run(ActionHandoff(), _tracker("are they going to call me back?", {
        "handoff_reference": row["reference"]}))
    assert "not booked yet" in said and "still booked" not in said
    assert {"event": "followup", "timestamp": None, "name": "contact_form"} in events


def test_booked_says_the_number_the_time_and_no_message(db, monkeypatch):
    # A Monday at 7am, so "9 till 10" is still ahead today whenever the test runs.
    real = hours.local_now
    monkeypatch.setattr(hours, "local_now", lambda now=None: real(
        now or datetime(2026, 11, 23, 7, 0, tzinfo=real().tzinfo)))
    row = store.create_handoff("r7-caller", "callback", summary="ring me", callback=True)
    slots = {"handoff_reference": row["reference"],
             "contact_details": json.dumps({"phone": "07700 900631", "email": None}),
             "contact_time": "9 till 10",
             "contact_safety": json.dumps({"safe_to_call": True, "leave_message": False})}
    said, _ = _run(ActionHandoff(), _tracker("is my call back booked? yes or no", slots))
    assert said.startswith("Yes. Your call back is still booked.")
    assert "07700 900631" in said and "9am and 10am" in said
    assert "not leave a message" in said


# ---- 2. a call to someone else ---------------------------------------------------------------

@pytest.mark.parametrize("text,relation,name", [
    ("can sum1 help me. ring my mum pls not me. she is Jackie 07700 900 563", "mum", "Jackie"),
    ("could you call my daughter instead, her name is Sue, 07700 900111", "daughter", "Sue"),
    ("please phone my son Darren not me, I cant hear on the phone", "son", "Darren"),
    ("my husband can take the call, he is Ron", "husband", "Ron"),
    ("ring my nan please she is called Ivy", "nan", "Ivy"),
    ("my mum fone 07700 900563 her name jackie. not me", "mum", "Jackie"),
])
def test_a_call_to_someone_else_is_read_with_their_name(text, relation, name):
    found = asks_to_call_someone_else(text)
    assert found is not None and found.relation == relation and found.name == name


@pytest.mark.parametrize("text", [
    "i ring my mum every sunday",
    "I called my sister yesterday and she was upset",
    "my dad rings me every day",
    "talk to my friend about it",
    "my mum is Jackie",
])
def test_everyday_talk_about_family_is_not_a_call_request(text):
    assert asks_to_call_someone_else(text) is None


@pytest.mark.parametrize("text", [
    "can sum1 help me. ring my mum pls not me. she is Jackie 07700 900 563",
    "could you call my daughter instead, her name is Sue",
    "please phone my son Darren not me",
    "i want a person to ring my mum",
])
def test_a_call_to_someone_else_asks_for_a_person_whatever_the_guess(text):
    assert typed_intent(text, "out_of_scope", []) == "request_human"


def test_the_name_can_come_in_a_later_message():
    found = someone_else_in(["i want a person to ring my mum", "07700 900563 her name jackie"])
    assert found.staff_line() == "Contact: call Jackie (mum), not the person."


def test_ring_my_mum_is_booked_to_her_and_read_back(db):
    text = "can sum1 help me. ring my mum pls not me. she is Jackie 07700 900 563"
    said, events = _run(ActionHandoff(), _tracker(text, {}))
    row = handoffs.latest_for("r7-caller")
    assert row["callback_requested"]
    # (round 14: her number is on the line too, as not the person's own)
    assert ("Contact: call Jackie (mum) on 07700 900563, not the person. It is not the "
            "person's own number.") in row["summary"]
    assert "ring your mum, Jackie" in said and "not you" in said
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert json.loads(slots["contact_details"])["phone"] == "07700 900563"


@pytest.mark.parametrize("question", [
    "will they ring mum? not me ye?",
    "is somebody going to phone my mum?",
    "are they still calling my mum or not",
])
def test_will_they_ring_mum_is_answered_from_the_hand_off(db, question):
    row = store.create_handoff("r7-caller", "callback", summary="ring my mum", callback=True)
    slots = {"handoff_reference": row["reference"],
             "contact_details": json.dumps({"phone": "07700 900563", "email": None}),
             "contact_time": "after 4",
             "contact_safety": json.dumps({"safe_to_call": True, "leave_message": True})}
    said, _ = _run(ActionHandoff(), _tracker(
        question, slots, before=["ring my mum pls not me. she is Jackie"]))
    assert said.startswith("Yes.") and "ring your mum, Jackie, on 07700 900563, not you" in said
    assert "4pm" in said and "9am" not in said


# ---- 3. the time they gave, within the council's hours ---------------------------------------

@pytest.mark.parametrize("now", [THURSDAY_EVENING, THURSDAY_MORNING, SATURDAY])
@pytest.mark.parametrize("said,expected", [
    ("after 4 she wurks", "after 4pm"),
    ("after 2 when he naps", "after 2pm"),
    ("9 till 10", "between 9am and 10am"),
    ("between 1 and 3", "between 1pm and 3pm"),
])
def test_a_time_within_hours_is_promised_as_given(said, expected, now):
    promise = call_times.promise(said, True, now)
    assert expected in promise and "9am," not in promise


@pytest.mark.parametrize("now", [THURSDAY_EVENING, THURSDAY_MORNING, SATURDAY])
@pytest.mark.parametrize("said", ["after 5pm", "evenings after 6", "after 5.30",
                                  "any evening after 7"])
def test_a_time_outside_hours_is_said_honestly(said, now):
    promise = call_times.promise(said, True, now)
    assert "cannot ring you at the time you gave" in promise
    assert "another time" in promise and "email" in promise
    assert "the time you asked for" not in promise


def test_no_time_or_any_time_uses_the_usual_words():
    assert call_times.promise(None, True, THURSDAY_EVENING) is None
    assert call_times.promise("any time", True, THURSDAY_EVENING) is None
    assert call_times.promise("weekdays before 5", True, THURSDAY_EVENING) is None


def test_the_staff_line_keeps_their_words_and_the_plan():
    line = call_times.staff_line("evenings after 6", THURSDAY_EVENING)
    assert "evenings after 6" in line and "team is closed" in line
    assert call_times.staff_line("after 4", SATURDAY) == \
        "Call time: on Monday after 4pm (they said: after 4)."


# ---- 4. a contact button pressed at another question -----------------------------------------

@pytest.mark.parametrize("payload,leave", [("call_no_message", False),
                                           ("call_and_message", True)])
@pytest.mark.parametrize("slot", ["safety_wish", "sa_good_day"])
def test_a_contact_button_lands_in_the_contact_slot(payload, leave, slot):
    kind = fs.KIND_OF.get(slot, fs.FREE_TEXT)
    reading = read_answer(slot, kind, payload, _tracker(payload, {}))
    assert reading.slots[slot] is None
    assert json.loads(reading.slots["contact_safety"])["leave_message"] is leave


# ---- 5. the complaint, whole, and kept private -------------------------------------------------

KELLY = [
    "ok", "mostly", "nah", "its ok i guess",
    "yes. most of the girls are lovely especially Sandra. but the one who does my mornings, "
    "Kelly, is late nearly every day, ive been sat in my nightie waiting to get to the toilet. "
    "last tuesday she didnt come at all and nobody rang me",
    "no not like that, nobody hits me or anything. its just not good enough. i want to make a "
    "complaint about it properly, not just a survey",
]


def test_the_complaint_carries_every_complaint_message_in_order():
    kept = complaint_messages(KELLY, lambda t: "complain" in t, lambda t: False)
    assert len(kept) == 2 and kept[0].startswith("yes. most of the girls")
    assert "nobody hits me" in kept[1]


def test_the_complaint_hand_off_holds_the_late_carer_and_the_missed_visit(db):
    said, _ = _run(ActionKindRoute(), _tracker(
        KELLY[-1], {"survey_type": "support"}, intent="complaint", before=KELLY[:-1],
        loop="experience_survey_form"))
    summary = handoffs.latest_for("r7-caller")["summary"]
    assert summary.index("Kelly") < summary.index("nobody hits me")
    assert "waiting to get to the toilet" in summary and "didnt come at all" in summary
    assert "mostly" not in summary.split("\n")[0]


@pytest.mark.parametrize("text", [
    "0113 496 0722 thats my landline. will Kelly find out it was me?",
    "afternoons. but you didnt answer me, will the carer know i complained",
    "does the care company get told my name when i complain about one of their staff",
    "can i complain anonymously?",
    "will she take it out on me if i complain?",
])
def test_will_the_carer_find_out_is_a_question_about_privacy(text):
    assert asks_if_kept_private(text) and callback_question(text) == COMPLAINT_PRIVATE


@pytest.mark.parametrize("text", [
    "i know it was me who left the gas on",
    "will she find out about the party?",
    "the carer will know what to do",
    "does my mum know my name",
])
def test_look_alike_talk_is_not_a_privacy_question(text):
    assert not asks_if_kept_private(text)


def test_will_the_carer_find_out_is_answered_honestly_and_noted(db):
    _run(ActionKindRoute(), _tracker(KELLY[-1], {}, intent="complaint", before=KELLY[:-1]))
    row = handoffs.latest_for("r7-caller")
    said, _ = _run(ActionKindRoute(), _tracker(
        "will Kelly find out it was me? i dont want her taking it out on me",
        {"handoff_reference": row["reference"]}, intent="complaint"))
    assert "handled in private" in said and "cannot promise" in said
    assert "different carer" in said and row["reference"] in said
    assert "worried the carer will find out" in handoffs.latest_for("r7-caller")["summary"]


def test_will_the_carer_find_out_before_any_complaint_is_still_answered(db):
    said, _ = _run(ActionKindRoute(), _tracker("will the carer know i complained?", {},
                                               intent="complaint"))
    assert "handled in private" in said


@pytest.mark.parametrize("text", [
    "I would like someone to know, but please do not ring me, he might pick up the phone.",
    "dont phone me whatever you do, he checks my phone",
    "someone should know but it is not safe to call me here",
])
def test_do_not_ring_me_is_a_message_never_a_promised_call(db, text):
    said, events = _run(ActionHandoff(), _tracker(text, {}))
    row = handoffs.latest_for("r7-caller")
    assert not row["callback_requested"] and "Do not call." in row["summary"]
    assert "Nobody will phone you" in said and "call you back" not in said
    said, _ = _run(ActionHandoff(), _tracker("will anyone ring me? yes or no", {
        "handoff_reference": row["reference"]}))
    assert said.startswith("No. Nobody will phone you.")


@pytest.mark.parametrize("earlier", [
    "please don't phone me, my husband might answer. I just need help with shopping.",
    "no phone calls please, text only",
    "it is not safe to call me at home",
])
def test_do_not_phone_typed_earlier_is_respected_without_a_hand_off(db, earlier):
    said, _ = _run(ActionHandoff(), _tracker("so is someone ringing me or not? yes or no", {},
                                             before=[earlier]))
    assert said.startswith("No. Nobody will phone you.")


def test_taking_it_back_later_means_the_usual_answer(db):
    said, _ = _run(ActionHandoff(), _tracker("will anyone ring me?", {}, before=[
        "please don't phone me, he might pick up", "he has gone out, you can ring me now"]))
    assert said.startswith("No. You have not asked for a call back yet.")


# ---- round eight: a day ruled out is never the day promised -------------------------------

@pytest.mark.parametrize("said, allowed", [
    ("mornings but not thursday thats when i go to the doctors", {0, 1, 2, 4, 5, 6}),
    ("any day except monday", {1, 2, 3, 4, 5, 6}),
    ("weekdays apart from friday", {0, 1, 2, 3}),
    ("dont ring on a tuesday, afternoons", {0, 2, 3, 4, 5, 6}),
    ("monday is no good but thursday afternoon", {3}),
    ("not monday or tuesday", {2, 3, 4, 5, 6}),
    ("tuesdays after 2", {1}),
    ("after 4", None),
])
def test_days_ruled_out_are_left_out(said, allowed):
    assert call_times.days_allowed(said) == allowed


@pytest.mark.parametrize("now", [THURSDAY_EVENING, THURSDAY_MORNING, SATURDAY])
def test_the_promised_day_is_never_the_day_they_ruled_out(now):
    promise = call_times.promise("mornings but not thursday", True, now)
    assert promise and "Thursday" not in promise


@pytest.mark.parametrize("said, start, end", [
    ("afternoons but not between 2 and 3 thats when i have my nap", 15, 17),
    ("any time except 1 till 2", 14, 21),
    ("mornings, not 10 to 11", 8, 10),
    ("not after 4", 0, 16),
])
def test_a_time_ruled_out_is_left_out(said, start, end):
    from datetime import time

    assert call_times.window(said) == (time(start), time(end))


@pytest.mark.parametrize("now", [THURSDAY_EVENING, THURSDAY_MORNING, SATURDAY])
def test_the_promised_time_is_never_the_hour_they_ruled_out(now):
    promise = call_times.promise("afternoons but not between 2 and 3, i nap", True, now)
    assert promise and "between 2pm and 3pm" not in promise
