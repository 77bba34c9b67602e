"""A booked call put right: a new time ("change it to after 2pm", "no make it thursday
afternoon", "actually after 2 is better", "NOT 9 till 1, ring after 2") or a wrong number
("thats the wrong number love, i said 0718", "change my phone number to 0113 496 0718").

Round 11: these were saved as assessment answers or opened a directory card, and the call
stayed booked at the wrong time, on the wrong number. Pure: read here, acted on in
actions/call_changes.py (only when a call is booked and the contact step is not asking).
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.callback_talk import HEARING_FINE, hearing_taken_back
from bot.answers.contact import parse_contact
from bot.answers.text import words_only

NEW_TIME = "new_time"
WRONG_TIME = "wrong_time"        # the time is wrong, no new time said yet
WRONG_NUMBER = "wrong_number"
CALLS_OK = "calls_ok"            # a call wanted after "text or email only" was noted
NEW_WAY = "new_way"              # another way in, said to be better than the one booked

MAX_WORDS = 40

# Words that put the booked time right, said with a time.
CHANGES_TIME = re.compile(
    r"(?<!can't )(?<!cant )(?<!cannot )(?<!not )(?<!never )"
    r"\b(?:change|changed|move|moved|swap|switch|make|made) (?:it|that|the (?:call|time|call "
    r"time)|my (?:call|time))\b|\b(?:change|move) (?:the )?(?:call|time) to\b|"
    r"\b(?:actually|instead|rather|prefer|preferably)\b|\b(?:is|would be|are|s) (?:better|best|"
    r"easier)\b|\bwrong time\b|\btime is wrong\b|\bcall time\b|\bnot then\b|"
    r"^\W*no\b.{0,60}\b(?:ring|call|phone|make it|try)\b|"
    r"\b(?:can|could) (?:they|you|the team) (?:ring|call|phone) (?:me )?(?:after|before|"
    r"between|in the|on)\b|"
    # "They can ring, just not 8 till 9 or 5 till 6" (round seventeen)
    r"\b(?:they|you|the team|u) (?:can|may|could) (?:ring|call|phone)\b(?: me| us)?,? (?:just |"
    r"but |only )?not\b|"
    # "best time to ring me is any morning after 10", "just put any morning after 10",
    # "ring me mornings after 10" (round 13: "Sorry, I did not understand that")
    r"\b(?:best|good|better) (?:time|times|day|days)\b|"
    r"\bput (?:it |me |that )?(?:down )?(?:as |for )?(?:any|after|before|between|in the|mornings?|"
    r"afternoons?|evenings?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|"
    r"\b(?:ring|call|phone|try) me (?:any ?(?:time|morning|afternoon|evening|day)|after|before|"
    r"between|in the|mornings?|afternoons?|evenings?)\b|\b(?:can'?t|cant|cannot) (?:take|do|answer) (?:calls|the phone|it)\b",
    re.IGNORECASE)
# The booked time said to be wrong, with no time in the message: the time is asked again.
TIME_WRONG = re.compile(
    r"\b(?:wrong time|(?:call |the )?time is wrong|(?:that|this|the) time (?:is|s) (?:no good|"
    r"wrong|not right)|(?:cant|can'?t|cannot) (?:do|take calls?|answer)(?: at)? (?:that time|"
    r"then))\b", re.IGNORECASE)
# A number or email said to be wrong, or a new one given to replace it.
WRONG = re.compile(
    r"\bwrong (?:number|phone|mobile|email|e-mail|digits?)\b|"
    r"\b(?:number|phone number|mobile|email|e-mail)(?: you have| you've got| you read back)? "
    r"(?:is|was|s|'s) (?:wrong|not right|incorrect)\b|"
    r"\bthats? not my (?:number|phone|mobile|email)\b|\bthat'?s not my (?:number|mobile|email)\b|"
    r"\b(?:change|changed|update|correct) (?:my|the) (?:phone |mobile |contact |home )?"
    r"(?:number|email|e-mail|phone)\b|"
    r"\bi said \d[\d ]{2,}|\b(?:got|put|wrote|written) (?:it|my number|the number) (?:down )?"
    r"wrong\b|\b(?:it|my number) (?:should be|is actually|ends in)\b",
    re.IGNORECASE)


# A number or email said to be the better way in ("ok email better. kasia@example.com",
# "use my mobile instead 07700 900456", "email me rather than ring, x@y.com"): round
# seventeen, the email was lost and only a goodbye said. "as well", "too" add a way in.
PREFERS = re.compile(
    r"\b(?:better|best|instead|rather|prefer|preferably|easier|actually|use|switch|swap)\b|"
    r"\bnot (?:the |my )?(?:phone|landline|mobile|number|calls?|ringing|ring|email)\b|"
    r"\b(?:e-?mail|text|txt|ring|call|phone|contact) me (?:on|at)\b", re.IGNORECASE)
AS_WELL = re.compile(r"\b(?:as well|too|also|and my|both)\b", re.IGNORECASE)


# About the care visits or who comes ("can asha do my wednesday and friday teas instead of
# tracey", "can the carers come after 10"), not the call: never a new call time (round 13:
# the days he said never to ring became the call time).
CARE_VISIT = re.compile(
    r"\b(?:carers?|teas|tea ?(?:time )?(?:calls?|visits?)|lunch (?:calls?|visits?)|"
    r"bed ?(?:time )?(?:calls?|visits?)|morning (?:calls?|visits?)|care (?:calls?|visits?)|"
    r"visits?|rota|shifts?|cover (?:for|my|her|his)|(?:her|his) (?:round|shift))\b|"
    r"\binstead of (?!(?:a |the )?(?:call|ring|phon|text|e-?mail|morning|afternoon|evening|"
    r"night|week|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|then|that|now|"
    r"after|before|\d))[a-z]+\b|"
    r"\b(?:can|could|will|would) (?!you\b|they\b|u\b|someone\b|somebody\b|the team\b|"
    r"i\b|we\b|it\b|that\b|this\b|he\b|she\b|only\b|really\b|just\b|not\b|never\b|"
    r"still\b|also\b|even\b|maybe\b|probably\b|actually\b|definitely\b|possibly\b|"
    r"easily\b|always\b|sometimes\b|honestly\b|all\b|both\b|well\b|so\b|def\b|"
    r"defo\b|deffo\b|rly\b|realy\b|easy\b)[a-z]+ (?:do|cover|come|take over)\b",
    re.IGNORECASE)
# Said of the call itself: a care-visit message still puts the call right when it says so.
OF_THE_CALL = re.compile(
    r"\b(?:ring|phone|rang) me\b|\bcall me\b|\bcall ?back\b|\b(?:best|call) time\b|"
    r"\b(?:ring|phone|call) (?:me )?(?:any|after|before|between)\b|\bthe call\b",
    re.IGNORECASE)


def about_care_visits(text: str) -> bool:
    """A message about the carers' visits or who comes, not about when to phone."""
    plain = (text or "").lower().replace("\u2019", "'")
    return bool(CARE_VISIT.search(plain)) and not OF_THE_CALL.search(plain)


