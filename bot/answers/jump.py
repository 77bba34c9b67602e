"""A wish to go to one part of the questions now: "can we do the job bit now?", "can we talk
about work first", "skip to the college part pls", "i want the frends questions".

Round 6: Jay asked three times for the job part and each wish was saved as the answer to
the question on screen. Here the wish is found and named by its Care Act area; the form
goes there (actions/form_engine.py). Saying what you want ("i want a job") at a question
stays an answer: only a wish to move to a part of the questions counts.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.text import short_words

# Spoken names of parts of the questions, by the Care Act area they lead to.
TOPICS = (
    ("work_learning", r"jobs?|work|working|employment|college|course|learning|training|"
                      r"volunteering|the job|a job"),
    ("relationships", r"friends?|frends|mates|family|people|relationships?"),
    ("community", r"going out|getting out|clubs?|groups?|things to do"),
    ("home_safe", r"home|house|housework"),
)
_TOPIC = "|".join(words for _, words in TOPICS)
PART = r"(?:bit|part|one|questions?|stuff|section|side)"
WHEN = r"(?:now|first|next|instead|please|pls|plz)"
GO = r"(?:do|go to|go on to|get to|skip to|jump to|move to|move on to|talk about|start with|have)"
WISH = re.compile(
    # "can we do the job bit now", "could we skip to work", "lets talk about college first"
    rf"\b(?:can|could|shall|may) (?:we|i|you) (?:just |please |pls )?{GO} (?:the |my |a )?"
    rf"(?:{_TOPIC})(?: {PART}(?: {WHEN})?| {WHEN})\b"
    rf"|\b(?:lets|let us|i want to|i wanna|id like to|i would like to) (?:just )?{GO} (?:the |my )?"
    rf"(?:{_TOPIC})(?: {PART}(?: {WHEN})?| {WHEN})\b"
    # "i want the job bit", "the job part now pls", "job questions first"
    rf"|\b(?:i want |i wanna |want |can i have |can we have )?(?:the |my )?(?:{_TOPIC}) {PART}"
    rf"(?: {WHEN})?\b"
    # "skip to work", "go on to the job bit"; never "i must go to work at 2", a day's plan
    rf"|\b(?:skip|jump) (?:to|on to) (?:the )?(?:{_TOPIC})\b"
    rf"|\bgo on to (?:the )?(?:{_TOPIC})\b")


def part_asked_for(text: str) -> Optional[str]:
    """The Care Act area the person wants to go to now, or None."""
    said = short_words(text, 20)
    if not said:
        return None
    found = WISH.search(said)
    if not found:
        return None
    asked = found.group(0)
    for code, words in TOPICS:
        if re.search(rf"\b(?:{words})\b", asked):
            return code
    return None
