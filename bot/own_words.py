"""Short pieces of what someone said, to say back to them in a reflection.

A reflection uses the person's own words, but only a few of them and never the whole
message in quotes: "You miss her.", "It is good to hear you like animals and lego.",
"You told me about the bowls club." Each function finds one kind of piece, turns "my"
into "your", shortens it, and returns None when it would not read well. Pure: unit-tested.
"""
from __future__ import annotations

import re
from typing import Dict, Optional

from bot.answers.about import FAMILY_WORDS
from bot.answers.names import NOT_NAMES
from bot.answers.text import clean, word_close, words_only

MAX_WORDS = 6
# Where a piece stops: time words, reasons and fillers ("before my hips went", "lol").
STOP = re.compile(r"\b(?:since|every|each|last|until|before|after|when|because|cos|but|so|"
                  r"now|anymore|any more|these days|really|so much|again|though|if|lol|tbh|"
                  r"please|x+|mostly|too|as well|though|which|that|thats|who|is|are|was|were|"
                  r"at the|on a|on the|in the|with)\b")
# Words people often slip on when they tell what they like; said back spelled right.
INTEREST_WORDS = ("animals", "lego", "football", "music", "gardening", "swimming", "dancing",
                  "cooking", "baking", "reading", "drawing", "painting", "singing", "walking",
                  "fishing", "computers", "games", "films", "movies", "horses", "dinosaurs",
                  "trains", "buses", "cars", "knitting", "crafts", "puzzles", "quizzes")
YOUR = {"my": "your", "me": "you", "myself": "yourself", "our": "your", "we": "you", "us": "you",
        "im": "you are", "i": "you"}

MISSED = re.compile(r"\b(?:i|we) (?:just |really |still |do |so )*miss(?:ed)? "
                    r"(?P<who>her|him|them|(?:my|our) (?:" + FAMILY_WORDS +
                    r"|wife|husband|partner|friend)|\w+)\b")
HARDEST = re.compile(r"\b(?P<when>(?:the )?(?:evenings?|nights?|mornings?|weekends?|sundays?|"
                     r"christmas|holidays|mealtimes|teatimes?))(?: (?:are|is|were|was))? "
                     r"(?:the )?(?:worst|hardest|longest|loneliest)\b")
LIKES = re.compile(r"\b(?:i|we) (?:really |do |also )*(?:like|love|enjoy|am into|m into|"
                   r"am good at|m good at) (?P<what>(?:\w+ ?){1,8})")
NAMED = re.compile(r"\b(?P<what>(?:the|my|our|her|his) (?:\w+ ){0,2}(?:club|group|choir|church|"
                   r"chapel|allotment|garden|dog|cat|class|team|cafe|centre|library|pub))\b")
NOT_LIKES = re.compile(r"^(?:to|it|that|this|the idea|being|a break|some help|help|you|if)\b")


def yours(words: str) -> str:
    """ "my garden" said back as "your garden"."""
    return " ".join(YOUR.get(w, w) for w in words.split())


def _short(span: str) -> Optional[str]:
    span = STOP.split(span)[0].strip()
    span = re.sub(r"\s+and$", "", span).strip()
    return span if span and len(span.split()) <= MAX_WORDS else None


def _spelled(words: str) -> str:
    """ "animels" said back as "animals": a slip is not repeated to the person."""
    out = []
    for word in words.split():
        close = [w for w in INTEREST_WORDS if word_close(word, w)]
        out.append(close[0] if close and word not in INTEREST_WORDS else word)
    return " ".join(out)


def missed_in(text: str) -> Optional[str]:
    """ "i just miss her" -> "her"; "i miss my wife" -> "your wife"."""
    found = MISSED.search(words_only(clean(text)))
    if not found or found.group("who") in ("it", "out", "the", "a", "being", "having"):
        return None
    return yours(found.group("who"))


def hardest_time_in(text: str) -> Optional[str]:
    """ "the evenings are the worst" -> "the evenings"."""
    found = HARDEST.search(words_only(clean(text)))
    if not found:
        return None
    when = found.group("when")
    if when in ("sunday", "sundays", "christmas"):
        return when[0].upper() + when[1:]   # "Christmas", "Sundays": no "the"
    return when if when.startswith("the ") else "the " + when


def likes_in(text: str) -> Optional[str]:
    """ "i like animels. and lego" -> "animals and lego"."""
    found = LIKES.search(words_only(clean(text)))
    if not found or NOT_LIKES.match(found.group("what")):
        return None
    what = _short(found.group("what"))
    return _spelled(yours(what)) if what else None


def named_in(text: str) -> Optional[str]:
    """ "and the bowls club before my hips went" -> "the bowls club"."""
    found = NAMED.search(words_only(clean(text)))
    return yours(found.group("what")) if found else None


