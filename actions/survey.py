"""The experience survey form: choose a survey, one statement at a time, store anonymously.

Only as many sv_q slots are asked as the chosen survey has statements; the contact question
is asked only when the person says yes to being contacted. Answers are stored without the
sender id (bot.store.save_survey), with the channel so results can be split by channel.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (channel_of, Events, note_conversation_details, safety_found,
                            TrackerAction)
from actions.safety import wants_to_complain
from actions.form_engine import AnswerFirstForm, Reading, read_answer, read_contact
from actions.form_engine import contact_summary
from bot import crisis_care, form_words
from bot.answers.trailing import HURRY
from bot import form_slots as fs
from bot import safety_words, store, texts
from bot.answers.yes_no import yes_no
from bot.form_slots import CONTACT_SLOTS, NOT_NEEDED, SURVEY_QUESTION_SLOTS
from bot.markers import SKIPPED
from bot.surveys import readback, wording
from bot.surveys.answers import (
    asks_about_the_sentence, bare_number, from_score, parse_agreement, redact_comment,
)
from bot.surveys.definitions import (
    FOR_CARERS, MAX_QUESTIONS, SCALE, SCALE_ANSWERS, SURVEYS, TEXT, TYPED_CHOICES, YES_NO,
    question_slot, statement_for_slot, survey,
)

SURVEY_SLOTS = ["survey_type"] + SURVEY_QUESTION_SLOTS + [
    "survey_comments", "survey_contact_ok"] + [s.slot for s in CONTACT_SLOTS]
SKIP = {"title": wording.SKIP_BUTTON, "payload": "/skip"}


def choose_survey(text: str) -> Optional[str]:
    """A survey key from a button or typed words ("carer", "direct payments")."""
    said = (text or "").strip().lower()
    for key, s in SURVEYS.items():
        if said in (key, key.replace("_", " "), s.button.lower()):
            return key
    for words, key in TYPED_CHOICES:
        if re.search(rf"\b{words}\b", said):
            return key
    ordinal = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\b", said)
    if ordinal:
        index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
                 "fourth": 3, "4th": 3}[ordinal.group(1)]
        return list(SURVEYS)[index] if index < len(SURVEYS) else None
    return None


def survey_buttons(about: Optional[str]) -> List[Dict[str, str]]:
    """The surveys in their order; a carer sees the carers' survey first."""
    order = list(SURVEYS)
    if about == "someone_i_care_for":
        order = [FOR_CARERS] + [k for k in order if k != FOR_CARERS]
    return [{"title": SURVEYS[k].button, "payload": SURVEYS[k].button} for k in order]


def answer_buttons(kind: str) -> List[Dict[str, str]]:
    if kind == SCALE:
        return [{"title": label, "payload": label} for _, label in SCALE_ANSWERS] + [SKIP]
    if kind == YES_NO:
        return [{"title": wording.YES_BUTTON, "payload": "/affirm"},
                {"title": wording.NO_BUTTON, "payload": "/deny"}]
    return [SKIP]


def read_statement(slot: str, statement: Any, value: str) -> Reading:
    """A survey statement's answer: agreement, yes or no, or the person's words. A typed
    answer is read back, so a wrong guess can be put right with one tap."""
    text = value.strip()
    if statement.kind == TEXT:
        if text in ("/skip", "/dont_know", "") or parse_agreement(text) == SKIPPED:
            return Reading({slot: SKIPPED})
        return Reading({slot: redact_comment(text)})
    if statement.kind == YES_NO:
        answer = yes_no(text)
        if answer is None and parse_agreement(text) == SKIPPED:
            return Reading({slot: SKIPPED})
        if answer is None:
            return Reading({slot: None}, wording.NOT_CAUGHT_YES_NO, answer_buttons(YES_NO))
        return Reading({slot: "yes" if answer else "no"})
    if asks_about_the_sentence(text):
        return Reading({slot: None}, wording.ABOUT_THE_SENTENCE, answer_buttons(SCALE))
    number = bare_number(text)
    if number is not None:
        return Reading({slot: None}, wording.WHICH_NUMBER.format(n=number),
                       _which_number_buttons(number))
    answer = parse_agreement(text)
    if answer is None:
        return Reading({slot: None}, wording.NOT_CAUGHT, answer_buttons(SCALE))
    if answer in LABEL_OF and text not in LABEL_OF.values() and not text.startswith("/"):
        return Reading({slot: answer}, readback.READ_BACK.format(label=LABEL_OF[answer]),
                       [readback.CHANGE_BUTTON])
    return Reading({slot: answer})


