"""Hand-off to a person: records the request, then says honestly what happens next."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import texts
from actions.common import channel_of, latest_text
from bot import hours, settings, store
from bot.records.questions import FORMS


NAME_ANSWER = re.compile(
    r"^(?:(?:you can |just |please )?call me|my name is|my name's|i'?m|it'?s)\s+"
    r"(?P<name>[^\W\d_][\w'-]{0,30}(?:\s+[^\W\d_][\w'-]{0,30})?)[.!]?$", re.IGNORECASE)
NOT_A_NAME = {"back", "later", "now", "soon", "tomorrow", "today", "please", "again", "a",
              "an", "the", "someone", "somebody", "person", "human", "on", "at", "when"}


# What someone says when they really want a person. Inside a question, "someone to help me
# into the garden" is an answer, not a request for a person.
ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:person|human|people|staff|adviser|advisor|social worker|operator|agent|"
    r"someone (?:from|at|in) (?:the )?(?:council|team|office)|real (?:person|someone)|"
    r"(?:talk|speak|chat) (?:to|with) (?:someone|somebody|a|an|the|you)|"
    r"call (?:me )?back|ring me|phone me|call me (?:on|at|when|please|today|tomorrow)|"
    r"contact me)\b", re.IGNORECASE)


# Questions answered in the person's own words (the name question has its own rule).
FREE_TEXT_SLOTS = {q.slot for questions in FORMS.values() for q in questions
                   if q.slot != "preferred_name"} | {"whats_going_on", "survey_comments"}


def answer_given(tracker: Tracker) -> Optional[Dict[str, str]]:
    """When a form question is open and the words answer it rather than ask for a person."""
    slot = tracker.get_slot("requested_slot")
    if not slot or not tracker.active_loop.get("name"):
        return None
    if slot == "preferred_name":
        name = name_given(tracker)
        return {slot: name} if name else None
    text = latest_text(tracker)
    if slot not in FREE_TEXT_SLOTS or not text or text.startswith("/") or ASKS_FOR_A_PERSON.search(text):
        return None
    return {slot: text[:2000]}


def name_given(tracker: Tracker) -> Optional[str]:
    """The name in "call me Jeannie", when the bot has just asked for a name."""
    if tracker.get_slot("requested_slot") != "preferred_name":
        return None
    match = NAME_ANSWER.match(latest_text(tracker))
    if not match:
        return None
    name = match.group("name").strip()
    if name.split()[0].lower() in NOT_A_NAME:
        return None
    return name[:40]


class ActionHandoff(Action):
    def name(self) -> Text:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        answer = answer_given(tracker)
        if answer:
            # "Call me Jeannie" at the name question is a name, and "someone to help me into
            # the garden" answers the question: neither asks for a person.
            return [SlotSet(slot, value) for slot, value in answer.items()]
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
