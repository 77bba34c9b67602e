"""What a search asks for beyond its heading: the activity, wheelchair access, cost and day.

"swimming for wheelchair users on a Saturday" is a heading (health and wellbeing) and four
facets. Ranking by words alone let a memory cafe answer it; here each facet is read from
the request and checked against each service's own record (taxonomy keywords, the
accessibility notes of its places, its cost options and its schedules). ``narrow`` keeps
the services that meet every facet; when none do it keeps the nearest alternatives (those
meeting the most, the activity counting most) and says what they miss.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import FrozenSet, List, Optional, Sequence, Tuple

from bot.directory.exclusions import mentions, turned_down, without_turned_down
from bot.directory.languages import language_asked, speaks
from bot.directory.service_summary import ServiceSummary
from bot.directory.textmatch import without_rejected, words
from bot.language import LANGUAGES
from bot.directory.wording import DAY_NAMES


@dataclass(frozen=True)
class Activity:
    """One kind of activity: how people ask for it and the directory terms that offer it."""

    label: str                     # as the bot says it: "help to find work"
    asks: Tuple[str, ...]          # patterns in the request
    terms: Tuple[str, ...]         # keyword terms (or words in a name) that offer it
    not_asks: Tuple[str, ...] = ()  # patterns that look alike but mean something else
    # Keyword terms of the nearest other kinds, shown (and said to be other kinds) when no
    # service offers the activity itself: a bowls club asked, a coffee morning shown.
    like: Tuple[str, ...] = ("meet people", "social", "activities", "games")
    # The council arranges it itself (care at night): when the directory has none, the
    # bot says so and gives the council's number, as well as the nearest other kinds.
    council_arranges: bool = False
    # What the team does about it, said when none is found (a short stay: arranged after
    # a carer's assessment); the person is then offered a call back.
    team_arranges: str = ""


SPORT_LIKE = ("exercise", "keep fit", "walking", "games", "meet people", "social")
# The nearest kinds to an active sport (basketball, a gym): other ways to be active, never a
# coffee morning or a quiz.
ACTIVE_LIKE = ("swimming", "exercise", "keep fit", "walking")
# Sports people ask for by name (a wheelchair sport too): asked and not in the directory,
# the bot says so and shows the nearest ways to be active.
SPORTS = ("basketball", "rugby", "netball", "boccia", "hockey", "volleyball", "athletics",
          "archery", "climbing", "boxing", "karate", "judo", "rowing", "sailing", "canoeing",
          "kayaking")


# "i gave up my job at the school", "he lost his job": a fact, not a job wanted (round
# fourteen: Job Club for a carer asking what an assessment costs).
JOB_FACT = re.compile(
    r"\b(?:gave up|give up|given up|giving up|left|leave|lost|lose|losing|quit|quitting|"
    r"finished|retired from|stopped|had to (?:leave|give up|stop|quit)|packed in)\s+"
    r"(?:my|his|her|their|our|the|a|me)\s+(?:\w+\s+)?(?:jobs?|work|career)\b"
    r"|\b(?:gave up|give up|given up|giving up|stopped|left|quit) work(?:ing)?\b"
    r"|\b(?:(?:do|dont|don'?t|do not|never) (?:want|need)|not (?:looking for|after)) "
    r"(?:a |any |another )?(?:jobs?|work)\b", re.IGNORECASE)


# "carers who speak polish", "any carers near LS8 who speak urdu", "polish carers": care
# workers who come in (help at home), not support for unpaid carers (round fourteen: a
# sitting service, carers' walks and Back to Work for Carers). "a carers group where they
# speak urdu" stays a carers' group.
CARE_WORKERS = re.compile(
    r"\bcarers?\b(?! (?:group|support|centre|center|cafe|club|allowance|assessment|break|"
    r"line|walks?|counselling|money))(?:\W+\w+){0,4}?\W+(?:who|that|which|to)\s+(?:can\s+|could\s+|"
    r"will\s+)?(?:speak|speaks|talk|talks|understand|understands)\b"
    r"|\b(?:" + LANGUAGES + r")[- ](?:speaking )?carers?\b(?! (?:group|support|centre|cafe|club))"
    r"|\bcarers? (?:coming|to come|who come|that come) (?:in|round|to (?:the|her|his|my|our) "
    r"(?:house|home))\b", re.IGNORECASE)


# "chair exercise or a walking group": either kind is what was asked (round eighteen: the
# first was dropped). Its key joins the two keys ("chair_exercise|walking").
EITHER = "|"


class ActivityTable(dict):
    """The activities by key; a key of two joined by ``EITHER`` is either of them: both
    kinds' terms and nearest kinds, said "a chair exercise class or a walking group"."""

    def __missing__(self, key: str) -> Activity:
        if EITHER not in str(key):
            raise KeyError(key)
        kinds = [self[k] for k in key.split(EITHER)]
        return Activity(" or ".join(k.label for k in kinds), (),
                        tuple(t for k in kinds for t in k.terms),
                        like=tuple(dict.fromkeys(t for k in kinds for t in k.like)))


