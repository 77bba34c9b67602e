"""Round 17 (tester F): the dialogue around the safety net.

- After a disclosure during a search, "I just wondered if the lunch club could pick me up" and
  "do they have transport?" are questions about the places shown: answered from their records
  (transport said, or honestly not, with community transport and a person); "I don't want to
  get Carol into trouble" is not turning the lunch club down.
- Inside the form, a dementia risk told in an answer ("she keeps leaving the gas on", "went out
  at 2am") gets the kit that helps, as outside the form, not a 999 card."""
import pytest

from bot.directory import followup
from bot.reflect_answer import reflection

LUNCH_CLUB = {"id": "1", "name": "Tuesday Lunch Club", "about": "A hot two course lunch.",
              "when": "Tuesdays, midday to 2pm", "days": ["TU"], "cost": "£4",
              "accessibility": "Step-free access. Accessible toilet.", "phone": "0113 496 0124"}
DAY_CENTRE = {"id": "2", "name": "Day Centre Activities", "about": "A day out with lunch.",
              "accessibility": "Step-free access. Transport can be arranged.", "phone": "0113 496 0100"}


@pytest.mark.parametrize("text", [
    "Oh I don't want to get Carol into trouble, she's very good really. "
    "I just wondered if the lunch club could pick me up",
    "What questions? I only wanted the lunch club. Do they have transport?",
    "I'm sorry I don't follow. Can you tell me about transport to the Tuesday lunch club",
    "how would i get there, i cant walk far",
    "i wonder if theres a minibus to it",
    "can they collect me from home",
])
def test_transport_asked_about_a_place_shown_is_answered_honestly(text):
    assert followup.is_follow_up(text, [LUNCH_CLUB]), text
    reply, _ = followup.answer(text, [LUNCH_CLUB])
    assert followup.NO_TRANSPORT in reply, reply


def test_transport_the_place_does_offer_is_said():
    reply, _ = followup.answer("do they have transport", [DAY_CENTRE])
    assert "Getting there: Transport can be arranged." in reply
    assert followup.NO_TRANSPORT not in reply


@pytest.mark.parametrize("text", [
    "i dont want the lunch club, is it on a friday",    # turning it down still counts
    "I wondered if there is swimming instead",           # a new search, not about the club
    "she keeps leaving the gas on",                      # no question at all
])
def test_not_a_question_about_the_place_shown(text):
    assert not followup.is_follow_up(text, [LUNCH_CLUB]), text


@pytest.mark.parametrize("answer, kit", [
    ("her garden and her cat. look the main thing is she keeps leaving the gas on and last week "
     "she went out at 2am in her nightie", ("gas", "door sensor")),
    ("his allotment. the big worry is he leaves the gas on", ("gas",)),
    ("her church. last week she went out at 2am in her nightie", ("door sensor",)),
    ("mum wanders at night and has left the hob on twice", ("gas", "door sensor")),
])
def test_a_risk_at_home_in_an_answer_gets_the_kit(answer, kit):
    said = reflection("sa_what_matters", answer)
    assert said is not None and said.line.startswith("Thank you. I have kept that for the team.")
    for word in kit:
        assert word in said.line, said.line


@pytest.mark.parametrize("answer", ["her garden and her cat", "she likes the radio on in the kitchen"])
def test_no_risk_no_kit(answer):
    said = reflection("sa_what_matters", answer)
    assert said is None or "kit" not in said.line
