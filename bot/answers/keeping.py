"""A question about keeping what people type, asked at the consent question.

Round nine: "wot dose 90 days mean" at "I will keep your answers for 90 days... Is that
OK?" was told "Please say yes or no". A question about the consent is answered (what is
kept, for how long, who sees it, how to delete it), then the same question is asked again.
"""
from __future__ import annotations

import re

from bot.answers.text import words_only

# Over words_only text: misspellings by sound are common here ("wot dose", "meen").
ABOUT_KEEPING = re.compile(
    r"\b(?:\d+|ninety) days?\b"
    r"|\b(?:who|whom) (?:sees|can see|will see|gets|reads|can read|looks at)\b"
    r"|\bwhat (?:happens|will happen) (?:to|with) (?:it|my|them|the|this)\b"
    r"|\b(?:keep|kept|store|stored|save|saved) (?:it|them|my|what)\b.*\b(?:why|how long|where)\b"
    r"|\b(?:why|how long|where) (?:do|will|would) (?:you|u|they) (?:keep|store|save)\b"
    r"|\bdelete (?:it|them|my answers)\b.*\b(?:how|can i)\b|\bhow (?:do|can) i delete\b"
    r"|\bwhat (?:does|dose|do|dos) (?:that|this|it|keep|kept) (?:mean|meen|mene)\b"
    r"|\bwhat (?:is|does) (?:consent|keeping)\b")
# "yes thats ok" and "no thanks" are answers, not questions.
ASKS = re.compile(r"\?|^(?:what|wot|wat|who|why|how|where|when|does|dose|do|can|will|is)\b")


def asks_about_keeping(text: str) -> bool:
    """True when a reply at the consent question asks about what is kept, not yes or no."""
    words = words_only(text)
    return bool(words) and bool(ABOUT_KEEPING.search(words)) and bool(
        ASKS.search(text.strip().lower()) or ASKS.search(words))
