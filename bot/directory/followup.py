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

from bot.answers.terms import word_asked_about
from bot.directory.facets import read_activities, read_activity, read_days, read_facets
from bot.directory.present import first_sentence
from bot.directory.places import find_location
from bot.directory.postcodes import find_postcode
from bot.directory.service_summary import ServiceSummary
from bot.directory.textmatch import stems, without_rejected, words
from bot.directory.wording import DAY_CODES, DAY_NAMES
from bot.phrases import all_matches
from bot.sounds_like import as_meant
from jargon import glossary

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
                          r"\bbook\b|\bsign up\b|\bjoin\b|"
                          # "how do i get the visiting one", "get the befriender to come round"
                          r"\bhow (?:do|can|would|could) (?:i|we|he|she|they|you) (?:get|go|start|"
                          r"apply|arrange|ask for)\b|\b(?:come|call) round\b|\bcome out\b|"
                          r"\bto visit (?:me|him|her|us)\b", re.I),
    # "could the lunch club pick me up", "do they have transport" (round 17: never answered)
    "transport": re.compile(r"\btransport\b|\bpick (?:me|us|him|her|them|mum|dad) up\b|\bpick-?ups?\b|"
                            r"\b(?:collect|fetch|drive|take) (?:me|us|him|her|them) (?:there|from|to)\b|"
                            r"\bminibus\b|\btaxi\b|\b(?:a )?lift (?:there|to it|to the)\b|"
                            r"\bhow (?:do|would|can|could|will) (?:i|we|he|she) get there\b", re.I),
    # Someone coming along, and what they pay (round eighteen: "is the £4 each or for both
    # of us" not understood, "does the swim let a carer in free" a search for free swims,
    # "can maureen come with me to the lunch club" the care-agency reply). A record never
    # says: said honestly, with their number to ask.
    "companion": re.compile(
        r"\b(?:bring|take|brings|bringing) (?:my |a |her |his |our )?(?:\w+ )?(?:with (?:me|us|"
        r"her|him)|along)\b|\bbring (?:my|a|her|his|our) (?:neighbour|friend|mate|sister|"
        r"brother|son|daughter|husband|wife|partner|carer|helper|pa)\b|"
        r"\b(?:can|could|may) (?:\w+ ){1,2}(?:come|go|join) (?:with (?:me|us|her|him)|along|too|"
        r"as well)\b|\b(?:let|lets|get|gets|go|goes) (?:a |my |the |her |his )?(?:carers?|"
        r"helpers?|friends?|companions?|pa) (?:in )?(?:for )?free\b|"
        r"\b(?:carers?|helpers?|companions?|friends?) (?:go |get |goes |gets )?(?:in )?(?:for )?"
        r"free\b|\beach or (?:for )?(?:both|the two|two)\b|\bfor both of us\b|"
        r"\b(?:per|a|each) person\b|\bfor the two of us\b", re.I),
    # Things a directory record never holds (round 13: "do you know if the tables are high
    # enough to get my chair under?" got "Yes, it is on Fridays"): said honestly, with
    # their number to ask.
    "unknown": re.compile(
        r"\btables?\b|\bdesks?\b|\bchair under\b|\b(?:high|low|tall|wide|big|quiet|warm) "
        r"enough\b|\b(?:need|have|got) to book\b|\bjust (?:turn|show|rock) up\b|\bdrop in\b|"
        r"\bparking\b|\bpark (?:near|outside|nearby)\b|\bbring (?:my|a|her|his) (?:carer|dog|"
        r"friend|wife|husband|mum|dad|son|daughter|pa)\b|\bhalal\b|\bvegetarian\b|\bvegan\b|"
        r"\bdiabetic\b|\bgluten\b|\bhow many (?:people|go|come|usually)\b|\bwho (?:runs|goes)\b|"
        r"\bsomeone (?:to|who can) help me\b", re.I),
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
# Asking whether there is another place ("is there one on a friday", "is there a friday
# one", "are there any others"), not about the one shown.
SEEKS_ANOTHER = re.compile(
    r"\b(?:is|are) (?:there|their|ther) (?:one|any|anything|another|other|others|some|"
    r"something|owt|a \w+ one|one on)\b|\b(?:a|an|another) (?:\w+day|\w+) one\b(?! of)|"
    r"\banother one\b|\bany (?:others|other ones|more)\b", re.I)
