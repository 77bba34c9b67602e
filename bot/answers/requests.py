"""Tells a request about the conversation apart from an answer to the question.

At a question, the message is the answer unless it is clearly about the conversation
itself: "why do you need to know that?", "how many more questions", "start again", a typed
button label. This is deliberately cautious. A request is short and is nothing but the
request: "i dont want to stop going to my club" and "my son will call me back later" are
answers. When in doubt it returns None, and the words are kept as the answer.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Pattern, Sequence, Tuple

from bot.answers.text import clean, phrase_close, short_words, words_only
from bot.phrases import first_match


@dataclass(frozen=True)
class Request:
    """What the person asked for. payload is set only for kind "button"."""

    kind: str
    payload: Optional[str] = None


KINDS = ("why_ask", "which_question", "what_mean", "how_many_more", "pause", "stop", "start_again",
         "talk_to_person", "delete", "download_summary", "download_data", "skip",
         "dont_know", "menu", "button")

MAX_REQUEST_WORDS = 12   # a request is short; a longer message is an answer
MAX_TAIL_WORDS = 14      # "how many more questions, i have to pick the kids up"

# Words around a request that do not change it: "can i ... please", "sorry, ...".
LEADING = re.compile(
    r"^(?:please|pls|plz|ok|okay|oh|ah|um+|erm+|er|hmm+|hm|sorry|so|well|right|hi|hello|hey|"
    r"just|actually|wait|hang on|hold on|excuse me|can i|could i|can we|could we|can you|could you|"
    r"may i|i want to|i wanna|i would like to|id like to|i need to|let me|lets|"
    r"how do i|how can i|is it possible to|im going to|i am going to|i think|"
    r"i will|ill|i want|id like|i would like|yes|yeah)\s+")
TRAILING = re.compile(
    r"\s+(?:please|pls|plz|thanks|thank you|thankyou|ta|thx|now|then|mate|love|x+|lol|haha+|"
    r"tbh|to be honest|honestly|really|thing|thingy|thingie|bit|page|file|doc|document|"
    r"for me|for a minute|for a bit|for now|for today|right now|straight away|asap)$")


def _pattern(*alternatives: str) -> Pattern[str]:
    return re.compile(r"^(?:" + "|".join(alternatives) + r")$")


# Whole-core patterns, over words_only text with leading and trailing fillers removed.
# Order matters: menu before start_again ("go back to the start menu").
PATTERNS: List[Tuple[str, Pattern[str]]] = [
    ("menu", _pattern(
        r"menu", r"main menu", r"the menu", r"(?:show|see|open|give)(?: me)? (?:the |main )*menu",
        r"(?:go |take me )?back to (?:the )?(?:start |main |first )?menu",
        r"(?:go )?(?:back )?to the (?:start|main) menu", r"menu options?", r"options",
        r"what (?:else )?can you do", r"what are (?:my|the) options")),
    ("start_again", _pattern(
        r"start (?:again|over|afresh|from scratch|from the (?:start|beginning|top))",
        r"(?:lets |can we )?start (?:it |this |this form |the form |all )?(?:again|over)",
        r"restart(?: this| it| the form| the chat| the conversation)?",
        r"begin again", r"reset(?: this| it| the chat)?", r"redo(?: this| it| all)?",
        r"(?:go )?back to the (?:start|beginning)", r"from the (?:start|beginning|top)",
        r"do (?:it|this) (?:again|over)", r"new start", r"clear (?:it|this) and start again",
        r"start a new (?:chat|conversation|one)")),
    ("why_ask", _pattern(
        r"why", r"why (?:do|did|would) you (?:need|want|ask)(?: to know)?(?: (?:that|this|it|"
        r"about that|about this|about it|for|my name|her name|his name|their name|"
        r"my number|my age|this question|that question))?(?: for)?",
        r"why (?:(?:are|r) )?(?:you|u) asking(?: me)?(?: (?:that|this|about that|about this))?",
        r"why (?:ask|asking)(?: (?:that|this|me that|me this|me))?",
        r"why (?:does|do) (?:that|this|it) matter", r"why is (?:that|this|it) (?:important|needed)",
        r"(?:whats|what is|what has|whats) (?:that|this|it) (?:got )?(?:to do with|for)"
        r"(?: (?:anything|it|you|this|the council))?",
        r"what (?:do|does) (?:you|it|that|the council) (?:need|want) (?:that|this|it|to know)"
        r"(?: for)?", r"what is (?:that|this) (?:question )?for",
        r"whats the point(?: of (?:that|this))?",
        r"who (?:sees|will see|gets|can see|reads) (?:this|that|it|my answers)",
        r"is (?:that|this|it) (?:really )?(?:needed|necessary|relevant)",
        r"why do you want to know", r"whys that", r"why is that",
        r"what business is (?:that|it) of yours",
        r"(?:do|must) i have to (?:answer|say)(?: that| this)?")),
    # "what questions?", "what were you asking", "sorry what was the question": the question
    # is said again as it was (they lost it under a card or an explanation), never read as
    # "carry on" or kept as the answer. Before what_mean, which words it more simply.
    ("which_question", _pattern(
        r"what (?:questions?|question was (?:that|it)|questions are (?:these|those|they))",
        r"(?:what|which) (?:is|was|were) (?:the|that|your|ur) (?:last )?questions?(?: again)?",
        r"whats? (?:the|that|your|ur) (?:last )?questions?(?: again)?",
        r"what (?:were|was|are|r) (?:you|u|ya) (?:asking|asking me|on about|saying)(?: again)?(?: before)?",
        r"what (?:did|do) (?:you|u|ya) (?:ask|ask me|want to know|want me to answer)(?: again)?",
        r"what (?:am|was) i (?:answering|meant to (?:answer|say)|supposed to (?:answer|say))",
        r"(?:remind me )?(?:what|which) (?:question )?(?:we|were|are we|was i) (?:on|doing|up to)",
        r"where (?:were|are) we(?: up to)?", r"where was i",
        r"remind me(?: of)? (?:what (?:you|u) asked|the question|what the question was)",
        r"(?:ask|say|give) (?:me )?(?:the|that) question again",
        r"ask (?:it|that|me that) again", r"(?:i )?(?:forgot|forget|lost) (?:the|what the) question(?: was)?",
        r"(?:i )?(?:forgot|forget) what (?:you|u) asked")),
    ("what_mean", _pattern(
        r"what", r"wha+t*", r"wat", r"wot", r"wut", r"huh", r"eh", r"pardon(?: me)?",
        r"(?:you|u|ya) (?:what|wot|wat)", r"(?:i )?(?:dont|do not) follow(?: you)?",
        r"come again", r"say (?:that|it) again",
        r"what (?:(?:do|did|d) (?:you|u|ya|yer)|dyou|dya|ya|you) mean(?: by (?:that|this|it))?",
        r"wdym",
        r"what (?:does|do) (?:that|this|it) mean", r"whats? (?:that|this|it) mean",
        r"what (?:are|r) (?:you|u) asking(?: me)?", r"what (?:is|was) the question",
        r"i (?:dont|do not|dnt|don) (?:understand|get it|get what you mean|get that|get this|"
        r"understand (?:that|this|the question|what you mean|you|it))",
        r"(?:dont|do not|dnt) (?:understand|get it)(?: (?:that|this|the question|it))?",
        r"i (?:dont|do not) know what (?:you|u) mean", r"not sure what (?:you|u) mean",
        r"(?:im|i am) (?:confused|lost)", r"im not with you",
        r"(?:explain|say)(?: (?:that|this|it))?(?: (?:again|better|more|more simply|in a simpler way))?",
        r"(?:can|could) you (?:explain|rephrase)(?: (?:that|this|it))?",
        r"in (?:plain|simple|simpler) (?:english|words)", r"what do you want me to say",
        r"(?:i (?:dont|do not) know|idk) what to (?:say|put|write)",
        # Polish, Welsh: "I don't understand"
        r"nie rozumiem", r"(?:dwi |dw i )?ddim yn deall")),
    ("how_many_more", _pattern(
        r"how many (?:more )?(?:questions?|left|to go|more)(?: (?:is|are) (?:this|there|left))?"
        r"(?: (?:left|to go|are there|is this|is there))?",
        r"how (?:long|much longer|much more)(?: (?:is|will|does) (?:this|it))?(?: (?:take|going to take|"
        r"gonna take|last|be|go on))?(?: for)?",
        r"how long (?:is|will|does) (?:this|it|the form|this form)(?: (?:take|going to take|"
        r"gonna take|last|be))?", r"how long(?: left| to go)?",
        r"(?:is|are) (?:this|it|we) (?:nearly|almost) (?:done|finished|over|there)",
        r"(?:am i|are we) (?:nearly|almost) (?:done|finished|there)",
        r"(?:nearly|almost) (?:done|finished|there)",
        r"is there (?:much|many) more(?: questions)?",
        r"(?:is|are) there (?:many|lots) more(?: questions)?",
        r"how far (?:through )?(?:am i|are we)(?: through)?",
        r"when (?:does|will) (?:this|it) (?:end|finish)",
        r"(?:will|is) (?:this|it) (?:going to )?take long", r"how many questions are there")),
    # Not "i need a break": for a carer that is the answer to "What would help?"
    ("pause", _pattern(
        r"pause(?: (?:this|it|the form|the chat))?",
        r"(?:can i |could i )?(?:finish|continue|carry on|do|complete)"
        r"(?: (?:this|it|the rest|the form))? (?:later|another time|another day|tomorrow)",
        r"come back (?:to (?:this|it) )?(?:later|another time|tomorrow)",
        r"save (?:this|it|my answers|my progress|my place)(?: for later)?(?: and come back)?",
        r"(?:i )?(?:have|need|got) to go(?: now)?", r"(?:gotta|gtg|g2g) go", r"gtg", r"brb",
        r"(?:ill|i will) (?:finish|do|carry on with) "
        r"(?:this|it|the rest) later", r"later", r"(?:can we )?(?:stop|pause) (?:here )?for now",
        r"not now(?: ill|i will)? (?:come back|finish) later", r"(?:hold|keep) my place",
        # "ive got a meeting in 5 mins": leaving soon, said as a reason
        r"(?:ive|i have|i ve|i)? ?(?:got |have )?(?:a |an |the |my )?(?:meeting|appointment|call|"
        r"school run|work|shift|bus|train|taxi|lift|doctors|hospital appointment)"
        r"(?: (?:is|starts|leaves|goes|comes|is due|is here))? (?:in (?:\d+|a few|a couple of|five|ten|two|twenty) (?:mins?|minutes?)|in a (?:minute|"
        r"min|sec|bit)|(?:very )?soon|now)")),
    # Not "end it", "end this", "i want to leave", "i cant go on": they can be disclosures
    # or answers ("What would you like to happen next?" "I want to leave"), never commands.
    ("stop", _pattern(
        r"stop(?: (?:this|it|that|now|here|there|asking|asking me|asking me questions|the questions|"
        r"the form|the chat|everything|all this|this form))?", r"quit(?: this| it)?",
        r"cancel(?: (?:this|it|that|the form|everything))?", r"end(?: (?:the chat|"
        r"the conversation|the form|chat))?", r"exit", r"stop it",
        r"no more questions", r"(?:im|i am) done with (?:this|the|these) (?:chat|form|questions)",
        r"(?:thats|that is) enough questions",
        r"forget it", r"(?:i )?(?:dont|do not) want to answer (?:any more|anymore)(?: questions)?",
        r"i want to stop(?: now)?", r"i want to (?:quit|cancel)", r"stop stop",
        r"stop the questions", r"leave me alone", r"go away")),
    ("talk_to_person", _pattern(
        r"(?:speak|talk|chat) (?:to|with) (?:a |an |some |the )?(?:real |actual |live |human )?"
        r"(?:person|human|someone|somebody|adviser|advisor|agent|operator|social worker|"
        r"member of staff|staff|people|human being|real person)(?: please)?",
        r"(?:a |an )?(?:real |actual |live )?(?:person|human|human being|adviser|advisor|agent|operator)"
        r"(?: please)?",
        r"(?:can )?(?:someone|somebody|a person) (?:call|ring|phone|contact) me(?: back)?",
        # "just get someone to ring me"; not "someone to call me back" alone, which at
        # "what would help?" is the answer
        r"(?:just )?(?:get|have|ask|send) (?:someone|somebody|a person|an adviser|"
        r"a social worker|a real person|the council) to (?:call|ring|phone|contact|speak to|"
        r"talk to) me(?: back)?(?: (?:instead|about it|today|asap))?",
        r"(?:can|could|will|would) (?:someone|somebody|a person) (?:just )?(?:call|ring|phone|"
        r"contact) me(?: back)?(?: (?:instead|about it|today|asap))?",
        r"(?:call|ring|phone) me(?: back)?", r"(?:i want|i need|get me|request) (?:a )?call ?back",
        r"(?:a )?call ?back",
        r"(?:i want|i need|get me) (?:a |an )?(?:person|human|adviser|advisor|agent)",
        r"is there (?:a |an )?(?:real |actual |live )?(?:person|human|anyone|someone|somebody|adviser)"
        r"(?: (?:there|real|here|(?:i|we) (?:can|could) (?:just )?(?:talk|speak|chat) (?:to|with)"
        r"(?: (?:now|instead|about (?:it|this|her|him|mum|dad)))?|to (?:talk|speak|chat) (?:to|with)"
        r"(?: (?:now|instead))?))?",
        r"(?:put me|can you put me) through to (?:a |an )?(?:person|human|adviser|someone)",
        r"not a (?:bot|robot|computer)",
        r"i (?:dont|do not) want to talk to a (?:bot|robot|computer)")),
    ("delete", _pattern(
        r"(?:delete|erase|remove|wipe|clear|destroy|get rid of)(?: all)?(?: of)? (?:my|this|the|our|all)(?: my)?"
        r"(?: whole)? (?:conversation|chat|data|details|information|info|answers|record|records|"
        r"messages|history|account)",
        r"delete(?: it| this| that| everything| all| it all| me)?",
        r"(?:erase|wipe) (?:everything|it all|all of it|my data|the lot)",
        r"forget (?:everything|all|it all|me|what i said|all of it)(?: (?:i said|ive said|i have said|"
        r"i told you|about me))?", r"forget (?:everything|all) (?:about )?me")),
    ("delete", _pattern(
        r"(?:how (?:do|can) i |can i |can you |i want to |i need to |id like to |ill )?"
        r"(?:delete|erase|wipe|remove|clear|get rid of) (?:everything|all|this|it|all of this|"
        r"all this|all that|the lot|what i (?:wrote|said|typed|put|told you)|"
        r"what (?:ive|i have) (?:written|said|typed|put|told you))(?: (?:i (?:wrote|said|"
        r"typed|put|told you|gave you)|ive (?:written|said|typed|told you|put in|put|given you|given)|"
        r"i have (?:written|said|typed|told you|put in|given you)|(?:you have|youve) got(?: on me)?|"
        r"about me|on here|from (?:here|this chat)|so (?:nobody|no one|he|she|they|my \w+|\w+) "
        r"(?:can|cant|will|wont|doesnt|does not|cannot|can not) (?:see|read|find) (?:it|this)|"
        r"before (?:he|she|they|my \w+) (?:sees?|reads?)(?: (?:it|this))?|"
        # "how do I get rid of this off the tablet" (round ten: a shared tablet)
        r"(?:off|from) (?:the|my|this|our) (?:tablet|phone|computer|laptop|ipad|screen|pc)|"
        r"now))*",
        r"(?:how (?:do|can) i |can i |can you )?(?:delete|erase|wipe|clear|remove) (?:this|the|my)"
        r" (?:chat|conversation|messages|history)(?: so (?:nobody|no one|he|she|they) (?:can|cant) "
        r"(?:see|read) (?:it|this))?")),
    ("download_summary", _pattern(
        r"(?:download|save|print|get|see|send|email|view|show)(?: me)? (?:my|the|a|this)"
        r"(?: copy of(?: my| the)?)? summary", r"(?:have|get) a copy of (?:my|the) summary",
        r"(?:a )?copy of (?:my|the) summary", r"(?:my |the )?summary(?: pdf| as a pdf)?",
        r"(?:download|get|save)(?: me)? (?:a |the )?pdf(?: of (?:my|the) summary)?",
        r"(?:download|print) (?:it|this)")),
    ("download_data", _pattern(
        r"(?:download|get|see|send|email|view|show)(?: me)?(?: all)? (?:my|the)(?: copy of(?: my)?)?"
        r" (?:data|information|info|details|conversation|chat|records|messages)",
        r"(?:a |have a |get a )?copy of (?:all )?(?:my|the) (?:data|information|info|conversation|chat)",
        r"what (?:do|does) (?:you|the council) (?:know|have|hold|keep|store) (?:about|on) me",
        r"what (?:data|information|info|details) (?:do|does) (?:you|the council) (?:have|hold|keep|store)"
        r"(?: (?:about|on) me)?", r"(?:my )?data", r"subject access(?: request)?",
        r"what have you (?:got|saved|kept|stored) (?:about|on) me")),
    ("skip", _pattern(
        r"skip(?: (?:this|it|that|this one|that one|question|this question|that question|for now))?",
        r"pass", r"next(?: (?:question|one|please))?", r"move on", r"(?:lets )?move on",
        r"(?:id|i would|i d) rather not(?: (?:say|answer|answer that|answer this|say that|tell you))?",
        r"rather not(?: (?:say|answer|answer that|answer this))?",
        r"(?:id )?prefer not to (?:say|answer)(?: (?:that|this))?", r"prefer not",
        r"(?:i )?(?:dont|do not) want to (?:answer|say)(?: (?:that|this|it))?",
        r"no comment", r"none of (?:your|ur) business", r"n a", r"not telling(?: you)?",
        r"(?:i )?(?:cant|can not|cannot) answer (?:that|this)",
        r"(?:ill|i will) skip (?:that|this)(?: one)?",
        r"skip skip", r"next next")),
    ("dont_know", _pattern(
        r"(?:i )?(?:dont|do not|dnt|don|dont really|do not really) (?:know|no|kno|knw|now)",
        r"dunno", r"idk", r"dk", r"dno", r"i dunno",
        r"(?:im |i am )?(?:not|nt) (?:really |too )?sure",
        r"unsure", r"no idea", r"(?:i )?(?:have|havent got|have got) no idea",
        r"i havent (?:a|got a) clue",
        r"no clue", r"not a clue", r"(?:its )?hard to say", r"(?:i )?(?:cant|cannot|can not) say",
        r"who knows", r"(?:i )?(?:dont|do not) know really", r"(?:i )?(?:cant|cannot) think",
        r"(?:i )?(?:cant|cannot) think of anything",
        r"(?:i )?(?:dont|do not) know (?:what to say|really)",
        r"(?:i )?(?:dont|do not) (?:really )?know (?:to be honest|tbh)", r"idk tbh",
        r"not sure (?:really|tbh|to be honest)", r"(?:im |i am )?(?:not|nt) certain",
        # Polish, Welsh: "I don't know", "no idea"
        r"nie wiem", r"dim syniad", r"(?:dwi |dw i )?ddim yn gwybod")),
]

# "carry on later", "finish it another time": whatever else is said, the answers are kept.
LATER = re.compile(r"\b(?:carry on|continue|finish|come back|pick (?:it|this) up|do (?:it|the rest))"
                   r"\b.*\b(?:later|another (?:time|day)|tomorrow|next time|when|tonight|"
                   r"this (?:evening|afternoon|weekend)|at the weekend|after work|in a bit)\b"
                   r"|\bfor (?:now|the moment|today|the time being)\b")
# A message of several parts: "can we skip the rest and just get someone to ring me".
CLAUSES = re.compile(r"[.!?\n,;:]+|\s-\s|\s+(?:and|and then|and just|but|so|because|cos|coz|"
                     r"as|then)\s+")
# Kinds one part of a message can make, and the fewest words that part must have (a lone
# "later" or "a person" inside a longer answer is part of the answer).
CLAUSE_KINDS = {"delete": 1, "pause": 2, "talk_to_person": 3}

# Messages that are nothing but marks or a shrug.
SHRUG = re.compile(r"^\s*(?:🤷[\u200d\u2640\u2642\ufe0f\U0001F3FB-\U0001F3FF]*|¯\\_\(ツ\)_/¯)\s*$")
ONLY_QUESTION_MARKS = re.compile(r"^\s*\?+[\s?!]*$")
TAIL_KINDS = ("why_ask", "which_question", "what_mean", "how_many_more", "pause", "stop", "talk_to_person")
# Phrases short enough to match with small typing slips, as canonical words_only text.
FUZZY_PHRASES: Dict[str, Tuple[str, ...]] = {
    "start_again": ("start again", "start over", "restart"),
    "delete": ("delete my conversation", "delete my data", "delete my chat",
               "delete my answers", "delete everything"),
    "download_summary": ("download my summary", "download summary",
                         "copy of my summary"),
    "download_data": ("download my data", "download my conversation"),
    "how_many_more": ("how many more questions", "how long is this", "is this nearly done",
                      "how many questions left"),
    "why_ask": ("why do you need to know that", "why do you need to know",
                "why are you asking", "whats that got to do with anything"),
    "what_mean": ("what do you mean", "i dont understand"),
    "talk_to_person": ("talk to a person", "speak to a person", "talk to someone",
                       "speak to someone", "speak to a real person", "talk to a real person"),
    "pause": ("finish this later", "can i finish this later"),
    "menu": ("main menu",),
    "skip": ("next question",),
}


# Spelling by sound and text-speak, word for word: "wot u meen" -> "what you mean".
TEXT_SPEAK = {
    "u": "you", "ya": "you", "yu": "you", "r": "are", "ur": "your", "wot": "what", "wat": "what",
    "wut": "what", "wht": "what", "dat": "that", "dis": "this", "meen": "mean", "mene": "mean",
    "askin": "asking", "talkin": "talking", "goin": "going", "doin": "doing", "convo": "conversation",
    "qs": "questions", "q": "question", "sum1": "someone", "some1": "someone", "any1": "anyone",
    "bak": "back", "cal": "call", "tlk": "talk", "agen": "again", "agin": "again", "meny": "many",
    "stopp": "stop", "skipp": "skip", "menue": "menu", "nxt": "next", "cud": "could",
    "cld": "could", "wanna": "want to", "gonna": "going to", "dnt": "dont", "summry": "summary",
    "plz": "please", "pls": "please", "ppl": "people", "hw": "how", "4": "for", "2": "to", "cos": "because",
}


def _plain_words(words: str) -> str:
    """Text-speak spelled out, so one set of patterns covers both."""
    spelled = " ".join(TEXT_SPEAK.get(word, word) for word in words.split())
    spelled = re.sub(r"^y (?=(?:do|are|you|did|is|would|should)\b)", "why ", spelled)
    return re.sub(r"\b(to|2|you|u) no\b", lambda m: "to know" if m.group(1) in ("to", "2")
                  else "you know", spelled)


def _strip_fillers(words: str) -> str:
    previous = None
    while previous != words:
        previous = words
        words = LEADING.sub("", words)
        words = TRAILING.sub("", words)
    return words.strip()


# Openings that make the whole message a question about the conversation, whatever
# follows: "why do you need all this", "how many more of these are there". They are
# questions to the bot ("you", "this", "these questions"), never about the person's life.
OPENINGS: List[Tuple[str, Pattern[str]]] = [
    ("why_ask", re.compile(
        r"^(?:but )?why (?:do|did|would|does|should) (?:you|the council|they|it|yous) "
        r"(?:need|want|ask|have to know|need to know|want to know|care)\b"
        r"|^why (?:are|is) (?:you|the council|it) (?:asking|asking me|wanting|needing)\b"
        r"|^why (?:all )?(?:these|the|so many) questions\b"
        r"|^what (?:do|does) (?:you|the council|it) (?:need|want) (?:all )?(?:this|that|these|it|"
        r"(?:my|her|his|their|our) (?:\w+ ){0,3}?\w+|to know) for\b"
        r"|^(?:whats|what is|what are) (?:all )?(?:this|these|these questions|this question|"
        r"this form) (?:for|about)\b"
        r"|^(?:whats|what is) the point (?:of|in) (?:this|these|all this|the|that) "
        r"(?:questions?|forms?|quiz|chat|bit|one)\b"
        r"|^who (?:will |is going to |gets to |can )?(?:see|sees|read|reads) (?:this|these|"
        r"my answers|what i (?:say|write|put))\b")),
    ("what_mean", re.compile(
        r"^what (?:sort|kind|type) of (?:\w+ )?(?:do you mean|are you after|do you want|are you "
        r"asking about|counts)\b|^(?:like|such as) what\b|^what do you mean by (?:that|this|it)\b")),
    ("how_many_more", re.compile(
        r"^how many (?:more )?(?:of (?:these|them|this|the questions)|questions?|bits?|sections?|"
        r"pages?|left|to go|(?:is|are) (?:there|this|left))\b|^how many more$"
        r"|^how (?:much )?(?:longer|more)\b(?! (?:help|money|care|support|time (?:do|does|will) "
        r"(?:i|she|he|they|my)))"
        r"|^how long (?:is|will|does|do) (?:this|it|these|the form|this form|the questions)\b"
        r"|^(?:is|are) there (?:many|much|lots|loads|a lot) more\b"
        r"|^(?:are we|am i|is this|is it) (?:nearly|almost|near) (?:done|finished|there|the end|over)\b"
        r"|^(?:when|how soon) (?:will|does|do) (?:this|it|these questions) (?:end|finish|stop)\b")),
]


def _core_kind(words: str) -> Optional[str]:
    core = _strip_fillers(_plain_words(words))
    if not core or len(core.split()) > MAX_REQUEST_WORDS:
        return None
    kind = first_match(PATTERNS, core, at_start=True) or first_match(OPENINGS, core, at_start=True)
    if kind:
        return kind
    for kind, phrases in FUZZY_PHRASES.items():
        if any(phrase_close(core, phrase) for phrase in phrases):
            return kind
    return None


def _button_key(text: str) -> str:
    return words_only(text)


def match_button(text: str, buttons: Optional[Iterable[Dict[str, str]]]) -> Optional[Dict[str, str]]:
    """The button whose label (or payload) the person typed, small slips allowed.

    Typed labels do what the button does: "talk about what is going on" is the menu button,
    not a word to look up.
    """
    if not buttons:
        return None
    raw = clean(text)
    typed = _button_key(raw)
    candidates = [b for b in buttons if isinstance(b, dict) and b.get("title")]
    for button in candidates:
        if raw and raw == str(button.get("payload") or ""):
            return button
    if not typed:
        return None
    for button in candidates:
        if typed == _button_key(str(button["title"])):
            return button
    close = [b for b in candidates
             if len(typed) >= 6 and phrase_close(typed, _button_key(str(b["title"])))]
    return close[0] if len(close) == 1 else None


# A question after "forget it": "what is...", "how long...", "can i...", or a question mark.
ASKS_AFTER = re.compile(r"\?|^\W*(?:what|whats|how|can|could|is|are|will|would|do|does|why|"
                        r"when|where|who)\b", re.IGNORECASE)


def classify_request(text: str, buttons: Optional[Sequence[Dict[str, str]]] = None) -> Optional[Request]:
    """The request this message makes about the conversation, or None if it is an answer.

    buttons: the buttons shown with the question ({"title", "payload"}); a typed label gives
    Request("button", payload). Button payloads such as "/skip" are for the caller to handle,
    unless they are the payload of one of these buttons.
    """
    raw = clean(text)
    if not raw:
        return None
    button = match_button(raw, buttons)
    if button is not None:
        return Request("button", str(button.get("payload") or button["title"]))
    if raw.startswith("/"):
        return None
    if ONLY_QUESTION_MARKS.match(raw):
        return Request("what_mean")
    if SHRUG.match(raw):
        return Request("dont_know")
    words = short_words(raw, MAX_REQUEST_WORDS + MAX_TAIL_WORDS)
    if not words:
        return None
    kind = _core_kind(words)
    if kind == "stop" and LATER.search(words):
        return Request("pause")
    if kind:
        return Request(kind)
    # "thank you. i'll delete this now before he sees": a delete in any sentence (the gateway
    # asks to confirm before anything is deleted).
    # One part is enough for a delete, a break or a person: "can you wipe all this, i dont
    # want it kept on here", "23?? meeting in 5 mins. can i come back to this later", "can
    # we skip the rest and just get someone to ring me"; a stop with "for now" is a break.
    found = []
    for part in CLAUSES.split(raw):
        part_words = words_only(part)
        part_kind = _core_kind(part_words)
        if part_kind == "stop" and LATER.search(words):
            part_kind = "pause"
        if part_kind in CLAUSE_KINDS and len(part_words.split()) >= CLAUSE_KINDS[part_kind]:
            found.append(part_kind)
    for wanted in CLAUSE_KINDS:             # delete first: the gateway asks before doing it
        if wanted in found:
            return Request(wanted)
    # "how many more questions, i have to pick the kids up": a request, then a reason.
    first = re.split(r"[,.?!;:\n]|\s-\s|\s+(?:because|cos|coz|cause|as)\s+", raw, maxsplit=1)
    if len(first) == 2 and first[1].strip():
        head, tail = words_only(first[0]), words_only(first[1])
        kind = _core_kind(head) if len(head.split()) >= 2 else None
        if kind == "stop" and LATER.search(tail):
            # "ok we'll stop here, can he carry on later on his tablet?": a break, not an end.
            return Request("pause")
        if kind == "stop" and ASKS_AFTER.search(first[1]):
            # "forget it. what is a carer's assessment, is it long?": the question is what
            # they want answered, not the end of the chat.
            return None
        if kind in TAIL_KINDS and len(tail.split()) <= MAX_TAIL_WORDS:
            return Request(kind)
    return None


def parse_payload(text: str) -> Tuple[Optional[str], Dict[str, object]]:
    """The intent and entities of a button payload such as '/inform{"about": "self"}'."""
    match = re.match(r"^/(\w+)(\{.*\})?\s*$", clean(text))
    if not match:
        return None, {}
    entities: Dict[str, object] = {}
    if match.group(2):
        try:
            loaded = json.loads(match.group(2))
        except ValueError:
            loaded = {}
        if isinstance(loaded, dict):
            entities = loaded
    return match.group(1), entities
