"""What staff need on a hand-off from the whole conversation: the person's wants, the risks
said anywhere, and who they are (name, age, area), in short plain lines.

Round twelve: a young man's hand-off held only "can i tork 2 a reel person" (not his job
wish, friends his age, his age, his area); a daughter's held the two false alarms but not
her dad's gas left on twice or him out at 2am at a bus stop; a carer's held "loss??
nobodys died!" but not MS, "up 3 or 4 times a night", "someone to do the nights" or her
name. The hand-off was built from the request and form slots only.

``story_lines`` reads every message (and the form's answers) and gives one line a want or a
risk, with the few words that said it, never a whole message, never a command ("change 6",
"talk to a person"): only words that say a want or a risk are quoted. Each line once.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Tuple

from bot.answers import names
from bot.answers.callback_talk import HEALTH_LINE, conditions_in
from bot.answers.text import clean, words_only
from bot.sounds_like import as_meant

# (what staff read, the words that say it) over words_only text spelt as meant.
WANTS: List[Tuple[str, str]] = [
    ("a break from caring", r"(?:need|want|could do with|desperate for|have|get)(?: a| some)? "
                            r"(?:break|rest|respite)\b|\brespite\b"),
    ("help with the nights", r"someone to (?:do|cover|sit|help with|help at) (?:the )?nights?|"
                             r"night (?:sitter|sitting|care|help)|overnight (?:help|care|sitter)|"
                             r"help (?:at|with the|in the) nights?|(?:come|stay) (?:to the house )?"
                             r"overnight"),
    ("a job", r"(?:want|need|looking for|find|get)(?: a| some)? (?:job|paid work|work)\b|"
              r"\bjob (?:in|at) a\b|\bwork tasters?\b"),
    ("friends or things to do with people their age",
     r"(?:friends?|frends?|people|lads|mates|others) (?:my|his|her|their) (?:own )?age|"
     r"(?:make|want|need|find)(?: some| new)? friends"),
    ("a sensor or alarm to keep them safe at home",
     r"(?:door|bed|chair|motion) sensor|sensor (?:thing|for)|(?:personal|pendant|falls) alarm|"
     r"something for the cooker|\btelecare\b"),
    ("to see family", r"(?:see|seeing|visit|visiting) (?:my|his|her) (?:sister|brother|mum|dad|"
                      r"daughter|son|family|grandkids|grandchildren)"),
]
RISKS: List[Tuple[str, str]] = [
    ("gas or cooker left on", r"(?:left|leaves|leaving|leave) (?:the|his|her) (?:(?:gas|electric) )?"
                              r"(?:gas|cooker|hob|oven|stove|rings?) on|"
                              r"(?:gas|hob|cooker) (?:was |being |been )?left on|"
                              r"pans? (?:\w+ )?(?:burnt|burned|boiled) dry|(?:burnt|burned) (?:the |a )?pans?\b"),
    ("goes out or gets lost, at night too",
     r"wander(?:s|ed|ing)?\b|goes out at night|out at night|(?:found|find) (?:him|her|them) "
     r"(?:at|in|on|by|walking|wandering|outside)|at [1-5] ?am\b|gets? lost|got lost|getting lost"),
    ("falls", r"(?:had|has|have|keeps having) (?:a |some |two |three )?falls?\b|keeps? falling|"
              r"(?:falls|fell|fallen) (?:over|down|again|twice|out of (?:bed|the chair)|"
              r"(?:in|on) the (?:bath|bathroom|stairs|kitchen|garden|floor|street))"),
    ("the carer is up in the night", r"up (?:with (?:him|her|them) )?(?:\d+|two|three|four|five|"
                                     r"several|a few)(?: or (?:\d+|three|four|five|six))? times a night|"
                                     r"up (?:all|every) night"),
    ("the carer is near breaking point",
     r"(?:cant|can not|cannot) keep going|(?:dont|do not) know how much longer|"
     r"something has to give|dead on my feet|at breaking point|at the end of my tether|"
     r"(?:cant|can not|cannot) cope|knackered|exhausted|burnt out|burned out"),
    ("not eating", r"(?:not|isnt|is not|hasnt|has not|hardly|barely|wont|will not|stopped|doesnt|"
                   r"does not|never) (?:been |really |even )?eat(?:ing|s)?\b(?! out)|forgets? (?:to eat|"
                   r"(?:her|his|their) (?:meals|food|dinner|lunch|tea))|skips? (?:her |his )?meals|"
                   r"(?:eats|eaten|ate) (?:nothing|next to nothing|hardly anything)|"
                   r"food (?:left|goes) (?:untouched|uneaten|in the fridge)|lost (?:a lot of )?weight"),
    ("medicines missed", r"(?:tablets|meds|medication|medicine)\b.*\b(?:left|missed|forgot|"
                         r"didnt watch|not taken|wrong)"),
]
WANT_LINE = "Wants: {what}. They said: {words}"
RISK_LINE = "Risk: {what}. They said: {words}"
NAME_LINE = "Name: {name} (the person typing)."
AGE_LINE = "Age: {age}."
AREA_LINE = "Area: {area}."

_NOT_AN_AGE = (r"(?! ?(?:mins?|minutes|hours?|times|pm|am|days|weeks|months|years ago|miles|quid|"
               r"pounds|percent))\b")
AGE = re.compile(r"\b(?:im|i am|aged|age)\s+(\d{1,3})" + _NOT_AN_AGE)
# Round sixteen: "about my nan Rita... shes 88" gave "Name: Jade (the person typing). Age:
# 88." and Rita's name nowhere. Another person's age and name go on a line of their own.
THEIR_AGE = re.compile(r"\b(?:hes|shes|he is|she is|(?:my|our) (\w+) is)\s+(\d{1,3})"
                       + _NOT_AN_AGE)
RELATIVES = (r"nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|mum|"
             r"mam|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|aunt|"
             r"auntie|uncle|grandson|granddaughter|grandchild|nephew|niece|cousin|stepson|"
             r"stepdaughter|lodger|carer|friend|neighbour")   # round 18: a grandson is not "their friend"
RELATIVE = re.compile(rf"\b(?:my|our) ({RELATIVES})\b")
# Over the text as typed: "my nan Rita", "my mum, Jean", "my dad is called tom".
RELATIVE_NAMED = re.compile(rf"\b(?:my|our) ({RELATIVES}),? (?:(?:is )?(?:called|named) "
                            r"([A-Za-z][a-z]+)|([A-Z][a-z]+))\b", re.IGNORECASE)
OTHER_LINE = "About their {who}: {details}."
# A postcode, whole or its district ("LS14", "LS13 2", "ls15 8td").
POSTCODE = re.compile(r"\b([a-z]{1,2}\d{1,2}[a-z]?)(?:\s*(\d)(?:[a-z]{2})?)?\b", re.IGNORECASE)
POSTCODE_WORDS = re.compile(r"\b(?:postcode|live|liv|in|near|were|we are|im|i am|at|its|area)\b")
# "im jordan", "its sarah", "my name is keith": a name said in passing; not "im back".
NAME_SAID = re.compile(r"^(?:my name is|my names|im|i am|its|it s|this is|call me)\s+\w+$")
NOT_A_NAME = frozenset(
    "back here off done home out up fine good ok okay sorry tired knackered busy free ready "
    "late sure sat stuck alone lonely bored bord fed working away not so just only still "
    "gone going leaving off right well ill poorly".split())
PIECES = re.compile(r"(?<=[.!?;,])\s+|\s*\n\s*|\s+-\s+")
MAX_WORDS = 20
MAX_PLACES = 2


def _pieces(text: str) -> List[str]:
    return [p.strip() for p in PIECES.split(clean(text)) if p.strip()]


def _quoted(piece: str) -> str:
    words = piece.rstrip(" ,;-").split()
    said = " ".join(words[:MAX_WORDS]) + ("..." if len(words) > MAX_WORDS else "")
    return said if said.endswith((".", "!", "?", "...")) else said + "."


# "no i dont want a job!!", "i never wanted a break", "not looking for work": a want said
# with a no before it is not wanted (round fourteen: "Wants: a job. They said: no i dont
# want a job!!").
NEGATED = re.compile(r"\b(?:dont|do not|doesnt|does not|didnt|did not|not|never|no longer|"
                     r"wont|will not|wouldnt|would not)\s+(?:really\s+|even\s+|actually\s+|"
                     r"ever\s+)?$")
# ...and a risk denied: "i dont go out at nite" (round 18: saved as "Risk: goes out or gets
# lost, at night too"), "she has never had a fall", "he hasnt wandered".
RISK_NEGATED = re.compile(r"\b(?:dont|do not|doesnt|does not|didnt|did not|not|never|no longer|"
                          r"wont|will not|wouldnt|would not|hasnt|has not|havent|have not|isnt|is not)"
                          r"\s+(?:really\s+|even\s+|actually\s+|ever\s+)?(?:go|goes|going|went|"
                          r"get|gets|getting|got|have|has|had|wander\w*|been)?\s*$")


def _says_it(compiled: "re.Pattern[str]", piece: str, wants: bool) -> bool:
    said = words_only(as_meant(piece))
    negated = NEGATED if wants else RISK_NEGATED
    return any(not negated.search(said[:m.start()]) for m in compiled.finditer(said))


def _found(table: List[Tuple[str, str]], messages: List[str], line: str) -> List[str]:
    """One line for each entry of the table said in the messages, with the first words that
    said it (a want said twice is one line; a want said with a no is not a want)."""
    lines = []
    wants = table is WANTS
    for what, pattern in table:
        compiled = re.compile(rf"\b(?:{pattern})")
        found = [p for m in messages for p in _pieces(m) if _says_it(compiled, p, wants)]
        if found:
            # Up to two places it was said ("he goes out at night", "found him at the bus
            # stop at 2am"), each a few words.
            words = " ".join(dict.fromkeys(_quoted(p) for p in found[:MAX_PLACES]))
            lines.append(line.format(what=what, words=words))
    return lines


def risks_in(messages: Iterable[str]) -> List[str]:
    """The risk lines for staff from these words alone (an assessment's answers): gas left
    on, going out at night or getting lost, falls, not eating... each with their words."""
    return _found(RISKS, [str(m) for m in messages if m and not str(m).startswith("/")],
                  RISK_LINE)


def risk_kinds(messages: Iterable[str]) -> List[str]:
    """Which risks the words tell of, by what staff read ("falls", "not eating")."""
    said = [str(m) for m in messages if m and not str(m).startswith("/")]
    return [what for what, pattern in RISKS
            if _found([(what, pattern)], said, "{what}")]


def name_said(messages: Iterable[str], kept: Optional[str] = None) -> Optional[str]:
    """The name they gave (the one kept at the name question first), or None."""
    if kept and not kept.startswith("/") and kept.lower() not in ("skipped", "not_sure"):
        return kept
    for message in messages:
        for piece in _pieces(message):
            said = words_only(piece)
            if NAME_SAID.match(said) and said.split()[-1] not in NOT_A_NAME:
                found = names.parse_name(piece)
                if found:
                    return found
    return None


def age_said(messages: Iterable[str]) -> Optional[str]:
    for message in messages:
        found = AGE.search(words_only(as_meant(message)))
        if found and 16 <= int(found.group(1)) <= 110:
            return found.group(1)
    return None


def other_person(messages: Iterable[str]) -> Optional[str]:
    """The line for the person they are asking about (their nan), with a name and an age
    said, or None when none is named with either."""
    messages = [str(m) for m in messages]
    who = next((found.group(1) for m in messages
                for found in [RELATIVE.search(words_only(m))] if found), None)
    if not who:
        return None
    name = None
    for message in messages:
        for found in RELATIVE_NAMED.finditer(clean(message)):
            candidate = found.group(2) or found.group(3)
            if found.group(1).lower() != who or (
                    found.group(3) and not found.group(3)[0].isupper()):
                continue   # "my nan says": only a capital, or "called", says a name
            if candidate and candidate.lower() not in NOT_A_NAME:
                name = candidate.capitalize()
                break
        if name:
            break
    age = next((found.group(2) for m in messages
                for found in [THEIR_AGE.search(words_only(as_meant(m)))]
                if found and found.group(1) in (None, who)
                and 16 <= int(found.group(2)) <= 110), None)
    details = [d for d in (name, f"aged {age}" if age else None) if d]
    return OTHER_LINE.format(who=who, details=", ".join(details)) if details else None


def area_said(messages: Iterable[str], kept: Optional[str] = None) -> Optional[str]:
    """The postcode (or its district) they gave, as written on a letter ("LS14", "LS13 2")."""
    if kept and POSTCODE.fullmatch(kept.strip()):
        return kept.strip().upper()
    for message in messages:
        said = clean(message)
        for found in POSTCODE.finditer(said):
            district = found.group(1)
            if not re.match(r"^[a-z]{1,2}\d", district, re.IGNORECASE) or \
                    not re.search(r"\d", district):
                continue
            before = words_only(said[:found.start()]).split()[-3:]
            if found.group(2) or any(POSTCODE_WORDS.match(w) for w in before) or \
                    words_only(said) == district.lower():
                area = district.upper() + (f" {found.group(2)}" if found.group(2) else "")
                if re.match(r"^[A-Z]{1,2}\d", area):
                    return area
    return None


def story_lines(messages: Iterable[str], slots: Optional[Dict[str, Optional[str]]] = None
                ) -> List[str]:
    """The lines for staff: name, age, area, then each want and each risk said anywhere."""
    said = [str(m) for m in messages if m and not str(m).startswith("/")]
    slots = slots or {}
    lines = []
    name = name_said(said, slots.get("preferred_name"))
    if name:
        lines.append(NAME_LINE.format(name=name))
    age = age_said(said)
    if age:
        lines.append(AGE_LINE.format(age=age))
    other = other_person(said)
    if other:
        lines.append(other)
    area = area_said(said, slots.get("postcode"))
    if area:
        lines.append(AREA_LINE.format(area=area))
    conditions = conditions_in(said)
    if conditions:
        lines.append(HEALTH_LINE.format(conditions=", ".join(conditions)))
    return lines + _found(WANTS, said, WANT_LINE) + _found(RISKS, said, RISK_LINE)


def all_texts() -> Dict[str, str]:
    """The lines as staff read them, with sample words."""
    return {
        "handoff_story.want": WANT_LINE.format(what="help with the nights",
                                               words="someone to do the nights."),
        "handoff_story.risk": RISK_LINE.format(what="gas or cooker left on",
                                               words="he left the gas on twice last month."),
        "handoff_story.name": NAME_LINE.format(name="Dawn"),
        "handoff_story.age": AGE_LINE.format(age="20"),
        "handoff_story.area": AREA_LINE.format(area="LS14"),
        "handoff_story.other": OTHER_LINE.format(who="nan", details="Rita, aged 88"),
    }
