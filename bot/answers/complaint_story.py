"""A complaint as the person told it, and "will the carer find out it was me?".

The complaint hand-off must carry the person's own complaint words from the whole
conversation, in order (the late carer, the missed visit, waiting for the toilet), not only
the last message ("no not like that, nobody hits me"). Pure functions: the actions give
them what was typed.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, List

from bot.answers.complaint_private import asks_if_kept_private
from bot.answers.contact import parse_contact
from bot.answers.text import words_only

MIN_WORDS = 8          # a survey answer ("mostly", "its ok i guess") is not the story
MAX_EACH = 700
MAX_ALL = 3000

def only_contact(text: str) -> bool:
    """ "0113 496 0722 thats my landline": contact details, not the story."""
    found = parse_contact(text)
    if not (found.phone or found.email or found.address):
        return False
    rest = re.sub(r"[\d@.+()-]+", " ", text)
    return len(words_only(rest).split()) < MIN_WORDS


# Words to the bot about the chat, never the story (round twelve: the complaint for staff
# held "hello i got a text... is this where i do it", "change 6, i meant the middle one" and
# "who will read my complaint").
SURVEY_CHANGE = re.compile(r"^(?:no+ |ok |sorry |oops )?(?:can i |i want to |please )?change "
                           r"(?:answer |number |question |no )?\d+\b")
ABOUT_THE_CHAT = re.compile(
    r"\bis (?:this|it|here) (?:where|the right place|the place|the right thing|right)\b|"
    r"\b(?:wrong|right) place\b|\bgot a (?:text|message|letter|link)\b.*\b(?:feedback|survey)\b")
ABOUT_THE_COMPLAINT = re.compile(r"^(?:who|what|when|how|will|does|is|where)\b.*"
                                 r"\bcomplain")
MAX_QUESTION_WORDS = 14


def said_to_the_bot(text: str) -> bool:
    """ "change 6, i meant the middle one", "hello i got a text... is this where i do it",
    "who will read my complaint": about the chat or the complaint, not the complaint."""
    words = words_only(text)
    return bool(SURVEY_CHANGE.match(words) or ABOUT_THE_CHAT.search(words) or (
        len(words.split()) <= MAX_QUESTION_WORDS and ABOUT_THE_COMPLAINT.match(words)))


def complaint_messages(messages: Iterable[str], is_complaint: Callable[[str], bool],
                       is_question: Callable[[str], bool]) -> List[str]:
    """Every message that tells the complaint, oldest first: each that complains, and each
    longer message of the story; not button presses, short survey answers, contact details
    or questions about the call back or complaint itself."""
    kept: List[str] = []
    for said in messages:
        said = " ".join((said or "").split())
        if not said or said.startswith("/") or said in kept:
            continue
        if is_question(said) or asks_if_kept_private(said) or only_contact(said) or \
                said_to_the_bot(said):
            continue
        if is_complaint(said) or len(words_only(said).split()) >= MIN_WORDS:
            kept.append(said[:MAX_EACH])
    return kept


def complaint_text(parts: List[str]) -> str:
    """Joined for the hand-off, oldest first (the story usually comes before "I want to
    complain"); cut at the end when very long."""
    text = " / ".join(parts)
    return text if len(text) <= MAX_ALL else text[:MAX_ALL - 3] + "..."
