"""Maps what people type or tap to one answer on the survey scale.

Buttons send the exact label; typed answers ("yeah mostly", "not really", "5/5", "4 out of
5") are mapped by rules that are easy to read and test. Anything unclear gives None, so the
bot asks again rather than guessing.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.logredact import PATTERNS
from bot.markers import SKIPPED
from bot.surveys.definitions import SCALE_ANSWERS

LABELS = {label.lower(): code for code, label in SCALE_ANSWERS}
LABELS.update({code.replace("_", " "): code for code, _ in SCALE_ANSWERS})

SKIP = re.compile(r"^(?:/skip|skip(?: (?:this|it|this one|that))?|pass|next|rather not say"
                  r"|i'?d rather not(?: say)?|no comment|none|nothing|n/?a|no thanks)$")
PREFER_NOT = re.compile(r"prefer not|rather not say|don'?t want to say")
NEITHER = re.compile(r"\b(?:neither|not sure|unsure|(?:don'?t|do not|dnt|don) (?:know|no|kno|knw)|"
                     r"dunno|idk|no idea|not a clue|no clue|so[- ]so|"
                     r"in between|in the middle|the middle (?:one|answer|button)|middle one|"
                     r"half and half|sometimes|mixed|ok-?ish|both|"
                     r"/dont_know)\b")
# "It's ok I guess", "alright I suppose", "could be better": lukewarm, not agreement.
HEDGED = re.compile(r"\b(?:i guess|i suppose|suppose so|s'pose|spose|ish|sort of|"
                    r"kind of|kinda|sorta|could be better|not bad|it'?s ok|its alright|"
                    r"it'?s alright|fair|average|meh|hit and miss|up and down|depends)\b")
STRONG_NO = re.compile(r"\b(?:strongly disagree|definitely not|absolutely not|not at all|"
                       r"never|no way|terrible|awful|hate)\b")
NO = re.compile(r"\b(?:disagree|not really|not much|not always|not very|no|nope|nah|rarely|"
                r"hardly|not enough|poor|bad|/deny)\b")
STRONG_YES = re.compile(r"\b(?:strongly agree|definitely|absolutely|totally|completely|"
                        r"always|very much|100%|excellent|brilliant|love|fully)\b")
YES = re.compile(r"\b(?:agree|yes|yeah|yep|yup|mostly|usually|true|ok|okay|fine|good|"
                 r"happy|sure|i do|i am|i think so|/affirm)\b")
NEGATED = re.compile(r"\b(?:not|isn'?t|aren'?t|don'?t|doesn'?t|wasn'?t|can'?t|won'?t)\b")
# "5 out of 5", "4/5 mostly", "5 out of 5, i pick my times so thats fine": the score said
# first decides, whatever comes after it (round twelve: the "fine" after it gave Agree).
OUT_OF = re.compile(r"^(\d{1,2})\s*(?:/|out of|outta)\s*(\d{1,2})(?![\d/])\b")


PAYLOADS = {"/affirm": "yes", "/deny": "no", "/dont_know": "not sure", "/skip": "skip"}


def _normalise(text: str) -> str:
    text = (text or "").strip().lower().replace("’", "'")
    text = PAYLOADS.get(text.split("{")[0], text)
    text = re.sub(r"[!.?,;:\"]+$", "", text)
    return re.sub(r"\s+", " ", text).strip()


def from_score(score: int, top: int) -> Optional[str]:
    if top <= 0 or not 0 <= score <= top:
        return None
    share = score / top
    if share >= 0.9:
        return "strongly_agree"
    if share >= 0.65:
        return "agree"
    if share >= 0.45:
        return "neither"
    if share >= 0.25:
        return "disagree"
    return "strongly_disagree"


def parse_agreement(text: str) -> Optional[str]:
    """One scale code, "skipped", or None when the answer is unclear."""
    said = _normalise(text)
    if not said:
        return None
    if said in LABELS:
        return LABELS[said]
    if PREFER_NOT.search(said):
        return "prefer_not_to_say"
    if SKIP.match(said):
        return SKIPPED
    ratio = OUT_OF.match(said)
    if ratio:
        return from_score(int(ratio.group(1)), int(ratio.group(2)))
    if NEITHER.search(said):
        return "neither"
    if HEDGED.search(said) and not (STRONG_NO.search(said) or STRONG_YES.search(said)):
        return "neither"
    if STRONG_NO.search(said) or (NEGATED.search(said) and re.search(r"\bat all\b", said)):
        return "strongly_disagree"
    if NO.search(said) or NEGATED.search(said):
        return "disagree"
    if STRONG_YES.search(said):
        return "strongly_agree"
    if YES.search(said):
        return "agree"
    return None


# "hang on what does 'the person I care for' mean here, my mum or my brother?": a question
# about the sentence, not an answer to it (round nine: saved as "Neither" from "both").
ASKS_ABOUT = re.compile(r"\b(?:what|which|who|whom) (?:does|do|is|are|counts?|means?|should)\b|"
                        r"\bmeans?\b.*\?|\bdo you mean\b|\bwhat (?:about|if)\b.*\?|"
                        r"\b(?:does|do) (?:it|this|that) (?:mean|count|include)\b")
SAYS_AN_ANSWER = re.compile(r"\b(?:agree|disagree|yes|yeah|yep|no|nope|nah|not really|mostly|"
                            r"strongly|definitely|never|always)\b")


def asks_about_the_sentence(text: str) -> bool:
    """True when a reply to a survey sentence asks what it means and gives no answer."""
    said = _normalise(text)
    return "?" in (text or "") and bool(ASKS_ABOUT.search(said)) and \
        not SAYS_AN_ANSWER.search(said)


def bare_number(text: str) -> Optional[int]:
    """ "5" on its own: 5 out of 5, or the fifth button? The bot asks which."""
    said = _normalise(text)
    return int(said) if re.fullmatch(r"[1-6]", said) else None


def redact_comment(text: str) -> str:
    """Comments are kept without personal details: emails, phone numbers, postcodes, names."""
    for pattern, replacement in PATTERNS[:3]:
        text = pattern.sub(replacement, text)
    text = re.sub(r"(?i)\b(my name is|i am called|i'?m called|this is)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?",
                  r"\1 [name]", text)
    return text[:2000]
