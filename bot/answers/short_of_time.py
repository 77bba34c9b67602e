"""Two wishes about the length of the questions, said in the person's own words.

- **To the end now**: "skip the rest", "can we just get to the end", "i want to finish":
  the questions left are passed over (shown as skipped in the read-back, where they can be
  changed) and the form goes to its last steps (what would help, is this right).
- **Short of time**: "14?! ive got 10 mins", "only got 5 minutes", "I must go to work at 2":
  not an answer. The bot offers both ways on: to the end now, or a code to carry on later.

Round nine: a carer's "skip the rest can we just get to the end" was told to type pause,
and her next words ("no i dont want to pause i want to finish") were saved as an answer;
a daughter's "14?! ive got 10 mins" was saved as "what is working well".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from bot.answers.text import words_only

# Over words_only text (lower case, no punctuation).
TO_THE_END = re.compile(
    r"\b(?:skip|miss out|pass on|leave out|do without) (?:all )?(?:the |of the )?"
    r"(?:rest|others|remaining|other questions|rest of (?:it|them|the questions|these|this)|"
    r"remaining questions|questions left)\b"
    r"|\bskip (?:them all|all of them|everything|all the others|all the rest|to the end)\b"
    r"|\b(?:get|go|jump|skip|take me|move|fast forward) (?:straight |right )?(?:on )?to the end\b"
    r"|\b(?:i|we) (?:just )?(?:want|wanna|need|would like|d like|d rather) to "
    r"(?:finish|get (?:it|this) (?:done|finished|over with)|get to the end)"
    r"(?: (?:it|this|the form|the questions|these|them|off|up))?"
    r"(?= *$| (?:skip|now|please|pls|so|and|then|but|quickly|quick|asap)\b)"
    r"|\b(?:can|could|shall) (?:we|i) (?:just )?(?:finish|wrap (?:it|this) up|get (?:it|this) done)"
    r"(?: now| quickly| quick| here)?$"
    r"|\bjust (?:finish|end) (?:it|this|the form|the questions) now\b")

# "can we skip to the actual help bit?", "just get to the help part", "can we get to the
# point" (round eleven: saved as what Irene is good at): the last steps, where the help they
# want is asked.
TO_THE_HELP = re.compile(
    r"\b(?:skip|get|go|jump|move|fast forward|cut|take me|come) (?:straight |right |on )?"
    r"(?:on )?to (?:the )?(?:actual |real |main |important |useful )?(?:help|support|getting help|"
    r"what help|what (?:she|he|they|i|we) need)(?: (?:bit|part|stuff|section|questions?|side))?\b"
    r"|\b(?:get|cut|come) (?:straight |right )?to the point\b")


# Only the strengths questions: "skip the rest of the nice ones please, the big thing is the
# cooker", "can we skip the happy questions", "skip the positive stuff" (round 18: it went to
# the last questions, and day-to-day life, where the cooker belongs, was never asked).
STRENGTHS_ONLY = re.compile(
    r"\b(?:skip|miss out|pass on|leave out|do without|get past|move past|past) (?:all )?(?:the )?"
    r"(?:rest (?:of )?(?:the )?)?(?:nice|good|happy|positive|fluffy|soft|feel good|cheerful|strengths?|"
    r"strength based|what matters) (?:ones|questions|bits|stuff|part|section|things)?\b")

# Not "no i dont want to skip the rest": a wish turned down.
TURNED_DOWN = re.compile(r"\b(?:dont|do not|don t|not) (?:want to |wanna )?(?:skip|miss out)\b")

# Time running out, said as a fact: "ive got 10 mins", "only have five minutes",
# "i must go to work at 2", "im on my break", "not got long".
SHORT_OF_TIME = re.compile(
    r"\b(?:(?:i ?ve|i have|ive|i|only|just|have|got) )?(?:got|have|has) (?:only |just )?"
    r"(?:\d+|a few|a couple of|five|ten|two|fifteen|twenty|half an hour|an hour)"
    r"(?: \w+)? (?:mins?|minutes?|secs?)\b(?! (?:ago|walk|drive|away|bus|ride|from|on the|by))"
    r"|\b(?:not|haven ?t|havent|have not) got (?:long|much time|a lot of time|the time)\b"
    r"|\bno time for (?:all )?(?:this|that|these|so many)\b"
    r"|\b(?:i|we) (?:must|have to|need to|got to|ve got to) (?:go|leave|be) (?:to |at |back to )?"
    r"(?:work|school|college|the shop|my shift|the hospital)? ?(?:at|by|for|in) "
    r"(?:\d+|one|two|three|four|five|six|half|quarter|a few|ten|twenty)\b"
    r"|\b(?:im|i am) on (?:my|a) (?:break|lunch|dinner break|lunch break)\b")


# "i want to finish this later": a break, not the end now (bot/answers/requests.py).
LATER = re.compile(r"\b(?:later|another (?:time|day)|tomorrow|tonight|next time|after work)\b")


def wants_the_end_now(text: str) -> bool:
    """True when the person asks to pass over the questions left and finish now (or to go
    straight to the help)."""
    words = words_only(text)
    return bool(words) and bool(TO_THE_END.search(words) or TO_THE_HELP.search(words)
                                or STRENGTHS_ONLY.search(words)) and \
        not TURNED_DOWN.search(words) and not LATER.search(words)


def skips_the_strengths(text: str) -> bool:
    """ "skip the rest of the nice ones": the strengths questions only, never the rest."""
    words = words_only(text)
    return bool(STRENGTHS_ONLY.search(words)) and not TURNED_DOWN.search(words)


def wants_the_help_now(text: str) -> bool:
    """ "can we skip to the actual help bit?": to the end, where the help is asked."""
    words = words_only(text)
    return bool(TO_THE_HELP.search(words)) and not TURNED_DOWN.search(words)


# "i need to get back to work in 5 mins", "gotta dash": leaving soon, said as a reason.
LEAVING_SOON = re.compile(r"\b(?:need|have|got|ve got) to (?:get back|go|dash|leave|head off)\b"
                          r"|\bgotta (?:go|dash)\b|\bget back to work\b")


def short_of_time(text: str) -> bool:
    """True when the message says time is running out (a fact, not an answer)."""
    words = words_only(text)
    return bool(SHORT_OF_TIME.search(words) or LEAVING_SOON.search(words))


# Sentences and clauses of a message; a part that is only a number and marks ("14?!") is
# surprise at a count the bot gave, not an answer.
PARTS = re.compile(r"(?<=[.!?;])(?![.!?;])\s*|\s*,\s+|\s*\n\s*|\s+-\s+")
ONLY_A_COUNT = re.compile(r"^\W*\d+\W*$")


@dataclass(frozen=True)
class TimeWords:
    answer: str         # what is left to keep as the answer ("" when nothing)
    to_the_end: bool    # asked to pass over the rest now
    short: bool         # said time is running out
    to_the_help: bool = False   # asked for the help part: the rest of it is the help wanted
    strengths_only: bool = False   # only the strengths questions passed over (form18)


def read_time_words(text: str) -> Optional[TimeWords]:
    """The message split into its answer and its words about time, or None when it says
    nothing about time. "14?! ive got 10 mins. she still dresses herself" keeps "she still
    dresses herself" as the answer."""
    if not (wants_the_end_now(text) or short_of_time(text)) or LATER.search(words_only(text)):
        return None   # ("can i finish this tonight": a break with a code, the pause's job)
    kept, end, short = [], False, False
    for part in PARTS.split(text.strip()):
        if not part or not part.strip():
            continue
        if wants_the_end_now(part):
            end = True
        elif short_of_time(part):
            short = True
        elif not ONLY_A_COUNT.match(part):
            kept.append(part.strip())
    answer = " ".join(kept).strip(" ,;-")
    if len(words_only(answer).split()) < MIN_ANSWER_WORDS:
        answer = ""
    return TimeWords(answer, end or (short and wants_the_end_now(text)), short,
                     to_the_help=wants_the_help_now(text),
                     strengths_only=skips_the_strengths(text))


MIN_ANSWER_WORDS = 2
