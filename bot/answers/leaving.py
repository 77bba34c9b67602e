"""Leaving words that are not a leaving: "xbox and see my cuzin", "going to see my nan",
"bye-bye to the old job", "i said goodbye to the house".

The model learnt "see you" and "bye" as goodbyes, so any message with "see" or "bye" in it
was answered "Bye for now" (round 6: Jay's good day, "xbox and see my cuzin", twice). A
farewell is said to the person you are talking to: "see you", "see ya later", "bye now",
"ok bye". Here the everyday uses are taken out first (seeing someone or something, a
goodbye said to someone or something else); the message is a leaving only when a farewell
is still there.
"""
from __future__ import annotations

import re

from typing import Callable, List, Optional

from bot.answers.text import short_words, words_only

# "see" with someone or something else after it: "see my cousin", "see the doctor", "go and
# see nan", "seeing friends", "see what happens". Not "see you", "see ya", "see u".
SEEING = re.compile(
    r"\b(?:see|seeing|seein|sees|seen|saw|visit|visiting|visitin)\s+(?!(?:you|ya|yer|u|yous|youse|ye|"
    r"you all|yall)\b)\w+")
# A goodbye said to someone or something else: "said bye to my mum", "bye-bye to the old
# job", "goodbye to all that", "wave bye to", "kiss goodbye".
BYE_TO_OTHERS = re.compile(
    r"\b(?:say|said|saying|says|wave|waved|waving|kiss|kissed|bid|bade|wish|wished)\s+"
    r"(?:(?:a |my |our |their |his |her )?(?:last |final |proper )?)?(?:good ?bye|bye bye|bye)s?"
    r"\s+to\s+(?!(?:you|u|ya|yous|you all|everyone|all)\b)\w+"
    r"|\b(?:good ?bye|bye bye|bye)\s+to\s+(?!(?:you|u|ya|yous|you all|everyone|all)\b)\w+"
    r"|\b(?:my|our|their|his|her|the)\s+(?:good ?byes?|byes?)\b")
# Goodbyes in the languages people here often write in (round fourteen: "dziękuję, do
# widzenia" was kept as the answer to "How are you keeping?"): Polish, Welsh, Urdu and
# Punjabi, Arabic, Romanian, Spanish, French, German, Italian, Portuguese, Turkish, Somali.
FOREIGN_GOODBYES = (r"do widzenia|dowidzenia|do zobaczenia|na razie|hwyl fawr|hwyl|da bo(?:ch)?|"
                    r"khuda hafiz|khudahafiz|khuda haafiz|allah hafiz|allah haafiz|alvida|"
                    r"phir milenge|ma ?a? ?salama|ma assalama|maa salama|la revedere|pa pa|"
                    r"adios|adiós|hasta luego|au revoir|tschüss|tschuss|auf wiedersehen|ciao|"
                    r"arrivederci|tchau|adeus|hoşça kal|hosca kal|nabad gelyo|nabadgelyo")
# Thanks in those languages, said with a goodbye ("diolch, hwyl", "shukriya, khuda hafiz").
FOREIGN_THANKS = (r"dziękuję|dziekuje|dzięki|dzieki|diolch(?: yn fawr)?|shukriya|shukria|"
                  r"shukran|dhanyavaad|dhanyavad|dhanyawad|mulțumesc|multumesc|gracias|merci|"
                  r"danke|grazie|obrigad[oa]|teşekkürler|tesekkurler|mahadsanid")
# What is left after the everyday uses that is a farewell to us.
FAREWELL = re.compile(
    r"\b(?:bye|byee+|goodbye|good bye|bye bye|byebye|ta ra|tara|tata|ta ta|see you|see ya|"
    r"see u|cya|cheerio|night night|nighty night|good ?night|ttyl|laters|take care|"
    r"speak soon|talk soon|speak later|talk later|catch you later|gotta go|got to go|"
    r"have to go|need to go|must go|better go|im off|i am off|off now|going now|leaving now|"
    r"signing off|logging off|all the best|thats all|that is all|thats it|thats everything|"
    r"thanks for (?:listening|your help|the help|trying)|" + FOREIGN_GOODBYES + r")\b")


