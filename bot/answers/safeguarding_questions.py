"""Questions about what happens after abuse is told: "what would the safeguarding team do?
would they go and see him?", "what does safeguarding mean, is that the police?", "i dont
want him arrested", "do they tell him it was me".

Whether the person tells at all often hangs on these answers (round fourteen: an 81-year-old
whose son takes her pension asked three times and was met with the check-in again, or had
her question kept as her "wish"). The answers are plain and true to Making Safeguarding
Personal: the team talks to the person first, she decides what happens, they do not go to
the person harming her without her say, and it is not the police unless someone is in
danger. Pure functions: the actions give them what was typed.
"""
from __future__ import annotations

import re
from typing import Dict, List

from bot.answers.text import words_only

WHAT_THEY_DO = "what_they_do"
POLICE = "police"

_TEAM = (r"(?:the )?(?:safeguarding|safe guarding|safegaurding|saftey|safety)(?: team| people| "
         r"lot| number| line)?|(?:the |that )?(?:team|council|social services|social worker|"
         r"number)|they|you|u|anyone|someone|somebody")
# "what would they do", "what happens if i ring that number", "would they go and see him",
# "will they talk to him", "do they tell him it was me", "will he find out"
_WOULD = r"(?:would|wud|wd|will|do|does|did|can|could|might|should|are|r)"
_HIM = (r"(?:him|her|them|my son|my daughter|my husband|my wife|my partner|my grandson|my "
        r"granddaughter|my nephew|my brother|my sister|my carer|the family|my family)")
WHAT_THEY_DO_WORDS = re.compile(
    rf"\bwhat {_WOULD} (?:{_TEAM}) (?:actually |really |even )?do\b"
    r"|\bwhat (?:happens|would happen|will happen|happens then|then) (?:if|when|after|once) (?:i|we)"
    r" (?:ring|call|phone|tell|told|rang|called|report|say|said|contact|speak|talk|do)\b"
    rf"|\b{_WOULD} (?:{_TEAM}) (?:go|come|going to go|going to come|gonna go|gonna come|visit|"
    r"see|talk to|speak to|ring|call|phone|contact|tell|say to|confront|go round to|go and see|"
    r"come and see|come round|go round) (?:and see |and talk to |and speak to |round to |to see |"
    rf"to talk to )?{_HIM}\b"
    r"|\b(?:would|wud|will|does|do|could|might) (?:he|she|they|my \w+) (?:find out|know|be told|"
    r"get told|hear)\b(?:\s+\S+){0,3}?\s*(?:it was me|i told|i rang|i said|i called|i was on|"
    r"about this|about me)\b")
# "is that the police", "will they call the police", "i dont want him arrested", "will he get
# in trouble", "do the police get involved"
POLICE_WORDS = re.compile(
    r"\b(?:is|isnt|is not|are|arent) (?:that|it|this|they|safeguarding|the safeguarding team|"
    r"the team|them) (?:the |like the |part of the |with the )?(?:police|polis|coppers|cops)\b"
    r"|\b(?:will|would|wud|do|does|could|might|can|have to|must) (?:they|you|u|the team|"
    r"safeguarding|the safeguarding team|someone|the council) (?:call|ring|get|bring in|bring|"
    r"involve|tell|contact|phone|report (?:him|it) to|send) (?:in )?(?:the )?(?:police|polis|"
    r"coppers|cops)\b"
    r"|\b(?:police|polis|coppers|cops) (?:get|be|are|is|come|coming)(?: \w+)? involved\b"
    r"|\b(?:will|would|wud|do|does|could|might|do i have to have) (?:the )?(?:police|polis|coppers|"
    r"cops) (?:come|come round|turn up|be called|get called|be told|get told|be there|know|"
    r"find out|have to come|need to come|be involved|get involved)\b"
    r"|\b(?:arrested|arrest him|arrest her|arrest them|locked up|prosecuted|charged)\b"
    r"|\b(?:will|would|could|might|does|do) (?:he|she|they|my \w+) (?:get|be|go) (?:in|into|to) "
    r"(?:trouble|bother|prison|jail|court)\b")
