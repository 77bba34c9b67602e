"""Form validation: consent first, kind handling of skips, scales, and changing an answer.

Every personal form starts by asking consent (once per conversation). If the person says
no, the form ends at once and they still get general help. Each answer keeps the person's
own words; "skip" and "I'm not sure" are recorded as such, never as a failure.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import latest_text
from bot import texts
from bot.records import summary
from bot.records.questions import FORMS
from bot.records.summary import GOING_FINE, NOT_SURE, SKIPPED

WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())}


def intent_of(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def free_text_value(tracker: Tracker, value: Any) -> Optional[str]:
    """The person's own words, or a marker when they skip or are not sure."""
    intent = intent_of(tracker)
    if intent == "skip":
        return SKIPPED
    if intent == "dont_know":
        return NOT_SURE
    text = str(value or "").strip()
    if text.startswith("/") or not re.search(r"[^\W_]", text):
        return None  # a button, or nothing but emoji or marks: ask the question again
    return text[:2000] if text else None


def parse_scale(text: str) -> Optional[int]:
    """1 to 10 from "7", "7/10", "about a 6", "seven"; None if there is no such number."""
    lowered = text.lower()
    match = re.search(r"\b(10|[1-9])\b", lowered)
    if match:
        return int(match.group(1))
    for word, number in WORD_NUMBERS.items():
        if number and re.search(rf"\b{word}\b", lowered):
            return number
    return None


def consent_from_intent(tracker: Tracker) -> Optional[bool]:
    if tracker.get_slot("requested_slot") != "consent_given":
        return None
    intent = intent_of(tracker)
    if intent == "affirm":
        return True
    if intent in ("deny", "stop"):
        return False
    return None


INTERRUPTING_INTENTS = ("crisis", "safeguarding_concern", "request_human", "explain_term",
                        "stop", "restart", "pause", "resume")


class ConsentFirstForm(FormValidationAction):
    """Shared behaviour of the two assessment forms."""

    form: str = ""

    def name(self) -> Text:
        return f"validate_{self.form}"

    async def extract_consent_given(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> Dict[Text, Any]:
        value = consent_from_intent(tracker)
        return {} if value is None else {"consent_given": value}

    async def extract_summary_confirmed(self, dispatcher: CollectingDispatcher,
                                        tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if tracker.get_slot("requested_slot") != "summary_confirmed":
            return {}
        intent = intent_of(tracker)
        if intent == "affirm":
            return {"summary_confirmed": True}
        if intent in ("deny", "inform"):
            return {"summary_confirmed": False}
        return {}

    async def extract_change_which(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Dict[Text, Any]:
        """Which part to change: only read while that question is open."""
        if tracker.get_slot("requested_slot") != "change_which":
            return {}
        if intent_of(tracker) in INTERRUPTING_INTENTS:
            return {}
        return {"change_which": latest_text(tracker)}

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        if tracker.get_slot("consent_given") is False:
            # Keep the one slot, so the "no" is validated and kept; nothing else is asked.
            return ["consent_given"]
        slots = list(domain_slots)
        if tracker.get_slot("summary_confirmed") is False:
            slots.insert(slots.index("summary_confirmed"), "change_which")
        return slots

    async def validate_change_which(self, value: Any, dispatcher: CollectingDispatcher,
                                    tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Clears the chosen section so the form asks it again, then reads back again."""
        questions = FORMS[self.form]
        wanted = str(value or "").strip().lower()
        for section in summary.sections(questions):
            if section.lower() == wanted or (len(wanted) > 3 and wanted in section.lower()):
                cleared = {slot: None for slot in summary.slots_in_section(questions, section)}
                return {**cleared, "change_which": None, "summary_confirmed": None}
        dispatcher.utter_message(text=texts.change_not_found())
        return {"change_which": None}

    async def validate_preferred_name(self, value, dispatcher, tracker, domain):
        name = free_text_value(tracker, value)
        if name and name not in (SKIPPED, NOT_SURE):
            name = re.sub(r"^(?:call me|it'?s|my name is|i'?m|she'?s|he'?s)\s+", "", name,
                          flags=re.IGNORECASE).strip(" .!")[:40]
        return {"preferred_name": name or SKIPPED}

    def __getattr__(self, attr: str):
        # validate_<slot> for each question slot that has no method of its own.
        slot = attr[len("validate_"):] if attr.startswith("validate_") else None
        if slot and any(q.slot == slot for q in FORMS.get(self.form, [])):
            if "scale" in slot:
                return self._validate_scale(slot)
            if "outcome" in slot:
                return self._validate_outcome(slot)
            return self._validate_free_text(slot)
        raise AttributeError(attr)

    @staticmethod
    def _validate_free_text(slot: str):
        async def _validate(value, dispatcher, tracker, domain):
            return {slot: free_text_value(tracker, value)}
        return _validate

    @staticmethod
    def _validate_outcome(slot: str):
        async def _validate(value, dispatcher, tracker, domain):
            if intent_of(tracker) == "affirm":
                return {slot: GOING_FINE}
            return {slot: free_text_value(tracker, value)}
        return _validate

    @staticmethod
    def _validate_scale(slot: str):
        async def _validate(value, dispatcher, tracker, domain):
            marker = free_text_value(tracker, value)
            if marker in (SKIPPED, NOT_SURE):
                return {slot: marker}
            number = parse_scale(str(value or ""))
            if number is None:
                dispatcher.utter_message(text=texts.scale_not_understood())
                return {slot: None}
            return {slot: str(number)}
        return _validate


class ValidateSelfAssessmentForm(ConsentFirstForm):
    form = "self_assessment_form"


class ValidateCarerAssessmentForm(ConsentFirstForm):
    form = "carer_assessment_form"


class ActionAskConsentGiven(Action):
    """Asks consent with the privacy facts from council.yml (days kept, who sees it)."""

    def name(self) -> Text:
        return "action_ask_consent_given"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text=texts.consent_question(), buttons=texts.CONSENT_BUTTONS)
        return []


class ActionAskAbout(Action):
    """Asks who the conversation is about: the person, someone they care for, or a caller."""

    def name(self) -> Text:
        return "action_ask_about"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text=texts.ask_about(), buttons=texts.ABOUT_BUTTONS)
        return []


class ActionAskWhatsGoingOn(Action):
    """Listen and connect: one open question, in the person's own words."""

    def name(self) -> Text:
        return "action_ask_whats_going_on"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text=texts.ask_whats_going_on())
        return []
