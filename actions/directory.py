"""Signposting: finds local help in the Open Referral UK directory (bot/directory).

The action only reads slots and entities, calls the search library and sends what it
formats. The search never raises: a broken directory gives a plain fallback instead.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (chained_listen, entity, Events, latest_text, left_for_search_now,
                            TrackerAction)
from actions.open_offer import (accepted_offer, answer_about_offer, keep_offer_open,
                                last_bot_message, open_offer)
from bot.answers.offers import offer_kind
from bot.answers import volunteering, which_is_best
from bot.answers.money_questions import ASSESSMENT_NAMED, cost_lines
from bot.directory.cost_questions import asks_only_what_help_costs
from bot import for_young_people, settings, store, texts
from bot.assessment import summary
from bot.directory import followup, getting_in_touch, present, saved
from bot.directory.categories import CATEGORIES
from bot.directory import exclusions
from bot.directory.facets import ACTIVITIES, WHEELCHAIR_ASKED, age_said_before, read_facets
from bot.directory.places import area_name, find_location, in_area, without_places
from bot.directory.postcodes import find_postcode
from bot.listening import SAID as THEME_WORDS, theme_heading, themes_in as theme_list
from bot.sounds_like import as_meant
from bot.directory.needs import ASKS as search_request_words, turned_down
from bot.directory.search import categorise, search_nearer, search_services

MORE = present.MORE_BUTTON
OTHER = present.OTHER_BUTTON
PERSON = texts.TALK_TO_A_PERSON


def category_buttons() -> List[Dict[str, str]]:
    return [
        {"title": heading.split(" (")[0],
         "payload": f'/find_service{{"service_category": "{key}"}}'}
        for key, heading in CATEGORIES.items()
    ]


def resolve_category(raw: Optional[str], text: str) -> Optional[str]:
    if raw in CATEGORIES and not (text and turned_down(raw, text)):
        return raw
    for clue in (raw, text):
        if clue:
            found = categorise(clue)
            if found:
                return found
    return None


def show_results(dispatcher: CollectingDispatcher, outcome: Any) -> None:
    """A search's messages, the buttons (more, save, other help, a person) on the last."""
    messages = present.format_results(outcome)
    if (none_for_young := for_young_people.none_for_young(outcome)) and len(messages) > 1:
        # "sumthing for yung peple like me im 22" with no group for young people: said.
        messages.insert(len(messages) - 1 - len(outcome.results), {"text": none_for_young})
    # (no short stay listed: the team arranges one, so a call back is offered)
    person = texts.ASK_FOR_A_CALL_BACK if present.offers_a_call_back(outcome) else PERSON
    buttons = ([MORE] if outcome.has_more else []) + \
        ([saved.SAVE_BUTTON] if outcome.results else []) + [OTHER, person]
    for i, message in enumerate(messages):
        last = i == len(messages) - 1
        dispatcher.utter_message(text=message["text"], buttons=buttons if last else [])


async def run_search(dispatcher: CollectingDispatcher, category: Optional[str],
                     query: Optional[str], postcode: Optional[str],
                     page: int, outside: Optional[str] = None,
                     age: Optional[str] = None, wheelchair: bool = False
                     ) -> List[Dict[Text, Any]]:
    outcome = await search_services(category, query, postcode, page=page, age=age,
                                    wheelchair=wheelchair)
    if outside:
        # Another council's postcode: "here is what we have" only when something follows.
        dispatcher.utter_message(text=present.outside_area(outside, area_name(),
                                                           bool(outcome.results)))
        if not outcome.results:
            dispatcher.utter_message(text=present.outside_area_nothing(area_name()))
            return [SlotSet("service_category", outcome.category or category),
                    SlotSet("shown_services", None)]
    show_results(dispatcher, outcome)
    shown = [followup.card(s, outcome.category or category or "") for s in outcome.results]
    if present.offers_a_call_back(outcome):
        # Shown instead of a short stay: "how do i get one" is then about the short stay.
        shown = [dict(c, instead_of=outcome.facets.activity) for c in shown]
    return [SlotSet("service_category", outcome.category or category),
            SlotSet("directory_page", float(page)), SlotSet("shown_services", shown or None)]


