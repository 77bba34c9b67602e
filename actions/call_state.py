"""The real state of a call back, read from the hand-off and the contact step, and what
staff need about it (who to ring instead of the person, the time they asked for).

"will anyone ring me?" is answered from this: booked (with the time and how), asked for but
not booked (no way to reach them yet), or not asked for; "do not phone" always wins.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import user_texts
from actions.waiting import suicide_risk_stands, to_the_top
from bot import call_times, crisis_care, form_words, hours
from bot import form_slots as fs
from bot import handoff_words as words
from bot import store
from bot.data import handoffs
from bot.answers.contact import parse_contact
from bot.answers.someone_else import OtherPerson, someone_else_in
from bot.markers import NOT_SURE, SKIPPED

EMPTY = (None, SKIPPED, NOT_SURE, fs.NOT_NEEDED, "Any time", "any time")


def contact_records(sender_id: str) -> List[Dict[str, Any]]:
    return [r["data"].get("contact") or {} for r in store.records_for(sender_id)
            if r.get("kind") == "contact"]


def said_no_calls(contact: Optional[Dict[str, Any]], saved: List[Dict[str, Any]],
                  summary: str) -> bool:
    """ "Do not phone" said anywhere: the contact step, a saved contact record or the
    hand-off's notes. A later "ok to call" on the contact step itself wins."""
    if contact and contact.get("safe_to_call") is True and not contact.get("text_only"):
        return False
    if contact and (contact.get("safe_to_call") is False or contact.get("text_only")):
        return True
    if any(c.get("safe_to_call") is False or c.get("text_only") for c in saved):
        return True
    return "Do not call." in (summary or "") or "Text or email only." in (summary or "")


def typed_no_calls(tracker: Tracker) -> bool:
    """ "please don't phone me, my husband might answer", typed anywhere in the conversation
    and not taken back later ("you can ring me now")."""
    wish = None
    for text in user_texts(tracker)[-30:]:
        if not text or text.startswith("/"):
            continue
        found = parse_contact(text)
        if found.safe_to_call is not None:
            wish = found.safe_to_call
    return wish is False


def other_person(tracker: Tracker) -> Optional[OtherPerson]:
    return someone_else_in(user_texts(tracker)[-20:])


def other_line(person: Optional[OtherPerson], contact: Optional[Dict[str, Any]]) -> Optional[str]:
    if person is None:
        return None
    return person.said_back(person.phone or (contact or {}).get("phone"))


def how_without_phone(contact: Optional[Dict[str, Any]]) -> Optional[str]:
    contact = contact or {}
    if contact.get("address"):
        return words.HOW_LETTER.format(address=contact["address"])
    if contact.get("email"):
        return words.HOW_EMAIL.format(email=contact["email"])
    if contact.get("phone") and contact.get("text_only") and can_get_texts(contact["phone"]):
        # never "They will text you on 0113 496 0999": a landline gets no texts
        return words.HOW_TEXT.format(phone=contact["phone"])
    return None


def answer_call_state(dispatcher: CollectingDispatcher, tracker: Tracker,
                      row: Optional[Dict[str, Any]], contact: Optional[Dict[str, Any]]
                      ) -> List[EventType]:
    """ "will anyone ring me? yes or no": the truth, from the hand-off and contact step."""
    saved = contact_records(tracker.sender_id)
    flags = tracker.get_slot("contact_safety")
    if flags not in (None, SKIPPED, fs.NOT_NEEDED):
        try:
            saved = saved + [json.loads(flags)]
        except (TypeError, ValueError):
            pass
    if contact is None and saved and row is not None:
        latest = saved[-1]
        contact = latest if (latest.get("phone") or latest.get("email") or
                             latest.get("address")) else None
    reference = row["reference"] if row else None
    summary = (row or {}).get("summary") or ""
    if said_no_calls(contact, saved, summary) or (contact is None and typed_no_calls(tracker)):
        how = how_without_phone(contact) or (None if reference is None else words.HOW_NONE)
        dispatcher.utter_message(text=words.no_calls(reference, how))
        return []
    if row is None:
        dispatcher.utter_message(text=words.not_asked(None), buttons=[words.CALL_BACK_BUTTON])
        return []
    if contact and (contact.get("phone") or contact.get("email") or contact.get("address")):
        if not contact.get("phone"):
            dispatcher.utter_message(text=words.by_writing(reference, how_without_phone(contact)))
            return []
        best = contact.get("best_time")
        best = best if best not in EMPTY else None
        when = call_times.when_phrase(best)
        honest = None if when or best is None else call_times.promise(best, True)
        dispatcher.utter_message(text=words.booked(
            reference, contact.get("phone"), when, contact.get("leave_message") is False,
            other_line(other_person(tracker), contact), honest))
        return []
    if row.get("reason") == "crisis":
        # After the crisis card the team will try to reach them: said so, with when, and
        # the number asked for (never "a call back is not booked").
        dispatcher.utter_message(text=words.crisis_call(reference, hours.is_open(),
                                                        hours.describe_next_opening()))
        if tracker.active_loop_name:
            return []
        return [SlotSet(s.slot, None) for s in fs.CONTACT_SLOTS] + [FollowupAction("contact_form")]
    if row.get("callback_requested"):
        dispatcher.utter_message(text=words.asked_not_booked(reference))
        if tracker.active_loop_name:
            return []
        return [SlotSet(s.slot, None) for s in fs.CONTACT_SLOTS] + [FollowupAction("contact_form")]
    dispatcher.utter_message(text=words.not_asked(reference), buttons=[words.CALL_BACK_BUTTON])
    return []


