"""ROPES to the end: options that follow from what the person said they would like.

After resources, exceptions and successes (what matters, what works, who is around), a good
practitioner offers options tied to the person's own words: help to find work for "i want a
job in a shop", a group for the choir they used to sing in, company for "i never see
anyone", a break and an emergency plan for a carer who is worn out, an alarm for falls.
The options are offered at the "what could you try?" question, which then asks "What would
you like to try?"; the answer is kept as their own next step (bot/assessment/summary.py),
and the local suggestions at the end follow the option chosen. Pure: unit-tested in
tests/unit/test_ropes.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional

from bot import listening
from bot.answers.handoff_story import risk_kinds
from bot.answers.text import clean, words_only
from bot.reflect_answer import Voice, clauses, used_to_in
from bot.sounds_like import as_meant


@dataclass(frozen=True)
class Option:
    key: str
    title: str          # the button, and what is kept when it is pressed
    line: str           # what it is, in one or two short sentences
    category: str       # the directory heading for the suggestions at the end
    query: str          # words to search the directory by


WORK = re.compile(
    r"\b(?:want|wants|would like|d like|wish|hope|hoping|looking for|love|dream of|need|"
    r"wanna)(?: to)?(?: get| find| have| do| go back to| get back to| back to| start)?"
    r"(?: a| an| some| paid| proper| part time| little| new)* (?:job|jobs|jobb|work|paid work)\b"
    r"|\bwork tasters?\b|\bjob tayster\b")
COMPANY = re.compile(
    r"\b(?:get|getting|go|going) out (?:more|of the house)\b|\bmeet (?:new |more |some )?"
    r"(?:people|friends)\b|\b(?:make|making) (?:new |some )?friends\b|\bsome company\b"
    r"|\bsomeone to talk to\b|\bmiss (?:the |having |some )?company\b")
# Things named for everyday life at home (round ten: a woman who named a shower seat, a
# stair rail, a commode and an OT visit was offered only a personal alarm).
EQUIPMENT = re.compile(
    r"\b(?:shower|bath|toilet|perching|commode) (?:seat|stool|chair|board|lift|frame|rail)s?\b"
    r"|\bcommodes?\b|\b(?:grab|stair|stairs|hand|bath|shower|toilet|bed) ?rails?\b"
    r"|\brails? (?:on|for|by|up) (?:the )?(?:stairs|bath|toilet|wall|steps)\b"
    r"|\bseat (?:for|in|on) (?:the |a )?(?:shower|bath|toilet)\b"
    r"|\bstair ?lifts?\b|\bbed (?:down ?stairs|on the ground floor)\b|\bwalk ?in shower\b"
    r"|\bwet ?room\b|\bhoists?\b|\bramps?\b|\bwalking frames?\b|\bzimmer"
    r"|\b(?:urine |wee )?bottles? for (?:the )?(?:night|toilet)\b|\bequipment\b"
    r"|\badaptations?\b|\bot\b|\boccupational therap")
# A paid carer coming in to help with washing, dressing or getting up.
HOME_CARE = re.compile(
    r"\b(?:(?:a |another |more |paid |man |male |woman |female |lady )+)carers? "
    r"(?:(?:man|woman|lady) )?(?:to )?(?:come|comes|coming|visit|call|in the mornings?|"
    r"every morning|at night|for (?:washing|dressing|the mornings?))\b"
    r"|\bcarer (?:man|woman|lady)\b|\bcare workers?\b|\bhome care\b|\bcarers coming in\b"
    r"|\bsomeone to (?:help (?:him|her|me|them|mum|dad) )?(?:wash|shower|bath|get "
    r"(?:(?:him|her|me|them) )?(?:washed|dressed|up))\b")
# Hard nights: someone up at night, wandering, waking to help.
NIGHTS = re.compile(
    r"\bnight ?(?:sitt(?:er|ing)|care|carers?)\b|\bover ?night\b|\bnights? (?:are|is) "
    r"(?:bad|hard|awful|terrible|the worst|killing)|\b(?:up|awake) (?:all|at|in the|every) "
    r"night|\b(?:help|someone) (?:with|for|at|in) (?:the )?nights?\b|\bwake (?:up )?"
    r"(?:\d|two|three|2|3) times\b|\bin (?:the )?night\b|\b(?:1|2|3|4)\s?am\b"
    r"|\b(?:1|2|one|two|a) nights? a week\b|\bthe nights\b")
# Carers: time off caring, or signs of being worn out.
BREAK_THEMES = ("break", "carer_strain")
DOING_NOUN = re.compile(r"(?P<noun>[a-z]+)$")

OPTIONS: Dict[str, Option] = {
    "work": Option("work", "Help to find work",
                   "Someone can help you look for work, and settle in.", "things_to_do",
                   "employment support"),
    "company": Option("company", "Meet people nearby",
                      "A befriender can visit or ring. A local group is a way to meet people.",
                      "things_to_do", "befriending lonely"),
    "break": Option("break", "A break from caring",
                    "Someone can sit with them, so you get time for you. A day centre or a "
                    "short stay can help too.", "looking_after_someone", "respite sitting service"),
    "plan": Option("plan", "A plan for a bad day",
                   "It says who will help if you are ill and cannot care.",
                   "looking_after_someone", "emergency plan"),
    "equipment": Option("equipment", "Things to help at home",
                        "Someone from the council can visit. They can find you a shower "
                        "seat, a rail or a commode.", "living_independently",
                        "equipment adaptations bath seat commode grab rail"),
    "home_care": Option("home_care", "A carer to help at home",
                        "A care worker can come at set times, like in the morning. You can ask "
                        "for a man or a woman.", "living_independently",
                        "personal care washing dressing home care"),
    "nights": Option("nights", "Help with the nights",
                     "The council can talk to you about care at night. A sensor can tell you "
                     "when they get up.", "technology", "bed sensor door sensor night time"),
    "telecare": Option("telecare", "Home sensors",
                       "They tell someone if the gas is left on. Or if a door opens at night.",
                       "technology",
                       "telecare gas detector door sensor"),
    "alarm": Option("alarm", "A personal alarm",
                    "A button you wear calls for help if you fall.", "technology",
                    "personal alarm"),
}
GROUP_TITLE = "A group near you"
GROUP_LINE = "There may be one for {doing}."
MOST_OPTIONS = 3
INTRO = "Here are some ideas from what you told me."
TRY_QUESTION = "What would {who} like to try?"
NEXT_STEP_KEPT = "I have written that down as {whose} next step."


def next_step_kept(who: str = "you") -> str:
    """ "...as your own next step", or "...as Rita's next step" when filling in for Rita."""
    return NEXT_STEP_KEPT.format(whose="your own" if who == "you" else f"{who}'s")


def group_for(doing: str) -> Option:
    """ "singing in a choir" -> a group near you, searched by "choir"."""
    noun = DOING_NOUN.search(doing)
    return Option("group", GROUP_TITLE, GROUP_LINE.format(doing=doing), "things_to_do",
                  noun.group("noun") if noun else doing)


def options_from(answers: Iterable[object], carer: bool = False,
                 voice: Voice = Voice()) -> List[Option]:
    """The options that follow from what was said, most personal first, at most three."""
    found: List[Option] = []
    texts = [as_meant(str(a)) for a in answers if a and not str(a).startswith("/")]
    words = [words_only(clean(t)) for t in texts]
    themes = {theme for t in texts for theme in listening.themes_in(t)}
    if any(WORK.search(w) for w in words) or any(
            re.search(r"\b(?:job|work)\b", listening.goal_in(t) or "") for t in texts):
        found.append(OPTIONS["work"])
    doing = next((d for t in texts for c in clauses(t)
                  if (d := used_to_in(words_only(c), voice))), None) or next(
        (a for t in texts if (a := listening.activity_in(t))), None)
    if doing:
        found.append(group_for(doing))
    # What they named for life at home, before what we guess from a theme.
    for key, named in (("equipment", EQUIPMENT), ("home_care", HOME_CARE),
                       ("nights", NIGHTS)):
        if any(named.search(w) for w in words):
            found.append(OPTIONS[key])
    risks = risk_kinds(texts)
    if {"gas or cooker left on", "goes out or gets lost, at night too"} & set(risks):
        # Gas left on, going out at night: sensors, telecare (round fifteen: only a falls
        # button).
        found.append(OPTIONS["telecare"])
    if carer and themes & set(BREAK_THEMES):
        found += [OPTIONS["break"], OPTIONS["plan"]]
    if "lonely" in themes or any(COMPANY.search(w) for w in words):
        found.append(OPTIONS["company"])
    if ("falls" in risks or "safety_at_home" in themes and OPTIONS["telecare"] not in found) \
            and not carer:
        found.append(OPTIONS["alarm"])
    return list({o.key: o for o in found}.values())[:MOST_OPTIONS]


def option_chosen(answer: object, offered: List[Option]) -> Optional[Option]:
    """The option the answer names: a button pressed, or its words typed ("the job one")."""
    named = options_named(answer, offered)
    return named[0] if named else None


# The words that name an option offered ("the job one", "the seat and the rail").
OPTION_WORDS = {
    "work": r"\b(?:job|jobs|work)\b",
    "company": r"\b(?:befriend\w*|meet|people|company|friends?)\b",
    "break": r"\bbreak\b", "plan": r"\bplan\b", "alarm": r"\balarm\b",
    "equipment": r"\b(?:equipment|things to help|seat|rails?|commode|ot)\b",
    "home_care": r"\b(?:carers?|care worker)\b", "nights": r"\bnights?\b",
}


def options_named(answer: object, offered: List[Option]) -> List[Option]:
    """Every option the answer names, in the order said: a button pressed, the words of
    one offered ("alarm yes good"), or a need of its own ("and shower seat and rail and
    carer man in morning": equipment and a carer too, offered or not)."""
    said = words_only(clean(str(answer or "")))
    if not said:
        return []
    for option in offered:
        if said == words_only(option.title):
            return [option]
    found = []
    for option in offered:
        key_words = OPTION_WORDS.get(option.key) or (
            r"\bgroup\b|\b" + re.escape(option.query) + r"\b")
        match = re.search(key_words, said)
        if match:
            found.append((match.start(), option))
    found.sort(key=lambda pair: pair[0])
    named = [o for _, o in found]
    own = [o for o in options_from([str(answer)]) if o.key in NAMED_NEEDS]
    return list({o.key: o for o in named + own}.values())


NAMED_NEEDS = ("equipment", "home_care", "nights")

# "both 😀", "all of them", "yes both pls", "the lot": every idea offered (round fourteen:
# "Ideas to try: both 😀" was kept, not the two ideas it meant). Only the whole answer:
# "both of us go" or "not both" are other answers.
ALL_OF_THEM = re.compile(
    r"^(?:yes |yeah |ok |okay )?(?:please )?(?:i(?:d| would)? (?:like|want|try) )?(?:to )?"
    r"(?:both|both of (?:them|those|these|em)|all|all of (?:them|those|these|em)|all (?:two|three)|"
    r"the lot|all the ideas|them all|(?:the )?(?:two|three) of them)"
    r"(?: please| pls| plz| ideas| thanks| ta| really| sound good| please thanks)*$")


def means_all_of_them(answer: object) -> bool:
    return bool(ALL_OF_THEM.match(words_only(clean(as_meant(str(answer or ""))))))


def all_of_them(offered: List[Option]) -> str:
    """Every idea offered, by its title, for the read-back and the record."""
    titles = [o.title for o in offered]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


def option_lines(offered: List[Option]) -> List[str]:
    """The intro, then one line for each option."""
    return [INTRO] + [f"{o.title}: {o.line[:1].lower()}{o.line[1:]}" for o in offered]


def all_texts() -> Dict[str, str]:
    """Every sentence above, for the plain-language gate."""
    out = {f"ropes.{key}": line for key, line in
           zip(OPTIONS, option_lines(list(OPTIONS.values()))[1:])}
    out.update({f"ropes.{key}.line": o.line for key, o in OPTIONS.items()})
    out["ropes.group.line[sample]"] = GROUP_LINE.format(doing="singing in a choir")
    out["ropes.intro"] = INTRO
    out["ropes.kept"] = next_step_kept()
    out["ropes.kept[named]"] = next_step_kept("Rita")
    out["ropes.try"] = TRY_QUESTION.format(who="you")
    out["ropes.try[named]"] = TRY_QUESTION.format(who="Peggy")
    out["ropes.group[sample]"] = option_lines([group_for("singing in a choir")])[1]
    for o in list(OPTIONS.values()) + [group_for("swimming")]:
        out[f"button:{o.title}"] = o.title
    return out