# Turning the shown place down: "forget the lunch club", "i dont want bereavement".
TURNS_DOWN = re.compile(
    r"\b(?:forget|never ?mind|scrap|not bothered about|(?:do ?n[o']?t|dont) (?:want|need|like)(?! to (?:get|be|make|cause|upset|"
    r"worry|trouble|bother|put|say|tell) )|"
    r"not (?:that|this|the) (?:one|place)|no(?:t)? (?:interested|good)|wrong one|"
    r"not what (?:i|we) (?:meant|mean|want|wanted|asked)|that'?s wrong|thats wrong)\b|"
    r"^\W*(?:no|nah|nope)\b|\?\?*\W*(?:no|nah|nope)\b|\bno\W+(?:i|we) (?:said|meant|mean)\b|"
    r"\bnot (?:alarms?|that|those|them)\b", re.I)
# Saving a place, not a question about it ("can you save that one for me").
SAVES = re.compile(r"\bsave\b|\bkeep (?:it|that|this|them|these|those)\b", re.I)
# Thanks or a plan, not a question: "thank you. ill give them a ring tomorrow".
THANKS_FIRST = re.compile(r"^\W*(?:(?:ok|okay|right|lovely|great|brill|ah|oh)\W+)?(?:thank you|"
                          r"thankyou|thanks|thank u|cheers|ta)\b", re.I)
# Days the person rules out: "she cant do tuesdays", "tuesdays she has physio", "not monday".
RULED_OUT = ("(?:can ?n?[o']?t|cannot|cant|not|no good|busy|never|works?|working|has|have|"
             "goes|away|physio|appointments?)")

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
FIND_TRANSPORT = {"title": "Find transport",
                  "payload": '/find_service{"service_category": "getting_out_and_about"}'}
# Transport: what the place says of it, or honestly that it does not say, and who can help.
TRANSPORT_SAID = "Getting there: {said}"
NO_TRANSPORT = ("It does not say if they can pick you up. Community transport, like a door to "
                "door minibus, can take you there. Or a person from our team can check for you.")
_TRANSPORT_SAID = re.compile(r"[^.]*\b(?:transport|pick ?up|minibus|collect\w*|lifts? (?:to|from))\b[^.]*\.?",
                             re.I)
COMPANION = ("It does not say if someone can come with you, or if they pay too. Please ring "
             "them to ask.")
UNKNOWN = "I do not know that. The directory does not say. Please ask them before you go."
CHOOSING = ("I cannot choose for you, but here is what each one does. Which one sounds "
            "good to you? A person can also help you choose.")
ABOUT_NONE = "It does not say much about itself. You can phone or email them to ask."
STEP_FREE = ("Step-free means there are no steps to get in, so most people in a "
             "wheelchair can get in.")
ON_DAY = "On {days}: {names}."
ONE_ON_DAY = "Yes, it is on {days}."
ONE_NOT_ON_DAY = "It is not on {days}. You can ask me to look for something on {days}."
ONLY_ON = "It is only on {days}."
NOT_ON_LOOKING = "It is not on {days}. Here is what I found on {days}."
ON_SOME_DAYS = ("It is on {on}, but not on {off}. You can ask me to look for something "
                "on {off}.")
NONE_ON_DAY = ("None of the places I showed you are on {days}. "
               "You can ask me to look for something on {days}.")


def card(service: ServiceSummary, category: str = "") -> Card:
    """What the chat keeps of a shown place, enough to answer questions about it later."""
    return {"id": str(service.id), "name": service.name, "category": category,
            "contact": service.phone or service.url or service.email or "",
            "about": first_sentence(service.description), "when": service.when, "days": list(service.days), "cost": service.cost,
            "accessibility": service.accessibility, "phone": service.phone,
            "email": service.email, "url": service.url, "miles": service.distance_miles}


def aspects_asked(text: str) -> List[str]:
    text = as_meant(text)
    said = all_matches(ASPECTS, text)
    if read_days(text) and "day" not in said and "companion" not in said:
        said.append("day")      # ("can maureen come with me to the tuesday lunch club" is not)
    return said


def _name_words(name: str) -> FrozenSet[str]:
    # Stems, so "the visiting one" names Home Visit Befrienders.
    return frozenset(stems(" ".join(w for w in words(name) if w not in GENERIC and len(w) > 2)))


def named_card(text: str, shown: Sequence[Card]) -> Optional[Card]:
    """The one shown place whose name the message uses ("the art class"), if just one."""
    said = set(stems(text))
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


