"""Puts a message into one plain spelling before any safety check.

People type danger in their own way: full-width letters, a zero-width space inside a word,
Cyrillic letters that look Latin, "pleeease", "im", "dont", "kms", "wanna die 2nite". Every
check (phrases, concept patterns, the risk classifier) sees the same normal form, so one
pattern covers all these spellings.

Steps, in order: Unicode NFKC; drop invisible characters (zero-width, soft hyphen, bidi
marks); map Cyrillic and Greek look-alike letters to Latin (data from the
confusable-homoglyphs package, Unicode's confusables list); lower case; straight
apostrophes; squeeze letters repeated three or more times; put back missing apostrophes;
spell out common text-speak.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, Iterable

from bot.language import looks_like_other_language
from bot.sounds_like import COMMON_SPELLINGS

# Zero-width, joiners, soft hyphen, word joiner, bidi embeddings/overrides/isolates, BOM,
# Mongolian vowel separator, Arabic letter mark, invisible operators.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B, 0x200C,
     0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2061,
     0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206A, 0x206B, 0x206C,
     0x206D, 0x206E, 0x206F, 0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFFA0], None)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
                              "\u00b4": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"'})

# Words typed without their apostrophe. Only words that are not also ordinary words
# ("wont" and "cant" are rare enough; "ill", "were", "id", "its", "well" are left alone).
_APOSTROPHE_WORDS = {
    "im": "i'm", "ive": "i've", "id've": "i'd've", "dont": "don't", "cant": "can't",
    "wont": "won't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
    "wasnt": "wasn't", "werent": "weren't", "arent": "aren't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "mustnt": "mustn't", "aint": "ain't", "youre": "you're",
    "youve": "you've", "theyre": "they're", "theyve": "they've", "hes": "he's",
    "shes": "she's", "thats": "that's", "whats": "what's", "theres": "there's",
    "wheres": "where's", "whos": "who's", "cannot": "can not", "ive'": "i've", "i'v": "i've",
    "iam": "i am", "dnt": "don't", "wnt": "won't", "didn": "didn't", "couldn": "couldn't",
}

# Text-speak, one token at a time. "2" is handled apart: "want 2 die" but "took 2 tablets".
TEXT_SPEAK = {
    **COMMON_SPELLINGS,
    "kms": "kill myself", "kms.": "kill myself", "kys": "kill yourself",
    "unalive": "kill", "unaliving": "killing", "unalived": "killed",
    # Spelt by sound with one "l": "i wanna kil my self".
    "kil": "kill", "kils": "kills", "kiled": "killed",
    "kiling": "killing", "kilin": "killing", "killin": "killing", "meself": "myself",
    "myslef": "myself", "mysefl": "myself", "mysef": "myself",
    "hafta": "have to",
    "tryna": "trying to", "finna": "going to", "dunno": "don't know", "lemme": "let me",
    "ya": "you", "yu": "you",
    "bf": "boyfriend", "gf": "girlfriend", "rn": "right now", "tbh": "to be honest",
    "idk": "i don't know", "idc": "i don't care", "imo": "in my opinion", "atm": "at the moment",
    "bc": "because", "thru": "through",
    "2nite": "tonight", "2night": "tonight", "tonite": "tonight", "2day": "today",
    "2moro": "tomorrow", "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow",
    "b4": "before", "msg": "message", "txt": "text", "smth": "something", "sth": "something",
    "nuthin": "nothing", "abt": "about",
    "n": "and", "w/": "with", "w/o": "without",
    "ppls": "people's", "becuase": "because", "becasue": "because",
    "od": "overdose", "od'd": "overdosed", "oded": "overdosed", "od'ed": "overdosed",
    "sh": "self harm", "mh": "mental health", "bday": "birthday", "hubby": "husband",
    "mam": "mum", "mom": "mum", "ma": "mum", "da": "dad", "nana": "nan", "nanna": "nan",
    "grandma": "gran", "granny": "gran", "grandad": "grandad", "gpa": "grandad",
    "bro": "brother", "sis": "sister",
    "ty": "thank you", "omg": "oh my god", "ffs": "for god's sake",
    "alot": "a lot", "aswell": "as well", "anymore": "any more", "every1": "everyone",
    "some1": "someone", "any1": "anyone", "no1": "no one", "noone": "no one",
    "no-one": "no one", "every1s": "everyone's",
    "k": "ok", "kk": "ok", "bcz": "because",
    "wld": "would", "cld": "could", "shld": "should", "dat": "that",
    "dis": "this", "dem": "them", "der": "there", "evry": "every", "evrything": "everything",
    "prob": "probably", "probs": "probably", "def": "definitely", "deffo": "definitely",
    "tabs": "tablets", "meds": "medication", "paracetemol": "paracetamol",
    "paracetomol": "paracetamol", "suicidle": "suicidal", "sucidal": "suicidal",
    "nemore": "any more", "nomore": "no more", "anymor": "any more", "wkend": "weekend",
    "wknd": "weekend", "wkends": "weekends", "2mrw": "tomorrow", "tmoz": "tomorrow",
    "2moz": "tomorrow", "nxt": "next", "sum1": "someone",
    "suicidel": "suicidal", "sucide": "suicide", "suiside": "suicide",
}

# After "2" these words mean a number ("2 tablets", "2 weeks"); before them "2" stays.
_TWO_AS_NUMBER_PREV = {"took", "taken", "take", "had", "have", "has", "last", "every", "for",
                       "about", "only", "just", "or", "and", "than", "the", "at", "past",
                       "after", "before", "until", "till", "like", "in", "of", "by", "all"}
_TWO_AS_TO_PREV = {"want", "wanted", "going", "go", "went", "need", "needs", "needed", "got",
                   "trying", "try", "tried", "able", "used", "ought", "me", "him", "her", "them",
                   "us", "back", "come", "came", "talk", "talked", "speak", "spoke", "said",
                   "told", "due", "how", "where", "when", "listen", "belong", "belongs",
                   "nobody", "no one", "someone", "start", "started", "began", "afraid",
                   "scared", "wish", "hope", "plan", "planning", "decided", "gonna", "wanna",
                   "up", "down", "out", "off", "over", "next", "close", "closer", "has to",
                   "had", "have", "like", "love", "hate", "ready", "about"}

_VERBS_AFTER_TO = {"be", "die", "kill", "end", "live", "do", "go", "get", "see", "stop", "sleep",
                   "wake", "hurt", "help", "talk", "take", "make", "leave", "come", "tell",
                   "say", "cope", "carry", "keep", "give", "find", "feel", "let", "eat"}

_REPEATS = re.compile(r"([a-z])\1{2,}")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'/.-]*[a-z0-9']|[a-z0-9]")
_SPACES = re.compile(r"\s+")
_NO_QUOTES = str.maketrans("", "", '"“”„«»')


@lru_cache(maxsize=1)
def confusable_map() -> Dict[int, str]:
    """Cyrillic and Greek letters that look like Latin ones, from Unicode's confusables list.

    Lower-case forms of the mapped capitals are added (Cyrillic "к" for "К" -> "k"), since
    the list maps only the forms that look identical.
    """
    # Lazy: the look-alike tables are large; loaded once, on first use.
    from confusable_homoglyphs.categories import alias
    from confusable_homoglyphs.confusables import confusables_data

    table: Dict[str, str] = {}
    for char, glyphs in confusables_data.items():
        if len(char) != 1 or alias(char) not in ("CYRILLIC", "GREEK"):
            continue
        latin = [g["c"] for g in glyphs
                 if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()]
        if latin:
            table[char] = latin[0]
    for char, latin in list(table.items()):
        small = char.lower()
        if small != char and small not in table and len(small) == 1:
            table[small] = latin.lower()
    return {ord(k): v for k, v in table.items()}


_COMMON_WORDS = {"so", "too", "see", "feel", "sleep", "help", "please", "good", "need", "all",
                 "off", "will", "still", "kill", "ill", "well", "call", "fall", "tell", "no",
                 "yes", "hello", "hi", "hey", "sorry", "bad", "sad", "mad", "scared", "free",
                 "soon", "cool", "look", "hurt", "dead", "stop", "now", "me", "why", "aww"}


@lru_cache(maxsize=1)
def _known_words() -> frozenset:
    """English word forms from spacy-lookups-data (shipped with the package, no download):
    the lemma table's inflected forms and their lemmas, plus a few short common words."""
    try:
        # Lazy: spaCy's lemma tables only on first use, never in the gateway.
        from spacy.lookups import load_lookups
        table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        words = set(table.values())
    except Exception:  # pragma: no cover - the lookups package is pinned in the lock
        table, words = None, set()
    return _Words(table, frozenset(words | _COMMON_WORDS))


