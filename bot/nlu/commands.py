"""Rasa NLU component: typed commands and typed button titles do what the button does.

"Talk about what is going on" typed out was looked up as a care word, and "start again",
"stop" or "talk to a person" were sometimes guessed as something else. A short message
that clearly is one of these (bot.answers.requests decides, conservatively) gets the
button's intent. It runs after the safety net and never overrides a safety finding.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Tuple

from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.answers import about, callback_talk
from bot.answers.care_costs import about_paying_for_care
from bot.answers.carer_worn_out import asks_help_when_worn_out
from bot.answers.money_questions import money_question
from bot.answers.who_the_team_is import asks_who_the_team_is
from bot.answers.call_change import changes_the_call
from bot.answers.check_in import RATHER_NOT, UNSURE, YES, HEDGED_YES, check_in_answer
from bot.answers.check_in import MAX_WORDS as CHECK_IN_MAX_WORDS
from bot.answers.text import words_only
from bot.answers.contact import parse_contact
from bot.answers.interpreter_for import interpreter_for
from bot.answers.interpreters_each import names_two_languages
from bot.answers.who_comes import asks_about_care_visits
from bot.answers.withdraw import withdraws_request
from bot.answers import after_telling
from bot.answers.leaving import goodbye_at_end, leaving_words_not_a_leaving, says_farewell
from bot.answers.not_a_carer import denies_being_a_carer
from bot.answers.offers import asks_about_offer
from bot.answers.our_options import option_asked
from bot.answers.on_behalf import help_for_someone_else
from bot.answers.requests import classify_request
from bot.answers import care_for_family, carer_assessment_question, safeguarding_questions
from bot.answers.someone_else import asks_to_call_someone_else
from bot.answers.several_questions import questions_asked
from bot.answers.said_to_bot import complains_of_repeat, process_questions, rejects_what_was_said
from bot.answers.terms import (asks_what_it_is, is_a_care_word,
                               mentions_a_care_word_with_a_question, pastes_a_care_word,
                               word_asked_about)
from bot.directory.needs import (categorise, moves_the_search, narrows_the_search,
                                 search_request)
from bot.directory.cost_questions import asks_only_what_help_costs
from bot.directory import getting_in_touch
from bot.directory.exclusions import turned_down
from bot.directory.facets import read_activity
from bot.answers.signing_off import ends_the_chat
from bot.directory.followup import asks_what_they_are, thanks_only
from bot.directory.saved import about_a_listed_place, asks_if_saved, asks_to_save, sees_the_list
from bot.directory.places import find_location
from bot.easy_read_request import easy_read_wish
from bot.form_words import SAFETY_NEXT_BUTTONS
from bot.intents import KIND_TO_INTENT
from bot.language import finds_english_hard
from bot.life_talk import asks_if_this_is_the_right_place, offers_to_tell_more
from bot.listening import themes_in
from bot.nlu.ranking import promote
from bot.nlu.rule_component import RuleComponent, registered
from bot.safety.assessment import QUICK_EXIT
from bot.safety.responses import BUTTONS as SAFETY_BUTTONS
from bot.sounds_like import as_meant, respelt
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
LIST_MAY_REPLACE = ("greet", "out_of_scope", "goodbye", "chitchat")


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
# (The safety net's carer-strain and money routes replace an unsure guess: round thirteen's
# pasted letter "...in normal english what does that mean for me?" got the carer's reply.)
LETTER_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "greet", "ask_help", "chitchat",
                      "carer_strain", "money_worry")
# A thank-you is only taken from guesses that are not about something else.
THANKS_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "greet", "affirm", "goodbye", "thank",
                      "chitchat", "inform", "listen_connect", "deny", "stop", "ask_help",
                      "find_service", "request_human")


# Ends the chat: "...bye now", "thats all thank you x", "ok ill ring them, thanks anyway".
GOODBYE = re.compile(
    r"(?:(?:\b(?:bye|goodbye|bye bye|ta ra|ta-ra|tara|see you|see ya|cheerio|night night|ttyl|"
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
        return means_a_topic_not_a_word(text) or asks_near_a_place(text)
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


# "i wont a job", "is ther a club 4 peeps like me 2 make frends", "frends": the model learnt
# usual spelling, so when the message had to be read as meant (bot/sounds_like.py) and the
# model was unsure, a wish for something the directory has, or a bare topic, is the search.
WISH = re.compile(r"\b(?:i|we|id|i d|i would|we would) (?:really |just |also )?(?:want|need|like|"
                  r"would like|wish|fancy|love)\b|\b(?:looking for|find|get|make|join|try)\b|"
                  r"^\W*(?:and |ok |so )?(?:what|how) about\b",
                  re.IGNORECASE)
UNSURE_GUESSES = ("nlu_fallback", "out_of_scope")
MAX_BARE_TOPIC_WORDS = 3


# "night sitter. overnight care. LS6", "is there anything for nights": the word "night" made
# the model guess goodbye (round ten). A need for local help with no farewell in it is the
# search; "night night", "goodnight", "bye" stay goodbye.
FAREWELL = re.compile(r"\b(?:bye|byee+|goodbye|good ?night|nite|night night|nighty night|ta ?ra|"
                      r"see (?:you|ya|u)|cheers|thanks|thank you|thx|ta|later|take care)\b", re.I)


# "its a bit tricky at home since my son moved back in, thats all", "things arent great at
# home with my grandson, ill leave it there" (round 18: "Thank you for talking to me. Take
# care."): a hint about home, then "thats all", is not a goodbye. The fallback listens and opens a
# gentle door (bot/listening.py, "home_hard"). A real farewell ("...anyway bye") is kept.
HOME_HINT_MAY_REPLACE = ("goodbye", "thank", "nlu_fallback", "out_of_scope", "chitchat", "greet",
                         "affirm", "deny", "inform", "dont_know", "stop")
ONLY_ENOUGH_SAID = re.compile(r"\b(?:thats|that is|that's) (?:all|it|everything)\b|"
                              r"\b(?:ill|i will|i'll) leave it (?:there|at that)\b", re.IGNORECASE)


def hints_at_home_not_goodbye(text: str, guess: str) -> bool:
    """Home is hard, said in a few words, with at most "thats all" after it."""
    if guess not in HOME_HINT_MAY_REPLACE or "home_hard" not in themes_in(text):
        return False
    return not says_farewell(ONLY_ENOUGH_SAID.sub(" ", text))


# "will somebody meet me at the surgery wednesday or not", "who would i talk to" (round 18:
# "Money worries are stressful"): a question the fallback answers after abuse was told
# (actions/after_risk.py asked_after_telling); otherwise it listens as before.
AFTER_TELLING_MAY_REPLACE = ("money_worry", "nlu_fallback", "out_of_scope", "inform", "chitchat",
                             "listen_connect", "greet", "affirm", "deny", "find_service")


def asks_after_telling(text: str, guess: str) -> bool:
    return guess in AFTER_TELLING_MAY_REPLACE and bool(after_telling.answer(text))


def needs_help_not_goodbye(text: str, guess: str) -> bool:
    """Guessed as goodbye, but it asks for local help (a need, with an asking word or a
    place) and says no farewell."""
    if guess != "goodbye" or FAREWELL.search(text):
        return False
    meant = as_meant(text)
    return bool(search_request(meant)) or (
        bool(categorise(meant)) and bool(find_location(meant)))


# "a job and frends. i got no frends since colij finish" (round seventeen: the listening
# opener, the loneliness unheard): lonely, and a wish or a bare topic said with it, is the
# search, which says a kind word first (actions/directory.py lonely_first).
LONELY_WISH_MAY_REPLACE = ("listen_connect", "nlu_fallback", "out_of_scope", "inform", "chitchat",
                           "ask_help", "greet")
CLAUSES = re.compile(r"[.!?;]+")


def lonely_with_a_wish(text: str, guess: str) -> bool:
    if guess not in LONELY_WISH_MAY_REPLACE or "lonely" not in themes_in(text):
        return False
    parts = [p.strip() for p in CLAUSES.split(text) if p.strip()]
    # (the wish is a part of its own: "i have no friends" alone is heard, not searched)
    return any(categorise(p) and "lonely" not in themes_in(p) and (
        WISH.search(p) or len(p.split()) <= MAX_BARE_TOPIC_WORDS + 1) for p in parts)


def asks_for_a_topic(text: str, guess: str) -> bool:
    """ "is there a club for people like me", which the model could not place: the search."""
    return guess in UNSURE_GUESSES and not glossary.find_terms(FOR_PEOPLE_WITH.sub(" ", text)) \
        and bool(search_request(text))


# Who a group is for, said with a care word ("for young people with learning disabilities",
# round 18: "Sorry, I did not understand"): the search's words, never a word to explain.
FOR_PEOPLE_WITH = re.compile(r"\bfor (?:\w+ ){0,2}(?:people|adults|folk|those|men|women|lads|girls|"
                             r"someone|somebody|people like me)(?: my age)? (?:with|who have|who has) "
                             r"(?:a |an )?\w+(?: \w+)?", re.IGNORECASE)


def wishes_for_a_topic(meant: str, guess: str) -> bool:
    """Spelt by sound and not placed by the model: a wish ("i wanna get a job") or a bare
    topic ("frends") for something the directory holds."""
    if guess not in SEARCH_MAY_REPLACE or glossary.find_terms(meant) or not categorise(meant):
        return False
    return bool(WISH.search(meant)) or len(meant.split()) <= MAX_BARE_TOPIC_WORDS


def asks_near_a_place(text: str) -> bool:
    """ "is there help at home for my mum in LS8, she does not understand english": asks for
    local help near a place, and asks about no care word (round fourteen: "Sorry, I don't
    know the word "home" yet"; the interpreter note comes with the places found)."""
    meant = as_meant(text)
    return bool(search_request(meant)) and bool(find_location(meant)) and \
        word_asked_about(meant) is None and not glossary.find_terms(meant)


# "a short stay in a home for him. does that exist round here or not", "is there nothing
# where he stays over somewhere" (round fourteen: two definitions, then "I am listening"):
# whether such a place is near is the search, which says honestly when none is listed.
EXISTS_HERE = re.compile(
    r"\bdoes (?:that|it|one|this|such a thing|anything like that) exist\b|"
    r"\bis there (?:one|any|anything|nothing|nowhere|anywhere|somewhere|such a thing)\b|"
    r"\bare there (?:any|none)\b|\b(?:do|have) you (?:have|got) (?:any|one)\b", re.IGNORECASE)
LOCAL_WORDS = re.compile(r"\b(?:round|around) here\b|\bnear (?:me|us|here|him|her)\b|"
                         r"\bnearby\b|\blocal(?:ly)?\b|\bin (?:my|our|the|this) area\b",
                         re.IGNORECASE)
# Kinds a carer asks for by what happens, not by a heading's words.
CARE_KINDS = ("short_stay", "night_care", "sitting", "home_care")
EXISTS_MAY_REPLACE = SEARCH_MAY_REPLACE + ("explain_term", "listen_connect", "carer_strain",
                                           "chitchat")


def asks_if_one_is_near(text: str) -> bool:
    meant = as_meant(text)
    if not EXISTS_HERE.search(meant) or word_asked_about(meant) is not None:
        return False
    kind = read_activity(meant)
    return kind in CARE_KINDS or (bool(kind or categorise(meant)) and bool(
        LOCAL_WORDS.search(meant) or find_location(meant)))


def search_without_english(text: str) -> bool:
    """A search near a place that also says English is hard for the person it is for: the
    search (the places found say a free interpreter can be had), not only the offer of one."""
    return finds_english_hard(text) and asks_near_a_place(text)


def means_a_topic_not_a_word(text: str) -> bool:
    """ "i still mean the shopping" guessed as a word to explain: no care word in it, but a
    directory topic is, so it is the search again, not "I don't know the word"."""
    if len(text.split()) > 12 or glossary.lookup(text.strip(" ?!.")) is not None:
        return False
    return bool(categorise(text)) and not glossary.find_terms(text)


# "how long does it take? can I do it now", "you asked me that already", "no thats not what i
# meant": about the conversation itself; the fallback answers them (sorry, or how long and a
# button to start), never the menu. Inside a form the engine reads them.
# Never a yes or a no: "what? no! god no" answers the direct safety question, whose own
# rules must see it.
ABOUT_US_MAY_REPLACE = ("ask_help", "nlu_fallback", "out_of_scope", "chitchat", "inform",
                        "greet", "dont_know", "bot_challenge", "thank", "listen_connect",
                        "find_service")


# "how long it take? i must go school 3 oclock" (round thirteen: the feedback surveys'
# menu): how long the questions take, unless the survey is what they ask about.
NAMES_A_SURVEY = re.compile(r"\b(?:survey|surveys|feedback|questionnaire)\b", re.IGNORECASE)


def about_the_conversation(text: str, guess: str) -> bool:
    if guess == "give_feedback" and process_questions(text) and not NAMES_A_SURVEY.search(text):
        return True
    if guess not in ABOUT_US_MAY_REPLACE:
        return False
    if guess == "find_service":
        # "water bills?? no thats not what i meant": a search taken back, not a new one.
        return rejects_what_was_said(text)
    return bool(process_questions(text)) or complains_of_repeat(text) or \
        rejects_what_was_said(text)


# Not "deny": a "dont know" the model reads as no may answer the direct safety question.
BARE_DONT_KNOW_MAY_REPLACE = ("dont_know", "nlu_fallback", "out_of_scope")


def is_a_bare_dont_know(text: str) -> bool:
    found = classify_request(text)
    return found is not None and found.kind == "dont_know"


UNSURE_BELOW = 0.45   # the FallbackClassifier's threshold in config.yml


def model_guess(message: Message) -> str:
    """The model's intent, or "nlu_fallback" when it is not sure of it."""
    intent = message.get(INTENT) or {}
    if float(intent.get("confidence") or 0.0) < UNSURE_BELOW:
        return "nlu_fallback"
    return str(intent.get("name") or "nlu_fallback")


def is_goodbye(text: str) -> bool:
    """The person is finishing: answer with a goodbye, not "did not understand"."""
    # ("ta ta", "cheers", "laters", "gtg", "got to go. ta": round twelve's "ta ta" got "is
    # there anything else?")
    return len(text.split()) <= 25 and "?" not in text and (
        bool(GOODBYE.search(text.strip())) or goodbye_at_end(text) == "")


def is_thanks(text: str) -> bool:
    """ "thank you for listening, youve been kind": thanks, not a new request; "ill just
    write it down. thanks" or "thank you. ill give them a ring tomorrow": thanks with
    their own plan, no question in it."""
    return (len(text.split()) <= 14 and bool(THANKS.match(text.strip()))) or thanks_only(text)


# A hedged yes or a "rather not say" is taken from these guesses only (a request said with
# "maybe" stays the request).
ANSWER_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "greet", "affirm", "deny",
                      "chitchat", "listen_connect", "ask_help", "dont_know", "skip", "stop")


