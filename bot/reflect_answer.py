"""One short reflection on an answer inside an assessment, in the person's own words.

A good practitioner does not go straight from one question to the next. When an answer
carries a feeling ("i cry in the car", "she gets lonely in the week"), a person ("my
daughter Sue does my shopping", "jean"), or a strength ("i still drive", "baking. everyone
says her scones are the best"), the next turn starts with one short line about it: "That
sounds really hard.", "Sue sounds like a big help.", "It is good that you still drive."
Never the whole message in quotes, never more than one line, never for "skip", a number or
a bare yes or no, and never the same stock line twice in a row.

Each reflection also gives a short piece ("Sue does your shopping", "you feel lonely") for
the summary every few answers (bot/heard.py says them back: "So far I have heard that...").
Pure and fast: no model, unit-tested in tests/unit/test_reflect_answer.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from bot.answers.about import FAMILY_WORDS
from bot.answers.contact import without_contact_clauses
from bot.answers.handoff_story import risk_kinds
from bot.answers.text import capital, clean, words_only
from bot.corrections import denies_a_loss
from bot.own_words import (INTEREST_WORDS, _is_name, missed_in, people_named_in,
                           with_names, yours)
from bot.phrases import any_word, first_match
from bot.sounds_like import as_meant


@dataclass(frozen=True)
class Said:
    """The line to say, and the short piece of their words for a later summary."""
    line: str
    piece: Optional[str] = None
    names: Tuple[Tuple[str, str], ...] = ()     # ("her", "Sue"): kept for later turns


# Feelings, strongest first. Read on the words of the answer (no apostrophes, lower case).
FEELINGS: List[Tuple[str, re.Pattern]] = [
    ("grief", any_word(r"passed away", r"passed on", r"died", r"bereave\w*",
                  r"widow(?:er|ed)?", r"since (?:he|she) went", r"(?:my|our|her|his) late \w+",
                  r"when (?:my |our |her |his )?(?:" + FAMILY_WORDS + r"|wife|husband|partner|"
                  r"[a-z]+) (?:was|were) (?:alive|still here|still with us)",
                  r"(?:lost|losing) (?:my|our|her|his) (?:" + FAMILY_WORDS +
                  r"|wife|husband|partner)")),
    ("missing", any_word(r"(?:i|we|she|he) (?:just |really |still |do |so )*miss(?:es|ed)? "
                    r"(?!(?:the|a|it|out|having|being|company|people|going|doing)\b)"
                    r"(?:her|him|them|my|our|his|\w+)(?! out)")),
    ("exhausted", any_word(r"exhausted", r"shattered", r"knackered", r"worn out", r"burn(?:t|ed) out",
                      r"running on empty", r"(?:so|really|very|dead|proper|that|always) tired",
                      r"(?:no|hardly any|not enough|little) sleep", r"(?:havent|have not|not|never|"
                      r"hardly|barely|cant|dont) (?:slept|sleep|sleeping)",
                      r"on my knees", r"at breaking point", r"end of my tether",
                      r"cant (?:cope|keep (?:going|this up))", r"not coping")),
    ("lonely", any_word(r"lonely", r"loneliness", r"isolated", r"no one to talk to",
                   r"miss (?:the |having |some )?(?:company|people)", r"days are (?:long|empty)",
                   r"(?:long|lonely|quiet|hard) on (?:my|her|his) own",
                   r"nobody to talk to", r"no friends", r"all alone", r"(?:four|4) walls",
                   r"(?:dont|doesnt|never) see (?:anyone|anybody|a soul)",
                   r"(?:sit|sits|sat|am|im|is|on) (?:on (?:my|her|his) own|alone) all day")),
    ("scared", any_word(r"scared", r"frightened", r"afraid", r"terrified", r"scary", r"panic\w*")),
    ("worried", any_word(r"worried", r"worry", r"worries", r"worrying", r"anxious", r"nervous",
                    r"stressed", r"stress")),
    ("low", any_word(r"(?:i|she|he) (?:\w+ )?(?:cry|cries|cried)", r"crying", r"in tears",
                r"(?:feel|feeling|feels|am|im|is|been) (?:\w+ )?(?:low|down|sad|depressed|"
                r"upset|rubbish|awful|terrible)", r"struggl\w+", r"heartbroken", r"gutted",
                r"fed up", r"hard (?:going|work|time)", r"(?:really|very|so) hard",
                r"getting (?:hard|harder|too much)",
                # "not many good days now", "there arent many good days" (round seventeen)
                r"(?:not|arent|are not|aint|hardly|hardly any|no|few) (?:many |any |a lot of |"
                r"much in the way of )?good days", r"good days are (?:few|rare)")),
    ("proud", any_word(r"proud", r"(?:well|pleased with) (?:my|him|her)self")),
]
# What is said back for each feeling: two ways, so the same line never comes twice in a row.
FEELING_LINES: Dict[str, Tuple[str, ...]] = {
    "exhausted": ("That sounds exhausting.", "That sounds like a lot to carry."),
    "lonely": ("That sounds lonely.", "That sounds like a lonely time."),
    "scared": ("That sounds frightening.", "That sounds scary."),
    "worried": ("That sounds worrying.", "That must be a worry."),
    "low": ("That sounds really hard.", "That sounds hard."),
    "proud": ("That is something to be proud of.", "You can be proud of that."),
}
# The feeling as a piece of the summary: "you feel lonely", "Peggy feels lonely".
FEELING_WORDS: Dict[str, str] = {"exhausted": "worn out", "lonely": "lonely", "scared": "scared",
                                 "worried": "worried", "low": "low", "proud": "proud"}
GRIEF_LINE = "I am sorry about {who}."
GRIEF_GENERAL = "I am sorry for your loss."
MISSING_LINE = "It sounds like {who} {miss} {whom} very much."

# A risk at home told in an answer, the reason the family came ("look the main thing is she
# keeps leaving the gas on and last week she went out at 2am"): the kit that helps, as outside
# the form (bot/listening.py safety_at_home), never a 999 card for a habit (round 17). The
# risk reaches staff from the answers (bot/answers/handoff_story.py risks_in).
RISK_AT_HOME_LINE = "Thank you. I have kept that for the team. Some equipment can help. {kit}"
KIT_FOR_RISK = (   # (handoff_story's risk, the kit, words that must be said too), in the order said
    ("gas or cooker left on", "An alarm can warn about gas, and a valve can turn the cooker off.", ""),
    # a door sensor only for going out at night, never for getting lost on the bus (round 18:
    # "i cant do the bus on my own. i get lost" got "A door sensor ... at night")
    ("goes out or gets lost, at night too", "A door sensor can tell you if someone goes out at night.",
     r"\b(?:night|nights|[1-5] ?am|middle of the night|early hours|in the dark|wander\w*|"
     r"slippers|nightie|pyjamas)\b"),
)

# People who help: "my daughter sue does my shopping", "neighbour pops in", "jean helps".
RELATIONS = FAMILY_WORDS + r"|neighbours?|friends?|mates?|carers?|wife|husband|partner"
# Only what they do now: "did" or "used to" may be said of someone who has died.
HELPS = (r"(?:helps?|does|pops? (?:in|round|over|by)|comes? (?:in|round|over|to see)|"
         r"visits?|rings?|phones?|calls? (?:in|round|me|her|him)|looks? after|checks? (?:on|in)|"
         r"takes? (?:me|her|him|us)|drives?|cooks?|brings?|gets? (?:my|her|his|the) shopping|"
         r"sorts?|keeps? an eye|is (?:a |such a |really |very )?(?:great|good|big|real) help|"
         r"is (?:always )?there|is (?:a )?(?:star|diamond|godsend|rock))")
HELPER = re.compile(r"\b(?P<owner>my|our|her|his|the)? ?(?P<rel>" + RELATIONS + r")(?: (?P<name>"
                    r"[a-z][a-z'-]+))? (?:\w+ ){0,2}?" + HELPS + r"\b")
NAME_HELPS = re.compile(r"(?:^|\b(?:and|but|so|then|me) )(?P<name>[a-z][a-z'-]+) (?:\w+ )?" +
                        HELPS + r"\b")
PET = re.compile(r"\b(?:my|our|her|his|the) (?:\w+ )?(?P<kind>dog|cat|puppy|kitten|budgie|"
                 r"parrot|rabbit|horse) (?P<name>[a-z][a-z'-]+)\b")
# Still doing something, or doing it on their own: "i still drive", "she can still dress".
STILL = re.compile(r"\b(?P<who>i|she|he|they|we|mum|dad)(?: can)? still (?P<rest>\w+(?: \w+){0,5})"
                   r"|\b(?P<who2>i|she|he|they|we) can (?:now )?(?P<rest2>\w+(?: \w+){0,4}) "
                   r"on (?:my|her|his|their|our) own\b")
PIECE_STOP = re.compile(r"\b(?:since|every|each|last|until|before|after|when|because|cos|but|and|"
                        r"so|now|anymore|any more|these days|really|though|if|lol|tbh|please|"
                        r"mostly|most|sometimes|which|that|thats|x+)\b")
ENDS_BADLY = {"a", "an", "the", "to", "of", "for", "with", "on", "at", "my", "your",
              "her", "his", "their", "our", "and", "or", "but", "some", "is", "was", "be",
              "she", "he", "i", "we", "they", "just"}
# Something they used to do: "i used to sing in a choir", "she used to go to st marks".
USED_TO = re.compile(r"\b(?P<who>i|we|she|he|they)(?: \w+)? used to (?:love |enjoy |like )?"
                     r"(?P<verb>[a-z]+)(?P<rest>(?: [a-z]+){0,5})")
NOT_DOINGS = {"be", "have", "has", "do", "get", "live", "think", "know", "say", "feel", "it",
              "that", "this", "the", "a", "be", "being"}
# Where a used-to phrase stops: a day, a time or a join ("on tuesday nights", "with jean").
DOING_STOP = re.compile(r"\b(?:on|at|every|each|with|before|after|when|until|but|and|so|"
                        r"since|then|though|lol|tbh|a lot|all the time|i|im|she|he|we|they)\b")
USED_TO_LINES = ("It sounds like {doing} meant a lot.",)
# "not much", "nothing really", "dont know": nothing to affirm.
NOTHING_MUCH = re.compile(r"^(?:not (?:much|a lot|really|sure)|nothing|none|dont know|dunno|"
                          r"idk|no idea|cant think|i dont know|no|nah|skip)\b")
# Questions whose answer is itself a strength: "what are you good at?", "proud of?".
STRENGTH_QUESTIONS = {"sa_good_at": "strength", "sa_proud_of": "proud"}
STRENGTH_LINES = ("{thing} sounds like a real strength.", "It is good to hear about {thing}.")
HELPER_LINES = ("{who} sounds like a big help.", "It is good to have {who} around.")
NAMED_LINES = ("It is good to have {who} around.",)
PET_LINES = ("{who} sounds like good company.",)

# A carer's account of what they do: "You do a lot for Steve."
CARING_LINES = ("You do a lot for {whom}.",)
CARING_TOLD_WORDS = 6
# How recent a line must be to count as said "just now".
RECENT = 8
MAX_PIECE_WORDS = 6


def _short(span: str) -> Optional[str]:
    words = PIECE_STOP.split(span)[0].split()
    while words and words[-1] in ENDS_BADLY:
        words.pop()
    return " ".join(words) if words and len(words) <= MAX_PIECE_WORDS else None


@dataclass(frozen=True)
class Voice:
    """Who the answers are about: the person themselves, or someone they help ("Peggy")."""
    about_self: bool = True
    name: Optional[str] = None          # the cared-for person's name, when not about self
    relationship: Optional[str] = None  # "mum"

    def subject(self, word: str) -> str:
        """ "i" said back as "you"; "she" as "Peggy" when they are talking about Peggy."""
        if word in ("i", "we"):
            return "you"
        if not self.about_self and word in ("she", "he", "they", "mum", "dad") and self.name:
            return self.name
        return {"mum": "your mum", "dad": "your dad"}.get(word, word)


def _person(rel: str, owner: Optional[str], name: Optional[str]) -> str:
    if name and _is_name(name) and name not in INTEREST_WORDS:
        return name.title()
    owner = {"my": "your", "our": "your", None: "the"}.get(owner, owner)
    return f"{owner} {rel}"


def helper_in(words: str) -> Optional[Tuple[str, str]]:
    """ "my daughter sue does my shopping" -> ("Sue", "Sue does your shopping")."""
    found = HELPER.search(words)
    if found:
        who = _person(found.group("rel"), found.group("owner"), found.group("name"))
        did = _short(words[found.start("name") + len(found.group("name")) + 1:]
                     if found.group("name") and _is_name(found.group("name"))
                     else words[found.end("rel") + 1:])
        return who, f"{who} {yours(did)}" if did else f"{who} helps"
    found = NAME_HELPS.search(words)
    if found and _is_name(found.group("name")) and found.group("name") not in INTEREST_WORDS:
        who = found.group("name").title()
        did = _short(words[found.end("name") + 1:])
        return who, f"{who} {yours(did)}" if did else f"{who} helps"
    return None


def clauses(text: str) -> List[str]:
    """The parts of an answer between full stops, commas and line breaks."""
    return [c for c in re.split(r"[.,;!?\n]+", text) if c.strip()]


def _joined(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def names_listed(text: str) -> List[str]:
    """ "me, my brother Dave, the neighbour Jean, and Smudge" -> ["Dave", "Jean", "Smudge"]:
    names in a list of people: typed with a capital, after a relation word, or a short part
    that is only a name ("jean")."""
    named = list(dict.fromkeys(people_named_in(text).values()))
    for part in re.split(r"[,;&+/]|\band\b|\bn\b", clean(text)):
        found = [re.sub(r"[^A-Za-z'-]", "", w) for w in part.split()]
        found = [w for w in found if w]
        if not found or len(found) > 5:
            continue
        for i, word in enumerate(found):
            after_relation = i > 0 and re.fullmatch(RELATIONS, found[i - 1].lower())
            if (word[:1].isupper() and word != "I") or after_relation or len(found) == 1:
                if _is_name(word.lower()) and word.lower() not in INTEREST_WORDS and \
                        word.title() not in named:
                    named.append(word.title())
    return named


def _still(words: str, voice: Voice) -> Optional[Tuple[str, str]]:
    found = STILL.search(words)
    if not found:
        return None
    if found.group("who"):
        # Their own words after "still" ("dresses herself"), as they typed them.
        who, rest = voice.subject(found.group("who")), _short(found.group("rest"))
        if not rest:
            return None
        can = "can " if found.group(0).split()[1] == "can" else ""
        said = f"{who} {can}still {yours(rest)}"
        return f"It is good that {said}.", said
    who, rest = voice.subject(found.group("who2")), _short(found.group("rest2"))
    if not rest:
        return None
    own = "your" if who == "you" else "their" if who == "they" else \
        "his" if found.group("who2") == "he" else "her"
    line = f"It is good that {who} can {yours(rest)} on {own} own."
    return line, f"{who} can {yours(rest)} on {own} own"


def _strength_thing(text: str) -> Optional[str]:
    """ "baking. everyone says her scones are the best" -> "baking": the first few words of
    an answer to "what are you good at?", when they name a thing or a doing word."""
    first = re.split(r"[.,;!?\n]|\band\b|\bbut\b", as_meant(clean(text)).lower(), maxsplit=1)[0]
    words = words_only(first).split()
    if not words or len(words) > 3 or words[0] in ("i", "im", "not", "no", "nothing", "dont",
                                                     "dunno", "idk", "skip", "she", "he", "the",
                                                     "yes", "yeah", "maybe", "well"):
        return None
    if not (words[0].endswith("ing") or words[0] in INTEREST_WORDS):
        return None
    return yours(" ".join(words))


def _ing(verb: str) -> str:
    """ "sing" -> "singing", "swim" -> "swimming", "dance" -> "dancing"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) and len(verb) <= 4:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def used_to_in(words: str, voice: Voice) -> Optional[str]:
    """ "i used to sing in a choir on tuesday nights" -> "singing in a choir": something
    the person (or the person they help) used to do, as a doing word. None for a shared
    past ("we used to", said of someone who may have died) and for "used to be"."""
    found = USED_TO.search(words)
    if not found or found.group("verb") in NOT_DOINGS or found.group("who") == "we":
        return None
    if voice.about_self and found.group("who") != "i":
        return None
    rest = DOING_STOP.split(found.group("rest"))[0].split()
    while rest and rest[-1] in ENDS_BADLY:
        rest.pop()
    return yours(" ".join([_ing(found.group("verb"))] + rest[:4]))


