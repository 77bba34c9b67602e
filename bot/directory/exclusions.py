"""What a search turns down: "NO bingo", "not bingo", "anything but bingo please", "no day
centres", "something to do but nothing with bingo", "i dont want a day centre".

The words turned down were searched for: "no bingo" found the bingo afternoon first. Here
they are read out of the request (``turned_down``), taken out of the words searched by
(``without_turned_down``), and a service whose name, keywords or description has them is
left out (``mentions``).
"""
from __future__ import annotations

import re
from typing import Iterable, List, Tuple

from bot.directory.service_summary import ServiceSummary
from bot.directory.textmatch import STOP_WORDS, stems

# The words before the thing turned down.
NEGATION = (r"(?:nothing with|nothing like|none of|without|anything but|"
            r"anything except|anything apart from|anything other than|everything but|"
            r"something other than|except|apart from|but not|other than|no more|not another|"
            r"(?:i |we )?(?:dont|don't|do not|doesnt|doesn't|does not) (?:want|need|like|fancy|enjoy)|"
            r"not into|not keen on|"
            r"(?:i |we )?(?:hate|cant stand|can't stand)|sick of|fed up (?:of|with)|"
            # (bare "no" and "not" last: "not into bingo" is read whole)
            r"no|not)")
# Where the thing turned down ends: a stop or comma, or a word that starts another part.
ENDS = (r"(?=\s*(?:[.,;:!?()]|$)|\s+(?:please|pls|thanks|thank you|ta|but|and|though|thx|"
        r"instead|i want|i need|i would|id like|i'd like|i like|how about|what about|near|"
        r"in|round|around|at|on|for|on a|with|just|really|either|at all|mate|love)\b)")
TURNED = re.compile(r"(?:^|\b)(?P<neg>" + NEGATION + r")\s+(?:any |a |an |the |more |those |them |"
                    r"bloody |flipping )?(?P<thing>[a-z][a-z' -]*?)" + ENDS, re.IGNORECASE)
# "coffee morning is for old people", "day centres are not for someone my age": turned down
# for not fitting them (bot/directory/facets.py reads their age from the same words).
NOT_FOR_ME = re.compile(
    r"(?:^|\b)(?:the |a |that |those |them |these )?(?P<thing>[a-z][a-z']*(?: [a-z][a-z']*){0,2})"
    r"(?:'s| is| are| r| s)(?: only| just| all| mostly)? (?:for|4) (?:old|older|elderly|oldies|"
    r"pensioners|grannies)(?: (?:people|peple|ppl|folk|ones|men|women|ladies))?\b|"
    r"(?:^|\b)(?:the |a |that |those |them |these )?(?P<other>[a-z][a-z']*(?: [a-z][a-z']*){0,2})"
    r"(?: is| are| r)(?: not|nt|n't) (?:for|4) (?:someone|people|peple|anyone|me|us) "
    r"(?:my|of my|our) age\b", re.IGNORECASE)
# "no bingo or day centres": one "no" for both.
LIST_JOIN = re.compile(r"\s+(?:or|nor)\s+(?:any |a |an |the )?", re.IGNORECASE)

# Words after "no" or "not" that are no thing to leave out: "not sure", "no cost" (free),
# "not too far", "no steps" (step-free access is asked for, never left out).
NOT_A_THING = frozenset("""
sure certain really too very so that this it one ones them those these thanks thank problem
worries worry bother idea way matter cost costs charge charges money fee fees price far
distance expensive dear costly much many more less long late early steps step stairs stair
lift lifts ramp problem problems need needed rush hurry worse better good bad big fun
something anything nothing everything time today tomorrow weekend weekends monday tuesday
wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
saturdays sundays morning mornings afternoon afternoons evening evenings night nights
meant mean said asked want need think thought know
anywhere anyone anybody someone somebody age everywhere somewhere nowhere going gone leaving way
fgs ffs omg lol lmao wtf jeez god gods christ chance joke kidding offence offense
quite exactly right yet now moment quick quickly completely entirely totally
text texts txt txts texting call calls calling ring phone phones phonecall phonecalls email
emails mail letters letter voicemail voicemails message messages msg msgs
well off rich wealthy understand answer answering answered speak read write cope coping
managing able english family families relatives relative
side sides across miles mile away town city edge outskirts
""".split())
# (round sixteen: "near LS13 not the other side of leeds" left out "other side leeds": where,
# not a thing; the distance is the search's own)
# (round fourteen: "we're not well off" left out "well off", "not family" left out
# "family", "mama will not understand" left out "understand": how they are, not a thing)
# (round thirteen: the [Not quite] button left out "quite"; "I can hear fine yes? no texts"
# left out "texts": a button's words and how to be contacted are not things turned down)
# (round ten: "no fgs. i mean i need a break" left out "fgs"; "im not going anywhere??"
# left out "anywhere": oaths and going nowhere are not things turned down)
# "no i meant swimming", "no thats wrong": a no to what was said, not a thing turned down.
# "none of them are sport", "none of them are about PIP": what was wanted, not turned down.
NOT_A_START = frozenset("i im id ive we were you he she they it its thats that this there "
                        "theres my me us just are is was".split())
