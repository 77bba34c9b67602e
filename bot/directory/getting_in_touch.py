"""How to get in touch with a place picked from a list, for someone for whom the phone is hard.

Round seventeen: a young man with a learning disability liked Work Tasters ("ok i like that
one. i like shops", "the shop one wiv the coach. how do i go") and was heard as talk about
his life; "can sum1 help me ring the shop job one. im scared on fone" got Job Club's phone
number; "no the one wiv coach in shop. i carnt do fone calls" got Meals on Wheels. The place
is picked by its own words from the lists shown in the chat (``saved.place_meant``); the
reply says how to join it, puts the email first when phoning is hard, and offers a person
from the team to get in touch for them. Read the message through sounds_like.as_meant first.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List

from bot.directory.present import meanings

Card = Dict[str, Any]

# "i carnt do fone calls", "im scared on fone", "i dont like the phone", "no calls".
PHONE_IS_HARD = re.compile(
    r"\b(?:cant|can't|cannot|can not|dont|don't|do not|never|hate|struggle (?:with|on)|"
    r"bad (?:on|at|with))\s+(?:do |use |make |talk on |speak on |like |go on |doing |using |"
    r"making |talking on |the )?(?:the |a )?(?:phones?|phone ?calls?|calls|ringing|phoning)\b|"
    r"\b(?:scared|frightened|afraid|nervous|anxious|worried|panic\w*|shy)\s+(?:on|of|about|"
    r"with|using|to use|to (?:ring|call|phone))\s+(?:the |a )?(?:phones?|calls?|phone calls?|"
    r"ringing|phoning|them)\b|"
    r"\b(?:phones?|phone calls?|ringing people)\s+(?:is|are|scare|scares|make me|makes me)\s+"
    r"(?:hard|too hard|scary|scared|nervous|anxious|worried)\b|"
    r"\bno (?:phone )?calls\b|\bcant ring\b|\bcan't ring\b", re.IGNORECASE)
# "can someone help me ring the shop job one", "how do i go", "how do i join", "how do i
# start", "can you ring them for me".
HOW_TO_JOIN = re.compile(
    r"\bhow (?:do|can|would|could|does) (?:i|we|he|she|you) (?:go|get there|get in|join|start|"
    r"sign up|book|apply|get on it|do it|contact|get in touch)\b|"
    r"\b(?:help|helps) (?:me |us )?(?:to )?(?:ring|call|phone|contact|email|get in touch with|"
    r"join|sign up|book|go)\b|"
    r"\b(?:ring|call|phone|contact|email) (?:them|it|the \w+(?: \w+)? one) for me\b|"
    r"\bcome with me\b", re.IGNORECASE)
# "ok i like that one", "that one sounds good", "i want the shop one", "i like the coach one".
LIKES_IT = re.compile(
    r"\b(?:i|id|i d|i would)\s+(?:really |do )?(?:like|love|want|fancy|pick|choose|chose)\s+"
    r"(?:to (?:do|go to|try|join) )?(?:that|this|the)\b(?:\s+\w+){0,3}?\s+(?:one|1)\b|"
    r"\b(?:that|this|the \w+(?: \w+)?) (?:one|1) (?:sounds|looks|seems) (?:good|great|ok|okay|"
    r"nice|fun|right|best)\b", re.IGNORECASE)
# A place is pointed at, not a kind of help asked for.
POINTS = re.compile(r"\b(?:that|this) (?:one|1)\b|\bthe (?:\w+ ){1,3}(?:one|1)\b|"
                    r"\bthe (?:one|1) (?:with|wiv|wif|for|that|where|about|in|on|at)\b", re.I)

LIKED = "{name} sounds good."
ABOUT = "{about}"
EMAIL_NO_PHONE = "You do not have to phone. You can email them: {email}"
EMAIL_TOO = "You can phone them on {phone}, or email them: {email}"
PHONE_ONLY = "You can phone them on {phone}."
WEB_ONLY = "Their website is {url}"
NO_WAY_LISTED = "The list does not give a way to contact them."
NO_PHONE_NEEDED = ("You do not have to phone. Most places have an email, and a person from our "
                   "team can get in touch with them for you.")
PERSON_CAN_HELP = ("If you like, a person from our team can get in touch with them for you. "
                   "Tap Talk to a person.")


def asks_how_to_join(text: str) -> bool:
    """Words that pick a place and ask how to go, or say they like it, or that the phone is
    hard: "the shop one wiv the coach. how do i go", "i like that one"."""
    said = str(text or "")
    return bool(POINTS.search(said)) and bool(
        HOW_TO_JOIN.search(said) or LIKES_IT.search(said) or PHONE_IS_HARD.search(said))


def pointing_words(text: str) -> str:
    """The words that pick the place, without those about getting in touch ("can sum1 help
    me ring the shop job one. im scared on fone" is "the shop job one": never Phone Friends
    Befriending for the word "phone")."""
    return PHONE_IS_HARD.sub(" ", HOW_TO_JOIN.sub(" ", str(text or "")))


def phone_is_hard(text: str) -> bool:
    return bool(PHONE_IS_HARD.search(str(text or "")))


def lines(place: Card, text: str) -> List[str]:
    """What is said about the place picked: its name and what it does, how to get in touch
    (the email first, and no phone call asked for, when the phone is hard), and a person to
    make contact for them."""
    hard = phone_is_hard(text)
    name = place.get("name") or "That one"
    said = [LIKED.format(name=name) if LIKES_IT.search(str(text or "")) else f"{name}."]
    if place.get("about"):
        # (their own words, with any care word in them explained: "job coach")
        about = str(place["about"]).strip()
        said.append("\n".join([ABOUT.format(about=about)] + meanings(about)))
    phone, email, url = place.get("phone"), place.get("email"), place.get("url")
    if email and (hard or not phone):
        said.append(EMAIL_NO_PHONE.format(email=email))
    elif email:
        said.append(EMAIL_TOO.format(phone=phone, email=email))
    elif url and hard:
        said.append(WEB_ONLY.format(url=url))
    elif phone:
        said.append(PHONE_ONLY.format(phone=phone))
    elif url:
        said.append(WEB_ONLY.format(url=url))
    else:
        said.append(NO_WAY_LISTED)
    said.append(PERSON_CAN_HELP)
    return said


def all_texts() -> Dict[str, str]:
    place = {"name": "Work Tasters", "about": "Try a few weeks of work in a shop, cafe or "
             "garden, with a job coach beside you.", "phone": "0113 496 0187",
             "email": "work-tasters@example.org", "url": "https://example.org/demo/work"}
    return {
        "directory.getting_in_touch/phone_hard": "\n".join(lines(place, "i cant do phone calls")),
        "directory.getting_in_touch/both": "\n".join(lines(place, "how do i go")),
        "directory.getting_in_touch/phone_only": PHONE_ONLY.format(phone="0113 496 0187"),
        "directory.getting_in_touch/web_only": WEB_ONLY.format(url=place["url"]),
        "directory.getting_in_touch/none": NO_WAY_LISTED,
        "directory.getting_in_touch/no_phone_needed": NO_PHONE_NEEDED,
    }
