"""Contact details behind every promise of a call: number, email, best time, what is safe.

A call back is only promised once there is a way to reach the person, and a call must not
put anyone at risk: "please don't ring me, he might pick up" has to reach the adviser as
"do not call". Numbers are checked with the phonenumbers library (its data ships with it,
so this works offline) and emails with email-validator, without looking anything up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import PhoneNumberType

from bot.answers.callback_talk import (HEARING, HEARING_FINE, SECRET, hard_of_hearing,
                                       hearing_taken_back)
from bot.answers.text import clean, words_only

UK_CODE = 44
# Numbers Ofcom keeps for TV, books and tests: not "valid" to phonenumbers, but used in our
# examples and by testers, so they are read as numbers rather than turned away.
DRAMA_NUMBERS = re.compile(r"^(?:7700900\d{3}|1632960\d{3}|20794600\d{2}|20794606\d{2}|"
                           r"11[3-8]4960\d{3}|1[2-9]14960\d{3}|28964960\d{2}|3069990\d{3}|"
                           r"8081570\d{3}|9098790\d{3})$")
NOT_A_PERSON = (PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST)

PHONE_LIKE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ()\-.]{7,22}\d(?!\w)")
EMAIL_LIKE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

TIME_WORDS = (
    r"any ?time|whenever|all day|any day|"
    r"(?:week ?days?|week ?ends?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?)|"
    r"(?:early |late |in the |this |tomorrow |on |my )?(?:mornings?|afternoons?|evenings?|lunch ?times?|"
    r"lunch ?breaks?|"
    r"tea ?times?|nights?|daytime)|today|tomorrow|school hours|after school|after work|"
    r"(?:not )?(?:after|before|from|around|about|by|until|till|til|at|between|past)\s+"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|o'?clock)?|noon|midday|lunch|dinner|tea)"
    r"(?:\s*(?:and|to|-|till|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?|"
    # a bare range, "lunchtimes 12.30-1", "10 till 12" (round ten: "12.30-1" was dropped)
    r"(?<![\d.:])\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:-|to|till|til|until)\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?![\d:]|\.\d)"
)
TIME = re.compile(r"\b(?:" + TIME_WORDS + r")(?![\w:])", re.IGNORECASE)
WHILE_AWAY = re.compile(r"\bwhen (?:he|she|they|my \w+)(?:'s| is| are|s|'re)? "
                        r"(?:out|at work|not (?:in|home|here|around|about)|away|asleep|gone|"
                        r"at the pub|at the shops|napping|sleeping|resting|in bed)\b|"
                        r"\bwhen (?:he|she|they|my \w+) (?:has|have|is having|goes for) "
                        r"(?:his|her|their|a) (?:nap|sleep|rest|lie down)\b", re.IGNORECASE)

NO_CALLS = re.compile(
    r"\b(?:(?:please )?(?:don'?t|do not|dont|never|no)\s+(?:ring|call|phone|calls|ringing|calling|"
    r"phoning)(?!(?:\s+(?:me|us))?\s+(?:before|after|until|till|between|on (?:a )?\w+days?|on (?:a )?(?:mon|tues|wednes|thurs|fri|satur|sun)|(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day|days)?\b|at(?!\s+(?:home|the house|the flat|all))|in the|during|"
    r"mornings?|evenings?|afternoons?|weekends?|early|late|after)\b)|"
    r"not safe to (?:call|ring|phone|talk)|(?:can'?t|cannot|can not) (?:talk|speak) on the phone|"
    # "you can't ring me", "they mustnt phone" (never "they cant ring before 10": a time)
    r"(?:you|u|they|the team) (?:can'?t|cannot|can not|cant|mustn'?t|must not|mustnt|shouldn'?t)"
    r" (?:ring|call|phone)(?: me| us)?(?!\s+(?:before|after|until|till|between|on|at|in the|"
    r"during|when|while|from|in|mornings?|evenings?|afternoons?)\b)|"
    # "I can't have a call", "i cant do phone calls" (round seventeen)
    r"(?:can'?t|cannot|can not|cant) (?:have|do) (?:a |any )?(?:phone ?)?calls?|"
    r"(?:he|she|they|my \w+) (?:might|may|will|could|would|can) (?:pick up|answer|hear|listen)|"
    # "i cant have anyone phoning the house, he answers it" (round 18)
    r"(?:can'?t|cannot|can not|cant) have (?:anyone|anybody|people|you|them|the team|the council)"
    r" (?:phoning|ringing|calling)|(?:he|she|they|my \w+) (?:always )?answers (?:it|the phone)|"
    r"(?:he|she|they) (?:checks?|goes through|reads|looks at) my phone|"
    r"(?:only|just) (?:by )?(?:text|email|e-mail|message|sms)|(?:text|email|sms)s? only|"
    # "text or email, not a call", "no phone calls please"
    r"(?:not (?:a |by |on the |the |by the |over the )?(?:phone ?)?(?:calls?|phone|fone|ringing)(?! back)|no (?:phone )?calls)"
    r"(?!\s+(?:after|before|until|till|on|at|in|during|between|from)\b))\b",
    re.IGNORECASE)
# "Please don't ring when Carol is here", "dont call while hes home", "never phone me when the
# carer's in": WHEN to ring (a time ruled out), never "do not call" (round seventeen: a house
# phone, his only way in, was saved as "Do not call").
NOT_WHILE = re.compile(
    r"\b(?:please |pls )?(?:don'?t|do not|dont|never|not)\s+(?:ring|call|phone|fone)(?:\s+(?:me|us))?"
    r"(?:\s+(?:at home|on (?:it|that|this|the (?:house|home) ?phone|the landline)))?\s+"
    r"(?P<how>when|wen|while|whilst)\s+(?P<when>(?:[^.,;!?\s]+\s*){1,7})", re.IGNORECASE)
# Filler after the time ruled out: "when Carol is here please", "when hes in thanks".
NOT_WHILE_TAIL = re.compile(r"(?:\s+(?:please|pls|thanks|thank you|ta|ok|okay|love|as|because|"
                            r"cos|coz|she|he|they|it|its|it's|and|but|so)\b.*)$", re.IGNORECASE)


def times_not_while(text: str) -> List[str]:
    """ "not when Carol is here" for each "don't ring when Carol is here" in the message."""
    out = []
    for found in NOT_WHILE.finditer(text):
        when = NOT_WHILE_TAIL.sub("", found.group("when").strip()).strip()
        if when:
            how = found.group("how").lower().replace("wen", "when")
            out.append(f"not {how} {when}")
    return out


SAFE_CALLS = re.compile(
    r"\b(?:(?:it'?s|it is|its) (?:safe|fine|ok|okay) to (?:call|ring|phone)|safe to (?:call|ring|phone)|"
    r"(?:you can|feel free to|fine to|ok to|okay to) (?:call|ring|phone)|happy (?:for you )?to be called|"
    r"(?:call|ring|phone) me (?:any ?time|whenever)|"
    # "They can ring, just not 8 till 9 or 5 till 6" (round seventeen)
    r"(?<!not )(?:they|the team|someone|somebody|u) (?:can|may|could) (?:ring|call|phone)(?: me| us)?"
    r"(?=\s*(?:[,.;!]|$|just|but|only|any|except|not|after|before|between|from|in the|on)\b|\s*[,.;!]|\s*$)|"
    # the choices typed out: "call and leave a message", "ring but no voicemail"
    r"^\W*(?:just |yes |yeah |ok |please )*(?:call|ring|phone)(?: me)?,? (?:and|but|then))\b",
    re.IGNORECASE)
TEXT_ONLY = re.compile(
    r"\b(?:(?:only|just) (?:by )?(?:text|sms|texts|message me)|texts? only|sms only|text me|"
    # "txt me rather than ring", "message me instead of phoning" (round fifteen)
    r"txt me|(?:instead of|rather than) (?:a |the )?(?:ring|call|phon)\w*|"
    r"(?:prefer|rather) (?:a )?text|texting is (?:best|better)|by text|"
    r"(?:text|txt|sms) or e-?mail|e-?mail or (?:text|txt|sms)|by e-?mail|"
    r"e-?mail (?:is (?:best|better|easier)|instead)|e-?mail (?:me |us )?(?:instead|only)|"
    r"(?:only|just) (?:by )?e-?mail)\b", re.IGNORECASE)
NO_TEXTS = re.compile(r"\b(?:don'?t|do not|dont|no) (?:text|texts|sms)(?! only)\b",
                      re.IGNORECASE)
# How to reach them, said in the middle of something else: "can u text me instead of ring",
# "cant take calls at work". Never a person, a need or an area of their life (round
# fifteen: "Instead of ring" was said back as a helper, and "work" filed as dad's need).
CONTACT_WAY = re.compile(
    r"\b(?:(?:text|txt|ring|call|phone|e-?mail|message|contact) (?:me|us)\b|"
    r"instead of (?:a |the )?(?:ring|call|phone|text|e-?mail)\w*|"
    r"(?:take|taking|get|getting|answer|answering) (?:any |phone |personal )?calls\b)",
    re.IGNORECASE)
CLAUSE_END = re.compile(r"[.,;!?\n]+")


def about_contact(text: str) -> bool:
    """ "text me instead of ring", "no calls please", "cant take calls at work": words
    about how to reach them."""
    said = str(text or "")
    return bool(CONTACT_WAY.search(said) or TEXT_ONLY.search(said) or NO_CALLS.search(said))


def without_contact_clauses(text: str) -> str:
    """The message with its parts about how to reach them left out, for the readers that
    look for people, feelings and needs: "yes the gas. can u text me instead of ring, cant
    take calls at work" -> "yes the gas"."""
    parts = [p for p in CLAUSE_END.split(str(text or "")) if p.strip()]
    kept = [p.strip() for p in parts if not about_contact(p)]
    return ". ".join(kept) if len(kept) < len(parts) else str(text or "")


