"""The experience survey form: choose a survey, one statement at a time, store anonymously.

Only as many sv_q slots are asked as the chosen survey has statements; the contact question
is asked only when the person says yes to being contacted. Answers are stored without the
sender id (bot.store.save_survey), with the channel so results can be split by channel.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import channel_of
from bot import store, texts
from bot.surveys import wording
from bot.surveys.answers import parse_contact, parse_scale, parse_yes_no, redact_comment
from bot.surveys.definitions import (
    MAX_QUESTIONS, SCALE, SCALE_ANSWERS, SKIPPED, SURVEYS, TEXT, YES_NO, question_slot,
    statement_for_slot, survey,
)

INTERRUPTING = ("crisis", "safeguarding_concern", "request_human", "explain_term", "stop",
                "restart", "pause", "resume")
SURVEY_SLOTS = ["survey_type"] + [question_slot(i) for i in range(MAX_QUESTIONS)] + [
    "survey_comments", "survey_contact_ok", "survey_contact"]
SKIP = {"title": wording.SKIP_BUTTON, "payload": "/skip"}


def choose_survey(text: str) -> Optional[str]:
    """A survey key from a button or typed words ("carer", "direct payments")."""
    said = (text or "").strip().lower()
    for key, s in SURVEYS.items():
        if said in (key, key.replace("_", " "), s.button.lower()):
            return key
    for words, key in (("direct payment", "direct_payments"), ("own support", "direct_payments"),
                       ("safe", "safeguarding"), ("carer", "carer"), ("caring", "carer"),
                       ("my support", "client"), ("support i get", "client"), ("me", "client")):
        if re.search(rf"\b{words}\b", said):
            return key
    return None


def survey_buttons(about: Optional[str]) -> List[Dict[str, str]]:
    order = ["client", "carer", "safeguarding", "direct_payments"]
    if about == "someone_i_care_for":
        order = ["carer", "client", "safeguarding", "direct_payments"]
    return [{"title": SURVEYS[k].button, "payload": SURVEYS[k].button} for k in order]


def answer_buttons(kind: str) -> List[Dict[str, str]]:
    if kind == SCALE:
        return [{"title": label, "payload": label} for _, label in SCALE_ANSWERS] + [SKIP]
    if kind == YES_NO:
        return [{"title": wording.YES_BUTTON, "payload": "/affirm"},
                {"title": wording.NO_BUTTON, "payload": "/deny"}]
    return [SKIP]


class ValidateExperienceSurveyForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_experience_survey_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        chosen = survey(tracker.get_slot("survey_type"))
        asked = len(chosen.statements) if chosen else MAX_QUESTIONS
        keep = {question_slot(i) for i in range(asked)}
        slots = [s for s in domain_slots if not s.startswith("sv_q") or s in keep]
        if tracker.get_slot("survey_contact_ok") != "yes":
            slots = [s for s in slots if s != "survey_contact"]
        return slots

    def _interrupted(self, tracker: Tracker) -> bool:
        return (tracker.latest_message.get("intent") or {}).get("name") in INTERRUPTING

    async def validate_survey_type(self, value: Any, dispatcher: CollectingDispatcher,
                                   tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        key = choose_survey(str(value or ""))
        if key is None:
            dispatcher.utter_message(text=wording.ASK_WHICH_AGAIN)
            return {"survey_type": None}
        dispatcher.utter_message(text=SURVEYS[key].intro)
        return {"survey_type": key}

    def __getattr__(self, attr: str):
        # validate_sv_q1 .. validate_sv_q7 share one rule, set by the chosen survey.
        if attr.startswith("validate_sv_q"):
            return self._validator(attr[len("validate_"):])
        raise AttributeError(attr)

    def _validator(self, slot: str):
        async def _validate(value, dispatcher, tracker, domain):
            statement = statement_for_slot(tracker.get_slot("survey_type"), slot)
            if statement is None:
                return {slot: None}
            text = str(value or "").strip()
            if statement.kind == TEXT:
                if text in ("/skip", "") or parse_scale(text) == SKIPPED:
                    return {slot: SKIPPED}
                return {slot: redact_comment(text)}
            if statement.kind == YES_NO:
                answer = parse_yes_no(text)
                if answer is None and parse_scale(text) == SKIPPED:
                    return {slot: SKIPPED}
                if answer is None:
                    dispatcher.utter_message(text=wording.NOT_CAUGHT)
                    return {slot: None}
                return {slot: "yes" if answer else "no"}
            answer = parse_scale(text)
            if answer is None:
                dispatcher.utter_message(text=wording.NOT_CAUGHT)
                return {slot: None}
            return {slot: answer}
        return _validate

    async def validate_survey_comments(self, value, dispatcher, tracker, domain):
        text = str(value or "").strip()
        if text in ("/skip", "/deny") or parse_scale(text) == SKIPPED or not text:
            return {"survey_comments": SKIPPED}
        return {"survey_comments": redact_comment(text)}

    async def validate_survey_contact_ok(self, value, dispatcher, tracker, domain):
        answer = parse_yes_no(str(value or ""))
        if answer is None:
            dispatcher.utter_message(text=wording.NOT_CAUGHT)
            return {"survey_contact_ok": None}
        return {"survey_contact_ok": "yes" if answer else "no"}

    async def validate_survey_contact(self, value, dispatcher, tracker, domain):
        text = str(value or "").strip()
        if text == "/skip" or parse_scale(text) == SKIPPED:
            return {"survey_contact": SKIPPED, "survey_contact_ok": "no"}
        contact = parse_contact(text)
        if contact is None:
            dispatcher.utter_message(text=wording.CONTACT_NOT_CAUGHT)
            return {"survey_contact": None}
        return {"survey_contact": contact}


class ActionAskSurveyType(Action):
    def name(self) -> Text:
        return "action_ask_survey_type"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=wording.ASK_WHICH,
                                 buttons=survey_buttons(tracker.get_slot("about")))
        return []


def _make_ask(slot: str):
    class _Ask(Action):
        def name(self) -> Text:
            return f"action_ask_{slot}"

        async def run(self, dispatcher, tracker, domain):
            statement = statement_for_slot(tracker.get_slot("survey_type"), slot)
            if statement is None:
                return []
            if statement.kind == SCALE:
                dispatcher.utter_message(text=statement.text)
                dispatcher.utter_message(text=wording.STATEMENT_PROMPT,
                                         buttons=answer_buttons(SCALE))
            else:
                dispatcher.utter_message(text=statement.text,
                                         buttons=answer_buttons(statement.kind))
            return []

    _Ask.__name__ = f"ActionAsk{slot.title().replace('_', '')}"
    return _Ask


for _i in range(MAX_QUESTIONS):
    _cls = _make_ask(question_slot(_i))
    globals()[_cls.__name__] = _cls


class ActionAskSurveyComments(Action):
    def name(self) -> Text:
        return "action_ask_survey_comments"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=wording.ASK_COMMENTS, buttons=[SKIP])
        return []


class ActionAskSurveyContactOk(Action):
    def name(self) -> Text:
        return "action_ask_survey_contact_ok"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=wording.ASK_CONTACT_OK, buttons=answer_buttons(YES_NO))
        return []


class ActionAskSurveyContact(Action):
    def name(self) -> Text:
        return "action_ask_survey_contact"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=wording.ASK_CONTACT, buttons=[SKIP])
        return []


def collect_answers(tracker: Tracker) -> Dict[str, Any]:
    """What is stored: statement codes to answers, the comment, and contact only with consent."""
    key = tracker.get_slot("survey_type")
    chosen = survey(key)
    answers: Dict[str, Any] = {}
    for i, statement in enumerate(chosen.statements if chosen else ()):
        answers[statement.code] = tracker.get_slot(question_slot(i)) or SKIPPED
    answers["comments"] = tracker.get_slot("survey_comments") or SKIPPED
    contact = tracker.get_slot("survey_contact")
    if tracker.get_slot("survey_contact_ok") == "yes" and contact and contact != SKIPPED:
        answers["contact_me"] = contact
    return answers


class ActionFinishSurvey(Action):
    def name(self) -> Text:
        return "action_finish_survey"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        key = tracker.get_slot("survey_type")
        if survey(key) is None:
            return [SlotSet(s, None) for s in SURVEY_SLOTS]
        answers = collect_answers(tracker)
        channel = channel_of(tracker)
        store.save_survey(key, channel, answers)
        if "contact_me" in answers:
            # They asked to be contacted: the care team sees it in the console's queue as a
            # call-back. The answers themselves stay in the anonymous table.
            store.create_handoff(tracker.sender_id, "callback", channel,
                                 summary=f"Asked to be contacted about their {key} survey "
                                         f"answers: {answers['contact_me']}", callback=True)
        dispatcher.utter_message(text=wording.THANKS_CONTACT if "contact_me" in answers
                                 else wording.THANKS)
        dispatcher.utter_message(text=wording.WHAT_NEXT, buttons=texts.MENU_BUTTONS)
        return [SlotSet(s, None) for s in SURVEY_SLOTS]
