"""Questions about paying for care, asked in the middle of the questions: "will dad have to
pay or move", "will mum lose her house", "do we have to pay for care", "how much will a
care home cost".

They were taken as the answer to whatever was asked ("will mum lose her house" chose
"someone I look after"). Here they are found, answered plainly (the money check, the home
not counted while a partner lives there, the council's number), and the same question is
asked again. Telling us about money ("we already pay for her carers") stays an answer: only
a question is taken.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot import texts
from bot.answers.money_questions import (CHC, DIRECT_PAYMENT_CARE_HOME, S117, S117_CHECK, S117_FREE,
                                         council_phone, lines_for, money_question)
from bot.answers.text import short_words

WHO = (r"(?:i|we|you|he|she|they|it|mum|mam|mom|dad|nan|nana|gran|grandad|grandma|grandpa|"
       r"my (?:\w+)|our (?:\w+)|his (?:\w+)|her (?:\w+)|the (?:\w+)|people)")
# "will dad have to pay or move", "do we need to pay", "would she have to sell up"
HAVE_TO = re.compile(
    r"\b(?:will|would|do|does|did|shall|must|is|are|could|might|can)\s+(?:\w+\s+)?" + WHO +
    r"\s+(?:\w+\s+)?(?:have to|need to|got to|has to|hafta|be made to|be forced to|be asked to)\s+"
    r"(?:pay|sell|move out of (?:\w+ )?(?:house|home)|give up (?:the|her|his|my|our|their) (?:house|home))\b")
# "will mum lose her house", "could he lose the home", "do they take your house"
LOSE_HOME = re.compile(
    r"\b(?:lose|losing|loose|take|taking|took|sell|selling|sold)\s+(?:\w+\s+)?(?:house|home|"
    r"flat|bungalow|property)\b(?!\s+(?:keys|phone|number))")
# "do we have to pay for care", "who pays for her care", "is care free", "how much does it cost"
PAY_FOR_CARE = re.compile(
    r"\b(?:pay|paying|pays|payin|cost|costs|charge|charges|charged|fees?|free)\b.*\b(?:care|carers|"
    r"a home|care home|the home|nursing home|home care|support|help)\b"
    r"|\b(?:care|carers|care home|nursing home|home care|support)\b.*\b(?:pay|paying|cost|costs|"
    r"charge|charges|charged|free|fees?)\b"
    r"|\bhow much (?:will|would|does|do|is) (?:it|this|that|they) (?:cost|charge)\b"
    r"|\bwho (?:pays|will pay|would pay|has to pay)\b")
ASKS = re.compile(r"^(?:will|would|do|does|did|shall|must|is|are|could|can|might|how|who|what|"
                  r"whats|when|so|and|but|also|oh|um|erm|sorry|wait|hang on|quick question)\b")


def asks_about_care_costs(text: str) -> bool:
    """A question about paying for care or losing a home, not a statement about money."""
    raw = str(text or "").strip()
    said = short_words(raw, 30)
    if not said:
        return False
    asked = raw.endswith("?") or bool(ASKS.match(said))
    if not asked:
        return False
    return bool(HAVE_TO.search(said) or LOSE_HOME.search(said) or PAY_FOR_CARE.search(said))


# Said outside the questions ("paying for care", "who explains care charges", "will my dad
# have to pay for his care, he has 9 grand in savings"): surely about paying for care.
# Round eleven: these got "Money worries are stressful" and Debt Advice or a Food Bank.
ABOUT_PAYING = re.compile(
    r"\b(?:care|caring|carers|care home|nursing home) (?:charges?|costs?|fees?|bills?)\b"
    r"|\b(?:pay|paying|pays|payin) (?:for|towards) (?:\w+ )?(?:care|carers|care home|"
    r"nursing home|home care)\b"
    r"|\bcharg(?:es|ed|ing) for (?:\w+ )?care\b|\bcost of (?:\w+ )?care\b"
    r"|\bfinancial assessment\b|\bmeans test")
# "will he have to pay anything" is about care when care, savings or a home is named with it
# ("will i have to pay for the bus" is not).
# (round thirteen: "and would I have to pay for someone to sit with brenda" got "Sorry, I did
# not understand that": someone coming in to sit or help is care too.)
CARE_OR_MONEY = re.compile(r"\b(?:care|carers|savings|saved|pension|house|home|capital|"
                           r"grand|pounds|k|sitter|sitters|sitting service|respite|short stay|"
                           r"day centre|someone to (?:sit|come in|help|look after|stay)|"
                           r"somebody to (?:sit|come in|help|look after|stay))\b|\u00a3")
MAX_OUTSIDE_WORDS = 45
MAX_TOPIC_WORDS = 4   # "paying for care", "care home fees": the topic on its own


def about_paying_for_care(text: str) -> bool:
    """Outside the questions: a question or a topic about paying for care (not "will i have
    to pay for the bus", not "we already pay for her carers" said as news)."""
    said = short_words(text, MAX_OUTSIDE_WORDS)
    if not said:
        return False
    short = len(said.split()) <= MAX_TOPIC_WORDS
    if ABOUT_PAYING.search(said) and (short or asks_about_care_costs(text)
                                      or re.search(r"\b(?:who|explain|tell me|help with|"
                                                   r"advice|question|afford|worried|worry)\b", said)):
        return True
    return asks_about_care_costs(text) and bool(
        (HAVE_TO.search(said) or LOSE_HOME.search(said)) and CARE_OR_MONEY.search(said))


# The facts, said once for both places. The savings limits are national; the team explains
# what they mean (the project holds no figure for them).
HOW_IT_WORKS = (
    "Many people pay something towards their care. The council works out how much with a "
    "financial assessment (a check of your income and savings).")
THE_HOME = (
    "If care is at home, the home is not counted. For a care home, the home is not counted "
    "while a husband, wife or partner still lives there. Nobody has to sell their home "
    "straight away.")
LIMITS = ("The savings limits are set for all of England. The team can tell you what they "
          "mean for you.")


def answer(text: str = "") -> str:
    """The plain answer at a question in a form, with the council's number; for section 117
    aftercare ("do I pay for my s117 aftercare?", round thirteen), that it is free."""
    if money_question(text) == S117:
        return (f"{S117_FREE} {S117_CHECK} To talk it through, call us on {council_phone()}. "
                "Now, back to the question.")
    if (kind := money_question(text)) in (CHC, DIRECT_PAYMENT_CARE_HOME):
        # "who pays for dads care home if he gets CHC" (round sixteen: the money check)
        return (" ".join(lines_for(kind)[:-1]) + f" To talk it through, call us on "
                f"{council_phone()}. Now, back to the question.")
    return (f"{HOW_IT_WORKS} {THE_HOME} To talk about your own money, call us on {council_phone()}. "
            "Now, back to the question.")


def outside_form_answer() -> List[str]:
    """The plain answer outside the questions, and the offer of a person."""
    return [f"{HOW_IT_WORKS} {LIMITS}", THE_HOME,
            f"A person from the team can talk it through with you. Or call us on {council_phone()}."]


def outside_form_buttons() -> List[Dict[str, str]]:
    return [texts.TALK_TO_A_PERSON,
            {"title": "Find money help",
             "payload": '/find_service{"service_category": "money_matters"}'}]


def all_texts() -> Dict[str, str]:
    lines = {f"care_costs.outside[{i}]": line for i, line in enumerate(outside_form_answer())}
    return {"care_costs.answer": answer(), "care_costs.answer[s117]": answer(
        "do I have to pay for my s117 aftercare?"), "care_costs.answer[chc]": answer(
        "who pays for the care home if he gets CHC?"), "care_costs.answer[direct_payment]": answer(
        "can he get a direct payment in a nursing home?"), **lines}
