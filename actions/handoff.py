"""Hand-off to a person: records the request, says honestly what happens next, and takes
contact details behind every promise of a call (the contact step).

Whether the words ask for a person at all is decided before this runs: at a question, the
answer-first engine (actions/form_engine.py) only lets a clear request through.
"""
from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import call_changes, call_state
from actions.callback import (ANSWERED_HERE, answer_question, open_handoff, finish_prefilled, note_who_and_needs,
                              offer_to_stop, prefill_contact)
from actions.directory import save_liked
from actions.common import (channel_of, Events, latest_text, note_conversation_details,
                            safety_found, TrackerAction, user_texts)
from actions.form_engine import (contact_for_handoff, contact_from, no_calls_on_record,
                                 safe_contact_instruction)
from bot import form_slots as fs
from bot import form_words
from bot import callback_words, crisis_care, handoff_words, hours, settings, store, texts
from bot.answers.interpreter_for import for_a_visit, interpreter_for_in
from bot.answers import interpreters_each
from bot.answers.interpreters_each import languages_each
from bot.answers.handoff_details import language_needed
from bot.answers.callback_talk import callback_question
from bot.answers.leaving import goodbye_at_end
from bot.answers.signing_off import enjoyed_talking, signs_off
from bot.answers.someone_else import asks_to_call_someone_else
from bot.markers import SKIPPED

# "Call me back", "ring me": the person wants a phone call, even when the team is in.
# "ring me back", and any way in asked for ("get in touch with me", "write to me"): the
# contact step, in or out of hours.
WANTS_A_CALL = re.compile(r"\b(?:call|ring|phone|contact|write to|text|email)\s+(?:me|us)\b|"
                          r"\bcall ?back\b|\bget in touch with (?:me|us)\b|"
                          r"\b(?:send|post) (?:me|us) a letter\b", re.IGNORECASE)


