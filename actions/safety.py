"""The safety net's answers: crisis, safeguarding, the one direct question, and the kind
routes that are not a crisis. They run from any point, forms included.

What counts as danger is decided in NLU (bot/safety): patterns, a risk model and context
checks, tiered clear / check-in / none. These actions say what to do, raise a hand-off with
the category's priority, record the disclosure for staff, and keep the answer the person
was giving when a form was open.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.callback import (answer_question, complaint_route_again, latest_complaint,
                              take_complaint)
from actions.common import (channel_of, Events, intent_of, latest_text, safety_found, said_channel,
                            TrackerAction, user_texts)
from actions.conversation import leave_form, own_name, say_reflection
from actions.false_alarm import may_put_right, say_put_right
from actions.form_engine import no_calls_asked, note_rather_not, safety_steps_after_a_search
from actions.forms import reflect_on_answer
from actions.heard_record import heard_so_far
from actions.waiting import note_urgent_time, open_handoff, ring_now_lines, waiting_lines
from bot import crisis_care
from bot import form_slots as fs
from bot import form_words, hours, listening, safety, settings, store
from bot import callback_words, handoff_words, safety_words, texts
from bot.answers.callback_talk import asks_to_pass_it_on, callback_question
from bot.answers import after_telling, falls, safeguarding_questions
from actions.falls_reply import say_fall
from bot.answers.someone_else import asks_to_call_someone_else
from bot.answers.check_in import NO, RATHER_NOT, UNSURE, YES, check_in_answer
from bot.directory.facets import read_facets
from bot.directory.needs import search_request
from bot.directory.places import find_location
from bot.directory.search import categorise, search_services
from bot.needs_in_a_hurry import need_asked
from bot.intents import SAFETY_INTENTS
from bot.markers import SKIPPED
from bot.sounds_like import as_meant
from bot.safety.assessment import ARRIVAL_HINT, QUICK_EXIT
from bot.safety import false_alarm
from bot.safety.cooldown import escalates_after_sign, last_no, new_sign_after_no, quiet_after_no



def finding(tracker: Tracker) -> Dict[str, Any]:
    """What the safety net found in the latest message (tier, kind, category, evidence)."""
    return dict(tracker.latest_message.get("safety_net") or {})


def kept_answer(tracker: Tracker) -> List[EventType]:
    """The disclosure was said at a question: it is that question's answer, flagged."""
    slot = tracker.get_slot("requested_slot")
    intent = intent_of(tracker)
    text = latest_text(tracker)
    if (not tracker.active_loop_name or not slot or slot in fs.ENGINE_SLOT_NAMES
            or intent not in SAFETY_INTENTS or not text or text.startswith("/")):
        return []
    if fs.KIND_OF.get(slot) == fs.COMMENT:
        # A survey's comments are anonymous and read in reports: what was said about danger
        # goes to the hand-off and the person's record, never there.
        return [SlotSet(slot, SKIPPED)]
    if fs.KIND_OF.get(slot) not in (fs.FREE_TEXT, fs.OUTCOME):
        return []
    return [SlotSet(slot, text[:2000])]


def note_words(reference: Optional[str], text: str) -> None:
    """Every message that showed danger goes on the hand-off staff see, not only the first."""
    if reference and text and not text.startswith("/"):
        store.add_notes(reference, [" ".join(text.split())[:500]])


def record_disclosure(tracker: Tracker, kind: str, tier: str,
                      category: Optional[str]) -> None:
    """The words, time and category in the person's record, for staff to follow up."""
    text = latest_text(tracker)
    if not text or text.startswith("/"):
        return
    store.save_record(tracker.sender_id, "safety", {
        "words": text[:2000], "kind": kind, "tier": tier, "category": category,
        "question": tracker.get_slot("requested_slot") if tracker.active_loop_name else None,
        "form": tracker.active_loop_name,
        "at": datetime.now(tz=timezone.utc).isoformat(timespec="seconds"),
        # what raised it: "pattern" (a reviewed phrase) or "model" (the risk classifier
        # alone), for staff reading the record
        "signal": finding(tracker).get("signal") or "",
    })


def yes_note(tracker: Tracker, kind: str, text: str) -> Optional[str]:
    """For staff: this message answers the direct question with a yes, tapped or typed
    ("They said YES to: Are you thinking about ending your life? They said: 'yes but i dont
    want a fuss'"), or None. Round fourteen: the yes was never stated as an answer."""
    if tracker.get_slot("safety_concern") != kind:
        return None
    typed = bool(text) and not text.startswith("/")
    if not (text == "/affirm" or (typed and check_in_answer(text) == YES) or
            (typed and intent_of(tracker) == "affirm" and check_in_answer(text) != NO)):
        return None
    question, _ = safety.check_in_question(tracker.get_slot("safety_category") or kind)
    quoted = "'" + " ".join(text.split())[:300] + "'" if typed else None
    return handoff_words.said_yes_note(question, quoted)


