"""Reads "how do I get care for my mum?" and says plainly what the way in is.

Round seventeen: Kasia, writing in simple English, asked "i want someone come to help my
mama with shower. how i do this? she not speak english, only polish" and was coached ("What
would be a first small step towards it?"). The way in is a needs assessment for her mum,
with a free interpreter when her mum speaks another language; Kasia can have a carer's
assessment of her own as well. Read the message through sounds_like.as_meant first.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from bot import texts
from bot.answers.about import FAMILY_WORDS, RELATIONSHIPS
from bot.answers.handoff_details import language_needed
from bot.language import finds_english_hard

# Care for someone in the family: "someone come to help my mama with shower", "a carer for
# mama", "help for my dad to get washed", "my mum needs help with dressing".
CARE_FOR = re.compile(
    r"\b(?:someone|somebody|some1|a carer|carers?|a person|help|care|support)\b(?:\s+\w+){0,3}?"
    r"\s+(?:for|help|helps|with|to help|to see|see|visit|look after)\s+(?:(?:my|our)\s+)?"
    r"(?P<rel>" + FAMILY_WORDS + r")\b"
    r"|\b(?:my|our)\s+(?P<rel2>" + FAMILY_WORDS + r")\s+(?:needs?|need|could do with)\s+"
    r"(?:a |some |more )?(?:help|care|carers?|someone|support)\b", re.IGNORECASE)
# Asking how: "how i do this?", "how do i get it", "who i ask?", "what do i do", "where do i
# start", "how does it work".
ASKS_HOW = re.compile(
    r"\bhow (?:i|do i|can i|would i|should i|we|do we|can we|does (?:it|this|that) work|to)\b(?:"
    r"\s+\w+){0,3}?(?:\s+(?:do|get|ask|start|arrange|apply|sort)\b|\W*$|\s*\?)|"
    r"\bwho (?:i|do i|should i|can i|must i) (?:ask|speak to|talk to|call|ring|contact)\b|"
    r"\bwhat (?:do|should|can|must) (?:i|we) do\b|\bwhere (?:do|can|should) (?:i|we) "
    r"(?:start|go|ask)\b|\bhow (?:i|do i|can i) (?:do|make) (?:this|that|it)\b", re.IGNORECASE)

# Round eighteen: "assalam o alaikum. my abbu is 81, he fall down 2 time this month, cannot
# cook khana himself now. we need help please" got "Sorry, I can't help with that" (in plain
# English too). A need told for a family member with a plea for help is the same way in.
NEED_TOLD = {
    "falls": re.compile(r"\b(?:falls?|fell|falling|fallen|fall(?:s|en)? down|fell down|"
                        r"keeps? falling|trip(?:s|ped)? over)\b", re.IGNORECASE),
    "meals": re.compile(r"\b(?:can ?not|cant|can'?t|not|no (?:longer|more)|unable to|"
                        r"struggles? to|stopped) (?:able to )?(?:cook|cooking|make (?:his|her|"
                        r"their) (?:food|meals?|dinner|tea)|eat(?:ing)? properly)\b|"
                        r"\bnot eating\b", re.IGNORECASE),
    "washing": re.compile(r"\b(?:can ?not|cant|can'?t|not|unable to|struggles? to) (?:wash|"
                          r"shower|bath|get washed|dress|get dressed)\b", re.IGNORECASE),
    "walking": re.compile(r"\b(?:can ?not|cant|can'?t|not|unable to) (?:walk|get about|get "
                          r"around|manage (?:the )?stairs)\b", re.IGNORECASE),
}
PLEA = re.compile(r"\b(?:need|needs|want|wants|get|any|some)\b(?:\s+\w+){0,2}?\s+help\b|"
                  r"\bhelp (?:please|pls|plz|him|her|them|us)\b|\bplease help\b|"
                  r"\bwhat (?:can|do|should) (?:we|i) do\b|\bcan (?:you|u|anyone|someone) "
                  r"help\b", re.IGNORECASE)
FAMILY_NAMED = re.compile(r"\b(?:my|our|mere|meri|mera)\s+(?P<rel>" + FAMILY_WORDS + r")\b",
                          re.IGNORECASE)
# Words of another language inside English ("assalam o alaikum", "abbu", "khana"): English
# may not be their first language, so the free interpreter is offered too.
OTHER_LANGUAGE_WORDS = re.compile(
    r"\b(?:assalam|asalam|assalamu|salaam|salam|alaikum|alaykum|abbu|abba ?ji|ammi|ammi ?ji|"
    r"khana|khaana|dawai|beta|beti|bhai|shukriya|inshallah|namaste|sat sri akal|pitaji|"
    r"mataji|dadi|nani)\b", re.IGNORECASE)
# What the assessment can bring, by the need told (said after "like").
LIKE = {"falls": "equipment to help stop falls", "meals": "help with meals",
        "washing": "help to wash or shower", "walking": "equipment to get about safely"}
LIKE_DEFAULT = "help to wash or shower"

WAY_IN = ("Your {who} can have a free needs assessment. Someone from the team talks with "
          "{them} about what help {they} {need}, like {like}.")
# With the needs told, what it can bring is its own sentence (kept short).
WAY_IN_FOR_NEEDS = ("Your {who} can have a free needs assessment. Someone from the team talks "
                    "with {them} about what help {they} {need}. It could be {like}.")
INTERPRETER = "The team will bring a free {language} interpreter."
NO_ENGLISH_NEEDED = {"she": "She does not need to speak English.",
                     "he": "He does not need to speak English.",
                     "they": "They do not need to speak English."}
START_OR_ASK = ("I can start it with you now, or the team can ring you about it. Which would "
                "you like?")
CARER_TOO = ("You help your {who}, so you can have a carer's assessment of your own too. It "
             "is about what would help you.")
START_BUTTON = {"title": "Start it for my {who}", "payload": "/start_self_assessment"}

SHE = {"mum", "mother", "wife", "daughter", "sister", "nan", "gran", "grandma", "grandmother",
       "aunt", "girlfriend", "stepmum", "mother-in-law", "sister-in-law", "daughter-in-law",
       "granddaughter", "niece", "stepdaughter"}
HE = {"dad", "father", "husband", "son", "brother", "grandad", "grandfather", "uncle",
      "boyfriend", "stepdad", "father-in-law", "brother-in-law", "son-in-law", "grandson",
      "nephew", "stepson"}


def _asks_how(text: str) -> Optional[str]:
    """The family member ("mum") when the message asks how to get care for them; else None."""
    said = str(text or "")
    found = CARE_FOR.search(said)
    if not found or not ASKS_HOW.search(said):
        return None
    word = (found.group("rel") or found.group("rel2") or "").lower()
    return RELATIONSHIPS.get(word)


def asks_how_to_get_care(text: str) -> Optional[str]:
    """The family member ("mum") when the message asks how to get care for them, or tells a
    need of theirs and asks for help; else None."""
    return _asks_how(text) or tells_a_need(text)


def needs_told(text: str) -> List[str]:
    """The needs told ("falls", "meals"), in ``NEED_TOLD`` order."""
    return [need for need, pattern in NEED_TOLD.items() if pattern.search(str(text or ""))]


def tells_a_need(text: str) -> Optional[str]:
    """ "my abbu ... he fall down 2 time, cannot cook ... we need help please": the family
    member, when a need of theirs is told with a plea for help."""
    said = str(text or "")
    family = FAMILY_NAMED.search(said)
    if family is None or not needs_told(said) or not PLEA.search(said):
        return None
    return RELATIONSHIPS.get(family.group("rel").lower())


def _pronouns(who: str) -> Dict[str, str]:
    if who in SHE:
        return {"them": "her", "they": "she", "need": "needs"}
    if who in HE:
        return {"them": "him", "they": "he", "need": "needs"}
    return {"them": "them", "they": "they", "need": "need"}


def answer(who: str, messages: List[str]) -> List[str]:
    """The way in for ``who`` (the needs assessment, an interpreter when a language is
    named in ``messages``), what happens next, and the carer's own assessment."""
    language = language_needed(messages)
    words = _pronouns(who)
    needs = needs_told(messages[0] if messages else "")
    like = " and ".join(LIKE[n] for n in needs[:2])
    lines = [(WAY_IN_FOR_NEEDS if like else WAY_IN).format(who=who, like=like or LIKE_DEFAULT,
                                                          **words)]
    if language:
        lines.append(f"{INTERPRETER.format(language=language)} "
                     f"{NO_ENGLISH_NEEDED[words['they']]}")
    elif messages and (OTHER_LANGUAGE_WORDS.search(str(messages[0]))
                       or finds_english_hard(str(messages[0]))):
        # ("english not so good sorry. my father need help he fall a lot": the interpreter
        # is offered with the way in, as the round-eight persona test asks.)
        lines.append(texts.offer_interpreter())
    lines += [START_OR_ASK, CARER_TOO.format(who=who)]
    return lines


def buttons(who: str) -> List[Dict[str, str]]:
    return [dict(START_BUTTON, title=START_BUTTON["title"].format(who=who)),
            dict(texts.ASK_FOR_A_CALL_BACK), dict(texts.I_LOOK_AFTER_SOMEONE)]


def all_texts() -> Dict[str, str]:
    return {
        "care_for_family/mum": " ".join(answer("mum", ["she only speaks polish"])),
        "care_for_family/dad": " ".join(answer("dad", ["he speaks urdu only"])),
        "care_for_family/partner": " ".join(answer("partner", ["they only speak welsh"])),
        "care_for_family/button": buttons("mum")[0]["title"],
        "care_for_family/falls": " ".join(answer("father", [
            "my father fell twice, cannot cook now. we need help please"])),
    }
