"""Round seventeen (testers F and G), requests and answers inside the assessments:

- "can we stop a minute, i want to find a mens club near me" pauses the questions for the
  search (it was kept as something to be proud of);
- a request for local help at any open question ("not many good days. is there a club round
  here for older men") is never kept as the answer: the mood met, the answer part kept, the
  search offered with one tap;
- "skip the rest. can someone just text me, i cant take calls at work" skips the rest and
  keeps "text only", never as the answer;
- "it is a worry tho!! ... good day is pottering in garden" after "you said this is not a
  worry": the note put right, only the good-day part kept;
- "Jean" (heard as a greeting) and "me Kasia. mama is Halina" are names;
- "I'd rather not say" at the direct question is not a No;
- "how many questions is this" with the answer at "does your mum know?" is answered.
Each with the tester's words, fresh phrasings and look-alikes that must not change."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.form_engine import Turn, decide, mood_line, read_answer
from actions.forms import ValidateCarerAssessmentForm, ValidateSelfAssessmentForm
from bot import form_slots as fs
from bot import form_words
from bot.answers import names, worry_stands
from bot.answers.check_in import RATHER_NOT, check_in_answer
from bot.directory import search_in_form as s
from bot.markers import SKIPPED
from bot.safety.responses import CHECK_IN_BUTTONS, check_in_question
from bot.safety_words import RATHER_NOT_SAY
from fake_tracker import FakeTracker


def form_turn(text, slot, slots=None, form="self_assessment_form", intent="inform"):
    """One message read by an assessment at ``slot``: (what it said, its messages, slots)."""
    tracker = Tracker("form17-t", {"requested_slot": slot, "consent_given": True,
                                   "about": "self", **(slots or {})},
                      {"text": text, "intent": {"name": intent, "confidence": 0.9},
                       "entities": []},
                      [{"event": "user", "text": text}], False, None, {"name": form},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    validator = ValidateCarerAssessmentForm() if form == "carer_assessment_form" \
        else ValidateSelfAssessmentForm()
    values = asyncio.run(validator.interpret(dispatcher, tracker, {"slots": {}, "forms": {}}))
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    return said, dispatcher.messages, values


def buttons(messages):
    return [b for m in messages for b in (m.get("buttons") or [])]


# -- 1. a break from the questions with a search in it ---------------------------------------

@pytest.mark.parametrize("text", [
    "can we stop a minute, i want to find a mens club near me",                   # the tester's
    "hang on a sec, is there a lunch club near me",
    "can we pause, find me a walking group",
    "stop for a moment pls, any mens sheds round here?",
    "cud we stop a min n find me a knitting group",
])
def test_a_break_with_a_search_stops_for_it(text):
    assert s.stops_to_search(text)


@pytest.mark.parametrize("text", [
    "i want to stop going to the club because i miss her",
    "can we stop driving lessons for my son",
    "stop",
    "can we stop",                            # a stop with no search: its own rule
    "my son wants me to stop for a minute when i get breathless",
])
def test_not_a_break_for_a_search(text):
    assert not s.stops_to_search(text)


# -- 2. a request at an open question ----------------------------------------------------------

GOOD_DAY_ASK = ("there arent many good days now to be honest. a good day used to be going down "
                "the club with maureen for the tea dance. actually is there a club or something "
                "round here for men my age, i could do with getting out")                # tester's
GOING_WELL_ASK = ("not many good days. is there a club round here for older men, i could do "
                  "with getting out")                                                     # tester's


@pytest.mark.parametrize("text, answer", [
    (GOOD_DAY_ASK, "there arent many good days now to be honest. a good day used to be going "
                   "down the club with maureen for the tea dance."),
    (GOING_WELL_ASK, "not many good days."),
    ("gardening mostly. any gardening groups near me?", "gardening mostly."),
    ("she likes her church. is there a dementia cafe near us", "she likes her church."),
    ("not much tbh, are there any groups for carers round here", "not much tbh"),
    ("is there a lunch club near me", ""),
    ("could u find me a mens shed", ""),
    ("im lookin 4 a club for older blokes, not many good days", ""),
])
def test_a_request_is_told_from_the_answer(text, answer):
    found = s.request_in_answer(text)
    assert found is not None and found[0] == answer, found
    assert not found[1].lower().startswith(("actually", "anyway"))


@pytest.mark.parametrize("text", [
    "going to the club on a tuesday is what keeps me going",     # the brief's look-alike
    "my friends at the local club",
    "i go to a bowls club on tuesdays",
    "anywhere with a garden makes her happy",
    "being able to find my way to the shops",
    "my daughter is there for me. and the lunch club on fridays",
    "there is a lunch club she likes",
    # "find out" is learning something, never a search (the merge's REST test: "will Carol
    # find out?" at the what-would-help question was offered a search for getting out)
    "you didn't answer me. will Carol find out?",
    "will my son find out i told you",
    "i want to find out what happens next",
    "has anyone found out about my pension",
])
def test_an_answer_about_a_place_is_not_a_request(text):
    assert s.request_in_answer(text) is None


def test_low_mood_is_met_and_never_twice_the_same():
    first = mood_line("not many good days")
    assert first and mood_line("there arent many good days now", [first]) != first
    assert mood_line("hardly any good days") and mood_line("good days are rare now")
    assert mood_line("a good day is pottering in the garden") is None


@pytest.mark.parametrize("slot", ["sa_good_day", "sa_working_well", "sa_proud_of",
                                  "sa_outcome_keeping_clean", "sa_screen_life",
                                  "ca_screen_own_life"])
def test_at_every_open_question_the_answer_part_is_kept_and_the_search_offered(slot):
    form = "carer_assessment_form" if slot.startswith("ca_") else "self_assessment_form"
    said, messages, values = form_turn(GOOD_DAY_ASK, slot, form=form)
    assert values.get(slot, "").startswith("there arent many good days"), values
    assert "is there a club" not in values[slot]
    assert "really hard" in said or "sounds hard" in said, said
    offered = [b for b in buttons(messages) if b["title"] == form_words.LOOK_NOW]
    assert offered and s.stops_to_search(offered[0]["payload"])
    assert "men my age" in offered[0]["payload"]


def test_a_request_with_no_answer_is_not_kept():
    said, messages, values = form_turn("is there a club round here for older men?",
                                       "sa_working_well")
    assert values.get("sa_working_well") is None
    assert form_words.REQUEST_NOT_KEPT in said
    assert any(b["title"] == form_words.LOOK_NOW for b in buttons(messages))


def test_the_look_alike_is_kept_as_the_answer():
    text = "going to the club on a tuesday is what keeps me going"
    said, messages, values = form_turn(text, "sa_working_well")
    assert values.get("sa_working_well") == text
    assert not any(b["title"] == form_words.LOOK_NOW for b in buttons(messages))


def test_a_break_for_a_search_pauses_the_form():
    said, _, values = form_turn("can we stop a minute, i want to find a mens club near me",
                                "sa_proud_of")
    assert "paused the questions" in said
    assert values.get("sa_proud_of") is None
    assert values.get("turn_note", "").endswith(":left_for_search")


# -- 3. skip the rest with a way to reach them ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "skip the rest. can someone just text me, i cant take calls at work",         # the tester's
    "skip the rest pls, txt me dont ring",
    "can we skip to the end. text only please, im on shift",
])
def test_skip_the_rest_keeps_text_only_and_no_answer(text):
    said, _, values = form_turn(text, "sa_good_at", slots={"sa_proud_of": SKIPPED})
    assert values.get("sa_good_at") in (None, SKIPPED), values
    assert "Text or email only" in said, said
    assert '"text_only": true' in values.get("contact_safety", ""), values


def test_a_contact_wish_alone_is_not_an_answer():
    said, _, values = form_turn("can someone just text me, i cant take calls at work",
                                "sa_good_at")
    assert values.get("sa_good_at") is None and "Text or email only" in said


def test_an_answer_with_skip_the_rest_is_still_kept():
    said, _, values = form_turn("knitting and baking. skip the rest now please", "sa_good_at")
    assert values.get("sa_good_at") == "knitting and baking.", values


# -- 4. a worry put back ----------------------------------------------------------------------

@pytest.mark.parametrize("text, left", [
    ("it is a worry tho!! the gas thing is the reason im here. good day is pottering in "
     "garden with radio on", "good day is pottering in garden with radio on"),     # the tester's
    ("it IS a worry!!", ""),
    ("of course its a worry, its why im on here", ""),
    ("i never said it wasnt a worry", ""),
    ("it is still a big worry for me. she likes her garden", "she likes her garden"),
    ("the gas thing IS a worry. cooking is going well", "cooking is going well"),
])
def test_a_worry_put_back(text, left):
    assert worry_stands.puts_worry_back(text)
    assert worry_stands.answer_left(text) == left


@pytest.mark.parametrize("text", [
    "its not a worry", "no worries, she likes her garden", "it was a worry but its fine now",
    "pottering in the garden", "she worries about her cat",
    # a new worry at a later question is an answer, never the old one put back
    "im worried about her memory", "her memory is a worry", "the stairs are a real problem",
])
def test_not_a_worry_put_back(text):
    assert not worry_stands.puts_worry_back(text)


# -- 5. names ---------------------------------------------------------------------------------

def test_a_name_heard_as_a_greeting_is_the_name():
    assert decide(Turn("greet", 0.8, "Jean"), fs.NAME).action == "answer"
    assert decide(Turn("greet", 0.8, "hello"), fs.NAME).request == "greet"
    assert decide(Turn("greet", 0.8, "Jean"), fs.FREE_TEXT).request == "greet"


@pytest.mark.parametrize("text, theirs", [
    ("me Kasia. mama is Halina", ("mum", "Halina")),                           # the tester's
    ("i am Kasia and my mum is Halina", ("mum", "Halina")),
    ("Kasia, my dad is Stan", ("dad", "Stan")),
    ("its Kasia. my nan is called Edna", ("nan", "Edna")),
])
def test_both_names_in_one_message(text, theirs):
    assert names.parse_name(text, own=True) == "Kasia"
    assert names.relation_named(text) == theirs


@pytest.mark.parametrize("text", ["my mum is jean", "mum is Jean", "its my mum jean",
                                  "mama is Halina"])
def test_their_name_after_who_they_are(text):
    name = names.parse_name(text)
    assert name in ("Jean", "Halina")
    assert names.parse_name(text, own=True) is None       # never the carer's own name


@pytest.mark.parametrize("text", ["my mum is poorly", "my mum is very confused",
                                  "me and my mum", "my mum is 84"])
def test_no_name_in_it(text):
    assert names.parse_name(text) is None


def test_the_carer_form_keeps_both_names():
    said, _, values = form_turn("me Kasia. mama is Halina", "preferred_name",
                                form="carer_assessment_form")
    assert values.get("preferred_name") == "Kasia"
    assert "Kasia" in said and "Halina" in said, said


def test_the_cared_for_name_from_a_sentence():
    tracker = FakeTracker({"about": "someone_i_care_for", "relationship": "mum"})
    reading = read_answer("preferred_name", fs.NAME, "me Kasia. mama is Halina", tracker)
    assert reading.slots["preferred_name"] == "Halina"


# -- 6. "I'd rather not say" ------------------------------------------------------------------

def test_the_rather_not_say_button_is_not_a_no():
    rather = [b for b in CHECK_IN_BUTTONS if "rather not" in b["title"]][0]
    assert rather["payload"] != "/deny"
    assert check_in_answer(rather["payload"]) == RATHER_NOT
    for kind in ("safeguarding", "crisis", "self_neglect"):
        _, shown = check_in_question(kind)
        assert [b["payload"] for b in shown].count("/deny") == 1      # only the No button


@pytest.mark.parametrize("value", ["I'd rather not say", "/skip", "id rather not say tbh",
                                   "not saying"])
def test_rather_not_say_in_a_form_is_not_kept_as_no(value):
    tracker = FakeTracker({"safety_concern": "safeguarding"})
    reading = read_answer("safety_check", fs.SAFETY_CHECK, value, tracker)
    assert reading.say.startswith(RATHER_NOT_SAY), reading.say
    assert form_words.CHECK_IN_NO not in reading.say
    assert reading.slots.get("safety_next", "x") is None      # the choice with a person next


def test_no_is_still_no():
    tracker = FakeTracker({"safety_concern": "safeguarding"})
    reading = read_answer("safety_check", fs.SAFETY_CHECK, "no", tracker)
    assert reading.say.startswith(form_words.CHECK_IN_NO)


# -- 7. how many questions, at the first ask ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "sort of, she says shes fine but she isnt. how many questions is this",        # the tester's
    "yes she knows. how many questions is it?",
    "not yet, shes asleep. how long will this take",
])
def test_how_many_at_does_your_mum_know(text):
    said, _, values = form_turn(text, "on_behalf", slots={"about": "someone_i_care_for",
                                                          "relationship": "mum"})
    assert "more, and most are short" in said or "more. You can stop" in said, said
    assert values.get("on_behalf"), values
    assert "how many" not in str(values.get("on_behalf")) and \
        "how long" not in str(values.get("on_behalf"))


@pytest.mark.parametrize("text", [
    "ok yes. how many questions is this",
    "yes thats fine, how long will it take",
])
def test_how_many_at_the_consent_question(text):
    said, _, values = form_turn(text, "consent_given", slots={"consent_given": None})
    assert "more" in said or "last one" in said, said       # the count, at the first ask
    assert values.get("consent_given") in (True, None), values   # (never a No)


def test_how_many_when_it_opens_the_assessment():
    from bot.answers import carer_assessment_question
    lines = carer_assessment_question.answer_before_starting("how many questions is this", 20, 90)
    assert lines and "20" in lines[0]


# -- a pet's name is never the next sentence's first word -------------------------------------

def test_no_pet_named_look():
    from bot.reflect_answer import reflection
    said = reflection("sa_matters", "her garden and her cat. look the main thing is she keeps "
                                    "leaving the gas on and last week she went out at 2am")
    assert said is None or "Look" not in said.line
    assert reflection("sa_matters", "my dog max keeps me going").line.startswith("Max")
