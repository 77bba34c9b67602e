"""Listen and connect: a short, human answer to what someone tells us about their life.

The Three Conversations model starts by listening. Echoing a person's whole message back in
quotes is not listening. This module reads what was said for a few plain themes (a death,
being alone, being worn out by caring, worry about safety at home, a wish for the future,
money, what is still going well) and answers with a reflection (OARS: affirm, reflect, then
one open question) and the next steps that fit. Pure and fast: no model, unit-tested.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from bot import texts
from bot.answers.about import FAMILY_WORDS
from bot.answers.text import clean, words_only
from bot.caring_alone import caring_alone, says_lonely, without_caring_alone
from bot.answers import falls
from bot.corrections import denies_a_loss
from bot.own_words import (hardest_time_in, likes_in, missed_in, missed_name_in, named_in,
                           people_named_in, pronoun_for,
                           with_names, yours)
from bot.phrases import all_matches, any_word



THEMES: List[Tuple[str, re.Pattern]] = [
    # "dead" as in a death, never "dead on my feet", "dead tired", "dead good", "dead nice"
    # (round twelve: "im dead on my feet" got "I am so sorry for your loss")
    # A hint about home, nothing named ("its a bit tricky at home since my son moved back
    # in, thats all"): a gentle open door, never a goodbye nor money advice (round 18).
    ("home_hard", any_word(
        r"(?:a bit |bit |quite |very |really |so |getting |got |gotten |been )*(?:tricky|difficult|"
        r"hard|awkward|tense|strained|not (?:great|good|easy|nice|right)|arent great|"
        r"aren'?t great|isnt great|isn'?t great|rough|horrible|a struggle|not so good) (?:at|in) "
        r"(?:home|the house|my house|my flat|the flat)",
        r"(?:home|things at home|home life|the house)(?: is| are|s|'s)? (?:a bit |getting |got |been |"
        r"so |really |quite )*(?:tricky|difficult|hard|awkward|tense|strained|not (?:great|good|"
        r"easy|nice|right)|rough|horrible)",
        r"things (?:have |are |have got |have gotten |are getting |got |have been |been )?(?:a bit |"
        r"quite |very |really |so )*(?:tricky|difficult|hard|awkward|tense|strained|not (?:great|"
        r"good|easy|nice|right)|rough) (?:at home|in the house|since (?:my|our|he|she|they))",
        r"(?:arent|aren'?t|not) great at home")),
    ("grief", any_word(r"passed away", r"passed on", r"died",
                  r"dead(?! (?:on my feet|on your feet|tired|beat|good|nice|easy|keen|lucky|"
                  r"proud|chuffed|busy|quiet|right|funny|heavy|slow|late|early|cold|hot|"
                  r"boring|set|against|on|serious|worried|scared|excited)\b)", r"death of",
                  r"funeral",
                  r"(?:lost|losing) my (?:" + FAMILY_WORDS + r"|wife|husband|partner|best friend)",
                  r"widow(?:er|ed)?", r"bereave\w*", r"since (?:he|she) went", r"grieving",
                  r"(?:my|our) late (?:" + FAMILY_WORDS + r")",
                  r"never (?:came|come) (?:back )?home",
                  r"(?:" + FAMILY_WORDS + r"|wife|husband|partner|she|he) (?:\w+ )?passed(?! (?:the|my|her|his|a|an)\b)", r"(?:since|after) (?:i|we) lost (?:her|him)",
                  r"talk to (?:her|his|their) (?:photo|picture|grave)", r"(?:her|his) (?:grave|ashes)",
                  r"(?:went|gone) into the hospice", r"(?:was|were) taken from (?:us|me)")),
    # "i just miss her": missing someone, living or not; said back in their words.
    ("missing", any_word(r"(?:i|we) (?:just |really |still |do |so )*miss(?:ed)? (?:her|him|them|"
                    r"my (?:" + FAMILY_WORDS + r"|wife|husband|partner|friend)|our (?:" +
                    FAMILY_WORDS + r"))")),
    # "i could really do with a break", "respite": a carer asking for time off caring.
    ("break", any_word(r"(?:a|some|short|proper|little) break(?: from (?:it|caring|him|her|them))?",
                  r"respite", r"sitting service", r"(?:a|one) (?:night|day|weekend|evening) off",
                  r"(?:even|just) (?:one|a) night", r"(?:a|some) breather",
                  r"time (?:for|to) myself", r"(?:a|some) time off")),
    ("carer_strain", any_word(r"exhausted", r"shattered", r"knackered", r"worn out", r"burn(?:t|ed) out",
                         r"running on empty", r"end of my tether", r"at my wits end",
                         r"(?:not|never) had a (?:day off|break|night off|holiday)",
                         r"something (?:has|s) (?:got )?to give", r"cant (?:cope|keep (?:going|this up|doing this))",
                         r"(?:could|can) sleep for a (?:week|month|year)", r"no time for me",
                         r"on my knees", r"at breaking point", r"too much for me",
                         r"no life of my own", r"(?:so|really|very|that|dead|proper) tired",
                         r"dead on my feet",
                         # Roman Urdu and Punjabi said with English ("bohat thak gayi hoon":
                         # I am very tired)
                         r"thak (?:gayi|gai|gaya|gya|gyi|jati|jata|chuki|chuka)",
                         r"(?:bohat|bahut|bohot|boht) thaki? (?:hui|hua|hoon|hun)")),
    ("lonely", any_word(r"lonely", r"(?:i|we) miss (?:my|our|having) (?:" + FAMILY_WORDS + r"|friends|"
                   r"mates|family|company)", r"loneliness", r"on my own", r"by myself", r"no one to talk to",
                   r"nobody to talk to", r"isolated", r"no friends", r"dont see (?:anyone|anybody)",
                   # "i dont have friends tho", "no mates really", "wud like some friends"
                   # (round fourteen: "Sorry, I did not understand that").
                   r"(?:i )?(?:dont|do not|havent|have not|aint|never) (?:really )?(?:have|got|"
                   r"had)? ?(?:any |many |no |real )?(?:friends|mates|pals)",
                   r"no (?:real )?(?:mates|pals)", r"(?:lost|lost touch with) (?:all )?(?:my )?"
                   r"(?:friends|mates)",
                   r"(?:like|want|need|make|find|meet|get) (?:some |new |more |a few )?"
                   r"(?:friends|mates)(?! (?:with|of)\b)",
                   r"(?:havent|have not|not) seen (?:anyone|anybody|my friends|a soul)",
                   r"(?:four|4) walls", r"all alone", r"miss (?:having )?company",
                   r"(?:some|more|a bit of) company", r"someone to talk to",
                   r"(?:i|we) (?:just )?sit (?:here |at home |in )?(?:on my own|alone|all day|most of "
                   r"the day|with the (?:radio|telly|tv))", r"just sit", r"(?:radio|telly|tv) on all day",
                   r"(?:nobody|no one|noone) (?:much |really )?(?:knocks|calls|rings|visits|comes round|"
                   r"comes|pops in)", r"talk to the (?:tv|telly|cat|dog|walls)",
                   r"days are (?:long|empty)")),
    # "the alarm thing you wear round your neck": telecare, asked about in everyday words.
    ("telecare", any_word(r"(?:personal|pendant|neck|wrist|falls?|careline|lifeline|community|care) "
                     r"alarms?", r"alarm (?:\w+ ){0,2}(?:you|to|they|she|he|i|we) (?:wear|press|have)",
                     r"telecare", r"(?:button|pendant|alarm) (?:\w+ ){0,3}(?:round|around|on) "
                     r"(?:your|her|his|my|the) (?:neck|wrist)")),
    # "now she need help wash every day": everyday care (washing, dressing, meals, toilet).
    ("daily_care", any_word(r"(?:need|needs|needing|want|wants) (?:some )?help (?:with |to )?(?:her |his |my |the )?"
                       r"(?:wash|washing|bath|bathing|shower|showering|dress|dressing|getting dressed|"
                       r"eat|eating|meals|cooking|toilet|toileting|going to the toilet|personal care)",
                       r"(?:cant|can not|cannot|struggles to|struggling to) (?:\w+ )?(?:wash|bath|"
                       r"shower|dress|get dressed|cook|eat|get to the toilet)")),
    ("safety_at_home", any_word(r"falls?", r"fell", r"falling", r"fallen", r"keeps? falling", r"(?:left|leaves) the gas on",
                           r"gas (?:was )?(?:left )?on", r"hob on", r"gets? lost", r"got lost",
                           r"wander(?:s|ing|ed)?", r"goes out at night", r"forgets? (?:her|his|their) "
                           r"(?:tablets|medication|meds|pills)", r"left the door open",
                           r"cant get up",
                           # "i had a wobble in the kitchen", "the stairs are getting hard"
                           # (round sixteen: a widower got the carer's script)
                           r"(?:a|another|the odd|little|bit of a) (?:wobble|tumble)",
                           r"(?:nearly|almost) (?:went|gone) over",
                           r"(?:stairs|steps) (?:are|is) (?:getting )?(?:hard|harder|difficult|"
                           r"a struggle|too much)",
                           r"struggl\w* (?:with |on )?(?:the )?(?:stairs|steps)",
                           r"(?:legs|knees) (?:keep )?(?:giving way|buckling)",
                           r"unsteady on my (?:feet|legs)", r"wobbly on my (?:feet|legs)")),
    ("money", any_word(r"bills", r"(?:a|the|gas|electric|electricity|phone|water|tax|heating) bill",
                  r"debts?", r"afford", r"benefits?", r"skint", r"money worries",
                  r"pay for (?:care|it|the care)", r"overdrawn", r"arrears")),
    ("used_to", any_word(r"used to \w+", r"(?:i|we|she|he|they) (?:miss|misses) \w+ing",
                    r"(?:gave|give) up (?:the|my|her|his)", r"(?:stopped|had to stop) (?:going|doing)")),
    ("wish", any_word(r"(?:i|we|she|he|they) (?:want|wants|would like|d like|wish|wishes|hope|hopes|"
                 r"dream of) (?:to|a|an|some|my|to get|to go|to be|to have|being|going|"
                 r"doing|getting)",
                 r"(?:i|we)d love to", r"would love to",
                 r"(?:dying|desperate|cant wait|itching|longing|keen|hoping) to (?:get back to|go|get|"
                 r"start|try|do|see)", r"(?:my|our) goal", r"one day (?:i|we)",
                 r"^(?:i )?(?:want|wanna|would like|d like) (?:to |a |an |some |more )?\w+",
                 r"(?:want|wants|need|would like|d like|wish for|looking for|make|making|meet|"
                 r"meeting) (?:some |more |a |new |a few )?(?:friends?|frends|freinds|mates|pals|"
                 r"people (?:my|of my) age)",
                 r"^(?:i )?(?:would )?like to (?:meet|make|go|do|join|try|learn|get|find|start)")),
    ("strength", any_word(r"(?:i|she|he|they|we) (?:still|can still) \w+", r"(?:i|she|he|they) (?:love|loves|"
                     r"enjoy|enjoys)", r"proud of", r"good at", r"keeps? (?:me|her|him|them) going",
                     r"(?:my|her|his) (?:garden|allotment|dog|cat|church|choir|club|grandkids|"
                     r"grandchildren)")),
]

GOAL = re.compile(
    r"\b(?:want|wants|would like|d like|wish|wishes|hope|hopes|love|dream of|dying|desperate|"
    r"cant wait|itching|longing|keen|hoping) "
    r"(?:to )?(?P<goal>(?:get|go|be|have|find|do|start|learn|work|see|join|try|make|meet|sing|"
    r"swim|walk|dance|play|volunteer|visit|stay|keep)\b(?: \w+){0,5})")
USED_TO = re.compile(
    r"\bused to (?:love |enjoy |like |really love )?(?P<act>\w+(?: \w+){0,4})"
    r"|\b(?:miss|misses) (?P<act2>\w+ing(?: \w+){0,4})")
WANTS_A = re.compile(r"\b(?:want|wants|would like|d like|wish for|hope for) (?P<thing>(?:a|an|some|"
                     r"more) \w+(?: \w+){0,4})")
# Where a quoted span stops: time words and joins ("every week", "since my hip", "but").
STOP = re.compile(r"\b(?:since|every|each|last|until|before|after|when|because|cos|but|and|so|"
                  r"now|anymore|any more|these days|terribly|really|so much|again|though|if|"
                  r"like|lol|tbh|please|x+)\b")


# Words a phrase cannot end on: "a break just one night where" reads as cut off.
DANGLING = {"where", "when", "that", "which", "who", "whom", "whose", "and", "or", "but", "so",
            "because", "cos", "if", "just", "the", "a", "an", "to", "of", "for", "with", "in",
            "on", "at", "my", "your", "his", "her", "their", "our", "some", "is", "was", "be"}


def _trim(span: str) -> Optional[str]:
    words = yours(STOP.split(span)[0].strip()).split()
    while words and words[-1] in DANGLING:
        words.pop()
    span = " ".join(words)
    return span if span and len(words) <= 6 else None
OTHER_LANGUAGE_OR_JUNK = re.compile(r"^[^a-z]*$")
RELATION = r"(?:my|our) (?:late )?(?P<rel>" + FAMILY_WORDS + r"|wife|husband|partner)(?: \w+)?"
THEIR_PAST = re.compile(r"\b(?:(?P<who>she|he)|" + RELATION + r") used to\b")
WE_TOGETHER = any_word(r"we", r"together", r"the (?:two|both) of us", r"me and \w+")
# "i used to go to church with him", "i used to cook for the two of us": done with someone,
# perhaps someone who has died, so never "What stopped it?".
SHARED_PAST = any_word(r"we (?:always |both )?used to", RELATION + r" used to", r"me and \w+ used to",
                  r"used to \w+(?: \w+){0,5} together", r"(?:she|he) used to",
                  r"the (?:two|both) of us used to",
                  r"used to \w+(?: \w+){0,5} (?:with|for) (?:him|her|them|the (?:two|both) of us|"
                  r"(?:my|our) (?:late )?(?:" + FAMILY_WORDS + r"|wife|husband|partner))")


@dataclass
class Reflection:
    themes: List[str]
    lines: List[str]
    buttons: List[Dict[str, str]] = field(default_factory=list)


def themes_in(text: str) -> List[str]:
    words = words_only(clean(text))
    if not words or OTHER_LANGUAGE_OR_JUNK.match(words):
        return []
    found = all_matches(THEMES, words)
    if caring_alone(words):
        # "im on my own with it all": no help with the caring, not loneliness; a break, a
        # carer's assessment and a plan fit (the worn-out carer's reply), groups only when
        # they say they are lonely too.
        if "lonely" in found and not ("lonely" in all_matches(THEMES, without_caring_alone(words))
                                      or says_lonely(words)):
            found.remove("lonely")
        if "carer_strain" not in found:
            found.append("carer_strain")
    if "missing" not in found and missed_name_in(words):
        found.insert(0, "missing")       # "i miss jean so much"
    if "grief" in found and denies_a_loss(words):
        found.remove("grief")   # "bereavement?? no. mama is alive": putting us right
    # "I miss my wife" is grief, not a wish to work towards.
    if "grief" in found or "missing" in found:
        found = [t for t in found if t not in ("wish", "used_to", "strength")]
    if "grief" in found and "missing" in found:
        found.remove("grief")   # "I miss her" said back in her words, with the loss in it
    if "carer_strain" in found and "safety_at_home" in found and \
            falls.tells_of_own_fall(text) and not falls.about_caring(text):
        # "the stairs are getting too much for me and i had a wobble": their own fall,
        # not a carer worn out.
        found.remove("carer_strain")
    # "we used to do the garden together": a shared memory, not a hobby to get back to.
    if "used_to" in found and SHARED_PAST.search(words):
        found[found.index("used_to")] = "memory"
    return found


def tells_of_a_loss(text: str) -> bool:
    """A death, missing someone or being alone: what the grief route answers. A guess of
    grief with none of these ("stroke last year, she need help wash") is listened to."""
    return bool({"grief", "missing", "lonely"} & set(themes_in(text)))


def goal_in(text: str) -> Optional[str]:
    """ "get a job in a shop", "a job": what they would like, short enough to say back."""
    words = words_only(clean(text))
    match = GOAL.search(words)
    if match:
        return _trim(match.group("goal"))
    match = WANTS_A.search(words)
    return _trim(match.group("thing")) if match else None


def activity_in(text: str) -> Optional[str]:
    """ "singing in the choir": something they used to do, said back only as an -ing phrase
    ("It sounds like singing in the choir meant a lot"), otherwise not at all."""
    match = USED_TO.search(words_only(clean(text)))
    if not match:
        return None
    act = _trim(match.group("act") or match.group("act2") or "")
    return act if act and act.split()[0].endswith("ing") else None


def _button(title: str, payload: str) -> Dict[str, str]:
    return {"title": title, "payload": payload}


FIND = "/find_service"
TALK = texts.TALK_TO_A_PERSON
PLAN = _button("Plan for a good life", "/start_self_assessment")
CARER = _button("A carer's assessment", "/start_carer_assessment")
TELL_MORE = _button("Tell you more", "/listen_connect")


def _find(title: str, category: str) -> Dict[str, str]:
    return _button(title, FIND + '{"service_category": "' + category + '"}')


# What we say for each theme: (reflection, buttons). One open question ends the reply.
SAID: Dict[str, Tuple[str, List[Dict[str, str]]]] = {
    "home_hard": ("Thank you for telling me. It sounds like things are not easy at home "
                  "just now.",
                  [TELL_MORE, TALK]),
    "grief": ("I am so sorry for your loss. That is a lot to carry, and there is no right "
              "way to feel.",
              [TELL_MORE, _find("People to talk to", "health_and_wellbeing"), TALK]),
    "missing": ("It sounds like you miss them very much. That is hard, and it is OK to "
                "say so.",
                [TELL_MORE, _find("People to talk to", "health_and_wellbeing"), TALK]),
    "break": ("You would like a break. That is OK to ask for, and it helps you both.",
              [_button("Ask for a call back", "/request_human"), CARER,
               _find("Help for carers", "looking_after_someone")]),
    "carer_strain": ("It sounds like you are worn out. You do a lot, and it is OK to say it is "
                     "too much. You can have a break, and a plan for if you could not care.",
                     [CARER, _find("Help for carers", "looking_after_someone"),
                      _button("Ask for a call back", "/request_human")]),
    "lonely": ("It sounds lonely at the moment. A lot of people feel like that, and it can "
               "change.",
               [_find("Groups and company nearby", "things_to_do"), TELL_MORE, TALK]),
    "telecare": ("You may mean a personal alarm. It is a button you wear on your wrist or "
                 "round your neck. If you fall or feel unwell, you press it and someone answers, "
                 "day or night. It helps people stay safe at home.",
                 [_find("Equipment that keeps people safe", "technology"), PLAN, TALK]),
    "daily_care": ("It sounds like things like washing or dressing are hard just now. "
                   "We can help with that. A carer can come in, or some equipment can make "
                   "it easier.",
                   [PLAN, _find("Help at home", "living_independently"), TALK]),
    "safety_at_home": ("It is worrying when someone might fall or get hurt at home. Some "
                       "equipment can help. A button to wear calls for help after a fall. An alarm "
                       "can warn about gas.",
                       [_find("Equipment that keeps people safe", "technology"), PLAN, TALK]),
    "money": ("Money worries are stressful. You are not the only one, and there is free "
              "advice.",
              [_find("Money help", "money_matters"), TALK]),
    "wish": ("It is good to hear what you would like. That is a good place to start.",
             [PLAN, _find("Things to do nearby", "things_to_do"), TELL_MORE]),
    "used_to": ("It sounds like that meant a lot. It may be possible to get back to it, "
                "or to something like it.",
                [_find("Things to do nearby", "things_to_do"), PLAN, TELL_MORE]),
    "memory": ("That sounds like a good memory of your time together. Thank you for "
               "telling me about it.",
               [_find("Things to do nearby", "things_to_do"), TELL_MORE, TALK]),
    "strength": ("That sounds like something that matters. It is good to build on what "
                 "already works.",
                 [PLAN, TELL_MORE]),
}
# Said after the "break" reflection: what a break can be, and the plan for an emergency.
BREAK_OPTIONS = ("A break can be someone sitting with them for an evening, a day centre, or "
                 "a short stay away. A carer's assessment can set it up. It can also make a "
                 "plan for if you suddenly could not care.")
def theme_heading(text: str) -> Optional[str]:
    """The directory heading the reply to what was said would offer first ("it's being on my
    own thats the trouble" -> things to do), or None."""
    themes = themes_in(text)
    # Being on their own is what local groups answer best, before a loss or a wish.
    for theme in (["lonely"] if "lonely" in themes else []) + themes:
        for button in SAID.get(theme, ("", []))[1]:
            found = re.search(r'"service_category": "(\w+)"', button.get("payload", ""))
            if found:
                return found.group(1)
    return None


OPEN_QUESTIONS: Dict[str, str] = {
    "home_hard": "Would you like to tell me a bit more about home? You do not have to.",
    "missing": "What helps, even a little, when it feels like that?",
    "break": "Would you like someone from the team to call you about a break?",
    "grief": "What has been the hardest part, day to day?",
    "carer_strain": "What would help you most right now?",
    "lonely": "Who or what used to bring you company?",
    "safety_at_home": "What worries you most about it?",
    "telecare": "Would you like to find out how to get one?",
    "daily_care": "What would help most with that, day to day?",
    "money": "Would you like to find free advice near you?",
    "wish": "What would be a first small step towards it?",
    "used_to": "What stopped it, and what would help you start again?",
    "memory": "Is there a part of that you would like to keep in your life now?",
    "strength": "What helps that keep going?",
}
NOTHING_HEARD = "Thank you for telling me."
GENERAL_QUESTION = "What would make the biggest difference for you right now?"
# Talk about their life that no theme covers: heard, then the ways to go on.
THANK_YOU_FOR_TELLING = "Thank you for telling me about that. I am listening."
OWN_WORDS_QUESTION = "What would you like to do more of?"
LIFE_TALK_QUESTION = "What matters most to you about it?"
GO_ON = [PLAN, _find("Groups and company nearby", "things_to_do"), TALK]
# After "dont know" to an open question: the simplest ways on.
GO_ON_SIMPLY = [_find("Groups and company nearby", "things_to_do"),
                _button("Find local help", FIND), TALK]
# "Not sure if this is the sort of thing you deal with": yes, tell me.
RIGHT_PLACE = ("Yes, you are in the right place. I can help with care and support, for you "
               "or for someone you look after. No question is too small.")
RIGHT_PLACE_QUESTION = "What would you like to ask?"


def _up_to_six(span: str) -> str:
    """ "do all the baking for the church" -> "do all the baking": a long span stops before
    its first "for", "at", "in", "with" after two words, or at six words."""
    words = span.split()
    if len(words) <= 6:
        return span.strip()
    for i, word in enumerate(words[2:6], start=2):
        if word in ("for", "at", "in", "on", "with", "from", "round", "down", "up"):
            return " ".join(words[:i])
    return " ".join(words[:6])


def their_past_in(text: str, names: Optional[Dict[str, str]] = None) -> Optional[Tuple[str, str]]:
    """ "my wife jean used to do all the cooking" -> ("Jean", "do all the cooking"): who
    used to do what, named as they named them ("your dad", "her"); None for "we used to"."""
    words = words_only(clean(text))
    their = THEIR_PAST.search(words)
    if not their or WE_TOGETHER.search(words):
        return None
    pronoun = ("him" if their.group("who") == "he" else "her" if their.group("who")
               else pronoun_for(their.group("rel")))
    who = with_names(their.group("rel") or pronoun, names or {})
    if who in FAMILY_WORDS.split("|") + ["wife", "husband", "partner"]:
        who = "your " + who
    rest = _trim(_up_to_six(words[their.end():])) or ""
    return who, yours(rest)


def memory_line(text: str, names: Optional[Dict[str, str]] = None) -> Optional[str]:
    """A memory said back in their words: "It sounds like the garden meant a lot to you
    both." for what they did together; "That sounds like it mattered a lot. Thank you for
    telling me about Bill." for what he or she used to do ("he used to do all the bills" is
    not a good memory, and he may still be alive)."""
    their = their_past_in(text, names)
    if their:
        return f"That sounds like it mattered a lot. Thank you for telling me about {their[0]}."
    place = named_in(text)
    if place:
        return f"It sounds like {place} meant a lot to you both. Thank you for telling me."
    return None


def _theme_lines(theme: str, text: str, names: Optional[Dict[str, str]] = None) -> List[str]:
    """The reflection for one theme, with the person's own words where they read well."""
    names = {**(names or {}), **people_named_in(text)}
    said = SAID[theme][0]
    if theme == "memory":
        said = memory_line(text, names) or said
    if theme == "wish":
        goal = goal_in(text)
        if goal:
            verb = "" if goal.split()[0] in ("a", "an", "some", "more") else "to "
            said = (f"It is good to hear that you would like {verb}{goal}. "
                    "That is a good place to start.")
    if theme == "used_to":
        act = activity_in(text)
        if act:
            said = f"It sounds like {act} meant a lot to you. It may be possible to get back to it."
    if theme == "missing":
        who = missed_in(text)
        if who:
            said = f"It sounds like you miss {with_names(who, names)} very much. That is hard, and it is OK to say so."
        when = hardest_time_in(text)
        if when:
            verb = "sound" if when.endswith("s") else "sounds"
            said += f" {when[0].upper()}{when[1:]} {verb} like the hardest part."
    if theme == "break":
        return [said, BREAK_OPTIONS]
    return [said]


def heard_in_own_words(text: str) -> Optional[str]:
    """A line that says back what they like or named ("animals and lego", "the bowls
    club"), for talk about their life that no theme covers; None if nothing reads well."""
    likes = likes_in(text)
    if likes:
        return f"It is good to hear you like {likes}."
    named = named_in(text)
    if named:
        return f"Thank you for telling me about {named}. It sounds like it matters to you."
    return None


# When every question that fits has been asked already in this conversation.
NEXT_QUESTION = "What would you like to talk about next?"


def not_again(reflection: Reflection, said: Sequence[str]) -> Reflection:
    """The reflection without what the bot has said already in this conversation: a line
    said before is left out, and a question asked before gives way to one not asked yet
    (the widower was asked "Who or what used to bring you company?" three times)."""
    before = {line.strip() for line in said if line}
    if not before or not reflection.lines:
        return reflection
    question = reflection.lines[-1]
    statements = [line for line in reflection.lines[:-1] if line.strip() not in before]
    if question.strip() in before:
        others = [OPEN_QUESTIONS[t] for t in reflection.themes if t in OPEN_QUESTIONS]
        others += [GENERAL_QUESTION, OWN_WORDS_QUESTION, NEXT_QUESTION]
        question = next((q for q in others if q not in before), NEXT_QUESTION)
    if not statements:
        statements = [NOTHING_HEARD]
    return Reflection(reflection.themes, statements + [question], reflection.buttons)


# "can i do one of those please, a carers assessment", "id like to fill in the self
# assessment": asked for by name while talking, so it is offered at once, one tap away.
ASKS_TO_START = re.compile(
    r"\b(?:can|could|may|shall|do) (?:i|we|u|you) (?:please |just )?(?:do|have|start|get|fill "
    r"in|fill out|try|book|go for|sign up for)\b"
    r"|\b(?:i|id|i'd|we)(?: would| d)?(?: really| just)? (?:like|want|wanna|need) (?:to (?:do|have|"
    r"start|fill in|fill out|try|book|get|give) |)(?:one|a|an|the|my|some|it)\b"
    r"|\bsign me up\b|\blets? (?:do|start|try)\b|\bstart (?:the|my|a|an)\b", re.IGNORECASE)
JOURNEYS = (
    (re.compile(r"\bcarers?'?s? ?(?:self[- ]?)?assessments?\b", re.IGNORECASE),
     "Yes. We can do a carer's assessment now. It is about you and your own life.",
     _button("Start the carer's assessment", "/start_carer_assessment")),
    (re.compile(r"\bself[- ]?assessment\b|\bplan for a good life\b", re.IGNORECASE),
     "Yes. We can do the self-assessment now.",
     _button("Start the self-assessment", "/start_self_assessment")),
    (re.compile(r"\b(?:survey|feedback)\b", re.IGNORECASE),
     "Yes. You can give feedback now.",
     _button("Give feedback", "/give_feedback")),
)


def journey_asked_for(text: str) -> Optional[Reflection]:
    """An assessment or survey asked for by name: say yes, with its button first."""
    if not ASKS_TO_START.search(text or ""):
        return None
    for words, yes, button in JOURNEYS:
        if words.search(text):
            return Reflection([], [yes], [button, TALK])
    return None


def reflect(text: str, name: Optional[str] = None, telling: bool = False,
            names: Optional[Dict[str, str]] = None) -> Reflection:
    """A reflection for what was said: up to two themes, then one open question.

    names: the people they named earlier, by "her", "him", "them" or the relation word
    (bot/own_words.py people_named_in), so "i just miss her" is "you miss Jean".

    telling: the message tells something of their life (bot/life_talk.py) though no
    theme is found; it is said back in their words, with the ways to go on."""
    asked = journey_asked_for(text)
    if asked is not None:
        return asked
    themes = themes_in(text)[:2]
    hello = f"Thank you, {name}." if name else None
    if not themes:
        own = heard_in_own_words(text) if telling else None
        if own:
            lines = ([hello] if hello else []) + [own, OWN_WORDS_QUESTION]
            return Reflection([], lines, list(GO_ON))
        if telling:
            lines = [hello or THANK_YOU_FOR_TELLING, LIFE_TALK_QUESTION]
            return Reflection([], lines, list(GO_ON))
        lines = [hello or NOTHING_HEARD, GENERAL_QUESTION]
        return Reflection([], lines, [PLAN, _button("Find local help", FIND), TALK])
    lines: List[str] = [hello] if hello else []
    buttons: List[Dict[str, str]] = []
    for theme in themes:
        lines += _theme_lines(theme, text, names)
        buttons += [b for b in SAID[theme][1] if b not in buttons]
    lines.append(OPEN_QUESTIONS[themes[0]])
    return Reflection(themes, lines, buttons[:4])


def right_place_reply() -> Reflection:
    """A shy opening ("is this the sort of thing you deal with?") gets a warm yes."""
    return Reflection([], [RIGHT_PLACE, RIGHT_PLACE_QUESTION],
                      [texts.TALK_ABOUT_IT, texts.FIND_LOCAL_HELP, TALK])


def questions() -> List[str]:
    """Every open question a reflection ends with."""
    return list(OPEN_QUESTIONS.values()) + [GENERAL_QUESTION, OWN_WORDS_QUESTION,
                                            LIFE_TALK_QUESTION, RIGHT_PLACE_QUESTION,
                                            NEXT_QUESTION]


def answers_our_question(last_bot_text: Optional[str]) -> bool:
    """Whether the bot's last message was one of these open questions, so a short reply
    ("jean did mostly. and the bowls club") is the answer to it."""
    last = (last_bot_text or "").strip()
    return bool(last) and any(last.endswith(q) for q in questions())


def idea_lead(text: str) -> Optional[str]:
    """A line that offers back something the person said as an idea to try, or None."""
    act = activity_in(text)
    if act:
        return f"You said {act} meant a lot. Could getting back to it be one idea?"
    goal = goal_in(text)
    if goal:
        verb = "" if goal.split()[0] in ("a", "an", "some", "more") else "to "
        return f"You said you would like {verb}{goal}. Could that be one idea?"
    return None


def all_texts() -> Dict[str, str]:
    """Every sentence above, for the plain-language gate."""
    out = {f"listening.{k}": v[0] for k, v in SAID.items()}
    out.update({f"listening.ask.{k}": v for k, v in OPEN_QUESTIONS.items()})
    out["listening.nothing"] = NOTHING_HEARD
    out["listening.general"] = GENERAL_QUESTION
    for i, (_, yes, button) in enumerate(JOURNEYS):
        out[f"listening.journey[{i}]"] = yes
        out[f"listening.journey[{i}]:button"] = button["title"]
    out["listening.next"] = NEXT_QUESTION
    out["listening.break_options"] = BREAK_OPTIONS
    for key, text in (("thank_you", THANK_YOU_FOR_TELLING), ("own_words", OWN_WORDS_QUESTION),
                      ("life_talk", LIFE_TALK_QUESTION), ("right_place", RIGHT_PLACE),
                      ("right_place_question", RIGHT_PLACE_QUESTION)):
        out[f"listening.{key}"] = text
    for key, sample in (("missing", "i just miss her. the evenings are the worst"),
                        ("missing_one", "i miss my wife, sunday is the hardest"),
                        ("break", "i could do with a break")):
        out[f"listening.{key}[sample]"] = reflect(sample).lines[0]
    for key, sample in (("likes", "i like animels. and lego"),
                        ("named", "jean did mostly. and the bowls club")):
        out[f"listening.{key}[sample]"] = heard_in_own_words(sample) or ""
    out["listening.used_to[sample]"] = ("It sounds like singing in the choir meant a lot to you. "
                                "It may be possible to get back to it.")
    for key, sample in (("her_past", "my wife jean used to do all the cooking"),
                        ("together", "we used to go to the bowls club together")):
        out[f"listening.memory.{key}[sample]"] = memory_line(sample, people_named_in(sample)) or ""
    out["listening.idea_lead[used_to]"] = idea_lead("i used to love singing in the choir")
    out["listening.idea_lead[goal]"] = idea_lead("i want to get a job in a shop")
    out["listening.goal[sample]"] = ("It is good to hear that you would like to get a job in a shop. "
                             "That is a good place to start.")
    for _, offers in list(SAID.values()) + [(None, GO_ON)]:
        for b in offers:
            out[f"button:{b['title']}"] = b["title"]
    return out