# Names of people they talk about: "my wife jean", "since bill passed", "i miss jean".
# People type names in lower case, so a word counts as a name only when it is none of the
# everyday words in bot/answers/names.py and does not look like a verb or an adverb.
HER = ("wife", "mum", "mam", "mom", "mother", "sister", "daughter", "nan", "nana", "gran",
       "granny", "grandma", "auntie", "aunty", "aunt", "niece", "girlfriend")
HIM = ("husband", "dad", "father", "brother", "son", "grandad", "grandpa", "uncle", "nephew",
       "boyfriend")
NOT_A_NAME = set("""died passed passes went had has have was is used loved always never who
when while left lost got gets goes and of in on at to from for with the a an but so since
him her them it its this that then there here bless rip xx xxx x lol tbh she he they we i
gone going went miss misses missed love loves still everything everyone anything
""".split())
# A word that follows a verb, not a name ("my mum helpd me", "my sister rings me every day":
# round fourteen saved {"mum": "Helpd"} and {"sister": "Rings"}).
AFTER_A_VERB = (r"me|us|him|her|them|it|round|over|out|up|every|most|all|loads|lots|"
                r"sometimes|always|never|a|the|my|our|your|his|their|with|to|for")
RELATION_NAME = re.compile(r"\b(?:my|our|her|his) (?:late )?(?P<rel>" + "|".join(HER + HIM) +
                           r"|partner|friend|best friend) (?P<name>[a-z][a-z'-]+)\b"
                           r"(?! (?:" + AFTER_A_VERB + r")\b)")
# Doing words people put after "my mum" that end in -s, and spellings by sound that end in a
# consonant and d ("helpd", "lookd", "finishd"): never names. Names ending in -nd, -ld, -rd
# ("Bernd", "Harold", "Gerard") or a vowel and d ("Ingrid") stay.
DOING_WORDS = set("""rings helps calls visits comes pops takes does says lives works gets
cooks drives sends texts phones looks sorts brings picks goes sees knows makes keeps gives
checks shops cleans washes hates loves likes wants needs thinks tries worries moans shouts
""".split())
SPELT_LIKE_A_PAST = re.compile(r"[bcfghkmpstvwxz]d$")
NAME_DIED = re.compile(r"(?:^|\b(?:since|when|after|and|but) )(?P<name>[a-z][a-z'-]+) "
                       r"(?:died|passed|went into the hospice)\b")
MISSED_NAME = re.compile(r"\b(?:i|we) (?:just |really |still |do |so )*miss(?:ed)? "
                         r"(?P<name>[a-z][a-z'-]+)\b")


def _is_name(word: str) -> bool:
    return (word not in NOT_NAMES and word not in NOT_A_NAME and len(word) > 1
            and not re.search(r"(?:ing|ly|ed)$", word[3:]) and word not in INTEREST_WORDS
            and word.lower() not in DOING_WORDS and not SPELT_LIKE_A_PAST.search(word.lower()))


def pronoun_for(relation: str) -> str:
    return "her" if relation in HER else "him" if relation in HIM else "them"


def people_named_in(text: str) -> Dict[str, str]:
    """ "my wife jean passed in march" -> {"her": "Jean"}: the name of a person they talk
    about, by the word they would use for them next time ("her", "him", "them"), so "i just
    miss her" can be said back as "you miss Jean". Empty when no name reads well."""
    words = words_only(clean(text))
    found: Dict[str, str] = {}
    for match in RELATION_NAME.finditer(words):
        if _is_name(match.group("name")):
            found[pronoun_for(match.group("rel"))] = match.group("name").title()
            found[match.group("rel")] = match.group("name").title()   # "your wife" -> "Jean"
    for pattern in (NAME_DIED, MISSED_NAME):
        match = pattern.search(words)
        if match and _is_name(match.group("name")) and match.group("name").title() not in found.values():
            found.setdefault("them", match.group("name").title())
    return found


def missed_name_in(text: str) -> Optional[str]:
    """ "i miss jean so much" -> "Jean": missing someone named, not a thing or a habit."""
    match = MISSED_NAME.search(words_only(clean(text)))
    return match.group("name").title() if match and _is_name(match.group("name")) else None


def with_names(who: str, names: Dict[str, str]) -> str:
    """ "her" -> "Jean" when they told us her name; a name typed in lower case gets its
    capital ("jean" -> "Jean"); anything else as it was."""
    if who in names:
        return names[who]
    if who.startswith("your ") and who[5:] in names:
        return names[who[5:]]
    if who in ("her", "him", "them") and len(set(names.values())) == 1:
        return next(iter(names.values()))
    if who.title() in names.values() or (" " not in who and _is_name(who) and who not in HER + HIM
                                         and who not in ("you", "your")):
        return who.title()
    return who
