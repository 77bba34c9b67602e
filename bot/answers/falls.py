"""Hears a fall, a near-fall or unsteady legs in a person's own words.

Round sixteen: a widower said "the stairs are getting hard and i had a wobble in the kitchen
last week" and got the carer's break script, although nothing in it was about caring; the
near-fall was never picked up. A fall (or nearly falling) is the best single sign that
someone needs help to stay safe at home: it is said back, with the three usual ways on (a
home safety check, a personal alarm, a strength and balance class), and kept for the team.

"my mum had a fall" is about someone else, and "i fell asleep", "we fell out", "in the fall"
are not falls.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot import texts
from bot.answers.text import clean, words_only

# After words_only (no apostrophes, lower case).
FALL = re.compile(r"\b(?:" + "|".join([
    r"(?:had|have had|took|taken|keep having|have been having|been having) (?:a |another |"
    r"a bit of a |a little |the odd |a few |a couple of |some )?(?:falls?|tumbles?|wobbles?|"
    r"funny turns?|near miss)",
    r"(?:i|ive|i have|i nearly|i almost|nearly|almost|keep) (?:fell|fallen|falling|tripped|"
    r"tripping|slipped|slipping|went over|gone over|going over|collapsed)(?! (?:asleep|out|"
    r"behind|for|in love|through|apart|silent|ill|pregnant))",
    r"fell (?:over|down|on the|in the|off|backwards)",
    r"(?:unsteady|wobbly|dizzy) on my (?:feet|legs)", r"(?:im|i am|i feel|feeling) (?:unsteady|"
    r"wobbly)",
    r"(?:my )?(?:legs|knees|balance) (?:arent|are not|isnt|is not) what (?:they|it) (?:were|was|"
    r"used to be)",
    r"(?:my )?(?:legs|knees) (?:keep |are |have been )?(?:giving way|going|buckling)",
    r"(?:the )?(?:stairs|steps) (?:are|is) (?:getting )?(?:hard|harder|difficult|a struggle|"
    r"too much|a problem)",
    r"(?:struggle|struggling|cant manage|cannot manage|cant do|cannot do) (?:with )?(?:the )?"
    r"(?:stairs|steps)",
]) + r")\b")

# Words about looking after someone: then the carer's script may still be right.
CARING = re.compile(r"\b(?:look(?:s|ed|ing)? after|car(?:e|es|ed|ing) for|caring|carer|"
                    r"(?:i|we) help (?:my|him|her)|(?:his|her|their) (?:tablets|meds|dementia|"
                    r"personal care))\b")

# Someone else is the one who fell: "my mum had a fall", "he keeps falling".
THEM_FIRST = re.compile(r"^(?:and |but |so |well |now )*(?:she|shes|he|hes|they|theyre|"
                        r"(?:my |our )(?:mum|mam|mom|mother|dad|father|nan|gran|grandad|"
                        r"husband|wife|partner|son|daughter|brother|sister|friend|neighbour)"
                        r"(?:s)?)\b")
CLAUSE = re.compile(r"[.!?;,]+|\b(?:and|but|because|cos|so)\b")


def tells_of_own_fall(text: str) -> bool:
    """The person says they fell, nearly fell, or are getting unsteady (stairs, legs)."""
    said = clean(text or "")
    for part in CLAUSE.split(said):
        words = words_only(part)
        if words and FALL.search(words) and not THEM_FIRST.match(words):
            return True
    return False


def about_caring(text: str) -> bool:
    """The message says something about looking after someone."""
    return bool(CARING.search(words_only(clean(text or ""))))


FALL_LINES = [
    "Thank you for telling me. A fall, or nearly falling, matters. It is good you said.",
    "We can help you stay safe and steady at home. A home safety check looks at things like "
    "stairs and rails. A personal alarm lets you call for help if you fall. A strength and "
    "balance class can make you steadier.",
    "If you are hurt or feel unwell after a fall, call 111. In an emergency, call 999.",
    "Would you like to look at any of these, or talk to a person?",
]


def fall_buttons() -> List[Dict[str, str]]:
    return [
        {"title": "A personal alarm",
         "payload": '/find_service{"service_category": "technology"}'},
        {"title": "Help to stay safe at home",
         "payload": '/find_service{"service_category": "living_independently"}'},
        {"title": "A strength and balance class",
         "payload": '/find_service{"service_category": "health_and_wellbeing"}'},
        dict(texts.TALK_TO_A_PERSON),
    ]


NOTE = "Told us about a fall or nearly falling: '{words}'"


def note_for_team(text: str) -> str:
    """What is kept on the record for staff, in the person's words."""
    return NOTE.format(words=" ".join((text or "").split())[:300])


def all_texts() -> Dict[str, str]:
    """Every sentence above, for the plain-language gate."""
    out = {f"falls.FALL_LINES[{i}]": line for i, line in enumerate(FALL_LINES)}
    out.update({f"falls.button:{b['title']}": b["title"] for b in fall_buttons()})
    out["falls.note"] = note_for_team("i had a wobble in the kitchen")
    return out
