"""Questions about the places just shown: "is it on a friday?", "whats the cost of the art
class", "can i get in with a wheelchair", "how do i contact the first one".

Testers' follow-ups were read as new searches ("I could not find art in the directory" right
after the Community Art Class card) or not understood. Each shown place is kept as a small
``card`` in the ``shown_services`` slot (when, days, cost, access, how to get in touch), so a
question that points at one of them (by its name, "it", "that one", "the first one") or asks
about days, cost, access or contact without asking for something new is answered from the
places' own records. The last place named stays in focus ("so can i get in or not").
"""
from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, List, Optional, Sequence, Tuple

from bot.directory.facets import read_days
from bot.directory.present import first_sentence
from bot.directory.places import find_location
from bot.directory.postcodes import find_postcode
from bot.directory.service_summary import ServiceSummary
from bot.directory.textmatch import words
from bot.directory.wording import DAY_CODES, DAY_NAMES
from bot.sounds_like import as_meant

Card = Dict[str, Any]

ASPECTS = {
    # "i dont no wat that is", "is it for me", "wich one is best for me"
    "what": re.compile(r"\bwhat (?:is|are|s) (?:that|it|this|they|those|them|"
                       r"the \w+(?: \w+)? (?:one|place|thing|group|class|club))\b|"
                       r"\bwhat (?:that|it|this) is\b|\bwhat do (?:they|them|it) do\b|"
                       r"\bis (?:it|that|this)(?: one)? (?:for|right for|ok for|good for) me\b|"
                       r"\bwhich (?:one|1)(?: is| would be)? (?:best|good|right|for)\b", re.I),
    "day": re.compile(r"\bwhen\b|\bwhat (?:day|days|time|times)\b|\bwhich days?\b|"
                      r"\bhow often\b|\bopen\b|\btimes?\b", re.I),
    "cost": re.compile(r"\bcost|\bprice|\bhow much\b|\bpay\b|\bpaying\b|\bfree\b|\bcharge|"
                       r"\bfees?\b|£", re.I),
    "access": re.compile(r"wheel ?chair|\bstep[- ]?free\b|\bsteps?\b|\bramps?\b|\bget in\b|"
                         r"\baccess|\bdisabled\b|\blifts?\b|\btoilets?\b|\bscooter\b", re.I),
    "contact": re.compile(r"\bcontact\b|\bphone\b|\bnumber\b|\bring (?:them|it|up)\b|"
                          r"\bcall (?:them|it)\b|\bemail\b|\bget in touch\b|\bwebsite\b|"
                          r"\bbook\b|\bsign up\b|\bjoin\b", re.I),
}
# It, that one, the first one, there: the question points at what was shown.
POINTS_BACK = re.compile(r"\b(?:it|its|it'?s|that one|this one|that|this|there|them|they|"
                         r"that place|this place|the (?:first|second|third|last|top) one)\b",
                         re.I)
ORDINALS = {"first": 0, "1st": 0, "top": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
            "last": -1}
ORDINAL = re.compile(r"\b(first|1st|top|second|2nd|third|3rd|last) (?:one|place|group|club)\b",
                     re.I)
QUESTION = re.compile(r"\?|^(?:so |and |but |ok |okay |i meant \w+ \w+\.? )?"
                      r"(?:is|are|does|do|can|could|will|would|what|whats|what's|wat|how|"
                      r"when|which|where|who)\b", re.I)
# Asking for something new, not about what was shown.
NEW_SEARCH = re.compile(r"\b(?:any|anything|anywhere|something|somewhere|other|others|else|"
                        r"more|different|instead|find|looking for|look for|show me|near|"
                        r"nearer|closer)\b", re.I)
# Words in a place's name that do not pick one out ("the Lunch Club", "Community Cafe").
GENERIC = frozenset("the a an and of for in at on to with community group groups club clubs "
                    "service services centre center leeds demo support people project".split())
STEP_FREE_MEANS = re.compile(r"\bstep[- ]?free\b.*\bmean|\bmean.*\bstep[- ]?free\b", re.I)

