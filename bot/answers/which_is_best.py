""""Which one is best?" after a list of places: an honest answer, not the fallback.

Round fourteen: "wich 1 is best", "the job ones. wich 1 shud i do" after three cards were
dropped (the menu, or the same cards again). The bot cannot know which place suits a
person, so it says so, and says how to pick: the nearest, the day that suits, or ring and
ask. A question about one thing ("which one is on a friday", "which is nearest", "which
one is free") is a follow-up the directory answers, and is not this.

Read the message through bot/sounds_like.as_meant first ("wich", "shud", "bst").
"""
from __future__ import annotations

import re
from typing import Dict, List

LINES = ("I cannot choose for you. You know best what you like.",
         "Here is a way to pick.",
         "Pick the one that is nearest, or on a day that suits you.",
         "You can ring them first and ask what it is like.")

_ONE = r"(?: one| 1| of (?:them|these|those)| place| club| group| ones?)"
# "which is best", "which one", "what one": never a bare "what" ("what is best for my mum").
_WHICH = rf"(?:which{_ONE}?|(?:what|wat|wot){_ONE})"
ASKS_WHICH_IS_BEST = re.compile(
    rf"\b{_WHICH}(?:'s|s| is| would be| will be)? (?:the )?(?:best|better|right)\b"
    rf"|\b{_WHICH} (?:should|shud|shall|would|do|can|could) i (?:do|pick|choose|go (?:to|for)|"
    r"try|join|ring|go|start with)\b"
    rf"|\b{_WHICH} (?:do|would) (?:you|u) (?:pick|choose|recommend|suggest|say|go for)\b"
    r"|\b(?:can|could|will) (?:you|u) (?:pick|choose) (?:one|1|for me)\b"
    r"|\bwhich is best\b|\bwhich one\W*$", re.IGNORECASE)
# A question about a fact of one place: the directory's follow-ups answer it.
ABOUT_A_FACT = re.compile(r"\b(?:nearest|closest|cheapest|free|open|on (?:a )?\w+day|"
                          r"wheelchair|near me|nearer)\b", re.IGNORECASE)


def asks_which_is_best(text: str) -> bool:
    text = text or ""
    return bool(ASKS_WHICH_IS_BEST.search(text)) and not ABOUT_A_FACT.search(text)


def answer() -> List[str]:
    return list(LINES)


def all_texts() -> Dict[str, str]:
    return {f"which_is_best/LINES[{i}]": line for i, line in enumerate(LINES)}