# (The model reads "not sure tbh" as "talk about what is going on" at times: not knowing is
# not a wish to talk, so that guess gives way too.)
UNSURE_MAY_REPLACE = ("affirm", "dont_know", "nlu_fallback", "out_of_scope", "listen_connect",
                      "inform", "chitchat", "ask_help", "greet")


def typed_check_in_answer(text: str, guess: str) -> Optional[str]:
    """ "I'd rather not say" typed is the button of that name (/deny); a hedged yes ("maybe
    a bit", "i suppose so yes") is a yes (/affirm), so the direct question's own rules
    answer it, in a form or outside one."""
    if guess not in ANSWER_MAY_REPLACE:
        return None
    if len(words_only(text).split()) > CHECK_IN_MAX_WORDS:
        # A longer message that opens with a yes is a yes only where the direct question
        # was asked (the actions read it there): here the model's guess stands.
        return None
    answer = check_in_answer(text)
    if answer == RATHER_NOT:
        return "deny"
    if answer == UNSURE and guess in UNSURE_MAY_REPLACE:
        # "idk maybe" (once a hedged yes), "i really dont know" (once the menu): not knowing
        # is not a yes. The fallback hears it, and at the direct question it is answered
        # as not-a-no (actions/after_risk.py); a "deny" guess stays, for the check-in's
        # own "no" rule, whose action reads "dont no" the same way.
        return "nlu_fallback"
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
    r"|\b(?:i|id|we|wed)\s+(?:would\s+|d\s+)?(?:just\s+|really\s+|only\s+|much\s+|honestly\s+)?"
    r"(?:want|need|like|love|prefer|rather|wanna)\s+(?:to\s+)?(?:talk|speak|chat)\s+(?:to|with)\s+"
    r"(?:someone|somebody|a person|a human|a real person|a real human|a human being|an adviser|"
    r"an advisor|a social worker|one of (?:you|the team)|a member of staff|someone real)\b"
    # "can i talk to a real person about all this" (round eleven: a carer's-strain reply)
    r"|\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|just\s+)?(?:talk|speak|chat)\s+(?:to|with)\s+"
    r"(?:someone|somebody|a person|a real person|a human|a real human|an adviser|an advisor|"
    r"a social worker|one of (?:you|the team))\b",
    re.IGNORECASE)
