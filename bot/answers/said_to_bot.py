"""What a person says to the bot about the conversation itself, inside an answer or on its own.

Round five: a widower wrote "you asked me that already. it was june" and was asked the same
question a third time; a carer wrote "I just told you, I don't. My sister rings on a Sunday"
and the read-back kept the complaint as her answer; "water bills?? no thats not what i meant.
i mean company" was saved as a money worry; "No! The head teacher, at work. Why does it keep
asking me that" was not answered; "how long does it take? can I do it now" got the menu.

- ``complains_of_repeat``: "i just told you", "you asked me that already", "why do you keep
  asking": the bot says sorry and moves on; the words are never the answer.
- ``without_complaint``: the message with that complaint taken out (what is left is the answer).
- ``rejects_what_was_said``: "no thats not what i meant", "not money": the bot got it wrong.
  ``what_they_meant`` is the part after the rejection ("i mean company, people my age").
- ``process_questions``: "how long does it take", "can i do it now", "is it long".
All pure and unit-tested (tests/unit/test_said_to_bot.py).
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from bot.answers.text import words_only
from bot.sounds_like import as_meant

REPEAT = re.compile(
    r"\b(?:i|i've|ive|i have) (?:just |already |literally )?(?:told|said|answered|put|wrote|"
    r"typed|gave) (?:(?:you|u)\b|(?:that|this|it) (?:already|before|earlier)\b|already\b)"
    r"(?: (?:that|this|already|before|earlier|twice))*"
    r"|\bi (?:just|already) (?:said|answered)(?=\s*(?:[.,!?;]|$|that\b|this\b|it\b))"
    r"|\b(?:you|u|it|this thing)(?: (?:have|ve))? (?:already |just )?asked (?:me )?"
    r"(?:that|this|it)?(?: (?:already|before|twice|again))+\b"
    r"|\b(?:you|u|it)(?: have|ve|'ve)? already asked(?: me)?(?: (?:that|this|it))?\b"
    r"|\bwhy (?:do|does|are|is|did) (?:you|u|it|this|this thing) (?:keep|keeps|keep on|keeping)? ?"
    r"(?:asking|ask|saying|say)(?: me)?(?: (?:that|this|it|the same(?: thing| question)?))*\b"
    r"|\b(?:you|u|it) (?:keep|keeps) (?:on )?(?:asking|saying)(?: me)?(?: (?:that|this|it|"
    r"the same(?: thing| question)?))*\b"
    r"|\bsame question again\b|\basked and answered\b", re.IGNORECASE)
# What may be said around the complaint and is not an answer either: "I just told you, I don't".
FILLER = re.compile(r"^\W*(?:(?:no|yes|ok|oh|look|honestly|seriously|like|and|but|so|i mean)\W+)*",
                    re.IGNORECASE)

REJECTS = re.compile(
    r"\b(?:no|nah|nope)?\W*(?:that'?s|thats|that is|it'?s|its|it is) not (?:what i (?:meant|mean|"
    r"said|asked|wanted|was asking)|it|right|what im after|what i am after|what i want)\b"
    r"|\bnot what i (?:meant|mean|said|asked(?: for)?|wanted)\b"
    r"|\bi (?:didn'?t|did not|didnt) (?:mean|say|ask (?:for|about))(?: (?:that|this|it))?\b"
    r"|\byou(?:'ve| have)? (?:got (?:it|that|me) wrong|misunderstood|misread)\b"
    r"|\b(?:nobody|no one|noone|no-one)(?:'s|s| is)? (?:hurt|in danger|dying|ill)\b"
    r"|\bwhats? (?:that|this) (?:for|about)\W+(?:nobody|no one|i)", re.IGNORECASE)
# "water bills?? no", "not money.": a topic pushed away at the start of the message.
PUSHED_AWAY = re.compile(r"^\W*(?!(?:what|wat|wot|huh|eh|sorry|pardon|why|really|me|you)\W)"
                         r"[\w ']{2,30}\?{1,}\W*(?:no|nope|nah)\b|^\W*(?:no\W+)?not (?:money|"
                         r"that|bills?|this|them|those)\b", re.IGNORECASE)
MEANT = re.compile(r"\b(?:i (?:just |only |really )?(?:mean|meant|want|wanted|was asking|"
                   r"was on about|am on about|m on about)|im on about|what i want is)\b\W*",
                   re.IGNORECASE)

HOW_LONG = re.compile(
    r"\bhow long (?:is|will|does|would|do|did) (?:it|this|that|the \w+(?: \w+)?|a carer'?s? "
    r"assessment|an assessment)\b|\bhow long (?:it|this) takes\b|\bis it (?:very |really )?long\b|"
    r"\b(?:does|will|would) (?:it|this) take (?:long|ages)\b|\bhow many questions\b|"
    r"\bhow long (?:is|does) (?:it|this) take\b|"
    # "how long it take? i must go school 3 oclock" (round thirteen: the feedback menu)
    r"\bhow long (?:it|this|the questions?) (?:take|takes|taking|go|goes|last|lasts)\b|"
    r"\bhow many (?:more )?(?:questions|qs|questons|pages|bits)\b", re.IGNORECASE)
DO_IT_NOW = re.compile(r"\b(?:can|could|may) (?:i|we) (?:do|start|fill in|fill) (?:it|this|one|"
                       r"that)(?: in)? (?:now|today|here|on here|online)\b|\b(?:can|could) (?:i|we) "
                       r"start (?:it |one )?now\b|\bdo it now\b", re.IGNORECASE)

SORRY_ASKED = "Sorry, you told me that already. Let's go on."
SORRY_MISREAD = "Sorry, I got that wrong. Thank you for putting me right."
ONLY_YOU = "I will not ask that again."


def complains_of_repeat(text: str) -> bool:
    """ "you asked me that already", "I just told you", "why does it keep asking me that"."""
    return bool(REPEAT.search(as_meant(str(text or "")).replace("\u2019", "'")))


def without_complaint(text: str) -> str:
    """The message with the complaint about being asked again taken out: "I just told you,
    I don't. My sister rings on a Sunday" -> "My sister rings on a Sunday"; "" when nothing
    but the complaint (and fillers) is left."""
    plain = str(text or "").replace("\u2019", "'")
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\s*[;\n]\s*", plain) if p.strip()]
    kept: List[str] = []
    for part in parts:
        text_of = part if REPEAT.search(part) else as_meant(part)
        found = REPEAT.search(text_of)
        if not found:
            kept.append(part.strip())
            continue
        # "I just told you, I don't": a bare echo under three words goes with the
        # complaint; "i told you my son helps" keeps "my son helps".
        rest = (text_of[:found.start()] + " " + text_of[found.end():]).strip(" ,.:;!?-")
        rest = FILLER.sub("", rest).strip()
        if len(rest.split()) >= 3:
            kept.append(rest)
    out = " ".join(kept).strip()
    out = FILLER.sub("", out).strip()
    return out if re.search(r"[A-Za-z]{2}", out) else ""


def rejects_what_was_said(text: str) -> bool:
    """ "water bills?? no thats not what i meant", "nobodys hurt, i just meant...": the bot
    read them wrong."""
    plain = as_meant(str(text or "")).replace("\u2019", "'")
    return bool(REJECTS.search(plain) or PUSHED_AWAY.search(plain))


def what_they_meant(text: str) -> str:
    """The part after a rejection: "water bills?? no thats not what i meant. i mean company,
    people my age" -> "company, people my age"; "" when the message only rejects."""
    plain = str(text or "").replace("\u2019", "'")
    meant = as_meant(plain)
    cut = 0
    for pattern in (REJECTS, PUSHED_AWAY):
        for found in pattern.finditer(meant):
            cut = max(cut, found.end())
    after = meant[cut:]
    said = MEANT.search(after)
    if said:
        after = after[said.end():]
    after = re.sub(r"^[\W_]+", "", after).strip()
    return after if len(after.split()) >= 1 and re.search(r"[A-Za-z]{3}", after) else ""


