"""Tells when a message asks what a care word means, without Rasa.

"hang on whats a DoLS", "CHC?", "it says i have eligible needs??" ask about a word from the
jargon buster (jargon/glossary.yml); "is there a carers group near me" and "i get direct
payments" only use one. Used by the form engine (explained at any question) and by the NLU
command layer (explained outside forms, whatever the model guessed).
"""
from __future__ import annotations

import re
from typing import Optional

from jargon import glossary

MEANING_QUESTION = re.compile(
    r"^(?:(?:hang on|sorry|wait|um+|erm+|ok|so|and|but)[, ]+)*(?:what|whats|what's|wots|wot|"
    r"explain|meaning of|what do you mean by|what does|what do)\b", re.IGNORECASE)
# "whats a job coach", "i dont know what a job coach is", "what does reablement mean": the
# whole clause is the question and the word; "whats on at the day centre" is not.
WHAT_IS_IT = re.compile(
    r"^(?:(?:hang on|sorry|wait|um+|erm+|ok|so|and|but|hi|hiya)[, ]+)*"
    r"(?:what(?:s|'s| is| are| r)|i (?:dont|don't|do not) (?:know|understand|get) what(?:s| is| a| an)?"
    r"|what (?:does|do)|(?:can you )?explain(?: what)?"
    # "can you just tell me what respite is please", "i asked what respite means"
    r"|(?:can|could|will|would) you (?:just |please |pls )?(?:tell me|explain|say)(?: what)?"
    r"|(?:i )?(?:asked|want to know|wanted to know|need to know|only asked|just asked) what)"
    r"\s+(?:a |an |the |that word )?(?P<word>.+?)"
    r"(?:\s+(?:is|are|means?|is like|mean|do|does|then))?"
    r"(?:\s+(?:please|pls|plz|then|love|thanks|ta|exactly|actually))?\s*[?!.]*$", re.IGNORECASE)
# Where a question about a word may start inside a longer clause: "the shop one i like 👍
# wots suported mean" (read as meant: "whats suported mean").
QUESTION_START = re.compile(
    r"\b(?:what(?:s|'s| is| are| does| do)|(?:can|could|will|would) you|i (?:dont|don't|do not) "
    r"(?:know|understand|get) what|(?:i )?(?:asked|want to know|need to know) what|explain)\b",
    re.IGNORECASE)


REPORTED = re.compile(r"^(?:(?:he|she|they|the \w+|it|my \w+) (?:said|says|asked|asks|mentioned|"
                      r"wants to know)|(?:the )?letter says)[, ]+", re.IGNORECASE)


def asks_what_it_is(text: str) -> bool:
    """One clause asks what a care word is: "whats a job coach", "i dont no wot a job coach
    is" (read as meant), "the work tasters look good. whats a job coach"."""
    return word_asked_about(text) is not None


def word_asked_about(text: str) -> Optional[str]:
    """The care word a clause asks about ("respite" in "can you just tell me what respite is
    please"), or None."""
    clauses = [c.strip() for c in re.split(r"(?<=[?!.;,])\s+", text or "") if c.strip()]
    for clause in clauses[-3:]:
        starts = [0] + [m.start() for m in QUESTION_START.finditer(clause) if m.start() > 0]
        for start in starts:
            found = WHAT_IS_IT.match(clause[start:])
            word = found.group("word").strip(" ?!.,") if found else ""
            if word and (glossary.lookup(word) is not None or glossary.starting_with(word)):
                return word
    return None


def asks_what_a_term_means(text: str) -> bool:
    """Surely a question about a care word, whatever the model says: "whats a DoLS",
    "CHC?", "what does eligible mean", "he said what does reablement mean? the hospital
    mentioned it". Not "is there a carers group near me"."""
    clauses = [c.strip() for c in re.split(r"(?<=[?!.;])\s+", text) if c.strip()]
    if len(clauses) > 1 and len(clauses) <= 3:
        return any(_asks(REPORTED.sub("", c)) for c in clauses)
    return _asks(REPORTED.sub("", text.strip()))


def _asks(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 12:
        return False
    bare = text.strip().strip("?!. ")
    if "?" in text and glossary.lookup(bare) is not None:
        return True
    asks = MEANING_QUESTION.match(text.strip()) or re.search(r"\bmeans?\b", text, re.IGNORECASE)
    return bool(asks) and bool(glossary.find_terms(text))



def is_a_care_word(text: str) -> bool:
    """ "eligible needs", "CHC??", "s117 aftercare?": a message that is nothing but a care word
    is a request to explain it."""
    bare = text.strip().strip("?!. ").strip()
    if not bare or bare.startswith("/") or len(bare.split()) > 4:
        return False
    return glossary.lookup(bare) is not None


# Asked without a question mark: "you didnt answer me. is a short stay a care home or not"
# (round thirteen: "Thank you for telling me.").
# "you mentioned a carers assessment earlier. what is it and do I have to pay": "what is it"
# about the word named just before.
ASKED_WITHOUT_A_MARK = re.compile(
    r"\bor not\W*$|(?:^|[.!;]\s+)(?:so |but |and |ok )?(?:(?:is|are) (?:a|an) |"
    r"(?:what(?:s| is| does) (?:it|that|this|one)|(?:do|will|would) (?:i|we) have to pay)\b)",
    re.IGNORECASE)
MAX_ASKED_WORDS = 9


def mentions_a_care_word_with_a_question(text: str) -> bool:
    """ "it says i have eligible needs??", "is a short stay a care home or not": short (its
    last sentence), asks, and holds a care word."""
    last = [c for c in re.split(r"(?<=[.!?])\s+", text.strip()) if c.strip()][-1:] or [""]
    asked = "?" in text or bool(ASKED_WITHOUT_A_MARK.search(text))
    short = 0 < len(text.split()) <= MAX_ASKED_WORDS or (
        0 < len(last[0].split()) <= MAX_ASKED_WORDS and bool(ASKED_WITHOUT_A_MARK.search(last[0])))
    return short and asked and bool(glossary.find_terms(text))


# A sentence copied from a letter, or said to be from one: "it also says we will assess
# whether he has eligible needs", "'a review ... within 6-8 weeks' what does that mean".
FROM_A_LETTER = re.compile(
    r"[\"'\u2018\u201c][^\"'\u2019\u201d]{8,}[\"'\u2019\u201d]"
    r"|\b(?:it|letter|the letter|form|the form|leaflet|email|plan|report|council)"
    r"(?: also| then)? (?:says?|said|wrote|writes|states?|mentions?)\b"
    r"|\bwhat (?:does|do|did) (?:that|this|it|they) (?:mean|say)\b"
    r"|\bin (?:plain|normal|simple|proper)? ?english\b", re.IGNORECASE)


# (round thirteen: a 47-word letter sentence with "in normal english what does that mean
# for me?" after it)
MAX_LETTER_WORDS = 60


def pastes_a_care_word(text: str) -> bool:
    """A pasted or reported letter sentence holding a care word: explain the word."""
    if not text or text.startswith("/") or len(text.split()) > MAX_LETTER_WORDS:
        return False
    return bool(FROM_A_LETTER.search(text)) and bool(glossary.find_terms(text))
