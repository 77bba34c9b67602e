"""Everyday news that the risk classifier alone reads as danger (round eight, persona testers).

Each function returns the words that say it (or ""); context.soft_context names them as a
soft reason, so only the classifier's own guess is set aside, and only when no danger word
is left outside these words (context._explains). A concept pattern still counts:
"ive written letters to my kids" is a preparation, "got a letter from the council" is post.

- ``post_received``: a letter, card or parcel that came from someone ("a letter here from
  the council about my dad", "a card came from the hospital"); writing one is not this.
- ``care_worry``: the fear that services will take the person cared for away ("i dont want
  them thinking im not coping and taking him off me"): a carer's worry, not abuse.
- ``independence``: something done on one's own, told as a success ("i can get bus on my
  own now"); being left on one's own is not this.
- ``safe_for_now``: a "no" to danger now, with the person away ("No, not right now. He's
  out."): safe at the moment, the safeguarding route stays open, not a crisis.
- ``alone_all_day``: loneliness told as the day's shape ("not sitting in this chair all
  day on my own", "jean and me used to go to the bowls club"): the grief and loneliness
  route, not neglect.
- ``quiet_wish``: wanting something done quietly, without a fuss ("my own card back,
  quietly"): a wish about how help comes, not a plan.
"""
from __future__ import annotations

import re

from bot.phrases import SPAN_JOIN, every_span

_PERSON = (r"(him|her|them|my (husband|wife|partner|mum|mam|mom|dad|son|daughter|kids|children|"
           r"baby|boy|girl|lad|lass|nan|nana|gran|grandad|grandma|brother|sister|fella|hubby)|"
           r"mum|dad)")

POST = re.compile(
    r"\b(letter|letters|card|parcel|package|form|forms|leaflet|bill|email|statement|booklet|pack|"
    r"envelope|questionnaire|appointment)\b( \w+){0,3}? (from|off) (the |my |his |her |our |their )?"
    r"(council|gp|doctors?|hospital|dwp|social services|social workers?|nhs|surgery|bank|housing|"
    r"jobcentre|job centre|hmrc|care agency|agency|court|solicitors?|dvla|pension|benefits|"
    r"local authority|clinic|consultant|nurse|school|college|insurance|energy|landlord|care home|"
    r"adult social care|assessment team|occupational therapy|ot|physio|memory clinic|carers? centre|"
    r"tax office|government|post office|pip|blue badge|hospice|team)\b|"
    r"\b(letter|card|parcel|form|leaflet|bill|statement|pack|envelope)\b( \w+){0,2}? "
    r"(came|arrived|come|turned up|dropped)( \w+){0,2}? (through the door|in the post|today|this morning|"
    r"yesterday|with)\b|"
    r"\b(got|had|received|opened|read) (a|an|the|this|that|another|some) (\w+ )?(letter|card|parcel|"
    r"statement|bill)\b(?= (here |today |this morning |yesterday )?(about|saying|says|from|to say|with))")

CARE_WORRY = re.compile(
    r"\b(take|taking|took|taken|put|putting|send|sending|move|moving|lose|losing) " + _PERSON +
    r" (off (me|us)|away from (me|us)|away off (me|us)|away)\b|"
    r"\b(lose|losing) (him|her|them|my \w+) (to|into) (a |the )?(care home|home|care|nursing home)\b|"
    r"\b(think|thinking|thought|say|saying|said|decide|deciding|see|seeing|know|find out) (that )?"
    r"(i'?m|im|i am|we'?re|we are|i) (not coping|can'?t (cope|manage)|cant (cope|manage)|not managing|"
    r"failing|struggling|a bad (mum|carer|wife|husband|son|daughter))\b|"
    r"\b(take|taking|took|put|putting) (him|her|them|my \w+|mum|dad) (into|in) (care|a home|a care home|"
    r"a nursing home)\b|"
    # the fear said before it: "im frightened to ask in case social services put mum in a home"
    r"\b(scared|frightened|afraid|terrified|worried|worry|fear)\b[^.?!]{0,40}\b(social services|"
    r"social workers?|the council|they|them)\b[^.?!]{0,20}\b(take|takes|taking|put|puts|putting|send|"
    r"move)( " + _PERSON + r")? (away|off|into care|in(to)? (a |the )?(care |nursing )?home)\b")

INDEPENDENCE = re.compile(
    r"\b(i|he|she|they) (can|could|am able to|'m able to|is able to|managed to|have learned to|"
    r"learned to|learnt to|now|go|get|started|have started|'ve started)\b( \w+){0,5}? "
    r"(on my own|on his own|on her own|by myself|by himself|by herself|independently)"
    r"( now| these days| at last| finally| every day| again)?\b|"
    r"\b(bus|buses|train|trains|tram|metro|taxi|shops?|town|college|work|school|library|gym) "
    r"(on my own|by myself|independently)( now| these days| at last| finally| again)\b")

