"""Words in, words compared: the small text tools that search and the ORUK server share.

Lower case, apostrophes dropped ("Men's" -> "mens", "can't" -> "cant"), a light stemmer so
"clubs", "club" and "walking", "walk" meet, and a relevance score that counts where the
person's words appear in a service: name and keywords count more than the description.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Sequence, Tuple

STOP_WORDS = frozenset("""
a about after again all also am an and any anyone anything are around as at be been being but
by can could do does doing dont for from get getting give go going got had has have having he
her here him his how i id if im in into is it its ive just know like looking look me more my
myself near need needs nearby no not of on or our out please really right so some someone
something somewhere than that the their them then there these they thing things this those to
too up us use very want wants was we were what when where which who will with would you your
find help support service services local area today week
""".split())

# What the person turns down in the same breath: "forget swimming. a lunch club instead",
# "not swimming, something social", "instead of the gym". Up to the next stop or comma.
REJECTED = re.compile(
    r"\b(?:forget(?: about)?|never ?mind(?: about)?|no more|no longer|instead of|"
    r"rather than|scrap(?: the)?|not bothered about|(?:dont|don't|do not) (?:want|need)"
    r"(?: a| the| any)?|not(?!\s+(?:too|very|so|that|expensive|far|much|sure|free|dear|"
    r"costly|many)\b))\s+(?:the\s+)?[^.,;!?]*?(?=[.,;!?]|\s+(?:but|and|i want|"
    r"i'?d like|i mean|how about|what about|just)\b|$)"
    # "water bills?? no thats not what i meant": the thing queried, then a no.
    r"|^[^.,;!?]{1,40}\?+\s*(?=(?:no|nah|nope)\b)", re.IGNORECASE)


def without_rejected(text: object) -> str:
    """The request without what the person has just turned down ("forget swimming")."""
    return REJECTED.sub(" ", str(text or ""))


_APOSTROPHES = re.compile(r"[\u2018\u2019'`]")
_NON_WORD = re.compile(r"[^a-z0-9£]+")


def words(text: object) -> List[str]:
    """Lower-case words, apostrophes removed, punctuation as spaces."""
    cleaned = _APOSTROPHES.sub("", str(text or "").lower())
    return [w for w in _NON_WORD.sub(" ", cleaned).split() if w]


IRREGULAR = {"buses": "bus", "busses": "bus", "women": "woman", "men": "man", "mens": "man",
             "people": "person", "children": "child", "glasses": "glasses", "taxis": "taxi"}


def stem(word: str) -> str:
    """A deliberately light stemmer: plural and -ing/-ed endings only."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
        if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "ls":
            word = word[:-1]  # shopping -> shop
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def stems(text: object) -> List[str]:
    return [stem(w) for w in words(text)]


def content_stems(text: object) -> List[str]:
    """The stems of the words that carry meaning (no "I", "need", "help", ...)."""
    seen: List[str] = []
    for word in words(text):
        if word in STOP_WORDS or len(word) < 2:
            continue
        s = stem(word)
        if s not in seen:
            seen.append(s)
    return seen


def padded(stem_list: Sequence[str]) -> str:
    """Stems joined with spaces at both ends, so a phrase match is a plain substring test."""
    return " " + " ".join(stem_list) + " "


# Where a matched word sits, and how much it counts.
NAME_WEIGHT, KEYWORD_WEIGHT, DESCRIPTION_WEIGHT, ORGANISATION_WEIGHT = 3.0, 3.0, 1.5, 0.5
PHRASE_BONUS = 3.0


def relevance(query: object, *, name: str = "", description: str = "",
              keywords: Iterable[str] = (), organisation: str = "") -> float:
    """How well a service matches what the person typed: 0 when no word of theirs appears."""
    wanted = content_stems(query)
    if not wanted:
        return 0.0
    query_padded = padded(stems(query))
    fields: List[Tuple[float, set]] = [
        (NAME_WEIGHT, set(stems(name))),
        (KEYWORD_WEIGHT, {s for k in keywords for s in stems(k)}),
        (DESCRIPTION_WEIGHT, set(stems(description))),
        (ORGANISATION_WEIGHT, set(stems(organisation))),
    ]
    score = 0.0
    for word in wanted:
        score += max((weight for weight, bag in fields if word in bag), default=0.0)
    for keyword in list(keywords) + [name]:
        keyword_stems = [s for s in stems(keyword) if s not in STOP_WORDS]
        if len(keyword_stems) > 1 and padded(stems(keyword)) in query_padded:
            score += PHRASE_BONUS  # the whole phrase, e.g. "lunch club", "dementia cafe"
    return score


def names_it(query: object, *, name: str = "", keywords: Iterable[str] = ()) -> bool:
    """True when the person's words hold a service's name or one of its keyword phrases of
    two words or more ("meals on wheels", "bereavement group"): they asked for that kind."""
    query_padded = padded(stems(query))
    for phrase in list(keywords) + [name]:
        phrase_stems = [s for s in stems(phrase) if s not in STOP_WORDS]
        if len(phrase_stems) > 1 and padded(stems(phrase)) in query_padded:
            return True
    return False