# Words the adviser must see as typed, because they say who may be listening.
RISK = re.compile(
    r"\b(?:he|she|they|my (?:son|husband|partner|wife|daughter|boyfriend|girlfriend|carer))"
    r"(?: (?:might|may|will|could|would|can|often|always|sometimes))? "
    r"(?:pick(?:s)? up|answers?|hears?|listens?|checks? my (?:phone|texts|messages|emails?)|"
    r"reads? my (?:texts|messages|emails?)|goes through my (?:phone|texts|messages)|"
    r"has my phone|takes my phone)\b|"
    r"\b(?:when|while) (?:he|she|they|my \w+)(?:'s| is|s| are|'re)? (?:home|in|around|about|back|"
    r"here|there|with me)\b", re.IGNORECASE)
NO_MESSAGE = re.compile(
    r"\b(?:(?:don'?t|do not|dont|never|no|not) (?:leave |leaving )?(?:a |any )?(?:messages?|voicemails?|"
    r"voice ?mail|answerphone|answer ?phone)|no (?:messages?|voicemails?)|"
    r"(?:don'?t|do not|dont) leave (?:a |any )?(?:message|voicemail|msg)s?)\b", re.IGNORECASE)
OK_MESSAGE = re.compile(
    r"\b(?:(?:you can|fine to|ok to|okay to|feel free to|happy for you to|please) leave (?:a )?"
    r"(?:message|voicemail)|(?:voicemail|messages?|answerphone) (?:is|are) (?:fine|ok|okay)|"
    r"(?:call|ring|phone)(?: me)?,? (?:and|then) (?:you can )?leave (?:a |me a )?(?:message|"
    r"voicemail|voice ?mail|msg)|^\W*(?:just |please )?leave (?:a |me a )?(?:message|voicemail))\b",
    re.IGNORECASE)