# Checked in this order: "volunteer work" is volunteering, not a job.
ACTIVITIES = ActivityTable({
    "volunteering": Activity(
        "volunteering",
        (r"\bvolunteering\b", r"\b(?:to|be|become|do|doing|start) (?:a |some )?volunteer\b",
         r"\bvolunteer (?:work|role|roles|job|jobs)\b", r"\bgive something back\b"),
        ("volunteering", "volunteer roles", "give something back")),
    "work": Activity(
        "help to find work",
        (r"\bjobs?\b", r"\bemployment\b", r"\bcareers?\b", r"\bcv\b", r"\bapprenticeships?\b",
         r"\bwork experience\b",
         r"\b(?:find|finding|get|getting|looking for|back to|back into|into|paid|some) work\b",
         # "the one wiv coach in shop", "the shop one with the coach", "a cafe job": work
         # with a job coach (round seventeen: Shopping Buddies and Meals on Wheels).
         r"\bjob coach(?:es)?\b", r"\b(?:shop|cafe|caff|retail|kitchen) (?:jobs?|work)\b",
         r"\bcoach(?:es)?\b(?:\W+\w+){0,3}?\W+(?:shops?|cafes?|caff)\b",
         r"\b(?:shops?|cafes?|caff)\b(?:\W+\w+){0,3}?\W+coach(?:es)?\b"),
        ("employment support", "supported employment", "job search", "jobs", "job club",
         "work experience", "careers"),
        (JOB_FACT.pattern, r"\b(?:odd|small|little|diy|handy) jobs?\b",
         r"\bjobs? (?:around|round|in|at|about) (?:the|my|her|his|our) (?:house|home|flat|garden)\b",
         # a coach to travel in is not a job coach
         r"\bcoach(?:es)? (?:trips?|travel|holidays?|tours?|station|drivers?|outings?)\b",
         r"\b(?:by|on a|on the) coach\b")),
    "swimming": Activity(
        "swimming",
        (r"\bswim(?:s|ming)?\b", r"\bswimming pool\b", r"\baqua\b", r"\bhydrotherapy\b"),
        ("swimming", "swim", "aqua fit", "hydrotherapy"), like=("exercise", "keep fit")),
    # Exercise sitting down (round eighteen: "seated exercise class" found an art class, a
    # men's shed and a choir; only "chair based exercise" found the Chair Exercise Class).
    # Before yoga: "chair yoga" is exercise in a chair.
    "chair_exercise": Activity(
        "a chair exercise class",
        (r"\b(?:chair|seated|sitting|sit ?down|sitting down|sat down|armchair)(?:[- ]?based)? (?:exercises?|"
         r"exercising|excercises?|exersises?|keep ?fit|fitness|aerobics|yoga|workouts?|"
         r"movement)\b",
         r"\bex(?:c|s)?er(?:c|s)is\w* (?:in|from|on|sat in|sat on|sitting in|sitting on) (?:a |the |your |my |"
         r"their )?(?:chair|seat)s?\b", r"\bexercis\w* (?:sitting|sat) down\b"),
        ("chair exercise", "seated exercise"), like=("exercise", "keep fit", "strength")),
    "singing": Activity("singing", (r"\bsing(?:ing)?\b", r"\bchoirs?\b"), ("singing", "choir"),
                        like=("music", "meet people")),
    "lunch_club": Activity("a lunch club", (r"\blunch(?:eon)? clubs?\b",), ("lunch club",)),
    "dancing": Activity("dancing", (r"\bdanc(?:e|es|ing)\b", r"\bdiscos?\b"), ("dancing", "dance")),
    "art": Activity("art", (r"\b(?:art|arts|painting|drawing)\b",),
                    ("art", "painting", "drawing")),
    "knitting": Activity("knitting or crafts", (r"\bknit", r"\bcrafts?\b"),
                         ("knitting", "crafts")),
    "reading": Activity("a book group", (r"\b(?:book|reading) (?:club|group)s?\b",),
                        ("book club", "reading")),
    "woodwork": Activity("a men's shed", (r"\bmen'?s sheds?\b", r"\bwoodwork"),
                         ("men's shed", "woodwork")),
    "befriending": Activity(
        "befriending",
        (r"\bbefriend",
         # "just someone to visit me at home", "someone to come round for a natter"
         r"\bsome(?:one|body|1) (?:to|who (?:would|could|can|will)) (?:visit|come (?:round|"
         r"over|and see|and visit)|pop (?:in|round|by)|call (?:round|in))\b",
         r"\bcome round for a (?:chat|natter|cuppa|brew|cup of tea)\b",
         r"\b(?:a|some) (?:home )?visitors?\b(?! (?:centre|center|parking|pass|information))",
         r"\bvisit(?:s|ed)? (?:me|him|her|them|us) at home\b"),
        ("befriending",)),
    # Friends asked for: groups where people meet, never a job club or a volunteer role
    # (round ten: "wot about frends??" brought Job Club and Befriender Volunteer Roles).
    "friends": Activity(
        "somewhere to make friends",
        # ("frends to go cafe with", "mates to play football with": the activity decides)
        (r"\b(?:make|making|find|finding|meet|meeting|get|have|want|need) (?:new |some |more |"
         r"any )?(?:friends?|frends?|freinds?|frens|mates)\b(?! to (?:go|do|play|watch|see|have)\b)",
         r"\b(?:about|for|no|any|some|wot|what) (?:frends?|friends?|freinds?|mates)\b",
         r"\bmeet (?:new |other |more )?(?:people|peple|ppl)\b"),
        ("meet people", "social", "friendship", "befriending", "meet other carers",
         "peer support"), like=("activities", "games", "classes")),
    "memory_cafe": Activity("a memory cafe", (r"\b(?:memory|dementia) caf(?:e|é)s?\b",),
                            ("memory cafe", "dementia cafe")),
    "bereavement": Activity(
        "bereavement support",
        (r"\bbereave", r"\bgrie(?:f|ving)\b",
         r"\b(?:lost|losing|lose) (?:my|their|his|her|a|our) (?:wife|husband|partner|spouse)\b",
         r"\bwhose (?:wife|husband|partner) (?:has )?died\b", r"\bwidow(?:s|ed|er|ers)?\b"),
        ("bereavement", "grief", "loss")),
    # Sports and hobbies a council directory may or may not hold. Asked and not there, the
    # bot says so and shows the nearest other kinds (never a job club for a bowls club).
    "bowls": Activity("a bowls club", (r"\bbowls\b", r"\b(?:lawn|crown green|indoor|carpet) bowl"),
                      ("bowls", "bowling"), like=SPORT_LIKE),
    # Bowling on its own ("frends to go bowlin n that"): ten pin as likely as bowls, so
    # either is it, and the nearest kinds are games and places to meet people.
    "bowling": Activity("bowling", (r"\bbowl(?:ing|in)\b", r"\bten ?pin\b"),
                        ("bowling", "ten pin bowling", "bowls"),
                        like=("games", "meet people", "social", "activities")),
    "golf": Activity("golf", (r"\bgolf",), ("golf",), like=SPORT_LIKE),
    "fishing": Activity("fishing", (r"\bfishing\b", r"\bangling\b"), ("fishing", "angling"),
                        like=("outdoors", "walking", "meet people", "social")),
    "chess": Activity("a chess group", (r"\bchess\b",), ("chess",),
                      like=("games", "meet people")),
    "cards": Activity("a card games group", (r"\b(?:bridge|whist|card games?|cards) "
                                             r"(?:club|group|night|afternoon)s?\b",
                                             r"\bplay(?:ing)? (?:bridge|whist|cards)\b"),
                      ("bridge", "whist", "cards"), like=("games", "meet people", "social")),
    "darts": Activity("darts or snooker", (r"\bdarts\b", r"\bsnooker\b", r"\bpool table\b"),
                      ("darts", "snooker"), like=("games", "meet people", "social")),
    "football": Activity("football", (r"\bfo+t?ball\b", r"\bfooty\b"), ("football",),
                         like=ACTIVE_LIKE),
    **{sport: Activity(sport, (rf"\b{sport}\b",), (sport,), like=ACTIVE_LIKE)
       for sport in SPORTS},
    "cricket": Activity("cricket", (r"\bcricket\b",), ("cricket",), like=SPORT_LIKE),
    "tennis": Activity("tennis", (r"\b(?:table )?tennis\b", r"\bbadminton\b"),
                       ("tennis", "table tennis", "badminton"), like=SPORT_LIKE),
    "cycling": Activity("cycling", (r"\bcycling\b", r"\bbike rides?\b"), ("cycling",),
                        like=SPORT_LIKE),
    "yoga": Activity("yoga or tai chi", (r"\byoga\b", r"\btai ?chi\b", r"\bpilates\b"),
                     ("yoga", "tai chi", "pilates"), like=SPORT_LIKE),
    "walking": Activity("a walking group", (r"\bwalking (?:group|club)s?\b", r"\brambl",
                                              r"\bgroup walks?\b"),
                        ("walking", "walks", "health walks"), like=SPORT_LIKE),
    # "gardening or nature walks", "a community garden with raised beds": a group where
    # they garden; never someone to do their garden ("do my gardening": help at home).
    "gardening": Activity("a gardening club", (r"\bgardening (?:club|group)s?\b",
                                                 r"\ballotments?\b", r"\bgardening\b",
                                                 r"\bcommunity gardens?\b", r"\braised beds?\b"),
                          ("gardening club", "allotment", "community garden"),
                          (r"\b(?:do|doing|does|help (?:me )?with|help|someone for|cut|tidy) "
                           r"(?:my |the |our |her |his )?(?:garden|gardening)\b",
                           r"\b(?:my|our|her|his) garden(?:ing)?\b"),
                          like=("outdoors", "walking", "fresh air", "meet people", "social")),
    "quiz": Activity("a quiz", (r"\bquiz(?:zes)?\b",), ("quiz",), like=("games", "meet people")),
    "gaming": Activity("a gaming group", (r"\bx ?box\b", r"\bplay ?stations?\b", r"\bps[45]\b",
                                          r"\b(?:video|computer|online) games?\b", r"\bgaming\b",
                                          r"\bnintendo\b"),
                       ("gaming", "video games"), like=("games", "digital skills")),
    "gym": Activity("a gym", (r"\bgym(?:s|nasium)?\b", r"\bfitness (?:centre|center|club)\b"),
                    ("gym", "fitness"), like=ACTIVE_LIKE),
    # Asked last of the sports: "sport" alone, or "something active".
    "sport": Activity("sport", (r"\bsports?\b", r"\bsporty\b"),
                      ("sport", "sports", "swimming", "football", "sports club"),
                      like=ACTIVE_LIKE),
    # A short stay away from home, so the carer can sleep or rest (round fourteen: "stays
    # over somewhere for a few nights so i can sleep" found health walks and aqua fit).
    # Most directories list none: the bot says so, and that the team arranges one after a
    # carer's assessment (``arranged_by_team``).
    "short_stay": Activity(
        "a short stay away from home",
        (r"\bshort[- ]?stays?\b", r"\bstay(?:s|ing)? (?:over|overnight|away)\b",
         r"\bstay(?:s|ing)? (?:somewhere|in a (?:care |nursing )?home) (?:for|over)\b",
         r"\b(?:overnight|residential|week'?s?|weekend|nursing home|care home) respite\b",
         r"\brespite (?:stays?|beds?|placements?|weeks?)\b",
         r"\brespite(?: care)? (?:for|over) (?:a |one |two |three |a few |a couple of |some )?"
         r"(?:nights?|weeks?|weekends?|fortnight)\b",
         r"\b(?:respite|short breaks?|a break|breaks?) (?:in|at) (?:a |the )?(?:care |nursing )?home\b",
         r"\b(?:go|goes|going|stay|stays) (?:somewhere|away|into a home|in a home)(?: \w+)? for "
         r"(?:a |one |two |a few |a couple of )?(?:nights?|weeks?|days)\b",
         r"\b(?:a few|a couple of|two|three|some) nights? (?:away|somewhere|in a (?:care )?home)\b",
         r"\bovernight stays?\b",
         r"\bsomewhere (?:\w+ ){0,3}(?:could |can |would |might )?(?:stay|go|sleep)\b[^.?!]{0,20}"
         r"\b(?:nights?|weeks?)\b",
         r"\b(?:go|goes|going|went) (?:\w+ )?for (?:a |one |two |three |a few |a couple of )?"
         r"(?:nights?|weeks?)\b",
         r"\brespite\b[^?!]{0,30}\b(?:a few|a couple of|two|three|some) nights?\b",
         r"\b(?:a few|a couple of|two|three|some) nights?\b[^?!]{0,30}\brespite\b"),
        ("short stay", "overnight respite", "respite stay", "residential respite",
         "care home respite"),
        like=("respite", "short break", "sitting service"), council_arranges=True,
        team_arranges=("The team can arrange a short stay for the person you care for. They "
                       "do this after a carer's assessment. They can ring you about it.")),
    # Care through the night: a night sitter, overnight care. Many directories have none;
    # then the bot says so (never a coffee morning or a dementia group for "nights").
    "night_care": Activity(
        "night sitting or overnight care",
        (r"\bnight ?(?:sitt(?:er|ers|ing)|carers?|care|time care|support|nurse)\b",
         r"\bover ?night (?:care|carers?|sitt(?:er|ers|ing)|support|help|stays?)\b",
         r"\bsleep(?:ing)?[- ]in (?:care|carers?)\b", r"\bwaking nights?\b",
         r"\b(?:sit|stay|be up) with (?:him|her|them|my \w+) (?:at|through the|over) night\b",
         r"\bhelp (?:with|at|in) (?:the )?nights?\b", r"\b(?:1|2|one|two|a) nights? a week\b",
         r"\bsomeone (?:else )?(?:to (?:be )?)?up with (?:him|her|them)\b"),
        ("night sitting", "night sitter", "overnight care", "night care"),
        like=("sitting service", "respite", "night time"), council_arranges=True),
    # Someone to sit with the person cared for, so the carer gets a break (round thirteen:
    # swimming was offered three times). None in the directory: said, with the council's
    # number, never padded out with other kinds as if they were it.
    "sitting": Activity(
        "a sitting service",
        (r"\bsit(?:s|ting)? with (?:him|her|them|someone|somebody|people|my \w+|the person)\b",
         r"\bsitters?\b", r"\bsitting service\b", r"\brespite\b", r"\bshort breaks?\b",
         r"\bcarers?'?s? breaks?\b", r"\bbreak from (?:caring|looking after)\b",
         r"\bso (?:i|we) (?:can|could) (?:have|get|take) a (?:break|rest)\b"),
        ("sitting service", "respite", "short break", "break from caring"),
        like=("carers", "carer support", "wellbeing"), council_arranges=True),
    # Care workers who come in ("carers who speak polish", "polish carers for mum"): help
    # at home, never support for unpaid carers. Asked last: a sitter or night care is
    # more exact.
    "home_care": Activity(
        "care at home",
        (CARE_WORKERS.pattern, r"\bcare workers?\b", r"\bhome carers?\b"),
        ("home care", "personal care", "home help"),
        like=("cleaning", "home from hospital", "settling in")),
})
# Services where the person gives their time (volunteering) or looks for work. Shown only
# when that is what was asked: a man who wants a visitor is not offered a volunteer role.
ROLES = ("volunteering", "work")
_ASKS = {key: ([re.compile(p, re.I) for p in a.asks], [re.compile(p, re.I) for p in a.not_asks])
         for key, a in ACTIVITIES.items()}

