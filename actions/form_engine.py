"""Answer first: at a question, what the person types is their answer, unless it is clearly
something else. One engine for every form (assessments, listen and connect, surveys,
contact details), so no form can be stuck by a reply the training data did not foresee.

For each message at an open question the engine decides one of three things:
- **interrupt**: a safety disclosure, or a clear request that has its own rule (a care word,
  a person, pause, stop, a resume code). Nothing is extracted, so Rasa hands the turn to the
  interruption rules in data/rules/interruptions.yml; those come back to the same form.
- **request**: a question about the question ("why do you need to know?", "how many more?",
  "what do you mean?"), a greeting, another menu button. Answered here, nothing is stored,
  and the same question is asked again. The slot ``turn_note`` records what happened, which
  also tells Rasa the form handled the turn (so it never rejects and never loops).
- **answer**: read by the question's kind (bot/form_slots.py), stored with the person's own
  words, or asked again kindly with the range or the choices.
"""
from __future__ import annotations

import json
import re
from abc import abstractmethod
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Text, Tuple

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import call_changes, call_state
from bot.answers.call_change import change_kind
from actions.callback import (answer_question, ASSESSMENTS, offer_to_stop, pass_answers_on,
                              stopped_with_callback)
from actions.common import (asking, channel_of, Events, note_conversation_details, safety_found,
                            switch_easy_read, TrackerAction, user_texts)
from actions.heard_record import keep_heard
from actions.false_alarm import (may_put_right, noted_not_a_concern, put_right,
                                 put_worry_back, stands_firm, told_still, wish_stands)
from actions.resume_code import give_code, RESUMABLE, said_crisis
from actions.several_questions import answer_each
from actions.waiting import (harm_told, note_urgent_time, ring_now_lines, waiting_lines,
                             welcome_back_lines)
from bot import call_times, codes, crisis_care, form_words, hours, safety_words, store, texts
from bot import form_slots as fs
from bot.data import handoffs
from bot.answers import about as about_parser
from bot.answers.care_costs import answer as care_costs_answer, asks_about_care_costs
from bot.answers.callback_talk import asks_to_pass_it_on, callback_question, wants_to_stop_here
from bot.answers.check_in import (RATHER_NOT as CHECK_IN_RATHER_NOT, UNSURE as CHECK_IN_UNSURE,
                                  YES as CHECK_IN_YES,
                                  check_in_answer, keeps_it_open)
from bot.answers.contact_question import asks_how_contacted
from bot.answers.help_coming import calling_for_help
from bot.answers import not_a_carer
from bot.answers.jump import part_asked_for
from bot.answers.not_a_carer import denies_being_a_carer
from bot.answers.leaving import (answer_before_a_question, farewell_with_a_skip, goes_for_now,
                                 goodbye_at_end, leaving_words_not_a_leaving, only_all_said)
from bot.answers import contact as contact_parser
from bot.answers.contact import about_contact, without_contact_clauses
from bot.answers import contact_step_questions
from bot.answers import names, on_behalf, scales, worry_stands
from bot.answers.our_options import asks_what_the_plan_is, explain_option, option_asked
from bot.directory import followup, search_in_form
from bot.answers.screens import areas_to_explore, opened_with_earlier, said_earlier
from bot.answers.short_of_time import read_time_words
from bot.answers import after_telling
from bot.answers.someone_else import asks_to_call_someone_else
from bot.answers.handoff_details import language_needed
from bot.answers.keeping import asks_about_keeping
from bot.answers.requests import classify_request
from bot.directory.wanted_instead import wanted_help_instead
from bot.answers import said_to_bot, who_to_ring
from bot.answers import carer_assessment_question, safeguarding_questions
from bot.answers.said_to_bot import (asks_if_kept, complains_of_repeat, rejects_what_was_said,
                                     SORRY_ASKED, SORRY_MISREAD, which_question_at_end,
                                     without_complaint)
from bot.answers.terms import asks_what_a_term_means, asks_what_it_is, word_asked_about
from bot.sounds_like import as_meant
from bot.reflect_answer import FEELING_LINES, feeling_in
from bot.own_words import pronoun_for
from bot.answers.text import words_only
from bot.answers.trailing import answer_then_request
from bot.answers.yes_no import yes_no
from bot.safety import false_alarm
from bot.assessment.questions import FORMS as QUESTIONS, SCREENED, SCREENS, answers_before, relation_phrase
from bot.assessment.summary import GOING_FINE
from bot.easy_read_request import easy_read_wish
from bot.language import finds_english_hard
from bot.intents import CRISIS, KIND_TO_INTENT, LEAVING, RETURNING, SAFETY_INTENTS
from bot.markers import NOT_RAISED, NOT_SURE, SKIPPED
from bot.safety.assessment import QUICK_EXIT
from bot.safety.context import doing_it_later
from bot.safety.normalise import normalise
from jargon import glossary

# Requests that have their own rule in every form (bot/intents.py RETURNING and LEAVING).
RULED_REQUESTS = {kind: intent for kind, intent in KIND_TO_INTENT.items()
                  if intent in RETURNING or intent in LEAVING}
MAX_ANSWER = 2000
# Kinds of question whose answer may carry a request at its end (not yes/no or safety steps).
ANSWER_THEN_ASK = (fs.FREE_TEXT, fs.OUTCOME, fs.SCREEN)
# ...and the first steps, where "sort of, she says shes fine. how many questions is this" at
# "does your mum know?" must hear the count too (round seventeen: answered only when asked
# a second time).
TRAILING_ASK_KINDS = ANSWER_THEN_ASK + (fs.ON_BEHALF, fs.CONSENT)
# Open questions answered in words, where a request for local help may come instead.
OPEN_KINDS = (fs.FREE_TEXT, fs.OUTCOME, fs.SCREEN)
MAX_GOODBYE_WORDS = 10
# turn_note's ending when a goodbye paused the form (AnswerFirstForm.leave_for_now).
LEFT = "left"
# turn_note's ending when local help asked for instead left the form for a search.
LEFT_FOR_SEARCH = "left_for_search"
CARER_FORM = "carer_assessment_form"
# What the record and the hand-off say for "I'd rather not say" at the direct question.
RATHER_NOT_SAID = "rather not say"


@dataclass(frozen=True)
class Turn:
    """The message being read: what NLU made of it and what was typed."""
    intent: str
    confidence: float
    text: str

    @property
    def is_payload(self) -> bool:
        return self.text.startswith("/")


@dataclass(frozen=True)
class Decision:
    action: str                 # "answer", "interrupt" or "request"
    request: Optional[str] = None
    value: Optional[str] = None  # for an answer: the text, or a button's payload


def turn_of(tracker: Tracker) -> Turn:
    intent = tracker.latest_message.get("intent") or {}
    return Turn(str(intent.get("name") or ""), float(intent.get("confidence") or 0.0),
                (tracker.latest_message.get("text") or "").strip())


def looks_like_term_question(text: str) -> bool:
    """ "what does reablement mean", "CHC?", "s117": a care word asked about, not an answer
    that happens to contain one ("i get direct payments for my carer")."""
    words = text.split()
    # Short, or a longer question ("is a personal budget the same as a direct payment?").
    if not words or len(words) > 9 and not (text.rstrip().endswith("?") and len(words) <= 14):
        return False
    lowered = text.lower()
    # A bare term ("respite", "blue badge") at a question is an answer; asking needs a sign.
    asks = ("?" in text or lowered.startswith(("what", "whats", "explain", "meaning"))
            or " mean" in lowered or lowered.startswith(("is ", "does ")))
    return asks and bool(glossary.find_terms(text) or glossary.lookup(text.strip(" ?!.")))


# Words that ask for a person, when the model also says so ("can i talk to a person instead").
ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:person|human|adviser|advisor|social worker|someone (?:from|at) the council|"
    r"real (?:person|someone)|(?:talk|speak|chat) (?:to|with) (?:someone|somebody|a |an |you)|"
    r"call (?:me )?back|ring me|phone me|contact me)\b", re.IGNORECASE)
# A request starts like one: "can i...", "i want...", "please..."; "someone to ring me" at
# "what would help?" is an answer.
ASKING = re.compile(r"^\s*(?:can|could|may|please|pls|i want|i wanna|i need|i'?d like|"
                    r"i would like|let me|get me|put me)\b", re.IGNORECASE)
# Payload intents that have their own rule in every form (safety intents are let through
# before; a complaint interrupts only when its words say so).
RULED_PAYLOADS = tuple(i for i in list(RETURNING) + list(LEAVING)
                       if i not in SAFETY_INTENTS and i != "complaint")
WANTS_TO_COMPLAIN = re.compile(r"\bcomplain", re.IGNORECASE)


# "is a personal budget the same as a direct payment?": about what words mean, whatever the
# model guessed ("is there a carers group near me" is an answer).
ASKS_A_MEANING = re.compile(r"\bmean|\bsame (?:thing )?as\b|\bdifference between\b|"
                            r"\bstand for\b|^\W*what(?:'s| is| are|s)\b", re.IGNORECASE)


# "yes thats right", "yep all correct", "yes that's it": a yes said first, before anything else.
LEADING_YES = re.compile(r"^\W*(?:yes|yeah|yep|yup|yh|aye)\b(?:\W+(?:thats|that s|that is|"
                         r"it s|its|all|that s it)\s+(?:right|correct|fine|it|good|ok))?",
                         re.IGNORECASE)
WANTS_A_CHANGE = re.compile(r"\b(?:but|except|apart from|change|wrong|not right|not quite|"
                            r"missed|forgot|add|left out|mistake)\b", re.IGNORECASE)
# A request for an interpreter is a short message; a longer one holds an answer too.
MAX_LANGUAGE_ASK_WORDS = 12
CONTACT_STEP = (fs.CONTACT, fs.BEST_TIME, fs.SAFE_CONTACT)
# (At "What would you like to happen now?" their words are the wish, kept as told.)
ASKED_ABOUT_THE_HARM = (fs.SAFETY_CHECK, fs.SAFETY_WISH)
CONTACT_GIVEN = re.compile(r"\d|@")


def decide(turn: Turn, kind: str, buttons: Optional[List[Dict[str, str]]] = None) -> Decision:
    """What this message is at a question of this kind. Pure: unit-tested without Rasa."""
    if turn.intent in SAFETY_INTENTS and not (kind == fs.SAFETY_WISH and turn.intent != CRISIS):
        # At "what would you like to happen?", just after a disclosure, the wish restates it
        # ("a different carer, dont tell her it was me"): it is the answer, kept for staff,
        # not a new check-in (which asked for the wish again, in a loop). Danger to life
        # still comes first.
        return Decision("interrupt")
    if kind == fs.SAFETY_CHECK and (turn.intent == "affirm" or
                                    check_in_answer(turn.text) == CHECK_IN_YES or
                                    (not turn.is_payload and keeps_it_open(turn.text))):
        # "yes", or a hedged yes ("maybe a bit"), to the direct question: its own rule.
        # "not like TODAY. can we just finish the form" (any length) leaves later open: a yes.
        return Decision("interrupt")
    if kind == fs.CONFIRM and not turn.is_payload and LEADING_YES.match(turn.text) and \
            not WANTS_A_CHANGE.search(turn.text):
        # "yes thats right. can somebody ring me": the yes is kept (the call is offered at
        # the end); the read-back is not shown twice.
        return Decision("answer", value="/affirm")
    if not turn.is_payload and kind != fs.SAFETY_CHECK and farewell_with_a_skip(turn.text):
        # "skip. ta-ra then": a goodbye, never kept as the answer (the question stays open).
        return Decision("request", "goodbye")
    request = classify_request(turn.text, buttons) if not turn.is_payload else None
    if turn.is_payload:
        payload_intent = turn.text[1:].split("{")[0]
        if payload_intent in RULED_PAYLOADS:
            return Decision("interrupt")
        if payload_intent in ("skip", "dont_know", "affirm", "deny", "inform"):
            return Decision("answer", value=turn.text)
        if payload_intent == "listen_connect" and kind == fs.FREE_TEXT:
            return Decision("request", "carry_on")
        return Decision("request", "other_journey")
    if request is None and asks_about_care_costs(turn.text) and not (
            kind in ANSWER_THEN_ASK and answer_then_request(turn.text, looks_like_term_question)):
        # ("my garden. will i have to pay?" keeps "my garden" as the answer: see interpret.)
        # "will mum lose her house?" at any question: answered, then the same question.
        return Decision("request", "care_costs")
    if request is not None:
        if request.kind == "button":
            payload = request.payload or ""
            if payload[1:].split("{")[0] in RULED_PAYLOADS and turn.intent == payload[1:]:
                return Decision("interrupt")  # a typed title of a button with its own rule
            return Decision("answer", value=payload)
        if request.kind in RULED_REQUESTS:
            if turn.intent in ("pause", "stop") and request.kind in ("pause", "stop") or (
                    turn.intent == RULED_REQUESTS[request.kind]):
                return Decision("interrupt")
            return Decision("request", request.kind)
        if request.kind in ("skip", "dont_know"):
            return Decision("answer", value=f"/{request.kind}")
        return Decision("request", request.kind)
    if kind == fs.SAFETY_NEXT and turn.intent == "request_human" and \
            ASKS_FOR_A_PERSON.search(turn.text):
        # "i suppose so yes. i just want to talk to someone about it": this question offers
        # a person, so any words that ask for one are that choice.
        return Decision("interrupt")
    # (A survey comment is kept: the survey asks about contact straight after it.)
    if kind != fs.COMMENT and turn.intent == "request_human" and turn.confidence >= 0.6 and \
            ASKS_FOR_A_PERSON.search(
            turn.text) and ASKING.match(turn.text) and len(turn.text.split()) <= 12:
        return Decision("interrupt")
    if turn.intent == "complaint" and (WANTS_TO_COMPLAIN.search(turn.text)
                                       or asks_to_pass_it_on(turn.text)):
        return Decision("interrupt")
    if turn.intent in ("stop", "pause") and wants_to_stop_here(turn.text):
        # "sorry got to go back to work, can we stop here": a stop inside a longer message.
        return Decision("interrupt")
    if turn.intent == "explain_term" and looks_like_term_question(turn.text):
        return Decision("interrupt")
    if asks_what_a_term_means(turn.text) or (looks_like_term_question(turn.text)
                                             and ASKS_A_MEANING.search(turn.text)) or \
            asks_what_it_is(as_meant(turn.text)):
        # ("can you just tell me what respite is please", "wots suported mean" too)
        # "hang on whats a DoLS" at consent, "CHC?" at the name question: explained here
        # and the question asked again, whatever the model guessed.
        return Decision("request", "explain_term")
    if turn.intent == "resume" and _has_code(turn.text):
        return Decision("interrupt")
    if (wish := easy_read_wish(turn.text)) is not None:
        # "can you use easier words please": switched, then the same question again.
        return Decision("request", "easy_read_on" if wish else "easy_read_off")
    if kind in CONTACT_STEP and language_needed([turn.text]) and not answered_with_language(
            kind, turn.text) and not asks_to_call_someone_else(turn.text):
        # "my mum only speaks urdu" when asked for a number or a time: the interpreter is
        # booked (a number or an email in it is the answer, the language noted with it).
        return Decision("request", "interpreter")
    if finds_english_hard(turn.text) and len(turn.text.split()) <= MAX_LANGUAGE_ASK_WORDS \
            and not answered_with_language(kind, turn.text):
        # "do you speak polish?", "my english not good": the interpreter, then the question.
        return Decision("request", "interpreter")
    if turn.intent == "greet" and len(turn.text.split()) <= 3 and not (
            kind == fs.NAME and names.parse_name(turn.text)):
        # ("Jean" at the name question, which the model heard as a greeting, is the name:
        # round seventeen's "Hello again".)
        return Decision("request", "greet")
    if turn.intent == "goodbye" and len(turn.text.split()) <= MAX_GOODBYE_WORDS and \
            not leaving_words_not_a_leaving(turn.text):
        # ("xbox and see my cuzin" at "what does a good day look like?" is the answer.)
        # "bye 👋" at a question: a goodbye back, never "please say yes or no".
        return Decision("request", "goodbye")
    return Decision("answer", value=turn.text)


