"""What volunteering is, and whether it is paid, asked in everyday words.

Round fourteen: a young man with a learning disability asked "wot is volunteer", "but wot
dose volunteer mean", "is volunteering a job? do u get munny" and "the cafe 1. do i get
pade", and each time got the same list of volunteer roles (or "did not understand"). A
question about the word is answered with what it means, plainly: unpaid help, some places
pay travel, a job is paid, and the way to help with paid work. A wish to volunteer ("i want
to volunteer", "volunteering near me") is a search, and stays one.

Read the message through bot/sounds_like.as_meant first ("munny", "pade", "wot").
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

MEANING = ("Volunteering means you help out, but you do not get paid for it.",
           "You give some of your time to help people, or a place like a cafe "
           "or a park.",
           "Some places pay your bus fare or give you lunch.",
           "A job is different. In a job you get paid.",
           "It can be a good way to learn new things, meet people and get ready for a job.")
# "the cafe 1. do i get pade" after places that are not volunteer roles (a work taster, a
# club): the list does not say; honest, and how to find out.
PAY_NOT_SAID = ("I do not know if you get paid there. It does not say.",
                "You can ring them and ask.")
PAID_WORK_BUTTON = {"title": "Help to find a paid job", "payload": "help to find a paid job"}
GROUPS_BUTTON = {"title": "Volunteering near me", "payload": "volunteering near me"}

_VOLUNTEER = r"volunt\w*"
# "wot is volunteer", "whats volunteering", "what does volunteer mean", "what do volunteers do",
# "volunteering?? wot is that", "what does it mean to volunteer", "meaning of volunteer".
ASKS_WHAT_IT_IS = re.compile(
    rf"\bwhat(?:s|'s)?(?: is| does| do| are)?(?: a| an| the)? ?{_VOLUNTEER}\b"
    rf"|\bwhat(?:s|'s)?(?: does| do| is)? (?:it |that )?mean\w* (?:to |by )?(?:be (?:a )?)?"
    rf"{_VOLUNTEER}"
    rf"|\b{_VOLUNTEER}\b.{{0,30}}\b(?:mean|means|meaning)\b"
    rf"|\bmeaning of (?:a )?{_VOLUNTEER}"
    rf"|\b{_VOLUNTEER}\W+(?:what|wot)(?:s| is)? (?:that|it|this)\b"
    rf"|\bwhat do {_VOLUNTEER} do\b", re.IGNORECASE)
# "is volunteering a job", "do you get money", "do i get paid", "is it paid", "do they pay you".
ASKS_IF_PAID = re.compile(
    r"\b(?:do|does|would|will|can|could) (?:you|i|we|they|u|people|volunteers) (?:get|be|earn|"
    r"make) (?:paid|payed|any money|money|a wage|wages)(?: for (?:it|that|this|doing it|"
    r"volunteering|helping)| there| from them| to do it)?(?=\s*(?:[?.!,]|$|and\b|or\b|tho\b))"
    r"|\b(?:is|are) (?:it|that|they|this|volunteering|the \w+) (?:a )?(?:paid|a job|a real job)\b"
    r"|\bdo (?:they|you) pay (?:you|me|people|volunteers)\b"
    r"|\b(?:is|does) (?:it|that) pay\b|\bhow much (?:does it|do they|do you) pay\b", re.IGNORECASE)
_ABOUT_VOLUNTEERING = re.compile(rf"\b{_VOLUNTEER}", re.IGNORECASE)
_NOT_VOLUNTEERING = re.compile(r"\b(?:carer|caring|benefits?|allowance|direct payments?|"
                               r"personal assistant|pa)\b", re.IGNORECASE)


def asks_about_volunteering(text: str, volunteering_shown: bool = False) -> bool:
    """A question about what volunteering is or whether it pays. "do i get paid" counts
    only beside the word volunteer or just after volunteer roles were shown; never about
    caring or benefits ("do i get paid for caring for mum")."""
    text = text or ""
    if ASKS_WHAT_IT_IS.search(text):
        return True
    if not ASKS_IF_PAID.search(text) or _NOT_VOLUNTEERING.search(text):
        return False
    return bool(_ABOUT_VOLUNTEERING.search(text)) or volunteering_shown


def asks_if_paid(text: str) -> bool:
    """ "do i get pade", "is it paid": whether a place pays, about none in particular."""
    text = text or ""
    return bool(ASKS_IF_PAID.search(text)) and not _NOT_VOLUNTEERING.search(text)


def answered_in(line: str) -> bool:
    """The bot's line is this answer (standard or easy read): a "do i get paid" next is
    about volunteering."""
    return (line or "").startswith("Volunteering means")


def answer() -> List[str]:
    return list(MEANING)


def buttons() -> List[Dict[str, str]]:
    return [PAID_WORK_BUTTON, GROUPS_BUTTON]


def shown_volunteering(shown: Optional[List[dict]]) -> bool:
    """Whether the places last shown were volunteer roles (most of them)."""
    shown = shown or []
    about = [s for s in shown if isinstance(s, dict) and _ABOUT_VOLUNTEERING.search(
        f"{s.get('name') or ''} {s.get('description') or ''}")]
    return bool(shown) and len(about) * 2 >= len(shown)


def all_texts() -> Dict[str, str]:
    out = {f"volunteering/MEANING[{i}]": line for i, line in enumerate(MEANING)}
    out.update({f"volunteering/PAY_NOT_SAID[{i}]": line for i, line in enumerate(PAY_NOT_SAID)})
    out["volunteering/PAID_WORK_BUTTON"] = PAID_WORK_BUTTON["title"]
    out["volunteering/GROUPS_BUTTON"] = GROUPS_BUTTON["title"]
    return out