# "how do i get one", "how do we arrange that", "how can i get one for graham": asks for a
# kind of help, not about a place by name.
GET_ONE = re.compile(r"\bhow (?:do|can|would|could|does) (?:i|we|he|she|you) (?:get|arrange|"
                     r"book|sort|apply for|ask for)(?: out)? (?:one|that|it|this|a (?:short )?stay|"
                     r"respite)\b", re.I)


def asks_for_what_was_not_found(text: str, shown: Sequence[Card]) -> str:
    """The kind asked before and not found ("short_stay"), when every place shown was shown
    instead of it and the message asks how to get one without naming a place; else ""."""
    instead = {c.get("instead_of") for c in shown or []}
    if len(instead) != 1 or not next(iter(instead)) or not text or text.startswith("/"):
        return ""
    meant = as_meant(text)
    if not GET_ONE.search(meant) or named_card(meant, shown) or ORDINAL.search(meant):
        return ""
    return str(next(iter(instead)))


def is_follow_up(text: str, shown: Sequence[Card]) -> bool:
    """A question about the places shown, not a new search."""
    if not shown or not text or text.startswith("/"):
        return False
    text = as_meant(text)
    aspects = aspects_asked(text)
    if not aspects or SAVES.search(text) or (THANKS_FIRST.search(text) and "?" not in text):
        return False
    if TURNS_DOWN.search(text) and not asks_what_they_are(text):
        # "forget the lunch club", "no i said swimming" ("no i mean what is it" still asks).
        return False
    if names_other_equipment(text, shown):
        # "and bathroom rail? he fall there. how much it cost" after Meals on Wheels (round
        # eighteen: the meals' price): the rail is something else, not the place shown.
        return False
    if new_activity(text, shown):
        # "is there swimming for wheelchair users" after a coffee morning: a new search.
        return False
    if SEEKS_ANOTHER.search(text):
        # "is there one on a friday": answered about the place only when the message also
        # asks something else about it ("could she get in there ok? and is there one...").
        return any(a not in ("day", "what") for a in aspects) and bool(
            named_card(text, shown) or _points_back(text))
    if named_card(text, shown) or ORDINAL.search(text):
        return True
    if find_postcode(text) or find_location(text) or NEW_SEARCH.search(text):
        return False
    return bool(asks_what_they_are(text) or POINTS_BACK.search(text)
                or QUESTION.search(text.strip()) or WONDERS.search(text))


# A question asked as a wish: "i just wondered if the lunch club could pick me up".
WONDERS = re.compile(r"\b(?:wondered|wonder|wondering|was hoping|hoped) (?:if|whether)\b", re.I)


def _points_back(text: str) -> bool:
    """ "it", "that one", "get in there": not the "there" of "is there one"."""
    return bool(POINTS_BACK.search(re.sub(r"\b(?:is|are) (?:there|their|ther)\b", " ", text,
                                          flags=re.I)))


def activity_of(place: Card) -> Optional[str]:
    """The kind of activity a shown place offers, read from its name and first sentence."""
    return read_activity(f"{place.get('name', '')}. {place.get('about', '')}")


# Equipment and small changes to a home: asked about after other places were shown, it is
# a new thing, never a question about them.
EQUIPMENT = re.compile(
    r"\b(?:grab ?rails?|hand ?rails?|rails?|stair ?lifts?|ramps?|hoists?|walking frames?|"
    r"zimmer(?: frame)?s?|bath (?:seats?|lifts?|boards?)|shower (?:seats?|chairs?|stools?)|"
    r"commodes?|raised (?:toilet )?seats?|key ?safes?|pendant alarms?|alarm buttons?|"
    r"perching stools?|walk-?in showers?|wet ?rooms?|adaptations?)\b", re.I)


def names_other_equipment(text: str, shown: Sequence[Card]) -> bool:
    """Equipment named that none of the shown places is about ("bathroom rail" after Meals
    on Wheels)."""
    named = {m.group(0).lower() for m in EQUIPMENT.finditer(text)}
    if not named:
        return False
    about = " ".join(f"{c.get('name', '')} {c.get('about', '')}" for c in shown).lower()
    return not any(EQUIPMENT.search(about) and word.rstrip("s") in about for word in named)


def new_activity(text: str, shown: Sequence[Card]) -> Optional[str]:
    """An activity the message asks for that none of the shown places offers."""
    offered = {activity_of(c) for c in shown}
    # "the supported employment one looks good. what about the sport tho? wheelchair
    # basketball": the job is what was shown, basketball is new (round ten).
    return next((asked for asked in read_activities(without_rejected(as_meant(text)))
                 if asked not in offered), None)


