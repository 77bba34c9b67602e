"""Reads "ok ringing 999 now" or "ambulance is on its way" after the crisis card: the person
is getting help, so the reply is a short word of support, never the form's next question."""
from __future__ import annotations

import re

HELP_COMING = re.compile(
    r"\b(?:ringing|calling|phoning|rang|called|phoned|dialled|dialed|dialling|dialing|"
    r"ring|call|phone|dial|on the phone to|speaking to|talking to)\s+(?:them\s+|for\s+)?"
    r"(?:999|112|an ambulance|the ambulance|ambulance|paramedics|the paramedics)\b"
    r"|\b(?:ambulance|ambulances|paramedics?|999)\s+(?:is |are |r |s |'s )?(?:coming|on (?:its|their|the) way|"
    r"here|arrived|outside|en route)\b",
    re.IGNORECASE)
# "should i call 999?": a question, answered by the card itself, not a call under way.
ASKING = re.compile(r"\?|(?:should|shall|do|can|could|would|must) (?:i|we)", re.IGNORECASE)


def calling_for_help(text: str) -> bool:
    """True when the message says 999 or an ambulance is being called or is coming."""
    return bool(HELP_COMING.search(text or "")) and not ASKING.search(text or "")
