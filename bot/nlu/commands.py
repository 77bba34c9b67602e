"""Rasa NLU component: typed commands and typed button titles do what the button does.

"Talk about what is going on" typed out was looked up as a care word, and "start again",
"stop" or "talk to a person" were sometimes guessed as something else. A short message
that clearly is one of these (bot.answers.requests decides, conservatively) gets the
button's intent. It runs after the safety net and never overrides a safety finding.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.answers.check_in import RATHER_NOT, YES, HEDGED_YES, check_in_answer
from bot.answers.contact import parse_contact
from bot.answers.on_behalf import help_for_someone_else
from bot.answers.requests import classify_request
from bot.answers.terms import (is_a_care_word, mentions_a_care_word_with_a_question,
                               pastes_a_care_word)
from bot.directory.needs import (categorise, moves_the_search, narrows_the_search,
                                 search_request)
from bot.directory.followup import asks_what_they_are, thanks_only
from bot.sounds_like import as_meant
from bot.directory.places import find_location
from bot.form_words import SAFETY_NEXT_BUTTONS
from bot.intents import KIND_TO_INTENT
from bot.language import finds_english_hard
from bot.life_talk import asks_if_this_is_the_right_place, offers_to_tell_more
from bot.nlu.ranking import promote
from bot.nlu.rule_component import RuleComponent
from bot.safety.responses import BUTTONS as SAFETY_BUTTONS
from bot.texts import MENU_BUTTONS
from jargon import glossary


def static_buttons() -> List[Dict[str, str]]:
    """Buttons whose titles mean the same wherever they were shown: the main menu and the
    safety steps' own (carry on, stop for now, talk to someone now)."""
    commands = [b for b in SAFETY_NEXT_BUTTONS + SAFETY_BUTTONS if b["payload"] != "/affirm"]
    return list(MENU_BUTTONS) + commands


# Journeys a request for help for someone else may be taken for; only these are re-routed
# ("a lunch club for my mum" stays a directory search).
ASSESSMENT_LIKE = ("start_carer_assessment", "start_self_assessment", "listen_connect",
                   "ask_help", "out_of_scope", "nlu_fallback", "greet")


# What "i dont no wat that is" / "is it for me" may be guessed as, and taken back from.
SHOWN_MAY_REPLACE = ("deny", "greet", "out_of_scope", "ask_help", "affirm", "goodbye")


def for_someone_else(text: str, intent: Optional[str]) -> bool:
    """ "I need help for my mum" is her self-assessment, filled in by her daughter; "I look
    after my mum and I'm shattered" stays the carer's own assessment."""
    return intent in ASSESSMENT_LIKE and help_for_someone_else(text) is not None


# Thanks in English or in a few words of the languages people here often write ("diolch").
THANKS = re.compile(
    r"^\W*(?:(?:ok|okay|right|well|oh|aw+)\W+)?(?:thank you|thankyou|thanks|thank u|thanx|thx|ta|"
    r"cheers|many thanks|bless you|diolch(?: yn fawr)?|dzi[eę]kuj[eę]|dzi[eę]ki|shukriya|"
    r"shukran|gracias|merci|obrigad[oa]|mul[tțţ]umesc|grazie|a[cč]i[uū]|te[sş]ekk[uü]rler|"
    r"dhanyavaa?d|danke)\b(?:(?!\b(?:but|and can|can you|could you|how|what|where|"
    r"why|when|help me|i need|i want)\b)[^?])*$", re.IGNORECASE)
# Guesses a question about a care word may replace ("it says i have eligible needs??" was
# taken for the start of a self-assessment).
TERM_MAY_NOT_REPLACE = ("find_service", "request_human", "give_feedback", "complaint", "crisis",
                        "safeguarding_concern", "safety_check_in", "stop", "pause", "restart",
                        "resume")
# A sentence from a letter with a care word in it is explained when the model could not
# place it (never instead of a search, a request for a person or a complaint).
LETTER_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "greet", "ask_help", "chitchat")
# A thank-you is only taken from guesses that are not about something else.
THANKS_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "greet", "affirm", "goodbye", "thank",
                      "chitchat", "inform", "listen_connect", "deny", "stop", "ask_help",
                      "find_service", "request_human")


# Ends the chat: "...bye now", "thats all thank you x", "ok ill ring them, thanks anyway".
GOODBYE = re.compile(
    r"(?:(?:\b(?:bye|goodbye|bye bye|ta ra|tara|see you|see ya|cheerio|night night|ttyl|"
    r"good ?night|nighty night)"
    # a farewell that is also everyday words ("i cant sleep at night"): only as its own part
    r"|(?:^|[,.!;]|\band|\bthanks|\bok|\bx)\W*(?:night|nite|take care|speak soon|talk soon|"
    r"all the best|have a (?:good|nice|lovely) (?:day|evening|night|weekend)))\b\W*"
    r"(?:now|then|love|dear|pet|x+|for now|all|(?:and )?god bless|to you)?\W*(?:x+)?\W*$)"
    r"|^\W*(?:no\W+)?(?:thats|that is|that's) (?:all|it|everything)(?:\W+(?:thanks|thank you|"
    r"cheers|ta|for now|for today|x+|love|then))*\W*$"
    r"|\b(?:ill|i will|i'll) (?:ring|call|phone|contact|try|ask) [^?]*\b(?:thanks|thank you|"
    r"cheers|ta)\b[^?]*$"
    r"|\b(?:thanks|thank you|cheers) (?:anyway|for (?:listening|your help|trying|the help)"
    r"(?: anyway)?)\W*(?:x+)?\W*$", re.IGNORECASE)


