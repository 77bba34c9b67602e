"""After the safety net has caught real danger: what the bot says and offers next.

The safety net (bot/safety) decides whether a message shows danger. This module decides
how the conversation goes on once it has, whatever form or survey was open:

- a sign of suicide risk gets the one direct question, with the questions paused and
  "Talk to someone now" first (never "Carry on with the questions" first);
- a clear, current plan (the means, a time, goodbyes or a pet given away, or a second sign
  after an earlier one) is said back plainly, with Samaritans and 999 now and a person
  offered at once;
- "I'm not going to do anything daft, next question" after a sign is accepted gently, the
  door is kept open, and the risk is noted for staff as not resolved;
- a person waiting for the team is told honestly whether someone is coming and what to do
  now; someone who cannot stay is given a safe way back (their reference);
- coming back after earlier risk is linked to it ("Earlier you told me about Friday").

Pure functions over plain values (texts, categories, records), so the actions and the unit
tests share one judgement. Every sentence passes the plain-language gate (all_texts()).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence

from bot import handoff_words, hours, settings, texts
from bot.answers.check_in import keeps_it_open
from bot.answers.said_to_bot import complains_of_repeat
from bot.phrases import all_matches
from bot.plan_time import plan_time
from bot.safety.responses import ARE_YOU_SAFE, CALLED_999, CHECK_IN_BUTTONS
from bot.safety.responses import RATHER_NOT_SAY as RATHER_NOT_PAYLOAD

SAMARITANS = "116 123"

# Categories of danger to the person's own life.
SUICIDE_PREFIX = "suicide"
# Signs that a person has made ready: a second one, or one with a time and the means, is a
# plan, not a passing thought.
PLAN_CATEGORIES = frozenset({"suicide_method", "suicide_preparation", "suicide_plan_time",
                             "suicide_act"})

# What people say when they have a plan, read only to choose the reply (never to decide
# whether there is danger: that is the safety net's job).
MEANS = re.compile(
    r"\b(?:tabs|tablets|pills|meds|medication|paracetamol|co-?codamol|insulin|rope|"
    r"saved (?:them |it )?up|stockpil\w*|been saving|bridge|train tracks?|car exhaust)\b",
    re.IGNORECASE)
WHEN = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|"
    r"sat|sun|tonight|tomorrow|this weekend|the weekend|next week|christmas|new year|"
    r"my birthday)\b", re.IGNORECASE)
GOODBYES = re.compile(
    r"\b(?:thanks? for (?:every ?thing|all)|thx for (?:every ?thing|all)|ta for every ?thing|"
    r"(?:wont|won't|will not|wont be) (?:need|needing) (?:her|him|them|you|it|anyone)|"
    r"(?:dog|dogs|cat|cats|pets?|budgie|rabbit)(?:'s| is| are|s)? (?:going|gone|off) to|"
    r"(?:rehom\w+|new home for) (?:the |my )?(?:dog|cat|pets?)|"
    r"look after (?:the |my )?(?:dog|cat|pets?|kids|children)|"
    r"say(?:ing)? (?:my )?goodbyes?|sorted (?:for )?after|affairs in order|"
    r"got (?:things|everything|it all) sorted|wrote (?:a |my )?(?:letter|note|will))\b",
    re.IGNORECASE)
DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
             "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
             "sat": "Saturday", "sun": "Sunday"}

# A time said as a limit after a plan ("not after saturday", "want it all dun before
# sunday", "this wkend", "by the weekend", "b4 fri"): read only to put it on the hand-off as
# urgent with the day, and never to tell them the team is closed then.
_DAY_WORD = (r"(?:mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)(?:day)?s?|tonight|2nite|"
             r"tomorrow|tomoz|tomorow|tmrw|tmr|week ?end|wkend|w/e|the end of (?:the )?week")
DEADLINE = re.compile(
    r"\b(?P<limit>not after|no later than|not later than|before|b4|bfore|by|until|till|til|"
    r"up to)\s+(?:this |next |the )?(?P<day>" + _DAY_WORD + r")(?![\w/])"
    r"|\b(?P<this>this|next) (?P<end>week ?end|wkend)\b", re.IGNORECASE)
_LIMIT_WORDS = {"not after": "not after", "no later than": "not after",
                "not later than": "not after", "up to": "by", "until": "by",
                "till": "by", "til": "by", "b4": "before", "bfore": "before"}


def _day_said(word: str) -> str:
    word = word.lower().replace(" ", "")
    if word in ("weekend", "wkend", "w/e"):
        return "the weekend"
    if word.startswith("theendof"):
        return "the end of the week"
    if word in ("tonight", "2nite"):
        return "tonight"
    if word.startswith("tom") or word.startswith("tmr"):
        return "tomorrow"
    return DAY_NAMES.get(word.rstrip("s")[:4], None) or DAY_NAMES.get(word[:3], word)


def deadline_in(text: str) -> Optional[str]:
    """ "before Sunday", "not after Saturday", "this weekend": the limit a message names, in
    plain words, or None. The last one said counts."""
    found = list(DEADLINE.finditer(text or ""))
    if not found:
        return None
    last = found[-1]
    if last.group("this"):
        return f"{last.group('this').lower()} weekend"
    limit = last.group("limit").lower()
    return f"{_LIMIT_WORDS.get(limit, limit)} {_day_said(last.group('day'))}"


# Playing it down after a sign: "im not going to do anything daft", "its fine", "next
# question". Accepted, never argued with; the door is kept open.
PLAYS_DOWN = re.compile(
    r"\b(?:not (?:going to|gonna|about to) do (?:anything|owt|nothing) (?:daft|stupid|silly|"
    r"rash)|(?:wont|won't|will not|wouldnt|wouldn't) do (?:anything|owt) (?:daft|stupid|silly)|"
    r"(?:im|i'm|i am) (?:fine|ok|okay|alright|all right)|its? (?:fine|ok|okay)|it's (?:fine|ok)|"
    r"dont worry|don't worry|do not worry|no need to worry|not like that|"
    r"(?:just|only) (?:tired|fed up|joking|a joke)|forget (?:it|i said)|"
    r"next question|carry on|keep going|get on with|just (?:do|finish) the survey|"
    r"whats? the next|what is the next|move on)\b", re.IGNORECASE)
WANTS_TO_CARRY_ON = re.compile(
    r"\b(?:next question|carry on|keep going|get on with|go on|crack on|"
    r"finish (?:the|this|my) (?:survey|questions|form|assessment|self assessment)|"
    r"whats? the next|what is the next|move on|the questions)\b", re.IGNORECASE)
# Taking it back after a plan ("forget it. i shouldnt have put that", "ignore what i said",
# "scrap that, didnt mean it", "pretend i never said owt"): met kindly, the hand-off kept
# (never cancelled by it), the questions offered again, Samaritans still in view.
TAKES_BACK = re.compile(
    r"\b(?:(?<!cant )(?<!can't )(?<!cannot )(?<!never )(?<!not )(?<!wont )(?<!won't )"
    r"(?<!ever )forget (?:it|that|i said (?:it|that|anything)?|what i (?:said|put|wrote)|about it)|"
    r"(?:i )?(?:shouldnt|shouldn't|should not|shudnt|shldnt|should never) (?:of |have |"
    r"'ve |ve )?(?:put|said|say|typed|type|written|wrote|write|told|tell|mentioned|mention)|"
    r"(?:ignore|disregard|scrap|delete|rub out|cancel) (?:that|it|what i (?:said|put|wrote)|"
    r"me|all that|the last bit|my last message)|"
    r"(?:i )?(?:didnt|didn't|did not|dint|didn't really) mean (?:it|that|any of (?:it|that))|"
    r"pretend i (?:never|didnt|didn't|did not) (?:said|say|put|write|wrote|type)|"
    r"take (?:it|that) back|never ?mind (?:that|what i said)|nvm|(?:dont|don't|do not) "
    r"(?:know|no) why i (?:said|put|wrote|typed) (?:that|it)|"
    r"(?:i was|im|i'm|i am|was) (?:only )?(?:joking|kidding|messing))\b", re.IGNORECASE)
HOPELESS = re.compile(
    r"\b(?:(?:no ?one|nobody|noone|nothing) (?:can|could) (?:do|help|change)|"
    r"(?:no|what(?:s| is) the) point|too late|(?:cant|can't|cannot) be helped|"
    r"nothing (?:anyone|you) can do|"
    # "doesnt matter anyway", "wont matter soon" (round twelve, after a plan)
    r"(?:doesnt|doesn't|does not|dont|don't|wont|won't|will not) matter (?:anyway|any more|"
    r"anymore|now|soon|much longer|after)|(?:it|nothing) (?:doesnt|doesn't) matter any ?more)\b",
    re.IGNORECASE)

# While waiting for a person.
ASKS_IF_COMING = re.compile(
    r"\b(?:is|are|will|has|have)(?: \w+){0,2} (?:some ?one|somebody|anyone|anybody|they|"
    r"person|human|adviser|advisor|team|staff)(?: \w+){0,2} (?:coming|here|there|joining|"
    r"going to (?:come|join|answer|reply)|gonna (?:come|join)|(?:come|joined|read))\b|"
    # (not "how long is this 😴" at a question: how long the questions take, not the wait)
    r"\b(?:how long(?! (?:is|will|does|are) (?:this|it|the form|these|this form|the questions)"
    r"| left| to go| (?:have|do) i (?:got|have) left)|when will (?:they|someone|somebody)|"
    r"anyone there|any one there|"
    r"anybody there|is anyone (?:reading|listening)|still waiting|where are they|"
    r"nobody(?:'s| is)? (?:coming|here)|no ?one(?:'s| is)? (?:coming|here))\b"
    # "u said someone was joining??": the promise, asked about.
    r"|\b(?:you|u) said (?:some ?one|somebody|a person|they|the team)(?: \w+){0,2} "
    r"(?:was|were|would|will|is|are)(?: be)? (?:join|joining|coming|come|ring|call)",
    re.IGNORECASE)
WILL_WAIT = re.compile(
    r"\b(?:i'?ll|ill|i will|i can|happy to|ok to|okay to|i'?m going to|gonna) "
    r"(?:wait|hang on|hold on|stay)\b|\bwaiting is (?:fine|ok)\b|\bmins? is fine\b",
    re.IGNORECASE)
CANNOT_STAY = re.compile(
    r"\b(?:cant|can't|cannot|can not|wont be able to) (?:stay|wait|hang on|talk)(?: long| here|"
    r" now)?(?! (?:properly|when|if|because|cos|while|with|in front|during|till|until|unless|"
    r"at|on|in the|before|after|otherwise|much|loud|freely|on the phone))|\b(?:got to|gotta|have to|need to|must) (?:go|leave|dash)\b|\b(?:hes|he's|shes|"
    r"she's|theyre|they're) (?:back|home|coming)\b|\bonly (?:got|have) a (?:minute|few minutes)\b"
    # "i will go now before he wakes up", "better go now": going, said in their words.
    r"|\b(?:i will|i'?ll|ill|i'?d better|i had better|better|i'?m going to|im gonna|gonna) "
    r"(?:go|leave|log off|get off)(?: now| before| quick| here)\b",
    re.IGNORECASE)
RETURNING = re.compile(
    r"\b(?:(?:its|it's|it is) (?:me|only me) again|me again|(?:im|i'm|i am) back|back again|"
    r"hello again|hi again|from (?:before|earlier|the survey|last time)|"
    r"(?:talked|spoke|was talking) (?:to you|earlier|before))\b", re.IGNORECASE)
# ---- words ----------------------------------------------------------------------------------

# The buttons are the shared ones in bot.texts; in a form "Stop for now" pauses it.
TALK_NOW = texts.TALK_TO_SOMEONE_NOW
STOP_BUTTON = texts.PAUSE_THE_QUESTIONS
OUTSIDE_STOP = texts.STOP_FOR_NOW

PAUSED = "The questions can wait."
QUESTION = "Are you thinking about ending your life?"
ASK_STRAIGHT = "I want to ask you straight out. Are you thinking about ending your life?"
# The same question again after a reply that did not answer it: never word for word (round
# twelve: asked three times the same way).
ASK_AGAIN = ("Sorry to ask again, but it matters. Are you thinking about ending your life? "
             "Yes or no is fine.")
# More told while a person is offered (the saved tablets, after the plan was said back).
TOLD_MORE = "Thank you for telling me. I have added it for our team."
SAID_YES = "Thank you for telling me. That was brave."
# "not like TODAY. can we finish the form": a No to now that leaves later open.
NOT_TODAY = "Not today is not the same as no. I am worried about you."
PLAN_WORRY = "I am very worried about you."
# Out of hours, a person asked for after signs of suicide risk: help now first.
HELP_NOW_FIRST = (f"For help now, call Samaritans free, day or night, on {SAMARITANS}. Or call "
                  "NHS 111 and choose the mental health option. If you are in danger, call 999.")
CALL_NOW = (f"Please call Samaritans now. It is free, day or night: {SAMARITANS}. "
            "If you are in danger or have taken something, call 999.")
# What is behind it: the hand-off made with the card is first in the team's queue (crisis
# priority), and while the team is at work an adviser takes a chat over from there.
PERSON_ASKED = ("I have put you first on our team's list. A person from the team can join "
                "this chat.")
# Out of hours nobody can join (round twelve: the promise was made at night, then "Our team
# is not working right now"): the truth, when they are back, and who can help now.
PERSON_ASKED_CLOSED = ("Our team is not at work now, so no one can join this chat yet. I have "
                       "put you first on their list. They are back {next_open}. For help now, "
                       "call our out of hours team on {out_of_hours}.")


def as_true_now(lines: Sequence[str], is_open: Optional[bool] = None,
                out_of_hours: str = "", next_open: str = "") -> List[str]:
    """The lines to say now: the promise of a person only while the team is at work."""
    if is_open is None:   # the clock and council.yml, read at the moment said
        is_open = hours.is_open()
        out_of_hours = str(settings.get("council.out_of_hours_phone"))
        next_open = hours.describe_next_opening()
    if is_open:
        return list(lines)
    closed = PERSON_ASKED_CLOSED.format(out_of_hours=out_of_hours,
                                        next_open=next_open or "soon")
    return [closed if line == PERSON_ASKED else
            TAP_TALK_NOW_CLOSED if line == TAP_TALK_NOW else line for line in lines]
TALK_NOW_QUESTION = "Would you like to talk to someone now?"
ACCEPT_GENTLY = "Thank you for saying. I am glad to hear it."
# "dunno", "not sure" to the direct question or to "Are you safe right now?": not a no.
UNSURE_WORRIED = "I am still worried about you."
UNSURE_ASKED = f"That is OK. It can be hard to know, or hard to say. {UNSURE_WORRIED}"
UNSURE_SAFE = "Thank you for being honest. If you are not sure you are safe, that matters."
CALL_IF_THOUGHTS = (f"If you have thoughts of ending your life, even now and then, call "
                    f"Samaritans free, day or night: {SAMARITANS}. If you are in danger, call 999.")
DOOR_OPEN = ("I would still like someone from our team to check in with you. "
             "I have told them.")
DOOR_OPEN_NUMBERS = (f"If things change, Samaritans are free on {SAMARITANS}, day or night. "
                     "You can tell me at any time.")
HOPELESS_REPLY = ("It can feel like no one can do anything. That feeling can change, "
                  "and people do want to help you.")
STILL_CARRY_ON = "OK. We can carry on. You can stop at any time."
# A wish to die told in their own words, then "i wouldnt do anything, i just miss her" (round
# 13: "Sorry, I got that wrong" and "not a concern" for a widower living alone). The wish was
# heard right: believed, not taken back for them, and the team still checks in.
WISH_BELIEVED = "Thank you for telling me. I believe you, and I am glad you are safe."
WISH_HARD = "Feeling like that is very hard. You do not have to carry it on your own."
# A take-back after a plan (round twelve: "forget it. i shouldnt have put that. can we just
# finish the form" stopped the form and showed the menu).
TAKEN_BACK = "That is OK. I am glad you told me, and you have not done anything wrong."
TEAM_STILL = "Our team will still check in with you. That has not changed."
CARRY_ON_WHEN_READY = "We can carry on with the questions now. You can stop at any time."

# After a clear statement: safety now, not "are you thinking about it" (they said so).
TOLD_ME = "Thank you for telling me. I want to check you are safe."
TOOK_SOMETHING = ("If you took something or hurt yourself, you need help now. Even if you "
                  "feel OK.")
SAFE_YES = {"title": "Yes, I am safe for now", "payload": "/affirm"}
SAFE_NO = {"title": "No, I am not safe", "payload": "/deny"}
CALLED_YES = {"title": "Yes, I have called", "payload": "/affirm"}
CALLED_NO = {"title": "No", "payload": "/deny"}
SAFE_FOR_NOW = "Thank you. I am glad you are safe for now."
NOT_SAFE = ("Please call 999 now. Tell them you are not safe. If you cannot talk, "
            "press 55 when asked.")
RATHER_NOT_SAFE = "That is OK. You do not have to say."
HELP_ON_THE_WAY = ("Well done. Stay where they can reach you. If you can, unlock the door "
                   "and tell someone near you.")
NOT_CALLED = ("Please call 999 now, or ask someone near you to call. Tell them what you "
              "took or did, and when.")
CHOOSE_NOW = "What would you like to do now?"
CHOOSE_CARRY_ON = {"title": "Carry on", "payload": "/affirm"}

# Said outright: these categories, or the words themselves ("i want to die", "kms").
SAID_OUTRIGHT = frozenset({"suicide_thoughts", "suicide_plan_time", "suicide_method",
                           "suicide_act"})
SAYS_IT = re.compile(
    r"\b(?:kill(?:ing)? (?:my ?self|meself|me)|end(?:ing)? (?:it|it all|my life|things|"
    r"my self|myself)|take my (?:own )?life|suicid\w*|kms|(?:want|wanna|going|gonna) "
    r"(?:to )?die|(?:wish|want) (?:i was|i were|to be) dead|better off dead|overdose|"
    r"od'?d|(?:taken|took|swallowed) (?:all|the lot|everything|them all)|hang(?:ing)? my ?self|"
    r"(?:jump|jumping|throw my ?self|throwing my ?self) (?:off|in front of|under)|"
    r"(?:slit|cut|cutting|slitting) my (?:wrists?|throat))\b", re.IGNORECASE)

# Something already done, said in the past ("ive taken", "i took", "swallowed the lot").
DONE = re.compile(
    r"\b(?:(?:i'?ve|ive|i have|i|just|already) (?:already |just |now )?(?:taken|took|"
    r"swallowed|overdosed|od'?d|cut|slit|drunk|drank|downed|injected|hanged|done it)|"
    r"(?:have|has) (?:taken|swallowed)|swallowed|overdosed)\b", re.IGNORECASE)
MAYBE_LATER = re.compile(
    r"\b(?:could|would|might|should|going to|gonna|want to|wanna|thinking (?:of|about)|"
    r"if i|tempted|feel like)\b", re.IGNORECASE)

# Readings of a reply to the safety-now questions (only to choose the reply).
SAYS_SAFE = re.compile(
    r"\b(?:(?:im|i'm|i am|i feel|feel) (?:safe|ok|okay|alright|all right|fine)|"
    r"safe (?:for now|enough|at the moment|right now|now)|yes,? (?:i am|im|i'm) safe|"
    r"(?:im|i'm|i am) not (?:going|gonna) to do (?:anything|it)|"
    r"(?:havent|haven't|have not|didnt|didn't|did not) (?:done|do) (?:anything|owt|it))\b",
    re.IGNORECASE)
SAYS_NOT_SAFE = re.compile(
    r"\b(?:not safe|(?:dont|don't|do not) feel safe|unsafe|no,? (?:im|i'm|i am) not\b(?! (?:going|gonna) to do)|"
    r"(?:ive|i've|i have|i) (?:already )?(?:taken|took|swallowed|cut|done it|hurt)|"
    r"(?:got|have|holding) (?:the|my|them|it) (?:\w+ )?(?:here|with me|in my hand)|"
    r"(?:on|at) the (?:bridge|tracks|edge|roof))\b", re.IGNORECASE)
HELP_CALLED = re.compile(
    r"\b(?:(?:ive|i've|i have|i|we|weve|we've|we have|(?:my )?\w+ has|they have|theyve) "
    r"(?:called|rang|rung|phoned|dialled|dialed)|ambulance(?:'s| is)? (?:coming|on (?:its|it's|"
    r"the) way|here)|(?:they|help|someone|paramedics?)(?:'s| is| are)? (?:coming|on (?:the|"
    r"their|its) way)|(?:calling|ringing|phoning) (?:them|999|now))\b", re.IGNORECASE)
HELP_NOT_CALLED = re.compile(
    r"\b(?:(?:not|havent|haven't|have not|didnt|didn't|did not|wont|won't|will not|dont|"
    r"don't|do not) (?:yet )?(?:call|called|ring|rang|rung|phone|phoned|want)|no one|nobody|"
    r"not yet|no\b)", re.IGNORECASE)

# The end of a survey after a stated risk: no promise of anonymity.
ASK_REACH_AFTER_RISK = ("Because of what you told me, I would like someone from our team to "
                        "be able to reach you. Is that OK?")
SURVEY_SAVED_AFTER_RISK = "Thank you. Your answers to the questions are saved."
SURVEY_SAVED_CONTACT = ("Thank you. Your answers to the questions are saved. "
                        "Someone from our team will contact you soon.")
RISK_KEPT_APART = ("What you told me about yourself is with our care team. "
                   "It is not in the survey answers.")
REFERENCE_LINE = "Your reference is {reference}."

# Waiting for a person.
WAIT_OPEN = ("Yes. You are in the queue for our team. Most people wait about {minutes} "
             "minutes, but I cannot promise a time.")
WAIT_CLOSED = ("Not right now. Our team is not working at the moment. "
               "They will be back {next_open}.")
WAIT_NOT_ASKED = "You have not asked for a person yet. I can ask now."
WAIT_TAKEN = "Yes. A person from our team has the chat now."
STAYING = "Thank you. I am here with you while you wait. You can tell me what is on your mind."
CANNOT_STAY_OK = "That is OK. You do not have to stay here. Go safely."
WAY_BACK = ("Keep your reference, {reference}. Come back to this chat at any time, or call "
            "{phone} and give it.")
NOW_NUMBERS = (f"If you need someone now, call Samaritans free on {SAMARITANS}, day or night. "
               "If you are in danger, call 999.")
DANGER_NOW = "If you are in danger, call 999. If you cannot talk, press 55 when asked."

# Coming back after earlier risk.
WELCOME_BACK = "I am glad you came back."
EARLIER_WHEN = "Earlier you told me about {when}."
EARLIER_SOMETHING = "Earlier you told me something that worried me."
EARLIER_HARM = "Earlier you told me what is happening to you. I have kept it."
HOW_NOW = "How are you right now?"
TEAM_HAS_REFERENCE = "Our team has your reference, {reference}."
SORRY_YOU_TOLD = "I am sorry. You did tell me."

GOODBYE_AFTER_RISK = "Take care of yourself. Thank you for talking to me."


# ---- judgements -----------------------------------------------------------------------------

def is_suicide(category: Optional[str]) -> bool:
    return bool(category) and str(category).startswith(SUICIDE_PREFIX)


def safety_records(records: Iterable[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The person's safety records (what the safety net caught or asked about), oldest
    first, each as its data: words, kind, tier, category."""
    return [dict(r.get("data") or {}) for r in records if r.get("kind") == "safety"]


