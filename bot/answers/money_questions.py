"""Two money questions the general "paying for care" answer got wrong (round thirteen).

- Section 117 aftercare and charges: "I'm on section 117 aftercare, so why have I been sent
  for a financial assessment?", "do I have to pay for s117 aftercare", "im on 117, will they
  charge me" got "Many people pay something towards their care", or a directory search.
  The truth: the care that is part of section 117 aftercare is free, so a charge or a money
  check for it is worth asking the team about.
- Benefits: "would a direct payment count as income for universal credit?", "will i lose my
  PIP if i get a carer" got "I am listening. What matters most to you about it?". The bot
  cannot say; a benefits adviser can, so it says that plainly.

Round sixteen, a daughter reading a council letter about her dad:
- NHS Continuing Healthcare: "who pays for dads care home if he gets CHC" got the means test
  ("Many people pay something"), "does the nhs pay for dads home or not" was not understood.
  The truth: with CHC the NHS pays the whole care home fee, with no check of money.
- Direct payments in a care home: "would dad get a direct payment if hes in a nursing home"
  got "I am listening", or only what a direct payment is. The truth: direct payments are
  for care at home and out and about; they are not usually used for a long stay in a care
  home (they can pay for short stays, a few weeks at a time).
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from bot import settings, texts
from bot.answers.text import short_words

SECTION_117 = re.compile(
    r"\b(?:s|sec|section|sect)\s?\.?\s?117\b|\b117 (?:after ?care|aftercare)\b"
    r"|\b(?:on|under|got|get|have|having|getting) (?:a )?117\b", re.IGNORECASE)
# Paying, a charge, a bill or a money check, or "free" ("I thought that was free?").
MONEY = re.compile(
    r"\b(?:pay|pays|paying|payin|paid|charge|charges|charged|charging|cost|costs|bill|bills|"
    r"invoice|free|contribution|contribute|fees?|money|financial assessment|finance assessment|"
    r"means test(?:ed|ing)?|money check|financial)\b", re.IGNORECASE)

BENEFITS = re.compile(
    r"\b(?:universal credit|uc|pip|personal independence payment|esa|jsa|pension credit|"
    r"attendance allowance|carers? allowance|carer's allowance|housing benefit|council tax "
    r"(?:support|reduction)|dla|disability living allowance|benefits?|my pension)\b",
    re.IGNORECASE)
# "count as income", "affect", "stop", "lose", "messed up", "will it change": what happens
# to the benefit, asked.
BENEFIT_EFFECT = re.compile(
    r"\b(?:count(?:s|ed)? (?:as|towards|against)|income|affect(?:s|ed)?|effect|impact|stop(?:s|ped)?|"
    r"lose|loose|losing|lost|cut|cuts|reduce[sd]?|less|lower|change[sd]?|mess(?:ed)? (?:up|with)|"
    r"take (?:it )?away|taken away|sanction(?:ed)?|still get|keep (?:my|getting|it)|"
    r"go down|goes down|touch)\b", re.IGNORECASE)
ASKED = re.compile(
    r"\b(?:want to know|wondering|wonder|asking|ask|not sure) (?:if|whether)\b"
    r"|\b(?:does|do|will|would|can|could|is) (?:the )?(?:nhs|he|she|dad|mum|my \w+) (?:pay|get|have|cover)"
    r"|\?|^\W*(?:(?:so|and|but|right|ok|also|oh|then|well)\W+)*(?:will|would|does|do|did|is|are|can|"
    r"could|might|should|how|what|whats|why|who|whos|if|am i|i thought)\b"
    r"|\b(?:will|would|does|do|could|might) (?:it|that|this|they|i|a \w+(?: \w+)?) \w+", re.IGNORECASE)
MAX_WORDS = 60

S117 = "section_117"
BENEFIT = "benefits"
CHC = "continuing_healthcare"
DIRECT_PAYMENT_CARE_HOME = "direct_payment_care_home"

# "CHC", "NHS continuing healthcare", "continuing care": the NHS pays for all the care.
CHC_NAMED = re.compile(r"\bchc\b|\bcontinuing (?:health ?care|care|nhs care)\b", re.IGNORECASE)
NHS = re.compile(r"\bnhs\b", re.IGNORECASE)
# "the nhs pays for his care home", "does the nhs fund dads home": the NHS paying for a home
# or care (not "does the nhs pay for glasses").
NHS_PAYS_FOR_CARE = re.compile(
    r"\b(?:pay|pays|paying|paid|fund|funds|funding|funded|cover|covers|covered)\b"
    r".*\b(?:care|home|homes|fees?|nursing)\b", re.IGNORECASE)
# "who pays", "does it cover the fees", "do we pay anything": paying asked with CHC named.
CHC_MONEY = re.compile(r"\b(?:pay|pays|paying|paid|fund|funds|funding|funded|cover|covers|"
                       r"fees?|cost|costs|free|charge|charged|means test(?:ed)?|savings|money)\b",
                       re.IGNORECASE)
DIRECT_PAYMENT = re.compile(r"\bdirect ?payments?\b|\bdp\b|\bpersonal budget\b", re.IGNORECASE)
CARE_HOME = re.compile(r"\b(?:care|nursing|residential|old people'?s|elderly) homes?\b"
                       r"|\bresidential care\b|\bnursing care\b|\b(?:in|into) a home\b",
                       re.IGNORECASE)


def money_question(text: str) -> Optional[str]:
    """ "section_117" for a question about paying for section 117 aftercare, "benefits" for
    one about what help from the council does to a benefit, else None."""
    raw = str(text or "")
    said = short_words(raw, MAX_WORDS)
    if not said or raw.startswith("/"):
        return None
    if not ASKED.search(raw):
        return None
    if SECTION_117.search(raw) and MONEY.search(raw):
        return S117
    if BENEFITS.search(said) and BENEFIT_EFFECT.search(said):
        return BENEFIT
    if (CHC_NAMED.search(raw) and CHC_MONEY.search(raw)) or (
            NHS.search(raw) and NHS_PAYS_FOR_CARE.search(raw)):
        return CHC
    if DIRECT_PAYMENT.search(raw) and CARE_HOME.search(raw):
        return DIRECT_PAYMENT_CARE_HOME
    return None


def council_phone() -> str:
    """The council's adult social care number, as the money answers give it."""
    return str(settings.get("council.adult_social_care_phone") or "")