NAMED = "{name}"
WHEN = "When: {when}."
DAYS_ONLY = "It runs on {days}."
NO_WHEN = "It does not say which days. Please ask them."
COST = "Cost: {cost}."
NO_COST = "It does not say what it costs. Please ask them."
ACCESS = "Getting in: {access}"
NO_ACCESS = "It does not say if a wheelchair can get in. Please phone to check."
PHONE = "Phone: {phone}."
EMAIL = "Email: {email}"
WEB = "Website: {url}"
NO_CONTACT = "It does not give a phone number or email."
CHOOSING = ("I cannot choose for you, but here is what each one does. Which one sounds "
            "good to you? A person can also help you choose.")
ABOUT_NONE = "It does not say much about itself. You can phone or email them to ask."
STEP_FREE = ("Step-free means there are no steps to get in, so most people in a "
             "wheelchair can get in.")
ON_DAY = "On {days}: {names}."
ONE_ON_DAY = "Yes, it is on {days}."
ONE_NOT_ON_DAY = "It is not on {days}. You can ask me to look for something on {days}."
NONE_ON_DAY = ("None of the places I showed you are on {days}. "
               "You can ask me to look for something on {days}.")


def card(service: ServiceSummary, category: str = "") -> Card:
    """What the chat keeps of a shown place, enough to answer questions about it later."""
    return {"id": str(service.id), "name": service.name, "category": category,
            "contact": service.phone or service.url or service.email or "",
            "about": first_sentence(service.description), "when": service.when, "days": list(service.days), "cost": service.cost,
            "accessibility": service.accessibility, "phone": service.phone,
            "email": service.email, "url": service.url}


def aspects_asked(text: str) -> List[str]:
    text = as_meant(text)
    said = [name for name, pattern in ASPECTS.items() if pattern.search(text)]
    if read_days(text) and "day" not in said:
        said.append("day")
    return said


def _name_words(name: str) -> FrozenSet[str]:
    return frozenset(w for w in words(name) if w not in GENERIC and len(w) > 2)


def named_card(text: str, shown: Sequence[Card]) -> Optional[Card]:
    """The one shown place whose name the message uses ("the art class"), if just one."""
    said = set(words(text))
    scores = [len(_name_words(c.get("name", "")) & said) for c in shown]
    best = max(scores, default=0)
    if best == 0 or scores.count(best) > 1:
        return None
    return shown[scores.index(best)]


def pointed_card(text: str, shown: Sequence[Card]) -> Optional[Card]:
    """The place a message points at: by name, by order ("the first one"), else the one in
    focus, else the only one shown."""
    named = named_card(text, shown)
    if named:
        return named
    match = ORDINAL.search(text)
    if match and shown:
        index = ORDINALS[match.group(1).lower()]
        if index < len(shown):
            return shown[index]
    focused = [c for c in shown if c.get("focus")]
    if focused:
        return focused[0]
    return shown[0] if len(shown) == 1 else None


def is_follow_up(text: str, shown: Sequence[Card]) -> bool:
    """A question about the places shown, not a new search."""
    if not shown or not text or text.startswith("/"):
        return False
    text = as_meant(text)
    if not aspects_asked(text):
        return False
    if named_card(text, shown) or ORDINAL.search(text):
        return True
    if find_postcode(text) or find_location(text) or NEW_SEARCH.search(text):
        return False
    return bool(asks_what_they_are(text) or POINTS_BACK.search(text)
                or QUESTION.search(text.strip()))


def asks_what_they_are(text: str) -> bool:
    """ "i dont no wat that is", "wich one is best for me", "is it for me": about what was
    just shown, whatever else the words look like ("dont" is not a no)."""
    return bool(ASPECTS["what"].search(as_meant(text)))


