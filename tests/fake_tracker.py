"""Just enough of a Rasa tracker for the unit tests of validators, button choosers and
answer readers: slots, the latest text and the active form. One stand-in, shared."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Tuple


class FakeTracker:
    def __init__(self, slots: Optional[Dict[str, Any]] = None, text: str = "",
                 loop: Optional[str] = None):
        self.slots = dict(slots or {})
        self.latest_message = {"text": text}
        self.active_loop_name = loop
        self.sender_id = "fake-tracker"
        self.events: List[Dict[str, Any]] = [{"event": "user", "text": text}] if text else []

    def get_slot(self, name: str) -> Any:
        return self.slots.get(name)


def action_tracker(text: str, slots: Dict[str, Any], intent: str = "request_human",
                   before: Sequence[str] = (), loop: Optional[str] = None,
                   sender: str = "caller") -> Any:
    """A real rasa_sdk Tracker at a person's message, for running an action's ``run``:
    ``before`` are the person's earlier messages, ``loop`` the active form."""
    from rasa_sdk import Tracker
    events = [{"event": "user", "text": t} for t in before] + [{"event": "user", "text": text}]
    return Tracker(sender, slots, {"text": text, "intent": {"name": intent}, "entities": []},
                   events, False, None, {"name": loop} if loop else {}, "action_listen")


def run_action(action: Any, tracker: Any) -> Tuple[str, List[Dict[str, Any]]]:
    """Run an action once: what it said (joined) and the events it returned."""
    import asyncio
    from rasa_sdk.executor import CollectingDispatcher
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return said(dispatcher), events


def run_for_messages(action: Any, tracker: Any
                     ) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """Run an action once: the messages it sent (with their buttons) and its events."""
    import asyncio
    from rasa_sdk.executor import CollectingDispatcher
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def said(dispatcher: Any) -> str:
    """Everything a dispatcher was given to say, joined by spaces."""
    return " ".join(m.get("text") or "" for m in dispatcher.messages)


def slots_of(events: Sequence[Dict[str, Any]]) -> Dict[str, Any]:
    """The slots a list of events sets, by name (the last value wins)."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def carer_form_turn(text: str, slot: str, slots: Optional[Dict[str, Any]] = None,
                    intent: str = "inform", sender: str = "form-t"
                    ) -> Tuple[List[Dict[str, Any]], Dict[str, Any]]:
    """One message read by the carer's assessment at question ``slot`` (consent given):
    the messages it said and the slot values it returned."""
    import asyncio
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher
    from actions.forms import ValidateCarerAssessmentForm
    tracker = Tracker(sender, {"requested_slot": slot, "consent_given": True, **(slots or {})},
                      {"text": text, "intent": {"name": intent, "confidence": 0.9},
                       "entities": []},
                      [{"event": "user", "text": text}], False, None,
                      {"name": "carer_assessment_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    values = asyncio.run(ValidateCarerAssessmentForm().interpret(
        dispatcher, tracker, {"slots": {}, "forms": {}}))
    return dispatcher.messages, values
