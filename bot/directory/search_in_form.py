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

``denies_harm`` reads a No said in a longer sentence to "Is anyone hurting you or taking
your money?" ("nobodys hurting me no", "no one is taking my money").
"""
from __future__ import annotations

import re

from bot.answers.text import clean, words_only
from bot.directory.needs import search_request

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
    r"|\binstead of (?:this|these questions|the questions)\b")

# Words that ask for something to be found, beyond the directory's own "is there".
FIND = re.compile(r"\b(?:find|look for|look up|looking for|search for|is there|are there|"
                  r"anywhere|where can i|where is there)\b")

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
    said = _said(text)
    asks = bool(FIND.search(said)) or "?" in text or said.startswith("any ")
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


def look_now_words(thing: str) -> str:
    """What the Look for it now button says for the person: a stop with the search in it."""
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
