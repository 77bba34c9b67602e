"""Combines the safety net's signals into one Assessment.

Signals for one normalised message:
- ``hits``: reviewed phrases (lexicon.yml, via detector.py) and concept patterns
  (concepts.yml), each with a category; a hit in a negated clause is dropped;
- ``context``: a reason in the whole message that danger words may not be danger
  (resolved, hypothetical, media, chosen, figure), from context.py;
- ``prediction``: the risk classifier's probabilities (classifier.py).
The thresholds (``Params``) were chosen on the development corpus only, on two checks at
once: 5-fold cross-validation (benchmarks/safety_eval.py --cv) and a "later hand" split
(the classifier trained without the dev files named v2_*, written later, and scored on
them), since random folds of text written together flatter the classifier. The held-out
part was never used to set them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import List, Optional, Tuple

from bot.safety import classifier, concepts, context, detector, everyday_news, taxonomy
from bot.safety.assessment import ARRIVAL_HINT, NOTHING, Assessment, danger, quick_exit, route
from bot.safety.guess import guess_category


@dataclass(frozen=True)
class Params:
    keep_hit: float = 0.10          # an abuse pattern hit stands when P(danger) >= this
    weak_hit: float = 0.03          # below keep_hit but from here (no context): a check-in; 0 = off
    # (safety6: 0.03 chosen on dev --cv: abuse +0.7, look-alike check-ins +0.5, under 5%)
    keep_hit_context: float = 0.90  # any hit, when the context says "maybe not"
    hit_clear: float = 0.05         # an abuse hit is clear (not a check-in) from here
    model_clear: float = 0.70       # the classifier alone gives a clear answer from here
    model_check: float = 0.40       # the classifier alone asks a check-in from here
    # (safety11: 0.50 -> 0.40, model_check_crisis 0.45 -> 0.35 and min_pull 2.2 -> 1.8 when
    # the 2,250 pending persona-voice messages and round nine's conversation messages joined
    # dev; chosen on dev --cv as the most recall with look-alike scripts <= 2% and check-ins
    # under 4%: danger to life 95.7 -> 96.6%, abuse 94.1 -> 95.8%, check-ins 2.6 -> 3.9%.)
    # Danger to life: suicide-prevention guidance is to ask plainly, so the classifier alone
    # asks the direct question a little sooner when it leans to crisis over abuse.
    model_check_crisis: float = 0.35  # (safety11: 0.45 -> 0.35, with model_check above)
    model_check_context: float = 0.90
    model_check_plan_time: float = 0.45  # the classifier alone: a plan from a time alone
    model_check_denied: float = 0.99  # the message denies danger, or talks about the form
    route_min: float = 0.20         # P(route) for a route answer
    context_check: float = 0.50      # a crisis phrase set aside by context: a check-in from here
    # The classifier alone raises nothing on a short message unless one of its words (or
    # word pairs) pulls hard toward danger, or it holds a word from the lexicon's broad
    # risk_words net: a short reply with unfamiliar words ("my pals n darts", "about a 7")
    # has too little evidence for a check-in, however its letters look.
    short_words: int = 6            # a message of at most this many words is short
    min_evidence: float = 3.0       # the pull a short message needs (classifier.word_pull)
    # Any length: with no word from the risk_words net the classifier alone asks nothing
    # unless it is near-certain; and it gives the script (clear) only from model_clear_alone.
    model_alone_sure: float = 0.97
    min_pull: float = 1.8           # ...or a word of its own pulls hard toward danger
    min_pull_abuse: float = 1.5     # (the same, when the classifier leans to abuse)
    clear_needs_words: bool = False  # the classifier alone gives clear only with a risk word
    model_clear_alone: float = 0.70
    # Round seven (quiet7): a message with no word from the risk_words net ("is there
    # anywhere i could make things with other blokes", "ring but dont leave a message, after
    # 10 the carer has gone") was given the script by the classifier alone from everyday
    # words that pull toward danger in its training text ("comes", "gone", "said"). With no
    # risk word the classifier alone gives clear only when all but certain; below that it
    # asks the direct question first. (Chosen on dev --cv: clear-tier 91.1 -> 90.2%,
    # look-alike scripts 3.2 -> 2.9%, danger and abuse recall unchanged; risk_words widened
    # by category at the same time so each category's plain words still count.)
    plain_clear: float = 0.70       # no risk word: the classifier alone gives clear from here
    # A check-in pattern with the classifier sure of the same kind (as sure as it must be to
    # answer alone): clear (safety6).
    hint_upgrade: bool = True


PARAMS = Params()
# Patterns that a context explains away entirely: a time alone ("finish it tonight") when
# the person is pausing the form (context.pausing_the_form); asking after a high place
# when it is for a walk or a view (context.outing).
ABLE_TO_SWALLOW = "able_to_swallow"
_ALWAYS_ASKED = ("money_hint", ABLE_TO_SWALLOW)
LONELY_CONTEXTS = ("alone_all_day",)
# Patterns whose own words carry the harm (a threat with its price or its victim named: "hell
# share my pictures unless i pay", "he said i will kill you"): like a danger-to-life pattern,
# they stand (and are clear) without the classifier, which has seen few of them, agreeing;
# context (media, a saying, over and done) still sets them aside (safety14).
FIRM_RULES = ("image_threat", "threat_said", "warmth_withheld")
# (net16: warmth kept from someone on purpose, "my son turns the heating off so i freeze".)
_EXPLAINED_BY = {"pausing": ("plan_time", "deadline"), "outing": ("height_question",),
                 "care_charges": ("money_hint",)}


@dataclass(frozen=True)
class Signals:
    norm: str
    hits: Tuple[concepts.Hit, ...]
    context: str
    prediction: classifier.Prediction


def _lexicon_hits(norm: str, keys: List[str], lowers: List[str], doc,
                  negated: List[concepts.Hit]) -> List[concepts.Hit]:
    """Reviewed-phrase hits; a hit in a negated clause goes to ``negated`` instead."""
    lexicon = detector.load()
    masked = detector.mask_benign(" " + norm + " ", lexicon)
    hits = []
    for kind, patterns in (("crisis", lexicon.crisis), ("safeguarding", lexicon.safeguarding)):
        for pattern in patterns:
            match = pattern.search(masked)
            if not match:
                continue
            char = max(0, match.start() - 1)
            start = next((t.i for t in doc if t.idx >= char), len(doc))
            span = match.group(0).strip()
            category = guess_category(kind, masked, span)
            tier = taxonomy.category_info(category)["tier"]
            hit = concepts.Hit(category, tier, "lexicon", start, start + 1, span)
            if context.negated(keys, lowers, start):
                negated.append(hit)
                continue
            hits.append(hit)
            break
    return hits


# Round seven (quiet7): words a pattern reads as harm that say something else in the
# message as a whole.
# "hes shouting for me so im off": calling the person over, not shouting at them.
CALLING = re.compile(r"\b(shout|shouts|shouting|shouted|yell|yells|yelling|yelled|scream|screams|"
                     r"screaming|screamed)( out)? for (me|her|him|us|you|mum|dad|his \w+|her \w+|"
                     r"my \w+|a cup|tea|his tea|her tea|his dinner|her dinner)\b(?! to (stop|help))")
CALLED_IN_SPAN = re.compile(r"\b(shout|yell|scream)\w* (out )?for\b")
# "he would think im trying to put him in a home": the speaker weighing a care home (or
# what another would think of it), not someone threatening to send a person away.
OWN_CARE_HOME = re.compile(
    r"\b(i|i'?m|im|i am|we|we'?re|we are)\b[^.!?]{0,40}\b(put|putting|send|sending|move|moving) "
    r"(him|her|them|mum|dad|my \w+) (in|into|to) (a |the )?(care |nursing )?home\b")
# The self before "not wake up": "a good day is one where i dont wake up" is a wish to die,
# not someone who will not wake (a medical emergency).
SELF_BEFORE = {"i", "me", "myself", "i'd", "id"}


# Leaving the chat in everyday words ("ok im going. bye", "hes shouting for me so im off",
# "got to get back to my desk"): with no word from the risk_words net, the classifier's
# pull from "i'm going" (as in "i'm going to end it") is no evidence of danger.
LEAVING = re.compile(
    r"\b(bye+|bye for now|ta ?ra|tara|cheerio|see (you|ya) (later|soon|tomorrow)|speak (to you )?(later|soon)|"
    r"(going|get|got to get|have to get|need to get|got to be|have to be|need to be) back "
    r"(to|at) (work|my desk|the office)|"
    # "i gotta go my mum is calling me", "have to go now, tea's ready"
    r"(i'?ve |i |i'?ll |we )?(got to|have to|need to|must|gotta|better) go( now| in a minute)?|"
    # Coming back to the chat: "ok hes left now, its me again", "hi again, im back"
    r"it'?s me again|i'?m back( again| now)?|hi again|hello again|back again)\b")

# ...never a farewell to people: "tell the kids i love them. bye", "bye everyone".
FAREWELL = re.compile(r"\b(love (you|them|u|ya|all)|tell (my|the|our|her|his) \w+|everyone|every1|evry1|"
                      r"all of you|you all|forever|for ever|for good|last (time|message|text)|"
                      r"sorry for|thank you for everything|thanks for everything|look after)\b")


# Asking for a group, a place, a lift or a call back ("is there anywhere i could go and make
# things with other blokes", "is there anything that picks you up from the door", "could
# someone ring me please, 9 till 10"): with no pattern and no word from the risk_words net,
# the classifier's lean is read from the story around the request: too little for the
# script, so at most the direct question (which a recent No then quietens).
ASKS_FOR_HELP = re.compile(
    r"\b((is|are) there (any|anything|anywhere|somewhere|a|an|some)\b|any (groups?|clubs?|classes|"
    r"activities|woodwork|men'?s sheds?)\b|(somewhere|anywhere|a place) (i|he|she|we) (could|can) go|"
    r"(could|can|would|will) (someone|somebody|you|they|the team|a person) (please )?(ring|call|phone) "
    r"(me|us|her|him)|(ring|call|phone) me (back|please|tomorrow|in the morning|after|before|between)|"
    r"(don'?t|do not|dont) leave a (message|voicemail)|no (voicemail|message))")


# Going somewhere with someone ("can i bring my neighbour, she'd come if i went", "my sister
# would come along if i went", "if i went to the club would you come with me"): "if i went"
# is going there, not dying (round 18: both got the suicide question). With no risk word
# only: "everyone would be better off if i went" holds one and still counts.
GOING_ALONG = re.compile(
    r"\b(come|comes|coming|came|go|goes|tag|pop|join)( along| with (me|us))?\b[^.!?]{0,30}\b"
    r"if (i|we) (went|go|was going|were going|did go)\b|"
    r"\bif (i|we) (went|go|was going|were going)\b( \w+){0,3} (with (me|us|her|him)|along|"
    r"too|as well|to (the|a|that|this|her|his|my) \w+)")


def going_along(norm: str) -> bool:
    return bool(GOING_ALONG.search(norm))


def asks_for_help_in_everyday_words(norm: str) -> bool:
    return bool(ASKS_FOR_HELP.search(norm))


def leaving_in_everyday_words(norm: str) -> bool:
    return bool(LEAVING.search(norm)) and not FAREWELL.search(norm)


_WAKE_WORDS = ("wake", "wakes", "waking", "stir", "stirs", "stirring", "rousing")
# "the lunch club at St Marks church hall on a Thursday", "got it from Marks and Spencer":
# a place's name, not marks on a body (safety11, round eleven).
MARKS_AS_A_NAME = re.compile(r"\b(st|saint) marks?\b|\bmarks (and|&|n) spencers?\b|\bmarks and sparks\b")


# A pattern of taking every tablet (issue 12): the day's dose taken as told is not an overdose
# (context.medicine_as_prescribed).
_DOSE_CATEGORIES = ("suicide_act", "suicide_plan_time", "suicide_method")
_TEASED = ("violence_now", "abuse_physical", "abuse_psychological", "abuse_domestic", "neglect",
           "abuse_financial")
# A lap belt or seat belt on a wheelchair is a safety aid, not a method.
_SAFETY_BELT = re.compile(r"\b(lap|seat|chair|safety|wheelchair|pelvic) belt|belt on (his|her|my|the) "
                          r"(wheel)?chair\b")
_RAISED_VOICE = re.compile(r"\b(shout\w*|yell\w*|scream\w*|snap\w*|swor\w*|swear\w*|temper|cross)\b")
# A home that locks medicines away, or a door with a code that the family know, for safety
# (safety14); never people locked in their rooms, or a door nobody will open for them.
_LOCKED_FOR_SAFETY = re.compile(
    r"\block(s|ed|ing)? (away )?(all )?(the |her |his |their |mums |dads )?(medicines?|meds|tablets|drugs|"
    r"medication|trolley|cupboard|sharps)|\b(door|doors) (with|has|have) (a )?(code|keypad|key ?pad)|"
    r"\bwe (know|have|got) the (code|key)|\bso (the )?(residents|they|she|he|people) (stay|are|is|keep) safe\b")
_PUSHED_ON = re.compile(r"\b(push\w*|firm|nag\w*)\b")
_FIRE_WORD = re.compile(r"\b(fire|smoke|flames?)\b")
_TABLET_WORD = re.compile(r"\b(tablets?|pills?|meds|medication|medicine|capsules?)\b")


# "on my break in 10 mins", "my lunch break in an hour", "a break in the rain": break the
# noun (a rest, a pause), never someone breaking in (round 15: a tea break gave the
# domestic-abuse card and a priority-0 hand-off). "they will break in" keeps the hit.
_BREAK_AS_A_REST = re.compile(
    r"\b(?:my|a|the|your|his|her|our|their|tea|lunch|coffee|dinner|fag|smoke|short|quick|"
    r"next|school|half ?term|christmas|easter|summer|work|comfort|toilet|loo) break in"
    r"(?! (?:to|through|here|there|the house|my house|our house|his house|her house|the flat|my flat)\b)")


def _drop_misread(hits: List[concepts.Hit], norm: str, keys: List[str],
                  found: context.Readings) -> List[concepts.Hit]:
    """Sets aside pattern hits the whole message reads another way (see above). ``found``:
    the message's context readers, read once (signals passes the same to soft_context)."""
    calling = CALLING.search(norm)
    own_home = OWN_CARE_HOME.search(norm)
    self_wake = [h for h in hits if h.category == "suicide_passive"
                 and "wake" in h.text and SELF_BEFORE & set(keys[max(0, h.start - 3):h.start])]
    habit = found.sleep_habit
    # "collecting my tablets from the chemist later", "a month of tablets from the repeat":
    # the medicine round, not saving or taking tablets (context.MEDICINE_LOGISTICS).
    medicine_round = found.medicine_logistics
    fire_asked = context.fire_asked_about(norm)   # "what happens if theres a fire"
    own_temper = context.carer_lost_temper(norm)
    teasing = found.teasing
    thing_kills = found.thing_kills
    on_top = context.on_top_of_things(norm)
    bruise_told = found.bruise_explained
    missing_done = found.missing_over
    play = found.child_play
    pushed_on = found.encouraging
    # a good day told: "not waking" in it is a wish (good_day_wish) or the day's shape, never a
    # person who will not wake
    good_day = context.GOOD_DAY_FRAME.search(norm)
    kept = []
    for h in hits:
        if habit and h.category in ("medical_emergency", "suicide_passive") and any(
                w in h.text.split() for w in _WAKE_WORDS):
            continue
        if medicine_round and h.category in ("suicide_preparation", "suicide_act", "suicide_method"):
            continue
        if teasing and _kind(h) in ("safeguarding", "crisis") and h.category in _TEASED:
            continue   # "my wife says shell strangle me if i leave my socks on the floor"
        if h.category == "abuse_organisational" and "lock" in h.text and _LOCKED_FOR_SAFETY.search(norm):
            continue   # "the home locks the medicines in a trolley", "a keypad so residents stay safe"
        if on_top and h.rule == "at_height_now" and h.text.split()[-1] == "top":
            continue   # "since the operation im on top of it": coping, not a height
        if any(h.text in words for words in thing_kills):
            continue   # "he said the heat will kill me": a thing, not a person
        if bruise_told and "bruis" in h.text:
            continue   # "she bruises easily because of her blood thinners"
        if missing_done and h.category == "missing_adult":
            continue   # "dad went missing once... since he moved hes settled"
        if h.category == "suicide_method" and "belt" in h.text and _SAFETY_BELT.search(norm):
            continue   # "dad has a lap belt on his wheelchair so he doesnt slide out"
        if pushed_on and _kind(h) == "safeguarding" and _PUSHED_ON.search(h.text):
            continue   # "the physio pushed me hard in the session, im walking better"
        if play and h.category == "abuse_physical":
            continue   # "my little granddaughter bit my finger playing dinosaurs"
        if own_temper and h.category == "abuse_psychological" and _RAISED_VOICE.search(h.text):
            continue   # "i shouted at my wife, im that tired": the carer's strain
        if fire_asked and h.category == "danger_at_home" and _FIRE_WORD.search(h.text):
            continue
        if h.category in _DOSE_CATEGORIES and _TABLET_WORD.search(h.text):
            dose = context.medicine_as_prescribed(norm, h.text)
            if dose == "routine":
                continue
            if dose == "able":
                # "i can take all my tablets now": asked, never upgraded to the script.
                h = replace(h, tier="check_in", rule=ABLE_TO_SWALLOW)
        if calling and h.category == "abuse_psychological" and CALLED_IN_SPAN.search(h.text):
            continue
        if own_home and (h.category == "abuse_psychological" and "home" in h.text
                         or " ".join(h.text.replace(" '", "'").split()) in own_home.group(0)):
            continue
        if h.category == "medical_emergency" and any(
                w.start <= h.start < w.end for w in self_wake):
            continue
        if good_day and h.category in ("medical_emergency", "suicide_passive") and h.rule != GOOD_DAY_WISH \
                and any(w in h.text.split() for w in _WAKE_WORDS):
            continue   # "not waking up at 5am would be a good day": the day's shape (safety17)
        if h.text.split()[0] == "marks" and MARKS_AS_A_NAME.search(norm):
            continue
        if h.category == "violence_now" and h.text.split()[0] == "break" and \
                _BREAK_AS_A_REST.search(norm):
            continue   # "im on my break in 10 mins": a rest from work, not a break-in
        kept.append(h)
    return kept


