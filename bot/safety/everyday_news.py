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
- ``memory_risk`` (round 15): a carer telling the form how dementia shows ("she left the gas
  on twice", "she likes a wander to the shop but gets confused coming back", "he hasnt fallen
  for a while"): a risk at home for the record and the hand-off (telecare, a safety check),
  not an alarm. Never with the hazard happening now ("the kitchen is full of gas") or done to
  hurt ("he left the gas on to hurt me").
- ``sick_pay`` (round 15): statutory sick pay from work named ("SSP is sick pay, i get that
  from work"): pay received, not pay withheld ("my boss keeps my sick pay" is not this).
- ``shared_online`` (round 15): family photos or a video posted ("my grandson posted the video
  of my birthday on facebook"): news, not a plan with a time; never intimate images or a
  threat to post them.
- ``service_wish`` (net16): how help should come ("thats on the phone tho i said come and
  visit. my hearing isnt great on the phone", "a befriender who comes to the house"): a
  request about services; never beside a hearing aid taken, a call stopped or listened to, or
  someone feared who comes round.
- ``good_day`` (net16): a self-assessment answer about a good day ("a good day is when the pain
  is low enough to walk round the block"); never a day not woken up to, or not here.
"""
from __future__ import annotations

import re
from typing import Callable, Pattern

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


def words_unless(found: Pattern, unless: Pattern) -> Callable[[str], str]:
    """One shape for the readers with a "never beside" pattern: the words of ``found`` in the
    message, or "" when ``unless`` is anywhere in it (context.found_unless, naming the words)."""
    def read(norm: str) -> str:
        return "" if unless.search(norm) else every_span(found, norm)
    return read


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


# Round 15 (safety16): everyday answers inside the self-assessment and carer's assessment
# forms that the classifier alone took for danger.
_WHO = (r"(she|he|they|mum|mam|mom|dad|nan|nana|gran|grandad|grandma|my (husband|wife|partner|mum|mam|"
        r"dad|nan|gran|grandad|grandma|brother|sister|aunt|auntie|uncle))")
_APPLIANCE = r"(gas|cooker|hob|oven|grill|rings?|taps?|fire|heater|iron|kettle|chip pan)"
MEMORY_RISK = re.compile(
    # a hazard left on, told as a pattern: "she left it on twice", "keeps leaving the hob on"
    r"\b((the|a) " + _APPLIANCE + r" (thing|business|problem|issue|worry)|"
    r"(left|leaves|leaving|keeps leaving|kept leaving|been leaving|has left|forgot to turn off|forgets to turn off|"
    r"forgotten to turn off|turned on|turns on) (the |her |his |it |them )?(" + _APPLIANCE + r" )?"
    r"((on|off) )?(on )?(again|twice|once or twice|a (few|couple of) times|(two|three|a few|several|many) times|"
    r"more than once|sometimes|now and then|at night|last week|the other (day|night)|lately|before))\b|"
    # a habit: "she keeps leaving the gas on" (round 17, inside the carer's form: a 999 card)
    r"\b(keeps|kept|keep|been|is always|always) (leaving|forgetting to turn off|turning on) (the |her |his )?"
    + _APPLIANCE + r"( on)?\b|"
    # a night walk told as what happened: "last week she went out at 2am in her nightie"
    r"\b(last (week|month|night|year)|the other (day|night)|once|a few times|twice|sometimes|(she|he) has)\b"
    r"( \w+){0,3}? (went|gone|goes|got|walked|wandered) out (at|in the|during the) "
    r"(\d{1,2}( ?am| ?o'?clock)?|night|middle of the night|early hours|dark)\b|"
    # form18 (round 18): past risks told as a fact, with a when and nothing now. A cooker left
    # on: "hes left the gas hob on twice", "pan burnt dry", "burnt a pan last week"
    r"\b(left|leaves|leaving|kept leaving|keeps leaving|has left|forgot|forgets) (the |her |his |it |them )?"
    r"((gas|electric) )?" + _APPLIANCE + r"( \w+)? on (again|twice|once or twice|a (few|couple of) times|"
    r"(two|three|a few|several|many) times|more than once|last (week|night|month)|the other (day|night)|"
    r"this (week|month)|lately)\b|"
    r"\b((the |a |her |his )?(pans?|saucepans?|pot|kettle)( \w+)? (burnt|burned|boiled) dry|"
    r"(burnt|burned) (a |the |her |his )?(pans?|saucepans?|pot|toast|dinner|tea)( \w+)? "
    r"(last|twice|again|the other|a (few|couple of) times|before|this (week|month)))\b|"
    # a night walk from which the person was brought back: "been found walking down the main
    # road at 3am in his slippers", "found wandering at 4am last month"
    r"\b(been |was |were |got |is |gets )?(found|picked up|brought (back|home)) (walking|wandering|out|outside)"
    r"( \w+){0,5}? (at \d{1,2}( ?am| ?o'?clock)?|in the (night|middle of the night|early hours|dark))"
    r"( in (his|her|their) (slippers|nightie|nightdress|pyjamas|pjs|dressing gown))?\b|"
    r"\b(he|she|they|mum|dad) (also )?(went|walked|wandered) out (at \d{1,2} ?am|in the (night|early hours))"
    r"( \w+){0,2}? (on (mon|tues|wednes|thurs|fri|satur|sun)day|last (week|night|month))\b|"
    # a fall that is over, with a when: "he fell in the bathroom last week", "had a fall on the
    # stairs on sunday"
    r"\b(fell|had a fall|had (a few|two|some) falls|has fallen|fallen)( (over|down|again))?"
    r"( (in|on|at|down|by) (the |her |his )?\w+( \w+)?)? (last (week|month|weekend|night|year)|"
    r"on (mon|tues|wednes|thurs|fri|satur|sun)day|(a|two|three|few|couple of) (days|weeks|months) ago|"
    r"in (the )?(spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|this (month|year))\b|"
    # a fall that has not happened: "she hasnt fallen for a while", "no falls since"
    r"\b(hasn'?t|hasnt|has not|haven'?t|havent|not|never|didn'?t|didnt) (fallen|fell|had (a|any) falls?)"
    r"( over)?( for (a while|a bit|ages|months|a year)| lately| recently| since| yet| this year)?\b|\bno falls\b|"
    # a wander out, and muddled on the way back
    r"\b(likes? (to|a|her|his)|goes? (for|on) (a|her|his)|has (a|her|his)|a|her|his|little) wander"
    r"( \w+){0,4}? (to|round|around|down to|up to|to the) (the )?(shop|shops|paper shop|corner shop|park|"
    r"village|church|post office|garden|paper|newsagents?|cafe|library|pub|club)\b|"
    r"\bwanders?( off)? (to|round|around|down to|up to) (the )?(shop|shops|paper shop|corner shop|park|"
    r"village|church|post office|garden|newsagents?|cafe|library|pub|club)\b|"
    r"\bgets? (a bit |very |so |more |really )?(confused|muddled|mixed up|lost|disorientated|disoriented)"
    r"( \w+){0,3}?( (coming|getting|on the way) (back|home)| in the (afternoons?|evenings?)| at night| sometimes"
    r"| now and then| these days| lately)?\b")
# ...never with the hazard happening now, the person not back, or harm meant.
_HAZARD_NOW = re.compile(
    r"\b(right now|just now|at the moment|still on|(is|s|'s) on now|full of|smell(s|ing)?|fumes|on fire|"
    r"burning|smoke|flames|alarm (is )?going|can'?t find|cannot find|could ?n'?t find|missing|"
    r"(is ?n'?t|isnt|is not|not|still not|aint|ain'?t) (back|home)|(hasn'?t|hasnt|has not|havent|haven'?t) "
    r"(come|came|got|been) (back|home)|by now|no sign|been gone|hours|police|"
    r"on purpose|deliberately|"
    r"to (hurt|harm|kill|scare|frighten|get rid of|get at)|wants? (me|her|him) (dead|gone)|"
    r"after (he|she|they|someone) (hit|hits|pushed|shoved|hurt|attacked)|suddenly|slurr\w*|"
    r"(hit|hits|pushed|shoved|attacked|hurt) (her|him|me)|floor|unconscious|not breathing|collapsed|"
    r"can'?t get up|cant get up|cannot get up|won'?t wake|wont wake|bleeding|broken|hit (his|her) head|"
    r"(he|she|they|mum|dad)('?s| is| are) (out|outside|walking|wandering) now)\b")

SICK_PAY = re.compile(
    # the bot put right first: "i said money not family. SSP is sick pay" (round 14)
    r"\bi (said|meant|put|typed) (money|pay|my pay|benefits?|sick pay),? not \w+\b|"
    r"\b(ssp|statutory sick pay|sick pay|sick note|fit note)( is (sick pay|statutory sick pay|what i get))?\b|"
    r"\b(i|we|he|she) (get|gets|got|am getting|im getting|'?m getting|receive|receives) (that|it|ssp|sick pay|"
    r"statutory sick pay)? ?(from|through|off|via) (work|my work|my job|my employer|the employer|my boss|"
    r"the company|the firm)\b")
# ...never pay kept back or documents held ("my boss keeps my sick pay and says i owe him").
_PAY_WITHHELD = re.compile(
    r"\b(keeps?|kept|keeping|took|takes|taking|taken|stopped|stops|holds?|held|withh[eo]ld\w*|owe|owes|"
    r"docks?|docked|won'?t (give|pay)|doesn'?t (give|pay)|dont (give|pay)|never (gives|pays|get)|no pay|not paid|"
    r"unpaid|passport|papers|documents|debt|make me|makes me|made me)\b")

SHARED_ONLINE = re.compile(
    r"\b(posted|posts|put|puts|shared|shares|uploaded|sent|sends|send|stuck) (up )?(a |the |some |all the |"
    r"loads of |lots of )?(video|videos|vid|photos?|pictures?|pics?|clip|film|snaps?)( \w+){0,4}? "
    r"(birthday|party|wedding|christening|anniversary|holiday|day out|garden|dog|cat|grandchildren|grandkids|"
    r"baby|cake|do|christmas|graduation|trip|concert|show)\b[^.!?]{0,40}?\b(on|to|in) (the )?(facebook|fb|"
    r"instagram|insta|whatsapp|tiktok|youtube|snapchat|twitter|family (group|chat)|group chat|group)\b")
# ...never intimate images, a threat to post, or posting to shame someone.
_POSTED_TO_HURT = re.compile(
    r"\b(naked|nude|nudes|intimate|private|undress\w*|sexual|without (asking|permission|my (permission|say so))|"
    r"unless|threaten\w*|to (shame|embarrass|humiliate|get at)|laugh(ing|ed)? at|mock\w*|horrible|nasty|"
    r"abuse|bully\w*|blackmail\w*)\b")


memory_risk = words_unless(MEMORY_RISK, _HAZARD_NOW)
sick_pay = words_unless(SICK_PAY, _PAY_WITHHELD)
shared_online = words_unless(SHARED_ONLINE, _POSTED_TO_HURT)


# net16 (round 15): how help should come, and what a good day looks like.
# A wish about the form of a service: a visit rather than a call, a befriender who comes to
# the house, a phone that is hard to hear ("thats on the phone tho i said come and visit. my
# hearing isnt great on the phone"): a request about services, never danger by itself.
SERVICE_WISH = re.compile(
    r"\b(befriend\w*|home visits?|visiting service|face to face|in person)\b|"
    r"\b(someone|somebody|a person|a volunteer|a lady|a man|people|anyone) (to|who|that|that'?ll|who'?ll|"
    r"who would|who will|who can|to) (come|comes|call|calls|pop|pops|visit|visits|drop|drops) "
    r"(round|in|over|by|to (the|my) (house|home|flat|bungalow)|and (visit|see me|sit|chat|talk|have a cuppa))\b|"
    r"\b(i|we) (said|say|meant|asked for|wanted|want|would like|'?d like|need|needed|was after|am after) "
    r"(someone |somebody |them |you |a person )?(to )?(come|coming|pop|popping|visit|visiting|call|calling)"
    r"( and visit| round| in| over| to (the|my) (house|home|flat))?\b|"
    r"\b(on|over|by) the (phone|telephone)\b|\b(phone|telephone) (calls?|service|befriend\w*|chats?)\b|"
    r"\bmy hearing( (is|isn'?t|isnt|is not|aint|ain'?t|'?s|s)( \w+){0,2})?\b|"
    r"\b(deaf|hard of hearing|hearing aids?|can'?t hear|cant hear|cannot hear|struggle to hear|"
    r"not good on the phone|no good on the phone)\b")
# ...never harm beside it: a hearing aid taken, a call stopped, someone feared who comes round.
_SERVICE_HARM = re.compile(
    r"\b(take|takes|took|taken|hide|hides|hid|hidden|smash\w*|broke|break|won'?t let|wont let|doesn'?t let|"
    r"don'?t let|dont let|not allowed|stops? me|stopped me|listens? in|reads?|checks?|scared|frightened|afraid|"
    r"funny|uncomfortable|touch\w*|hurt\w*|hit\w*|shout\w*|threat\w*|laugh\w*|mock\w*|money|bank|"
    r"pin|card|arguing|row|rows)\b")

# A self-assessment answer about a good day ("a good day is when the pain is low enough to walk
# round the block"): what the person can do when the body allows, never a wish not to wake.
GOOD_DAY = re.compile(
    r"\b((a|my|the|on a|on my|on the) )?(good|better|decent|ok|okay|nice|great|best) days?"
    r"( for me)? (is|are|would be|will be|means|'?s|s|when|where|i|i'?m|im|i can|i get)\b[^.!?]*")
_GOOD_DAY_DARK = re.compile(
    r"\b(die|dying|died|dead|death|suicid\w*|kill\w*|wake|waking|woke|asleep|sleep (forever|for ever|and never)|"
    r"(not|never|no longer|stop) (be |being |to be )?(here|around|alive|in pain)|gone|over|end|ending|the end|"
    r"no more|anymore|any more|last|never|no longer|disappear\w*|vanish\w*|"
    r"heaven|join (him|her|them)|with (him|her|them) again|rest|peace|nothing|nobody|burden|better off|"
    r"pills|tablets|overdose|hurt|harm|cut|bridge|jump|goodbye)\b")


# safety17 (round 17): the day's shape inside a good day, whose words alone sound dark: a time,
# a task or a pain ("all over by lunchtime and i can relax", "not waking up at 5am", "not
# waking up in pain", "dad sleeps through and doesnt wake up in the night", "the school run is
# all over"). context.wish_in_good_day sets these aside before it looks for a wish.
DAY_SHAPE = re.compile(
    r"\b(all )?(over|done|finished|wak\w*( up)?|woke( up)?|get\w* up|sleep\w*)( \w+){0,2}? "
    r"(by|before|at \d\w*|at (five|six|seven|dawn)|until|till|til|early|so early|in (pain|agony|the night)|"
    r"with|and (i|we) (can|could|get)|so (i|we) can|for the (day|week)|in time|every|through|sore|stiff|"
    r"aching|for the toilet|to (the|an?) (alarm|noise|pain))\b|"
    r"\b(housework|washing|ironing|appointment|shift|school run|chores|jobs|work|pain|rain|physio|dialysis|"
    r"hospital|visit|meeting|operation|tests?|scan)( \w+){0,2}? (is|are|'?s|s)( all)? (over|done|finished)\b")


service_wish = words_unless(SERVICE_WISH, _SERVICE_HARM)


def good_day(norm: str) -> str:
    """A good day told (GOOD_DAY), never beside a dark word outside the day's shape."""
    return words_unless(GOOD_DAY, _GOOD_DAY_DARK)(DAY_SHAPE.sub(" ", norm)) and every_span(GOOD_DAY, norm)


# In the order context.soft_context tries them.
READERS = (("post", post_received), ("care_worry", care_worry), ("independence", independence),
           ("safe_for_now", safe_for_now), ("alone_all_day", alone_all_day),
           ("quiet_wish", quiet_wish), ("memory_risk", memory_risk), ("sick_pay", sick_pay),
           ("shared_online", shared_online), ("service_wish", service_wish), ("good_day", good_day))
NAMES = tuple(name for name, _ in READERS)
