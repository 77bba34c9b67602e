"""Answers two or three questions asked in one message, each with the answer it would get
alone, in the order asked (bot/answers/several_questions.py reads them). Outside a form
the conversation then stays where it was; in a form the same question is asked again."""
from __future__ import annotations

from typing import Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.callback import answer_question
from actions.process_questions import answer_process
from bot.answers import safeguarding_questions
from bot import texts
from bot.answers import several_questions as several
from bot.answers.callback_talk import SHARED_DEVICE
from bot.answers.care_costs import answer as care_costs_answer
from bot.answers.money_questions import buttons_for, lines_for
from bot.answers.said_to_bot import process_questions
from bot.sounds_like import as_meant
from jargon import glossary


def say_money_answer(dispatcher: CollectingDispatcher, kind: str, buttons: bool = True,
                     last: bool = True) -> None:
    """Section 117 aftercare is free, or a benefits adviser can check (its lines, and the
    buttons on the last one unless ``buttons`` is False). Not ``last``: another money
    answer follows, which offers the person once for both."""
    lines = lines_for(kind)
    if not last:
        for line in lines[:-1]:
            dispatcher.utter_message(text=line)
        return
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=lines[-1], buttons=buttons_for(kind) if buttons else None)


def answer_each(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                in_form_progress: Optional[str] = None) -> bool:
    """Answers each question in ``text``; False when it is not several questions (the
    usual readers then answer it). In a form, ``in_form_progress`` ("About 5 more...")
    answers "how long does this take?" and no start buttons are shown."""
    asked = several.questions_asked(text)
    if not asked or (tracker.get_slot("shown_services") and
                     any(kind == several.NOT_OURS for kind, _ in asked)):
        # ("is it free? and what is a day centre?" after places were shown: the places'
        # own follow-ups may answer the first, so the message is left to them.)
        return False
    # Lazy: jargon.check loads spaCy; importing the form engine must not.
    from jargon.check import explain

    money = [i for i, (kind, _) in enumerate(asked) if kind in several.MONEY_KINDS]
    for i, (kind, words) in enumerate(asked):
        if kind == several.TERM:
            for entry in glossary.find_terms(as_meant(words))[:2]:
                dispatcher.utter_message(text=explain(entry.headword))
        elif kind == several.PROCESS and in_form_progress:
            dispatcher.utter_message(text=in_form_progress)
        elif kind == several.PROCESS:
            answer_process(dispatcher, tracker, process_questions(words))
        elif kind in several.MONEY_KINDS:
            say_money_answer(dispatcher, kind, buttons=in_form_progress is None,
                             last=i == money[-1])
        elif kind == several.COSTS:
            dispatcher.utter_message(text=care_costs_answer())
        elif kind == several.KEPT:
            dispatcher.utter_message(text=texts.kept_answer())
        elif kind == several.SHARED:
            answer_question(dispatcher, tracker, SHARED_DEVICE)
        elif kind == several.NOT_OURS and safeguarding_questions.answer(text):
            # "is that the police?", "would they go and see him?": plain and true (round
            # fourteen: "I cannot answer your other question myself").
            for line in safeguarding_questions.answer(text):
                if line == safeguarding_questions.SAFEGUARDING_MEANS:
                    continue   # (the word itself is explained above)
                dispatcher.utter_message(text=line)
        elif kind == several.NOT_OURS and in_form_progress is None:
            dispatcher.utter_message(text=texts.NOT_OUR_QUESTION,
                                     buttons=[texts.TALK_TO_A_PERSON])
    return True