def without_everyday_leaving_words(text: str) -> str:
    """The message's words with "see my cousin" and "goodbye to the old job" taken out."""
    said = NIGHT_AS_NEED.sub(" ", BYE_TO_OTHERS.sub(" ", words_only(text)))
    return re.sub(r"\s+", " ", SEEING.sub(" ", said)).strip()


# "night sitter. overnight care", "help at night": the night as a time of need, not "good
# night" (round ten: taken as a goodbye).
NIGHT_AS_NEED = re.compile(r"\b(?:night ?(?:sitter|sitting|sits|care|carer|carers|time|shift|"
                           r"nurse|help|staff)s?|overnight|at night|in the night|nights)\b")


def has_everyday_leaving_words(text: str) -> bool:
    """ "see my cousin", "bye-bye to the old job", "a night sitter": leaving words used about
    something else."""
    said = words_only(text)
    return bool(SEEING.search(said) or BYE_TO_OTHERS.search(said) or NIGHT_AS_NEED.search(said))


def says_farewell(text: str) -> bool:
    """A farewell to us is in the message once the everyday uses are taken out."""
    return bool(FAREWELL.search(without_everyday_leaving_words(text)))


def leaving_words_not_a_leaving(text: str) -> bool:
    """ "xbox and see my cuzin": "see" or "bye" is there, but nobody is leaving."""
    return has_everyday_leaving_words(text) and not says_farewell(text)


# Going for now, to come back to it (round nine: "ok i have to go back in. can i finish this
# tonight" at work got "Go safely" and "press 55"): with no danger told, the resume code.
FINISH_LATER = re.compile(
    r"\b(?:can|could|may|will) (?:i|we) (?:finish|do|carry on|continue|come back to|complete|"
    r"pick up|go on with)(?: (?:this|it|the rest|them|the questions))?(?: (?:off|on|with))? "
    r"(?:later|tonight|tomorrow|another (?:time|day)|after work|at the weekend|this evening|"
    r"when i get home|on my break)\b"
    r"|\b(?:finish|do) (?:this|it|the rest) (?:later|tonight|tomorrow|another (?:time|day)|"
    r"after work)\b"
    r"|\b(?:have to|got to|gotta|need to|must) (?:go|get) back (?:in|to work|to my desk|on shift|"
    r"inside)\b|\b(?:i'?m|im|i am) (?:going|heading|off) back (?:in|to work)\b"
    r"|\bmy break(?:'s| is) (?:over|nearly over|up)\b", re.IGNORECASE)


def goes_for_now(text: str) -> bool:
    """ "i have to go back in", "can i finish this tonight": going for now, to come back."""
    return bool(FINISH_LATER.search(str(text or "").replace("\u2019", "'")))


# A skip said with a goodbye: "skip. ta-ra then", "pass, bye now" (round eleven: saved as
# the safety wish). Neither part is an answer.
SKIP_WORDS = re.compile(r"^(?:ok |okay |right |well |oh )?(?:skip|skip it|skip this|skip that|"
                        r"skip this one|pass|next|no thanks|no thank you|never mind|nevermind|"
                        r"forget it|leave it|not now)(?: then| thanks| ta)?$")
MAX_SKIP_AND_FAREWELL_WORDS = 10


def farewell_with_a_skip(text: str) -> bool:
    """ "skip. ta-ra then": a goodbye, with nothing but a skip or a thanks beside it."""
    said = short_words(text, MAX_SKIP_AND_FAREWELL_WORDS)
    if not said:
        return False
    parts = [words_only(p) for p in re.split(r"[.!?,;\n]+", str(text)) if words_only(p)]
    return any(says_farewell(p) for p in parts) and any(SKIP_WORDS.match(p) for p in parts) \
        and all(says_farewell(p) or SKIP_WORDS.match(p) for p in parts)


