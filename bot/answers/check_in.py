"""Reads a typed answer to the safety net's direct question ("Are you thinking about ending
your life?", "Is anyone hurting you or taking your money?").

Suicide-prevention guidance is to take a half-yes as a yes: "i suppose so", "maybe a bit",
"sort of yeah" count as yes here, although a consent question would ask again. "I'd rather
not say" (and "not saying", "id prefer not to") is the button of that name, which the
dialogue treats with "no": the numbers stay in view and nothing is pressed on.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.text import clean, without_filler, words_only
from bot.answers.yes_no import yes_no

YES = "yes"
NO = "no"
RATHER_NOT = "rather_not"

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
    r"|^(?:no comment|thats private|its private|mind your own(?: business)?)$")

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
    r"dont think so|do not think so|not that bad|not like that|nothing like that)\b")


def check_in_answer(text: str) -> Optional[str]:
    """YES, NO or RATHER_NOT for a short typed answer to the direct question; None when the
    message is not such an answer (longer talk, a question back, or nothing to go on)."""
    raw = clean(text or "")
    if not raw or raw.startswith("/"):
        return None
    said = words_only(raw)
    if not said or len(said.split()) > MAX_WORDS:
        return None
    said = without_filler(said, "honestly")
    if RATHER_NOT_SAY.match(said):
        return RATHER_NOT
    if HEDGED_NO.search(said):
        return NO
    plain = yes_no(raw)
    if plain is not None:
        return YES if plain else NO
    if raw.rstrip().endswith("?"):
        return None
    if HEDGED_YES.search(said):
        return YES
    return None