def process_questions(text: str) -> List[str]:
    """ "how_long" and "now" for questions about doing an assessment, in the order asked."""
    plain = as_meant(str(text or ""))
    found = []
    if HOW_LONG.search(plain):
        found.append("how_long")
    if DO_IT_NOW.search(plain):
        found.append("now")
    return found


def how_long_line(questions: int) -> str:
    return (f"It is about {questions} short questions, and takes about 10 to 15 minutes. "
            "You can skip any question, or stop and carry on later.")


NOW_LINE = "Yes, you can start now. Tap the button when you are ready."
# "dont no 🤷" to an open question: fine, and two or three simple ways on.
NOT_SURE_IS_OK = "That is OK. You can pick one of these, or tell me more."


def answer_to_process(asked: List[str], questions: Optional[int]) -> List[str]:
    lines = []
    if "how_long" in asked and questions:
        lines.append(how_long_line(questions))
    if "now" in asked or "how_long" in asked:
        lines.append(NOW_LINE)
    return lines


def told_line(label: str, words: str) -> str:
    """A deeper question whose area the screening answer already told about: their words
    said back, and only what is left to ask ("Family and friends: you said "I never see
    anyone". What would help with that?")."""
    return f'{label}: you said "{words}". What would help with that?'


# ---- "did you get that?", "what was the question?" (round twelve) -------------------------
# "sorry back. what was the question" was saved as what Frank is good at; "did you get that
# about the gas?" and "hello?? i asked if you got the bit about the gas being left on" as
# the next two answers. A question to the bot about what it got, or what it asked, is
# answered (what was kept said back, or the question again) and never kept as an answer.
_CHAT_THING = (r"(?:all )?(?:that|this|it|them|what i (?:said|wrote|put|typed|told you|sent)|"
               r"the (?:bit|part|thing|stuff|message|msg)|my (?:last )?(?:message|msg|answer|"
               r"bit|reply)|everything|all of (?:that|it)|wot i (?:said|put))")