WHEELCHAIR_ASKED = re.compile(
    r"\bwheel ?chairs? (?:users?|access|accessible|friendly)\b|\bfor wheel ?chairs?\b|"
    r"\b(?:people|someone|somebody|those|folk|persons?|me|him|her|them|us) (?:in|using|"
    r"who use|that use|with|on) (?:a |their |his |her |my )?wheel ?chairs?\b|"
    r"\b(?:in|uses?|using) a wheel ?chair\b|\bstep[- ]free\b|\bdisabled access\b|"
    r"\bwheel ?chair\b(?= (?:to|into|in)\b)|\bfully accessible\b|"
    r"\bwheel ?chair (?:ok|okay|fine|friendly|users?)\b|"
    r"\bget (?:her|his|my|their|a|the) wheel ?chair (?:in|into|through)\b|"
    r"\b(?:room for|fit|takes?|take in) (?:a |her |his |my |their )?wheel ?chairs?\b|"
    r"\bwheel ?chairs? (?:are |is )?(?:ok|okay|fine|welcome|allowed)\b|"
    # "a walking group thats ok with wheelchairs" (round eighteen)
    r"\b(?:ok|okay|fine|good|suitable|alright) (?:with|for) (?:a |her |his |my )?wheel ?chairs?\b|"
    # "with a hoist", "has it got a pool hoist" (round thirteen)
    r"\bhoists?\b|"
    # "wheelchair basketball", "wheelchair sport", "a wheelchair swim"
    r"\bwheel ?chair (?:" + "|".join(SPORTS) + r"|sports?|swim(?:ming)?|dance|dancing|"
    r"tennis|fencing|racing|football|cricket|gym|fitness|exercise|yoga)\b", re.I)
