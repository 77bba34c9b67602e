"""A request for a person taken back ("cancel that person thing, I dont need anyone to join.
bye"): the open hand-off closed as "No longer needed" with their words for staff, the person
told, and a goodbye in the same message still said. A crisis or safeguarding hand-off is
never withdrawn from the chat: the person is told the team will still get in touch.
Read in bot/answers/withdraw.py (round 13: the hand-off stayed waiting and nobody was told).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.callback import open_handoff
from actions.common import latest_text
from bot import store, texts
from bot.answers import withdraw
from bot.answers.leaving import goodbye_at_end
from bot.data import handoffs

SAFETY_REASONS = ("crisis", "safeguarding")


def withdraw_events(dispatcher: CollectingDispatcher,
                    tracker: Tracker) -> Optional[List[Dict[Text, Any]]]:
    """The reply and events when the latest message takes back a request; None otherwise."""
    text = latest_text(tracker)
    if tracker.active_loop_name or not withdraw.withdraws_request(text):
        return None
    closed = take_back(dispatcher, tracker, text)
    say_what_next(dispatcher, text)
    return [SlotSet("handoff_reference", None)] if closed else []


def take_back(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
    """Closes the open request (never a crisis or safeguarding one) and tells the person;
    True when a request was closed (its reference is then no longer the person's)."""
    row = open_handoff(tracker)
    if row is None:
        dispatcher.utter_message(text=withdraw.NOTHING_OPEN)
        return False
    if row.get("reason") in SAFETY_REASONS:
        dispatcher.utter_message(text=withdraw.KEPT_FOR_SAFETY)
        return False
    store.add_notes(row["reference"], [withdraw.staff_note(text)])
    handoffs.close(tracker.sender_id, "not_needed", by="the person",
                   note=withdraw.staff_note(text))
    call_back = bool(row.get("callback_requested")) or row.get("reason") == "callback"
    dispatcher.utter_message(text=withdraw.withdrawn(row["reference"], call_back))
    dispatcher.utter_message(text=withdraw.ASK_AGAIN)
    return True


def say_what_next(dispatcher: CollectingDispatcher, text: str) -> None:
    """A goodbye in the same message is said back; otherwise the menu."""
    if goodbye_at_end(text) is not None:
        dispatcher.utter_message(response="utter_goodbye")
    else:
        dispatcher.utter_message(text=texts.WHAT_NEXT, buttons=texts.MENU_BUTTONS)
