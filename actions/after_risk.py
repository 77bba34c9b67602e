"""Outside a form, after danger was told or a person was asked for: the messages that must
not get "Sorry, I did not understand" or the welcome menu.

- "is someone actually coming or not", "ok ill wait", "i cant stay long": answered honestly
  from the hand-off (queue, office hours, what to do now); someone who cannot stay is given
  a safe way back (their reference), never "please stay here";
- "hi its me again" after earlier risk: linked to it ("Earlier you told me about Friday.
  How are you right now?");
- "yes. I told you already. its my son" at the direct question: the yes, with a sorry, so
  the disclosure stays in its thread.

The fallback and the greeting call ``answer_after_risk`` first; the words are in
bot/crisis_care.py. No training data: it reads the conversation's records and hand-off.
"""
from __future__ import annotations

from typing import Optional

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import Events, latest_text
from actions.false_alarm import may_put_right, stands_firm, wish_stands
from actions.safety import alarm_put_right, respond, took_it_back, unsure_at_the_question
from actions.waiting import note_urgent_time, open_handoff, waiting_lines, welcome_back_lines
from bot import crisis_care, handoff_words, safety_words, store, texts
from bot.answers import after_telling
from bot.answers.check_in import NO, RATHER_NOT, UNSURE, YES, check_in_answer
from bot.safety import false_alarm
from bot.sounds_like import as_meant


def yes_to_the_question(dispatcher: CollectingDispatcher, tracker: Tracker,
                        text: str) -> Optional[Events]:
    """The direct question is waiting (safety_concern is set) and this is a yes in words the
    model did not place ("yes. I told you already. its my son")."""
    concern = tracker.get_slot("safety_concern")
    if concern not in ("crisis", "safeguarding") or tracker.active_loop_name:
        return None
    said_yes = check_in_answer(text) == YES or (
        text.lower().lstrip(" .,!").startswith(("yes", "yeah", "yep", "i did", "i have"))
        and crisis_care.says_told_already(text))
    if not said_yes:
        return None
    if crisis_care.says_told_already(text):
        dispatcher.utter_message(text=crisis_care.SORRY_YOU_TOLD)
    return respond(dispatcher, tracker, concern, concern)


# The actions that read the direct question's answer themselves (or are the answer's own
# route): a yes is never taken from under them.
READS_THE_ANSWER = frozenset({
    "action_crisis_support", "action_safeguarding_support", "action_safety_check_in",
    "action_default_fallback", "action_greet", "action_quick_exit"})


