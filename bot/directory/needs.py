"""From what a person says they need to one of the seven directory headings.

"help with shopping" -> living_independently, "falls alarm" -> technology. Each heading has
clue phrases with weights; longer, surer phrases weigh more, so "falls alarm" (technology)
beats "falls" (health). No clue at all gives None, and the bot then asks.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from bot.caring_alone import caring_alone, says_lonely, without_caring_alone
from bot.directory.categories import CATEGORIES
from bot.directory.facets import (CHEAP_ASKED, FREE_ASKED, JOB_FACT, WHEELCHAIR_ASKED,
                                  read_activity, read_facets)
from bot.directory.places import find_location
from bot.directory.textmatch import padded, stems, without_rejected
from bot.sounds_like import as_meant

# (phrase, weight). Phrases are matched on stems, so "clubs" finds "club".
CLUES: Dict[str, List[Tuple[str, float]]] = {
    "looking_after_someone": [
        ("carer", 3), ("carers", 3), ("caring", 3), ("unpaid carer", 5), ("young carer", 5),
        ("look after my", 5), ("looking after my", 5), ("i look after", 5),
        ("care for my", 5), ("caring for my", 5), ("i care for", 5), ("care for him", 5),
        ("care for her", 5), ("look after him", 5), ("look after her", 5),
        ("looks after", 3), ("respite", 4), ("break from caring", 6), ("a break", 2),
        ("sitting service", 4), ("sitter", 5), ("sit with", 5), ("sits with", 5),
        ("sitting with", 5), ("stay with", 3), ("have a break", 4), ("get a break", 4),
        ("carers break", 6), ("short break", 5), ("time for myself", 4), ("time to myself", 4),
        ("night sitter", 7), ("night sitting", 7),
        # A short stay away (round fourteen: "stays over somewhere for a few nights so i
        # can sleep" found health walks and aqua fit).
        ("short stay", 7), ("stays over", 6), ("stay over", 5), ("staying over", 5),
        ("overnight respite", 8), ("respite care", 6), ("few nights", 4), ("couple of nights", 4),
        ("care home for him", 5), ("care home for her", 5),
        ("overnight care", 7), ("night care", 6), ("help with the nights", 6),
        ("help at night", 6), ("up with him at night", 6), ("up with her at night", 6), ("carers assessment", 6), ("carer assessment", 6),
        ("carers allowance", 4), ("worn out", 2), ("exhausted", 2), ("my husband", 1),
        ("my wife", 1), ("my mum", 1), ("my dad", 1), ("my mother", 1), ("my father", 1),
        ("my partner", 1), ("my son", 1), ("my daughter", 1), ("parent carer", 5),
    ],
    "living_independently": [
        ("help at home", 4), ("home help", 4), ("shopping", 3), ("groceries", 3),
        ("meals", 3), ("meal", 3), ("meals on wheels", 6), ("hot meal", 3), ("cook", 3),
        ("cooking", 3), ("food delivered", 4), ("cleaning", 3), ("cleaner", 3),
        ("housework", 3), ("hoovering", 3), ("laundry", 3), ("ironing", 3), ("washing", 2),
        ("get washed", 4), ("getting washed", 4), ("dressed", 3), ("dressing", 3),
        ("bath", 3), ("shower", 3), ("adaptation", 4), ("adaptations", 4), ("grab rail", 5),
        ("handrail", 4), ("stair lift", 5), ("stairlift", 5), ("stairs", 3), ("ramp", 3),
        ("equipment", 3), ("walking frame", 5), ("commode", 4), ("toilet seat", 4),
        ("hospital", 1), ("out of hospital", 4), ("home from hospital", 6),
        # "my garden is overgrown": someone to do it; "gardening or nature walks", "a
        # community garden": something to do (round thirteen).
        ("my garden", 4), ("the garden", 3), ("garden is", 2), ("overgrown", 4),
        ("grass cut", 5), ("hedge", 4), ("do my garden", 6), ("help with the garden", 6),
        ("help with my garden", 6), ("odd jobs", 7), ("small jobs", 7), ("repairs", 3), ("fix", 2),
        ("handyman", 4), ("handyperson", 4), ("stay in my own home", 5), ("own home", 3),
        ("stay at home", 3), ("manage at home", 4), ("cope at home", 4), ("pet", 3),
        ("dog", 3), ("walk my dog", 5), ("feed my cat", 5), ("home care", 4), ("carers coming in", 4), ("personal care", 4),
        ("getting up", 2), ("trip hazard", 4), ("light bulb", 4),
    ],
    "things_to_do": [
        ("group", 2), ("club", 3), ("lunch club", 6), ("social", 3), ("socialise", 3),
        ("meet people", 5), ("meet new people", 5), ("make friends", 5), ("friends", 3),
        ("friend", 3), ("lonely", 4), ("loneliness", 4), ("isolated", 4), ("on my own", 3),
        ("by myself", 3), ("nobody to talk to", 5), ("no one to talk to", 5),
        ("someone to talk to", 4), ("chat", 3), ("befriending", 6), ("befriender", 6),
        ("volunteer", 4), ("volunteering", 5), ("activity", 3), ("activities", 3),
        ("hobby", 4), ("hobbies", 4), ("craft", 4), ("knitting", 4), ("sing", 3),
        ("singing", 4), ("choir", 5), ("mens shed", 6), ("shed", 3), ("woodwork", 4),
        ("coffee morning", 6), ("day centre", 5), ("bingo", 5), ("dance", 4),
        ("dancing", 4), ("disco", 4), ("book club", 6), ("art", 3), ("painting", 3), ("bored", 4),
        ("something to do", 4), ("things to do", 4), ("get out more", 4),
        ("out of the house", 2), ("company", 3), ("class", 2), ("games", 3),
        ("give something back", 5), ("keep busy", 4), ("people my age", 4),
        ("job", 5), ("employment", 5), ("find work", 5), ("back to work", 5),
        ("paid work", 5), ("work experience", 6), ("cv", 4), ("career", 4),
        ("job coach", 6), ("apprenticeship", 5),
        ("what is there to do", 6), ("whats there to do", 6), ("anything to do", 5),
        ("anything on", 4), ("whats on", 4), ("what is on", 4), ("anything going on", 5),
        ("clubs", 3), ("classes", 3), ("people like me", 3), ("people my age", 4),
        ("meet", 2), ("meet up", 4), ("new people", 4), ("mates", 3), ("frends", 3),
        ("freinds", 3), ("frends", 3), ("friendship", 4), ("young people", 2),
        # Sports and hobbies (bot/directory/facets.py says when none is in the directory).
        ("bowls", 5), ("bowling", 4), ("golf", 4), ("chess", 4), ("darts", 4), ("snooker", 4),
        ("fishing", 4), ("football", 3), ("cricket", 3), ("bridge club", 5), ("whist", 4),
        ("quiz", 4), ("allotment", 4), ("gardening club", 6), ("walking group", 6),
        ("gardening", 3), ("community garden", 7), ("gardening group", 7), ("raised bed", 5),
        ("nature walk", 6), ("nature", 3), ("outdoorsy", 4), ("outdoors", 3),
        ("conservation", 5),
        ("someone to visit", 5), ("come round for a natter", 5), ("visitor", 3),
        ("sport", 4), ("sports", 4), ("basketball", 5), ("rugby", 5), ("netball", 5),
        ("boccia", 5), ("wheelchair sport", 7), ("wheelchair basketball", 8),
        ("wheelchair rugby", 8), ("xbox", 3), ("gaming", 3),
    ],
    "getting_out_and_about": [
        ("transport", 4), ("bus", 4), ("buses", 4), ("bus pass", 7), ("blue badge", 7),
        ("parking", 4), ("park near", 4), ("taxi", 4), ("dial a ride", 6),
        ("ring and ride", 6), ("minibus", 4), ("lift to", 4), ("a lift", 3), ("lifts", 2),
        ("get to", 2), ("get to my appointment", 5), ("appointments", 2), ("drive", 3),
        ("driving", 3), ("cant drive", 5), ("travel", 4), ("train", 4), ("railcard", 6),
        ("mobility scooter", 6), ("scooter", 4), ("wheelchair", 3), ("get around", 4),
        ("getting around", 4), ("get out and about", 6), ("shopmobility", 6),
        ("hospital transport", 6), ("day trip", 4), ("trips", 2), ("outing", 3),
    ],
    "health_and_wellbeing": [
        ("health", 2), ("healthy", 3), ("exercise", 4), ("fitness", 4), ("keep fit", 5),
        ("fit", 2), ("gym", 4), ("walk", 2), ("walking", 2), ("yoga", 4), ("tai chi", 5),
        ("swim", 4), ("swimming", 4), ("stop smoking", 7), ("quit smoking", 7),
        ("smoking", 5), ("smoke", 2), ("vape", 3), ("drinking", 3), ("alcohol", 4),
        ("weight", 3), ("diet", 3), ("healthy eating", 5), ("mental health", 6),
        ("wellbeing", 4), ("well being", 4), ("anxious", 4), ("anxiety", 4),
        ("depressed", 4), ("depression", 4), ("low mood", 5), ("feel low", 5),
        ("feeling low", 5), ("stress", 3), ("stressed", 3), ("worried", 2), ("worry", 2),
        ("dementia", 4), ("dementia cafe", 7), ("memory cafe", 7), ("memory", 3),
        ("forgetful", 4), ("forgetting", 3), ("alzheimers", 5), ("sleep", 3),
        ("counselling", 4), ("counsellor", 4), ("talking therapy", 6), ("therapy", 3),
        ("bereavement", 5), ("grief", 5), ("lost my", 3), ("bereaved", 5), ("grieving", 5),
        ("widow", 5), ("widower", 5), ("widowed", 5), ("lost their", 3), ("lost my wife", 5),
        ("lost my husband", 5), ("lost their wife", 5), ("lost their husband", 5),
        ("lost his wife", 5), ("lost her husband", 5), ("lost my partner", 5), ("passed away", 5), ("died", 3),
        ("balance", 3), ("steady on my feet", 5), ("falls prevention", 6),
        ("hearing", 4), ("hearing aid", 5), ("deaf", 4), ("sight", 4), ("eyesight", 4),
        ("blind", 4), ("stroke", 3), ("parkinsons", 3), ("diabetes", 3), ("pain", 2),
        ("strength", 2), ("stronger", 3), ("someone to talk to", 3), ("feel", 1),
        ("feelings", 2), ("cope", 1), ("lonely", 1), ("falls", 2), ("fall", 2),
    ],
    "money_matters": [
        ("money", 4), ("benefit", 5), ("benefits", 5), ("attendance allowance", 7),
        ("pension credit", 7), ("universal credit", 7), ("pip", 5), ("pension", 3),
        ("bills", 5), ("bill", 5), ("debt", 6), ("debts", 6), ("owe", 5), ("pay", 3),
        ("paying", 3), ("afford", 5), ("cost", 3), ("costs", 3), ("paying for care", 7),
        ("pay for care", 7), ("care costs", 7), ("financial", 5), ("finances", 5),
        ("council tax", 7), ("energy", 3), ("gas", 2), ("electric", 3), ("electricity", 3),
        ("heating", 2), ("food bank", 7), ("grant", 4), ("budget", 4), ("budgeting", 5),
        ("direct payment", 6), ("direct payments", 6), ("personal budget", 6),
        ("income", 4), ("savings", 4), ("skint", 5), ("broke", 4), ("cant pay", 6),
        ("struggling to pay", 6), ("bailiffs", 6), ("loan", 4), ("water bill", 6),
        ("power of attorney", 6), ("will", 1), ("allowance", 4),
    ],
    "technology": [
        ("telecare", 7), ("technology", 5), ("alarm", 5), ("alarms", 5),
        ("falls alarm", 8), ("fall alarm", 8), ("pendant", 6), ("pendant alarm", 8),
        ("personal alarm", 8), ("careline", 7), ("lifeline", 6), ("button", 3),
        ("sensor", 6), ("sensors", 6), ("door sensor", 8), ("bed sensor", 8),
        ("medication dispenser", 8), ("pill dispenser", 8), ("dispenser", 6),
        ("remember my tablets", 7), ("remember my pills", 7), ("remember my medication", 7),
        ("forget my tablets", 7), ("forget my pills", 7), ("forget my medication", 7),
        ("medicine reminder", 8), ("remind me", 5), ("take my tablets", 5), ("take my pills", 5), ("take my medication", 5), ("reminder", 4), ("reminders", 4), ("gadget", 5),
        ("gadgets", 5), ("smart speaker", 7), ("alexa", 6), ("video call", 6),
        ("ipad", 6), ("tablet computer", 7), ("smartphone", 6), ("mobile phone", 4),
        ("computer", 5), ("internet", 5), ("online", 3), ("digital", 4), ("key safe", 7),
        ("gps", 6), ("tracker", 6), ("wander", 4), ("wandering", 5), ("gets lost", 4),
        ("smoke alarm", 8), ("flood", 4), ("carbon monoxide", 7), ("doorbell", 6),
        ("big button phone", 7), ("press for help", 6), ("if i fall", 4),
        ("fall and cant get up", 7),
    ],
}

_COMPILED: Dict[str, List[Tuple[str, float]]] = {
    category: [(padded(stems(phrase)), weight) for phrase, weight in phrases]
    for category, phrases in CLUES.items()
}

# When two headings score the same, the more specific one wins.
TIE_ORDER = ["technology", "money_matters", "getting_out_and_about", "looking_after_someone",
             "health_and_wellbeing", "living_independently", "things_to_do"]


SHORT_STAY_WEIGHT = 6
CARE_WORKERS_WEIGHT = 10  # more than "carers" says for unpaid carers (6)
WORK_WEIGHT = 4   # more than "shop" says for help with the shopping (3)


def without_job_facts(text: str) -> str:
    return JOB_FACT.sub(" ", text)


def category_scores(text: object, keep_rejected: bool = False) -> Dict[str, float]:
    """The clue score of every heading for a sentence (0 when nothing points to it)."""
    said = without_job_facts(as_meant(str(text or "")))
    # "swimming for wheelchair users": wheelchair access is what suits, not the need.
    said = WHEELCHAIR_ASKED.sub(" ", said)
    # "anything thats free", "doesnt cost owt": what suits, not a money worry.
    said = CHEAP_ASKED.sub(" ", FREE_ASKED.sub(" ", said))
    if caring_alone(said) and not says_lonely(said):
        # "on my own with him": caring with no help, not a wish for company.
        said = without_caring_alone(said)
    haystack = padded(stems(said if keep_rejected else without_rejected(said)))
    scores: Dict[str, float] = {}
    for category, phrases in _COMPILED.items():
        scores[category] = sum(weight for phrase, weight in phrases if phrase in haystack)
    activity = read_activity(said)
    if activity == "home_care":
        # "carers who speak polish": care workers who come in (CARE_WORKERS).
        scores["living_independently"] += CARE_WORKERS_WEIGHT
    if activity == "work":
        # "the one wiv coach in shop": a job with a coach, not help with the shopping.
        scores["things_to_do"] += WORK_WEIGHT
    if activity == "short_stay":
        # "can he go into a home for a week so i can rest": a carer's break.
        scores["looking_after_someone"] += SHORT_STAY_WEIGHT
    return scores


# Words that make a message a search, not a story: "is there...", "any ... round here".
ASKS = re.compile(r"\b(?:is there|are there|any|anything|anywhere|looking for|find|where can|"
                  # "ok look for sat then. for yung peple wiv lerning disabilitys" (round 18)
                  r"(?:can you |pls |please )?(?:look|search) (?:for|up)|"
                  r"near|nearby|round here|around here|local|in my area|"
                  # "how do i get a new bus pass, ive lost mine" (round thirteen: "I am
                  # listening. What matters most to you about it?")
                  r"(?:how|where) (?:do|can|could|would|should) (?:i|we|my \w+|he|she) (?:get|"
                  r"apply for|apply|replace|renew|sort out|order)|"
                  r"(?:lost|replace|renew|new) (?:my |a |his |her )?(?:bus pass|blue badge|"
                  r"railcard|disabled railcard)|"
                  # "groups for young peple wiv lerning disabilty", "a club for older men",
                  # "food. a food bank or something" (round seventeen: "did not understand")
                  r"^\W*(?:(?:any|some|a|an)\s+)?(?:groups?|clubs?|classes|activities|places?|"
                  r"somewhere|something|stuff)\s+(?:for|4|to|where|with)|"
                  r"\bor (?:something|summat|anything|owt|sumthing)(?: like that)?\W*$)\b",
                  re.IGNORECASE)


def search_request(text: object) -> Optional[str]:
    """The heading of a message that asks for local help ("is there a befriending thing for
    my nan"), or None for one that only tells a story ("my nan is lonely")."""
    words = str(text or "")
    return categorise(words) if ASKS.search(words) else None


def turned_down(category: str, text: object) -> bool:
    """The message names the heading only in what it turns down ("i dont need alarms")."""
    return category_scores(text).get(category, 0) == 0 and \
        category_scores(text, keep_rejected=True).get(category, 0) > 0


def categorise(text: object) -> Optional[str]:
    """The heading a need belongs to, or None when nothing in it points anywhere."""
    if not text:
        return None
    stripped = str(text).strip()
    if stripped in CATEGORIES:
        return stripped
    scores = category_scores(stripped)
    best = max(scores.values(), default=0)
    if best <= 1:
        return None
    for category in TIE_ORDER:
        if scores.get(category) == best:
            return category
    return None


# A message that only moves the search: "im in LS15 8", "what about in Wakefield WF1 2",
# "actually hes moved in with us now, LS17 6", "near her would be better".
PLACE_CUE = re.compile(
    r"\b(?:i'?m|im|i am|we'?re|we are|(?:he|she|they)(?: is|'s| are|'re)|hes|shes|theyre|"
    r"live|lives|living|moved|based|what about|how about|instead|near|nearer|closer|around|"
    r"round|over|try)\b", re.IGNORECASE)


def moves_the_search(text: object) -> bool:
    """A short message naming a place to search (the topic comes from before)."""
    said = str(text or "")
    size = len(said.split())
    if not said or said.startswith("/") or size > 25 or not find_location(said):
        return False
    return size <= 4 or bool(PLACE_CUE.search(said))


def narrows_the_search(text: object) -> bool:
    """ "anything on a saturday for young people?": asks, and names what would suit
    (a day, an age, a cost, wheelchair access, an activity)."""
    said = str(text or "")
    if not NARROW_ASKS.search(said) or NOT_A_SEARCH.search(said):
        return False
    return read_facets(said).any()


NARROW_ASKS = re.compile(
    r"\b(?:anything|something|any (?:groups?|clubs?|activit\w*|classes|sessions|of them|"
    r"others?|more|where)|is there|are there|what'?s on|whats on|what about|how about)\b",
    re.IGNORECASE)
# Asking for a call, a visit or a review on a day is not a search.
NOT_A_SEARCH = re.compile(r"\b(?:call|ring|phone|rang|appointment|visit|assessment|meeting|"
                          r"review|contact)\b", re.IGNORECASE)