S117_FREE = ("Section 117 aftercare is free. You should not be charged for the care that is "
             "part of it.")
S117_CHECK = ("Has a letter asked you to pay for it, or sent you for a money check? Then ask "
              "the team to check. Other care may still cost something.")


def s117_lines() -> List[str]:
    return [S117_FREE, S117_CHECK,
            f"A person from the team can check your letter with you. Or call us on {council_phone()}."]


BENEFITS_CANT_SAY = "I cannot say for sure what it does to your benefits."


def benefit_lines() -> List[str]:
    return [BENEFITS_CANT_SAY,
            "A benefits adviser can check this for you, for free. Citizens Advice can help. "
            f"Or call us on {council_phone()} and ask for a benefits check."]


CHC_PAYS_ALL = ("If someone gets NHS Continuing Healthcare (CHC), the NHS pays the full cost "
                "of their care home. That includes their room and meals.")
CHC_NO_MONEY_CHECK = "There is no check of their income or savings for it."
CHC_WHO_DECIDES = ("The NHS decides who gets it, after looking at their health needs. If they "
                   "do not get it, the usual money rules apply.")


def chc_lines() -> List[str]:
    return [CHC_PAYS_ALL, CHC_NO_MONEY_CHECK, CHC_WHO_DECIDES,
            f"A person from the team can talk it through with you. Or call us on {council_phone()}."]


DIRECT_PAYMENT_NOT_FOR_A_HOME = (
    "A direct payment is not usually used to pay to live in a care home. That is the same "
    "for a home with nurses.")
DIRECT_PAYMENT_IS_FOR = ("Direct payments are mostly for care at home, or for getting out and "
                         "about. They can sometimes pay for a short stay in a home, for a few weeks.")
DIRECT_PAYMENT_HOME_PAID = ("If someone moves to a home for good, the home is paid in a "
                            "different way. The council or the NHS can pay it.")


def direct_payment_home_lines() -> List[str]:
    return [DIRECT_PAYMENT_NOT_FOR_A_HOME, DIRECT_PAYMENT_IS_FOR, DIRECT_PAYMENT_HOME_PAID,
            "I know this can be a lot to take in. A person from the team can talk it through "
            f"with you. Or call us on {council_phone()}."]


