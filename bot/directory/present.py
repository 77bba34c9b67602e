"""Chat messages from a search outcome: an opening line, one message per service, an ending.

Short, plain sentences: what it is, when, cost, how to get in touch, how far. When the
answers come from the saved copy we say they may be out of date; when nothing could be found
we give the council's phone number and web address. ``all_texts()`` gives the plain-language
gate every fixed sentence and a rendered example of each kind of answer.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Dict, List, Optional

from bot import settings
from bot.directory import categories
from bot.directory.search import SearchOutcome, fallback_message
from bot.directory.facets import ACCESS_NO, ACTIVITIES, Facets, misses, read_facets, speaks_it
from bot.directory.languages import english_is_hard_for_them
from bot.language import finds_english_hard
from bot.directory.service_summary import ServiceSummary
from bot.directory.textmatch import words
from bot.directory.wording import DAY_CODES, DAY_NAMES
from bot.sounds_like import as_meant

ASK_CATEGORY = ("What kind of help are you looking for? "
                "Pick one below, or tell me in your own words.")
INTRO = "Here are some places that can help with {topic}{near}."
INTRO_ANY = "Here are some places that might help{near}."
INTRO_MORE = "Here are some more."
STALE = ("I could not reach the directory just now, so these come from an earlier search. "
         "Some details may be out of date. Please phone to check before you go.")
ASK_PLACE = ("Where do you live? Tell me your postcode, street or town and I can find places "
             "near you. For now, here is what I found.")
POSTCODE_SKIPPED = "I have searched without a postcode, so I cannot say how far away they are."
ENDING_MORE = "Would you like to see more, or look for a different kind of help?"
ENDING_LAST = ("That is all I found. You can look for a different kind of help, "
               "or talk to a person.")
ENDING_NONE = "You can also talk to a person here."
WHEN = "When: {when}."
COST = "Cost: {cost}."
CALL = "Phone: {phone}."
EMAIL = "Email: {email}"
WEB = "Website: {url}"
WHERE = "Where: {address}."
NEAR = "Very close to you."
FAR = "About {miles} miles away."
ONE_MILE = "About 1 mile away."
ACCESS = "Getting in: {access}"
NOTHING_LIKE_THAT = "I could not find {wanted} in the directory."
NEAREST_FIRST = "The nearest are first."
BEST_FIRST = "The best matches are first."
LEFT_OUT = "I have left out anything with {things}."
NEAREST = "I could not find {wanted}. These are the nearest I found."
NOTE_ACTIVITY = "Note: this is not {activity}."
COUNCIL_ARRANGES = "The council's care team may be able to arrange it. Call {phone} to ask."
NONE_NEARER = ("I could not find {wanted} nearer than {name}. It is the nearest I know of, "
               "{distance}")
OTHERS_NEARER = "These are nearer to you. They are not the same, but they are a bit like it."
NO_OTHERS_NEARER = "I did not find anything else nearer. A person can help you look."
NOT_ANYWHERE = "I could not find {wanted} anywhere in the directory."
NEAREST_OTHER = "Of the other places, {name} is the nearest, {distance}"
NOTE_WHEELCHAIR = "Note: it does not say it has wheelchair access. Please phone to check."
NOTE_FREE = "Note: this is not free."
NOTE_CHEAP = "Note: this may cost more than you want."
NOTE_DAY = "Note: this is not on {days}."
NOTE_YOUNG = "Note: this is for older people."
NOTE_OLDER = "Note: this is for younger people."
NOTE_TIME = "Note: this is not in the {times}."
NOTE_HOME = "Note: this does not come to your home."
NOTE_NO_ACCESS = "Note: this may not suit a wheelchair user. Please phone to check."
SPEAKS = "It says it can help in {language}."
NOTE_LANGUAGE = "Note: it does not say it speaks {language}."
LANGUAGE_FIRST = "The places that say they speak {language} are first."
LANGUAGE_NONE = "None of these say they speak {language}."
INTERPRETER = "The council can get a free interpreter. Call {phone} to ask."
TIME_WORDS = {"day": "daytime", "morning": "morning", "afternoon": "afternoon",
              "evening": "evening"}

MAX_DESCRIPTION_WORDS = 20

MORE_BUTTON = {"title": "Show more", "payload": "/show_more"}
OTHER_BUTTON = {"title": "A different kind of help", "payload": "/find_service"}


# "Find help: Living independently" reads at grade 12.5, over the gate's limit for a short text.
FIND_HELP_WORDS = {"living_independently": "Living on your own"}


def find_help_button(category: str) -> Dict[str, str]:
    """A button that searches one directory heading, e.g. "Find help: Money matters"."""
    heading = FIND_HELP_WORDS.get(category) or categories.CATEGORIES[category].split(" (")[0]
    return {"title": f"Find help: {heading}",
            "payload": f'/find_service{{"service_category": "{category}"}}'}


def first_sentence(text: str) -> str:
    """The first sentence of a description, cut short if a feed wrote a long one."""
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    words = sentence.split()
    if len(words) > MAX_DESCRIPTION_WORDS:
        sentence = " ".join(words[:MAX_DESCRIPTION_WORDS]).rstrip(",;:") + "..."
    elif not sentence.endswith((".", "!", "?")):
        sentence += "."
    return sentence


MAX_MEANINGS = 2


def meanings(description: str) -> List[str]:
    """Care words in a directory's own description, explained from our jargon buster.

    Descriptions come from outside and are not ours to rewrite; the person still gets the
    meaning of any care word in them, checked by the plain-language engine.
    """
    # Lazy: jargon.check loads spaCy; the gate and the gateway import this module cheaply.
    from jargon.check import annotate

    return annotate(description)[:MAX_MEANINGS]


def _with_stop(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def distance_words(miles: Optional[float]) -> str:
    if miles is None:
        return ""
    if miles < 0.3:
        return NEAR
    if round(miles) == 1 and miles >= 0.95 and miles < 1.05:
        return ONE_MILE
    shown = f"{miles:.1f}".rstrip("0").rstrip(".")
    return FAR.format(miles=shown)


def cost_text(cost: str) -> str:
    if not cost:
        return ""
    shown = "free" if cost.strip().lower() == "free" else cost.rstrip(".")
    return COST.format(cost=shown)


def service_text(service: ServiceSummary) -> str:
    """One service as a short message: name, what it is, when, cost, contact, how far."""
    lines = [service.name]
    about = first_sentence(service.description)
    if about:
        lines.append(about)
        lines.extend(meanings(about))
    if service.when:
        lines.append(WHEN.format(when=service.when.rstrip(".")))
    if service.cost:
        lines.append(cost_text(service.cost))
    if service.phone:
        lines.append(CALL.format(phone=service.phone))
    if service.email and not service.phone:
        lines.append(EMAIL.format(email=service.email))
    if service.url:
        lines.append(WEB.format(url=service.url))
    if service.address:
        where = service.address + (f", {service.postcode}" if service.postcode else "")
        lines.append(WHERE.format(address=where))
    distance = distance_words(service.distance_miles)
    if distance:
        lines.append(distance)
    if service.accessibility:
        lines.append(ACCESS.format(access=_with_stop(service.accessibility)))
    return "\n".join(lines)


def days_words(days) -> str:
    """{"SA"} -> "Saturdays"; {"SA", "SU"} -> "weekends"; {"MO", "TU"} -> "Mondays or Tuesdays";
    Monday to Friday -> "weekdays"; all but Saturday -> "any day but Saturdays"."""
    if set(days) == {"SA", "SU"}:
        return "weekends"
    if set(days) == {"MO", "TU", "WE", "TH", "FR"}:
        return "weekdays"
    if len(set(days)) >= 5:
        # "saturdays are no good": every other day asked, said by the one left out
        left = [DAY_NAMES[d] + "s" for d in DAY_CODES if d not in days]
        return "any day but " + " or ".join(left)
    names = [DAY_NAMES[d] + "s" for d in DAY_CODES if d in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def wanted_words(wanted: Facets) -> str:
    """What was asked, as the bot says it: "swimming with wheelchair access on Saturdays"."""
    parts = [ACTIVITIES[wanted.activity].label if wanted.activity else "anything"]
    if wanted.wheelchair:
        parts.append("with wheelchair access")
    if wanted.cost:
        parts.append("that is free" if wanted.cost == "free" else "that costs little")
    if wanted.days:
        parts.append("on " + days_words(wanted.days))
    if wanted.age:
        parts.append("for young people" if wanted.age == "young" else "for older people")
    if wanted.times:
        parts.append("in the " + time_words(wanted.times))
    if wanted.at_home:
        parts.append("that comes to your home")
    if wanted.without:
        parts.append("without " + " or ".join(wanted.without))
    return " ".join(parts)


def things_left_out(wanted: Facets) -> str:
    """ "I have left out anything with bingo.": what was turned down, said back (spelt as
    meant: "not shopin" is shopping)."""
    things = [as_meant(thing) for thing in wanted.without]
    return LEFT_OUT.format(things=" or ".join(things)) if things else ""


def council_arranges() -> str:
    return COUNCIL_ARRANGES.format(phone=settings.get("council.adult_social_care_phone", ""))


def nothing_like_that(wanted: Facets) -> str:
    said = NOTHING_LIKE_THAT.format(wanted=wanted_words(wanted))
    team = ACTIVITIES[wanted.activity].team_arranges if wanted.activity else ""
    return f"{said} {team}" if team else said


def offers_a_call_back(outcome) -> bool:
    """Nothing of the kind asked is listed, and the team arranges it (a short stay): the
    call back is offered, not only a person to talk to."""
    activity = getattr(getattr(outcome, "facets", None), "activity", None)
    return bool(activity) and bool(ACTIVITIES[activity].team_arranges) and \
        (bool(getattr(outcome, "alternatives", False)) or not outcome.results)


def notes(service: ServiceSummary, wanted: Facets) -> List[str]:
    """What an alternative does not meet, one short line each."""
    lines = []
    for missed in misses(service, wanted):
        if missed == "activity":
            lines.append(NOTE_ACTIVITY.format(activity=ACTIVITIES[wanted.activity].label))
        elif missed == "wheelchair":
            # "Steps down into the pool. No hoist." said plainly, not "does not say".
            lines.append(NOTE_NO_ACCESS if ACCESS_NO.search(service.accessibility or "")
                         else NOTE_WHEELCHAIR)
        elif missed == "cost":
            lines.append(NOTE_FREE if wanted.cost == "free" else NOTE_CHEAP)
        elif missed == "day":
            lines.append(NOTE_DAY.format(days=days_words(wanted.days)))
        elif missed == "age":
            lines.append(NOTE_YOUNG if wanted.age == "young" else NOTE_OLDER)
        elif missed == "time":
            lines.append(NOTE_TIME.format(times=time_words(wanted.times)))
        elif missed == "home":
            lines.append(NOTE_HOME)
    return lines


def interpreter() -> str:
    return INTERPRETER.format(phone=settings.get("council.adult_social_care_phone", ""))


def language_lines(outcome) -> List[str]:
    """Said once above the places: the ones speaking the language asked for are first, or
    none says it does (then the free interpreter); the interpreter too when the person
    said English is hard for them ("she does not understand english")."""
    facets = outcome.facets
    english_hard = bool(outcome.text) and (finds_english_hard(str(outcome.text))
                                           or english_is_hard_for_them(str(outcome.text)))
    if not facets.language:
        return [interpreter()] if english_hard else []
    if any(speaks_it(s, facets) for s in outcome.results):
        return [LANGUAGE_FIRST.format(language=facets.language)] + \
            ([interpreter()] if english_hard else [])
    return [LANGUAGE_NONE.format(language=facets.language), interpreter()]


def language_note(service: ServiceSummary, wanted: Facets) -> List[str]:
    """Under each place when a language was asked: it speaks it, or it does not say so."""
    if not wanted.language:
        return []
    line = SPEAKS if speaks_it(service, wanted) else NOTE_LANGUAGE
    return [line.format(language=wanted.language)]


def time_words(times) -> str:
    """ "daytime", "morning or evening"."""
    return " or ".join(TIME_WORDS[t] for t in ("day", "morning", "afternoon", "evening")
                       if t in times)


def nearest_first(results: List[ServiceSummary]) -> bool:
    """The places with a known distance are in order, nearest first."""
    miles = [s.distance_miles for s in results if s.distance_miles is not None]
    return miles == sorted(miles)


def intro_text(outcome) -> str:
    if outcome.page > 1:
        return INTRO_MORE
    near = f" near {outcome.postcode}" if outcome.postcode else ""
    if outcome.category:
        topic = categories.short_heading(outcome.category).lower()
        return INTRO.format(topic=topic, near=near)
    return INTRO_ANY.format(near=near)


def format_results(outcome) -> List[Dict[str, str]]:
    """The messages to send for a ``SearchOutcome``, each ``{"text": ...}``."""
    messages: List[str] = []
    if outcome.postcode_error:
        messages.append(f"{outcome.postcode_error} {POSTCODE_SKIPPED}")
    known = getattr(outcome, "nearest_known", None)
    if known is not None:
        return [{"text": m} for m in messages + nearer_texts(outcome, known)]
    if outcome.source == "none" or not outcome.results:
        messages.append(outcome.fallback_message or ENDING_LAST)
        messages.append(ENDING_NONE)
        return [{"text": m} for m in messages]
    intro = intro_text(outcome)
    if getattr(outcome, "alternatives", False) and outcome.page == 1:
        # What was turned down is said once, below ("I have left out anything with...").
        intro = NEAREST.format(wanted=wanted_words(replace(outcome.facets, without=())))

    if outcome.page == 1:
        if any(s.distance_miles is not None for s in outcome.results):
            # Each place then says how far it is; "nearest first" only when it is so (round
            # twelve: 3.9 miles was shown before 1.6 under it).
            intro = f"{intro} {NEAREST_FIRST if nearest_first(outcome.results) else BEST_FIRST}"
        if things_left_out(outcome.facets):
            intro = f"{intro} {things_left_out(outcome.facets)}"
        activity = outcome.facets.activity
        if getattr(outcome, "alternatives", False) and activity \
                and ACTIVITIES[activity].council_arranges:
            # "a night sitter" with none in the directory: what to do, not only what else.
            intro = f"{intro} {ACTIVITIES[activity].team_arranges or council_arranges()}"
        intro = " ".join([intro] + language_lines(outcome))
    if outcome.source == "cache":
        intro = f"{intro} {STALE}"
    messages.append(intro)
    if outcome.category == "technology" and outcome.page == 1:
        messages.append(categories.TECHNOLOGY_EXPLAINER)
    for service in outcome.results:
        extra = notes(service, outcome.facets) if getattr(outcome, "alternatives", False) else []
        extra += language_note(service, outcome.facets)
        messages.append("\n".join([service_text(service)] + extra))
    messages.append(ENDING_MORE if outcome.has_more else ENDING_LAST)
    return [{"text": m} for m in messages]


def nearer_texts(outcome, known: ServiceSummary) -> List[str]:
    """ "anything nearer?" with nothing of that kind nearer: said honestly, then the other
    places nearer than it, if any."""
    wanted = (ACTIVITIES[outcome.facets.activity].label if outcome.facets.activity
              else "anything like it")
    distance = distance_words(known.distance_miles) or ""
    distance = distance[0].lower() + distance[1:] if distance else ""
    if getattr(outcome, "alternatives", False):
        # What was shown was already other kinds: nothing of the kind asked is anywhere.
        lines = [NOT_ANYWHERE.format(wanted=wanted) + " " +
                 NEAREST_OTHER.format(name=known.name, distance=distance)]
    else:
        lines = [NONE_NEARER.format(wanted=wanted, name=known.name, distance=distance)]
    if not outcome.results:
        return lines + [NO_OTHERS_NEARER]
    lines.append(OTHERS_NEARER)
    lines += [service_text(s) for s in outcome.results]
    return lines + [ENDING_LAST]


def _example_outcomes():
    """One outcome of each kind, with a demo-like service, for the plain-language gate."""
    sample = ServiceSummary(
        id="example", name="Memory Cafe",
        description="A friendly cafe for people with memory problems and their families.",
        category="health_and_wellbeing", when="Second Wednesday of the month, 2pm to 4pm",
        cost="Free", phone="0113 496 0149", url="https://example.org/demo/memory-cafe",
        address="83 School Road, Leeds", postcode="LS6 5NJ", distance_miles=1.4,
        accessibility="Step-free access.")
    return {
        "live": SearchOutcome([sample], 4, True, "live", None, "health_and_wellbeing",
                              None, 1, "LS6 3AB"),
        "cache": SearchOutcome([sample], 1, False, "cache", None, "technology", None, 1),
        "none": SearchOutcome([], 0, False, "none", "That postcode does not look right.",
                              None, fallback_message(), 1),
        "empty": SearchOutcome([], 0, False, "none", None, "things_to_do",
                               fallback_message(reached=True), 1),
        "nothing_like_that": SearchOutcome(
            [], 0, False, "live", None, "health_and_wellbeing",
            fallback_message(True, nothing_like_that(read_facets("free swimming on sundays"))),
            1),
        "nearest": SearchOutcome(
            [sample], 1, False, "live", None, "health_and_wellbeing", None, 1,
            facets=read_facets("a free memory cafe with wheelchair access on a saturday"),
            alternatives=True),
        "nearest_cheap": SearchOutcome(
            [sample], 1, False, "live", None, "things_to_do", None, 1,
            facets=read_facets("cheap dancing at the weekend"), alternatives=True),
        "left_out": SearchOutcome(
            [sample], 1, False, "live", None, "things_to_do", None, 1, "LS14 6AB",
            facets=read_facets("things to do, no bingo or quizzes")),
        "nothing_left": SearchOutcome(
            [], 0, False, "live", None, "things_to_do",
            fallback_message(True, nothing_like_that(read_facets("anything but bingo"))), 1),
        "none_nearer": SearchOutcome(
            [sample], 1, False, "live", None, "things_to_do", None, 1, "LS8",
            facets=read_facets("a lunch club"), nearest_known=sample),
        "none_anywhere": SearchOutcome(
            [], 0, False, "live", None, "things_to_do", None, 1, "LS8",
            facets=read_facets("a bowls club"), alternatives=True, nearest_known=sample),
        "none_nearer_nothing": SearchOutcome(
            [], 0, False, "live", None, "things_to_do", None, 1, "LS8",
            facets=read_facets("something to do"), nearest_known=sample),
        "nearest_night": SearchOutcome(
            [sample], 1, False, "live", None, "looking_after_someone", None, 1, "LS6",
            facets=read_facets("a night sitter"), alternatives=True),
        "nearest_sport": SearchOutcome(
            [sample], 1, False, "live", None, "things_to_do", None, 1, "LS11",
            facets=read_facets("wheelchair basketball for someone my age (22)"),
            alternatives=True),
        "nearest_sitter": SearchOutcome(
            [sample], 1, False, "live", None, "looking_after_someone", None, 1, "LS25",
            facets=read_facets("someone to sit with my wife so i can have a break"),
            alternatives=True),
        "nearest_daytime": SearchOutcome(
            [sample], 1, False, "live", None, "health_and_wellbeing", None, 1, "LS28",
            facets=read_facets("swimming in the daytime on a weekday with a hoist"),
            alternatives=True),
        "language": SearchOutcome(
            [sample, replace(sample, languages=["Polish"])], 2, False, "live", None,
            "living_independently", None, 1, "LS8", "help at home that speaks polish",
            facets=read_facets("help at home that speaks polish")),
        "language_none": SearchOutcome(
            [sample], 1, False, "live", None, "things_to_do", None, 1, "LS8",
            "a lunch club in punjabi", facets=read_facets("a lunch club in punjabi")),
        "english_hard": SearchOutcome(
            [sample], 1, False, "live", None, "living_independently", None, 1, "LS8",
            "help at home, she does not understand english"),
        "nearest_short_stay": SearchOutcome(
            [sample], 1, False, "live", None, "looking_after_someone", None, 1, "LS17",
            facets=read_facets("somewhere he stays over for a few nights"), alternatives=True),
        "no_short_stay": SearchOutcome(
            [], 0, False, "live", None, "looking_after_someone",
            fallback_message(True, nothing_like_that(read_facets("respite for a week"))), 1),
        "nearest_young": SearchOutcome(
            [sample], 1, False, "live", None, "things_to_do", None, 1,
            facets=read_facets("anything on a saturday for young people"), alternatives=True),
    }


FIND_YOUR_COUNCIL = "https://www.gov.uk/find-local-council"


# Words that ask for help without saying what kind: "Find local help", "A different kind of
# help", "show me some services near me".
ONLY_ASKING = frozenset("find local help different kind of a an some other another service "
                        "services place places support near me nearby show give look search "
                        "please want need area here round around can you i".split())


def only_asks_for_help(text: str) -> bool:
    """A typed request with no need in it (the menu or "different kind of help" button)."""
    said = words(text)
    return bool(said) and all(w in ONLY_ASKING for w in said)


OUTSIDE_FOUND = "Here is what we have in {area}:"
OUTSIDE_NOTHING = ("Looking in {area}? Tell me the postcode or the part of {area}. "
                   "And tell me what you would like to find.")


def outside_area(postcode: str, area: str, found: bool = True) -> str:
    """A postcode in another council's area: said honestly, with where to look instead.
    Only when places follow does it say "here is what we have"."""
    text = (f"{postcode} is outside our area. Our directory only covers {area}. For help "
            f"near {postcode}, contact the council there. You can find it at "
            f"{FIND_YOUR_COUNCIL}.")
    return f"{text} {OUTSIDE_FOUND.format(area=area)}" if found else text


def outside_area_nothing(area: str) -> str:
    """Said after ``outside_area`` when nothing in our area follows."""
    return OUTSIDE_NOTHING.format(area=area)


def all_texts() -> Dict[str, str]:
    """Every fixed sentence, and each kind of answer rendered once, for the CI gate."""
    texts = {f"directory.present.{name}": value for name, value in globals().items()
             if name.isupper() and isinstance(value, str) and "{" not in value}
    texts["directory.categories.TECHNOLOGY_EXPLAINER"] = categories.TECHNOLOGY_EXPLAINER
    texts["directory.present.outside_area"] = outside_area("CV1 3AB", "Leeds")
    texts["directory.present.outside_area_nothing"] = outside_area("WF1 2AB", "Leeds", False)
    texts["directory.present.outside_area_nothing[2]"] = outside_area_nothing("Leeds")
    texts["directory.present.INTRO_ANY"] = INTRO_ANY.format(near="")
    texts["directory.present.NOTE_TIME"] = NOTE_TIME.format(times=time_words({"day"}))
    for button in (MORE_BUTTON, OTHER_BUTTON, *map(find_help_button, categories.CATEGORIES)):
        texts[f"directory.present.button:{button['title']}"] = button["title"]
    for kind, outcome in _example_outcomes().items():
        for i, message in enumerate(format_results(outcome)):
            texts[f"directory.present.example_{kind}[{i}]"] = message["text"]
    return texts