SAYS_YES = re.compile(r"\b(?:yes|yeah|yep|yup|yh|ye|aye)\b", re.IGNORECASE)
PERSON_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "affirm", "listen_connect",
                      "ask_help", "chitchat", "greet", "deny", "dont_know")


# "email me please, its irene@example.com", "yes please, i gave my number earlier, 07700...":
# a way in offered, which only a person can use.
CONTACT_ME = re.compile(r"\b(?:email|e-mail|text|txt|ring|call|phone|contact|reach)(?: me| us)\b|"
                        r"\bmy (?:number|mobile|phone number|phone no|email|e-mail)\b",
                        re.IGNORECASE)


def offers_contact(text: str, guess: str) -> bool:
    if guess not in PERSON_MAY_REPLACE:
        return False
    found = parse_contact(text)
    if found.address and not search_request(text):
        # "its 4 Mill Terrace, Leeds LS11 5QT. plain envelope please": an address for a
        # letter (a search with a place in it stays a search).
        return True
    return CONTACT_ME.search(text) is not None and bool(found.phone or found.email)


def wants_a_person(text: str, guess: str) -> bool:
    return guess in PERSON_MAY_REPLACE and (bool(WANTS_A_PERSON.search(text.replace("'", "")))
                                            or bool(CALL_ME_BACK.search(text.replace("'", ""))))