class ActionSearchDirectory(TrackerAction):
    action = "action_search_directory"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        events = await self.search(dispatcher, tracker)
        if left_for_search_now(tracker):
            # "can we stop a minute, i want to find a mens club near me": the questions
            # wait where they were; one tap goes back to the same question (round 17).
            dispatcher.utter_message(text=texts.BACK_TO_THE_QUESTIONS,
                                     buttons=[dict(texts.CARRY_ON)])
        return events + chained_listen(tracker)

    async def search(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        text = latest_text(tracker)
        offered = offered_search(tracker)
        if offered is not None:
            # "yes please" to "Would you like to find free advice near you?": that search.
            # "yeah ok then, LS12 3AA": the place said with the yes is where to look.
            place = entity(tracker, "postcode") or find_location(text)
            return await search_here(dispatcher, offered or None, None,
                                     place or known_place(tracker), **needs_said(tracker))
        typed = "" if text.startswith("/") else text
        if typed and (keep_offer_open(dispatcher, tracker)
                      or answer_about_offer(dispatcher, tracker)):
            # "i might" to "Would you like one?", taken for a search: the offer stays open
            # ("tell me about it first": what it means, and the offer stays open).
            return []
        if typed and lonely_first(dispatcher, typed):
            # "no mates really", "i dont hav frends tho 😔 wud like sum": a kind word, then
            # groups to meet people (round fourteen: "no mates" was read as "leave out
            # anything with mates", and the sad face was not answered).
            return await search_here(dispatcher, "things_to_do", company_words(typed),
                                     find_location(typed) or known_place(tracker),
                                     **needs_said(tracker))
        listed = answer_about_saved(dispatcher, tracker, typed) if typed else None
        if listed is not None:
            # "no jus the shop 1", "take job club off my list" taken for a search (round
            # twelve): the list put right, never a search for shops or job clubs.
            return listed
        if typed and followup.thanks_only(typed):
            # "thank you. ill give them a ring tomorrow": thanks, not another search.
            dispatcher.utter_message(response="utter_thank")
            return []
        if answer_plain_question(dispatcher, tracker, typed):
            # "wot is volunteer", "is volunteering a job? do u get munny": what it means,
            # never the same volunteer list again (round fourteen).
            return []
        answered = await answer_in_context(dispatcher, tracker, typed)
        if answered is not None:
            return answered
        if typed and asks_only_what_help_costs(typed):
            # "does it cost anything? we're not well off, i gave up my job" (round
            # fourteen: Job Club): the honest answer about cost, never a search.
            return answer_cost(dispatcher, tracker, typed)
        if present.only_asks_for_help(typed):
            # "Find local help", "A different kind of help" typed: no need in it yet.
            typed = ""
        category = resolve_category(entity(tracker, "service_category"), typed)
        said_place = entity(tracker, "postcode") or find_location(typed)
        query: Optional[str] = without_location(typed) or None
        earlier = tracker.get_slot("service_category")
        if category is None and query and asks_without_a_need(query):
            # "is there owt round here or not": the need is in what they said before
            # ("its being on my own thats the trouble"); with none there, ask which kind.
            category = earlier or need_said_before(earlier_words(tracker))
            query = None
            if category is None:
                return await search_here(dispatcher, None, None,
                                         said_place or known_place(tracker), **needs_said(tracker))
        moved = moves_elsewhere(tracker, typed) if typed else None
        if moved is not None:
            return await search_here(dispatcher, *moved, **needs_said(tracker))
        if category is None and earlier:
            if read_facets(query).any():
                # "anything on a saturday for young people": the same topic, narrowed.
                category = earlier
                query = same_thing_other_days(query, tracker.get_slot("directory_query"),
                                              said=typed)
            elif said_place:
                # "what about over Headingley way", "im in LS15 8": the same search
                # (swimming stays swimming), somewhere else.
                category, query = earlier, tracker.get_slot("directory_query")
        if typed and getting_in_touch.phone_is_hard(as_meant(typed)):
            # "no the one wiv coach in shop. i carnt do fone calls" with nothing shown yet:
            # said before the places, so their phone numbers are not the only way.
            dispatcher.utter_message(text=getting_in_touch.NO_PHONE_NEEDED)
        return await search_here(dispatcher, category, query,
                                 said_place or known_place(tracker), **needs_said(tracker))


def answer_cost(dispatcher: CollectingDispatcher, tracker: Tracker,
                text: str) -> List[Dict[Text, Any]]:
    """Whether help costs: about the carer's assessment when it was named (in the question,
    or just before it: "what is a carers assessment" then "does it cost anything?")."""
    recent = [e.get("text") or "" for e in tracker.events[-8:]
              if e.get("event") in ("user", "bot")]
    about = any(ASSESSMENT_NAMED.search(t) for t in recent + [text])
    lines = cost_lines(about)
    for i, line in enumerate(lines):
        dispatcher.utter_message(text=line, buttons=cost_buttons(about)
                                 if i == len(lines) - 1 else None)
    return []


def cost_buttons(about_assessment: bool = False) -> List[Dict[str, str]]:
    return [PERSON] + ([texts.I_LOOK_AFTER_SOMEONE] if about_assessment else []) + [
        {"title": "Find money help",
         "payload": '/find_service{"service_category": "money_matters"}'}]


def age_said(tracker: Tracker) -> Optional[str]:
    """The age group the person said in this chat ("i am 22", "coffee morning is for old
    people"), so every later search keeps to it, not only the one asked in those words."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    return age_said_before([t for t in said[-20:] if t and not t.startswith("/")])


def wheelchair_said(tracker: Tracker) -> bool:
    """The person said in this chat that a wheelchair or a hoist is needed ("I'm a
    wheelchair user (manual chair)", "like a hoist not just step free"), so every later
    search checks access, not only the one asked in those words (round thirteen)."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    return any(WHEELCHAIR_ASKED.search(t) or USES_A_CHAIR.search(t)
               for t in said[-20:] if t and not t.startswith("/"))


USES_A_CHAIR = re.compile(r"\b(?:manual|power|electric|powered) (?:wheel ?)?chair\b|"
                          r"\bmy (?:wheel ?chair|chair|hoist)\b|\bwheel ?chair user\b", re.I)


def needs_said(tracker: Tracker) -> Dict[str, Any]:
    """What every search keeps to, said earlier in the chat: age group, wheelchair access."""
    return {"age": age_said(tracker), "wheelchair": wheelchair_said(tracker)}


def known_place(tracker: Tracker) -> Optional[str]:
    """Where the person is: the place searched near before, else the newest place they said
    in the conversation ("i live in LS8", "leeds 8"), so "Where do you live?" is never asked
    after they said it (round ten)."""
    place = tracker.get_slot("postcode")
    if place:
        return place
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    outside = None
    for text in reversed(said[-20:]):
        if text and not text.startswith("/"):
            found = find_location(text)
            if found and in_area(found):
                return found
            outside = outside or found
    # (round thirteen: "I might be moving to Wakefield, WF1 2EB" kept every later search in
    # Wakefield; where they live now, said before, is where to look)
    return outside


def offered_search(tracker: Tracker) -> Optional[str]:
    """The heading of a search the person said yes to ("Would you like to find free advice
    near you?" -> money matters), when their yes names no need of its own."""
    payload = accepted_offer(tracker)
    offer = open_offer(tracker) or {}
    if not payload or offer_kind(str(offer.get("text") or ""), payload) != "find_service":
        return None
    if categorise(without_location(latest_text(tracker))):
        return None
    found = re.search(r'"service_category"\s*:\s*"(\w+)"', payload)
    if found and found.group(1) in CATEGORIES:
        return found.group(1)
    return categorise(str(offer.get("text") or "")) or tracker.get_slot("service_category") or ""


def same_thing_other_days(query: Optional[str], before: Optional[str],
                          said: Optional[str] = None) -> Optional[str]:
    """ "saturdays are no good. anything in the week?" after an accessible swim was shown:
    the same thing on other days, so the earlier words are searched with the days (round
    sixteen: the swim was lost, or shown again with no word that it is on Saturdays)."""
    wanted = read_facets(query)
    earlier = read_facets(before).activity if before else None
    if not before or not (wanted.days or wanted.times) or wanted.activity or earlier is None:
        return query
    whole = str(said if said is not None else query)   # (the query may be the facets only)
    if earlier.replace("_", " ") in whole.lower() or TURNS_IT_DOWN.search(whole):
        # "no that is wrong for us. forget the lunch club. anything on a friday…": not the
        # same thing on other days, something else (a round-five persona conversation)
        return query
    return f"{before}. {query}"


TURNS_IT_DOWN = re.compile(r"\b(forget|never ?mind|something (else|different)|instead|wrong for|"
                           r"not (that|those|the) (one|ones|sort|kind))\b", re.IGNORECASE)


def asks_without_a_need(query: str) -> bool:
    """ "is there anything round here", "whats out there": asks, but says for what."""
    return bool(search_request_words.search(as_meant(query))) and categorise(query) is None and \
        not read_facets(query).any()


def need_said_before(said: List[str]) -> Optional[str]:
    """The heading of the newest earlier message that names a need: the theme the listening
    reply would offer ("its being on my own" -> things to do), else its clue words."""
    for text in reversed(said):
        found = theme_heading(text) or categorise(text)
        if found:
            return found
    return None


def earlier_words(tracker: Tracker, last: int = 8) -> List[str]:
    """What the person typed before this message (newest last), buttons left out."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    return [t for t in said[:-1] if t and not t.startswith("/")][-last:]


def answer_follow_up(dispatcher: CollectingDispatcher, tracker: Tracker,
                     text: str, searching: bool = False) -> Optional[List[Dict[Text, Any]]]:
    """Answers a question about the places just shown from their records ("is it on a
    friday?", "whats the cost of the art class"), or saves the one meant ("save it");
    None when it is neither."""
    shown = tracker.get_slot("shown_services") or []
    if shown and text and not text.startswith("/") and saved.asks_to_save(text):
        return save_chosen(dispatcher, tracker, text, shown)
    instead = followup.asks_for_what_was_not_found(text, shown)
    if instead:
        # "right i know what it means, i asked how do i get one for graham" after a sitting
        # service shown instead of a short stay (round fourteen: the sitter's phone number).
        dispatcher.utter_message(text=ACTIVITIES[instead].team_arranges,
                                 buttons=[texts.ASK_FOR_A_CALL_BACK, OTHER])
        return []
    if not followup.is_follow_up(text, shown):
        return None
    reply, focused = followup.answer(text, shown, searching)
    dispatcher.utter_message(text=reply, buttons=[] if searching else [OTHER, PERSON])
    return [SlotSet("shown_services", focused)]


async def answer_in_context(dispatcher: CollectingDispatcher, tracker: Tracker,
                            text: str) -> Optional[List[Dict[Text, Any]]]:
    """After places were shown: a question about them, a save, or a new search in the
    person's words ("is there one on a friday", "no i said swimming", "not alarms, a club")
    with what they asked for (day, cost, wheelchair access). None when it is none of these."""
    shown = tracker.get_slot("shown_services") or []
    if not shown or not text or text.startswith("/") or pressed_a_button(tracker, text):
        return None
    # (a plain question about the places, "wich 1 shud i do", is answered by both callers
    # before they get here: answer_plain_question)
    joined = answer_how_to_join(dispatcher, tracker, text, shown)
    if joined is not None:
        return joined
    place = followup.pointed_card(text, shown)
    searching = followup.seeks_another(text) and bool(followup.missing_days(text, place))
    answered = answer_follow_up(dispatcher, tracker, text, searching)
    if answered is not None:
        if not searching:
            return answered
        # "could she get in there? and is there one on a friday": answered, then looked for.
        query = followup.search_words(text, place)
        return answered + await search_here(dispatcher, place.get("category") or None,
                                            query, known_place(tracker), **needs_said(tracker))
    moved = moves_elsewhere(tracker, text)
    if moved is not None:
        return await search_here(dispatcher, *moved, **needs_said(tracker))
    if followup.asks_nearer(text) and not followup.new_activity(text, shown):
        return await search_nearer_here(dispatcher, tracker, text, shown)
    if exclusions.turned_down(text) and \
            not asks_for_more(exclusions.without_turned_down(text)):
        return await search_without(dispatcher, tracker, text)
    plan = followup.new_search(text, shown)
    if plan is None:
        return None
    category, query = plan
    query = same_thing_other_days(query, tracker.get_slot("directory_query"), said=text)
    # "a befriender? i live on my own since my husband went": a kind word first (round
    # sixteen: only the list)
    lonely_first(dispatcher, text)
    return await search_here(dispatcher, resolve_category(category, query), query,
                             find_location(text) or known_place(tracker), **needs_said(tracker))


def answer_how_to_join(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                       shown: List[Dict[str, Any]]) -> Optional[List[Dict[Text, Any]]]:
    """ "the shop one wiv the coach. how do i go", "can sum1 help me ring the shop job one.
    im scared on fone": the place meant, from this list or an earlier one, how to get in
    touch (the email first when the phone is hard) and a person to do it for them (round
    seventeen: Job Club's phone number, then Meals on Wheels). None when it is not that."""
    meant = as_meant(text)
    if not getting_in_touch.asks_how_to_join(meant):
        return None
    place = saved.place_meant(getting_in_touch.pointing_words(meant), shown,
                              earlier_shown(tracker, shown))
    if place is None:
        return None
    lines = getting_in_touch.lines(place, meant)
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=lines[-1], buttons=[PERSON, OTHER])
    focus = [dict(c, focus=c.get("id") == place.get("id")) for c in shown]
    if not any(c["focus"] for c in focus):
        focus.insert(0, dict(place, focus=True))
    return [SlotSet("shown_services", focus)]


def answer_plain_question(dispatcher: CollectingDispatcher, tracker: Tracker,
                          text: str) -> bool:
    """A plain question about the places or their words, answered plainly (round
    fourteen): "wich 1 shud i do" after a list (the bot cannot choose; how to pick), "wot
    is volunteer" or "do i get pade" after volunteer roles (unpaid help; a job is paid).
    False when the message is neither, and nothing is said."""
    if not text or text.startswith("/"):
        return False
    meant = as_meant(text)
    shown = tracker.get_slot("shown_services") or []
    if volunteering.asks_about_volunteering(meant, volunteering_in_view(tracker, shown)):
        lines, buttons = volunteering.answer(), volunteering.buttons()
    elif shown and which_is_best.asks_which_is_best(meant):
        lines, buttons = which_is_best.answer(), [texts.TALK_TO_A_PERSON]
    elif shown and volunteering.asks_if_paid(meant):
        # "the cafe 1. do i get pade" after work tasters: the list does not say.
        lines, buttons = list(volunteering.PAY_NOT_SAID), [texts.TALK_TO_A_PERSON]
    else:
        return False
    for line in lines[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=lines[-1], buttons=buttons)
    return True


LONELY_WORDS = THEME_WORDS["lonely"][0]


def volunteering_in_view(tracker: Tracker, shown: List[Dict[str, Any]]) -> bool:
    """Volunteer roles were the last places shown, or volunteering was what the bot just
    talked about: "do i get pade" then asks about volunteering."""
    from actions.explain import bot_lines_since_they_spoke

    return volunteering.shown_volunteering(shown) or any(
        volunteering.answered_in(line) for line in bot_lines_since_they_spoke(tracker))


def lonely_first(dispatcher: CollectingDispatcher, text: str) -> bool:
    """ "i dont hav frends tho 😔 wud like sum", taken for a search: a kind word first, then
    the groups (round fourteen: the list came with nothing said about the sad face).
    False, and nothing said, when the message is not about being lonely."""
    if not text or text.startswith("/") or "lonely" not in theme_list(as_meant(text)):
        return False
    dispatcher.utter_message(text=LONELY_WORDS)
    return True


NAMES_AN_ACTIVITY = re.compile(r"\b(?:club|group|cafe|class|lunch|walk\w*|choir|sing\w*|shed|"
                               r"sport\w*|art|craft\w*|coffee|bowling|football|swim\w*|"
                               r"young|older|age|befriend\w*|visit\w*|\d{2})\b", re.I)


def company_words(text: str) -> str:
    """What to look for when they are lonely: what they named ("a lunch club", "for young
    people like me"), else groups to make friends."""
    rest = without_location(as_meant(text))
    # ("someone who can come round and sit with me": befriending, round sixteen)
    return rest if NAMES_AN_ACTIVITY.search(rest) or \
        read_facets(rest).activity == "befriending" else "friends"


def pressed_a_button(tracker: Tracker, text: str) -> bool:
    """The message is the title of a button on the bot's last message ("Not quite" under
    "Have I got that right?"): an answer to that, never words about the places shown."""
    last = last_bot_message(tracker) or {}
    buttons = (last.get("data") or {}).get("buttons") or last.get("buttons") or []
    said = " ".join(str(text).lower().split())
    return any(said == " ".join(str(b.get("title") or "").lower().split())
               for b in buttons if isinstance(b, dict))


# "can you look near my sister's instead, she's in Pudsey, LS28", "what about in Otley":
# the same search somewhere else. How they would get there ("she could take me in the car",
# "the buses with the ramp") is how they travel, not a new need (round thirteen: swimming
# became transport).
LOOKS_ELSEWHERE = re.compile(
    r"\binstead\b|\b(?:look|looking|search|try|check|find)(?: for (?:it|one|them|that))? "
    r"(?:near|in|round|around|over|at|by)\b|\b(?:what|how) about (?:near|in|round|around|over|"
    r"at|by)\b|\bnear (?:my|her|his|our|their) \w+", re.I)
TRAVEL = re.compile(
    r"\b(?:take|taking|drive|driving|run|bring|give) (?:me|us|her|him|them)\b|"
    r"\b(?:in|by) (?:the |her |his |my |a )?(?:car|taxi|bus|buses|minibus)\b|"
    r"\b(?:the |get the |on the |by )?bus(?:es)?\b|\ba lift\b|\bramps?\b", re.I)


def moves_elsewhere(tracker: Tracker, text: str
                    ) -> Optional["tuple[Optional[str], Optional[str], Optional[str]]"]:
    """(heading, words, place) for the same search near the place a message moves it to,
    with the day or time it adds ("in the day"); None when it moves nothing or asks for
    something new ("look for a lunch club near LS8 instead")."""
    earlier = tracker.get_slot("service_category")
    place = entity(tracker, "postcode") or find_location(text)
    if not earlier or not place or not LOOKS_ELSEWHERE.search(as_meant(text)):
        return None
    rest = TRAVEL.sub(" ", without_location(text))
    found = categorise(rest)
    shown = tracker.get_slot("shown_services") or []
    if (found and found != earlier) or followup.new_activity(rest, shown):
        return None
    query = tracker.get_slot("directory_query") or ""
    return earlier, f"{query}. {rest}" if query else rest, place


def earlier_shown(tracker: Tracker, shown: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Places shown before the latest list in this chat, the most recent first."""
    earlier: List[Dict[str, Any]] = []
    for event in reversed(tracker.events or []):
        if event.get("event") == "slot" and event.get("name") == "shown_services":
            earlier += [c for c in event.get("value") or [] if c not in shown and c not in earlier]
    return earlier


def asks_for_more(rest: str) -> bool:
    """What is left of "no bingo, something with music" asks for something of its own."""
    return bool(categorise(rest)) or read_facets(rest).asks()


async def search_without(dispatcher: CollectingDispatcher, tracker: Tracker,
                         text: str) -> List[Dict[Text, Any]]:
    """ "NO bingo", "anything but bingo please" after places were shown: the same search
    again (its heading, words and place), leaving out what was turned down."""
    earlier = tracker.get_slot("directory_query") or ""
    query = f"{earlier}. {text}" if earlier else text
    return await search_here(dispatcher, tracker.get_slot("service_category"), query,
                             find_location(text) or known_place(tracker), **needs_said(tracker))


async def search_nearer_here(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                            shown: List[Dict[str, Any]]) -> List[Dict[Text, Any]]:
    """ "anything nearer roundhay road? i can get the bus": the same search (a lunch club
    stays a lunch club, the bus is how they travel) from the place they name or the one
    known; honest when what was shown is already the nearest of its kind."""
    category = tracker.get_slot("service_category") or shown[0].get("category") or None
    query = tracker.get_slot("directory_query")
    place = find_location(text) or known_place(tracker)
    if not place or not in_area(place):
        return await search_here(dispatcher, category, query, place, **needs_said(tracker))
    outcome = await search_nearer(category, query, place, [str(c.get("id")) for c in shown],
                                  **needs_said(tracker))
    show_results(dispatcher, outcome)
    events: List[Dict[Text, Any]] = [SlotSet("postcode", place)]
    if outcome.results:
        chosen = outcome.category or category or ""
        events += [SlotSet("directory_page", 1.0), SlotSet("shown_services", [
            followup.card(s, chosen) for s in outcome.results])]
    return events


def save_chosen(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                shown: List[Dict[str, Any]]) -> List[Dict[Text, Any]]:
    """ "save it please", "save the swimming one": the place meant, else all shown."""
    places = saved.chosen(text, shown, followup.pointed_card(text, shown),
                          earlier_shown(tracker, shown))
    save_to_summary(tracker.sender_id, places)
    dispatcher.utter_message(text=saved.saved_reply(places, saved_now(tracker.sender_id)),
                             buttons=[OTHER, PERSON])
    return []


def save_liked(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
    """ "ok the stair lift one might be good. will someone ring me": the place they like is
    saved to their summary, and its number given (they asked if they must ring), before the
    question is answered (round seventeen: the places' access lines, and no answer)."""
    place = saved.liked(text, tracker.get_slot("shown_services") or [])
    if place is None:
        return False
    save_to_summary(tracker.sender_id, [place])
    dispatcher.utter_message(text=saved.saved_reply([place]))
    if place.get("phone"):
        dispatcher.utter_message(text=saved.RING_THEM.format(name=place["name"],
                                                              phone=place["phone"]))
    return True


def without_location(text: str) -> str:
    """The words of a search without the postcode or place names in them."""
    postcode = find_postcode(text)
    if postcode:
        text = re.sub(re.escape(postcode), " ", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", without_places(text)).strip()


async def search_here(dispatcher: CollectingDispatcher, category: Optional[str],
                      query: Optional[str], postcode: Optional[str],
                      age: Optional[str] = None, wheelchair: bool = False
                      ) -> List[Dict[Text, Any]]:
    """Searches near a postcode or place; one in another council's area is said so.
    ``age``: the age group said earlier in the chat (``age_said``)."""
    typed = query or ""
    events: List[Dict[Text, Any]] = [SlotSet("directory_query", query)]
    outside = postcode.upper() if postcode and not in_area(postcode) else None
    if outside:
        postcode = None
        events.append(SlotSet("postcode", None))
    elif postcode:
        events.append(SlotSet("postcode", postcode))
    if category is None and not typed:
        if outside:
            dispatcher.utter_message(text=present.outside_area(outside, area_name(), False))
            dispatcher.utter_message(text=present.outside_area_nothing(area_name()))
        dispatcher.utter_message(text=present.ASK_CATEGORY, buttons=category_buttons())
        return events
    if not postcode and not outside:
        # Not known where they live: ask, and show what there is meanwhile; a place said
        # next searches there (the fallback's place branch).
        dispatcher.utter_message(text=present.ASK_PLACE)
    events += await run_search(dispatcher, category, query, postcode, page=1, outside=outside,
                               age=age, wheelchair=wheelchair)
    return events


class ActionShowMoreServices(TrackerAction):
    action = "action_show_more_services"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        text = latest_text(tracker)
        shown = tracker.get_slot("shown_services") or []
        if answer_about_offer(dispatcher, tracker):
            return []      # "tell me more" to "Would you like ...?": about the offer
        if shown and followup.asks_nearer(text):
            # "anything nearer?" (guessed as "show more"): the same kind, nearer.
            return await search_nearer_here(dispatcher, tracker, text, shown)
        page = int(tracker.get_slot("directory_page") or 0) + 1
        if page == 1:
            dispatcher.utter_message(text=present.ASK_CATEGORY, buttons=category_buttons())
            return []
        return await run_search(dispatcher, tracker.get_slot("service_category"),
                                tracker.get_slot("directory_query"),
                                tracker.get_slot("postcode"), page, **needs_said(tracker))


def saved_now(sender: str) -> List[Dict[str, Any]]:
    """The places kept so far: on the latest assessment summary, or their own page."""
    kept = store.records_for(sender)
    assessments = [r for r in kept if r["kind"] in saved.ASSESSMENT_KINDS]
    if assessments:
        return list(assessments[-1]["data"].get("directory_suggestions") or [])
    earlier = [r for r in kept if r["kind"] == "saved_services"]
    return list(earlier[-1]["data"]["services"]) if earlier else []


def answer_about_saved(dispatcher: CollectingDispatcher, tracker: Tracker,
                       text: str) -> Optional[List[Dict[Text, Any]]]:
    """ "what have I got saved?" read out; "take Work Tasters off", "jus keep work tasters"
    taken off; "no jus the shop 1" (a save put right: of the places shown, only that one
    stays). Each change says what the list now holds (rounds nine and twelve). None when
    the message is none of these."""
    if not text or text.startswith("/"):
        return None
    kept = saved_now(tracker.sender_id)
    shown = tracker.get_slot("shown_services") or []
    if saved.asks_what_is_saved(text) and not (shown and saved.asks_to_save(text)):
        dispatcher.utter_message(text=saved.LIST_IS.format(names=saved.names_of(kept))
                                 if kept else saved.LIST_EMPTY, buttons=[OTHER, PERSON])
        return []
    change = saved.list_change(text, shown, kept) if kept else None
    if change is None:
        if kept and saved.to_remove(text, kept) == [] and \
                re.search(r"\b(?:list|summary|saved|save)\b", text, re.I):
            dispatcher.utter_message(text=saved.NOT_ON_LIST.format(names=saved.names_of(kept)))
            return []
        return None
    save_to_summary(tracker.sender_id, change.kept, replace=True)
    dispatcher.utter_message(text=saved.change_reply(change), buttons=[OTHER, PERSON])
    return []


def save_to_summary(sender: str, services: List[Dict[str, Any]], replace: bool = False) -> None:
    """Adds the places to the latest assessment summary, or keeps them on a page of their
    own; ``replace`` makes the list exactly these (a place taken off)."""
    council = str(settings.get("council.name"))
    kept = store.records_for(sender)
    assessments = [r for r in kept if r["kind"] in saved.ASSESSMENT_KINDS]
    if assessments:
        latest = assessments[-1]
        data = dict(latest["data"])
        data["directory_suggestions"] = list(services) if replace else saved.merge(
            data.get("directory_suggestions") or [], services)
        store.update_record(latest["id"], data)
        store.save_document(latest["id"], sender, "text/html",
                            summary.render_html(data, council).encode("utf-8"))
        store.save_document(latest["id"], sender, "application/pdf",
                            summary.render_pdf(data, council))
        return
    earlier = [r for r in kept if r["kind"] == "saved_services"]
    if not replace:
        services = saved.merge(earlier[-1]["data"]["services"] if earlier else [], services)
    record_id = store.save_record(sender, "saved_services", {"services": services})
    store.save_document(record_id, sender, "text/html",
                        saved.render_html(services, council).encode("utf-8"))


class ActionSaveServices(TrackerAction):
    """"Save these to my summary" after directory results."""
    action = "action_save_services"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        services = tracker.get_slot("shown_services") or []
        text = latest_text(tracker)
        typed = text if text and not text.startswith("/") else ""
        # "no jus the shop 1" after a save, "take job club off": the list put right.
        if typed and lonely_first(dispatcher, typed):
            # "no mates really", "i dont hav frends tho 😔 wud like sum": a kind word, then
            # groups to meet people (round fourteen: "no mates" was read as "leave out
            # anything with mates", and the sad face was not answered).
            return await search_here(dispatcher, "things_to_do", company_words(typed),
                                     find_location(typed) or known_place(tracker),
                                     **needs_said(tracker))
        listed = answer_about_saved(dispatcher, tracker, typed) if typed else None
        if listed is not None:
            return listed
        if typed and saved.asks_if_saved(typed) and not saved.asks_to_save(typed):
            # "did you save the email address?" (round thirteen: three places saved): a
            # question, answered with what the list holds; nothing saved.
            kept = saved_now(tracker.sender_id)
            dispatcher.utter_message(text=saved.LIST_IS.format(names=saved.names_of(kept))
                                     if kept else saved.LIST_EMPTY, buttons=[OTHER, PERSON])
            return []
        if not services:
            dispatcher.utter_message(text=saved.NOTHING, buttons=category_buttons())
            return []
        if typed:
            # "save the swimming one" typed: that one, not the whole list.
            return save_chosen(dispatcher, tracker, typed, services)
        save_to_summary(tracker.sender_id, services)
        # Which places, and the whole list when it holds more (round twelve).
        dispatcher.utter_message(text=saved.saved_reply(services, saved_now(tracker.sender_id)),
                                 buttons=[OTHER, PERSON])
        return []
