"""A worry put back after the bot noted it as "not a worry" (round seventeen).

After the gas card inside the self-assessment, "shes not in danger right now, im asking for
help for it" was noted as "you said this is not a worry"; then "it is a worry tho!! the gas
thing is the reason im here. good day is pottering in garden with radio on" was not taken as
a correction, and the whole message was kept as "A good day". Here: does the message say it
IS a worry (``puts_worry_back``), and what is left of it as the answer (``answer_left``).
Read only after such a note was made in this conversation (the actions check that).
"""
from __future__ import annotations

import re
from typing import Dict

from bot.answers.text import clean, words_only
from bot.sounds_like import as_meant

# What staff read on the hand-off, and what the person is told.
WORRY_PUT_BACK = "The person then said it IS a worry, the main reason they came"
PUT_BACK = ("Sorry, I got that wrong. I have changed my note: this is a worry. The team will "
            "see it as the main thing you came about.")

# "it is a worry tho", "it IS a worry!!", "its still a big worry", "that is the problem",
# "it does worry me", "i never said it wasnt a worry",
# "the gas thing is the reason im here", "thats why im on here".
WORRY = (r"(?:worry|worrie|concern|problem|issue|danger|risk)")
# Only "it", "that", "the ... thing": the thing noted, never a new one ("her memory is a
# worry", "im worried about her memory" at a later question are answers, not this).
IT_IS = re.compile(
    r"\b(?:it|that|this|thats|its|it s|the \w+ thing)\s*(?:is|s|was|will be)?\s+(?:still |"
    r"definitely |really |very much |def |deffo |absolutely |honestly )?(?:a |the )(?:big |real |"
    r"huge |massive |serious |main |major |proper )?" + WORRY + r"s?\b"
    r"|\b(?:it|that|this) (?:does|do|really|still) (?:worry|worries|scare|scares) me\b"
    r"|\b(?:it|that|this) (?:worries|scares) me\b"
    r"|\b(?:i )?(?:never|didnt|did not|dont|do not) (?:say|said|mean|meant) (?:it|that|its)? ?"
    r"(?:wasnt|was not|isnt|is not|not) (?:a )?" + WORRY + r"\b"
    r"|\b(?:the )?(?:reason|why) (?:im|i am|i m|i came|ive come|i have come) (?:here|on here|"
    r"doing this|asking|on)\b|\bwhy (?:im|i am|i m) (?:here|on here|doing this|asking)\b")
# "its not a worry", "no worries", "it was a worry but its fine now": not put back.
NOT_A_WORRY = re.compile(
    r"\b(?:not|isnt|is not|wasnt|was not|no longer|never) (?:a |really a |much of a )?" + WORRY +
    r"s?\b(?! (?:tho|though))|\bno (?:worry|worries)\b|\b(?:fine|ok|okay|sorted) now\b")
NEVER_SAID = re.compile(r"\b(?:never|didnt|did not|dont|do not) (?:say|said|mean|meant)\b")
PARTS = re.compile(r"(?<=[.!?])\s+|\s*!{2,}\s*|\s*[,;]\s+(?=(?:good day|a good day|and|but)\b)",
                   re.IGNORECASE)


def _says_worry(words: str) -> bool:
    if not IT_IS.search(words):
        return False
    return bool(NEVER_SAID.search(words)) or not NOT_A_WORRY.search(words)


def puts_worry_back(text: str) -> bool:
    """The message says the thing noted as not a worry IS one ("it is a worry tho!!")."""
    return _says_worry(words_only(as_meant(clean(text or ""))))


def answer_left(text: str) -> str:
    """The message without its parts that put the worry back: "good day is pottering in
    garden with radio on" from the tester's message; "" when nothing else was said."""
    said = clean(text or "")
    kept = [p.strip(" ,;") for p in PARTS.split(said)
            if p.strip(" ,;.!?") and not _says_worry(words_only(as_meant(p)))]
    return " ".join(kept).strip()


def all_texts() -> Dict[str, str]:
    return {"worry_stands/PUT_BACK": PUT_BACK, "worry_stands/WORRY_PUT_BACK": WORRY_PUT_BACK}
