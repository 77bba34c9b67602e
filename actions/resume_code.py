"""The code that carries a paused assessment on from any channel: what it keeps and how it
is given. Used by "pause" (actions/conversation.py) and by the form engine when someone has
to go for now ("i have to go back in", "can i finish this tonight")."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import settings, store, texts
from bot.assessment.questions import FORMS

RESUMABLE = ("self_assessment_form", "carer_assessment_form")
KEPT_WITH_FORM = ("consent_given", "about", "relationship", "postcode", "completed_by")


def form_snapshot(tracker: Tracker, form: str) -> Dict[str, Any]:
    slots = [q.slot for q in FORMS[form]] + list(KEPT_WITH_FORM)
    return {slot: tracker.get_slot(slot) for slot in slots if tracker.get_slot(slot) is not None}


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
