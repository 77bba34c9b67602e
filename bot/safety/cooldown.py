"""After a "No" to the direct question, the same question waits a while.

"Are you thinking about ending your life?" answered "No" (or "I'd rather not say", or a
denial in the person's own words: "I'm TIRED not suicidal", "no im fine just knackered")
is not asked again in the next ``TURNS`` messages of that conversation for a weak reason:
the risk classifier alone, or the same pattern category already asked about; after that,
the classifier alone of the same kind (crisis or safeguarding) on a message with no danger
or harm word is not asked again for the rest of the conversation. A denial just after a
block ("omg nobody is taking my money!!", read by bot/safety/false_alarm.py) is a "No" too,
and a block from the classifier alone of that kind on such a message is then quiet as well
(issue 12). A reviewed pattern always counts: a clear one never reaches the check-in, so it
still gives the script at once. A new sign of preparation after a "No" to the suicide
question (gifts, a letter, a date: PREPARATION_SIGNS) is never quietened, whatever raised it
(round 18): the "No" is believed for everyday talk, not for preparations.

Pure functions over a tracker's events (plain dicts), so the dialogue and the tests share
one judgement.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, Optional, Tuple

from bot.answers.check_in import NO, RATHER_NOT, UNSURE, YES, check_in_answer
from bot.safety.context import DENIED, TAKE_BACK
from bot.safety.detector import risk_words_in
from bot.safety.false_alarm import denies_danger, net_calm
from bot.safety.normalise import normalise
from bot.safety.responses import ARE_YOU_SAFE, CALLED_999

TURNS = 6  # the person's messages after the "No" during which weak reasons stay quiet
ASKING = ("action_safety_check_in", "action_ask_safety_check")
# Signs that someone has made ready to end their life (gifts, a letter, a date, a method).
# After a "No" to the direct question a new one is never quietened, whatever raised it:
# the "No" is believed for everyday talk, not for preparations (round 18: gifts "wont need
# them", a letter for a child, "friday at 6pm thats when im going" all went unheard).
PREPARATION_SIGNS = frozenset({"suicide_preparation", "suicide_plan_time", "suicide_method",
                               "suicide_act"})
# A block was just shown: a denial after it ("nobody is taking my money!!") is a "No" too.
SHOWING = ("action_crisis_support", "action_safeguarding_support")
AFTER_BLOCK = ("safety_wish", "safety_next")


# A short "No" said as one sentence of a longer reply: "oh for f sake. NO. thats the third
# time youve asked me that. stop it", "no!! god no. im tired not suicidal".
_SENTENCES = re.compile(r"[.!?;\n]+")
SHORT_NO = 3   # words in the sentence that says it


PLAIN_NO = re.compile(r"^(oh )?((my )?god|hell|good god|lord|christ|gosh)? ?(no+|nope|nah|no way|"
                      r"definitely not|of course not|absolutely not|certainly not)$")


def _answer(sentence: str) -> str:
    words = " ".join(re.sub(r"[^a-z' ]", " ", sentence.lower()).split())
    return NO if PLAIN_NO.match(words) else (check_in_answer(sentence) or "")


def _no_in_a_sentence(text: str) -> bool:
    answers = [_answer(part) for part in _SENTENCES.split(text or "")
               if part.strip() and len(part.split()) <= SHORT_NO]
    return NO in answers and YES not in answers


def _says_no(text: str, intent: str) -> bool:
    answer = check_in_answer(text)
    if answer == UNSURE:
        return False   # "dont no", "not sure": not a no, so nothing is quietened
    if answer in (NO, RATHER_NOT) or intent == "deny":
        return True
    return bool(DENIED.search(normalise(text))) or _no_in_a_sentence(text)


def last_no(events: Iterable[Dict[str, Any]]) -> Optional[Tuple[str, str, int]]:
    """(kind, category, messages since) for the latest "No" to the direct question, or None.

    A "No" counts when it answers the question (the last action before it asked it, or the
    form was asking ``safety_check``), or when it denies danger in the person's own words.
    """
    kind = category = ""
    asked = shown = False
    # "Are you safe right now?" or "Have you called 999?" just asked after a card (the
    # safety-now step, crisis_care.safety_now_question): a No there means not safe or not
    # called, never a No to the suicide question (the full run after round 18: a means told
    # in a form, then "No", was taken as a No and the steps offered "carry on with the
    # questions").
    safe_asked = False
    raised = ""   # the kind of the latest block shown
    found: Optional[Tuple[str, str, int]] = None
    for event in events:
        name = event.get("event")
        if name == "slot":
            if event.get("name") == "safety_concern" and event.get("value"):
                kind = str(event["value"])
            elif event.get("name") == "safety_category" and event.get("value"):
                category = str(event["value"])
            elif event.get("name") == "requested_slot":
                asked = asked or event.get("value") == "safety_check"
                shown = shown or event.get("value") in AFTER_BLOCK
        elif name == "action" and event.get("name") not in ("action_listen", None):
            asked = event.get("name") in ASKING or (
                asked and event.get("name", "").endswith("_form"))
            shown = event.get("name") in SHOWING or (
                shown and event.get("name", "").endswith("_form"))
        elif name == "bot":
            said = str(event.get("text") or "")
            safe_asked = ARE_YOU_SAFE in said or CALLED_999 in said
        elif name == "user":
            text = str(event.get("text") or "")
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name") or ""
            net = (event.get("parse_data") or {}).get("safety_net") or {}
            if found is not None:
                found = (found[0], found[1], found[2] + 1)
            # After a block, the denial is of that block's kind.
            denied = (raised if shown else "") or kind or "crisis"
            if text and not text.startswith("/") and (
                    ((asked or (shown and raised == "crisis" and not safe_asked))
                     and _says_no(text, intent))
                    or DENIED.search(normalise(text))):
                # (after a crisis card the direct question is asked at its step: a typed
                # "no im fine" there is a No, as the button is)
                found = (denied, category, 0)
            elif text and not text.startswith("/") and shown and \
                    denies_danger(text, raised, net_calm(net)):
                found = (denied, category, 0)
            elif text == "/deny" and (asked or shown and not safe_asked):
                # the No button, at the question or at the direct question after a card
                found = (denied if shown else kind or "crisis", category, 0)
            if net.get("tier") == "clear" and net.get("kind") in ("crisis", "safeguarding"):
                raised = str(net["kind"])
            asked = shown = safe_asked = False
    return found


def quiet_after_no(events: Iterable[Dict[str, Any]], finding: Dict[str, Any],
                   turns: int = TURNS, text: str = "") -> bool:
    """True when this check-in should not be asked: a "No" came within ``turns`` messages
    (this one included) and the reason now is weak (the classifier alone, or the category
    already asked about). After that window, the classifier alone on a message of ``text``
    with no danger or harm word ("what time for myself. none", "nobody really, our son is in
    the army") is still not asked again: everyday tiredness after a "No" is believed."""
    if finding.get("tier") not in ("check_in", "clear"):
        return False
    if new_sign_after_no(events, finding, text):
        return False
    said = last_no(events)
    if said is None:
        return False
    kind, category, since = said
    model = finding.get("signal") == "model"
    # The classifier alone, of the kind they said No to, on a message with no danger or harm
    # word from the reviewed lexicon: believed quiet for the rest of the conversation.
    everyday = model and finding.get("kind") == kind and bool(text) and \
        not risk_words_in(normalise(text))
    if finding.get("tier") == "clear":
        # A block from the classifier alone after a No or a denial (issue 12); a reviewed
        # pattern, or a danger word, always counts.
        return everyday
    if since == 0:
        # the "No" is this very message (a denial that still raised a check-in)
        return model
    if since > turns:
        return everyday
    return model or (finding.get("kind") == kind and finding.get("category") == category)


def new_sign_after_no(events: Iterable[Dict[str, Any]], finding: Dict[str, Any],
                      text: str = "") -> bool:
    """True when, after a "No" (or a take-back) to the suicide question, this message shows
    a sign of preparation: more serious than the first, so it is heard (and answered with
    the crisis card, actions/safety.py), never quietened. The "No" message itself, and a
    message that denies or takes back, is not a new sign."""
    if finding.get("kind") != "crisis" or finding.get("category") not in PREPARATION_SIGNS:
        return False
    said = last_no(events)
    if said is None or said[0] != "crisis" or said[2] == 0:
        return False
    norm = normalise(text or "")
    return not (DENIED.search(norm) or TAKE_BACK.search(norm))


def escalates_after_sign(text: str, finding: Dict[str, Any]) -> bool:
    """After an earlier sign of preparation in the conversation, may this check-in give the
    crisis card at once (actions/safety.py, ActionSafetyCheckIn)?

    Only when the message itself carries danger: a reviewed pattern, or a word from the
    risk_words net. An earlier alarm lowers the bar for a message with a risk word ("dont
    save me a seat, the tablets are ready"), never for everyday talk the classifier alone
    leaned on ("walking maps are no good to me love i cant walk it"). A denial ("im not in
    any danger") or taking it back ("forget i said anything") is never escalated: the
    direct question (or nothing, after a No) is the kinder step.
    """
    norm = normalise(text or "")
    if not norm.strip() or DENIED.search(norm) or TAKE_BACK.search(norm):
        return False
    # Only "model" (the classifier alone) is the weak signal, as for the cooldown above.
    return finding.get("signal") != "model" or risk_words_in(norm)
