"""A false alarm put right by the person (issue 12): "wtf no. why would you ask that",
"omg nobody is taking my money!! this bot is so jumpy", "am i in trubble".

The bot says sorry, why it asked, answers their question, and goes back to what they were
doing (the form's next question), once. The disclosure is marked on the record as "the person
said this was not a concern" (their words and the time kept for staff, nothing deleted); an
open crisis or safeguarding hand-off that rested on it alone is queued as what still stands;
the goodbye no longer repeats Samaritans and 999 when nothing else stands.

The reading and the words are bot/safety/false_alarm.py; the quiet spell that follows (the
classifier alone is not believed again) is bot/safety/cooldown.py.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import safety_found
from bot import crisis_care, store
from bot.data import handoffs
from bot.answers import worry_stands
from bot.safety import false_alarm

RAISED = ("crisis", "safeguarding")


def mark_not_a_concern(sender_id: str, reference: Optional[str], text: str) -> bool:
    """Marks the latest standing disclosure as not a concern, in the person's words, and
    lowers an open hand-off that rested on it alone. True when something still stands."""
    rows = [r for r in store.records_for(sender_id) if r.get("kind") == "safety"
            and (r.get("data") or {}).get("kind") in RAISED
            and crisis_care.stands(r.get("data") or {})]
    words = " ".join(str(text or "").split())[:2000]
    if not reference:
        row = handoffs.latest_for(sender_id)
        reference = row["reference"] if row and row.get("status") == "waiting" else None
    if rows:
        latest = rows[-1]
        store.update_record(latest["id"], {**latest["data"], "not_a_concern": {
            "note": false_alarm.NOT_A_CONCERN, "words": words,
            "at": datetime.now(tz=timezone.utc).isoformat(timespec="seconds")}})
        rows = rows[:-1]
    still = crisis_care.risk_told([r["data"] for r in rows])
    if reference:
        store.add_notes(reference, [f'{false_alarm.NOT_A_CONCERN}: "{words[:300]}"'])
        if not still:
            store.stand_down(reference)
    return still


def latest_crisis_standing(sender_id: str) -> Dict[str, Any]:
    """The latest danger-to-life record that still stands, or {} (what a denial answers)."""
    rows = [r.get("data") or {} for r in store.records_for(sender_id)
            if r.get("kind") == "safety"]
    standing = [d for d in rows if d.get("kind") == "crisis" and crisis_care.stands(d)]
    return standing[-1] if standing else {}


def stands_firm(sender_id: str) -> bool:
    """True when the danger to life still standing is a plan, a method, preparations or an
    act assessed clear: a denial then gets the usual "someone will check in" and the
    numbers, never "Sorry, I got that wrong" (suicide-prevention practice: a no after a plan
    is not the end of it). A wish to die or a passing thought, asked about and denied in
    their own words, is put right (the safety net's figure of speech or guess)."""
    latest = latest_crisis_standing(sender_id)
    # A plan, a method, preparations or an act, assessed clear: a denial does not end it,
    # whatever raised it (round five: "wont matter after the weekend, ive sorted everything
    # out" was the classifier's, and is a plan with a time).
    return latest.get("tier") == "clear" and latest.get("category") in PLAN_LEVEL


PLAN_LEVEL = ("suicide_preparation", "suicide_plan_time", "suicide_method", "suicide_act")
WISH_LEVEL = ("suicide_passive", "suicide_thoughts")


def wish_stands(sender_id: str, text: str) -> bool:
    """A wish to die said in their own words (a reviewed pattern assessed clear, not the
    classifier's guess nor a hint only asked about) and now "i wouldnt do anything, i just
    miss her": they deny acting on it, not the wish. It is believed and the team still calls;
    never "Sorry, I got that wrong" (round 13)."""
    latest = latest_crisis_standing(sender_id)
    return (latest.get("category") in WISH_LEVEL and latest.get("signal") == "pattern"
            and latest.get("tier") == "clear" and false_alarm.denies_acting_only(text))


def may_put_right(sender_id: str, text: str, kind: str, calm: bool = False) -> bool:
    """A denial in their own words that puts the alarm right: never for danger to life a
    reviewed phrase raised (``stands_firm``)."""
    if not false_alarm.in_own_words(text, kind, calm):
        return False
    return not (kind == "crisis" and (stands_firm(sender_id) or wish_stands(sender_id, text)))


def put_right(tracker: Tracker, text: str, after_script: bool) -> List[str]:
    """The lines to say; the record and the hand-off are updated."""
    mark_not_a_concern(tracker.sender_id, tracker.get_slot("handoff_reference"), text)
    return false_alarm.reply(text, after_script=after_script)


def told_still(sender_id: str) -> Optional[bool]:
    """The goodbye's numbers follow what still stands (the slot risk_told)."""
    found = safety_found(sender_id)
    return crisis_care.risk_told(found) or None


def still_told(tracker: Tracker) -> List[EventType]:
    return [SlotSet("risk_told", told_still(tracker.sender_id))]


def say_put_right(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                  after_script: bool) -> List[EventType]:
    for line in put_right(tracker, text, after_script):
        dispatcher.utter_message(text=line)
    return still_told(tracker)


def noted_not_a_concern(sender_id: str) -> bool:
    """A disclosure in this conversation is marked "not a concern" (what a worry put back
    can undo)."""
    return any(r.get("kind") == "safety" and (r.get("data") or {}).get("kind") in RAISED
               and (r.get("data") or {}).get("not_a_concern")
               for r in store.records_for(sender_id))


def put_worry_back(sender_id: str, reference: Optional[str], text: str) -> bool:
    """ "it is a worry tho!! the gas thing is the reason im here": the latest "not a concern"
    mark is taken off (kept as history for staff), so the disclosure stands again; the
    hand-off says so and is queued as what it was. True when a mark was taken off."""
    rows = [r for r in store.records_for(sender_id) if r.get("kind") == "safety"
            and (r.get("data") or {}).get("kind") in RAISED
            and (r.get("data") or {}).get("not_a_concern")]
    if not rows:
        return False
    latest = rows[-1]
    data = dict(latest["data"])
    words = " ".join(str(text or "").split())[:2000]
    data["put_back"] = {"was": data.pop("not_a_concern"), "words": words,
                        "at": datetime.now(tz=timezone.utc).isoformat(timespec="seconds")}
    store.update_record(latest["id"], data)
    if not reference:
        row = handoffs.latest_for(sender_id)
        reference = row["reference"] if row and row.get("status") in handoffs.OPEN else None
    if reference:
        store.add_notes(reference, [f'{worry_stands.WORRY_PUT_BACK}: "{words[:300]}"'])
        store.raise_again(reference, str(data.get("kind") or ""))
    return True
