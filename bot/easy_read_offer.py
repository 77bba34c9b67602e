"""Offering easy read when the messages show it would help, once.

Round five: a young adult with a learning disability wrote "i wont a job", "wots a job
coach", "dont no", "frends" and was never told that the chat can use easier words. When two
short messages in a conversation are spelt by sound (bot/sounds_like.py) and easy read is
not on, the bot says once how to turn it on. Only on the web chat, where the button is.
"""
from __future__ import annotations

from typing import Any, Dict, Iterable

from bot.easy_read_request import OFF, ON
from bot.sounds_like import respelt

OFFER = ("Would easier words help? Tap Easy read layout at the top of the chat. "
         "I will use short, simple sentences.")
SHORT_WORDS = 12
SIGNS_NEEDED = 2


def shows_easy_read_would_help(typed: Iterable[str]) -> bool:
    """Two short messages (or more) spelt by sound."""
    signs = sum(1 for text in typed
                if text and not text.startswith("/") and len(text.split()) <= SHORT_WORDS
                and respelt(text))
    return signs >= SIGNS_NEEDED


def should_offer(typed: Iterable[str], said: Iterable[str], metadata: Dict[str, Any],
                 channel: str) -> bool:
    """Whether to offer easy read now: web chat, not on already, not offered before."""
    if channel != "web" or (metadata or {}).get("easy_read") is True:
        return False
    if any(OFFER in (line or "") for line in said):
        return False
    # Asked for in words already (round nine: offered again while it was on).
    if any((line or "").startswith((ON, OFF)) for line in said):
        return False
    return shows_easy_read_would_help(typed)


def offered_in(said: Iterable[str]) -> bool:
    """Whether the easy read offer is among the bot's messages given (those since the
    person last spoke): a yes then is a yes to easier words."""
    return any(OFFER in (line or "") for line in said)


def all_texts() -> Dict[str, str]:
    return {"easy_read_offer/OFFER": OFFER}
