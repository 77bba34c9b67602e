"""The language a search asks the help to speak, and whether a service says it speaks it.

Round fourteen: "help at home near LS8 that speaks polish" and "any carers who speak
polish? my mum will not understand english ones" got the same cards as without it, though
the directory lists Polish for Home Help Cleaning (ORUK ``languages``). The language is a
facet: the places that list it go first, and the bot says which do, or that none does
(and that the council can get a free interpreter).

English is never a facet: every place speaks it ("she does not understand english" asks
for no language).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from bot.language import LANGUAGES

# How a language is asked for: "speaks polish", "who can talk urdu", "in punjabi",
# "polish speaking", "a polish carer", "urdu-speaking staff".
PEOPLE = (r"(?:carers?|care workers?|workers?|staff|helpers?|ladies|lady|people|person|women|"
          r"woman|men|man|volunteers?|groups?|clubs?|class(?:es)?|sessions?|befrienders?|"
          r"speakers?|speaking|language|cleaners?|someone|somebody|one|ones)")
ASKED = re.compile(
    rf"\b(?:speak|speaks|speakin|speaking|spoken|talk|talks|talking|understand|understands|"
    rf"know|knows|use|uses)\s+(?:in\s+)?(?:some\s+|a bit of\s+|good\s+)?(?P<a>{LANGUAGES})\b"
    rf"|\b(?:in|into)\s+(?P<b>{LANGUAGES})\b"
    rf"|\b(?P<c>{LANGUAGES})[- ]{PEOPLE}\b", re.IGNORECASE)

# One name for each way of writing it, as the directory lists it.
ALIASES = {"panjabi": "Punjabi", "bangla": "Bengali", "polski": "Polish", "bsl": "British Sign Language",
           "sign language": "British Sign Language", "cymraeg": "Welsh", "română": "Romanian",
           "português": "Portuguese", "portugues": "Portuguese", "español": "Spanish",
           "espanol": "Spanish", "persian": "Farsi"}


def canonical(name: str) -> str:
    said = " ".join(name.lower().split())
    return ALIASES.get(said) or said.title()


def language_asked(text: object) -> Optional[str]:
    """ "Polish" for "help at home that speaks polish"; None when no language is asked."""
    for match in ASKED.finditer(str(text or "")):
        name = match.group("a") or match.group("b") or match.group("c")
        if name:
            return canonical(name)
    return None


def speaks(languages: Iterable[str], language: str) -> bool:
    """The service's listed languages include the one asked ("Polish", "pl" or "polski")."""
    wanted = canonical(language)
    return any(canonical(str(listed)) == wanted for listed in languages or ())


# The person the help is for finds English hard: "she does not understand english", "mum
# has no english", "my dad cant speak english well" (bot/language.py reads the person
# typing: "my english not so good").
ENGLISH_HARD_FOR_THEM = re.compile(
    r"\b(?:does ?n[o']?t|doesnt|dont|don'?t|do not|can ?n[o']?t|cant|cannot|wo ?n'?t|will not|"
    r"never|hardly|barely)\s+(?:really\s+)?(?:speak|read|understand|talk|know|get)\s+"
    r"(?:much\s+|any\s+|good\s+|a word of\s+)?english\b"
    r"|\b(?:has|have|got|with) (?:no|little|very little|hardly any|not much) english\b"
    r"|\b(?:only|just) (?:speaks?|understands?) (?:" + LANGUAGES + r")\b"
    r"|\bnot understand english\b", re.IGNORECASE)


def english_is_hard_for_them(text: object) -> bool:
    return bool(ENGLISH_HARD_FOR_THEM.search(str(text or "")))
