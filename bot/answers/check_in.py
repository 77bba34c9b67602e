"""Reads a typed answer to the safety net's direct question ("Are you thinking about ending
your life?", "Is anyone hurting you or taking your money?").

Suicide-prevention guidance is to take a half-yes as a yes: "i suppose so", "maybe a bit",
"sort of yeah" count as yes here, although a consent question would ask again. "I'd rather
not say" (and "not saying", "id prefer not to") is the button of that name, which the
dialogue treats with "no": the numbers stay in view and nothing is pressed on.

"dunno", "not sure", "idk maybe", "i dont know tbh" are UNSURE: not a no. Someone who
cannot say whether they are thinking of ending their life, or whether someone is hurting
them, is answered gently, with the numbers for that worry and a person offered; never
"I am glad you are safe" (safety net v2, round eight).
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.text import clean, without_filler, words_only
from bot.answers.yes_no import yes_no

YES = "yes"
NO = "no"
RATHER_NOT = "rather_not"
UNSURE = "unsure"

MAX_WORDS = 10

RATHER_NOT_SAY = re.compile(
    r"^(?:(?:i'?d|id|i would|i) )?(?:really |just |honestly )?(?:rather|prefer|prefere|rarther) not"
    r"(?: to)?(?: (?:say|answer|tell|tell you|say that|answer that|talk about it|go into it|"
    r"discuss it|get into it))?(?: (?:thanks|thank you|if thats ok|if that is ok|sorry|right now|"
    r"at the moment|just now|tbh|to be honest|honestly|really|love|dear|yet|just yet|for now|"
    r"not yet|for the moment|if you dont mind|if you do not mind))*$"
    r"|^(?:im |i am )?not (?:saying|telling|answering|going to say|gonna say)(?: (?:that|you|"
    r"anything|sorry))?$"
    r"|^(?:i )?(?:dont|do not) want to (?:say|answer|talk about it|tell you|go into it)$"
    r"|^(?:no comment|thats private|its private|mind your own(?: business)?)$"
    # round 18: "pass", "ill pass on that one"
    r"|^(?:(?:i'?ll|ill|i will|i) )?pass(?: on (?:that|this|that one|this one|it))?(?: (?:thanks|sorry))?$")

# Not knowing, in the ways people type it: "dunno", "dont no", "idk", "not sure", "no idea",
# "hard to say", "who knows", "i cant say really". Whatever hedge comes with it ("idk maybe",
# "i dont know tbh"), the person has not said no.
DONT_KNOW = re.compile(
    r"\b(?:(?:i )?(?:really |just |honestly )?(?:dont|do not|don|dnt|dint|didnt) (?:really |even |honestly )?"
    r"(?:know|no|kno|knw|now|knoe)|dunno|duno|dunnno|dno|idk|idek|idrk|i ?d ?k|"
    r"(?:im |i am |i m )?(?:not|nt) (?:really |too |that |so |very )?(?:sure|certain)|unsure|"
    r"no idea|no clue|not a clue|(?:hard|difficult) to (?:say|tell|know)|who knows|"
    r"(?:cant|cannot|can not|couldnt|could not) (?:really )?(?:say|tell|tell you|answer that|answer)|"
    r"(?:im |i am )?not (?:really )?(?:sure|certain)|(?:i )?(?:have|got) no idea|"
    r"(?:i )?(?:dont|do not) know (?:what to say|anymore|any more|how i feel|how to answer)|"
    r"(?:im |i am )?(?:confused|torn|in two minds))\b")


# A hedge that leans to yes: "maybe a bit", "sort of yeah", "i suppose so", "now and then".
HEDGED_YES = re.compile(
    r"\b(?:i suppose(?: so)?|suppose so|i guess(?: so)?|guess so|i think so|think so|"
    r"sort of|kind of|kinda|sorta|a bit|a little(?: bit)?|a tad|slightly|somewhat|partly|"
    r"sometimes|at times|now and then|now and again|on and off|off and on|some days|"
    r"maybe|perhaps|possibly|probably|could be|might be|in a way|yes and no|"
    r"more or less|if im honest|if i am honest|to be honest|tbh)\b")
# ...unless it leans to no: "maybe not", "not really", "i guess not".
HEDGED_NO = re.compile(
    r"\b(?:maybe not|perhaps not|probably not|i guess not|guess not|i suppose not|"
    r"suppose not|i think not|not really|not at all|not really no|no not really|"
    r"dont think so|do not think so|not that bad|not like that|nothing like that|"
    # the No said again, with impatience (round twelve: "I said no didnt I" was asked a
    # third time): "i already said no", "i told you no"
    r"(?:i |ive |i have )?(?:already |just )?(?:said|told you|told ya|answered) no)\b")


# "Not today", "not right now", "not yet": a No to now that leaves later open, so to the
# direct question about ending one's life it is a half-yes (round seven: "i mean not like
# TODAY. its whatever" after a plan for Thursday was taken as a No). Any length: the rest
# of the message is often about the form.
NOT_NOW = re.compile(
    r"\bnot(?: like| really| exactly| just)?,? (?:today|tonight|right now|"
    r"this (?:minute|second|week|weekend)|yet|just yet|at the minute|at the moment|for now|"
    r"till (?:thursday|friday|saturday|sunday|monday|tuesday|wednesday|next week|the weekend)|"
    r"before (?:thursday|friday|saturday|sunday|monday|tuesday|wednesday|the weekend))\b"
    r"|\bnot (?:today|tonight|yet)\b")
# ...but a plain No that names a day in passing is not this: "no, today has been ok".
NOT_NOW_BUT_NO = re.compile(r"\b(?:not (?:today|tonight|right now|yet) (?:or|and) (?:ever|any ?time|never))"
                            r"|\b(?:never|not ever|not at all)\b(?! (?:today|tonight|yet))")


def keeps_it_open(text: str) -> bool:
    """A No to now that leaves later open ("not today", "not yet", "not like TODAY")."""
    said = words_only(clean(text or ""))
    return bool(said) and bool(NOT_NOW.search(said)) and not NOT_NOW_BUT_NO.search(said)


# ...unless a plain yes opens it ("yes. i dont know what to do"), or a hedge that leans to
# yes goes with it ("maybe a bit, i dont know", "sort of, idk"): those are a yes. A bare
# "maybe" or "tbh" beside not knowing ("idk maybe", "i dont know tbh") leans nowhere.
OPENS_WITH_YES = re.compile(r"^(?:yes|yeah|yep|yh|yea|ye|aye|i am|i have|i do)\b")
LEANS_YES = re.compile(
    r"\b(?:i suppose(?: so)?|suppose so|i guess so|guess so|i think so|think so|sort of|"
    r"kind of|kinda|sorta|a bit|a little(?: bit)?|a tad|slightly|somewhat|partly|sometimes|"
    r"at times|now and then|now and again|on and off|off and on|some days|probably|"
    r"more or less|in a way|yes and no)\b")


def is_unsure(said: str) -> bool:
    """Not knowing is the answer (``said`` from ``words_only``): "dunno", "idk maybe"."""
    return bool(DONT_KNOW.search(said)) and not OPENS_WITH_YES.match(said) and \
        not LEANS_YES.search(said)


# A yes said first, with more after it (round fourteen: "yes but i dont want a fuss" was
# read as a search, "yes. but please dont send anyone round" as not understood): the yes
# answers the direct question; the rest is a wish about the help, which the team reads.
# The yes may come with a longer message ("yes. but i dont want a fuss or people round. can
# we finish this"), up to MAX_WORDS_AFTER_YES words.
YES_FIRST = re.compile(r"^(?:yes|yeah|yea|yeh|yep|yup|yh|ye|aye|yes yes)\b")
# ...not "yes or no", "yeah right", "yeah no": those do not say yes.
YES_NOT_MEANT = re.compile(r"^\w+ (?:or no|no\b|nah\b|right\b)")
# "i said yes", "i already told you yes", "ive said yes twice": the yes said again.
SAID_YES_AGAIN = re.compile(
    r"^(?:i |ive |i have |i did )?(?:already |just |literally )?(?:said|say|told you|told ya|"
    r"answered|typed|put|pressed|clicked) (?:yes|yeah|yep|yh|aye)\b")
MAX_WORDS_AFTER_YES = 30


def yes_with_more(said: str) -> bool:
    """``said`` (from ``words_only``) opens with a plain yes, or says the yes again; what
    follows does not take it back ("yes but i dont want a fuss", "i said yes")."""
    if SAID_YES_AGAIN.match(said):
        return True
    return bool(YES_FIRST.match(said)) and not YES_NOT_MEANT.match(said)


def check_in_answer(text: str) -> Optional[str]:
    """YES, NO, RATHER_NOT or UNSURE for a short typed answer to the direct question; None when the
    message is not such an answer (longer talk, a question back, or nothing to go on). A yes
    said first is a yes whatever follows it."""
    raw = clean(text or "")
    if not raw or raw.startswith("/"):
        return None
    said = words_only(raw)
    if not said:
        return None
    if len(said.split()) > MAX_WORDS:
        plain = without_filler(said, "honestly")
        return YES if len(said.split()) <= MAX_WORDS_AFTER_YES and yes_with_more(plain) \
            else None
    said = without_filler(said, "honestly")
    if RATHER_NOT_SAY.match(said):
        return RATHER_NOT
    if keeps_it_open(raw):
        return YES
    if is_unsure(said):
        return UNSURE
    if HEDGED_NO.search(said):
        return NO
    plain = yes_no(raw)
    if plain is not None:
        return YES if plain else NO
    if yes_with_more(said):
        return YES
    if raw.rstrip().endswith("?"):
        return None
    if HEDGED_YES.search(said):
        return YES
    return None