def stands(record: Dict[str, Any]) -> bool:
    """False for a disclosure the person then said was not a concern (actions/false_alarm.py
    marks it, keeping their words and the time for staff): it no longer counts as told."""
    return not record.get("not_a_concern")


def disclosure_stands(found: Iterable[Dict[str, Any]]) -> bool:
    """True when danger or abuse was told or asked about in this conversation and the person
    has not said it was not a concern."""
    return any(f.get("kind") in ("crisis", "safeguarding")
               and f.get("tier") in ("clear", "check_in") and stands(f) for f in found)


def suicide_signs(found: Iterable[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [f for f in found if is_suicide(f.get("category"))
            and f.get("tier") in ("clear", "check_in") and stands(f)]


def risk_told(found: Iterable[Dict[str, Any]]) -> bool:
    """True when danger was told in this conversation: a clear sign of any kind, or a sign of
    suicide risk that was asked about. Then nothing promises anonymity, and goodbyes keep
    the numbers and the reference."""
    return any((f.get("tier") == "clear" and f.get("kind") in ("crisis", "safeguarding")
                or is_suicide(f.get("category")) and f.get("tier") in ("clear", "check_in"))
               and stands(f) for f in found)


def survey_end_after_risk(found: Sequence[Dict[str, Any]], reference: Optional[str],
                          contact_given: bool) -> List[str]:
    """The end of a survey after a stated risk: no "your answers do not say who you are";
    the risk is with the team, not in the answers; the numbers and the reference again."""
    lines = [SURVEY_SAVED_CONTACT if contact_given else SURVEY_SAVED_AFTER_RISK,
             RISK_KEPT_APART]
    if reference:
        lines.append(REFERENCE_LINE.format(reference=reference))
    lines.append(NOW_NUMBERS if suicide_signs(found) else DANGER_NOW)
    return lines


def plan_cues(text: str) -> List[str]:
    """Which of the means, a time and goodbyes one message names."""
    return all_matches((("means", MEANS), ("when", WHEN), ("goodbyes", GOODBYES)), text or "")


def is_plan(category: Optional[str], text: str, earlier: Sequence[Dict[str, Any]]) -> bool:
    """A clear, current plan: this message shows suicide risk and either names the means
    with a time or goodbyes, or follows an earlier sign of suicide risk in the conversation
    and itself names one of them (or is a sign of preparation). A first hint alone ("things
    are sorted for after friday") gets the direct question instead."""
    if not is_suicide(category):
        return False
    cues = plan_cues(text)
    if "means" in cues and len(cues) >= 2:
        return True
    if not suicide_signs(earlier):
        return False
    return bool(cues) or category in PLAN_CATEGORIES


def when_said(words: Iterable[str]) -> Optional[str]:
    """The time named for the plan ("Friday", "Thursday night", "tonight"), newest message
    first, or None. A time beside a thing already done ("gave the dog away at the weekend")
    is not the plan's time (bot/plan_time.py)."""
    for text in reversed(list(words)):
        said = plan_time(text or "")
        if said:
            return said
    return None


# Times said without "on": "a plan to end your life tonight", not "on tonight".
NO_ON = re.compile(r"^(?:tonight|tomorrow|this |next )")


def on_when(when: str) -> str:
    """ "on Thursday night", "on the weekend", "tonight"."""
    return when if NO_ON.match(when) else f"on {when}"


def plays_it_down(text: str) -> bool:
    return bool(PLAYS_DOWN.search(text or ""))


def takes_it_back(text: str) -> bool:
    """ "forget it. i shouldnt have put that": taking back what was told (read only to
    choose the reply; the hand-off and the record stay)."""
    return bool(TAKES_BACK.search(text or ""))


def taken_back_lines() -> List[str]:
    return [f"{TAKEN_BACK} {TEAM_STILL}", CARRY_ON_WHEN_READY, DOOR_OPEN_NUMBERS]


def wants_to_carry_on(text: str) -> bool:
    return bool(WANTS_TO_CARRY_ON.search(text or ""))


def sounds_hopeless(text: str) -> bool:
    return bool(HOPELESS.search(text or ""))


# "is there anyone who could come and visit me for a chat, like a befriender?": asking for a
# service that visits, not whether the person asked for is coming (round sixteen: it got
# "You have not asked for a person yet" and Samaritans, every time after a results list).
WANTS_A_VISITOR = re.compile(
    r"\b(?:could|can|would|will|to|might)\s+(?:come|pop|call)\s+(?:round\s+|over\s+|in\s+|by\s+)?"
    r"(?:and\s+|to\s+)?(?:visit|see me|sit|have a (?:chat|cuppa|brew|natter)|for a (?:chat|cuppa|"
    r"brew|natter)|keep me company)|"
    r"\b(?:come|pop|call)\s+(?:round\s+)?to\s+(?:my|the|our)\s+(?:house|home|flat)\b|"
    r"\bvisits?\s+(?:me|people)\s+at\s+home\b|\bbefriend(?:er|ers|ing)?\b|"
    r"\b(?:home|house)\s+visit", re.IGNORECASE)


def waiting_kind(text: str) -> Optional[str]:
    """ "asks" (is someone coming?), "cannot_stay", "will_wait" or None."""
    if CANNOT_STAY.search(text or ""):
        return "cannot_stay"
    if ASKS_IF_COMING.search(text or "") and not WANTS_A_VISITOR.search(text or ""):
        return "asks"
    if WILL_WAIT.search(text or ""):
        return "will_wait"
    return None


def is_returning(text: str) -> bool:
    return bool(RETURNING.search(text or ""))


# "hes gone out", "shes left now", "theyve gone to bed": the person who came in has gone.
GONE = re.compile(
    r"\b(?:he|she|they|him|her)(?:'?s|s| is| has|'?ve| have| are|'re)? (?:just |finally |now )?"
    r"(?:gone|out|left|away|asleep|off out|gone out|gone to (?:bed|work|the pub|the shops))\b",
    re.IGNORECASE)


def says_gone(text: str) -> bool:
    return bool(GONE.search(text or ""))


def says_told_already(text: str) -> bool:
    """ "yes. I told you already. its my son": one definition, in bot/answers/said_to_bot.py."""
    return complains_of_repeat(text)


# ---- the step after the card, inside a form ---------------------------------------------------

# safety_category while the person is offered a person now (a plan, or a yes to the direct
# question): the form asks "Would you like to talk to someone now?", never carries on by itself.
TALK_NOW_STATE = "suicide_talk_now"
# After a clear statement ("I want to kill myself", "ive taken all my tablets") they have
# told us: the direct yes/no question is not asked. The step after the card asks about
# safety now instead: "Are you safe right now?", or after an act "Have you called 999?".
# After "safe for now", the person chooses what comes next (a person first).
SAFE_NOW_STATE = "suicide_safe_now"
ACT_STATE = "suicide_act_now"
CHOOSE_STATE = "suicide_choose"
ASKED_NOW = (SAFE_NOW_STATE, ACT_STATE)
TAP_TALK_NOW = ("Please tap Talk to someone now. You are already first on our team's "
                "list.")
# (out of hours nobody can join yet: the out of hours number is in the line said before)
TAP_TALK_NOW_CLOSED = ("You are already first on our team's list. Please tap Talk to someone "
                       "now to leave a way to reach you.")


@dataclass(frozen=True)
class NextStep:
    """What a reply at the step after the card means."""
    carry_on: bool                    # the questions go on (the step is answered)
    lines: List[str] = field(default_factory=list)
    note: Optional[str] = None        # for staff, on the hand-off
    state: str = "other"              # said_yes, played_down, hopeless, plan, other
    talk_now: bool = False            # the person is offered a person now from here on
    state_after: Optional[str] = None  # the step's next state (safety_category), if it moves


def _yes(value: str, check_in: Optional[str]) -> bool:
    return value == "/affirm" or check_in == "yes"


def _unsure(value: str, check_in: Optional[str]) -> bool:
    return value == "/dont_know" or check_in == "unsure"


def _no(value: str, check_in: Optional[str]) -> bool:
    return value in ("/deny", "/skip") or check_in in ("no", "rather_not")


def read_next_step(value: str, *, talk_now: bool, check_in: Optional[str],
                   asked: Optional[str] = None) -> NextStep:
    """A reply after suicide risk, at the step after the card. ``talk_now``: the person was
    asked whether they want to talk to someone now (after a plan or a yes); ``asked``: the
    state when they were asked about safety now (SAFE_NOW_STATE, ACT_STATE) or to choose
    (CHOOSE_STATE); otherwise they were asked the direct question. ``check_in``:
    bot.answers.check_in's reading."""
    words = (value or "").strip()
    quoted = f"'{words[:300]}'" if words and not words.startswith("/") else "a button"
    if asked in ASKED_NOW or asked == CHOOSE_STATE:
        return read_safety_now(words, quoted, asked, check_in)
    if not talk_now and not words.startswith("/") and keeps_it_open(words):
        # "i mean not like TODAY. its whatever": a half-yes, never a No.
        return NextStep(False, [NOT_TODAY, CALL_NOW, PERSON_ASKED],
                        f"Said: {quoted}",
                        "said_yes", True)
    if not talk_now and _unsure(words, check_in):
        # "dunno", "idk maybe": not a no. The door kept open, Samaritans, a person offered.
        return NextStep(False, [UNSURE_ASKED, CALL_IF_THOUGHTS], f"Not sure, asked about "
                        f"ending their life: {quoted}", "unsure", True, TALK_NOW_STATE)
    if not talk_now and (check_in == "rather_not" or words == RATHER_NOT_PAYLOAD):
        # "i'd rather not say" (typed, or the button): not a no, never "glad to hear it"
        # (round 18). Said kindly, Samaritans now, a person offered next.
        return NextStep(False, [RATHER_NOT_SAFE, UNSURE_WORRIED, CALL_IF_THOUGHTS],
                        f"Would rather not say, asked about ending their life: {quoted}",
                        "rather_not", True, TALK_NOW_STATE)
    if not talk_now and _yes(words, check_in):
        # The yes on the hand-off, with any wish said beside it ("but i dont want a fuss").
        return NextStep(False, [SAID_YES, CALL_NOW, PERSON_ASKED],
                        handoff_words.said_yes_note(
                            QUESTION, quoted if quoted != "a button" else None),
                        "said_yes", True)
    if sounds_hopeless(words):
        return NextStep(False, [HOPELESS_REPLY], f"Said: {quoted}", "hopeless", True)
    if takes_it_back(words):
        return NextStep(True, taken_back_lines(), handoff_words.taken_back_note(quoted),
                        "taken_back", talk_now)
    if talk_now and _no(words, check_in) and not (plays_it_down(words) or
                                                  wants_to_carry_on(words)):
        # "no" to "Would you like to talk to someone now?": not a no to the risk.
        return NextStep(True, [STILL_CARRY_ON, DOOR_OPEN_NUMBERS],
                        handoff_words.no_talk_now_note(quoted), "played_down", talk_now)
    if _no(words, check_in) or plays_it_down(words) or wants_to_carry_on(words):
        note = (f"Not resolved: after a sign of suicide risk they said {quoted} and went on. "
                "Please check in with them.")
        lines = [STILL_CARRY_ON, DOOR_OPEN_NUMBERS] if talk_now else played_down_lines()
        return NextStep(True, lines, note, "played_down", talk_now)
    if talk_now and _yes(words, check_in):
        return NextStep(False, [TAP_TALK_NOW], None, "other", True)
    return NextStep(False, [], f"Said: {quoted}" if quoted != "a button" else None,
                    "other", talk_now)


def says_safe(text: str) -> bool:
    return bool(SAYS_SAFE.search(text or "")) and not SAYS_NOT_SAFE.search(text or "")


def says_not_safe(text: str) -> bool:
    return bool(SAYS_NOT_SAFE.search(text or ""))


def says_help_called(text: str) -> bool:
    return bool(HELP_CALLED.search(text or "")) and not HELP_NOT_CALLED.search(text or "")


def read_safety_now(words: str, quoted: str, asked: str,
                    check_in: Optional[str]) -> NextStep:
    """The reply to "Are you safe right now?" / "Have you called 999?" (asked after a clear
    statement), or to the choice that follows "safe for now". Yes and no here are about
    safety: "no" to "are you safe" is danger now, never a reason to carry on."""
    if asked == CHOOSE_STATE:
        if sounds_hopeless(words):
            return NextStep(False, [HOPELESS_REPLY], f"Said: {quoted}", "hopeless", True,
                            TALK_NOW_STATE)
        if words == "/affirm" or wants_to_carry_on(words) or plays_it_down(words) or \
                check_in in ("yes", "no"):
            note = (f"Not resolved: after saying they wanted to end their life they said they "
                    f"were safe for now, then chose to carry on ({quoted}). Please check in "
                    "with them.")
            # (the numbers were said a moment ago, with "safe for now")
            return NextStep(True, [STILL_CARRY_ON], note, "carried_on")
        return NextStep(False, [], f"Said: {quoted}" if quoted != "a button" else None, "other")
    if sounds_hopeless(words):
        return NextStep(False, [HOPELESS_REPLY, CALL_NOW], f"Said: {quoted}", "hopeless", True,
                        TALK_NOW_STATE)
    rather_not = check_in == "rather_not" or words == "/skip" or (
        asked == ACT_STATE and _unsure(words, check_in))   # not sure 999 was called: not called
    if asked == ACT_STATE:
        if rather_not:
            return NextStep(False, [NOT_CALLED, PERSON_ASKED], f"Said: {quoted}",
                            "rather_not", True, TALK_NOW_STATE)
        if words == "/affirm" or says_help_called(words) or (
                check_in == "yes" and not HELP_NOT_CALLED.search(words)
                and not wants_to_carry_on(words) and not plays_it_down(words)):
            return NextStep(False, [HELP_ON_THE_WAY, PERSON_ASKED],
                            f"Said 999 was called: {quoted}", "help_called", True,
                            TALK_NOW_STATE)
        if words == "/deny" or check_in == "no" or HELP_NOT_CALLED.search(words) or \
                wants_to_carry_on(words) or plays_it_down(words) or says_safe(words):
            # "im fine, carry on" after taking something: help is still needed now.
            return NextStep(False, [NOT_CALLED, PERSON_ASKED],
                            f"Has NOT called 999 after: {quoted}", "not_called", True,
                            TALK_NOW_STATE)
        return NextStep(False, [], f"Said: {quoted}" if quoted != "a button" else None, "other")
    # "Are you safe right now?"
    if _unsure(words, check_in):
        # "i dont know tbh": not sure they are safe is never "glad you are safe".
        return NextStep(False, [UNSURE_SAFE, CALL_NOW], f"NOT SURE they are safe right now: "
                        f"{quoted}", "unsure", True, TALK_NOW_STATE)
    if rather_not:
        return NextStep(False, [RATHER_NOT_SAFE, CALL_NOW, PERSON_ASKED], f"Said: {quoted}",
                        "rather_not", True, TALK_NOW_STATE)
    if words == "/deny" or says_not_safe(words) or (check_in == "no" and not says_safe(words)):
        return NextStep(False, [NOT_SAFE, PERSON_ASKED],
                        f"Said they are NOT safe right now: {quoted}", "not_safe", True,
                        TALK_NOW_STATE)
    if wants_to_carry_on(words) and not says_safe(words):
        note = (f"Not resolved: asked if they were safe right now, they said {quoted} and went "
                "on. Please check in with them.")
        return NextStep(True, [STILL_CARRY_ON, DOOR_OPEN_NUMBERS], note, "carried_on")
    if words == "/affirm" or says_safe(words) or check_in == "yes" or plays_it_down(words):
        return NextStep(False, [SAFE_FOR_NOW, DOOR_OPEN_NUMBERS],
                        f"Said they are safe for now: {quoted}", "safe_for_now", False,
                        CHOOSE_STATE)
    return NextStep(False, [], f"Said: {quoted}" if quoted != "a button" else None, "other")


# ---- replies --------------------------------------------------------------------------------

def first_sign_question(when: Optional[str]) -> List[str]:
    """After the card, at a sign of suicide risk inside a form: the direct question."""
    worry = f"What you said about {when} worries me." if when else "What you said worries me."
    return [f"{worry} {PAUSED}", ASK_STRAIGHT]


def act_done(text: str) -> bool:
    """ "ive taken all my tablets", "i took an overdose": something already done (read only
    to choose the question), not "i could just take all his morphine"."""
    return bool(DONE.search(text or "")) and not MAYBE_LATER.search(text or "")


def explicit_state(category: Optional[str], tier: Optional[str],
                   text: Optional[str] = None) -> Optional[str]:
    """The step after the card for a clear statement of suicide risk (SAFE_NOW_STATE, or
    ACT_STATE when they have already done something), or None when the direct question
    still fits (possible danger)."""
    if tier != "clear" or not is_suicide(category):
        return None
    if text is None:
        return (ACT_STATE if category == "suicide_act" else SAFE_NOW_STATE) \
            if category in SAID_OUTRIGHT else None
    if category == "suicide_act" and act_done(text):
        return ACT_STATE
    if not SAYS_IT.search(text):
        # "ive sorted everything, wont matter after the weekend", "gave my medals away":
        # a sign, not said outright (whatever its category); the direct question asks it.
        return None
    return ACT_STATE if act_done(text) else SAFE_NOW_STATE


def safety_now_question(state: str, first: bool) -> List[str]:
    """ "Are you safe right now?" (or "Have you called 999?"), with the pause said first."""
    if state == ACT_STATE:
        return ([TOOK_SOMETHING] if first else []) + [CALLED_999]
    return ([TOLD_ME] if first else []) + [ARE_YOU_SAFE]


def safety_now_buttons(state: str) -> List[Dict[str, str]]:
    if state == ACT_STATE:
        return [dict(CALLED_YES), dict(CALLED_NO), dict(TALK_NOW)]
    return [dict(SAFE_YES), dict(SAFE_NO), dict(TALK_NOW)]


def choose_buttons() -> List[Dict[str, str]]:
    """After "safe for now": a person first, then carry on or stop."""
    return [dict(TALK_NOW), dict(CHOOSE_CARRY_ON), dict(STOP_BUTTON)]


# The direct question's own "I'd rather not say" button: it sends its words, read as that
# answer, never as No.
RATHER_NOT_BUTTON = CHECK_IN_BUTTONS[-1]


def first_sign_buttons() -> List[Dict[str, str]]:
    return [dict(TALK_NOW), dict(texts.YES), dict(texts.NO), dict(RATHER_NOT_BUTTON)]


def plan_lines(when: Optional[str]) -> List[str]:
    """A clear, current plan: said plainly, the numbers now, a person asked for."""
    said = (f"What you have told me sounds like a plan to end your life {on_when(when)}."
            if when else "What you have told me sounds like a plan to end your life.")
    return [f"{said} {PLAN_WORRY}", CALL_NOW, PERSON_ASKED]


def talk_now_buttons() -> List[Dict[str, str]]:
    """After a yes or a plan: a person first; carrying on is not offered."""
    return [dict(TALK_NOW), dict(STOP_BUTTON)]


def outside_form_buttons(category: Optional[str]) -> Optional[List[Dict[str, str]]]:
    """The crisis block's buttons outside a form: after suicide risk a person comes first."""
    if not is_suicide(category):
        return None
    return [dict(TALK_NOW), dict(texts.CARRY_ON), dict(OUTSIDE_STOP)]


def played_down_lines() -> List[str]:
    return [ACCEPT_GENTLY, DOOR_OPEN, DOOR_OPEN_NUMBERS]


def waiting_reply(kind: str, *, reference: Optional[str], is_open: bool, minutes: int,
                  next_open: str, phone: str, taken: bool, risk: bool,
                  harm: bool = False) -> List[str]:
    """Honest words for someone waiting for a person (``kind`` from waiting_kind)."""
    lines: List[str] = []
    if kind == "cannot_stay":
        lines.append(CANNOT_STAY_OK)
        if reference:
            lines.append(WAY_BACK.format(reference=reference, phone=phone))
        if harm:
            lines.append(DANGER_NOW)
        elif risk:
            lines.append(NOW_NUMBERS)
        return lines
    if kind == "asks":
        if taken:
            lines.append(WAIT_TAKEN)
        elif not reference:
            lines.append(WAIT_NOT_ASKED)
        elif is_open:
            lines.append(WAIT_OPEN.format(minutes=minutes))
        else:
            lines.append(WAIT_CLOSED.format(next_open=next_open))
        if reference:
            lines.append(REFERENCE_LINE.format(reference=reference))
    else:
        lines.append(STAYING)
    if risk or (kind == "asks" and not is_open):
        lines.append(NOW_NUMBERS)
    elif harm and kind == "asks":
        lines.append(DANGER_NOW)
    return lines


def goodbye_in_form(reference: Optional[str]) -> str:
    """ "tara" in the middle of the questions after danger was told: the reference and the
    numbers with the goodbye; the question stays open under it."""
    parts = [GOODBYE_AFTER_RISK]
    if reference:
        parts.append(REFERENCE_LINE.format(reference=reference))
    parts += [NOW_NUMBERS, "If you want to go on now, here is the question again."]
    return " ".join(parts)


def welcome_back(found: Sequence[Dict[str, Any]],
                 reference: Optional[str] = None) -> List[str]:
    """Coming back after earlier risk in the same conversation: linked to it."""
    signs = suicide_signs(found)
    if signs:
        when = when_said(f.get("words") or "" for f in signs)
        earlier = EARLIER_WHEN.format(when=when) if when else EARLIER_SOMETHING
    else:
        earlier = EARLIER_HARM
    lines = [WELCOME_BACK, earlier]
    if reference:
        lines.append(TEAM_HAS_REFERENCE.format(reference=reference))
    return lines + [HOW_NOW]


def all_texts() -> Dict[str, str]:
    """Every sentence and button here, for the plain-language gate."""
    out: Dict[str, str] = {}
    for when in ("Friday", None):
        for i, line in enumerate(first_sign_question(when)):
            out[f"first_sign[{when}][{i}]"] = line
        for i, line in enumerate(plan_lines(when)):
            out[f"plan[{when}][{i}]"] = line
    for i, line in enumerate(survey_end_after_risk([{"category": "suicide_thoughts",
                                                      "tier": "clear"}], "HX4-7KD", False)):
        out[f"survey_end[{i}]"] = line
    for i, line in enumerate(played_down_lines()):
        out[f"played_down[{i}]"] = line
    for i, line in enumerate(taken_back_lines()):
        out[f"taken_back[{i}]"] = line
    for name in ("ASK_AGAIN", "TOLD_MORE", "TAP_TALK_NOW", "TALK_NOW_QUESTION", "HOPELESS_REPLY", "STILL_CARRY_ON", "SAID_YES",
                 "ASK_REACH_AFTER_RISK", "SURVEY_SAVED_AFTER_RISK", "SURVEY_SAVED_CONTACT", "RISK_KEPT_APART",
                 "STAYING", "CANNOT_STAY_OK", "NOW_NUMBERS", "DANGER_NOW", "WAIT_NOT_ASKED",
                 "WAIT_TAKEN", "SORRY_YOU_TOLD", "GOODBYE_AFTER_RISK", "CALL_NOW",
                 "PERSON_ASKED", "TOLD_ME", "ARE_YOU_SAFE", "TOOK_SOMETHING", "CALLED_999",
                 "SAFE_FOR_NOW", "NOT_SAFE", "RATHER_NOT_SAFE", "HELP_ON_THE_WAY", "NOT_CALLED",
                 "CHOOSE_NOW", "NOT_TODAY", "UNSURE_ASKED", "UNSURE_SAFE", "CALL_IF_THOUGHTS",
                 "WISH_BELIEVED", "WISH_HARD", "DOOR_OPEN", "DOOR_OPEN_NUMBERS", "HELP_NOW_FIRST",
                 "UNSURE_WORRIED"):
        out[name] = globals()[name]
    out["REFERENCE_LINE"] = REFERENCE_LINE.format(reference="HX4-7KD")
    out["goodbye_in_form"] = goodbye_in_form("HX4-7KD")
    out["WAIT_OPEN"] = WAIT_OPEN.format(minutes=20)
    out["WAIT_CLOSED"] = WAIT_CLOSED.format(next_open="tomorrow at 9am")
    out["PERSON_ASKED_CLOSED"] = PERSON_ASKED_CLOSED.format(next_open="today at 9am",
                                                            out_of_hours="0300 123 4569")
    out["TAP_TALK_NOW_CLOSED"] = TAP_TALK_NOW_CLOSED
    out["WAY_BACK"] = WAY_BACK.format(reference="HX4-7KD", phone="0300 123 4567")
    for i, line in enumerate(welcome_back([{"category": "suicide_plan_time", "tier": "clear",
                                             "words": "after friday"}])):
        out[f"welcome_back.when[{i}]"] = line
    for i, line in enumerate(welcome_back([{"category": "suicide_thoughts", "tier": "clear",
                                             "words": "i want to die"}])):
        out[f"welcome_back.some[{i}]"] = line
    for i, line in enumerate(welcome_back([{"category": "safeguarding_financial"}],
                                          "HX4-7KD")):
        out[f"welcome_back.harm[{i}]"] = line
    for button in (SAFE_YES, SAFE_NO, CALLED_YES, CALLED_NO, CHOOSE_CARRY_ON):
        out[f"button:{button['title']}"] = button["title"]
    return {f"crisis_care.{k}": v for k, v in out.items()}

