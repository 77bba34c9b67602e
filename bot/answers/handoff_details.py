"""Details staff need on a hand-off, found anywhere in what the person said.

"She only speaks Punjabi" or "ring me not dad" may come several messages before (or after)
the request for a person. The hand-off used to hold only the request itself, so the
adviser rang dad, in English. ``details_in`` reads every message of the conversation and
gives one line per detail, in the person's own words:
  "Interpreter: Punjabi. They said: she only speaks Punjabi."
  "Contact: they said: ring me not dad."
Lines starting "Contact:" are shown with the contact details on the console.
"""
from __future__ import annotations

import re
from typing import Callable, Dict, Iterable, List, Optional

from bot.answers.callback_talk import hard_of_hearing, hearing_need, keep_it_secret
from bot.answers.interpreter_for import interpreter_for, interpreter_for_in
from bot.answers.text import clean
from bot.easy_read_request import easy_read_wish
from bot.language import finds_english_hard
from bot.sounds_like import as_meant

LANGUAGES = [
    "Punjabi", "Urdu", "Polish", "Arabic", "Romanian", "Welsh", "Bengali", "Sylheti",
    "Gujarati", "Hindi", "Somali", "Kurdish", "Farsi", "Persian", "Pashto", "Dari", "Tigrinya",
    "Portuguese", "Spanish", "Italian", "Lithuanian", "Latvian", "Slovak", "Czech",
    "Hungarian", "Bulgarian", "Russian", "Ukrainian", "Turkish", "Tamil", "Chinese",
    "Cantonese", "Mandarin", "Vietnamese", "French", "Greek", "Albanian", "Amharic", "Nepali",
    "Malayalam", "Yoruba", "Igbo", "Twi", "Shona", "Swahili", "Mirpuri", "Pahari",
    "British Sign Language", "BSL", "sign language", "Makaton",
]
_LANG = "|".join(re.escape(name) for name in sorted(LANGUAGES, key=len, reverse=True))
LANGUAGE_NEED = re.compile(
    rf"\b(?:(?:only|just|mainly|mostly|mostly just) (?:speaks?|talks?|understands?|uses?|signs?) "
    rf"(?:in )?(?P<only>{_LANG})|(?:speaks?|talks?|understands?|knows?) (?:only|just) "
    rf"(?P<sonly>{_LANG})|(?:only|just) (?P<eonly>{_LANG})(?! (?:the|my|her|his|it|them|shoes|floor))|(?:speaks?|talks?) (?P<speaks>{_LANG})(?: only)?|"
    rf"(?P<first>{_LANG}) (?:is (?:her|his|their|my) first language|speaker)|"
    rf"(?:in|uses|needs|need) (?P<in>{_LANG})|(?P<interp>{_LANG}) (?:interpreter|translator)|"
    # "she not speak english, only polish" (round seventeen)
    rf"(?:not|no|never) (?:speak|speaks|understand|understands) english(?:\W+only "
    rf"(?P<only3>{_LANG}))?|"
    rf"(?:no|not much|very little|hardly any|little|limited) english|"
    rf"(?:doesn'?t|does not|don'?t|do not|can'?t|cannot|can not) (?:speak|read|understand) "
    rf"(?:much |any |good |very good )?english|"
    rf"english (?:is not|isn'?t) (?:her|his|their|my) first language|"
    rf"(?:needs?|need an|needs an|wants?|with) (?:an )?interpreter)\b", re.IGNORECASE)

