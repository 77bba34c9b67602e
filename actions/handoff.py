"""Hand-off to a person: records the request, says honestly what happens next, and takes
contact details behind every promise of a call (the contact step).

Whether the words ask for a person at all is decided before this runs: at a question, the
answer-first engine (actions/form_engine.py) only lets a clear request through.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import channel_of, latest_text
from bot import form_slots as fs
from bot import hours, settings, store, texts

# "Call me back", "ring me": the person wants a phone call, even when the team is in.
WANTS_A_CALL = re.compile(r"\b(?:call|ring|phone)\s+(?:me|us)\b|\bcall ?back\b", re.IGNORECASE)


def wants_call(tracker: Tracker, open_now: bool) -> bool:
    return not open_now or bool(WANTS_A_CALL.search(latest_text(tracker)))


def ask_for_contact(tracker: Tracker) -> List[EventType]:
    """Clears the contact slots so the open form (or the contact form) asks for them."""
    events: List[EventType] = [SlotSet(s.slot, None) for s in fs.CONTACT_SLOTS]
    if not tracker.active_loop_name:
        events.append(FollowupAction("contact_form"))
    return events


class ActionHandoff(Action):
    def name(self) -> Text:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        open_now = hours.is_open()
        call = wants_call(tracker, open_now)
        row = store.create_handoff(
            tracker.sender_id,
            "callback" if call else "request",
            channel_of(tracker),
            summary=latest_text(tracker)[:500],
            callback=call,
        )
        events: List[EventType] = [SlotSet("handoff_reference", row["reference"]),
                                   SlotSet("safety_next", fs.NOT_NEEDED)]
        if not call:
            wait = int(settings.get("opening_hours.typical_wait_minutes", 20))
            dispatcher.utter_message(text=texts.handoff_open(row["reference"], wait))
            return events
        if open_now:
            dispatcher.utter_message(text=texts.handoff_callback(row["reference"]))
        else:
            dispatcher.utter_message(
                text=texts.handoff_closed(row["reference"], hours.describe_next_opening()))
        return events + ask_for_contact(tracker)


class ActionContactDone(Action):
    """After the contact form: what else can we do?"""

    def name(self) -> Text:
        return "action_contact_done"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=texts.anything_else(), buttons=texts.MENU_BUTTONS)
        return []