def send_response(dispatcher: CollectingDispatcher, response: Any,
                  buttons: Optional[List[Dict[str, str]]], channel: str) -> None:
    """One clear block. The web chat draws it from its structure (999 first, numbers to tap);
    other channels get the same block as one text message."""
    if channel != "web":
        dispatcher.utter_message(text=response.text(), buttons=buttons or None)
        return
    numbers = [{"label": label, "number": number, "kind": kind, "href": href}
               for label, number, kind, href in response.numbers]
    heading = response.heading + "."
    dispatcher.utter_message(json_message={
        "type": "safety", "heading": response.heading,
        "lines": [line for line in response.lines if line != heading], "numbers": numbers})
    if buttons:
        dispatcher.utter_message(text=safety_words.WHAT_NEXT, buttons=buttons)


def respond(dispatcher: CollectingDispatcher, tracker: Tracker, kind: str,
            reason: str) -> List[EventType]:
    """The shared body of the crisis and safeguarding actions."""
    found = finding(tracker)
    category = found.get("category") if found.get("kind") == kind else None
    in_form = bool(tracker.active_loop_name)
    text = latest_text(tracker)
    # The stored records, read once: what the safety net found earlier, and a wish told.
    records = store.records_for(tracker.sender_id)
    earlier = crisis_care.safety_records(records)
    # A clear, current plan (the means with a time or goodbyes, or a second sign after an
    # earlier one): said plainly, with the numbers now and a person at once.
    plan = kind == "crisis" and crisis_care.is_plan(category, text, earlier)
    # Abuse told outside a form (or a "yes" to the direct question): Making Safeguarding
    # Personal asks what the person would like to happen, with the forms' own question.
    ask_wish = kind == "safeguarding" and not in_form
    # A clear statement ("I want to kill myself", "ive taken all my tablets"): they said so,
    # so the direct yes/no question is not asked; safety now is ("Are you safe right now?").
    now_state = None if plan or found.get("kind") != kind else crisis_care.explicit_state(
        category, found.get("tier"), text)
    response = safety.response_for(category or kind, is_open=hours.is_open(),
                                   council=settings.council())
    buttons = None
    if not (in_form or ask_wish or plan or now_state):
        # After suicide risk a person comes first, never "carry on".
        buttons = crisis_care.outside_form_buttons(category) or response.buttons
    asked = safeguarding_questions.answer(text, asked_only=True) if kind == "safeguarding" \
        else []
    if asked and abuse_told(earlier) and (not category or abuse_told(earlier, category)
                                          or found.get("signal") == "model"):
        # "I don't want him in trouble. If I told this safeguarding team what would they
        # do?" after abuse was told: her question answered, not a second card.
        dispatcher.utter_message(text=safety_words.ADDED_FOR_TEAM)
        for line in asked:
            dispatcher.utter_message(text=line)
        if buttons:
            dispatcher.utter_message(text=safety_words.WHAT_NEXT, buttons=buttons)
    elif kind == "safeguarding" and abuse_told(earlier, category):
        # The same abuse told again: a short line pointing back to the card, not the card
        # word for word a second time.
        dispatcher.utter_message(text=safety_words.TOLD_AGAIN)
        if buttons:
            dispatcher.utter_message(text=safety_words.WHAT_NEXT, buttons=buttons)
    else:
        send_response(dispatcher, response, buttons, said_channel(tracker) or "api")
        for line in asked:
            # A new kind of harm told with a question: the card, then the answer.
            dispatcher.utter_message(text=line)
    if kind == "safeguarding":
        # "is that it? shes covered in bruises... who do i tell": who to ring now, in words
        # (round sixteen: only the card again).
        for line in ring_now_lines(tracker.sender_id, text, told_now=True):
            dispatcher.utter_message(text=line)
    record_disclosure(tracker, kind, found.get("tier") or "clear", category)
    priority = safety.category_info(category)["priority"] if category else None
    row = store.create_handoff(tracker.sender_id, reason, channel_of(tracker),
                               summary=text[:500], priority=priority)
    note_words(row["reference"], text)
    said_yes = yes_note(tracker, kind, text)
    if said_yes:
        store.add_notes(row["reference"], [said_yes])
    other = asks_to_call_someone_else(text)
    if other is not None:
        # "...could they ring my friend Joan next door instead? Her number is 0113 496 0777"
        # told with the harm: who to ring, and the number, on its own line (round fourteen:
        # only in her words).
        store.add_notes(row["reference"], [other.staff_line()])
    # A time named with the risk ("before sunday", earlier or now): urgent, with the day.
    note_urgent_time(tracker.sender_id, row["reference"],
                     [f.get("words") or "" for f in crisis_care.suicide_signs(earlier)] + [text],
                     days_too=True)
    # The direct question (if it was asked) is answered now: it must not be asked again.
    events: List[EventType] = [SlotSet("handoff_reference", row["reference"]),
                               SlotSet("risk_told", True),   # the goodbye keeps the numbers
                               SlotSet("safety_concern", None),
                               SlotSet("safety_check", fs.NOT_NEEDED)]
    events += kept_answer(tracker)
    if now_state:
        events.append(SlotSet("turn_note", None))   # the safety-now question is asked afresh
    # The step after the card: after suicide risk the direct question, or a person now.
    events.append(SlotSet("safety_category", (crisis_care.TALK_NOW_STATE if plan else
                                              now_state or category)
                          if crisis_care.is_suicide(category) else None))
    if in_form:
        # The form asks next: what they would like to happen (for abuse), then carry on,
        # stop or talk to someone (after suicide risk: the direct question or a person).
        if kind == "safeguarding" and found.get("kind") == "safeguarding" and \
                not wish_given(records):
            events.append(SlotSet("safety_wish", None))
        events.append(SlotSet("safety_next", None))
        # Back to the form by name: its interruption rules for a yes at the direct question
        # need safety_concern, which is cleared above, so no rule followed and the card was
        # followed by "Sorry, I did not follow that" (round fourteen, the Yes button too).
        events.append(FollowupAction(tracker.active_loop_name))
    elif ask_wish:
        events += wish_outside_a_form(asked_before=wish_given(records))
    elif now_state:
        # Outside a form: the same safety-now step as inside one (listen and connect opened
        # at its safety step), so the reply is read by one definition, whatever was open.
        events += [SlotSet("safety_next", None), FollowupAction(WISH_FORM)]
    else:
        if plan:
            when = crisis_care.when_said(
                [f.get("words") or "" for f in crisis_care.suicide_signs(earlier)] + [text])
            lines = crisis_care.as_true_now(crisis_care.plan_lines(when))
            lines.append(crisis_care.REFERENCE_LINE.format(reference=row["reference"]))
            for line in lines:
                dispatcher.utter_message(text=line)
            dispatcher.utter_message(text=crisis_care.TALK_NOW_QUESTION,
                                     buttons=[crisis_care.TALK_NOW, crisis_care.OUTSIDE_STOP])
        # Wait for the person: no policy is left to guess (and fall back) after the block.
        events.append(FollowupAction("action_listen"))
    return events


