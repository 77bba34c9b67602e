"""One way to tidy what people type, so every parser sees the same text.

People type curly quotes, invisible characters, doubled spaces and trailing "!!!". The
parsers compare words, so those are removed here once.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from typing import List

MAX_CHARS = 2000  # longer messages are answers, never requests; parse only the start

INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")
APOSTROPHES = re.compile("[\u2018\u2019\u201b\u02bc\u0060\u00b4]")
QUOTES = re.compile("[\u201c\u201d\u201e\u00ab\u00bb]")


def clean(text: object) -> str:
    """The text with invisible characters removed, straight quotes and single spaces."""
    text = unicodedata.normalize("NFKC", str(text or "")[:MAX_CHARS])
    text = INVISIBLE.sub("", text)
    text = APOSTROPHES.sub("'", text)
    text = QUOTES.sub('"', text)
    return re.sub(r"\s+", " ", text).strip()


def words_only(text: object) -> str:
    """Lower case words with apostrophes dropped and punctuation turned into spaces.

    "What's that got to do with anything?!" -> "whats that got to do with anything"
    """
    lowered = clean(text).lower().replace("'", "")
    # Keep letters, digits and combining marks (Punjabi and Urdu words need their marks).
    kept = "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in lowered)
    return re.sub(r"\s+", " ", kept).strip()


def short_words(text: object, max_words: int) -> str:
    """``words_only(text)`` when it has at most ``max_words`` words, else "": the first step
    of the readers that only read short messages (a long one is a story, not this answer)."""
    said = words_only(text)
    return said if len(said.split()) <= max_words else ""


# Sounds and words a short reply may open with before its answer: "erm yes", "well no".
FILLERS = ("oh", "um+", "erm+", "er", "well", "hmm+", "ah", "so")


def without_filler(said: str, *more: str) -> str:
    """``said`` (from ``words_only``) without one opening filler; ``more`` adds a parser's own
    ("honestly no" to the direct question, "hello yes" to a yes or no)."""
    return re.sub(r"^(?:" + "|".join(FILLERS + more) + r")\s+", "", said)


def word_close(typed: str, wanted: str) -> bool:
    """One typed word is the wanted word or a small slip of it ("strat" for "start").

    Short words must be exact: "stop" and "shop" are different words.
    """
    if typed == wanted:
        return True
    if min(len(typed), len(wanted)) < 4 or abs(len(typed) - len(wanted)) > 2:
        return False
    if typed[0] != wanted[0]:
        return False
    return SequenceMatcher(None, typed, wanted).ratio() >= 0.75


def phrase_close(typed: str, wanted: str) -> bool:
    """Two phrases (already through words_only) match word for word, small slips allowed."""
    if typed == wanted:
        return True
    typed_words: List[str] = typed.split()
    wanted_words: List[str] = wanted.split()
    if len(typed_words) != len(wanted_words) or not wanted_words:
        return False
    slips = sum(t != w for t, w in zip(typed_words, wanted_words))
    return slips <= 2 and all(word_close(t, w) for t, w in zip(typed_words, wanted_words))


def capital(text: str) -> str:
    """The text with its first letter a capital, the rest as it was ("sue helps" -> "Sue
    helps"; never str.capitalize, which would lower "Sue" later in the text)."""
    return text[:1].upper() + text[1:]


def has_word(text: str, word: str) -> bool:
    """True when ``word`` (or a phrase) stands in ``text`` as whole words ("hand" is not in
    "handbag")."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None
