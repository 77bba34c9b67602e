"""One short reflection on an answer inside an assessment (bot/reflect_answer.py), and the
summary every few answers (actions/forms.py reflect_on_answer): in the person's own words,
never the whole message, never for a skip or a number, never the same line twice in a row."""
import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateCarerAssessmentForm, ValidateSelfAssessmentForm
from actions.heard_record import KIND
from bot import form_slots as fs
from bot import store
from bot.reflect_answer import Voice, all_texts, reflection, used_to_in

ME = Voice()
PEGGY = Voice(about_self=False, name="Peggy", relationship="mum")


@pytest.mark.parametrize("slot, answer, voice, line", [
    # A person who helps, by the name they gave, or by the word they used.
    ("sa_people", "my daughter Sue does my shopping", ME, "Sue sounds like a big help."),
    ("sa_people", "our son jamie pops round most nights", ME, "Jamie sounds like a big help."),
    ("sa_working_well", "the neighbour keeps an eye on me", ME,
     "The neighbour sounds like a big help."),
    ("sa_people", "me, my brother Dave does her shopping on saturdays, the neighbour Jean",
     PEGGY, "Dave sounds like a big help."),
    ("sa_people", "nobody really, my son rings on sundays", ME,
     "Your son sounds like a big help."),
    # A name on its own, or a list of names, at "who is in your life?".
    ("sa_people", "jean", ME, "It is good to have Jean around."),
    ("sa_people", "Dave and Marie from church", ME, "It is good to have Dave and Marie around."),
    ("sa_people", "mum nan n my dog biscuit 🐶", ME, "Biscuit sounds like good company."),
    # Feelings, whoever has them.
    ("ca_wellbeing", "mood up and down, i cry in the car sometimes where he cant see", ME,
     "That sounds really hard."),
    ("ca_willing_able", "I want to, but it is getting hard", ME, "That sounds really hard."),
    ("ca_wellbeing", "honestly im knackered, hes up 3 times a night", ME,
     "That sounds exhausting."),
    ("sa_outcome_relationships", "yeah she gets lonely in the week when we're all at work",
     PEGGY, "That sounds lonely."),
    ("sa_working_well", "not much. im worried about the stairs", ME, "That sounds worrying."),
    ("sa_screen_life", "i miss the company mostly. id like to get out more", ME,
     "That sounds lonely."),
    ("sa_screen_home", "i'm scared of falling on the stairs at night", ME,
     "That sounds frightening."),
    ("sa_proud_of", "im proud i still go to work", ME, "That is something to be proud of."),
    ("sa_proud_of", "my tomatoes this year lol. best on the site", ME,
     "That is something to be proud of."),
    ("sa_what_matters", "i just miss my wife jean", ME,
     "It sounds like you miss Jean very much."),
    ("sa_tried", "when dad was alive he did everything for her tbh", PEGGY,
     "I am sorry about your dad."),
    ("sa_community", "when margaret was alive we went out all the time", ME,
     "I am sorry about Margaret."),
    ("sa_outcome_relationships", "karen and tom are good. but the days are long on my own", ME,
     "That sounds lonely."),
    ("sa_what_matters", "my husband passed away in the spring", ME,
     "I am sorry about your husband."),
    # A carer's account of all they do.
    ("ca_caring_role", "my partner steve, he had a stroke. i do his meds, get him washed and "
     "dressed, cook", ME, "You do a lot for Steve."),
    ("ca_caring_role", "my husband, everything really, washing, toilet, meals", ME,
     "You do a lot for your husband."),
    # Strengths: still doing it, doing it on their own, good at it.
    ("sa_working_well", "i still do my own shopping", ME,
     "It is good that you still do your own shopping."),
    ("sa_working_well", "she still dresses herself", PEGGY,
     "It is good that Peggy still dresses herself."),
    ("sa_working_well", "my mum. n i can get bus on my own now 🚌", ME,
     "It is good that you can get bus on your own."),
    ("sa_good_at", "baking. everyone says her scones are the best", PEGGY,
     "Baking sounds like a real strength."),
    ("sa_good_at", "Gardening, I grow all my own veg", ME,
     "Gardening sounds like a real strength."),
    ("ca_what_matters", "i used to sing in a choir on tuesday nights, i loved it", ME,
     "It sounds like singing in a choir meant a lot."),
    ("sa_community", "she used to go swimming with her friend", PEGGY,
     "It sounds like going swimming meant a lot."),
])
def test_an_answer_is_said_back_in_a_few_of_their_words(slot, answer, voice, line):
    said = reflection(slot, answer, voice)
    assert said is not None and said.line == line
    assert len(said.line.split()) <= 12 and answer not in said.line


