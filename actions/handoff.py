"""Hand-off to a person: records the request, then says honestly what happens next."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import texts
from actions.common import channel_of, latest_text
from bot import hours, settings, store


class ActionHandoff(Action):
    def name(self) -> Text:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        open_now = hours.is_open()
        row = store.create_handoff(
            tracker.sender_id,
            "request" if open_now else "callback",
            channel_of(tracker),
            summary=latest_text(tracker)[:500],
            callback=not open_now,
        )
        if open_now:
            wait = int(settings.get("opening_hours.typical_wait_minutes", 20))
            dispatcher.utter_message(text=texts.handoff_open(row["reference"], wait))
        else:
            dispatcher.utter_message(
                text=texts.handoff_closed(row["reference"], hours.describe_next_opening()))
            dispatcher.utter_message(text=texts.handoff_phone_prompt())
        return [SlotSet("handoff_reference", row["reference"])]