class _Words:
    """``word in words`` over the lemma table's keys (stored as hashes) and a set."""

    def __init__(self, table, words: frozenset):
        self.table = table
        self.words = words

    def __contains__(self, word: str) -> bool:
        return word in self.words or (self.table is not None and word in self.table)


def _squeeze(word: str) -> str:
    """"pleeeease" -> "please", "sooooo" -> "so", "killlll" -> "kill", "helllp" -> "help"."""
    if not _REPEATS.search(word):
        return word
    double = _REPEATS.sub(r"\1\1", word)
    single = _REPEATS.sub(r"\1", word)
    words = _known_words()
    for candidate in (double, single):
        if candidate in words:
            return candidate
    # Try each doubled letter as single, left to right ("pleeaase" -> "please").
    for match in re.finditer(r"([a-z])\1", double):
        candidate = double[:match.start()] + match.group(1) + double[match.end():]
        if candidate in words:
            return candidate
    return single if len(single) <= 3 else double


def strip_invisible(text: str) -> str:
    """Removes zero-width, soft-hyphen and bidi characters, and other format characters."""
    text = text.translate(_INVISIBLE)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def fold_letters(text: str) -> str:
    """NFKC, invisible characters out, look-alike letters to Latin, lower case."""
    text = unicodedata.normalize("NFKC", text or "")
    text = strip_invisible(text)
    text = text.translate(confusable_map())
    return text.lower().translate(_APOSTROPHES)


