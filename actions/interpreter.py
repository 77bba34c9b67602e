"""Someone asks for their own language ("in polish please", "my mum only speaks urdu").

Before any call is on the way, the bot can only point to the council's number. Once a call
is being arranged (the contact step, an open hand-off, or the message itself asks for a
call or a text), the team books the interpreter: the person is told so, never told to ask
for one themselves (round ten), the language goes on the hand-off as "Interpreter: Polish",
and a language already given is not asked about again.
"""
from __future__ import annotations

import re
from typing import List, Optional

from rasa_sdk import Tracker

from actions.callback import open_handoff
from actions.common import put_right_details, user_texts
from bot import callback_words, form_slots as fs, settings, store
from bot.answers.handoff_details import details_in, language_needed
from bot.answers.interpreter_for import for_a_visit, interpreter_for, interpreter_for_in
from bot.answers import interpreters_each
from bot.interpreter_words import (for_family_in_their_language, interpreter_lines,
                                   offered_before, still_lines, with_opening_time)
from bot.language import field_by_language, guess_language, named_language

CONTACT_STEP = (fs.CONTACT, fs.BEST_TIME, fs.SAFE_CONTACT)
# "call, but in polish please", "can the team text me in polish?": a call is being asked for.
ASKS_FOR_CONTACT = re.compile(r"\b(?:call|calls|ring|phone|text|email|contact|write to)\b",
                              re.IGNORECASE)
LANGUAGE_NAMES = field_by_language("name")


def language_in(text: str) -> Optional[str]:
    """The language this message asks for, as staff write it ("Polish"), or None."""
    return language_needed([text]) or LANGUAGE_NAMES.get(
        named_language(text) or guess_language(text) or "")


def bot_texts(tracker: Tracker) -> List[str]:
    """What the bot has said in this conversation, each message's text."""
    return [str(e["text"]) for e in tracker.events or []
            if e.get("event") == "bot" and e.get("text")]


def call_on_the_way(tracker: Tracker, text: str, kind: Optional[str]) -> bool:
    """The contact step, a hand-off already made, or, at a form's question, a call asked
    for in the same words (the hand-off that follows reads them). Outside a form with no
    hand-off nothing is booked yet, so nothing is promised."""
    in_form_asking = kind is not None and bool(ASKS_FOR_CONTACT.search(text))
    return kind in CONTACT_STEP or in_form_asking or bool(
        tracker.get_slot("handoff_reference")) or open_handoff(tracker) is not None


def interpreter_reply(tracker: Tracker, text: str, kind: Optional[str] = None) -> List[str]:
    """What to say, in order: the team's interpreter when a call is on the way (noted on
    the hand-off), else the council's number in their language and in English."""
    earlier = [t for t in user_texts(tracker) if t != text]
    known = language_needed(earlier)
    named = language_in(text)
    # "interpreter for my father when you visit him, not for me": for them, not the typist.
    who = interpreter_for(text) or (interpreter_for_in(earlier) if named or known else None)
    phone = str(settings.get("council.adult_social_care_phone"))
    each = interpreters_each.languages_each(earlier + [text])
    if each and (interpreters_each.says_whose(text) or not named):
        # "urdu for me and punjabi for my father": both, each for the right person (and
        # both again when English is said to be hard later, never only one of them).
        return two_interpreters(tracker, text, kind, each, phone)
    if not call_on_the_way(tracker, text, kind):
        if who:
            # In their language too when they wrote in it ("abbu ke liye interpreter").
            own = for_family_in_their_language(text, phone, booked=False)
            return [line for line in (own, with_opening_time(
                callback_words.interpreter_for_them_to_ask(named or known or language_in(text),
                                                           who, phone))) if line]
        if offered_before(bot_texts(tracker)):
            # A second message in Polish: that the offer stands, not the whole block again.
            return still_lines(text, phone)
        return interpreter_lines(text)
    row = open_handoff(tracker)
    if row is not None:
        store.add_notes(row["reference"], details_in(user_texts(tracker) + [text]))
        put_right_details(row["reference"], earlier + [text])
    if who:
        own = for_family_in_their_language(text, phone, booked=True)
        return [line for line in (own, callback_words.interpreter_for_them(
            named or known or language_in(text), who, for_a_visit(earlier + [text]),
            in_english=own is None)) if line]
    elif not tracker.get_slot("handoff_reference"):
        # No hand-off yet: the one that follows reads their words; nothing is told yet.
        return [callback_words.interpreter_when_they_call(named or known)]
    if known and named in (None, known):
        return [callback_words.interpreter_known(known)]
    return [callback_words.interpreter_arranged(named or known)]


def two_interpreters(tracker: Tracker, text: str, kind: Optional[str], each, phone: str
                     ) -> List[str]:
    """Two languages for two people (round eighteen: swapped, one lost): the number to ask
    for both, or, with a call on the way, both noted on the hand-off."""
    if not call_on_the_way(tracker, text, kind):
        return [with_opening_time(interpreters_each.to_ask(each, phone))]
    row = open_handoff(tracker)
    if row is not None:
        said = [t for t in user_texts(tracker) if t != text] + [text]
        store.add_notes(row["reference"], details_in(said))
        put_right_details(row["reference"], said)
    return [interpreters_each.arranged(each)]
