"""The NLU command layer's small readers: thanks, a request for help for someone else."""
import pytest

from bot.nlu.commands import for_someone_else, is_goodbye, is_thanks, typed_intent


@pytest.mark.parametrize("text", ["thank you for listening, youve been kind", "thanks",
                                  "cheers love", "thank you so much for your help x", "ta",
                                  "Oh thanks, that's lovely"])
def test_thanks(text):
    assert is_thanks(text)


@pytest.mark.parametrize("text", ["thanks but how do I get a carer", "thanks, what about lunch clubs?",
                                  "thanking you", "no thanks", "i need to thank my neighbour"])
def test_not_only_thanks(text):
    assert not is_thanks(text)


def test_help_for_someone_else_reroutes_only_assessment_guesses():
    assert for_someone_else("need help for my mum", "start_carer_assessment")
    assert not for_someone_else("need help for my mum", "find_service")
    assert not for_someone_else("I look after my mum and I'm worn out", "start_carer_assessment")


@pytest.mark.parametrize("text", [
    "thank you ill ask my son to take me to the knit one maybe. bye now",
    "ok ill ring them. thanks for listening anyway", "no thats all thank you x",
    "no that's all, thanks", "bye", "ta ra love",
])
def test_goodbyes(text):
    assert is_goodbye(text)


@pytest.mark.parametrize("text", ["is that all?", "bye the way where is the lunch club",
                                  "i'll ring them but what is their number?", "that is all i can do for him, im exhausted and need help"])
def test_not_goodbyes(text):
    assert not is_goodbye(text)


@pytest.mark.parametrize("text", [
    "actually i want to put in a proper complaint, the social worker didnt ring me back for "
    "five weeks",
    "I want to complain", "how do i complain about my carer", "i'd like to make a formal complaint",
])
def test_a_plain_complaint_is_the_complaints_route(text):
    from bot.nlu.commands import wants_to_complain
    assert wants_to_complain(text, "request_human")


@pytest.mark.parametrize("text, guess", [
    ("can someone ring me back", "request_human"),
    ("she never complains", "inform"),
    ("I want to complain", "crisis"),          # never over a safety finding
])
def test_not_a_complaint_route(text, guess):
    from bot.nlu.commands import wants_to_complain
    assert not wants_to_complain(text, guess)


@pytest.mark.parametrize("text, guess, wanted", [
    ("we're LS6 2QT, is there a befriending thing for my nan", "nlu_fallback", True),
    ("any lunch clubs near Headingley", "out_of_scope", True),
    ("my nan in LS6 is lonely", "nlu_fallback", False),       # a story
    ("is there a lunch club near LS6 2QT", "crisis", False),   # never over another finding
])
def test_a_request_with_a_place_is_a_search(text, guess, wanted):
    from bot.nlu.commands import local_search
    assert local_search(text, guess) is wanted


# ---- round eight: a wish for a person said among other things, with a hedge ---------------

@pytest.mark.parametrize("text", [
    "i already told you where i live. the meals might be alright. to be honest id just like "
    "to speak to a real person if thats possible, im not much good with these things",
    "id rather speak to a human", "i would prefer to talk to someone",
    "I'd much rather talk to a real human being tbh",
    "honestly i would just like to chat with a member of staff",
])
def test_a_wish_for_a_person_is_heard_whatever_else_is_said(text):
    assert typed_intent(text, "nlu_fallback", []) == "request_human"


@pytest.mark.parametrize("text", [
    "she would like to speak to someone", "i like to talk to my neighbour over the fence",
])
def test_talking_to_people_in_their_life_is_not_asking_for_us(text):
    assert typed_intent(text, "nlu_fallback", []) != "request_human"


@pytest.mark.parametrize("guess", ["listen_connect", "inform", "affirm", "dont_know"])
@pytest.mark.parametrize("text", ["not sure tbh", "maybe idk", "dont no"])
def test_not_knowing_is_never_a_wish_to_talk_or_a_yes(text, guess):
    """After merging the safety net's "unsure" answer with the offers kept open, "not sure
    tbh" read as "talk about what is going on" started the listening questions again."""
    assert typed_intent(text, guess, []) == "nlu_fallback"