# Answers with nothing to reflect, by the question they answer.
NOTHING_TO_SAY = {
    "sa_what_matters": ["skip", "/skip", "no", "(not sure yet)",
                        # "we used to" may be a loss; "used to be" is not a doing
                        "we used to go dancing every saturday", "i used to be a nurse"],
    "sa_scale_now": ["6", "7 out of 10"],
    "sa_screen_home": ["nah"],
    "sa_good_at": ["the bus 1. i sed", "not much really"],
    "sa_good_day": ["a bit of telly and a cup of tea"],
    "sa_proud_of": ["not much these days", "dunno really"],
    # Someone who did things, and may have died, is not "a big help".
    "sa_screen_self_care": ["yes the cooking, margaret always did all that. i live on toast"],
    "sa_tried": ["my husband did all the bills"],
    # Never a condolence for a loss they deny, or for planning their own funeral.
    "sa_screen_life": ["bereavement?? no. mama is alive. she needs help with washing"],
    "sa_options": ["sort out paying for my funeral, so its not on my kids"],
    # "on my own" doing something is not loneliness.
    "sa_working_well": ["i can do my own shopping on my own"],
}


@pytest.mark.parametrize("slot, answer", [(slot, answer) for slot, answers in
                                          NOTHING_TO_SAY.items() for answer in answers])
def test_nothing_is_said_for_a_skip_a_number_or_a_plain_answer(slot, answer):
    said = reflection(slot, answer, ME)
    assert said is None or "on your own" in said.line     # the strength, not "lonely"


def test_the_same_line_never_comes_twice_in_a_row():
    first = reflection("ca_wellbeing", "im exhausted", ME)
    second = reflection("ca_what_matters", "just so tired all the time", ME, said=[first.line])
    assert first.line != second.line and second.line == "That sounds like a lot to carry."
    third = reflection("ca_outcome_own_time", "knackered tbh", ME,
                       said=[first.line, "Question?", second.line])
    assert third is None            # both ways said just now: nothing, never the same again


def test_pieces_for_the_summary_are_short_and_in_their_words():
    assert reflection("sa_people", "my daughter Sue does my shopping", ME).piece == \
        "Sue does your shopping"
    assert reflection("sa_outcome_relationships", "she gets lonely in the week", PEGGY).piece \
        == "Peggy feels lonely"
    assert reflection("ca_wellbeing", "im shattered", ME).piece == "you feel worn out"
    # A clause, so the summary reads: never "heard that the budgie Joey".
    assert reflection("sa_people", "the budgie joey lol", PEGGY).piece == "Joey is good company"
    assert reflection("sa_proud_of", "my tomatoes this year lol", ME).piece == \
        "you are proud of your tomatoes this year"


def test_a_used_to_is_a_doing_word():
    assert used_to_in("i used to swim every week", ME) == "swimming"
    assert used_to_in("i used to dance at the palais", ME) == "dancing"
    assert used_to_in("he used to drive", ME) is None      # about someone else


def test_every_line_is_gathered():
    assert all(all_texts().values())