# What in a place's accessibility note says a wheelchair user can get in (or need not).
ACCESS_YES = re.compile(
    r"wheel ?chair|step[- ]free|level access|ramp|hoist|changing places|\blifts?\b|"
    r"come to your home|to your home|in your home|at your home|meet you at home|"
    r"\bphone\b|online|video", re.I)
ACCESS_NO = re.compile(r"\bno (?:hoist|lift|ramp|step[- ]free|wheel ?chair)|"
                       r"\bsteps? (?:down |up )?(?:into|to|up|down)\b|"
                       r"\bnot (?:wheel ?chair|step[- ]free)", re.I)

FREE_ASKED = re.compile(r"(?<![-\w])(?<!step )(?<!hands )free\b(?! time| from| to)|\bno cost\b|"
                        r"\bcosts? (?:nothing|nowt)\b|\bnothing to pay\b|"
                        r"\b(?:does ?n[o']?t|doesnt) cost\b|\bwithout paying\b|\bno charge\b",
                        re.I)
NOT_FREE_SENSE = re.compile(r"\b(?:i'?m|i am|when|if|am|are|is|feel) free\b", re.I)
CHEAP_ASKED = re.compile(r"\bcheap(?:er)?\b|\blow[- ]cost\b|\bnot (?:too |very )?expensive\b|"
                         r"\baffordable\b|\bcheap as\b", re.I)
