"""Questions about the conversation outside a form: "how long does it take? can I do it now",
"what is a carer's assessment, is it long?" (answered, with the button to start), and what
the bot has said so far (so a question is never asked twice)."""
from __future__ import annotations

from typing import List

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_text
from bot import texts
from bot.answers.said_to_bot import answer_to_process
from bot.assessment.questions import FORMS, SCREEN_OF


def said_so_far(tracker: Tracker) -> List[str]:
    """Every line the bot has said in this conversation (each message's text, and each of
    its lines), so a question is never asked twice."""
    lines: List[str] = []
    for event in tracker.events or []:
        if event.get("event") == "bot" and event.get("text"):
            text = str(event["text"])
            lines.append(text)
            lines.extend(part for part in text.split("\n") if part.strip())
    return lines


PROCESS_FORMS = {"carer": "carer_assessment_form", "self": "self_assessment_form"}


def answer_process(dispatcher: CollectingDispatcher, tracker: Tracker,
                   asked: List[str]) -> None:
    """How long an assessment takes and that it can start now, for the one they asked about:
    the carer's assessment when they named it, explained it just now or look after someone."""
    text = latest_text(tracker).lower()
    recent = " ".join(said_so_far(tracker)[-4:]).lower()
    carer = ("carer" in text or "look after" in text or
             tracker.get_slot("jargon_term") == "Carer's assessment" or
             (tracker.get_slot("paused_form") == "carer_assessment_form") or
             ("carer" in recent and "self-assessment" not in text))
    # The deeper questions are asked only when a screening answer opens them.
    count = sum(1 for q in FORMS.get(PROCESS_FORMS["carer" if carer else "self"], [])
                if q.slot not in SCREEN_OF)
    lines = answer_to_process(asked, count)
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    start = texts.I_LOOK_AFTER_SOMEONE if carer else texts.PLAN_A_GOOD_LIFE
    dispatcher.utter_message(text=lines[-1], buttons=[start, texts.TALK_TO_A_PERSON])