# A complaint said plainly is the complaints route (and the Ombudsman), even when the model
# takes "the social worker didnt ring me back" in it for a request to be rung.
WANTS_TO_COMPLAIN = re.compile(
    r"\b(?:make|put in|raise|file|lodge|submit|log|register|do) (?:a |an )?(?:formal |proper |"
    r"official |real )?complaint\b|\b(?:i|we) (?:want|wish|would like|d like|need|am going|"
    r"m going) to (?:make a )?complain\b|\bhow (?:do|can|would) (?:i|we) complain\b",
    re.IGNORECASE)
COMPLAINT_MAY_REPLACE = ("request_human", "give_feedback", "nlu_fallback", "out_of_scope",
                         "inform", "listen_connect", "ask_help", "deny")


# "well i suppose i could tell you a bit more": the listen-and-connect question, where their
# own words are kept; "is this the sort of thing you deal with": the fallback's warm yes.
OPENING_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "greet", "ask_help", "chitchat",
                       "affirm", "dont_know", "bot_challenge", "listen_connect")




def wants_to_complain(text: str, guess: str) -> bool:
    return guess in COMPLAINT_MAY_REPLACE and bool(WANTS_TO_COMPLAIN.search(text))


# "we're LS6 2QT, is there a befriending thing for my nan": a request for local help with a
# place in it is a search, when the model was not sure what it was.
SEARCH_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "greet", "ask_help")


def local_search(text: str, guess: str) -> bool:
    """A request with a place ("is there a befriending thing, LS6"), a place on its own ("im
    in LS15 8", "what about Wakefield WF1 2") or a narrower ask ("anything on a saturday
    for young people?"): the search, not "did not understand"."""
    if guess == "explain_term":
        return means_a_topic_not_a_word(text)
    if guess not in SEARCH_MAY_REPLACE:
        return False
    meant = as_meant(text)
    return (bool(search_request(meant)) and bool(find_location(meant))) or \
        moves_the_search(meant) or narrows_the_search(meant) or asks_for_a_group(meant, guess)


# "is ther a club 4 peeps like me 2 make frends": groups, clubs and friends are in scope.
GROUP_ASK = re.compile(r"\b(?:club|clubs|group|groups|class|classes|friends?|things to do|"
                       r"something to do|activit\w*|what is there to do|whats on)\b", re.I)


def asks_for_a_group(text: str, guess: str) -> bool:
    """A request for a club, a group or things to do, taken for out of scope."""
    return guess in ("out_of_scope", "nlu_fallback") and bool(GROUP_ASK.search(text)) and \
        search_request(text) == "things_to_do"


def means_a_topic_not_a_word(text: str) -> bool:
    """ "i still mean the shopping" guessed as a word to explain: no care word in it, but a
    directory topic is, so it is the search again, not "I don't know the word"."""
    if len(text.split()) > 12 or glossary.lookup(text.strip(" ?!.")) is not None:
        return False
    return bool(categorise(text)) and not glossary.find_terms(text)


UNSURE_BELOW = 0.45   # the FallbackClassifier's threshold in config.yml


def model_guess(message: Message) -> str:
    """The model's intent, or "nlu_fallback" when it is not sure of it."""
    intent = message.get(INTENT) or {}
    if float(intent.get("confidence") or 0.0) < UNSURE_BELOW:
        return "nlu_fallback"
    return str(intent.get("name") or "nlu_fallback")


def is_goodbye(text: str) -> bool:
    """The person is finishing: answer with a goodbye, not "did not understand"."""
    return len(text.split()) <= 25 and "?" not in text and bool(GOODBYE.search(text.strip()))


def is_thanks(text: str) -> bool:
    """ "thank you for listening, youve been kind": thanks, not a new request; "ill just
    write it down. thanks" or "thank you. ill give them a ring tomorrow": thanks with
    their own plan, no question in it."""
    return (len(text.split()) <= 14 and bool(THANKS.match(text.strip()))) or thanks_only(text)


# A hedged yes or a "rather not say" is taken from these guesses only (a request said with
# "maybe" stays the request).
ANSWER_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "greet", "affirm", "deny",
                      "chitchat", "listen_connect", "ask_help", "dont_know", "skip", "stop")