NO_COUNCIL = re.compile(
    r"\b(?:(?:don'?t|do not|dont|never|not) (?:say|mention|tell (?:him|her|them|anyone))"
    r"(?: (?:its|it'?s|it is|you'?re|you are|youre|where you'?re|that you'?re))?"
    r"(?: (?:from|calling from|ringing from))? (?:the |social )?(?:council|social services|"
    r"social care|who you are|where you'?re (?:from|calling from))|"
    r"(?:say|pretend) (?:you'?re|you are|its|it'?s) (?:a friend|the doctors?|a friend of mine))\b",
    re.IGNORECASE)
OK_COUNCIL = re.compile(
    r"\b(?:(?:you can|fine to|ok to|okay to) (?:say|mention) (?:it'?s |its |you'?re )?(?:from )?"
    r"the council)\b", re.IGNORECASE)

# A letter: "write to me at 14 Larch Grove, Leeds LS8 3PQ", "send a letter, plain envelope".
# The address is the words from a house number (or "flat 2") up to the postcode.
POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
ADDRESS = re.compile(
    r"(?<![\w-])(?:(?:flat|apartment|apt|unit|room)\s+\d+[a-z]?\W{0,2}\s*)?\d{1,4}[a-z]?\b"
    r"(?![\d ]*(?:am|pm|o'?clock|years?|mins?|minutes?|hours?|days?|weeks?)\b)"
    r"[\w' .,/-]{4,80}?\b" + POSTCODE + r"\b", re.IGNORECASE)
