"""The code that carries a paused assessment on from any channel: what it keeps and how it
is given. Used by "pause" (actions/conversation.py) and by the form engine when someone has
to go for now ("i have to go back in", "can i finish this tonight")."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import crisis_care, settings, store, texts
from bot.assessment.questions import FORMS, SCREEN_OF
from bot.markers import NOT_ASKED

RESUMABLE = ("self_assessment_form", "carer_assessment_form")
KEPT_WITH_FORM = ("consent_given", "about", "relationship", "postcode", "completed_by")


def form_snapshot(tracker: Tracker, form: str) -> Dict[str, Any]:
    """What the code keeps: every answer and marker given so far. A Care Act area not reached
    yet is left out (its start value, "not needed", is no answer: it read as "no need" to
    staff); one its screening answer opened but not asked yet is kept as open (None), so the
    form asks it after the code."""
    slots = [q.slot for q in FORMS[form]] + list(KEPT_WITH_FORM)
    kept = {}
    for slot in slots:
        value = tracker.get_slot(slot)
        if value == NOT_ASKED:
            continue
        if value is not None or (slot in SCREEN_OF and tracker.get_slot(SCREEN_OF[slot])
                                 not in (None, NOT_ASKED)):
            kept[slot] = value
    return kept


def give_code(dispatcher: CollectingDispatcher, tracker: Tracker, form: Optional[str],
              buttons: Optional[List[Dict[str, str]]] = None) -> Optional[str]:
    """Saves the form's answers and says the code, or None when this form has no code (not
    resumable, or no consent to keep answers)."""
    if form not in RESUMABLE or not tracker.get_slot("consent_given"):
        return None
    days = int(settings.get("retention.resume_code_days", 30))
    code = store.save_resume(tracker.sender_id, form, form_snapshot(tracker, form), days)
    dispatcher.utter_message(text=texts.resume_code_given(code), buttons=buttons)
    return code


def said_crisis(sender: str) -> bool:
    """Whether this conversation holds a danger-to-life disclosure that still stands (the
    numbers are said again when someone leaves; never after a goodbye alone)."""
    return any(r.get("kind") == "safety" and (r.get("data") or {}).get("kind") == "crisis"
               and crisis_care.stands(r.get("data") or {}) for r in store.records_for(sender))
