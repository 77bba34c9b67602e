"""Reads a typed yes or no, for consent and other yes-or-no questions.

Consent must be clear, so anything unsure ("maybe", "what for?", "yes and no") gives None
and the bot asks again. A clear first word decides a longer reply: "yeah go on, she needs
it" is yes; "no she lives alone" is no.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.text import clean, without_filler, words_only

PAYLOADS = {"/affirm": True, "/deny": False, "/stop": False}
BUTTON_TITLES = {"yes that is ok": True, "no thank you": False}

YES_EMOJI = re.compile(r"^(?:[👍👌✅✔☑🙆🆗💯]|\U0001F44D[\U0001F3FB-\U0001F3FF])")
NO_EMOJI = re.compile(r"^(?:[👎❌✖🙅⛔🚫]|\U0001F44E[\U0001F3FB-\U0001F3FF])")

# Whole replies that look like a yes or no word but are not a clear answer.
UNSURE = re.compile(
    r"\b(?:maybe|perhaps|not sure|unsure|dunno|dont know|do not know|dont no|idk|"
    r"depends|possibly|might|i guess not|what for|why|what do you mean|not certain|"
    r"yes and no|yes or no|kind of|sort of|kinda|sorta|in a way|hmm+|um+|erm+|"
    r"can i|could i|do i have to|who sees|who will see)\b")
DONT_KNOW = re.compile(r"\b(?:(?:dont|do not|don|dnt) (?:know|no|kno|knw|now)|not sure|idk|dunno|"
                       r"no idea|not certain|unsure)\b")
QUESTION_START = re.compile(r"^(?:how|what|whats|who|where|which|why|when|is it|will it|does it)\b")

# Phrases whose words mislead a word-by-word reading ("no problem" means yes).
YES_PHRASES = re.compile(
    r"^(?:no problem|no worries|no bother|not a problem|why not|i dont mind|dont mind|"
    r"i do not mind|thats fine|that is fine|thats ok|that is ok|thats okay|thats alright|"
    r"fine by me|ok by me|go on then|go on|go ahead|go for it|of course|course|all right|alright|"
    r"sounds good|i agree|agreed|i do|i will|i would|i suppose so|suppose so|i think so|"
    r"yes please|please do|carry on|happy to|happy with that|thats good|that is good|"
    r"ok then|okay then|i consent|consent|you may|you can|yes you can|yes you may|i am happy|"
    r"im happy|im ok with that|i am ok with that|im fine with that|i am fine with that|"
    r"i dont mind at all)\b")
NO_PHRASES = re.compile(
    r"^(?:no thanks|no thank you|not now|not today|not at the moment|not right now|not yet|"
    r"rather not|id rather not|i would rather not|prefer not|id prefer not|i would prefer not|"
    r"i dont want to|i do not want to|i dont want|i do not want|dont want to|"
    r"i dont like|i do not like|i dont fancy|not interested|im not interested|"
    r"i dont think so|i do not think so|dont think so|i dont agree|i do not agree|"
    r"not really|not happy|im not happy|i am not happy|im not ok|i am not ok|not ok|not okay|"
    r"no way|never|definitely not|absolutely not|certainly not|of course not|not at all|"
    r"thats not right|that is not right|thats wrong|that is wrong|not right|"
    r"maybe later|later maybe|another time|not for me|leave it|no ta|nah ta|"
    r"i dont consent|i do not consent|i refuse|please dont|please do not|dont|do not)\b")
# "no I'm OK", "nah I'm fine": no thank you (unlike "no, that's fine", which may mean go ahead).
NO_IM_OK = re.compile(r"^(?:no|nah|nope|no thanks) (?:im|i am) (?:ok|okay|fine|good|alright)\b")
# "n/a" is "does not apply", not "na" (no).
NOT_APPLICABLE = re.compile(r"^\s*n\s*/\s*a\b", re.IGNORECASE)

YES_WORDS = {
    "yes", "yeah", "yea", "yeh", "ye", "yep", "yup", "yas", "yass", "yh", "ya", "y", "aye",
    "ok", "okay", "okey", "okie", "k", "kk", "oki", "okk", "sure", "fine", "alright", "right",
    "correct", "definitely", "absolutely", "certainly", "totally", "agree", "affirmative",
    "yesss", "yess", "yesh", "ys", "yse", "yrs", "sound", "cool", "grand", "lovely", "great",
    "perfect", "brill", "brilliant",
    # other languages people use here: Polish, Welsh, Urdu/Punjabi, Arabic, and a few more
    "tak", "ie", "iawn", "ydw", "haan", "han", "ji", "jee", "naam", "aiwa", "si", "oui", "ja",
    "da", "نعم", "ہاں", "ਹਾਂ", "جی",
}
NO_WORDS = {
    "no", "nah", "nope", "naw", "noo", "nooo", "n", "nay", "nahh", "na", "nae", "no0",
    "nie", "nahi", "nahin", "nai", "non", "nein", "nee", "nao", "لا", "نہیں", "ਨਹੀਂ",
}


def said_please(raw: str) -> bool:
    return words_only(raw) in ("please", "yes please", "pls", "plz", "please do")


def _phrase(said: str) -> Optional[bool]:
    """What a yes or no phrase at the start says; the longer phrase wins: "dont mind" is
    yes, "of course not" is no."""
    said_yes, said_no = YES_PHRASES.match(said), NO_PHRASES.match(said)
    if not (said_yes or said_no):
        return None
    return bool(said_yes) and (not said_no or said_yes.end() > said_no.end())


def yes_no(text: str) -> Optional[bool]:
    """True for a clear yes, False for a clear no, None when unclear or a question back."""
    raw = clean(text)
    if not raw:
        return None
    payload = raw.split("{")[0].strip().lower()
    if said_please(raw):
        return True
    if payload in PAYLOADS:
        return PAYLOADS[payload]
    if YES_EMOJI.match(raw) and not re.search(r"[A-Za-z]", raw):
        return True
    if NO_EMOJI.match(raw) and not re.search(r"[A-Za-z]", raw):
        return False
    said = words_only(raw)
    if not said:
        return None
    if said in BUTTON_TITLES:
        return BUTTON_TITLES[said]
    if NOT_APPLICABLE.match(raw):
        return None
    if raw.rstrip().endswith("?") and not re.match(r"^why not\b", said):
        return None
    said = without_filler(said, "hi", "hello", "i mean")
    if DONT_KNOW.search(said):
        return None
    if NO_IM_OK.match(said):
        return False
    words = said.split()
    if words[0] in NO_WORDS and _phrase(" ".join(words[1:])) is False:
        return False  # "no I don't agree", "nope not now"
    phrase = _phrase(said)
    if phrase is not None:
        return phrase
    if UNSURE.search(said) or QUESTION_START.match(said):
        return None
    first = words[0]
    rest = set(words[1:])
    if first in YES_WORDS and not rest & NO_WORDS and not re.search(r"\b(?:not|dont)\b", said):
        return True
    if first in NO_WORDS and not rest & YES_WORDS:
        return False
    if re.match(r"^(?:not|dont|do not|never)\s+(?:ok|okay|fine|happy|agree|really|sure)\b", said):
        return False
    return None
