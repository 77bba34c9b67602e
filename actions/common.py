"""Small helpers the actions share: sending texts with buttons, reading the channel."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, Callable, Dict, List, Optional, Union

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from bot import crisis_care, easy_read, easy_read_request, store
from bot.answers import interpreters_each
from bot.answers.callback_talk import hard_of_hearing, hearing_need
from bot.answers.handoff_details import (CONTACT_LINE, HEARING_HEAD, LANGUAGE_HEADS, details_in,
                                         hearing_line, interpreter_for_line)
from bot.data import handoffs
from bot.answers.handoff_story import story_lines
from bot.channels import CHANNELS
from bot.easy_read_offer import OFFER as EASY_READ_OFFER, should_offer


Events = List[Dict[str, Any]]


class TrackerAction(Action, ABC):
    """An action that is its logic only: a subclass sets ``action`` (its name in domain.yml)
    and writes ``act``; no action here reads the domain. Abstract, so rasa-sdk's executor,
    which registers every subclass of ``Action`` but skips abstract ones, never registers
    this base as an action of its own."""
    action: str = ""

    def name(self) -> str:
        return self.action

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> Events:
        events = answered_at_the_question(dispatcher, tracker, self.action)
        if events is None:
            events = await self.act(dispatcher, tracker)
        offer_easy_read(dispatcher, tracker)
        return events

    @abstractmethod
    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        """Does the action's work: what it says goes to ``dispatcher``; returns its events."""


def answered_at_the_question(dispatcher: CollectingDispatcher, tracker: Tracker,
                             action: str) -> Optional[Events]:
    """A yes typed to the safety net's direct question, in words the model placed elsewhere
    ("yes but i dont want a fuss" read as a search): the question's own answer, whichever
    action the policies chose (actions/after_risk.py). Imported here, not at the top: it
    builds on actions.safety, which imports this module."""
    from actions.after_risk import no_to_talking_now, yes_placed_elsewhere

    answered = yes_placed_elsewhere(dispatcher, tracker, action)
    if answered is None:
        # "no" to "talk to someone now?" after a plan: not a no to the risk.
        answered = no_to_talking_now(dispatcher, tracker, action)
    return answered


HANDS_OVER = ("action_answer_outside_form", "action_kind_route")   # hand a turn on


def left_for_search_now(tracker: Tracker) -> bool:
    """The questions were paused in this turn for the search that runs now (the form's
    turn_note ends ":left_for_search"), so the way back to them is offered after it."""
    for event in reversed(getattr(tracker, "events", None) or []):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == "turn_note" and \
                str(event.get("value") or "").endswith(":left_for_search"):
            return bool(tracker.get_slot("paused_form"))
    return False


def chained_listen(tracker: Tracker) -> Events:
    """Listen next when this action was run as another action's follow-up in this turn
    ("NO bingo", or a yes to "Would you like to find free advice near you?": the yes-or-no
    action hands over to the search). No rule follows such a chain, so without this the
    policies would guess the next action (the fallback would answer a second time)."""
    events = getattr(tracker, "events", None) or []
    if tracker.active_loop_name:
        return []
    for event in reversed(events):
        if event.get("event") == "user":
            return []
        if event.get("event") == "action" and event.get("name") in HANDS_OVER:
            return [FollowupAction("action_listen")]
        if event.get("event") == "slot" and event.get("name") == "turn_note" and \
                str(event.get("value") or "").endswith(":left_for_search"):
            # the questions were left for a search ("i only wanted a befriender"):
            # actions/form_engine.py AnswerFirstForm.leave_for_search
            return [FollowupAction("action_listen")]
    return []


