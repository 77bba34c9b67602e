"""Two languages, each for a different person: "i need an interpreter in urdu for me and
punjabi for my father", "punjabi for abbu ok but urdu for me. two language".

Round eighteen: the first was answered "a free Urdu interpreter for your father" (the
languages swapped, one lost), and the hand-off held only Punjabi. Read here: each language
with who it is for (None: the person typing), the newest saying for each person winning.
Only two or more people with different languages count; one language is read as before
(bot/answers/interpreter_for.py, bot/answers/handoff_details.py). Pure.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Tuple

from bot.answers.handoff_details import LANGUAGES
from bot.answers.interpreter_for import RELATIONS
from bot.answers.text import words_only

_LANG = "|".join(re.escape(n) for n in sorted(LANGUAGES, key=len, reverse=True))
_REL = "|".join(re.escape(w) for w in sorted(RELATIONS, key=len, reverse=True))
_WHO = rf"(?:(?P<me{{n}}>me|myself)|(?:my |our |the )?(?P<rel{{n}}>{_REL})(?: ji)?|(?:him|her))"
# "urdu for me", "punjabi interpreter for my father", "in urdu for me please"
LANGUAGE_FOR = re.compile(
    rf"\b(?P<lang1>{_LANG})(?: (?:interpreter|interpretor|translator|language|speaker)s?)?"
    rf"(?: (?:is|its|one|ok|okay|please|pls))?(?: only| just)? (?:for|4) {_WHO.format(n=1)}\b",
    re.IGNORECASE)
# "for me urdu", "for my father in punjabi"
FOR_LANGUAGE = re.compile(
    rf"\b(?:for|4) {_WHO.format(n=2)}(?: (?:in|is|it is|its|speak|speaks))? (?P<lang2>{_LANG})\b",
    re.IGNORECASE)
# "abbu only speak punjabi", "my father speaks only punjabi"
SPEAKS = re.compile(
    rf"\b(?:my |our )?(?P<rel3>{_REL})(?: ji)? (?:only |just |mainly )?(?:speak|speaks|talk|"
    rf"talks|understand|understands)(?: only| just)? (?P<lang3>{_LANG})\b", re.IGNORECASE)
# "i speak urdu", "me urdu"
I_SPEAK = re.compile(rf"\b(?:i (?:only |just )?(?:speak|talk|understand|prefer|want|need)|"
                     rf"me) (?:in )?(?P<lang4>{_LANG})\b", re.IGNORECASE)

ME = None


def _canonical(name: str) -> str:
    return next(n for n in LANGUAGES if n.lower() == name.lower())


def _found_in(text: str) -> List[Tuple[int, str, Optional[str]]]:
    """(where, language, who) for each saying in one message; who None is the typist."""
    plain = words_only(text)
    found = []
    for pattern, n in ((LANGUAGE_FOR, 1), (FOR_LANGUAGE, 2), (SPEAKS, 3), (I_SPEAK, 4)):
        for m in pattern.finditer(plain):
            groups = m.groupdict()
            rel = groups.get(f"rel{n}")
            if n in (1, 2) and not (groups.get(f"me{n}") or rel):
                continue          # "for him": who is not said
            who = RELATIONS[rel.lower()] if rel else ME
            found.append((m.start(), _canonical(m.group(f"lang{n}")), who))
    return sorted(found)


def languages_each(messages: Iterable[str]) -> Dict[Optional[str], str]:
    """Who needs which language (None: the person typing), when two or more people need
    different ones; else an empty dict. The newest saying for each person wins."""
    each: Dict[Optional[str], str] = {}
    for message in messages:
        if not message or str(message).startswith("/"):
            continue
        for _, language, who in _found_in(str(message)):
            each[who] = language
    return each if len(set(each.values())) >= 2 else {}


def says_whose(text: str) -> bool:
    """This message says a language for someone ("in urdu for me please")."""
    return bool(text) and not str(text).startswith("/") and bool(_found_in(str(text)))


def names_two_languages(text: str) -> bool:
    """This message alone says two languages for two people."""
    return bool(languages_each([text]))


def _said(each: Dict[Optional[str], str]) -> str:
    parts = [f"{language} for {'you' if who is ME else 'your ' + who}"
             for who, language in sorted(each.items(), key=lambda kv: kv[0] is not ME)]
    return ", and ".join(parts) if len(parts) <= 2 else \
        ", ".join(parts[:-1]) + ", and " + parts[-1]


def _count(each: Dict[Optional[str], str]) -> str:
    return {2: "two", 3: "three"}.get(len(each), "free")


def to_ask(each: Dict[Optional[str], str], phone: str) -> str:
    """Before any call is asked for: the council's number."""
    return (f"We can get {_count(each)} free interpreters: {_said(each)}. Call {phone} and "
            "ask for them. Or ask me for a call back, and I will tell the team.")


def arranged(each: Dict[Optional[str], str]) -> str:
    """Once a call is on the way: the team brings both."""
    return (f"I have told the team to bring {_count(each)} free interpreters: {_said(each)}. "
            "You do not need to do anything.")


# For staff, one line a person.
STAFF_LINE = "Interpreter: {language}, for {who}. They said: {words}"


def staff_lines(messages: List[str]) -> List[str]:
    """One hand-off line a person, with the words that said it, or [] when not two."""
    each = languages_each(messages)
    if not each:
        return []
    lines = []
    for who, language in sorted(each.items(), key=lambda kv: kv[0] is not ME):
        said = next((str(m) for m in reversed(messages) if m and any(
            w == who and lang == language for _, lang, w in _found_in(str(m)))), "")
        words = " ".join(said.split())[:200]
        lines.append(STAFF_LINE.format(language=language,
                                       who="the person typing" if who is ME else f"their {who}",
                                       words=f'"{words}"'))
    return lines


def all_texts() -> Dict[str, str]:
    each = {ME: "Urdu", "father": "Punjabi"}
    return {"interpreters_each.to_ask": to_ask(each, "0300 123 4567"),
            "interpreters_each.arranged": arranged(each),
            "interpreters_each.staff": staff_lines(
                ["urdu for me and punjabi for my father"])[0]}