LOW_COST_LIMIT = 5.0  # pounds a session, visit or week: "cheap" at most this

WEEKEND, WEEKDAYS = ("SA", "SU"), ("MO", "TU", "WE", "TH", "FR")

# Who it is for: "anything for young people" should not bring a group for older people, nor
# "something for older folk" a young carers' club. Typos are common ("yung peple").
YOUNG_ASKED = re.compile(
    r"\b(?:young|yung|yong|younger) (?:people|peple|ppl|persons?|adults?|ones|folk|lads|"
    r"women|men|uns)\b|\bteen(?:ager)?s?\b|\b(?:in|for) my (?:teens|twenties|20s)\b", re.I)
# Their own age said ("i am 22", "im 26", "24 years old", "someone my age (22)"): under 40
# is young. "at my age" alone says nothing (an older man says it too).
YOUNG_AGE_SAID = re.compile(
    r"\b(?:i am|i'?m|im|am|aged|age|my age|me) \(?(?:1[6-9]|2\d|3\d)\)?"
    r"(?! ?(?:years? ago|yrs? ago|mins?|minutes|miles?|pounds|quid|%|times|hours|days|weeks|months|pm|am|o'?clock))\b|"
    r"\b(?:1[6-9]|2\d|3\d) ?(?:years? old|yrs? old|y/?o)\b", re.I)
# "coffee morning is for old people", "thats for pensioners": it is not for them, so they
# are younger (never read as asking for older people).
FOR_OLD_PEOPLE_SAID = re.compile(
    r"\b(?:is|are|r|s|its|thats|that'?s|all|only|just) (?:only |just |all |mostly )?(?:for|4) "
    r"(?:old|older|elderly|retired|the elderly|oldies|pensioners|grannies|old age pensioners)"
    r"(?: (?:people|peple|ppl|folk|ones|men|women|ladies))?\b|"
    r"\btoo (?:young|yung) for (?:that|it|them|those|this)\b|"
    r"\b(?:not|isnt|aint) (?:for|4) (?:someone|people|peple|anyone) (?:my|of my) age\b", re.I)
OLDER_ASKED = re.compile(
    r"\b(?:older|old|elderly) (?:people|peple|ppl|persons?|adults?|ones|folk|men|women)\b|"
    r"\bover (?:50|55|60|65|70)s?\b|\bpensioners?\b|\bretired (?:people|folk)\b", re.I)
# What in a service's own words says it is for older, or for younger, people only.
FOR_OLDER = re.compile(r"\bolder (?:people|person|adults?|men|women)\b|\bover (?:50|55|60|65)s?\b|"
                       r"\bpensioners?\b|\blater life\b|\bretired\b", re.I)
FOR_YOUNGER = re.compile(r"\byoung (?:people|person|adults?|carers?)\b|\bchildren\b|"
                         r"\bteenagers?\b|\bunder (?:18|25)s?\b", re.I)


@dataclass(frozen=True)
class Facets:
    activity: Optional[str] = None      # a key of ACTIVITIES
    wheelchair: bool = False
    cost: Optional[str] = None          # "free" or "cheap"
    days: FrozenSet[str] = field(default_factory=frozenset)  # "MO".."SU"
    age: Optional[str] = None           # "young" or "older"
    without: Tuple[str, ...] = ()       # turned down: "no bingo" (bot/directory/exclusions)
    times: FrozenSet[str] = field(default_factory=frozenset)  # "day", "morning", "evening"...
    # The language the help should speak ("Polish"): those listing it go first, none is
    # left out for it (bot/directory/languages.py).
    language: Optional[str] = None
    # Someone to come to their home ("could come and visit me for a chat"): a service that
    # comes to you first, wherever it is based; one by phone is not it.
    at_home: bool = False
    # A club, group or class to join ("a club for older men"): volunteer roles come after
    # the others, as job help always does when no work is asked (not a facet to meet).
    joins: bool = field(default=False, compare=False)

    def any(self) -> bool:
        return bool(self.activity or self.wheelchair or self.cost or self.days or self.age
                    or self.without or self.times or self.language or self.at_home)

    def asks(self) -> bool:
        """Whether it asks for something (not only turns something down)."""
        return bool(self.activity or self.wheelchair or self.cost or self.days or self.age
                    or self.times or self.language or self.at_home)


# "come and visit me", "someone who comes to the house", "a home visit" (round sixteen: a
# phone befriender was the only one shown for "come and visit", and the visiting one, further
# away, was left out). Bare "help at home" is not it: that is care at home.
AT_HOME_ASKED = re.compile(
    r"\b(?:come|comes|coming|pop|pops|call|calls)\s+(?:round|over|in|by)?\s*(?:and\s+)?"
    r"(?:visit|see me|sit with me)\b|"
    r"\b(?:come|comes|coming|pop|pops)\s+(?:round\s+)?to\s+(?:my|the|our|her|his)\s+(?:house|home|"
    r"flat|place)\b|\bvisits?\s+(?:me|him|her|them|us|you)\b|\b(?:home|house)\s+visit|"
    r"\bvisit(?:ing|s)?\s+(?:befriend|volunteer|service)", re.I)
