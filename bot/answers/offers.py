"""An offer the bot made outside a form, and a reply to it that is neither yes nor no.

Outside the questions the bot offers things with a yes-or-no question: "Would you like
someone from the team to call you about a break?", "Would you like to find free advice
near you?", "Would you like one?" (a call back). "dont no", "dunno", "maybe idk", "not sure
tbh" or "i'm not sure really" to such an offer was read as a No (the menu) or, through the
safety question's half-yes, as a Yes. Unsure is an answer of its own: the offer stays open,
with its buttons, and the person can ask about it first.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.requests import classify_request
from bot.answers.text import clean, without_filler, words_only
from bot.answers.yes_no import DONT_KNOW, yes_no
from bot.sounds_like import as_meant

# The last sentence of an offer: a yes-or-no question about something the bot can do or
# show. A choice between two things ("see more, or look for a different kind?") is not one.
OFFER_QUESTION = re.compile(
    r"^(?:would you like|would you want|do you want|shall i|should i|can i|could i|"
    r"is that ok|is that okay|is that all right|would that help|would it help|"
    r"would (?:a|an|the) [\w' ]+ be (?:ok|okay|all right|alright)|do you need|"
    r"are you happy for|are you happy to)\b", re.IGNORECASE)
LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)([^.!?]+\?)\s*$")

# Words that leave the answer open, read after yes_no() found no clear yes or no.
UNSURE_WORDS = re.compile(
    r"\b(?:maybe|perhaps|possibly|not sure|unsure|dunno|idk|dont know|no idea|not certain|"
    r"hard to say|cant say|depends|it depends|might|i might|could do|could be|50 50|fifty fifty|"
    r"kind of|sort of|kinda|sorta|yes and no|in two minds|on the fence|undecided|"
    r"(?:let me|ill|i will|i need to|need to|have to|got to) (?:have a )?think(?: about it)?|"
    r"think about it|havent decided|not decided|dont mind either way|either way)\b")
MAX_WORDS = 10   # longer replies say something more; the other readers take them


def is_offer(bot_text: Optional[str]) -> bool:
    """Whether the bot's message ends with a yes-or-no offer ("...Would you like that?")."""
    found = LAST_SENTENCE.search(clean(bot_text or ""))
    if not found:
        return False
    question = found.group(1).strip()
    return bool(OFFER_QUESTION.match(question)) and not re.search(r",? or\b", question)


def unsure_reply(text: str) -> bool:
    """ "dont no", "dunno", "not sure tbh", "maybe idk", "i'm not sure really", "hmm maybe",
    "let me think about it": neither a yes nor a no. A question back ("maybe, what is it?")
    and a no that leaves later open ("maybe later") are not unsure."""
    raw = clean(text)
    if raw.startswith("/"):
        return raw.split("{")[0] == "/dont_know"
    if not raw or raw.rstrip().endswith("?"):
        return False
    meant = as_meant(raw)
    said = without_filler(words_only(meant))
    if not said or len(said.split()) > MAX_WORDS:
        return False
    found = classify_request(meant)
    if found is not None and found.kind == "dont_know":
        return True
    if yes_no(meant) is not None:
        return False
    return bool(DONT_KNOW.search(said) or UNSURE_WORDS.search(said))
