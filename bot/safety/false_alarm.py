"""A false alarm the person puts right: the reading and the words (issue 12, round nine).

After the direct question ("Are you thinking about ending your life?") or a crisis or
safeguarding block, people say it was wrong in their own words: "good god no. i mean my
hips", "wtf no. why would you ask that", "omg nobody is taking my money!! this bot is so
jumpy", "i havent hurt myself lol", "nobody is missing?!", "am i in trubble", "no?? i sort
his bills because he cant. is that a problem". Each gets a short sorry, one plain line on why
the bot asked, an answer to their question if they asked one, and then back to what they were
doing, once.

- ``denies(text)``: the message says the alarm was wrong (a no, a denial of the danger, a
  protest or a worried question about it) and carries no danger of its own outside the
  denied words ("no he hits me" is not a denial; "im not ending my life" is).
- ``reply(text, after_script)``: the lines to say.

Pure; tests in tests/unit/test_false_alarm.py. The dialogue that uses it: actions/false_alarm.py.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional

from bot.answers import contact
from bot.answers.check_in import YES, check_in_answer
from bot.answers.someone_else import asks_to_call_someone_else
from bot.safety.context import DENIED
from bot.safety.detector import risk_words_in
from bot.safety.normalise import normalise
from bot.sounds_like import as_meant

# Words said before a no: "good god no", "wtf no", "omg no", "erm no", "lol no".
_BEFORE_NO = (r"(?:(?:oh|omg|wtf|what|eh|er+m?|um+|huh|lol|ffs|jeez|blimey|god|good god|my god|"
              r"oh my god|lord|christ|gosh|hell|bloody hell|dear|oh dear|haha|ha|no)\W+)*")
# A no at the start of the message, said as its own sentence or followed by more.
PLAIN_NO = re.compile(
    r"^\W*" + _BEFORE_NO + r"(?:no+|nope|nah+|no way|of course not|definitely not|absolutely not|"
    r"certainly not|not at all|god no|hell no|good god no)(?=\W|$)", re.IGNORECASE)

# The danger denied in the person's own words (beside bot/safety/context.DENIED, which the
# net itself reads): "i havent hurt myself", "nobody has done anything to me", "im not ending
# my life", "its not happening now".
DENIES = re.compile(
    r"\bi (?:have not|havent|haven't|have never|did not|didnt|didn't|never|would never|"
    r"wouldnt|wouldn't|am not going to|m not going to|'m not going to|im not going to) "
    r"(?:ever )?(?:hurt|harm|harmed|cut|taken|take|took|done|do|kill|killed|swallowed)"
    r" (?:myself|anything|any\w*|nothing|owt)\b"
    r"|\b(?:nobody|no one|noone|no-one|nobodys|nobody's)(?:'s| is| has| was| ever| s)? "
    r"(?:ever )?(?:being |been )?(?:hurting|hurt|harmed|taking|taken|took|stealing|stolen|"
    r"missing|gone missing|lost|done anything|doing anything|touched|touching|hit|hitting|"
    r"abusing|abused|scamming|scammed|controlling|threatening|in danger|dying|ill)\b"
    r"(?: (?:my|me|her|his|their|our|mums?|dads?|any|anything|nothing|owt)\b"
    r"(?: (?!except|but|unless|apart|only|when|if)\w+)?)?"
    r"|\b(?:i'?m|im|i am|she'?s|shes|he'?s|hes|we'?re|were|mum'?s|dad'?s) (?:really |honestly )?"
    r"not (?:suicidal|dying|going to die|ending (?:my|her|his|our) life|going to (?:kill|hurt|end) \w+|"
    r"in (?:any )?danger|at (?:any )?risk|missing|being (?:abused|hurt|scammed|robbed)|depressed)\b"
    r"|\b(?:it'?s|its|it is|that'?s|thats|that is|this is|nothing is|nothings) not "
    r"(?:happening(?: now)?|like that|abuse|a scam|an emergency|about that)\b"
    r"|\bnot (?:suicidal|ending my life)\b"
    r"|\b(?:no(?:body|one)|nothing) (?:is |has )?(?:wrong|happened|happening)\b",
    re.IGNORECASE)

# Words against the alarm itself: "why would you ask that", "stop asking me that", "this bot
# is so jumpy", "i just meant...", "you got it wrong".
PROTEST = re.compile(
    r"\bwhy (?:would|did|do|are|d|is|does) (?:you|u|it|this(?: thing| bot)?) (?:even )?"
    r"(?:ask|asking|say|saying|think|thinking)\b"
    r"|\bstop (?:asking|saying)\b|\b(?:so|too|very|bit|really|well) (?:jumpy|touchy|paranoid|"
    r"dramatic|over the top)\b|\bover ?react\w*|\bridiculous\b|\bcalm down\b"
    # "you got it wrong", never "have you got that?" (checking a number was taken down)
    r"|\b(?:you|u)(?:'ve| have)? (?:got (?:it|that|me) (?:all )?wrong|got the wrong end|"
    r"read (?:it|that|me) wrong|"
    r"misread|misunderstood)\b|\bwrong end of the stick\b|\bnot what i (?:meant|said|mean)\b"
    r"|\bi (?:just |only )?(?:said|meant|asked|mean)\b", re.IGNORECASE)

def _any_of(*parts: str) -> "re.Pattern[str]":
    """One pattern that finds any of these, each as whole words."""
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


# Not a plain denial: "no but i have thought about it", "not yet", "sometimes", "maybe".
HEDGED = _any_of(
    "but", "not (?:yet|really|sure|always|now)", "sometimes", "kind of", "sort of", "kinda",
    "maybe", "perhaps", "thought about", "used to", "i (?:don'?t|do not) know", "idk",
    "dunno", "except", "unless", "only when", "apart from", "any ?more", "for now", "to know",
    r"want\w* (?:someone|somebody|you|them|the team|help)")

# A worried question about the alarm: answered plainly.
IN_TROUBLE = _any_of(
    r"(?:am i|are we|is (?:he|she|my \w+)|will i|could i|have i) (?:be |been |get |got |"
    r"gonna be |going to be )?(?:in|into) (?:trouble|trubble|truble|bother)",
    r"in (?:trouble|trubble)(?=\s*\?)")
NOTHING_WRONG = _any_of(
    "is (?:that|this|it|helping|doing that) (?:a problem|wrong|bad|not ok|not okay|not allowed|"
    "illegal|against the law|ok|okay|allowed|alright|all right)",
    "(?:have i|did i|am i) (?:done |do |doing )?(?:something|anything) wrong",
    "am i (?:not )?allowed", "am i doing wrong")

# Saying the words were misread, not only that nothing will be done: "i meant my hips",
# "you got the wrong end of the stick", "it was a joke". Without one of these, "i wouldnt do
# anything, i just miss her" after a wish in their own words denies acting, not the wish.
MISREAD = re.compile(
    r"\b(?:i (?:just |only )?meant(?! it\b)|not what i (?:meant|mean)|(?:you|u)(?:'ve| have)? (?:got (?:it|that|me) "
    r"(?:all )?wrong|got the wrong end|read (?:it|that|me) wrong|misread|misunderstood)|wrong end of "
    r"the stick|(?:didn'?t|did not|don'?t|do not) mean (?:it|that|it like that)|(?:a |only a |just a )?"
    r"jok(?:e|ing)|an expression|a saying|figure of speech|lol|haha|not literally|"
    r"why would (?:you|u) (?:ask|say|think))\b", re.IGNORECASE)


def denies_acting_only(text: str) -> bool:
    """A no or a denial of danger that does not say the words were misread."""
    raw = str(text or "")
    if not raw.strip() or raw.startswith("/"):
        return False
    return denies(raw, "crisis", calm=True) and not MISREAD.search(_plain(raw))


SORRY_ASKED = "Sorry, I did not mean to worry you."
SORRY_SHOWN = "Sorry, I got that wrong."
WHY_ASKED = "I ask everyone when I am not sure, to keep people safe."
WHY_SHOWN = "Some of your words sounded like danger to me, so I showed that to be safe."
NOT_IN_TROUBLE = "No, you are not in trouble."
NOTHING_WRONG_ANSWER = "That is fine. You have not done anything wrong."
NOTED = "I have noted that you said this is not a worry."
NOT_A_CONCERN = "The person said this was not a concern"


# form18 (round 18): "its not an emergency i just need it on the form": not urgent now, but a
# worry wanted on the record. Said beside a denial of urgency, it keeps the worry; never
# "not a concern".
NOT_URGENT = re.compile(
    r"\b(?:it'?s|its|it is|that'?s|thats|this is|it was|was) (?:not|nt) (?:an? )?(?:emergency|urgent|"
    r"happening(?: (?:now|right now|at the moment|today))?)\b|\bno(?:t an?)? emergency\b|"
    r"\b(?:he'?s|hes|she'?s|shes|they'?re|theyre|mum'?s|dad'?s) (?:fine|ok|okay|safe|alright|all right)"
    r" (?:now|at the moment|today|right now)\b", re.IGNORECASE)
FOR_THE_RECORD = re.compile(
    r"\b(?:on|in|for) (?:the|his|her|their|my) (?:form|record|records|file|notes|assessment)\b|"
    r"\b(?:written|write it|wrote it|put it|noted|note it|on record|recorded|record it|kept)"
    r"(?: down)?\b|\banswer(?:ed|ing)? (?:your|the) question\b|\b(?:the team|they|you) "
    r"(?:to|should|need to|needs to) know\b|\b(?:it|that|this) (?:is|was|'?s|s) (?:a|still a|the) "
    r"(?:worry|problem|concern|main thing|big thing)\b|\bthe (?:main|big) (?:thing|worry|problem)\b",
    re.IGNORECASE)
KEPT_NOT_URGENT = ("Thank you. It is not an emergency now, but it is a worry. I have kept it "
                   "for the team.")


def kept_for_the_record(text: str) -> bool:
    """Not urgent now, but wanted on the record ("its not an emergency i just need it on the
    form", "its not happening now. ive just answered your question"): a worry kept, never a
    false alarm put right."""
    plain = _plain(text)
    return bool(NOT_URGENT.search(plain) and FOR_THE_RECORD.search(plain))


def _plain(text: str) -> str:
    return as_meant(str(text or "")).replace("\u2019", "'")


def _without_denials(norm: str) -> str:
    norm = PROTEST.sub(" ", DENIES.sub(" ", norm))
    return PLAIN_NO.sub(" ", DENIED.sub(" ", norm))


def asks_about_the_alarm(text: str) -> bool:
    """ "am i in trubble", "is that a problem", "why would you ask that"."""
    plain = _plain(text)
    return bool(IN_TROUBLE.search(plain) or NOTHING_WRONG.search(plain)
                or PROTEST.search(plain))


def _says_it_is_not(plain: str) -> bool:
    """A no, or the danger denied in words."""
    return bool(PLAIN_NO.search(plain) or DENIES.search(plain) or DENIED.search(normalise(plain)))


# A go-between who passes messages on: "my sister can take a message", "bev can pass messages".
PASSES_MESSAGES = re.compile(r"\b(?:take|takes|pass|passes|get|give)(?: on)? (?:a |the |my )?"
                             r"(?:messages?|notes?|letters?)\b|\bpass (?:it|them) on\b",
                             re.IGNORECASE)


def about_reaching_them(text: str) -> bool:
    """ "i said not the phone. my sister can take a message, 07700 900444": the message says
    how (not) to reach them. Its "i said", "no" or "you got that wrong" is about the phone,
    never about the danger (round 18: a money disclosure was marked "not a worry")."""
    said = str(text or "")
    return bool(contact.about_contact(said) or contact.PHONE_LIKE.search(said)
                or contact.EMAIL_LIKE.search(said) or contact.route_in(said)
                or PASSES_MESSAGES.search(said) or asks_to_call_someone_else(said))


def denies(text: str, kind: str = "", calm: bool = False) -> bool:
    """True when the message puts a false alarm right and tells of no danger of its own.
    About danger to life (``kind`` "crisis") only a no or a denial counts: "am i in
    trubble" alone, or "why would you ask", is answered but is not a no to "Are you
    thinking about ending your life?". ``calm``: the safety net itself found nothing in this
    message, so beside a denial of the danger in words (not a bare no) the words that raised
    the alarm may be said again ("what? nobody has done anything to me. is it all women
    crying at the group")."""
    raw = str(text or "")
    if not raw.strip() or raw.startswith("/") or kept_for_the_record(raw):
        return False
    plain = _plain(raw)
    explicit = bool(DENIES.search(plain) or DENIED.search(normalise(plain)))
    if about_reaching_them(raw) and not explicit:
        # A no or a protest about the phone, not the danger: only the danger itself denied
        # in words puts the alarm right ("nobody is taking my money, and dont ring me").
        return False
    said = _says_it_is_not(plain) or (kind != "crisis" and asks_about_the_alarm(plain))
    if not said or check_in_answer(raw) == YES or HEDGED.search(_without_denials(plain)):
        return False
    # "no he hits me", "no one cares, i want to die": danger still said, never a denial.
    rest = _without_denials(normalise(plain.lower()))
    return (calm and explicit) or not risk_words_in(rest)


def net_calm(found: Optional[Dict[str, Any]]) -> bool:
    """The safety net's own finding on the message (its "safety_net" parse data) is nothing,
    or only the classifier alone leaning to a check-in (as the quiet spell reads it: a denial
    that still raised a check-in is not asked about, bot/safety/cooldown.py)."""
    found = found or {}
    return found.get("tier") in (None, "", "none") or (
        found.get("tier") == "check_in" and found.get("signal") == "model")


def in_own_words(text: str, kind: str = "", calm: bool = False) -> bool:
    """A denial said in more than a bare "no" ("nah", the No button keep their own reply):
    a denial of the danger, a protest or a question, or a no with more words after it."""
    if not denies(text, kind, calm):
        return False
    plain = _plain(text)
    return bool(DENIES.search(plain) or DENIED.search(normalise(plain))
                or asks_about_the_alarm(plain) or len(plain.split()) > 4)


def denies_danger(text: str, kind: str = "", calm: bool = False) -> bool:
    """Stricter, for after a block (the "what would you like to happen?" step): the danger
    itself denied or the alarm protested ("nobody is taking my money!!", "why would you
    ask that"), never a bare "no" that may be an answer there ("no, not the police")."""
    if not denies(text, kind, calm):
        return False
    plain = _plain(text)
    return bool(DENIES.search(plain) or DENIED.search(normalise(plain))
                or asks_about_the_alarm(plain))


def answer_to_question(text: str) -> str:
    """ "No, you are not in trouble." to "am i in trubble", or ""."""
    plain = _plain(text)
    if IN_TROUBLE.search(plain):
        return NOT_IN_TROUBLE
    if NOTHING_WRONG.search(plain):
        return NOTHING_WRONG_ANSWER
    return ""


def reply(text: str, after_script: bool = False) -> List[str]:
    """Sorry, why, and the answer to their question if they asked one."""
    lines = [SORRY_SHOWN, WHY_SHOWN] if after_script else [SORRY_ASKED, WHY_ASKED]
    answer = answer_to_question(text)
    if answer:
        lines.append(answer)
    if after_script:
        lines.append(NOTED)
    return lines


def all_texts() -> Dict[str, str]:
    return {"false_alarm/SORRY_ASKED": SORRY_ASKED, "false_alarm/SORRY_SHOWN": SORRY_SHOWN,
            "false_alarm/WHY_ASKED": WHY_ASKED, "false_alarm/WHY_SHOWN": WHY_SHOWN,
            "false_alarm/NOT_IN_TROUBLE": NOT_IN_TROUBLE,
            "false_alarm/NOTHING_WRONG_ANSWER": NOTHING_WRONG_ANSWER,
            "false_alarm/NOTED": NOTED, "false_alarm/NOT_A_CONCERN": NOT_A_CONCERN,
            "false_alarm/KEPT_NOT_URGENT": KEPT_NOT_URGENT}
