"""Context that sets a danger word aside: negation, over and done, hypothetical, media,
a chosen arrangement, a figure of speech.

"nobody hurts me", "he fell last year but he's fine now", "what would happen if...",
"a film about abuse", "my son helps with my money, I asked him to", "dying for a cuppa".
Each check looks at the clause around a hit (for negation) or the whole message (for
the others) in normalised text, and returns the reason it found, or "".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, List, Optional, Pattern, Tuple

from bot.answers.terms import asks_what_a_term_means, mentions_a_care_word_with_a_question
from bot.phrases import SPAN_JOIN, every_span, span
from bot.safety import everyday_news
from bot.safety.detector import risk_words_in

_NEGATORS = {"not", "no", "never", "nobody", "noone", "nothing", "n't", "neither", "nor",
             "none", "nowhere", "without"}
_NEG_PHRASES = ("no one", "not being", "isn't", "aren't", "wasn't", "weren't", "hasn't",
                "haven't", "didn't", "doesn't", "don't")
_CLAUSE_BREAK = {".", "!", "?", ";", ",", "but", "and", "though", "because", "so", "cos",
                 "just", "although", "however"}


def found_unless(found: Tuple[Pattern, ...], unless: Tuple[Pattern, ...]) -> Callable[[str], bool]:
    """One shape for the many readers below: true when every pattern of ``found`` is in the
    message and none of ``unless`` is ("a joke said as a joke, with nothing of fear beside
    it")."""
    def read(norm: str) -> bool:
        return all(p.search(norm) for p in found) and not any(p.search(norm) for p in unless)
    return read

# Over and done: the danger is in the past and now resolved.
RESOLVED = re.compile(
    r"\b(fine now|fine again|ok now|okay now|(it'?s|its|it is|that'?s|thats|all) (all )?(right|correct) now|all fine|all good now|all ok now|all healed|healed (up|now|fine)|all gone|"
    r"better now|much better|right as rain|back to normal|recovered|made a (full )?recovery|"
    r"sorted (now|out)|all sorted|resolved|no harm done|nothing happened|false alarm|"
    r"(years|months) ago|last (year|christmas|winter|summer|spring|autumn)|in (19|20)\d\d|"
    r"when (i|he|she) was (young|little|a child|a kid)|back in the day|never again since|"
    r"bank (stopped|caught|refunded|blocked)|got (it|the money) back|turned out to be|"
    r"was genuine|genuinely from|all above board|it was (just|only)|stopped by (my|the|her|his) bank|"
    r"didn'?t lose|(been )?fine (ever )?since|since then|all clear|wasn'?t a real|"
    r"hasn'?t had one since|not had one since|well controlled|under control|"
    r"(normal|usual) for (me|him|her|them)|(he|she|they)('s| is| are|'re) always like that|"
    # an event long over, told for its history: "when he was a teenager, he's 50 now",
    # "in march ... they're controlled", "doing brilliantly", "well for ten years"
    r"when (i|he|she|they) (was|were) (younger|a teenager|at school|at college|in (my|his|her|their) \w+s)|"
    r"(i'?m|i am|he'?s|he is|she'?s|she is|they'?re|they are) (\d+|fifty|sixty|seventy|eighty) now|"
    r"been (well|clean|stable) for (\w+ )?(years|months)|"
    r"made a (good|great|full|fantastic) recovery|"
    r"(is|are|'s|'re) (now )?(controlled|well managed)|used to (self[- ]?harm|cut myself|hurt myself)|"
    r"(all )?repaired now|(had|got) a pacemaker|"
    # safety14: then and now, told as a story with a good ending: "my aunt used to hoard
    # before she moved, now shes tidy and happy", "its not happened again", "i changed agency
    # in the spring and these ones are brilliant", "since the operation im on top of it"
    r"(not|never|hasn'?t|hasnt|haven'?t) happened (again|since)|"
    r"(changed|switched|moved) (agency|agencies|carers|care company|homes?|the sling|provider)[^.!?]{0,50}"
    r"\b(brilliant|great|lovely|fine|better|good|wonderful|fab|fantastic|much happier)|"
    r"\bnow (she'?s|shes|he'?s|hes|i'?m|im|they'?re|theyre|it'?s|its|the house is|the house'?s) (really |so |very |much )?"
    r"(tidy|spotless|happy|happier|settled|eating well|doing (great|well|fine|brilliantly|really well)|"
    r"on top of (it|things|everything))|"
    r"(doing|getting on) (great|brilliantly|really well|so well) now|"
    r"(since|after) (the|his|her|my) (operation|op|new (carer|carers|medication|tablets))[^.!?]{0,30}"
    r"\b(on top of (it|things)|doing (great|well|fine)|much better|spotless|tidy))\b")
# ...but not when the harm goes on: "a carer did things to me last year, he still works for
# the agency", "since then mums savings have gone", "havent had heating since last winter".
CONTINUING = re.compile(
    r"\b(still (works|working|comes|coming|visits|there|does|doing|happening|going on|takes|taking|"
    r"has|have|lives|living)|(haven'?t|hasn'?t|havent|hasnt|not) (had|been|seen|left|got) "
    r"[a-z ]{0,30}since|(savings|money|pension|account|inheritance)('s| has| have)? (all )?(gone|went|"
    r"dropped|disappeared)|keeps? (on|happening)|every (day|week|time|night))\b"
    # Someone runs the person's money now (present tense), whatever started it last year
    # (safety11): "my son moved back in last year... he sees to my bank card now".
    r"|\b(sees to|deals with|handles|has|holds|keeps|manages|looks after|runs|"
    r"controls|takes|does) (my|her|his|their|our|mum'?s|dad'?s|nan'?s) (bank )?(cards?|money|"
    r"pension|benefits|accounts?|finances|bills|post)\b"
    # safety14: "ago" that dates a loss, not the end of the harm: "wearing the same clothes
    # since mum died three months ago"
    r"|\bsince (\w+ ){0,3}(died|passed|passed away|went into (a |the )?(home|hospital)) "
    r"(\w+ ){0,2}(weeks|months|years) ago\b")
# Money taken stays taken (safety9): "he spent all her money before she died" is not over
# because it was last year, nor a chosen arrangement because he had power of attorney; "the
# change never comes back" is help that has gone wrong.
MONEY_TAKEN = re.compile(
    r"\b((spent|took|taken|emptied|drained|cleared|used|blew|blown) (all |most )?(of )?(her|his|my|their|"
    r"mum'?s|dad'?s|nan'?s|gran'?s) (money|savings|pension|account|inheritance)|"
    r"(the )?(change|money|receipts?) (never|doesn'?t|doesnt|don'?t|dont) (comes?|came) back)\b")
# Hypothetical or asking in general.
HYPOTHETICAL = re.compile(
    r"\b(what (would|should|do) (i|we|you) do if|what happens if|what if|if (ever|something)|"
    r"how (do|would|can) (i|you|we|people) (spot|know|tell|report|recognise)|"
    r"what (are|is) the signs|signs of|how to (spot|avoid|report|recognise)|"
    r"(worried|afraid|scared) (that )?(it|this) (might|could) happen|hypothetically|"
    r"what counts as|is it (classed|counted) as|does .{0,30} count as|"
    r"in case (he|she|they|mum|dad) (chokes?|falls?|wanders?|gets? lost)|"
    # a carer's emergency plan: "if i ended up in hospital who would look after him"
    r"if i (end|ended|ending|was to end) up in (hospital|a&e)|if i (got|get|was|were|fell|fall) (ill|poorly|sick)|"
    r"(types|kinds|sorts) of (abuse|neglect|harm|scams?)|what (is|are) (abuse|neglect|safeguarding|a scam|scams)|"
    r"(what|how) (are|do) (the )?(signs|symptoms)|(know|learn|teach|tell) (me )?the signs)\b")
# Media, training, study: talk about danger, not danger.
MEDIA = re.compile(
    r"\b(film|movie|programme|program|documentary|series|soap|drama|book|novel|podcast|"
    r"article|play|show|course|training|lecture|dissertation|essay|assignment|leaflet|poster|"
    r"campaign|webinar|workshop|story|storyline|episode) (about|on|where|with|called)\b|"
    r"\bon (the )?(local )?(news|telly|tv|radio)\b|\b(saw|seen|read) (a post |something |it )?on "
    r"(facebook|the internet|a website) (about|that|saying)\b|"
    # safety13: "watching casualty and a man took an overdose", "a piece on the local news
    # about a home that...", "an advert on the bus about domestic abuse", "a school project
    # about elder abuse", "a radio phone in about lonely old men"
    r"\b(watching|watched) (casualty|eastenders|corrie|coronation street|emmerdale|holby|the soaps?|"
    r"a soap|the telly|telly|tv|the news)\b|\b(the|a|last night'?s) (film|programme|documentary|soap|"
    r"drama|episode) (last night|on (the )?(telly|tv|bbc|itv))\b|"
    r"\b(piece|item|story|report|advert|advertisement|poster|leaflet|phone[- ]in|project|talk) "
    r"(on|in) (the )?(local )?(news|paper|bus|radio|telly|tv|facebook|school)\b|"
    r"\b(school|college|uni|university) (project|homework|assignment)\b|"
    r"\b(advert|phone[- ]in|piece|project|programme|documentary|article) about\b|"
    r"\b(watching|watched|reading|read|listening to|listened to|saw|seen) (a |the |an |this )?"
    r"(film|movie|programme|documentary|series|soap|drama|book|novel|podcast|article|news|"
    r"storyline|episode)|"
    r"\b(news|radio|telly|tv|paper|papers) (item|report|piece|story|said|says|warned|had)\b|"
    r"\b(training|safeguarding|awareness|information) (video|film|session|module|pack)\b|"
    r"\bvideo (about|on)\b|\b(a |the )?(tiktok|youtube|instagram|reel|reels|vlog) (about|on|of)\b|"
    r"\b(storyline|eastenders|coronation street|corrie|emmerdale|hollyoaks|dissertation|casualty on|"
    r"on casualty|holby|crimewatch|panorama|dispatches|murder mystery|true crime|"
    r"book group|book club|reading group)\b|"
    r"\b(doing|did|on|attending|attended|went on|going on|booked on) (a|an|the|my|our) [a-z ]{0,25}"
    r"(course|training|module|qualification|nvq|diploma|induction)\b|"
    r"\bawareness (week|day|course|training|month)\b|\btraining (course|day|session)\b")
# Arrangements the person chose.
CHOSEN = re.compile(
    r"\b(i asked (him|her|them)|asked (him|her|them) to|i chose|chose (to|that)|by agreement|"
    r"i let (my|our) \w+ (check|look at|look through) my (phone|texts|post|emails)|"
    r"we agreed|i agreed|i'm happy (with|for)|i am happy (with|for)|(she|he|mum|dad) (likes|is happy|"
    r"wants) (him|her|them|me) (to|doing)|i trust (him|her|them)|power of attorney|lasting power|"
    r"\blpa\b|appointee|appointeeship|deputy(ship)?|court of protection|all above board|"
    r"with (my|her|his|their) (permission|consent|agreement)|i let (him|her|them)|"
    r"in return|works for (both|all) of us|my choice|her choice|his choice|their choice|"
    r"i never liked (numbers|money|banking|the bank)|"
    r"(always |she always |he always )?brings? (me )?(back )?(the )?(receipt|receipts|change)|we agreed|agreed as a family|"
    # a reason the person gives for the help, and the checks they keep on it
    r"(works|working|worked) (well |fine )?for (us|me|both of us|all of us)|"
    # safety9: said as the person's own decision ("i asked my son to keep my bank card because
    # i kept losing it", "we decided as a family... dad agreed", "she has always dealt with the
    # money", "i said my son could keep the spare key", "cos my eyes are bad")
    r"(i )?asked (my|our) \w+( \w+)? to(?! (stop|not|leave|give|quit|keep away))|we (decided|agreed|chose)|decided (as a family|together)|"
    r"(dad|mum|nan|grandad|he|she|they) (agreed|was happy|is happy|wanted it)|"
    r"(has|have|'s|'ve) always (dealt with|handled|managed|looked after|done) (the|our|my|all the) "
    r"(money|bills|finances|banking|post|paperwork)|i (said|told) (my|our) \w+ (he |she )?(could|can)|"
    r"i wanted (him|her|them) to have|"
    r"(because|cos|coz|as|since) (i (kept|keep) (losing|forgetting|dropping) (it|them|my)|i (can'?t|cant|"
    r"cannot) (see|read) (the|my|it|them)|my (eyes|sight|hands|memory|hearing) (are|is) (bad|poor|going))|"
    r"(shows?|showing|gives?|giving) me (the |my |all the )?(bank )?(statements?|receipts?|change)|"
    r"(i'?m|i am|never been|was never) (no good|rubbish|hopeless|useless|not good) (with|at) (money|numbers|figures|banking|computers)|"
    r"i (don'?t|do not|never) (like|understand|do) (figures|numbers|sums|online banking|the banking)|"
    r"(gets|does|picks up|fetches|collects) (my|her|his|our) (bits|shopping|groceries|prescriptions?|messages)\b(?! and (keeps|never))|"
    r"(a|such a|a really) good (lad|lass|girl|boy|son|daughter|grandson|granddaughter)|"
    # a helper the person praises: "shes a godsend", "i couldnt manage without him"
    r"(a|an|my|our|such a|an absolute|a real) (godsend|lifesaver|life saver|saint|angel|diamond|gem|treasure|rock)|"
    r"(couldn'?t|could not|can'?t|cannot) (manage|cope|do it) without (him|her|them)|"
    r"(i'?m|i am|we'?re|we are) (really )?(happy|glad|pleased) (with that|about that|he does|she does|they do))\b")
# Everyday sayings that use danger words.
FIGURE = re.compile(
    r"\b(dying (to|for)|killing time|kill(ing)? for an?|to die for|(is|are|'s|'re) killing me|"
    r"killing it|murder (a|for) |could murder|die(d)? (of|from)? ?laugh|died of embarrassment|"
    r"dead (on my feet|tired|beat|good|chuffed|nice|easy|bored|busy|keen)|bored to death|"
    r"scared me to death|nearly had a heart attack|heart attack when|over my dead body|"
    r"killed it|smashed it|(be|been|is|was) the death of (me|us|him|her)|"
    r"killer (sense|smile|heels|view|joke|tune|line|dress|cake|workout)|"
    r"shattered|knackered|cream crackered|done in|battery (is |was )?(dying|dead)|"
    r"(will|would|'ll) kill me if|"
    # safety14: found out over a purchase ("my husband will kill me when he sees how much i
    # spent"); never over telling or leaving (REAL_THREAT keeps those)
    r"(will|would|'ll|\b(?:s?hell|s?hed|theyll|theyd)) (kill|murder) me when (he|she|they|my \w+) "
    r"(sees?|finds? out|hears?|notices?|gets? the bill|reads?) (how much|what|that) i "
    r"(spent|spend|bought|buy|paid|broke|ate|did to)|(knees|back|feet|legs|hips?|joints|head) (are|is|were|was) "
    r"(screaming|killing)|"
    r"(phone|plant|plants|flowers|telly|tv|laptop|tablet|ipad|boiler|fridge|car) (is |are |was )?(dying|dead|died)|"
    # "i could kill him when he leaves his towels", "killing me these stairs", "shoot me now"
    r"i could (kill|murder|strangle|throttle|swing for|cheerfully kill) (him|her|them|you|my (?!self\b)\w+)|"
    r"killing me,? (these|this|that|the|my|them|those)|(is|are|'s|'re) murder (on|for) (my|your|the)|"
    r"shoot me now|drop dead (gorgeous|lovely|handsome|beautiful|stunning)|if looks could kill|"
    r"dying of (boredom|embarrassment|curiosity)|dead to the world|"
    r"(dying|desperate) to (get back|go back|see|try|meet|know|hear|tell|get out|get started)|"
    # safety14: sayings about age, fuss and family ("older than the hills", "pushing up
    # daisies by the time the wet room is fitted", "wrapped round her little finger", "a law
    # unto himself", "my guts for garters", "nagged to death")
    r"older than the hills|pushing up (the )?daisies|wrapped (a?round|round) (her|his|their|my) little finger|"
    r"a law unto (him|her|them)sel(f|ves)|guts for garters|(nagged|nagging|fussed|fussing) (me )?to death|"
    r"(bosses|bossing|bossed) me (about|around))")
# Said as a joke: with "kill me" words it is a figure of speech, unless the message says
# what would bring it on is telling someone ("he'll kill me if he finds out i told you").
JOKING = re.compile(r"\b(lol|lmao|haha+|hehe|jk|only joking|just joking|joking aside)\b|\U0001F602|\U0001F923")
KILL_ME = re.compile(r"\b((kill|murder|strangle|throttle) me|(be|i'?m|im) dead( meat)? when)\b")
REAL_THREAT = re.compile(
    r"\b(if|when) (he|she|they|my \w+) (finds? out|found out|knew|knows|hears?) (that )?i "
    r"(told|tell|rang|spoke|talked|contacted|reported|said)|"
    r"\b(if|when) i (tell|told|ring|rang|report|leave|left|go to|speak to|talk to) "
    r"(anyone|anybody|someone|you|the police|police|the council|social services|my \w+)\b|"
    # safety14: leaving the person ("hell kill me if i ever leave", "if i left him") and
    # refusing a demand for money ("hed kill me if i didnt give him my pension", "unless i pay
    # him") are threats, never a saying about a trifle.
    r"\b(if|when|unless) i (ever |even |try to |tried to )?(leave|left|walk out|go|went)"
    r"( (him|her|them|home|the house|this house|for good))?(?= *($|[.,!?;]| again| ever| for good))|"
    r"\b(if|when) i (don'?t|do not|didn'?t|did not|won'?t|will not|wont|dont|didnt|refuse to|refused to) "
    r"(give|hand( over)?|lend|pay|sign|transfer|send)( (him|her|them|it over))?"
    r"( (the|my|his|her|their|more|some|any))? ?(money|cash|pension|card|pin|savings|benefits|wages|"
    r"house|will|over|up|him|her|them)\b|"
    r"\bunless i (give|hand|pay|sign|transfer|send)\b|"
    # ...and being caught reaching out: "hell kill me if he sees me on here"
    r"\b(if|when) (he|she|they|my \w+) (sees?|saw|catches?|caught|finds?|found|hears?|heard) me "
    r"(on here|on this|talking|texting|typing|online|on the (phone|computer|laptop)|with (you|anyone|someone))")


# Someone, not something, "is killing me": never a saying taken on trust (concepts.yml
# person_killing asks about it).
PERSON_KILLING = re.compile(
    r"\b(he|she|they|him|her|husband|wife|partner|son|daughter|dad|mum|boyfriend|girlfriend|"
    r"carer|brother|sister|ex|stepdad|lodger|grandson|neighbour)('s| is| are|'re| was| were)?"
    r"( really| actually| literally)? (killing|murdering) (me|us)\b")


# safety14: teasing said as teasing ("mum says im a useless lump when i burn the toast, its
# our joke", "my sister says shell disown me if i dont bring mum, its a running joke", "me mam
# calls me a lazy so and so but she dont mean it lol"): a name or a threat over a trifle with
# the joke said, and nothing of fear, hurt, money or leaving beside it. The classifier alone
# reads the names as abuse; a reviewed pattern still counts.
SAID_IN_FUN = re.compile(
    r"\b((its|it'?s|it is) (our|a|just a|a running|an old|only a) (joke|running joke|laugh)|running joke|"
    r"our (joke|little joke|game)|(don'?t|dont|doesn'?t|doesnt|never) (mean|means|meant) it|"
    r"laughs? (her|his|their|my) heads? off|pulling my leg|in fun|only (joking|teasing|messing)|"
    r"(just|only) (joking|teasing|banter|messing about)|banter|bless (her|him))\b")
FUN_SPOILED = re.compile(
    r"\b(scared|frightened|afraid|terrified|hurt\w*|hit|hits|slap\w*|push\w*|kick\w*|bruis\w*|"
    r"cry|crying|cries|upset|money|pension|card|bank|leave (him|her)|police|every day|all the time|"
    r"not funny|isn'?t funny|isnt funny|hate it|makes me feel|worthless|useless (all|every))\b")


said_in_fun = found_unless((SAID_IN_FUN,), (FUN_SPOILED,))


# safety14: a thing, not a person, "will kill me" ("he said the heat will kill me", "these
# stairs will be the death of me", "the price of gas will finish me off"): weather, effort,
# costs, chores and habits, said as a worry or a moan. Never when telling or leaving is the
# cause (REAL_THREAT), and a person before it keeps the hit ("the lodger will kill me").
THING_KILLS = re.compile(
    r"\b(the|this|that|these|those|all (?:the|this|that|these)|my|his|her|our)"
    r" (?:\w+ ){0,2}?(heat|cold|weather|damp|rain|snow|wind|stairs|steps|hill|hills|walk|"
    r"walking|climb|bills?|prices?|price|cost|costs|rent|energy|gas|electric|electricity|council tax|"
    r"smoking|smoke|fags|drink|drinking|diet|salt|sugar|chocolate|cake|cakes|food|journey|drive|"
    r"worry|worrying|stress|waiting|wait|queue|queues|traffic|pain|cough|arthritis|forms?|paperwork|"
    r"washing|ironing|garden|gardening|hoovering|housework|cleaning|job|work|shifts?|noise|hours|"
    r"exercise|exercises|physio|gym|bus|buses|trains?|hospital food|nhs|wait list|waiting list|"
    r"state of (?:it|things)|whole thing|all this|it)( of (?:the )?\w+)?"
    r" (will|would|'ll|is going to|is gonna|going to|gonna|could|might|may|is|are|'s|'re)"
    r"( really| probably| actually)? (kill|killing|finish|finishing|be the death of) (me|us)\b")
_THING_IS_A_PERSON = re.compile(
    r"\b(he|she|they|husband|wife|partner|son|daughter|dad|mum|boyfriend|girlfriend|carer|brother|"
    r"sister|ex|stepdad|lodger|grandson|granddaughter|neighbour|man|woman|lad|bloke|fella|family)\b")


_KILL_WORDS = re.compile(r"kill|finish|death")


def thing_will_kill(norm: str) -> List[str]:
    """Where a thing (heat, stairs, bills) is said to be what "will kill me": a worry, not a
    threat (the matched words; a hit inside one of them is set aside, danger elsewhere in the
    message still counts)."""
    if not _KILL_WORDS.search(norm) or REAL_THREAT.search(norm):
        return []
    return [m.group(0) for m in THING_KILLS.finditer(norm)
            if not _THING_IS_A_PERSON.search(m.group(0))]


def figure_spans(norm: str) -> List[Tuple[int, int]]:
    """Where the everyday sayings of FIGURE are in the message (character offsets); none
    when harm is tied to telling, or a person is said to be killing someone."""
    if PERSON_KILLING.search(norm) or REAL_THREAT.search(norm):
        return []
    spans = [m.span() for m in FIGURE.finditer(norm)]
    if JOKING.search(norm):
        # "my sister will kill me when she sees ... lol": the "kill me" is the joke's
        spans += [m.span() for m in KILL_ME.finditer(norm)]
    return spans


def blank(norm: str, spans: Iterable[Tuple[int, int]]) -> str:
    """The message with the given character spans blanked (same length, same offsets)."""
    chars = list(norm)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def figure_of_speech(norm: str, spans: Iterable[Tuple[int, int]] = ()) -> bool:
    """A saying that uses danger words ("dying for a cuppa"), or "kill me" said as a joke;
    never when the message says telling someone would bring the harm on. The reason only
    quietens the classifier's own guess: danger patterns outside the saying still count
    (decide.py sets aside only the hits that share a word with it).
    ``spans``: sayings found by the concept patterns (concepts.yml, category "figure")."""
    if REAL_THREAT.search(norm) or PERSON_KILLING.search(norm):
        return False
    return bool(list(spans) or figure_spans(norm))


# The whole message denies the danger: "i'm not being abused", "nobody's taking advantage".
DENIED = re.compile(
    r"(^|[.!?,] )((honestly|really|seriously|look|but|and) )?(i'?m|i am|she'?s|he'?s|they'?re|mum'?s|dad'?s)? ?(really |honestly )?"
    r"(not|never) (being |been |feeling |feel )?(abused|scammed|hurt|suicidal|scared|frightened|"
    r"afraid|missing|neglected|a burden|in (any )?danger|unsafe|at (any )?risk)|"
    r"\b(nobody|no one|noone|nobodys|nobody'?s|no-one)('s| is| has| ever)? ?"
    r"(hurting|hurt|taking|taken|stopping|stops|hit|hits|abusing|bullying|controlling|"
    r"threatening|been in|missing|gone missing|in (any )?danger)|"
    r"\b(it'?s|its|it is|this is|that'?s) not (abuse|a scam|neglect|an emergency)|"
    r"\bi'?ve not been (scammed|abused|hurt|hit)|\bi haven'?t been (scammed|abused|hurt)|"
    r"\b(isn'?t|aren'?t|wasn'?t|weren'?t) (taking|hurting|hitting|neglecting|abusing|stealing|missing)|"
    r"nothing to worry about|i'?m (perfectly |completely )?safe\b|i feel safe\b|"
    r"\b(doesn'?t|don'?t|didn'?t|never|wouldn'?t|won'?t) (ever )?(take|takes|took|steal|steals|touch|touches) (any|my)\b|"
    r"\b(doesn'?t|don'?t|didn'?t|never|wouldn'?t|won'?t) (ever )?(hurt|hurts|hit|hits|shout at|shouts at|push|pushes|"
    r"threaten|threatens|abuse|bully|bullies) (me|us)\b|"
    r"\b(never|not once|haven'?t|hasn'?t) (ever )?(missed|misses|miss) (a|any|one) (visit|call|day|time)\b|"
    r"\b(wasn'?t|weren'?t|never been|haven'?t been|hasn'?t been|not been) (scammed|conned|hurt|abused|hit|harmed|robbed)\b|"
    r"\b(i'?ve|i have|i'?d|i would) never (ever )?(thought|think|felt) (about|of) "
    r"(hurting|harming|killing|ending) (myself|my life)(?! (until|till|before|but))|"
    r"\bi (don'?t|do not) want to die ,? i (want|just|would|'d)|"
    # round eight: a denial in the middle of a sentence ("im tired not suicidal", "no im
    # not in danger", "im not going to do anything stupid", "i haven't hurt myself")
    r"\b(not|never) (really |feeling |been )?suicidal\b(?!,? (but|though|until|unless))|"
    r"\bnot in (any )?danger\b(?!,? (but|though|until|unless))|"
    r"\b(not|never|n'?t) (going|gonna|about) to do anything (stupid|silly|daft|drastic)\b|"
    r"\bi (haven'?t|havent|have not|didn'?t|didnt|did not|never) (hurt|harmed|harm|cut|done anything to) "
    r"(myself|meself)\b(?!,? (but|though|yet))|"
    # safety9: "i wouldnt ever hurt myself", "ive never thought about ending it", "i dont feel
    # like a burden", "nobody has been unkind to dad", "he has never laid a finger on me"
    r"\b(wouldn'?t|would never|won'?t|will never|would not|will not|could never|couldn'?t) (ever )?"
    r"(hurt|harm|kill|end) (myself|meself|my life|it)\b(?!,? (but|though|yet|until|unless))|"
    r"\b(never|not|n'?t) (ever |once )?(really )?(thought|think|thinking|considered) (about|of) (ending|killing|"
    r"hurting|harming) (it|myself|meself|my life|things)\b(?!,? (but|though|yet|until|unless))|"
    r"\b(don'?t|do not|never|dont) (ever )?feel (like )?(a|i'?m a) burden\b(?!,? (but|though|yet))|"
    r"\b(nobody|no one|noone|no-one)('s| has| is| was)? (ever )?(been )?(unkind|rough|nasty|horrible|"
    r"cruel|mean|rude|unpleasant) (to|with)\b(?![^.!?]{0,40}\b(but|though|except|apart from)\b)|"
    r"\bnever (ever )?(laid|put|raised|lifted) a (finger|hand) (on|to|against) (me|her|him|us|them)\b"
    r"(?!,? (but|though|until|till))|"
    # safety14: "mum is not being hit, she bruises easily", "dad isnt being neglected, he just
    # refuses", "i am not hoarding i promise"
    r"\b(is|are|was|were|am|'m|'s|i'm|im)( not|n'?t|nt) being (neglected|abused|hurt|hit|scammed|bullied|"
    r"mistreated|ignored|hit or hurt)\b(?!,? (but|though|until|till|yet))|"
    r"\b(i'?m|i am|im|she'?s|he'?s|shes|hes) not (a )?(hoarding|hoarder|neglecting (myself|herself|himself))\b"
    r"(?!,? (but|though|yet))")


# Talk about the form or the chat itself: "what's the point of these questions".
FORM = re.compile(
    r"\b(point|use|need) (of|in|for) (this|these|the|all|that|those|your|filling|doing|answering|asking)"
    r"( (this|these|the|all|that|those|your|of))? ?(form|forms|survey|surveys|question|questions|"
    r"questionnaire|bot|chat|app|website|assessment|review|in|out|it|me)\b|"
    r"\b(point|use) (of|in) (filling|answering|completing) (in|out|this|these|all|the|it)\b|"
    r"\b(enough|sick|tired|fed up|bored) (of|with) (this|these|the|your|all) (these |this |the )?"
    r"(form|forms|survey|question|questions|questionnaire|bot|chat|app|website)\b|"
    # a copy of what the person has typed in: "can i have a copy of all my answers"
    r"\b(copy|copies|print ?out|printout|record|summary|pdf|email) of (everything|all|what|my|the)"
    r"( of)?( that| this| my| the)? ?(i'?ve|i have|i|ive|answers|replies|info|information|details|"
    r"put|typed|written|wrote|said|entered|filled)\b")


# The end of a survey or form: "im finished with the survey. goodbye", "thats everything for
# the questions, bye". A goodbye to the form, unless the message also speaks of ending more.
SURVEY_DONE = re.compile(
    r"\b(finished|done|through) with (the|this|your|these|that) (survey|form|questions|questionnaire|"
    r"feedback|assessment|review)\b|\b(that'?s|thats|that is) (everything|all|it|me done) (for|with) "
    r"(the|this|your) (survey|form|questions|questionnaire|feedback)\b|"
    r"\ball done with (the|this|your) (survey|form|questions|questionnaire|feedback)\b")
ENDING_MORE = re.compile(r"\b(everything|it all|all of it|my life|life|for good|forever|no more|"
                         r"tablets|pills|sorted my|affairs|not be (here|around)|won'?t be)\b")

# Recovery after an illness that is over: "had a stroke in the summer", "walking's better",
# "my weak side", "since the stroke", "I can drive short trips again". Context, not an
# emergency now; never when a sign of one happening now is in the message.
RECOVERING = re.compile(
    r"\b((in|back in|over|during) the (summer|spring|autumn|winter)|"
    r"(in|back in|since) (january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|since (the|my|her|his|their) (stroke|fall|op|operation|heart attack|"
    r"surgery|illness|infection|chest infection|hip|knee)|after (the|my|her|his) (stroke|fall|op|"
    r"operation|heart attack|surgery)|since last (week|month|year)|(weeks|months|years) ago|"
    r"weak(er)? (side|hand|arm|leg)|good (side|hand|arm|leg)|"
    r"(walking|speech|talking|balance|grip|arm|hand|leg|breathing)('?s| is| are| has)? (much |a lot |loads |"
    r"lots )?(better|improving|getting better|coming back|come back|stronger)|"
    r"physio|rehab|reablement|occupational therapist|on the mend|recovering|recovery|phased return|"
    r"(get|getting) (my|his|her) (\w+ ){0,2}back\b|\bcan (\w+ ){1,3}again)\b")
HAPPENING_NOW = re.compile(
    r"\b((face|mouth|smile) (has |is )?(dropped|drooping|droopy|gone)|slurr\w*|can'?t (lift|move|feel|"
    r"speak|talk|breathe|wake)|cannot (lift|move|feel|speak|breathe)|just now|suddenly|all of a sudden|"
    r"right now|this (morning|afternoon|evening)|minutes ago|an hour ago|collapsed|not breathing|"
    r"unconscious|won'?t wake|on the floor|having (a|another) (stroke|fit|seizure|heart attack))\b")


# Time words that put an emergency in this moment: "he had a stroke last year but right now
# his face is drooping" is an emergency now, whatever is past.
NOW = re.compile(r"\b(right now|just now|suddenly|all of a sudden|this (morning|afternoon|evening)|"
                 r"minutes ago|an hour ago|(has|have|is|'s) just)\b")


# ...and the illness it is about: time words alone ("since last month") are not recovery.
HEALTH = re.compile(r"\b(stroke|tia|heart attack|op|operation|surgery|fall|hip|knee|physio|rehab|"
                    r"reablement|walking|speech|balance|grip|weak(er)? (side|hand|arm|leg)|stick|frame|drive|driving|"
                    r"chest infection|infection|copd|illness|hospital|cardiac|therapist)\b")


# Recovery talk about an illness that is over, with no sign of an emergency now.
recovering = found_unless((RECOVERING, HEALTH), (HAPPENING_NOW,))


# A goodbye to the survey or the form, and nothing said about ending more.
survey_done = found_unless((SURVEY_DONE,), (ENDING_MORE,))


# Stopping the form for now to finish it later ("stop for now and finish it tonight"): talk
# about the form, not a plan. Both halves are needed; "end it tonight" is never this.
PAUSING = re.compile(
    r"\b(stop|pause|leave (it|this|things)|have a break|take a break|save (it|this|my answers)|"
    r"come back( to (it|this))?|call it a day)( it| this)?( here| there)? (for now|for the moment|for today|"
    r"for a bit|for a while|now|here|there|later)\b")
FINISH_LATER = re.compile(
    r"\b(finish|complete|do|fill in|carry on with|go through) (it|this|the rest|them|the form|"
    r"the questions|off|it off|the survey|the assessment)( off)? (later|tonight|tomorrow|"
    r"another (time|day)|after (work|tea|dinner)|at (home|lunch)|this (evening|afternoon|weekend)|"
    r"when (i|im|i'?m|i am) (home|back|free))\b")


# Finishing the form later, said without a "stop": "i'll finish this tonight", "can i
# finish it later tonight", "ill do the rest after tea". Words that name the form, ask
# leave, or say "later" mark it; "finish it tonight" alone does not.
FORM_LATER = re.compile(
    r"\b(finish|complete|fill in|fill out|carry on with|go through|get through|get back to|"
    r"come back to|pick up|do(?= the (rest|form|questions|survey|assessment)))( off)? "
    r"(it|this|these|them|the rest|the form|the questions|the survey|"
    r"the assessment|my answers)( off| of (it|this|them|the \w+))?( \w+){0,3}? (later|tonight|"
    r"tomorrow|another (time|day)|after (work|tea|dinner|lunch)|this (evening|afternoon|weekend)|"
    r"at the weekend|in a bit)\b")
# ...and what shows it is the form: a word naming it, "later", or asking leave.
FORM_MARK = re.compile(
    r"\b(this|these|the rest|the form|the questions|the survey|the assessment|my answers|later|"
    r"in a bit|off)\b|\b(can|could|may|shall) (i|we)\b")
# Words that make "finish it tonight" a decision about a life, whatever else is said.
PLAN_WORDS = re.compile(
    r"\b(end (it|things|everything|my life)|all tonight|it all|for good|once and for all|"
    r"made my mind up|decided|decision|goodbye|good bye|cant (go on|do this|take)|can'?t (go on|do this|take)|"
    r"no more|no point|kill|die|dead|suicide|pills|tablets|overdose|rope|bridge|letters?|"
    r"nobody will|won'?t be (here|around)|not be (here|around)|last (night|day|time|message))\b")


# Round 15 (safety16): "no time now, ill do it tonight. bye" in answer to "how long is it":
# doing something later, said with no time now, a goodbye, or the chore or form named. A time
# is a plan only beside words of ending a life (PLAN_WORDS): "ill do it tonight, i have the
# pills saved" is never this; nor "bye" said as a farewell to people ("tell the kids...").
DO_LATER = re.compile(
    r"\b(i'?ll|ill|i will|i can|i could|i'?m going to|im going to|i'?m gonna|im gonna|gonna|i'?d better|"
    r"ill have to|i'?ll have to|i'?ll try (and|to)|ill try (and|to)) (do|finish|have a go at|look at|sort|get on with|"
    r"fill in|fill out|get through) (it|this|that|them|the rest)( off| in| out)? (later|tonight|tomorrow|"
    r"after work|after tea|at the weekend|this (evening|afternoon|weekend)|in a bit|when i can)\b")
BUSY_OR_CHORE = re.compile(
    r"\b(no time|not got (the )?time|haven'?t got (the )?time|havent got (the )?time|got no time|no time now|"
    r"short of time|too busy|busy|at work|on my break|in a rush|rushing|"
    r"bye+|bye for now|ta ?ra|tara|cheerio|got to go|gotta go|have to go|must go|need to go|speak (to you )?later|"
    r"the (washing|ironing|hoovering|shopping|cleaning|dishes|pots|form|forms|survey|assessment|questions|"
    r"paperwork|rest of it|carers (one|assessment)|carer'?s (one|assessment)))\b")
FAREWELL_TO_PEOPLE = re.compile(
    r"\b(love (you|them|u|ya|all)|tell (my|the|our|her|his) \w+|everyone|every1|all of you|you all|"
    r"forever|for ever|sorry for|thank you for everything|thanks for everything|look after)\b")


# "ill do it tonight. bye", "no time now, ill do it tonight" (see DO_LATER).
doing_it_later = found_unless((DO_LATER, BUSY_OR_CHORE), (PLAN_WORDS, FAREWELL_TO_PEOPLE))


def pausing_the_form(norm: str) -> bool:
    """The person stops the form for now and will finish it later, or says they will
    finish the form later ("can i finish it later tonight"), with no word of a plan."""
    if PAUSING.search(norm) and FINISH_LATER.search(norm):
        return True
    if doing_it_later(norm):
        return True
    found = FORM_LATER.search(norm)
    return bool(found) and bool(FORM_MARK.search(norm)) and not PLAN_WORDS.search(norm)


# Frustration at the bot or a service, not at a person.
SWEARING = re.compile(
    r"\b(bloody|bleeding|effing|f\w*king|fucking|damn|damned|crappy|rubbish|useless|stupid|"
    r"pointless|ridiculous) (bot|computer|computers|machine|thing|system|website|app|chat|"
    r"chatbot|robot|phone line|form|service|council|questions?)\b|"
    r"\b(this|your) (bot|chatbot|chat|machine|computer|website|app|system) (is|are)\b")
# A complaint about how a service runs.
COMPLAINT = re.compile(
    r"\b(make a complaint|want to complain|formal complaint|(make|put in|lodge|raise) an? (proper|formal|official) complaint|complaints (procedure|process|team)|"
    r"not happy with|unhappy with|disappointed with|"
    r"always late|late again|keep(s)? being late|waiting (for )?(weeks|months)|"
    r"nobody (rings|calls|phones) back|no one (rings|calls|phones) back|rota|rotas)\b")


# A time limit: "by the weekend", "before morning", "after the funeral". With a wish to die
# in the same message it makes a plan with a time (decide.py).
DEADLINE = re.compile(
    r"\b(by|before|after|on|this|next|come|until|till|til) (the |this |next )?"
    r"(weekend|tonight|tomorrow|morning|friday|saturday|sunday|monday|tuesday|wednesday|"
    r"thursday|christmas|new year|birthday|funeral|anniversary|end of (the )?(week|month)|"
    r"week|month|payday|rent day)\b|\b(tonight|2nite|tomorrow)\b")


# Loneliness told as a story ("since she went nobody much knocks on the door"): the
# classifier alone, which reads grief's words close to a wish to die, needs to be surer
# before it asks about ending a life; a phrase that names the wish still counts.
LONELY = re.compile(
    r"\b(nobody|no one|noone|hardly anyone|hardly anybody|nobody much|no one much) "
    r"(much )?(ever )?(knocks|visits|pops round|pops in)\b|"
    r"\b(lonely|loneliness|on my own since|just me now|just me and the (cat|dog))\b")

# Taking back what was said ("forget i said anything", "ignore me, im being daft"): after a
# disclosure, a reason to ask the direct question, never to drop the concern. Only the
# general take-back counts; "forget what i said about tuesday" is not one.
TAKE_BACK = re.compile(
    r"\b(forget (i said anything|i said that|i ever said|what i (just )?said|everything i said|all that|"
    r"i mentioned it)|ignore (what i (just )?said|everything i said)|"
    r"ignore me,? (i'?m|im|i am) (fine|ok|okay|alright|being)|"
    r"i didn'?t (really )?mean (it|that|any of it)|pretend i (never|didn'?t) sa(y|id) (anything|it|that)|"
    r"(i'?m|i am|just) being (silly|daft|dramatic|stupid)|never mind what i said|"
    r"shouldn'?t have said (anything|that))\b(?! (about|re|regarding|for|on) )")
# ...but not a slip of the keyboard: "ignore that, wrong button", "i meant my sister".
CORRECTION = re.compile(r"\b(wrong (button|person|chat|box)|typo|i meant|meant to (say|type|press|put))\b")


# The person takes back what they said, and it is not a typing slip.
takes_back = found_unless((TAKE_BACK,), (CORRECTION,))

# A person hinting, not telling: "it's a bit awkward to say", "i'd rather not say". The
# classifier alone then asks one gentle question instead of giving the full answer.
# Said as last words (safety9): a time, a place or a goodbye that a pattern only asks about
# ("ive picked the day", "im at the top of the cliff", "goodbye forever") is clear when the
# message also says it is telling someone before the end ("i just wanted someone to know",
# "sorry for everything", "everything's ready", "tell my daughter i love her", "the water looks
# peaceful", "nobody would find me").
LAST_WORDS = re.compile(
    r"\b((i )?(just )?wanted (someone|somebody|you|anyone|one person) to know|(i )?(just )?wanted to "
    r"(tell|say it to) (someone|somebody|you|anyone)|sorry for (everything|all of it|being a burden)|"
    r"forgive me|everything'?s (ready|sorted|arranged|in place)|everything is (ready|arranged|in place)|"
    r"it'?s all (ready|arranged|planned)|(got|have|had) it (all )?planned|tell (my|the|our) \w+ (that )?"
    r"i love|look(s|ing)? (so )?peaceful|(is|are|keeps?) calling (me|to me)|just thinking\W*$|"
    r"(no ?one|nobody) (would|will) (find|notice|miss)|(i'?m|im|i am) done\b(?! with (the|this|that) "
    r"(form|survey|question))|can'?t (do|take) (this|it) any ?more)")
# ...never when the time is named for an event ("tomorrow is the day of my op, just wanted
# someone to know", "picked the day for the wedding, everythings ready").
NAMED_EVENT = re.compile(
    r"\b(day|date|night|time) (of|for) (my|the|his|her|our|their|mum'?s|dad'?s|nan'?s) \w+|"
    r"\b(op|operation|appointment|surgery|scan|results|assessment|interview|wedding|party|"
    r"christening|holiday|move|moving day|exam|test|hearing|tribunal|court)\b")
HESITANT = re.compile(
    r"\b(awkward|hard|difficult|embarrassing|not easy|tricky) (thing )?to (say|talk about|explain|admit)|"
    r"\b(i'?d|i would) rather not say|don'?t (really )?know how to say|not sure how to say")


def negated(keys: List[str], lowers: List[str], start: int, end: int = -1) -> bool:
    """True when a negator comes before the hit in the same clause ("nobody hurts me",
    "he doesn't hit me"), or inside it when ``end`` is given ("i'm not suicidal")."""
    for i in range(start + 1, min(end, len(lowers))):
        if lowers[i] in _NEGATORS or keys[i] in _NEGATORS:
            return True
    i = min(start, len(lowers)) - 1
    steps = 0
    while i >= 0 and steps < 6:
        word = lowers[i]
        if word in _CLAUSE_BREAK:
            break
        if word in _NEGATORS or keys[i] in _NEGATORS or word in _NEG_PHRASES:
            return True
        i -= 1
        steps += 1
    # Negation just after the first word: "he never hits me" is covered above;
    # "hurts me? no, nobody does" is left to the classifier.
    return False


# How to reach the person safely, told after a disclosure: "please dont ring the house, he
# answers", "a text would be safer". An instruction for the hand-off, not a new disclosure.
SAFE_CONTACT = re.compile(
    r"\b(please )?(don'?t|do not|dont|never|not) (ring|call|phone|write to|post|send (a |any )?(letter|letters)|"
    r"come (to|round))( me)?( on)? (the |my |our )?(house|home|landline|house phone|home phone|address|"
    r"here|at home)\b|"
    r"\b(a )?(text|texts|texting|message|email|whatsapp)( me)? (would be|is|'?s|will be|be) (safer|better|best|"
    r"easier|the only way)\b|"
    r"\b(only|just) (text|message|email)( me)?\b|\b(safer|best|better) (to|if you) (text|message|email)\b|"
    r"\b(he|she|they|my son|my husband|my daughter) (answers|picks up|gets to|opens|reads) "
    r"(the )?(phone|door|post|letters)")

# The money runs out though someone else handles it: "never anything left by the middle of
# the month". With a person handling the money, a clear safeguarding concern.
MONEY_GONE = re.compile(
    r"\b(never|nothing|not|hardly|nowt|no money)( anything| much| a penny| a thing)? left\b|"
    r"\b(account|purse|savings|pension|card) (is |are |'?s )?(always |just )?(empty|emptied|drained|gone)\b|"
    r"\b(money|pension|savings) (always |just )?(goes|runs out|vanishes|disappears)\b")


# Any word of money or things of value: the classifier alone naming money taken, with none of
# these, guesses what was not said ("things have got a bit difficult at home since my grandson
# moved in": round 18 gave "Tell the bank now" to a woman who had not mentioned money).
MONEY_WORD = re.compile(
    r"\b(money|moneys|cash|pension|pensions|savings|bank|banks|account|accounts|card|cards|"
    r"pin|purse|wallet|benefits?|pip|universal credit|bills?|rent|wages?|paid|pay|pays|paying|"
    r"debt|debts|loan|loans|borrow\w*|lend\w*|owe\w*|spent|spend\w*|steal\w*|stole|stolen|"
    r"nick\w*|pinch\w*|jewell?e?ry|rings?|valuables|will|inheritance|house|deeds|scam\w*|"
    r"con|conned|fraud|pounds?|quid|fiver|tenner|£\w*|\d+ ?(p|k))\b")


# What the person would like to happen, after telling (Making Safeguarding Personal): "i
# want a different carer", "i dont want her to know it was me".
WISH = re.compile(
    r"\b(i'?d|i would|i|id) (just )?(want|like|prefer) (a|an) (different|new|other) "
    r"(carer|worker|agency|care worker|social worker|home)\b|"
    r"\b(don'?t|do not|dont) want (him|her|them|anyone|my \w+) (to )?(know|find out)( that)? "
    r"(it was me|i (said|told|rang|spoke|reported))")

# Not seeing friends, told as loneliness ("i dont see my friends anymore"); someone who stops
# the person seeing them is a concept pattern (domestic_control), not this.
LOST_TOUCH = re.compile(
    r"\b(i|we) (don'?t|dont|never|hardly|rarely|can'?t) (really )?(get to |get out to )?"
    r"(see|meet|go out with|catch up with) (my |any of my |me )?(friends|mates|pals|anyone|people)"
    r"( anymore| any more| these days| now| much)?\b")
# ...unless someone is keeping them away: "he doesnt like me seeing them", "she gets jealous".
KEPT_AWAY = re.compile(
    r"\b(won'?t|wont|doesn'?t|doesnt|does not|never|didn'?t) (let|allow|like|want)|"
    r"\b(stops?|stopped|keeps?|kept) (me|us)\b|not allowed|jealous|"
    r"\b(he|she|they) (says|said|gets|goes|went|made)\b")


# Not seeing friends any more, with nobody named keeping the person away.
lost_touch = found_unless((LOST_TOUCH,), (KEPT_AWAY,))

# A carer worn out by years of caring ("11 years ive looked after him and im so tired"): the
# carer's route, unless a pattern names a wish to die.
CARING = re.compile(r"\b(look(ed|ing)? after|car(e|ed|ing) for|nurs(e|ed|ing)) (him|her|them|my \w+)\b")
WORN_OUT = re.compile(r"\b(tired|exhausted|shattered|worn out|knackered|drained|run ragged|on my knees)\b")


def worn_out_carer(norm: str) -> bool:
    return bool(CARING.search(norm) and WORN_OUT.search(norm)) or carer_lost_temper(norm)


# A carer owning up to a raised voice (round 13): "im that tired i shouted at my wife last
# night, will they think im a bad husband", "i snapped at mum and feel awful". Carer strain,
# told with guilt: the carer's route (a break, a carer's assessment), not the abuse script.
# Never when someone shouts at or hurts the person, or the carer says more than words.
SELF_RAISED_VOICE = re.compile(
    r"\b(i|i'?ve|ive|i have|i had|i'?d) (just |even |actually |then |nearly |sometimes |have )?"
    r"(shouted|yelled|snapped|screamed|swore|shout|yell|snap|lost my temper|lost it|raised my voice|"
    r"got cross|get cross|was short|am short|get short)( at| with)? (her|him|them|my \w+|mum|dad|nan|"
    r"grandad)?\b")
OTHERS_HARM = re.compile(
    r"\b(he|she|they|my \w+|mum|dad) (\w+ )?(shouts?|shouted|yells?|yelled|screams?|screamed|swears?|"
    r"swore|hits?|hit|pushe[sd]|push|slapp?\w*|grabb?\w*|threaten\w*) (at |to )?(me|us)\b|"
    r"\bi (hit|pushed|shoved|slapped|grabbed|shook|kicked|punched|hurt|locked|tied) \w+")


carer_lost_temper = found_unless((SELF_RAISED_VOICE,), (OTHERS_HARM,))


# Asking for a group, a club or a service ("is there a group for people whove lost their
# wife"): a search, whose words the classifier alone may read as a hint.
SEEKING = re.compile(
    r"\b(is there|are there|any|know of|looking for|where can i (find|get)|can you find|"
    r"recommend|find me)( a| an| any| some)? (local )?(group|groups|club|clubs|service|services|"
    r"class|classes|cafe|cafes|befriending|support group|drop[- ]in|meet[- ]?ups?|activity|"
    r"activities|course|courses|session|sessions)\b")
# Asking whether a place is accessible (safety9): "staying at my sisters next week, does the
# day centre there have wheelchair access" is a question about a place, not someone fleeing.
# Like the other everyday reasons, only when no danger word is left outside it (``_explains``).
ACCESS_QUESTION = re.compile(
    r"\b((does|do|will|would) (it|they|the \w+( \w+){0,2}|her \w+( \w+)?|his \w+( \w+)?|their \w+|"
    r"that \w+|(the )?\w+ there|anywhere|anything|any of them) (have|has|got) (a |an |any |got )?|"
    r"(is|are) there (a |an |any )?|(anywhere|somewhere|places?|cafes?|pubs?|shops?|venues?|"
    r"groups?|clubs?|centres?)( \w+){0,3} with (a |an )?|(need|want|looking for) (somewhere|a place|"
    r"places|anywhere) with (a |an )?)"
    r"(wheelchair|disabled|step[- ]free|level) (access|entrance|toilets?|loos?|parking|bays?)\b|"
    r"\b(is|are) (it|they|there|the \w+( \w+){0,2}|that \w+) (fully )?(wheelchair )?(accessible|"
    r"wheelchair friendly)\b")

# An illness showing its signs: "the bad days are when she gets confused and frightened",
# "dad gets muddled and scared at night", "sundowning". The fear is the illness's, told with
# its time or its cause (night, bad days, the dementia), not a person's doing. Soft, so a
# concept pattern ("frightened of her carer") still counts, and only when no other danger
# word is in the message (see ``_explains``).
SYMPTOM = re.compile(
    r"\b(gets?|getting|becomes?|becoming|goes|can be|can get|is|feels?|seems?)"
    r" (so |very |really |quite |a bit |a little |more |all )?(confused|muddled|disorientated|"
    r"disoriented|agitated|frightened|scared|anxious|upset|distressed|restless|mixed up|"
    r"tearful|panicky|worked up)( and (so |very |really |quite )?(confused|muddled|disorientated|"
    r"disoriented|agitated|frightened|scared|anxious|upset|distressed|restless|tearful|panicky))?\b"
    r"(?! (of|by|to|that|when (he|she|they|someone)) )")
SYMPTOM_WHEN = re.compile(
    r"\b(at night|in the night|night ?time|in the evenings?|evenings|when it gets dark|"
    r"bad days?|on a bad day|sundown\w*|because of (the|her|his|my) (dementia|alzheimer'?s|illness|"
    r"condition|memory)|the dementia|her dementia|his dementia|the alzheimer'?s|(doctor|gp|nurse) "
    r"(says|said)|if (her|his|the) routine|new faces|in the (supermarket|shops?|hospital))\b")


def symptom(norm: str) -> str:
    """The span of a person's illness showing (confusion, fear at night), or ""."""
    found = SYMPTOM.search(norm)
    return found.group(0) if found and SYMPTOM_WHEN.search(norm) else ""


# Wanting rest: "even one night where i can sleep", "just want a proper break", "a lie in".
# A worn-out carer's wish, not a wish to die; "sleep and never wake up" is a concept pattern.
REST = re.compile(
    r"\b((just |even |only )?(one|a|a single|a full|a whole|one whole) (night|day|weekend|afternoon)"
    r"( off| away| to myself| where i can| when i can| of (proper |decent |unbroken )?sleep)|"
    r"(a|one|some|proper|decent|good|full|unbroken) (night'?s )?(sleep|kip|rest|lie[- ]in|breather|"
    r"night off|day off|break|respite)|(so|where|when) (i|we) (can|could) (sleep|rest|get some sleep|"
    r"have a (break|rest|lie[- ]in|nap))|sleep through( the night)?|catch up on (some )?sleep)\b")
NEVER_WAKE = re.compile(r"\b(not|never|don'?t|wouldn'?t) wake|forever|for good|and not come back|"
                        r"permanent|never (have to )?(wake|get up)|(from|of) (it all|everything|life|living)|"
                        r"long|final|eternal|last")


def rest_wish(norm: str) -> str:
    found = REST.search(norm)
    return found.group(0) if found and not NEVER_WAKE.search(norm) else ""


# In a hurry for an everyday reason: "im at work so need to be quick", "on my lunch break".
HURRY = re.compile(
    r"\b((i'?m|im|i am) (at|on my|in) (work|lunch|my lunch|a meeting|the car|the bus|the train|"
    r"the shop|a break|my break|the school run)|on my (lunch|break|tea break)|"
    r"(need|have|got) to be (quick|brief)|(be|make it|keep it) quick|in a (rush|hurry)|"
    r"(short|pushed) (of|for|on) time|only (got|have) (a )?(few|five|5|ten|10|a couple of) min|"
    # "i cant stay long im afraid, ill have to go soon": "i'm afraid" said as "sorry"
    r"(can'?t|cannot|can not) stay (long|for long|much longer)|(have|got) to go soon|"
    r"(i'?m|im|i am) afraid(?=\s*(,|\.|$|i\b|i'll|not\b|so\b)))")

# Loneliness in the evenings told as a routine: "i eat on my own and go to bed at 8 because
# theres nothing else". A route to company, not a wish to die or neglect by someone.
ALONE_ROUTINE = re.compile(
    r"\b((eat|eating|ate|sit|sitting|live|living|am|i'?m|im) (on my own|alone|by myself)|"
    r"(there'?s|theres|there is|got) nothing (else )?(to do|else)|nobody to (talk|chat) to|"
    r"(evenings|nights|weekends|days) (are|is) (long|the worst|quiet|empty)|"
    r"(go|off|in) to bed (at|by) (\d+|seven|eight|nine)|in bed by (\d+|seven|eight|nine))\b")


# Someone has gone out somewhere ordinary for a while, so the person can talk: "he has gone to
# the bookmakers so i have an hour", "hes gone out to the pub". Not a missing person (a
# pattern for "not come back" still counts) and not a goodbye.
OUT_FOR_NOW = re.compile(
    r"\b((he|she|they|my (son|husband|partner|daughter|wife|grandson|granddaughter|dad|mum|"
    r"brother|sister|lodger))('?s|s| is| has|'ve| have)? (gone|popped|nipped|out)( out| off)?"
    r"( to| down to| down| round to| round| up to| up| at| for)? (the |his |her |their |a |an )?(pub|bookies|"
    r"bookmakers|betting shop|shops?|supermarket|club|match|football|bingo|work|gym|market|"
    r"bank|post office|mates|friends?|doctors?|dentist|allotment|paper shop|walk|drink|pint)"
    r"|so (i'?ve|ive|i have|i'?ve got|i got) (an hour|a bit|some time|a minute|a few minutes|"
    r"a while|half an hour))\b")
NOT_BACK = re.compile(r"\b(not|never|hasn'?t|hasnt|didn'?t|didnt|haven'?t) (come|came|been) "
                      r"(back|home)|missing|can'?t find|cant find|wandered|no sign of\b")


def out_for_now(norm: str) -> str:
    """The words saying someone is out for a while, or "" (never when they are missing)."""
    return "" if NOT_BACK.search(norm) else span(OUT_FOR_NOW, norm)


# Someone has come in and the person must leave the chat now: "he's back I have to go",
# "someone's coming", "got to go hes here". A quick, quiet goodbye with the numbers (see
# bot/safety/engine quick exit), never a question on screen.
ARRIVAL = re.compile(
    r"\b((he|she|they|someone|somebody|my (son|husband|partner|daughter|wife|grandson|"
    r"granddaughter|nephew|boyfriend|girlfriend|brother|sister|carer|lodger))('?s|s| is|'re| are)"
    r" (just )?(back|here|home|in|coming|coming in|coming back|at the door|outside|on (his|her|their) way"
    r"( up| in| back)?)|"
    r"(someone|somebody) (is |'?s )?(coming|at the door)|"
    r"(he|she|they|someone|somebody)('?s|s| has|'ve| have)? (just )?(came|come|walked|got) (back|in|home)|"
    r"(i )?(can )?hear (him|her|them|the door|the key|his key|her key|his car|her car|the car)|"
    r"key in the door|coming up the (stairs|path|drive)|"
    # safety17 (round 17): back any minute, said as a reason to go ("i'd better go, he'll be
    # back soon"); a time later ("back on friday") is NOT_NOW, a goodbye is needed (quick_exit).
    r"(he|she|they|my (son|husband|partner|daughter|wife|grandson|granddaughter|nephew|boyfriend|"
    r"girlfriend|brother|sister|carer|lodger))('?ll|ll| will|'?s going to|s gonna|'?s gonna|'?ll be| is gonna|"
    r"'?d) (be )?(back|home|here|in)( any (minute|second|moment|time now)| soon| shortly| in (a|a few|"
    r"five|ten|\d+) (minutes?|mins?|secs?|seconds|moments?)| in a (bit|sec|tick|mo|min)| now)\b)")
# An arrival still to come: a goodbye beside it is needed (GOING), never the words alone.
SOON = re.compile(r"('?ll|ll| will|going to|gonna|'?d) (be )?(back|home|here|in)")
# Farewell words, one list: beside an arrival a quick exit ("he's back, cheerio"), beside
# "sorted" a preparation (``GOODBYE`` below).
FAREWELL = r"bye|cheerio|ta-ra|ta ta"
GOING = re.compile(r"\b((i )?(have|got|need|must|gotta|better) (to )?(go|get off|stop|log off|close this)|"
                   r"gtg|g2g|" + FAREWELL + r"|must go|gotta go|got to go|have to go|going now|speak later|"
                   r"later|can'?t talk)\b")
NOT_NOW = re.compile(r"\b(tomorrow|tonight|next|later on|on (monday|tuesday|wednesday|thursday|"
                     r"friday|saturday|sunday)|at \d|in the (morning|afternoon|evening)|every|"
                     r"usually|always|when he|when she|once a|"
                     # a visit that is welcome: "my son will be here soon to take me to the shops"
                     r"to (take|pick|collect|fetch|drive|help|run) (me|us)|pick(ing)? (me|us) up|"
                     r"for (my|our|his|her)? ?(tea|dinner|lunch|visit|appointment))\b")


# "they are here with me" (the on-behalf button's words): the person is present, not arriving.
WITH_ME = re.compile(r"\b(here|in) with (me|us)\b")
# Said alone (no goodbye), only a coming-in counts: "he's back", "someone's at the door".
ARRIVED = re.compile(r"\b(back|home|door|coming|hear|key|stairs|path|drive|came|come|walked|got)\b")


def quick_exit(norm: str) -> bool:
    """Someone has just come in and the person must go: a short message naming an arrival
    (with a goodbye, or on its own), not a visit planned for later."""
    arrival = ARRIVAL.search(norm)
    if not arrival or NOT_NOW.search(norm) or WITH_ME.search(norm):
        return False
    going = GOING.search(norm)
    if not going and (not ARRIVED.search(arrival.group(0)) or SOON.search(arrival.group(0))):
        return False   # "they are here", "she's in": said alone, not someone coming in
    rest = norm.replace(arrival.group(0), " ")
    if going:
        rest = rest.replace(going.group(0), " ")
    # "he's back and he's drunk, i'm scared": a danger word beside it is danger, not a goodbye.
    # A denial beside it ("i haven't hurt myself... i can hear the car") is not danger.
    return (bool(going) or len(norm.split()) <= 5) and not risk_words_in(DENIED.sub(" ", rest))


# Someone arriving by car, told in passing ("he's just pulled up", "his van's outside, better
# go"): a quick exit only when the conversation already holds a disclosure. The message alone
# cannot tell "my lift has just pulled up, bye" from an abuser coming home, so the safety net
# marks it a hint (decide.py) and the check-in action decides from the conversation
# (actions/safety.py); in everyday talk it says an ordinary goodbye.
VEHICLE_ARRIVAL = re.compile(
    r"\b((he|she|they|someone|somebody|my \w+)('?s|s| has| is|'ve| have)? (just )?(pulled|pulling|"
    r"drawn|drove|driven|parked|parking) (up|in|onto|into|on)\b|"
    r"(his|her|their|the) (car|van|truck|taxi|motor)('?s|s| is| has)? (just )?(pulled up|pulled in|"
    r"pulling up|pulling in|outside|on the drive|in the drive|back)\b|"
    r"(car|van) doors?( just)? (slam|slammed|go|went|shut|banged)\b)")


def arrival_hint(norm: str) -> str:
    """The words of someone arriving by car, said as a reason to go (or in a short message),
    with no danger word beside them; "" otherwise, or when it is a plan for later."""
    found = VEHICLE_ARRIVAL.search(norm)
    if not found or NOT_NOW.search(norm) or WITH_ME.search(norm):
        return ""
    going = GOING.search(norm)
    rest = norm.replace(found.group(0), " ")
    if going:
        rest = rest.replace(going.group(0), " ")
    if not (going or len(norm.split()) <= 6) or risk_words_in(DENIED.sub(" ", rest)):
        return ""
    return found.group(0)


# Soft reasons: they only make the classifier alone surer before it raises anything; a
# concept pattern still counts (apart from a time read as a plan when pausing the form).
SOFT_CONTEXTS = ("pausing", "safe_contact", "wish", "carer", "seeking", "reassured",
                 "privacy", "care_charges", "bereaved", "absence", "symptom", "rest", "hurry", "alone_routine", "out_for_now",
                 "care_as_usual", "teasing", "bruise_explained", "missing_over",
                 "child_play", "thing_kills", "encouraging", "care_feedback",
                 "quiet_days") + everyday_news.NAMES

# "nothing, its right now", "no its all fine as it is": saying something is right or fine as
# it stands (a read-back, a question answered). Soft: danger phrases still count; only the
# classifier's own guess (which reads "now" as "in danger now") is set aside.
REASSURED = re.compile(
    r"\b(it'?s|its|it is|that'?s|thats|all|everything'?s|everything is|they'?re|theyre|"
    r"they are) (all |just |fine and |)(right|fine|ok|okay|good|correct|spot on)"
    r" (now|as it is|as they are|thanks|thank you)\b")


# Everyday care told as it normally goes (round eight): a medicine round, an appliance or a
# fire drill, washing and dressing, said as a routine ("every morning", "twice a week", "at
# 6"), as handled ("the chemist said bring them in", "i topped it up") or asked about as a
# how-to ("can the carers give me my tablets if..."). The classifier alone reads "tablets",
# "gas" or "wash" as danger; told like this, with nothing missed, refused, hurt or going wrong
# in the message, they are care talk. Soft: a concept pattern still counts.
CARE_WORDS = re.compile(
    r"\b(tablets?|meds|medication|medicine|statins?|blood thinners?|inhalers?|dose|doses|"
    r"blister packs?|dosette|chart|prescriptions?|chemist|pharmacy|pharmacist|"
    r"boiler|heating|heater|gas|electric|fire (drill|alarm)|smoke alarm|alarm|engineer|"
    r"shower|showers|(?<!car )wash|washes|bath|baths|hair|dressed|night bag|catheter|cushion|"
    r"sore patch|cream)\b")
CARE_AS_USUAL = re.compile(
    r"\b((every|each) (morning|night|day|evening|week|weekend|afternoon|tea ?time|bedtime|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|(once|twice|three times|\d+ times) a "
    r"(day|week|month)|in the (morning|evening|afternoon)|at (night|bedtime|tea ?time|\d+)|"
    r"with (her|his|my|their) (porridge|breakfast|tea|dinner|lunch|meals?|food|soup)|"
    r"tea ?time (ones|tablets)|(chemist|pharmacist|pharmacy|nurse|gp|doctor|engineer) (said|says|"
    r"has given|gave|is coming|came|sorted)|i topped it up|practi[sc]e|drill|for (the )?works|"
    r"meanwhile|any tips|is that right|is that ok|can the carers|should (i|she|he) (take|give)|"
    r"using a chart|on (her|his|my) own)\b")
CARE_GOING_WRONG = re.compile(
    r"\b(can|won|don|doesn|didn|hasn|haven|isn|aren|wasn|weren|couldn|wouldn|shouldn)'?t\b|"
    r"\b(not|never|no|nobody|none|cannot|"
    r"without|forg[eo]t\w*|miss\w*|stopped|ran out|run out|refus\w*|too many|all of|the lot|whole|"
    r"extra|double|saved?|saving|stockpil\w*|hid(e|den|ing)?|overdos\w*|swallow\w*|minus|freezing|"
    r"cold|blue|breath\w*|collaps\w*|fell|fallen|fall|burn\w*|blister\w*|bleed\w*|blood everywhere|"
    r"hurt\w*|bruis\w*|rough\w*|shout\w*|scared|afraid|frightened|left|leaves|alone|late|rush\w*|"
    r"wrong|mistake|extra|sedat\w*|quiet|keep (her|him) (calm|quiet|asleep)|smell\w*|leak\w*|"
    r"flames?|smoke (everywhere|coming)|fire in|on fire|die|dead|death|kill\w*|end\w*|"
    r"worried|worse|confused|sick|vomit\w*|unwell|poorly|los(e|es|ing|t)|money|cash|"
    r"(they|them|people|someone|somebody) (take|took|takes|taking) (his|her|my|their))\b")


# Someone seeing that a care routine is done (safety9): "she makes me take my tablets", "my
# wife makes me take my shoes off at the door", "the carer gets him to use his frame". The
# classifier alone reads "makes me" as control; told with nothing refused, extra, hurt or
# going wrong (CARE_GOING_WRONG), it is routine care. Never clothes, money or the phone.
MADE_TO_CARE = re.compile(
    r"\b(makes?|made|making|gets?|got|getting|tells?|told|telling|reminds?|reminded|reminding|"
    r"insists?( that)?|nags?|nagging|has|have) (me|him|her|us|them|mum|dad|nan|grandad|my \w+|"
    r"(?<=insists )(i|he|she)|(?<=that )(i|he|she)) "
    r"(to )?(take|taking|have|having|wear|wearing|use|using|put|putting|drink|drinking|eat|eating|"
    r"do|doing|go|going|keep|keeping) (on |off )?((my|his|her|their|a|the|all (my|his|her)) )?"
    r"(tablets?|pills?|meds|medication|medicine|insulin|inhaler|eye ?drops|cream|shoes|slippers|"
    r"coat|hat|glasses|hearing aids?|teeth|dentures|frame|walker|stick|wheelchair|pendant|"
    r"compression (socks|stockings)|stockings|water|fluids|drinks?|dinner|breakfast|lunch|tea|"
    r"soup|veg|vegetables|fruit|shower|wash|bath|exercises|physio|stretches|nap|rest|walk|"
    r"appointments?|jabs?|flu jab|blood tests?|bloods)\b( (off|on))?")


# Medicines on their way from the prescriber (safety9): collected from the chemist, a month's
# supply from the repeat, a medication review, a blister pack, a rescue medicine packed for
# college, tablets kept out of the grandchildren's reach. The classifier alone (and a pattern
# of saving or taking tablets) reads them as danger; with no word of too many, saving, harm,
# or a dose missed or withheld (MEDICINE_HARM), they are the medicine round.
MEDICINE_LOGISTICS = re.compile(
    r"\b(from the (chemist|pharmacy|pharmacist|surgery|gp|doctors?|hospital)|repeat (prescription|"
    r"script)s?|(from|on) the repeat|prescriptions?|(medication|meds|medicine) review|blister packs?|"
    r"dosette|original (boxes|packets|packaging)|rescue (med|meds|medication|medicine)|"
    r"(enough (tablets|pills|meds|medication|medicine)? ?)?to last (me|him|her|us|them) (over|through|till|"
    r"until|for)|double order|all labelled|"
    r"(chemist|pharmacy) (is |was )?(closing|closed|shut)|"
    r"(tablets|pills|meds) a day|((can'?t|cannot|hard to|struggle to) )?keep track of (them|her|his|my|"
    r"the) ?(tablets|meds|pills|all)?|took (him|her|me|them) off (\w+ )?(things|tablets|meds|some|"
    r"one|two|three|\d+)|"
    r"out of (the )?reach|so (they|the (grand)?kids|the children|the dog) (can'?t|cannot|cant) "
    r"(get|reach)|(hidden|hide|hid|locked|lock|keep (them|it)) (away )?from the (grand)?(kids|children|"
    r"dog))\b")
MEDICINE_HARM = re.compile(
    r"\b(all (of )?(them|my|his|her|the)|(take|takes|taking|took|swallow\w*) (them|it|these|those) all|"
    r"(keep|keeps|kept) counting|counting (them|my|the)|the lot|whole (box|packet|lot|bottle)|at once|"
    r"in one go|too many|extra|double|overdos\w*|swallow\w*|sav(e|ed|ing)|stockpil\w*|stash\w*|"
    r"for when|end|ending|die|dead|death|kill\w*|suicid\w*|forever|wake|enough|quiet|sedat\w*|"
    r"withh[oe]ld\w*|won'?t (give|let)|refus\w*|sell|sold|steal\w*|stole|forg[eo]t\w*|miss\w*|"
    r"not had|(hasn|haven|didn|hadn)'?t (had|got|been given)|without|no (tablets|meds|medication)|"
    r"run out|ran out|wrong|hurt\w*|scared|afraid)\b")


def medicine_logistics(norm: str) -> bool:
    """The medicine round (MEDICINE_LOGISTICS) with nothing going wrong outside its own words."""
    spans = [m.span() for m in MEDICINE_LOGISTICS.finditer(norm)]
    rest = blank(norm, spans)
    return bool(spans) and not (MEDICINE_HARM.search(rest) or CARE_GOING_WRONG.search(rest))


# Every tablet taken as it should be (issue 12, round twelve): "ive taken all my tablets for
# today", "i will take all my tablets tonight like the nurse said", "he made sure i took all
# my tablets", "i have to take all my tablets with food". "all my tablets" is the dose, not an
# overdose, when the message tells it as the daily round or as the prescriber's instruction.
TAKEN_AS_PRESCRIBED = re.compile(
    r"\b(for (today|the day|tonight|this morning|this evening)|this (morning|evening|afternoon)|"
    r"(like|as) (always|usual|normal|every day|i do every day|i should|i'?m supposed to|i'?m meant to|"
    r"prescribed|directed|instructed)|"
    r"(like|as|what) (the |my |his |her )?(nurse|doctor|gp|pharmacist|chemist|consultant|"
    r"specialist|carer|district nurse)s? (said|says|told (me|him|her|us)|showed (me|him|her)|"
    r"asked|wants?)|"
    r"(with|after|before) (my |his |her |the )?(food|meals?|breakfast|dinner|lunch|tea|porridge|"
    r"toast|cuppa)|on time|every (day|morning|night|evening)|each (day|morning|night)|"
    r"(made|makes|make) sure (i|he|she|we|mum|dad)|remembered|reminded me|"
    r"(no|without) (any |a )?(fuss|bother|trouble|problems?|arguments?|moaning)|"
    r"blister pack|dosette|(morning|evening|night|teatime|tea ?time|bedtime) (ones|tablets|meds|dose))\b")
# The swallow coming back after an illness: "i can swallow all my tablets now", "she can
# take all her tablets now the speech therapist says". Told with a clinician or recovery it is
# good news; said alone, "i can take all my tablets now" could still be a plan, so it is asked.
ABLE_AGAIN = re.compile(
    r"\b(can|could|able to|managed to|manage to) (now |finally |at last )?(swallow|take|get down) "
    r"(all )?(my|his|her|their|the) (tablets|pills|meds|medication|medicine|capsules)\b")
RECOVERED_SWALLOW = re.compile(
    r"\b(speech (and language )?therap\w*|salt team|since (the|my|his|her) (stroke|op|operation|"
    r"surgery)|again|finally|at last|getting better|back to normal|without (choking|coughing|"
    r"crushing)|no more (crushing|choking|liquid)|whole now|not crushed|instead of (crushed|liquid))\b")


# A fire asked about, not happening (round 13): "what happens if theres a fire and I cant get
# down the stairs", "who helps me out in case of a fire, im in a wheelchair". A fire plan is a
# question for the council (a personal evacuation plan), not an emergency, unless the message
# also says it is happening now.
FIRE_IF = re.compile(
    r"\b(if|in case|incase|in the event|when|should) (of )?(there'?s|there is|there was|there were|there'?d be|"
    r"there ever is|there ever was|we have|we had|i have|i had|i ever have)? ?(ever )?(a|an|any) ?"
    r"(fire|house fire|fire in the (block|building|flats?))\b")
FIRE_NOW = re.compile(
    r"\b(right now|fire now|now there|happening now|on fire|flames|smoke (is )?(everywhere|coming|pouring)|"
    r"smell (of )?(smoke|burning)|burning|can'?t breathe|alarm (is )?(going|ringing)|trapped)\b")


def fire_asked_about(norm: str) -> bool:
    """A fire in an "if" or "in case" (a plan asked about), with nothing burning now."""
    return bool(FIRE_IF.search(norm)) and not FIRE_NOW.search(blank(norm, [
        m.span() for m in FIRE_IF.finditer(norm)]))


# safety13 (dev v12 look-alikes): everyday words that reviewed patterns read as harm.
# A threat over a trifle, said in fun: "my wife says shell strangle me if i leave my socks on
# the floor", "my daughter says shell kill me if i go on the roof again", "my son threatens to
# put me in a home every time i beat him at cards". Never when the "if" is leaving, telling,
# seeing people, money or the police, or when the message says it is meant or frightening.
TEASING_THREAT = re.compile(
    r"\b(says?|said|threatens?|threatened|will|'?ll|would|gonna|going to)\b[^.!?]{0,40}\b(if|when|every time|"
    r"unless) (i|we) (leave my (socks|shoes|stuff|things|cup|mess)|buy|bought|spend|spent|go on the roof|"
    r"climb|beat (him|her|them)|win|eat (another|the last|all the)|don'?t (do|wear|eat|drink|take) my "
    r"(exercises|pendant|veg|vegetables|water|tablets|stick)|forget (his|her|my|the) (birthday|keys)|"
    r"don'?t (ask|ring|call) (about|the|my)|get (another|more|any more))\b")
TEASING_MARK = re.compile(
    r"\b(ha+|haha\w*|lol|cheeky\w*|joke|joking|bless (him|her)|married \d+ years|we have no room|"
    r"forty|\d+ cushions|in fun|only joking|teasing|pulling my leg)\b")
THREAT_REAL = re.compile(
    r"\b(leave (him|her|them)|tell (anyone|anybody|someone|the|you)|told (anyone|you)|police|report|"
    r"see (my|her|his) (friends|family|daughter|son)|go out|money|pension|card|scared|frightened|"
    r"afraid|means it|meant it|did it before|has before|last time)\b")


def teasing_threat(norm: str) -> bool:
    """A threat over a trifle said in fun (TEASING_THREAT), with nothing real beside it."""
    return bool(TEASING_THREAT.search(norm)) and not THREAT_REAL.search(norm) and (
        bool(TEASING_MARK.search(norm)) or bool(re.search(r"\b(again|any more|another)\b", norm)))


# A bruise with its cause said and nobody's hand in it: "she bruises easily because of her
# blood thinners", "the bruise on dads arm was from the blood test", "i bruised my arm on the
# door frame", "the grandkids use me as a climbing frame".
BRUISE_EXPLAINED = re.compile(
    r"\b(blood thinners?|warfarin|apixaban|rivaroxaban|anticoagulants?|blood tests?|injections?|"
    r"cannula|drip|bruises (easily|like a peach)|i (bruised|bumped|banged|knocked) my \w+ on)\b")
# Never a cause someone else gives ("the home say he bumps into things"): that is a warning sign.
HAND_IN_IT = re.compile(
    r"\b(grab\w*|hit|hits|hitting|push\w*|shov\w*|slap\w*|rough\w*|pinch\w*|punch\w*|kick\w*|"
    r"(he|she|they|someone|somebody|the carers?|staff) (did|done|caused|gave)|can'?t explain|won'?t say|"
    r"wont say|doesn'?t know how|don'?t know how|scared|frightened|afraid|finger ?marks|hand ?marks|"
    r"(they|the home|the carers?|staff|he|she) (say|says|said|claim\w*|reckon\w*|told us)|"
    r"bumps into|falls? a lot|keeps falling)\b")


def bruise_explained(norm: str) -> bool:
    # A hand denied is no hand in it: "dad is not being hit, he bruises easily" (safety14).
    if "bruis" not in norm or not BRUISE_EXPLAINED.search(norm) or _BLEEDING.search(norm):
        return False
    return not HAND_IN_IT.search(DENIED.sub(" ", norm))


# Bleeding that will not stop on blood thinners is an emergency, never explained away.
_BLEEDING = re.compile(r"\b(bleed\w*|blood everywhere|won'?t stop|wont stop|black (stools|poo)|"
                       r"double (her|his|my) (warfarin|dose|tablets)|head|fell|fall|fallen)\b")


# Someone missing once, now found or settled: "dad went missing once from his old home but
# since he moved hes settled", "we found him in the cafe after five minutes", "a few years back".
MISSING_OVER = re.compile(
    r"\b(years (ago|back)|a few years|when (we|i) (were|was) (kids|little|young)|(settled|happy) (now|"
    r"there|out there)|since (he|she|they) moved|after (\d+|five|ten|twenty) minutes|happy as larry|"
    r"still does)\b")
MISSING_NOW = re.compile(
    r"\b(not (back|home|come back|been found)|hasn'?t (come|been)|still (missing|not|out|gone)|"
    r"can'?t find|cannot find|no one knows|nobody knows|police|since (last night|this morning|yesterday)|"
    r"hours ago|right now|tonight|it'?s (dark|getting dark)|(hadn'?t|didn'?t|never) notic\w*|"
    r"(nobody|no one) noticed|motorway|main road|in the (dark|night|rain|cold)|\d ?am\b|"
    r"in (his|her) (nightie|pyjamas|slippers))\b")


# safety14: a person whose memory is going, out and not back ("dad is usually back from the
# shop by now and its gone dark, he gets a bit muddled", "grandad went off on his bike and
# isnt back, his memory got bad", "he has alzheimers and we cant find him"). Either alone is
# everyday ("she is always back for tea", "mum has dementia"); together, a missing adult at
# risk. A story that ends with them home ("a nice man walked him home") is over.
MEMORY_SIGN = re.compile(
    r"\b(dementia|alzheimer'?s|alzheimers|alzhiemers|altzheimers|(his|her|their|mums|dads|nans) memory|"
    r"memory (is|has|got|isn'?t|isnt|going|bad|poor|problems|loss)|muddled|gets? (a bit |very |so )?(confused|lost)|"
    r"confused (these days|lately|now)|forgetful|not with it|"
    # living in the past: out to see someone long dead, to a job long retired from
    r"(who|which|that|but (he|she)) (died|passed away|passed|retired|closed|shut)\b[^.!?]{0,20}"
    r"\b(years|months|decades) ago)")
NOT_BACK_YET = re.compile(
    r"\b(is ?n'?t back|isnt back|is not back|is ?n'?t home|isnt home|is not home|not (back|home) (yet|by now)|"
    r"still (is ?n'?t|isnt|is not|not) (home|back)|(ain'?t|aint) (back|home)|(she'?s|he'?s|shes|hes|they'?re|theyre) not (back|home)|"
    r"(hasn'?t|hasnt|has not|have not|haven'?t|havent|not|never) (come|came|got|been) (back|home)|"
    r"(should|would) (be|have been) back (by now|ages ago|hours ago)|back (from [a-z ]{1,25} )?by now|"
    r"can'?t find (him|her|them)|cannot find (him|her|them)|could ?n'?t find (him|her|them)|"
    r"(ain'?t|aint|not|hasn'?t|hasnt|has not) been seen|no sign of (him|her|them)|"
    r"nobody (has )?seen (him|her|them))\b")
FOUND_AGAIN = re.compile(
    r"\b((he'?s|she'?s|hes|shes|they'?re) (home|back|safe)( now)?|turned up|found (him|her|them)|"
    r"came (back|home)|walked (him|her) home|brought (him|her) (back|home)|(is|was) found)\b")
_SURE_MISSING = re.compile(r"\b(can'?t find|cannot find|could ?n'?t find|been seen|no sign|nobody (has )?seen)\b")


# safety17 (round 17): gone out in the night, or out for hours, and not back ("she went out at
# 2am and she isnt back", "dad's not come home and it's 3 hours"): a missing adult at risk even
# with no memory trouble named. Not a return that is due ("does nights, not home till 7am",
# "isnt back till 7"), nor hours at an ordinary place ("at the pub", "at the day centre"), nor
# only late ("he went out to the shops and isnt back yet").
LEFT_AT_NIGHT = re.compile(
    r"\b((at|since|about|around|gone|after|past) (\d{1,2}( ?[:.]\d\d)? ?am|midnight)|"
    r"(at|since|about|around) ([1-5]|one|two|three|four|five)( ?o'?clock)? in the morning|"
    r"in the (night|dark|middle of the night|early hours)|during the night|"
    r"in (his|her|their) (nightie|nightdress|pyjamas|pjs|dressing gown|slippers)|no coat)\b")
OUT_LONG = re.compile(
    r"\b((\d+|two|three|four|five|six|several|a few|many) hours|hours (ago|now|since)|all night|"
    r"overnight|since (last night|this morning|yesterday|lunch|dinner|teatime|breakfast))\b")
ROUTINE_RETURN = re.compile(
    r"\b(back|home) (till|until|til|before) |\b(back|home) by \d|"
    r"\b(works?|working|does|doing|on) (the )?(nights?|night shifts?|shifts?|lates|earlies)\b|\bnight shift\b")
ORDINARY_OUTING = re.compile(
    r"\b(at|to|from|in) (the |his |her |a )?(pub|club|work|day centre|day center|mosque|church|temple|"
    r"gurdwara|bingo|match|football|gym|bookies|mates|friends?|party|cinema|hospital|doctors?|"
    r"pictures|theatre|wedding|funeral|college|school)\b")


def missing_with_memory(norm: str) -> Tuple[str, str]:
    """("clear" or "check_in", the words) for someone with memory trouble, or out in the night
    or for hours, who is out and not back; ("", "") when not. Clear when nobody can find them
    or they went in the night or hours ago; a question when only late with memory trouble."""
    gone = NOT_BACK_YET.search(norm)
    if not gone or FOUND_AGAIN.search(norm) or ROUTINE_RETURN.search(norm):
        return "", ""
    at_risk = LEFT_AT_NIGHT.search(norm) or (OUT_LONG.search(norm) and not ORDINARY_OUTING.search(norm))
    if not at_risk and not MEMORY_SIGN.search(norm):
        return "", ""
    sure = _SURE_MISSING.search(gone.group(0)) or at_risk
    return ("clear" if sure else "check_in"), gone.group(0)


# safety17 (round 17): a wish not to be here, told as the good day the form asks about ("a
# good day is one where its all over", "a good day would be not waking up at all"): a
# passive wish to die, asked about directly; never "all over by lunchtime" or "not waking up
# at 5am" (a good day's shape, everyday_news.good_day).
GOOD_DAY_FRAME = re.compile(
    r"\b(good|gd|best|perfect|ideal|nice|great) days?( for me)? (is|are|would be|will be|'?d be|wud be|wd be|"
    r"means|'?s|s|be|is one|is the one|would be one)\b|"
    r"\b(would|will|'?d|wud) (be|make) (a|my) (good|gd|best|perfect) day\b")
GOOD_DAY_WISH = re.compile(
    r"\b((it'?s|its|it is|it'?s all|its all|it is all|everything'?s|everything is|it'?d be|it would be|"
    r"it was|it were|life is|all) (all )?(over|finished|done with)|"
    r"(not|never|don'?t|dont|didn'?t|didnt|wouldn'?t|wouldnt|no more) (wak\w*|get\w*) up( at all| again| ever| "
    r"any ?more| in the morning| tomorrow)?|"
    r"(not|never) (be(ing)?|am|here|around|alive)( here| around| alive| anymore| any more)?|"
    r"(i'?m|im|i am|i was|i'?d be) (gone|dead|not here|no longer here)|i (die|died|could die|just die)|"
    r"go(ing)? to sleep (and|n) (not|never)|the end of (me|it all|everything)|no more (me|days|tomorrows))\b")
def wish_in_good_day(norm: str) -> str:
    """The words of a wish not to be here, said as a good day; "" when not. The day's shape
    (a time, a task, a pain: everyday_news.DAY_SHAPE) is read first and set aside."""
    if not GOOD_DAY_FRAME.search(norm):
        return ""
    return span(GOOD_DAY_WISH, everyday_news.DAY_SHAPE.sub(" ", norm))


# safety14: "on top of" as a saying ("since the operation im on top of it", "i am keeping on
# top of the important things"): coping, not standing on a height. A high place named after it
# ("on top of the car park") is not the saying.
ON_TOP_OF_THINGS = re.compile(
    r"\b(on|keep(ing)?|stay(ing)?|get(ting)?|got) on top of (it|it all|things|everything|the (important|main|"
    r"big|little|small|day to day|housework|house|cleaning|washing|bills|paperwork|garden|work)\b|"
    r"my (bills|paperwork|housework|house|cleaning|washing|garden|work|meds|tablets|money))")


def on_top_of_things(norm: str) -> bool:
    return bool(ON_TOP_OF_THINGS.search(norm))


def missing_over(norm: str) -> bool:
    if MISSING_NOW.search(norm) or NOT_BACK_YET.search(norm):
        return False
    # safety14: out and home again, with memory trouble said ("grandad has alzheimers, he
    # went to the shop and hes back now")
    return bool(_MISSING_WORD.search(norm) or MEMORY_SIGN.search(norm)) and bool(
        MISSING_OVER.search(norm) or FOUND_AGAIN.search(norm))


_MISSING_WORD = re.compile(r"\b(missing|wander\w*|walkabout|went off|gone off|lost (him|her|them)|"
                           r"go missing|went astray)\b")


# A small child's play: "my little granddaughter bit my finger playing dinosaurs, shes only two".
CHILD_PLAY = re.compile(
    r"\b(playing|play ?fighting|rough and tumble|wrestling|climbing frame|dinosaurs?|tickl\w*)\b")
LITTLE_CHILD = re.compile(
    r"\b((she'?s|he'?s|shes|hes) only (one|two|three|four|[1-4])|toddler|little (one|granddaughter|"
    r"grandson|lad|lass)|(grand)?kids (use|climb)|the (little|young) ones)\b")


# safety14: rough play among family who enjoy it ("my grandson is always wrestling with me on
# the settee, hes a lively lad and i love it", "the twins climb all over him, he says it keeps
# him young", "they wrestle on the lawn every weekend"): play that is liked, said as liked.
GROWN_PLAY = re.compile(
    r"\b(wrestl\w*|play ?fight\w*|rough (games?|play|and tumble)|tickl\w*|climb\w* (all )?over|"
    r"jump\w* on (his|her|my) (belly|tummy|lap)|use (me|him|her) as a climbing frame)\b")
LIKED = re.compile(
    r"\b((i|he|she|they|we|mum|dad) (really )?(love|loves|loved|enjoy|enjoys|like|likes) (it|them|that|"
    r"rough|play|the)|keeps? (me|him|her|us) young|lively (lad|lass|boy|girl)|wouldn'?t change it|"
    r"wouldnt change it|cry(ing)? laughing|laugh\w*|its our game|our joke|every (weekend|sunday|visit)|"
    r"lol|haha\w*)\b")
PLAY_HURTS = re.compile(
    r"\b(scared|frightened|afraid|terrified|too (hard|rough)|on purpose|won'?t stop|wont stop|"
    r"(tell|told|asked) (him|her|them) to stop|against (my|his|her) will|pinned|can'?t breathe|"
    r"cant breathe|broke|broken|hospital|black eye)\b")


def child_play(norm: str) -> bool:
    """A small child's play, or rough play that the family says they enjoy (safety14)."""
    if CHILD_PLAY.search(norm) and LITTLE_CHILD.search(norm) and not HAND_IN_IT.search(norm):
        return True
    return bool(GROWN_PLAY.search(norm)) and bool(LIKED.search(norm)) and not PLAY_HURTS.search(norm)


# safety14: someone who pushes a person on for their own good ("the physio pushed me hard in
# the session, im walking better", "my carer is firm with me about doing my exercises"): said of
# exercise, walking or eating, not of a shove.
ENCOURAGING = re.compile(
    r"\b(physio|physiotherapist|trainer|coach|instructor|therapist|carer|nurse|daughter|son|wife|"
    r"husband) (really )?(pushed|pushes|pushing|is firm|was firm|gets firm|nags?|nagged|nagging) "
    r"(me|him|her|us)?( (hard|to|further|a bit|with|about|into))?\b[^.!?]{0,40}"
    r"\b(exercises?|session|walk\w*|physio|eat\w*|drink\w*|better|further|stronger|steps|diet)\b")


def encouraging(norm: str) -> bool:
    return bool(ENCOURAGING.search(norm)) and not PLAY_HURTS.search(norm) and not re.search(
        r"\b(bruis\w*|hurt\w*|fell|fall|floor|down the|over)\b", norm)


def medicine_as_prescribed(norm: str, hit_text: str) -> str:
    """"routine" when a pattern's tablets are the day's dose taken as told, "able" when the
    person says they can swallow them (again), "" otherwise. Never with a word of harm,
    saving, too many or ending outside the pattern's own words (MEDICINE_HARM, CARE_GOING_WRONG
    less its "all of" and "swallow", which are the pattern's)."""
    hit_text = " ".join(hit_text.replace(" '", "'").split())   # tokens back as typed
    at = norm.find(hit_text)
    rest = blank(norm, [(at, at + len(hit_text))]) if at >= 0 else norm
    routine = [m.span() for m in TAKEN_AS_PRESCRIBED.finditer(rest)]
    beside = blank(rest, routine)   # "without any fuss" is the routine's, not a dose gone without
    if MEDICINE_HARM.search(beside) or _WRONG_BESIDE_A_DOSE.search(beside):
        return ""
    if routine:
        return "routine"
    if ABLE_AGAIN.search(norm):
        return "routine" if RECOVERED_SWALLOW.search(rest) else "able"
    return ""


# The whole dose named: "taken all my tablets", "take all her meds" (the words a pattern reads).
WHOLE_DOSE = re.compile(
    r"\b(take|takes|taking|taken|took|swallow\w*|have|had|get|got|give|gave|given) all (of )?(my|his|her|their|"
    r"the) (tablets|pills|meds|medication|medicine|capsules)\b")


def dose_as_prescribed(norm: str) -> bool:
    """The whole day's dose told as taken the way it should be (see TAKEN_AS_PRESCRIBED)."""
    dose = WHOLE_DOSE.search(norm)
    return bool(dose) and medicine_as_prescribed(norm, dose.group(0)) == "routine"


# What makes a dose sound wrong beside it: refused, hidden, alone, worse, a goodbye.
_WRONG_BESIDE_A_DOSE = re.compile(
    r"\b(won|don|doesn|didn|isn|aren|wasn|weren|shouldn|couldn)'?t\b|\b(not|never|nobody|cannot|"
    r"hid(e|den|ing)?|alone|worse|goodbye|bye|sorry|love (you|them)|tell (them|him|her|the kids)|"
    r"had enough|done with|no point|anymore|any more|can'?t (go on|cope|do this)|burden|stop me|"
    r"let me|for good|once and for all|finish|sleep|all at|no one|nobody|everything)\b")


# safety14: a remark about the care service, with the slip put right, the care praised or a
# change asked for ("my carer forgot to leave a drink today, first time ever", "the home didnt
# put mums hearing aid in, they said sorry and sorted it", "i would like my carer to stay the
# full half hour, is that allowed", "lots of agency staff at weekends, shes well looked after
# though"). The classifier alone reads the care words as organisational abuse or neglect; with
# no word of harm, fear, a pattern or money (CARE_HARM), it is feedback or a request, and a
# reviewed pattern beside it still counts.
CARE_SERVICE = re.compile(
    r"\b(carers?|care (home|company|agency|plan|staff|worker)|the home|(mums|dads|nans|his|her|my) "
    r"(care )?home|agency|staff|manager|visits?|rota|night staff|support (team|worker))\b")
CARE_FEEDBACK = re.compile(
    r"\b(said sorry|say sorry|apologi[sz]ed|sorted it|put it right|first time ever|only the once|"
    r"(it was|that was) only (the )?once|just (want|wanted) to (mention|give feedback|say|let you know)|"
    r"give (some )?feedback|fair enough|doesn'?t bother me|dont bother me|"
    r"(she'?s|he'?s|shes|hes|they'?re|theyre|they are|she is|he is) (really |so |very )?(lovely|great|"
    r"brilliant|kind|good|nice|well looked after|looked after well)|well looked after|is (nice|lovely|good)|"
    r"(can|could) (we|they|she|he|i|the \w+) (move|change|have|keep|get|ask)|is (that|this|it) (allowed|"
    r"normal|ok|okay|right)|who (do|should|can) (we|i) (complain to|tell|ask|speak to|talk to)|"
    r"i'?d like|id like|i would like|if possible|just for company)\b")
CARE_HARM = re.compile(
    r"\b(hurt\w*|bruis\w*|hit|hits|hitting|slap\w*|push\w*|shov\w*|rough\w*|grab\w*|shout\w* at|"
    r"swear\w* at|scared|frightened|afraid|terrified|crying|cries|wet|soiled|filthy|hungry|starving|"
    r"thirsty|dehydrat\w*|not fed|sores?|pressure (sore|ulcer)s?|locked|lock (her|him|them|mum|dad) in|"
    r"tied|sedat\w*|stole|stolen|steal\w*|money|pension|cash|card|bank|every (day|time|visit|week)|"
    r"again and again|all the time|always (miss\w*|forget\w*|late)|keeps? (missing|forgetting)|"
    r"(hours|all day|all night) (on|in|without)|left (her|him|me|them|mum|dad) (in|on|alone|for|without)|"
    r"won'?t let (her|him|them|mum|dad|me) (see|out|leave|go out|have (visitors|her phone|his phone))|"
    r"neglect\w*|abus\w*|ignor\w*|die|died|dead|dying|hospital|ambulance|999|police|fell|fallen|"
    r"on the floor|unsafe|danger\w*|thin|thinner|weight|skin and bone|(won'?t|doesn'?t|doesnt|wont|not) "
    r"(want to )?eat\w*|"
    # care not given: "she dont always do my tablets", "they missed his insulin"
    r"(don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|never|not|forg[eo]t\w*|miss\w*|skip\w*) (always |to )?"
    r"(do|give|gives|done|given|check|checks|help with|leave|put|doing|giving)? ?(my|her|his|their|mum'?s|dad'?s|"
    r"the)? ?(tablets|meds|medication|medicine|insulin|injection|dinner|lunch|breakfast|tea|meals?|food|wash|"
    r"pad|pads|cream|drops))\b")


# A remark or request about the care service with nothing of harm in it.
care_feedback = found_unless((CARE_SERVICE, CARE_FEEDBACK), (CARE_HARM,))


# safety14: a quiet life after a loss, told in everyday signs (round 13, a widower): "the
# evenings are long, from 5 oclock", "a pile of letters on the side i havent opened, its
# mostly toast and soup", "could somebody help me with her letters and the bank". Loneliness,
# grief, post left unopened and simple meals are not a danger on their own; the classifier
# alone asks nothing on them. Real self-neglect keeps its words (NEGLECT_SIGNS): not eaten in
# days, no heating, filth, a fall, refusing everyone.
QUIET_DAYS = re.compile(
    r"\b(pile of (letters|post|paperwork|mail)|(letters|post|mail) (i|he|she) (haven'?t|havent|hasn'?t|"
    r"hasnt|have not|has not) (opened|read|looked at)|(haven'?t|havent|not) opened (the |her |his |my )?"
    r"(post|letters|mail)|(her|his) (letters|post|paperwork|bills) and the bank|(mostly|just|only) "
    r"(toast|soup|sandwiches|beans|cereal|a sandwich|a ready meal)|toast and soup|soup and toast|"
    r"(the )?(evenings|nights|days|weekends) (are|get) (so |very |really )?(long|quiet)|"
    r"from \d+ ?o'?clock|(the )?house is (so |very |too )?quiet)\b")
NEGLECT_SIGNS = re.compile(
    r"\b((haven'?t|havent|hasn'?t|hasnt|not|no|without|nothing to|can'?t|cant) (eaten|eating|eat|food|"
    r"heating|heat|warm|washed|washing|drink|drinking)|heating (is |has been )?off|freezing|filth\w*|"
    r"squalor|smell\w*|maggots|mould|on the floor|fell|fallen|won'?t let (anyone|anybody|us|them)|"
    r"refus\w*|weeks|days|bailiffs?|cut off|disconnect\w*|hurt\w*|taking (my|her|his) money|"
    r"end it|die|dying|dead|kill\w*|no point)\b")


quiet_days = found_unless((QUIET_DAYS,), (NEGLECT_SIGNS,))


def care_as_usual(norm: str, logistics: Optional[bool] = None) -> bool:
    """Everyday care told as it normally goes (see CARE_WORDS above). ``logistics``: the
    message's medicine_logistics, when the caller has already read it."""
    routine = (CARE_WORDS.search(norm) and CARE_AS_USUAL.search(norm)) or MADE_TO_CARE.search(norm)
    if logistics is None:
        logistics = medicine_logistics(norm)
    return (bool(routine and not CARE_GOING_WRONG.search(norm)) or logistics
            or dose_as_prescribed(norm))


# Sleep told as a habit (safety9): "he doesnt wake up till gone nine", "dad never wakes up
# before ten these days", "sleeps like a log, he wouldnt stir". Not waking is an emergency
# sign, and "never wake up" a wish, only without a time it ends by or a sleeper's habit;
# never set aside when the message sounds worried or names another sign.
LATE_RISER = re.compile(
    r"\b(wake|wakes|waking|woke|stir|stirs|get|gets|up) (up )?(till|until|before|much before) "
    r"(gone |about |around )?(\d+|six|seven|eight|nine|ten|eleven|twelve|midday|noon|lunch ?time|"
    r"lunch|dinner ?time|the afternoon|mid ?morning|late)\b|"
    r"\b(late riser|like a log|heavy sleeper|sleeps? through (anything|everything|the alarm|it all))\b|"
    # round 16: "dont ring before 10 hes often still asleep and i dont want to wake him":
    # a carer not wanting the call to wake the person she looks after
    r"\b(do ?n'?t|do not|not|wouldn'?t|never) (want to |like to |wanna )?(wake|disturb) "
    r"(him|her|them|my (husband|wife|partner|mum|dad|mam|son|daughter|nan|grandad|baby)|"
    r"the (baby|kids|children))( up)?\b(?! (and|but) )")
NOT_HABIT = re.compile(
    r"\b(but (this|today|now|tonight|not)|different|worried|worrying|scared|tried|trying|shak\w*|"
    r"shook|shouted|shouting|breath\w*|cold|colou?r|blue|grey|floppy|ambulance|999|help)\b")


sleep_habit = found_unless((LATE_RISER,), (NOT_HABIT,))


# Who will see what they said (safety11, round eleven): "will the agency see what i put",
# "so connor wont see what ive said?", "it wont go to the police will it", "does it go to my
# social worker": a question about privacy, asked around a disclosure or on its own. Soft:
# the classifier alone reads "the agency" and "he" as the harm; a pattern still counts.
PRIVACY_QUESTION = re.compile(
    r"\b(see|sees|read|reads|know|find out|finding out|finds out|hear|be told|get told|look at)\b[^.!?]{0,12}\b(what (i|i'?ve|ive|i have|i'?d|we) "
    r"(put|said|say|written|wrote|typed|told|tell|answered)|what'?s (on )?here|this chat|these answers|"
    r"my answers|(this|it) (chat|form))|"
    r"\bwho (will|would|can|could|gets to|is going to|else can) (see|read|know|hear|look at)\b|"
    r"\bwho (else )?(sees|reads|gets to see|looks at) (all )?(this|it|that|what|my)\b|"
    r"\b(is|will|would) (this|it|that|what i say|what i put) (be )?(kept )?(private|confidential|secret|"
    r"between us)|"
    r"\b(does|will|would|do) (this|it|that|they|my answers) (go|get sent|be sent|be passed) (on )?(to|on to) "
    r"(the|my|his|her|their|a) (police|social worker|doctor|gp|agency|council|family|son|daughter|carers?)\b|"
    r"\b(it|this|that) (won'?t|wont|will not|doesn'?t|doesnt) (go|get) (to|back to) (the|my|his|her) "
    r"(police|social worker|agency|carers?|family)\b")
# Paying for care (safety11): "will my dad have to pay for his care, he has 9000 in savings",
# "does the financial assessment count her savings": a question about charges, not someone
# handling or taking the money (the money_hint pattern). Other patterns still count.
CARE_CHARGES = re.compile(
    r"\b((have|has|need|needs|got) to pay (for|towards) ((his|her|my|their|the|our|a|mum'?s|dad'?s) )?"
    r"(own )?(care|carers?|home care|care home|nursing home|placement)|"
    r"(pay|paying) (for|towards) ((his|her|my|their|the|a) )?(care|carers?)\b|"
    r"care (costs?|charges?|fees?|bills?)|(cost|costs|charge)( anything| much| money)? for (the |a )?(care|carers?)\b|"
    r"how much (is|are|does|do|will) (the |a )?(care|carers?)\b|"
    r"(financial|means|money) (assessment|test)|means[- ]tested|savings (limit|threshold)|"
    r"(charge|charged) for (his|her|my|the|their) care|contribut\w+ (to|towards) (the |his |her |my )?care)\b")


# Someone else's death told with an everyday task or a first (safety11, a round-three
# persona item): "sorted all of stans clothes out for the charity shop, first time ive
# managed it since he passed" is grief (lookalike_bereavement), not preparations. Soft: a
# danger word outside these words still counts (_explains).
BEREAVED = re.compile(
    r"\b(?:since|after|when|before) (?:he|she|they|my \w+|mum|dad|\w+) (?:passed(?: away| on)?|died|"
    r"went|was taken)\b|\b(?:his|her|their|my \w+'?s?) funeral\b|\bsince (?:we|i) lost (?:him|her|them)\b")
# A short answer that says something is not there ("i dont have any kids at home", "no
# family nearby"): an answer about the household, not a disclosure.
ABSENCE = re.compile(
    r"^(?:i |we )?(?:dont|don'?t|do not|havent|haven'?t|have not|have no|got no|no)(?: got| have)? "
    r"(?:any |no )?(?:kids|children|family|grandkids|grandchildren|pets|car|garden|neighbours|"
    r"friends nearby|family nearby|carers)(?: (?:at home|living with (?:me|us)|here|nearby|round "
    r"here|anymore|any more|now))?$")


@dataclass(frozen=True)
class Readings:
    """The readers that both decide._drop_misread (to set a pattern hit aside) and
    soft_context (to quieten the classifier's own guess) use: read once a message and passed
    to both (safety14), rather than each running the same regular expressions again."""
    teasing: bool
    thing_kills: Tuple[str, ...]
    bruise_explained: bool
    missing_over: bool
    child_play: bool
    encouraging: bool
    sleep_habit: bool
    medicine_logistics: bool


def readings(norm: str) -> Readings:
    return Readings(teasing=teasing_threat(norm), thing_kills=tuple(thing_will_kill(norm)),
                    bruise_explained=bruise_explained(norm), missing_over=missing_over(norm),
                    child_play=child_play(norm), encouraging=encouraging(norm),
                    sleep_habit=sleep_habit(norm), medicine_logistics=medicine_logistics(norm))


def soft_context(norm: str, found: Optional[Readings] = None) -> str:
    """A reason that the classifier's own guess may be about something else, or "".
    ``found``: the message's Readings, when the caller has already read them."""
    found = found or readings(norm)
    if pausing_the_form(norm):
        return "pausing"
    if SAFE_CONTACT.search(norm):
        return "safe_contact"
    if WISH.search(norm):
        return "wish"
    if worn_out_carer(norm):
        return "carer"
    # safety13: the words a pattern reads as harm, said of something else (see the readers)
    if found.teasing:
        return "teasing"
    if said_in_fun(norm):
        return "teasing"   # safety14: "its our joke", "she dont mean it lol"
    if found.thing_kills:
        return "thing_kills"   # safety14: "my husband says the smoking will kill me"
    if found.bruise_explained:
        return "bruise_explained"
    if found.missing_over:
        return "missing_over"
    if found.child_play:
        return "child_play"
    if found.encouraging:
        return "encouraging"   # safety14: "the physio pushed me hard, im walking better"
    if SEEKING.search(norm):
        return "seeking"
    if REASSURED.search(norm):
        return "reassured"
    if care_as_usual(norm, found.medicine_logistics):
        return "care_as_usual"
    if quiet_days(norm):
        return "quiet_days"   # safety14: "a pile of letters i havent opened, mostly toast and soup"
    if care_feedback(norm):
        return "care_feedback"   # safety14: "first time ever, they said sorry and sorted it"
    if found.sleep_habit:
        return "rest"
    if CARE_CHARGES.search(norm):
        return "care_charges"   # money words are the question's own, so no _explains here
    if ABSENCE.match(norm.strip(" .!")):
        return "absence"
    for name, words in (("privacy", every_span(PRIVACY_QUESTION, norm)),
                        ("bereaved", every_span(BEREAVED, norm)),
                        ("symptom", symptom(norm)), ("rest", rest_wish(norm)),
                        ("seeking", every_span(ACCESS_QUESTION, norm)),
                        ("hurry", every_span(HURRY, norm)), ("alone_routine", span(ALONE_ROUTINE, norm)),
                        ("out_for_now", out_for_now(norm))):
        if words and _explains(norm, words):
            return name
    # Round eight: post received, a worry about services, a success, safe for now,
    # loneliness, a quiet wish (bot/safety/everyday_news.py).
    for name, read in everyday_news.READERS:
        words = read(norm)
        if words and _explains(norm, words):
            return name
    return ""


def _explains(norm: str, spans: str) -> bool:
    """An everyday reason explains the message only when no danger word (the lexicon's
    risk_words) is left outside its own words: "she gets confused and frightened at night"
    yes; "he was so upset, kids pulled his turban off" no."""
    rest = norm
    for part in spans.split(SPAN_JOIN):
        rest = rest.replace(part, " ")
    return not risk_words_in(rest)


# A walk, a view or a day out ("the highest bridge ... too steep for mum", "is the view
# worth the climb"): a high place talked of for getting there, not for a fall. Set aside
# when the message also speaks of jumping, an edge or ending a life.
OUTING = re.compile(
    r"\b(views?|scenery|steep|steps|flatter|flat path|wheelchair|walking group|"
    r"ramblers?|rambling|picnic|step[- ]free|accessible|buggy|pushchair|mobility scooter|"
    r"walking frame|zimmer|sightseeing|day out|days out|trip out|cafe|caf\xe9|tea room|walk with|"
    r"nature walk|bird ?watching|sunset|sunrise)\b")
HIGH_PLACE_DANGER = re.compile(
    r"\b(jump|jumping|jumped|fall|falling|drop|edge|ledge|over the side|railings?|end|ending|"
    r"die|dying|dead|kill|suicide|never come back|last thing|goodbye|for good)\b")


HIGH_PLACE = re.compile(
    r"\b(highest|tallest|higher|taller|steepest|bridge|footbridge|viaduct|tower|cliffs?|"
    r"multi ?storey|car park|roof|rooftop|spire|pier|top of)\b")
HIGH_PLACE_HARM = re.compile(r"\b(push|pushed|pushing|threw|thrown|left (me|her|him)|shoved)\b")


# A high place talked of for a walk, a view or a day out, with no word of a fall.
outing = found_unless((HIGH_PLACE, OUTING), (HIGH_PLACE_DANGER, HIGH_PLACE_HARM))


# Help the person chose, that has since gone wrong: "she does my shopping but my savings
# have gone", "he has my card and wont give it back". Not a chosen arrangement any more.
WRONGED = re.compile(
    r"\b(without (asking|telling|permission)|won'?t (give|let)|wont (give|let)|never (see|get) (any|a penny|it)|"
    r"(keeps|kept|keeping) (the change|it|the money|my money)|(scared|afraid|frightened) to ask|"
    r"goes mad|gets (nasty|angry|cross)|disappeared|gone missing|stopped showing me)\b")


def chosen_but_wronged(norm: str) -> bool:
    return bool(WRONGED.search(norm) or MONEY_GONE.search(norm) or MONEY_TAKEN.search(norm))


# "it's all sorted. ta-ra": with a goodbye, "sorted" is things put in order (a preparation),
# not a danger that is over.
SORTED_ONLY = re.compile(r"\b(sorted (now|out)|all sorted)\b")
# Beside "sorted" only, four more that are often said of something else ("said goodbye to the
# nurses", "Tara", "his farewell do", "so long as he's home"): never a quick exit.
GOODBYE = re.compile(r"\b(" + FAREWELL + r"|goodbye|tara|farewell|so long)\b")


def _sorted_goodbye(norm: str) -> bool:
    over = RESOLVED.findall(norm)
    return bool(GOODBYE.search(norm)) and bool(SORTED_ONLY.search(norm)) and len(over) == 1


# A programme that the person ties to their own life: "it made me realise thats what he does
# to me", "made me want to do the same" (never set aside as media).
MEDIA_ABOUT_ME = re.compile(
    r"\b(made me (want(?! to (clear|tidy|sort|declutter|ring|call|phone|visit|hug|bake|cook|join|"
    r"book|do some|get (rid|organised|sorted)))|realise|realize|think(?! of (my|our|the) (neighbour|"
    r"mum|dad|nan|friend|aunt|uncle))|see)|realised|realized|it'?s the same (with|for) |"
    r"(that'?s|thats) what (happened|happens|is happening|has been happening) to (me|us|my \w+|mum|dad)|"
    r"(same|like that|that) (has )?(happened|happens|is happening) to (me|us|my \w+|mum|dad)|that'?s (what|how) (he|she|they|my \w+) (does|do|did|"
    r"treats?|is|are) (to |with )?me|(same|that) (thing )?(happens|happened|is happening) (to|with) me|"
    r"(want|wanted) to do the same|like (what|how) (he|she|they) (does|do|treats?)|just like (him|her|"
    r"my \w+))\b")


def message_context(norm: str, figures: Iterable[Tuple[int, int]] = ()) -> str:
    """The first reason in the whole message that danger talk may not be danger, or "".
    ``figures``: sayings the concept patterns found (character spans)."""
    for name, pattern in (("denied", DENIED), ("form", FORM), ("swearing", SWEARING), ("complaint", COMPLAINT),
                          ("resolved", RESOLVED), ("hypothetical", HYPOTHETICAL),
                          ("media", MEDIA), ("chosen", CHOSEN)):
        if pattern.search(norm) and not (name == "chosen" and chosen_but_wronged(norm)) and not (
                name == "media" and MEDIA_ABOUT_ME.search(norm)) and not (
                name == "resolved" and (NOW.search(norm) and HAPPENING_NOW.search(norm)
                                        or CONTINUING.search(norm) or MONEY_TAKEN.search(norm)
                                        or _sorted_goodbye(norm)
                                        or missing_with_memory(norm)[0])):
            return name
    if figure_of_speech(norm, figures):
        return "figure"
    if survey_done(norm):
        return "form"
    if recovering(norm):
        return "recovering"
    return "outing" if outing(norm) else ""


def asks_about_a_care_word(norm: str) -> bool:
    """A short question about a word from the jargon buster (CHC, s117, DoLS)."""
    return asks_what_a_term_means(norm) or mentions_a_care_word_with_a_question(norm)
