"""A carer worn out, asking what help there is for them (round 18): "im shattered, i go round
to mums every night after work. is there any help for me" was read as a search for evening
services, and "i need support for carers like me, im running on empty" as a question about
care visits. Their own tiredness (bot/answers/own_needs.py) with a wish for help for
themselves, or with the caring they do, is the carer's route: the tiredness heard, a break,
carers' support and a carer's assessment. Pure."""
from __future__ import annotations

import re

from bot.answers.own_needs import helper_need
from bot.answers.text import words_only
from bot.sounds_like import as_meant

# Help for the speaker: "is there any help for me", "support for carers like me", "what
# help is there for me", "anything for people like me".
FOR_ME = re.compile(
    r"\b(?:help|support|anything|something)(?: is there| out there| available)? for "
    r"(?:me|myself|us|carers?|people like me|someone like me)\b|"
    r"\b(?:carers?'?s?|carer) (?:support|help|break)\b|\bsupport for carers?\b|"
    r"\b(?:a|some) (?:break|rest|respite)\b")
# Caring told: "i go round to mums every night", "looking after dad", "im up there every night".
CARING = re.compile(
    r"\b(?:go|goes|going|went|pop|nip) (?:round|over|up) (?:to|there)\b|"
    r"\blook(?:ing|ed)? after\b|\bcar(?:e|ing) for\b|\bim (?:up|round|over) there\b|"
    r"\b(?:every|each) (?:night|day|evening|morning) (?:after work|before work)\b")
# ...never a search said beside it ("im shattered lol, any bingo near ls12").
PLACE = re.compile(r"\b(?:near|in|round) (?:me|here|[a-z]{1,2}\d{1,2})\b|\b[a-z]{1,2}\d{1,2}\b")


def asks_help_when_worn_out(text: str) -> bool:
    """The speaker's own tiredness, with a wish for help for them or the caring they do."""
    meant = as_meant(str(text or ""))
    words = words_only(meant)
    if not helper_need(meant) or PLACE.search(words):
        return False
    return bool(FOR_ME.search(words) or CARING.search(words))
