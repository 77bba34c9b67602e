"""Someone putting the bot right: "mama is alive", "NO. mama NOT dead", "he hasn't died".

After a wrongly assumed loss a Polish daughter wrote "bereavement?? no. mama is alive" and
was told "I am so sorry for your loss" again. A message that says nobody died is not grief,
and the bot says it got that wrong before it listens to the rest.
"""
from __future__ import annotations

import re
from typing import Dict

DENIES_A_LOSS = re.compile(
    r"\b(?:is|are|still|shes|she is|hes|he is|theyre|they are|she s|he s) (?:still |very much )?"
    r"alive\b|\bnot dead\b|\bnot died\b|\bnobody (?:has |is )?(?:died|dead)\b|"
    r"\b(?:no|not a|not about|isnt a|is not a) bereavement\b|\bbereavement no\b|"
    r"\b(?:hasnt|has not|havent|have not|didnt|did not|hasn t|didn t) (?:died|passed)\b|"
    r"\bno(?:body|one)? (?:has )?passed away\b", re.I)
SORRY_WRONG = "Sorry, I got that wrong."


def denies_a_loss(text: str) -> bool:
    """The message says the person is alive or nobody died."""
    plain = re.sub(r"[\u2018\u2019'`]", "", str(text or "").lower())
    return bool(DENIES_A_LOSS.search(re.sub(r"[^a-z0-9 ]+", " ", plain)))


def all_texts() -> Dict[str, str]:
    return {"corrections/SORRY_WRONG": SORRY_WRONG}