def answered_with_language(kind: str, text: str) -> bool:
    """At the contact step, the answer said with the language ("07700 900321 after 5pm.
    please polish interpreter for call if possible"): the answer is read, and the
    interpreter booked with it (round seventeen: the number and the time were lost, and
    asked for again)."""
    if kind not in CONTACT_STEP or not text or text.startswith("/"):
        return False
    found = contact_parser.parse_contact(text)
    if kind == fs.CONTACT:
        return bool(found.phone or found.email or found.address)
    if kind == fs.BEST_TIME:
        return bool(found.best_time)
    return any(v is not None for v in safety_flags(found).values())


def language_with_answer(kind: str, text: str) -> bool:
    """A language asked for in a message that also answers the contact step's question."""
    return answered_with_language(kind, text) and bool(
        language_needed([text]) or finds_english_hard(text))


def asks_which_question(part: str) -> bool:
    """ "what was the question", "where were we": one part of a message asks for it again."""
    found = classify_request(part)
    return found is not None and found.kind == "which_question"


def _has_code(text: str) -> bool:
    return bool(codes.find_code(text))


# ---- reading an answer by kind -------------------------------------------------------------

@dataclass
class Reading:
    """What an answer sets, and what to say if it could not be read."""
    slots: Dict[str, Any]
    say: Optional[str] = None
    buttons: Optional[List[Dict[str, str]]] = None


def _marker(value: str) -> Optional[str]:
    if value in ("/skip",):
        return SKIPPED
    if value in ("/dont_know",):
        return NOT_SURE
    return None


# A reply that is a postcode and nothing more ("LS99 9ZZ", "ls6 2qt please").
ONLY_A_POSTCODE = re.compile(r"^\W*[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\W*(?:please|pls|thanks)?\W*$",
                             re.IGNORECASE)
SOMEONE_ELSE = re.compile(r"\b(?:my|our) (?:" + about_parser.FAMILY_WORDS + r")\b", re.IGNORECASE)


def about_someone_else(value: str, tracker: Optional[Tracker]) -> bool:
    """At the carer's own name, a sentence about the person they look after."""
    return (getattr(tracker, "active_loop_name", None) == "carer_assessment_form"
            and len(value.split()) >= 4 and bool(SOMEONE_ELSE.search(value)))


def own_name_asked(tracker: Optional[Tracker]) -> bool:
    """The name question asks for the person's own name (the carer's, or their own
    assessment), not for someone they look after."""
    if getattr(tracker, "active_loop_name", None) == CARER_FORM:
        return True
    return tracker is not None and tracker.get_slot("about") in (about_parser.SELF,)


def read_free_text(slot: str, value: str) -> Reading:
    marker = _marker(value)
    if marker:
        return Reading({slot: marker})
    if value.startswith("/") or not any(ch.isalnum() for ch in value):
        # Only emoji or marks: ask again kindly, keep nothing.
        return Reading({slot: None}, form_words.NEED_WORDS)
    if ONLY_A_POSTCODE.match(value):
        return Reading({slot: None}, form_words.POSTCODE_NOT_AN_ANSWER)
    return Reading({slot: value[:MAX_ANSWER]})


def _skipped_or_unread(slot: str, marker: Optional[str], found: Any,
                       again: str) -> Optional[Reading]:
    """A skip button stores its marker; a reply that could not be read asks ``again``;
    None when the reply was read (``found``) and the caller keeps it."""
    if marker:
        return Reading({slot: marker})
    if found is None:
        return Reading({slot: None}, again)
    return None


def read_answer(slot: str, kind: str, value: str, tracker: Tracker) -> Reading:
    """Turns the person's reply into slot values for a question of this kind."""
    if value in form_words.SAFE_CONTACT_PAYLOADS and kind != fs.SAFE_CONTACT:
        # "Call, but do not leave a message" pressed late, at another question (the safety
        # question came in between): it is the contact instruction, never this answer.
        return Reading({slot: None,
                        "contact_safety": json.dumps(form_words.SAFE_CONTACT_PAYLOADS[value])})
    marker = _marker(value)
    asked_back = contact_step_questions.answer_at(kind, value)
    if asked_back:
        # "wot dose reach meen", "why do you need my number": answered, never kept as the
        # answer (round 11), and the same question asked again.
        return Reading({slot: None}, asked_back)
    if kind == fs.BEST_TIME:
        return read_free_text(slot, call_times.without_said_already(value))
    if kind in (fs.FREE_TEXT, fs.COMMENT):
        return read_free_text(slot, value)
    if kind == fs.NAME:
        own = own_name_asked(tracker)
        name = None if marker else names.parse_name(value, own=own)
        theirs = None if marker else names.relation_named(value)
        if theirs and not own and (name is None or theirs[1] not in name):
            # "me Kasia. mama is Halina" when mum's name is asked ("Grandad Jim" stays whole)
            name = theirs[1]
        again = form_words.NAME_AGAIN
        if name is None and not marker and about_someone_else(value, tracker):
            # "my brother tom, he has epilepsy" at the carer's own name: heard, and
            # asked about at the next question, then the name again.
            again = form_words.OWN_NAME_AFTER_THEM
        early = _skipped_or_unread(slot, marker and SKIPPED, name, again)
        if early:
            return early
        about = tracker.get_slot("about")
        if getattr(tracker, "active_loop_name", None) == "carer_assessment_form":
            about = "self"  # the carer's own name
        who = relation_phrase(about, tracker.get_slot("relationship"))
        said = form_words.name_thanks(name, who)
        if own and theirs and theirs[1] != name:
            # "me Kasia. mama is Halina": both names heard (round seventeen: neither).
            said = f"{said} {form_words.their_name_noted(theirs[0], theirs[1])}"
        return Reading({slot: name}, said)
    if kind == fs.ABOUT:
        found = about_parser.parse_about(value)
        if found is None:
            return Reading({slot: None}, form_words.ABOUT_AGAIN)
        slots: Dict[str, Any] = {slot: found.about, "completed_by": found.about}
        if found.relationship:
            slots["relationship"] = found.relationship
        # Someone else's assessment: ask whether they know and agree, next.
        slots["on_behalf"] = None if found.about == about_parser.CARED_FOR else fs.NOT_NEEDED
        return Reading(slots)
    if kind == fs.ON_BEHALF:
        return read_on_behalf(slot, value, tracker)
    if kind == fs.SCREEN:
        return read_screen(slot, value, told_before_screen(slot, tracker))
    if kind in (fs.CONSENT, fs.YES_NO, fs.CONFIRM):
        answer = False if (kind == fs.CONSENT and marker == SKIPPED) else _yes_no_value(value)
        if answer is None and kind == fs.CONSENT and carer_assessment_question.answer(value):
            # "does the carers assessment cost money", "whats a carers assessment exactly":
            # answered (free, what it is), then the same question once.
            return Reading({slot: None}, " ".join(carer_assessment_question.answer(value)))
        if answer is None and kind == fs.CONSENT and carer_assessment_question.changes_mind(
                value):
            return Reading({slot: True})
        if answer is None and kind == fs.CONSENT and \
                getattr(tracker, "active_loop_name", None) == "self_assessment_form" and \
                (asks_what_the_plan_is(as_meant(value)) or option_asked(as_meant(value))):
            # "wot is it tho", "?? dont no" (round 18: "say yes or no" and the notice, twice):
            # what the plan is, in plain words, then the same question.
            return Reading({slot: None}, explain_option("good_life")[0])
        if answer is None and kind == fs.CONSENT and asks_about_keeping(value):
            # "wot dose 90 days mean", "who sees it?": answered, then the same question.
            return Reading({slot: None}, texts.consent_explained())
        if answer is None:
            return Reading({slot: None}, form_words.YES_OR_NO)
        if kind == fs.YES_NO:
            return Reading({slot: "yes" if answer else "no"})
        return Reading({slot: answer})
    if kind == fs.OUTCOME:
        if value == "/affirm":
            return Reading({slot: GOING_FINE})
        return read_free_text(slot, value)
    if kind == fs.SCALE:
        number = None if marker else scales.parse_scale(value)
        pair = None if (marker or number is not None) else scales.two_numbers(value)
        if pair:
            # "6 maybe 7": asked which, with both as buttons, never "give me one number".
            return Reading({slot: None}, form_words.scale_nearer(*pair),
                           [{"title": str(n), "payload": str(n)} for n in pair])
        return (_skipped_or_unread(slot, marker, number, form_words.SCALE_AGAIN)
                or Reading({slot: str(number)}))
    if kind == fs.CONTACT:
        reading = read_contact(slot, value)
        if reading.say == form_words.CONTACT_AGAIN and tracker is not None and \
                no_calls_on_record(tracker):
            reading = Reading(reading.slots, form_words.SAFE_WAY_AGAIN)
        reading = keep_said_before(reading, tracker.get_slot("contact_safety"))
        return no_time_for_an_email(reading, tracker.get_slot("contact_safety"))
    if kind == fs.SAFE_CONTACT:
        return read_safe_contact(slot, value)
    if kind == fs.SAFETY_CHECK:
        if value == "/dont_know" or check_in_answer(value) == CHECK_IN_UNSURE:
            return unsure_at_the_check_in(slot, tracker)
        if rather_not(value):
            # The "I'd rather not say" button (or a skip): not a no (round seventeen: the
            # button sent /deny, and it was kept as No).
            return rather_not_at_the_check_in(slot, tracker)
        # Only "no" or "rather not say" reach here ("yes" has its own rule). After the
        # suicide question the door is kept open: the numbers stay in view.
        said = form_words.CHECK_IN_NO
        if tracker is not None and tracker.get_slot("safety_concern") == "crisis" and \
                crisis_care.is_suicide(tracker.get_slot("safety_category")):
            said = f"{said} {crisis_care.DOOR_OPEN_NUMBERS}"
        return Reading({slot: fs.NOT_NEEDED, "safety_concern": None}, said)
    if kind == fs.SAFETY_NEXT:
        if asks_how_contacted(value):
            # "so you won't phone me? how would they get in touch": answered, and the
            # choice (carry on, stop, talk to someone) stays open.
            return Reading({slot: None}, safety_words.how_we_contact(
                no_calls_asked(tracker.get_slot), bool(tracker.get_slot("handoff_reference")),
                form_words.SAFETY_NEXT_BUTTONS[-1]["title"]))
        return read_safety_next(slot, value)
    if kind == fs.SAFETY_WISH:
        return read_free_text(slot, value)
    return read_free_text(slot, value)


def unsure_at_the_check_in(slot: str, tracker: Optional[Tracker]) -> Reading:
    """ "dunno", "not sure" at the direct question inside a form: not a no. The door kept
    open with the numbers for that worry, then the choice with a person in it (after the
    suicide question: "Talk to someone now" first), never the form's next question at once."""
    concern = tracker.get_slot("safety_concern") if tracker is not None else None
    category = tracker.get_slot("safety_category") if tracker is not None else None
    lines, _ = safety_words.unsure_reply(concern, category, is_open=hours.is_open())
    said = " ".join(lines[:-1] + [safety_words.UNSURE_NOT_NEEDED])
    suicide = safety_words.unsure_kind(concern, category) == "suicide"
    slots = {slot: fs.NOT_NEEDED, "safety_concern": None, "safety_next": None}
    if suicide:
        slots["safety_category"] = crisis_care.CHOOSE_STATE
    return Reading(slots, said)


