"""Round seventeen (tester G): details lost or misread at the call-back step and around it.

- "07700 900321 after 5pm. please polish interpreter for call if possible" at the number
  question: the interpreter was noted, the number and the time lost and asked for again.
- "ok email better. kasia.nowak@example.com. thank you, bye" after the call back was booked:
  only a goodbye; the email lost.
- "no thats all for now thank you, its been nice to talk to someone even a computer": read as
  a new request for a person (the out-of-hours words and the hand-off again).
- "ok the stair lift one might be good. will someone from the council ring me about all this
  or do i have to do it" after results: the places' access lines, and no answer.
- "yes. but write mama speak only polish please" at the carer's read-back: the interpreter
  line, then the same read-back with nothing about Polish.
- The Polish interpreter line gave the number on a Friday evening, closed until Monday.
"""
from __future__ import annotations

import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.form_engine import Turn, decide
from bot import form_slots as fs
from bot.answers.call_change import NEW_WAY, change_kind, changes_the_call
from bot.answers.callback_talk import STILL_COMING, callback_question
from bot.answers.language_need import need_line, relative_named
from bot.answers.signing_off import signs_off
from bot.directory import saved
from fake_tracker import action_tracker, run_action


# ---- 1. a number (or a time) said with the language ------------------------------------

@pytest.mark.parametrize("said, phone, time", [
    ("07700 900321 after 5pm. please polish interpreter for call if possible",
     "07700 900321", "after 5pm"),
    ("my mob is 07700 900456, pls can u get a urdu interpreter, mornings best",
     "07700 900456", "mornings"),
    ("07700900789 anytime. my english not good", "07700 900789", "any time"),
    ("0113 496 0555 - she only speaks punjabi so bring someone. after 2", "0113 496 0555",
     "after 2"),
])
def test_the_number_said_with_a_language_is_the_answer(said, phone, time, db):
    assert decide(Turn("inform", 0.9, said), fs.CONTACT).action == "answer"
    said_back, slots = _contact_turn("contact_details", said)
    assert "interpreter" in said_back
    assert json.loads(slots["contact_details"])["phone"] == phone
    assert slots["contact_time"] == time


@pytest.mark.parametrize("said, time", [
    ("after 5pm, she needs a polish interpreter", "after 5pm"),
    ("mornings please, in urdu", "mornings"),
])
def test_the_time_said_with_a_language_is_the_answer(said, time, db):
    said_back, slots = _contact_turn("contact_time", said)
    assert "bring a free" in said_back
    assert slots["contact_time"] == time


@pytest.mark.parametrize("said", ["my mum only speaks urdu", "in polish please",
                                  "she 78 and only speaks polish"])
def test_a_language_alone_is_still_not_the_answer(said, db):
    said_back, slots = _contact_turn("contact_details", said)
    assert "bring a free" in said_back
    assert "contact_details" not in slots and slots["turn_note"].endswith(":interpreter")


def _contact_turn(slot, text):
    from actions.forms import ValidateContactForm
    from bot import store
    row = store.create_handoff("d17-contact", "callback", "web", summary="ring me",
                               callback=True)
    tracker = Tracker("d17-contact", {"requested_slot": slot,
                                      "handoff_reference": row["reference"]},
                      {"text": text, "intent": {"name": "inform", "confidence": 0.9},
                       "entities": []},
                      [{"event": "user", "text": "can someone ring me"},
                       {"event": "user", "text": text}], False, None,
                      {"name": "contact_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    slots = asyncio.run(ValidateContactForm().interpret(dispatcher, tracker,
                                                       {"slots": {}, "forms": {}}))
    return " ".join(m.get("text") or "" for m in dispatcher.messages), slots


# ---- 2. another way in, said to be better, after the call was booked ---------------------

@pytest.mark.parametrize("said", [
    "ok email better. kasia.nowak@example.com. thank you, bye",
    "email me instead pls, kasia.nowak@example.com",
    "actually use my email kasia.nowak@example.com, i cant answer at work",
    "kasia.nowak@example.com is easier for me than the phone",
])
def test_a_better_way_in_is_a_change_to_the_call(said):
    assert change_kind(said) == NEW_WAY and changes_the_call(said)


@pytest.mark.parametrize("said", [
    "my son's email is kasia.nowak@example.com",        # who it is, not a better way
    "ok thank you, bye",
    "is the team email help@example.com?",
])
def test_an_email_said_otherwise_is_not_a_new_way(said):
    assert change_kind(said) != NEW_WAY


def _booked(sender):
    from bot import store
    from bot.data import handoffs
    row = store.create_handoff(sender, "callback", "web", summary="can someone ring me",
                               callback=True)
    store.save_record(sender, "contact", {"contact": {"phone": "07700 900321",
                                                      "best_time": "after 5pm"},
                                          "handoff": row["reference"]})
    handoffs.replace_notes(row["reference"], ("Contact:",), [
        "Contact: I will pass this on to the team. Phone: 07700 900321. Best time: after 5pm."])
    slots = {"handoff_reference": row["reference"],
             "contact_details": json.dumps({"phone": "07700 900321", "email": None}),
             "contact_time": "after 5pm",
             "contact_safety": json.dumps({"safe_to_call": True, "leave_message": True,
                                           "say_council": True, "text_only": None})}
    return row["reference"], slots


