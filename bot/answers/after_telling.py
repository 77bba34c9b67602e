"""Three questions a person asks after telling of harm (round 18, tester J: an 81-year-old
whose grandson takes her pension): "i dont want anything written down", "who would i talk
to", "will somebody meet me at the surgery wednesday or not". Each got "I have added this
... for the team", nothing, or money advice. The answers are honest: what is kept and who
sees it, who will be in touch, and that a meeting is asked for but the time is not promised.
Pure: the safety steps (actions/form_engine.py) and heard_again (actions/safety.py) say them
through bot/answers/safeguarding_questions.answer.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot import settings
from bot.answers.text import words_only

# "i dont want anything written down", "please dont write this down", "can you not keep it"
NOT_WRITTEN = re.compile(
    r"\b(?:dont|do not|don t|never|not) (?:want|wan|wanna)? ?(?:anything|it|this|that|owt|"
    r"any of (?:it|this)|what i said|what i told you)? ?(?:written|wrote|put|kept|saved|"
    r"recorded|noted|stored) ?(?:down|anywhere|on record|on file)?\b|"
    r"\b(?:dont|do not|don t|please dont|pls dont|can you not|could you not) (?:write|keep|save|"
    r"record|note|store) (?:anything|it|this|that|owt|any of (?:it|this)) ?(?:down)?\b|"
    r"\boff the record\b")
# "who would i talk to", "who will i speak to", "who is going to ring me", "who will contact me"
WHO_TALKS = re.compile(
    r"\bwho (?:would|will|wud|am|is)(?: i| it| be| going to| gonna)* "
    r"(?:talk|talking|speak|speaking|see|seeing|meet|deal|dealing|be (?:talking|speaking|dealing))"
    r" ?(?:to|with)?\b|"
    r"\bwho (?:would|will|wud|is going to|s going to|is gonna|will be) (?:ring|call|phone|contact|"
    r"see|meet|get in touch with|come (?:to|and) see) (?:me|us)\b")
# "will somebody meet me at the surgery wednesday or not", "can someone see me at the doctors"
MEET_ME = re.compile(
    r"\b(?:will|would|can|could|is|are|wud|cud)\s+(?:somebody|someone|some one|anyone|anybody|"
    r"they|you|u|the team|a worker|a social worker|one of you)\s+(?:be able to |going to |gonna )?"
    r"(?:meet|see|come (?:and|to) see|visit)\s+(?:me|us)\b")
ASKED = re.compile(r"\?|^(?:but |so |and |ok |oh |well )?(?:who|will|would|can|could|is|are)\b|"
                   r"\bor not\b")

WRITTEN_DOWN = ("I understand. Here is what is kept. What you type here is kept for {days} "
                "days, so the council's care team can help you. Only they can read it. It is "
                "not sent to your home. The team will not tell anyone at home without talking "
                "to you first. You can ask me to delete it at any time.")
WHO_WILL = ("Someone from the council's safeguarding team will be in touch. They are trained "
            "to help people in your situation. They will talk to you first, and you decide "
            "what happens.")
MEETING = ("I have passed on that you would like to meet there. The team will try to "
           "arrange it. I cannot promise the day or the time. They will let you know in the "
           "safe way you told me.")


def asks_who_will_be_in_touch(text: str) -> bool:
    """ "who would i talk to", "who will ring me": who the team will send, not whom to ring
    now ("who do i tell about nan" is bot/answers/who_to_ring.py)."""
    plain = words_only(text or "")
    return bool(WHO_TALKS.search(plain)) and bool(ASKED.search(plain) or "?" in (text or ""))


def answer(text: str) -> List[str]:
    """The honest answers to these questions in the message, in order, or []."""
    if not text or text.startswith("/"):
        return []
    plain = words_only(text)
    lines: List[str] = []
    if NOT_WRITTEN.search(plain):
        lines.append(WRITTEN_DOWN.format(days=settings.get("retention.conversation_days", 90)))
    asked = ASKED.search(plain) or "?" in text
    if asks_who_will_be_in_touch(text):
        lines.append(WHO_WILL)
    if asked and MEET_ME.search(plain):
        lines.append(MEETING)
    return lines


def all_texts() -> Dict[str, str]:
    """Lines said to the person (bot/bot_words.py)."""
    return {"after_telling.written_down": WRITTEN_DOWN.format(days=90),
            "after_telling.who_will": WHO_WILL, "after_telling.meeting": MEETING}