CLAUSE_END = re.compile(r"[.?!;]+\s*|\s+but\s+", re.I)


def words_for(activity: str, text: str) -> str:
    """The parts of a message that name ``activity``, to search by ("wheelchair basketball
    or rugby" from "...the supported employment one looks good. what about...")."""
    parts = [p for p in CLAUSE_END.split(text) if p.strip() and activity in read_activities(p)]
    return ". ".join(parts) or text


THANKS_LAST = re.compile(r"\b(?:thanks|thank you|thankyou|cheers|ta|thx)\W*(?:x+|love|again|"
                         r"anyway|very much|so much|a lot)?\W*$", re.I)
ASKS_MORE = re.compile(r"\?|\b(?:is there|are there|can you|could you|would you|how|what|"
                       r"where|why|when|but|any(?:thing|where)? (?:else|on|for)|i need|i want|"
                       r"show me|find|help me)\b", re.I)


# Their own next step said with the thanks: "ill ring them tomorrow", "ill write it down".
OWN_PLAN = re.compile(r"\b(?:i'?ll|ill|i will|i'?m going to|im going to|im gonna|i'?m gonna|"
                      r"i shall|we'?ll|well give|will do|write (?:it|that|them) down|"
                      r"(?:that'?s|thats) (?:great|lovely|brilliant|helpful|perfect|fine|"
                      r"grand|champion|smashing))\b", re.I)


def thanks_only(text: str) -> bool:
    """Thanks, or thanks and their own plan ("thank you. ill give them a ring tomorrow",
    "ill just write it down. thanks"): not a question or a new request."""
    said = as_meant(str(text or ""))
    if not (THANKS_FIRST.search(said) or THANKS_LAST.search(said)):
        return False
    if len(said.split()) > 40 or ASKS_MORE.search(said) or \
            re.match(r"\W*(?:no|nah|nope)\b", said, re.I):   # "no thanks" turns down
        return False
    return len(said.split()) <= 8 or bool(OWN_PLAN.search(said))


def new_search(text: str, shown: Sequence[Card]) -> Optional[Tuple[Optional[str], str]]:
    """After places were shown, a message asking for something else: (heading or None,
    the words to search by). "is there swimming for wheelchair users" (a new activity),
    "is there a friday one" (the same kind of place on another day), "no i dont need alarms.
    things to do, like a club" (turned down, with a new need). None when it is not one."""
    if not shown or not text or text.startswith("/") or thanks_only(text):
        return None
    said = as_meant(text)
    # Lazy: needs imports facets and places; followup is imported by the NLU component.
    from bot.directory.needs import categorise, turned_down

    place = pointed_card(said, shown) or shown[0]
    turned = bool(TURNS_DOWN.search(said))
    kept = without_rejected(said)
    asked = new_activity(said, shown)
    if asked:
        return None, words_for(asked, kept)
    if seeks_another(said) or (asked_days(said) and not categorise(kept)):
        if turned:
            # "forget the lunch club. anything on a friday thats free": what suits, without
            # the place turned down (or its heading, when that is what was turned down).
            heading = place.get("category") or None
            if heading and turned_down(heading, said):
                heading = None
            return (categorise(kept) or heading or "things_to_do",
                    search_words(kept, None) or kept)
        return place.get("category") or None, search_words(said, place)
    if turned and categorise(kept):
        return None, kept
    return None


# The same kind of place, nearer: "anything nearer roundhay road? i can get the bus along
# there", "2 miles is a bit far for my legs", "is there one closer to home". The bus they
# would take there is how they travel, not what they want.
NEARER = re.compile(
    r"\b(?:nearer|closer)\b|"
    r"\b(?:too|a bit|bit|a little|a long way|very|quite|rather|really|so) (?:far|far away|"
    r"a long way)\b|\b(?:far|long way) (?:for me|for my|for her|for him|to go|to get)\b|"
    r"\b(?:less|not as|not so) far\b|\bwalking distance\b|\bon my doorstep\b", re.I)


def asks_nearer(text: str) -> bool:
    """ "anything nearer?", "thats too far for me", "one closer to home": the same search,
    nearer to them."""
    said = as_meant(str(text or ""))
    return bool(said) and not said.startswith("/") and bool(NEARER.search(said))