# ---- a goodbye at the end of a message, inside the questions --------------------------------
# Round twelve: "stop. bye", "...mood up and down. thanks bye" and "got to go. ta" at a
# question were answered with the question again (or "type carry on" and the crisis
# numbers); "ta ta" with "is there anything else?". A goodbye, alone or at the end of a
# message, in any spelling, is a leaving: the answer said before it is kept, the questions
# are paused and the person is told how to come back.
SIGN_OFF = re.compile(
    r"(?:bye+|bye+ bye+|byebye|good ?bye|bye for now|bye 4 now|ta ?ta|tata|ta ?ra|tarra|"
    r"tara|tarrah|see (?:you|ya|u|yer)(?: (?:later|soon|tomorrow|another time|then))?|cya|"
    r"c u|c ya|cheerio|cheers(?: then| for now| for that| bye| love)?|night night|"
    r"nighty night|good ?night|nite|ttyl|ttfn|laters|take care|speak (?:soon|later)|"
    r"talk (?:soon|later)|catch (?:you|ya|u) later|got(?: to| 2|ta) go|gotta go|gtg|g2g|"
    r"(?:i )?(?:have to|need to|must|better|best|ll have to) (?:go|dash|love you and leave you)|"
    r"(?:i )?(?:have|need|got) to (?:go|dash|run)(?: now)?|(?:im|i am) off(?: now)?|"
    r"signing off|logging off|all the best|thanks for (?:listening|your help|the help|"
    r"trying|that)|(?:thats|that is) all(?: for now| for today)?(?= (?:thanks|thank you|ta|"
    r"cheers|bye)|$)|(?:thats|that is) it for (?:now|today)|" + FOREIGN_GOODBYES + r")")
# Said with the goodbye and no answer either: "ok", "thanks", "stop", "anyway".
AROUND_A_SIGN_OFF = re.compile(
    r"(?:ok|okay|ok then|right|right then|well|anyway|anyways|so|sorry|stop|stop now|"
    r"stop there|thanks|thank you|thanku|thank u|thanks again|ta|thx|ty|cheers|love|x+|"
    r"lol|then|now|for now|all|bye|(?:i ll|ill|i will|im going to|i am going to|gonna) "
    r"(?:have to |need to |got to )?(?:stop|leave it|finish) (?:there|here|now|for now|"
    r"for today)|(?:i ll|ill|i will|i|i can|i shall|i must|i have to) (?:come back|carry on|"
    r"finish|do the rest|do it) (?:later|another time|another day|tomorrow|tonight|after work)|"
    r"(?:he|she|they|[a-z]+) needs? me(?: now)?|"
    # "sorry my break is finish, i must go back to work" (round fourteen)
    r"back (?:to work|in|inside|to my desk|on shift|to the office)|"
    r"(?:my )?(?:lunch |tea )?break(?: is| s|s)? (?:finish|finished|over|done|up|nearly over|"
    r"ending|ended)|" + FOREIGN_THANKS + r"|"
    r"(?:boss|someone|somebody|the door|doorbell|the phone|kids?)(?: is| s)? "
    r"(?:here|back|calling|ringing|at the door|home))")
_PIECES = re.compile(r"(?<=[.!?;,\n])\s*|\s+-\s+")


def _part_kind(words: str) -> Optional[str]:
    """ "goodbye" for a part of a message that says goodbye ("thanks bye", "got to go", "ta
    ta", with "ok", "anyway" or a reason beside it), "around" for one that only says what
    goes with a goodbye ("ta", "anyway", "gary needs me"), else None."""
    if not words or has_everyday_leaving_words(words) and not says_farewell(words):
        return None
    rest, found = words, None
    while rest:
        head = re.match(r"(?:" + SIGN_OFF.pattern + r")(?: |$)", rest)
        if head:
            found = "goodbye"
            rest = rest[head.end():]
            continue
        other = re.match(r"(?:" + AROUND_A_SIGN_OFF.pattern + r")(?: |$)", rest)
        if other:
            found = found or "around"
            rest = rest[other.end():]
            continue
        return None
    return found