def test_email_better_changes_the_contact_then_says_goodbye(db):
    from actions.handoff import ActionHandoff
    from bot.data import handoffs
    reference, slots = _booked("d17-email")
    said, events = run_action(ActionHandoff(), action_tracker(
        "ok email better. kasia.nowak@example.com. thank you, bye", slots, "goodbye",
        sender="d17-email"))
    assert "I have changed how the team will reach you" in said
    assert "Email: kasia.nowak@example.com" in said and "Take care" in said
    new = [e for e in events if e.get("name") == "contact_details"][0]["value"]
    assert json.loads(new) == {"phone": None, "email": "kasia.nowak@example.com"}
    summary = handoffs.latest_for("d17-email")["summary"]
    assert "Email: kasia.nowak@example.com" in summary and "07700 900321" not in summary


def test_an_email_as_well_keeps_the_phone(db):
    from actions.handoff import ActionHandoff
    _, slots = _booked("d17-email-too")
    said, events = run_action(ActionHandoff(), action_tracker(
        "you can use my email as well, kasia.nowak@example.com", slots, "request_human",
        sender="d17-email-too"))
    new = json.loads([e for e in events if e.get("name") == "contact_details"][0]["value"])
    assert new == {"phone": "07700 900321", "email": "kasia.nowak@example.com"}


# ---- 3. thanks and goodbye once the call back is asked for ------------------------------

@pytest.mark.parametrize("said", [
    "no thats all for now thank you, its been nice to talk to someone even a computer",
    "thank you so much, lovely chatting to you x",
    "thats everything ta, bye",
    "nah im ok for now ta. nice to have someone to talk to",
])
def test_a_goodbye_is_a_goodbye(said):
    assert signs_off(said)


@pytest.mark.parametrize("said", [
    "can i talk to someone now",
    "it would be nice to talk to someone",
    "thanks but i still want to speak to a real person",
    "thank you. can someone ring me about my mum?",
])
def test_a_wish_for_a_person_is_not_a_goodbye(said):
    assert not signs_off(said)


@pytest.mark.parametrize("said, guess, intent", [
    ("thats everything ta. lovely chatting to you", "thank", "goodbye"),
    ("no thats all for now, thank you. nice to talk to someone", "inform", "goodbye"),
    ("thank you", "thank", "thank"),                  # thanks alone: "anything else?"
    ("it would be nice to talk to someone", "request_human", None),
])
def test_the_reader_takes_a_goodbye_from_thanks(said, guess, intent):
    from bot.nlu.commands import typed_intent
    assert typed_intent(said, guess, []) == intent


def test_after_a_call_back_the_goodbye_makes_no_second_request(db):
    from actions.handoff import ActionHandoff
    from bot.data import handoffs
    reference, slots = _booked("d17-bye")
    said, events = run_action(ActionHandoff(), action_tracker(
        "no thats all for now thank you, its been nice to talk to someone even a computer",
        slots, "request_human", sender="d17-bye"))
    assert said.startswith("It was nice to talk to you too.") and reference in said
    assert "not working right now" not in said and "I will pass this on" not in said
    assert events == [] and handoffs.latest_for("d17-bye")["reference"] == reference


# ---- 4. a call question after results, with the place they like -------------------------

@pytest.mark.parametrize("said", [
    "ok the stair lift one might be good. will someone from the council ring me about all "
    "this or do i have to do it",
    "the equipment one looks handy. is anyone gonna phone me about it",
    "right. will the council call me back or do i ring them",
])
def test_a_call_question_in_a_later_sentence_is_asked(said):
    assert callback_question(said) == STILL_COMING


@pytest.mark.parametrize("said", ["thanks. that one is good",
                                  "my daughter will ring me tonight. is that ok",
                                  "my son will call me back later. he is at work"])
def test_no_call_question_without_asking(said):
    assert callback_question(said) is None


SHOWN = [{"id": "1", "name": "Home Adaptations Advice", "phone": "0113 496 0116",
          "about": "Find out about stair lifts, ramps and walk-in showers to make home easier."},
         {"id": "2", "name": "Equipment Loan Store", "phone": "0113 496 0117",
          "about": "Borrow things that help at home, like a walking frame or bath seat."},
         {"id": "3", "name": "Frozen Meals Delivery", "phone": "0113 496 0120",
          "about": "Choose tasty frozen meals each week and we bring them to your home."}]