# "yes please someone to ring me. but he cant know Im asking": a call asked for, said among
# other things (not "my son will call me back later": someone else's call).
CALL_ME_BACK = re.compile(
    r"\b(?:someone|somebody|a person|one of you|the team|an adviser|a social worker)\s+"
    r"(?:to\s+|can\s+|could\s+|will\s+|would\s+|please\s+)?(?:just\s+)?(?:ring|call|phone)\s+"
    r"(?:me|us)\b(?!\s+(?:a |an |the )?(?:taxi|cab|ambulance|doctor))|"
    r"(?:^|[.!?,;]\s*|\b(?:please|pls|just|can you|could you|will you|would you)\s+)"
    r"(?:ring|call|phone) me back\b",
    re.IGNORECASE)


# "yes please a call back would be great. its so hard to get 5 mins though, the smoke alarm
# went off...", "no i dont want alarms i want the call back about a break. i said yes"
# (round sixteen: a telecare search, then carers' services): a call back said yes to,
# whatever else the message tells.
YES_TO_A_CALL_BACK = re.compile(
    r"^\W*(?:(?:oh|ok|okay|yes|yeah|yep|yh|aye|please|pls)\W+){1,3}(?:to )?(?:a |the |that )?"
    r"call ?backs?\b"
    r"|\bi (?:want|would like|d like|need|wanted|asked for|said yes to) (?:the|a|that|my) "
    r"call ?back\b(?! (?:cancel|changed|changing|moved|moving|to be|at \d|after|before|earlier|"
    r"later|on (?:mon|tue|wed|thu|fri|sat|sun)))",
    re.IGNORECASE)
CALL_BACK_MAY_NOT_REPLACE = ("stop", "pause", "delete", "request_human", "complaint")


def says_yes_to_a_call_back(text: str, guess: str) -> bool:
    return guess not in CALL_BACK_MAY_NOT_REPLACE and \
        bool(YES_TO_A_CALL_BACK.search(text.replace("'", "")))


def callback_intent(text: str) -> Optional[str]:
    """A question about a call-back or complaint already asked for ("will they still ring
    me?", "they won't tell him will they?"), or a stop said in a longer message: the
    intent whose action answers it from the hand-off."""
    if changes_the_call(text):
        return "request_human"     # "change it to after 2pm": the hand-off action puts it right
    kind = callback_talk.callback_question(text)
    if kind in (callback_talk.STILL_COMING, callback_talk.KEEP_GOING, callback_talk.WONT_TELL,
                callback_talk.LETTER, callback_talk.TEAM_SEES, callback_talk.TELL_THEM,
                callback_talk.HOW_REACHED):
        return "request_human"
    if kind in (callback_talk.COMPLAINT_STATUS, callback_talk.PASS_IT_ON,
                callback_talk.COMPLAINT_PRIVATE):
        return "complaint"
    if kind == callback_talk.STOP_HERE:
        return "stop"
    return None


