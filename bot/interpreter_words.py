"""One line in the person's own language: call us and ask for a free interpreter.

The bot only understands English. When someone writes in another language, or names the
one they would rather use, the answer says so in English and in their language, with the
council's number. Written by hand, one short sentence each, kept in bot/languages.yml (a
council adds its own in council.yml); the number filled in from council.yml. They are not
run through the English plain-language check (it cannot read them); tests check each has
the number and the word for interpreter.
"""
from __future__ import annotations

from typing import Dict, List, Optional

from bot import settings, texts
from bot.language import field_by_language, guess_language, named_language

# "Please call {phone} and ask for a free interpreter.", by language (bot/languages.yml).
CALL_FOR_AN_INTERPRETER: Dict[str, str] = field_by_language("interpreter_line")
# "The interpreter will be for your family member..." (before a call is asked for) and "The
# team will bring a free interpreter for your family member." (once it is), where written.
FOR_FAMILY_LINE: Dict[str, str] = field_by_language("interpreter_for_family_line")
FOR_FAMILY_BOOKED: Dict[str, str] = field_by_language("interpreter_for_family_booked")
# The word for "interpreter" in each line, for the tests.
INTERPRETER_WORD: Dict[str, str] = field_by_language("interpreter_word")


def interpreter_lines(text: str) -> List[str]:
    """What to say to someone who asks for an interpreter: the line in their language when
    the message names it or is written in it, then the English offer."""
    own = in_their_language(named_language(text) or guess_language(text),
                            str(settings.get("council.adult_social_care_phone")))
    return [line for line in (own, texts.offer_interpreter()) if line]


def in_their_language(language: Optional[str], phone: str) -> Optional[str]:
    line = CALL_FOR_AN_INTERPRETER.get(language or "")
    return line.format(phone=phone) if line else None


def for_family_in_their_language(text: str, phone: str, booked: bool) -> Optional[str]:
    """The line saying the interpreter is for their family member, in the language the
    message is written in (never for English): round 13's Urdu and Roman Urdu asks."""
    language = guess_language(text)
    line = (FOR_FAMILY_BOOKED if booked else FOR_FAMILY_LINE).get(language or "")
    return line.format(phone=phone) if line else None
