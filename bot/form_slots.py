"""Every form's slots, in order, each with the kind of answer it takes.

One table that the domain's form part (scripts/gen_forms.py), the answer-first validators
(actions/form_engine.py) and the test stories are built from. Adding a question to an
assessment is a line in bot/assessment/questions.py; a survey statement is a line in
bot/surveys/definitions.py. Validation is chosen by ``kind``, never by the slot's name.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple

from bot.answer_kinds import (  # noqa: F401 - the kinds, named here for the engine
    FREE_TEXT, NAME, ABOUT, CONSENT, OUTCOME, SCALE, CONFIRM, CHANGE, SURVEY_TYPE, STATEMENT,
    COMMENT, YES_NO, CONTACT, BEST_TIME, SAFE_CONTACT, SAFETY_CHECK, SAFETY_NEXT, SAFETY_WISH,
    ON_BEHALF, SCREEN,
)
from bot.assessment.questions import FORMS as ASSESSMENT_QUESTIONS, SCREEN_OF
from bot.surveys.definitions import MAX_QUESTIONS

# Engine steps start as "not needed" (their slots' initial value), so Rasa's own form logic
# and ours agree on what comes next; a disclosure or a request for a call clears them, and
# the form asks them before its next question.
NOT_NEEDED = "not needed"


@dataclass(frozen=True)
class FormSlot:
    slot: str
    kind: str


def _assessment(form: str) -> List[FormSlot]:
    slots = [FormSlot("consent_given", CONSENT)]
    if form == "self_assessment_form":
        slots.append(FormSlot("about", ABOUT))
        slots.append(FormSlot("on_behalf", ON_BEHALF))
    for q in ASSESSMENT_QUESTIONS[form]:
        slots.append(FormSlot(q.slot, q.kind))
    return slots + [FormSlot("summary_confirmed", CONFIRM)]


SURVEY_QUESTION_SLOTS = [f"sv_q{i + 1}" for i in range(MAX_QUESTIONS)]

# The slots that the engine can put in front of any form's next question.
CONTACT_SLOTS: List[FormSlot] = [
    FormSlot("contact_details", CONTACT),
    FormSlot("contact_time", BEST_TIME),
    FormSlot("contact_safety", SAFE_CONTACT),
]
ENGINE_SLOTS: List[FormSlot] = [
    FormSlot("safety_check", SAFETY_CHECK),
    FormSlot("safety_wish", SAFETY_WISH),
    FormSlot("safety_next", SAFETY_NEXT),
] + CONTACT_SLOTS

FORMS: Dict[str, List[FormSlot]] = {
    "listen_form": ENGINE_SLOTS + [FormSlot("whats_going_on", FREE_TEXT)],
    "self_assessment_form": ENGINE_SLOTS + _assessment("self_assessment_form"),
    "carer_assessment_form": ENGINE_SLOTS + _assessment("carer_assessment_form"),
    "experience_survey_form": (
        ENGINE_SLOTS
        + [FormSlot("survey_type", SURVEY_TYPE)]
        + [FormSlot(s, STATEMENT) for s in SURVEY_QUESTION_SLOTS]
        + [FormSlot("survey_comments", COMMENT), FormSlot("survey_contact_ok", YES_NO)]
    ),
    # Outside any other form, a request for a person or a call back takes contact details.
    "contact_form": list(CONTACT_SLOTS),
}
ENGINE_SLOT_NAMES = frozenset(s.slot for s in ENGINE_SLOTS)
# Form questions asked only when an earlier answer calls for them: they start "not needed"
# and the earlier answer clears them (on_behalf: only when the form is about someone else;
# a Care Act area's deeper question: only when its screening question says it is hard).
ASKED_WHEN_NEEDED = frozenset({"on_behalf"} | set(SCREEN_OF))

# Slots that only the engine sets (not asked): what the last message was, pending steps.
ENGINE_STATE_SLOTS: Tuple[str, ...] = (
    "turn_note", "paused_form", "completed_by", "safety_category",
)

KIND_OF: Dict[str, str] = {s.slot: s.kind for slots in FORMS.values() for s in slots}
KIND_OF.update({s.slot: s.kind for s in ENGINE_SLOTS})
KIND_OF["change_which"] = CHANGE


def all_form_slots() -> List[str]:
    """Every slot any form asks, in a stable order, without repeats."""
    seen: Dict[str, None] = {}
    for slots in FORMS.values():
        for s in slots:
            seen.setdefault(s.slot, None)
    for s in ENGINE_SLOTS:
        seen.setdefault(s.slot, None)
    seen.setdefault("change_which", None)
    return list(seen)