def feeling_in(words: str) -> Optional[Tuple[str, int]]:
    """The strongest feeling in an answer's words, and where it starts, or None."""
    name = first_match(FEELINGS, words)
    if name is None:
        return None
    if name == "lonely" and STILL.search(words) and not re.search(r"\blonely\b", words):
        return None    # "i can get the bus on my own now" is a strength, not loneliness
    return name, dict(FEELINGS)[name].search(words).start()


ME = {"i", "im", "ive", "id", "me", "my", "myself", "we", "us", "our"}
THEM = {"she", "shes", "he", "hes", "her", "him", "his", "they", "them", "their"}


def _feeler(words: str, at: int, voice: Voice) -> str:
    """Who has the feeling at character ``at``: the nearest "i" or "she" before it ("she
    gets lonely", "i cry in the car"), else the person the answers are about."""
    before = words[:at].split()[-4:]
    for word in reversed(before):
        if word in ME:
            return "you"
        if word in THEM or (voice.name and word == voice.name.lower()):
            break
    else:
        if voice.about_self:
            return "you"
    if voice.about_self:
        return "they"
    return voice.name or (f"your {voice.relationship}" if voice.relationship else "they")


def _pick(lines: Sequence[str], said: Sequence[str], **values: str) -> Optional[str]:
    """The first of ``lines`` not said lately; never one said just before."""
    recent = {s.strip() for s in list(said)[-RECENT:]}
    made = [line.format(**values) for line in lines]
    for line in made:
        if line not in recent:
            return capital(line)
    return None