def abuse_told(earlier: List[Dict[str, Any]], category: Optional[str] = None) -> bool:
    """True when abuse was told in this conversation (a clear sign or a yes that stands),
    of this kind when ``category`` is given."""
    return any(f.get("kind") == "safeguarding" and f.get("tier") == "clear"
               and crisis_care.stands(f) and (category is None or f.get("category") == category)
               for f in earlier)


def heard_again(dispatcher: CollectingDispatcher, tracker: Tracker,
                kind: str) -> List[EventType]:
    """After abuse was told, a message that only hints at it ("will they ring me instead?
    he might pick up", "would they go and see him?"): never "Is anyone hurting you?" again.
    Their question is answered; the words go on the hand-off."""
    text = latest_text(tracker)
    record_disclosure(tracker, kind, "check_in", finding(tracker).get("category"))
    note_words(tracker.get_slot("handoff_reference"), text)
    told = after_telling.answer(text)   # "who would i talk to" (round 18)
    lines = told + [line for line in safeguarding_questions.answer(text) if line not in told]
    if not lines and not tracker.active_loop_name:
        answered = answer_question(dispatcher, tracker, callback_question(text))
        if answered is not None:
            return answered + [FollowupAction("action_listen")]
    for line in lines or [safety_words.ADDED_FOR_TEAM]:
        dispatcher.utter_message(text=line)
    if tracker.active_loop_name:
        # safety_concern hands back to the form (as not_asked_again); the question is
        # answered, so it is not asked.
        return [SlotSet("safety_concern", kind), SlotSet("safety_check", fs.NOT_NEEDED)]
    return [FollowupAction("action_listen")]


# The form whose engine asks "What would you like to happen now?" (form_words.ASK_SAFETY_WISH),
# saves the answer in the person's record beside the disclosure ("safety_wish") and then asks
# whether to carry on, stop or talk to someone: listen and connect, whose own question comes
# after those and which every interruption (a person, stop, a crisis) already has rules for.
WISH_FORM = "listen_form"


def wish_outside_a_form(asked_before: bool = False) -> List[EventType]:
    """Outside a form: the same Making Safeguarding Personal steps as inside one, by opening
    listen and connect at its safety steps (one definition of the question and its record).
    A wish already told in this conversation is not asked for again (round fourteen)."""
    return [SlotSet("safety_wish", fs.NOT_NEEDED if asked_before else None),
            SlotSet("safety_next", None), FollowupAction(WISH_FORM)]


def wish_given(records: List[Dict[str, Any]]) -> bool:
    """True when the person's records (``store.records_for``) hold what they would like to
    happen, already said."""
    return any(r.get("kind") == "safety_wish" for r in records)


class ActionCrisisSupport(TrackerAction):
    action = "action_crisis_support"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        back = back_after_quick_exit(dispatcher, tracker)
        if back is not None:
            return back
        return block_unless_quiet(dispatcher, tracker, "crisis")


def block_unless_quiet(dispatcher: CollectingDispatcher, tracker: Tracker,
                       kind: str) -> List[EventType]:
    """The block, unless the person said No (or put a false alarm right) and only the
    classifier, alone, leans the same way again (bot/safety/cooldown.py)."""
    if not quiet_after_no(tracker.events, finding(tracker), text=latest_text(tracker)):
        return respond(dispatcher, tracker, kind, kind)
    if tracker.active_loop_name:
        # The message is the answer to the question on screen; the form goes on.
        return [SlotSet("safety_check", fs.NOT_NEEDED)] + kept_answer(tracker)
    return not_asked_again(dispatcher, tracker, kind)