def seeks_another(text: str) -> bool:
    return bool(SEEKS_ANOTHER.search(as_meant(text)))


def search_words(text: str, place: Optional[Card]) -> str:
    """A new search for what the message asks, on the days it asks, keeping the kind of
    activity of the place in focus: "is there one on a friday" about the Tuesday Lunch Club
    is "a lunch club on Fridays" (with wheelchair access or free when asked)."""
    text = as_meant(text)
    facets = read_facets(text)
    parts = []
    # The kind of place comes with the heading; the day is the point, so a Tuesday lunch
    # club is not shown again as "the nearest" Friday one.
    activity = facets.activity
    if activity:
        parts.append(ACTIVITY_WORDS.get(activity, activity.replace("_", " ")))
    days = asked_days(text)
    if days:
        parts.append("on " + _days_words(sorted(days, key=DAY_CODES.index)))
    if facets.wheelchair or re.search(r"wheel ?chair", text, re.I):
        parts.append("wheelchair access")
    if facets.cost:
        parts.append(facets.cost)
    return ", ".join(parts)


ACTIVITY_WORDS = {"lunch_club": "lunch club", "memory_cafe": "memory cafe",
                  "work": "job", "woodwork": "mens shed", "reading": "book club",
                  "knitting": "knitting"}


def asks_what_they_are(text: str) -> bool:
    """ "i dont no wat that is", "wich one is best for me", "is it for me": about what was
    just shown, whatever else the words look like ("dont" is not a no)."""
    return bool(ASPECTS["what"].search(as_meant(text)))


def _days_words(days: Sequence[str], last: str = "or") -> str:
    """ "Mondays, Tuesdays or Fridays" in the week's order ("and" for every one of them)."""
    if set(days) == {"MO", "TU", "WE", "TH", "FR"}:
        return "weekdays"   # "anything in the week?" (round sixteen)
    names = [DAY_NAMES[d] + "s" for d in DAY_CODES if d in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last} " + names[-1]


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
    if "transport" in aspects:
        said = _TRANSPORT_SAID.search(f"{place.get('about') or ''} {place.get('accessibility') or ''}")
        lines.append(TRANSPORT_SAID.format(said=said.group(0).strip().rstrip(".") + ".") if said
                     else NO_TRANSPORT)
    if "companion" in aspects:
        lines.append(COMPANION)
    if "unknown" in aspects:
        lines.append(UNKNOWN)
    if "contact" in aspects or "unknown" in aspects or "companion" in aspects:
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


# Within the same part of the sentence: "thursday, he has dialysis" does not rule Thursday out.
_RULED_BEFORE = re.compile(r"\b" + RULED_OUT + r"\b(?:[^\w.,;!?]+\w+){0,3}?[^\w.,;!?]+$",
                           re.I)
_RULED_AFTER = re.compile(r"^[^\w.,;!?]*(?:(?:she|he|i|we|they|you)(?: has| have| goes| go|'?ve got|"
                          r" got| is busy| are busy)|(?:is|are|s) (?:out|no good|busy|taken|bad))\b",
                          re.I)
_SAYS_BEFORE = re.compile(r"\b(?:it|that|card|page) (?:says|said)\W+(?:\w+\W+)?$", re.I)
_DAY_WORD = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b", re.I)


def ruled_out_days(text: str) -> frozenset:
    """Days the person says do not suit, or quotes from the card: "she cant do tuesdays",
    "tuesdays she has physio", "it says tuesdays"."""
    out = set()
    for match in _DAY_WORD.finditer(text):
        before, after = text[:match.start()], text[match.end():]
        if _RULED_BEFORE.search(before) or _RULED_AFTER.search(after) or \
                _SAYS_BEFORE.search(before):
            out |= read_days(match.group(0))
    return frozenset(out)


def asked_days(text: str) -> frozenset:
    """The days a person asks about, without those they rule out."""
    return frozenset(read_days(text) - ruled_out_days(text))


def _on_the_day(text: str, place: Card, searching: bool = False) -> List[str]:
    """ "is it on a friday?" about one place: the truth from its days. On none of the days
    asked: says so, says when it is on, and offers to look for those days (or says the
    look follows, when ``searching``)."""
    asked = asked_days(text)
    if not asked or not place.get("days"):
        return []
    runs = set(place["days"])
    on = sorted(asked & runs, key=DAY_CODES.index)
    off = sorted(asked - runs, key=DAY_CODES.index)
    if not off:
        return [ONE_ON_DAY.format(days=_days_words(on))]
    if searching:
        lines = [NOT_ON_LOOKING.format(days=_days_words(off))]
    else:
        lines = [ONE_NOT_ON_DAY.format(days=_days_words(off))] if not on else \
            [ON_SOME_DAYS.format(on=_days_words(on), off=_days_words(off))]
    if not on:
        lines.insert(0, ONLY_ON.format(days=_days_words(place["days"], "and")))
    return lines


