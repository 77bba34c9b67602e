"""The forms' validation actions: each is the answer-first engine (actions/form_engine.py)
plus what is special to that form.

Assessments start by asking consent (once per conversation). If the person says no, the
form ends at once and they still get general help. After the read-back the person can
change any part. Listen and connect and the contact step need nothing special.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.assessment import (answer_choices, change_answer_buttons, CHANGING_IN_PART,
                                CONFIRM_BUTTONS, change_buttons, next_question_text,
                                OPTION_QUESTIONS, option_buttons, options_offered,
                                part_being_changed, voice)
from actions.common import asking, Events, latest_text, TrackerAction
from actions.form_engine import AnswerFirstForm, LEFT, Reading, read_answer, WANTS_A_CHANGE
from actions.withdraw_request import say_what_next, take_back
from actions.heard_record import heard_so_far, keep_heard
from actions.language_need import keep_language_need
from actions.process_questions import said_so_far
from bot import form_slots as fs
from bot import form_words, ropes, settings, store, texts
from bot.answers import about, carer_assessment_question, on_behalf, own_needs
from bot.heard import summary_due, summary_line
from bot.reflect_answer import reflection, Voice
from bot.answers.sections import (changes_nothing, names_exactly, pick_answer, pick_section,
                                  said_exactly)
from bot.answers.language_need import ADDED
from bot.answers.withdraw import withdraws_request
from bot.intents import SAFETY_INTENTS
from bot.answers.yes_no import yes_no
from bot.assessment import summary
from bot.assessment.questions import BY_SLOT, FORMS, relation_phrase, SCREEN_OF


def question_buttons(slot: str) -> List[Dict[str, str]]:
    """The buttons shown with an assessment question, as Rasa buttons."""
    if slot == "about":
        return texts.ABOUT_BUTTONS
    if slot == "consent_given":
        return texts.CONSENT_BUTTONS
    if slot == "on_behalf":
        return form_words.ON_BEHALF_BUTTONS
    if slot == "summary_confirmed":
        return CONFIRM_BUTTONS
    question = BY_SLOT.get(slot)
    return [{"title": t, "payload": p} for t, p in question.buttons] if question else []


# Answers in the person's own words, where a helper may say something about themselves.
OWN_NEED_KINDS = (fs.FREE_TEXT, fs.OUTCOME, fs.SCREEN, fs.ON_BEHALF, fs.ABOUT)
# Answers said back in a short reflection before the next question.
REFLECTED_KINDS = (fs.FREE_TEXT, fs.OUTCOME, fs.SCREEN)


def reflect_on_answer(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                      value: Any) -> None:
    """One short line on the answer in their words (bot/reflect_answer.py), before the next
    question; every few pieces heard, a summary instead ("Lorraine, so far I have heard
    that..."), with the chosen name. The pieces go in the "heard" record staff see."""
    v = voice(tracker)
    about_self = v["about"] in (None, about.SELF)
    name = str(v["name"]) if summary.answered(v["name"]) else None
    heard = heard_so_far(tracker.sender_id)
    said = reflection(slot, value, Voice(about_self, None if about_self else name,
                                         v["relationship"]),
                      said_so_far(tracker), heard.names)
    if said is None:
        return
    new = [said.piece] if said.piece else []
    line, summary_said = said.line, ""
    if new and summary_due(len(heard.since_summary) + 1, heard.messages + 1):
        summary_said = summary_line(heard.since_summary + new,
                                    name if about_self else None) or ""
    keep_heard(tracker.sender_id, new, dict(said.names), summary_said)
    dispatcher.utter_message(text=summary_said or line)


def read_change_which(value: str, sections: List[str]) -> Reading:
    """ "the day to day bit, i got muddled" is the part "Day-to-day life"; "none of them"
    keeps the read-back as it is and goes on."""
    if value == summary.CHANGE_NOTHING_BUTTON["payload"] or (
            not value.startswith("/") and changes_nothing(value)):
        return Reading({"change_which": None, "summary_confirmed": True},
                       summary.KEPT_AS_IT_IS)
    return Reading({"change_which": pick_section(value, sections) or value})


def read_change_answer(value: str, form: str, part: Optional[str]) -> Reading:
    """Which answer to change, so only that one is asked again: one named in the part open
    for a change ("Keeping clean", "the washing one"); an area named anywhere ("what i said
    about the stairs"); a part with one answer. A part with several answers and none named
    opens that part (CHANGING_IN_PART): the next question asks which answer in it."""
    sections = summary.sections(FORMS[form])
    reading = read_change_which(value, sections)
    if reading.slots.get("summary_confirmed"):
        return reading
    if part and not value.startswith("/"):
        named = pick_answer(value, answer_choices(form, part))
        if named:
            return Reading({"change_which": named})
    chosen = reading.slots["change_which"]
    area = pick_answer(value, answer_choices(form)) if not value.startswith("/") else None
    if area and not (chosen in sections and said_exactly(value, chosen)):
        # "seeing my mates" names an area; a part only by a slip of its words ("matters").
        return Reading({"change_which": area})
    if chosen in sections:
        in_part = answer_choices(form, chosen)
        named = pick_answer(value, in_part) if len(in_part) > 1 else None
        if len(in_part) == 1 or named:
            return Reading({"change_which": named or in_part[0][0]})
        return Reading({"change_which": CHANGING_IN_PART + chosen})
    return Reading({"change_which": chosen})


class ConsentFirstForm(AnswerFirstForm):
    """Shared behaviour of the two assessment forms."""

    async def interpret(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> Dict[Text, Any]:
        """A part with several answers chosen to change: kept open (turn_note) and the
        change question asked again, about the answers in that part."""
        slot = tracker.get_slot("requested_slot")
        text = tracker.latest_message.get("text") or ""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if slot and fs.KIND_OF.get(slot) == fs.CONFIRM and not text.startswith("/") and \
                intent not in SAFETY_INTENTS and \
                (line := keep_language_need(tracker, self.form, text)) is not None:
            # "yes. but write mama speak only polish please": added to the record and read
            # back again with it (round seventeen: the same read-back, nothing about it).
            dispatcher.utter_message(text=ADDED.format(line=line))
            return {slot: None, "turn_note": f"{slot}:language"}
        slots = await super().interpret(dispatcher, tracker, domain)
        chosen = slots.get("change_which")
        if isinstance(chosen, str) and chosen.startswith(CHANGING_IN_PART):
            slots.update({"change_which": None, "turn_note": chosen})
        return slots

    def answer_request(self, request: Optional[str], slot: str, tracker: Tracker,
                       domain: DomainDict) -> str:
        """ "mama need polish speaking carer or interpreter": answered as anywhere, and the
        language kept for the record and the read-back."""
        if request == "interpreter":
            keep_language_need(tracker, self.form, tracker.latest_message.get("text") or "")
        return super().answer_request(request, slot, tracker, domain)

    def form_slots(self, domain_slots: List[Text], tracker: Tracker) -> List[Text]:
        if tracker.get_slot("consent_given") is False:
            # Keep the one slot, so the "no" is kept; nothing else is asked.
            return ["consent_given"]
        slots = super().form_slots(domain_slots, tracker)
        if tracker.get_slot("summary_confirmed") is False:
            slots.insert(slots.index("summary_confirmed"), "change_which")
        return slots

    def question_buttons(self, slot: str, tracker: Tracker) -> List[Dict[str, str]]:
        if slot == "change_which":
            return change_answer_buttons(self.form, tracker) + change_buttons(self.form)
        # The ROPES options offered at this question: a typed title is that option.
        return option_buttons(tracker, slot) + question_buttons(slot)

    def read(self, slot: str, kind: str, value: str, tracker: Tracker) -> Reading:
        if slot == "change_which":
            return read_change_answer(value, self.form, part_being_changed(tracker))
        if kind == fs.CONFIRM and not value.startswith("/"):
            reading = read_answer(slot, kind, value, tracker)
            if reading.slots.get(slot) is not True:
                # Not a clear yes: they want to change something ("no, the toilet answer is
                # wrong"): the answer they name, else the parts.
                return self.change_named_at_confirm(slot, value)
            return reading
        if kind == fs.CONSENT and value == "/stop":
            return Reading({slot: False})
        reading = read_answer(slot, kind, value, tracker)
        if slot == "sa_what_next" and "call" in str(reading.slots.get(slot) or "").lower():
            # A call from the care team is a promise of contact: the contact step comes next.
            reading.slots.update({s.slot: None for s in fs.CONTACT_SLOTS})
        return reading

    def change_named_at_confirm(self, slot: str, value: str) -> Reading:
        """ "can I change what I said about people in my life" at "Is that right?": that
        answer is asked again at once (the rest kept), never "Which part?" after it was
        said; a part with several answers asks which one; else the parts are offered."""
        if not (WANTS_A_CHANGE.search(value) or yes_no(value) is False):
            return Reading({slot: False})      # "looks good": the parts, as before
        chosen = read_change_answer(value, self.form, None).slots
        named = chosen.get("change_which")
        choice = next((c for c in answer_choices(self.form, BY_SLOT[named].section)
                       if c[0] == named), None) if named in BY_SLOT else None
        if choice and names_exactly(value, choice):
            # (named as it is called: "the bit about food", never a slip of a word)
            return Reading({slot: None, named: None, "change_which": None},
                           summary.CHANGING_ONE)
        if isinstance(named, str) and named.startswith(CHANGING_IN_PART):
            return Reading({slot: False, "change_which": named})
        return Reading({slot: False})

    async def after_answer(self, slot: str, kind: str, slots: Dict[str, Any],
                           dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[str, Any]:
        """Someone answering for another person who says something about their own strain
        ("i havent slept properly in months") is heard: noted for a carer's assessment
        offer at the end, and on the record for staff."""
        extra = await super().after_answer(slot, kind, slots, dispatcher, tracker)
        helping = slots.get("about", tracker.get_slot("about")) == about.CARED_FOR
        if (self.form == "self_assessment_form" and helping and kind in OWN_NEED_KINDS
                and isinstance(slots.get(slot), str)):
            need = own_needs.helper_need(slots[slot])
            if need:
                store.save_record(tracker.sender_id, "helper_need",
                                  {"words": need, "question": slot})
                dispatcher.utter_message(text=own_needs.NOTED)
        answered = isinstance(slots.get(slot), str) and summary.answered(slots[slot])
        if answered and slot in OPTION_QUESTIONS and ropes.means_all_of_them(slots[slot]) and \
                (offered := options_offered(tracker, slot)):
            # "both 😀": the ideas it means, kept by name (bot/ropes.py).
            extra = {**extra, slot: ropes.all_of_them(offered)}
        if answered and slot in OPTION_QUESTIONS and option_buttons(tracker, slot) and \
                not dispatcher.messages:
            # ROPES: what they chose to try is kept as their own next step.
            v = voice(tracker)
            dispatcher.utter_message(text=ropes.next_step_kept(
                relation_phrase(v["about"], v["relationship"], v["name"])))
        elif kind in REFLECTED_KINDS and answered and not dispatcher.messages and not extra:
            # Nothing else said this turn (a sorry, a note, a read-back): one reflection.
            reflect_on_answer(dispatcher, tracker, slot, slots[slot])
        return extra

    def question_waiting(self, tracker: Tracker) -> Optional[str]:
        """The next assessment question not yet answered, in the person's voice."""
        return next_question_text(tracker, self.form)

    async def validate_change_which(self, value: Any, dispatcher: CollectingDispatcher,
                                    tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """Clears the chosen answer so the form asks it again, then reads back again; the
        other answers are kept (a whole part was asked again before: round nine)."""
        questions = FORMS[self.form]
        if value in {q.slot for q in questions}:
            return {value: None, "change_which": None, "summary_confirmed": None}
        wanted = str(value or "").strip().lower()
        for section in summary.sections(questions):
            if section.lower() == wanted or (len(wanted) > 3 and wanted in section.lower()):
                # A deeper Care Act question waits for its screening question again.
                cleared = {slot: fs.NOT_NEEDED if slot in SCREEN_OF else None
                           for slot in summary.slots_in_section(questions, section)}
                return {**cleared, "change_which": None, "summary_confirmed": None}
        if value is not None:
            dispatcher.utter_message(text=texts.CHANGE_NOT_FOUND)
        return {"change_which": None}


class ValidateSelfAssessmentForm(ConsentFirstForm):
    form = "self_assessment_form"

    async def interpret(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> Dict[Text, Any]:
        """ "I need help for my mum" started this: it is about her, so that is not asked."""
        if tracker.get_slot("requested_slot") is None and tracker.get_slot("about") is None:
            relationship = on_behalf.help_for_someone_else(
                tracker.latest_message.get("text") or "")
            if relationship:
                return {"about": about.CARED_FOR, "relationship": relationship,
                        "completed_by": about.CARED_FOR, "on_behalf": None}
        return await super().interpret(dispatcher, tracker, domain)


class ValidateCarerAssessmentForm(ConsentFirstForm):
    form = "carer_assessment_form"


class ValidateListenForm(AnswerFirstForm):
    form = "listen_form"


class ValidateContactForm(AnswerFirstForm):
    form = "contact_form"

    async def interpret(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> Dict[Text, Any]:
        """"cancel that person thing, I dont need anyone to join. bye" at "What is the best
        phone number?" (out of hours, when a request for a person becomes a call back):
        the call back is cancelled and the contact step ends, never "I could not find a
        phone number". A crisis or safeguarding call stays, and so does the question."""
        slot = tracker.get_slot("requested_slot")
        text = tracker.latest_message.get("text") or ""
        if slot and withdraws_request(text):
            if take_back(dispatcher, tracker, text):
                say_what_next(dispatcher, text)
                return {"handoff_reference": None, "turn_note": f"{slot}:{LEFT}"}
            return {"turn_note": f"{slot}:kept_for_safety"}
        return await super().interpret(dispatcher, tracker, domain)


# The assessments' own first questions, worded when asked (consent: the privacy facts from
# council.yml, days kept and who sees it). rasa-sdk finds these action classes.
class ActionAskConsent(TrackerAction):
    """The consent question, never twice in one reply: when this reply already holds it (or
    its plain explanation, which ends "Is that OK?"), only the buttons come again, with a
    short line (round fourteen: the prompt shown twice in one reply)."""
    action = "action_ask_consent_given"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        said = bot_texts_this_turn(tracker)
        if not said:
            # "how long is the carers assessment" opened the form: answered first (round
            # fifteen: only the privacy notice came), then the notice, which offers it.
            for line in answered_before_starting(tracker):
                dispatcher.utter_message(text=line)
        asked = (texts.consent_question(), texts.consent_explained())
        if any(line in asked for line in said):
            dispatcher.utter_message(text=texts.CONSENT_CHOOSE, buttons=texts.CONSENT_BUTTONS)
        else:
            dispatcher.utter_message(text=texts.consent_question(), buttons=texts.CONSENT_BUTTONS)
        return []


def answered_before_starting(tracker: Tracker) -> List[str]:
    """The plain answers to what the message that opened this assessment asked about it
    (how long, what it is, is it free, who sees it); [] for a plain wish to start."""
    form = tracker.active_loop_name or "carer_assessment_form"
    questions = sum(1 for q in FORMS.get(form, []) if q.slot not in SCREEN_OF)
    return carer_assessment_question.answer_before_starting(
        latest_text(tracker), questions, settings.get("retention.conversation_days", 90))


def bot_texts_this_turn(tracker: Tracker) -> List[str]:
    """What the bot has said since the person's latest message."""
    said: List[str] = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot" and event.get("text"):
            said.append(event["text"])
    return said


ASK_ACTIONS = [
    asking("about", texts.ASK_ABOUT, texts.ABOUT_BUTTONS),
    # whats_going_on (listen and connect) is asked by actions/conversation.py: after a
    # summary it asks what to add or put right.
]
