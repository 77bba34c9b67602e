"""A question about the care visits or which care worker comes ("can asha do my wednesday
and friday teas instead of tracey while its looked at", "could the carers come after 10
instead", "can i have a different carer on fridays").

Round 13: after a call-back was set, this became the new call time (the very days he said
never to ring), then "Sorry, I did not understand that". The bot cannot change a care rota:
the council's team asks the care agency. So it says so honestly and, when a hand-off is
open, the question goes on it for staff. What counts as a care-visit message is read in
bot/answers/call_change.py (``about_care_visits``), so the two never disagree; this module
adds only "is it a question or a wish", "is it paid care" and the words. Pure.

Round 18: "can maureen come with me to the tuesday lunch club" and "carer assessment what is
this? ... my english not good" got this reply, to people with no care agency: the guard in
call_change reads any "carer" or "can NAME come" (so they never become a call time), but the
answer needs paid care named: the carers' visits, a care worker, the agency or the rota.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot.answers.call_change import about_care_visits

MAX_WORDS = 45
# Asking or wishing, not telling ("the carers come at 8" is a story, listened to).
ASKS = re.compile(
    r"\?|\b(?:can|could|will|would|is it possible|possible for|any chance|i want|i'?d like|"
    r"id like|i would like|we want|we'?d like|i need|please|pls|instead of|rather have|"
    r"prefer|swap|change|different)\b", re.IGNORECASE)
# Looking for care in the directory ("are there any carers near LS8 who speak urdu"): a
# search, not a question about the visits they have.
SEARCHING = re.compile(
    r"\b(?:find|finding|looking for|look for|search|are there|is there (?!any chance)|"
    r"any(?! chance)|near|nearby|round here|in my area|ls\d+)\b", re.IGNORECASE)
# The council's own visit or an interpreter for it ("i want urdu interpreter for my father
# when you visit him"): for bot/answers/interpreter_for.py, not the care rota.
COUNCIL_VISIT = re.compile(
    r"\b(?:interpreter|interpretor|translator|tarjuman)s?\b|\bwhen (?:you|they|the council|"
    r"the team|someone|somebody|the social worker|council person) (?:visit|visits|come|comes)\b|"
    r"\b(?:you|the council|the team|social worker) (?:visit|visits|visiting)\b", re.IGNORECASE)
# Help for the carer themself ("i want to do the carers assessment", "can i get carers
# allowance"): not the care visits.
FOR_THE_CARER = re.compile(
    r"\bcarer'?s?'? (?:assessment|allowance|group|centre|center|support|break|card|leave|"
    r"credit|emergency)", re.IGNORECASE)

# Paid care named: what makes "can NAME come" or "carer" about the care visits (round 18:
# a friend coming to a lunch club, "carer help", "a carer's assessment" are not).
PAID_CARE = re.compile(
    r"\b(?:agency|agencies|rota|shifts?|care ?workers?|home ?carers?|paid carers?|"
    r"(?:care|tea|teas|lunch|bed ?(?:time)?|morning|evening|night|dinner|breakfast) ?(?:time )?"
    r"(?:calls?|visits?)|teas|visits|the carers|(?:my|her|his|their|mums?|dads?|mams?) carers|"
    r"carers? (?:come|comes|came|coming|visit|visits|visiting|arrive|arrives|turn up|turns up|"
    r"do|does|did|are late|is late|were late|was late|leave|leaves)|"
    r"(?:different|another|other|new|same|regular|usual|male|female|man|woman|lady) carers?|"
    r"cover (?:for|my|her|his)|(?:her|his) (?:round|shift)|take over)\b|"
    r"\binstead of (?!(?:a |the |my )?(?:call|ring|phon|text|e-?mail|morning|afternoon|evening|"
    r"night|week|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|then|that|now|"
    r"after|before|\d|me\b|him\b|her\b|us\b))[a-z]+\b", re.IGNORECASE)

# Said to the person.
NO_CALL_BOOKED = ("I cannot change who comes or when they visit. The team can ask the care "
                  "agency for you.")
ASK_FOR_CALL = "Would you like a call back about it?"
NOTED = ("I cannot change who comes or when they visit. The team will ask the care agency "
         "about it. I have added your question to your request, so they see it.")
CALL_UNCHANGED = "Your call back is the same as before."
# For staff, on the hand-off.
STAFF_NOTE = "Care visits: they asked about who comes or when. Please ask the agency. They said: {words}"
MAX_NOTE_CHARS = 300


def asks_about_care_visits(text: str) -> bool:
    """A question or wish about the care visits or the care worker, not about the call."""
    if not text or text.startswith("/") or len(text.split()) > MAX_WORDS:
        return False
    return about_care_visits(text) and bool(ASKS.search(text)) and \
        bool(PAID_CARE.search(text.replace("\u2019", "'"))) and not (
        SEARCHING.search(text) or COUNCIL_VISIT.search(text) or FOR_THE_CARER.search(text))


def reply(handoff_open: bool, call_booked: bool) -> List[str]:
    """What to say: noted for the team when a request is open, else how to get it asked."""
    if handoff_open:
        return [NOTED] + ([CALL_UNCHANGED] if call_booked else [])
    return [NO_CALL_BOOKED, ASK_FOR_CALL]


def staff_note(text: str) -> str:
    words = " ".join(str(text or "").split())[:MAX_NOTE_CHARS]
    return STAFF_NOTE.format(words=f'"{words}"')


def all_texts() -> Dict[str, str]:
    out = {"NO_CALL_BOOKED": NO_CALL_BOOKED, "ASK_FOR_CALL": ASK_FOR_CALL, "NOTED": NOTED,
           "CALL_UNCHANGED": CALL_UNCHANGED,
           "staff_note": staff_note("can asha do my teas instead of tracey")}
    return {f"who_comes.{k}": v for k, v in out.items()}
