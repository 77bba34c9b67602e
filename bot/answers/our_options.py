"""What the bot's own menu options mean: "what does plan for a good life mean?", "you never
said what the plan for a good life thing was", "whats talk about what is going on?".

Round 13: asked twice in the middle of a directory search, never answered ("Sorry, I don't
know the word "plan" yet"). These are our names, not care words, so they are not in the
jargon buster (the plain-language gate would then flag our own buttons); they are explained
here, with the button to start. Pure.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from bot.answers.text import short_words

ASKS = re.compile(
    r"\b(?:what|wot|wat|whats|wats)\b.{0,30}?\b(?:mean|means|meant|is|was|that|about|involve|"
    r"involves)\b|\bexplain\b|\bmeaning of\b|\bnever (?:said|told me|explained)\b|"
    r"\bdont (?:know|understand|get) what\b|\bwhat is it\b|\bwhat happens\b|^(?:so |and |but )?"
    r"(?:whats|wats|what s)\b", re.IGNORECASE)

OPTIONS: Dict[str, Tuple[re.Pattern, str, Dict[str, str]]] = {
    "good_life": (
        re.compile(r"\bplan(?:ning)? (?:for )?(?:a )?good life\b|\bgood life (?:plan|thing|bit)\b"),
        "Plan for a good life is some questions about your life, in your own words. They ask "
        "what matters to you, what is going well and what would help. You can skip any of "
        "them. The team can use your answers to plan help with you.",
        {"title": "Plan for a good life", "payload": "/start_self_assessment"}),
    "talk": (
        re.compile(r"\btalk about what is going on\b|\btalk about whats going on\b"),
        "Talk about what is going on means you tell me about your life in your own words. I "
        "listen, and I can find people and groups near you that could help.",
        {"title": "Talk about what is going on", "payload": "/listen_connect"}),
}


def option_asked(text: str) -> Optional[str]:
    """The menu option a question asks the meaning of ("good_life"), or None."""
    said = short_words(text, 40)
    if not said or not ASKS.search(said):
        return None
    return next((key for key, (names, _, _) in OPTIONS.items() if names.search(said)), None)


# At the notice before the plan (round 18, easy read: "wot is it tho" and "?? dont no" got
# "Please say yes or no" and the notice again, twice): what the plan is, then the question.
WHAT_IS_THIS = re.compile(
    r"^\W*(?:(?:so|but|and|ok|um+|er+m?)\s+)?(?:what|whats|what s)(?: is| s)? (?:it|this|that|the plan|"
    r"this plan|the questions|this thing)(?: (?:though|then|about|for|exactly|anyway|again))?\W*$|"
    r"^\W*(?:i )?(?:dont|do not) (?:know|understand|get it)(?: what (?:it|this|that) is)?\W*$")


def asks_what_the_plan_is(text: str) -> bool:
    """ "wot is it tho", "?? dont no", "what is this" at the notice before the plan."""
    return bool(WHAT_IS_THIS.search(short_words(text, 20)))


def explain_option(key: str) -> Tuple[str, List[Dict[str, str]]]:
    _, words, button = OPTIONS[key]
    return words, [button]


def all_texts() -> Dict[str, str]:
    return {f"our_options.{key}": words for key, (_, words, _) in OPTIONS.items()}
