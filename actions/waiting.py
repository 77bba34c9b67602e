"""While a person from the team has been asked for: "is someone actually coming or not",
"ok ill wait", "i cant stay long". Answered honestly from the conversation's hand-off
(the queue, office hours, what to do now), in a form or outside one; someone who cannot
stay is given a safe way back (their reference), never "please stay here". The words and
the reading are in bot/crisis_care.py.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker

from actions.common import safety_found
from bot import crisis_care, handoff_words, hours, settings, store
from bot.answers import after_telling, who_to_ring
from bot.data import handoffs


def open_handoff(sender_id: str) -> Optional[Dict[str, Any]]:
    row = handoffs.latest_for(sender_id)
    if row and row.get("status") in handoffs.OPEN:
        return row
    return None


def waiting_lines(tracker: Tracker, text: str, in_form: bool = False) -> Optional[List[str]]:
    """The honest reply to a message about waiting for a person, or None. In a form only a
    question about it, or having to go, is answered (the form's own question comes next);
    "ok ill wait" there is the answer to the question."""
    kind = crisis_care.waiting_kind(text)
    if kind is None or (in_form and kind == "will_wait"):
        return None
    row = open_handoff(tracker.sender_id)
    reference = row["reference"] if row else None
    if reference is None and (kind != "asks" or in_form):
        return None
    found = safety_found(tracker.sender_id)
    raised = bool(row) and row.get("reason") in ("crisis", "safeguarding")
    if kind == "cannot_stay" and not (raised or crisis_care.disclosure_stands(found)):
        # "ok i have to go back in" with no danger told (or only a false alarm put right,
        # which also lowered the hand-off): not the leaving-danger words ("Go safely",
        # "press 55"); the form gives its code.
        return None
    if reference and kind == "cannot_stay":
        store.add_notes(reference, ["Could not stay in the chat: "
                                    + " ".join(text.split())[:300]])
    return crisis_care.waiting_reply(
        kind, reference=reference, is_open=hours.is_open(),
        minutes=int(settings.get("opening_hours.typical_wait_minutes", 20)),
        next_open=hours.describe_next_opening(),
        phone=str(settings.get("council.adult_social_care_phone")),
        taken=handoffs.is_taken_over(tracker.sender_id),
        risk=bool(crisis_care.suicide_signs(found)),
        harm=any(f.get("kind") == "safeguarding" for f in found))


def welcome_back_lines(tracker: Tracker, text: str) -> Optional[List[str]]:
    """ "hiya its me again" after danger was told in this conversation: linked to it
    ("Earlier you told me about Friday. How are you right now?"), or None."""
    if not crisis_care.is_returning(text):
        return None
    found = safety_found(tracker.sender_id)
    if not crisis_care.risk_told(found):
        return None
    row = open_handoff(tracker.sender_id)
    if row:
        store.add_notes(row["reference"], ["Came back to the chat: "
                                           + " ".join(text.split())[:300]])
    return crisis_care.welcome_back(found, row["reference"] if row else None)


def suicide_risk_stands(sender_id: str) -> bool:
    """A sign of suicide risk told or asked about here, not put right as a false alarm."""
    return bool(crisis_care.suicide_signs(crisis_care.safety_records(
        store.records_for(sender_id))))


def danger_told_here(tracker: Tracker) -> bool:
    """Danger was told in this conversation (and not put right as a false alarm), and its
    hand-off is open: the team will be in touch, and may need to share what was said to
    keep someone safe."""
    found = crisis_care.safety_records(store.records_for(tracker.sender_id))
    return crisis_care.risk_told(found) and open_handoff(tracker.sender_id) is not None


def note_urgent_time(sender_id: str, reference: Optional[str], texts: List[str],
                     days_too: bool = False) -> Optional[str]:
    """After signs of suicide risk, a time named as a limit ("not after saturday", "want it
    all dun before sunday", "this wkend") goes on the hand-off as urgent with the day, and
    the hand-off goes to the top of the queue. With ``days_too`` (the words of the signs
    themselves) any day or time named counts ("the dog is going to kev on saturday").
    Returns the time, in plain words, or None."""
    def when(text: str) -> Optional[str]:
        limit = crisis_care.deadline_in(text)
        if limit is None and days_too:
            # the plan's own time, not a time something was already done (round fourteen)
            day = crisis_care.when_said([text]) or ""
            return f"on {day}" if day[:1].isupper() else day   # "on Saturday", "tonight"
        return limit

    said = [(when(text), text) for text in texts if text and not text.startswith("/")]
    said = [(when, text) for when, text in said if when]
    if not reference or not said or not suicide_risk_stands(sender_id):
        return None
    store.add_notes(reference, [handoff_words.urgent_time(when, text) for when, text in said])
    to_the_top(sender_id, reference)
    return said[-1][0]


def to_the_top(sender_id: str, reference: Optional[str]) -> None:
    """The waiting hand-off goes first in the queue (a crisis, most urgent)."""
    row = handoffs.latest_for(sender_id)
    if reference and row and row.get("reference") == reference and \
            row.get("status") == "waiting":
        handoffs.create_handoff(sender_id, "crisis", row.get("channel") or "web", priority=0)


def harm_told(sender_id: str) -> bool:
    """True when harm or neglect (of the person typing or someone else) was told in this
    conversation: a clear sign that stands."""
    return any(f.get("kind") == "safeguarding" and f.get("tier") == "clear"
               and crisis_care.stands(f) for f in safety_found(sender_id))


def ring_now_lines(sender_id: str, text: str, told_now: bool = False,
                   asked: bool = False) -> List[str]:
    """After harm was told: "who do i tell", "is there anyone i can ring tonight", "shes on
    her own with that woman all weekend" answered in words, with the number to ring now
    (round sixteen: only the card, or "Is it safe for us to call you?"). [] otherwise.
    ``told_now``: the harm is told in this message (the card is being sent); ``asked``:
    who to ring is wanted whatever the words (the person stopped the questions)."""
    if not asked and after_telling.asks_who_will_be_in_touch(text):
        return []   # "who would i talk to": who will be in touch (bot/answers/after_telling.py)
    asks = asked or who_to_ring.asks_who_to_tell(text) or who_to_ring.going_there(text)
    fears = who_to_ring.cannot_wait(text) and not hours.is_open()
    if not (asks or fears) or not (told_now or harm_told(sender_id)):
        return []
    return who_to_ring.ring_now_lines(
        hours.is_open(), str(settings.get("council.out_of_hours_phone")),
        str(settings.get("council.safeguarding_phone")),
        passed_on=told_now or open_handoff(sender_id) is not None, waiting_too_long=fears)