def offer_easy_read(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Once, after the reply, when short messages spelt by sound show easy read would help
    (bot/easy_read_offer.py); never with a safety card."""
    if not dispatcher.messages or any(m.get("custom") for m in dispatcher.messages):
        return
    events = getattr(tracker, "events", None) or []
    typed = [str(e.get("text") or "") for e in events if e.get("event") == "user"]
    said = [str(e.get("text") or "") for e in events if e.get("event") == "bot"]
    said += [str(m.get("text") or "") for m in dispatcher.messages]
    if should_offer(typed, said, tracker.latest_message.get("metadata") or {},
                    channel_of(tracker)):
        dispatcher.utter_message(text=EASY_READ_OFFER)
        if len(dispatcher.messages) >= 2 and dispatcher.messages[-2].get("buttons"):
            # Before the message with the buttons, so they stay at the end of the reply.
            dispatcher.messages.insert(len(dispatcher.messages) - 2, dispatcher.messages.pop())


def say(dispatcher: CollectingDispatcher, lines: List[str],
        buttons: Optional[List[Dict[str, str]]] = None) -> None:
    """Sends each line as its own message; buttons go with the last one."""
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if last and buttons:
            dispatcher.utter_message(text=line, buttons=buttons)
        else:
            dispatcher.utter_message(text=line)


def said_channel(tracker: Tracker) -> Optional[str]:
    """The channel the gateway named in the message metadata, or None (a direct API call)."""
    metadata: Dict[str, Any] = tracker.latest_message.get("metadata") or {}
    if not metadata:
        for event in reversed(tracker.events):
            if event.get("event") == "user" and event.get("metadata"):
                metadata = event["metadata"]
                break
    return str(metadata["channel"]) if metadata.get("channel") else None


def asking(slot: str, text: Union[str, Callable[[], str]],
           buttons: Optional[List[Dict[str, str]]] = None) -> type:
    """The ``action_ask_<slot>`` action of a question with its buttons. ``text`` is the
    question, or a function that words it when asked (council.yml facts in it)."""
    class _Ask(TrackerAction):
        action = f"action_ask_{slot}"

        async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
            dispatcher.utter_message(text=text() if callable(text) else text,
                                     buttons=buttons or None)
            return []

    _Ask.__name__ = f"ActionAsk_{slot}"
    _Ask.__doc__ = f"Asks {slot}."
    return _Ask


def channel_of(tracker: Tracker) -> str:
    """web, telegram or staff: set by the gateway in the message metadata. Anything else (a
    direct API call naming its own channel) counts as web, so no record is refused."""
    said = said_channel(tracker)
    return said if said in CHANNELS else "web"


def intent_of(tracker: Tracker) -> str:
    """The intent of the latest message ("" when there is none)."""
    return str((tracker.latest_message.get("intent") or {}).get("name") or "")


def user_texts(tracker: Tracker) -> List[str]:
    """Every message the person typed in this conversation, oldest first."""
    return [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message.get("text") or "").strip()


def entity(tracker: Tracker, name: str) -> Optional[str]:
    value = next(tracker.get_latest_entity_values(name), None)
    return str(value) if value is not None else None


def safety_found(sender_id: str) -> List[Dict[str, Any]]:
    """What the safety net caught or asked about earlier in this conversation: the person's
    safety records, oldest first (one reading for every action that weighs them)."""
    return crisis_care.safety_records(store.records_for(sender_id))


def note_conversation_details(tracker: Tracker, reference: Optional[str] = None) -> None:
    """Puts a language need or a contact instruction said anywhere in the conversation
    ("she only speaks Punjabi", "ring me not dad"), and their wants, risks, name, age and
    area (bot/answers/handoff_story.py), on the hand-off staff see."""
    reference = reference or tracker.get_slot("handoff_reference")
    if not reference:
        return
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    store.add_notes(reference, details_in(said))
    put_right_details(reference, said)
    # What they want and the risks said anywhere, with their name, age and area (round
    # twelve: only the request and the form's slots reached staff).
    about_them = tracker.get_slot("about") == "someone_i_care_for"
    store.add_notes_by_heading(reference, story_lines(said, {
        "preferred_name": None if about_them else tracker.get_slot("preferred_name"),
        "postcode": tracker.get_slot("postcode")}))


def put_right_details(reference: str, said: List[str]) -> None:
    """Lines noted on the hand-off earlier that later words put right (round 13): "no my
    hearing is fine, I want a phone call" takes the hearing line off; "the interpreter is
    for my father, not me" makes the interpreter line say who needs it."""
    said = [t for t in said if t and not t.startswith("/")]
    if any(hard_of_hearing(t) for t in said) and not hearing_need(said):
        heard = tuple(CONTACT_LINE.format(words=line.split(" They said: ", 1)[1])
                      for t in said for line in [hearing_line(t)] if line)
        handoffs.replace_notes(reference, (HEARING_HEAD,) + heard, [])
    each = interpreters_each.staff_lines(said)
    for_them = interpreter_for_line(said)
    if each:
        # "urdu for me and punjabi for my father": one line a person (round eighteen).
        handoffs.replace_notes(reference, LANGUAGE_HEADS, each)
    elif for_them:
        handoffs.replace_notes(reference, LANGUAGE_HEADS, [for_them])


def switch_easy_read(dispatcher: CollectingDispatcher, tracker: Tracker, on: bool) -> None:
    """ "can you use easier words": says so, and carries the switch to the channel
    (bot/easy_read_request.py), in a form or outside one."""
    if not on and not easy_read.wanted((tracker.latest_message or {}).get("metadata")):
        # "back to normal words" when easy read was never on (round thirteen): nothing to
        # switch off, said so.
        dispatcher.utter_message(text=easy_read_request.ALREADY_USUAL)
        return
    dispatcher.utter_message(text=easy_read_request.reply(on, channel_of(tracker)))
    dispatcher.utter_message(json_message=easy_read_request.switch(on))