LINES = {S117: s117_lines, CHC: chc_lines, DIRECT_PAYMENT_CARE_HOME: direct_payment_home_lines}


def lines_for(kind: str) -> List[str]:
    return LINES.get(kind, benefit_lines)()


def buttons_for(kind: str) -> List[Dict[str, str]]:
    if kind in LINES:
        return [texts.TALK_TO_A_PERSON]
    return [texts.TALK_TO_A_PERSON,
            {"title": "Find money help",
             "payload": '/find_service{"service_category": "money_matters"}'}]


# "what is a carers assessment and do I have to pay": the assessment itself is free.
ASSESSMENT_FREE = "The assessment is free. You do not pay for it."
ASKS_IF_IT_COSTS = re.compile(
    r"\b(?:do|will|would|does|must|have) (?:i|we|you|it|they|he|she|mum|dad|my \w+) (?:have to |need to |"
    r"got to )?(?:pay|cost)\b|\b(?:is it|is that|is this|is the assessment|is one) (?:free|paid)\b"
    r"|\bhow much (?:is it|does it cost|will it cost|do i pay)\b|\bany (?:cost|charge)\b",
    re.IGNORECASE)


def asks_if_it_costs(text: str) -> bool:
    """ "do I have to pay", "is it free", "how much does it cost" (about what was named)."""
    return bool(ASKS_IF_IT_COSTS.search(text or ""))


# "does it cost anything? we're not well off", "i was asking if the carers assessment costs
# money", "is it free?": whether help costs (round fourteen: Job Club, Work Tasters). A
# carer's assessment is free; help it leads to may cost something after a money check.
COSTS_ASKED = re.compile(
    r"\b(?:does|do|will|would|is|are|could|might)\s+(?:it|that|this|they|one|any of (?:it|this)|"
    r"(?:the |an? )?(?:carers? |needs )?assessments?)\s+(?:cost|costs|charge|be free|mean paying)\b"
    r"|\b(?:is|are) (?:it|that|this|they|(?:the |an? )?(?:carers? |needs )?assessments?) "
    r"(?:free|paid|paid for|chargeable)\b"
    r"|\bhow much (?:is it|is that|does it cost|will it cost|would it cost|do (?:i|we) (?:have to )?pay)\b"
    r"|\b(?:do|will|would|must) (?:i|we) (?:have to |need to |got to )?pay (?:for (?:it|that|this|"
    r"the assessment)|anything)\b"
    r"|\b(?:carers? |the |an? )assessments? costs?\b|\bcosts? (?:anything|money|owt|much)\b",
    re.IGNORECASE)
ASSESSMENT_NAMED = re.compile(r"\bassess", re.IGNORECASE)


def asks_what_help_costs(text: str) -> bool:
    """ "does it cost anything?", "is the carers assessment free": whether help costs."""
    said = str(text or "")
    return not said.startswith("/") and len(said.split()) <= MAX_WORDS and \
        bool(COSTS_ASKED.search(said))


ASSESSMENT_COSTS_NOTHING = "A carer's assessment is free. You do not pay for it."
ASKING_IS_FREE = "Asking us for help is free. A carer's assessment is free too."
HELP_MAY_COST = ("Some help, like care at home, may cost something. The council checks what you can "
                 "pay. Some people pay nothing.")


def cost_lines(about_assessment: bool) -> List[str]:
    """The honest answer to "does it cost anything?": the assessment is free; help it leads
    to may cost something, after a money check; a person can talk it through."""
    first = ASSESSMENT_COSTS_NOTHING if about_assessment else ASKING_IS_FREE
    return [first, HELP_MAY_COST,
            f"A person from the team can talk it through with you. Or call us on {council_phone()}."]


def all_texts() -> Dict[str, str]:
    found = {f"money_questions.s117[{i}]": line for i, line in enumerate(s117_lines())}
    found.update({f"money_questions.benefits[{i}]": line
                  for i, line in enumerate(benefit_lines())})
    found.update({f"money_questions.chc[{i}]": line for i, line in enumerate(chc_lines())})
    found.update({f"money_questions.direct_payment_home[{i}]": line
                  for i, line in enumerate(direct_payment_home_lines())})
    found["money_questions.assessment_free"] = ASSESSMENT_FREE
    found.update({f"money_questions.costs[{i}]": line
                  for i, line in enumerate(cost_lines(True) + [ASKING_IS_FREE])})
    return found