def rather_not(value: str) -> bool:
    """The answer at the direct question is "I'd rather not say" (typed, the button, or a
    skip)."""
    return value == "/skip" or check_in_answer(value) == CHECK_IN_RATHER_NOT


def rather_not_at_the_check_in(slot: str, tracker: Optional[Tracker]) -> Reading:
    """ "I'd rather not say" at the direct question inside a form: not a no, and no thanks
    for telling. That is fine; the numbers for that worry; then the choice with a person in
    it (as for "not sure"), never the form's next question at once."""
    concern = tracker.get_slot("safety_concern") if tracker is not None else None
    category = tracker.get_slot("safety_category") if tracker is not None else None
    lines, _ = safety_words.unsure_reply(concern, category, is_open=hours.is_open())
    slots = {slot: fs.NOT_NEEDED, "safety_concern": None, "safety_next": None}
    if safety_words.unsure_kind(concern, category) == "suicide":
        slots["safety_category"] = crisis_care.CHOOSE_STATE
    return Reading(slots, " ".join([safety_words.RATHER_NOT_SAY, lines[1]]))


def note_rather_not(tracker: Tracker, words: str, form: Optional[str]) -> None:
    """ "I'd rather not say" kept as that: a record, and a line on any open hand-off."""
    store.save_record(tracker.sender_id, "check_in_answer", {
        "answer": RATHER_NOT_SAID, "concern": tracker.get_slot("safety_concern"),
        "words": (words or "")[:200], "form": form})
    reference = tracker.get_slot("handoff_reference")
    if reference:
        store.add_notes(reference, [f"{RATHER_NOT_SAID.capitalize()}, at the direct question."])


# Short replies that hedge an answer, never a name ("Maybe" at "does she agree?").
HEDGES = {"maybe", "perhaps", "partly", "mostly", "kinda", "kind", "sort", "probably",
          "possibly", "somewhat", "hopefully", "eventually", "unknown", "unsure", "depends"}


def name_given_instead(value: str, tracker: Optional[Tracker]) -> Optional[str]:
    """The person's name typed at another question ("peggy" at "does she agree?"), when no
    name is kept yet: a short reply that is a name and nothing else, and no yes or no."""
    if tracker is None or value.startswith("/") or len(value.split()) > 3:
        return None
    if tracker.get_slot("preferred_name") not in (None, SKIPPED, NOT_SURE) or \
            yes_no(value) is not None:
        return None
    name = names.parse_name(value)
    if not name or any(w.lower().strip(".,!") in HEDGES for w in value.split()):
        return None
    return name


def read_on_behalf(slot: str, value: str, tracker: Optional[Tracker] = None) -> Reading:
    """A choice from the buttons or free words; a name typed here is kept as the person's
    name and the question asked again; anything else is kept as they said it."""
    if _marker(value):
        return Reading({slot: _marker(value)})
    choice = on_behalf.parse_agreement(value)
    if choice == on_behalf.CANNOT_DECIDE and on_behalf.HAS_ATTORNEY.search(value.lower()):
        return Reading({slot: choice}, form_words.ON_BEHALF_SAID["cannot_decide_attorney"])
    if choice:
        return Reading({slot: choice}, form_words.ON_BEHALF_SAID[choice])
    if value.startswith("/") or not any(ch.isalnum() for ch in value):
        return Reading({slot: None}, form_words.NEED_WORDS, form_words.ON_BEHALF_BUTTONS)
    name = name_given_instead(value, tracker)
    if name:
        who = relation_phrase("someone_i_care_for", tracker.get_slot("relationship"))
        return Reading({slot: None, "preferred_name": name}, form_words.name_thanks(name, who))
    return Reading({slot: value[:MAX_ANSWER]}, form_words.ON_BEHALF_SAID["own_words"])


SCREEN_BUTTON_WORDS = {"/affirm": "Yes, some of it", "/deny": "No, that is all fine"}


def told_before_screen(slot: str, tracker: Optional[Tracker]) -> Dict[str, Tuple[str, str]]:
    """The screen's areas the answers before it already said are hard or fine."""
    if tracker is None:
        return {}
    return said_earlier(SCREENS[slot], answers_before(slot, tracker.get_slot))


def read_screen(slot: str, value: str,
                told: Optional[Dict[str, Tuple[str, str]]] = None) -> Reading:
    """A screening answer: kept in the person's words, and the deeper questions of the areas
    they say are hard are opened (set to None so the form asks them); the others are marked
    not raised (the record says so). A skip or "not sure" screens nothing out: those areas
    stay at their start value and the record shows them as not asked yet."""
    marker = _marker(value)
    screened = areas_to_explore(SCREENS[slot], value)
    # An area told hard before is opened whatever the answer; one told fine only when named.
    opened = opened_with_earlier(SCREENS[slot], value, screened, told or {})
    if not marker and value.startswith("/") and value not in SCREEN_BUTTON_WORDS:
        return Reading({slot: None}, form_words.NEED_WORDS)
    if not marker and not value.startswith("/") and not any(ch.isalnum() for ch in value):
        return Reading({slot: None}, form_words.NEED_WORDS)
    said = marker or SCREEN_BUTTON_WORDS.get(value) or value[:MAX_ANSWER]
    codes = set(opened or [])
    slots: Dict[str, Any] = {slot: said}
    left = fs.NOT_NEEDED if screened is None else NOT_RAISED
    for deeper in SCREENED[slot]:
        slots[deeper] = None if deeper.split("_outcome_", 1)[1] in codes else left
    return Reading(slots)


def _yes_no_value(value: str) -> Optional[bool]:
    if value == "/affirm":
        return True
    if value == "/deny":
        return False
    if value.startswith("/"):
        return None
    return yes_no(value)


def read_contact(slot: str, value: str) -> Reading:
    found = contact_parser.parse_contact(value)
    # A no ("no thanks") skips the step; "don't ring me, email a@b.org" gives a way in.
    if not found.is_reachable and (_marker(value) or value == "/deny" or (
            not value.startswith("/") and yes_no(value) is False)):
        return Reading({slot: SKIPPED, "contact_time": SKIPPED, "contact_safety": SKIPPED})
    if not found.is_reachable and found.route:
        # "Could they meet me at the library on Tuesday instead?": a safe way in, in their
        # words; no call time to ask and no call to make safe (round seventeen).
        flags = {**{k: v for k, v in safety_flags(found).items() if v is not None},
                 "by_route": True}
        return Reading({slot: json.dumps({"phone": None, "email": None, "route": found.route}),
                        "contact_time": fs.NOT_NEEDED, "contact_safety": json.dumps(flags)})
    if not found.is_reachable:
        flags = safety_flags(found)
        if found.by_letter:
            # "a letter please, in a plain envelope": kept, and the address asked for.
            return Reading({slot: None, "contact_safety": json.dumps(flags)},
                           form_words.ADDRESS_FOR_LETTER)
        if any(v is not None for v in flags.values()):
            # "Please don't ring me, he might pick up": keep that, then ask for a way in.
            return Reading({slot: None, "contact_safety": json.dumps(flags)},
                           form_words.CONTACT_AGAIN_SAFE)
        return Reading({slot: None}, form_words.CONTACT_AGAIN)
    # Said with the number ("text only, he might pick up"): the safety answer is given too.
    slots: Dict[str, Any] = {slot: json.dumps(contact_as_dict(found))}
    flags = safety_flags(found)
    if found.best_time and found.only_ruled_out and contact_parser.NOT_WHILE.search(value):
        # "0113 496 0999. Please don't ring when Carol is here": kept as when not to ring,
        # and a good time is still asked (round seventeen: "Do not call"). Hours ruled out
        # ("but please not between 2 and 4") are a time, kept as one below.
        flags["not_when"] = found.best_time
    elif found.best_time and not who_to_ring.cannot_wait(value):
        # ("monday?? shes on her own with that woman all weekend. my number is ...": the
        # worry is no call time; the time is asked for.)
        slots["contact_time"] = found.best_time
    elif found.email and not found.phone and found.safe_to_call is False:
        slots["contact_time"] = "Any time"   # an email, no calls: no time to ask about
    if found.address and not (found.phone or found.email):
        # A letter only: no time to call and no call to make safe.
        slots.setdefault("contact_time", fs.NOT_NEEDED)
        flags["by_letter"] = True
        slots["contact_safety"] = json.dumps(flags)
    elif any(v is not None for v in flags.values()):
        slots["contact_safety"] = json.dumps(flags)
    return Reading(slots)


def no_time_for_an_email(reading: Reading, said_before: Any) -> Reading:
    """An email after "text or email, not a call": no best time to ask about."""
    details = reading.slots.get("contact_details")
    if not details or details == SKIPPED or reading.slots.get("contact_time"):
        return reading
    try:
        flags = json.loads(said_before) if said_before not in (None, SKIPPED, fs.NOT_NEEDED) else {}
    except (TypeError, ValueError):
        flags = {}
    given = json.loads(details)
    if given.get("email") and not given.get("phone") and (
            flags.get("text_only") or flags.get("safe_to_call") is False):
        reading.slots["contact_time"] = "Any time"
    return reading


def contact_as_dict(found: Any) -> Dict[str, Any]:
    details = {"phone": found.phone, "email": found.email}
    if getattr(found, "address", None):
        details["address"] = found.address
    return details


def safety_flags(found: Any) -> Dict[str, Any]:
    flags = {"safe_to_call": found.safe_to_call, "leave_message": found.ok_to_leave_message,
             "say_council": found.ok_to_say_council, "text_only": found.text_only}
    if getattr(found, "by_letter", None):
        flags["by_letter"] = True
    if getattr(found, "plain_envelope", None):
        flags["plain_envelope"] = True
    if getattr(found, "notes", None):
        flags["note"] = "; ".join(found.notes)[:300]
    return flags


def keep_said_before(reading: Reading, said_before: Any) -> Reading:
    """How (not) to call them, said before the contact step ("please dont ring me, he might
    pick up"), kept when the way in comes: a later word on the same thing wins."""
    new = reading.slots.get("contact_safety")
    if not new or new in (SKIPPED, fs.NOT_NEEDED) or said_before in (None, SKIPPED, fs.NOT_NEEDED):
        return reading
    try:
        before, now = json.loads(said_before), json.loads(new)
    except (TypeError, ValueError):
        return reading
    if isinstance(before, dict) and isinstance(now, dict):
        kept = {k: v for k, v in before.items() if v is not None}
        reading.slots["contact_safety"] = json.dumps(
            {**kept, **{k: v for k, v in now.items() if v is not None or k not in kept}})
    return reading


def safe_contact_instruction(text: str) -> Optional[Dict[str, Any]]:
    """ "please dont phone me, he could answer it": how (not) to contact them, or None."""
    found = contact_parser.parse_contact(text)
    flags = safety_flags(found)
    if found.only_ruled_out and contact_parser.NOT_WHILE.search(text):
        # "please don't ring when Carol is here": when not to ring, kept (round seventeen)
        flags["not_when"] = found.best_time
    if not any(v is False or v is True and k == "text_only" for k, v in flags.items()) and \
            not flags.get("not_when"):
        return None
    if found.phone or found.email:
        return None  # details with it: the contact step reads those itself
    return flags


def read_safe_contact(slot: str, value: str) -> Reading:
    if value in form_words.SAFE_CONTACT_PAYLOADS:
        return Reading({slot: json.dumps(form_words.SAFE_CONTACT_PAYLOADS[value])})
    if _marker(value):
        return Reading({slot: SKIPPED})
    found = contact_parser.parse_contact(value)
    flags = safety_flags(found)
    if all(v is None for v in flags.values()):
        answer = _yes_no_value(value)
        if answer is None:
            # Their own words are the instruction: staff read them as written.
            return Reading({slot: json.dumps({"note": value[:300]})})
        flags = {"safe_to_call": answer, "leave_message": answer, "say_council": answer,
                 "text_only": None}
    return Reading({slot: json.dumps(as_choice(flags))})


def as_choice(flags: Dict[str, Any]) -> Dict[str, Any]:
    """Typed words that say what a button says ("call and leave a message") are stored as
    that button's choice, with any note kept."""
    for payload, choice in form_words.SAFE_CONTACT_PAYLOADS.items():
        keys = ("text_only",) if payload == "text_only" else ("safe_to_call", "leave_message")
        if all(flags.get(k) == choice[k] for k in keys) and flags.get("say_council") is None:
            return {**choice, **{k: v for k, v in flags.items()
                                 if k not in choice or (v is not None and k != "say_council")}}
    return flags


def question_at_the_safety_step(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                                kind: str, text: str) -> Optional[Dict[str, Any]]:
    """After abuse was told, at "What would you like to happen now?" or "carry on, stop or
    talk to someone?": "would they go and see him?", "is that the police?" are answered
    plainly and the step asked again (round fourteen: kept as the wish, or "Let's carry
    on"); "please don't ring me at home, he picks up" at the second step is how (not) to
    reach them, noted as it is anywhere else, and the choice stays open."""
    told = after_telling.answer(text)
    lines = told + [line for line in safeguarding_questions.answer(text, asked_only=True)
                    if line not in told]
    if lines:
        for line in lines:
            dispatcher.utter_message(text=line)
        reference = tracker.get_slot("handoff_reference")
        if reference and told:
            # "will somebody meet me at the surgery wednesday": staff read the hand-off, so
            # the words the answer says were passed on are on it (round 18).
            store.add_notes(reference, [" ".join(text.split())[:500]])
        flags = safe_contact_instruction(text)
        if flags:
            keep_contact_instruction(tracker, flags)
            dispatcher.utter_message(text=form_words.SAFE_WISH_NOTED)
        return {slot: None, "turn_note": f"{slot}:question"}
    if kind != fs.SAFETY_NEXT:
        return None
    other = asks_to_call_someone_else(text)
    if other is not None:
        # "please can they ring maureen not me. 07700 900462" (round 18: "Sorry, I can't
        # help with that", then her number saved as the person's own): who to go through.
        kept = wish_through_someone_else(other, text, dispatcher, tracker)
        return {slot: None, **kept, "turn_note": f"{slot}:safe_contact"}
    flags = safe_contact_instruction(text)
    if not flags or not (flags.get("safe_to_call") is False or flags.get("text_only")
                         or flags.get("not_when")):
        # ("i just want to talk to someone about it without him knowing" asks for a person,
        # kept secret: the person's own rule, as before)
        return None
    keep_contact_instruction(tracker, flags)
    dispatcher.utter_message(text=form_words.SAFE_CONTACT_NOTED)
    dispatcher.utter_message(text=safety_words.how_we_contact(
        flags.get("safe_to_call") is False, bool(tracker.get_slot("handoff_reference")),
        form_words.SAFETY_NEXT_BUTTONS[-1]["title"]))
    return {slot: None, "contact_safety": json.dumps(flags), "turn_note": f"{slot}:safe_contact"}