def typed_check_in_answer(text: str, guess: str) -> Optional[str]:
    """ "I'd rather not say" typed is the button of that name (/deny); a hedged yes ("maybe
    a bit", "i suppose so yes") is a yes (/affirm), so the direct question's own rules
    answer it, in a form or outside one."""
    if guess not in ANSWER_MAY_REPLACE:
        return None
    answer = check_in_answer(text)
    if answer == RATHER_NOT:
        return "deny"
    if answer == YES and HEDGED_YES.search(text.lower()):
        return "affirm"
    return None


# "i suppose so yes. i just want to talk to someone about it": a wish for a person in one
# part of a longer message, with nothing before it that takes it back.
WANTS_A_PERSON = re.compile(
    r"(?:^|[.!?,;]\s*|\b(?:yes|yeah|so|and|but)\s+)(?:i\s+)?(?:just\s+|really\s+)?(?:want|need|would like|"
    r"id like|d like|wanna|would rather)\s+to\s+(?:talk|speak|chat)\s+(?:to|with)\s+(?:someone|somebody|"
    r"a person|a real person|a human|an adviser|an advisor|a social worker|one of (?:you|the team))\b"
    # or anywhere, when they say who wants it: "...and i just want to talk to someone"
    r"|\b(?:i|we) (?:just |really |only )?(?:want|need|would like|d like|wanna) to (?:talk|speak|"
    r"chat) (?:to|with) (?:someone|somebody|a person|a human|a real person|an adviser|"
    r"a social worker)\b", re.IGNORECASE)
PERSON_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "affirm", "listen_connect",
                      "ask_help", "chitchat", "greet", "deny", "dont_know")


# "email me please, its irene@example.com", "yes please, i gave my number earlier, 07700...":
# a way in offered, which only a person can use.
CONTACT_ME = re.compile(r"\b(?:email|e-mail|text|txt|ring|call|phone|contact|reach)(?: me| us)\b|"
                        r"\bmy (?:number|mobile|phone number|phone no|email|e-mail)\b",
                        re.IGNORECASE)


def offers_contact(text: str, guess: str) -> bool:
    if guess not in PERSON_MAY_REPLACE or not CONTACT_ME.search(text):
        return False
    found = parse_contact(text)
    return bool(found.phone or found.email)


def wants_a_person(text: str, guess: str) -> bool:
    return guess in PERSON_MAY_REPLACE and bool(WANTS_A_PERSON.search(text.replace("'", "")))


def command_intent(text: str, buttons: List[Dict[str, str]]) -> Optional[str]:
    """The intent a typed command or button title stands for, or None."""
    if not text or text.startswith("/"):
        return None
    request = classify_request(text, buttons)
    if request is None:
        return None
    if request.kind == "button" and request.payload and request.payload.startswith("/"):
        return request.payload[1:].split("{")[0]
    return KIND_TO_INTENT.get(request.kind)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER],
                          is_trainable=False)
class CommandClassifier(RuleComponent):
    def __init__(self) -> None:
        self.buttons = static_buttons()

    def read(self, message: Message) -> None:
        found = message.get("safety_net") or {}
        if found.get("tier") in ("clear", "check_in"):
            return
        text = message.get(TEXT) or ""
        guess = model_guess(message)
        # "ok i can tell you a bit more i suppose" offers to tell more: not a hedged yes.
        intent = command_intent(text, self.buttons) or (
            None if offers_to_tell_more(text) else typed_check_in_answer(text, guess))
        if intent:
            promote(message, intent)
        elif wants_a_person(text, guess) or offers_contact(text, guess):
            promote(message, "request_human")
        elif wants_to_complain(text, guess):
            promote(message, "complaint")
        elif local_search(text, guess):
            promote(message, "find_service")
        elif offers_to_tell_more(text) and guess in OPENING_MAY_REPLACE:
            promote(message, "listen_connect")
        elif asks_if_this_is_the_right_place(text) and guess in OPENING_MAY_REPLACE:
            promote(message, "nlu_fallback")
        elif asks_what_they_are(text) and guess in SHOWN_MAY_REPLACE:
            # "i dont no wat that is" after directory results: not a no; the fallback
            # answers it from the places shown (or asks to say it another way).
            promote(message, "nlu_fallback")
        elif finds_english_hard(text):
            # The fallback offers a free interpreter, then listens.
            promote(message, "nlu_fallback")
        elif for_someone_else(text, guess):
            promote(message, "start_self_assessment")
        elif is_a_care_word(text) or (
                mentions_a_care_word_with_a_question(text)
                and guess not in TERM_MAY_NOT_REPLACE):
            promote(message, "explain_term")
        elif pastes_a_care_word(text) and guess in LETTER_MAY_REPLACE:
            promote(message, "explain_term")
        elif is_goodbye(text) and guess in THANKS_MAY_REPLACE:
            promote(message, "goodbye")
        elif is_thanks(text) and guess in THANKS_MAY_REPLACE:
            promote(message, "thank")