# Concept patterns of this category are sayings ("nearly killed myself laughing"), not danger.
FIGURE = "figure"


def _char_span(doc, hit: concepts.Hit) -> Tuple[int, int]:
    last = doc[hit.end - 1]
    return doc[hit.start].idx, last.idx + len(last.text)


def _missing_with_memory(norm: str, doc) -> List[concepts.Hit]:
    """A person with memory trouble out and not back (context.missing_with_memory)."""
    tier, words = context.missing_with_memory(norm)
    if not tier:
        return []
    char = norm.find(words)
    start = next((t.i for t in doc if t.idx >= char), len(doc))
    return [concepts.Hit("missing_adult", tier, "missing_memory", start, start + 1, words)]


GOOD_DAY_WISH = "good_day_wish"


def _wish_in_good_day(norm: str, doc) -> List[concepts.Hit]:
    """A wish not to be here, told as a good day (context.wish_in_good_day): the passive
    wish's direct question."""
    words = context.wish_in_good_day(norm)
    if not words:
        return []
    char = norm.find(words)
    start = next((t.i for t in doc if t.idx >= char), len(doc))
    return [concepts.Hit("suicide_passive", "check_in", GOOD_DAY_WISH, start, start + 1, words)]


def signals(text: str, norm: str) -> Signals:
    doc = concepts.nlp()(norm)
    keys = [concepts.key_of(t) for t in doc]
    lowers = [t.lower_ for t in doc]
    found = concepts.matcher().find(doc)
    # Sayings ("i could murder a cuppa", "this form is killing me"): a danger hit that shares
    # a word with one is the saying's; danger said elsewhere in the message still counts.
    sayings = [_char_span(doc, h) for h in found if h.category == FIGURE]
    figures = sayings + context.figure_spans(norm)
    in_saying = {t.i for t in doc if any(start <= t.idx < end for start, end in figures)}
    hits, negated = [], []  # negated hits are dropped (kept apart only for reading)
    for h in found:
        if h.category == FIGURE or in_saying.intersection(range(h.start, h.end)):
            continue
        negative = context.negated(keys, lowers, h.start, h.end if h.negation_in_span else -1)
        (negated if negative else hits).append(h)
    hits += _lexicon_hits(context.blank(norm, figures), keys, lowers, doc, negated)
    hits += _missing_with_memory(norm, doc)
    hits += _wish_in_good_day(norm, doc)
    found_readings = context.readings(norm)
    hits = _drop_misread(hits, norm, keys, found_readings)
    # "letter says mum is being looked at for CHC??": a question about a care word (read
    # from the text as typed: abbreviations are matched in capitals).
    why_not = context.message_context(norm, sayings) or (
        "term" if context.asks_about_a_care_word(text) else "") or context.soft_context(
        norm, found_readings)
    return Signals(norm, tuple(hits), why_not,
                   classifier.load().predict(norm))