def read_safety_next(slot: str, value: str) -> Reading:
    """Anything but stop or a person (their own rules) means carry on with the questions,
    except "ok ringing 999 now": a word of support, and the choice stays open."""
    if calling_for_help(value):
        return Reading({slot: None}, safety_words.HELP_COMING)
    if false_alarm.kept_for_the_record(value):
        # "its not an emergency i just need it on the form. carry on": kept as a worry (form18)
        return Reading({slot: fs.NOT_NEEDED}, false_alarm.KEPT_NOT_URGENT + " " + form_words.CARRY_ON)
    return Reading({slot: fs.NOT_NEEDED}, form_words.CARRY_ON)


def denied_after_block(tracker: Tracker, turn: Turn) -> bool:
    """ "omg nobody is taking my money!! this bot is so jumpy" at "What would you like to
    happen now?" or at the step after a block: the alarm put right, never kept as the
    person's wish. Not at "Are you safe right now?" after a clear statement of their own."""
    if turn.is_payload or not turn.text:
        return False
    if tracker.get_slot("safety_category") in crisis_care.ASKED_NOW + (crisis_care.CHOOSE_STATE,):
        return False
    kind = "crisis" if crisis_care.is_suicide(tracker.get_slot("safety_category")) else ""
    if stands_firm(tracker.sender_id):
        return False   # a plan or preparations: the usual check-in and numbers (false_alarm)
    if kind == "crisis" and wish_stands(tracker.sender_id, turn.text):
        return False   # "i wouldnt do anything, i just miss her": the wish was heard right
    return false_alarm.denies_danger(turn.text, kind, false_alarm.net_calm(
        (tracker.latest_message or {}).get("safety_net")))


def weak_alarm_in(tracker: Tracker, turn: Turn) -> bool:
    """ "wtf no!! im not ending my life" read by the net as a possible danger (a check-in,
    not a clear sign): the denial is the reply to the step, not a new alarm."""
    found = (tracker.latest_message or {}).get("safety_net") or {}
    return turn.intent in SAFETY_INTENTS and found.get("tier") != "clear"


def put_right_after_block(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                          turn: Turn) -> Dict[str, Any]:
    """Sorry, why, their question answered; the record marked "not a concern"; back to the
    questions (the wish and the next step are not asked)."""
    for line in put_right(tracker, turn.text, after_script=True):
        dispatcher.utter_message(text=line)
    return {slot: fs.NOT_NEEDED, "safety_wish": tracker.get_slot("safety_wish") or fs.NOT_NEEDED,
            "safety_next": fs.NOT_NEEDED, "safety_category": None,
            "risk_told": told_still(tracker.sender_id), "turn_note": f"{slot}:not_a_concern"}


def leaving_now(turn: Turn) -> bool:
    """ "i cant stay long im afraid, ill have to go soon", "is somebody going to come and
    talk to me" with only a hint of danger (a check-in): someone leaving gets a safe way
    back and 999 with press 55, someone waiting an honest answer, not a question out of
    the blue. Clear danger still gets its card."""
    return turn.intent == "safety_check_in" and \
        crisis_care.waiting_kind(turn.text) in ("cannot_stay", "asks")


def own_reply_after_sign(tracker: Tracker, turn: Turn) -> bool:
    """Just after the suicide card, more words about the same danger ("its fine im just
    tired of it all", "no one can do anything") are the reply to the step, heard there. An
    act ("ive taken them") or another kind of danger still gets its own card."""
    if turn.intent not in SAFETY_INTENTS:
        return False
    category = (tracker.latest_message.get("safety_net") or {}).get("category")
    if tracker.get_slot("safety_category") == crisis_care.ACT_STATE and \
            crisis_care.says_help_called(turn.text) and \
            (not category or category == "medical_emergency" or crisis_care.is_suicide(category)):
        # "yes the ambulance is on its way" to "Have you called 999?": the answer, not a
        # second emergency.
        return True
    return not category or (crisis_care.is_suicide(category) and category != "suicide_act")


def takes_back_to_go_on(turn: Turn) -> bool:
    """ "forget it. i shouldnt have put that. can we just finish the form" after the suicide
    card, which the model may hear as a stop: a take-back with the wish to go on (or with no
    wish to stop) is the reply to the step, met kindly, and the questions go on; the
    hand-off stays (round twelve: the form was stopped and the menu shown)."""
    if turn.is_payload or not turn.text or not crisis_care.takes_it_back(turn.text):
        return False
    return crisis_care.wants_to_carry_on(turn.text) or turn.intent not in ("stop", "pause")


def read_after_sign(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                    turn: Turn) -> Dict[str, Any]:
    """The step after the card, after suicide risk (bot/crisis_care.py says what each reply
    means). Every message here goes on the hand-off; a plan said now gets the plain words,
    the numbers and a person at once; "next question" is accepted gently, the risk noted for
    staff as not resolved."""
    state = tracker.get_slot("safety_category")
    talk_now = state == crisis_care.TALK_NOW_STATE
    asked = state if state in crisis_care.ASKED_NOW or state == crisis_care.CHOOSE_STATE \
        else None
    found = dict(tracker.latest_message.get("safety_net") or {})
    step = None
    if turn.intent in SAFETY_INTENTS and not turn.is_payload and turn.text:
        earlier = safety_found(tracker.sender_id)
        store.save_record(tracker.sender_id, "safety", {
            "words": turn.text[:2000], "kind": found.get("kind") or "crisis",
            "tier": found.get("tier") or "clear", "category": found.get("category"),
            "question": slot, "form": tracker.active_loop_name,
            "signal": found.get("signal") or ""})
        category = found.get("category") or "suicide"
        if not talk_now and found.get("kind", "crisis") == "crisis" and \
                crisis_care.is_plan(category, turn.text, earlier):
            signs = crisis_care.suicide_signs(earlier)
            when = crisis_care.when_said([f.get("words") or "" for f in signs] + [turn.text])
            step = crisis_care.NextStep(False, crisis_care.plan_lines(when), None, "plan", True)
        elif talk_now and found.get("kind", "crisis") == "crisis" and \
                crisis_care.is_suicide(found.get("category")) and \
                not crisis_care.takes_it_back(turn.text):
            # More of the plan while a person is offered ("been saving them up in the
            # bedside drawer"): heard, the numbers again, never only the same question.
            step = crisis_care.NextStep(False, [crisis_care.TOLD_MORE, crisis_care.CALL_NOW],
                                        None, "plan", True)
    if step is None:
        step = crisis_care.read_next_step(turn.text, talk_now=talk_now,
                                          check_in=check_in_answer(turn.text), asked=asked)
    reference = tracker.get_slot("handoff_reference")
    if reference:
        if not turn.is_payload and turn.text:
            store.add_notes(reference, [" ".join(turn.text.split())[:500]])
            # "can we crack on, want it all dun before sunday": the time, urgent (round 12).
            note_urgent_time(tracker.sender_id, reference, [turn.text])
        if step.note and (step.note.startswith("Not resolved") or step.state in (
                "not_safe", "not_called", "help_called", "safe_for_now", "said_yes",
                "rather_not", "unsure")):
            store.add_notes(reference, [step.note])
    for line in crisis_care.as_true_now(step.lines):
        dispatcher.utter_message(text=line)
    slots: Dict[str, Any] = {slot: fs.NOT_NEEDED if step.carry_on else None,
                             "turn_note": f"{slot}:{step.state}"}
    if step.state_after and step.state_after != state:
        slots["safety_category"] = step.state_after
    elif step.talk_now and not talk_now:
        slots["safety_category"] = crisis_care.TALK_NOW_STATE
    return slots


def keep_contact_instruction(tracker: Tracker, flags: Dict[str, Any]) -> None:
    """How (not) to make contact, kept: on the open hand-off for staff and as a contact
    record."""
    reference = tracker.get_slot("handoff_reference")
    if reference:
        store.note_on_handoff(reference, f"Contact: {form_words.contact_read_back(flags)}")
    store.save_record(tracker.sender_id, "contact",
                      {"contact": flags, "handoff": reference, "channel": channel_of(tracker)})


def wish_as_safe_contact(wish: str, dispatcher: CollectingDispatcher,
                         tracker: Tracker) -> Dict[str, Any]:
    """A wish that says how (not) to make contact is kept as the contact instruction too:
    noted on the hand-off and in the record, and the person told how the team can reach
    them instead."""
    other = asks_to_call_someone_else(wish)
    if other is not None:
        return wish_through_someone_else(other, wish, dispatcher, tracker)
    flags = safe_contact_instruction(wish)
    if not flags:
        return {}
    keep_contact_instruction(tracker, flags)
    dispatcher.utter_message(text=form_words.SAFE_WISH_NOTED)
    return {"contact_safety": json.dumps(flags)}


def wish_through_someone_else(other: Any, wish: str, dispatcher: CollectingDispatcher,
                              tracker: Tracker) -> Dict[str, Any]:
    """ "i said not the phone. my sister can take a message, 07700 900444": who to go
    through, with their number, noted as not the person's own; the person is not rung
    (round 18: the number was about to be saved as hers, and the disclosure withdrawn)."""
    flags = safety_flags(contact_parser.parse_contact(wish))
    flags["safe_to_call"] = False
    reference = tracker.get_slot("handoff_reference")
    if reference:
        store.add_notes(reference, [other.staff_line()])
    keep_contact_instruction(tracker, flags)
    dispatcher.utter_message(text=other.said_back(other.phone))
    return {"contact_safety": json.dumps(flags)}


def contact_wish_in_answer(answer: str, dispatcher: CollectingDispatcher,
                           tracker: Tracker) -> Dict[str, Any]:
    """A wish about contact said inside an answer ("text me instead of ring, cant take calls
    at work") kept as the contact instruction, once: the same wish again says nothing."""
    flags = safe_contact_instruction(answer)
    if not flags or tracker.get_slot("contact_safety") == json.dumps(flags):
        return {}
    keep_contact_instruction(tracker, flags)
    dispatcher.utter_message(text=form_words.contact_read_back(flags))  # "Text or email only."
    return {"contact_safety": json.dumps(flags)}


# "email me please, its irene@example.com" after a hand-off: a way to reach the person.
CONTACT_ME = re.compile(
    r"\b(?:email|e-mail|text|txt|ring|call|phone|contact|reach|message)(?: me| us)\b|"
    r"\bmy (?:number|mobile|email|phone|e-mail)\b|\b(?:you can|can you) (?:email|text|ring|call|reach)\b",
    re.IGNORECASE)
OPENS_WITH_A_WAY_IN = re.compile(r"\s*(?:(?:\+44|0)[\d ()-]{9,}\d|[\w.+-]+@[\w-]+\.[\w.]+)")
_CONTACT_SLOT_NAMES = tuple(s.slot for s in fs.CONTACT_SLOTS)


