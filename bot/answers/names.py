"""Finds the name a person wants used, in whatever way they typed it.

The name is put into every later question ("What matters most to Peggy?"), so a wrong
guess is worse than asking again: "mums name is Margaret but she goes by Peggy" must give
"Peggy", and a sentence with no name gives None.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from bot.answers.text import clean

MAX_WORDS = 3
MAX_CHARS = 40

# A reply that turns the question down or questions it: no name here.
REFUSAL = re.compile(
    r"\b(?:rather not|prefer not|don'?t want|do not want|not telling|not saying|none of your|"
    r"no thanks|skip|pass|why|what for|n/a|no comment|not sure|dunno|don'?t know|dont no|"
    r"idk|no idea|what do you mean|does it matter)\b", re.IGNORECASE)

# Nicknames beat the full name: "goes by Peggy", "call her Peg", "known as Bob".
PREFERRED = re.compile(
    r"\b(?:goes by|go by|known as|likes? (?:to be |being )?called|prefers? (?:to be |being )?called|"
    r"prefers?|(?:everyone|everybody|we|they|people|you can|please|just|the family|family|i)?\s*"
    r"calls? (?:me|her|him|them)|call (?:me|her|him|them)|answers to|nickname is|"
    r"nickname's|known to (?:everyone|us|family) as)\s+(?P<name>.+)", re.IGNORECASE)
NAMED = re.compile(
    r"\b(?:name is|name's|names is|names|name|called|named)\s+(?P<name>.+)", re.IGNORECASE)
# "its bob", "I'm Dave": only at the start, or with a capital letter, as these words
# also start sentences about other things ("im tired").
STATED = re.compile(
    r"(?:^|\b)(?P<lead>i am|i'm|im|it's|its|it is|this is|she's|shes|he's|hes|she is|he is|"
    r"me(?=(?-i: [A-Z])))"   # "me Kasia. mama is Halina" (round seventeen)
    r"\s+(?P<name>.+)", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:don'?t|do not|dont|never|not|hates?|dislikes?|doesn'?t like)\b"
                     r"(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
BRACKETED = re.compile(r"^[^()]{1,40}\((?P<name>[^()]{1,30})\)")

GREETING = re.compile(r"^(?:hi|hiya|hello|hey|ok|okay|oh|um+|erm+|well|yes|yeah|sure|right|so)"
                      r"\b[\s,.!-]*", re.IGNORECASE)
# "i just said, peggy", "like i said its Peggy": said again, a little cross.
SAID_ALREADY = re.compile(
    r"^(?:(?:i|ive) (?:just |already |have |did )*(?:said|told you|typed|wrote|put|given)(?: (?:it|you|"
    r"that|her name|his name|their name|the name|this))?(?: already| before| earlier| above)?"
    r"|(?:like|as) i (?:just )?(?:said|told you)|said already|told you already)[\s,.:;!-]+",
    re.IGNORECASE)
RELATIONS = (r"mum|mam|mom|mama|mamma|mummy|ma|mother|dad|daddy|papa|father|nan|nana|nanna|"
             r"gran|granny|grandma|grandad|grandpa|wife|husband|partner|sister|brother|son|"
             r"daughter|auntie|aunty|aunt|uncle|friend|neighbour")
# "my mum. Maureen", "mum - Jean", and (round seventeen) "my mum is jean", "its my mum jean",
# "mama is Halina": who they are, then the name alone.
RELATION_FIRST = re.compile(
    r"^(?:(?:it'?s|its|this is|for|about|thats|that's) )?(?:my |our |me )?(?P<rel>" + RELATIONS +
    r")(?:'?s)?(?: name)?(?:\s+(?:is called|is named|is|s|called|named))?(?:\s*[.,:;!-]+\s*|\s+)"
    r"(?P<rest>.*)$", re.IGNORECASE)
# The parts of a message ("me Kasia. mama is Halina"), for the name of someone else in it.
CLAUSES = re.compile(r"\s*[.;!?]\s+|\s*,\s*|\s+and\s+", re.IGNORECASE)
NAME_WORD = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*\.?$")
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord", "rev",
          "prof", "mr.", "mrs.", "ms.", "dr.", "auntie", "aunty", "uncle", "nan", "nana",
          "nanna", "gran", "granny", "grandma", "grandad", "grandpa"}

# Words that are never part of a name. A short reply made only of other words is taken
# as a name ("Mary-Jane O'Neill"); one with any of these is a sentence.
NOT_NAMES = set("""
a about after again all also am an and any anyone anything are as at away bad be because
been before being best better both but by can cant care carer could day days did do does
doing dont done down each else even ever every everyone fine first for from get gets go
going gone good got great had has have having he her here hers herself hi him himself his
how i if im in into is isnt it its itself just know last late later let like little live
lives lot lots many may me mine more most much must my myself name names never new next
nice no nobody none nor not nothing now of off often ok okay old on once one only or other
our out over own please pretty quite rather really right said same say see she should
since so some someone something sometimes soon sorry still such sure than thank thanks
that the their them then there these they thing things think this those though through
to today too under until up us very was we well were what when where which while who why
will with without would yes yeah yep yet you your yours yourself hello hey hiya help
tired sad happy poorly ill unwell work home house money dementia alone lonely nope nah
mum mom dad mother father son daughter wife husband partner brother sister friend
neighbour neighbor carer client caller person people skip pass idk dunno unsure
unknown anonymous private secret confidential question questions test hmm um erm
lunch club bingo church food tea tablets pills doctor gp hospital council money bills
called named known goes call calls im ive id its shes hes thats dont cant mums dads lets
i'm i've i'd it's she's he's that's mum's dad's let's they're we're you're whats what's
lovely kind fine unwell sick exhausted young deaf blind disabled frail confused forgetful
stubborn independent scared worried anxious depressed upset angry grumpy busy asleep awake
ready struggling coping managing getting living staying feeling alright grand brilliant
sweet funny quiet shy housebound bedbound diabetic retired widowed married single divorced
gutted fed stressed ok-ish okish meh bored stuck fab good great amazing awful terrible
bye goodbye end finish finished delete stop start restart menu cancel quit mostly near
actually interpreter wat wot lol haha job jobs eligible needs need aftercare football
assessment benefits pension carers support social worker services service letter form
nobody anybody somebody everybody shopping cleaning washing dressing cooking walking
garden dog cat pet car bus taxi town city street road area local nearby leeds london
mam nan? thursday monday tuesday wednesday friday saturday sunday morning evening night
afternoon week weekend month year years ago yesterday tomorrow tonight english polish
urdu punjabi arabic welsh language translate translator speak talk chat call phone
ring text email number address postcode yes no maybe nothing everything anything
""".split()) - {"nan?", "mam"}
POLITE_TAIL = re.compile(r"(?:[\s,.!-]+(?:please|pls|thanks|thank you|ta|thx|x+|is fine|"
                         r"will do|is ok|is okay|is good|is best|here|mostly|really|though|"
                         r"usually|to (?:her|his|my) friends|for short))+\s*$", re.IGNORECASE)


def _title(word: str) -> str:
    """Capital letters for a word typed all in lower (or all in upper) case."""
    letters = re.sub(r"[^\w]", "", word)
    if not (word.islower() or (word.isupper() and len(letters) > 2)):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(),
                  word)


def _name_words(fragment: str, strict: bool) -> Optional[str]:
    """The leading name words of a fragment, up to three; None if there are none."""
    fragment = POLITE_TAIL.sub("", fragment.strip(" \t.,!?;:\"'()-"))
    picked: List[str] = []
    for raw in re.split(r"\s+", fragment):
        word = raw.strip("\"()")
        ends_clause = bool(re.search(r"[,;:!?]$", word))
        word = word.rstrip(",;:!?")
        if word.endswith(".") and word.lower() not in TITLES:
            word, ends_clause = word.rstrip("."), True
        lowered = word.lower()
        if not word or not NAME_WORD.match(word) or len(word) > 30:
            break
        if (lowered in NOT_NAMES or lowered.endswith("n't")) and lowered not in TITLES:
            break
        picked.append(word)
        if ends_clause or len(picked) == MAX_WORDS:
            break
    if not picked or (strict and len(" ".join(picked)) != len(fragment.rstrip(".!"))):
        return None
    if all(w.lower().rstrip(".") in TITLES for w in picked) and len(picked) > 1:
        return None
    name = " ".join(_title(w) for w in picked)
    return name[:MAX_CHARS] if len(name) <= MAX_CHARS else None


def _ends_after(fragment: str, name: str) -> bool:
    """The name is the end of its clause: "its bob." or "im dave, ..." but not "its hard to"."""
    tokens = fragment.split()
    count = len(name.split())
    if len(tokens) <= count or re.search(r"[,.;:!?)-]$", tokens[count - 1]):
        return True
    return bool(re.match(r"^(?:and|but|x+|please|thanks|here|[,.;:!?-])", tokens[count], re.I))


def _relation_part(text: str) -> Optional[Tuple[str, str, str]]:
    """(the part, the relation, the name) for the first part of the message that names
    someone by who they are ("mama is Halina"), or None."""
    for part in CLAUSES.split(clean(text or "")):
        related = RELATION_FIRST.match(part.strip())
        if related and related.group("rest"):
            name = _name_words(related.group("rest"), strict=True)
            if name:
                rel = related.group("rel").lower()
                return part, RELATION_WORD.get(rel, rel), name
    return None


def relation_named(text: str) -> Optional[Tuple[str, str]]:
    """("mum", "Halina") for "me Kasia. mama is Halina": a part of the message that names
    someone by who they are; None when no part does."""
    found = _relation_part(text)
    return found[1:] if found else None


# How a relation typed is said back ("mama" -> "mum").
RELATION_WORD = {"mam": "mum", "mom": "mum", "mama": "mum", "mamma": "mum", "mummy": "mum",
                 "ma": "mum", "mother": "mum", "daddy": "dad", "papa": "dad", "father": "dad",
                 "nana": "nan", "nanna": "nan", "aunty": "auntie", "aunt": "auntie"}


def parse_name(text: str, own: bool = False) -> Optional[str]:
    """The name to use, at most three words, title-cased if typed in lower case; or None.

    "Margaret but she goes by Peggy" -> "Peggy"; "mums name is Margaret" -> "Margaret";
    "its bob." -> "Bob"; "I'd rather not say" -> None. ``own``: the person's own name is
    asked, so a relative named in it ("mama is Halina") is not taken for it.
    """
    said = clean(text)
    if not said or said.startswith("/") or len(said) > 300:
        return None
    theirs = _relation_part(said) if own else None
    if theirs and theirs[0].strip() != said:
        # "its Kasia. my nan is called Edna": their own name is in the rest.
        said = said.replace(theirs[0], " ").strip(" .,;")
    if REFUSAL.search(said) and not PREFERRED.search(said):
        return None
    if said.rstrip().endswith("?"):
        return None
    # Emoji and other symbols say nothing about the name: "peggy 😊" is Peggy.
    said = re.sub(r"[^\w\s'.,;:!?()\"-]", " ", said)
    said = re.sub(r"\s+", " ", said).strip()
    if not said:
        return None
    said = GREETING.sub("", said).strip()
    said = SAID_ALREADY.sub("", said).strip()
    for pattern in (PREFERRED, NAMED):
        for match in pattern.finditer(said):
            if NEGATED.search(said[:match.start("name")]):
                continue   # "don't call me Margaret": not the name to use
            name = _name_words(match.group("name"), strict=False)
            if name:
                return name
    for match in STATED.finditer(said):
        typed = match.group("name")
        at_clause_start = match.start() == 0 or re.search(r"[,;.!]\s*$", said[:match.start()])
        if not at_clause_start and not typed[:1].isupper():
            continue
        name = _name_words(typed, strict=False)
        if name and (typed[:1].isupper() or _ends_after(typed, name)):
            return name
    bracket = BRACKETED.match(said)
    if bracket:
        name = _name_words(bracket.group("name"), strict=True)
        if name:
            return name
    whole = _name_words(said, strict=True)
    if whole:
        return whole
    # "my mum. Maureen", "its my nan, Edna", "mum - Jean": who they are, then the name
    # (round fourteen: "Sorry, I did not catch a name"). Never at their own name ("mama is
    # Halina" is not the carer's name).
    related = None if own else RELATION_FIRST.match(said)
    if related and related.group("rest"):
        name = _name_words(related.group("rest"), strict=True)
        if name:
            return name
    # "Peggy, she prefers that" / "Peggy - she hates Margaret": a name, then a clause.
    head = re.split(r"\s*[,;:–—-]\s+|\s*[.!]\s+", said, maxsplit=1)[0]
    if head != said:
        return _name_words(head, strict=True)
    return None