LABEL_OF = readback.LABEL_OF

# In a survey comment: something gone wrong ("Kyle is always late", "nobody came at
# teatime"), or praise ("Sandra is lovely").
WENT_WRONG = re.compile(
    r"\b(?:late|missed|miss(?:es)? (?:visits?|calls?)|never (?:came|comes|turned up|turn up)|"
    r"(?:nobody|no one|noone|no-one) (?:came|comes|turned up|turns up|showed up)|went without|"
    r"go without|left (?:alone|on (?:her|his|my) own)|"
    r"didn ?t (?:come|turn up|show)|no ?show|rude|rushed?|rushing|wrong name|forgot|forgets|"
    r"not (?:enough|on time)|left (?:me|her|him) (?:wet|dirty|hungry)|shout\w*|ignor\w*|"
    r"worse|awful|terrible|poor|unhappy|upset)\b", re.IGNORECASE)
PRAISE = re.compile(r"\b(?:lovely|kind|great|brilliant|fantastic|helpful|amazing|excellent|"
                    r"wonderful|caring|patient|good|happy|thank)\w*\b", re.IGNORECASE)


def comment_reply(text: str) -> Optional[str]:
    """A short, true reply to a longer comment, so it is heard (round eight: a comment
    praising one carer and saying another is always late got no reply at all)."""
    if len(text.split()) < 5:
        return None
    if WENT_WRONG.search(text):
        return wording.COMMENT_WRONG
    return wording.COMMENT_GOOD if PRAISE.search(text) else wording.COMMENT_THANKS


def _which_number_buttons(number: int) -> List[Dict[str, str]]:
    """The two readings of a bare number, as buttons that send the exact label."""
    as_score = from_score(number, 5)
    by_place = SCALE_ANSWERS[number - 1][0] if 1 <= number <= len(SCALE_ANSWERS) else None
    options = [code for code in (as_score, by_place) if code]
    return [{"title": LABEL_OF[c], "payload": LABEL_OF[c]} for c in dict.fromkeys(options)]


