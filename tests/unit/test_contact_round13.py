"""Round 13 (tester B, problems 3, 5, 6, 7): the call-back and the interpreter note.

- "i cant hear the phone" over the carers or the telly is not deafness, and "no my hearing
  is fine, I want a phone call" takes a hearing need back everywhere (web-r13B-71);
- a message about the care visits ("can asha do my wednesday and friday teas instead of
  tracey") is not a new call time; "best time to ring me is any morning after 10" and
  "just put any morning after 10. forget wednesday and friday" are (web-r13B-88);
- the interpreter is for the family member named, not the person typing (web-r13B-83);
- a hand-off where the person gave a number to be phoned on is a call-back.
"""
from __future__ import annotations

import json

import pytest

from actions import call_changes, call_state
from actions.handoff import ActionHandoff
from bot import callback_words
from bot.answers import callback_talk as talk
from bot.answers.call_change import CALLS_OK, NEW_TIME, change_kind, changes_the_call
from bot.answers.contact import parse_contact
from bot.answers.handoff_details import details_in
from bot.answers.interpreter_for import interpreter_for
from bot.data import handoffs
from bot.nlu.commands import typed_intent
from fake_tracker import action_tracker, run_action


# ---- hearing -----------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "not mornings, the carers are in and i cant hear the phone. after 1 is best",
    "i cant hear the phone over the telly",
    "dont ring in the morning, the kids are screaming and i wont hear it",
    "i cant hear my phone when im at work",
    "cant hear the phone ring with the hoover on",
    "i never hear the landline when im out in the garden",
])
def test_not_hearing_the_phone_ring_over_noise_is_not_a_hearing_need(said):
    assert not talk.hard_of_hearing(said)
    found = parse_contact(said)
    assert found.safe_to_call is not False and not found.text_only
    assert not any(line.startswith("Communication: hard of hearing")
                   for line in details_in([said]))


@pytest.mark.parametrize("said", [
    "im deaf", "im hard of hearing so text please", "i cant hear on the phone",
    "my hearing is bad", "i dont hear well", "I can't hear people on the phone, I'm deaf",
    "i cant hear the phone",
])
def test_a_statement_about_their_own_hearing_still_means_no_calls(said):
    assert talk.hard_of_hearing(said)
    assert parse_contact(said).safe_to_call is False


@pytest.mark.parametrize("back", [
    "no my hearing is fine, I want a phone call please, I dont do texts",
    "my hearings fine. ring me please",
    "im not deaf!! i want a call",
    "nothing wrong with my hearing, i just want a phone call",
    "I can hear fine. I dont do texts",
])
def test_a_hearing_need_taken_back_is_gone_everywhere(back):
    said = ["im a bit deaf so text me", back]
    assert talk.hearing_need(said[:1]) and not talk.hearing_need(said)
    assert not any("hard of hearing" in line or "im a bit deaf" in line
                   for line in details_in(said))
    found = parse_contact(back)
    assert found.safe_to_call is True and found.text_only is False
    assert change_kind(back) == CALLS_OK and changes_the_call(back)


@pytest.mark.parametrize("said", [
    "False alarm. Before I go, will anyone ring me? Please just say yes or no.",
    "will they ring me please?", "is someone going to call me instead",
])
def test_a_question_about_the_call_is_not_a_call_asked_for(said):
    assert change_kind(said) != CALLS_OK


@pytest.mark.parametrize("said", ["i dont do emails", "I don't do texting"])
def test_no_texts_alone_is_not_sent_to_the_hand_off(said):
    assert not changes_the_call(said)


def test_the_hearing_reply_is_not_said_for_a_noisy_house(db):
    text = ("can someone ring me back about a sitter for my wife. not mornings, the carers "
            "are in and i cant hear the phone. after 1 is best")
    said, events = run_action(ActionHandoff(), action_tracker(text, {}, sender="r13-71"))
    assert callback_words.HEARING_NOTED not in said
    safety = [e["value"] for e in events if e.get("name") == "contact_safety" and e["value"]]
    assert not any(json.loads(v).get("text_only") for v in safety)
    assert "hard of hearing" not in handoffs.latest_for("r13-71")["summary"]


