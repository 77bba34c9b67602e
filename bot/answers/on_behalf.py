"""Reads whether the person being talked about knows and agrees, and spots a request for
help for someone else ("need help for my mum").

When a daughter fills in a self-assessment for her mum, the care team needs to know whether
her mum knows about it, agrees, is there, or cannot decide this herself (then Lasting Power
of Attorney or a best-interests decision matters). Any other reply is kept in the person's
own words: nothing they say here is refused.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.about import FAMILY_WORDS, RELATIONSHIPS
from bot.answers.requests import parse_payload
from bot.answers.text import clean, short_words, words_only
from bot.answers.yes_no import yes_no
from bot.phrases import first_match

AGREES, PRESENT, CANNOT_DECIDE, NOT_YET = "agrees", "present", "cannot_decide", "not_yet"
CHOICES = (AGREES, PRESENT, CANNOT_DECIDE, NOT_YET)

CANNOT_DECIDE_WORDS = re.compile(
    r"\b(?:cant|cannot|can not|unable to|not able to|wont be able to|couldnt) "
    r"(?:really |properly |fully |always |now )?(?:decide|understand|make (?:decisions|that decision|a decision|choices)|agree|consent|say|"
    r"tell|answer|talk|speak|communicate)"
    r"|\b(?:lacks?|lacking|no|not got|hasnt got|doesnt have) (?:the )?(?:mental )?capacity"
    r"|\bpower of attorney\b|\blpa\b|\bbest interests?\b|\bdeputy\b"
    r"|\b(?:dementia|alzheimers|too confused|very confused|doesnt understand|wouldnt understand|"
    r"does not understand|would not understand|no idea whats going on)\b")
# The person answering has it: "i have lasting power of attorney", "im her lpa", "we've got
# power of attorney for health" (not "should i get power of attorney?").
HAS_ATTORNEY = re.compile(
    r"\b(?:i|we|i'?ve|we'?ve|ive|weve|im|i'?m|i am)\s+(?:have |got |has |hold |am |are )?"
    r"(?:got |a |the |her |his |their |joint |lasting )*(?:lasting )?(?:power of attorney|lpa|"
    r"attorney|deputy)\b")
PRESENT_WORDS = re.compile(
    r"\b(?:(?:shes|hes|theyre|she is|he is|they are|is|are) (?:here|sat|sitting|with me|next to me|"
    r"beside me)|here with me|with me now|next to me|beside me|we are doing (?:it|this) together|"
    r"doing (?:it|this) together|together)\b")
NOT_YET_WORDS = re.compile(
    r"\b(?:not yet|havent (?:told|asked)|have not (?:told|asked)|doesnt know|does not know|"
    r"dont know yet|no idea im doing|not told|wont like it|would not like|wouldnt like|"
    r"going to tell|will tell)\b")

KNOWS_WORDS = re.compile(
    r"\b(?:(?:she|he|they|mum|dad) (?:knows|know|agrees|agree|is happy|are happy|asked me|wants me|"
    r"want me)|(?:asked|wants|told) me to|(?:her|his|their) idea|with (?:her|his|their) "
    r"(?:blessing|agreement|permission))\b")
# What the words say, tried in this order ("she doesnt know, she cant decide": cannot decide).
AGREEMENT_WORDS = ((CANNOT_DECIDE, CANNOT_DECIDE_WORDS), (NOT_YET, NOT_YET_WORDS),
                   (PRESENT, PRESENT_WORDS), (AGREES, KNOWS_WORDS))


def parse_agreement(text: str) -> Optional[str]:
    """One of CHOICES, or None when the reply is best kept as the person's own words."""
    raw = clean(text)
    if raw.startswith("/"):
        chosen = parse_payload(raw)[1].get("on_behalf")
        return chosen if chosen in CHOICES else None
    words = words_only(raw)
    if not words:
        return None
    said = first_match(AGREEMENT_WORDS, words)
    if said is not None:
        return said
    answer = yes_no(raw)
    if answer is True:
        return AGREES
    if answer is False:
        return NOT_YET
    return None


# ---- "need help for my mum": a self-assessment about someone else --------------------------

FOR_SOMEONE = re.compile(
    r"\b(?:help|support|care|assessment|advice|carers?|someone|something|a carer|services?|"
    r"doing this|doing it|filling (?:this|it) (?:in|out)|asking|enquiring|calling|ringing|"
    r"contacting|here|looking)\b(?:\s+\w+){0,3}?\s+(?:for|on behalf of|about)\s+(?:my|our)\s+"
    r"(?P<rel>" + FAMILY_WORDS + r")\b"
    r"|\b(?:my|our)\s+(?P<rel2>" + FAMILY_WORDS + r")\s+(?:needs?|could do with|would like|wants|"
    r"is struggling|is not coping|isnt coping|cant cope|needs some|might need)\b")
# The carer's own needs: then it is their carer's assessment.
CARER_OWN = re.compile(
    r"\b(?:for me|for myself|myself|my own|as (?:a|her|his|their) carer|carers assessment|"
    r"carer assessment|i (?:am|m) (?:struggling|exhausted|shattered|worn out|not coping|"
    r"at the end|so tired|burnt out|burned out)|im (?:struggling|exhausted|shattered|worn out|"
    r"not coping|so tired|burnt out|burned out)|a break|time off|respite for me|"
    r"i need (?:help|support|a break)(?! for)|me too)\b")


def help_for_someone_else(text: str) -> Optional[str]:
    """The relationship ("mum") when the message asks for help for someone else, not for the
    carer themself; None otherwise."""
    words = short_words(clean(text), 40)
    if not words or CARER_OWN.search(words):
        return None
    match = FOR_SOMEONE.search(words)
    if not match:
        return None
    return RELATIONSHIPS.get(match.group("rel") or match.group("rel2"))