class ValidateExperienceSurveyForm(AnswerFirstForm):
    form = "experience_survey_form"
    note_contact_on_handoff = False  # the finished survey raises the call-back itself

    def form_slots(self, domain_slots: List[Text], tracker: Tracker) -> List[Text]:
        chosen = survey(tracker.get_slot("survey_type"))
        asked = len(chosen.statements) if chosen else MAX_QUESTIONS
        keep = {question_slot(i) for i in range(asked)}
        return [s for s in domain_slots if not s.startswith("sv_q") or s in keep]

    def remaining(self, tracker: Tracker) -> int:
        """ "how many are left?": the survey's own sentences still to answer."""
        chosen = survey(tracker.get_slot("survey_type"))
        asked = len(chosen.statements) if chosen else MAX_QUESTIONS
        return sum(1 for i in range(asked) if tracker.get_slot(question_slot(i)) is None)

    def own_turn(self, text: str, slot: str,
                 tracker: Tracker) -> Optional[Tuple[str, Dict[str, Any]]]:
        """ "change 2", "change that answer": that answer is cleared and asked again next."""
        chosen = survey(tracker.get_slot("survey_type"))
        in_survey = chosen and fs.KIND_OF.get(slot) in (fs.STATEMENT, fs.COMMENT)
        done = self.changes_at_once(text, slot, chosen, tracker) if in_survey else None
        if done:
            return done
        changed = readback.change_with_answer(text) if in_survey else None
        if changed and 1 <= changed[0] <= len(chosen.statements):
            # "change 5 that wasnt an answer... so strongly disagree": changed at once.
            number, words = changed
            answer = read_statement(question_slot(number - 1), chosen.statements[number - 1],
                                    words).slots.get(question_slot(number - 1))
            if answer is not None:
                return (wording.CHANGED_TO.format(n=number, label=readback.shown(answer)),
                        {question_slot(number - 1): answer})
            text = f"change {number}"
        asked = readback.change_asked(text) if in_survey else None
        if asked is None:
            return None
        target = readback.slot_to_change(chosen, asked, slot, tracker.get_slot)
        if target is None:
            last = len(chosen.statements)
            return readback.NO_SUCH_QUESTION.format(n=asked, last=last), {}
        return (readback.ASKING_AGAIN.format(n=int(target[4:])),
                {target: None, "survey_comments": None} if slot == "survey_comments"
                else {target: None})

    @staticmethod
    def changes_at_once(text: str, slot: str, chosen: Any,
                        tracker: Tracker) -> Optional[Tuple[str, Dict[str, Any]]]:
        """ "change 4 to disagree and 5 is strongly disagree", "change that last one to
        agree": every answer named, changed at once and said back; None when none is."""
        said, slots = [], {}
        for asked, words in readback.changes_with_answers(text):
            target = readback.slot_to_change(chosen, asked, slot, tracker.get_slot)
            if target is None or target in slots:
                continue
            statement = chosen.statements[int(target[4:]) - 1]
            answer = read_statement(target, statement, words).slots.get(target)
            if answer is None:
                continue
            slots[target] = answer
            said.append(wording.CHANGED_TO.format(n=int(target[4:]), label=readback.shown(answer)))
        return (" ".join(said), slots) if slots else None

    def question_buttons(self, slot: str, tracker: Tracker) -> List[Dict[str, str]]:
        if slot == "survey_type":
            return survey_buttons(tracker.get_slot("about"))
        statement = statement_for_slot(tracker.get_slot("survey_type"), slot)
        if statement is not None:
            return answer_buttons(statement.kind)
        return []

    def read(self, slot: str, kind: str, value: str, tracker: Tracker) -> Reading:
        if kind == fs.SURVEY_TYPE:
            key = choose_survey(value)
            if key is None:
                return Reading({slot: None}, wording.ASK_WHICH_AGAIN)
            return Reading({slot: key}, SURVEYS[key].intro)
        if kind == fs.STATEMENT:
            statement = statement_for_slot(tracker.get_slot("survey_type"), slot)
            if statement is None:
                return Reading({slot: SKIPPED})
            reading = read_statement(slot, statement, value)
            if reading.slots.get(slot) is not None and HURRY.search(value):
                # "Agree, how many more of these are there?": kept, and answered.
                left = form_words.how_many_more(max(self.remaining(tracker) - 1, 0))
                reading.say = f"{reading.say} {left}" if reading.say else left
            return reading
        if kind == fs.COMMENT:
            text = value.strip()
            if text in ("/skip", "/deny", "/dont_know") or parse_agreement(text) == SKIPPED \
                    or not text or yes_no(text) is False and len(text.split()) <= 2:
                return Reading({slot: SKIPPED})
            if wants_to_complain(text):
                # Kept as feedback, and the complaints route is given too: a survey is
                # not a complaint, and they should not have to ask twice.
                lines = safety_words.complaint_reply()[0]
                return Reading({slot: redact_comment(text)}, " ".join(lines[:3]))
            return Reading({slot: redact_comment(text)}, comment_reply(text))
        reading = read_answer(slot, kind, value, tracker)
        if slot == "survey_contact_ok" and reading.slots.get(slot) == "yes":
            # They want to be contacted: the contact step comes next, unless they gave a
            # number or email with the yes ("yes ring me on 07700 900456").
            reading.slots.update({s.slot: None for s in CONTACT_SLOTS})
            given = read_contact("contact_details", value)
            if given.slots.get("contact_details"):
                reading.slots.update(given.slots)
            elif given.slots.get("contact_safety"):
                # "yes please. but text or email, not a call, I wont hear it": no call
                # questions; the number or email is asked next.
                reading.slots["contact_safety"] = given.slots["contact_safety"]
        return reading


class ActionAskSurveyType(TrackerAction):
    action = "action_ask_survey_type"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        dispatcher.utter_message(text=wording.ASK_WHICH,
                                 buttons=survey_buttons(tracker.get_slot("about")))
        return []


def _make_ask(slot: str):
    class _Ask(TrackerAction):
        action = f"action_ask_{slot}"

        async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
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