TEXT_ONLY = {"contact_details": json.dumps({"phone": "0113 496 0999", "email": None}),
             "contact_time": "after 1",
             "contact_safety": json.dumps({"safe_to_call": False, "text_only": True,
                                           "leave_message": None, "say_council": None,
                                           "note": "deaf"})}


def test_a_call_asked_for_after_text_only_puts_calls_back_everywhere(db):
    row = handoffs.create_handoff("r13-71b", "request", summary=(
        "can someone ring me back\nCommunication: hard of hearing. Text or email, not calls. "
        "They said: im a bit deaf.\nContact: I will pass this on: phone 0113 496 0999, texts only."))
    slots = dict(TEXT_ONLY, handoff_reference=row["reference"])
    tracker = action_tracker("no my hearing is fine, I want a phone call please, I dont do texts",
                             slots, before=["im a bit deaf"], sender="r13-71b")
    said, events = run_action(ActionHandoff(), tracker)
    assert callback_words.CALLS_WANTED in said and "Nobody will phone" not in said
    new = json.loads(next(e["value"] for e in events if e.get("name") == "contact_safety"))
    assert new["safe_to_call"] is True and new["text_only"] is False
    summary = handoffs.latest_for("r13-71b")["summary"]
    assert "hard of hearing" not in summary and "texts only" not in summary
    assert handoffs.latest_for("r13-71b")["callback_requested"]
    # "has my call back been booked": booked, never "Nobody will phone you".
    slots.update({e["name"]: e["value"] for e in events if e.get("event") == "slot"})
    after = action_tracker("has my call back been booked", slots, sender="r13-71b")
    from rasa_sdk.executor import CollectingDispatcher
    dispatcher = CollectingDispatcher()
    call_state.answer_call_state(dispatcher, after, handoffs.latest_for("r13-71b"),
                                 call_changes.booked_contact(after))
    answer = " ".join(m["text"] for m in dispatcher.messages)
    assert "Nobody will phone" not in answer and "text you" not in answer


@pytest.mark.parametrize("phone, texts", [("0113 496 0999", False), ("020 7946 0018", False),
                                          ("07700 900111", True), ("+48 512 345 678", True)])
def test_a_landline_is_never_promised_texts(phone, texts):
    how = call_state.how_without_phone({"phone": phone, "text_only": True})
    assert (how is not None and "text you" in how) == texts


# ---- care visits are not a call time -------------------------------------------------------

@pytest.mark.parametrize("said", [
    "can asha do my wednesday and friday teas instead of tracey while its looked at",
    "could the carers come after 10 instead",
    "can tracey not do my tea calls on friday",
    "can someone else cover her shift on wednesday instead",
    "i would rather asha came on wednesdays instead of tracey",
    "can asha do my visits on wednesday and friday",
])
def test_a_message_about_care_visits_is_not_a_call_time(said):
    assert change_kind(said) is None and not changes_the_call(said)


@pytest.mark.parametrize("said, best", [
    ("best time to ring me is any morning after 10 please", "morning after 10"),
    ("just put any morning after 10. forget wednesday and friday",
     "morning after 10 not Wednesday Friday"),
    ("ring me mornings after 10 instead", "mornings after 10"),
    ("NO dont ring me wednesday or friday!! mornings after 10",
     "not Wednesday Friday mornings after 10"),
    ("the carers are in in the mornings so ring after 2 instead", None),
])
def test_a_new_call_time_is_read(said, best):
    assert change_kind(said) == NEW_TIME
    found = parse_contact(said)
    assert found.safe_to_call is not False
    if best:
        assert found.best_time == best


def test_days_ruled_out_are_never_the_call_time():
    for said in ("dont ring me wednesday or friday", "forget wednesday and friday",
                 "never call me on a wednesday"):
        best = parse_contact(said).best_time
        assert best and best.startswith("not "), (said, best)


def _booked(sender, time="mornings after 10"):
    row = handoffs.create_handoff(sender, "request", summary="can someone ring me back please")
    return row, {"handoff_reference": row["reference"],
                 "contact_details": json.dumps({"phone": "07700 900111", "email": None}),
                 "contact_time": time,
                 "contact_safety": json.dumps({"safe_to_call": True, "leave_message": True})}