STREET = re.compile(
    r"\b(?:road|rd|street|st|avenue|ave|grove|lane|ln|close|drive|dr|way|court|ct|crescent|"
    r"cres|place|pl|terrace|gardens|gdns|walk|view|hill|rise|mews|square|sq|row|green|park|"
    r"house|flats|estate|parade|vale|mount|croft|fold|garth|bank|gate|side|wood|fields?|"
    r"cottages?|villas|lodge|farm|heights|approach|chase|meadows?|top|end|bottom)\b",
    re.IGNORECASE)
# Only a letter asked for as the way to reach them: "its about dads letter, ring me after 2"
# or "I've had a letter from the council" are about a letter, not a wish for one (round 11).
BY_LETTER = re.compile(
    r"\b(?:(?:send|post|write)(?: me| us| her| him| them| it)?(?: in)? (?:a |the )?letters?|"
    r"(?:by|in a|through a|with a) letter|letters? (?:please|pls|instead|is (?:best|better|fine|"
    r"ok|easier)|would be (?:better|best|fine|easier)|are (?:better|best|fine|easier))|"
    r"(?:prefer|rather(?: have)?|want|like|need|can i have|can i get|could i have|could i get) "
    r"(?:a |it in a |it by )?letters?\b(?! (?:from|about|you|they|the council) )|"
    r"^\W*(?:a )?letters?\W*$|"
    r"write to (?:me|us|her|him|them)|by post|in the post|post (?:it|"
    r"something|them|me)|send (?:me |it |something )?(?:by post|in the post)|"
    r"written (?:down|to me))\b", re.IGNORECASE)
PLAIN_ENVELOPE = re.compile(
    r"\bplain (?:brown |white )?envelopes?\b|\bwithout (?:the |your )?(?:council'?s? |councils )?"
    r"(?:name|logo|stamp|crest)\b|\bno (?:council )?(?:name|logo|stamp)s? on (?:it|the (?:front|"
    r"envelope))\b|\b(?:don'?t|do not|dont) (?:put|print|show) (?:the )?council(?:'?s name)? on\b",
    re.IGNORECASE)


# A safe way in that is not a phone, an email or a letter: a place and time to meet ("could
# they meet me at the library on Tuesday"), or someone to go through ("through my GP", "ask
# my friend Jan", "via my support worker"). Kept in the person's own words (round seventeen:
# "I could not find a phone number or email in that", and the question asked again).
_GO_BETWEEN = (r"(?:my|the|our) (?:gp|doctors?|surgery|friend|pal|mate|neighbou?r|support worker|"
               r"social worker|key ?worker|daughter|son|sister|brother|niece|nephew|grandson|"
               r"granddaughter|church|vicar|priest|pharmacist|chemist|library)")
ROUTE = re.compile(
    r"\b(?:(?:meet|see|visit|find|catch) (?:me|us)\b(?:\s+[^\s.?!]+){0,3}?\s+(?:at|in|outside|by|"
    r"near|down|after|before|on)\b|"
    r"(?:come|pop) (?:and |to )?(?:see|meet) (?:me|us) (?:at|in|outside|by|near)\b|"
    r"(?:through|thru|via|go through|ask|leave (?:a )?(?:message|note|letter) (?:with|at)|"
    r"pass (?:it|a message|a note|a letter) (?:on )?(?:to|through|via)|"
    r"(?:reach|contact|find|get hold of|get to) (?:me|us) (?:through|thru|via|at)) " + _GO_BETWEEN +
    r"(?:\s+[A-Z][a-z]+)?\b)", re.IGNORECASE)


