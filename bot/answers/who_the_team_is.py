"""Who "the team" is: "but who is the team. is it the council or the agency", "who will ring
me", "are you the council or the care agency?" (round thirteen: "Thank you for telling me
about the team. It sounds like it matters to you."). The people who read this chat and ring
back are the council's care and support team, not a care agency or the NHS."""
from __future__ import annotations

import re
from typing import Dict

from bot import settings
from bot.answers.text import short_words

_OTHERS = (r"(?:the |a |an |my |your |our |his |her )?(?:care )?(?:agency|agencies|carers?|care "
           r"company|home care|nhs|hospital|gp|doctors?|social services|social worker|council)")
WHO_THE_TEAM = re.compile(
    r"\bwho (?:is|are|s|exactly is|exactly are) (?:the|your|this|that|you r|youre|ur) team\b"
    r"|\bwhich team\b|\bwhat team\b"
    r"|\bwho (?:is|are) (?:they|them)\b.*\bteam\b|\bteam\b.*\bwho (?:is|are) (?:they|them)\b"
    r"|\bwho (?:will|would|is going to|gonna) (?:be )?(?:ring|call|phone|contact|ringing|calling|"
    r"phoning|contacting) (?:me|us)\b(?! (?:if|when|about))"
    rf"|\b(?:is it|is that|is the team|are they|are you|is this|r u|are u|is they) (?:from )?"
    rf"{_OTHERS} or (?:from )?{_OTHERS}\b"
    r"|\b(?:is|are) (?:the team|they|you) (?:from |part of |with )?(?:the council|the agency|"
    r"the nhs|the care agency)\b", re.IGNORECASE)
PAYING = re.compile(r"\b(?:pay|pays|paying|paid|fund|funds|funding|cost|costs|charge|charges)\b")
ASKED = re.compile(r"\?|^(?:but |so |and |ok |then )?(?:who|which|what|is|are|r)\b")


def asks_who_the_team_is(text: str) -> bool:
    said = short_words(text, 30)
    if not said or PAYING.search(said):
        return False      # ("is it the nhs or the council that pays": paying for care)
    return bool(WHO_THE_TEAM.search(said)) and bool(ASKED.search(str(text).strip().lower())
                                                     or "?" in str(text))


def who_the_team_is() -> str:
    phone = settings.get("council.adult_social_care_phone") or ""
    return ("The team is the council's care and support team. They are not a care agency. "
            f"They read this chat and ring people back. Their number is {phone}.")


def all_texts() -> Dict[str, str]:
    return {"who_the_team_is": who_the_team_is()}
