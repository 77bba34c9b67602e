"""An offer the bot made outside a form, and a reply to it that is neither yes nor no.

Outside the questions the bot offers things with a yes-or-no question: "Would you like
someone from the team to call you about a break?", "Would you like to find free advice
near you?", "Would you like one?" (a call back). "dont no", "dunno", "maybe idk", "not sure
tbh" or "i'm not sure really" to such an offer was read as a No (the menu) or, through the
safety question's half-yes, as a Yes. Unsure is an answer of its own: the offer stays open,
with its buttons, and the person can ask about it first.
"""
from __future__ import annotations

import re
from typing import Optional

from bot.answers.requests import classify_request
from bot.answers.text import clean, without_filler, words_only
from bot.answers.yes_no import DONT_KNOW, yes_no
from bot.phrases import first_match
from bot.sounds_like import as_meant

# The last sentence of an offer: a yes-or-no question about something the bot can do or
# show. A choice between two things ("see more, or look for a different kind?") is not one.
OFFER_QUESTION = re.compile(
    r"^(?:would you like|would you want|do you want|shall i|should i|can i|could i|"
    r"is that ok|is that okay|is that all right|would that help|would it help|"
    r"would (?:a|an|the) [\w' ]+ be (?:ok|okay|all right|alright)|do you need|"
    r"are you happy for|are you happy to)\b", re.IGNORECASE)
LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)([^.!?]+\?)\s*$")

# Words that leave the answer open, read after yes_no() found no clear yes or no.
UNSURE_WORDS = re.compile(
    r"\b(?:maybe|perhaps|possibly|not sure|unsure|dunno|idk|dont know|no idea|not certain|"
    r"hard to say|cant say|depends|it depends|might|i might|could do|could be|50 50|fifty fifty|"
    r"kind of|sort of|kinda|sorta|yes and no|in two minds|on the fence|undecided|"
    r"(?:let me|ill|i will|i need to|need to|have to|got to) (?:have a )?think(?: about it)?|"
    r"think about it|havent decided|not decided|dont mind either way|either way)\b")
MAX_WORDS = 10   # longer replies say something more; the other readers take them


def is_offer(bot_text: Optional[str]) -> bool:
    """Whether the bot's message ends with a yes-or-no offer ("...Would you like that?")."""
    found = LAST_SENTENCE.search(clean(bot_text or ""))
    if not found:
        return False
    question = found.group(1).strip()
    return bool(OFFER_QUESTION.match(question)) and not re.search(r",? or\b", question)


def unsure_reply(text: str) -> bool:
    """ "dont no", "dunno", "not sure tbh", "maybe idk", "i'm not sure really", "hmm maybe",
    "let me think about it": neither a yes nor a no. A question back ("maybe, what is it?")
    and a no that leaves later open ("maybe later") are not unsure."""
    raw = clean(text)
    if raw.startswith("/"):
        return raw.split("{")[0] == "/dont_know"
    if not raw or raw.rstrip().endswith("?"):
        return False
    meant = as_meant(raw)
    said = without_filler(words_only(meant))
    if not said or len(said.split()) > MAX_WORDS:
        return False
    found = classify_request(meant)
    if found is not None and found.kind == "dont_know":
        return True
    if yes_no(meant) is not None:
        return False
    return bool(DONT_KNOW.search(said) or UNSURE_WORDS.search(said))


# ---- asking about the offer first, and what a yes does --------------------------------------

# "tell me more about it first", "ask me about it first" (the bot's own words said back),
# "what would that involve", "how does that work", "what happens if i say yes": a question
# about the offer, answered before the yes or no.
ASKS_ABOUT = re.compile(
    r"\b(?:tell|say|explain)(?: me)?(?: a bit| a little)? (?:more|about (?:it|that|this|them)|"
    r"what (?:it|that|this) (?:is|means|involves))\b|"
    r"\b(?:can|could|may) i ask (?:about it|about that|you about it|something|a question|"
    r"first|more)\b|\bask (?:me |you )?(?:about it|about that|more) first\b|"
    r"\bwhat (?:would|does|will|do) (?:that|it|this|they|you)(?: all)? (?:involve|entail|mean|"
    r"be like|do)\b|\bwhat(?:s| is) (?:involved|that about|it about|that then|it then)\b|"
    r"\bwhat (?:happens|would happen|will happen)(?: then| next| after| if i say yes)?\b|"
    r"\bhow (?:does|would|will) (?:that|it|this) work\b|\bmore (?:info|information|details)\b|"
    r"\bwhat (?:is|s) (?:that|it|this)(?: exactly| then)?\W*$",
    re.IGNORECASE)


