"""A rough category for a danger message from its words, when nothing more exact named one.

Used to label training examples that carry only an intent (data/nlu: "crisis",
"safeguarding_concern") and to name the category of a reviewed-phrase hit. First match wins,
so the more urgent and more specific categories come first.
"""
from __future__ import annotations

import re
from typing import List, Tuple

_CRISIS: List[Tuple[str, str]] = [
    ("suicide_act", r"swallowed|(taken|took|had) .{0,25}(tablets|pills|paracetamol|overdose)|"
                    r"overdosed|cut (my|his|her)|slit|standing on|on the (bridge|ledge|roof)"),
    ("suicide_preparation", r"saving|stockpil|goodbye|letters?|will\b|giving (away|my)"),
    ("suicide_plan_time", r"tonight|tomorrow|after the|when .{0,20}(gone|asleep)|decided"),
    ("suicide_method", r"jump|bridge|hang|rope|pills|tablets|railway|train|motorway|knife to (my|me)"),
    ("suicide_thoughts", r"suicid|kill(ing)? my ?self|end(ing)? (it|my life|things)|self ?harm|"
                         r"hurt(ing)? my ?self|cutting|take my (own )?life|my own life"),
    ("suicide_passive", r"die|dead|wake up|better off|point|go on|burden|way out|stop|"
                        r"(want|wish) to be here|be here any ?more"),
    ("danger_at_home", r"fire|smoke|gas|carbon|freezing|no heating|no food"),
    ("missing_adult", r"missing|wander|come (back|home)|where (she|he|they) (is|are)|can'?t find"),
    ("violence_now", r"knife|gun|stab|strangl|attack|broke|break|threaten|hitting|kill (me|her|him|you|u|us)"),
    ("medical_emergency", r"."),
]
_SAFEGUARDING: List[Tuple[str, str]] = [
    ("modern_slavery", r"slave|traffick|passport|\bid\b|documents|no pay|work for"),
    ("exploitation", r"exploit|cuckoo|groom|taking over|using (his|her) flat"),
    ("abuse_sexual", r"sexual|rape|touch|grope|marry"),
    ("abuse_financial", r"money|pension|card|savings|will\b|scam|conned|cash|benefit|change|things"),
    ("abuse_discriminatory", r"racis|gay|homophob|disabilit|because (i'?m|he'?s|she'?s)"),
    ("abuse_organisational", r"home\b|staff|ward|agency|supported living|residents"),
    ("self_neglect", r"hoard|full of|stopped (eating|washing)|filth|squalor|looking after (him|her|my|them)sel"),
    ("neglect", r"neglect|wet|soiled|fed|washed|without|sores|left"),
    ("abuse_domestic", r"husband|wife|partner|boyfriend|girlfriend|\bex\b|control|let me|stepdad|domestic|home"),
    ("abuse_psychological", r"threat|bull|scared|frighten|afraid|names|shout|swear|harass"),
    ("abuse_physical", r"."),
]


# Words that name a medical emergency in a matched span ("had a stroke"): the span names its
# own category before the rest of the message is read ("...on the telly tonight").
_MEDICAL_SPAN = (r"stroke|heart attack|seizure|\bfit\b|breath|collapsed|unconscious|bleeding|chest|"
                 r"choking|responding|wake up|passed out|blue|grey|floor")


def guess_category(kind: str, text: str, span: str = "") -> str:
    """``kind`` "crisis" or "safeguarding"; ``text`` normalised or raw (lower-cased here).

    With ``span`` (the words a reviewed phrase matched), a specific category named by the
    span itself wins; the whole message is read only when the span names none."""
    table = _CRISIS if kind == "crisis" else _SAFEGUARDING
    if span:
        lowered = " " + span.lower() + " "
        if kind == "crisis" and re.search(_MEDICAL_SPAN, lowered):
            return "medical_emergency"
        for category, pattern in table[:-1]:
            if re.search(pattern, lowered):
                return category
    lowered = " " + (text or "").lower() + " "
    for category, pattern in table:
        if re.search(pattern, lowered):
            return category
    return table[-1][0]
