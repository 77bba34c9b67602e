"""Questions about the carer's assessment, and changing one's mind about it.

"does the carers assessment cost money", "whats a carers assessment exactly? is it them
coming to check up on me" are questions, not a wish to start it (round fourteen: the
consent prompt came instead of the answer, four times in one conversation). They are
answered plainly: what it is, that it is free, and that it is about the carer, not a check
on them. "ive changed my mind, you can keep my answers" after "No, thank you" is a yes to
the consent, not a goal. Pure functions: the actions give them what was typed.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot.answers.said_to_bot import how_long_line, process_questions
from bot.answers.text import words_only

_CA = r"(?:carers?|carer s|cares|carers ?s) ?(?:assessment|assesment|assessmant|assesmant|assessement)"
_IT = rf"(?:the |a |this |that |my )?(?:{_CA}|it|that|this|one)"
COST = re.compile(
    r"\b(?:does|do|will|would|is|if|whether|will i|would i|do i|does it|is it)\b(?:\s+\S+){0,6}?\s*"
    r"(?:cost|costs|charge|charged|pay|paying|payment|free|money|fee|price)\b"
    r"|\b(?:how much|what does it cost|is there a (?:charge|fee|cost))\b")
WHAT = re.compile(
    rf"\b(?:what|wat|wot|whats|wats|whatis)\s+(?:is |s |exactly is )?(?:a |an |the |this )?{_CA}\b"
    rf"|\b{_CA}\b(?:\s+\S+){{0,3}}?\s+(?:exactly|mean|means|involve|involves)\b"
    rf"|\b(?:is it|is that|are they|do they|will they)\b(?:\s+\S+){{0,3}}?\s+(?:check up on|check on|"
    r"checking up|judge|judging|inspect|see if i cope|see if im coping|see if i am coping)\b")
# "is it them coming to check up on me": the fear of being judged, met plainly.
WORRY = re.compile(r"\b(?:check up|checking up|check on|checking on|judge|judging|inspect|"
                   r"inspecting|not coping|see if i cope|see if im coping|think im not coping)\b")
MENTIONS = re.compile(rf"\b{_CA}\b|\bassessment\b")
ASKS = re.compile(r"\?|^(?:what|whats|wats|wat|wot|does|do|is|how|will|would|can|i was asking|i only "
                  r"asked|i asked|im asking|i am asking|just asking)\b|\bi (?:was|am|m) (?:only |"
                  r"just )?asking\b|\bi only asked\b")
# "ive changed my mind, you can keep my answers", "ok you can keep them now", "actually yes
# keep my answers": the consent given after all.
CHANGED_MIND = re.compile(
    r"\b(?:changed my mind|change my mind|changed me mind|on second thoughts|actually yes|"
    r"i will do it|ill do it|i want to do it)\b"
    r"|\b(?:you can|u can|please|ok|okay|yes|fine)\s+(?:now\s+)?keep\s+(?:my|the|them|it|all)\b")
STARTS_AGAIN = re.compile(r"\b(?:keep|kept|do it|do the|start|assessment|form|questions|"
                          r"answers)\b")

IS_FREE = ("A carer's assessment is free. It is a talk about the caring you do, your own life "
           "and health. It looks at what would help you.")
NOT_A_CHECK = ("It is about you and what would help you. It is not a check on how you care, "
               "and nobody is judging you.")
WHAT_IT_IS = ("A carer's assessment is a talk about the caring you do, your own life and "
              "health. It looks at what would help you. It is free, and it can lead to a "
              "break or other help.")
WHO_SEES_LINE = ("Only the care team can see your answers. They are kept for {days} days, and "
                 "you can ask me to delete them at any time.")
START_IF_YOU_LIKE = "If you would like to do it, tap I look after someone when you are ready."


def carer_assessment_question(text: str) -> str:
    """ "cost" or "what" when this message asks about the carer's assessment; else ""."""
    if not text or text.startswith("/"):
        return ""
    plain = words_only(text)
    if not MENTIONS.search(plain) or not ASKS.search(plain):
        return ""
    if COST.search(plain):
        return "cost"
    if WHAT.search(plain) and WORRY.search(plain):
        # (a plain "what is a carers assessment" is the glossary's: its definition)
        return "what"
    return ""


# "who sees it", "who will read my answers": who the answers go to.
WHO_SEES = re.compile(r"\bwho (?:sees|will see|can see|gets to see|reads|will read|can read|"
                      r"looks at|will look at|gets|has access to)\b|\bis it (?:private|"
                      r"confidential)\b|\bwill (?:anyone|my \w+|he|she|they) (?:see|read)\b")
WHAT_IS = re.compile(rf"\b(?:what|wat|wot|whats|wats)\s+(?:is |s |exactly is |does )?"
                     rf"(?:a |an |the |this )?{_CA}\b"
                     rf"|\b{_CA}\b(?:\s+\S+){{0,3}}?\s+(?:exactly|mean|means|involve|involves)\b")
FREE = re.compile(r"\b(?:free|cost|costs|pay|charge|how much)\b")


def asked_before_starting(text: str) -> List[str]:
    """What the message that opened an assessment asks about it, in the order answered:
    "how_long", "what", "cost", "who_sees". "how long is the carers assessment" is a
    question (round fifteen: the privacy notice came, the length never did); "i want to do
    the carers assessment" asks nothing."""
    if not text or text.startswith("/"):
        return []
    plain = words_only(text)
    if not MENTIONS.search(plain) and "how_long" not in process_questions(text):
        return []
    found = []
    if "how_long" in process_questions(text):
        found.append("how_long")
    if WHAT_IS.search(plain):
        found.append("what")
    if FREE.search(plain) and (COST.search(plain) or ASKS.search(plain)):
        found.append("cost")
    if WHO_SEES.search(plain):
        found.append("who_sees")
    return found


def answer_before_starting(text: str, questions: int, days: int = 90) -> List[str]:
    """The plain answers to what the opening message asked, said before the privacy notice;
    [] when it asked nothing. questions: how many the form asks; days: how long answers
    are kept."""
    asked = asked_before_starting(text)
    lines = []
    if "what" in asked:
        lines.append(WHAT_IT_IS)
    elif "cost" in asked:
        lines.append(IS_FREE)
    if "how_long" in asked:
        lines.append(how_long_line(questions))
    if "who_sees" in asked:
        lines.append(WHO_SEES_LINE.format(days=days))
    return lines


def answer(text: str) -> List[str]:
    """The plain answer to a question about the carer's assessment, or []."""
    kind = carer_assessment_question(text)
    if not kind:
        return []
    lines = [IS_FREE if kind == "cost" else WHAT_IT_IS]
    if WORRY.search(words_only(text)):
        lines.append(NOT_A_CHECK)
    return lines


def changes_mind(text: str) -> bool:
    """ "ive changed my mind, you can keep my answers": a yes to the consent after a no."""
    plain = words_only(text or "")
    return bool(CHANGED_MIND.search(plain)) and bool(STARTS_AGAIN.search(plain))


def all_texts() -> Dict[str, str]:
    """Lines said to the person (bot/bot_words.py)."""
    return {"carer_assessment_question.is_free": IS_FREE,
            "carer_assessment_question.not_a_check": NOT_A_CHECK,
            "carer_assessment_question.what_it_is": WHAT_IT_IS,
            "carer_assessment_question.start": START_IF_YOU_LIKE,
            "carer_assessment_question.who_sees": WHO_SEES_LINE.format(days=90)}