def by_phone(contact: Optional[Dict[str, Any]]) -> bool:
    """A number to ring, and calls allowed: the team will phone."""
    contact = contact or {}
    return bool(contact.get("phone")) and contact.get("safe_to_call") is not False and \
        not contact.get("text_only")


def mark_call_back(reference: Optional[str], contact: Optional[Dict[str, Any]]) -> None:
    """The contact step ended with a number to ring: the hand-off is a call-back, whatever
    it was made as (a request for a person, a complaint) (round 13: callback_requested 0)."""
    if reference and by_phone(contact):
        handoffs.mark_callback(reference)


def can_get_texts(phone: Optional[str]) -> bool:
    """A mobile (or a number from abroad): a UK landline cannot get texts."""
    digits = "".join(ch for ch in str(phone or "") if ch.isdigit() or ch == "+")
    return bool(digits) and (digits.startswith(("07", "+447", "447")) or
                             (digits.startswith("+") and not digits.startswith("+44")))


def with_other_person(tracker: Tracker, contact: Dict[str, Any]) -> Dict[str, Any]:
    """The contact, with who to ring instead of the person when they asked for that."""
    person = other_person(tracker)
    if person is None:
        return contact
    return {**contact, "call_relation": person.relation, "call_name": person.name}


def when_words(contact: Dict[str, Any], sender_id: Optional[str] = None) -> str:
    """The promise of when: their own time within the council's hours, or the usual words.
    After signs of suicide risk, a time they named as a limit is urgent, said so, never
    "the team is closed at the times you gave" (round twelve)."""
    best = contact.get("best_time")
    urgent = urgent_by(sender_id, contact) if sender_id else None
    if urgent:
        return words.urgent_told(urgent, hours.is_open(), hours.describe_next_opening())
    by_phone = bool(contact.get("phone")) and not contact.get("text_only") and \
        contact.get("safe_to_call") is not False
    who = f"your {contact['call_relation']}" if contact.get("call_relation") else (
        contact.get("call_name") or "you")
    said = call_times.promise(best if best not in EMPTY else None, by_phone, who=who,
                              email=bool(contact.get("email")))
    return said or form_words.when_we_call(hours.is_open(), hours.describe_next_opening())


def urgent_by(sender_id: str, contact: Dict[str, Any]) -> Optional[str]:
    """After signs of suicide risk, the limit in the time they gave ("today or tomorow. not
    after saturday", "this weekend"): "not after Saturday", else None."""
    best = contact.get("best_time")
    if best in EMPTY or not isinstance(best, str):
        return None
    when = crisis_care.deadline_in(best)
    day = crisis_care.when_said([best]) if when is None else None
    if day:
        when = f"by {day}"   # "saturday", "tonight": the day said
    return when if when and suicide_risk_stands(sender_id) else None


def staff_lines(tracker: Tracker, contact: Dict[str, Any]) -> List[str]:
    """Lines for the hand-off: who to ring instead of them, and when (after signs of suicide
    risk a time they named is urgent, never "when the team is closed")."""
    lines = []
    person = other_person(tracker)
    if person is not None:
        lines.append(person.staff_line())
    best = contact.get("best_time")
    urgent = urgent_by(tracker.sender_id, contact)
    if urgent:
        lines.append(words.urgent_time(urgent, str(best)))
        to_the_top(tracker.sender_id, tracker.get_slot("handoff_reference"))
    timing = call_times.staff_line(best if best not in EMPTY else None,
                                   email=bool(contact.get("email")))
    if timing and contact.get("phone") and not (urgent and "closed" in timing):
        lines.append(timing)
    return lines


def said_back_other(tracker: Tracker, contact: Dict[str, Any]) -> Optional[str]:
    return other_line(other_person(tracker), contact)


def read_back(dispatcher: CollectingDispatcher, tracker: Tracker, contact: Dict[str, Any]
              ) -> Tuple[Dict[str, Any], str]:
    """The contact step's details said back ("ring your mum, Jackie, ..., not you" when they
    asked for someone else): the contact with who to ring, and the read-back line."""
    contact = with_other_person(tracker, contact)
    line = form_words.contact_read_back(contact)
    dispatcher.utter_message(text=line)
    other = said_back_other(tracker, contact)
    if other:
        dispatcher.utter_message(text=other)
    return contact, line