ASKS_IF_KEPT = re.compile(
    r"\b(?:did|have|has|do|d|didnt|didn t|did not|havent|have not)? ?(?:you|u|ya|it) ?"
    r"(?:did |have |ve |def |definitely )?"
    r"(?:get|got|gotten|catch|caught|see|saw|seen|read|hear|heard|save|saved|keep|kept|note|"
    r"noted|take in|took in|taken in|write down|wrote down|written down|record|recorded|"
    r"put down|understand|understood|pick up|picked up) "
    r"(?:down )?" + _CHAT_THING + r"(?: down| in)?\b"
    r"|\b(?:did|has|have) (?:that|it|this|my (?:last )?(?:message|msg|answer|reply)) "
    r"(?:go through|gone through|send|sent|save|saved|get through|come through|work)\b"
    r"|^\W*(?:you )?got (?:that|it|all that)\W*\?", re.IGNORECASE)
# What the question was about: "about the gas being left on", "the bit about his falls".
ABOUT_WHAT = re.compile(r"\b(?:about|re|regarding|on)\s+(.+)$", re.IGNORECASE)
_NOT_A_TOPIC = frozenset(
    "the a an his her their my your our that this it its being been was were is are and or "
    "of on in at to for with left right said told thing bit part stuff what when just about "
    "all some any him them he she they me you we ok okay hello hiya hi".split())
MAX_KEPT_QUESTION_WORDS = 25


def asks_if_kept(text: str) -> bool:
    """ "did you get that about the gas?", "hello?? i asked if you got the bit about the gas
    being left on", "did my message go through": asked about what the bot got."""
    plain = as_meant(str(text or "")).replace("\u2019", "'")
    return len(plain.split()) <= MAX_KEPT_QUESTION_WORDS and bool(ASKS_IF_KEPT.search(plain))


def topic_asked_about(text: str) -> List[str]:
    """The words that say what they asked about ("gas", "left" for "did you get the bit
    about the gas being left on"), or [] when they named nothing."""
    plain = as_meant(str(text or "")).replace("\u2019", "'")
    found = ABOUT_WHAT.search(plain)
    if not found:
        return []
    words = re.findall(r"[a-z0-9]+", found.group(1).lower())
    return [w for w in words if len(w) >= 3 and w not in _NOT_A_TOPIC]


def where_it_was_said(topic: List[str], said: List[str]) -> Optional[str]:
    """The sentence of what they said before (latest first) that holds the topic's first
    word, or, with no topic, the latest thing they said; None when nothing fits."""
    for text in reversed(said):
        for sentence in reversed([p.strip() for p in re.split(r"(?<=[.!?])\s+|\s*[\n,;]\s*",
                                                              str(text)) if p.strip()]):
            words = re.findall(r"[a-z0-9]+", sentence.lower())
            if not topic or any(w.startswith(topic[0]) for w in words):
                return " ".join(sentence.split()[:30])
    return None


KEPT_IN_ANSWERS = 'Yes. I have kept what you said: "{words}". The team will see it.'
KEPT_FROM_CHAT = ('Yes. You said: "{words}". I have noted it with your answers, so the team '
                  'will see it.')
NOT_FOUND = "Sorry, I cannot find that. Please tell me again, and I will keep it."


def which_question_at_end(text: str, is_which_question) -> bool:
    """ "sorry back. what was the question", "ok im back, where were we": a few words of
    coming back, then the question asked for again (``is_which_question`` reads one part)."""
    plain = str(text or "").strip()
    parts = [p for p in re.split(r"[.!?,;\n]+|\s+-\s+", plain) if p.strip()]
    if len(parts) < 2 or len(plain.split()) > 14:
        return False
    return bool(is_which_question(parts[-1])) and len(" ".join(parts[:-1]).split()) <= 8


