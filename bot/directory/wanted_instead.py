"""Help of another kind asked for in the middle of the questions: "what questions? i only
wanted a befriender who comes to the house. bramley LS13".

Round sixteen: that got "Sorry. Here is the question again." and the same question, in a
loop, for someone who never wanted the questions. When the words say that what they came
for was a kind of local help the directory lists (a befriender, a lunch club), the
questions are left (the answers kept) and the help is looked for. "i just want to get out
more" at "What matters most to you?" is an answer, not this: a kind of help must be named,
and it must be what they came for ("wanted", "was after") or the questions turned away
("what questions?").
"""
from __future__ import annotations

import re

from bot.directory.facets import read_activity

# "i only wanted", "all i wanted was", "i was only after", "i came on here for".
CAME_FOR = re.compile(
    r"\b(?:i|we)\s+(?:only|just)\s+(?:wanted|needed|asked for)\b|"
    r"\b(?:i|we)\s+(?:only\s+|just\s+)?came (?:on )?(?:here )?(?:for|to (?:find|get|ask "
    r"(?:for|about)))\b|"
    r"\ball (?:i|we) (?:wanted|needed|asked for|came (?:on )?(?:here )?for)\b|"
    r"\b(?:i|we) (?:was|were) (?:only |just )?(?:after|looking for|asking (?:for|about))\b",
    re.IGNORECASE)
# "what questions?", "i dont want questions", "i didnt ask for any questions".
QUESTIONS_TURNED_AWAY = re.compile(
    r"\b(?:what|which|wat|wot) questions\b|\b(?:dont|don't|do not|didnt|didn't|did not) "
    r"(?:want|need|ask for|ask) (?:any |these |all these |the |your )?questions\b|"
    r"\bno (?:more )?questions\b", re.IGNORECASE)
# "i only want", "i just need": what they came for, when the questions are turned away too.
ONLY_WANT = re.compile(r"\b(?:i|we)\s+(?:only|just)\s+(?:want|need)\b|\ball (?:i|we) "
                       r"(?:want|need)\b", re.IGNORECASE)


def wanted_help_instead(text: object) -> bool:
    """The message says what they came for was a kind of local help (a befriender, a
    lunch club), not these questions."""
    said = str(text or "")
    found = CAME_FOR.search(said)
    if not found and QUESTIONS_TURNED_AWAY.search(said):
        found = ONLY_WANT.search(said)
    return bool(found) and read_activity(said[found.end():]) is not None
