"""Who the conversation is about, from a button or from free words.

"Who are we talking about today?" has three buttons, but people type "my mum", "for my
dad", "just me" or "I'm calling for a caller". Each question after it is asked in the right
voice ("What matters most to your mum?"), so the relationship is kept as a plain noun.
Unclear replies ("both", "why?") give None and the question is asked again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from bot.answers.requests import parse_payload
from bot.answers.text import clean, short_words, word_close, words_only

SELF, CARED_FOR, STAFF = "self", "someone_i_care_for", "staff_for_caller"
CHOICES = (SELF, CARED_FOR, STAFF)


@dataclass(frozen=True)
class About:
    """about is "self", "someone_i_care_for" or "staff_for_caller"; relationship a noun."""

    about: str
    relationship: Optional[str] = None


# Typed word -> the noun the questions use ("your mum"). Other languages: a few common words.
RELATIONSHIPS = {
    "mum": "mum", "mom": "mum", "mam": "mum", "mummy": "mum", "mommy": "mum", "ma": "mum",
    "mother": "mother", "mama": "mum", "mamma": "mum", "mumma": "mum", "maman": "mum",
    "dad": "dad", "daddy": "dad", "father": "father", "papa": "dad", "pops": "dad", "tata": "dad",
    "husband": "husband", "hubby": "husband", "wife": "wife", "wifey": "wife", "missus": "wife",
    "partner": "partner", "fiance": "partner", "fiancee": "partner", "boyfriend": "boyfriend",
    "girlfriend": "girlfriend", "bf": "boyfriend", "gf": "girlfriend", "spouse": "partner",
    "son": "son", "daughter": "daughter", "child": "child", "kid": "child", "boy": "son",
    "girl": "daughter", "lad": "son", "stepson": "stepson", "stepdaughter": "stepdaughter",
    "brother": "brother", "bro": "brother", "sister": "sister", "sis": "sister",
    "nan": "nan", "nana": "nan", "nanna": "nan", "gran": "gran", "granny": "gran",
    "grandma": "grandma", "grandmother": "grandmother", "grandad": "grandad",
    "granddad": "grandad", "grandpa": "grandad", "grandfather": "grandfather",
    "grandson": "grandson", "granddaughter": "granddaughter", "aunt": "aunt",
    "auntie": "aunt", "aunty": "aunt", "uncle": "uncle", "nephew": "nephew", "niece": "niece",
    "cousin": "cousin", "friend": "friend", "mate": "friend", "pal": "friend",
    "neighbour": "neighbour", "neighbor": "neighbour", "relative": "relative",
    "stepmum": "stepmum", "stepdad": "stepdad", "parents": "parents", "parent": "parent",
    "grandparents": "grandparents", "inlaws": "in-laws", "in-laws": "in-laws",
    "mother-in-law": "mother-in-law", "father-in-law": "father-in-law",
    "sister-in-law": "sister-in-law", "brother-in-law": "brother-in-law",
    "son-in-law": "son-in-law", "daughter-in-law": "daughter-in-law",
    # Urdu and Punjabi, Welsh, Polish, Arabic words for the closest family
    "ammi": "mum", "ammu": "mum", "maa": "mum", "abbu": "dad", "abba": "dad", "nhad": "dad",
    "tad": "dad", "gŵr": "husband", "gwraig": "wife", "mąż": "husband", "żona": "wife",
    "syn": "son", "córka": "daughter", "أمي": "mum", "أبي": "dad", "زوجي": "husband",
    "زوجتي": "wife", "ابني": "son", "ابنتي": "daughter",
}
TYPO_TARGETS = [w for w in RELATIONSHIPS if len(w) >= 5]


def known_relationship(value: str) -> Optional[str]:
    """The noun for a relationship word ("mom" -> "mum"), or None for a word that is not one
    ("number", round 18: "About: their number")."""
    word = str(value or "").strip().lower()
    return RELATIONSHIPS.get(word) or (word if word in RELATIONSHIPS.values() else None)
# The typed family words as one regex alternation, longest first ("grandmother" before
# "grand..."), for patterns that look for "my <relative>" inside a sentence.
FAMILY_WORDS = "|".join(sorted((re.escape(w) for w in RELATIONSHIPS if w.isascii() and " " not in w),
                               key=len, reverse=True))

STAFF_WORDS = re.compile(
    r"\b(?:caller|callers|i am staff|im staff|im a member of staff|member of staff|staff member|"
    r"i work (?:for|at) the council|work for the council|council worker|council staff|"
    r"(?:im|i am) (?:an? )?(?:adviser|advisor|call handler|contact cent(?:re|er) (?:adviser|advisor|worker))|"
    r"contact cent(?:re|er)|call cent(?:re|er)|on the (?:phone|line) with (?:a|the) "
    r"(?:resident|customer|member of the public|client)|(?:resident|customer|client) on the "
    r"(?:phone|line)|helping a (?:resident|customer|member of the public))\b")
SELF_START = re.compile(
    r"^(?:(?:its |it is |this is |about |for |just |only |me |yes |hi |well )*"
    r"(?:me|myself|my self|mine|self|i am|im|moi|ja|fi|main|mein|ana))"
    r"(?: (?:myself|please|thanks|only|alone|just me|really|for now|on my own|personally|"
    r"thank you|ta|x|here))*$")
SELF_ANYWHERE = re.compile(
    r"\b(?:about me|for me|for myself|about myself|just me|only me|its me|its for me|"
    r"myself|me personally|my own (?:needs|care|situation)|i need help|i need some help|"
    r"it is for me|it is about me)\b")
NOT_SELF = re.compile(r"\bnot (?:for |about )?(?:me|myself)\b")
CARE_WORDS = re.compile(
    r"\b(?:someone (?:i|that i|who i) (?:look after|care for|support|help)|"
    r"(?:i|i am|im) (?:a |an |the |their |his |her )?(?:unpaid )?carer|i care for|i look after|"
    r"someone else|somebody else|another person|a relative|a family member|family member|"
    r"a loved one|person i (?:care for|look after)|(?:his|her|their) carer|the person i care for)\b")
BOTH = re.compile(r"\b(?:both|both of us|me and (?:my|her|him)|(?:my \w+ and me)|us both|"
                  r"me and \w+ both|each other)\b")
LEADS_TO_OTHER = re.compile(
    r"^(?:its |it is |this is |well |hi |hello )*(?:for |about )?(?:my|our|a)\b|"
    r"\b(?:for|about|helping|look after|looking after|care for|caring for|calling about|"
    r"asking for|asking about|on behalf of|worried about) (?:my|our|a)\b")
LOST = re.compile(r"\b(?:died|passed away|passed on|lost my|funeral|late (?:wife|husband)|"
                  r"bereaved|widowed|widow|widower)\b")


def _payload_about(raw: str) -> Optional[About]:
    intent, entities = parse_payload(raw)
    if intent != "inform":
        return None
    about = entities.get("about")
    relationship = entities.get("relationship")
    if about in CHOICES:
        return About(str(about), str(relationship) if relationship else None)
    return None


def _relationship(words: str) -> Optional[str]:
    """The first relationship noun in the words ("my wife who has ms" -> "wife")."""
    words = re.sub(r"\b(mother|father|sister|brother|son|daughter) in law\b", r"\1-in-law", words)
    tokens = re.sub(r"\bin ?laws\b", "in-laws", words).split()
    for i, token in enumerate(tokens):
        token = re.sub(r"s$", "", token) if token.endswith("s") and token[:-1] in RELATIONSHIPS \
            and token not in RELATIONSHIPS else token
        if token in RELATIONSHIPS:
            if token in ("boy", "girl", "kid", "child", "lad", "ma", "pops", "mate", "pal", "tad",
                         "syn", "maa") and (i == 0 or tokens[i - 1] not in ("my", "our", "a", "fy",
                                                                           "meri", "mera", "mój")):
                continue
            return RELATIONSHIPS[token]
        if len(token) >= 5 and i > 0 and tokens[i - 1] in ("my", "our"):
            for target in TYPO_TARGETS:
                if word_close(token, target):
                    return RELATIONSHIPS[target]
    return None


def parse_about(text: str) -> Optional[About]:
    """Who the conversation is about, or None when the reply does not say clearly."""
    raw = clean(text)
    if not raw:
        return None
    if raw.startswith("/"):
        return _payload_about(raw)
    words = short_words(raw, 40)
    if not words:
        return None
    if raw.rstrip().endswith("?") and not re.search(r"\b(?:caller|my \w+)\b", words):
        return None
    if words in ("someone i look after", "i work for the council and i am helping a caller"):
        return About(CARED_FOR if words.startswith("someone") else STAFF)
    if STAFF_WORDS.search(words):
        return About(STAFF)
    if BOTH.search(words):
        return None
    head = words_only(re.split(r"[,.;:!?()]|\s-\s", raw, maxsplit=1)[0])
    if SELF_START.match(words) or SELF_START.match(head):
        return About(SELF)   # "just me, my husband passed away" is about the person
    relationship = _relationship(words)
    if relationship and len(words.split()) > 8 and not LEADS_TO_OTHER.search(words):
        relationship = None  # a long story that mentions "my wife": ask rather than guess
    if relationship and LOST.search(words):
        return None          # "my wife died in march": likely about the person themself
    not_self = bool(NOT_SELF.search(words))
    if relationship:
        if SELF_ANYWHERE.search(words) and not not_self:
            return None      # "about me, but I look after my husband": ask which
        return About(CARED_FOR, relationship)
    if CARE_WORDS.search(words):
        return About(CARED_FOR)
    if SELF_ANYWHERE.search(words) and not not_self:
        return About(SELF)
    return None