# Guesses a few questions may replace: never a journey or a request of its own ("can i still
# finish the survey tho... and whats an ombudsman" goes back to the survey).
SEVERAL_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "inform", "explain_term", "ask_help",
                       "money_worry", "greet", "chitchat", "listen_connect", "affirm", "deny",
                       "dont_know", "bot_challenge", "carer_strain", "grief", "thank")


def several_questions(text: str, guess: str) -> Optional[str]:
    """ "whats an ombudsman and if i get a job do i lose my PIP": the fallback answers each
    question it can (actions/several_questions.py)."""
    if guess not in SEVERAL_MAY_REPLACE or not questions_asked(text):
        return None
    return "nlu_fallback"


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


Reader = Callable[[str, str], bool]   # (the text, the model's guess) -> does it match


def only_from(guesses: Tuple[str, ...], reads: Callable[[str], bool]) -> Reader:
    """``reads(text)``, taken only when the model's guess is one of ``guesses``."""
    return lambda text, guess: guess in guesses and reads(text)


def anyway(reads: Callable[[str], bool]) -> Reader:
    """``reads(text)``, whatever the model guessed."""
    return lambda text, guess: reads(text)


def asks_for_a_person(text: str, guess: str) -> bool:
    # "ring my mum pls not me, she is Jackie 07700 900 563": a call, to someone else.
    return wants_a_person(text, guess) or offers_contact(text, guess) or (
        asks_to_call_someone_else(text) is not None
        and callback_talk.callback_question(text) is None)


# "what would that involve", "how does that work", "anything but bingo" were guessed as the
# start of a self-assessment, the menu or the listening form.
OFFER_QUESTION_MAY_REPLACE = ("start_self_assessment", "start_carer_assessment",
                              "listen_connect", "ask_help", "inform", "affirm", "deny", "greet",
                              "out_of_scope", "give_feedback", "chitchat")
TURNED_DOWN_MAY_REPLACE = ("deny", "affirm", "listen_connect", "nlu_fallback", "out_of_scope",
                           "inform", "greet", "ask_help")
MAX_TURNED_DOWN_WORDS = 12


def turns_a_thing_down(text: str) -> bool:
    """ "NO bingo", "anything but bingo please": a directory request with a thing turned
    down (bot/directory/exclusions.py), run as the search (action_search_directory)."""
    return len(text.split()) <= MAX_TURNED_DOWN_WORDS and bool(turned_down(text))


def asks_about_a_care_word(text: str, guess: str) -> bool:
    return is_a_care_word(text) or asks_what_it_is(text) or (
        mentions_a_care_word_with_a_question(text) and guess not in TERM_MAY_NOT_REPLACE)


def asks_about_the_conversation(text: str, guess: str) -> bool:
    return about_the_conversation(text, guess) and not asks_what_it_is(text)


# "Before I say anything, who would see what I write here?", "is this private" (round
# twelve: a directory list, and "I am a computer program"): who can read it, answered by the
# fallback (actions/callback.py), whatever the model guessed, before anything is told.
# (round thirteen: "who will see what I have written" was guessed as a money worry)
PRIVACY_MAY_REPLACE = ABOUT_US_MAY_REPLACE + ("find_service", "bot_challenge", "ask_help",
                                              "start_self_assessment", "money_worry",
                                              "carer_strain", "explain_term")


def asks_who_can_read_it(text: str, guess: str) -> bool:
    return guess in PRIVACY_MAY_REPLACE and callback_talk.callback_question(text) == \
        callback_talk.SHARED_DEVICE


# "paying for care", "who explains care charges" (round eleven: "Money worries are
# stressful", then Debt Advice and a Food Bank): the fallback answers how paying works.
CARE_COSTS_MAY_REPLACE = ("money_worry", "find_service", "explain_term", "nlu_fallback",
                          "out_of_scope", "inform", "ask_help", "listen_connect", "greet",
                          "chitchat", "deny", "affirm", "dont_know")


def asks_about_paying_for_care(text: str, guess: str) -> bool:
    # (a letter's words pasted with a care word are explained first: "'your father is
    # entitled to s117 aftercare' does that mean he doesnt pay for the care home")
    return guess in CARE_COSTS_MAY_REPLACE and about_paying_for_care(text) and \
        not is_a_care_word(text) and not asks_what_it_is(text) and not pastes_a_care_word(text)


# "does it cost anything? we're not well off, i gave up my job", "i was asking if the carers
# assessment costs money" (round fourteen: Job Club, then the assessment started): the
# fallback answers what help costs. Never a word asked about ("what is a carers
# assessment and is it free": explained, with "it is free").
COSTS_MAY_REPLACE = tuple(g for g in CARE_COSTS_MAY_REPLACE if g != "explain_term") + (
    "start_carer_assessment", "start_self_assessment")


def asks_what_help_costs(text: str, guess: str) -> bool:
    return guess in COSTS_MAY_REPLACE and asks_only_what_help_costs(text) and \
        not asks_what_it_is(text)


# "do I have to pay for s117 aftercare" (round thirteen: a directory search), "would a
# direct payment count as income for universal credit?" (round thirteen: "I am listening"):
# the fallback says s117 aftercare is free, or that a benefits adviser can check.
MONEY_QUESTION_MAY_REPLACE = CARE_COSTS_MAY_REPLACE + (
    "start_self_assessment", "start_carer_assessment", "carer_strain", "thank", "bot_challenge")


def asks_a_money_question(text: str, guess: str) -> bool:
    return guess in MONEY_QUESTION_MAY_REPLACE and money_question(text) is not None