DENIAL = re.compile(r"\b(?:dont|don't|do not|doesnt|doesn't|does not|never|not|no|isnt|hasnt)\b")


def _said_not_denied(pattern: str, text: str) -> bool:
    """The words said in a part of the message with no no in it: "i dont go out at nite, i
    just get lost on buses" does not tell of nights."""
    return any(re.search(pattern, part) and not DENIAL.search(part)
               for part in re.split(r"[.,;!?]+|\bbut\b", text.lower()))


def reflection(slot: str, answer: object, voice: Voice = Voice(),
               said: Sequence[str] = (), names: Optional[Dict[str, str]] = None) -> Optional[Said]:
    """One short line on this answer, in their own words, or None.

    said: what the bot has said in this conversation (its latest last), so no stock line
    comes twice in a row. names: people named earlier ("her" -> "Jean")."""
    # "can u text me instead of ring": how to reach them, never a helper called "Instead"
    text = without_contact_clauses(str(answer or "")).strip()
    if not text or text.startswith("/") or not re.search(r"[a-zA-Z]", text):
        return None       # a skip, a button or a number
    meant = as_meant(text)
    words = words_only(meant)
    if len(words.split()) < 2 and slot not in ("sa_people",):
        return None       # "no", "fine", "nah": nothing to reflect
    found_names = {**(names or {}), **people_named_in(meant)}
    kept = tuple(people_named_in(meant).items())
    felt = feeling_in(words)
    feeling, at = felt if felt else (None, 0)
    if feeling == "grief" and denies_a_loss(words):
        return None      # "bereavement?? no. mama is alive": they put us right

    if feeling == "grief":
        lost = people_named_in(meant)
        alive = re.search(r"\bwhen (?P<name>[a-z]+) (?:was|were) (?:alive|still)", words)
        if alive and _is_name(alive.group("name")) and \
                not re.fullmatch(FAMILY_WORDS, alive.group("name")):
            lost = {"them": alive.group("name").title(), **lost}
        rel = re.search(r"\b(?:(?P<owner>my|our|her|his) (?:late )?)?(?P<rel>" + FAMILY_WORDS +
                        r"|wife|husband|partner)\b", words)
        who = next(iter(lost.values()), None) or (
            f"{yours(rel.group('owner') or 'my')} {rel.group('rel')}" if rel else None)
        line = GRIEF_LINE.format(who=who) if who else GRIEF_GENERAL
        return Said(line, f"you lost {who}" if who else "you lost someone close", kept)
    kinds = risk_kinds([text])
    kit = " ".join(k for risk, k, also in KIT_FOR_RISK
                   if risk in kinds and (not also or _said_not_denied(also, meant)))
    if kit:
        line = _pick([RISK_AT_HOME_LINE], said, kit=kit)
        if line:
            return Said(line, "you worry about safety at home", kept)
    if feeling == "missing":
        who = missed_in(meant)
        if who and who not in ("you", "your"):
            whom = with_names(who, found_names)
            feeler = _feeler(words, at, voice)
            miss = "miss" if feeler in ("you", "they") else "misses"
            line = _pick([MISSING_LINE], said, who=feeler, miss=miss, whom=whom)
            if line:
                return Said(line, f"{feeler} {miss} {whom}", kept)
    if feeling in FEELING_LINES:
        line = _pick(FEELING_LINES[feeling], said)
        if line:
            feeler = _feeler(words, at, voice)
            verb = "feel" if feeler in ("you", "they") else "feels"
            return Said(line, f"{feeler} {verb} {FEELING_WORDS[feeling]}", kept)
    if slot == "ca_caring_role" and len(words.split()) >= CARING_TOLD_WORDS:
        # A carer telling all they do is affirmed, with the name of the person they help.
        cared = next(iter(people_named_in(meant).values()), None)
        rel = re.search(r"\b(?:my|our) (?P<rel>" + FAMILY_WORDS + r"|wife|husband|partner)\b",
                        words)
        whom = cared or (f"your {rel.group('rel')}" if rel else None)
        line = _pick(CARING_LINES, said, whom=whom) if whom else None
        if line:
            return Said(line, f"you look after {whom}", kept)
    helper = next((h for h in (helper_in(words_only(c)) for c in clauses(meant)) if h),
                  None)
    if helper:
        line = _pick(HELPER_LINES, said, who=helper[0])
        if line:
            return Said(line, helper[1], kept + ((helper[0].lower(), helper[0]),)
                        if helper[0][:1].isupper() else kept)
    # (Read with the full stops kept: "her garden and her cat. look the main thing is..."
    # names no cat "Look", round seventeen.)
    pet = PET.search(clean(meant).lower().replace("'", ""))
    if pet and _is_name(pet.group("name")):
        line = _pick(PET_LINES, said, who=pet.group("name").title())
        if line:
            return Said(line, f"{pet.group('name').title()} is good company", kept)
    still = _still(words, voice)
    if still:
        line = _pick([still[0]], said)
        if line:
            return Said(line, still[1], kept)
    doing = next((d for d in (used_to_in(words_only(c), voice) for c in clauses(meant)) if d),
                 None)
    if doing:
        line = _pick(USED_TO_LINES, said, doing=doing)
        if line:
            return Said(line, f"{doing} meant a lot", kept)
    if slot in STRENGTH_QUESTIONS:
        thing = _strength_thing(text)
        if thing:
            line = _pick(STRENGTH_LINES, said, thing=thing)
            if line:
                return Said(line, f"{thing} is a strength", kept)
    if slot == "sa_proud_of" and not NOTHING_MUCH.match(words):
        # Whatever they are proud of, big or small, is affirmed.
        line = _pick(FEELING_LINES["proud"], said)
        thing = _short(yours(words_only(clauses(meant)[0])))
        if line and thing:
            return Said(line, f"you are proud of {thing}" if voice.about_self else
                        f"{voice.name or 'they'} can be proud of {thing}", kept)
    if slot in ("sa_people", "ca_emergency_plan"):
        named = names_listed(meant)
        if named:
            who = _joined(named[:3])
            line = _pick(NAMED_LINES, said, who=who)
            if line:
                return Said(line, f"{who} {'are' if len(named) > 1 else 'is'} there", kept)
    return None


