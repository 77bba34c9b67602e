"""Round sixteen, tester D conversation 1 (a widower in the self-assessment): a request for
local help is not an answer to "Is anyone hurting you or taking your money?"; "can we stop
this and just find me a bowls club" stops the questions for the search; "i didnt answer
that... nobodys hurting me no" is a correction with a No in it; a fall or a wobble, with
nothing about caring, is heard as a fall (never the carer's break script)."""
import pytest

from bot.answers import falls
from bot.directory import search_in_form as s

# -- a request at a yes/no question ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "is there a bowls club or something near me for old fellas on their own",   # the tester's
    "are there any lunch clubs round here?",
    "any walking groups near me",
    "is there somewhere i can meet other people my age",
    "can you find me a mens shed",
])
def test_a_request_for_local_help_is_not_an_answer(text):
    assert s.asks_instead_of_answering(text)


@pytest.mark.parametrize("text", [
    "no", "no one is taking my money", "i go to a bowls club on tuesdays",
    "my friends at the local club", "a cup of tea with someone and a walk to the shop",
])
def test_answers_and_stories_are_not_requests(text):
    assert not s.asks_instead_of_answering(text)


# -- a stop with a search in it --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "can we stop this and just find me a bowls club near me please",           # the tester's
    "forget this, is there a lunch club near me",
    "no more questions, just look for a walking group near LS8",
    "i dont want any more questions can you find me a mens shed",
    "leave this for now and look for a knitting group please",
    "stop the questions and find a bowls club near me",                        # the offer button
])
def test_a_stop_with_a_search_in_it(text):
    assert s.stops_to_search(text)


@pytest.mark.parametrize("text", [
    "stop",                                       # a bare stop has its own rule
    "i want to stop the pain in my legs",
    "my son wants me to stop driving, is that fair",
    "is there a bowls club near me",              # a search, but no stop
    "i want to stop going to the club because i miss her",
])
def test_not_a_stop_for_a_search(text):
    assert not s.stops_to_search(text)


# -- a correction, and a No said in a sentence -----------------------------------------------

@pytest.mark.parametrize("text", [
    "hang on i didnt answer that, i asked about a bowls club. nobodys hurting me no",
    "that wasnt my answer, i was asking about a lunch club",
    "i never answered that question",
    "wait i didnt say no, i asked for a club",
])
def test_says_the_last_question_was_not_answered(text):
    assert s.says_not_answered(text)


@pytest.mark.parametrize("text", ["no", "my son is lovely", "i answered the phone to him",
                                  "i didnt go out today"])
def test_not_a_correction(text):
    assert not s.says_not_answered(text)


@pytest.mark.parametrize("text", [
    "hang on i didnt answer that, i asked about a bowls club. nobodys hurting me no",
    "no one is taking my money", "nobody hurts me", "im not being hurt by anyone",
    "wait i didnt say no, i asked for a walking group. nobody hurts me though",
])
def test_a_no_in_a_sentence(text):
    assert s.denies_harm(text)


@pytest.mark.parametrize("text", [
    "nobody hurts me but my son takes my pension",   # a "but" after it: never a plain No
    "my son takes my money", "is there a bowls club near me",
])
def test_not_a_no(text):
    assert not s.denies_harm(text)


def test_the_thing_asked_for_is_named():
    assert s.thing_asked_for("is there a bowls club or something near me") == "a bowls club"
    assert s.thing_asked_for("any lunch clubs round here?") == "lunch clubs"
    assert s.thing_asked_for("i asked about a bowls club. nobodys hurting me no") == \
        "a bowls club"
    assert s.thing_asked_for("no") == ""
    assert s.stops_to_search(s.look_now_words("a bowls club"))


# -- a fall, not caring ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the stairs are getting hard and i had a wobble in the kitchen last week",   # the tester's
    "im not a carer love, its just me now. i had a fall in the kitchen, well nearly",
    "I nearly went over on the landing yesterday",
    "my legs keep giving way on me",
    "i keep tripping on the rug",
    "struggling with the stairs these days",
])
def test_own_fall(text):
    assert falls.tells_of_own_fall(text)


@pytest.mark.parametrize("text", [
    "my mum had a fall last week",          # someone else fell
    "he keeps falling at night",
    "i fell asleep in my chair",
    "we fell out last year",
    "i love the colours in the fall",
])
def test_not_own_fall(text):
    assert not falls.tells_of_own_fall(text)


def test_caring_words():
    assert not falls.about_caring(
        "the stairs are getting hard and i had a wobble in the kitchen last week")
    assert falls.about_caring("i look after my wife and im exhausted, i had a fall too")


@pytest.mark.parametrize("text", ["no", "im fine thanks", "nobody", "id rather not say",
                                  "not really"])
def test_leans_no(text):
    assert s.leans_no(text)


@pytest.mark.parametrize("text", ["look for it now", "my son comes round on a sunday",
                                  "is there a bowls club near me"])
def test_has_no_no_in_it(text):
    assert not s.leans_no(text)