# "i am also very tired. i work in school kitchen, 3 children, and abbu in night call me 2 3
# time for toilet. bohat thak gayi hoon" (round thirteen: out of scope, "Sorry, I can't help
# with that", though the English-only version got the carer's kind reply): a feeling told
# is listened to, whatever words of another language come with it.
FEELINGS = ("grief", "missing", "carer_strain", "lonely")
FEELING_MAY_REPLACE = ("out_of_scope", "chitchat", "greet")


def tells_a_feeling(text: str, guess: str) -> bool:
    return guess in FEELING_MAY_REPLACE and any(t in FEELINGS for t in themes_in(text))


def says_a_bare_dont_know(text: str, guess: str) -> bool:
    return guess in BARE_DONT_KNOW_MAY_REPLACE and is_a_bare_dont_know(text)


# "oh for gods sake. fine. start the carers assessment then" (round ten: the self-assessment
# started): the carer's assessment named is the one they asked for.
NAMES_CARERS_ASSESSMENT = re.compile(
    r"\b(?:start|do|begin|have|fill in|go for|try|want|need|lets do|let's do|ok|okay|fine)\b"
    r".{0,30}\bcarers?'?s?\s+assess?ment\b", re.IGNORECASE)


CARER_QUESTION_MAY_REPLACE = ("start_carer_assessment", "start_self_assessment", "explain_term",
                              "money_worry", "find_service", "inform", "ask_help",
                              "listen_connect", "carer_strain", "affirm", "out_of_scope",
                              "chitchat", "give_goal", "nlu_fallback")


SAFEGUARDING_QUESTION_MAY_REPLACE = ("find_service", "explain_term", "inform", "ask_help",
                                     "out_of_scope", "listen_connect", "money_worry", "affirm",
                                     "deny", "request_human", "nlu_fallback", "greet")


def asks_what_telling_leads_to(text: str) -> bool:
    return bool(safeguarding_questions.answer(text, asked_only=True))


def asks_about_the_carers_assessment(text: str) -> bool:
    return bool(carer_assessment_question.carer_assessment_question(text))


def names_the_carers_assessment(text: str) -> bool:
    return bool(NAMES_CARERS_ASSESSMENT.search(text or ""))


# "My GP said I should do the self assessment thing on here" (round twelve: "I am listening.
# What matters most to you about it?"): the self-assessment asked for by name.
NAMES_SELF_ASSESSMENT = re.compile(
    r"\b(?:start|do|begin|have|fill in|fill out|go for|try|want|need|lets do|let's do|"
    r"should do|told me to do|said (?:i should|to) do|can i do|could i do)\b"
    r".{0,25}\bself[- ]?assess?ments?\b", re.IGNORECASE)


def names_the_self_assessment(text: str) -> bool:
    return bool(NAMES_SELF_ASSESSMENT.search(text or "")) and not \
        NAMES_CARERS_ASSESSMENT.search(text or "")


# "im not a carer love ... i just want a person to ring me" (round eleven: the word "carer"
# started the carer's assessment): a denial never starts it, nor a carer's-strain reply.
NOT_A_CARER_MAY_REPLACE = ("start_carer_assessment", "carer_strain", "nlu_fallback",
                           "out_of_scope", "inform", "listen_connect", "ask_help", "deny",
                           "greet", "affirm", "chitchat")


def not_a_carer_wants_a_person(text: str, guess: str) -> bool:
    """ "im not a carer. i just want a person to ring me": the person, whatever was guessed
    from the word "carer"."""
    return guess in NOT_A_CARER_MAY_REPLACE and denies_being_a_carer(text) and \
        asks_for_a_person(text, "nlu_fallback")


def says_not_a_carer(text: str, guess: str) -> bool:
    """ "i'm not a carer": the fallback says sorry and offers their own questions."""
    return guess in NOT_A_CARER_MAY_REPLACE and denies_being_a_carer(text)


ENGLISH_HARD_WORD_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "chitchat", "inform",
                                 "ask_help", "listen_connect", "explain_term",
                                 "start_carer_assessment", "start_self_assessment",
                                 "carer_strain", "greet")
WHAT_IS = re.compile(r"\?|\b(?:what|wat|wot|whats|wats|wots)\b|\bmean(?:s|ing)?\b",
                     re.IGNORECASE)


def asks_a_care_word_in_few_words(text: str) -> bool:
    """A care word asked about by someone who says English is hard for them."""
    return finds_english_hard(text) and bool(WHAT_IS.search(text)) and bool(
        glossary.find_terms(as_meant(text)))


# What a typed message is taken for when it is no command or button: the first reader that
# matches promotes its intent (the order is tested in tests/unit/test_command_order.py).
def asks_interpreter_for_them(text: str) -> bool:
    # (or two languages, each for someone: "urdu for me and punjabi for my father")
    return interpreter_for(text) is not None or names_two_languages(text)


INTERPRETER_FOR_MAY_REPLACE = ("find_service", "out_of_scope", "chitchat", "ask_help",
                               "listen_connect", "show_more", "explain_term", "greet")

JOIN_MAY_REPLACE = SEARCH_MAY_REPLACE + ("listen_connect", "chitchat", "deny")


def picks_a_place_to_join(text: str) -> bool:
    """A place pointed at by its kind ("the shop one wiv the coach") with how to join, a
    liking for it or the phone being hard."""
    return getting_in_touch.asks_how_to_join(text) and bool(categorise(text))


def asks_how_to_get_care(text: str) -> bool:
    return care_for_family.asks_how_to_get_care(text) is not None