# Words that only say "that sort of thing": "not bingo type things", "no day centre stuff".
VAGUE = frozenset("type types sort sorts kind kinds stuff places place things thing lot lots "
                  "rubbish nonsense style like".split())
MAX_THING_WORDS = 3


# A bare "no" or "not" after a person or a verb says how things are, not what to leave out:
# "we're not well off", "she does not understand english", "you not answer", "he will not
# go to groups", "we have no car" (round fourteen). "not swimming", "no bingo, thanks",
# "anything but a lunch club" still turn a thing down.
STATEMENT_BEFORE = re.compile(
    r"(?:\b(?:i|im|we|you|u|he|hes|she|shes|they|theyre|it|its|is|are|was|were|am|be|been|"
    r"do|does|did|will|would|can|could|should|shall|might|must|may|has|have|had|got|"
    r"there|theres|mum|mam|mom|mama|dad|mother|father|husband|wife|son|daughter|nan|gran|"
    r"grandad|ill|hell|shell|well|theyll|youll)|['\u2019](?:re|s|m|ll|d|ve))\s*$", re.IGNORECASE)
BARE = frozenset(("no", "not"))


def _a_statement(text: str, match: "re.Match[str]") -> bool:
    """The "no" or "not" of the match says how things are ("we're not well off")."""
    return match.group("neg").lower() in BARE and \
        bool(STATEMENT_BEFORE.search(text[:match.start()]))


def _core(thing: str) -> str:
    """A thing turned down, without "sort of thing" words ("bingo type things" -> "bingo");
    "" when nothing in it is a thing ("not sure", "no cost")."""
    said = re.findall(r"[a-z]+", thing.lower().replace("'", ""))
    if not said or said[0] in NOT_A_START or any(w in NOT_A_THING for w in said):
        return ""
    kept = [w for w in said if w not in VAGUE and w not in STOP_WORDS]
    return " ".join(kept) if 0 < len(kept) <= MAX_THING_WORDS else ""


def _subject(thing: str) -> str:
    """What "... is for old people" is said of ("coffee morning"); "" for "it" or "that"."""
    said = re.findall(r"[a-z]+", thing.lower().replace("'", ""))
    kept = [w for w in said if w not in STOP_WORDS and w not in NOT_A_START]
    return " ".join(kept) if said and said[-1] not in NOT_A_START and kept else ""


def _spans(text: str) -> List[Tuple[Tuple[int, int], str]]:
    """(where in the text, the thing) for each thing turned down."""
    found = []
    for match in TURNED.finditer(str(text or "")):
        if _a_statement(str(text or ""), match):
            continue
        for part in LIST_JOIN.split(match.group("thing")):
            core = _core(part)
            if core:
                found.append(((match.start(), match.end()), core))
    for match in NOT_FOR_ME.finditer(str(text or "")):
        core = _subject(match.group("thing") or match.group("other") or "")
        if core:
            found.append(((match.start(), match.end()), core))
    return found


def turned_down(text: object) -> Tuple[str, ...]:
    """The things the request turns down, in its words: "anything but bingo please" ->
    ("bingo",); "no bingo or day centres" -> ("bingo", "day centres")."""
    seen: List[str] = []
    for _, core in _spans(str(text or "")):
        if core not in seen:
            seen.append(core)
    return tuple(seen)


def without_turned_down(text: object) -> str:
    """The request with what it turns down taken out, so those words are not searched by."""
    said = str(text or "")
    spans = sorted({span for span, _ in _spans(said)}, reverse=True)
    for start, end in spans:
        said = said[:start] + " " + said[end:]
    return " ".join(said.split())


def mentions(service: ServiceSummary, things: Iterable[str]) -> bool:
    """The service's name, keywords or description has every word of one thing turned down
    ("Bingo and Games Afternoon" for bingo; keyword "day centre" for day centres)."""
    said = set(stems(" ".join([service.name, service.description or "", *service.keywords])))
    return any(stems(thing) and all(word in said for word in stems(thing)) for thing in things)