# What says a service comes to the person: "We come to your home.", "visits you at home".
COMES_TO_YOU = re.compile(r"\b(?:come|comes|visit|visits|meet|meets) (?:to )?(?:you )?(?:at |in )?"
                          r"(?:your|the person's) (?:home|house)\b|\bvisits? you\b", re.I)


def comes_to_you(service: ServiceSummary) -> bool:
    return bool(COMES_TO_YOU.search(" ".join([service.accessibility or "",
                                              service.description or ""])))


def read_activities(text: str) -> List[str]:
    """Every activity the text names, in ``ACTIVITIES`` order ("the supported employment
    one looks good. what about wheelchair basketball": work, then basketball)."""
    found = []
    for key, (asks, not_asks) in _ASKS.items():
        cleaned = text
        for pattern in not_asks:
            cleaned = pattern.sub(" ", cleaned)
        if any(p.search(cleaned) for p in asks):
            found.append(key)
    return found


def read_activity(text: str) -> Optional[str]:
    """The activity asked for; two joined by "or" are either of them ("chair exercise or a
    walking group" -> "chair_exercise|walking")."""
    found = read_activities(text)
    if len(found) >= 2 and _asked_either(text, found[0], found[1]):
        return EITHER.join(found[:2])
    return found[0] if found else None


OR_BETWEEN = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:or|or else|or maybe|or even)\W+(?:\w+\W+){0,3}$",
                        re.IGNORECASE)


def _span(text: str, key: str) -> Tuple[int, int]:
    """Where the first words asking for the activity are in the text."""
    hits = [m for p in _ASKS[key][0] for m in [p.search(text)] if m]
    first = min(hits, key=lambda m: m.start())
    return first.start(), first.end()


def _asked_either(text: str, one: str, other: str) -> bool:
    """The two are named with "or" between them and little else ("swimming or maybe a
    walking group")."""
    (a_start, a_end), (b_start, b_end) = sorted([_span(text, one), _span(text, other)])
    return bool(OR_BETWEEN.match(text[a_end:b_start] + " ")) if b_start >= a_end else False


# "anything in the week?", "midweek", "monday to friday": a weekday (round sixteen: only the
# Saturday swim came back, with no word that it was on Saturdays).
IN_THE_WEEK = re.compile(r"(?<!not )(?<!no )\b(?:(?:in|during) the week\b(?!end)|mid ?week|week ?days?|monday to friday|"
                         r"mon(?:day)?-fri(?:day)?|not (?:at |on )?(?:the |a )?weekends?)\b", re.I)
_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?")
# "saturdays are no good", "not saturdays", "cant do sundays": that day turned down.
DAY_TURNED_DOWN = re.compile(
    r"\b(?P<a>" + _DAY + r")(?:'s| is| are| r)? (?:no good|not good|out|no use|bad|a no|"
    r"(?:are |is )?(?:not|no) (?:possible|ok|okay))\b|"
    r"\b(?:not|no|cant do|can't do|cannot do|can not do|not on|never on|cant (?:make|manage)|"
    r"can't (?:make|manage)|anything but|except)(?: on)?(?: a| the)? (?P<b>" + _DAY + r")\b", re.I)


def _days_in(text: str) -> set:
    said = set()
    for word in words(text):
        for code, name in DAY_NAMES.items():
            if word in (name.lower(), name.lower() + "s"):
                said.add(code)
        if word in ("weekend", "weekends"):
            said.update(WEEKEND)
        if word in ("weekday", "weekdays"):
            said.update(WEEKDAYS)
    return said


def read_days(text: str, whole: Optional[str] = None) -> FrozenSet[str]:
    """The days asked for in ``text`` (the request without what it turns down). A day
    turned down in the ``whole`` message ("saturdays are no good", "not on a saturday") is
    not asked; with nothing else asked, every other day is."""
    text, whole = str(text or ""), str(whole if whole is not None else text or "")
    refused = set()
    for match in DAY_TURNED_DOWN.finditer(whole):
        refused |= _days_in(match.group("a") or match.group("b"))
    said = _days_in(DAY_TURNED_DOWN.sub(" ", IN_THE_WEEK.sub(" ", text)))
    if IN_THE_WEEK.search(whole):
        said.update(WEEKDAYS)
    if refused and not said:
        said = set(DAY_NAMES) - refused
    return frozenset(said - refused)


# The time of day asked for (round thirteen: "in the daytime" was shown a 6pm class with no
# note). "not in the evening" is not asked.
TIMES_ASKED = {
    "day": re.compile(r"(?<!not )(?<!no )\b(?:day ?times?|in the day|during the day|"
                      r"days? not (?:nights?|evenings?)|daylight|before (?:it gets )?dark)\b",
                      re.I),
    "morning": re.compile(r"(?<!not )(?<!no )(?<!not in the )\b(?:mornings?|a\.?m\.? "
                          r"sessions?)\b", re.I),
    "afternoon": re.compile(r"(?<!not )(?<!no )(?<!not in the )\bafternoons?\b", re.I),
    "evening": re.compile(r"(?<!not )(?<!no )(?<!not in the )\b(?:evenings?|after work|"
                          r"after tea|teatime|tea time)\b", re.I),
}
CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b|\b(midday|noon|midnight)\b", re.I)
EVENING_FROM = 17.0   # 5pm


def read_times(text: str) -> FrozenSet[str]:
    return frozenset(name for name, pattern in TIMES_ASKED.items() if pattern.search(text))


def _hours(when: str) -> List[float]:
    """The clock times in a schedule ("Mondays and Thursdays, 6pm to 7pm" -> [18, 19])."""
    found = []
    for hour, minute, half, word in CLOCK.findall(when or ""):
        if word:
            found.append(0.0 if word.lower() == "midnight" else 12.0)
            continue
        value = int(hour) % 12 + (12 if half.lower() == "pm" else 0) + int(minute or 0) / 60
        found.append(float(value))
    return found