class ActionAskSurveyComments(TrackerAction):
    action = "action_ask_survey_comments"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        # Every answer read back first, so a wrong one can be changed ("change 2").
        chosen = survey(tracker.get_slot("survey_type"))
        for line in (readback.summary(chosen, tracker.get_slot) if chosen else None) or []:
            dispatcher.utter_message(text=line)
        dispatcher.utter_message(text=wording.ASK_COMMENTS, buttons=[SKIP])
        return []


class ActionAskSurveyContactOk(TrackerAction):
    action = "action_ask_survey_contact_ok"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        # After danger was told, the survey does not promise that no one knows who they are:
        # it asks for a way to reach them.
        risk = crisis_care.risk_told(safety_found(tracker.sender_id))
        dispatcher.utter_message(text=crisis_care.ASK_REACH_AFTER_RISK if risk
                                 else wording.ASK_CONTACT_OK, buttons=answer_buttons(YES_NO))
        return []


def contact_of(tracker: Tracker) -> Optional[str]:
    """The contact step's read-back, when the person gave a way to reach them."""
    return contact_summary(tracker)


def statement_answers(tracker: Tracker, chosen: Any) -> Dict[str, Any]:
    """Statement codes to the answers given (skipped where none): what every stored survey
    holds, finished or stopped part way."""
    return {statement.code: tracker.get_slot(question_slot(i)) or SKIPPED
            for i, statement in enumerate(chosen.statements if chosen else ())}


def collect_answers(tracker: Tracker) -> Dict[str, Any]:
    """What is stored: statement codes to answers, the comment, and contact only with consent."""
    chosen = survey(tracker.get_slot("survey_type"))
    answers = statement_answers(tracker, chosen)
    answers["comments"] = tracker.get_slot("survey_comments") or SKIPPED
    contact = contact_of(tracker)
    if tracker.get_slot("survey_contact_ok") == "yes" and contact:
        answers["contact_me"] = contact
    return answers


def save_answers_so_far(tracker: Tracker) -> bool:
    """A survey stopped part way (a complaint took over): the statements answered so far are
    stored like a finished survey's, the rest as skipped, with no comment and no contact."""
    chosen = survey(tracker.get_slot("survey_type"))
    if chosen is None:
        return False
    answers = statement_answers(tracker, chosen)
    if all(value == SKIPPED for value in answers.values()):
        return False
    answers["comments"] = SKIPPED
    store.save_survey(chosen.key, channel_of(tracker), answers)
    return True


class ActionFinishSurvey(TrackerAction):
    action = "action_finish_survey"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        key = tracker.get_slot("survey_type")
        if survey(key) is None:
            return cleared()
        answers = collect_answers(tracker)
        channel = channel_of(tracker)
        store.save_survey(key, channel, answers)
        if "contact_me" in answers:
            # They asked to be contacted: the care team sees it in the console's queue as a
            # call-back. The answers themselves stay in the anonymous table.
            row = store.create_handoff(tracker.sender_id, "callback", channel,
                                       summary=f"Asked to be contacted about their {key} "
                                               f"survey answers: {answers['contact_me']}",
                                       callback=True)
            # "I'm a bit deaf", "he can't know": on the hand-off for whoever replies.
            note_conversation_details(tracker, row["reference"])
        found = safety_found(tracker.sender_id)
        if crisis_care.risk_told(found):
            # Not "your answers do not say who you are" after a stated risk: the risk is with
            # the team, and the numbers and the reference are said again.
            reference = tracker.get_slot("handoff_reference")
            if reference and "contact_me" in answers:
                store.add_notes(reference, [f"Contact: {answers['contact_me']}"])
            for line in crisis_care.survey_end_after_risk(
                    found, tracker.get_slot("handoff_reference"), "contact_me" in answers):
                dispatcher.utter_message(text=line)
        else:
            dispatcher.utter_message(text=wording.THANKS_CONTACT if "contact_me" in answers
                                     else wording.THANKS)
        dispatcher.utter_message(text=wording.WHAT_NEXT, buttons=texts.MENU_BUTTONS)
        return cleared()


def cleared() -> List[Dict[Text, Any]]:
    """Survey answers cleared; the engine's contact slots go back to "not needed"."""
    contact = {s.slot for s in CONTACT_SLOTS}
    return [SlotSet(s, NOT_NEEDED if s in contact else None) for s in SURVEY_SLOTS]