# Said as a request: a question or a wish ("could they", "you can", "please", "instead"),
# or the clause starts with it ("meet me at the library"); never "he is going to see me at
# christmas" or "I'll ask my daughter".
ROUTE_ASKED = re.compile(r"\b(?:could|can|would|will|cud|coud|might|should|may|please|pls|"
                         r"plz|rather|better|best|instead|only|just)\b", re.IGNORECASE)


def _asked_route(said: str) -> Optional["re.Match[str]"]:
    for found in ROUTE.finditer(said):
        before = re.split(r"[.?!,;:\n]", said[:found.start()])[-1]
        if not before.strip() or ROUTE_ASKED.search(before):
            return found
    return None


def route_in(text: str) -> Optional[str]:
    """The person's own words for a safe way in that is not a number, an email or a
    letter ("Could they meet me at the library on Tuesday morning instead? It's the one
    on Chapel Road."), or None. Only a request counts: "I meet my friend at the library"
    is their week, not a way in."""
    said = clean(text)
    if not _asked_route(said):
        return None
    sentences = [p.strip() for p in re.split(r"(?<=[.?!])\s+", said) if p.strip()]
    first = next(i for i, p in enumerate(sentences) if _asked_route(p))
    # the sentence with the way in, and the one after when it says more about the place
    kept = sentences[first:first + 2] if first + 1 < len(sentences) and re.search(
        r"\b(?:it'?s|its|it is|the one|on|opposite|next to|near|by)\b",
        sentences[first + 1], re.IGNORECASE) else sentences[first:first + 1]
    return " ".join(kept)[:240]


# Words between two numbers that put the first one right: "oh no hang on, its", "sorry I
# mean", "actually", "no wait". Two numbers with none of these ("mobile X or landline Y")
# keep the first.
PUT_RIGHT = re.compile(
    r"\b(?:hang on|hold on|wait|sorry|i mean|i meant|actually|correction|scratch that|"
    r"not that|wrong|mixed up|oops|no no|oh no|no it'?s|no its|typo|should be|should say|"
    r"i got (?:it|that) wrong)\b", re.IGNORECASE)

# A time said as ruled out: "im at work tomorrow 9 till 1 so not then", "i cant do mornings",
# "any time except 12 till 2", "thursday afternoon is no good". Before the time, or after it.
RULED_OUT_BEFORE = re.compile(
    # "forget wednesday and friday", "dont ring me wednesday or friday" (round 13)
    r"(?:\b(?:forget(?: about)?|(?:don'?t|do not|dont|never|not|no|can'?t|cant|cannot|mustn'?t|"
    r"mustnt) (?:ring|call|phone|ringing|"
    r"calling|calls)(?: me| us)?|"
    r"not|except|excluding|apart from|other than|never|but not|cant do|can'?t do|cannot "
    r"do|can not do|cant make|can'?t make|no good|not free|busy|at work|working|work|"
    r"at college|at school|at the hospital|in hospital|not in|not home|not around|not "
    r"available|unavailable)(?: (?:on|at|from|during|in the|for|all|the))?(?: an?)?)\s*$",
    re.IGNORECASE)
RULED_OUT_AFTER = re.compile(
    r"^\s*(?:(?:is|are|'s|s)\s+)?(?:no good|not good|not great|bad|out|busy|a no|no go|"
    r"wont work|won'?t work|doesnt work|doesn'?t work|dont work|don'?t work|not possible|"
    r"impossible|difficult|hard|is out)\b|"
    r"^[^.?!\d]{0,40}?\b(?:so )?(?:not then|not (?:at )?that time|not those times|"
    r"any ?time but(?: then| that)?|any other time|(?:thats|that is|that's) when i(?:m| am)"
    r" (?:at work|working|out|busy|away))\b", re.IGNORECASE)


