"""Listen and connect: a short, human answer to what someone tells us about their life.

The Three Conversations model starts by listening. Echoing a person's whole message back in
quotes is not listening. This module reads what was said for a few plain themes (a death,
being alone, being worn out by caring, worry about safety at home, a wish for the future,
money, what is still going well) and answers with a reflection (OARS: affirm, reflect, then
one open question) and the next steps that fit. Pure and fast: no model, unit-tested.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from bot import texts
from bot.answers.about import FAMILY_WORDS
from bot.answers.text import clean, words_only



def _rx(*parts: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")


THEMES: List[Tuple[str, re.Pattern]] = [
    ("grief", _rx(r"passed away", r"passed on", r"died", r"dead", r"death of", r"funeral",
                  r"(?:lost|losing) my (?:" + FAMILY_WORDS + r"|wife|husband|partner|best friend)",
                  r"widow(?:er|ed)?", r"bereave\w*", r"since (?:he|she) went", r"grieving",
                  r"(?:my|our) late (?:" + FAMILY_WORDS + r")")),
    ("carer_strain", _rx(r"exhausted", r"shattered", r"knackered", r"worn out", r"burn(?:t|ed) out",
                         r"running on empty", r"end of my tether", r"at my wits end",
                         r"(?:not|never) had a (?:day off|break|night off|holiday)",
                         r"something (?:has|s) (?:got )?to give", r"cant (?:cope|keep (?:going|this up|doing this))",
                         r"(?:could|can) sleep for a (?:week|month|year)", r"no time for me",
                         r"on my knees", r"at breaking point", r"too much for me",
                         r"no life of my own", r"(?:so|really|very) tired")),
    ("lonely", _rx(r"lonely", r"(?:i|we) miss (?:my|our|having) (?:" + FAMILY_WORDS + r"|friends|"
                   r"mates|family|company)", r"loneliness", r"on my own", r"by myself", r"no one to talk to",
                   r"nobody to talk to", r"isolated", r"no friends", r"dont see (?:anyone|anybody)",
                   r"(?:havent|have not|not) seen (?:anyone|anybody|my friends|a soul)",
                   r"(?:four|4) walls", r"all alone", r"miss (?:having )?company",
                   r"(?:some|more|a bit of) company", r"someone to talk to",
                   r"(?:i|we) (?:just )?sit (?:here |at home |in )?(?:on my own|alone|all day|most of "
                   r"the day|with the (?:radio|telly|tv))", r"just sit", r"(?:radio|telly|tv) on all day",
                   r"(?:nobody|no one|noone) (?:much |really )?(?:knocks|calls|rings|visits|comes round|"
                   r"comes|pops in)", r"talk to the (?:tv|telly|cat|dog|walls)",
                   r"days are (?:long|empty)")),
    ("safety_at_home", _rx(r"falls?", r"fell", r"falling", r"keeps? falling", r"(?:left|leaves) the gas on",
                           r"gas (?:was )?(?:left )?on", r"hob on", r"gets? lost", r"got lost",
                           r"wander(?:s|ing|ed)?", r"goes out at night", r"forgets? (?:her|his|their) "
                           r"(?:tablets|medication|meds|pills)", r"left the door open",
                           r"cant get up")),
    ("money", _rx(r"bills?", r"debts?", r"afford", r"benefits?", r"skint", r"money worries",
                  r"pay for (?:care|it|the care)", r"overdrawn", r"arrears")),
    ("used_to", _rx(r"used to \w+", r"(?:i|we|she|he|they) (?:miss|misses) \w+ing",
                    r"(?:gave|give) up (?:the|my|her|his)", r"(?:stopped|had to stop) (?:going|doing)")),
    ("wish", _rx(r"(?:i|we|she|he|they) (?:want|wants|would like|d like|wish|wishes|hope|hopes|"
                 r"dream of) (?:to|a|an|some|my|to get|to go|to be|to have|being|going|"
                 r"doing|getting)",
                 r"(?:i|we)d love to", r"would love to", r"(?:my|our) goal", r"one day (?:i|we)",
                 r"^(?:i )?(?:want|wanna|would like|d like) (?:to |a |an |some |more )?\w+",
                 r"(?:want|wants|need|would like|d like|wish for|looking for|make|making|meet|"
                 r"meeting) (?:some |more |a |new |a few )?(?:friends?|frends|freinds|mates|pals|"
                 r"people (?:my|of my) age)",
                 r"^(?:i )?(?:would )?like to (?:meet|make|go|do|join|try|learn|get|find|start)")),
    ("strength", _rx(r"(?:i|she|he|they|we) (?:still|can still) \w+", r"(?:i|she|he|they) (?:love|loves|"
                     r"enjoy|enjoys)", r"proud of", r"good at", r"keeps? (?:me|her|him|them) going",
                     r"(?:my|her|his) (?:garden|allotment|dog|cat|church|choir|club|grandkids|"
                     r"grandchildren)")),
]

GOAL = re.compile(
    r"\b(?:want|wants|would like|d like|wish|wishes|hope|hopes|love|dream of) "
    r"(?:to )?(?P<goal>(?:get|go|be|have|find|do|start|learn|work|see|join|try|make|meet|sing|"
    r"swim|walk|dance|play|volunteer|visit|stay|keep)\b(?: \w+){0,5})")
USED_TO = re.compile(
    r"\bused to (?:love |enjoy |like |really love )?(?P<act>\w+(?: \w+){0,4})"
    r"|\b(?:miss|misses) (?P<act2>\w+ing(?: \w+){0,4})")
WANTS_A = re.compile(r"\b(?:want|wants|would like|d like|wish for|hope for) (?P<thing>(?:a|an|some|"
                     r"more) \w+(?: \w+){0,4})")
# Where a quoted span stops: time words and joins ("every week", "since my hip", "but").
STOP = re.compile(r"\b(?:since|every|each|last|until|before|after|when|because|cos|but|and|so|"
                  r"now|anymore|any more|these days|terribly|really|so much|again|though|if|"
                  r"like|lol|tbh|please|x+)\b")


def _trim(span: str) -> Optional[str]:
    span = STOP.split(span)[0].strip()
    return span if span and len(span.split()) <= 6 else None
OTHER_LANGUAGE_OR_JUNK = re.compile(r"^[^a-z]*$")


@dataclass
class Reflection:
    themes: List[str]
    lines: List[str]
    buttons: List[Dict[str, str]] = field(default_factory=list)

    @property
    def heard_something(self) -> bool:
        return bool(self.themes)


def themes_in(text: str) -> List[str]:
    words = words_only(clean(text))
    if not words or OTHER_LANGUAGE_OR_JUNK.match(words):
        return []
    found = [name for name, pattern in THEMES if pattern.search(words)]
    # "I miss my wife" is grief, not a wish to work towards.
    if "grief" in found:
        found = [t for t in found if t not in ("wish", "used_to", "strength")]
    return found


def goal_in(text: str) -> Optional[str]:
    """ "get a job in a shop", "a job": what they would like, short enough to say back."""
    words = words_only(clean(text))
    match = GOAL.search(words)
    if match:
        return _trim(match.group("goal"))
    match = WANTS_A.search(words)
    return _trim(match.group("thing")) if match else None


def activity_in(text: str) -> Optional[str]:
    """ "singing in the choir": something they used to do, said back only as an -ing phrase
    ("It sounds like singing in the choir meant a lot"), otherwise not at all."""
    match = USED_TO.search(words_only(clean(text)))
    if not match:
        return None
    act = _trim(match.group("act") or match.group("act2") or "")
    return act if act and act.split()[0].endswith("ing") else None


def _button(title: str, payload: str) -> Dict[str, str]:
    return {"title": title, "payload": payload}


FIND = "/find_service"
TALK = texts.TALK_TO_A_PERSON
PLAN = _button("Plan for a good life", "/start_self_assessment")
CARER = _button("A carer's assessment", "/start_carer_assessment")
TELL_MORE = _button("Tell you more", "/listen_connect")


def _find(title: str, category: str) -> Dict[str, str]:
    return _button(title, FIND + '{"service_category": "' + category + '"}')


# What we say for each theme: (reflection, buttons). One open question ends the reply.
SAID: Dict[str, Tuple[str, List[Dict[str, str]]]] = {
    "grief": ("I am so sorry for your loss. That is a lot to carry, and there is no right "
              "way to feel.",
              [TELL_MORE, _find("People to talk to", "health_and_wellbeing"), TALK]),
    "carer_strain": ("It sounds like you are worn out. You do a lot, and it is OK to say it is "
                     "too much. You can have a break, and a plan for if you could not care.",
                     [CARER, _find("Help for carers", "looking_after_someone"),
                      _button("Ask for a call back", "/request_human")]),
    "lonely": ("It sounds lonely at the moment. A lot of people feel like that, and it can "
               "change.",
               [_find("Groups and company nearby", "things_to_do"), TELL_MORE, TALK]),
    "safety_at_home": ("It is worrying when someone might fall or get hurt at home. Some "
                       "kit can help. A button to wear calls for help after a fall. An alarm "
                       "can warn about gas.",
                       [_find("Equipment that keeps people safe", "technology"), PLAN, TALK]),
    "money": ("Money worries are stressful. You are not the only one, and there is free "
              "advice.",
              [_find("Money help", "money_matters"), TALK]),
    "wish": ("It is good to hear what you would like. That is a good place to start.",
             [PLAN, _find("Things to do nearby", "things_to_do"), TELL_MORE]),
    "used_to": ("It sounds like that meant a lot. It may be possible to get back to it, "
                "or to something like it.",
                [_find("Things to do nearby", "things_to_do"), PLAN, TELL_MORE]),
    "strength": ("That sounds like something that matters. It is good to build on what "
                 "already works.",
                 [PLAN, TELL_MORE]),
}
OPEN_QUESTIONS: Dict[str, str] = {
    "grief": "What has been the hardest part, day to day?",
    "carer_strain": "What would help you most right now?",
    "lonely": "Who or what used to bring you company?",
    "safety_at_home": "What worries you most about it?",
    "money": "Would you like to find free advice near you?",
    "wish": "What would be a first small step towards it?",
    "used_to": "What stopped it, and what would help you start again?",
    "strength": "What helps that keep going?",
}
NOTHING_HEARD = "Thank you for telling me."
GENERAL_QUESTION = "What would make the biggest difference for you right now?"


def reflect(text: str, name: Optional[str] = None) -> Reflection:
    """A reflection for what was said: up to two themes, then one open question."""
    themes = themes_in(text)[:2]
    hello = f"Thank you, {name}." if name else None
    if not themes:
        lines = [hello or NOTHING_HEARD, GENERAL_QUESTION]
        return Reflection([], lines, [PLAN, _button("Find local help", FIND), TALK])
    lines: List[str] = [hello] if hello else []
    buttons: List[Dict[str, str]] = []
    for theme in themes:
        said, offers = SAID[theme]
        if theme == "wish":
            goal = goal_in(text)
            if goal:
                verb = "" if goal.split()[0] in ("a", "an", "some", "more") else "to "
                said = (f"It is good to hear that you would like {verb}{goal}. "
                        "That is a good place to start.")
        if theme == "used_to":
            act = activity_in(text)
            if act:
                said = f"It sounds like {act} meant a lot to you. It may be possible to get back to it."
        lines.append(said)
        buttons += [b for b in offers if b not in buttons]
    lines.append(OPEN_QUESTIONS[themes[0]])
    return Reflection(themes, lines, buttons[:4])


def idea_lead(text: str) -> Optional[str]:
    """A line that offers back something the person said as an idea to try, or None."""
    act = activity_in(text)
    if act:
        return f"You said {act} meant a lot. Could getting back to it be one idea?"
    goal = goal_in(text)
    if goal:
        verb = "" if goal.split()[0] in ("a", "an", "some", "more") else "to "
        return f"You said you would like {verb}{goal}. Could that be one idea?"
    return None


def all_texts() -> Dict[str, str]:
    """Every sentence above, for the plain-language gate."""
    out = {f"listening.{k}": v[0] for k, v in SAID.items()}
    out.update({f"listening.ask.{k}": v for k, v in OPEN_QUESTIONS.items()})
    out["listening.nothing"] = NOTHING_HEARD
    out["listening.general"] = GENERAL_QUESTION
    out["listening.used_to[sample]"] = ("It sounds like singing in the choir meant a lot to you. "
                                "It may be possible to get back to it.")
    out["listening.idea_lead[used_to]"] = idea_lead("i used to love singing in the choir")
    out["listening.idea_lead[goal]"] = idea_lead("i want to get a job in a shop")
    out["listening.goal[sample]"] = ("It is good to hear that you would like to get a job in a shop. "
                             "That is a good place to start.")
    for _, offers in SAID.values():
        for b in offers:
            out[f"button:{b['title']}"] = b["title"]
    return out