def time_ok(service: ServiceSummary, times: FrozenSet[str]) -> bool:
    """The service's schedule fits one time of day asked; a schedule with no clock times
    is not said to miss (it may well fit: phone to check)."""
    hours = _hours(service.when)
    if not hours or not times:
        return True
    start, end = hours[0], (hours[1] if len(hours) > 1 else hours[0] + 1)
    fits = {"day": start < EVENING_FROM and start >= 7, "morning": start < 12,
            "afternoon": start < EVENING_FROM and end > 12,
            "evening": end > EVENING_FROM + 0.5 or start >= EVENING_FROM}
    return any(fits[name] for name in times)


def read_cost(text: str) -> Optional[str]:
    if FREE_ASKED.search(text) and not NOT_FREE_SENSE.search(text):
        return "free"
    if CHEAP_ASKED.search(text):
        return "cheap"
    return None


def read_age(text: str) -> Optional[str]:
    """ "for yung peple" -> "young". Asked for young people wins over a mention of older
    ones ("them are for old people. anything for young people?")."""
    if YOUNG_ASKED.search(text) or FOR_OLD_PEOPLE_SAID.search(text) \
            or YOUNG_AGE_SAID.search(text):
        return "young"
    return "older" if OLDER_ASKED.search(text) else None


def age_said_before(texts: Sequence[str]) -> Optional[str]:
    """The age group the newest of these messages names ("i am 22", "coffee morning is for
    old people"), so later searches keep to it (round ten: a 22-year-old was shown the same
    coffee morning and a lunch club again). None when none names one."""
    for text in reversed(list(texts)):
        said = str(text or "")
        if FOR_OLD_PEOPLE_SAID.search(said):
            return "young"
        age = read_age(" ".join(without_turned_down(said).split()))
        if age:
            return age
    return None


def read_facets(text: object) -> Facets:
    """The facets a request names; an empty ``Facets`` when it names none."""
    without = turned_down(text)
    said = " ".join(without_rejected(without_turned_down(text)).split())
    if not said:
        return Facets(without=without, days=read_days("", str(text or "")),
                      age="young" if FOR_OLD_PEOPLE_SAID.search(str(text or "")) else None)
    # "coffee morning is for old people" is taken out with the coffee morning, but says
    # they are younger.
    age = "young" if FOR_OLD_PEOPLE_SAID.search(str(text)) else read_age(said)
    return Facets(activity=read_activity(said), wheelchair=bool(WHEELCHAIR_ASKED.search(said)),
                  cost=read_cost(said), days=read_days(said, str(text)), age=age, without=without,
                  times=read_times(said), language=language_asked(str(text or "")),
                  at_home=bool(AT_HOME_ASKED.search(said)), joins=bool(JOINS_ASKED.search(said)))


JOINS_ASKED = re.compile(r"\b(?:clubs?|groups?|class(?:es)?|societ(?:y|ies))\b", re.IGNORECASE)


# ---- does a service meet them? ---------------------------------------------------------------

def _phrase_in(phrase: str, haystack: str) -> bool:
    return f" {' '.join(words(phrase))} " in haystack


def offers(service: ServiceSummary, activity: str) -> bool:
    """The service's keyword terms (or its name) say it offers the activity."""
    terms = ACTIVITIES[activity].terms
    keywords = {" ".join(words(k)) for k in service.keywords}
    if keywords & {" ".join(words(t)) for t in terms}:
        return True
    name = f" {' '.join(words(service.name))} "
    return any(_phrase_in(t, name) for t in terms)


def wheelchair_ok(service: ServiceSummary) -> bool:
    note = service.accessibility or ""
    return bool(ACCESS_YES.search(note)) and not ACCESS_NO.search(note)


def cost_ok(service: ServiceSummary, cost: str) -> bool:
    amount = service.cost_amount
    if amount is None and service.cost.strip().lower().startswith("free"):
        amount = 0.0
    if amount is None:
        return False
    return amount == 0 if cost == "free" else amount <= LOW_COST_LIMIT


# Ages: "young" is under 40 (YOUNG_AGE_SAID); a service from 50 up is for older people, one
# up to 30 for younger people.
OLDER_FROM, YOUNGER_TO = 50, 30
AGED_FROM = re.compile(r"\b(?:aged|ages?) (?:5\d|6\d|7\d)\b|\bover (?:5\d|6\d|7\d)s?\b|"
                       r"\b(?:5\d|6\d|7\d) ?(?:\+|and (?:over|above|older|up)\b|or (?:over|"
                       r"older)\b)", re.I)


def age_ok(service: ServiceSummary, age: str) -> bool:
    """Nothing about the service says it is only for the other age group: its eligibility
    (ORUK ``minimum_age``/``maximum_age``, a v1 eligibility note), name, description,
    keywords or organisation ("Later Life Leeds")."""
    said = " ".join([service.name, service.description or "", *service.keywords,
                     getattr(service, "eligibility", "") or "", service.organisation or ""])
    low, high = getattr(service, "minimum_age", None), getattr(service, "maximum_age", None)
    if age == "young":
        return not (FOR_OLDER.search(said) or AGED_FROM.search(said)
                    or (low is not None and low >= OLDER_FROM))
    return not (FOR_YOUNGER.search(said) or (high is not None and high <= YOUNGER_TO))


def role_not_asked(service: ServiceSummary, activity: Optional[str]) -> bool:
    """A volunteer role or job help, when the activity asked is something else."""
    asked = str(activity or "").split(EITHER)
    return any(role not in asked and offers(service, role) for role in ROLES)


def alike(service: ServiceSummary, activity: str) -> bool:
    """Not the activity asked, but one of the nearest kinds to it (never a role)."""
    if role_not_asked(service, activity):
        return False
    keywords = {" ".join(words(k)) for k in service.keywords}
    return bool(keywords & {" ".join(words(t)) for t in ACTIVITIES[activity].like})


