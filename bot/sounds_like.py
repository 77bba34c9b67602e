"""Spelling by sound, read as meant: "wat is day center" is "what is day centre".

A young man with a learning disability typed "i dont no wat that is", "wich one is best for
me", "frends"; the bot looked "center" up as an unknown word and dropped the rest to the menu.
This is a small map for the words this bot needs, not a spell checker: each entry is a
spelling people really use for a word the bot reads (question words, know, friends, centre,
mean...). "no" becomes "know" only after "dont"/"do not"/"i" ("i dont no", "dont no").
"""
from __future__ import annotations

import re
from typing import Dict

# Text-speak and spelling by sound that every reader of words spells out the same way (the
# safety net's normaliser adds its own, with apostrophes; this map adds its own below).
COMMON_SPELLINGS: Dict[str, str] = {
    "bcos": "because", "cos": "because", "coz": "because", "cud": "could", "cuz": "because",
    "gonna": "going to", "gotta": "got to", "gud": "good", "luv": "love", "nite": "night",
    "nothin": "nothing", "pls": "please", "plz": "please", "ppl": "people", "r": "are",
    "shud": "should", "sumthing": "something", "tho": "though", "thx": "thanks", "u": "you",
    "ur": "your", "wanna": "want to", "wat": "what", "wiv": "with", "wot": "what", "wud": "would",
}

SOUNDS_LIKE: Dict[str, str] = {
    **COMMON_SPELLINGS,
    "whut": "what", "wats": "whats", "wots": "whats",
    "wich": "which", "whitch": "which", "wen": "when", "hu": "who", "hoo": "who", "wy": "why",
    "frends": "friends", "freinds": "friends", "frens": "friends", "frend": "friend",
    "freind": "friend", "center": "centre", "centers": "centres", "centr": "centre",
    "meen": "mean", "meens": "means", "mene": "mean",
    "dunno": "dont know", "duno": "dont know", "dno": "dont know", "idk": "i dont know",
    "pepul": "people", "peeple": "people", "peple": "people",
    "becos": "because",
    "cafay": "cafe", "caff": "cafe",
    "fings": "things", "sumfing": "something", "somefing": "something",
    "sumthin": "something", "sumthink": "something", "summin": "something",   # round 18
    "nuffing": "nothing", "gd": "good", "bst": "best",
    "wif": "with",
    "rite": "right", "lern": "learn", "lerning": "learning",
    "colij": "college", "wurk": "work", "werk": "work", "jobb": "job",
    "ther": "there", "thier": "their", "peeps": "people", "ppls": "people", "kno": "know",
    "nuffin": "nothing", "sumfin": "something",
    "lyk": "like", "liek": "like",
    "tawk": "talk", "helpp": "help", "hepl": "help", "skool": "school", "skul": "school",
    "klub": "club", "fone": "phone", "becuz": "because", "askin": "asking",
    "sayin": "saying", "tellin": "telling", "lookin": "looking", "goin": "going",
    "dus": "does", "duz": "does",
    "owt": "anything", "summat": "something", "nowt": "nothing", "clubb": "club",
    "swiming": "swimming",
    "esy": "easy", "eazy": "easy", "eesy": "easy", "easey": "easy",
    "suported": "supported", "supportd": "supported", "suport": "support",
    "dnt": "dont", "enuf": "enough", "tmrw": "tomorrow", "tmr": "tomorrow",
    "bk": "back", "cnt": "cant", "shd": "should", "wld": "would", "cld": "could",
    "thru": "through", "msg": "message", "hme": "home", "il": "i will",
    # The g dropped: "bowlin n that", "not shopin", "jus the shop 1".
    "jus": "just", "bowlin": "bowling", "shopin": "shopping", "shoppin": "shopping",
    "dancin": "dancing", "swimmin": "swimming", "walkin": "walking", "singin": "singing",
    # Round fourteen: "i dont hav frends", "im lonley", "do u get munny", "do i get pade".
    "hav": "have", "hve": "have", "lonley": "lonely", "lonly": "lonely", "lonley.": "lonely",
    "munny": "money", "muny": "money", "pade": "paid", "payed": "paid",
    "yung": "young", "volunter": "volunteer", "volenteer": "volunteer",
    "volanteer": "volunteer", "volunteerin": "volunteering", "volenteering": "volunteering",
    "mite": "might",
    # Round seventeen: "i carnt do fone calls", "somfing for young peple", "lerning
    # disabilty", "im scared on fone".
    "carnt": "cant", "somfing": "something", "sumfink": "something",
    "disabilty": "disability", "disabilitys": "disabilities", "dissability": "disability",
    "disibility": "disability", "larning": "learning",
    "fones": "phones", "foned": "phoned", "fonecall": "phone call",
    "skared": "scared", "scard": "scared", "tawking": "talking", "peepul": "people",
}
# Words spelt with a number ("is some1 coming", "b4 he wakes up", "2moro").
NUMBER_WORDS: Dict[str, str] = {
    "some1": "someone", "sum1": "someone", "any1": "anyone", "every1": "everyone",
    "no1": "no one", "b4": "before", "2day": "today", "2moro": "tomorrow",
    "2morrow": "tomorrow", "2nite": "tonight", "l8r": "later", "l8": "late", "gr8": "great",
    "w8": "wait", "h8": "hate",
}
NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
# "i wont a job": want, when a thing or "to" follows (never "i wont be long": won't).
WONT = re.compile(r"\b(i|we|u|you|they|he|she|dont|do)\s+wont\s+(?=(?:a|an|to|some|sum|help|"
                  r"more|my|me|job|jobs|work|friends?|frends?|go|get|make)\b)", re.I)
