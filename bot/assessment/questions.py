"""The self-assessment and carer's assessment questions, in one table.

Based on the council handbook's strengths-based questions, the ROPES model (resources,
options, possibilities, exceptions, solutions) and the Care Act eligibility outcomes.
Each question is written once with placeholders, so it can be asked of the person
("you"), about someone they look after ("your mum") or by staff for a caller.
Open questions only; no deficit words; every one can be skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from bot.answer_kinds import FREE_TEXT, NAME, OUTCOME, SCALE, SCREEN
from bot.markers import NOT_ASKED, NOT_ASKED_YET, NOT_RAISED, NOT_SURE, SKIPPED

MARKERS = (SKIPPED, NOT_SURE, NOT_RAISED, NOT_ASKED, NOT_ASKED_YET)


@dataclass(frozen=True)
class Question:
    slot: str
    section: str          # heading in the summary
    text: str             # with {you}, {your}, {they_are} placeholders
    buttons: Tuple[Tuple[str, str], ...] = ()
    outcome: Optional[str] = None   # Care Act outcome code, for the record
    kind: str = FREE_TEXT           # how the answer is read: bot/answer_kinds.py


SKIP_BUTTONS = (("Skip this one", "/skip"), ("I'm not sure", "/dont_know"))
OUTCOME_BUTTONS = (("This is going fine", "/affirm"),) + SKIP_BUTTONS
SCALE_BUTTONS = tuple((str(n), str(n)) for n in range(1, 11))

# The ten Care Act 2014 eligibility outcomes for adults, in plain words.
ADULT_OUTCOMES: List[Tuple[str, str, str]] = [
    ("eating_drinking", "Eating and drinking", "getting food and drink"),
    ("keeping_clean", "Keeping clean", "washing and keeping clean"),
    ("toilet", "Using the toilet", "using the toilet"),
    ("dressing", "Getting dressed", "getting dressed"),
    ("moving_home", "Moving around the home", "moving around the home safely"),
    ("home_safe", "A clean and safe home", "keeping the home clean and safe"),
    ("relationships", "Family and friends", "seeing family and friends"),
    ("work_learning", "Work and learning", "work, learning or helping out"),
    ("community", "Getting out and about", "getting out and using local places"),
    ("caring_child", "Caring for a child", "caring for a child"),
]

# The eight carer outcomes of the Care and Support (Eligibility Criteria) Regulations 2015.
CARER_OUTCOMES: List[Tuple[str, str, str]] = [
    ("child", "Caring for a child", "looking after a child"),
    ("others", "Caring for others", "looking after anyone else"),
    ("home", "Keeping the home", "keeping your home safe and clean"),
    ("eating", "Eating well", "eating well and having food in"),
    ("relationships", "Family and friends", "keeping in touch with family and friends"),
    ("work_learning", "Work and learning", "work, training or helping out"),
    ("local_places", "Local places", "going out to places near you"),
    ("own_time", "Time for yourself", "having time for yourself"),
]

SCREEN_BUTTONS = (("Yes, some of it", "/affirm"), ("No, that is all fine", "/deny"),
                  ("Skip this one", "/skip"))


@dataclass(frozen=True)
class Screen:
    """One screening question over a few Care Act areas ("Is anything about washing,
    dressing or eating hard just now?"). Only the areas the person says yes to are asked
    about in more depth; the rest are recorded as not raised."""
    slot: str
    text: str
    areas: Tuple[Tuple[str, Tuple[str, ...]], ...]   # (outcome code, words that name it)


# Three Conversations: Conversation 1 starts from what matters, what is working and who is
# around. The Care Act areas come after, one screening question for a few areas at a time.
ADULT_SCREENS: List[Screen] = [
    Screen("sa_screen_self_care", "Is anything hard for {you} just now? Think of meals, "
           "washing, dressing or the toilet.", (
               ("eating_drinking", ("eat", "eating", "food", "drink", "drinking", "meal",
                                    "meals", "cook", "cooking", "appetite")),
               ("keeping_clean", ("wash", "washing", "bath", "shower", "clean", "hygiene",
                                  "hair", "teeth")),
               ("toilet", ("toilet", "loo", "continence", "incontinence", "incontinent",
                           "bladder", "bowel", "pads", "accidents")),
               ("dressing", ("dress", "dressing", "dressed", "clothes", "buttons", "shoes",
                             "socks", "zips")))),
    Screen("sa_screen_home", "Is getting around {your} home hard just now? Or keeping it "
           "clean and safe?", (
               ("moving_home", ("stairs", "steps", "getting around", "moving around", "walking",
                                "walk", "fall", "falls", "fell", "get up", "getting up",
                                "mobility", "chair", "bed")),
               ("home_safe", ("cleaning", "housework", "tidy", "hoover", "hoovering", "bins",
                              "laundry", "heating", "cold", "safe", "damp", "mess", "gas")))),
    Screen("sa_screen_life", "Is anything else hard for {you}? Think of seeing people, "
           "going out, work, learning or a child to care for.", (
               ("relationships", ("family", "friends", "friend", "people", "lonely", "alone",
                                  "on my own", "see anyone", "visitors", "partner", "mates",
                                  "pals", "see nobody", "see no one", "company")),
               ("community", ("getting out", "go out", "going out", "get out", "out of the house",
                              "shops",
                              "bus", "buses", "town", "places", "church", "club")),
               ("work_learning", ("work", "job", "college", "course", "learning", "study",
                                  "volunteering", "school")),
               ("caring_child", ("child", "children", "kids", "grandchildren", "baby")))),
]

CARER_SCREENS: List[Screen] = [
    Screen("ca_screen_home_life", "As well as caring, is anything else hard just now? Think "
           "of your home, meals, or a child or someone else you look after.", (
               ("home", ("home", "house", "housework", "cleaning", "tidy", "bills", "garden")),
               ("eating", ("eat", "eating", "food", "meals", "cook", "cooking", "shopping")),
               ("child", ("child", "children", "kids", "school", "baby")),
               ("others", ("anyone else", "others", "my dad", "my mum", "grandchildren",
                           "neighbour", "someone else", "both")))),
    Screen("ca_screen_own_life", "Is it hard to see family and friends, go out, work or "
           "learn, or have time for yourself?", (
               ("relationships", ("family", "friends", "friend", "partner", "lonely",
                                  "see anyone", "people", "mates", "pals", "see nobody",
                                  "see no one", "company")),
               ("local_places", ("go out", "going out", "get out", "out of the house", "shops",
                                 "town", "places", "church", "gym")),
               ("work_learning", ("work", "job", "college", "course", "learning", "study")),
               ("own_time", ("time for me", "time for myself", "me time", "own time", "myself",
                             "break", "rest", "hobby", "hobbies", "sleep", "time off")))),
]


def _screen_question(screen: Screen, section: str) -> Question:
    return Question(screen.slot, section, screen.text, SCREEN_BUTTONS, kind=SCREEN)


def _outcome_questions(prefix: str, outcomes: List[Tuple[str, str, str]], text: str,
                       screens: List[Screen], section: str) -> List[Question]:
    """Each screen, then the deeper question for each of its areas (asked only on a yes)."""
    by_code = {code: (title, words) for code, title, words in outcomes}
    out: List[Question] = []
    for screen in screens:
        out.append(_screen_question(screen, section))
        for code, _ in screen.areas:
            title, words = by_code[code]
            out.append(Question(f"{prefix}_outcome_{code}", section,
                                text.format(title=title, words=words), OUTCOME_BUTTONS,
                                outcome=code, kind=OUTCOME))
    return out


SELF_ASSESSMENT: List[Question] = [
    Question("preferred_name", "About", "What name would you like me to use{for_them}? "
             "A first name or a nickname is fine.", SKIP_BUTTONS[:1], kind=NAME),
    Question("sa_what_matters", "What matters", "What matters most to {you} in life?", SKIP_BUTTONS),
    Question("sa_good_day", "A good day", "What does a good day look like for {you}?",
             SKIP_BUTTONS),
    Question("sa_working_well", "What is working well",
             "What is going well for {you} at the moment?", SKIP_BUTTONS),
    Question("sa_proud_of", "Proud of", "What {are_you} proud of? It can be big or small.",
             SKIP_BUTTONS),
    Question("sa_good_at", "Good at", "What {are_you} good at? What do other people say?",
             SKIP_BUTTONS),
    Question("sa_people", "People", "Who is in {your} life, and what do {they} do together? "
             "Think of family, friends, neighbours or pets.", SKIP_BUTTONS),
    Question("sa_community", "Community", "What places or groups near {them} {do_they} use "
             "or enjoy? For example a park, a church or a club.", SKIP_BUTTONS),
] + _outcome_questions(
    "sa", ADULT_OUTCOMES, "{title}: what helps {{you}} with {words} now? What could be better?",
    ADULT_SCREENS, "Day-to-day life",
) + [
    Question("sa_tried", "What has helped before", "Think of a time when things were better. "
             "What helped then? What {have_they} tried already?", SKIP_BUTTONS),
    # ROPES: after resources, exceptions and successes come options and possibilities.
    Question("sa_options", "Ideas to try", "What could {you} try next? Any idea counts, "
             "big or small.", SKIP_BUTTONS),
    Question("sa_scale_now", "How things are now", "On a scale of 1 to 10, how are things "
             "for {you} right now? 1 is very hard and 10 is really good.", SCALE_BUTTONS, kind=SCALE),
    Question("sa_small_step", "One small step", "What one small step would move that number "
             "up by one?", SKIP_BUTTONS),
    Question("sa_what_next", "What next", "What would {you_like} to happen next?", (
        ("A call from the care team", "A call from the care team"),
        ("Ideas for local help", "Ideas for local help"),
        ("Just keep this for now", "Just keep this for now"),
    )),
]

CARER_ASSESSMENT: List[Question] = [
    Question("preferred_name", "About", "What name would you like me to use? "
             "A first name or a nickname is fine.", SKIP_BUTTONS[:1], kind=NAME),
    Question("ca_caring_role", "My caring role", "Tell me about the caring you do. Who do you "
             "look after, and what do you do for them?", SKIP_BUTTONS),
    Question("ca_what_matters", "What matters to me", "What matters most to you, as well as "
             "caring?", SKIP_BUTTONS),
    Question("ca_wellbeing", "My health and wellbeing", "How are you keeping? Think about "
             "your own health, sleep and mood.", SKIP_BUTTONS),
] + _outcome_questions(
    "ca", CARER_OUTCOMES, "{title}: how is {words} going, as well as caring? What could be "
    "better?", CARER_SCREENS, "Day-to-day life",
) + [
    Question("ca_willing_able", "Going on caring", "Do you want to go on caring, and do you "
             "feel able to? There is no wrong answer.", (
                 ("Yes, I want to and I can", "Yes, I want to and I can"),
                 ("I want to, but it is getting hard", "I want to, but it is getting hard"),
                 ("I am not sure", "/dont_know"),
                 ("No, I need things to change", "No, I need things to change"),
             )),
    Question("ca_emergency_plan", "If I could not care tomorrow", "If you could not care "
             "tomorrow, who could step in? Think of family, friends or neighbours.",
             SKIP_BUTTONS),
    Question("ca_scale_now", "How things are now", "On a scale of 1 to 10, how are things for "
             "you right now? 1 is very hard and 10 is really good.", SCALE_BUTTONS, kind=SCALE),
    Question("ca_what_would_help", "What would help", "What would make caring easier for you? "
             "It can be a small thing.", SKIP_BUTTONS),
]

SCREENS: Dict[str, Screen] = {s.slot: s for s in ADULT_SCREENS + CARER_SCREENS}
# The deeper questions each screen opens, and the screen each deeper question sits under.
SCREENED: Dict[str, List[str]] = {
    screen.slot: [f"{screen.slot[:2]}_outcome_{code}" for code, _ in screen.areas]
    for screen in SCREENS.values()}
SCREEN_OF: Dict[str, str] = {deeper: screen for screen, slots in SCREENED.items()
                             for deeper in slots}

FORMS: Dict[str, List[Question]] = {
    "self_assessment_form": SELF_ASSESSMENT,
    "carer_assessment_form": CARER_ASSESSMENT,
}
BY_SLOT: Dict[str, Question] = {q.slot: q for qs in FORMS.values() for q in qs}


# The screen asked after earlier answers already told about some of its areas ("he cant
# wash himself" at "what matters?"): said back, and only the rest asked about.
TOLD_EARLIER = 'You told me earlier: "{words}".'
TOLD_HARD_NEXT = "I will ask what would help with that."
ANYTHING_ELSE = "Is anything else hard for {you} just now?"
THINK_OF = "Think of {areas}."
# Answers that never tell about the person's own areas: the carer's account of the caring
# ("meds, washing him, meals") is about the person they look after.
NOT_ABOUT_OWN_AREAS = ("preferred_name", "ca_caring_role")


def form_of_screen(screen_slot: str) -> List[Question]:
    return next(qs for qs in FORMS.values() if any(q.slot == screen_slot for q in qs))


def answers_before(screen_slot: str, get) -> List[str]:
    """The person's own words in the answers before this screen, in order (``get`` reads a
    slot): what they may already have said about its areas."""
    out: List[str] = []
    for question in form_of_screen(screen_slot):
        if question.slot == screen_slot:
            break
        value = get(question.slot)
        if question.kind in (FREE_TEXT, OUTCOME, SCREEN) and isinstance(value, str) and \
                question.slot not in NOT_ABOUT_OWN_AREAS and value not in MARKERS:
            out.append(value)
    return out


def area_words(screen_slot: str, code: str) -> str:
    outcomes = ADULT_OUTCOMES if screen_slot.startswith("sa_") else CARER_OUTCOMES
    return next(words for c, _, words in outcomes if c == code)


def screen_after_told(screen: Screen, told: Dict[str, Tuple[str, str]], about: Optional[str],
                      relationship: Optional[str], name: Optional[str]) -> List[str]:
    """What was said before, said back, then "Is anything else hard...?" about the areas
    not told of yet (the screen asked blind asked about them all again)."""
    said: List[str] = []
    for code, _ in screen.areas:
        if code in told and told[code][1] not in said:
            said.append(told[code][1])
    lines = [TOLD_EARLIER.format(words=words.rstrip(".")) for words in said]
    if any(state == "hard" for state, _ in told.values()):
        lines.append(TOLD_HARD_NEXT)
    rest = [area_words(screen.slot, code) for code, _ in screen.areas if code not in told]
    question = ANYTHING_ELSE
    if rest:
        areas = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " or " + rest[-1]
        question = f"{ANYTHING_ELSE} {THINK_OF.format(areas=areas)}"
    lines.append(render(Question(screen.slot, "", question), about, relationship, name))
    return lines


def relation_phrase(about: Optional[str], relationship: Optional[str],
                    name: Optional[str] = None) -> str:
    """How to name the person the answers are about: "you", "Jean", "your mum", "the caller".
    A skipped or unsure name (``bot.markers``) is no name."""
    if name in (SKIPPED, NOT_SURE):
        name = None
    if about in ("someone_i_care_for", "staff_for_caller") and name:
        return name
    if about == "someone_i_care_for":
        return f"your {relationship}" if relationship else "the person you look after"
    if about == "staff_for_caller":
        return "the caller"
    return "you"


def render(question: Question, about: Optional[str] = None,
           relationship: Optional[str] = None, name: Optional[str] = None) -> str:
    """The question in the right voice for who it is about."""
    who = relation_phrase(about, relationship, name if question.slot != "preferred_name" else None)
    if who == "you":
        words = {"you": "you", "your": "your", "are_you": "are you", "them": "you",
                 "they": "you", "do_they": "do you", "have_they": "have you",
                 "you_like": "you like", "for_them": ""}
    else:
        words = {"you": who, "your": f"{who}'s", "are_you": f"is {who}", "them": who,
                 "they": "they", "do_they": "do they", "have_they": "have they",
                 "you_like": f"{who} like", "for_them": f" for {who}"}
    text = question.text.format(**words)
    return text[0].upper() + text[1:]


def all_texts() -> Dict[str, str]:
    """Every question in every voice, for the plain-language gate."""
    out = {}
    for q in BY_SLOT.values():
        for about, rel, name in (("self", None, None), ("someone_i_care_for", "mum", None),
                                 ("someone_i_care_for", None, None),
                                 ("someone_i_care_for", "dad", "Jean"),
                                 ("staff_for_caller", None, None)):
            out[f"questions.{q.slot}[{about}:{rel}:{name}]"] = render(q, about, rel, name)
        for title, _ in q.buttons:
            out[f"questions.{q.slot}:button:{title}"] = title
    for screen in SCREENS.values():
        first, *others = [code for code, _ in screen.areas]
        for about, rel, name in (("self", None, None), ("someone_i_care_for", "dad", "Ron")):
            told = {first: ("hard", "he cant wash himself"), others[0]: ("fine", "meals are fine")}
            for n, line in enumerate(screen_after_told(screen, told, about, rel, name)):
                out[f"questions.{screen.slot}:told[{about}]:{n}"] = line
        everything = {code: ("hard", "it is all hard") for code, _ in screen.areas}
        out[f"questions.{screen.slot}:told[all]"] = " ".join(
            screen_after_told(screen, everything, "self", None, None))
    return out
