"""Spelling by sound, read as meant: "wat is day center" is "what is day centre".

A young man with a learning disability typed "i dont no wat that is", "wich one is best for
me", "frends"; the bot looked "center" up as an unknown word and dropped the rest to the menu.
This is a small map for the words this bot needs, not a spell checker: each entry is a
spelling people really use for a word the bot reads (question words, know, friends, centre,
mean...). "no" becomes "know" only after "dont"/"do not"/"i" ("i dont no", "dont no").
"""
from __future__ import annotations

import re
from typing import Dict

SOUNDS_LIKE: Dict[str, str] = {
    "wat": "what", "wot": "what", "whut": "what", "wats": "whats", "wots": "whats",
    "wich": "which", "whitch": "which", "wen": "when", "hu": "who", "hoo": "who", "wy": "why",
    "frends": "friends", "freinds": "friends", "frens": "friends", "frend": "friend",
    "freind": "friend", "center": "centre", "centers": "centres", "centr": "centre",
    "meen": "mean", "meens": "means", "mene": "mean",
    "dunno": "dont know", "duno": "dont know", "dno": "dont know", "idk": "i dont know",
    "pepul": "people", "peeple": "people", "peple": "people", "ppl": "people",
    "bcos": "because", "becos": "because", "coz": "because", "cos": "because",
    "cafay": "cafe", "caff": "cafe", "shud": "should", "cud": "could", "wud": "would",
    "fings": "things", "sumfing": "something", "somefing": "something",
    "nuffing": "nothing", "nothin": "nothing", "gud": "good", "gd": "good", "bst": "best",
    "wiv": "with", "wif": "with", "tho": "though", "thx": "thanks", "pls": "please",
    "plz": "please", "u": "you", "ur": "your", "r": "are", "wanna": "want to",
    "nite": "night", "rite": "right", "lern": "learn", "lerning": "learning",
    "colij": "college", "ther": "there", "thier": "there", "peeps": "people",
    "owt": "anything", "summat": "something", "sumthing": "something", "nowt": "nothing",
    "clubb": "club", "swiming": "swimming", "wurk": "work", "werk": "work", "jobb": "job",
}
# "no" is "know" after don't / do not ("dont no", not "dont no longer"), and after i / we /
# you when what follows is what is known ("i no what", "do you no") or nothing.
KNOW = re.compile(r"\b(don'?t|do not|doesn'?t|didn'?t)\s+no\b(?!\s+(?:longer|more|one|way)\b)|"
                  r"\b(i|we|you)\s+no\b(?=\s+(?:what|how|who|where|which|if|that|it|him|her|"
                  r"them|anyone|anybody|about|anything|any)\b|\W*$)", re.I)
WORD = re.compile(r"[A-Za-z]+")


def _swap(match: "re.Match[str]") -> str:
    word = match.group(0)
    meant = SOUNDS_LIKE.get(word.lower())
    if meant is None or meant == word.lower():
        return word
    return meant.capitalize() if word[0].isupper() else meant


def as_meant(text: str) -> str:
    """The message with sound-alike spellings put right; everything else kept as typed."""
    if not text:
        return text or ""
    fixed = WORD.sub(_swap, text)
    return KNOW.sub(lambda m: f"{m.group(1) or m.group(2)} know", fixed)