def typed_yes_in_form(dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[str, Any]:
    """The crisis or safeguarding answer to a typed yes at the direct question inside a form,
    as slots for the form (the form then asks its own next step). Imported here, not at the
    top: actions.safety imports this module."""
    from actions.safety import respond

    concern = tracker.get_slot("safety_concern") or "crisis"
    events = respond(dispatcher, tracker, concern, concern)
    return {e["name"]: e.get("value") for e in events if e.get("event") == "slot"}


def contact_for_handoff(tracker: Tracker, slot: str, text: str) -> Dict[str, Any]:
    """After a hand-off, a phone number or email offered as the way to reach the person is
    taken for the hand-off, whatever question is open: the engine asks the best time and
    how to contact them safely next, then the open question again."""
    if (not tracker.get_slot("handoff_reference") or slot in _CONTACT_SLOT_NAMES
            or not text or text.startswith("/")):
        return {}
    found = contact_parser.parse_contact(text)
    # A number or email said as a way in (or a message that opens with it, "07700 900238.
    # landline's cut off", as asked for after "no call back is booked"); or a postal
    # address, which is nothing else.
    if not (found.phone or found.email) or not (CONTACT_ME.search(text)
                                                  or OPENS_WITH_A_WAY_IN.match(text)):
        if not found.address:
            return {}
    if tracker.get_slot("contact_details") == json.dumps(contact_as_dict(found)):
        return {}   # taken with the request itself (actions/handoff.py): not again
    flags = safety_flags(found)
    kept = tracker.get_slot("contact_safety")   # "please dont ring me", said earlier
    if any(v is not None for v in flags.values()):
        safety = json.dumps(flags)
    else:
        safety = kept if kept not in (None, fs.NOT_NEEDED, SKIPPED) else None
    if found.address and not (found.phone or found.email):
        # A letter: no time to call, and what was said about calls before is kept.
        merged = {**(json.loads(kept) if kept not in (None, fs.NOT_NEEDED, SKIPPED) else {}),
                  **{k: v for k, v in flags.items() if v is not None}, "by_letter": True}
        return {"contact_details": json.dumps(contact_as_dict(found)),
                "contact_time": found.best_time or fs.NOT_NEEDED,
                "contact_safety": json.dumps(merged), "turn_note": f"{slot}:contact"}
    # "email me instead sarah.b@example.com": an email with no calls has no time to ask.
    no_time = found.email and not found.phone and (found.text_only or found.safe_to_call is False)
    return {"contact_details": json.dumps(contact_as_dict(found)),
            "contact_time": found.best_time or ("Any time" if no_time else None),
            "contact_safety": safety, "turn_note": f"{slot}:contact"}


class ActionAskOnBehalf(TrackerAction):
    """Asks whether the person being talked about knows and agrees, by their relationship."""
    action = "action_ask_on_behalf"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        dispatcher.utter_message(text=form_words.ask_on_behalf(
            str(tracker.get_slot("relationship") or "")), buttons=form_words.ON_BEHALF_BUTTONS)
        return []


def asked_instead(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, kind: str,
                  text: str, intent: str = "") -> Optional[Dict[str, Any]]:
    """A request for local help instead of an answer, or "i didnt answer that" just after
    the direct question was read as No (round sixteen: "is there a bowls club near me" at
    "Is anyone hurting you or taking your money?" was kept as No). None: read as usual."""
    just_read_no = kind != fs.SAFETY_CHECK and \
        str(tracker.get_slot("turn_note") or "") == f"{fs.SAFETY_CHECK}:answer" and \
        tracker.get_slot(fs.SAFETY_CHECK) == fs.NOT_NEEDED
    if just_read_no and search_in_form.says_not_answered(text):
        if search_in_form.denies_harm(text):
            # "hang on i didnt answer that, i asked about a bowls club. nobodys hurting me
            # no": the No stands (now said); the search offered; this question again.
            dispatcher.utter_message(text=form_words.NO_KEPT_AFTER_ALL)
            offer_search(dispatcher, text)
            return {"turn_note": f"{slot}:put_right"}
        # Not answered after all: the direct question again, as it was.
        dispatcher.utter_message(text=form_words.NOT_ANSWERED_SORRY)
        offer_search(dispatcher, text)
        return {fs.SAFETY_CHECK: None, "safety_concern": last_concern(tracker),
                "turn_note": f"{slot}:put_right"}
    if kind != fs.SAFETY_CHECK or check_in_answer(text) is not None:
        return None
    if search_in_form.denies_harm(text):
        if not (search_in_form.says_not_answered(text) or search_in_form.asks_for_a_search(
                text) or search_in_form.thing_asked_for(text)):
            return None   # "no one is taking my money": the No, read as usual
        # "i asked about a bowls club. nobodys hurting me no" at the question: the No
        # kept, and the search offered.
        dispatcher.utter_message(text=form_words.CHECK_IN_NO)
        offer_search(dispatcher, text)
        return {fs.SAFETY_CHECK: fs.NOT_NEEDED, "safety_concern": None,
                "turn_note": f"{slot}:answer"}
    if search_in_form.asks_instead_of_answering(text) or search_in_form.says_not_answered(text) \
            or not (intent == "deny" or search_in_form.leans_no(text)):
        # A request is not an answer, nor is talk with no yes or no in it ("look for it
        # now", "my son visits on sundays"): never kept as No; any search offered, then
        # the question again.
        offer_search(dispatcher, text)
        dispatcher.utter_message(text=form_words.NOT_AN_ANSWER_TO_CHECK)
        return {"turn_note": f"{slot}:search_asked"}
    return None


def offer_search(dispatcher: CollectingDispatcher, text: str, asked: str = "") -> None:
    """The thing asked for, offered now with one tap (that tap pauses the questions).
    ``asked``: the request in their words, searched as said (any thing named or not)."""
    thing = search_in_form.thing_asked_for(text)
    if thing or asked:
        dispatcher.utter_message(text=form_words.search_offer(thing or form_words.THAT_HELP),
                                 buttons=[{"title": form_words.LOOK_NOW,
                                           "payload": search_in_form.look_now_words(thing,
                                                                                     asked)}])


def mood_line(text: str, said: Sequence[str] = ()) -> Optional[str]:
    """One short line for a low feeling said with a request ("not many good days"), or None;
    never the line said just before (``said``: the bot's latest lines)."""
    found = feeling_in(words_only(text))
    if found is None or found[0] not in ("low", "lonely", "exhausted"):
        return None
    lines = FEELING_LINES[found[0]]
    return next((line for line in lines if line not in said), lines[-1])


def bot_lines(tracker: Tracker, last: int = 8) -> List[str]:
    """The bot's latest lines in this conversation."""
    said = [str(e.get("text")) for e in tracker.events if e.get("event") == "bot" and e.get("text")]
    return said[-last:]


def last_concern(tracker: Tracker) -> str:
    """The kind of the direct question last asked ("safeguarding" or "crisis")."""
    for event in reversed(list(tracker.events)):
        if event.get("event") == "slot" and event.get("name") == "safety_concern" and \
                event.get("value"):
            return str(event["value"])
    return "safeguarding"


# ---- the validation action ------------------------------------------------------------------

DAY_TO_DAY = "Day-to-day life"   # the section after the strengths questions (form18)


class AnswerFirstForm(FormValidationAction):
    """Base of every form's validation action: one interpretation step for all questions.

    Abstract until a subclass names its ``form``, so rasa-sdk registers only real forms
    (it skips abstract classes), never a bare "validate_"."""

    @property
    @abstractmethod
    def form(self) -> str:
        """The form this validates, e.g. "listen_form": a subclass sets it."""

    def name(self) -> Text:
        return f"validate_{self.form}"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        return self.form_slots(list(domain_slots), tracker)

    def form_slots(self, domain_slots: List[Text], tracker: Tracker) -> List[Text]:
        """The form's slots still to ask, engine steps first; forms narrow this (consent,
        survey length)."""
        return domain_slots

    async def get_extraction_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        values = await self.interpret(dispatcher, tracker, domain)
        return [SlotSet(k, v) for k, v in values.items()]

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        """The SDK keeps only required slots; the engine's own (turn_note, relationship,
        safety and contact state) are kept too, so a handled request is never a rejection."""
        events = await super().get_validation_events(dispatcher, tracker, domain)
        validated = {e.get("name") for e in events}
        extra = [SlotSet(k, v) for k, v in tracker.slots_to_validate().items()
                 if k not in validated and k in _PASS_THROUGH]
        return events + extra

    async def interpret(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: DomainDict) -> Dict[Text, Any]:
        slot = tracker.get_slot("requested_slot")
        if not slot or tracker.latest_message.get("text") is None:
            return {}  # the form is just starting: the first message is not an answer
        kind = fs.KIND_OF.get(slot, fs.FREE_TEXT)
        turn = turn_of(tracker)
        if not turn.is_payload and crisis_care.deadline_in(turn.text):
            # "want it all done before sunday" at any question after signs of suicide risk:
            # urgent on the hand-off, with the day (the answer is read as usual).
            note_urgent_time(tracker.sender_id, tracker.get_slot("handoff_reference"),
                             [turn.text])
        elif not turn.is_payload and doing_it_later(normalise(turn.text)):
            # "ill do it tonight. bye": the form's, for the safety net (safety16), but after
            # signs of suicide risk that stand, the time goes on the hand-off as urgent too
            # (and the goodbye below gives the numbers again).
            note_urgent_time(tracker.sender_id, tracker.get_slot("handoff_reference"),
                             [turn.text], days_too=True)
        if self.form in ASSESSMENTS and kind not in ASKED_ABOUT_THE_HARM and \
                not turn.is_payload and turn.intent not in SAFETY_INTENTS and \
                who_to_ring.refuses_own_questions(turn.text) and \
                harm_told(tracker.sender_id):
            # "no i dont want to answer questions about me. is there anyone i can ring
            # tonight about nan" after telling us her nan is neglected (round sixteen: the
            # next carer's question, and her no kept as "What matters to me").
            return self.stop_own_questions(dispatcher, tracker, slot, turn.text)
        ring_now = [] if turn.is_payload or turn.intent in SAFETY_INTENTS else \
            ring_now_lines(tracker.sender_id, turn.text)
        if ring_now:
            # After harm was told: "who do i tell", "shes on her own with that woman all
            # weekend" at any question: who to ring now, in words (round sixteen). With a
            # number or email in it, the message is read on as the answer.
            for line in ring_now:
                dispatcher.utter_message(text=line)
            if not CONTACT_GIVEN.search(turn.text):
                return {"turn_note": f"{slot}:ring_now"}
        # (Not at the safety and contact steps, nor at a survey's "anything else?" or "is
        # anything else hard?", where "thats all" is the answer.)
        # (Nor when the safety net's quick exit or the leaving-danger words answer it: "shes
        # coming up the stairs, bye" after abuse was told gets "go now" and press 55.)
        before_goodbye = None if (turn.is_payload or turn.intent in SAFETY_INTENTS
                                  or slot in _ENGINE_SLOT_NAMES or kind == fs.COMMENT
                                  or kind == fs.SCREEN and only_all_said(turn.text)
                                  or ((tracker.latest_message or {}).get("safety_net") or {}
                                      ).get("route") == QUICK_EXIT) \
            else goodbye_at_end(turn.text)
        if before_goodbye is not None and not waiting_lines(tracker, turn.text, in_form=True):
            # "stop. bye", "mood up and down. thanks bye", "got to go. ta": the answer said
            # first is kept, and the questions pause (round twelve: the question again).
            return self.leave_for_now(dispatcher, tracker, slot, kind, before_goodbye)
        if not turn.is_payload and turn.intent not in SAFETY_INTENTS and \
                worry_stands.puts_worry_back(turn.text) and \
                noted_not_a_concern(tracker.sender_id):
            # "it is a worry tho!! the gas thing is the reason im here. good day is pottering
            # in garden" after "I have noted that you said this is not a worry" (round
            # seventeen: kept whole as the good day): the note put right, the rest kept.
            return self.worry_put_back(dispatcher, tracker, slot, kind, turn.text)
        if not turn.is_payload and turn.intent not in SAFETY_INTENTS:
            if search_in_form.stops_to_search(turn.text):
                # "can we stop this and just find me a bowls club near me please": the
                # questions pause (answers kept) and the search runs (round sixteen: kept
                # as something to be proud of).
                return self.leave_for_search(dispatcher, tracker, slot,
                                             form_words.PAUSED_TO_SEARCH, with_code=True)
            # (First: "that wasnt my answer, i was asking about a lunch club. no one is
            # hurting me" puts the answer right, keeps the No and offers the search.)
            asked = asked_instead(dispatcher, tracker, slot, kind, turn.text, turn.intent)
            if asked is not None:
                return asked
            if slot not in _ENGINE_SLOT_NAMES and wanted_help_instead(turn.text):
                # "what questions? i only wanted a befriender who comes to the house": the
                # questions are left, and the help looked for (round sixteen: the question
                # again).
                return self.leave_for_search(dispatcher, tracker, slot)
            if which_question_at_end(turn.text, asks_which_question):
                # "sorry back. what was the question": the question again, never the answer.
                dispatcher.utter_message(text=self.answer_request("which_question", slot,
                                                                  tracker, domain))
                return {"turn_note": f"{slot}:which_question"}
            away = said_to_bot.steps_away(turn.text)
            if away == "back" and welcome_back_lines(tracker, turn.text):
                away = None    # after danger told, the welcome back linked to it (below)
            if away:
                # "hang on", "sorry back": never the answer; the question waits for them.
                dispatcher.utter_message(text=said_to_bot.WELCOME_BACK if away == "back"
                                         else said_to_bot.TAKE_YOUR_TIME)
                return {"turn_note": f"{slot}:{away}"}
            held = said_to_bot.answer_before_hold_on(turn.text) if kind in ANSWER_THEN_ASK \
                else None
            if held:
                # "his marrows lol. sorry hang on boss is here": the answer without the
                # hold-on, which is answered.
                dispatcher.utter_message(text=said_to_bot.KEPT_TAKE_YOUR_TIME)
                turn = Turn(turn.intent, turn.confidence, held)
            if asks_if_kept(turn.text) and change_kind(turn.text) is None:
                # "did you get that about the gas?": what was kept is said back, then the
                # same question; never kept as the answer (round twelve). ("did you get
                # that? the call time is wrong. after 2pm please" puts the call right, below.)
                dispatcher.utter_message(text=self.said_back(tracker, turn.text))
                return {"turn_note": f"{slot}:asked_kept"}
            found = search_in_form.request_in_answer(turn.text) \
                if kind in OPEN_KINDS and slot not in _ENGINE_SLOT_NAMES else None
            if found is not None:
                # "not many good days. is there a club round here for older men" at any open
                # question (round seventeen: kept as the answer, the request never heard):
                # the mood met, the answer part kept, the search offered with one tap.
                return await self.request_said_in_answer(dispatcher, tracker, slot, kind,
                                                         *found)
        if not turn.is_payload and turn.intent not in SAFETY_INTENTS and \
                carer_assessment_question.answer(turn.text):
            # "does the carers assessment cost money" at the consent (or any question):
            # free, what it is, never the cost of care (round fourteen); then the question.
            for line in carer_assessment_question.answer(turn.text):
                dispatcher.utter_message(text=line)
            return {"turn_note": f"{slot}:carer_question"}
        net = (tracker.latest_message or {}).get("safety_net") or {}
        if kind in (fs.SAFETY_WISH, fs.SAFETY_NEXT) and not turn.is_payload and turn.text \
                and net.get("route") != QUICK_EXIT and net.get("tier") != "clear" \
                and self.form not in ASSESSMENTS and followup.is_follow_up(
                    turn.text, tracker.get_slot("shown_services") or []):
            # "I just wondered if the lunch club could pick me up", "what questions? i only
            # wanted the lunch club. do they have transport?" after abuse was told during a
            # search: the wish kept, the question about the places answered, and back to
            # them; never "carry on with the questions" when none were asked (round 17).
            return await self.back_to_the_places(dispatcher, tracker, slot, kind, turn.text)
        if kind in (fs.SAFETY_WISH, fs.SAFETY_NEXT) and not turn.is_payload and turn.text \
                and net.get("route") != QUICK_EXIT and net.get("tier") != "clear":
            # "would they go and see him?", "please don't ring me at home" after abuse was
            # told: answered or noted, before the word "safeguarding" is explained alone.
            heard = question_at_the_safety_step(dispatcher, tracker, slot, kind, turn.text)
            if heard is not None:
                return heard
        if not turn.is_payload and turn.intent not in SAFETY_INTENTS and answer_each(
                dispatcher, tracker, turn.text,
                in_form_progress=form_words.how_many_more(self.remaining(tracker))):
            # "what is LPA? and how long does this take?": each answered, in order, then
            # the same question again.
            return {"turn_note": f"{slot}:questions"}
        if not turn.is_payload and turn.intent not in SAFETY_INTENTS:
            asked_back = contact_step_questions.answer_at(kind, turn.text)
            if asked_back:
                # "who will ring me?", "why do you need to know" at a contact question: about
                # this question, then the same question again; never kept (round 11).
                dispatcher.utter_message(text=asked_back)
                return {"turn_note": f"{slot}:asked_back"}
            changed = call_changes.put_right(dispatcher, tracker, turn.text)
            if changed is not None:
                # "change it to after 2pm", "thats the wrong number": the booked call is
                # put right, then the same question again (round 11).
                return {**changed, "turn_note": f"{slot}:call_changed"}
            # "will they still ring me?", "do i have to keep going?": answered from the
            # hand-off, then the same question again.
            answered = answer_question(dispatcher, tracker, callback_question(turn.text))
            if answered is not None:
                return {"turn_note": f"{slot}:callback"}
        quick_exit = ((tracker.latest_message or {}).get("safety_net") or {}).get(
            "route") == QUICK_EXIT   # "he's back, I have to go": the safety step's quick exit
        if not turn.is_payload and (turn.intent not in SAFETY_INTENTS
                                    or (leaving_now(turn) and not quick_exit)):
            # "is anyone actually coming?", "i cant stay long": answered honestly from the
            # hand-off, then the same question again.
            waiting = waiting_lines(tracker, turn.text, in_form=True) or \
                welcome_back_lines(tracker, turn.text)
            if waiting:
                for line in waiting:
                    dispatcher.utter_message(text=line)
                return {"turn_note": f"{slot}:waiting"}
            if turn.intent not in LEAVING and goes_for_now(turn.text) and \
                    not crisis_care.disclosure_stands(safety_found(tracker.sender_id)):
                # "ok i have to go back in. can i finish this tonight": the code at once
                # (a pause the model heard goes to its own rule, which ends the form).
                # "she used to go to church. i need to get back to work in 5 mins": the
                # answer said first is kept too.
                split = answer_then_request(turn.text, looks_like_term_question) \
                    if kind in ANSWER_THEN_ASK else None
                kept = self.read(slot, kind, split[0], tracker).slots if split else {}
                code = give_code(dispatcher, tracker, self.form)
                if code:
                    return {**kept, "turn_note": f"{slot}:waiting", "resume_code": code}
        offered = contact_for_handoff(tracker, slot, turn.text)
        if offered:
            if all(offered.get(s) is not None for s in _CONTACT_SLOT_NAMES):
                offered.update(finish_contact(dispatcher, tracker, offered,
                                              self.note_contact_on_handoff))
            else:
                dispatcher.utter_message(text=form_words.CONTACT_FOR_HANDOFF)
            return offered
        if self.form == CARER_FORM and not turn.is_payload and \
                turn.intent not in SAFETY_INTENTS and denies_being_a_carer(turn.text):
            # "i dont look after anybody, i told you" (round eleven: "Sorry, you told me that
            # already" and the next carer's question): never an answer; the way out, then
            # their own questions or a person.
            dispatcher.utter_message(text=not_a_carer.NOT_A_CARER_IN_FORM,
                                     buttons=not_a_carer.NOT_A_CARER_IN_FORM_BUTTONS)
            return {"turn_note": f"{slot}:not_a_carer"}
        if kind in ANSWER_THEN_ASK and not turn.is_payload and complains_of_repeat(turn.text) \
                and turn.intent not in SAFETY_INTENTS:
            # "I just told you, I don't. My sister rings on a Sunday": sorry, and the answer
            # is what is left; with nothing left the question is passed over (skipped), never
            # answered with the complaint or asked again.
            dispatcher.utter_message(text=SORRY_ASKED)
            value = without_complaint(turn.text) or "/skip"
            turn = Turn(turn.intent, turn.confidence, value)
            if value == "/skip":
                turn = Turn("skip", 1.0, value)
        if not turn.is_payload and turn.intent not in SAFETY_INTENTS:
            own = self.own_turn(turn.text, slot, tracker)
            if own is not None:
                dispatcher.utter_message(text=own[0])
                return {**own[1], "turn_note": f"{slot}:own"}
            # "can we do the job bit now?": the form goes to that part, never keeps the
            # wish as the answer to the question on screen.
            jumped = self.jump_to(part_asked_for(turn.text), slot, tracker)
            if jumped is not None:
                dispatcher.utter_message(text=jumped[0])
                return {**jumped[1], "turn_note": f"{slot}:jump"}
            # "skip the rest, can we just get to the end", "14?! ive got 10 mins": the
            # answer part is kept; the rest is passed over, or both ways on are offered.
            timed = None if turn.intent in LEAVING else \
                self.time_words_turn(turn.text, slot, kind, tracker)
            if timed is not None:
                # "skip the rest. can someone just text me, i cant take calls at work": how
                # to reach them is kept as that (never as the answer), then the rest skipped.
                wish = contact_wish_in_answer(turn.text, dispatcher, tracker)
                dispatcher.utter_message(text=timed[0])
                return {**timed[1], **wish, "turn_note": f"{slot}:time"}
            if kind in ANSWER_THEN_ASK and about_contact(turn.text) and \
                    not without_contact_clauses(turn.text).strip():
                # "can someone just text me, i cant take calls at work" and nothing else: how
                # to reach them, kept as that; no answer, so the same question again.
                wish = contact_wish_in_answer(turn.text, dispatcher, tracker)
                if wish:
                    return {**wish, "turn_note": f"{slot}:contact_wish"}
        decision = decide(turn, kind, self.buttons_for(slot, tracker))
        if quick_exit and kind == fs.SAFETY_WISH:
            # "hes back i have to go" at "what would you like to happen now?": the quick exit
            # (its own rule), never kept as the wish with the next question on screen.
            decision = Decision("interrupt")
        if kind in (fs.SAFETY_WISH, fs.SAFETY_NEXT) and denied_after_block(tracker, turn) and (
                decision.action != "interrupt" or weak_alarm_in(tracker, turn)):
            return put_right_after_block(dispatcher, tracker, slot, turn)
        if kind == fs.SAFETY_NEXT and not turn.is_payload and \
                false_alarm.answer_to_question(turn.text):
            # "am i in trubble" after the suicide block: answered, and the step stays open.
            dispatcher.utter_message(text=false_alarm.answer_to_question(turn.text))
        if kind == fs.SAFETY_NEXT and crisis_care.is_suicide(tracker.get_slot("safety_category")) \
                and (decision.action != "interrupt" or own_reply_after_sign(tracker, turn)
                     or takes_back_to_go_on(turn)):
            # After suicide risk: the reply to the direct question, or to "talk to someone
            # now?", including more words about the danger (heard here, not a second card).
            return read_after_sign(dispatcher, tracker, slot, turn)
        if kind == fs.SAFETY_NEXT and decision.action != "interrupt" and \
                safety_steps_after_a_search(tracker):
            # "Back to the places I found" (or any reply but stop or a person) when the card
            # came during a search: the steps end there, never "Let's carry on" into
            # questions that were never begun (round 17).
            dispatcher.utter_message(text=form_words.BACK_TO_THE_PLACES)
            return {slot: fs.NOT_NEEDED, "safety_concern": None, "turn_note": f"{slot}:{LEFT}"}
        asks_a_word = decision.request == "explain_term" or (
            decision.action == "interrupt" and turn.intent == "explain_term")
        if (decision.action == "answer" or asks_a_word) and kind in TRAILING_ASK_KINDS \
                and not turn.is_payload:
            # "shes kind. look can we speed up a bit": the answer is kept, the request answered.
            split = answer_then_request(turn.text, looks_like_term_question)
            if split:
                dispatcher.utter_message(text=self.answer_trailing(split[1], split[2], tracker,
                                                                   domain))
                decision = Decision("answer", value=split[0])
        if decision.action == "interrupt" and kind == fs.SAFETY_CHECK and \
                not turn.is_payload and turn.intent not in SAFETY_INTENTS and \
                turn.intent != "affirm":
            # A typed yes the model placed as something else ("yes. but i dont want a fuss
            # or people round", "i said yes"): no rule would follow, so the yes is answered
            # here, as the Yes button's rule answers it (round fourteen: "did not follow").
            return typed_yes_in_form(dispatcher, tracker)
        if decision.action == "interrupt":
            return {}
        if decision.action == "answer" and not turn.is_payload and \
                language_with_answer(kind, turn.text):
            # "07700 900321 after 5pm. please polish interpreter": the interpreter booked,
            # and the number (or the time, without the words about the language) read on.
            dispatcher.utter_message(text=self.answer_request("interpreter", slot, tracker,
                                                              domain))
            if kind == fs.BEST_TIME:
                decision = Decision("answer", value=str(
                    contact_parser.parse_contact(turn.text).best_time))
        if decision.action == "request":
            if decision.request in ("easy_read_on", "easy_read_off"):
                switch_easy_read(dispatcher, tracker, decision.request == "easy_read_on")
            else:
                dispatcher.utter_message(text=self.answer_request(decision.request, slot,
                                                                  tracker, domain))
            return {"turn_note": f"{slot}:{decision.request}"}
        reading = self.read(slot, kind, decision.value or "", tracker)
        if kind == fs.SAFETY_CHECK and rather_not(decision.value or ""):
            note_rather_not(tracker, turn.text, self.form)
        if kind == fs.SAFETY_CHECK and reading.say == form_words.CHECK_IN_NO and (
                complains_of_repeat(turn.text) or rejects_what_was_said(turn.text)):
            # "No! The head teacher, at work. Why does it keep asking me that": we misread.
            reading = Reading(reading.slots, SORRY_MISREAD)
        if kind == fs.SAFETY_CHECK and reading.slots.get(slot) == fs.NOT_NEEDED and \
                str(reading.say or "").startswith(form_words.CHECK_IN_NO) and \
                not turn.is_payload and \
                may_put_right(tracker.sender_id, turn.text,
                              tracker.get_slot("safety_concern") or "",
                              false_alarm.net_calm(
                                  (tracker.latest_message or {}).get("safety_net"))):
            # "wtf no. why would you ask that", "am i in trubble": sorry, why it was asked,
            # their question answered, then the next question (once; never the same again).
            lines = put_right(tracker, turn.text, after_script=False)
            reading = Reading({**reading.slots, "risk_told": told_still(tracker.sender_id)},
                              " ".join(lines))
        if reading.say:
            dispatcher.utter_message(text=reading.say, buttons=reading.buttons)
        slots = dict(reading.slots)
        slots["turn_note"] = f"{slot}:answer"
        slots.update(await self.after_answer(slot, kind, slots, dispatcher, tracker))
        return slots

    def read(self, slot: str, kind: str, value: str, tracker: Tracker) -> Reading:
        return read_answer(slot, kind, value, tracker)

    def stop_own_questions(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                           text: str) -> Dict[str, Any]:
        """No more questions about the person typing: the questions stop (the call back
        stays booked, with the answers so far), and who to ring now is said. run() ends
        the form; nothing of this message is kept as an answer."""
        if not stopped_with_callback(dispatcher, tracker):
            dispatcher.utter_message(text=texts.STOPPED_FORM)
        for line in ring_now_lines(tracker.sender_id, text, asked=True):
            dispatcher.utter_message(text=line)
        return {"paused_form": self.form, "turn_note": f"{slot}:{LEFT}"}

    def said_back(self, tracker: Tracker, text: str) -> str:
        """What was kept about what they ask ("did you get that about the gas?"): from their
        answers, else from what they said in the chat (then noted for the team, so it is
        kept), else sorry and please say it again."""
        topic = said_to_bot.topic_asked_about(text)
        answers = [str(v) for v in (tracker.get_slot(q.slot) for q in fs.FORMS.get(self.form, []))
                   if isinstance(v, str) and v not in (SKIPPED, NOT_SURE, NOT_RAISED, fs.NOT_NEEDED)
                   and not v.startswith("/")]
        earlier = [t for t in user_texts(tracker)[:-1]
                   if t and not t.startswith("/") and not asks_if_kept(t)]
        if topic:
            found = said_to_bot.where_it_was_said(topic, answers)
            if found:
                return said_to_bot.KEPT_IN_ANSWERS.format(words=found)
        found = said_to_bot.where_it_was_said(topic, earlier)
        if not found:
            return said_to_bot.NOT_FOUND
        if any(found in a for a in answers):
            return said_to_bot.KEPT_IN_ANSWERS.format(words=found)
        store.save_record(tracker.sender_id, "noted", {"words": found[:500], "form": self.form})
        return said_to_bot.KEPT_FROM_CHAT.format(words=found)

    def leave_for_now(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                      kind: str, said: str) -> Dict[str, Any]:
        """A goodbye at a question: what was said before it is kept as the answer (or, when
        it asks about the call, answered), the answers are kept, the way back is given (a
        code, where the form has one) and the form pauses; run() ends it. No question is
        asked again, and the crisis numbers only follow a danger told that still stands."""
        slots: Dict[str, Any] = {}
        if said:
            changed = call_changes.put_right(dispatcher, tracker, said)
            if changed is not None:
                slots.update(changed)
            else:
                # "mood up and down. will someone still ring me? thanks bye": the question
                # answered, and the answer before it kept.
                if answer_question(dispatcher, tracker, callback_question(said)) is not None:
                    said = answer_before_a_question(
                        said, lambda part: callback_question(part) is not None)
                if said and classify_request(said) is None and not complains_of_repeat(said):
                    reading = self.read(slot, kind, said, tracker)
                    if reading.say is None and reading.slots.get(slot) is not None:
                        slots.update(reading.slots)
        if slots.get(slot) is not None and slot in closing_steps(self.form):
            # "no thanks, bye" at the last steps (is this right, may we contact you): the
            # answer, and the form goes to its end, which saves it; never a pause there.
            return {**slots, "turn_note": f"{slot}:answer"}
        tracker.add_slots([SlotSet(k, v) for k, v in slots.items()])
        answered = any(tracker.get_slot(q.slot) not in (None, fs.NOT_NEEDED, NOT_RAISED)
                       for q in fs.FORMS.get(self.form, [])
                       if q.slot not in _ENGINE_SLOT_NAMES and q.kind != fs.CONSENT)
        code = None
        if answered:
            dispatcher.utter_message(text=form_words.LEFT_FOR_NOW)
            code = give_code(dispatcher, tracker, self.form, [dict(texts.CARRY_ON)])
            if not code:
                dispatcher.utter_message(text=form_words.LEFT_CARRY_ON,
                                         buttons=[dict(texts.CARRY_ON)])
        else:
            # "bye 👋" at the consent question: nothing to keep, no code to give.
            dispatcher.utter_message(text=form_words.LEFT_BEFORE_ANSWERS,
                                     buttons=[dict(texts.CARRY_ON)])
        if said_crisis(tracker.sender_id):
            dispatcher.utter_message(text=texts.paused_after_crisis())
        row = handoffs.latest_for(tracker.sender_id)
        if row and row.get("status") in handoffs.OPEN:
            # A call is on the way: what they said so far goes to the person who rings.
            note_conversation_details(tracker, row["reference"])
            if self.form in RESUMABLE:
                pass_answers_on(tracker, self.form, row["reference"])
        slots.update({"paused_form": self.form, "turn_note": f"{slot}:{LEFT}"})
        if code:
            slots["resume_code"] = code
        return slots

    async def back_to_the_places(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 slot: str, kind: str, text: str) -> Dict[str, Any]:
        """At the steps after a card outside the questions, a question about the places just
        shown: their words kept as the wish (at that step), the question answered from the
        places' records, and the steps end (run() ends the form, as after a goodbye)."""
        slots: Dict[str, Any] = {"safety_next": fs.NOT_NEEDED}
        if kind == fs.SAFETY_WISH:
            slots[slot] = text
            slots.update(await self.after_answer(slot, kind, dict(slots), dispatcher, tracker))
        reply, focused = followup.answer(text, tracker.get_slot("shown_services") or [])
        dispatcher.utter_message(text=reply, buttons=[followup.FIND_TRANSPORT,
                                                      texts.TALK_TO_A_PERSON])
        return {**slots, "shown_services": focused, "safety_concern": None,
                "turn_note": f"{slot}:{LEFT}"}

    def worry_put_back(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                       kind: str, text: str) -> Dict[str, Any]:
        """The "not a worry" note taken off (the risk stands again, first on the hand-off),
        said so; what else the message says is this question's answer, else it is asked
        again."""
        put_worry_back(tracker.sender_id, tracker.get_slot("handoff_reference"), text)
        dispatcher.utter_message(text=worry_stands.PUT_BACK)
        slots: Dict[str, Any] = {"risk_told": told_still(tracker.sender_id),
                                 "turn_note": f"{slot}:worry_put_back"}
        left = worry_stands.answer_left(text) if kind in ANSWER_THEN_ASK else ""
        if left:
            reading = self.read(slot, kind, left, tracker)
            if reading.say is None and reading.slots.get(slot) is not None:
                slots.update(reading.slots)
                slots["turn_note"] = f"{slot}:answer"
        return slots

    async def request_said_in_answer(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                     slot: str, kind: str, answer: str,
                                     request: str) -> Dict[str, Any]:
        """A request for local help at an open question: a low mood said with it met in a
        line; the answer said before it kept (the form goes on) or, with none, nothing kept
        (the same question again); the search offered now with one tap, or after."""
        mood = mood_line(answer or request, bot_lines(tracker))
        if mood:
            dispatcher.utter_message(text=mood)
        kept: Dict[str, Any] = {}
        if answer:
            reading = self.read(slot, kind, answer, tracker)
            if reading.say is None and reading.slots.get(slot) is not None:
                kept = dict(reading.slots)
        if not kept:
            dispatcher.utter_message(text=form_words.REQUEST_NOT_KEPT)
        offer_search(dispatcher, request, request)
        if not kept:
            return {"turn_note": f"{slot}:search_asked"}
        kept["turn_note"] = f"{slot}:answer"
        kept.update(await self.after_answer(slot, kind, kept, dispatcher, tracker))
        return kept

    def leave_for_search(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                         say: str = form_words.LEFT_FOR_SEARCH,
                         with_code: bool = False) -> Dict[str, Any]:
        """Local help asked for instead of the questions: the form pauses (the answers so
        far kept, "carry on" goes back; ``with_code``: the resume code too, after a stop
        said with the search) and run() hands over to the directory search."""
        dispatcher.utter_message(text=say)
        code = give_code(dispatcher, tracker, self.form, [dict(texts.CARRY_ON)]) \
            if with_code and self.form in RESUMABLE else None
        slots: Dict[str, Any] = {"paused_form": self.form,
                                 "turn_note": f"{slot}:{LEFT_FOR_SEARCH}"}
        if code:
            slots["resume_code"] = code
        return slots

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        """After a goodbye (leave_for_now) the form ends here and Rasa listens: no question
        is asked again, and the form's finishing step (which saves a finished assessment)
        does not run. After local help asked for instead (leave_for_search) the search
        runs next."""
        events = await super().run(dispatcher, tracker, domain)
        notes = [str(e.get("value") or "") for e in events
                 if e.get("event") == "slot" and e.get("name") == "turn_note"]
        left = [n for n in notes if n.endswith(f":{LEFT}") or n.endswith(f":{LEFT_FOR_SEARCH}")]
        if left:
            events = [e for e in events if not (e.get("event") == "slot"
                                                and e.get("name") == "requested_slot")]
            if left[-1].endswith(f":{LEFT_FOR_SEARCH}"):
                # the questions end here (paused_form keeps the way back), and the search
                # runs as itself, then listens (actions.common.chained_listen)
                events += [SlotSet("requested_slot", None), ActiveLoop(None),
                           FollowupAction("action_search_directory")]
            else:
                events += [SlotSet("requested_slot", None), FollowupAction("action_listen")]
        return events

    async def after_answer(self, slot: str, kind: str, slots: Dict[str, Any],
                           dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[str, Any]:
        """Engine steps that finish with this answer (contact details read back and saved)."""
        if kind == fs.NAME and slots.get(slot) and own_name_asked(tracker):
            theirs = names.relation_named(str(tracker.latest_message.get("text") or ""))
            if theirs and theirs[1] != slots[slot]:
                # "mama is Halina" said with their own name: kept as heard, so later lines
                # can use it ("her" -> "Halina").
                keep_heard(tracker.sender_id, [], {theirs[0]: theirs[1],
                                                   pronoun_for(theirs[0]): theirs[1]})
        if kind == fs.SAFETY_WISH and slots.get(slot) not in (None, SKIPPED):
            store.save_record(tracker.sender_id, "safety_wish",
                              {"wish": str(slots[slot])[:2000], "form": self.form})
            reference = tracker.get_slot("handoff_reference")
            if reference:
                # Staff read the hand-off, not the record: the person's wish (Making
                # Safeguarding Personal) goes on it in their words (round eleven: "no
                # police, hes my son" was only in the record).
                store.add_notes(reference, [form_words.WISH_ON_HANDOFF.format(
                    wish=" ".join(str(slots[slot]).split())[:500])])
            dispatcher.utter_message(text=form_words.WISH_NOTED)
            # "please dont phone me, he could answer it" as the wish: also how (not) to
            # reach them, on the hand-off the disclosure raised.
            return wish_as_safe_contact(str(slots[slot]), dispatcher, tracker)
        if kind in ANSWER_THEN_ASK and isinstance(slots.get(slot), str):
            # "can u text me instead of ring" inside an answer (round fifteen: ignored three
            # times, the hand-off opened "Asked for a call"): kept as how to reach them.
            kept = contact_wish_in_answer(str(slots[slot]), dispatcher, tracker)
            if kept:
                return kept
        contact_slots = [s.slot for s in fs.CONTACT_SLOTS]
        if slot not in contact_slots and slots.get("contact_safety") and slots.get(slot) is None:
            return contact_button_elsewhere(dispatcher, tracker, slots, self.note_contact_on_handoff)
        if slot not in contact_slots or slots.get(slot) is None:
            return {}
        if all(slots.get(name, tracker.get_slot(name)) is not None for name in contact_slots):
            return finish_contact(dispatcher, tracker, slots, self.note_contact_on_handoff)
        return {}

    note_contact_on_handoff = True

    def __getattr__(self, attr: str):
        # Answers are read once, in interpret(); the SDK's per-slot validation keeps them.
        slot = attr[len("validate_"):] if attr.startswith("validate_") else None
        if slot and slot in fs.KIND_OF:
            async def keep(value, dispatcher, tracker, domain):
                return {slot: value}
            return keep
        raise AttributeError(attr)

    def buttons_for(self, slot: str, tracker: Tracker) -> List[Dict[str, str]]:
        """Buttons shown with this question, so a typed button title counts as the button."""
        if slot == "on_behalf":
            return form_words.ON_BEHALF_BUTTONS
        return ENGINE_BUTTONS.get(slot) or self.question_buttons(slot, tracker)

    def question_buttons(self, slot: str, tracker: Tracker) -> List[Dict[str, str]]:
        """The form's own questions' buttons; forms with buttons say which."""
        return []

    def own_turn(self, text: str, slot: str,
                 tracker: Tracker) -> Optional[Tuple[str, Dict[str, Any]]]:
        """(what to say, the slots to set) for a message this form reads itself before the
        engine does (a survey's "change 2"), or None."""
        return None

    def jump_to(self, area: Optional[str], slot: str,
                tracker: Tracker) -> Optional[Tuple[str, Dict[str, Any]]]:
        """(what to say, the slots to set) to go to the questions about ``area`` now, or None
        when this form has no such part. The questions in between are passed over (shown as
        skipped in the read-back, where they can be changed); a part already passed is
        simply asked again from its screening answer."""
        if area is None:
            return None
        questions = fs.FORMS.get(self.form, [])
        order = [s.slot for s in questions]
        target = next((s for s in order if s.endswith(f"_outcome_{area}")), None)
        screen = next((sc for sc, deeper in SCREENED.items() if target in deeper), None)
        # Never past consent, who it is about or the name: only from the questions after.
        if target is None or screen is None or slot not in order or \
                order.index(slot) > order.index(target) or \
                in_first_steps(questions, slot, _FIRST_STEP_KINDS):
            return None
        if tracker.get_slot(target) not in (None, fs.NOT_NEEDED, NOT_RAISED):
            return None
        topic = form_words.JUMP_TOPICS.get(area, "that")
        if order.index(slot) > order.index(screen):
            # The screening question was answered already: only the part itself is opened.
            return form_words.jump_to(topic), {target: None}
        slots: Dict[str, Any] = {}
        for name in order[order.index(slot):order.index(screen)]:
            if name in _ENGINE_SLOT_NAMES or tracker.get_slot(name) is not None:
                continue
            slots[name] = SKIPPED
        for name in SCREENED.get(screen, []):
            slots[name] = None if name == target else tracker.get_slot(name) or fs.NOT_NEEDED
        slots[screen] = form_words.JUMP_SCREEN_NOTE.format(topic=topic)
        return form_words.jump_to(topic), slots

    def time_words_turn(self, text: str, slot: str, kind: str,
                        tracker: Tracker) -> Optional[Tuple[str, Dict[str, Any]]]:
        """(what to say, the slots to set) when the message asks to go to the end now or
        says time is short (bot/answers/short_of_time.py), or None."""
        words = read_time_words(text)
        if words is None or slot in _ENGINE_SLOT_NAMES or (words.to_the_end and words.short):
            # (going to the end and short of time, "skip the rest, i need to get back to work
            # in 5 mins": the answer is kept and the code offered, as before)
            return None
        if (request := classify_request(text)) is not None and request.kind in (
                "talk_to_person", "pause", "stop", "delete"):
            return None   # "skip the rest and just get someone to ring me": that request
        slots: Dict[str, Any] = {}
        # "How many question more? I must go to work at 2": the count, never an answer.
        left_part = classify_request(words.answer) if words.answer else None
        before = ""
        if left_part is not None and left_part.kind == "how_many_more":
            before = form_words.how_many_more(self.remaining(tracker)) + " "
        help_slot = self.help_step(tracker) if words.to_the_help else None
        help_wanted: Dict[str, Any] = {}
        if words.answer and left_part is None and help_slot is not None:
            # "can we skip to the actual help bit? she needs someone to pop in at teatime":
            # the rest is the help they want, kept at the last steps' question (what would
            # help, what next), never as the answer to the question on screen.
            help_kind = fs.KIND_OF.get(help_slot, fs.FREE_TEXT)
            help_wanted = self.read(help_slot, help_kind, words.answer, tracker).slots
        elif words.answer and left_part is None and kind in ANSWER_THEN_ASK and \
                without_contact_clauses(words.answer).strip():
            # (how to reach them is no answer: "skip the rest. can someone just text me")
            slots.update(self.read(slot, kind, without_contact_clauses(words.answer),
                                   tracker).slots)
        kept = slots.get(slot) not in (None, SKIPPED)
        if words.strengths_only:
            passed = self.skip_strengths(slot, tracker, keep_current=kept)
            if passed is not None:
                slots.update(passed)
                return form_words.TO_DAY_TO_DAY, slots
        if words.to_the_end:
            passed = self.skip_to_end(slot, tracker, keep_current=kept)
            if passed is not None:
                slots.update(passed)
                slots.update(help_wanted)
                return (form_words.TO_THE_END_KEPT if kept else form_words.TO_THE_END), slots
        return before + (form_words.SHORT_OF_TIME_KEPT if kept else form_words.SHORT_OF_TIME), slots

    def help_step(self, tracker: Tracker) -> Optional[str]:
        """The first of the last steps (what would help, what next) when it is a question
        answered in words and still empty, else None."""
        order = [q for q in fs.FORMS.get(self.form, []) if q.slot in closing_steps(self.form)]
        first = order[0] if order else None
        if first is None or first.kind not in (fs.FREE_TEXT,) or tracker.get_slot(first.slot):
            return None
        return first.slot

    def skip_to_end(self, slot: str, tracker: Tracker,
                    keep_current: bool = False) -> Optional[Dict[str, Any]]:
        """The slots that pass over every question left, up to the form's last steps (what
        would help, is this right), or None before the first steps are done. Questions
        passed over show as skipped in the read-back, where they can be changed."""
        questions = fs.FORMS.get(self.form, [])
        order = [q.slot for q in questions]
        if slot not in order or in_first_steps(questions, slot,
                                               _FIRST_STEP_KINDS + (fs.SURVEY_TYPE,)):
            return None
        closing = closing_steps(self.form)
        deeper = {name for names in SCREENED.values() for name in names}
        start = order.index(slot) + (1 if keep_current else 0)
        return {name: fs.NOT_NEEDED if name in deeper else SKIPPED
                for name in order[start:]
                if name not in _ENGINE_SLOT_NAMES and name not in closing
                and tracker.get_slot(name) is None}

    def skip_strengths(self, slot: str, tracker: Tracker,
                       keep_current: bool = False) -> Optional[Dict[str, Any]]:
        """The slots that pass over the strengths questions left, up to day-to-day life, or
        None when this form has no day-to-day questions after this one (form18)."""
        order = [q.slot for q in fs.FORMS.get(self.form, [])]
        first_daily = next((q.slot for q in QUESTIONS.get(self.form, []) if q.section == DAY_TO_DAY),
                           None)
        daily = order.index(first_daily) if first_daily in order else None
        if slot not in order or daily is None or order.index(slot) >= daily:
            return None
        start = order.index(slot) + (1 if keep_current else 0)
        return {name: SKIPPED for name in order[start:daily]
                if name not in _ENGINE_SLOT_NAMES and tracker.get_slot(name) is None}

    def remaining(self, tracker: Tracker) -> int:
        """Questions still to ask in this form as the person will meet them: a survey of
        five statements has five, not the form's eight statement slots."""
        asked = set(self.form_slots([s.slot for s in fs.FORMS.get(self.form, [])], tracker))
        return sum(1 for s in fs.FORMS.get(self.form, []) if s.slot in asked
                   and s.slot not in _ENGINE_SLOT_NAMES and tracker.get_slot(s.slot) is None)

    def answer_request(self, request: Optional[str], slot: str, tracker: Tracker,
                       domain: DomainDict) -> str:
        if request == "explain_term":
            # Lazy: jargon.check loads spaCy; importing the engine must not.
            from jargon.check import explain

            said = tracker.latest_message.get("text") or ""
            # ("wots suported mean": the kinds of help the word starts)
            found = glossary.find_terms(said) or glossary.starting_with(
                word_asked_about(as_meant(said)) or "")
            if found:
                # "is a personal budget the same as a direct payment?": both words.
                return "\n\n".join(explain(entry.headword) for entry in found[:2])
        if request == "care_costs":
            return care_costs_answer(tracker.latest_message.get("text") or "")
        if request == "interpreter":
            # Lazy: actions.interpreter builds on actions.callback, as this module does.
            from actions.interpreter import interpreter_reply

            return "\n\n".join(interpreter_reply(tracker, tracker.latest_message.get("text")
                                                 or "", fs.KIND_OF.get(slot)))
        if request == "goodbye" and tracker.get_slot("risk_told"):
            # After danger was told the goodbye keeps the reference and the numbers
            # (round twelve: "tara" after a plan got only "Bye for now").
            return crisis_care.goodbye_in_form(tracker.get_slot("handoff_reference"))
        if request == "how_many_more":
            left = self.remaining(tracker)
            return form_words.how_many_more(left)
        if request == "which_question" and slot in _ENGINE_SLOT_NAMES:
            # "what questions?" at the choice after a card: the form's question it came in
            # front of, never "carry on" (the choice itself is asked again after this).
            waiting = self.question_waiting(tracker)
            if waiting:
                return form_words.question_we_were_on(waiting)
        return form_words.REQUEST_ANSWERS.get(request or "", form_words.CARRY_ON)

    def question_waiting(self, tracker: Tracker) -> Optional[str]:
        """The form's own next question as the person will see it, or None (forms whose
        questions are worded when asked say it)."""
        return None

    def answer_trailing(self, request: str, words: str, tracker: Tracker,
                        domain: DomainDict) -> str:
        """The reply to a request said after an answer (the answer itself is kept)."""
        if request == "explain_term":
            # Lazy: jargon.check loads spaCy; importing the engine must not.
            from jargon.check import explain

            found = glossary.find_terms(words)
            if found:
                return explain(found[0].headword)
        if request == "leave":
            return form_words.LEAVE_EARLY
        if request == "money":
            return form_words.MONEY_IN_FORM
        if request == "care_costs":
            return f"{form_words.ANSWER_KEPT} {care_costs_answer(words)}"
        left = max(self.remaining(tracker) - 1, 0)
        return f"{form_words.ANSWER_KEPT} {form_words.how_many_more(left)}"

    async def validate_turn_note(self, value: Any, dispatcher: CollectingDispatcher,
                                 tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return {"turn_note": value}


_ENGINE_SLOT_NAMES = fs.ENGINE_SLOT_NAMES
# The steps a jump to one part never passes over.
_FIRST_STEP_KINDS = (fs.CONSENT, fs.ABOUT, fs.ON_BEHALF, fs.NAME)
ENGINE_BUTTONS: Dict[str, List[Dict[str, str]]] = {
    slot: buttons for slot, (_, buttons) in form_words.ENGINE_QUESTIONS.items()}
# action_ask_<slot> for each of the engine's fixed questions (rasa-sdk finds subclasses).
# (safety_next is asked by actions/safety.py: after suicide risk it is the direct question.)
ENGINE_ASK_ACTIONS = [asking(slot, text, buttons)
                      for slot, (text, buttons) in form_words.ENGINE_QUESTIONS.items()
                      if slot not in ("safety_next", "contact_details")]


def no_calls_on_record(tracker: Tracker) -> bool:
    """ "please dont ring me at home, he might pick up" said anywhere and not taken back: on
    the contact step, in a saved contact record, on the hand-off or typed."""
    if no_calls_asked(tracker.get_slot):
        return True
    row = handoffs.latest_for(tracker.sender_id) if tracker.get_slot("handoff_reference") else None
    return call_state.said_no_calls(None, call_state.contact_records(tracker.sender_id),
                                    (row or {}).get("summary") or "") or \
        call_state.typed_no_calls(tracker)


class ActionAskContactDetails(TrackerAction):
    """ "What is the best phone number or email?", or after "please don't ring me" a safe
    way in, with a place to meet among them: never a phone number insisted on."""
    action = "action_ask_contact_details"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        text = form_words.ASK_SAFE_WAY if no_calls_on_record(tracker) else form_words.ASK_CONTACT
        dispatcher.utter_message(text=text, buttons=form_words.SKIP_BUTTON)
        return []
_PASS_THROUGH = set(fs.ENGINE_STATE_SLOTS) | {"relationship", "safety_concern"} | set(
    fs.ENGINE_SLOT_NAMES) | {"risk_told", "resume_code",   # a false alarm put right; a code given
                             "handoff_reference"}   # a call back taken back at the contact step


def in_first_steps(questions: List[Any], slot: str, kinds: Tuple[str, ...]) -> bool:
    """True when ``slot`` is one of the form's first steps (consent, who it is about, the
    name...) or comes before the last of them: nothing is jumped or passed over from there."""
    order = [q.slot for q in questions]
    first = [i for i, q in enumerate(questions) if q.kind in kinds]
    return bool(first) and order.index(slot) <= max(first)


def closing_steps(form: str) -> frozenset:
    """A form's last steps, never passed over by "skip the rest": from the question just
    before "is this right?" (what next, what would help) to the end, or from a survey's
    comment to the end."""
    order = [q for q in fs.FORMS.get(form, []) if q.slot not in _ENGINE_SLOT_NAMES]
    kinds = [q.kind for q in order]
    if fs.CONFIRM in kinds:
        start = max(kinds.index(fs.CONFIRM) - 1, 0)
    elif fs.COMMENT in kinds:
        start = kinds.index(fs.COMMENT)
    else:
        start = len(order)
    return frozenset(q.slot for q in order[start:])


def contact_button_elsewhere(dispatcher: CollectingDispatcher, tracker: Tracker,
                             slots: Dict[str, Any], note_handoff: bool) -> Dict[str, Any]:
    """A contact-step button pressed at another question: kept as the contact instruction
    (read back with the number when it is complete, else noted on the hand-off)."""
    names = [s.slot for s in fs.CONTACT_SLOTS]
    if all(slots.get(n, tracker.get_slot(n)) not in (None,) for n in names) and \
            contact_from(lambda n: slots.get(n, tracker.get_slot(n))):
        return finish_contact(dispatcher, tracker, slots, note_handoff)
    flags = json.loads(slots["contact_safety"])
    keep_contact_instruction(tracker, flags)
    dispatcher.utter_message(text=form_words.contact_read_back(flags))
    return {}


def remaining(tracker: Tracker, form: str, domain: DomainDict) -> int:
    slots = [s.slot for s in fs.FORMS.get(form, []) if s.slot not in _ENGINE_SLOT_NAMES]
    return sum(1 for s in slots if tracker.get_slot(s) is None)


def contact_from(get: Any) -> Optional[Dict[str, Any]]:
    """The contact step's answers as one dict, or None when no way to reach them was given."""
    details = get("contact_details")
    if details in (None, SKIPPED, fs.NOT_NEEDED):
        return None
    contact = {**json.loads(details), "best_time": get("contact_time")}
    safety_raw = get("contact_safety")
    if safety_raw not in (None, SKIPPED, fs.NOT_NEEDED):
        contact.update(json.loads(safety_raw))
    return contact


def safety_steps_after_a_search(tracker: Tracker) -> bool:
    """The steps after a card were opened during a search, outside any questions: listen and
    connect at its safety steps (actions/safety.py wish_outside_a_form) with its own question
    not begun, no form paused, and places shown."""
    return tracker.active_loop_name == "listen_form" and \
        tracker.get_slot("whats_going_on") is None and not tracker.get_slot("paused_form") \
        and bool(tracker.get_slot("shown_services"))


def no_calls_asked(get: Any) -> bool:
    """The person said the team must not phone them ("please dont ring, he picks up")."""
    raw = get("contact_safety")
    if raw in (None, SKIPPED, fs.NOT_NEEDED):
        return False
    try:
        return json.loads(raw).get("safe_to_call") is False
    except (ValueError, AttributeError):
        return False


def contact_summary(tracker: Tracker) -> Optional[str]:
    contact = contact_from(tracker.get_slot)
    return form_words.contact_read_back(contact) if contact else None


def finish_contact(dispatcher: CollectingDispatcher, tracker: Tracker, new: Dict[str, Any],
                   note_handoff: bool = True) -> Dict[str, Any]:
    """Reads the contact details back, notes them on the hand-off, says when we will call."""
    contact = contact_from(lambda name: new.get(name, tracker.get_slot(name)))
    if contact is None:
        dispatcher.utter_message(text=form_words.NO_CONTACT_TAKEN)
        return {}
    contact, line = call_state.read_back(dispatcher, tracker, contact)
    if not note_handoff:
        return {}
    if contact.get("address") and not (contact.get("phone") or contact.get("email")):
        dispatcher.utter_message(text=form_words.WE_WILL_WRITE)
    elif contact.get("route") and not (contact.get("phone") or contact.get("email")):
        dispatcher.utter_message(text=form_words.route_promise(
            hours.is_open(), hours.describe_next_opening()))
    else:
        # Their own time ("after 4"), within the council's hours, or the usual words.
        dispatcher.utter_message(text=call_state.when_words(contact, tracker.sender_id))
    reference = tracker.get_slot("handoff_reference")
    store.save_record(tracker.sender_id, "contact",
                      {"contact": contact, "handoff": reference, "channel": channel_of(tracker)})
    if reference:
        # The latest details replace any read back before ("0781... no, email me instead"):
        # staff never see two ways in that disagree (round 11).
        handoffs.replace_notes(reference, call_changes.REPLACED, [f"Contact: {line}"])
        store.add_notes(reference, call_state.staff_lines(tracker, contact))
        note_conversation_details(tracker, reference)   # said during the contact step too
        call_state.mark_call_back(reference, contact)
    offer_to_stop(dispatcher, tracker, contact)
    return {}
