"""A person saying they are not a carer: "im not a carer love", "i dont look after anybody".

Round eleven: a widower wrote "im not a carer love, jean was the one who looked after me
really. i just want a person to ring me"; the word "carer" started the carer's assessment,
and inside it "i dont look after anybody, i told you" was taken as an answer. A denial of
caring is found here, so it never starts the carer's assessment (bot/nlu/commands.py) and,
inside it, the person is offered their own questions or a way out (actions/form_engine.py).
"I'm not a very good carer" is not a denial: it is a carer talking about caring.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot import texts
from bot.answers.text import words_only

_NOBODY = r"(?:anyone|anybody|any one|nobody|no one|noone|no body|a soul)"
_CARE_FOR = r"(?:look(?:ing)? after|care for|caring for|support(?:ing)?|help(?:ing)? out)"
# Over words_only text (lower case, apostrophes dropped).
DENIES_CARING = re.compile(
    # "im not a carer", "i am not really a carer", "i m not an unpaid carer"
    r"\b(?:i am|im|i m|iam|me) not (?:really |actually |even |a carer or |anyones )?"
    r"(?:a |an |the )?(?:unpaid |family )?(?:carer|caregiver|care giver|carers)\b"
    r"(?! (?:assessment|group|break|centre|support|allowance))"
    # "i dont look after anybody", "i do not care for anyone", "i never look after anyone"
    rf"|\bi (?:dont|do not|don t|never|no longer|dont really|do not really) {_CARE_FOR} "
    rf"{_NOBODY}\b"
    # "i dont really do the caring the agency does" (round sixteen: a granddaughter whose
    # nan has paid carers); not "i dont do the caring at weekends"
    r"|\bi (?:dont|do not|don t) (?:really |actually )?do (?:the|any|much of the) caring\b"
    r"(?! (?:on|at|in|when|during|for the) )"
    # "im not looking after anyone", "i am not caring for anybody"
    rf"|\b(?:i am|im|i m) not {_CARE_FOR} {_NOBODY}\b"
    # "there is nobody i look after", "no one to look after", "i have nobody to care for"
    # (not "there is no one to look after me": that is a need)
    rf"|\b(?:nobody|no one|noone|not anyone|not anybody) (?:that |who |for me to |to )?(?:i )?"
    r"(?:look after|care for)(?= *$| (?:so|and|but|its|it s|love|really|now|anymore|any more|"
    r"honestly|tho|though|i told you)\b)")


def denies_being_a_carer(text: str) -> bool:
    """True when the person says they are not a carer, or look after nobody."""
    return bool(DENIES_CARING.search(words_only(text)))


# Outside the questions: said back, with their own questions or a person.
NOT_A_CARER = ("Sorry, I got that wrong. I will not ask you about caring. "
               "I can ask about your own life and what would help you, or a person can "
               "talk to you.")
NOT_A_CARER_BUTTONS: List[Dict[str, str]] = [texts.PLAN_A_GOOD_LIFE, texts.TALK_TO_A_PERSON,
                                             texts.FIND_LOCAL_HELP]
# Inside the carer's questions: the way out (a stop, never a pause with a code to come back),
# then their own questions or a person.
STOP_THE_QUESTIONS = {"title": "Stop the questions", "payload": "/stop"}
NOT_A_CARER_IN_FORM = ("Sorry, I got that wrong. These questions are for people who look "
                       "after someone. Choose Stop the questions to leave them. Then you can "
                       "choose Plan for a good life, or talk to a person.")
NOT_A_CARER_IN_FORM_BUTTONS: List[Dict[str, str]] = [STOP_THE_QUESTIONS, texts.TALK_TO_A_PERSON]


def all_texts() -> Dict[str, str]:
    return {"not_a_carer.NOT_A_CARER": NOT_A_CARER,
            "not_a_carer.NOT_A_CARER_IN_FORM": NOT_A_CARER_IN_FORM,
            "not_a_carer.button": STOP_THE_QUESTIONS["title"]}
