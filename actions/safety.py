"""The safety net: crisis and safeguarding answers. They run from any point, forms included.

What counts as danger or abuse is decided in NLU (bot/safety): a trained intent checked
against a reviewed lexicon. These actions only say what to do and raise a hand-off.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import texts
from actions.common import channel_of, latest_text, say
from bot import store


class ActionCrisisSupport(Action):
    def name(self) -> Text:
        return "action_crisis_support"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        say(dispatcher, texts.crisis_support(), texts.crisis_buttons())
        row = store.create_handoff(tracker.sender_id, "crisis", channel_of(tracker),
                                   summary=latest_text(tracker)[:500])
        return [SlotSet("handoff_reference", row["reference"])]


class ActionSafeguardingSupport(Action):
    def name(self) -> Text:
        return "action_safeguarding_support"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        say(dispatcher, texts.safeguarding_support(), texts.safeguarding_buttons())
        row = store.create_handoff(tracker.sender_id, "safeguarding", channel_of(tracker),
                                   summary=latest_text(tracker)[:500])
        return [SlotSet("handoff_reference", row["reference"])]