# "sum wurk", "sum frends": some (not "a sum of money").
SUM = re.compile(r"\bsum\b(?!\s+(?:of|total|up|it)\b)(?=\s+[a-z])", re.I)
# Numbers as words ("a club 4 peeps like me 2 make frends", "frends 2"): only between words
# that read that way; "4 hours", "2 days", "at 2" stay numbers.
FOR_4 = re.compile(r"(?<=[a-z] )4(?= (?:me|u|you|us|him|her|them|people|peeps|ppl|my|a|an|"
                   r"the|some|young|old|older|adults?|disabled|everyone|anyone|free|work|"
                   r"fun)\b)", re.I)
TO_2 = re.compile(r"(?<=[a-z] )2(?= (?:make|get|go|do|see|meet|find|be|help|talk|have|work|"
                  r"learn|join|play|try|ask|know|the|a|me|you|u|them)\b)", re.I)
TOO_2 = re.compile(r"\b([a-z]{3,}) 2(?=\W*$)", re.I)
BEFORE_A_NUMBER = {"turns", "turned", "aged", "only", "about", "till", "until", "after", "before",
                   "from", "around", "nearly", "almost", "under", "over", "just", "past", "gone",
                   "page", "number", "room", "flat", "house", "floor", "year", "years", "plus"}


def _too(match: "re.Match[str]") -> str:
    word = match.group(1)
    return match.group(0) if word.lower() in BEFORE_A_NUMBER else f"{word} too"
# "no" is "know" after don't / do not ("dont no", not "dont no longer"), and after i / we /
# you when what follows is what is known ("i no what", "do you no") or nothing; and in a
# question whether someone knows ("will they no i want the shop job", "does the team no
# about it": round seventeen), never "no thanks" or "they said no".
KNOW = re.compile(r"\b(don'?t|do not|doesn'?t|didn'?t)\s+no\b(?!\s+(?:longer|more|one|way)\b)|"
                  r"\b(i|we|you)\s+no\b(?=\s+(?:what|how|who|where|which|if|that|it|him|her|"
                  r"them|anyone|anybody|about|anything|any)\b|\W*$)|"
                  r"\b((?:will|would|do|does|did|can|could|should|wil|wud)\s+(?:they|you|u|he|she|"
                  r"the team|your team|the council|them|someone|somebody|sum1|some1|any1|anyone|"
                  r"the person|the lady|the man)(?:\s+(?:already|still|even|actually))?)\s+no\b"
                  r"(?=\s+(?:i|we|that|what|how|who|where|which|if|it|about|my|me|him|her|them|"
                  r"this|the|wot|wat)\b|\W*\??\W*$)", re.I)
WORD = re.compile(r"[A-Za-z]+")


def _swap(match: "re.Match[str]") -> str:
    word = match.group(0)
    meant = SOUNDS_LIKE.get(word.lower())
    if meant is None or meant == word.lower():
        return word
    return meant.capitalize() if word[0].isupper() else meant


def respelt(text: str) -> bool:
    """Whether anything in the message is spelt by sound (so a model trained on usual
    spelling may have missed it)."""
    return bool(text) and as_meant(text) != text


def as_meant(text: str) -> str:
    """The message with sound-alike spellings put right; everything else kept as typed."""
    if not text:
        return text or ""
    fixed = TO_2.sub("to", FOR_4.sub("for", TOO_2.sub(_too, text)))
    fixed = SUM.sub("some", WONT.sub(lambda m: f"{m.group(1)} want ", fixed))
    fixed = NUMBER_WORD.sub(lambda m: NUMBER_WORDS[m.group(0).lower()], fixed)
    fixed = WORD.sub(_swap, fixed)
    return KNOW.sub(lambda m: f"{m.group(1) or m.group(2) or m.group(3)} know", fixed)