HOW_TO_GET_CARE_MAY_REPLACE = ("nlu_fallback", "out_of_scope", "listen_connect", "give_goal",
                               "inform", "ask_help", "chitchat", "greet",
                               "start_self_assessment", "explain_term",
                               # ("i need carer for mama. who i ask?": the word "carer")
                               "start_carer_assessment", "carer_strain")

READERS: Tuple[Tuple[Reader, str], ...] = (
    (not_a_carer_wants_a_person, "request_human"),
    (asks_for_a_person, "request_human"),
    (says_yes_to_a_call_back, "request_human"),
    # "i'm not a carer" (round eleven): sorry, and their own questions; never the
    # carer's assessment or a search for carers' help.
    (says_not_a_carer, "nlu_fallback"),
    (asks_a_money_question, "nlu_fallback"),
    (asks_about_paying_for_care, "nlu_fallback"),
    (asks_what_help_costs, "nlu_fallback"),
    # "interpreter is for abbu, my father, when they visit him" (round 13: the directory
    # cards again): the fallback says who the interpreter is for.
    (only_from(INTERPRETER_FOR_MAY_REPLACE, asks_interpreter_for_them), "nlu_fallback"),
    # "im shattered, i go round to mums every night after work. is there any help for me"
    # (round 18: "nothing in the evening", "I cannot change who comes"): the carer's route.
    (anyway(asks_help_when_worn_out), "carer_strain"),
    # "wot is plan for good life" (round 18, easy read: the notice started): our own option
    # explained first (the fallback says what it is, with the button to start it).
    (anyway(lambda text: option_asked(as_meant(text)) is not None), "nlu_fallback"),
    # "can asha do my wednesday and friday teas instead of tracey" (round 13: a new call
    # time): the fallback says the team asks the care agency, and notes it.
    (only_from(INTERPRETER_FOR_MAY_REPLACE, asks_about_care_visits), "nlu_fallback"),
    (wants_to_complain, "complaint"),
    # "does the carers assessment cost money", "ive changed my mind, you can keep my
    # answers" (round fourteen: the consent prompt, and a goal): the fallback answers, or
    # starts the assessment turned down a moment ago (in a form, the engine reads them).
    (only_from(CARER_QUESTION_MAY_REPLACE, asks_about_the_carers_assessment), "nlu_fallback"),
    (only_from(CARER_QUESTION_MAY_REPLACE, carer_assessment_question.changes_mind),
     "nlu_fallback"),
    # "is that the police? i dont want him arrested", "would they go and see him?" (round
    # fourteen: a directory search for "police"): the fallback answers plainly.
    (only_from(SAFEGUARDING_QUESTION_MAY_REPLACE, asks_what_telling_leads_to), "nlu_fallback"),
    # "how long does it take? can I do it now", "you asked me that already", "not what i
    # meant": the fallback answers them (never the menu); in a form the engine reads them.
    (asks_about_the_conversation, "nlu_fallback"),
    (asks_who_can_read_it, "nlu_fallback"),
    # "but who is the team. is it the council or the agency" (round thirteen: "It sounds
    # like it matters to you"): the fallback says who the team is.
    (only_from(PRIVACY_MAY_REPLACE, asks_who_the_team_is), "nlu_fallback"),
    # "dont no 🤷": the fallback offers a few simple ways on (not the menu).
    (says_a_bare_dont_know, "nlu_fallback"),
    # "tell me more about it first", "what would that involve?" to an offer: the fallback
    # answers what the offer means and keeps it open (actions/open_offer.py).
    (only_from(OFFER_QUESTION_MAY_REPLACE, asks_about_offer), "nlu_fallback"),
    # "NO bingo", "anything but bingo": the search again without it.
    (only_from(TURNED_DOWN_MAY_REPLACE, turns_a_thing_down), "find_service"),
    # "no the one wiv coach in shop. i carnt do fone calls", "the shop one wiv the coach.
    # how do i go" (round seventeen: listened to, then Meals on Wheels): the search action
    # finds the place among those shown (or searches for its kind) and says how to join.
    (only_from(JOIN_MAY_REPLACE, picks_a_place_to_join), "find_service"),
    (local_search, "find_service"),
    (only_from(EXISTS_MAY_REPLACE, asks_if_one_is_near), "find_service"),
    (asks_for_a_topic, "find_service"),
    (lonely_with_a_wish, "find_service"),
    (needs_help_not_goodbye, "find_service"),
    (hints_at_home_not_goodbye, "nlu_fallback"),
    (asks_after_telling, "nlu_fallback"),
    (only_from(OPENING_MAY_REPLACE, offers_to_tell_more), "listen_connect"),
    (tells_a_feeling, "nlu_fallback"),
    (only_from(OPENING_MAY_REPLACE, asks_if_this_is_the_right_place), "nlu_fallback"),
    # "i dont no wat that is" after directory results: not a no; the fallback answers it
    # from the places shown (or asks to say it another way).
    (only_from(SHOWN_MAY_REPLACE, asks_what_they_are), "nlu_fallback"),
    # "nah only the last 1", "get rid of the job club" (round twelve: out of scope): the
    # fallback reads them against the places shown and saved. Never from a yes or a no.
    (only_from(LIST_MAY_REPLACE, about_a_listed_place), "nlu_fallback"),
    # "can you use easier words", "turn off easy read": the fallback switches (in a form,
    # the engine), whatever the model guessed.
    (anyway(lambda text: easy_read_wish(text) is not None), "nlu_fallback"),
    # "help at home for my mum in LS8, she cant speak english": the search, with the
    # interpreter said under it (round fourteen).
    (only_from(("find_service",) + SEARCH_MAY_REPLACE + ("explain_term",),
               search_without_english), "find_service"),
    # "i want someone come to help my mama with shower. how i do this?" (round seventeen:
    # coached): the fallback says how, her needs assessment and the carer's own.
    (only_from(HOW_TO_GET_CARE_MAY_REPLACE, asks_how_to_get_care), "nlu_fallback"),
    # "carer assessment what is this? my english not good for long form" (round eighteen:
    # the care-agency reply, then only the interpreter): the word, then the interpreter.
    (only_from(ENGLISH_HARD_WORD_MAY_REPLACE, asks_a_care_word_in_few_words), "explain_term"),
    # The fallback offers a free interpreter, then listens.
    (anyway(finds_english_hard), "nlu_fallback"),
    (only_from(("start_self_assessment",), names_the_carers_assessment),
     "start_carer_assessment"),
    (for_someone_else, "start_self_assessment"),
    (only_from(OPENING_MAY_REPLACE, names_the_self_assessment), "start_self_assessment"),
    (asks_about_a_care_word, "explain_term"),
    (only_from(LETTER_MAY_REPLACE, pastes_a_care_word), "explain_term"),
    # "xbox and see my cuzin", "going to see my nan": "see" is not "see you"; the fallback
    # listens (in a form it is the answer).
    (only_from(("goodbye",), leaving_words_not_a_leaving), "nlu_fallback"),
    (only_from(THANKS_MAY_REPLACE, is_goodbye), "goodbye"),
    # "thats everything ta. lovely chatting to you": a goodbye, not "anything else?" (a
    # request for a person guessed goes to the hand-off action, which says goodbye with
    # the reference when a call back is booked: round seventeen).
    (only_from(tuple(g for g in THANKS_MAY_REPLACE if g != "request_human"), ends_the_chat),
     "goodbye"),
    (only_from(THANKS_MAY_REPLACE, is_thanks), "thank"),
)