# Coming back after leaving in a hurry: "its me again, hes gone out", "ok shes left now".
# Someone gone out is why they can talk again, not a missing adult.
BACK_AFTER_EXIT_CATEGORIES = frozenset({None, "missing_adult"})


def back_after_quick_exit(dispatcher: CollectingDispatcher,
                          tracker: Tracker) -> Optional[List[EventType]]:
    """After a quick exit, a message saying they are back because the person has gone is
    linked to what they told us (the welcome back), with "carry on" for a paused form; not a
    crisis card."""
    text = latest_text(tracker)
    if tracker.active_loop_name or finding(tracker).get("category") not in \
            BACK_AFTER_EXIT_CATEGORIES:
        return None
    found = safety_found(tracker.sender_id)
    exits = [i for i, f in enumerate(found) if f.get("kind") == "quick_exit"]
    if not exits or any(f.get("tier") == "clear" for f in found[exits[-1] + 1:]):
        return None
    if not (crisis_care.is_returning(text) or crisis_care.says_gone(text)):
        return None
    reference = tracker.get_slot("handoff_reference")
    if reference:
        store.add_notes(reference, ["Came back after leaving in a hurry: "
                                    + " ".join(text.split())[:300]])
    told = [f for f in found if f.get("kind") != "quick_exit"]
    lines = crisis_care.welcome_back(told, reference) if crisis_care.risk_told(told) else [
        crisis_care.WELCOME_BACK, crisis_care.HOW_NOW]
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    buttons = ([dict(texts.CARRY_ON)] if tracker.get_slot("paused_form") else []
               ) + [dict(crisis_care.TALK_NOW)]
    dispatcher.utter_message(text=lines[-1], buttons=buttons)
    return [FollowupAction("action_listen")]


class ActionSafeguardingSupport(TrackerAction):
    action = "action_safeguarding_support"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        return block_unless_quiet(dispatcher, tracker, "safeguarding")


def check_in_kind(tracker: Tracker) -> str:
    found = finding(tracker)
    return "safeguarding" if found.get("kind") == "safeguarding" else "crisis"


# "about my nan. shes 88 and has a lady come in": the family member the message is about,
# when the person typing says nothing of themselves being harmed ("me", "myself").
# (Only an older relative: "my son", "my partner" may be the one doing the harm.)
FAMILY_NAMED = re.compile(r"\bmy (nan|nana|nanna|gran|granny|grandma|grandmother|grandad|"
                          r"grandpa|grandfather|mum|mam|mom|mother|dad|father)\b", re.IGNORECASE)
SELF_NAMED = re.compile(r"\b(?:me|myself|my (?:money|pension|bank|benefits|card|house|flat|"
                        r"home|phone))\b", re.IGNORECASE)


def family_member_in(text: str) -> Optional[str]:
    """The family word ("nan", "dad") a message is about, or None when it speaks of the
    person typing."""
    found = FAMILY_NAMED.search(text or "")
    if not found or SELF_NAMED.search(text or ""):
        return None
    return found.group(1).lower()


def ask_check_in(dispatcher: CollectingDispatcher, category: Optional[str], kind: str,
                 text: str = "") -> None:
    text, buttons = safety.check_in_question(category or kind, about=family_member_in(text))
    dispatcher.utter_message(text=text, buttons=buttons)


# Signs that a person may have made ready to end their life. Once one was said in this
# conversation, a later hint ("dont save me a seat", "this is goodbye") is read with it:
# the crisis card at once, not a question as if heard for the first time.
EARLIER_SIGNS = frozenset({"suicide_preparation", "suicide_method", "suicide_act",
                           "suicide_plan_time", "suicide_thoughts"})


def earlier_signs(tracker: Tracker) -> bool:
    """True when a message before the latest one in the conversation (as far back as the
    tracker the action server is sent) held such a sign, caught or asked about."""
    said = [event for event in tracker.events if event.get("event") == "user"]
    for event in said[:-1]:
        found = (event.get("parse_data") or {}).get("safety_net") or {}
        if found.get("category") in EARLIER_SIGNS and found.get("tier") in ("clear",
                                                                             "check_in"):
            return True
    return False


def took_it_back(dispatcher: CollectingDispatcher, tracker: Tracker,
                 text: str) -> Optional[Events]:
    """ "forget it. i shouldnt have said that" outside the questions, after signs of suicide
    risk that stand: met kindly, the hand-off kept (the team will still check in), the
    numbers in view, and the questions one tap away when some were paused."""
    if not crisis_care.takes_it_back(text):
        return None
    found = safety_found(tracker.sender_id)
    if not crisis_care.suicide_signs(found):
        return None
    row = open_handoff(tracker.sender_id)
    if row:
        store.add_notes(row["reference"], [handoff_words.taken_back_note(
            "'" + " ".join(text.split())[:300] + "'", in_questions=False)])
    dispatcher.utter_message(text=f"{crisis_care.TAKEN_BACK} {crisis_care.TEAM_STILL}" if row
                             else crisis_care.TAKEN_BACK)
    buttons = ([dict(texts.CARRY_ON)] if tracker.get_slot("paused_form") else []) + [
        dict(crisis_care.TALK_NOW)]
    # "ignore me. doesnt matter anyway": it does, with the numbers.
    dispatcher.utter_message(text=callback_words.STILL_MATTERS if crisis_care.sounds_hopeless(
        text) else crisis_care.DOOR_OPEN_NUMBERS, buttons=buttons)
    return [SlotSet("safety_concern", None), FollowupAction("action_listen")]


