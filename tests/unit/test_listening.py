"""Listen and connect: what someone says about their life is met with a reflection and one
open question, never an echo in quotes or "Sorry, I did not understand"."""
import pytest

from bot import listening
from bot.listening import activity_in, goal_in, reflect, themes_in


@pytest.mark.parametrize("text,theme", [
    ("my husband died in the spring and the house is so quiet", "grief"),
    ("we lost my dad at christmas", "grief"),
    ("honestly im running on empty with mum", "carer_strain"),
    ("not had a night off in three years, something's got to give", "carer_strain"),
    ("i dont see anybody from one week to the next", "lonely"),
    ("most days i sit with the telly on and wait for the post", "lonely"),
    ("no one really pops in any more", "lonely"),
    ("dad got lost coming back from the paper shop", "safety_at_home"),
    ("she left the hob on again", "safety_at_home"),
    ("cant afford the heating and the bills keep coming", "money"),
    ("i'd love to go back to college", "wish"),
    ("i used to play bowls with the lads", "used_to"),
    ("he can still do the crossword every morning", "strength"),
])
def test_themes(text, theme):
    assert theme in themes_in(text)


@pytest.mark.parametrize("text", ["hello", "ok", "👍", "asdfgh", "yes please", "12"])
def test_nothing_to_reflect(text):
    assert themes_in(text) == []
    heard = reflect(text)
    assert heard.lines[-1].endswith("?") and heard.buttons


def test_grief_is_not_taken_as_a_wish():
    assert "wish" not in themes_in("my wife died last year and i want to stay in our house")


def test_what_they_want_is_said_back_only_when_it_reads_well():
    assert goal_in("i want to get a job in a shop") == "get a job in a shop"
    assert goal_in("i want a job lol") == "a job"
    assert activity_in("i used to love singing in the choir before my hip") == "singing in the choir"
    assert activity_in("used to go swimming every week") is None   # "go swimming meant" reads badly
    line = reflect("i want to get a job in a shop").lines[0]
    assert "get a job in a shop" in line and '"' not in line


def test_a_name_is_used_and_the_reply_ends_with_one_open_question():
    heard = reflect("my wife passed away in march and i dont know what to do with myself", "Frank")
    assert heard.lines[0] == "Thank you, Frank."
    assert sum(line.count("?") for line in heard.lines) == 1 and heard.lines[-1].endswith("?")
    assert any(b["payload"].startswith("/find_service") for b in heard.buttons)


# ---- round eight: an assessment asked for by name while talking is offered at once -------

@pytest.mark.parametrize("text, payload", [
    ("ok that sounds alright then. can i do one of those please, a carers assessment",
     "/start_carer_assessment"),
    ("i want a carers assessment", "/start_carer_assessment"),
    ("id like one of those carers assessments please", "/start_carer_assessment"),
    ("sign me up for the carers assessment", "/start_carer_assessment"),
    ("can i fill in the self assessment for my mum", "/start_self_assessment"),
    ("i would like to give some feedback about my carers", "/give_feedback"),
])
def test_an_assessment_asked_for_is_offered_first(text, payload):
    from bot.listening import reflect

    reflection = reflect(text)
    assert reflection.lines[0].startswith("Yes.")
    assert reflection.buttons[0]["payload"] == payload


@pytest.mark.parametrize("text", [
    "whats a carers assessment, is that where someone judges me",
    "i just want to know what the carers assessment is",
    "my carers assessment was last year and it was rubbish",
    "i want to talk about my mum",
])
def test_talk_about_an_assessment_is_not_asking_for_one(text):
    from bot.listening import reflect

    assert not reflect(text).lines[0].startswith("Yes.")


# Round twelve: "dead" as a word of tiredness or praise is not a death.
@pytest.mark.parametrize("text,theme", [
    ("talk to a person. im dead on my feet tbh, these nights are killing me", "carer_strain"),
    ("im dead tired, he was up four times", "carer_strain"),
])
def test_dead_on_my_feet_is_tiredness_not_a_loss(text, theme):
    assert not listening.tells_of_a_loss(text) and theme in listening.themes_in(text)


@pytest.mark.parametrize("text", ["theyre dead nice the carers", "the new girl is dead good"])
def test_dead_as_praise_is_not_a_loss(text):
    assert not listening.tells_of_a_loss(text)


@pytest.mark.parametrize("text", ["my wife is dead", "since my husband is dead i dont go out"])
def test_a_death_is_still_a_loss(text):
    assert listening.tells_of_a_loss(text)
