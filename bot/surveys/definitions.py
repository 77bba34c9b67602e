"""The four experience surveys, in our own plain words, keeping each statement's meaning.

The client and carer statements follow the council's online survey (handbook 6.7), which is
aligned with the national Adult Social Care Survey and Carers Survey, so results compare with
ASCOF. ``ascof`` names the measure a statement lines up with, where there is one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from bot.surveys import wording

SCALE = "scale"      # strongly agree ... strongly disagree, or prefer not to say
YES_NO = "yes_no"
TEXT = "text"

# The one answer scale, best first. Codes are what is stored.
SCALE_ANSWERS: List[Tuple[str, str]] = [
    ("strongly_agree", "Strongly agree"),
    ("agree", "Agree"),
    ("neither", "Neither agree nor disagree"),
    ("disagree", "Disagree"),
    ("strongly_disagree", "Strongly disagree"),
    ("prefer_not_to_say", "Prefer not to say"),
]
AGREE = ("strongly_agree", "agree")

MAX_QUESTIONS = 7    # slots sv_q1 .. sv_q7 in domain.yml


@dataclass(frozen=True)
class Statement:
    code: str
    text: str
    kind: str = SCALE
    ascof: Optional[str] = None
    easy: Tuple[str, ...] = ()   # easy read: short sentences, one idea each (bot/easy_read.py)


@dataclass(frozen=True)
class Survey:
    key: str
    button: str
    intro: str
    statements: Tuple[Statement, ...]
    easy_intro: Tuple[str, ...] = ()


def happy_with_support(ascof: str) -> Statement:
    """The satisfaction statement of the client and carer surveys, each with its own measure."""
    return Statement("happy", "I am happy with the support I get.", ascof=ascof,
                     easy=("I am happy with my support.",))


# Asked in the client and the carer survey alike.
KINDNESS = Statement("kindness", "I am treated with kindness and respect.",
                     ascof="Dignity and respect", easy=("People are kind to me.",
                                                       "They treat me well."))

SURVEYS: Dict[str, Survey] = {s.key: s for s in [
    Survey("client", "About the support I get",
           "Here are seven short sentences about your support. Say how much you agree with each.",
           (
               KINDNESS,
               happy_with_support("Overall satisfaction (ASCOF 3A)"),
               Statement("choice", "I have enough choice and control over my support.",
                         ascof="Control over daily life (ASCOF 1B)",
                         easy=("I can choose my support.", "I have a say in it.")),
               Statement("independent", "My support helps me live as independently as I can.",
                         ascof="Independence",
                         easy=("My support helps me do things for myself.",)),
               Statement("information", "It is easy for me, and people who need it, to find "
                         "out about my support.",
                         ascof="Ease of finding information (ASCOF 3D)",
                         easy=("It is easy to find out about my support.",)),
               Statement("contact", "I see and talk to people as much as I would like.",
                         ascof="Social contact (ASCOF 1I)",
                         easy=("I see people as much as I want.",)),
               Statement("safe", "My support helps me feel safe.",
                         ascof="Feeling safe (ASCOF 4A and 4B)",
                         easy=("I feel safe with my support.",)),
           ), easy_intro=("Here are 7 short sentences about your support.",
                          "Do you agree with each one?")),
    Survey("carer", "About support for me as a carer",
           "Here are five short sentences about support for you as a carer. "
           "Say how much you agree with each.",
           (
               KINDNESS,
               happy_with_support("Carer satisfaction (ASCOF 3B)"),
               Statement("involved", "I was asked and listened to when plans were made for "
                         "the person I care for.",
                         ascof="Carers included in discussions (ASCOF 3C)",
                         easy=("They asked me about the plans for the person I care for.",
                               "They listened to me.")),
               Statement("information", "It was easy to find out what I needed to know as "
                         "a carer.",
                         ascof="Ease of finding information (ASCOF 3D)",
                         easy=("It was easy to find out what I needed to know.",)),
               Statement("social_life", "I can have a social life as well as caring.",
                         ascof="Carer social contact (ASCOF 1I)",
                         easy=("I have time to see friends.", "I can do things I like, "
                               "as well as caring.")),
           ), easy_intro=("Here are 5 short sentences about support for you.",
                          "Do you agree with each one?")),
    Survey("safeguarding", "About how we helped keep me safe",
           "These questions are about the time we looked into worries about your safety. "
           "Say how much you agree with each.",
           (
               Statement("asked_wanted", "I was asked what I wanted to happen.",
                         easy=("They asked me what I wanted.",)),
               Statement("listened", "I felt listened to."),
               Statement("understood", "I understood what was going on and why.",
                         easy=("I knew what was going on.", "I knew why.")),
               Statement("feel_safer", "I feel safer now.", ascof="Feeling safe (ASCOF 4B)"),
               Statement("outcome_met", "What I wanted to happen did happen.",
                         ascof="Making Safeguarding Personal",
                         easy=("What I wanted did happen.",)),
           ), easy_intro=("These questions are about when we helped keep you safe.",
                          "Do you agree with each one?")),
    Survey("direct_payments", "About the money I get to buy my own support",
           "These questions are about your direct payment. A direct payment is money from "
           "the council to buy your own support.",
           (
               Statement("choice", "My direct payment gives me choice and control.",
                         ascof="Control over daily life (ASCOF 1B)"),
               Statement("easy", "My direct payment is easy to manage."),
               Statement("help", "I can get help with my direct payment when I need it."),
               Statement("working_well", "What is working well with your direct payment?",
                         kind=TEXT),
               Statement("change", "What would you like to change?", kind=TEXT),
               Statement("peer_group", "Would you like to hear about a group where people "
                         "who use direct payments meet and share tips?", kind=YES_NO),
           )),
]}

# Words people type to choose a survey ("direct payments", "the carer one"), tried in this
# order, first match wins: "carers who come" is the client survey before "carer" is the
# carers' survey. The surveys' own keys and button titles are understood too.
TYPED_CHOICES: Tuple[Tuple[str, str], ...] = (
    ("direct payments?", "direct_payments"), ("dp", "direct_payments"),
    ("own support", "direct_payments"), ("safe(?:guarding)?", "safeguarding"),
    ("carers? (?:that|who) (?:come|visit)", "client"),
    ("home ?care", "client"), ("carer", "carer"), ("caring", "carer"),
    ("my support", "client"), ("support i get", "client"), ("me", "client"),
)
# Offered first to someone who cares for another person.
FOR_CARERS = "carer"


def survey(key: Optional[str]) -> Optional[Survey]:
    return SURVEYS.get(key or "")


def question_slot(index: int) -> str:
    return f"sv_q{index + 1}"


def statement_for_slot(key: Optional[str], slot: str) -> Optional[Statement]:
    chosen = survey(key)
    if chosen is None or not slot.startswith("sv_q"):
        return None
    index = int(slot[4:]) - 1
    return chosen.statements[index] if 0 <= index < len(chosen.statements) else None


def all_texts() -> Dict[str, str]:
    """Every survey sentence, for the plain-language gate."""
    found: Dict[str, str] = {}
    for key, s in SURVEYS.items():
        # "/" groups one survey's texts: a term explained in its intro counts for the rest.
        found[f"surveys.{key}/button"] = s.button
        found[f"surveys.{key}/intro"] = s.intro
        for st in s.statements:
            found[f"surveys.{key}/{st.code}"] = st.text
    for code, label in SCALE_ANSWERS:
        found[f"surveys.scale.{code}"] = label

    for name in dir(wording):
        value = getattr(wording, name)
        if name.isupper() and isinstance(value, str):
            found[f"surveys.wording.{name}"] = value
    return found