@dataclass
class Contact:
    """What the adviser needs to reach the person safely. None means "not said"."""

    phone: Optional[str] = None
    email: Optional[str] = None
    best_time: Optional[str] = None
    safe_to_call: Optional[bool] = None
    ok_to_leave_message: Optional[bool] = None
    ok_to_say_council: Optional[bool] = None
    text_only: Optional[bool] = None
    # Digits that look like a phone number but are not a working UK (or other) number.
    invalid_phone: Optional[str] = None
    # Who may be listening, as typed ("he might pick up"), for the adviser to see.
    notes: List[str] = field(default_factory=list)
    # A postal address for a letter, as typed, and "in a plain envelope, please".
    address: Optional[str] = None
    by_letter: Optional[bool] = None
    plain_envelope: Optional[bool] = None
    # A safe way in that is not a number, an email or an address, in their words.
    route: Optional[str] = None
    # Every time said rules one out ("don't ring when Carol is here"): a good time is
    # still to be asked.
    only_ruled_out: bool = False

    @property
    def is_reachable(self) -> bool:
        """True when there is a phone number, email or postal address to use."""
        return bool(self.phone or self.email or self.address)


def _national_digits(number: phonenumbers.PhoneNumber) -> str:
    return str(number.national_number)


def parse_phone(candidate: str) -> Optional[str]:
    """A UK number in national format ("07700 900456"), another country's in international
    format ("+48 512 345 678"), or None if it is not a number people can be called on."""
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code == UK_CODE:
        is_test_number = bool(DRAMA_NUMBERS.match(_national_digits(number)))
        if not (phonenumbers.is_valid_number(number) or is_test_number):
            return None
        if phonenumbers.number_type(number) in NOT_A_PERSON:
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if phonenumbers.is_valid_number(number) and candidate.strip().startswith(("+", "00")):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return None


def parse_email(candidate: str) -> Optional[str]:
    """The address, tidied, if it is well formed; nothing is looked up."""
    try:
        return validate_email(candidate, check_deliverability=False).normalized
    except (EmailNotValidError, ValueError, UnicodeError):
        return None


def _time_parts(text: str) -> List[str]:
    """The times said, each as typed; times said together ("tomorrow 9 till 1", "thursday
    afternoon") are one part, marked "not ..." when the words around it rule it out, so the
    call is never booked in the hours they cannot take one."""
    groups: List[List["re.Match[str]"]] = []
    for found in TIME.finditer(text):
        # "wednesday or friday", "wednesday and friday": one part, ruled out together
        if groups and re.fullmatch(r"\s*(?:on|at|in the|(?:and|or|&|nor)(?: on)?)?\s*",
                                   text[groups[-1][-1].end():found.start()]):
            groups[-1].append(found)
        else:
            groups.append([found])
    parts = []
    for group in groups:
        joiner = " or " if all(re.search(r"\d", m.group(0)) for m in group) else " "
        # ("not 8 till 9 or 5 till 6" stays two times, never "not 8 till 9 5 till 6")
        said = joiner.join(re.sub(r"\s+", " ", m.group(0)).strip().lower() for m in group)
        before = text[max(0, group[0].start() - 40):group[0].start()]
        after = text[group[-1].end():group[-1].end() + 60]
        if not said.startswith(("not ", "any")) and (
                RULED_OUT_BEFORE.search(before) or RULED_OUT_AFTER.search(after)):
            said = _rule_out(said)
        parts.append(said)
    return parts


# An open-ended time ruled out turns round: "at work till 3" is after 3, "busy after 6" is
# before 6; "at 5" ruled out says nothing about when is good, so it is left as said.
TURNED = {"till": "after", "til": "after", "until": "after", "by": "after", "before": "after",
          "after": "before", "from": "before", "past": "before"}


def _rule_out(said: str) -> str:
    first = said.split(" ", 1)[0]
    if first in TURNED:
        return TURNED[first] + said[len(first):]
    if first in ("at", "around", "about", "between") and not re.search(r"\d\s*(?:-|to|till|til|until|and)\s*\d", said):
        return said
    return "not " + said