@pytest.mark.parametrize("said, name", [
    ("ok the stair lift one might be good. will someone ring me", "Home Adaptations Advice"),
    ("the equipment one looks handy. is anyone gonna phone me", "Equipment Loan Store"),
    ("i like the frozen meals one. will they call me", "Frozen Meals Delivery"),
])
def test_the_place_liked_is_picked(said, name):
    assert saved.liked(said, SHOWN)["name"] == name


@pytest.mark.parametrize("said", ["the stair lift one wouldnt be any good",
                                  "will someone ring me about all this"])
def test_no_place_liked(said):
    assert saved.liked(said, SHOWN) is None


def test_the_question_is_answered_and_the_place_saved(db):
    from actions.handoff import ActionHandoff
    said, _ = run_action(ActionHandoff(), action_tracker(
        "ok the stair lift one might be good. will someone from the council ring me about all "
        "this or do i have to do it", {"shown_services": SHOWN}, "request_human",
        sender="d17-stairs"))
    assert "I have saved Home Adaptations Advice" in said
    assert "ring Home Adaptations Advice yourself on 0113 496 0116" in said
    assert "You have not asked for a call back yet. Would you like one?" in said
    assert "Getting in" not in said


# ---- 5. the language need at the carer's read-back --------------------------------------

@pytest.mark.parametrize("said, line", [
    ("yes. but write mama speak only polish please",
     "Halina speaks only Polish. An interpreter is needed."),
    ("please add that my mum only speaks urdu",
     "Halina speaks only Urdu. An interpreter is needed."),
    ("can you put she doesnt speak english, only punjabi",
     "They speak only Punjabi. An interpreter is needed."),
    ("mama need polish speaking carer or interpreter", "Halina needs a free Polish interpreter."),
])
def test_the_need_is_one_line(said, line):
    assert need_line(said, relative_named("my mama Halina. i go every day")) == line


@pytest.mark.parametrize("said", ["she speaks polish and english fine", "yes thats right",
                                  "i only polish my shoes on sunday"])
def test_no_need_said(said):
    assert need_line(said, "Halina") is None


CARER_DONE = {
    "consent_given": True, "preferred_name": "Kasia",
    "ca_caring_role": "my mama Halina. i go every day after work, i do shopping, cooking",
    "ca_what_matters": "my job and my kids", "ca_wellbeing": "not sleep good",
    "ca_what_would_help": "break on sunday", "ca_scale_now": "4",
}


def test_the_read_back_holds_the_language_need(db):
    from actions.assessment import ActionAskSummaryConfirmed
    from fake_tracker import carer_form_turn
    said, slots = carer_form_turn("yes. but write mama speak only polish please",
                                  "summary_confirmed", CARER_DONE, sender="d17-carer")
    assert said[0]["text"] == ("Thank you. I have added it: Halina speaks only Polish. An "
                               "interpreter is needed.")
    assert slots["summary_confirmed"] is None and len(said) == 1
    read_back, _ = run_action(ActionAskSummaryConfirmed(), action_tracker(
        "yes. but write mama speak only polish please", CARER_DONE, "inform",
        loop="carer_assessment_form", sender="d17-carer"))
    assert "- Language: Halina speaks only Polish. An interpreter is needed." in read_back


def test_a_plain_yes_at_the_read_back_is_still_a_yes(db):
    from fake_tracker import carer_form_turn
    _, slots = carer_form_turn("yes thats right", "summary_confirmed", CARER_DONE,
                               sender="d17-carer-yes")
    assert slots["summary_confirmed"] is True


# ---- 6. the interpreter line out of hours -------------------------------------------------

@pytest.mark.parametrize("open_now", [True, False])
def test_the_interpreter_line_says_when_the_phone_line_opens(open_now, monkeypatch):
    from bot import hours
    from bot.interpreter_words import interpreter_lines, still_lines
    monkeypatch.setattr(hours, "is_open", lambda *a, **k: open_now)
    monkeypatch.setattr(hours, "describe_next_opening", lambda *a, **k: "on Monday at 9am")
    for lines in (interpreter_lines("Dzień dobry. Piszę w sprawie mojej mamy."),
                  still_lines("mama potrzebuje tłumacza", "0300 123 4567")):
        english = lines[-1]
        assert "0300 123 4567" in english
        closed = "The phone line is closed now. It opens again on Monday at 9am."
        assert (closed in english) is not open_now
        assert ("zamknięta" in lines[0]) is not open_now


def test_a_better_way_in_while_the_contact_step_asks_keeps_the_time(db):
    from actions.call_changes import put_right
    from fake_tracker import FakeTracker
    reference, slots = _booked("d17-still")
    tracker = FakeTracker({**slots, "requested_slot": "contact_safety"})
    tracker.sender_id = "d17-still"
    dispatcher = CollectingDispatcher()
    changed = put_right(dispatcher, tracker, "after 2, actually ring me on my mobile 07700 900111")
    assert json.loads(changed["contact_details"])["phone"] == "07700 900111"
    assert changed["contact_time"] == "after 2"
    assert dispatcher.messages[0]["text"] == "Thank you. I have changed how the team will reach you."
