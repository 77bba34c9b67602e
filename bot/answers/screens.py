"""Reads the answer to a screening question ("Is anything about eating, washing, dressing or
using the toilet hard just now?") as the areas to ask about in more depth.

Three Conversations: the Care Act areas are screened a few at a time, and only the areas
the person says are hard are explored. "no, all fine" opens none; "washing is hard" opens
keeping clean; a plain "yes" opens every area of the screen; an unsure or partial answer
("a bit", "sometimes", "i struggle") opens every area too, since asking is kinder than
missing something. A skip or "not sure" opens none: the areas are recorded as not raised.

What was said before the screen counts too (round ten): "he cant wash himself" at "what
matters?" or "the stairs are the problem" at "who is in his life?" already says an area is
hard, and "the stairs are alright if I take my time" that one is fine. ``said_earlier``
finds those, so the screen is not asked blind: the hard ones are opened whatever the screen
answer, the fine ones are not asked again on a plain yes.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from bot.answers.contact import about_contact, without_contact_clauses
from bot.answers.text import has_word, words_only
from bot.answers.yes_no import yes_no
from bot.assessment.questions import Screen

# "fine" reads as a yes to a yes-or-no question; here it means nothing is hard.
NOTHING_HARD = re.compile(
    r"^(?:no(?! (?:time|help|one|sleep|break|money|life|energy|friends|support|way|chance|"
    r"rest|peace)\b)|nope|nah|not really|not at all|not at the moment|not just now|not now|none|"
    r"nothing|all (?:fine|good|ok|okay)|(?:its|it is|thats|that is|all|im|i am) "
    r"(?:fine|ok|okay|good|alright|all right)|fine|ok|okay|good|alright|i manage|"
    r"(?:i'?m|she'?s|he'?s|they'?re) (?:managing|coping)|managing|coping|no problems?|"
    r"no issues?|no worries)\b")
# "whats next", "next", "move on", "next question please": go on, nothing more here.
MOVE_ON = re.compile(r"^\W*(?:ok\W+|right\W+|so\W+)?(?:whats|what is|what s)? ?next"
                     r"(?: one| question| bit| please)?\W*$"
                     r"|^\W*(?:move|moving|go|carry|keep) on\W*(?:please)?\W*$")
# Not an answer: "i dont understand all question", "what do you mean by that".
NOT_AN_ANSWER = re.compile(r"\b(?:don ?t|do not|dont|didn ?t) (?:understand|get it|follow)\b|"
                           r"\bwhat do you mean\b|\bconfused\b|\bnot sure what\b")
# Words that say something is hard, when no area is named: "she struggles with most of it".
SOUNDS_HARD = re.compile(r"\b(?:hard|harder|struggl\w*|difficult\w*|problem\w*|trouble|cant|"
                         r"can t|cannot|unable|help|helps|needs?|worse|bad|all of|all the|everything|most|"
                         r"lot|lots|always|never|forget\w*|falls?|fell|lonely|alone)\b")
BUT = re.compile(r"\b(?:but|except|apart from|other than|although|though)\b")


# "when we're all at work", "while the kids are at school": a time of day, not the area.
WHILE_AWAY = re.compile(r"\b(?:when|while|whilst|cos|because) (?:we|were|we are|they|theyre|"
                        r"they are|im|i am|everyone|everyones|hes|shes|he is|she is|the kids are|"
                        r"the kids)(?: all| both)?(?: out| away)? at (?:work|school|college)\b")


def areas_named(screen: Screen, text: str) -> List[str]:
    """The screen's areas the words name, in the screen's order."""
    said = WHILE_AWAY.sub(" ", words_only(text))
    return [code for code, clues in screen.areas if any(has_word(said, c) for c in clues)]


CLAUSE = re.compile(r"\s*(?:[.,;!?]+|\band\b|\bbut\b)\s*", re.IGNORECASE)
MIN_TOLD_WORDS = 4
MIN_TOLD_AREAS = 2   # a whole account over several areas, as the carer gave it


def told_already(screen: Screen, value: str) -> Dict[str, str]:
    """The areas the screening answer already tells about, each with the person's own
    words: "yes all of it. I never see anyone, I had to drop hours at work" ->
    {"relationships": "I never see anyone", "work_learning": "I had to drop hours at work"}.
    Those deeper questions are not asked again. Only an account of two areas or more
    counts, each in four words or more: "washing is hard" or "i cant get in the bath"
    still opens its question, which asks what would help."""
    if not value or value.startswith("/"):
        return {}
    told: Dict[str, List[str]] = {}
    for clause in CLAUSE.split(value):
        clause = clause.strip()
        if len(clause.split()) < MIN_TOLD_WORDS or about_contact(clause):
            continue
        for code in areas_named(screen, clause):
            told.setdefault(code, []).append(clause)
    if len(told) < MIN_TOLD_AREAS:
        # One area named ("i cant get in the bath"): its question asks what would help.
        return {}
    return {code: ". ".join(parts) for code, parts in told.items()}


def areas_to_explore(screen: Screen, value: str) -> Optional[List[str]]:
    """The outcome codes to ask about in depth; [] when nothing is hard; None for a skip or
    "not sure" (nothing asked, the areas recorded as not raised)."""
    if value in ("/skip", "/dont_know"):
        return None
    if value == "/deny":
        return []
    every = [code for code, _ in screen.areas]
    if value == "/affirm":
        return every
    said = words_only(without_contact_clauses(value))   # "cant take calls at work": not work
    named = areas_named(screen, said)
    nothing = bool(NOTHING_HARD.match(said)) and not BUT.search(said)
    if nothing:
        return []
    if named:
        return named
    answer = yes_no(value)
    if answer is False or MOVE_ON.match(said):
        return []          # "whats next", "next one": nothing more to tell here
    if answer is None and NOT_AN_ANSWER.search(said) and not SOUNDS_HARD.search(said):
        return None        # "i dont understand all question, sorry": nothing raised, not all
    return every


HARD_EARLIER = "hard"
FINE_EARLIER = "fine"
# Said before the screen, in one clause with an area's words: a hard word said with "not"
# ("its not a problem", "she isnt lonely") is fine; then a hard word is hard; then a fine
# word ("the stairs are alright if I take my time") is fine.
NOT_HARD = re.compile(
    r"\b(?:no problems?|no trouble|not (?:a |too |that |very |so )?(?:problem|hard|bad|"
    r"difficult|an issue)|(?:isnt|is not|arent|are not|wasnt|not) (?:\w+ )?(?:hard|lonely|"
    r"difficult|a problem))\b")
# ("never" alone is left out: "I never fell once" is not a fall.)
SAID_HARD = re.compile(
    r"\b(?:hard|harder|struggl\w*|difficult\w*|problems?|trouble|cant|can t|cannot|unable|"
    r"not able|no longer|worse|too much|scared|frightened|falls|falling|fell|lonely|tricky|"
    r"help (?:him|her|them|me) (?:with|to)|needs? (?:help|a hand)|stuck|"
    r"never (?:sees?|gets? out|goes? out|leaves?)|no (?:time|break|rest|sleep|help))\b")
SAID_FINE = re.compile(r"\b(?:fine|alright|all right|okay|manages?|managing|copes?|coping|"
                       r"no bother|good at)\b")


def _state(said: str) -> Optional[str]:
    if NOT_HARD.search(said):
        return FINE_EARLIER
    if SAID_HARD.search(said):
        return HARD_EARLIER
    return FINE_EARLIER if SAID_FINE.search(said) else None


def said_earlier(screen: Screen, earlier: Sequence[str]) -> Dict[str, Tuple[str, str]]:
    """The screen's areas that earlier answers already said are hard or fine, each with the
    person's words: {"keeping_clean": ("hard", "he cant wash himself")}. A later answer
    about the same area wins; a clause with no word of either kind says nothing."""
    found: Dict[str, Tuple[str, str]] = {}
    for answer in earlier:
        if not answer or answer.startswith("/"):
            continue
        in_answer: Dict[str, Tuple[str, str]] = {}
        for clause in CLAUSE.split(answer):
            clause = clause.strip()
            said = words_only(clause)
            if not said or about_contact(clause):
                continue     # "cant take calls at work": how to reach them, not an area
            state = _state(said)
            if state is None:
                continue
            for code in areas_named(screen, said):
                in_answer.setdefault(code, (state, clause))
        found.update(in_answer)
    return found


def opened_with_earlier(screen: Screen, value: str, opened: Optional[List[str]],
                        earlier: Dict[str, Tuple[str, str]]) -> Optional[List[str]]:
    """The areas to ask about, with what was said before: an area told hard is opened
    whatever the answer ("no" to "anything else?" is about the rest); an area told fine is
    not opened by a plain yes, only when the answer names it again."""
    if not earlier:
        return opened
    hard = [code for code, (state, _) in earlier.items() if state == HARD_EARLIER]
    named = [] if value.startswith("/") else areas_named(screen, value)
    fine = {code for code, (state, _) in earlier.items() if state == FINE_EARLIER
            and code not in named}
    chosen = [code for code in (opened or []) if code not in fine]
    if opened is None and not hard:
        return None
    order = [code for code, _ in screen.areas]
    return [code for code in order if code in chosen or code in hard]
