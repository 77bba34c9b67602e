"""Is a complaint kept private? "will Kelly find out it was me?", "does the care company get
told my name", "can I complain anonymously?": a question about the complaint itself, answered
honestly (actions/callback.py), never read as a new complaint or a safety worry."""
from __future__ import annotations

import re

from bot.answers.text import words_only

# "will Kelly find out it was me?", "will the carer know i complained", "does the care
# company get told my name", "can I complain without them knowing", "is it anonymous"
_WHO = (r"(?:she|he|they|kelly|[a-z]+|the carer|my carer|the carers|the care company|the company|"
        r"the agency|the care agency|the manager|the office|the staff|the girls?|the home)")
FIND_OUT = re.compile(
    rf"\b(?:will|would|could|might|does|do|can|is|are|wont)\s+{_WHO}\s+(?:ever |be able to )?"
    r"(?:find out|know|get told|be told|hear|see|work out|guess)\b(?:\s+\S+){0,4}?\s*"
    r"(?:it (?:was|is|s) me|i complained|i (?:have )?(?:made|make|put in) a complaint|who "
    r"(?:complained|it was|said|made it)|my name|about me|i said|i told)\b")
ANONYMOUS = re.compile(
    r"\b(?:anonymous(?:ly)?|without (?:them|her|him|the carer|the company) knowing|keep my "
    r"name (?:out|secret|private)|(?:use|give|tell|pass on) my name)\b")
TAKE_IT_OUT = re.compile(r"\b(?:take it out on me|get me into trouble|get into trouble|"
                         r"treat me (?:worse|badly|different)|be nasty to me|punish me)\b")
ABOUT_A_COMPLAINT = re.compile(r"\bcomplain|\bit (?:was|s) me\b|\bmy name\b|\banonymous")


def asks_if_kept_private(text: str) -> bool:
    """A question about whether the carer or company will learn who complained."""
    if not text or text.startswith("/"):
        return False
    plain = words_only(text)
    asking = "?" in text or bool(re.match(r"(?:so |and |but |please |now )*(?:will|would|does|do|"
                                          r"can|could|is|are|wont|might)\b", plain)) or \
        "answer" in plain or "asking" in plain
    if FIND_OUT.search(plain):
        return True
    if ANONYMOUS.search(plain) and asking and ABOUT_A_COMPLAINT.search(plain):
        return True
    return bool(TAKE_IT_OUT.search(plain) and asking and ABOUT_A_COMPLAINT.search(plain))




def concerns_a_complaint(text: str) -> bool:
    """ "will the carer find out I complained": about a complaint, not a disclosure."""
    return bool(text) and bool(ABOUT_A_COMPLAINT.search(words_only(text)))
