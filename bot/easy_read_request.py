"""Easy read asked for in words: "can you use easier words", "easy read please".

The web chat has an Easy read button, but people ask in words too, and Telegram has no
button. The bot answers, and its reply carries a small switch (a custom payload of type
``easy_read``): the REST channel rewrites that reply in easy read, the web chat turns its
button on, and the Telegram relay remembers it for the chat, so every later reply is in
easy read until they ask for the usual words again.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, Optional

SWITCH = "easy_read"      # the custom payload's type

_WORDS = r"(?:words|english|language|sentences|questions|way|version)"
_EASIER = r"(?:easier|easy|simpler|simple|plain|short(?:er)?|smaller|basic)"
ASKS_FOR_EASY_READ = re.compile(
    r"\beasy[- ]?re(?:a|e)d\b(?! (?:layout )?(?:off|of)\b)"   # "esy reed" (round twelve)
    rf"|\b(?:use|using|in|with|give me|want|need|prefer|do|talk in|write in|speak in) "
    rf"(?:more |some |much )?{_EASIER} {_WORDS}\b"
    rf"|\b{_EASIER} {_WORDS} (?:please|pls|plz|for me|would help|if you can)\b"
    r"|\b(?:make|put|say|write|explain|word) (?:it|that|this|things|them|everything|your "
    r"questions)(?: a bit| a little| bit)? (?:easier|simpler|more simple|more simply|simply|easy|"
    r"plainer)\b"
    r"|\b(?:too|so|really) (?:hard|difficult|complicated|long) to (?:read|follow)\b"
    r"|\b(?:long|big|hard) words (?:are|is) (?:hard|difficult|too much)\b"
    r"|\b(?:too|2|to) (?:much|many) (?:writing|riting|words|reading|text)\b",
    re.IGNORECASE)
ASKS_FOR_USUAL_WORDS = re.compile(
    r"\b(?:turn|switch|put|take) (?:off|of) (?:the )?easy[- ]?read\b"
    r"|\b(?:turn|switch) (?:the )?easy[- ]?read (?:off|of)\b"
    r"|\b(?:stop|no more|dont|don't|do not) (?:using |use |do )?(?:the )?easy[- ]?read\b"
    r"|\b(?:back to |use |your )?(?:normal|usual|ordinary) (?:words|english|way|layout)\b",
    re.IGNORECASE)

# "in normal english what does that mean for me?", "what does DP mean in plain english":
# a plain answer asked for one thing (round thirteen: easy read was switched off, though it
# was never on), not a wish about every reply.
IN_PLAIN_WORDS = re.compile(
    r"\b(?:in|into) (?:plain|normal|simple|simpler|easy|easier|ordinary|proper|everyday|"
    r"laymans?|layman's|basic) (?:english|words|terms|language)\b", re.IGNORECASE)
MEANING_ASKED = re.compile(
    r"\bwhat(?:s|'s| does| do| did| is| are| would| will)?\b.{0,160}?\b(?:mean|means|meaning|"
    r"saying|say)\b|\bwhat(?:s|'s| is| are) (?:a |an |the )?\w+|\bmeaning of\b", re.IGNORECASE)
NAMES_EASY_READ = re.compile(r"\beasy[- ]?re(?:a|e)d\b", re.IGNORECASE)


def asks_what_it_means_plainly(text: str) -> bool:
    """ "in normal english what does that mean for me?": one plain answer asked for."""
    text = text or ""
    return bool(IN_PLAIN_WORDS.search(text) and MEANING_ASKED.search(text)
                and not NAMES_EASY_READ.search(text))


ON_WEB = ("From now on I will use short sentences and easy words. "
          "The Easy read button at the top turns it off.")
ON = "From now on I will use short sentences and easy words."
OFF = "From now on I will use my usual words again."
# Asked for the usual words when easy read was not on: nothing to switch.
ALREADY_USUAL = "I am using my usual words now. Ask for easy read at any time."


def easy_read_wish(text: str) -> Optional[bool]:
    """True when they ask for easier words, False for the usual words again, else None."""
    text = text or ""
    if asks_what_it_means_plainly(text):
        return None
    if ASKS_FOR_USUAL_WORDS.search(text):
        return False
    if ASKS_FOR_EASY_READ.search(text):
        return True
    return None


def reply(on: bool, channel: Optional[str]) -> str:
    if not on:
        return OFF
    return ON_WEB if channel == "web" else ON


def switch(on: bool) -> Dict[str, Any]:
    """The custom payload that carries the wish to the channel."""
    return {"type": SWITCH, "on": bool(on)}


def switched(messages: Iterable[Dict[str, Any]]) -> Optional[bool]:
    """Whether a reply switches easy read on (True) or off (False); None if it does not."""
    found = None
    for message in messages:
        custom = message.get("custom") if isinstance(message, dict) else None
        if isinstance(custom, dict) and custom.get("type") == SWITCH:
            found = bool(custom.get("on"))
    return found


def all_texts() -> Dict[str, str]:
    return {"easy_read_request/ON_WEB": ON_WEB, "easy_read_request/ON": ON,
            "easy_read_request/OFF": OFF, "easy_read_request/ALREADY_USUAL": ALREADY_USUAL}
