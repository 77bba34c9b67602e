"""A request for local help said at one of the form's questions, which is not an answer.

Round sixteen, inside the self-assessment: "is there a bowls club or something near me for
old fellas on their own" at "Is anyone hurting you or taking your money?" was kept as No;
"can we stop this and just find me a bowls club near me please" was kept as something to be
proud of; "hang on i didnt answer that, i asked about a bowls club. nobodys hurting me no"
was kept as what is going well. Three readers here:

- ``stops_to_search``: a stop of the questions with a search in the same message: the
  questions pause (answers kept) and the search runs.
- ``asks_instead_of_answering``: at a yes/no question, a request for local help with no yes
  or no in it: never the answer; the search is offered, and the question asked again.
- ``says_not_answered``: "i didnt answer that", "that wasnt my answer": the last answer was
  misread (the correction is taken, never kept as the next answer).
- ``request_in_answer``: at an open question, a request for local help said with (or
  instead of) the answer (round seventeen: "there arent many good days now. is there a
  club round here for men my age" was kept as a good day): the answer part, and the request.

``denies_harm`` reads a No said in a longer sentence to "Is anyone hurting you or taking
your money?" ("nobodys hurting me no", "no one is taking my money").
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

from bot.answers.text import clean, words_only
from bot.directory.needs import search_request
from bot.sounds_like import as_meant

# A stop of the questions themselves (after words_only), not of something in the person's
# life: "stop this and find me a club", "can we leave the questions", never "i want to stop
# the pain in my legs" or "my son wants me to stop driving".
STOP_THE_QUESTIONS = re.compile(
    r"\b(?:stop|pause|leave|forget|drop|end|skip|park|ditch|finish)\s+(?:all\s+)?"
    r"(?:this|that|these questions|the questions|these|this form|the form|the rest|"
    r"this bit|this for now|it)\b(?=\s*(?:$|and|please|now|for now|then|so|can|could|i|"
    r"just|instead|lets|let us|we))"
    r"|\b(?:no|dont want|do not want|not doing) (?:any )?more questions\b"
    r"|\benough (?:of )?(?:this|these questions|the questions|questions)\b"
    r"|\binstead of (?:this|these questions|the questions)\b"
    # A break from the questions (round seventeen: "can we stop a minute, i want to find a
    # mens club near me" was kept as something to be proud of).
    r"|\b(?:stop|pause|break off|leave it|hold on|hang on|wait)\s+(?:for\s+)?(?:a|one|1)\s+"
    r"(?:minute|min|mo|moment|sec|second|tick|bit|mo)\b"
    # round 18: "stop. can someone help me with the bus" (kept as what matters): a bare stop
    # as its own first words, with a request after it
    r"|^(?:ok |okay |right |no |please |pls )?(?:stop|stop it|stop now|stop please|enough)\s+"
    r"(?=(?:can|could|i|please|pls|is|are|where|help|just|find|any)\b)"
    r"|\b(?:can|could|shall) (?:we|i|you) (?:just |please )?(?:stop|pause|have a break|take a "
    r"break)\b(?! (?:going|doing|driving|smoking|drinking|seeing|taking|eating|worrying|him|"
    r"her|them|my|the pain)\b)")

# Words that ask for something to be found, beyond the directory's own "is there".
FIND = re.compile(r"\b(?:find(?! out\b)|look for|look up|looking for|search for|is there|are there|"
                  r"anywhere|where can i|where is there)\b")

# "can someone help me with the bus", "i need help with the bus": asking for help with a
# thing (round 18), as FIND asks for a place.
HELP_WITH = re.compile(r"^(?:(?:can|could|will) (?:someone|somebody|anyone|you|u) (?:please )?help "
                       r"(?:me )?(?:with|to|learn|get)|(?:i|we) (?:need|want|would like) "
                       r"(?:some )?help (?:with|to|learning|getting))\b")

FIND_OUT = re.compile(r"\b(?:find|finds|finding|found) (?:it |that |this )?out\b")

# The person says the last question was not answered: "i didnt answer that", "i never
# said that", "that wasnt my answer", "i was asking about a club".
NOT_ANSWERED = re.compile(
    r"\b(?:i (?:didnt|did not|never|havent|have not) (?:answer|answered|say|said|reply|replied"
    r"|mean|meant) (?:that|this|it|yes|no|the question|your question)"
    r"|(?:that|this) (?:wasnt|was not|isnt|is not) (?:my |an )?answer"
    r"|(?:that|this) (?:wasnt|was not) (?:what i said|the answer|meant as an answer)"
    r"|i (?:was |were )?(?:asked|asking|ask) (?:you )?(?:about|for)"
    r"|i (?:was )?(?:wanted|wanting) to know about)\b")

# A No to the abuse screen said inside a sentence.
DENIES_HARM = re.compile(
    r"\b(?:(?:nobody|no ?one|no body|noone)(?:s| s| is| isnt| has| ever)?\s+"
    r"(?:hurting|harming|hitting|taking|touching|hurt|hurts|harms|takes|bothering|abusing)"
    r"(?:\s+me|\s+my money|\s+anything)?"
    r"|(?:im|i am) not being (?:hurt|harmed|abused)"
    r"|(?:im|i am) (?:safe|fine|ok|okay) (?:at home|here|no)"
    r"|no(?:body|one)? (?:is )?(?:hurting|taking) (?:me|my money|anything))\b")
# ...with more after it ("nobody hurts me though" is still a No).
BUT = re.compile(r"\b(?:but|except|apart from|although|though)\s+\w")


def _said(text: str) -> str:
    return words_only(clean(text or ""))


def asks_for_a_search(text: str) -> bool:
    """The message asks for local help ("is there a bowls club near me", "find me a lunch
    club", "any lunch clubs round here?"), with a heading the directory knows; never "my
    friends at the local club" (a story, not a request)."""
    # "will Carol find out?", "i want to find out what happens next": learning something,
    # never a search (and its "out" is not getting out and about).
    said = FIND_OUT.sub(" ", _said(text)).strip()
    asks = bool(FIND.search(said) or HELP_WITH.search(words_only(as_meant(said)))) or \
        "?" in text or said.startswith("any ")
    return bool(said) and asks and search_request("is there " + said) is not None


def stops_to_search(text: str) -> bool:
    """ "can we stop this and just find me a bowls club near me please": the questions are
    stopped for a search said in the same message."""
    said = _said(text)
    stop = STOP_THE_QUESTIONS.search(said)
    # (What follows the stop is read alone: "forget this" would turn the search down.)
    return bool(stop) and (asks_for_a_search(said[stop.end():]) or asks_for_a_search(text))


def says_not_answered(text: str) -> bool:
    """ "hang on i didnt answer that", "that wasnt my answer, i asked about a club"."""
    return bool(NOT_ANSWERED.search(_said(text)))


def denies_harm(text: str) -> bool:
    """ "nobodys hurting me no", "no one is taking my money": a No to the abuse screen said in a
    sentence, with no "but" after it."""
    said = _said(text)
    found = DENIES_HARM.search(said)
    return bool(found) and not BUT.search(said[found.end():])


def asks_instead_of_answering(text: str) -> bool:
    """At a yes/no question: a request for local help, and nothing that answers."""
    return asks_for_a_search(text) and not denies_harm(text)


# The thing asked for: "a bowls club" in "is there a bowls club or something near me",
# "i asked about a bowls club", "find me a lunch club please".
THING = re.compile(
    r"\b(?:is there|are there|any|find me|find|look for|look up|looking for|search for|"
    r"asked about|asking about|asked for|asking for|ask about|know about|want|need)\s+"
    r"(?:an?\s+|some\s+|any\s+|the\s+)?((?:[a-z]+\s+){0,3}?(?:club|group|class|shed|cafe|"
    r"centre|center|session|service|lunch|scheme|society|choir|team)(?:e?s)?"
    r"(?:\s+(?:club|group|class)(?:e?s)?)?)\b")


def thing_asked_for(text: str) -> str:
    """ "a bowls club" (with "a"), or "" when no place or activity is named."""
    found = THING.search(_said(text))
    if not found:
        return ""
    thing = found.group(1)
    plural = thing.endswith("s") and not thing.endswith(("class", "ss"))
    return thing if plural else ("an " if thing[0] in "aeiou" else "a ") + thing


def look_now_words(thing: str, asked: str = "") -> str:
    """What the Look for it now button says for the person: a stop with the search in it
    (``asked``: their own words of the request, so "for older men" is searched too)."""
    if asked:
        return f"stop the questions and {asked}"
    return f"stop the questions and find {thing} near me"


# Any word that leans to No or to being all right: with one, a longer reply at the direct
# question is read as before ("No! The head teacher, at work. Why does it keep asking me
# that"); with none ("look for it now", "my son visits on sundays") it is no answer at all.
LEANS_NO = re.compile(r"\b(?:no|nope|nah|naw|na|not|never|nobody|noone|none|nothing|"
                      r"dont|do not|didnt|isnt|aint|wont|fine|ok|okay|safe|alright|good|"
                      r"rather|prefer|private|mind your own)\b")


def leans_no(text: str) -> bool:
    """The reply has some word of No, of being all right, or of not saying."""
    return bool(LEANS_NO.search(_said(text)))


# Where one part of a message ends and the next begins: a full stop, a comma, a dash, or a
# word that turns to a request ("actually is there...", "anyway any lunch clubs...").
PARTS = re.compile(r"(?<=[.!?])\s+|\s*[,;]\s+|\s+-\s+|\s+(?=(?:actually|anyway|also|but|"
                   r"oh and|by the way|btw)\s+(?:is|are|any|can|could|do|does|where|find)\b)",
                   re.IGNORECASE)
# Words with no answer in them, left over once the request is taken off.
FILLER = re.compile(r"^(?:actually|anyway|also|but|oh|and|so|well|to be honest|tbh|"
                    r"honestly|i mean|ok|okay|right)$", re.IGNORECASE)
MIN_ANSWER_WORDS = 2
LEADING_FILLER = re.compile(r"^(?:(?:actually|anyway|also|but|oh and|and|so|ok|right)[\s,]+)+",
                            re.IGNORECASE)
# A part that asks outright, at its start ("is there...", "any lunch clubs...", "can you
# find me...", "im looking for..."), or with a question mark: never "anywhere with a garden
# makes her happy" or "being able to find my way to the shops" (answers).
ASKS_OUTRIGHT = re.compile(
    r"^(?:(?:actually|anyway|also|but|oh and|and|so|ok|right|please|pls)\s+)*(?:is there|"
    r"are there|any |anywhere (?:near|round|around|local|i can|we can|that|for|to)\b|can (?:you|u) (?:find|look|search|get)|could (?:you|u) (?:find|"
    r"look|search)|find me|please find|where can i|where is there|where do i find|do you know "
    r"(?:of |any )|(?:i|we) (?:want|need|would like|d like|wanna) to find|(?:im|i am|were|we "
    r"are) looking for|looking for|search for|look for)", re.IGNORECASE)


def _asks_outright(part: str) -> bool:
    """The part opens as a request, or is a question with a word of finding in it (never
    "did you get that about the gas?")."""
    said = words_only(part)
    return bool(ASKS_OUTRIGHT.match(said + " ")) or ("?" in part and bool(FIND.search(said)))


def request_in_answer(text: str) -> Optional[Tuple[str, str]]:
    """(the answer said before it, the request) when a part of the message asks for local
    help ("not many good days. is there a club round here for older men"); the answer is
    "" when there is none. None for an answer that tells of a place ("going to the club on
    a tuesday is what keeps me going", "my friends at the local club")."""
    said = as_meant(clean(text or ""))   # "im lookin 4 a club": looking for
    starts = [0] + [m.end() for m in PARTS.finditer(said)]
    for index, start in enumerate(starts):
        if not (asks_for_a_search(said[start:]) and _asks_outright(said[start:])):
            continue
        # The request is the first part that asks on its own (a reason may follow it).
        end = starts[index + 1] if index + 1 < len(starts) else len(said)
        if not (asks_for_a_search(said[start:end]) or index + 1 == len(starts)):
            continue
        answer = said[:start].strip(" ,;-")
        if len(words_only(answer).split()) < MIN_ANSWER_WORDS or FILLER.match(
                words_only(answer)):
            answer = ""
        return answer, LEADING_FILLER.sub("", said[start:].strip())
    return None