class ActionSafetyCheckIn(TrackerAction):
    """Possible danger: one gentle, direct question first, then the right route. After an
    earlier sign of preparation in the conversation, a new hint of danger to life gets the
    crisis card instead (a goodbye after "ive got my tablets saved up")."""
    action = "action_safety_check_in"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        if finding(tracker).get("route") == QUICK_EXIT:
            if finding(tracker).get("signal") == ARRIVAL_HINT and not danger_told(tracker):
                # "my lift's just pulled up, got to go" in everyday talk: an ordinary goodbye.
                return leaving_in_everyday_talk(dispatcher, tracker)
            return quick_exit(dispatcher, tracker, need=await need_line_for(latest_text(tracker)))
        back = back_after_quick_exit(dispatcher, tracker)
        if back is not None:
            return back
        kind = check_in_kind(tracker)
        text = latest_text(tracker)
        if kind == "crisis" and not tracker.active_loop_name and \
                tracker.get_slot("safety_category") == crisis_care.TALK_NOW_STATE and \
                not crisis_care.SAYS_IT.search(text):
            # "forget it. i shouldnt have said that" just after a plan was said back and a
            # person offered: met kindly, the hand-off kept, the numbers in view; never the
            # direct question as if nothing had been told (round twelve).
            taken = took_it_back(dispatcher, tracker, text)
            if taken is not None:
                record_disclosure(tracker, kind, "check_in", finding(tracker).get("category"))
                return taken
        leaving = waiting_lines(tracker, text) if \
            crisis_care.waiting_kind(text) in ("cannot_stay", "asks") else None
        if leaving:
            # "i cant stay long, ill have to go soon" while waiting for a person: a safe way
            # back and 999, not a question they have no time to answer.
            record_disclosure(tracker, kind, "check_in", finding(tracker).get("category"))
            note_words(tracker.get_slot("handoff_reference"), text)
            for line in leaving:
                dispatcher.utter_message(text=line)
            return [FollowupAction("action_listen")]
        # Taking it back ("forget i said anything") after a sign is asked about plainly: the
        # direct question, whose "rather not say" keeps the numbers in view.
        # The text is read again, not the assessment's stored evidence: the evidence is the
        # one span that decided the message, so a take-back beside a stronger phrase
        # ("forget i said anything, i want to die": evidence "want to die") is not in it, and
        # reading the evidence would give the crisis card where this gives the question
        # (tests/safety/test_preparations_goodbyes_and_not_waking.py pins both).
        found = finding(tracker)
        # ...but only for a message that itself carries danger (a pattern or a risk word):
        # an earlier alarm never turns everyday talk into the card (bot/safety/cooldown.py).
        # After a "No" to the suicide question, a new sign of preparation is more serious,
        # whatever raised it: the card at once, never the question again (round 18).
        if kind == "crisis" and (earlier_signs(tracker) and escalates_after_sign(text, found)
                                 or new_sign_after_no(tracker.events, found, text)):
            events = respond(dispatcher, tracker, "crisis", "crisis")
            if tracker.active_loop_name:
                # The check-in's interruption rule hands back to the form only with
                # safety_concern set (as not_asked_again does); without it no rule matched
                # and the card was followed by "Sorry, I did not follow that" (round eleven).
                events.append(SlotSet("safety_concern", "crisis"))
            return events
        if quiet_after_no(tracker.events, found, text=text):
            return not_asked_again(dispatcher, tracker, kind)
        if kind == "safeguarding" and abuse_told(safety_found(tracker.sender_id)):
            return heard_again(dispatcher, tracker, kind)
        record_disclosure(tracker, kind, "check_in", found.get("category"))
        note_words(tracker.get_slot("handoff_reference"), latest_text(tracker))
        events: List[EventType] = [SlotSet("safety_concern", kind),
                                   SlotSet("safety_category", found.get("category"))]
        events += kept_answer(tracker)
        if tracker.active_loop_name:
            dispatcher.utter_message(text=safety_words.CHECK_IN_INTRO)
            return events + [SlotSet("safety_check", None)]  # the form asks the question
        if kind == "safeguarding":
            # "if i told the safeguarding team about my son what would they do?": her
            # question first, then the gentle question (round fourteen: only the question).
            for line in safeguarding_questions.answer(text, asked_only=True):
                dispatcher.utter_message(text=line)
        ask_check_in(dispatcher, found.get("category"), kind, text)
        return events


