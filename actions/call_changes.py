"""A booked call put right: a new time or a new number replaces the old one, on the slots,
in a new contact record and on the hand-off, so staff see only the one to use.

Round 11: "change it to after 2pm", "no make it thursday afternoon", "thats the wrong
number love" after the call was booked were saved as form answers, opened a directory card
or met "Sorry, I did not understand that". Read by bot/answers/call_change.py; called by
the form engine (at any question but the contact step's own) and the hand-off action.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import call_state
from actions.common import channel_of
from bot import callback_words as words
from bot import form_slots as fs
from bot import call_times, form_words, store
from bot.answers.call_change import (CALLS_OK, NEW_TIME, NEW_WAY, WRONG_NUMBER, WRONG_TIME,
                                     change_kind, only_the_new_way)
from bot.answers.callback_talk import TELL_THEM
from bot.answers.handoff_details import HEARING_HEAD
from bot.answers.safeguarding_questions import who_finds_out
from bot.answers.contact import parse_contact, with_times_ruled_out
from bot.data import handoffs
from bot.markers import NOT_SURE, SKIPPED

CONTACT_SLOT_NAMES = tuple(s.slot for s in fs.CONTACT_SLOTS)
# The hand-off lines a change replaces: the read-back and the call time.
REPLACED = ("Contact: I will pass this on", "Call time:")


def booked_contact(tracker: Tracker) -> Optional[Dict[str, Any]]:
    """The contact the call is booked with: the contact step's answers, or the latest
    saved contact record with a way in."""
    from actions.form_engine import contact_from   # lazy: the form engine imports us

    contact = contact_from(tracker.get_slot)
    if contact:
        return contact
    saved = [c for c in call_state.contact_records(tracker.sender_id)
             if c.get("phone") or c.get("email")]
    return saved[-1] if saved else None


def open_reference(tracker: Tracker) -> Optional[str]:
    row = handoffs.latest_for(tracker.sender_id)
    return row["reference"] if row and row.get("status") in handoffs.OPEN else None


def put_right(dispatcher: CollectingDispatcher, tracker: Tracker,
              text: str) -> Optional[Dict[str, Any]]:
    """The slot values after a change to a booked call, having said what changed; None
    when the message changes nothing (no call booked, or the contact step is asking).
    A question about who may find out, asked with it ("They can ring, just not 8 till 9.
    Will they tell Carol I said anything?"), is answered too (round seventeen)."""
    slots = _put_right(dispatcher, tracker, text)
    if slots is not None and who_finds_out(text):
        from actions.callback import answer_question   # lazy: callback is imported early

        answer_question(dispatcher, tracker, TELL_THEM)
    return slots


def _put_right(dispatcher: CollectingDispatcher, tracker: Tracker,
               text: str) -> Optional[Dict[str, Any]]:
    kind = change_kind(text)
    asking = tracker.get_slot("requested_slot")
    if kind == CALLS_OK:
        return calls_wanted(dispatcher, tracker, text)
    if kind is None or asking == ("contact_details" if kind in (WRONG_NUMBER, NEW_WAY)
                                  else "contact_time"):
        return None       # the contact step's own question: its answer
    reference = open_reference(tracker)
    contact = booked_contact(tracker)
    if reference is None or contact is None:
        return None
    found = parse_contact(text)
    if kind == WRONG_TIME:
        # "the call time is wrong": the old time is taken off, and asked again.
        handoffs.replace_notes(reference, ("Call time:",), [])
        dispatcher.utter_message(text=words.WRONG_TIME_SORRY)
        return {"contact_time": None}
    if asking in CONTACT_SLOT_NAMES:
        return still_taking(dispatcher, kind, found)
    if kind == NEW_TIME:
        if found.safe_to_call and call_state.said_no_calls(contact, [], ""):
            # "They can ring, just not 8 till 9": calls wanted again, with the time
            return calls_wanted(dispatcher, tracker, text)
        if not contact.get("phone") or call_state.said_no_calls(contact, [], ""):
            return None    # texts or emails only: no call time to change
        best = with_times_ruled_out(contact.get("best_time"), found.best_time)
        new = {**contact, "best_time": best}
        slots: Dict[str, Any] = {"contact_time": best}
        opening = words.TIME_CHANGED
    elif found.phone or found.email:
        new = {**contact, "phone": found.phone or contact.get("phone"),
               "email": found.email or contact.get("email")}
        opening = words.NUMBER_CHANGED
        if kind == NEW_WAY:
            # "ok email better. kasia@example.com": that way in, instead of the one booked
            # (round seventeen: only a goodbye, and the email lost).
            opening = words.WAY_CHANGED
            if only_the_new_way(text):
                new = {**new, "phone": found.phone, "email": found.email}
        slots = {"contact_details": json.dumps({"phone": new.get("phone"),
                                                "email": new.get("email")})}
        if not new.get("phone"):
            # An email has no call time to keep.
            new["best_time"] = None
            slots["contact_time"] = "Any time"
    else:
        # "thats the wrong number love": the old one is taken off, the right one asked for.
        handoffs.replace_notes(reference, REPLACED, [])
        dispatcher.utter_message(text=words.WRONG_NUMBER_SORRY)
        return {"contact_details": None}
    book_anew(dispatcher, tracker, reference, new, opening)
    return slots


def book_anew(dispatcher: CollectingDispatcher, tracker: Tracker, reference: str,
              new: Dict[str, Any], opening: str) -> None:
    """The contact put right, everywhere at once: read back with the new promise of when,
    saved as a new contact record that replaces the earlier one, and on the hand-off in
    place of the old read-back and call time (a call-back when there is a number to ring).
    A time or number changed and calls wanted again end the same way."""
    new = call_state.with_other_person(tracker, new)
    line = form_words.contact_read_back(new)
    dispatcher.utter_message(text=f"{opening} {line}")
    dispatcher.utter_message(text=call_state.when_words(new, tracker.sender_id))
    store.save_record(tracker.sender_id, "contact",
                      {"contact": new, "handoff": reference, "channel": channel_of(tracker),
                       "replaces_earlier": True})
    best = new.get("best_time")
    timing = call_times.staff_line(best if best not in call_state.EMPTY else None) \
        if new.get("phone") else None
    handoffs.replace_notes(reference, REPLACED, [f"Contact: {line}", timing or ""])
    call_state.mark_call_back(reference, new)


def _safety_now(tracker: Tracker) -> Dict[str, Any]:
    raw = tracker.get_slot("contact_safety")
    if raw in (None, SKIPPED, NOT_SURE, fs.NOT_NEEDED):
        return {}
    try:
        flags = json.loads(raw)
    except (TypeError, ValueError):
        return {}
    return flags if isinstance(flags, dict) else {}


def calls_wanted(dispatcher: CollectingDispatcher, tracker: Tracker,
                 text: str) -> Optional[Dict[str, Any]]:
    """ "no my hearing is fine, I want a phone call please, I dont do texts" after "text or
    email only" was noted (round 13: "I can't hear the phone" over the carers was taken for
    deafness): calls are put back everywhere, on the slot, the saved contact and the
    hand-off, and never "Nobody will phone you" again. None when nothing said no calls."""
    reference = open_reference(tracker) or tracker.get_slot("handoff_reference")
    flags = _safety_now(tracker)
    contact = booked_contact(tracker)
    saved = call_state.contact_records(tracker.sender_id)
    row = handoffs.latest_for(tracker.sender_id) if reference else None
    summary = (row or {}).get("summary") or ""
    no_calls = flags.get("safe_to_call") is False or bool(flags.get("text_only")) or \
        call_state.said_no_calls(contact, saved, summary) or HEARING_HEAD in summary
    if reference is None or not no_calls:
        return None
    found = parse_contact(text)
    kept = {k: v for k, v in flags.items() if k != "note"}
    new_flags = {**kept, "safe_to_call": True, "text_only": False}
    slots: Dict[str, Any] = {"contact_safety": json.dumps(new_flags)}
    best = with_times_ruled_out((contact or {}).get("best_time"), found.best_time)
    if found.best_time:
        slots["contact_time"] = best
    phone = found.phone or (contact or {}).get("phone")
    if found.phone or found.email:
        slots["contact_details"] = json.dumps({"phone": found.phone or (contact or {}).get(
            "phone"), "email": found.email or (contact or {}).get("email")})
    handoffs.replace_notes(reference, (HEARING_HEAD,), [])
    if tracker.get_slot("requested_slot") in CONTACT_SLOT_NAMES:
        # The contact step is still asking: put right now, read back when it ends.
        dispatcher.utter_message(text=words.CALLS_WANTED)
        return slots
    if not phone:
        # No number yet: the contact step asks for one, as for any call.
        dispatcher.utter_message(text=words.CALLS_WANTED)
        slots.setdefault("contact_details", None)
        return slots
    new = {**(contact or {}), **new_flags, "phone": phone,
           "email": found.email or (contact or {}).get("email")}
    new.pop("note", None)
    if found.best_time:
        new["best_time"] = best
    # A number to ring and calls allowed again: book_anew marks the call-back.
    book_anew(dispatcher, tracker, reference, new, words.CALLS_WANTED)
    return slots


def still_taking(dispatcher: CollectingDispatcher, kind: str, found: Any) -> Dict[str, Any]:
    """A change while the contact step is still asking ("the call time is wrong. after 2pm
    please" at the safety question): the slot is put right, and the step read back and
    saved when it ends, as usual."""
    if kind == NEW_TIME:
        dispatcher.utter_message(text=f"{words.TIME_CHANGED} Best time: {found.best_time}.")
        return {"contact_time": found.best_time}
    if found.phone or found.email:
        dispatcher.utter_message(text=words.WAY_CHANGED if kind == NEW_WAY
                                 else words.NUMBER_CHANGED)
        slots = {"contact_details": json.dumps({"phone": found.phone, "email": found.email})}
        if found.best_time:
            # "after 2, ring me on my mobile 07700 900111": the time said with it is kept.
            slots["contact_time"] = found.best_time
        return slots
    dispatcher.utter_message(text=words.WRONG_NUMBER_SORRY)
    return {"contact_details": None}


def put_right_events(dispatcher: CollectingDispatcher,
                     tracker: Tracker) -> Optional[List[EventType]]:
    """For an action outside a form: the change as events; a number asked for again opens
    the contact step."""
    slots = put_right(dispatcher, tracker, tracker.latest_message.get("text") or "")
    if slots is None:
        return None
    events: List[EventType] = [SlotSet(k, v) for k, v in slots.items()]
    if any(slots.get(s) is None for s in ("contact_details", "contact_time") if s in slots) \
            and not tracker.active_loop_name:
        events.append(FollowupAction("contact_form"))
    return events