def asks_about_offer(text: str) -> bool:
    """A question about the offer just made, not a yes or a no: "tell me more about it
    first", "what would that involve?", "can i ask about it first"."""
    raw = clean(text)
    if not raw or raw.startswith("/") or len(raw.split()) > 16:
        return False
    return bool(ASKS_ABOUT.search(as_meant(raw)))


# Buttons that say no to an offer: never what a yes does.
NO_PAYLOADS = ("/deny", "/resume", "/stop", "/skip", "/goodbye")


def yes_payload(buttons) -> Optional[str]:
    """What a yes to the offer does: its first button that is not a no."""
    for button in buttons or []:
        payload = str(button.get("payload") or "")
        if payload and not payload.split("{")[0] in NO_PAYLOADS:
            return payload
    return None


# What a yes does, by the intent of the offer's yes button; "/affirm" (an offer with only
# Yes and No) is read from the offer's own words.
OFFER_WORDS = {
    "request_human": re.compile(r"\b(?:call|ring|phone|contact|talk to|speak to)\b", re.I),
    "save_services": re.compile(r"\bsave\b|\bkeep (?:these|them|this)\b", re.I),
    "show_more": re.compile(r"\bsee more\b|\bmore places\b|\bshow (?:you )?more\b", re.I),
    "start_carer_assessment": re.compile(r"\bcarer'?s assessment\b", re.I),
    "find_service": re.compile(r"\b(?:find|see|look for|show you)\b.*\b(?:near|nearby|local|"
                               r"places|groups|advice|help)\b", re.I),
}


def offer_kind(bot_text: str, payload: Optional[str]) -> Optional[str]:
    """The intent a yes to the offer stands for ("request_human", "find_service"...)."""
    intent = (payload or "").lstrip("/").split("{")[0]
    if intent and intent != "affirm":
        return intent
    return first_match(OFFER_WORDS, clean(bot_text or ""))


CALL_BACK_MEANS = ("Someone from our care team will get in touch, by phone or email, at a "
                   "time that suits you. They listen and talk through what could help. You "
                   "can say no to anything.")
FIND_MEANS = ("I show you a few places near you that can help, with how to contact them. "
              "Nothing is booked. You choose what to do.")
CARER_ASSESSMENT_MEANS = ("A carer's assessment is a talk about the caring you do, your own "
                          "life and what would help you. It is free, and it can lead to a "
                          "break or other help.")
SELF_ASSESSMENT_MEANS = ("I ask some short questions about your life, what matters to you and "
                         "what is hard. You can skip any of them, and the care team reads "
                         "your answers.")
LISTEN_MEANS = ("You tell me what is going on, in your own words, and I listen. Then we can "
                "look at what might help.")
SAVE_MEANS = ("I add these places to your summary. You can download it and keep it, or show "
              "it to someone.")
SHOW_MORE_MEANS = "I show you a few more places like these."
SURVEY_MEANS = "I ask a few short questions about your support. It takes a few minutes."
OFFER_MEANS_ANY = "It is up to you. Saying yes only starts it, and you can stop at any time."
STILL_OFFERED = "Would you like that?"

MEANS = {"request_human": CALL_BACK_MEANS, "find_service": FIND_MEANS,
         "start_carer_assessment": CARER_ASSESSMENT_MEANS,
         "start_self_assessment": SELF_ASSESSMENT_MEANS, "listen_connect": LISTEN_MEANS,
         "save_services": SAVE_MEANS, "show_more": SHOW_MORE_MEANS,
         "give_feedback": SURVEY_MEANS}


def what_it_means(bot_text: str, buttons) -> str:
    """What the offer means in one or two plain sentences, then the offer again, so a yes
    or a no can follow (the reply ends with a yes-or-no offer and keeps its buttons)."""
    kind = offer_kind(bot_text, yes_payload(buttons))
    return f"{MEANS.get(kind or '', OFFER_MEANS_ANY)} {STILL_OFFERED}"


def all_texts():
    said = {f"answers.offers/{kind}": what_it_means("", [{"payload": "/" + kind}])
            for kind in MEANS}
    said["answers.offers/any"] = what_it_means("Would you like that?", [])
    return said
