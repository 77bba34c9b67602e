"""Two or three questions in one message, each one the bot can answer, in the order asked.

Round ten: "whats an ombudsman and if i get a job do i lose my PIP", "what is LPA? and how
long does this take?", "is it saved? can my son see it?" got one answer, or none. The
message is cut into its questions; each is read by the reader that already exists for it
(a care word: the jargon buster; how long or start now: ``process_questions``; who can see
it or whether it is kept: ``callback_question`` and ``asks_about_keeping``). What is
answered, and how, stays with those readers' own answering code (actions/several_questions.py).
"""
from __future__ import annotations

import re
from typing import List, Tuple

from bot.answers.callback_talk import SHARED_DEVICE, callback_question
from bot.answers.care_costs import asks_about_care_costs
from bot.answers.keeping import asks_about_keeping
from bot.answers.money_questions import CHC_NAMED, money_question
from bot.answers.said_to_bot import process_questions
from bot.sounds_like import as_meant
from jargon import glossary

TERM = "term"
PROCESS = "process"
KEPT = "kept"
SHARED = "shared_device"
COSTS = "care_costs"
S117 = "section_117"      # "do I have to pay for s117 aftercare?": it is free, ask the team
BENEFITS = "benefits"     # "would it count as income for UC?": a benefits adviser can check
CHC = "continuing_healthcare"   # "does the nhs pay for his care home?": with CHC, all of it
DIRECT_PAYMENT_CARE_HOME = "direct_payment_care_home"   # not usually for a care home
MONEY_KINDS = (S117, BENEFITS, CHC, DIRECT_PAYMENT_CARE_HOME)
# A question the bot has no answer for ("if i get a job do i lose my PIP"): said honestly.
NOT_OURS = "not_ours"

_STARTS_A_QUESTION = (r"(?:if|what|whats|what's|wots?|wat|wats|how|is|are|can|could|will|would|"
                      r"do|does|did|who|why|when|where|has|have)\b")
# Where one question ends and the next begins: after a question mark, at a full stop, or
# at "and" / a comma before a question word ("whats an ombudsman and if i get a job...").
PARTS = re.compile(rf"(?<=\?)\s*|[.;!]+\s+|\s*,?\s+(?:and|also|plus|oh and)\s+(?={_STARTS_A_QUESTION})"
                   rf"|\s*,\s+(?={_STARTS_A_QUESTION})", re.IGNORECASE)
# "whats a changing places toilet", "what is LPA?", "what does DoLS stand for": a meaning.
ASKS_A_MEANING = re.compile(r"\b(?:what|wot|wat)(?:'s|s| is| are| does| do)?\b|\bwhats\b|\bmeans?\b|"
                            r"\bstand for\b|\bexplain\b", re.IGNORECASE)
# "is it saved?", "has that been kept", "do you keep this": whether their words are kept.
ASKS_IF_KEPT = re.compile(
    r"\b(?:is|has|have|was|were|are|did)\s+(?:it|this|that|they|my \w+|everything|all that)\s+"
    r"(?:been\s+)?(?:saved|kept|stored|recorded|saving|keeping)\b"
    r"|\b(?:do|did|will|are)\s+(?:you|u)\s+(?:save|keep|store|record|saving|keeping)\s+"
    r"(?:it|this|that|my|what|everything)\b", re.IGNORECASE)


# "whats a FACE assessment. and DoLS?": a care word asked on its own after another.
MAX_BARE_TERM_WORDS = 4


BARE_ASK = re.compile(r"\?\s*$|^\W*(?:and|or|also|plus)\b", re.IGNORECASE)


def asks_bare(part: str) -> bool:
    """ "and DoLS?": a few words asked after another question, not "my mum has dementia"."""
    return len(part.split()) <= MAX_BARE_TERM_WORDS and bool(BARE_ASK.search(part.strip()))