def _days_words(days: Sequence[str]) -> str:
    names = [DAY_NAMES[d] + "s" for d in DAY_CODES if d in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _about_one(place: Card, aspects: Sequence[str]) -> List[str]:
    lines = []
    if "what" in aspects:
        lines.append(str(place.get("about") or ABOUT_NONE))
    if "day" in aspects:
        if place.get("when"):
            lines.append(WHEN.format(when=str(place["when"]).rstrip(".")))
        elif place.get("days"):
            lines.append(DAYS_ONLY.format(days=_days_words(place["days"])))
        else:
            lines.append(NO_WHEN)
    if "cost" in aspects:
        cost = str(place.get("cost") or "").rstrip(".")
        lines.append(COST.format(cost=cost) if cost else NO_COST)
    if "access" in aspects:
        access = str(place.get("accessibility") or "").strip()
        if access:
            lines.append(ACCESS.format(access=access if access.endswith(".") else access + "."))
        else:
            lines.append(NO_ACCESS)
    if "contact" in aspects:
        lines += _contact_lines(place)
    return lines


def _contact_lines(place: Card) -> List[str]:
    lines = []
    if place.get("phone"):
        lines.append(PHONE.format(phone=place["phone"]))
    if place.get("email"):
        lines.append(EMAIL.format(email=place["email"]))
    if place.get("url") and not lines:
        lines.append(WEB.format(url=place["url"]))
    return lines or [NO_CONTACT]


def _on_the_day(text: str, place: Card) -> List[str]:
    """ "is it on a friday?" about one place: yes, or no and an offer to look."""
    asked = read_days(text)
    if not asked or not place.get("days"):
        return []
    days = _days_words(sorted(asked, key=DAY_CODES.index))
    if set(place["days"]) & asked:
        return [ONE_ON_DAY.format(days=days)]
    return [ONE_NOT_ON_DAY.format(days=days)]


def _by_day(text: str, shown: Sequence[Card]) -> List[str]:
    """ "is it on a friday" about several places: which of them are on that day."""
    asked = read_days(text)
    on = [c["name"] for c in shown if set(c.get("days") or []) & asked]
    days = _days_words(sorted(asked, key=DAY_CODES.index))
    if on:
        return [ON_DAY.format(days=days, names=", ".join(on))]
    return [NONE_ON_DAY.format(days=days)]


def answer(text: str, shown: Sequence[Card]) -> Tuple[str, List[Card]]:
    """(the reply, the shown places with the one asked about in focus)."""
    text = as_meant(text)
    aspects = aspects_asked(text)
    place = pointed_card(text, shown)
    lines: List[str] = []
    if "what" in aspects and re.search(r"\bwhich\b", text, re.I):
        place = None
        lines.append(CHOOSING)
    if STEP_FREE_MEANS.search(text):
        lines.append(STEP_FREE)
    if place is not None:
        lines.insert(0, NAMED.format(name=place["name"]))
        lines += _about_one(place, aspects)
        lines += _on_the_day(text, place)
    elif read_days(text) and aspects == ["day"]:
        lines += _by_day(text, shown)
    else:
        for other in shown:
            lines.append("")
            lines.append(other["name"])
            lines += _about_one(other, aspects)
    focus = [dict(c, focus=(place is not None and c.get("id") == place.get("id")))
             for c in shown]
    return "\n".join(lines).strip(), focus


def all_texts() -> Dict[str, str]:
    sample = [{"id": "1", "name": "Community Art Class",
               "about": "Paint and draw with others.", "when": "Fridays, 10am to midday",
               "days": ["FR"], "cost": "£2.50 a class", "accessibility": "Step-free access.",
               "phone": "0113 496 0131", "email": "art@example.org", "url": ""},
              {"id": "2", "name": "Lunch Club", "days": ["TU"]}]
    return {
        "directory.followup/one": answer("whats the cost of the art class, when is it, "
                                         "and how do i contact them", sample)[0],
        "directory.followup/access": answer("can i get in with a wheelchair", sample)[0],
        "directory.followup/day": answer("is it on a friday", sample)[0],
        "directory.followup/none_on_day": NONE_ON_DAY.format(days="Saturdays"),
        "directory.followup/one_on_day": ONE_ON_DAY.format(days="Fridays"),
        "directory.followup/one_not_on_day": ONE_NOT_ON_DAY.format(days="Fridays"),
        "directory.followup/no_when": NO_WHEN, "directory.followup/no_cost": NO_COST,
        "directory.followup/no_access": NO_ACCESS, "directory.followup/no_contact": NO_CONTACT,
        "directory.followup/step_free": STEP_FREE,
        "directory.followup/which": answer("wich one is best for me", sample)[0],
        "directory.followup/about_none": ABOUT_NONE,
        "directory.followup/days_only": DAYS_ONLY.format(days="Mondays or Fridays"),
    }
