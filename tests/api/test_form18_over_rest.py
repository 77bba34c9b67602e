"""Round 18 (tester J) over REST, through the real forms. A son at work does his dad's
self-assessment: "skip the rest of the nice ones" goes to day-to-day life (never the last
question); past risks told as answers (found walking at 3am in his slippers, a fall last
week, a gas hob left on twice and a pan burnt dry) are kept with the kit that helps, never a
999 card; after a card for a fall now, "its not an emergency i just need it on the form"
keeps the worry (never "not a concern"). A carer worn out gets the carer's route, never a
search by time; "stop. can someone help me with the bus" stops the questions and searches.
Nothing here asks for a person, so it runs the same in and out of office hours."""
import pytest

from chat_client import Chat, alarmed, handoff, texts_of

PAST = ("hang on did you get the bit about the hob? and hes been found walking down the main "
        "road at 3am in his slippers. and he fell in the bathroom last week")
HOB = "nothing helps, thats the problem. hes left the gas hob on twice, pan burnt dry. hes on his own all night"


def start_for_dad(chat):
    chat.say("need to do an assessment for my dad, hes got dementia. at work so quick as poss pls")
    chat.say("yep")
    chat.say("yes he knows and agrees")
    chat.say("stan")
    chat.say("his allotment, his paper, staying in his bungalow")
    assert chat.slot("requested_slot") == "sa_good_day"


@pytest.mark.parametrize("skip", [
    "when he gets up to the allotment with ron. skip the rest of the nice ones if you can, the "
    "main thing is hes left the hob on twice this month",
    "his pigeons again. skip the rest of the nice ones please, the big thing is the cooker",
])
def test_skip_the_nice_ones_goes_to_day_to_day_life(stack, sender, skip):
    chat = Chat(stack, sender)
    start_for_dad(chat)
    said = chat.texts(skip)
    assert "day-to-day life" in said and "last questions" not in said, said
    assert chat.slot("requested_slot") not in ("sa_what_next", "summary_confirmed")
    assert chat.slot("sa_good_day") and "skip" not in chat.slot("sa_good_day")
    assert chat.slot("sa_working_well") == "skipped"


def test_past_risks_told_as_answers_are_kept_with_kit_never_a_card(stack, sender):
    chat = Chat(stack, sender)
    start_for_dad(chat)
    chat.say("skip the rest of the nice ones please")
    for message, kit in ((PAST, "door sensor"), (HOB, "valve")):
        before = chat.slot("requested_slot")
        replies = chat.say(message)
        assert not alarmed(replies), texts_of(replies)
        assert kit in " ".join(texts_of(replies))
        assert chat.slot("requested_slot") != before      # kept as the answer, and on


def test_not_an_emergency_but_for_the_form_keeps_the_worry(stack, sender):
    chat = Chat(stack, sender)
    start_for_dad(chat)
    chat.say("skip the rest of the nice ones please")
    assert alarmed(chat.say("he fell in the bathroom and cant get up"))
    said = chat.texts("hes fine now, hes at day centre today. its not an emergency i just need "
                      "it on the form. carry on")
    assert "not a worry" not in said and "it is a worry" in said, said
    assert chat.active_loop() == "self_assessment_form"
    row = handoff(sender)
    assert row is None or "not a concern" not in str(row)


@pytest.mark.parametrize("tired", [
    "im shattered, i go round to mums every night after work. is there any help for me",
    "i need support for carers like me, im running on empty",
    "honestly im knackered looking after dad, is there owt for me",
])
def test_a_carer_worn_out_gets_the_carers_route(stack, sender, tired):
    said = Chat(stack, sender).texts(tired)
    assert "break" in said and "carer's assessment" in said, said
    assert "evening" not in said and "who comes" not in said


def test_a_look_alike_search_stays_a_search(stack, sender):
    said = Chat(stack, sender).texts("carers support near ls15")
    assert "That sounds really hard" not in said


def test_stop_with_a_request_stops_and_searches(stack, sender):
    chat = Chat(stack, sender)
    for message in ("plan for a good life", "yes", "me", "sam"):
        chat.say(message)
    assert chat.slot("requested_slot") == "sa_what_matters"
    said = chat.texts("stop. can someone help me with the bus")
    assert chat.slot("sa_what_matters") is None, "the request was kept as an answer"
    assert "Travel Buddy" in said or "getting out and about" in said, said


@pytest.mark.parametrize("asked", ["wot is plan for good life", "what is plan for good life?"])
def test_what_the_plan_is_is_said_before_the_notice(stack, sender, asked):
    chat = Chat(stack, sender)
    said = chat.texts(asked)
    assert "some questions about your life" in said, said
    assert chat.active_loop() is None


def test_what_is_it_at_the_notice_explains_the_plan(stack, sender):
    chat = Chat(stack, sender)
    chat.say("plan for a good life")
    assert chat.slot("requested_slot") == "consent_given"
    for asked in ("wot is it tho", "?? dont no"):
        said = chat.texts(asked)
        assert "some questions about your life" in said and "say yes or no" not in said, said
        assert chat.slot("requested_slot") == "consent_given"
    chat.say("yes")
    assert chat.slot("consent_given") is True


def test_a_denied_night_walk_is_no_risk_and_gets_no_door_sensor(stack, sender):
    chat = Chat(stack, sender)
    for message in ("plan for a good life", "yes", "me", "jade"):
        chat.say(message)
    chat.say("skip the rest of the nice ones please")
    said = chat.texts("i cant do the bus on my own. i get lost")
    assert "door sensor" not in said, said
    said = chat.texts("wot?? i dont go out at nite. i meen the bus")
    assert "door sensor" not in said, said


def test_a_young_persons_words_after_results_are_searches(stack, sender):
    chat = Chat(stack, sender)
    chat.say("i wont a job")
    chat.say("i liv in armley")
    said = chat.texts("ok look for sat then. for yung peple wiv lerning disabilitys")
    assert "did not understand" not in said, said
    said = chat.texts("is ther a disco 💃 or sumthin")
    assert "did not understand" not in said and "dancing" in said, said
    said = chat.texts("and the job coach 1 from b4")
    assert "outside our area" not in said and "B4" not in said, said