def danger_told(tracker: Tracker) -> bool:
    """True when this conversation already holds a disclosure of danger or abuse, caught or
    asked about: then someone arriving by car ("he's just pulled up") is a quick exit."""
    said = [event for event in tracker.events if event.get("event") == "user"][:-1]
    for event in said:
        found = (event.get("parse_data") or {}).get("safety_net") or {}
        if found.get("tier") in ("clear", "check_in"):
            return True
    if tracker.get_slot("risk_told") or tracker.get_slot("safety_concern"):
        return True
    return any(f.get("kind") in ("crisis", "safeguarding") and f.get("tier") in ("clear", "check_in")
               for f in safety_found(tracker.sender_id))


def leaving_in_everyday_talk(dispatcher: CollectingDispatcher,
                             tracker: Tracker) -> List[EventType]:
    """Someone arriving, in a conversation with no disclosure: an ordinary goodbye (an open
    form is paused, its answers kept), never the quick exit that clears the screen."""
    form = tracker.active_loop_name
    if form:
        dispatcher.utter_message(text=texts.PAUSED)
        return [SlotSet("paused_form", form)] + leave_form() + [FollowupAction("action_listen")]
    dispatcher.utter_message(response="utter_goodbye")
    return [FollowupAction("action_listen")]


async def need_line_for(text: str) -> str:
    """One line for a basic need asked on the way out ("is there anywhere i can get a bit of
    food this week"): the first place the directory finds for it, or "" (nothing asked, or
    the directory not reached: the quick exit never waits on it for long)."""
    search = need_asked(text)
    if not search:
        return ""
    outcome = await search_services(categorise(search), search, None, timeout=3.0)
    if not outcome.results:
        return ""
    first = outcome.results[0]
    return safety_words.need_line(first.name, first.when, first.phone)


def quick_exit(dispatcher: CollectingDispatcher, tracker: Tracker,
               need: str = "") -> List[EventType]:
    """ "he's back I have to go": one short, quiet message with the numbers and how to come
    back; no question, no buttons. An open form is paused (its answers kept, "carry on"
    picks it up); staff see that the person left in a hurry."""
    reference = tracker.get_slot("handoff_reference")
    form = tracker.active_loop_name
    # After suicide risk (told, or asked about) Samaritans stay in the goodbye.
    suicide_risk = bool(crisis_care.suicide_signs(safety_found(tracker.sender_id))) or \
        crisis_care.is_suicide(tracker.get_slot("safety_category"))
    words = safety_words.quick_exit(
        told_team=bool(reference), no_calls=no_calls_asked(tracker.get_slot), paused=bool(form),
        suicide_risk=suicide_risk, is_open=hours.is_open(), need=need)
    if said_channel(tracker) == "web":
        # The web chat clears the conversation from the screen and the browser and goes to a
        # neutral page at once (bot/web/static/chat.js) when a reply carries this signal; the
        # words still go to any other client of the API.
        dispatcher.utter_message(text=words, json_message={"type": "quick_exit"})
    else:
        dispatcher.utter_message(text=words)
    record_disclosure(tracker, "quick_exit", "none", None)
    if reference:
        store.note_on_handoff(reference, safety_words.LEFT_IN_A_HURRY)
    events: List[EventType] = [SlotSet("safety_concern", None)]
    if form:
        events += [SlotSet("paused_form", form)] + leave_form()
    return events + [FollowupAction("action_listen")]


def not_asked_again(dispatcher: CollectingDispatcher, tracker: Tracker,
                    kind: str) -> List[EventType]:
    """They said "No" a moment ago and only a weak reason asks again: in a form the message
    is the answer to the question (the form asks the next one); outside a form it is heard
    and reflected, with no question. A denial in their words that still raised a check-in
    ("wtf no!! im not ending my life") is put right (sorry, why) first."""
    said_no = last_no(tracker.events)
    put_right: List[EventType] = []
    if said_no is not None and said_no[2] == 0 and \
            may_put_right(tracker.sender_id, latest_text(tracker), kind):
        put_right = say_put_right(dispatcher, tracker, latest_text(tracker), after_script=False)
    if tracker.active_loop_name:
        # safety_concern is set for the interruption rule to hand back to the form; the
        # direct question stays answered. The answer kept is listened to like any other
        # ("running on empty": "That sounds exhausting."), after any sorry for the alarm.
        kept = kept_answer(tracker)
        for event in kept:
            if event["name"] == tracker.get_slot("requested_slot") and event["value"] != SKIPPED:
                reflect_on_answer(dispatcher, tracker, event["name"], event["value"])
        return put_right + [SlotSet("safety_concern", kind),
                            SlotSet("safety_check", fs.NOT_NEEDED)] + kept
    if put_right:
        dispatcher.utter_message(text=safety_words.STILL_HERE, buttons=safety_words.after_no())
        return put_right + [FollowupAction("action_listen")]
    say_reflection(dispatcher, latest_text(tracker), tracker.get_slot("preferred_name"),
                   telling=True)
    return [FollowupAction("action_listen")]


class ActionAskSafetyCheck(TrackerAction):
    action = "action_ask_safety_check"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        ask_check_in(dispatcher, tracker.get_slot("safety_category"),
                     tracker.get_slot("safety_concern") or "crisis")
        return []