# Beside a saying, an abuse pattern outside it counts when it names someone doing harm ("i
# could murder him, he hits me", "i could kill her, she takes my pension"): the saying explains
# its own words, and the classifier (which reads the saying as a look-alike) is not asked. A
# pattern of care not given or lost touch keeps the stricter bar ("havent seen my mates in
# weeks... kill me now lol" is loneliness; "i could kill him when he leaves his towels").
_LONELY_LIKE = ("neglect", "self_neglect")


def _someone_harming(hit: concepts.Hit) -> bool:
    return (_kind(hit) == "safeguarding" and hit.tier == "clear"
            and hit.category not in _LONELY_LIKE)


def _kind(hit: concepts.Hit) -> str:
    return taxonomy.category_info(hit.category)["kind"]


_CARE_NOT_GIVEN = ("neglect", "abuse_organisational")


def _ask_first(hit: concepts.Hit) -> bool:
    """A category the taxonomy says to ask about directly first (a passive wish to die,
    "whats the point in going on"): a sure classifier does not turn its hint into the script.
    (safety11: with more training text it was sure of these far more often, so the same
    words got the question or the script by a hair's breadth of probability.)"""
    return taxonomy.category_info(hit.category)["tier"] == "check_in"


def _urgency(hit: concepts.Hit) -> Tuple[int, int, int]:
    info = taxonomy.category_info(hit.category)
    return (0 if hit.tier == "clear" else 1, 0 if info["kind"] == "crisis" else 1,
            info["priority"])


