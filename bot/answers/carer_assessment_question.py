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

from bot.answers.text import words_only

_CA = r"(?:carers?|carer s|cares|carers ?s) ?(?:assessment|assesment|assessmant|assesmant|assessement)"
_IT = rf"(?:the |a |this |that |my )?(?:{_CA}|it|that|this|one)"
COST = re.compile(
    rf"\b(?:does|do|will|would|is|if|whether|will i|would i|do i|does it|is it)\b(?:\s+\S+){{0,6}}?\s*"
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
            "carer_assessment_question.start": START_IF_YOU_LIKE}