def unsure_at_the_question(dispatcher: CollectingDispatcher,
                           tracker: Tracker) -> List[EventType]:
    """ "dunno", "not sure", "idk maybe" at the direct question, outside a form: not a no.
    The door kept open, the numbers for that worry, a person offered first; staff see what
    was said on any hand-off already open."""
    concern = tracker.get_slot("safety_concern")
    lines, buttons = safety_words.unsure_reply(concern, tracker.get_slot("safety_category"),
                                               is_open=hours.is_open())
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=lines[-1], buttons=buttons)
    reference = tracker.get_slot("handoff_reference")
    if reference:
        store.add_notes(reference, [f"Not sure, at the direct question: '{latest_text(tracker)[:200]}'"])
    return [SlotSet("safety_concern", None), FollowupAction("action_listen")]


def alarm_put_right(dispatcher: CollectingDispatcher, tracker: Tracker,
                    after_script: bool) -> List[EventType]:
    """ "good god no. i mean my hips", "nobody is missing?!" outside a form: sorry, why,
    their question answered, and the choice of what to do next, with no numbers."""
    events = say_put_right(dispatcher, tracker, latest_text(tracker), after_script)
    dispatcher.utter_message(text=safety_words.STILL_HERE, buttons=safety_words.after_no())
    return events + [SlotSet("safety_concern", None), FollowupAction("action_listen")]


class ActionCheckInNo(TrackerAction):
    """ "No" or "I'd rather not say" to the direct question, outside a form."""
    action = "action_check_in_no"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        if check_in_answer(latest_text(tracker)) == UNSURE:
            return unsure_at_the_question(dispatcher, tracker)
        if may_put_right(tracker.sender_id, latest_text(tracker),
                         tracker.get_slot("safety_concern") or "",
                         false_alarm.net_calm(finding(tracker))):
            return alarm_put_right(dispatcher, tracker, after_script=False)
        rather_not = check_in_answer(latest_text(tracker)) == RATHER_NOT
        if rather_not:
            note_rather_not(tracker, latest_text(tracker), None)   # kept as that, never No
        dispatcher.utter_message(
            text=safety_words.RATHER_NOT_SAY if rather_not else form_words.CHECK_IN_NO)
        if tracker.get_slot("safety_concern") == "crisis":
            # "No" and "I'd rather not say" look alike; after the suicide question either way
            # the numbers stay in view, with a person one tap away.
            dispatcher.utter_message(text=safety_words.help_in_view())
        dispatcher.utter_message(
            text=safety_words.CHOOSE_ANY_TIME if rather_not else safety_words.STILL_HERE,
            buttons=safety_words.after_no())
        return [SlotSet("safety_concern", None), FollowupAction("action_listen")]


COMPLAINT_WORDS = re.compile(r"\b(?:complain\w*|complaint|ombudsman|not happy with|unhappy with|"
                             r"fed up with (?:the|my|your)|report (?:a|the) (?:carer|worker|"
                             r"social worker|agency))\b", re.IGNORECASE)
NOT_COMPLAINING = re.compile(r"\b(?:dont|don't|do not|not|never) (?:want to |wanna |trying to |"
                             r"mean to )?(?:complain|moan|make a fuss)", re.IGNORECASE)


def wants_to_complain(text: str) -> bool:
    return bool(COMPLAINT_WORDS.search(text)) and not NOT_COMPLAINING.search(text)


def passes_a_complaint_on(tracker: Tracker, text: str) -> bool:
    """A complaint to send: asked for in so many words, or "pass it on for me" after one
    (in a form, or when something was complained about before)."""
    said_before = any(wants_to_complain(t) for t in user_texts(tracker)[:-1])
    if asks_to_pass_it_on(text):
        return said_before or latest_complaint(tracker.sender_id) is not None or bool(
            tracker.get_slot("survey_comments") or tracker.get_slot("safety_wish"))
    return wants_to_complain(text) and (bool(tracker.active_loop_name) or said_before or
                                        PROPER_COMPLAINT.search(text) is not None)


# "I want to make a proper complaint", "how do I complain": they want it made, not advice.
PROPER_COMPLAINT = re.compile(
    r"\b(?:make|put in|raise|file|lodge|submit|log|do) (?:a |an |my )?(?:formal |proper |"
    r"official |real )?complaint\b|\b(?:i|we) (?:want|wish|would like|d like|need) to "
    r"complain\b", re.IGNORECASE)


