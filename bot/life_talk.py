"""Is this message someone talking about their life? Then listen, never "did not understand".

The classifier knows requests ("find a lunch club", "start again"), not stories. People
answer the bot's own open questions ("jean did mostly. and the bowls club"), say what they
like ("i like animels. and lego"), tell a loss without the word died ("she went into the
hospice and never came home") or ask shyly whether they are in the right place ("i dont
know if it is the sort of thing you deal with"). Each of these is read here, by shape and
by word, so the fallback can answer first (bot/listening.py) instead of shrugging.
Pure and fast: no model, unit-tested in tests/unit/test_life_talk.py.
"""
from __future__ import annotations

import re

from bot.answers.about import FAMILY_WORDS
from bot.answers.text import clean, words_only

# The person speaking about themselves or their own people.
FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|mine|we|were|weve|us|our|ours)\b")
# Feelings, said plainly.
FEELINGS = re.compile(
    r"\b(?:sad|lonely|alone|lost|miss|missed|missing|scared|frightened|afraid|worried|worry|"
    r"anxious|nervous|upset|angry|cross|fed up|low|down|tired|exhausted|happy|glad|proud|"
    r"hard|awful|terrible|horrible|difficult|struggling|struggle|stuck|bored|quiet|empty|"
    r"daft|silly|guilty|ashamed|embarrassed|hurt|heartbroken|grieving|numb|overwhelmed|"
    r"cope|coping|manage|managing|cry|crying|cried)\b")
# People in someone's life: family words, "the wife", friends, neighbours, staff.
PEOPLE = re.compile(
    r"\b(?:" + FAMILY_WORDS + r"|wife|husband|kids|children|grandkids|grandchildren|friends?|"
    r"mates?|neighbours?|family|nobody|no one|noone|everyone|carers?|her|him|them|she|he|they)\b")
# What people do with their days: pastimes, places, clubs, pets.
ACTIVITIES = re.compile(
    r"\b(?:\w+ing|club|group|church|chapel|mosque|temple|choir|garden|allotment|dog|cat|pets?|"
    r"animals?|animels|lego|football|telly|tv|radio|quiz|quizzes|shows?|bingo|bowls|darts|"
    r"cards|knitting|music|books?|films?|games?|xbox|playstation|park|shops?|pub|bus|walks?|"
    r"holidays?|work|job|college|school|photo|photos|pictures?|evenings?|mornings?|weekends?|"
    r"sundays?|saturdays?)\b")
# Liking and doing, said in the first person: "i like", "we used to", "she loves".
DOING = re.compile(
    r"\b(?:i|we|she|he|they|me and|and me)\b(?: \w+){0,2} (?:like|likes|love|loves|enjoy|enjoys|"
    r"used to|go|goes|went|do|does|did|play|plays|watch|watches|sit|sits|talk|talks|miss|misses|"
    r"live|lives|lived|look after|looks after|help|helps|care for|cares for)\b")
# Time in a life: "since the spring", "fifty odd years", "last year", "these days".
LIFE_TIME = re.compile(
    r"\b(?:years?|months?|since|these days|nowadays|any more|anymore|before|ago|last year|"
    r"in the (?:spring|summer|autumn|winter)|(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december))\b")

# "i wanted to ask something but im not sure its the sort of thing you deal with".
RIGHT_PLACE = re.compile(
    r"\b(?:sort|kind|type) of thing (?:you|u|yous|the council) (?:deal|do|help|cover|handle)"
    r"|\b(?:(?:not|dont know|unsure|wonder(?:ing)?|not sure) (?:if|whether|that)?\s*"
    r"(?:you|u|youre|you are|ur|this|its|it is|this is|i am|im|ive come to|i have come to) "
    r"(?:can help|could help|deal with|cover|do|the right (?:place|people|person|number)|"
    r"in the right place|come to the right place|right)"
    r"|(?:is this|am i in|have i come to) (?:the )?right (?:place|people|number|website)"
    r"|\b(?:can|could|may) i (?:just )?ask (?:you )?(?:something|a question|about something)"
    r"|\b(?:i )?(?:wanted|want|wanna|would like|d like|need) to ask (?:you )?(?:something|"
    r"a question|about something)"
    r"|\bthere is something i (?:wanted|want|need) to ask"
    r"|\bdo (?:you|u) (?:deal with|help with|do) (?:things like|that sort of|this sort of|"
    r"stuff like))")

# "well i suppose i could tell you a bit more", "can i tell you about my mum".
TELL_MORE = re.compile(
    r"^(?:(?:well|ok|okay|yes|yeah|yep|aye|go on|alright|right|oh|erm|um|i suppose|i guess|"
    r"suppose|maybe|then|so)\s+)*"
    r"(?:i )?(?:(?:could|can|will|ill|shall|should|might as well|may as well|want to|would "
    r"like to|d like to|need to|wanna) )?(?:tell|talk|chat|speak|say)(?: to| with)? "
    r"(?:you |u )?(?:a (?:bit|little|little bit) |some )?(?:more|about (?:it|that|things|"
    r"myself|me|her|him|them|my \w+|what.*))\b")
TELL_MORE_SHORT = 16


def offers_to_tell_more(text: str) -> bool:
    """ "i could tell you a bit more", "can i talk to you about my mum": open the
    listen-and-connect question, where their own words are kept."""
    words = words_only(text)
    words = re.sub(r"^(?:can|could|may) i ", "i could ", words)
    return 0 < len(words.split()) <= TELL_MORE_SHORT and bool(TELL_MORE.match(words))


def asks_if_this_is_the_right_place(text: str) -> bool:
    """A shy opening: "not sure if this is the sort of thing you deal with"."""
    return bool(RIGHT_PLACE.search(words_only(text)))


def talks_about_their_life(text: str) -> bool:
    """A message that tells something of the person's life, not a request to the bot.

    Long enough to tell (4 words or more), in the first person or about their people, and
    with a feeling, a person, a pastime or a stretch of time in it. A short "i like animals
    and lego" counts: liking is telling. Questions and commands are for the classifier.
    """
    words = words_only(clean(text))
    count = len(words.split())
    if count < 3 or not re.search(r"[a-z]", words):
        return False
    about_them = bool(FIRST_PERSON.search(words) or PEOPLE.search(words))
    if not about_them:
        return False
    if count <= 5:
        return bool(DOING.search(words) and (ACTIVITIES.search(words) or PEOPLE.search(words)))
    signals = sum(bool(p.search(words)) for p in (FEELINGS, PEOPLE, ACTIVITIES, DOING, LIFE_TIME))
    return signals >= (1 if count >= 12 else 2)