class Tracker:
    active_loop_name = "self_assessment_form"

    def __init__(self, slots, sender="reflect-test", events=()):
        self.slots, self.sender_id, self.events = slots, sender, list(events)
        self.latest_message = {"text": ""}

    def get_slot(self, name):
        return self.slots.get(name)


def _after(form, slot, answer, tracker, kind=fs.FREE_TEXT):
    dispatcher = CollectingDispatcher()
    asyncio.run(form.after_answer(slot, kind, {slot: answer}, dispatcher, tracker))
    said = [m["text"] for m in dispatcher.messages]
    tracker.events += [{"event": "bot", "text": t} for t in said]
    return said


def test_one_reflection_then_a_summary_with_the_chosen_name(db):
    form = ValidateCarerAssessmentForm()
    tracker = Tracker({"about": "self", "preferred_name": "Lorraine"})
    tracker.active_loop_name = "carer_assessment_form"
    said = [_after(form, "ca_emergency_plan", "my daughter Sue helps at weekends", tracker),
            _after(form, "ca_what_matters", "i used to sing in a choir, i loved it", tracker),
            _after(form, "ca_scale_now", "3", tracker, fs.SCALE),
            _after(form, "ca_wellbeing", "shattered, i cry in the car", tracker)]
    assert said[0] == ["Sue sounds like a big help."]
    assert said[1] == ["It sounds like singing in a choir meant a lot."]
    assert said[2] == []                                  # a number: nothing
    assert said[3] == ["Lorraine, so far I have heard that Sue helps at weekends and singing "
                       "in a choir meant a lot. You also said you feel worn out."]
    rows = [r["data"] for r in store.records_for(tracker.sender_id) if r["kind"] == KIND]
    assert rows[-1]["summary"] and rows[0]["pieces"] == ["Sue helps at weekends"]


def test_no_reflection_when_something_else_was_said_this_turn(db):
    form = ValidateSelfAssessmentForm()
    tracker = Tracker({"about": "someone_i_care_for", "relationship": "mum"})
    said = _after(form, "sa_people", "just me really, and honestly i havent slept properly in "
                  "months", tracker)
    assert len(said) == 1 and "I have made a note of it" in said[0]


def test_the_chosen_name_is_used_sparingly_while_listening(db):
    from actions.conversation import name_to_use, say_reflection

    first = CollectingDispatcher()
    say_reflection(first, "i like my garden and my cat", "Lorraine", telling=True)
    lines = [m["text"] for m in first.messages]
    assert lines[0] == "Thank you, Lorraine."
    again = CollectingDispatcher()
    say_reflection(again, "we go to the park on sundays", "Lorraine", telling=True,
                   said=lines + ["What would you like to do more of?"])
    assert not any("Lorraine" in m["text"] for m in again.messages)
    assert name_to_use("Lorraine", ["Thank you, Lorraine."] + ["Question?"] * 6) == "Lorraine"
    assert name_to_use("Al", ["Also a line."]) == "Al"      # a whole word, not a part


def test_an_answer_kept_after_a_no_to_the_check_in_is_listened_to_as_well(db):
    """A carer said "No" to the direct question a moment ago; her next answer has a weak
    sign in it and is kept as the answer without asking again (actions/safety.py
    not_asked_again): it is reflected like any other answer (persona run, listen9)."""
    from rasa_sdk import Tracker as RasaTracker

    from actions import safety as safety_actions

    text = "honestly im running on empty. my back aches and i lie awake worrying"
    tracker = RasaTracker("carer-kept", {"requested_slot": "ca_wellbeing", "about": "self"},
                          {"text": text, "intent": {"name": "safety_check_in"}},
                          [{"event": "user", "text": text}], False, None,
                          {"name": "carer_assessment_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = safety_actions.not_asked_again(dispatcher, tracker, "crisis")
    assert [m["text"] for m in dispatcher.messages] == ["That sounds exhausting."]
    assert {"event": "slot", "timestamp": None, "name": "ca_wellbeing", "value": text} in events