# "thats all", "thats it for now": a goodbye only when nothing is said before it ("she does
# her own shopping, thats all" is the whole answer).
ALL_SAID = re.compile(r"^(?:thats|that is) (?:all|it)\b")
# "cheers" after an answer is thanks ("my son helps, cheers"); alone, a goodbye.
CHEERS = re.compile(r"^(?:ok |okay |right |well )?cheers(?: then| love| mate| for that)?$")


def goodbye_at_end(text: str) -> Optional[str]:
    """What was said before a goodbye that ends the message ("" for a goodbye alone), or
    None when the message does not end with one. "knackered. mood up and down. thanks bye"
    -> "knackered. mood up and down."; "stop. bye" -> ""; "bye-bye to the old job" -> None."""
    raw = str(text or "").strip()
    if not raw:
        return None
    pieces = [p for p in _PIECES.split(raw) if p and p.strip()]
    kinds = [_part_kind(words_only(p)) if words_only(p) else "around" for p in pieces]
    keep = len(pieces)
    while keep and kinds[keep - 1] is not None:
        keep -= 1
    said_goodbye = [words_only(p) for p, k in zip(pieces[keep:], kinds[keep:]) if k == "goodbye"]
    if said_goodbye and not (keep and all(ALL_SAID.match(w) or CHEERS.match(w)
                                          for w in said_goodbye)):
        return " ".join(p.strip() for p in pieces[:keep]).strip(" ,;-")
    # A goodbye at the end of the last piece, with no mark before it: "mood up and down
    # thanks bye". Only the plain farewells, never "later" or "take care" inside an answer.
    last = words_only(pieces[-1])
    found = re.search(r"(?:^| )((?:(?:ok|okay|anyway|thanks|thank you|ta|cheers) )*(?:bye+|"
                      r"bye+ bye+|good ?bye|bye for now|ta ta|tata|ta ra|tara|cya|cheerio|"
                      r"ttfn|gtg|g2g|got to go|gotta go)(?: (?:now|then|for now|love|x+))?)$", last)
    if not found or has_everyday_leaving_words(last) and not says_farewell(last):
        return None
    before_words = last[:found.start(1)].split()
    # Cut the raw last piece by words: everything but the goodbye's words.
    raw_words = pieces[-1].split()
    cut = len(raw_words) - len(found.group(1).split())
    kept_last = " ".join(raw_words[:max(cut, 0)]) if before_words else ""
    return " ".join([p.strip() for p in pieces[:-1]] + [kept_last]).strip(" ,;-")


def answer_before_a_question(text: str, asks: Callable[[str], bool]) -> str:
    """The answer said before a question in a leaving message: "knackered. mood up and down.
    anyway ill have to stop there, gary needs me. will someone still ring me?" ->
    "knackered. mood up and down." (``asks`` says which sentence is the question)."""
    kept: List[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", str(text or "").strip()):
        if not sentence.strip() or asks(sentence) or "?" in sentence:
            break
        kept.append(sentence.strip())
    pieces = [p for p in _PIECES.split(" ".join(kept)) if p and p.strip()]
    while pieces and _part_kind(words_only(pieces[-1])) == "around":
        pieces.pop()   # "anyway ill have to stop there", "gary needs me"
    return " ".join(p.strip() for p in pieces).strip(" ,;-")


ONLY_ALL_SAID = re.compile(r"^(?:no |nope |nah |ok )?(?:thats|that is|thats just) (?:all|it|everything)"
                           r"(?: (?:thanks|thank you|ta|cheers|really))*$")


def only_all_said(text: str) -> bool:
    """ "thats all", "no thats it thanks": at "is anything else hard?" the answer (nothing
    else), not a goodbye."""
    return bool(ONLY_ALL_SAID.match(words_only(text)))