# "what does that mean", "whats that", "what does it stand for": a question about the piece
# before it (round sixteen: "it says CHC? what does that mean" read as "what does keeping
# my answers mean").
POINTS_BACK = re.compile(
    r"^\W*(?:(?:and|so|but|ok|right)\s+)?(?:what|wot|wat)(?:'s|s| is| does| do| dose)?\s+"
    r"(?:that|this|it|they)(?:\s+(?:mean|means|meen|stand for|mean for us|mean for me|mean for him|"
    r"mean for her))?\W*$", re.IGNORECASE)


def question_parts(text: str) -> List[str]:
    """The message cut into the questions (and other pieces) it holds, in order; "what does
    that mean" after a piece naming a care word is one question with that piece."""
    parts = [part.strip(" ,") for part in PARTS.split(text or "") if part and part.strip(" ,?.")]
    joined: List[str] = []
    for part in parts:
        if joined and POINTS_BACK.search(part) and glossary.find_terms(as_meant(joined[-1])):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


# "it also says s117 aftercare" after "does the nhs pay for his care home?": the paying
# question asked about that word too (round sixteen: only one of them was answered).
NAMES_S117 = re.compile(r"\b(?:s|sec|section)\s?\.?\s?117\b|\b117 ?after ?care\b", re.IGNORECASE)


def money_kind_named(part: str) -> str | None:
    """The money question a piece names without asking it ("it also says s117 aftercare")."""
    if NAMES_S117.search(part):
        return S117
    if money_question(f"who pays? {part}") == CHC:
        return CHC
    return None


def kind_of(part: str) -> str | None:
    """What one question asks, when it is one the bot can answer; None otherwise."""
    meant = as_meant(part)
    if callback_question(part) == SHARED_DEVICE:
        return SHARED                          # "can my son see it?"
    if ASKS_IF_KEPT.search(meant) or asks_about_keeping(part):
        return KEPT                            # "is it saved?", "who sees it?"
    if process_questions(part):
        return PROCESS                         # "how long does this take?"
    if (money := money_question(part)) is not None:
        return money                           # "do I pay for s117?", "will I lose my PIP?"
    if asks_about_care_costs(part):
        return COSTS                           # "will mum have to pay?"
    if (ASKS_A_MEANING.search(meant) or asks_bare(part)) and glossary.find_terms(meant):
        return TERM                            # "whats an ombudsman", "and DoLS?"
    return None


def questions_asked(text: str) -> List[Tuple[str, str]]:
    """(kind, words) for each question the bot can answer, in the order asked, then
    (NOT_OURS, "") when one of them is not ours to answer; empty when the message holds one
    piece (the usual readers answer a single question) or more than questions."""
    if not text or text.startswith("/"):
        return []
    parts = question_parts(text)
    if len(parts) < 2:
        return []
    kinds = {part: kind_of(part) for part in parts}
    if any(CHC_NAMED.search(part) for part in parts):
        # "you didnt say about CHC. who pays for it?": paying, with CHC.
        kinds = {part: CHC if kind == COSTS else kind for part, kind in kinds.items()}
    if any(kind in MONEY_KINDS for kind in kinds.values()):
        kinds = {part: kind or money_kind_named(part) for part, kind in kinds.items()}
    found = [(kind, part) for part in parts if (kind := kinds[part]) is not None]
    if not found or not all(is_a_question(part) or kinds[part] for part in parts):
        # "my garden. will i have to pay?": an answer with a question after it is read
        # where answers are read (bot/answers/trailing.py).
        return []
    # Two pieces about one thing ("does it take long? could i start it now") are one
    # question, with the words of both; two care words are two.
    merged: List[Tuple[str, str]] = []
    for kind, part in found:
        same = next((i for i, (k, _) in enumerate(merged) if k == kind and kind != TERM), None)
        if same is None:
            merged.append((kind, part))
        else:
            merged[same] = (kind, f"{merged[same][1]} {part}")
    found = merged
    if any(is_a_question(part) and kinds[part] is None for part in parts):
        found.append((NOT_OURS, ""))
    return found


ASKS = re.compile(rf"\?\s*$|^\W*(?:and |but |so |also )?{_STARTS_A_QUESTION}", re.IGNORECASE)


def is_a_question(part: str) -> bool:
    return bool(ASKS.search(part.strip()))