ASKED = re.compile(r"\?|^(?:what|would|wud|wd|will|do|does|is|are|can|could|might|if)\b|"
                   r"\b(?:i dont want|i do not want|i wouldnt want|i would not want)\b")
# "what does safeguarding mean, is that the police?": the word is explained, then the
# question it came with is answered.
ASKS_THE_WORD = re.compile(r"\b(?:what|wat|wot) (?:does|is|do|s)? ?(?:safeguarding|safe "
                           r"guarding|safegaurding)\b(?: mean| even mean| mean exactly)?")

THEY_TALK_TO_YOU = ("The safeguarding team talks to you first. They ask what you would like to "
                    "happen, and you decide. They do not go to see him or tell him what you "
                    "said unless you agree. If someone is in danger, they may act sooner.")
NOT_THE_POLICE = ("Safeguarding is not the police. It is a council team that helps keep "
                  "adults safe. They only bring in the police if someone is in danger, or if "
                  "you want them to.")
SAFEGUARDING_MEANS = ("Safeguarding means keeping adults safe from harm. The council's "
                      "safeguarding team does this.")


# "Will Carol find out?", "will they tell Carol I said anything?", "will my carer find out i
# told you", "does he have to know": whether the person harming them learns who told.
# Round seventeen: after a carer who locks him in, answered with the next question, the
# menu, or the complaints privacy words.
TELL_THEM = "tell_them"
_NOT_THEM = (r"(?!(?:they|you|u|the team|your team|i|it|that|this|there|we|anyone|someone|"
             r"somebody|the council|social services)\b)")
_WHO = (rf"(?P<who>{_NOT_THEM}(?:(?:my|the|our) (?:paid )?\w+|he|she|him|her|[a-z]{{3,15}}))")
_LEARNS = (r"(?:ever |be able to |need to |have to |got to |going to |gonna )?(?:find out|know|kno|"
           r"no|be told|get told|hear about (?:it|this)|hear|work (?:it )?out|guess)")
_ABOUT_ME = (r"(?:\s+(?:that\s+)?(?:i|it was me|it s me|its me|about (?:this|me|it|what i \w+)|what i "
             r"(?:said|told|wrote|typed|did)|i (?:told|said|spoke|talked|rang|called|asked|wrote|"
             r"contacted|was on|have told|ve told)|anything|owt)\b|\s*$)")
FINDS_OUT = re.compile(
    rf"\b(?:will|wil|would|wud|could|might|does|do|is|wont|can|has|have)\s+{_WHO}\s+{_LEARNS}"
    rf"{_ABOUT_ME}")
TEAM_TELLS = re.compile(
    r"\b(?:will|wil|would|wud|do|does|wont|could|might|are|r|is|can)\s+(?:you|u|they|the team|"
    r"your team|the council|someone|anyone|somebody|social services|safeguarding|the "
    r"safeguarding team)\s+(?:going to |gonna |have to |need to )?(?:tell|inform|say (?:anything |"
    r"owt |it )?to|let|mention (?:it |this |that |anything )?to|speak to|talk to)\s+"
    rf"(?P<who>{_NOT_THEM}(?:(?:my|the|our) (?:paid )?\w+|him|her|[a-z]{{3,15}}))"
    r"(?:\s+know)?(?:\s+(?:that\s+)?(?:i|it was me|it s me|its me|what i|about (?:me|this|it|what)|"
    r"anything|owt)\b|\s*$)")
# Never a name: words that follow "will" in everyday questions.
NOT_A_NAME = frozenset(("the", "a", "an", "be", "me", "my", "his", "her", "their", "what", "when",
                        "where", "how", "why", "who", "which", "not", "still", "just", "really",
                        "also", "even", "ever", "all", "both", "people", "staff", "carers",
                        "family", "others", "everyone", "everybody", "nobody", "no", "one",
                        "ring", "call", "phone", "come", "help", "get", "go", "need", "have",
                        "want", "like", "make", "take", "give", "use", "see", "know", "tell",
                        "find", "this", "that", "these", "those", "there", "here", "any",
                        "more", "much", "many", "some", "so", "very", "too", "only", "then",
                        "now", "soon", "later", "today", "tomorrow", "mum", "dad"))


