"""Questions about a call-back or a complaint already asked for, and what staff need to know
about who a hand-off is for.

After "can someone ring me", people ask about it in their own words: "will they still ring
me tho?", "do i have to keep going or is that it now", "they won't tell him will they?",
"will my complaint get to the right people?". These are questions about the conversation's
own state (the hand-off, its reference and contact details), so they are answered from it,
never read as a new need. Pure functions: the actions give them the state.

``who_lines`` are the lines that say who a hand-off is about when someone asks for another
person ("About: their mum Peggy. Health: dementia. Cannot decide this themselves. Has power
of attorney."), read from the slots and everything the person typed.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional

from bot.answers.about import known_relationship
from bot.answers.complaint_private import asks_if_kept_private
from bot.answers.safeguarding_questions import who_finds_out
from bot.answers.text import words_only
from bot.sounds_like import as_meant
from bot.language import LANGUAGES

STILL_COMING = "still_coming"
KEEP_GOING = "keep_going"
STOP_HERE = "stop_here"
WONT_TELL = "wont_tell"
COMPLAINT_STATUS = "complaint_status"
PASS_IT_ON = "pass_it_on"
LETTER = "letter"
COMPLAINT_PRIVATE = "complaint_private"
INTERPRETER = "interpreter"
WHOSE_NUMBER = "whose_number"
SHARED_DEVICE = "shared_device"
WHAT_CALL = "what_call"
TEAM_SEES = "team_sees"
TELL_THEM = "tell_them"          # "will Carol find out?" (answered for a disclosure first)
HOW_REACHED = "how_reached"      # "so how will they get hold of me?"

# "Will they know about Tuesday at the library?", "do they know where to meet me": whether
# the way in they gave reached the team (round seventeen: "No. The team will talk only to
# you").
HOW_WORDS = re.compile(
    r"\bhow (?:will|would|can|could|are|is|do|does|should|r) (?:they|the team|you|u|your team|"
    r"someone|anyone|somebody|the council|social services|a social worker|the social worker) "
    r"(?:be )?(?:going to |gonna )?(?:get hold of|reach|contact|get in touch with|find|get to|"
    r"get a message to) (?:me|us)\b")
KNOW_THE_WAY_IN = re.compile(
    r"\b(?:will|wil|do|does|would|did|have|has)\s+(?:they|the team|your team|someone|the person|"
    r"anyone|you)\s+(?:know|kno|got|get|have|see)\s+(?:about\s+)?(?:the |my |our )?(?:(?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day|meeting|meet|library|place|address|number|email|time|day|gp|"
    r"doctors?|surgery|friend|neighbou?r|church|support worker|letter|"
    r"where (?:to|i|we)|when (?:to|i|we)|how to (?:reach|contact|find|get hold of)|"
    # "will they know to ask for ted?", "will they know to go through maureen" (round 19)
    r"to (?:ask for|go through|ring|call|phone|contact|text) \w+)\b")

# "what call back? you havent got my number", "what call?? u dont even have my number", "i
# never gave you my number": the call back said to be booked is questioned (round twelve:
# "Sorry, I did not understand that"). Answered from the real state, plainly.
WHAT_CALL_WORDS = re.compile(
    r"\bwhat (?:call ?backs?|callback|call|phone call|ring back)\b(?! (?:do|should|can|"
    r"is|will|would|shall)\b)|"
    r"\b(?:you|u|ya|youve|you ve|the team|they|you lot)\s+(?:havent|haven t|have not|hasnt|"
    r"has not|dont|don t|do not|doesnt|does not|never|aint|havnt|dnt)\s+(?:even |actually )?"
    r"(?:got|get|have|had|took|taken|take|asked for|ask for|asked me for|know)\s+(?:my|me|a)\s+"
    r"(?:phone |mobile |tel |home )?(?:number|no|num|numbr|nmber|mobile|phone|email|details)\b|"
    r"\bi (?:never|havent|haven t|have not|didnt|didn t|did not|aint) (?:even )?(?:gave|give|"
    r"given|told|tell) (?:you|u|ya|them)? ?(?:my|a|any) (?:phone |mobile )?(?:number|no|num|"
    r"mobile|phone)\b|"
    r"\bhow (?:can|will|would|could|are|r) (?:they|you|u|the team|anyone) (?:ring|call|phone|"
    r"text|reach) (?:me|us)\b(?:\s+\S+){0,4}\s+(?:no|not|without|havent|haven t|dont|don t|"
    r"never)\b")
# "will the lady or fella who rings me be able to see this chat", "will the person ringing
# know what ive told you or will I have to go through it all again", "will they know what
# its about though": whether the person from the team knows what was said here (round
# thirteen: "Thank you for telling me. What would you like to do more of?", and "No. The
# team will talk only to you").
_CALLER = (r"(?:the |that |this |a )?(?:person|lady|man|woman|fella|fellow|bloke|guy|girl|worker|"
           r"social worker|adviser|advisor|caller|someone|somebody|one|team member|member of staff)"
           r"(?: or (?:the )?\w+)?")
_RINGS = (r"(?:who|that|whos|who s|who is|thats)?\s*(?:rings|ringing|calls|calling|phones|phoning|"
          r"contacts|contacting|will ring|will call|is going to ring|is going to call|gets in touch)"
          r"(?: me| us)?(?: back)?")
_WHAT_SAID = (r"(?:what (?:i|ive|i ve|i have|id|i d|we|weve) (?:\w+ )?(?:said|told|written|wrote|typed|put|"
              r"sent|asked)|what (?:its|it s|it is|this is|i m|im) (?:about|asking)|my question|"
              r"(?:all )?(?:this|the|my) (?:chat|messages?|conversation|answers)|(?:all )?this|it all|"
              r"everything)")
# "will they no i want the shop job thing" (round seventeen: money advice): whether they
# know what the person wants (never "can they get what i need from the shop").
_WANTS = (r"(?:that |wot |what )?(?:i|we) (?:want|wanna|need|would like|d like|like|asked for|"
          r"am after|m after|im after)\b")
# What they say they want in that question ("will they no i want the shop job thing").
WISH_SAID = re.compile(r"\b(?:i|we) (?:want|wanna|need|would like|d like|like|asked for|am after|"
                       r"m after|im after)\s+(?:to (?:do|go to|try|join|have|get) )?"
                       r"(?P<wish>[^.?!,;]{3,60})", re.IGNORECASE)
TEAM_SEES_WORDS = re.compile(
    rf"\b(?:will|wil|would|wud|can|could|do|does|is|are)\s+(?:whoever|{_CALLER})\s+{_RINGS}\s+"
    rf"(?:be able to |get to |already |actually )?(?:see|read|know|kno|no|have|get|look at)\b"
    rf"|\b(?:will|wil|would|wud|do|does|can)\s+(?:they|the team|your team|you lot|{_CALLER})\s+"
    rf"(?:already |actually |even )?(?:know|kno|knows|see|read|have|get)\s+{_WHAT_SAID}"
    rf"|\b(?:will|wil|would|wud|do|does|did)\s+(?:they|the team|your team|you lot|{_CALLER})\s+"
    rf"(?:already |actually |even )?(?:know|kno|knows|see)\s+{_WANTS}"
    r"|\b(?:will|do|would|shall|must) i (?:have|need|got) to (?:go through|explain|say|tell|repeat|"
    r"start)\b(?:\s+\S+){0,5}?\s+(?:again|all over|from scratch|from the start)\b")


# "will Keith be able to see this. he uses the tablet too", "can my son read this?": who can
# see the chat, from someone who shares a device (round ten: "OK. Let's carry on.").
SHARED_DEVICE_WORDS = re.compile(
    r"\b(?:will|would|can|could|might|does|do)\s+(?:he|she|they|my \w+|\w+)\s+(?:be able to\s+)?"
    r"(?:see|read|find|look at)\s+(?:this|it|what i (?:wrote|write|said|say|typed|put)|"
    r"these messages|my messages|the chat)\b"
    r"|\b(?:uses|shares|share|use|on) (?:the|my|this|our) (?:tablet|phone|computer|laptop|ipad|pc)"
    r"(?: too| as well)?\b.*\?|\bwho (?:can|will) (?:see|read) (?:this|it|my messages)\b"
    # round twelve: "who would see what I write here?", "is this private", "does his GP see it"
    r"|\bwho (?:would|will|can|could|else|gets to|is going to) (?:see|read|look at)\b"
    r"|\b(?:is|will) (?:this|it|this chat|what i (?:say|write|put)) (?:be )?(?:kept )?(?:private|"
    r"confidential|secret)\b"
    r"|\b(?:does|will|would|do|can) (?:my|his|her|the|their) (?:gp|doctor|son|daughter|husband|wife|"
    r"family|social worker|carers?|agency) (?:see|get|read|be told|find out)\b")
# "he uses the tablet too", "my son looks at my phone": someone else reads this device.
SHARES_A_DEVICE = re.compile(
    r"\b(?:uses|use|using|shares|share|sharing|looks at|look at|looking at|borrows|picks up|has)\b"
    r"[^.?!]{0,25}\b(?:tablet|phone|computer|laptop|ipad|pc|device|mobile)\b"
    r"|\b(?:will|would|could|might) (?:he|she|they|my \w+) (?:be able to )?(?:see|read)\b", re.IGNORECASE)


def shares_a_device(text: str) -> bool:
    return bool(SHARES_A_DEVICE.search(text or ""))


# "Will they know that is Jean's number, not mine?": the team knowing whose number it is.
WHOSE_NUMBER_WORDS = re.compile(
    r"\b(?:know|told|tell them|realise|realize|aware)\b[^.?!]{0,30}\b(?:its|it s|it is|that is|"
    r"thats|that s|this is)\s+(?:\w+ ?s|\w+s|my \w+ ?s|my \w+s|her|his|their)\s+(?:number|phone|"
    r"mobile|landline)\b|\b(?:not my (?:number|phone)|number,? not mine|phone,? not mine)\b")
# "the team know I need polish interpreter?", "will the person who rings speak urdu?",
# "do they have a translator": asked about the call, not a new request.
INTERPRETER_WORDS = re.compile(
    r"\b(?:interpreter|interpretor|translator|translate|tlumacz|dolmetscher)\b"
    r"|\b(?:speak|speaks|talk|talks) (?:in )?(?:polish|urdu|punjabi|arabic|romanian|welsh|bengali|"
    r"somali|kurdish|portuguese|my language|our language)\b"
    # "can the team text me in polish?": the way they are reached, in their language.
    rf"|\b(?:text|email|write to|ring|call|phone|contact)(?: me| us| her| him| them| my \w+)?"
    rf" in {LANGUAGES}\b")
INTERPRETER_ASKED = re.compile(r"\?|^(?:do|does|did|will|would|is|are|can|have|has|the team know|"
                               r"they know|team know)\b")

_FAMILY = (r"(?:husband|wife|partner|son|daughter|mum|mam|mom|dad|mother|father|family|brother|"
           r"sister|boyfriend|girlfriend|carer|children|kids|grandson|granddaughter)")
_OTHER = rf"(?:him|her|them|my {_FAMILY}|anyone|anybody|my family)"

# "will they still ring me tho?", "is someone going to ring me or not", "are they still
# ringing me after 2?": a question about a call that may already be booked.
_CALL_ME = (r"(?:ringing|ring|calling|called|call|phoning|phoned|phone|contacting|contacted|"
            r"contact|texting|text|emailing|email|writing to|write to|wrote to|posting|post) "
            r"(?:me|us)(?: back)?")
CALL_STILL = re.compile(
    rf"\b(?:will|are|is|r|did|does|has|have|when will|when are|when is|theyre|they are|theyll|"
    rf"youre|youll|someones|somebodys|shes|hes)\b(?:\s+\S+){{0,6}}?\s+"
    rf"(?:still |going to |gonna |be )?{_CALL_ME}\b")
# "will they ring mum? not me", "is someone phoning my daughter": the call to someone else
# they asked for (a question by who rings, not "will you ring my daughter instead?").
CALL_FAMILY_STILL = re.compile(
    r"\b(?:will|are|is|r|did|has|have|when will|when are|when is)\s+(?:they|someone|somebody|"
    r"anyone|anybody|the team|the council|sum1|some1|any1|a person|you lot)\s+(?:still |going to |"
    r"gonna |be )?(?:ringing|ring|calling|call|phoning|phone|contacting|contact) (?:my )?(?:mum|"
    r"mam|mom|dad|son|daughter|husband|wife|partner|nan|gran|sister|brother|carer)\b")
CALLBACK_STATE = re.compile(
    r"\b(?:call ?backs?|callback|the call|phone call|ring back)\b(?:\s+\S+){0,10}?\s+"
    r"(?:still (?:on|happening|booked|coming|going ahead)|cancel(?:led|ed)?|happening|"
    r"booked|going ahead)\b|\bdid (?:stop|stopping|that|it|me stopping) cancel\b|"
    r"\b(?:is|are) (?:it|that|the call ?back|my call ?back) still (?:on|happening|booked)\b")
ASKING = re.compile(r"\?|\bor not\b|\bstill\b|\btho\b|\bthough\b|\bam i\b|\bwill i\b|"
                    r"\byes or no\b")

# "do i have to keep going or is that it now theyll ring", "do i still need to answer these"
KEEP_GOING_WORDS = re.compile(
    r"\b(?:do|must|should|shall|need) i (?:have to |need to |still |still have to |still need to "
    r")?(?:keep going|carry on|go on|answer (?:the rest|more|any more|these|all|them)|"
    r"finish (?:this|it|the rest|these)|do (?:the rest|more|these|all))\b|"
    r"\bis that it now\b|\bis that it then\b|\bdo i need to do anything (?:else|more)\b|"
    r"\b(?:have|need) i (?:got )?to (?:keep going|carry on|finish)\b")
# "sorry got to go back to work, can we stop here"
STOP_HERE_WORDS = re.compile(
    r"\b(?:can|could|shall|may) (?:we|i) (?:stop|leave it|finish|end|pause) (?:here|there|now|"
    r"it there|for now|for today|at that)\b|\blets (?:stop|leave it) (?:here|there|now|for now)\b|"
    r"\b(?:i ll|ill|i will|im going to|im gonna) (?:have to )?stop (?:here|there|now)\b")

# "would a letter be all right?", "can they write to me instead", "could I have it in the
# post?", "can they send me a letter?": a letter as the way in, asked about.
LETTER_WORDS = re.compile(
    r"\b(?:would|could|can|will|is|may|might) (?:a letter|letters|the post|post|writing) (?:be |do )?"
    r"(?:ok|okay|all right|alright|fine|possible|better|easier|work|allowed)\b|"
    r"\b(?:can|could|would|will|may) (?:they|you|the team|someone|somebody|the council|your team) "
    r"(?:just |please )?(?:(?:write|post) (?:to )?(?:me|us|her|him|something|it|a letter|letters|"
    r"instead)|write$|send (?:me |us |her |him )?(?:a letter|letters|something in the post|"
    r"it in the post|it by post|something by post))\b|"
    r"\b(?:have|get|send|receive) (?:it|this|that|them|something|things|everything|a letter|"
    r"letters) (?:in the post|by post|by letter|in writing|through the post)\b|"
    r"\bwhat about (?:by )?(?:post|a letter|letters|writing)\b|"
    r"\b(?:would|could|will) it be (?:by )?(?:a )?(?:letter|post)\b|"
    r"\b(?:can|could|may) (?:i|we) write to (?:them|you|the team|the council)\b")


# "They won't tell him will they?", "will the person who rings me tell my husband",
# "will he find out?"
TELL_WORDS = re.compile(
    rf"\b(?:tell|telling|told|let {_OTHER} know|inform|mention (?:it|this|that) to|say "
    rf"(?:anything|owt|it) to)\b(?:\s+\S+){{0,2}}?\s*{_OTHER}\b|"
    rf"\b(?:will|would|could|might|wont|can)\b (?:he|she|they|my {_FAMILY}) (?:ever )?"
    rf"(?:find out|hear about (?:it|this)|be told|see (?:it|this|my messages))\b|"
    # "will he know?", never "will they know to ask for ted?" (the team knowing the way in:
    # round nineteen was told "No. The team will talk only to you")
    rf"\b(?:will|would|could|might|wont|can)\b (?:he|she|my {_FAMILY}) (?:ever )?know\b|"
    rf"\b(?:will|would|could|might|wont|can)\b they (?:ever )?know\b(?! (?:to|about|"
    rf"how|where|when|what|which|who|it s|its|that (?:its|it s|the|my|his|her)))")
TELL_ASKED = re.compile(r"\?|\b(?:will|would|wont|won t|will not|theyll|they will|youll|"
                        r"you will|do|does)\b[^.!]*\b(?:they|you|anyone|the person|the team|"
                        r"someone|he|she)\b|\basking (?:if|whether)\b|\byes or no\b")

# "will my complaint about the late visits get to the right people though?"
COMPLAINT_STATE = re.compile(
    r"\b(?:will|has|did|does|is|have|would)\b(?:\s+\S+){0,4}?\s+(?:my |the |this |that )?"
    r"complaint\b(?:\s+\S+){0,8}?\s+(?:get|go|reach|gone|got|sent|passed|be (?:seen|read|sent|"
    r"passed))\b|\b(?:right|proper) (?:people|person|team)\b.*\?|\bwho (?:will|gets|reads) "
    r"(?:my|the) complaint\b")
# "can you not just pass it on for me?", "send it to them for me"
PASS_ON_WORDS = re.compile(
    # Asking the bot to pass a complaint on, said as a request to the bot ("can you pass it
    # on for me", "send it to the team"): not "she put this on the tablet for me" or "i had
    # to take it all on", which are everyday talk.
    r"\b(?:pass|send|forward) (?:it|this|that|my complaint|all this|all that|what i said|"
    r"it all)(?: all)? (?:on|through|forward|along|in)? ?(?:for me|to them|to the team|"
    r"to the right people|to someone)\b|\b(?:pass|send|forward) my complaint\b|"
    r"\bput (?:it|this|that|my complaint) (?:through|forward) to (?:the team|the right people|"
    r"them|someone)\b|"
    r"\b(?:can|could|will) you (?:not )?(?:just )?(?:pass|send|forward) (?:it|this|that) "
    r"(?:on|through|along|forward)\b|"
    r"\b(?:can|could|will) you (?:not )?(?:just )?(?:complain|report it|"
    r"tell them|let them know) for me\b|\b(?:make|do|put in) (?:the|a|my) complaint for me\b")

HOW_TO_COMPLAIN = re.compile(
    r"\b(?:how|where) (?:do|can|would|should|could) (?:i|we) (?:make a |put in a |go to )?"
    r"complain\w*\b|\bwho (?:do|can|should) (?:i|we) complain to\b|\bhow (?:do|can) (?:i|we) "
    r"(?:make|put in|raise) a complaint\b")


def asks_how_to_complain(text: str) -> bool:
    return bool(text) and bool(HOW_TO_COMPLAIN.search(words_only(text)))


# A hearing need: no phone calls, and staff should know.
HEARING = re.compile(
    r"\b(?:deaf|hard of hearing|hearing aids?|(?:cant|cannot|can not|wont|dont|do not|doesnt)"
    r" hear(?: (?:well|much|very well|the phone|on the phone|it|you|a thing|properly))?|"
    r"(?:not (?:very )?good|no good|rubbish|bad|hopeless|useless) on the phone|"
    r"(?:my )?hearing (?:is|isnt|s) (?:bad|poor|not good|not great|going|awful|terrible)|"
    r"(?:i )?lip ?read)\b")
# "he cant know Im asking", "without him knowing", "don't tell him": only the caller is told.
SECRET = re.compile(
    rf"\b(?:he|she|they|my {_FAMILY}) (?:cant|cannot|can not|mustnt|must not|shouldnt|"
    r"should not|wont|doesnt|does not|isnt to|is not to|must never|cant ever) (?:ever )?"
    # not "she wont know whats going on" (she could not follow it): that is not a secret
    r"(?:know(?! (?:what|whats|who|whos|where|how|when|why|which|anything|much|the (?:day|time|"
    r"date)|its|it s|if (?:its|it s))\b)|find out|hear about (?:it|this)|be told|see (?:it|this))\b|"
    rf"\bwithout (?:him|her|them|my {_FAMILY}) (?:knowing|finding out|being told)\b|"
    rf"\b(?:dont|do not|please dont|never|not) (?:tell|let on to|mention (?:it|this) to) "
    rf"(?:him|her|my {_FAMILY})\b|\bbehind (?:his|her|their) back\b|"
    rf"\bkeep (?:it|this) (?:from|secret from|quiet from) (?:him|her|them|my {_FAMILY})\b")


OPENING = re.compile(r"^(?:(?:ok|okay|oh|right|well|so|and|but|erm|um|hmm|anyway)\s+)+")
SENTENCES = re.compile(r"[.!;\n]+")
QUESTION_OPENINGS = ("did ", "is ", "are ", "will ", "has ", "have ", "so is ", "so are ",
                     "so will ", "when ", "so when ", "and when ", "but when ")


def asks_about_the_call(words: str) -> bool:
    """ "will someone from the council ring me", "is the call back still on"."""
    return bool(CALLBACK_STATE.search(words) or CALL_STILL.search(words)
                or CALL_FAMILY_STILL.search(words))


def callback_question(text: str) -> Optional[str]:
    """Which question about a call-back or a complaint this is, or None.

    Only questions and clear wishes count: "can someone ring me" is a request (None here),
    "my son will call me back later" is an answer."""
    if not text or text.startswith("/"):
        return None
    text = as_meant(text)     # "will they no i want the shop job thing": know
    words = words_only(text)
    raw = text.lower()
    # "ok. is anyone going to ring me or what": the question after an opening "ok".
    opened = OPENING.sub("", words)
    asking = "?" in raw or bool(ASKING.search(words)) or opened.startswith(
        QUESTION_OPENINGS)   # "when will they ring me"
    # "ok the stair lift one might be good. will someone ring me": a later sentence asks
    # about the call itself ("my son will ring me tonight. is that ok" does not).
    asking = asking or any(part.startswith(QUESTION_OPENINGS) and asks_about_the_call(part)
                           for part in (OPENING.sub("", words_only(p))
                                        for p in SENTENCES.split(text)))
    if asks_if_kept_private(text):
        return COMPLAINT_PRIVATE      # "will Kelly find out it was me?"
    if who_finds_out(text):
        # "will Carol find out?"; "will my son find out i told you?" is WONT_TELL, as before
        # (both answered for the disclosure when harm was told)
        return WONT_TELL if TELL_WORDS.search(words) else TELL_THEM
    if HOW_WORDS.search(words) or KNOW_THE_WAY_IN.search(words):
        return HOW_REACHED            # "so how will they get hold of me?"
    if COMPLAINT_STATE.search(words) and ("?" in raw or words.startswith(("will", "has", "did",
                                                                          "is", "does"))):
        return COMPLAINT_STATUS
    if TEAM_SEES_WORDS.search(words):
        return TEAM_SEES              # "will the person who rings me be able to see this chat"
    if SHARED_DEVICE_WORDS.search(words) or (SHARED_DEVICE_WORDS.search(raw) and "?" in raw):
        return SHARED_DEVICE          # "will Keith be able to see this? he uses the tablet too"
    if WHAT_CALL_WORDS.search(words):
        return WHAT_CALL              # "what call back? you havent got my number"
    if WHOSE_NUMBER_WORDS.search(words):
        return WHOSE_NUMBER           # "will they know that is Jean's number, not mine?"
    if INTERPRETER_WORDS.search(words) and INTERPRETER_ASKED.search(raw.strip()):
        return INTERPRETER            # "the team know I need polish interpreter?"
    if PASS_ON_WORDS.search(words):
        return PASS_IT_ON
    if TELL_WORDS.search(words) and (TELL_ASKED.search(raw.replace("'", " ")) or "?" in raw):
        return WONT_TELL
    if KEEP_GOING_WORDS.search(words):
        return KEEP_GOING
    if (CALLBACK_STATE.search(words) or CALL_STILL.search(words) or
            CALL_FAMILY_STILL.search(words)) and asking:
        return STILL_COMING
    if STOP_HERE_WORDS.search(words):
        return STOP_HERE
    if LETTER_WORDS.search(words):
        return LETTER
    return None


def _typed_and_says(pattern: "re.Pattern[str]", text: str) -> bool:
    """Typed words (never a button's payload) in which ``pattern`` is found."""
    return bool(text) and not text.startswith("/") and bool(pattern.search(words_only(text)))


def wants_to_stop_here(text: str) -> bool:
    """ "sorry got to go back to work, can we stop here": a stop said inside a longer message."""
    return _typed_and_says(STOP_HERE_WORDS, text)


def asks_to_pass_it_on(text: str) -> bool:
    return _typed_and_says(PASS_ON_WORDS, text)


# "i cant hear the phone" because of what is going on around them (the carers are in, the
# telly, the kids, the hoover, at work, in the garden), not their ears: a time to avoid,
# never "no calls" (round 13: "not mornings, the carers are in and i cant hear the phone").
RINGING_ONLY = re.compile(
    r"\b(?:cant|cannot|can not|wont|dont|do not|doesnt|never) hear (?:the phone|it|my phone|"
    r"the (?:phone |house phone |landline |mobile )?ring(?:ing)?|it ring(?:ing)?|my mobile|"
    r"the landline|the house phone)\b")
SURROUNDINGS = re.compile(
    r"\b(?:carers?|girls?|nurses?|visitors?|people|kids|children|grandkids|baby|dog|dogs|"
    r"telly|tv|television|radio|music|hoover|washing machine|noise|noisy|loud|racket|"
    r"din|shouting|builders?|traffic|busy|at work|in work|working|out|garden|bath|shower|"
    r"upstairs|downstairs|outside|asleep|in bed|mornings?|afternoons?|evenings?|nights?|"
    r"when|while|whilst|over the|with the|in the (?:morning|afternoon|evening)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|before \d|after \d|till \d|until \d)\b")
# Said of their hearing being fine, or a call asked for in so many words: any "no calls"
# for hearing is taken back ("no my hearing is fine... I want a phone call please").
HEARING_FINE = re.compile(
    r"\b(?:(?:my )?hearing (?:is|s|isnt|is not) (?:fine|ok|okay|good|alright|all right|grand|"
    r"perfect|not (?:bad|a problem|the problem)|no problem)|nothing wrong with my (?:hearing|ears)|"
    r"(?:im|i am) not (?:deaf|hard of hearing)|i(?: can)? hear (?:fine|ok|okay|alright|all right|"
    r"perfectly|well|you fine)|(?:my )?ears are (?:fine|ok|okay|good))\b")
QUESTION_START = ("will ", "is ", "are ", "has ", "have ", "did ", "do ", "does ", "can ",
                  "could ", "when ", "who ", "why ", "how ", "what ")
WANTS_A_CALL = re.compile(
    r"\b(?:i (?:want|would like|d like|need|prefer|rather have)|give me) (?:a )?(?:phone ?call|"
    r"call|ring|phone)\b(?! (?:to|from) (?:my|his|her))|"
    r"\b(?:please |pls )?(?:ring|phone|call) me (?:please|instead|pls|not text|dont text)\b|"
    r"\b(?:i )?(?:dont|do not|cant|cannot) do (?:texts?|texting|emails?)\b|"
    r"\bno (?:texts?|texting|emails?)(?:,)? (?:please|i want a call|ring me|call me)\b")


def hard_of_hearing(text: str) -> bool:
    """A statement about the person's own hearing ("im deaf", "hard of hearing", "i cant
    hear on the phone", "my hearing is bad"); not a phone they cannot hear ring over the
    carers, the telly or work, and not when they say their hearing is fine."""
    plain = words_only(text or "")
    found = [m.start() for m in HEARING.finditer(plain)]
    if not found or HEARING_FINE.search(plain):
        return False
    if any(not RINGING_ONLY.match(plain, start) for start in found):
        return True
    return not SURROUNDINGS.search(plain)


def hearing_taken_back(text: str) -> bool:
    """ "no my hearing is fine", "I want a phone call please, I dont do texts": a hearing
    need noted earlier is not one, and calls are wanted."""
    plain = words_only(text or "")
    if HEARING_FINE.search(plain):
        return True
    # A call wished for in a statement, not asked about ("will anyone ring me? Please just
    # say yes or no" is a question about the call).
    said = [words_only(part) for part in re.split(r"(?<=[.!])\s+|\n+", text or "")
            if part.strip() and "?" not in part]
    return any(WANTS_A_CALL.search(part) and not part.startswith(QUESTION_START)
               for part in said) and not hard_of_hearing(text)


def hearing_need(messages: Iterable[str]) -> bool:
    """A hearing need said in the conversation and not taken back later: the latest says."""
    need = False
    for message in messages:
        if not message or str(message).startswith("/"):
            continue
        if hard_of_hearing(str(message)):
            need = True
        elif need and hearing_taken_back(str(message)):
            need = False
    return need


def keep_it_secret(text: str) -> bool:
    return bool(SECRET.search(words_only(text)))


# ---- who a hand-off is about -------------------------------------------------------------

# Conditions staff need to know about, as people type them.
CONDITIONS = [
    ("dementia", r"dementia|alzheimers?|memory (?:problems|loss|is going)|vascular dementia"),
    ("multiple sclerosis (MS)", r"multiple sclerosis|\bms\b"),
    ("stroke", r"(?:had|has|after) a stroke|strokes?\b"),
    ("Parkinson's", r"parkinsons?"),
    ("motor neurone disease", r"motor neurone|\bmnd\b"),
    ("a learning disability", r"learning disabilit(?:y|ies)"),
    ("autism", r"autism|autistic"),
    ("cancer", r"cancer"),
    ("mental health", r"mental health|depression|bipolar|schizophreni\w*"),
    ("sight loss", r"blind|sight loss|partially sighted"),
    ("hearing loss", r"deaf|hard of hearing"),
]
POWER_OF_ATTORNEY = re.compile(r"\b(?:power of attorney|lpa|attorney|deputy|deputyship)\b")


def conditions_in(messages: Iterable[str]) -> List[str]:
    """Health conditions named anywhere in what was typed, in a fixed order, each once."""
    said = " ".join(words_only(m) for m in messages if m and not str(m).startswith("/"))
    return [name for name, pattern in CONDITIONS if re.search(rf"\b(?:{pattern})", said)]


ABOUT_LINE = "About: their {relationship}{name}."
HEALTH_LINE = "Health: {conditions}."
CANNOT_DECIDE_LINE = "{who} cannot decide this for themselves."
NOT_TOLD_LINE = "{who} does not know about this yet."
AGREES_LINE = "{who} knows and agrees."
PRESENT_LINE = "{who} was with them while they typed."
ATTORNEY_LINE = "The caller says they have legal power to decide about care for them. Please check it."
ANSWERS_LINE = "Answers so far ({who}): {answers}"
ONLY_THEM_LINE = "Contact: talk only to them. They asked that nobody else is told."


def who_lines(slots: Dict[str, Optional[str]], messages: Iterable[str]) -> List[str]:
    """Lines for staff saying who the request is about, when it is about someone else."""
    messages = list(messages)
    about = slots.get("about")
    if about == "self":
        return []   # "my cat biscuit and my mum" in her own form: never "About: their mum Jade"
    relationship = known_relationship(slots.get("relationship") or "")
    name = slots.get("preferred_name")
    if name and (name.startswith("/") or name.lower() in ("skipped", "not_sure", "skip")):
        name = None
    if about != "someone_i_care_for" and not relationship:
        return []
    who = name or (f"Their {relationship}" if relationship else "The person")
    lines = [ABOUT_LINE.format(relationship=relationship or "family member",
                               name=f" {name}" if name else "")]
    found = conditions_in(messages)
    if found:
        lines.append(HEALTH_LINE.format(conditions=", ".join(found)))
    on_behalf = slots.get("on_behalf")
    if on_behalf == "cannot_decide":
        lines.append(CANNOT_DECIDE_LINE.format(who=who))
    elif on_behalf == "not_yet":
        lines.append(NOT_TOLD_LINE.format(who=who))
    elif on_behalf == "agrees":
        lines.append(AGREES_LINE.format(who=who))
    elif on_behalf == "present":
        lines.append(PRESENT_LINE.format(who=who))
    said = " ".join(words_only(m) for m in messages if m and not str(m).startswith("/"))
    if POWER_OF_ATTORNEY.search(said):
        lines.append(ATTORNEY_LINE)
    return lines


def all_texts() -> Dict[str, str]:
    """Lines staff read, with sample values (bot/bot_words.py)."""
    return {
        "callback_talk.about": ABOUT_LINE.format(relationship="mum", name=" Peggy"),
        "callback_talk.health": HEALTH_LINE.format(conditions="dementia"),
        "callback_talk.cannot_decide": CANNOT_DECIDE_LINE.format(who="Peggy"),
        "callback_talk.not_told": NOT_TOLD_LINE.format(who="Their dad"),
        "callback_talk.agrees": AGREES_LINE.format(who="Peggy"),
        "callback_talk.present": PRESENT_LINE.format(who="Peggy"),
        "callback_talk.attorney": ATTORNEY_LINE,
        "callback_talk.only_them": ONLY_THEM_LINE,
        "callback_talk.answers": ANSWERS_LINE.format(
            who="Peggy", answers="A good day: pottering in the garden."),
    }


def wish_in_question(text: str) -> str:
    """The thing they want, from "will they know i want the shop job thing" ("the shop job
    thing"), or "" when the question names none."""
    found = WISH_SAID.search(as_meant(str(text or "")))
    return found.group("wish").strip() if found else ""
