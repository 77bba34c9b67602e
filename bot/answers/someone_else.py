"""A call to someone else: "ring my mum not me, she is Jackie 07700 900 563", "can you call
my daughter instead, her name is Sue", "will they ring mum? not me".

Some people do not like the phone, or cannot talk on it, and ask for the call to go to
someone they trust. Staff must see whose number it is and that the person themselves is not
to be rung ("call Jackie (mum), not the person"). Pure functions: the actions give them what
was typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from bot.answers.text import words_only

RELATIONS = (r"mum|mam|mom|mummy|mother|dad|father|daddy|son|daughter|sister|brother|husband|"
             r"wife|partner|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandson|"
             r"granddaughter|aunt|auntie|aunty|uncle|niece|nephew|cousin|friend|best friend|"
             r"neighbour|neighbor|carer|support worker|key worker|social worker|boyfriend|"
             r"girlfriend|fiance|fiancee|stepmum|stepdad|foster carer")
_REL = rf"(?:my |our |me )?(?P<rel>{RELATIONS})\b"
_CALL = r"(?:ring|rings|ringing|call|calls|calling|phone|phones|phoning|fone|contact|speak to|talk to)"
# "ring my mum", "call my daughter", "speak to my son instead"
CALL_THEM = re.compile(rf"\b{_CALL}\s+{_REL}")
# "my mum can take the call", "my son will do the phone bit", "can my mum do it"
# "my mum fone 07700 900563", "my sons number is ...": the number given is theirs.
THEIR_NUMBER = re.compile(rf"\b(?:my |our |me )(?P<rel>{RELATIONS})s? (?:fone|phone|number|mobile|"
                          r"mob|landline|tel)\b")
THEY_TAKE_IT = re.compile(
    rf"\b(?:my |our )?(?P<rel>{RELATIONS})\s+(?:can|could|will|would|should)\s+(?:take|do|have|"
    rf"answer)\s+(?:the )?(?:call|calls|phone|talking|phone call|ringing)\b|"
    # "my sister can take a message", "my neighbour bev can pass messages" (round 18)
    rf"\b(?:my |our )(?P<rel3>{RELATIONS})(?: [a-z][a-z'-]{{1,20}})?\s+(?:can|could|will|would)\s+"
    r"(?:take|pass|pass on|get|give (?:me|us))\s+(?:a |the |any )?(?:messages?|it on|them on)\b|"
    rf"\b(?:can|could) (?:my |our )(?P<rel2>{RELATIONS}) (?:do it|do the talking|talk to you|"
    rf"speak to you|take the call)\b")
# "You could ring Jean next door, 0113 496 0777": a named person near them (round nine:
# the neighbour's number was saved as the person's own).
NAMED_NEARBY = re.compile(
    rf"\b{_CALL}\s+(?P<name>[a-z][a-z'-]{{1,20}})\s+(?:(?:who lives |from |at )?(?P<where>next door|"
    r"over the road|across the road|downstairs|upstairs|down the road)|(?:my |our )?(?P<rel>"
    r"neighbour|neighbor|friend|best friend))\b")
# "her number is 0113 496 0777", "joans mobile 07700 900563", "not my number": the number
# typed after the ask is theirs, not the person's own.
THEIR_NUMBER_SAID = re.compile(r"\b(?:her|his|their|[a-z]+s|[a-z]+ s) (?:number|phone|mobile|"
                               r"landline|no|tel)\b|\bnot (?:my|mine)\b")
NOT_ME = re.compile(r"\b(?:not me|not to me|instead of me|rather than me|instead|dont ring me|"
                    r"do not ring me|dont call me|do not call me|dont phone me|do not phone me|"
                    r"not ring me|not call me)\b")
# A request, not a story about their week ("i ring my mum every sunday").
REQUEST = re.compile(
    r"^(?:(?:pls|plz|please|can|could|will|would|can you|could you|will you|would you)\s+)?"
    rf"{_CALL}\b|\b(?:please|pls|plz)\b|\b(?:can|could|will|would|want|wanted|need|like)\b"
    r"(?:\s+\S+){0,4}?\s+" + _CALL + r"\b|\bnot me\b|\binstead\b|\?|\byes or no\b")
EVERYDAY = re.compile(rf"\b(?:i|we|he|she|they) (?:always |usually |often |sometimes )?{_CALL}\s+"
                      rf"(?:my |our )?(?:{RELATIONS})\b(?:\s+\S+){{0,3}}\s+(?:every|each|most|"
                      r"on|at the weekend|last|yesterday|when)\b")
# "she is Jackie", "her name jackie", "his name's Ron", "called Jackie"
NAME_SAID = re.compile(
    r"\b(?:she is called|shes called|he is called|hes called|she is|shes|her name is|her names|her name s|her name|his name is|his names|"
    r"his name s|his name|he is|hes|he s|called|named|name is|name s)\s+(?P<name>[a-z][a-z'-]{1,20})\b")
NOT_NAMES = {"not", "at", "in", "on", "out", "home", "here", "there", "fine", "ok", "okay",
             "my", "the", "a", "an", "very", "so", "really", "good", "working", "at work",
             "busy", "deaf", "ill", "poorly", "off", "away", "always", "usually", "better",
             "happy", "able", "going", "gonna", "on", "back", "free", "about", "in", "just",
             "still", "is", "was", "will", "can", "cant", "has", "had", "does", "doesnt",
             "wurks", "works", "called", "named", "mum", "dad", "me", "you", "her", "him", "and",
             "but", "after", "before", "till", "until", "from", "sure", "fone", "phone"}
NAME_AFTER = re.compile(rf"\b(?:my |our )?(?:{RELATIONS}) (?P<name>[A-Z][a-z'-]{{1,20}})\b")
CASUAL = {"mam": "mum", "mom": "mum", "mummy": "mum", "daddy": "dad", "nanna": "nan",
          "aunty": "auntie", "neighbor": "neighbour"}


# A go-between named without a relation word: "please can they ring maureen not me",
# "maureen can pass a message", "or through maureen 07700 900462" (round 18: refused as out
# of scope, then her number saved as the person's own).
NAMED_GO_BETWEEN = re.compile(
    rf"\b{_CALL}\s+(?P<name>[a-z][a-z'-]{{1,20}})\s+(?:not me|instead|rather than me|not to ring me)\b|"
    r"\b(?P<name2>[a-z][a-z'-]{1,20})\s+(?:can|could|will|would)\s+(?:take|pass|pass on|get)\s+"
    r"(?:a |the |any )?(?:messages?|it on|them on)\b|"
    r"\b(?:can|could|will|would)\s+(?P<name4>[a-z][a-z'-]{1,20})\s+(?:take|pass|pass on|get)\s+"
    r"(?:a |the |any )?(?:messages?|it on|them on)\b|"
    # "the number 07700 900462 is maureen", "that number is maureens not mine"
    r"\bnumber(?: [\d ]{6,16})? is (?P<name5>[a-z][a-z'-]{1,20}?)(?:s|'s)?\b(?! own)|"
    # "through maureen 07700 900462": the name right before the number ("go through dad's
    # letter, … 07700 900127" is a letter to talk over, not a go-between)
    r"\b(?<!go )(?<!going )(?<!read )(?:through|thru|via)\s+(?P<name3>[a-z][a-z-]{1,20})"
    r"(?!'s)\b\s*[,:-]?\s*(?:on |at )?(?=\+?\d[\d ]{4})")
NOT_A_GO_BETWEEN = {"they", "them", "you", "u", "we", "she", "he", "it", "someone", "somebody",
                    "anyone", "anybody", "the", "a", "an", "this", "that", "email", "text",
                    "texts", "message", "messages", "phone", "post", "letter", "here", "back",
                    "later", "tomorrow", "today", "now", "again", "council", "team", "office",
                    "surgery", "doctors", "gp", "church", "chapel", "work", "home", "my", "mine",
                    "not", "wrong", "right", "correct", "fine", "ok", "okay", "for", "in", "on"}


def _named_go_between(plain: str) -> Optional[str]:
    for found in NAMED_GO_BETWEEN.finditer(plain):
        name = next(n for n in found.groupdict().values() if n)
        if name not in NOT_NAMES and name not in NOT_A_GO_BETWEEN and \
                name not in RELATIONS.split("|"):
            return name.capitalize()
    return None


@dataclass
class OtherPerson:
    """Who the team should ring instead of the person."""

    relation: str
    name: Optional[str] = None
    # Their number, when it was given with the ask ("Her number is 0113 496 0777"): the
    # only safe way to reach the person, so staff must see it (round fourteen: dropped).
    phone: Optional[str] = None

    def staff_line(self) -> str:
        """ "Contact: call Jackie (mum), not the person." """
        who = f"{self.name} ({self.relation})" if self.name else f"their {self.relation}"
        if not self.relation:
            who = self.name or "the person they named"
        if self.phone:
            return (f"Contact: call {who} on {self.phone}, not the person. It is not the "
                    "person's own number.")
        return f"Contact: call {who}, not the person."

    def said_back(self, phone: Optional[str]) -> str:
        """ "I will ask them to ring your mum, Jackie, on 07700 900563, not you." """
        who = f"your {self.relation}, {self.name}" if self.name else f"your {self.relation}"
        if not self.relation:
            who = self.name or "the person you named"
        if phone and not self.relation:
            return f"I will ask them to ring {who} on {phone}, not you."
        if phone:
            who = f"{who}, on {phone}" if self.name else f"{who} on {phone}"
        return f"I will ask them to ring {who}, not you."


# "my friend joan next door", "our neighbour pat over the road": a name in lower case is
# still a name when a place beside them follows.
NAME_NEARBY = re.compile(rf"\b(?:my |our )?(?:{RELATIONS}) (?P<name>[a-z][a-z'-]{{1,20}}) "
                         r"(?:next door|over the road|across the road|downstairs|upstairs|"
                         r"down the road|at number)\b")


def _name_in(text: str) -> Optional[str]:
    for match in NAME_AFTER.finditer(text):
        name = match.group("name")
        if name.lower() not in NOT_NAMES:
            return name
    for match in NAME_NEARBY.finditer(words_only(text)):
        name = match.group("name")
        if name not in NOT_NAMES and name not in RELATIONS.split("|"):
            return name.capitalize()
    for match in NAME_SAID.finditer(words_only(text)):
        name = match.group("name")
        if name not in NOT_NAMES:
            return name.capitalize()
    return None


def asks_to_call_someone_else(text: str) -> Optional[OtherPerson]:
    """The person the call should go to, when this message asks for that; else None."""
    if not text or text.startswith("/"):
        return None
    plain = words_only(text)
    found = CALL_THEM.search(plain) or THEY_TAKE_IT.search(plain)
    if found is None and THEIR_NUMBER.search(plain) and NOT_ME.search(plain):
        found = THEIR_NUMBER.search(plain)
    if found is None and not NAMED_NEARBY.search(plain):
        name = _named_go_between(plain)
        if name:
            return OtherPerson("", name, _phone_in(text))
    near = NAMED_NEARBY.search(plain) if found is None else None
    if near and near.group("name") not in NOT_NAMES and near.group("name") not in RELATIONS.split("|"):
        if not (REQUEST.search(plain) or "?" in text):
            return None
        return OtherPerson(CASUAL.get(near.group("rel") or "neighbour", near.group("rel") or "neighbour"),
                           near.group("name").capitalize(), _phone_in(text))
    if not found:
        return None
    if re.search(r"\b(?:speak|talk) to\b", found.group(0)) and not NOT_ME.search(plain):
        return None   # "talk to my friend about it": advice, not a call
    if EVERYDAY.search(plain) and not NOT_ME.search(plain):
        return None
    if not (REQUEST.search(plain) or "?" in text or THEY_TAKE_IT.search(plain)):
        return None
    groups = found.groupdict()
    relation = groups.get("rel") or groups.get("rel2") or groups.get("rel3")
    relation = CASUAL.get(relation, relation)
    return OtherPerson(relation, _name_in(text), _phone_in(text))


def _phone_in(text: str) -> Optional[str]:
    """The number given with the ask, read as the contact step reads numbers."""
    from bot.answers.contact import parse_contact   # (contact.py is the larger module)
    return parse_contact(text).phone


def someone_else_in(messages: Iterable[str]) -> Optional[OtherPerson]:
    """The latest ask to ring someone else in a conversation, with a name said with it or
    just after it ("her name jackie")."""
    person: Optional[OtherPerson] = None
    for text in messages:
        if not text or text.startswith("/"):
            continue
        asked = asks_to_call_someone_else(text)
        if asked:
            if person and person.relation == asked.relation:
                asked.name = asked.name or person.name
                asked.phone = asked.phone or person.phone
            person = asked
        elif person:
            # "her name jackie", "its 0113 496 0777": said just after the ask.
            person.name = person.name or _name_in(text)
            if not person.phone and THEIR_NUMBER_SAID.search(words_only(text)):
                person.phone = _phone_in(text)
    return person


def all_texts():
    """Lines said to the person and read by staff (bot/bot_words.py)."""
    jackie = OtherPerson("mum", "Jackie")
    return {
        "someone_else.staff": jackie.staff_line(),
        "someone_else.staff[no name]": OtherPerson("son").staff_line(),
        "someone_else.said_back": jackie.said_back("07700 900563"),
        "someone_else.said_back[no name]": OtherPerson("daughter").said_back("07700 900563"),
        "someone_else.said_back[no phone]": jackie.said_back(None),
        "someone_else.staff[phone]": OtherPerson("friend", "Joan",
                                                 phone="0113 496 0777").staff_line(),
        "someone_else.said_back[name only]": OtherPerson("", "Maureen").said_back("07700 900462"),
        "someone_else.staff[name only]": OtherPerson("", "Maureen",
                                                     phone="07700 900462").staff_line(),
    }
