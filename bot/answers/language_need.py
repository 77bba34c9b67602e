"""A language need said inside an assessment: "yes. but write mama speak only polish please"
at "Is that right?", "mama need polish speaking carer or interpreter".

Round seventeen: the interpreter line was said and the read-back shown again unchanged;
nothing in the record said Halina speaks only Polish. The need is written as one line for
the record and the read-back: "Halina speaks only Polish. An interpreter is needed."
Pure: read here, kept by actions/language_need.py.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.handoff_details import language_needed
from bot.answers.text import words_only

FAMILY = (r"mum|mama|mam|mom|mother|mummy|dad|tata|dada|father|husband|wife|partner|son|"
          r"daughter|nan|nana|gran|granny|grandma|grandad|grandpa|brother|sister|aunt|auntie|"
          r"uncle|friend|neighbour")
# "my mama Halina", "mum (Halina)", "my dad, Stan": the name said after the family word.
NAMED_RELATIVE = re.compile(rf"\bmy (?:{FAMILY})\W{{0,3}}(?P<name>[A-Z][a-z]+)\b")
WHO = re.compile(rf"\b(?:my |our )?(?P<who>{FAMILY})\b", re.IGNORECASE)
# "speak only polish", "no english", "doesnt speak english": only that language.
ONLY = re.compile(r"\bonly\b|\bjust\b|\bno english\b|\bnot? (?:speak|understand|read) "
                  r"(?:much |any )?english\b|\bdoes ?nt (?:speak|understand)\b", re.IGNORECASE)

# "she speaks polish and english fine": no need for an interpreter.
ENGLISH_OK = re.compile(r"\b(?:and|also|both) english\b|\benglish (?:is )?(?:fine|well|ok|"
                        r"okay|good|too|as well)\b|\bgood english\b", re.IGNORECASE)

NEEDS_LINE = "{who} needs a free {language} interpreter."
ONLY_LINE = "{who} speaks only {language}. An interpreter is needed."
THEY_NEED_LINE = "They need a free {language} interpreter."
THEY_ONLY_LINE = "They speak only {language}. An interpreter is needed."
ADDED = "Thank you. I have added it: {line}"


def relative_named(text: str) -> Optional[str]:
    """The name said with a family word ("my mama Halina" -> "Halina"), or None."""
    found = NAMED_RELATIVE.search(str(text or ""))
    return found.group("name") if found else None


def need_line(text: str, name: Optional[str] = None) -> Optional[str]:
    """The line for the record, or None when the message names no language."""
    language = language_needed([text])
    if not language or ENGLISH_OK.search(text or ""):
        return None
    family = WHO.search(words_only(text))
    # (the name only when the message is about the family member: "in polish please" at
    # the carer's own questions is for the carer)
    who = (name if name and family else None) or (
        f"Their {family.group('who')}" if family else "They")
    line = ONLY_LINE if ONLY.search(text) else NEEDS_LINE
    if who == "They":
        line = THEY_ONLY_LINE if line is ONLY_LINE else THEY_NEED_LINE
    return line.format(who=who, language=language)


def all_texts():
    return {"language_need.only": ONLY_LINE.format(who="Halina", language="Polish"),
            "language_need.needs": NEEDS_LINE.format(who="Their mum", language="Urdu"),
            "language_need.they_need": THEY_NEED_LINE.format(language="Urdu"),
            "language_need.they_only": THEY_ONLY_LINE.format(language="Punjabi"),
            "language_need.added": ADDED.format(line=ONLY_LINE.format(who="Halina",
                                                                     language="Polish"))}
