"""A carer on their own with the caring: "i'm on my own with it all", "ive looked after him on
my own for nine years". That is no help with caring, not loneliness: what fits is a break, a
carer's assessment and a plan for an emergency, not befriending (round fifteen: an exhausted
carer was told "It sounds lonely" and sent to volunteering). Befriending only when they say
they are lonely. Pure: read on the words of a message (no apostrophes, lower case).
"""
from __future__ import annotations

import re

from bot.answers.text import clean, words_only

# The carer alone ("i am alone with him"), never someone else ("she lives alone with her cat").
_ALONE = (r"(?:on my own|on me own|by myself|(?:im|i am|i m|been|left|were|was) (?:all )?alone|"
          r"single handed(?:ly)?)")
_WHOM = r"(?:him|her|them|it|it all|all of it|all|everything|the lot|the caring|this|mum|dad|my (?!thoughts|cat|dog|telly|tv)\w+)"
# (never "i can do it by myself", "i manage on my own": doing things for themselves)
_CARE = (r"(?:look(?:ing|ed|s)? after|car(?:e|ed|ing) for|nurs(?:e|ed|ing)|do(?:ing)? (?:"
         r"everything|the lot|all of it|it all)|deal(?:ing|t)? with (?:him|her|everything|"
         r"it all)|juggl(?:e|ed|ing) (?:it all|everything))")
CARING_ALONE = re.compile(
    rf"\b{_ALONE} with {_WHOM}\b(?! (?:cat|dog|thoughts|telly|tv)\b)"  # "on my own with it all"
    rf"|\b{_CARE}(?: \w+){{0,4}} {_ALONE}\b"             # "looked after him on my own"
    rf"|\b{_ALONE} (?:looking after|caring for|caring|doing (?:it|everything))\b"
    r"|\b(?:no|without any|without) (?:one|body|help|support) (?:to )?help(?:ing)?(?: me)?\b"
    r"|\bno (?:help|support) (?:with (?:him|her|them|it|the caring)|at all|from anyone)\b"
    r"|\b(?:nobody|no one|noone) (?:else )?(?:helps|to help|to share|shares)\b")
# Being lonely, said in so many words: befriending and groups still fit.
SAYS_LONELY = re.compile(r"\b(?:lonely|loneliness|isolated|no one to talk to|nobody to talk to|"
                         r"no friends|miss (?:having )?company|(?:four|4) walls|"
                         r"(?:dont|never) see (?:anyone|anybody|a soul))\b")


def caring_alone(text: str) -> bool:
    """ "i'm on my own with it all": they care with no one to help."""
    return bool(CARING_ALONE.search(words_only(clean(str(text or "")))))


def without_caring_alone(text: str) -> str:
    """The words with the caring-alone part taken out, so "on my own" in it is not read as
    loneliness: "im on my own with it all, im shattered" -> "im , im shattered"."""
    return CARING_ALONE.sub(" ", words_only(clean(str(text or ""))))


def says_lonely(text: str) -> bool:
    return bool(SAYS_LONELY.search(words_only(clean(str(text or "")))))
