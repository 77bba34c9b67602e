"""Reads "how do I get care for my mum?" and says plainly what the way in is.

Round seventeen: Kasia, writing in simple English, asked "i want someone come to help my
mama with shower. how i do this? she not speak english, only polish" and was coached ("What
would be a first small step towards it?"). The way in is a needs assessment for her mum,
with a free interpreter when her mum speaks another language; Kasia can have a carer's
assessment of her own as well. Read the message through sounds_like.as_meant first.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from bot import texts
from bot.answers.about import FAMILY_WORDS, RELATIONSHIPS
from bot.answers.handoff_details import language_needed

# Care for someone in the family: "someone come to help my mama with shower", "a carer for
# mama", "help for my dad to get washed", "my mum needs help with dressing".
CARE_FOR = re.compile(
    r"\b(?:someone|somebody|some1|a carer|carers?|a person|help|care|support)\b(?:\s+\w+){0,3}?"
    r"\s+(?:for|help|helps|with|to help|to see|see|visit|look after)\s+(?:(?:my|our)\s+)?"
    r"(?P<rel>" + FAMILY_WORDS + r")\b"
    r"|\b(?:my|our)\s+(?P<rel2>" + FAMILY_WORDS + r")\s+(?:needs?|need|could do with)\s+"
    r"(?:a |some |more )?(?:help|care|carers?|someone|support)\b", re.IGNORECASE)
# Asking how: "how i do this?", "how do i get it", "who i ask?", "what do i do", "where do i
# start", "how does it work".
ASKS_HOW = re.compile(
    r"\bhow (?:i|do i|can i|would i|should i|we|do we|can we|does (?:it|this|that) work|to)\b(?:"
    r"\s+\w+){0,3}?(?:\s+(?:do|get|ask|start|arrange|apply|sort)\b|\W*$|\s*\?)|"
    r"\bwho (?:i|do i|should i|can i|must i) (?:ask|speak to|talk to|call|ring|contact)\b|"
    r"\bwhat (?:do|should|can|must) (?:i|we) do\b|\bwhere (?:do|can|should) (?:i|we) "
    r"(?:start|go|ask)\b|\bhow (?:i|do i|can i) (?:do|make) (?:this|that|it)\b", re.IGNORECASE)

WAY_IN = ("Your {who} can have a free needs assessment. Someone from the team talks with "
          "{them} about what help {they} {need}, like help to wash or shower.")
INTERPRETER = "The team will bring a free {language} interpreter."
NO_ENGLISH_NEEDED = {"she": "She does not need to speak English.",
                     "he": "He does not need to speak English.",
                     "they": "They do not need to speak English."}
START_OR_ASK = ("I can start it with you now, or the team can ring you about it. Which would "
                "you like?")
CARER_TOO = ("You help your {who}, so you can have a carer's assessment of your own too. It "
             "is about what would help you.")
START_BUTTON = {"title": "Start it for my {who}", "payload": "/start_self_assessment"}

SHE = {"mum", "mother", "wife", "daughter", "sister", "nan", "gran", "grandma", "grandmother",
       "aunt", "girlfriend", "stepmum", "mother-in-law", "sister-in-law", "daughter-in-law",
       "granddaughter", "niece", "stepdaughter"}
HE = {"dad", "father", "husband", "son", "brother", "grandad", "grandfather", "uncle",
      "boyfriend", "stepdad", "father-in-law", "brother-in-law", "son-in-law", "grandson",
      "nephew", "stepson"}


def asks_how_to_get_care(text: str) -> Optional[str]:
    """The family member ("mum") when the message asks how to get care for them; else None."""
    said = str(text or "")
    found = CARE_FOR.search(said)
    if not found or not ASKS_HOW.search(said):
        return None
    word = (found.group("rel") or found.group("rel2") or "").lower()
    return RELATIONSHIPS.get(word)


def _pronouns(who: str) -> Dict[str, str]:
    if who in SHE:
        return {"them": "her", "they": "she", "need": "needs"}
    if who in HE:
        return {"them": "him", "they": "he", "need": "needs"}
    return {"them": "them", "they": "they", "need": "need"}


def answer(who: str, messages: List[str]) -> List[str]:
    """The way in for ``who`` (the needs assessment, an interpreter when a language is
    named in ``messages``), what happens next, and the carer's own assessment."""
    language = language_needed(messages)
    words = _pronouns(who)
    lines = [WAY_IN.format(who=who, **words)]
    if language:
        lines.append(f"{INTERPRETER.format(language=language)} "
                     f"{NO_ENGLISH_NEEDED[words['they']]}")
    lines += [START_OR_ASK, CARER_TOO.format(who=who)]
    return lines


def buttons(who: str) -> List[Dict[str, str]]:
    return [dict(START_BUTTON, title=START_BUTTON["title"].format(who=who)),
            dict(texts.ASK_FOR_A_CALL_BACK), dict(texts.I_LOOK_AFTER_SOMEONE)]


def all_texts() -> Dict[str, str]:
    return {
        "care_for_family/mum": " ".join(answer("mum", ["she only speaks polish"])),
        "care_for_family/dad": " ".join(answer("dad", ["he speaks urdu only"])),
        "care_for_family/partner": " ".join(answer("partner", ["they only speak welsh"])),
        "care_for_family/button": buttons("mum")[0]["title"],
    }
