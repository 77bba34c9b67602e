"""An answer with a request or a question at its end: "shes kind. look can we speed up a
bit", "she used to go to church. can we skip the rest, i need to get back to work",
"Getting my breath back. And what does reablement mean?".

Testers' whole messages were saved as the answer and the request at the end was never
answered. Here the message is split at its last sentences: the answer part is kept as the
answer, and the request (hurry, how many left, stop for now, a care word) is answered too.
A message that is only a request is not this module's business (bot.answers.requests).
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Tuple

from bot.answers.care_costs import asks_about_care_costs
from bot.answers.requests import classify_request
from bot.answers.short_of_time import LEAVING_SOON

# "can we speed up a bit", "how many left now", "is this nearly done"
HURRY = re.compile(r"\b(?:speed (?:this |it |things )?up|hurry (?:up|this|it)|be quick(?:er)?|"
                   r"go (?:a bit )?faster|quicker|how (?:many|much) (?:more|left|longer)|"
                   r"how many (?:questions )?(?:are )?left|how long (?:is|will) (?:this|it)|"
                   r"(?:nearly|almost) (?:done|finished|there))\b", re.I)
# "can we skip the rest", "i need to get back to work", "got to go in 5 mins"
# Leaving soon is one idea with short_of_time's: its words, plus the ways of putting off the rest.
LEAVE = re.compile(LEAVING_SOON.pattern + r"|\b(?:skip (?:the )?rest|(?:finish|do) (?:the rest|"
                   r"this|it) later|come back (?:to (?:this|it) )?later|carry on later|"
                   r"no time (?:for|left)|out of time)\b", re.I)
PARTS = re.compile(r"(?<=[.!?])\s+|\s*[,;]\s+|\s+-\s+|\s+(?:and|but|also) (?=(?:what|whats|"
                   r"what's|how|can|could|is|are|does|do)\b)", re.I)
# "can you help with money?", "is there any help with money": asked, not told.
MONEY = re.compile(r"\b(?:help|advice|support) (?:with|for|about) (?:money|bills|benefits|"
                   r"debts?|paying)\b|\bmoney (?:help|advice)\b|\bany (?:money|benefits?)\b.*\?",
                   re.I)
ASKS = re.compile(r"\?|^\W*(?:can|could|is|are|do|does|will|would)\b", re.I)
MIN_ANSWER_WORDS = 2


def request_kind(part: str, is_term_question: Callable[[str], bool]) -> Optional[str]:
    """ "hurry", "leave", "explain_term", "care_costs" or "money" for one part of a message, else None."""
    if LEAVE.search(part):
        return "leave"
    if HURRY.search(part):
        return "hurry"
    found = classify_request(part)
    if found is not None and found.kind in ("how_many_more",):
        return "hurry"
    if found is not None and found.kind in ("pause", "stop"):
        return "leave"
    if is_term_question(part):
        return "explain_term"
    if asks_about_care_costs(part):
        return "care_costs"
    if MONEY.search(part) and ASKS.search(part):
        return "money"
    return None


def answer_then_request(text: str, is_term_question: Callable[[str], bool]
                        ) -> Optional[Tuple[str, str, str]]:
    """(the answer part, the request kind, the request's words), or None.

    The request must come after an answer of at least two words; everything from the first
    part that asks is the request (a reason may follow it: "i need to get back to work")."""
    text = text.strip()
    starts = [0] + [m.end() for m in PARTS.finditer(text)]
    if len(starts) < 2:
        return None
    for index in range(1, len(starts)):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        kind = request_kind(text[starts[index]:end], is_term_question)
        if kind is None:
            continue
        answer = text[:starts[index]].strip(" ,;-")
        if len(answer.split()) < MIN_ANSWER_WORDS or request_kind(answer, lambda _: False):
            return None
        return answer, kind, text[starts[index]:].strip()
    return None
