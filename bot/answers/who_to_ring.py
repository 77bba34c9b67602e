"""Who to ring now, after someone has told us another person is being harmed or neglected.

Round sixteen: a granddaughter told us her nan (88) was being neglected by a paid carer.
The card had the numbers, but "who do i tell", "is there anyone i can ring tonight about
nan" and "monday?? shes on her own with that woman all weekend" got no words back, and "no
i dont want to answer questions about me" was kept as an answer in a carer's assessment
of her. Here: the question and the fear are found, the plain answer is built (out of hours:
the out of hours team can act tonight and this weekend), and a refusal of questions about
themselves is found so the questions stop. Pure: the hours and numbers are given.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot.answers.text import words_only

_RING = (r"(?:tell|ring|call|phone|contact|report (?:it|this|her|him|them)? ?to|speak to|talk to|"
         r"go to)")
# Over words_only text (lower case, apostrophes dropped).
WHO_TO_TELL = re.compile(
    # "who do i tell", "who should i ring", "who can we call about this"
    rf"\bwho (?:do|should|can|could|would|shall|must|am|do i need to|have i got to) "
    rf"(?:i|we)? ?(?:supposed to |meant to |need to |have to |got to )?{_RING}\b"
    # "who do i tell about this", "who to tell", "who to ring tonight"
    rf"|\bwho to {_RING}\b"
    # "is there anyone i can ring tonight", "is there someone we could call now"
    r"|\b(?:is there|isnt there|theres?) (?:anyone|anybody|someone|somebody|a number|any number|"
    r"a person) (?:i|we) (?:can|could|should) (?:ring|call|phone|tell|contact|speak to|talk to)\b"
    # "what number do i ring", "which number should i call"
    r"|\b(?:what|which|whats the) number (?:do|should|can|could) (?:i|we) (?:ring|call|phone)\b"
    # "where do i report this", "how do i report it"
    r"|\b(?:where|how) (?:do|can|should|could) (?:i|we) report (?:it|this|her|him|them|that)\b"
    # "can i ring anyone tonight", "can i call someone now"
    r"|\bcan (?:i|we) (?:ring|call|phone|tell|speak to|talk to) (?:anyone|anybody|someone|"
    r"somebody) (?:tonight|now|today|this weekend|at the weekend)\b")

# "monday??", "shes on her own with that woman all weekend", "cant wait till monday": the
# team's next opening is too far off for someone at risk.
TOO_LONG_TO_WAIT = re.compile(
    r"\b(?:on (?:her|his|their) own|alone|left|with (?:that|this|the) \w+)\b[^.!?]{0,30}"
    r"\b(?:all|over the|the whole) weekend\b"
    r"|\b(?:cant|cannot|can not|wont|will not|shouldnt) (?:wait|be left) (?:till|until|til|for)\b"
    r"|\bnot (?:till|until|til) monday\b|^monday\b(?= *$|.*\?)"
    r"|\b(?:on (?:her|his|their) own|alone) with (?:that|this|the|her|him) \w+ (?:all|till|until|"
    r"tonight|over)\b")

# "no i dont want to answer questions about me", "this isnt about me", "forget this": the
# questions about the person typing are not wanted.
REFUSES_OWN_QUESTIONS = re.compile(
    r"\b(?:dont|do not|dnt|wont|will not|not going to|not gonna) (?:want to |wanna |need to )?"
    r"(?:answer|do|be asked|fill in) (?:any )?(?:more |these |your |the )?(?:questions|this|these|"
    r"them|a form|an assessment|assessment) (?:about|on|for) (?:me|myself)\b"
    r"|\bno more questions about me\b"
    r"|\b(?:its|it is|this is|this isnt|this is not|its not|it isnt|it is not|thats not|"
    r"that is not) (?:not )?(?:about|for) me\b(?! (?:as well|too|also))"
    r"|^(?:no |ok |oh )?forget (?:this|all this|it|the questions)\b")

# "forget this im going round there", "im going over now": going to the person at risk.
GOING_THERE = re.compile(
    r"\b(?:im|i am|ill|i will|i m|im just) (?:going|gonna go|going to go|heading|off|driving|"
    r"getting a taxi) (?:round|over|there|to (?:hers|his|theirs|her house|his house|see (?:her|"
    r"him|them)))\b")

OUT_OF_HOURS_NOW = ("You can ring our out of hours team now on {out_of_hours}. They can act "
                    "tonight and this weekend. Tell them what you told me.")
IN_HOURS_NOW = ("You can ring our safeguarding team now on {safeguarding}. Tell them what "
                "you told me. They can act today.")
DANGER_NOW = "If anyone is in danger now, call 999."
PASSED_ON = "I have also passed what you told me to our team."
CANNOT_WAIT = ("You do not have to wait for Monday. Our out of hours team can act tonight and "
               "this weekend. Ring them now on {out_of_hours}.")


def asks_who_to_tell(text: str) -> bool:
    """True when the message asks who to tell, or who can be rung now, about the harm."""
    return bool(text) and not text.startswith("/") and bool(WHO_TO_TELL.search(words_only(text)))


def going_there(text: str) -> bool:
    """True when they say they are going to the person at risk now."""
    return bool(text) and not text.startswith("/") and bool(GOING_THERE.search(words_only(text)))


def cannot_wait(text: str) -> bool:
    """True when the message says the team's next opening is too long to wait."""
    return bool(text) and not text.startswith("/") and \
        bool(TOO_LONG_TO_WAIT.search(words_only(text)))


def refuses_own_questions(text: str) -> bool:
    """True when they say they do not want questions about themselves."""
    return bool(text) and not text.startswith("/") and \
        bool(REFUSES_OWN_QUESTIONS.search(words_only(text)))


def ring_now_lines(is_open: bool, out_of_hours: str, safeguarding: str,
                   passed_on: bool = False, waiting_too_long: bool = False) -> List[str]:
    """Who to ring now, in words: the team open now, or the out of hours team; then 999."""
    if waiting_too_long and not is_open:
        first = CANNOT_WAIT.format(out_of_hours=out_of_hours)
    elif is_open:
        first = IN_HOURS_NOW.format(safeguarding=safeguarding)
    else:
        first = OUT_OF_HOURS_NOW.format(out_of_hours=out_of_hours)
    return [first] + ([PASSED_ON] if passed_on else []) + [DANGER_NOW]


def all_texts() -> Dict[str, str]:
    """Lines said to the person (bot/bot_words.py)."""
    return {"who_to_ring.out_of_hours": OUT_OF_HOURS_NOW.format(out_of_hours="0300 123 4569"),
            "who_to_ring.in_hours": IN_HOURS_NOW.format(safeguarding="0300 123 4568"),
            "who_to_ring.danger": DANGER_NOW, "who_to_ring.passed_on": PASSED_ON,
            "who_to_ring.cannot_wait": CANNOT_WAIT.format(out_of_hours="0300 123 4569")}