def wants_call(tracker: Tracker, open_now: bool) -> bool:
    """Out of hours, or "ring me back" in this message or the one before (then the
    button that asks for a person)."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][-2:]
    said.append(latest_text(tracker))
    return not open_now or any(WANTS_A_CALL.search(t) or asks_to_call_someone_else(t)
                               for t in said if not t.startswith("/"))


def take_safe_contact(dispatcher: CollectingDispatcher, tracker: Tracker,
                      flags: Dict[str, Any], reference: Optional[str] = None) -> List[EventType]:
    """Notes the instruction on the hand-off at once, then asks for a safe way in (unless
    the email given a moment ago is that way: round fourteen asked for it again)."""
    reference = reference or tracker.get_slot("handoff_reference")
    given = contact_from(tracker.get_slot)
    if given and given.get("email") and (flags.get("text_only") or
                                         flags.get("safe_to_call") is False):
        kept = {**given, **{k: v for k, v in flags.items() if v is not None}}
        if reference:
            store.note_on_handoff(reference, f"Contact: {form_words.contact_read_back(kept)}")
        store.save_record(tracker.sender_id, "contact",
                          {"contact": kept, "handoff": reference, "channel": channel_of(tracker)})
        dispatcher.utter_message(text=form_words.SAFE_CONTACT_NOTED)
        dispatcher.utter_message(text=callback_words.email_instead(given["email"]))
        return [SlotSet("contact_safety", json.dumps(flags))]
    line = form_words.contact_read_back(flags)
    if reference:
        store.note_on_handoff(reference, f"Contact: {line}")
    store.save_record(tracker.sender_id, "contact",
                      {"contact": flags, "handoff": reference, "channel": channel_of(tracker)})
    dispatcher.utter_message(text=form_words.SAFE_CONTACT_NOTED)
    return [SlotSet("contact_safety", json.dumps(flags)), SlotSet("contact_details", None),
            SlotSet("contact_time", None)] + ([] if tracker.active_loop_name
                                              else [FollowupAction("contact_form")])


def reuse_contact(dispatcher: CollectingDispatcher, tracker: Tracker,
                  reference: str) -> bool:
    """A second call-back in one conversation: the number and message wishes given earlier
    go on the new hand-off too, instead of being asked for again."""
    contact = contact_from(tracker.get_slot)
    if contact is None:
        return False
    line = form_words.contact_read_back(contact)
    store.note_on_handoff(reference, f"Contact: {line}")
    dispatcher.utter_message(text=form_words.CONTACT_REUSED)
    dispatcher.utter_message(text=line)
    return True


def ask_for_contact(tracker: Tracker, given: Optional[Dict[str, Any]] = None
                    ) -> List[EventType]:
    """Sets the contact slots to what was said with the request (``given``) and clears the
    rest, so the open form (or the contact form) asks only for what is missing."""
    given = given or {}
    # ("please dont ring me, he might pick up" said before stays: round seventeen)
    kept = {"contact_safety": tracker.get_slot("contact_safety")} \
        if tracker.get_slot("contact_safety") not in (None, SKIPPED, fs.NOT_NEEDED) else {}
    given = {**kept, **{k: v for k, v in given.items() if v is not None}}
    events: List[EventType] = [SlotSet(s.slot, given.get(s.slot)) for s in fs.CONTACT_SLOTS]
    if not tracker.active_loop_name:
        events.append(FollowupAction("contact_form"))
    return events


class ActionHandoff(TrackerAction):
    action = "action_handoff"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        # "change it to after 2pm", "thats the wrong number": the booked call put right.
        changed = call_changes.put_right_events(dispatcher, tracker)
        if changed is not None:
            if goodbye_at_end(latest_text(tracker)) is not None:
                # "ok email better. kasia@example.com. thank you, bye": changed, then bye.
                dispatcher.utter_message(text=callback_words.goodbye_booked(
                    tracker.get_slot("handoff_reference")))
            return changed
        if signs_off(latest_text(tracker)) and (open_handoff(tracker) or
                                                tracker.get_slot("handoff_reference")):
            # "no thats all for now thank you, its been nice to talk to someone" once the
            # call back is asked for: a goodbye, never a second request (round seventeen).
            dispatcher.utter_message(text=callback_words.goodbye_booked(
                tracker.get_slot("handoff_reference"), enjoyed_talking(latest_text(tracker))))
            return []
        # "will they still ring me?", "they won't tell him will they?": answered from the
        # hand-off already asked for, not a second request.
        question = callback_question(latest_text(tracker))
        if question in ANSWERED_HERE:
            # ("ok the stair lift one might be good. will someone ring me": kept first.)
            save_liked(dispatcher, tracker, latest_text(tracker))
        answered = answer_question(dispatcher, tracker, question)
        if answered is not None:
            return answered
        other = asks_to_call_someone_else(latest_text(tracker))
        if other and open_handoff(tracker) and contact_from(tracker.get_slot):
            # "RING MUM. yes or no" once the call is booked: the state, not a new request.
            return call_state.answer_call_state(dispatcher, tracker, open_handoff(tracker),
                                                contact_from(tracker.get_slot))
        flags = safe_contact_instruction(latest_text(tracker))
        if flags and tracker.get_slot("handoff_reference"):
            # "don't phone me, he could answer it" after a disclosure: not a call request.
            return take_safe_contact(dispatcher, tracker, flags)
        if flags and flags.get("safe_to_call") is False and not flags.get("text_only"):
            # "someone should know, but please do not ring me, he might pick up": a message
            # for the team that must never turn into a promised call.
            row = store.create_handoff(tracker.sender_id, "request", channel_of(tracker),
                                       summary=latest_text(tracker)[:500], callback=False)
            note_conversation_details(tracker, row["reference"])
            dispatcher.utter_message(text=handoff_words.no_call_taken(row["reference"]))
            return [SlotSet("handoff_reference", row["reference"]),
                    SlotSet("safety_next", fs.NOT_NEEDED)] + take_safe_contact(
                        dispatcher, tracker, flags, row["reference"])
        offered = contact_for_handoff(tracker, "", latest_text(tracker))
        if offered:
            # "email me please, its ..." after a hand-off: the way in, for the same one.
            offered.pop("turn_note", None)
            if not tracker.active_loop_name and finish_prefilled(
                    dispatcher, tracker, tracker.get_slot("handoff_reference"), offered):
                # "you can ring me on 07700 900556, not friday" after the crisis card, with
                # the time and the way said: saved on that hand-off now, and read back
                # (round fourteen: the contact step was filled, closed at once and nothing
                # was written, after "I will give that to the person from our team").
                return [SlotSet(k, v) for k, v in offered.items()] + [
                    FollowupAction("action_listen")]
            dispatcher.utter_message(text=form_words.CONTACT_FOR_HANDOFF)
            return [SlotSet(k, v) for k, v in offered.items()] + (
                [] if tracker.active_loop_name else [FollowupAction("contact_form")])
        open_now = hours.is_open()
        call = wants_call(tracker, open_now)
        row = store.create_handoff(
            tracker.sender_id,
            "callback" if call else "request",
            channel_of(tracker),
            summary=latest_text(tracker)[:500],
            callback=call,
        )
        note_conversation_details(tracker, row["reference"])
        note_who_and_needs(tracker, row["reference"])
        if other:
            # "ring my mum not me, she is Jackie": staff see who to ring, the person hears it.
            store.add_notes(row["reference"], [other.staff_line()])
        events: List[EventType] = [SlotSet("handoff_reference", row["reference"]),
                                   SlotSet("safety_next", fs.NOT_NEEDED)]
        if not call:
            wait = int(settings.get("opening_hours.typical_wait_minutes", 20))
            dispatcher.utter_message(text=texts.handoff_open(row["reference"], wait))
            return events
        if open_now:
            dispatcher.utter_message(text=texts.handoff_callback(row["reference"]))
        else:
            if crisis_care.suicide_signs(safety_found(tracker.sender_id)):
                # After signs of suicide risk, help now comes before "back on Monday"
                # (round 18: the team's opening time was said first).
                dispatcher.utter_message(text=crisis_care.HELP_NOW_FIRST)
            dispatcher.utter_message(text=texts.handoff_closed(
                row["reference"], hours.describe_next_opening(), no_calls_on_record(tracker)))
        if other:
            dispatcher.utter_message(text=other.said_back(other.phone))
        if each := languages_each(user_texts(tracker)):
            # "urdu for me and punjabi for my father": both (round eighteen).
            dispatcher.utter_message(text=interpreters_each.arranged(each))
        elif (language := language_needed(user_texts(tracker))) is not None:
            # "my mum only speaks urdu": the team books the interpreter, not the person;
            # for the family member named, when it is for them (round 13).
            who = interpreter_for_in(user_texts(tracker))
            dispatcher.utter_message(text=callback_words.interpreter_for_them(
                language, who, for_a_visit(user_texts(tracker))) if who
                else callback_words.interpreter_arranged(language))
        if reuse_contact(dispatcher, tracker, row["reference"]):
            offer_to_stop(dispatcher, tracker)
            return events
        # "My mobile is 07700 900461, best after 2": taken; only what is missing is asked.
        given = prefill_contact(dispatcher, latest_text(tracker))
        if finish_prefilled(dispatcher, tracker, row["reference"], given):
            offer_to_stop(dispatcher, tracker)
            return events + [SlotSet(k, v) for k, v in given.items()]
        return events + ask_for_contact(tracker, given)


class ActionContactDone(TrackerAction):
    """After the contact form: what else can we do?"""
    action = "action_contact_done"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        dispatcher.utter_message(text=texts.ANYTHING_ELSE, buttons=texts.MENU_BUTTONS)
        return []