# "did you save the lunch club? and will they know its about getting a lift there" (round
# eighteen: "No. The team will talk only to you"): the list, not the call back.
NOT_A_PLACE = re.compile(r"\b(?:number|phone|mobile|email|e-mail|address|details|answers|"
                         r"name|contact|message|conversation|chat)\b", re.IGNORECASE)


def asks_if_a_place_is_saved(text: str) -> bool:
    return asks_if_saved(text) and not asks_to_save(text) and not NOT_A_PLACE.search(text)


def typed_intent(text: str, guess: str, buttons: List[Dict[str, str]]) -> Optional[str]:
    """The intent a typed message stands for, or None to leave the model's guess: a command
    or button title first, then a check-in answer, then a question about a call-back
    already asked for, then the first of ``READERS``."""
    typed, text = text, as_meant(text)   # "wot is a job coach", "i dont no": read as meant
    # "ok i can tell you a bit more i suppose" offers to tell more: not a hedged yes.
    # "to be honest id just like to speak to a real person": a hedge ("tbh") said with a
    # wish for a person is that wish, not a hedged yes.
    person_only = wants_a_person(text, guess) and not SAYS_YES.search(text)
    intent = command_intent(text, buttons) or (
        None if offers_to_tell_more(text) or person_only else typed_check_in_answer(text, guess))
    # "what is LPA? and how long does this take?": each answered by the fallback, in order
    # (in a form, by the engine), before any one of them is taken for the whole message.
    if not intent and withdraws_request(text):
        # "cancel that person thing, I dont need anyone to join. bye" (round thirteen: a
        # goodbye, the hand-off left waiting): the fallback takes the request back.
        return "nlu_fallback"
    intent = intent or several_questions(typed, guess)
    if not intent and (sees_the_list(text) or (asks_to_save(text) and callback_intent(text))
                       or asks_if_a_place_is_saved(text)):
        # "can i see what youve saved for me" (not understood), "...could be fun actually.
        # save that one too and show me my list" (a person asked for: round thirteen): the
        # places saved and the list, never a call change.
        return "save_services"
    # "will they still ring me?", "they won't tell him?": answered from the hand-off.
    intent = intent or callback_intent(text)
    if intent:
        return intent
    found = next((intent for reads, intent in READERS if reads(text, guess)), None)
    if found is None and respelt(typed) and wishes_for_a_topic(text, guess):
        return "find_service"     # "i wont a job in a caff", "frends"
    return found


def drop_misread_relationships(message: Message) -> None:
    """A relationship the model found that is not a relationship word ("the nhs number?" ->
    "number", round 18: "About: their number") is dropped, so the slot never holds it."""
    entities = message.get("entities") or []
    kept = [e for e in entities if e.get("entity") != "relationship"
            or about.known_relationship(str(e.get("value") or ""))]
    if len(kept) != len(entities):
        message.set("entities", kept, add_to_output=True)


@registered
class CommandClassifier(RuleComponent):
    def __init__(self) -> None:
        self.buttons = static_buttons()

    def read(self, message: Message) -> None:
        drop_misread_relationships(message)
        found = message.get("safety_net") or {}
        if found.get("tier") in ("clear", "check_in") or found.get("route") == QUICK_EXIT:
            return  # ("he's back, i have to go" is the quick exit, never a typed "pause")
        intent = typed_intent(message.get(TEXT) or "", model_guess(message), self.buttons)
        if intent:
            promote(message, intent)
