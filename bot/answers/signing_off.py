"""Thanks and goodbye once the call back is booked: "no thats all for now thank you, its
been nice to talk to someone even a computer".

Round seventeen: "talk to someone" in that goodbye was read as a new request for a person,
and the out-of-hours words and the hand-off were said again. A message that closes the chat
(thanks, "thats all", a farewell, "nice to talk to you") and asks for nothing is a goodbye.
Pure: read here, answered by the hand-off action (actions/handoff.py).
"""
from __future__ import annotations

import re

from bot.answers.leaving import says_farewell
from bot.answers.text import words_only

# "its been nice to talk to someone", "lovely chatting", "good to have someone to talk to"
NICE_TO_TALK = re.compile(
    r"\b(?:nice|good|lovely|great|helpful|a help|glad|kind|grand|a comfort)\b(?: \w+){0,3}? "
    r"(?:to |for )?(?:talk|talking|chat|chatting|speak|speaking|have someone to talk)\b|"
    r"\b(?:enjoyed|liked) (?:talking|chatting|our chat|the chat)\b")
CLOSING = re.compile(
    r"\b(?:thanks|thank you|thankyou|thank u|thanku|thx|ty|ta|cheers|thats all|that is all|"
    r"thats it|that is it|nothing else|no more|all done|im done|i am done|thats everything|"
    r"thats fine for now|im ok for now|i am ok for now|all for now|that will do)\b")
# A new request or question in the same message keeps it a request.
ASKS = re.compile(
    r"\?|\b(?:can|could|would|will|may) (?:you|someone|somebody|i|they|the team|we)\b|"
    r"\bi (?:still |really |just |do )?(?:want|need|would like|d like|wanna)\b|\bbut\b|\b(?:ring|call|phone|email|text) me\b|"
    r"\bcall ?back\b|\bhow (?:do|can|will)\b|\bwhat (?:about|if|happens)\b")
# "it would be nice to talk to someone": a wish for a person, not thanks.
WISH = re.compile(r"\b(?:would|d|will|could|might|may) be (?:\w+ )?(?:nice|good|lovely|great|"
                  r"helpful|a help|kind)\b|\bwish\b|\bif only\b")
# A question mark, or a number or an email given: more than a goodbye.
MORE_THAN_THANKS = re.compile(r"\?|@|\d{4}")
# "thats everything", "all for now": the chat is done, not only thanks for one answer.
ALL_DONE = re.compile(r"\b(?:thats all|that is all|thats it|that is it|thats everything|"
                      r"nothing else|all for now|all done|im done|i am done)\b")
MAX_WORDS = 30


def signs_off(text: str) -> bool:
    """Thanks or a goodbye that asks for nothing: the chat is ending, never a request."""
    said = words_only(str(text or "").replace("\u2019", "'")).replace("'", "")
    if not said or str(text).startswith("/") or len(said.split()) > MAX_WORDS or \
            MORE_THAN_THANKS.search(str(text)) or WISH.search(said):
        return False
    if ASKS.search(said) and not NICE_TO_TALK.search(said) or \
            ASKS.search(NICE_TO_TALK.sub(" ", said)):
        return False
    return bool(CLOSING.search(said) or NICE_TO_TALK.search(said) or says_farewell(said))


def enjoyed_talking(text: str) -> bool:
    """ "its been nice to talk to someone": said back warmly."""
    return bool(NICE_TO_TALK.search(words_only(str(text or "")).replace("'", "")))


def ends_the_chat(text: str) -> bool:
    """A goodbye, not only thanks: "thats everything ta. lovely chatting to you" (a plain
    "thank you" stays thanks, answered "anything else?")."""
    said = words_only(str(text or "")).replace("'", "")
    return signs_off(text) and bool(ALL_DONE.search(said) or NICE_TO_TALK.search(said))