def who_finds_out(text: str) -> str:
    """Who might learn that they told, as the reply names them: the name typed ("Carol"),
    "your carer" for "my carer", else "them"; "" when the message does not ask it."""
    if not text or text.startswith("/"):
        return ""
    for clause in re.split(r"[.?!;\n]+", text):
        plain = words_only(clause)
        found = TEAM_TELLS.search(plain) or FINDS_OUT.search(plain)
        if not found:
            continue
        who = found.group("who")
        if who in NOT_A_NAME:
            continue
        if who.startswith(("my ", "our ")):
            return "your " + who.split(" ", 1)[1]
        if who.startswith("the "):
            return who
        if who in ("he", "she", "him", "her"):
            return "them"
        typed = re.search(rf"\b({re.escape(who)})\b", clause, re.IGNORECASE)
        return typed.group(1)[0].upper() + typed.group(1)[1:] if typed else who.title()
    return ""


def wont_tell_them(who: str) -> str:
    """The honest answer to "will Carol find out?" after harm was told (Making Safeguarding
    Personal: they talk to the person first; danger may mean acting sooner)."""
    return (f"The team will talk to you first. They will not tell {who or 'them'} that you "
            "told us without talking to you first. If someone is in danger, they may need to "
            "act to keep people safe. If so, they will tell you.")


def safeguarding_question(text: str) -> str:
    """WHAT_THEY_DO or POLICE when this message asks what telling would lead to; else ""."""
    if not text or text.startswith("/"):
        return ""
    plain = words_only(text)
    if not ASKED.search(plain) and "?" not in text:
        return ""
    if POLICE_WORDS.search(plain):
        return POLICE
    if WHAT_THEY_DO_WORDS.search(plain):
        return WHAT_THEY_DO
    return ""


# A question in form, not a wish said plainly ("not the police, i just want my money back"
# at "What would you like to happen now?" is the wish, kept as told).
QUESTION_FORM = re.compile(r"^(?:but |so |and |ok |oh )?(?:what|wat|wot|would|wud|wd|will|do|does|"
                           r"is|are|can|could|might|if)\b")


def asks_it(text: str) -> bool:
    """True when the message is put as a question (a mark, or a question's first word)."""
    return "?" in (text or "") or any(QUESTION_FORM.search(words_only(part)) for part in
                                      re.split(r"[.!;\n]+", text or "") if part.strip())


ASKS_WHAT_HAPPENS = re.compile(r"\bwhat (?:would|wud|will|happens|do|does|did|then)\b")


def answer(text: str, asked_only: bool = False) -> List[str]:
    """The plain answer to the question in this message, or [] when it asks none. With
    ``asked_only``, a statement ("i dont want him arrested") is not taken for a question."""
    who = who_finds_out(text)
    kind = safeguarding_question(text)
    if who and not (kind == WHAT_THEY_DO and ASKS_WHAT_HAPPENS.search(words_only(text))):
        # "will Carol find out?": a question by its words ("what happens if i ring. do they
        # tell him it was me?" is answered by what they do, which says it)
        return ([NOT_THE_POLICE] if kind == POLICE else []) + [wont_tell_them(who)]
    if not kind or (asked_only and not asks_it(text)):
        return []
    lines = [SAFEGUARDING_MEANS] if ASKS_THE_WORD.search(words_only(text)) else []
    lines.append(NOT_THE_POLICE if kind == POLICE else THEY_TALK_TO_YOU)
    if kind == POLICE and WHAT_THEY_DO_WORDS.search(words_only(text)):
        lines.append(THEY_TALK_TO_YOU)
    return lines


def all_texts() -> Dict[str, str]:
    """Lines said to the person (bot/bot_words.py)."""
    return {"safeguarding_questions.wont_tell_them": wont_tell_them("Carol"),
            "safeguarding_questions.wont_tell_them[your carer]": wont_tell_them("your carer"),
            "safeguarding_questions.they_talk_to_you": THEY_TALK_TO_YOU,
            "safeguarding_questions.not_the_police": NOT_THE_POLICE,
            "safeguarding_questions.means": SAFEGUARDING_MEANS}
