"""Leaving words that are not a leaving: "xbox and see my cuzin", "going to see my nan",
"bye-bye to the old job", "i said goodbye to the house".

The model learnt "see you" and "bye" as goodbyes, so any message with "see" or "bye" in it
was answered "Bye for now" (round 6: Jay's good day, "xbox and see my cuzin", twice). A
farewell is said to the person you are talking to: "see you", "see ya later", "bye now",
"ok bye". Here the everyday uses are taken out first (seeing someone or something, a
goodbye said to someone or something else); the message is a leaving only when a farewell
is still there.
"""
from __future__ import annotations

import re

from bot.answers.text import words_only

# "see" with someone or something else after it: "see my cousin", "see the doctor", "go and
# see nan", "seeing friends", "see what happens". Not "see you", "see ya", "see u".
SEEING = re.compile(
    r"\b(?:see|seeing|seein|sees|seen|saw|visit|visiting|visitin)\s+(?!(?:you|ya|yer|u|yous|youse|ye|"
    r"you all|yall)\b)\w+")
# A goodbye said to someone or something else: "said bye to my mum", "bye-bye to the old
# job", "goodbye to all that", "wave bye to", "kiss goodbye".
BYE_TO_OTHERS = re.compile(
    r"\b(?:say|said|saying|says|wave|waved|waving|kiss|kissed|bid|bade|wish|wished)\s+"
    r"(?:(?:a |my |our |their |his |her )?(?:last |final |proper )?)?(?:good ?bye|bye bye|bye)s?"
    r"\s+to\s+(?!(?:you|u|ya|yous|you all|everyone|all)\b)\w+"
    r"|\b(?:good ?bye|bye bye|bye)\s+to\s+(?!(?:you|u|ya|yous|you all|everyone|all)\b)\w+"
    r"|\b(?:my|our|their|his|her|the)\s+(?:good ?byes?|byes?)\b")
# What is left after the everyday uses that is a farewell to us.
FAREWELL = re.compile(
    r"\b(?:bye|byee+|goodbye|good bye|bye bye|byebye|ta ra|tara|tata|ta ta|see you|see ya|"
    r"see u|cya|cheerio|night night|nighty night|good ?night|ttyl|laters|take care|"
    r"speak soon|talk soon|speak later|talk later|catch you later|gotta go|got to go|"
    r"have to go|need to go|must go|better go|im off|i am off|off now|going now|leaving now|"
    r"signing off|logging off|all the best|thats all|that is all|thats it|thats everything|"
    r"thanks for (?:listening|your help|the help|trying))\b")


def without_everyday_leaving_words(text: str) -> str:
    """The message's words with "see my cousin" and "goodbye to the old job" taken out."""
    said = NIGHT_AS_NEED.sub(" ", BYE_TO_OTHERS.sub(" ", words_only(text)))
    return re.sub(r"\s+", " ", SEEING.sub(" ", said)).strip()


# "night sitter. overnight care", "help at night": the night as a time of need, not "good
# night" (round ten: taken as a goodbye).
NIGHT_AS_NEED = re.compile(r"\b(?:night ?(?:sitter|sitting|sits|care|carer|carers|time|shift|"
                           r"nurse|help|staff)s?|overnight|at night|in the night|nights)\b")


def has_everyday_leaving_words(text: str) -> bool:
    """ "see my cousin", "bye-bye to the old job", "a night sitter": leaving words used about
    something else."""
    said = words_only(text)
    return bool(SEEING.search(said) or BYE_TO_OTHERS.search(said) or NIGHT_AS_NEED.search(said))


def says_farewell(text: str) -> bool:
    """A farewell to us is in the message once the everyday uses are taken out."""
    return bool(FAREWELL.search(without_everyday_leaving_words(text)))


def leaving_words_not_a_leaving(text: str) -> bool:
    """ "xbox and see my cuzin": "see" or "bye" is there, but nobody is leaving."""
    return has_everyday_leaving_words(text) and not says_farewell(text)


# Going for now, to come back to it (round nine: "ok i have to go back in. can i finish this
# tonight" at work got "Go safely" and "press 55"): with no danger told, the resume code.
FINISH_LATER = re.compile(
    r"\b(?:can|could|may|will) (?:i|we) (?:finish|do|carry on|continue|come back to|complete|"
    r"pick up|go on with)(?: (?:this|it|the rest|them|the questions))?(?: (?:off|on|with))? "
    r"(?:later|tonight|tomorrow|another (?:time|day)|after work|at the weekend|this evening|"
    r"when i get home|on my break)\b"
    r"|\b(?:finish|do) (?:this|it|the rest) (?:later|tonight|tomorrow|another (?:time|day)|"
    r"after work)\b"
    r"|\b(?:have to|got to|gotta|need to|must) (?:go|get) back (?:in|to work|to my desk|on shift|"
    r"inside)\b|\b(?:i'?m|im|i am) (?:going|heading|off) back (?:in|to work)\b"
    r"|\bmy break(?:'s| is) (?:over|nearly over|up)\b", re.IGNORECASE)


def goes_for_now(text: str) -> bool:
    """ "i have to go back in", "can i finish this tonight": going for now, to come back."""
    return bool(FINISH_LATER.search(str(text or "").replace("\u2019", "'")))


# A skip said with a goodbye: "skip. ta-ra then", "pass, bye now" (round eleven: saved as
# the safety wish). Neither part is an answer.
SKIP_WORDS = re.compile(r"^(?:ok |okay |right |well |oh )?(?:skip|skip it|skip this|skip that|"
                        r"skip this one|pass|next|no thanks|no thank you|never mind|nevermind|"
                        r"forget it|leave it|not now)(?: then| thanks| ta)?$")
MAX_SKIP_AND_FAREWELL_WORDS = 10


def farewell_with_a_skip(text: str) -> bool:
    """ "skip. ta-ra then": a goodbye, with nothing but a skip or a thanks beside it."""
    said = words_only(text)
    if not said or len(said.split()) > MAX_SKIP_AND_FAREWELL_WORDS:
        return False
    parts = [words_only(p) for p in re.split(r"[.!?,;\n]+", str(text)) if words_only(p)]
    return any(says_farewell(p) for p in parts) and any(SKIP_WORDS.match(p) for p in parts) \
        and all(says_farewell(p) or SKIP_WORDS.match(p) for p in parts)
