"""Every form's slots, in order, each with the kind of answer it takes.

One table that the domain's form part (scripts/gen_forms.py), the answer-first validators
(actions/form_engine.py) and the test stories are built from. Adding a question to an
assessment is a line in bot/assessment/questions.py; a survey statement is a line in
bot/surveys/definitions.py. Validation is chosen by ``kind``, never by the slot's name.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Tuple

from bot.assessment.questions import FORMS as ASSESSMENT_QUESTIONS, SCREEN_OF
from bot.surveys.definitions import MAX_QUESTIONS

# Kinds of answer.
FREE_TEXT = "free_text"      # the person's own words
NAME = "name"                # "Margaret but she goes by Peggy" -> Peggy
ABOUT = "about"              # me / my mum / a caller
CONSENT = "consent"          # yes or no to keeping what they say
OUTCOME = "outcome"          # free words, or "this is going fine"
SCALE = "scale"              # 1 to 10
CONFIRM = "confirm"          # is this summary right?
CHANGE = "change"            # which part to change
SURVEY_TYPE = "survey_type"  # which survey
STATEMENT = "statement"      # a survey statement (agree ... disagree, yes/no, or words)
COMMENT = "comment"          # survey comment, redacted
YES_NO = "yes_no"
CONTACT = "contact"          # phone or email, parsed and read back
BEST_TIME = "best_time"
SAFE_CONTACT = "safe_contact"
SAFETY_CHECK = "safety_check"  # the direct question after a possible disclosure
SAFETY_NEXT = "safety_next"    # carry on, stop, or talk to someone after a disclosure
SAFETY_WISH = "safety_wish"    # "what would you like to happen?" (Making Safeguarding Personal)
ON_BEHALF = "on_behalf"        # does the person being talked about know and agree?
SCREEN = "screen"              # "is anything about ... hard just now?": opens deeper questions

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
        kind = NAME if q.slot == "preferred_name" else q.kind
        slots.append(FormSlot(q.slot, kind))
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
