"""Who the interpreter is for: "i want urdu interpreter for my father when you visit him,
not for me", "interpreter is for abbu", "my mum needs a polish interpreter". Only an
interpreter asked for a family member by name counts: "my mum only speaks urdu" alone does
not say the person typing is fine in English, so the team brings one as before.

Round 13: a daughter who wrote to the bot in English asked for an Urdu interpreter for her
father's home visit; the team was told (and she was told twice) that she needed one. Read
here: the family member named as the one who needs it, in plain English ("father" for
"abbu"), and whether it is for a visit. Pure; said in bot/callback_words.py, noted on the
hand-off in bot/answers/handoff_details.py.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from bot.answers.text import words_only

# Family words as people type them, in their own languages too, and the plain English.
RELATIONS = {
    "father": "father", "dad": "dad", "daddy": "dad", "abbu": "father", "abba": "father",
    "abbaji": "father", "abbu ji": "father", "baba": "father", "papa": "father",
    "pappa": "father", "pops": "dad", "pitaji": "father", "tata": "dad",
    "mother": "mother", "mum": "mum", "mam": "mum", "mom": "mum", "mummy": "mum",
    "mammy": "mum", "ammi": "mother", "ammi ji": "mother", "amma": "mother", "ami": "mother",
    "maa": "mother", "mata ji": "mother", "mama": "mum", "mamusia": "mum",
    "husband": "husband", "hubby": "husband", "wife": "wife", "partner": "partner",
    "son": "son", "daughter": "daughter", "brother": "brother", "sister": "sister",
    "grandad": "grandad", "granddad": "grandad", "grandpa": "grandad",
    "grandfather": "grandfather", "grandma": "nan", "gran": "nan", "nan": "nan",
    "nana": "grandad", "nani": "nan", "dadi": "nan", "dada": "grandad",
    "grandmother": "grandmother", "uncle": "uncle", "aunt": "aunt", "auntie": "aunt",
    "father in law": "father-in-law", "mother in law": "mother-in-law",
    "neighbour": "neighbour", "friend": "friend",
}
_REL = "|".join(re.escape(w) for w in sorted(RELATIONS, key=len, reverse=True))
# The interpreter and someone named as the one who needs it, either way round.
FOR_THEM = re.compile(
    rf"\b(?:interpreter|interpretor|translator|language)s?\b(?:[^.?!]{{0,40}}?)\b(?:is |its |it is |"
    rf"only |just )?for (?:my |our )?(?P<rel1>{_REL})\b|"
    rf"\b(?:my |our )?(?P<rel2>{_REL})(?: ji)? (?:need|needs|needed|want|wants|will need|"
    rf"must have|should have|has to have)(?: an?| the)?(?: \w+)? (?:interpreter|interpretor|"
    rf"translator)\b|"
    rf"\b(?:interpreter|interpretor|translator)\b[^.?!]{{0,30}}\b(?:him|her)\b[^.?!]{{0,20}}"
    rf"\b(?:my |our )?(?P<rel5>{_REL})\b",
    re.IGNORECASE)
# Asked in Urdu script or Roman Urdu (round 13: "interpreter is for abbu" came in both):
# the family word, then "for" (ke liye, کے لیے) or "needs" (ko ... chahiye, کو ... چاہیے),
# in a message that names an interpreter. Relations in Urdu script, in plain English.
URDU_RELATIONS = {
    "والد": "father", "ابو": "father", "ابّو": "father", "ابا": "father", "ابّا": "father",
    "باپ": "father", "والدہ": "mother", "امی": "mother", "امّی": "mother", "اماں": "mother",
    "ماں": "mother", "شوہر": "husband", "بیوی": "wife", "بیٹا": "son", "بیٹے": "son",
    "بیٹی": "daughter", "بھائی": "brother", "بہن": "sister", "دادا": "grandfather",
    "دادی": "grandmother", "نانا": "grandfather", "نانی": "grandmother",
    "ساس": "mother-in-law", "سسر": "father-in-law",
}
ROMAN_RELATIONS = {**{w: RELATIONS[w] for w in RELATIONS if " " not in w},
                   "walid": "father", "walida": "mother", "walidah": "mother", "maan": "mother",
                   "biwi": "wife", "shohar": "husband", "shauhar": "husband", "beta": "son",
                   "beti": "daughter", "bhai": "brother", "behen": "sister", "behan": "sister",
                   "saas": "mother-in-law", "sasur": "father-in-law"}
_UR_REL = "|".join(re.escape(w) for w in sorted(URDU_RELATIONS, key=len, reverse=True))
_RO_REL = "|".join(re.escape(w) for w in sorted(ROMAN_RELATIONS, key=len, reverse=True))
NAMES_INTERPRETER_URDU = re.compile(
    r"ترجمان|مترجم|انٹرپریٹر|\b(?:interpreter|interpretor|translator|tarjuman|tarjumaan|"
    r"tarjman|mutarjim)\b", re.IGNORECASE)
FOR_THEM_URDU = re.compile(
    rf"(?:(?<![\w\u0600-\u06ff])(?P<ur>{_UR_REL})(?:\s*جی)?\s+(?:کے\s*لی[ےۓ]|کے\s*لئے|کیلئے|کیلیے|"
    rf"کو)(?![\w\u0600-\u06ff]))|"
    rf"\b(?:mere |meri |mera |hamare |humare )?(?P<ro>{_RO_REL})(?: ji)? (?:ke|k|kay|key) "
    rf"(?:liye|liay|lie|leye|lye|liya|liyay|lea)\b|"
    rf"\b(?:mere |meri |mera |hamare |humare )?(?P<ro2>{_RO_REL})(?: ji)? ko\b"
    rf"(?:\s+\w+){{0,4}}\s+(?:chahiye|chahye|chahie|chaiye|chahiay|chahta|chahti)\b",
    re.IGNORECASE)

VISIT = re.compile(r"\b(?:visit|visits|visiting|come (?:round|to (?:the|his|her) house|and see)|"
                   r"see (?:him|her)|at (?:his|her|the) house|home visit|assessment)\b",
                   re.IGNORECASE)
MENTIONS_INTERPRETER = re.compile(r"\b(?:interpreter|interpretor|translator|english|speaks?)\b",
                                  re.IGNORECASE)


def interpreter_for(text: str) -> Optional[str]:
    """The family member the interpreter is for, in plain English ("father"), or None when
    it is for the person typing or nobody is named."""
    if not text or text.startswith("/"):
        return None
    plain = words_only(text)
    found = FOR_THEM.search(plain)
    if found is None:
        return for_them_in_urdu(plain) or named_then_needs(plain)
    said = next(g for g in ("rel1", "rel2", "rel5") if found.group(g))
    return RELATIONS[found.group(said).lower()]


# "my dad fell last month… he needs a punjabi interpreter when you come": the family member
# named first, then "he needs an interpreter".
THEY_NEED = re.compile(r"\b(?:he|she) (?:needs|wants|will need|would need|has to have|must "
                       r"have)(?: an?| the)?(?: \w+)? (?:interpreter|interpretor|translator)\b")
NAMED_RELATION = re.compile(rf"\b(?:my|our) (?P<rel>{_REL})\b")


def named_then_needs(plain: str) -> Optional[str]:
    """The family member named before "he needs an interpreter" (the first one named)."""
    needs = THEY_NEED.search(plain)
    if needs is None:
        return None
    named = NAMED_RELATION.search(plain[:needs.start()])
    return RELATIONS[named.group("rel")] if named else None


def for_them_in_urdu(plain: str) -> Optional[str]:
    """The family member, when an interpreter is asked for them in Urdu script or Roman
    Urdu ("abbu ke liye interpreter chahiye", "میرے والد کے لیے ترجمان"), or None."""
    if not NAMES_INTERPRETER_URDU.search(plain):
        return None
    found = FOR_THEM_URDU.search(plain)
    if found is None:
        return None
    if found.group("ur"):
        return URDU_RELATIONS[found.group("ur")]
    said = (found.group("ro") or found.group("ro2")).lower()
    return ROMAN_RELATIONS[said]


def interpreter_for_in(messages: Iterable[str]) -> Optional[str]:
    """The latest family member named as the one who needs the interpreter, or None."""
    who = None
    for message in messages:
        named = interpreter_for(str(message or ""))
        if named:
            who = named
    return who


def for_a_visit(messages: Iterable[str]) -> bool:
    return any(VISIT.search(str(m or "")) and MENTIONS_INTERPRETER.search(str(m or ""))
               for m in messages)