class ActionKindRoute(TrackerAction):
    """Not a crisis, but not nothing: a carer at breaking point, grief, money, a complaint."""
    action = "action_kind_route"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        intent = intent_of(tracker)
        route = finding(tracker).get("route") or intent
        text = latest_text(tracker)
        if route == "complaint":
            # "will my complaint get to the right people?": answered from the hand-off.
            answered = answer_question(dispatcher, tracker, callback_question(text))
            if answered is not None:
                return answered
        if route == "complaint" and complaint_route_again(dispatcher, tracker):
            return []
        if route == "complaint" and passes_a_complaint_on(tracker, text):
            # "a proper complaint, not more questions", "can you pass it on for me": sent
            # to the team as a complaint, and any open survey stops.
            return take_complaint(dispatcher, tracker, wants_to_complain)
        if route == "complaint" and not wants_to_complain(text) or (
                route == "grief" and not finding(tracker).get("route")
                and not listening.tells_of_a_loss(text)):
            # "i dont want to complain, i just want somebody to talk to", "stroke last year,
            # now she need help wash every day": listen to what was said instead.
            say_reflection(dispatcher, text, own_name(tracker),
                           telling=True, sender=tracker.sender_id)
            return []
        if route == "grief" and listening.themes_in(text) and \
                heard_so_far(tracker.sender_id).told_before:
            # Already comforted while listening: "i just miss her, the evenings are the
            # worst" is said back in their words ("you miss Jean"), not a second condolence.
            say_reflection(dispatcher, text, own_name(tracker),
                           telling=True, sender=tracker.sender_id)
            return []
        if route == "carer_strain" and own_fall_not_caring(text):
            # "the stairs are getting hard and i had a wobble in the kitchen" (round
            # sixteen: a widower got the carer's break script): the fall heard, help to stay
            # safe at home offered, and kept for the team.
            return say_fall(dispatcher, tracker, text)
        lines, buttons = safety_words.route_reply(route)
        for line in lines[:-1]:
            dispatcher.utter_message(text=line)
        if route in SEARCH_AFTER_ROUTES and not tracker.active_loop_name and \
                asks_for_something_local(text):
            # "my wife died in the spring... is there a bowls club round here? im LS8 2QT":
            # the kind words, then the search asked for (never only "find people to talk
            # to", and the place kept), as action_search_directory (the contract).
            return [FollowupAction("action_search_directory")]
        dispatcher.utter_message(text=lines[-1], buttons=buttons)
        return []


def own_fall_not_caring(text: str) -> bool:
    """A fall or getting unsteady, said of oneself, with nothing about looking after anyone."""
    return falls.tells_of_own_fall(text) and not falls.about_caring(text)


# Routes whose kind words may be followed by the search the same message asks for.
SEARCH_AFTER_ROUTES = ("grief", "money_worry", "carer_strain")


def asks_for_something_local(text: str) -> bool:
    """A request for local help with a place or a named activity in it ("is there a bowls
    club round here? im LS8 2QT"), not only a story."""
    meant = as_meant(text)
    return bool(search_request(meant)) and bool(find_location(meant)
                                                or read_facets(meant).activity)


class ActionAskSafetyNext(TrackerAction):
    """The step after the card inside a form. After suicide risk: the direct question with
    the questions paused and "Talk to someone now" first, or (a plan, or a yes) a person
    offered now with no "carry on" button. Otherwise: carry on, stop or talk to someone."""
    action = "action_ask_safety_next"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        category = tracker.get_slot("safety_category")
        said_no = last_no(tracker.events)
        # "No, certainly not. Why would you ask me that?" to the check-in just now: the
        # direct question is not asked a second time; the person chooses what comes next.
        # ("I am safe for now" to "Are you safe right now?" is an answer, not that "No".)
        if not crisis_care.is_suicide(category) or (
                said_no is not None and said_no[2] == 0
                and category not in crisis_care.ASKED_NOW + (crisis_care.CHOOSE_STATE,)):
            if safety_steps_after_a_search(tracker):
                # The card came during a search: no questions to carry on with (round 17).
                dispatcher.utter_message(text=form_words.SAFETY_NEXT_AFTER_SEARCH,
                                         buttons=form_words.SAFETY_NEXT_AFTER_SEARCH_BUTTONS)
                return []
            dispatcher.utter_message(text=form_words.SAFETY_NEXT_QUESTION,
                                     buttons=form_words.SAFETY_NEXT_BUTTONS)
            return []
        asked_before = str(tracker.get_slot("turn_note") or "").startswith("safety_next:")
        if category in crisis_care.ASKED_NOW:
            lines = crisis_care.safety_now_question(category, first=not asked_before)
            for line in lines[:-1]:
                dispatcher.utter_message(text=line)
            dispatcher.utter_message(text=lines[-1],
                                     buttons=crisis_care.safety_now_buttons(category))
            return []
        if category == crisis_care.CHOOSE_STATE:
            dispatcher.utter_message(text=crisis_care.CHOOSE_NOW,
                                     buttons=crisis_care.choose_buttons())
            return []
        if category == crisis_care.TALK_NOW_STATE:
            if not asked_before:
                signs = crisis_care.suicide_signs(safety_found(tracker.sender_id))
                when = crisis_care.when_said([f.get("words") or "" for f in signs])
                for line in crisis_care.as_true_now(crisis_care.plan_lines(when)):
                    dispatcher.utter_message(text=line)
            dispatcher.utter_message(text=crisis_care.TALK_NOW_QUESTION,
                                     buttons=crisis_care.talk_now_buttons())
            return []
        if asked_before:
            dispatcher.utter_message(text=crisis_care.ASK_AGAIN,
                                     buttons=crisis_care.first_sign_buttons())
            return []
        signs = crisis_care.suicide_signs(safety_found(tracker.sender_id))
        lines = crisis_care.first_sign_question(
            crisis_care.when_said([f.get("words") or "" for f in signs[-1:]]))
        dispatcher.utter_message(text=lines[0])
        dispatcher.utter_message(text=lines[1], buttons=crisis_care.first_sign_buttons())
        return []
