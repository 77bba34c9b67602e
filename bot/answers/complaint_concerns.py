"""What a complaint about care holds besides the complaint: medicine given late or missed,
and kind words about a named carer.

Round sixteen: "the morning girls are lovely especially Shannon but the evening lot are
always late, last tuesday nobody came till gone 9 and my tablets were late. i want to make a
complaint about that" was passed on as a complaint, but the late tablets were not marked as
a care concern for staff, and the praise for Shannon was not heard. Late or missed medicine
is a risk to health, so the hand-off says so at the top; kind words are thanked and passed on.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot.answers.text import words_only

MEDICINE = (r"(?:tablets?|pills?|meds|medicines?|medication|medications|insulin|inhaler|"
            r"eye ?drops|patch|injections?|dose|doses)")
# "my tablets were late", "missed my meds", "didnt get my medication", "no one gave me my
# pills", "meds were 2 hours late", "tablets not given": medicine late or missed.
LATE_OR_MISSED = re.compile(
    rf"\b{MEDICINE}\s+(?:(?:was|were|are|is|have been|has been|came|come|got|given|arrived)\s+"
    rf"(?:\w+\s+){{0,3}})?(?:late|missed|forgotten|not given|never given|skipped)\b"
    rf"|\b(?:missed|missing|forgot|forgotten|skipped|late with|no|never got|didnt get|did not get|"
    rf"didn't get|not had|never had|without)\s+(?:\w+\s+){{0,2}}{MEDICINE}\b"
    rf"|\b(?:nobody|no one|noone|no body|never)\s+(?:gave|give|gives|did)\s+(?:me|him|her|mum|dad|"
    rf"my \w+)?\s*(?:\w+\s+)?{MEDICINE}\b"
    rf"|\blate {MEDICINE}\b", re.IGNORECASE)
# "especially Shannon", "Shannon is lovely", "Shannon's brilliant": a carer praised by name.
KIND = (r"(?:lovely|great|brilliant|wonderful|fab|fabulous|amazing|kind|excellent|good|"
        r"fantastic|a star|an angel|a gem|smashing|the best|ace|nice|really good|so good)")
_NAME = r"([A-Z][a-z]{2,})"
_NOT_NAMES = {"The", "They", "She", "He", "Her", "His", "Tuesday", "Monday", "Wednesday",
              "Thursday", "Friday", "Saturday", "Sunday", "But", "And", "Last", "Morning",
              "Evening", "Night", "Nobody", "Everyone", "Some", "Most", "All", "Its", "It",
              "Also", "Especially", "Mostly", "Very", "Really", "Always", "Never"}
NAMED_PRAISE = (
    re.compile(rf"\b{KIND}\b[^.!?]{{0,40}}?\b(?:especially|particularly|mainly|esp|specially|"
               rf"and|like)\s+{_NAME}\b"),
    re.compile(rf"\b{_NAME}(?:'s|s| is| was| has been)\s+(?:\w+\s+)?{KIND}\b"),
    re.compile(rf"\b{_NAME}\s+(?:who comes|in the mornings?|on (?:mornings|days))?\s*is\s+"
               rf"(?:\w+\s+)?{KIND}\b"),
)
# "the morning girls are lovely", "the carers are great": kind words, with no name.
PRAISE = re.compile(rf"\b(?:girls|carers?|staff|lads|ladies|team|ones?|lot|she|he|they)\s+"
                    rf"(?:are|is|were|was)\s+(?:\w+\s+)?{KIND}\b", re.IGNORECASE)


def medicine_late_or_missed(text: str) -> bool:
    """True when the message says medicine was given late, or missed."""
    return bool(LATE_OR_MISSED.search(words_only(text) or ""))


def carers_praised(text: str) -> List[str]:
    """The names of carers praised in the message ("especially Shannon"), in order."""
    names: List[str] = []
    for pattern in NAMED_PRAISE:
        for found in pattern.finditer(str(text or "")):
            name = found.group(1)
            if name not in _NOT_NAMES and name not in names:
                names.append(name)
    return names


def praises_care(text: str) -> bool:
    """Kind words about the carers, named or not."""
    return bool(carers_praised(text) or PRAISE.search(str(text or "")))


MEDICINE_CONCERN = ("Medicine given late can affect your health. I have marked this for the "
                    "team to check with the care company.")
MEDICINE_NOTE = ("Care concern: medicine given late or missed. Please check with the care "
                 "provider.")


def praise_thanks(names: List[str]) -> str:
    """Thanks for kind words, passed on to the team with the complaint."""
    if not names:
        return "Thank you for the kind words about your carers too. I will pass them on."
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
    return f"Thank you for the kind words about {who}. I will pass them on."


def praise_note(names: List[str]) -> str:
    return "Praise to pass on: " + (", ".join(names) if names else "the carers")


def all_texts() -> Dict[str, str]:
    return {"complaint_concerns.medicine": MEDICINE_CONCERN,
            "complaint_concerns.medicine_note": MEDICINE_NOTE,
            "complaint_concerns.praise[name]": praise_thanks(["Shannon"]),
            "complaint_concerns.praise[names]": praise_thanks(["Shannon", "Amy"]),
            "complaint_concerns.praise[none]": praise_thanks([])}
