"""A question asked back at one of the contact step's questions ("wot dose reach meen", "why
do you need my number", "who will ring me?"): answered, and the same question asked again.

Round 11 (third round running): "wot dose reach meen" at "When is a good time to reach
you?" was saved as the best time and read back to the team. A reply that gives a number,
an email, a time or a yes or no is an answer, never one of these.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answer_kinds import BEST_TIME, CONTACT, SAFE_CONTACT
from bot.answers.contact import parse_contact
from bot.phrases import first_match

MEANING = "meaning"
WHY = "why"
WHO = "who"

MAX_WORDS = 16
_WHAT = r"(?:what|wot|wat|wht|whats|what's|wots|wats|wha)"
_MEAN = r"(?:mean|meen|means|meens|meaning|meanin|menas|meant)"
ASKS_MEANING = re.compile(
    rf"\b{_WHAT}\b.{{0,40}}\b{_MEAN}\b|\b{_MEAN}\s*\?|^\W*{_MEAN}\b|"
    rf"\bdont (?:understand|get|no what|know what)\b|\bdon'?t (?:understand|get it|know what)\b|"
    rf"\bnot sure what (?:you|that|it) mean|^\W*{_WHAT}\s*(?:is|s)?\s*(?:reach|a best time|"
    r"safe to call|leave a message)\b|\bwhat (?:do|does) (?:you|that|it) (?:mean|want)\b",
    re.IGNORECASE)
ASKS_WHY = re.compile(
    r"\bwhy (?:do|does|d|would|should|is it|are)? ?(?:you|u|ya|they|the council|i)?\s*"
    r"(?:need|want|have to|ask|asking|got to|gotta|give)\b|^\W*why\W*$|"
    r"\bwhat (?:do|will|would) (?:you|u|they) (?:need|want|use) (?:it|that|this|my \w+) for\b|"
    r"\bwhat(?:s| is) it for\b|\bwho (?:sees|gets|will see|can see) (?:it|my (?:number|email))\b",
    re.IGNORECASE)
ASKS_WHO = re.compile(
    r"\bwho(?:'?s| is| will| would| are)? (?:be )?(?:going to |gonna )?(?:ring|call|phone|"
    r"contact|ringing|calling|phoning|contacting|get in touch)\w*\b|"
    r"\bwho (?:will|would) it be\b|\bwho are (?:they|the team)\b|\bwho(?:'?s| is) the team\b",
    re.IGNORECASE)
# The questions asked back, tried in this order ("who will ring and what does it mean": who).
ASKED_BACK = ((WHO, ASKS_WHO), (WHY, ASKS_WHY), (MEANING, ASKS_MEANING))

ANSWERS = {
    (MEANING, CONTACT): "It means how the team can get in touch with you. That can be a phone "
                        "number or an email address.",
    (MEANING, BEST_TIME): "It means when the team can ring you. For example, mornings, or "
                          "after 2pm.",
    (MEANING, SAFE_CONTACT): "It means: is it all right for the team to phone you, and to leave "
                             "a message? Some people do not want others at home to know.",
    (WHY, CONTACT): "The team needs it to get back to you about what you asked. It is only "
                    "used for that.",
    (WHY, BEST_TIME): "So the team rings you when it suits you, not when you are busy.",
    (WHY, SAFE_CONTACT): "So a call or a message does not put you at risk, or upset anyone "
                         "at home.",
}
WHO_ANSWER = ("Someone from the council's care team. They will tell you their name when they "
              "get in touch.")


def question_kind(text: str) -> Optional[str]:
    """MEANING, WHY or WHO when the reply asks one of those back; None for an answer."""
    if not text or text.startswith("/") or len(text.split()) > MAX_WORDS:
        return None
    found = parse_contact(text)
    if found.phone or found.email or found.address or found.best_time or \
            found.safe_to_call is not None or found.ok_to_leave_message is not None:
        return None
    return first_match(ASKED_BACK, text.lower().replace("\u2019", "'"))


def answer_at(kind: str, text: str) -> Optional[str]:
    """The answer to a question asked back at a contact question of this ``kind``
    (CONTACT, BEST_TIME or SAFE_CONTACT), or None when the reply is not a question."""
    asked = question_kind(text)
    if asked is None or kind not in (CONTACT, BEST_TIME, SAFE_CONTACT):
        return None
    if asked == WHO:
        return WHO_ANSWER
    return ANSWERS[(asked, kind)]


def all_texts():
    """Every answer here, for the plain-language gate (bot/bot_words.py)."""
    out = {f"contact_step_questions.{a}.{k}": v for (a, k), v in ANSWERS.items()}
    out["contact_step_questions.who"] = WHO_ANSWER
    return out