def test_the_carer_question_leaves_the_booked_time_alone(db):
    row, slots = _booked("r13-88")
    tracker = action_tracker("can asha do my wednesday and friday teas instead of tracey while "
                             "its looked at", slots, sender="r13-88")
    said, events = run_action(ActionHandoff(), tracker)
    assert callback_words.TIME_CHANGED not in said
    assert not any(e.get("name") == "contact_time" for e in events)


@pytest.mark.parametrize("said", ["best time to ring me is any morning after 10 please",
                                  "just put any morning after 10. forget wednesday and friday"])
def test_a_new_time_said_plainly_is_set(db, said):
    row, slots = _booked("r13-88b", time="Wednesday Friday")
    from rasa_sdk.executor import CollectingDispatcher
    dispatcher = CollectingDispatcher()
    changed = call_changes.put_right(dispatcher, action_tracker(said, slots, sender="r13-88b"),
                                     said)
    assert changed and "morning after 10" in changed["contact_time"]
    assert not changed["contact_time"].startswith("Wednesday")
    summary = handoffs.latest_for("r13-88b")["summary"]
    assert "Wednesday Friday mornings" not in summary


@pytest.mark.parametrize("said", ["best time to ring me is any morning after 10 please",
                                  "ring me mornings after 10 instead"])
def test_a_plain_new_time_reaches_the_hand_off_action(said):
    assert typed_intent(said, "inform", []) == "request_human"


# ---- who the interpreter is for ---------------------------------------------------------

@pytest.mark.parametrize("said, who", [
    ("i want urdu interpreter for my father when you visit him, not for me", "father"),
    ("interpreter is for abbu, my father, when they visit him", "father"),
    ("no. i ask: you tell team my father need urdu interpreter?", "father"),
    ("can you get a punjabi interpreter for my nan", "nan"),
    ("the interpreter is for my husband not me", "husband"),
    ("my mum needs a polish interpreter", "mum"),
    ("my mum only speaks polish", None),
    ("interpreter for ammi ji please", "mother"),
    ("call me not abbu, he not understand english", None),
    ("i need an urdu interpreter", None),
    ("with urdu interpreter please", None),
    ("my husband speaks english fine", None),
    ("my son will translate for me", None),
])
def test_who_the_interpreter_is_for(said, who):
    assert interpreter_for(said) == who


def test_the_hand_off_says_the_interpreter_is_for_the_father():
    lines = details_in(["with urdu interpreter please", "im fine in english",
                        "i want urdu interpreter for my father when you visit him, not for me"])
    interp = [line for line in lines if line.startswith(("Interpreter:", "Language:"))]
    assert len(interp) == 1 and "Urdu, for their father" in interp[0], lines


def test_the_interpreter_reply_names_the_father(db):
    row = handoffs.create_handoff("r13-83", "request", summary=(
        "Talk to a person\nInterpreter: Urdu. They said: with urdu interpreter please.\n"
        "Language: English may be hard for them. They said: urdu please."))
    text = "i want urdu interpreter for my father when you visit him, not for me"
    from actions.interpreter import interpreter_reply
    tracker = action_tracker(text, {"handoff_reference": row["reference"]},
                             before=["with urdu interpreter please"], sender="r13-83")
    said = " ".join(interpreter_reply(tracker, text))
    assert "when they visit your father" in said and "Urdu" in said
    assert "in English" in said and "you need" not in said
    summary = handoffs.latest_for("r13-83")["summary"]
    assert "for their father" in summary and "English may be hard" not in summary
    assert summary.count("Interpreter:") == 1


def test_with_no_call_asked_for_the_number_is_given_for_the_father(db):
    text = "i want urdu interpreter for my father when you visit him, not for me"
    from actions.interpreter import interpreter_reply
    said = " ".join(interpreter_reply(action_tracker(text, {}, sender="r13-83b"), text))
    assert "for your father" in said and "say which language you speak" not in said


def test_the_interpreter_for_them_message_is_not_sent_to_the_directory():
    text = "not me!! interpreter is for abbu, my father, when they visit him"
    assert typed_intent(text, "find_service", []) == "nlu_fallback"


# ---- call-back asked for on a hand-off made without one ----------------------------------