def all_texts() -> Dict[str, str]:
    """Every sentence above, for the plain-language gate."""
    out: Dict[str, str] = {}
    for feeling, lines in FEELING_LINES.items():
        for i, line in enumerate(lines):
            out[f"reflect_answer.{feeling}[{i}]"] = line
    out["reflect_answer.grief"] = GRIEF_LINE.format(who="your dad")
    out["reflect_answer.grief_general"] = GRIEF_GENERAL
    out["reflect_answer.risk_at_home"] = RISK_AT_HOME_LINE.format(
        kit=" ".join(kit for _, kit, _ in KIT_FOR_RISK))
    out["reflect_answer.missing"] = MISSING_LINE.format(who="you", miss="miss", whom="Jean")
    for i, line in enumerate(HELPER_LINES):
        out[f"reflect_answer.helper[{i}]"] = line.format(who="Sue")
    for i, line in enumerate(NAMED_LINES):
        out[f"reflect_answer.named[{i}]"] = line.format(who="Dave and Jean")
    for i, line in enumerate(PET_LINES):
        out[f"reflect_answer.pet[{i}]"] = line.format(who="Biscuit")
    for i, line in enumerate(STRENGTH_LINES):
        out[f"reflect_answer.strength[{i}]"] = capital(line.format(thing="baking"))
    out["reflect_answer.caring"] = CARING_LINES[0].format(whom="Steve")
    out["reflect_answer.used_to"] = USED_TO_LINES[0].format(doing="singing in a choir")
    for key, sample in (("still", "i still do my own shopping"),
                        ("can", "i can get the bus on my own now")):
        found = reflection("sa_working_well", sample)
        out[f"reflect_answer.{key}[sample]"] = found.line if found else ""
    return out