CONTACT_INSTRUCTION = re.compile(
    r"\b(?:(?:ring|call|phone|text|contact|email) (?:me|us|my \w+|her|him|them)"
    r"(?: (?:on|at) (?:my|her|his|the) \w+)? (?:not|rather than|instead of|and not|but not) "
    r"(?:my |the |her |his |our )?\w+|"
    r"(?:please )?(?:don'?t|do not|never|dont) (?:ring|call|phone|text|contact|email|write to|"
    r"send (?:letters|post) to) (?:my |the |her |his |our )?\w+|"
    r"(?:only|best to|better to|please) (?:ring|call|phone|text|contact) (?:me|my \w+|her|him)|"
    r"(?:ring|call|phone|contact|speak to|talk to) (?:my|her|his|our) (?:daughter|son|sister|"
    r"brother|husband|wife|partner|mum|dad|mother|father|carer|neighbour|niece|nephew) "
    r"(?:first|instead|not (?:me|her|him|them))|"
    r"not (?:on|to) (?:the|her|his|my) (?:landline|house phone|home phone|mobile)|"
    r"(?:text|email) (?:me )?only|(?:text|email) me\b(?! back))\b",
    re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
MAX_QUOTE = 200

# A named language: the team books a free interpreter in it (round ten: staff read
# "Interpreter: Polish" at a glance). One line a language, however often it is said.
LANGUAGE_LINE = "Interpreter: {language}. They said: {words}"
LANGUAGE_LINE_UNNAMED = "Language: English may be hard for them. They said: {words}"
CONTACT_LINE = "Contact: they said: {words}"
# "he cant know Im asking": who must not be told, for the person who rings.
SECRET_LINE = "Contact: talk only to them. Nobody else should know they asked. They said: {words}"
# "interpreter for my father, not for me": who needs it, so the visit has one and the
# person typing is not rung through one (round 13).
LANGUAGE_FOR_LINE = ("Interpreter: {language}, for their {who}, not for the person typing. "
                     "Talk to the person typing in English. They said: {words}")
HEARING_LINE = "Communication: hard of hearing. Text or email, not calls. They said: {words}"
HEARING_HEAD = HEARING_LINE.split(" They said:")[0]
# "can u do easy read": staff writing or ringing should use easy words too (round nine).
EASY_READ_LINE = "Communication: asked for easy read. Use short sentences and easy words."


def _sentences(text: str) -> List[str]:
    return [s.strip() for s in SENTENCE.split(clean(text)) if s.strip()]


def _quoted(sentence: str) -> str:
    words = sentence[:MAX_QUOTE].rstrip()
    return words if words.endswith((".", "!", "?")) else words + "."


def _language_named(found: Optional["re.Match[str]"]) -> Optional[str]:
    if found is None:
        return None
    for group in ("only", "sonly", "eonly", "only3", "speaks", "first", "in", "interp"):
        if found.group(group):
            name = found.group(group)
            return next(n for n in LANGUAGES if n.lower() == name.lower())
    return None


def _first_line(text: str, line_for: Callable[[str], Optional[str]]) -> Optional[str]:
    """The line for the first sentence of ``text`` that gives one, or None."""
    for sentence in _sentences(text):
        line = line_for(sentence)
        if line:
            return line
    return None


def _language_said(sentence: str) -> Optional[str]:
    found = LANGUAGE_NEED.search(sentence)
    if not (found or finds_english_hard(sentence)):
        return None
    name = _named_need(sentence)
    if name:
        return LANGUAGE_LINE.format(language=name, words=_quoted(sentence))
    return LANGUAGE_LINE_UNNAMED.format(words=_quoted(sentence))


def _contact_said(sentence: str) -> Optional[str]:
    if keep_it_secret(sentence):
        return SECRET_LINE.format(words=_quoted(sentence))
    if CONTACT_INSTRUCTION.search(sentence):
        return CONTACT_LINE.format(words=_quoted(sentence))
    return None


def _hearing_said(sentence: str) -> Optional[str]:
    return HEARING_LINE.format(words=_quoted(sentence)) if hard_of_hearing(sentence) else None


def language_line(text: str) -> Optional[str]:
    return _first_line(text, _language_said)


def contact_line(text: str) -> Optional[str]:
    return _first_line(text, _contact_said)


def hearing_line(text: str) -> Optional[str]:
    return _first_line(text, _hearing_said)


def language_needed(messages: Iterable[str]) -> Optional[str]:
    """The first language named as a need in the messages ("in polish please", "my mum only
    speaks urdu"), as staff write it ("Polish"), or None."""
    for message in messages:
        if message and not str(message).startswith("/"):
            named = _first_line(str(message), _named_need)
            if named:
                return named
    return None


def _named_need(sentence: str) -> Optional[str]:
    """The language a sentence names as a need, wherever it comes in it ("with interpreter,
    in polish")."""
    return next(filter(None, map(_language_named, LANGUAGE_NEED.finditer(sentence))), None)


def _same_language_held(line: str, lines: List[str]) -> bool:
    """ "Interpreter: Polish." is already on the list (said in other words before)."""
    head = line.split(" They said:")[0]
    return line.startswith("Interpreter:") and any(held.split(" They said:")[0] == head
                                                   for held in lines)


def details_in(messages: Iterable[str]) -> List[str]:
    """One line per language need or contact instruction in the messages, oldest first."""
    messages = list(messages)
    lines: List[str] = []
    for message in messages:
        if not message or str(message).startswith("/"):
            continue
        # ("esy read 🙏", "can u do esy reed": asked for by sound too, round twelve)
        easy = EASY_READ_LINE if easy_read_wish(as_meant(str(message))) else None
        for line in (language_line(str(message)), contact_line(str(message)),
                     hearing_line(str(message)), easy):
            said_before = line and line.startswith("Communication:") and any(
                held.startswith("Communication:") and (held == EASY_READ_LINE) == (
                    line == EASY_READ_LINE) for held in lines) or bool(
                # "English may be hard" once, however often (round 13: four times)
                line and line.startswith(LANGUAGE_HEADS[1]) and any(
                    held.startswith(LANGUAGE_HEADS[1]) for held in lines))
            if line and line not in lines and not said_before and \
                    not _same_language_held(line, lines):
                lines.append(line)
    # "urdu for me and punjabi for my father": one line a person (round eighteen). Read
    # here, not at the top: that module uses this one's list of languages.
    from bot.answers.interpreters_each import staff_lines
    each = staff_lines(messages)
    who = interpreter_for_in(messages)
    if each:
        lines = each + [held for held in lines if not held.startswith(LANGUAGE_HEADS)]
    elif who:
        lines = _for_them(lines, messages, who)
    if not hearing_need(messages):
        # "no my hearing is fine, I want a phone call": the hearing line is taken back.
        heard = {CONTACT_LINE.format(words=_quoted(sentence)) for message in messages
                 if message and not str(message).startswith("/")
                 for sentence in _sentences(str(message)) if hard_of_hearing(sentence)}
        lines = [line for line in lines if not line.startswith(HEARING_HEAD) and line not in heard]
    return lines


LANGUAGE_HEADS = ("Interpreter:", LANGUAGE_LINE_UNNAMED.split(" They said:")[0])


def interpreter_for_line(messages: List[str]) -> Optional[str]:
    """The one interpreter line when a family member needs it, or None."""
    who = interpreter_for_in(messages)
    if not who:
        return None
    said = next((m for m in reversed(messages) if interpreter_for(str(m or ""))), "")
    language = language_needed(messages)
    return LANGUAGE_FOR_LINE.format(language=language or "language not said", who=who,
                                    words=_quoted(clean(said)))


def _for_them(lines: List[str], messages: List[str], who: str) -> List[str]:
    """The interpreter and "English may be hard" lines, which read as if the person typing
    needs them, become one line saying who does."""
    line = interpreter_for_line(messages)
    kept = [held for held in lines if not held.startswith(LANGUAGE_HEADS)]
    return ([line] if line else []) + kept


def all_texts() -> Dict[str, str]:
    """The lines as staff read them, with sample words."""
    return {
        "handoff_details.language": LANGUAGE_LINE.format(
            language="Punjabi", words="she only speaks Punjabi."),
        "handoff_details.language_unnamed": LANGUAGE_LINE_UNNAMED.format(
            words="he has no English."),
        "handoff_details.contact": CONTACT_LINE.format(words="ring me not dad."),
        "handoff_details.secret": SECRET_LINE.format(words="he cant know Im asking."),
        "handoff_details.hearing": HEARING_LINE.format(words="I am a bit deaf."),
        "handoff_details.language_for": LANGUAGE_FOR_LINE.format(
            language="Urdu", who="father", words="interpreter is for my father, not me."),
        "handoff_details.easy_read": EASY_READ_LINE,
    }