@pytest.mark.parametrize("reason", ["request", "complaint"])
def test_a_number_given_to_be_phoned_on_makes_it_a_call_back(db, reason):
    row = handoffs.create_handoff(f"r13-cb-{reason}", reason, summary="Talk to a person")
    assert not row["callback_requested"]
    from actions.form_engine import finish_contact
    from rasa_sdk.executor import CollectingDispatcher
    slots = {"handoff_reference": row["reference"],
             "contact_details": json.dumps({"phone": "07700 900318", "email": None}),
             "contact_time": "after 4 oclock",
             "contact_safety": json.dumps({"safe_to_call": True, "leave_message": True,
                                           "say_council": True})}
    tracker = action_tracker("Call me and leave a message", slots, sender=f"r13-cb-{reason}")
    finish_contact(CollectingDispatcher(), tracker, {})
    now = handoffs.latest_for(f"r13-cb-{reason}")
    assert now["callback_requested"]
    assert now["reason"] == ("callback" if reason == "request" else "complaint")


def test_text_only_is_not_made_a_call_back(db):
    row = handoffs.create_handoff("r13-cb-text", "request", summary="Talk to a person")
    from actions.form_engine import finish_contact
    from rasa_sdk.executor import CollectingDispatcher
    slots = {"handoff_reference": row["reference"],
             "contact_details": json.dumps({"phone": "07700 900318", "email": None}),
             "contact_time": "Any time",
             "contact_safety": json.dumps({"safe_to_call": False, "text_only": True})}
    finish_contact(CollectingDispatcher(), action_tracker("Text or email only", slots,
                                                          sender="r13-cb-text"), {})
    assert not handoffs.latest_for("r13-cb-text")["callback_requested"]


@pytest.mark.parametrize("best", ["not Wednesday Friday mornings after 10",
                                  "morning after 10 not Wednesday Friday"])
def test_days_kept_as_ruled_out_are_never_the_day_booked(best):
    from datetime import datetime
    from zoneinfo import ZoneInfo
    from bot import call_times
    friday = datetime(2026, 11, 27, 8, 0, tzinfo=ZoneInfo("Europe/London"))
    assert call_times.days_allowed(best) == {0, 1, 3, 5, 6}
    line = call_times.staff_line(best, friday)
    assert "Friday between" not in line and "Wednesday between" not in line, line


def test_english_may_be_hard_is_one_line():
    lines = details_in(["my dad has no english", "he doesnt speak english", "very little english",
                        "my english not good"])
    assert sum(line.startswith("Language: English may be hard") for line in lines) == 1, lines


def test_a_call_asked_for_during_the_contact_step_is_kept_for_the_step(db):
    row = handoffs.create_handoff("r13-71c", "request", summary="can someone ring me back")
    slots = {"handoff_reference": row["reference"], "requested_slot": "contact_details",
             "contact_safety": TEXT_ONLY["contact_safety"], "contact_time": "after 1"}
    text = "no my hearing is fine, I want a phone call please, I dont do texts. its 0113 496 0873"
    from rasa_sdk.executor import CollectingDispatcher
    dispatcher = CollectingDispatcher()
    changed = call_changes.put_right(dispatcher, action_tracker(text, slots, sender="r13-71c"),
                                     text)
    assert json.loads(changed["contact_details"])["phone"] == "0113 496 0873"
    flags = json.loads(changed["contact_safety"])
    assert flags["safe_to_call"] is True and flags["text_only"] is False
    assert [m["text"] for m in dispatcher.messages] == [callback_words.CALLS_WANTED]


@pytest.mark.parametrize("text", [
    "honestly this is loads, could someone just phone me instead. 07700 900318, any time after 1",
    "can you just ring me instead, 07700 900111",
    "phone me please 07700 900222 after 3"])
def test_a_call_wished_for_still_asks_if_it_is_safe_to_call(text):
    """A call asked for is not a hearing need taken back: whether it is safe to call and leave
    a message is still asked (contact13's reading skipped that question, round 13 merge)."""
    from bot.answers.contact import parse_contact

    found = parse_contact(text)
    assert found.phone and found.safe_to_call is None and found.ok_to_leave_message is None