def combine(s: Signals, params: Params = PARAMS) -> Assessment:
    p = s.prediction.danger
    # Recovery after an illness ("had a stroke in the summer") sets aside only a medical
    # emergency phrase; abuse or a wish to die said beside it counts as ever.
    recovering = s.context == "recovering"
    if recovering:
        s = Signals(s.norm, tuple(h for h in s.hits if h.category != "medical_emergency"
                                  or p >= params.keep_hit_context), s.context, s.prediction)
    soft = s.context in context.SOFT_CONTEXTS or recovering
    # A saying: the hits that shared its words were set aside in ``signals``; a danger-to-life
    # hit left is outside it ("this form is killing me and i want to die") and counts. Abuse
    # patterns beside a saying keep the stricter bar ("havent seen my mates in weeks... kill me
    # now lol" is loneliness, not neglect).
    figure = s.context == "figure"
    keep = params.keep_hit_context if (s.context and not soft) else params.keep_hit
    # Danger-to-life patterns stand on their own unless the context says "maybe not";
    # abuse patterns (more everyday words) need the classifier not to be firmly against.
    # A question about a care word ("term") sets aside only the classifier's own guesses:
    # patterns still count, so "whats a DoLS, i want to die" is still danger.
    term = s.context == "term"
    keep = params.keep_hit if term else keep
    hits = [h for h in s.hits
            if p >= keep or ((not s.context or term or soft) and h.rule != "lexicon"
                             and (_kind(h) == "crisis" or h.rule in FIRM_RULES))
            or (figure and _kind(h) == "crisis")
            or (figure and _someone_harming(h))]
    explained = _EXPLAINED_BY.get(s.context, ())
    if explained:
        # "stop for now and finish it tonight": the time is the form's, not a plan's.
        hits = [h for h in hits if h.rule not in explained]
    if hits:
        best = min(hits, key=_urgency)
        crisis = [h for h in hits if _kind(h) == "crisis"]
        if best.category == "self_neglect" and crisis:
            # "won't be bothering anyone much longer": ask about suicide, the graver reading.
            best = min(crisis, key=_urgency)
        if best.category.startswith("suicide_") and context.DEADLINE.search(s.norm) and any(
                h.category.startswith("suicide_") and h.rule != "deadline" for h in hits):
            # A wish to die and a time limit in one message: a plan with a time.
            return danger("clear", "suicide_plan_time", best.text, max(p, 0.5))
        tier = best.tier if (p >= params.hit_clear or _kind(best) == "crisis"
                             or best.rule in FIRM_RULES) else "check_in"
        if (tier == "check_in" and _kind(best) == "crisis" and not s.context
                and context.LAST_WORDS.search(s.norm) and not context.NAMED_EVENT.search(s.norm)):
            tier = "clear"  # a time, a place or a goodbye, told as last words (safety9)
        if best.rule == "money_hint" and context.MONEY_GONE.search(s.norm):
            tier = "clear"  # someone handles the money and it keeps running out
        # (Not someone handling the money: many people choose it, so it is always asked.)
        category = best.category
        if (tier == "check_in" and params.hint_upgrade and not s.context
                and best.rule not in _ALWAYS_ASKED
                and p >= params.model_clear and (s.prediction.crisis >= s.prediction.safeguarding)
                == (_kind(best) == "crisis") and not context.HESITANT.search(s.norm)
                and detector.risk_words_in(s.norm)):
            # A pattern's hint with the classifier as sure as it needs to be to answer alone,
            # of the same kind: never weaker than the classifier alone would be. A passive
            # wish is asked about first, unless the classifier reads something graver in the
            # same message ("i might swallow every pill in this house, i want to die").
            graver = s.prediction.top_danger
            graver_info = taxonomy.category_info(graver)
            if not _ask_first(best):
                tier = "clear"
                if best.rule == "self_neglect_hint" and graver in _CARE_NOT_GIVEN:
                    # "sits in the same clothes for days and his son doesnt do anything":
                    # the signs are the same, the classifier reads who is not caring (safety14)
                    category = graver
            elif graver != category and (graver_info["tier"], graver_info["kind"]) == \
                    ("clear", "crisis"):
                tier, category = "clear", graver
        return danger(tier, category, best.text, max(p, 0.5))
    # "he's back I have to go", "someone's coming": no danger phrase, and the person must
    # leave now. A quick, quiet goodbye with the numbers, never a question on screen.
    if context.quick_exit(s.norm):
        return quick_exit(context.ARRIVAL.search(s.norm).group(0), p)
    arriving = context.arrival_hint(s.norm)
    if arriving:
        # "he's just pulled up": a quick exit if the conversation holds a disclosure.
        return quick_exit(arriving, p, ARRIVAL_HINT)
    # A danger-to-life phrase that the context set aside ("he had a fit last year, fine
    # since"), with the classifier leaning to danger: ask, never drop silently.
    crisis = [h for h in s.hits if _kind(h) == "crisis" and h.rule not in explained]
    # A joke or a saying ("kill me now lol") explains its own words: nothing to ask.
    if (crisis and s.context and s.context != "figure" and not soft and params.context_check
            and p >= params.context_check):
        best = min(crisis, key=_urgency)
        return danger("check_in", best.category, best.text, p)
    # An abuse pattern the classifier doubts (no context against it): ask, do not drop.
    weak = [h for h in s.hits if not s.context and params.weak_hit and p >= params.weak_hit]
    if weak:
        best = min(weak, key=_urgency)
        return danger("check_in", best.category, best.text, max(p, 0.5))
    if not s.hits and context.dose_as_prescribed(s.norm):
        # "ive taken all my tablets for today": the dose, told as the day's round; the
        # classifier alone learnt "all my tablets" from overdoses.
        return _quiet(s, params)
    if context.TAKE_BACK.search(s.norm):
        # "forget i said anything. im fine honestly": ask plainly, once.
        return danger("check_in", "suicide_passive", context.TAKE_BACK.search(s.norm).group(0),
                       max(p, 0.5))
    category = s.prediction.top_danger
    # "My own card back, quietly, without a fuss... will someone be on here tomorrow": a time
    # counts as a plan only beside a word of death or harm (or a pattern above). Without one,
    # an everyday reason explains it; with none, at most the direct question.
    time_only = (category == "suicide_plan_time"
                 and everyday_news.time_without_death_or_harm(s.norm))
    if time_only and s.context:
        return _quiet(s, params)
    leans_crisis = s.prediction.crisis >= s.prediction.safeguarding
    # Loneliness told as a story, read by the classifier alone as a wish to die: ask only
    # when it is very sure ("since she went nobody much knocks on the door").
    # (Either way it leans: "nobody much knocks" read as control is loneliness too.)
    lonely = not s.hits and bool(context.LONELY.search(s.norm))
    # "i dont see my friends anymore", with no one named stopping it: loneliness, not control.
    lonely = lonely or (not s.hits and context.lost_touch(s.norm))
    check = params.model_check_context if ((s.context and not recovering) or lonely) else (
        params.model_check_crisis if leans_crisis else params.model_check)
    if time_only:
        # A plan with a time, guessed by the classifier alone from a time with no word of
        # death or harm ("the gas engineer will be gone before lunch"): times are everyday,
        # so this guess keeps the bar it had before the crisis lean was lowered (safety11).
        check = max(check, params.model_check_plan_time)
    # A saying ("to die for"), a walk or a view: the classifier's own guess reads the
    # saying's words, so it alone raises nothing unless it is all but certain.
    if s.context in ("denied", "form", "term", "outing", "figure") + context.SOFT_CONTEXTS or (
            recovering and leans_crisis):
        check = max(check, params.model_check_denied)
    # "shouting for me" (calling the person over) and weighing a care home oneself hold no
    # risk word.
    risky = detector.risk_words_in(OWN_CARE_HOME.sub(" ", CALLING.sub(" ", s.norm)))
    if not risky and p < params.model_alone_sure and (leaving_in_everyday_words(s.norm)
                                                      or OWN_CARE_HOME.search(s.norm)
                                                      or going_along(s.norm)):
        # (Weighing a care home oneself: "i dont want to have to put him in a home".)
        return _quiet(s, params)
    # A request for a group, a lift or a call back, with no risk word: at most the direct
    # question, never the script ("is there any groups round here, my partner doesnt like
    # me going places on my own" is still asked about).
    asks = not risky and asks_for_help_in_everyday_words(s.norm)
    short = len(s.norm.split()) <= params.short_words
    if short and s.prediction.evidence < params.min_evidence and not risky:
        return _quiet(s, params)
    pull = params.min_pull if leans_crisis else params.min_pull_abuse
    if not risky and p < params.model_alone_sure and s.prediction.evidence < pull:
        # No danger or harm word at all ("need to be quick, im at work", "my weak side"):
        # the classifier's lean is read from everyday words, too little to ask about.
        return _quiet(s, params)
    if p >= params.model_clear and not s.context and not lonely and (
            risky or (s.prediction.evidence >= params.min_pull and not params.clear_needs_words)):
        tier = taxonomy.category_info(category)["tier"]
        if (context.HESITANT.search(s.norm) or p < params.model_clear_alone or asks
                or (not risky and p < params.plain_clear)):
            # "its a bit awkward to say. my son came back home...": ask first. The classifier
            # alone gives the script only when all but certain.
            tier = "check_in"
        if time_only:
            tier = "check_in"
        if category == "abuse_financial" and not context.MONEY_WORD.search(s.norm):
            # Money taken, guessed from a hint that names no money ("things have got a bit
            # difficult at home"): the gentle question, never "Tell the bank now".
            tier = "check_in"
        return danger(tier, category, _evidence(s.norm), p, "model")
    if p >= check:
        return danger("check_in", category, _evidence(s.norm), p, "model")
    return _quiet(s, params)


def _quiet(s: Signals, params: Params) -> Assessment:
    """No danger: a route when the classifier names one, else nothing."""
    p = s.prediction.danger
    if s.context in LONELY_CONTEXTS:
        # Loneliness ("not sitting in this chair all day on my own"): not a crisis, but not
        # nothing; the grief and loneliness route (listen and connect).
        return route("grief", _evidence(s.norm), p)
    if s.prediction.top_route_p >= params.route_min:
        return route(s.prediction.top_route, _evidence(s.norm), p)
    return NOTHING if p < 0.01 else Assessment("none", None, None, None, "", round(p, 3))


def _evidence(norm: str) -> str:
    """The first words of the message, when no single span decided it."""
    words = norm.split()
    return " ".join(words[:12])


def decide(text: str, norm: str, params: Optional[Params] = None) -> Assessment:
    return combine(signals(text, norm), params or PARAMS)