def asked_just_now(tracker: Tracker, by: tuple = ("action_safety_check_in",)) -> bool:
    """The bot's last step before this message asked the direct question (an action in
    ``by``), and no action has answered this message yet."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if not users:
        return False
    after = [e.get("name") for e in events[users[-1] + 1:] if e.get("event") == "action"
             and e.get("name") not in ("action_listen", None)]
    before = [e.get("name") for e in events[:users[-1]] if e.get("event") == "action"
              and e.get("name") not in ("action_listen", None)]
    return not after and bool(before) and before[-1] in by


def yes_placed_elsewhere(dispatcher: CollectingDispatcher, tracker: Tracker,
                         action: str) -> Optional[Events]:
    """Just after the direct question, a yes with more words that the model placed as
    something else (round fourteen: "yes but i dont want a fuss" got the directory, "yes.
    but please dont send anyone round" a "did not understand"): the yes, as the Yes button
    answers it, with their words on the hand-off. "yes i know" to another question is not
    read here: only the direct question, asked just now."""
    if action in READS_THE_ANSWER or tracker.active_loop_name or \
            tracker.get_slot("safety_concern") not in ("crisis", "safeguarding") or \
            (tracker.latest_message.get("intent") or {}).get("name") == "affirm" or \
            not asked_just_now(tracker):
        return None
    text = as_meant(latest_text(tracker))
    if not text or text.startswith("/"):
        return None
    events = yes_to_the_question(dispatcher, tracker, text)
    if events is not None and not any(e.get("event") == "followup" for e in events):
        # No rule follows the action the policies chose: wait for the person.
        events = list(events) + [FollowupAction("action_listen")]
    return events


def no_to_talking_now(dispatcher: CollectingDispatcher, tracker: Tracker,
                      action: str) -> Optional[Events]:
    """Outside a form, just after a plan was said back and "Would you like to talk to
    someone now?" asked: a plain "no" is a no to talking now, not to the risk (round
    fourteen). The team still checks in (said, and noted for staff), the numbers stay in
    view, a person one tap away; never the bare menu."""
    if action in READS_THE_ANSWER or tracker.active_loop_name or \
            tracker.get_slot("safety_category") != crisis_care.TALK_NOW_STATE or \
            not asked_just_now(tracker, ("action_crisis_support", "action_safety_check_in")):
        return None
    text = as_meant(latest_text(tracker))
    if not text or text.startswith("/") or crisis_care.takes_it_back(text) or not (
            check_in_answer(text) in (NO, RATHER_NOT) or crisis_care.plays_it_down(text)):
        return None
    row = open_handoff(tracker.sender_id)
    if row is None:
        return None
    store.add_notes(row["reference"], [handoff_words.no_talk_now_note(
        "'" + " ".join(text.split())[:300] + "'")])
    dispatcher.utter_message(text=crisis_care.DOOR_OPEN)
    buttons = [dict(crisis_care.TALK_NOW)] + (
        [dict(texts.CARRY_ON)] if tracker.get_slot("paused_form") else [])
    dispatcher.utter_message(text=crisis_care.DOOR_OPEN_NUMBERS, buttons=buttons)
    return [FollowupAction("action_listen")]


def unsure_answer(dispatcher: CollectingDispatcher, tracker: Tracker,
                  text: str) -> Optional[Events]:
    """The direct question is waiting and the answer is "dunno" or "not sure", which the
    model could not place: not a no (actions/safety.py)."""
    if tracker.get_slot("safety_concern") not in ("crisis", "safeguarding") or \
            tracker.active_loop_name or check_in_answer(text) != UNSURE:
        return None
    return unsure_at_the_question(dispatcher, tracker)


# The blocks a denial may answer, just after they were shown.
BLOCKS = {"action_crisis_support": "crisis", "action_safeguarding_support": "safeguarding"}


def just_shown(tracker: Tracker) -> str:
    """ "crisis" or "safeguarding" when the bot's last step before this message showed that
    block, otherwise ""."""
    users = [i for i, e in enumerate(tracker.events) if e.get("event") == "user"]
    before = tracker.events[:users[-1]] if users else []
    actions = [e.get("name") for e in before if e.get("event") == "action"
               and e.get("name") not in ("action_listen", None)]
    return BLOCKS.get(actions[-1], "") if actions else ""


def wish_believed(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> Events:
    """ "i said i wouldnt do anything and i meant it. i just miss her" after a wish to die in
    their own words: believed, the wish kept for the team (who still call), the numbers in
    view; the record is not marked "not a concern"."""
    row = open_handoff(tracker.sender_id)
    if row:
        store.add_notes(row["reference"], [handoff_words.wish_stands_note(
            "'" + " ".join(text.split())[:300] + "'")])
    dispatcher.utter_message(text=crisis_care.WISH_BELIEVED)
    dispatcher.utter_message(text=crisis_care.WISH_HARD)
    if row:
        dispatcher.utter_message(text=crisis_care.DOOR_OPEN)
    buttons = ([dict(texts.CARRY_ON)] if tracker.get_slot("paused_form") else []) + [
        dict(crisis_care.TALK_NOW)]
    dispatcher.utter_message(text=crisis_care.DOOR_OPEN_NUMBERS, buttons=buttons)
    return [SlotSet("safety_concern", None), FollowupAction("action_listen")]


def denied_the_alarm(dispatcher: CollectingDispatcher, tracker: Tracker,
                     text: str) -> Optional[Events]:
    """ "wtf no. why would you ask that" to the direct question, or "Eh? I havent taken
    anything" just after a block, in words the model did not place: put right, not
    "Sorry, I did not understand"."""
    if wish_stands(tracker.sender_id, text):
        return wish_believed(dispatcher, tracker, text)
    concern = tracker.get_slot("safety_concern")
    calm = false_alarm.net_calm(tracker.latest_message.get("safety_net"))
    if concern in ("crisis", "safeguarding") and may_put_right(tracker.sender_id, text,
                                                                concern, calm):
        return alarm_put_right(dispatcher, tracker, after_script=False)
    shown = just_shown(tracker)
    if shown and false_alarm.denies_danger(text, shown, calm) and not stands_firm(
            tracker.sender_id):
        return alarm_put_right(dispatcher, tracker, after_script=True)
    answer = false_alarm.answer_to_question(text) if shown else ""
    if answer:
        # "am i in trubble" just after the suicide block, with no no: answered, and the
        # block's choice (a person first) stays open.
        dispatcher.utter_message(text=answer)
        dispatcher.utter_message(text=safety_words.WHAT_NEXT,
                                 buttons=[dict(crisis_care.TALK_NOW), dict(texts.CARRY_ON),
                                          dict(crisis_care.OUTSIDE_STOP)])
        return [FollowupAction("action_listen")]
    return None


def while_waiting(dispatcher: CollectingDispatcher, tracker: Tracker,
                  text: str) -> Optional[Events]:
    lines = waiting_lines(tracker, text)
    if lines is None:
        return None
    asked = crisis_care.waiting_kind(text) == "asks" and open_handoff(tracker.sender_id) is None
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=lines[-1], buttons=[crisis_care.TALK_NOW] if asked else None)
    return [FollowupAction("action_listen")]


def asked_after_telling(dispatcher: CollectingDispatcher, tracker: Tracker,
                        text: str) -> Optional[Events]:
    """ "will somebody meet me at the surgery wednesday or not", "who would i talk to", "i
    dont want anything written down" after abuse was told: answered honestly (round 18:
    "Money worries are stressful"), and the words put on the hand-off staff read."""
    told = after_telling.answer(text)
    if not told or not abuse_told_here(tracker.sender_id):
        return None
    reference = tracker.get_slot("handoff_reference")
    if reference:
        store.add_notes(reference, [" ".join(latest_text(tracker).split())[:500]])
    for line in told:
        dispatcher.utter_message(text=line)
    return [FollowupAction("action_listen")]


def abuse_told_here(sender_id: str) -> bool:
    """Abuse was told in this conversation and still stands."""
    found = crisis_care.safety_records(store.records_for(sender_id))
    return any(f.get("kind") == "safeguarding" and crisis_care.stands(f) for f in found)


def coming_back(dispatcher: CollectingDispatcher, tracker: Tracker,
                text: str) -> Optional[Events]:
    lines = welcome_back_lines(tracker, text)
    if lines is None:
        return None
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    # Questions left part way (a quick exit pauses them): "Carry on" is one tap away too.
    carry_on = [dict(texts.CARRY_ON)] if tracker.get_slot("paused_form") else []
    dispatcher.utter_message(text=lines[-1], buttons=[crisis_care.TALK_NOW] + carry_on)
    return [FollowupAction("action_listen")]


def answer_after_risk(dispatcher: CollectingDispatcher, tracker: Tracker) -> Optional[Events]:
    """The reply to a message about the danger told or the person asked for, or None."""
    # "is some1 actually coming", "il go now b4 he wakes up": read as meant.
    text = as_meant(latest_text(tracker))
    if not text or text.startswith("/") or tracker.active_loop_name:
        return None
    if crisis_care.deadline_in(text):
        # "its all sorted for before the weekend" after signs of suicide risk: urgent on the
        # hand-off, with the day, whatever the reply.
        note_urgent_time(tracker.sender_id, tracker.get_slot("handoff_reference"),
                         [latest_text(tracker)])
    # The first reader that knows the message answers it, in this order ("no" to talking
    # now reads the tracker, not the text).
    for reader in (yes_to_the_question, unsure_answer, denied_the_alarm, took_it_back,
                   lambda d, t, _text: no_to_talking_now(d, t, ""), asked_after_telling,
                   coming_back):
        answered = reader(dispatcher, tracker, text)
        if answered is not None:
            return answered
    return while_waiting(dispatcher, tracker, text)