# ---- "hang on", "sorry back" (round twelve) ---------------------------------------------
# "his marrows lol. sorry hang on boss is here" kept the hold-on in the answer, and "sorry
# back" would have been the next answer: words about stepping away and coming back.
HOLD_ON = re.compile(
    r"^(?:ok |okay |oh |sorry |soz |wait |sorry love )*(?:hang on|hold on|one sec(?:ond)?|"
    r"1 sec|a sec|just a (?:sec|second|min|minute|mo|moment)|wait a (?:sec|second|min|minute|"
    r"mo|moment)|give me (?:a|two|2|five|5) (?:sec|second|min|minute|mins|minutes|mo|moment)|"
    r"bear with me|back in a (?:sec|min|minute|bit|mo|moment)|brb|be right back|(?:two|2|five|5) "
    r"mins?)\b(?: (?:please|pls|sorry|love|a sec|a minute))*(?: (?:(?:my |the )?(?:boss|"
    r"manager|door|doorbell|phone|kids?|dog|husband|wife|son|daughter|mum|dad|he|she|someone|"
    r"somebody)(?: is| s|s)? ?(?:here|in|back|ringing|at the door|calling|shouting|wants me|"
    r"needs me)?))?$")
BACK = re.compile(
    r"^(?:ok |okay |right |sorry |so sorry |soz |hi |hiya |hello |oh )*(?:(?:im|i am|i m) back|"
    r"back now|back again|back|sorry about that|sorry for the wait|sorry for that|"
    r"(?:had|needed) to (?:answer the door|get the door|go|see to (?:him|her|them)|take a call|"
    r"deal with (?:him|her|something|the kids)))(?: (?:now|sorry|again|then|love))*$")
_STEPS = re.compile(r"[.!?,;\n]+|\s+-\s+")
WELCOME_BACK = "Welcome back. Here is the question again."
TAKE_YOUR_TIME = "That is fine. Take your time. I will be here."
KEPT_TAKE_YOUR_TIME = "I have kept that answer. Take your time. I will be here."


def _steps(text: str) -> List[str]:
    return [words_only(p) for p in _STEPS.split(str(text or "")) if words_only(p)]


def steps_away(text: str) -> Optional[str]:
    """ "hang on", "sorry hang on boss is here" -> "hold_on"; "sorry back", "ok im back
    sorry" -> "back"; else None (only these words, nothing else)."""
    parts = _steps(text)
    if not parts or len(" ".join(parts).split()) > 12:
        return None
    if all(HOLD_ON.match(p) or BACK.match(p) and p != "back" for p in parts) and \
            any(HOLD_ON.match(p) for p in parts):
        return "hold_on"
    if all(BACK.match(p) for p in parts) and parts != ["back"]:
        return "back"      # (not "back" alone: an answer at a health question)
    return None


def answer_before_hold_on(text: str) -> Optional[str]:
    """ "his marrows lol, won a prize at the show. sorry hang on boss is here" -> the answer
    before the hold-on; None when the message does not end with one."""
    pieces = [p for p in re.split(r"(?<=[.!?,;])\s+|\n+", str(text or "").strip()) if p.strip()]
    if len(pieces) < 2 or not HOLD_ON.match(words_only(pieces[-1])):
        return None
    answer = " ".join(pieces[:-1]).strip(" ,;-")
    return answer if len(answer.split()) >= 2 else None


def all_texts() -> Dict[str, str]:
    return {"said_to_bot/SORRY_ASKED": SORRY_ASKED, "said_to_bot/SORRY_MISREAD": SORRY_MISREAD,
            "said_to_bot/ONLY_YOU": ONLY_YOU, "said_to_bot/how_long[12]": how_long_line(12),
            "said_to_bot/NOW_LINE": NOW_LINE,
            "said_to_bot/told_line": told_line("Family and friends", "I never see anyone"), "said_to_bot/NOT_SURE_IS_OK": NOT_SURE_IS_OK,
            "said_to_bot/KEPT_IN_ANSWERS": KEPT_IN_ANSWERS.format(words="he left the gas on"),
            "said_to_bot/KEPT_FROM_CHAT": KEPT_FROM_CHAT.format(words="he left the gas on"),
            "said_to_bot/NOT_FOUND": NOT_FOUND, "said_to_bot/WELCOME_BACK": WELCOME_BACK,
            "said_to_bot/TAKE_YOUR_TIME": TAKE_YOUR_TIME,
            "said_to_bot/KEPT_TAKE_YOUR_TIME": KEPT_TAKE_YOUR_TIME}