def change_kind(text: str) -> Optional[str]:
    """NEW_TIME, WRONG_TIME, WRONG_NUMBER or CALLS_OK when the message puts a booked call
    right."""
    if not text or text.startswith("/") or len(text.split()) > MAX_WORDS:
        return None
    plain = text.lower().replace("\u2019", "'")
    if WRONG.search(plain):
        return WRONG_NUMBER
    if hearing_taken_back(text):
        return CALLS_OK        # "no my hearing is fine, I want a phone call please"
    if about_care_visits(text):
        return None
    found = parse_contact(text)
    if (found.phone or found.email) and PREFERS.search(plain):
        return NEW_WAY
    if found.best_time and not (found.phone or found.email) and CHANGES_TIME.search(plain):
        return NEW_TIME
    if not found.best_time and TIME_WRONG.search(plain):
        return WRONG_TIME
    return None


# Said of the call itself: outside a form only these are taken from the model's guess
# ("no make it thursday afternoon" after a search may be about a group's day).
ABOUT_THE_CALL = re.compile(r"\b(?:ring|call|phone|rang|called|time|number|them|they|"
                            r"the team)\b|^\W*(?:can you |please |pls )?(?:change|move|swap) "
                            r"(?:it|that)\b", re.IGNORECASE)


def only_the_new_way(text: str) -> bool:
    """The new way in replaces the booked one ("email better"), unless added to it ("my
    email too")."""
    return not AS_WELL.search(text or "")


def changes_the_call(text: str) -> bool:
    """A change said plainly of the call: a wrong number, or a new time with the call named."""
    kind = change_kind(text)
    if kind == CALLS_OK:
        # "my hearing is fine", "I want a phone call": not "i dont do emails" alone
        return bool(HEARING_FINE.search(words_only(text)) or ABOUT_THE_CALL.search(text))
    return kind in (WRONG_NUMBER, WRONG_TIME, NEW_WAY) or (
        kind == NEW_TIME and bool(ABOUT_THE_CALL.search(text or "")))