SAFE_FOR_NOW = re.compile(
    r"^\W*(no|nope|nah|not really|not)\b[ ,.!]*((no|not) )?(right now|at the moment|just now|now|"
    r"today|at present)\b|"
    r"\b(he'?s|hes|she'?s|shes|they'?re|theyre|he is|she is|they are) (out|gone out|not in|"
    r"not here|not home|away|at work|asleep|in bed)( now| at the moment| for now| for a bit| till \w+)?"
    r"(?= *([.!?,]|$))")

ALONE_ALL_DAY = re.compile(
    r"\b(sit|sits|sitting|sat|stuck|stay|stays|staying)( here| in| at)?( this| my| the| his| her)?"
    r"( chair| armchair| house| flat| room| home| bungalow)?( all day| all week| all the time| day in day out)?"
    r" (on my own|alone|by myself|on his own|on her own)( all day| all week| all the time)?\b|"
    r"\b(on my own|alone|by myself) all (day|week|the time|evening|weekend)\b|"
    r"\b(used to go|went|used to play|would go) (to )?(the |a |our )?\w* ?(club|group|church|"
    r"choir|class|classes|dances?|bingo|pub|social|centre)\b|"
    r"\b(miss|missing) (the|my|our|going to the) \w* ?(club|group|company|chats?|dances?|bingo)\b")

QUIET_WISH = re.compile(
    r"\b(my|her|his) own (bank )?(card|money|pension|keys|phone|purse|bank book|post) back\b|"
    r"\b(want|like|get|have|give me) (my|her|his) (bank )?(card|money|pension|keys|phone|purse) back\b|"
    r"\b(done|sorted|dealt with|handled|sort it|do it|happen|it back|back|please),? (quietly|discreetly)\b|"
    r"\b(without|with no|no) (a |any )?(fuss|bother|drama|scene)\b")


# "A time only counts with a death or harm concept": the classifier alone may read a time
# ("tomorrow", "on friday") with "quietly" as a plan; with none of these words beside the
# time, it is not one (decide.py). "gone" counts said of oneself ("ill be gone by then"),
# not of someone else ("the gas engineer will be gone before lunch").
DEATH_OR_HARM = re.compile(
    r"\b(die|dying|died|dead|death|suicid\w*|kill\w*|end (it|things|my life|everything|it all|myself)|"
    r"ending|(i'?ll|i will|i'?d|i would|i'?m|im|i am|i) (be |have )?gone|when i'?m gone|goodbye|good bye|over|for good|no more|not (be )?(here|around)|harm|hurt|cut|"
    r"overdose|pills|tablets|rope|noose|jump|bridge|train|railway|river|cliff|ledge|decided|"
    r"(won'?t|wont|will not|not going to) be (here|around|alive)|sea|water|canal|walk(ing)? into|"
    r"take (them|it|the lot|everything) all|all of them|the lot|"
    r"decision|mind|ready|last|enough|better off|burden|point|go on|note|letters?|plan|planned|"
    r"planning|do it|finish|sorted|affairs|funeral|miss me|sorry|forgive|arranged|everything|"
    r"myself|anymore|any more|world|life|living|alive|sleep|wake)\b")


def time_without_death_or_harm(norm: str) -> bool:
    return not DEATH_OR_HARM.search(norm)


def post_received(norm: str) -> str:
    return every_span(POST, norm)


def care_worry(norm: str) -> str:
    return every_span(CARE_WORRY, norm)


def independence(norm: str) -> str:
    return every_span(INDEPENDENCE, norm)


def safe_for_now(norm: str) -> str:
    return every_span(SAFE_FOR_NOW, norm.strip())


def alone_all_day(norm: str) -> str:
    return every_span(ALONE_ALL_DAY, norm)


def quiet_wish(norm: str) -> str:
    """...never beside a word of death or harm ("ill go quietly, theyll be better off")."""
    found = every_span(QUIET_WISH, norm)
    rest = norm
    for part in found.split(SPAN_JOIN) if found else ():
        rest = rest.replace(part, " ")
    return found if found and time_without_death_or_harm(rest) else ""


# In the order context.soft_context tries them.
READERS = (("post", post_received), ("care_worry", care_worry), ("independence", independence),
           ("safe_for_now", safe_for_now), ("alone_all_day", alone_all_day),
           ("quiet_wish", quiet_wish))
NAMES = tuple(name for name, _ in READERS)
