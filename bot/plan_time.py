"""Which time a message gives for a plan to end a life, read only to say it back and to put
it on the hand-off as urgent (never to decide whether there is danger).

People name more than one time: the time a preparation was done and the time of the plan.
Round fourteen: "gave the dog to my sister at the weekend and wrote the kids a letter each.
got enough tabs saved. thursday night when its quiet" was said back, and sent to staff as
URGENT, as "the weekend". The weekend is when the dog went; the plan is Thursday night.

So each time named is read with the words beside it (back to the time before it or the start
of its sentence, on to the next "and"/"but" or time): a time beside a thing already done
("gave", "wrote", "sorted", "last") is not the plan's time, unless those words also look
ahead ("will", "going to", "when its quiet"). Of the others, the one beside the means or
the intent ("tabs", "do it", "when") comes first; else the first one. Days are read with
the usual slips ("thursdy", "wensday", "fri nite").
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import List, Optional

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Short forms and slips that the closeness test below would miss.
DAY_FORMS = {
    "tues": "tuesday", "tue": "tuesday", "weds": "wednesday", "wensday": "wednesday",
    "thurs": "thursday", "thur": "thursday", "thu": "thursday", "thurdsay": "thursday",
    "fri": "friday", "fryday": "friday", "firday": "friday", "fridy": "friday",
    "sat": "saturday", "sun": "sunday", "mon": "monday", "wed": "wednesday",
}
# "sat", "sun", "mon", "wed" are everyday words too ("i sat down", "the sun"): a day only
# with a word that places it ("on sat", "sat night").
AMBIGUOUS = frozenset({"sat", "sun", "mon", "wed"})
PLACES_IT = frozenset({"on", "by", "before", "b4", "till", "til", "until", "this", "next",
                       "for", "from", "after"})
PART_OF_DAY = {"night": "night", "nite": "night", "nyt": "night", "morning": "morning",
               "mornin": "morning", "evening": "evening", "eve": "evening",
               "afternoon": "afternoon"}
OTHER_TIMES = {
    "tonight": "tonight", "tonite": "tonight", "2nite": "tonight", "2night": "tonight",
    "tomorrow": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow", "tomoz": "tomorrow",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "christmas": "christmas", "xmas": "christmas",
}
# Two-word times: "the weekend", "this wkend", "next week", "new year", "my birthday".
PHRASES = re.compile(
    r"\b(?P<which>the|this|next|at the)?\s*(?P<word>week ?end|wkend)\b"
    r"|\bnext week\b|\bnew year\b|\bmy birthday\b", re.IGNORECASE)

# Words beside a time that say a thing was already done then.
DONE = re.compile(
    r"\b(?:gave|give|given|giv|wrote|written|writ|sorted|rehomed|re homed|sold|posted|"
    r"took|went|sent|paid|cleared|finished|handed|dropped|visited|saw|said|did|made|bought|"
    r"last|ago|already|was|were)\b", re.IGNORECASE)
# ...and words that look ahead (the plan): they win over the words above.
AHEAD = re.compile(
    r"\b(?:will|ll|gonna|going to|goin to|planning|plan|planned|ready for|when|then|"
    r"thats when|is when|its happening|happening|do it|doing it|end it|ending it|"
    r"be gone|be over|wont be here|until|till|before|by|for|after)\b", re.IGNORECASE)
# The means or the act, beside the time: that time is the plan's.
PLAN_WORDS = re.compile(
    r"\b(?:tabs|tablets|pills|meds|medication|paracetamol|co-?codamol|insulin|rope|"
    r"bridge|train|overdose|od|do it|doing it|end it|ending it|kill myself|take them|"
    r"take it|when its quiet|when it is quiet|when no ?one|nobody about|the night|"
    r"its happening|thats when|is when|be gone|goodbye)\b", re.IGNORECASE)
# "sorted my will": the paper, not the future.
A_WILL = re.compile(r"\b(?:my|a|the|his|her|new|their) will\b", re.IGNORECASE)
# "not friday", "any day but thursday", "except sunday": a time ruled out, not the plan's.
RULED_OUT = re.compile(r"\b(?:not|except|apart from|but|never|no)\s+(?:on\s+|at\s+|this\s+|"
                       r"the\s+|a\s+)?$", re.IGNORECASE)
BREAKS = re.compile(r"[.!?;,\n]+")
JOINS = re.compile(r"\b(?:and|but|then|so|n)\b", re.IGNORECASE)
WORD = re.compile(r"[a-z0-9']+", re.IGNORECASE)


@dataclass
class Named:
    said: str     # "Thursday night", "the weekend", "tonight"
    start: int
    end: int


def _day(token: str) -> Optional[str]:
    word = token.lower().replace("'", "")
    if word in DAYS:
        return word
    if word in DAY_FORMS:
        return DAY_FORMS[word]
    if word.endswith("s") and word[:-1] in DAYS:
        return word[:-1]                   # "fridays"
    if len(word) >= 5 and (word.endswith("day") or word.endswith("dy") or word.endswith("dai")):
        close = difflib.get_close_matches(word, DAYS, n=1, cutoff=0.85)
        return close[0] if close else None
    return None


def times_named(sentence: str) -> List[Named]:
    """Each time one sentence names, in order."""
    found: List[Named] = []
    words = list(WORD.finditer(sentence))
    skip = -1
    for i, match in enumerate(words):
        if i <= skip:
            continue
        token = match.group(0).lower()
        day = _day(token)
        if day and token in AMBIGUOUS:
            before = words[i - 1].group(0).lower() if i else ""
            after = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
            if before not in PLACES_IT and after not in PART_OF_DAY:
                day = None
        said = day.capitalize() if day else OTHER_TIMES.get(token)
        if not said:
            continue
        end = match.end()
        if i + 1 < len(words) and words[i + 1].group(0).lower() in PART_OF_DAY and \
                said != "tonight":
            said = f"{said} {PART_OF_DAY[words[i + 1].group(0).lower()]}"
            end = words[i + 1].end()
            skip = i + 1
        found.append(Named(said, match.start(), end))
    for match in PHRASES.finditer(sentence):
        text = match.group(0).lower().strip()
        if match.group("word"):
            said = "this weekend" if match.group("which") == "this" else (
                "next weekend" if match.group("which") == "next" else "the weekend")
        else:
            said = text
        found.append(Named(said, match.start(), match.end()))
    return sorted(found, key=lambda n: n.start)


def _beside(sentence: str, named: List[Named], i: int) -> str:
    """The words beside the i-th time: back to the time before it (or the sentence start),
    on to the next join, time or the sentence end."""
    left = sentence[named[i - 1].end if i else 0:named[i].start]
    right_end = named[i + 1].start if i + 1 < len(named) else len(sentence)
    right = sentence[named[i].end:right_end]
    join = JOINS.search(right)
    if join:
        right = right[:join.start()]
    if i:
        # Words after a join belong to this time, not the one before it.
        joins = list(JOINS.finditer(left))
        if joins:
            left = left[joins[-1].start():]
    return f"{left} {right}"


def plan_time(text: str) -> Optional[str]:
    """The time a message gives for the plan ("Thursday night"), or None when it names none,
    or only times when something was already done."""
    ahead_of_plan: List[str] = []
    others: List[str] = []
    for sentence in BREAKS.split(text or ""):
        named = times_named(sentence)
        for i, time in enumerate(named):
            if RULED_OUT.search(sentence[:time.start]):
                continue
            beside = A_WILL.sub(" ", _beside(sentence, named, i))
            if DONE.search(beside) and not AHEAD.search(beside):
                continue
            (ahead_of_plan if PLAN_WORDS.search(beside) or AHEAD.search(beside)
             else others).append(time.said)
    chosen = ahead_of_plan or others
    return chosen[0] if chosen else None