def missing_days(text: str, place: Optional[Card]) -> List[str]:
    """The days asked for that the place is not on (to offer a search for them)."""
    if not place or not place.get("days"):
        return []
    return sorted(asked_days(text) - set(place["days"]), key=DAY_CODES.index)


def _by_day(text: str, shown: Sequence[Card]) -> List[str]:
    """ "is it on a friday" about several places: which of them are on that day."""
    asked = asked_days(text) or read_days(text)
    on = [c["name"] for c in shown if set(c.get("days") or []) & asked]
    days = _days_words(sorted(asked, key=DAY_CODES.index))
    if on:
        return [ON_DAY.format(days=days, names=", ".join(on))]
    return [NONE_ON_DAY.format(days=days)]


def answer(text: str, shown: Sequence[Card],
           searching: bool = False) -> Tuple[str, List[Card]]:
    """(the reply, the shown places with the one asked about in focus). ``searching``: a
    search for the days it is not on follows the reply."""
    text = as_meant(text)
    meaning = term_explained(text)
    if meaning:
        # "so nothing in the week then? whats a changing places toilet": the word is
        # explained, and the rest asked about the places (round sixteen: the card again).
        text = " ".join(c for c in re.split(r"(?<=[?!.;,])\s+", text)
                        if word_asked_about(c) is None)
    aspects = aspects_asked(text)
    if meaning and not (read_days(text) or all_matches(ASPECTS, text)):
        return meaning, [dict(c) for c in shown]
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
        lines += _on_the_day(text, place, searching)
    elif read_days(text) and aspects == ["day"]:
        lines += _by_day(text, shown)
    else:
        for other in shown:
            lines.append("")
            lines.append(other["name"])
            lines += _about_one(other, aspects)
    if meaning:
        lines.append(meaning)
    focus = [dict(c, focus=(place is not None and c.get("id") == place.get("id")))
             for c in shown]
    return "\n".join(lines).strip(), focus


def term_explained(text: str) -> str:
    """ "whats a changing places toilet": the care word explained from the jargon buster,
    or ""."""
    word = word_asked_about(text)
    entry = (glossary.lookup(word) or next(iter(glossary.starting_with(word)), None)) \
        if word else None
    return f"{entry.headword}: {entry.explanation}" if entry else ""


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
        "directory.followup/transport": answer("does the art class have transport", sample)[0],
        "directory.followup/companion": COMPANION,
        "directory.followup/transport_said": TRANSPORT_SAID.format(said="Transport can be arranged."),
        "directory.followup/day": answer("is it on a friday", sample)[0],
        "directory.followup/none_on_day": NONE_ON_DAY.format(days="Saturdays"),
        "directory.followup/one_on_day": ONE_ON_DAY.format(days="Fridays"),
        "directory.followup/one_not_on_day": ONE_NOT_ON_DAY.format(days="Fridays"),
        "directory.followup/only_on": ONLY_ON.format(days="Tuesdays"),
        "directory.followup/not_on_looking": NOT_ON_LOOKING.format(days="Fridays"),
        "directory.followup/on_some_days": ON_SOME_DAYS.format(on="Tuesdays", off="Fridays"),
        "directory.followup/only_on_tuesday": answer(
            "could she get in there ok? and is there one on a friday, tuesdays she has physio",
            sample[1:])[0],
        "directory.followup/find_transport[button]": FIND_TRANSPORT["title"],
        "directory.followup/no_when": NO_WHEN, "directory.followup/no_cost": NO_COST,
        "directory.followup/no_access": NO_ACCESS, "directory.followup/no_contact": NO_CONTACT,
        "directory.followup/step_free": STEP_FREE,
        "directory.followup/which": answer("wich one is best for me", sample)[0],
        "directory.followup/about_none": ABOUT_NONE,
        "directory.followup/days_only": DAYS_ONLY.format(days="Mondays or Fridays"),
        "directory.followup/unknown": answer("do you know if the tables are high enough to get "
                                             "my chair under?", sample[:1])[0],
    }