def _best_time(text: str) -> Optional[str]:
    # "don't call before 10" is a time, not a "no calls": keep it as "not before 10".
    text = re.sub(r"\b(?:don'?t|do not|never)\s+(?:call|ring|phone)(?:\s+(?:me|us))?\s+"
                  r"(?=(?:before|after|until|till|between|from)\b)", "not ", text, flags=re.IGNORECASE)
    parts = _time_parts(NOT_WHILE.sub(" ", text)) + times_not_while(text)
    parts = [p.replace("anytime", "any time").replace("whenever", "any time") for p in parts]
    away = WHILE_AWAY.search(text)
    if away:
        said = away.group(0).lower().replace("'s", " is").replace("'re", " are")
        parts.append(re.sub(r"\b(he|she|they)s\b", r"\1 is", said))
    parts = [re.sub(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day", lambda m: m.group(0).title(), p)
             for p in parts]
    unique: List[str] = []
    for part in parts:
        if part not in unique:
            unique.append(part)
    return " ".join(unique)[:80] if unique else None


HEARINGS_FINE = re.compile(r"\bhearings? (?:is )?(?:fine|ok|okay|good|alright|all right)\b")
TEXTS_REFUSED = re.compile(r"\b(?:dont|do not|cant|cannot|wont|will not) (?:do|get|read|use) "
                           r"(?:texts?|texting|emails?|messages)\b|\bnot (?:a )?text\b|\bno texts?\b")


def parse_contact(text: str) -> Contact:
    """Everything about how to reach the person that this message says."""
    said = clean(text)
    contact = Contact()
    rest = said
    for match in EMAIL_LIKE.finditer(said):
        email = parse_email(match.group(0).strip(".'"))
        if email and not contact.email:
            contact.email = email
        rest = rest.replace(match.group(0), " ")
    last_end = None
    for match in PHONE_LIKE.finditer(rest):
        digits = match.group(0)
        if sum(ch.isdigit() for ch in digits) < 9:
            continue
        phone = parse_phone(digits)
        corrected = phone and contact.phone and last_end is not None and \
            PUT_RIGHT.search(rest[last_end:match.start()])
        if phone and (not contact.phone or corrected):
            # "0113 496 0781... oh no hang on, its 0113 496 0718": the last one said.
            contact.phone = phone
        elif not phone and not contact.invalid_phone:
            contact.invalid_phone = digits.strip()
        if phone:
            last_end = match.end()
    for match in PHONE_LIKE.finditer(rest):
        if sum(ch.isdigit() for ch in match.group(0)) >= 9:
            rest = rest.replace(match.group(0), " ")
    if contact.phone:
        contact.invalid_phone = None
    address = ADDRESS.search(rest)
    if address and STREET.search(address.group(0)):
        contact.address = re.sub(r"\s+", " ", address.group(0)).strip(" ,.")[:160]
        rest = rest.replace(address.group(0), " ")
    if BY_LETTER.search(rest) or PLAIN_ENVELOPE.search(rest):
        contact.by_letter = True
    if PLAIN_ENVELOPE.search(rest):
        contact.plain_envelope = True
    contact.best_time = _best_time(rest)
    contact.only_ruled_out = bool(contact.best_time) and all(
        part.startswith("not ") for part in _time_parts(NOT_WHILE.sub(" ", rest))
        + times_not_while(rest)) and not WHILE_AWAY.search(rest)
    contact.route = route_in(rest)
    if NO_TEXTS.search(rest):
        contact.text_only = False
    elif TEXT_ONLY.search(rest):
        contact.text_only = True
    contact.notes = [m.group(0) for m in RISK.finditer(rest)][:3]
    calls_said = NOT_WHILE.sub(" ", rest)    # "don't ring when Carol is here" is a time
    if NO_CALLS.search(calls_said):
        contact.safe_to_call = False
    elif SAFE_CALLS.search(calls_said):
        contact.safe_to_call = True
    if NO_MESSAGE.search(rest):
        contact.ok_to_leave_message = False
    elif OK_MESSAGE.search(rest):
        contact.ok_to_leave_message = True
    if contact.ok_to_leave_message and contact.safe_to_call is None:
        contact.safe_to_call = True          # a message is left by calling
    plain = words_only(rest)
    secret = SECRET.search(plain)
    if secret:
        # "he cant know Im asking": only they are spoken to, and no message is left.
        contact.notes.append(secret.group(0))
        if contact.ok_to_leave_message is None:
            contact.ok_to_leave_message = False
    hearing = HEARING.search(plain) if hard_of_hearing(rest) else None
    if hearing_taken_back(rest) and not NO_CALLS.search(rest) and (
            HEARING_FINE.search(plain) or HEARINGS_FINE.search(plain)
            or TEXTS_REFUSED.search(plain)):
        # "no my hearing is fine, I want a phone call please, I dont do texts"; never a call
        # wished for alone ("could someone just phone me instead"): whether it is safe to
        # call and leave a message is still asked
        contact.safe_to_call = True
        contact.text_only = False
    elif hearing and not SAFE_CALLS.search(rest):
        # "I'm a bit deaf", "not good on the phone": text or email, not a call.
        contact.notes.append(hearing.group(0))
        if contact.text_only is None:
            contact.text_only = True
        contact.safe_to_call = False
    contact.notes = contact.notes[:3]
    if NO_COUNCIL.search(rest):
        contact.ok_to_say_council = False
    elif OK_COUNCIL.search(rest):
        contact.ok_to_say_council = True
    return contact


def with_times_ruled_out(before: Optional[str], new: Optional[str]) -> Optional[str]:
    """A time only ruled out ("just not 8 till 9 or 5 till 6") added to the good time said
    before ("between 10 and 4"), never in its place; any other new time replaces it."""
    if not new:
        return before
    ruled_out = all(part.startswith("not ") for part in _time_parts(new)) and \
        new.lower().startswith("not ")
    if ruled_out and before and not str(before).lower().startswith(("not ", "any")) and \
            new.lower() not in str(before).lower():
        return f"{str(before).rstrip(' .,')}, {new}"
    return new


def read_back(contact: Contact) -> str:
    """A short plain sentence of what will be passed on, for the person to check.

    "I will pass on: phone 07700 900456, mornings, no messages." Longer lists are split into
    short sentences, so the read-back stays easy to read.
    """
    reach = [f"phone {contact.phone}"] if contact.phone else []
    if contact.email:
        reach.append(f"email {contact.email}")
    if contact.address:
        reach.append(f"a letter to {contact.address}")
    how: List[str] = []
    if contact.plain_envelope:
        how.append("a plain envelope")
    if contact.text_only:
        how.append("texts only")
    elif contact.safe_to_call is False:
        how.append("no calls")
    if contact.ok_to_leave_message is False:
        how.append("no messages")
    elif contact.ok_to_leave_message is True:
        how.append("messages are fine")
    if contact.text_only is False:
        how.append("no texts")
    timing = [contact.best_time] if contact.best_time else []
    sentences: List[str] = []
    together = reach + timing + how
    if together and len(" ".join(together).split()) <= 9:
        sentences.append("I will pass on: " + ", ".join(together) + ".")
    elif together:
        sentences.append("I will pass on: " + ", ".join(reach or how[:1]) + ".")
        if timing:
            sentences.append(f"Best time: {contact.best_time}.")
        for item in (how if reach else how[1:]):
            sentences.append(item[0].upper() + item[1:] + ".")
    if contact.ok_to_say_council is False:
        sentences.append("They will not say they are from the council.")
    if not sentences:
        return "I do not have a phone number or email for you yet."
    if not contact.is_reachable:
        sentences.append("I still need a phone number or email.")
    return " ".join(sentences)


def all_texts() -> Dict[str, str]:
    """Read-backs for every kind of detail, for the plain-language gate (bot/bot_words.py)."""
    samples = {
        "nothing": Contact(),
        "phone": Contact(phone="07700 900456"),
        "phone_time_no_messages": Contact(phone="07700 900456", best_time="mornings",
                                          ok_to_leave_message=False),
        "no_calls": Contact(safe_to_call=False),
        "email_texts_time": Contact(email="sam@example.com", text_only=True,
                                    best_time="after 6 when he is out"),
        "everything": Contact(phone="0113 222 4401", email="sam@example.com",
                              best_time="weekdays before 5", text_only=True,
                              ok_to_leave_message=False, ok_to_say_council=False),
        "messages_fine": Contact(phone="07700 900456", ok_to_leave_message=True,
                                 best_time="any time"),
        "no_texts": Contact(phone="07700 900456", text_only=False, safe_to_call=False),
        "not_council_only": Contact(ok_to_say_council=False),
        "letter": Contact(address="14 Larch Grove, Leeds LS8 3PQ", by_letter=True,
                          plain_envelope=True),
        "letter_wanted": Contact(by_letter=True, plain_envelope=True),
    }
    return {f"answers.read_back:{name}": read_back(contact) for name, contact in samples.items()}