def _spell_out(tokens: Iterable[str]) -> str:
    words = list(tokens)
    out = []
    for i, word in enumerate(words):
        if word == "2":
            prev = out[-1].split()[-1] if out else ""
            nxt = words[i + 1] if i + 1 < len(words) else ""
            number_like = (prev in _TWO_AS_NUMBER_PREV or nxt.endswith("s")
                           or not nxt.isalpha())
            if nxt in _VERBS_AFTER_TO or (prev in _TWO_AS_TO_PREV and not number_like):
                out.append("to")
                continue
        if word.endswith("'s") and len(word) > 2 and word[:-2] in TEXT_SPEAK:
            out.append(TEXT_SPEAK[word[:-2]] + "'s")
            continue
        word = _APOSTROPHE_WORDS.get(word, word)
        out.append(TEXT_SPEAK.get(word, word))
    return " ".join(out)


def normalise(text: str) -> str:
    """The one normal form every safety check reads.

    >>> normalise("Im gonna kіll myѕelf 2nite")
    "i'm going to kill myself tonight"
    """
    text = fold_letters(text)
    text = _SPACES.sub(" ", text).strip()
    parts = []
    for piece in re.split(r"(\s+|[,;:!?()\"“”„«»]+|\.(?=\s|$))", text):
        if not piece or piece.isspace():
            continue
        if _TOKEN.fullmatch(piece):
            parts.append(_squeeze(piece))
            continue
        # Quote marks carry no danger: 'a "DPA"' reads as 'a DPA' (round 13).
        piece = piece.translate(_NO_QUOTES).strip()
        if piece:
            parts.append(piece)
    joined = " ".join(parts)
    # English text-speak is spelt out only in English: in Polish "od" is "from" ("nie wiem
    # od czego zaczac", I don't know where to start), not an overdose.
    if looks_like_other_language(text):
        return joined
    # split again on spaces to spell out text-speak, keeping punctuation as its own token
    return _spell_out(joined.split(" "))
