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

from bot import hours, settings, texts
from bot.language import field_by_language, guess_language, named_language

# "Please call {phone} and ask for a free interpreter.", by language (bot/languages.yml).
CALL_FOR_AN_INTERPRETER: Dict[str, str] = field_by_language("interpreter_line")
# "The interpreter will be for your family member..." (before a call is asked for) and "The
# team will bring a free interpreter for your family member." (once it is), where written.
FOR_FAMILY_LINE: Dict[str, str] = field_by_language("interpreter_for_family_line")
FOR_FAMILY_BOOKED: Dict[str, str] = field_by_language("interpreter_for_family_booked")
# "You can still ask for a free interpreter. Call {phone}.": a second message in the language
# is not given the whole offer again (round fifteen: the same reply twice, word for word).
STILL_IN_THEIR_LANGUAGE: Dict[str, str] = field_by_language("interpreter_still_line")
STILL_THERE = ("You can still ask for a free interpreter. Call {phone}, or tap Talk to a "
               "person and the team will book one.")
# Out of office hours the number cannot be answered until the team is back (round
# seventeen: the Polish line gave the number on a Friday evening, closed until Monday).
LINE_CLOSED = "The phone line is closed now. It opens again {when}."
CLOSED_IN_THEIR_LANGUAGE: Dict[str, str] = field_by_language("interpreter_closed_line")
# The word for "interpreter" in each line, for the tests.
INTERPRETER_WORD: Dict[str, str] = field_by_language("interpreter_word")


def interpreter_lines(text: str) -> List[str]:
    """What to say to someone who asks for an interpreter: the line in their language when
    the message names it or is written in it, then the English offer (and, out of hours,
    when the line opens)."""
    own = in_their_language(named_language(text) or guess_language(text),
                            str(settings.get("council.adult_social_care_phone")))
    return [line for line in (own, with_opening_time(texts.offer_interpreter())) if line]


def in_their_language(language: Optional[str], phone: str) -> Optional[str]:
    """The line in their language; out of hours with "the line is closed now" too, where
    that is written (the opening time follows in English)."""
    line = CALL_FOR_AN_INTERPRETER.get(language or "")
    if not line:
        return None
    closed = CLOSED_IN_THEIR_LANGUAGE.get(language or "")
    line = line.format(phone=phone)
    return f"{line} {closed}" if closed and not hours.is_open() else line


def line_closed() -> Optional[str]:
    """ "The phone line is closed now. It opens again on Monday at 9am.", or None when the
    team is in."""
    if hours.is_open():
        return None
    return LINE_CLOSED.format(when=hours.describe_next_opening())


def with_opening_time(line: str) -> str:
    """An English line that gives the council's number, with when it opens out of hours."""
    closed = line_closed()
    return f"{line} {closed}" if closed else line


def for_family_in_their_language(text: str, phone: str, booked: bool) -> Optional[str]:
    """The line saying the interpreter is for their family member, in the language the
    message is written in (never for English): round 13's Urdu and Roman Urdu asks."""
    language = guess_language(text)
    line = (FOR_FAMILY_BOOKED if booked else FOR_FAMILY_LINE).get(language or "")
    return line.format(phone=phone) if line else None


def offered_before(said_by_bot: List[str]) -> bool:
    """The interpreter was offered already in this conversation (the English offer, the
    reply to a message in another language, or the short line that it still stands)."""
    said = (texts.offer_interpreter(), texts.fallback_other_language(),
            STILL_THERE.split("{")[0])
    return any(offer in line for line in said_by_bot for offer in said)


def still_lines(text: str, phone: str) -> List[str]:
    """For a second message in another language: that the offer stands, in their language
    (the data file's line, else its first one), then in English with how to get it."""
    language = named_language(text) or guess_language(text) or ""
    own = STILL_IN_THEIR_LANGUAGE.get(language) or CALL_FOR_AN_INTERPRETER.get(language)
    closed = CLOSED_IN_THEIR_LANGUAGE.get(language) if line_closed() else None
    own_line = " ".join(p for p in (own.format(phone=phone) if own else None, closed) if p)
    return [line for line in (own_line or None,
                              with_opening_time(STILL_THERE.format(phone=phone))) if line]


def all_texts() -> Dict[str, str]:
    """The English lines, for the plain-language gate."""
    return {"interpreter_words.still_there": STILL_THERE.format(phone="0300 123 4567"),
            "interpreter_words.line_closed": LINE_CLOSED.format(when="on Monday at 9am")}
