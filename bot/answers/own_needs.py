"""Hears the helper's own needs while they fill in a form for someone else.

A daughter answering for her mum may say "i havent slept properly in months" at any
question. That is about her, not her mum: it is kept (not lost in mum's answers), said back
kindly at the end with the offer of her own carer's assessment, and put on the record for
staff. Only first-person words with a sign of strain count ("I am exhausted", "my back is
wrecked", "I can't cope"); "she is exhausted" is about the person cared for.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from bot.answers.text import words_only

# Signs of strain or need in the helper's own words (after words_only: no apostrophes).
NEED = re.compile(r"\b(?:" + "|".join([
    r"(?:havent|have not|not|never|hardly|barely|cant|cannot|dont) (?:slept|sleep|sleeping)",
    r"no sleep", r"(?:sleep|sleeping) (?:badly|is bad|is terrible)", r"up (?:all|every) night",
    r"exhausted", r"shattered", r"knackered", r"worn out", r"burn(?:t|ed) out", r"so tired",
    r"really tired", r"very tired", r"cant cope", r"cannot cope", r"not coping",
    r"struggling", r"at breaking point", r"end of my tether", r"on my knees",
    r"(?:had|have) to (?:give up|stop|leave) (?:my )?(?:work|job)",
    r"gave up (?:my )?(?:work|job)", r"no time for (?:me|myself)", r"no life of my own",
    r"(?:never|not|havent|have not) had a (?:break|day off|night off|holiday)",
    r"my (?:own )?(?:health|back|nerves|mental health|mood)", r"depressed", r"anxious",
    r"(?:i|im) (?:feel|feeling) (?:low|down|awful|alone|lonely|trapped|guilty)",
    r"i cry", r"crying", r"need a break", r"lonely",
    # round 18: "im running on empty", "dead on my feet"
    r"running on (?:empty|fumes)", r"dead on my feet", r"done in", r"cream crackered",
    r"drained", r"burn(?:t|ed) out", r"run ragged",
]) + r")\b")
ME = {"i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"}
THEM = {"she", "shes", "he", "hes", "they", "theyre", "her", "him", "his", "mum", "dad",
        "mother", "father", "nan", "gran", "husband", "wife", "son", "daughter"}
CLAUSE = re.compile(r"[.!?;,]+|\b(?:but|and|because|cos|so)\b")
MAX_WORDS = 12
FILLER_END = re.compile(r"(?:\s+(?:to be honest|tbh|honestly|lol|really|though|tho|x+))+$")

# First person to second person, for saying it back.
TO_YOU = {"i": "you", "im": "you are", "ive": "you have", "id": "you would", "ill": "you will",
          "me": "you", "my": "your", "myself": "yourself", "mine": "yours", "am": "are",
          "havent": "have not", "cant": "cannot", "dont": "do not", "wasnt": "were not",
          "was": "were", "isnt": "is not"}

NOTED = ("That sounds hard for you too. I have made a note of it, and at the end I will "
         "tell you about help for you.")
HEARD = "You told me {words}. That matters too."
HEARD_GENERAL = "You told me things are hard for you too. That matters."


def _mine(words: List[str], start: int) -> bool:
    """Whether the strain at word ``start`` is said about the speaker."""
    before = words[max(0, start - 4):start + 1]
    for word in reversed(before):
        if word in THEM:
            return False
        if word in ME:
            return True
    return words[start] in ME or (start > 0 and words[start - 1] in ME)


def helper_need(text: object) -> Optional[str]:
    """The helper's own need in their words (one short clause), or None."""
    for clause in CLAUSE.split(words_only(text) if text else ""):
        clause = clause.strip()
        found = NEED.search(clause)
        if not found:
            continue
        words = clause.split()
        start = len(clause[:found.start()].split())
        if start >= len(words):
            continue
        if _mine(words, start) or (found.group(0).startswith("my ") and start < len(words)):
            # From the "I" (or "my") that says it, without fillers at either end.
            first = max((i for i in range(start + 1) if words[i] in ME), default=start)
            said = FILLER_END.sub("", " ".join(words[first:first + MAX_WORDS + 6]))
            return said.strip()
    return None


def said_back(need: str) -> str:
    """ "i havent slept properly in months" -> "You told me you have not slept properly in
    months. That matters too." A long one is said back in general words."""
    words = [TO_YOU.get(w, w) for w in need.split()]
    text = " ".join(words)
    if len(text.split()) > MAX_WORDS:
        return HEARD_GENERAL
    return HEARD.format(words=text)


def all_texts() -> Dict[str, str]:
    return {"own_needs.noted": NOTED, "own_needs.heard_general": HEARD_GENERAL,
            "own_needs.heard": said_back("i havent slept properly in months")}