# The first few kinds in an activity's ``like`` are its nearest ("gardening": outdoors,
# walking, fresh air; then meet people). Round 13: "gardening or nature walks, wheelchair
# accessible" got a choir, a lunch club and a tea dance, equal to the walks. A near kind
# counts as much as another facet met, and is shown first.
NEAR_KINDS = 3
NEAR_BONUS = 2


def like_rank(service: ServiceSummary, activity: str) -> int:
    """How near a kind of the activity the service is: the place in ``like`` of the first
    term its keywords hold (0 nearest), or len(like) when none."""
    keywords = {" ".join(words(k)) for k in service.keywords}
    like = ACTIVITIES[activity].like
    return next((i for i, term in enumerate(like) if " ".join(words(term)) in keywords),
                len(like))


def near_kind(service: ServiceSummary, activity: str) -> bool:
    """One of the nearest kinds of the activity (never a role)."""
    return alike(service, activity) and like_rank(service, activity) < NEAR_KINDS


def misses(service: ServiceSummary, facets: Facets) -> List[str]:
    """Which facets this service does not meet: "activity", "wheelchair", "cost", "day"."""
    missed = []
    if facets.activity and (not offers(service, facets.activity)
                            or role_not_asked(service, facets.activity)):
        missed.append("activity")
    if facets.wheelchair and not wheelchair_ok(service):
        missed.append("wheelchair")
    if facets.cost and not cost_ok(service, facets.cost):
        missed.append("cost")
    if facets.days and not set(service.days) & set(facets.days):
        missed.append("day")
    if facets.age and not age_ok(service, facets.age):
        missed.append("age")
    if facets.times and not time_ok(service, facets.times):
        missed.append("time")
    if facets.at_home and not comes_to_you(service):
        missed.append("home")
    return missed


WEIGHTS = {"activity": 4, "wheelchair": 2, "cost": 1, "day": 1, "age": 2, "time": 1, "home": 2}
ALIKE_WEIGHT = 2   # not the activity, but a near kind of it


def _offers_it(service: ServiceSummary, activity: str) -> bool:
    return offers(service, activity) and not role_not_asked(service, activity)


def _met(service: ServiceSummary, facets: Facets, alike_counts: bool = False) -> float:
    asked = [name for name, on in (("activity", facets.activity),
                                   ("wheelchair", facets.wheelchair),
                                   ("cost", facets.cost), ("day", facets.days),
                                   ("age", facets.age), ("time", facets.times),
                                   ("home", facets.at_home)) if on]
    missed = misses(service, facets)
    met = sum(WEIGHTS[name] for name in asked if name not in missed)
    if alike_counts and "activity" in missed and alike(service, facets.activity):
        met += ALIKE_WEIGHT + (NEAR_BONUS if near_kind(service, facets.activity) else 0)
    return met


def speaks_it(service: ServiceSummary, facets: Facets) -> bool:
    """The service lists the language asked for (False when none was asked)."""
    return bool(facets.language) and speaks(getattr(service, "languages", None) or (),
                                            facets.language)


def language_first(shown: Sequence[ServiceSummary], facets: Facets) -> List[ServiceSummary]:
    """Those that list the language asked for first, each group in the order it had."""
    if not facets.language:
        return list(shown)
    return sorted(shown, key=lambda s: not speaks_it(s, facets))


def narrow(ranked: Sequence[ServiceSummary],
           facets: Facets) -> Tuple[List[ServiceSummary], bool]:
    """(services to show, whether they are alternatives because nothing met every facet).

    Keeps the ranked order. What the request turns down ("no bingo") is never shown. No
    other facets: everything else. None meets them all: those meeting the most (an empty
    list when none meets any)."""
    ranked = [s for s in ranked if not mentions(s, facets.without)]
    if not facets.activity:
        # No work asked: job help comes after the rest (round seventeen: "a club for older
        # men near me" had Job Club first, for the word "club"), and so do volunteer roles
        # when a club or group to join is asked. Otherwise a volunteer role stays where it
        # ranks: serving tea in a community cafe is a way to meet people (round four's
        # "frends to go cafe with").
        ranked = sorted(ranked, key=lambda s: offers(s, "work") or (
            facets.joins and offers(s, "volunteering")))
    if facets.age:
        # Who it is for is a must (round twelve: a 20-year-old shown a tea dance and lunch
        # clubs for older people): never the other age group's places, even as the nearest.
        ranked = [s for s in ranked if age_ok(s, facets.age)]
        if not ranked:
            return [], True
    if not facets.asks():
        return list(ranked), False
    exact = [s for s in ranked if not misses(s, facets)]
    if exact:
        return exact, False
    # Nothing offers the activity at all: the nearest kinds of it count ("a bowls club"
    # asked, a coffee morning shown, each said to be something else).
    offered = bool(facets.activity) and any(_offers_it(s, facets.activity) for s in ranked)
    if facets.activity:
        # An activity asked is a must: only services offering it, or else its nearest
        # kinds; never others padded in for meeting the day or the cost ("wheelchair
        # basketball" never brings Shopmobility, "nights" never a coffee morning).
        ranked = [s for s in ranked if (_offers_it(s, facets.activity) if offered
                                        else alike(s, facets.activity))]
    scores = [_met(s, facets, bool(facets.activity) and not offered) for s in ranked]
    best = max(scores, default=0)
    if best <= 0:
        return [], True
    kept = [s for s, score in zip(ranked, scores) if score == best]
    if facets.activity and not offered:
        # None of them is what was asked, so the words matched ("club") say nothing: the
        # nearest first.
        # the nearest kinds first (whichever of them), then the nearest places.
        kept.sort(key=lambda s: (not near_kind(s, facets.activity),
                                 s.distance_miles if s.distance_miles is not None else 1e9))
    return kept, True

