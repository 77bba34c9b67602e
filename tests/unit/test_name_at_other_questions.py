"""A name typed at the on-behalf question is the person's name; "i just said, peggy" is one."""
from __future__ import annotations

import pytest

from actions.form_engine import read_on_behalf
from bot.answers.names import parse_name
from fake_tracker import FakeTracker


@pytest.mark.parametrize("typed, name", [("peggy", "Peggy"), ("Mary-Jane", "Mary-Jane"),
                                         ("its jean", "Jean"), ("Mrs Khan", "Mrs Khan")])
def test_a_name_at_the_on_behalf_question_is_kept_as_the_name(typed, name):
    reading = read_on_behalf("on_behalf", typed, FakeTracker({"relationship": "mum"}))
    assert reading.slots == {"on_behalf": None, "preferred_name": name}
    assert name in reading.say and "your mum" in reading.say


@pytest.mark.parametrize("typed", ["maybe", "yes", "not really", "she has dementia",
                                   "probably", "she knows"])
def test_answers_at_the_on_behalf_question_are_not_names(typed):
    reading = read_on_behalf("on_behalf", typed, FakeTracker({"relationship": "mum"}))
    assert "preferred_name" not in reading.slots


def test_a_name_already_kept_is_not_replaced():
    reading = read_on_behalf("on_behalf", "peggy", FakeTracker({"preferred_name": "Margaret"}))
    assert "preferred_name" not in reading.slots


@pytest.mark.parametrize("typed", ["i just said, peggy", "I told you already, Peggy",
                                   "like i said its peggy", "ive already told you. peggy"])
def test_said_again_crossly_is_still_the_name(typed):
    assert parse_name(typed) == "Peggy"


@pytest.mark.parametrize("typed", ["i said no", "i just said i dont know"])
def test_said_again_without_a_name_is_none(typed):
    assert parse_name(typed) is None


@pytest.mark.parametrize("text", ["bye 👋", "ok bye now", "gotta say goodbye, ta ra"])
def test_a_goodbye_at_a_question_is_answered_not_read_as_an_answer(text):
    from actions.form_engine import Turn, decide
    from bot import form_slots as fs

    for kind in (fs.CONSENT, fs.FREE_TEXT, fs.YES_NO):
        assert decide(Turn("goodbye", 0.9, text), kind).request in ("goodbye", "pause")


def test_a_long_answer_the_model_took_for_goodbye_is_still_an_answer():
    from actions.form_engine import Turn, decide
    from bot import form_slots as fs

    text = "she says bye to the carer every morning and then sits alone until tea time"
    assert decide(Turn("goodbye", 0.9, text), fs.FREE_TEXT).action == "answer"


@pytest.mark.parametrize("intent", ["safety_check_in", "safeguarding_concern"])
@pytest.mark.parametrize("text", [
    "i want a different carer. and i dont want her to know it was me that said",
    "just stop him coming round, but dont tell him i said",
    "i want someone to check on me without my son knowing",
])
def test_the_wish_after_a_disclosure_is_kept_not_a_new_check_in(intent, text):
    from actions.form_engine import Turn, decide
    from bot import form_slots as fs

    decision = decide(Turn(intent, 0.95, text), fs.SAFETY_WISH)
    assert decision.action == "answer" and decision.value == text


def test_danger_to_life_at_the_wish_question_still_comes_first():
    from actions.form_engine import Turn, decide
    from bot import form_slots as fs

    assert decide(Turn("crisis", 0.95, "i just want to end it all"),
                  fs.SAFETY_WISH).action == "interrupt"
    assert decide(Turn("safety_check_in", 0.95, "he grabs my arm"),
                  fs.FREE_TEXT).action == "interrupt"


@pytest.mark.parametrize("text", [
    "she cant really decide things now, i have lasting power of attorney for health",
    "im her lpa", "ive got power of attorney for mum",
])
def test_power_of_attorney_said_is_heard_not_asked_for(text):
    """Round eight: "i have lasting power of attorney" got "If you have legal power ...
    please tell the team"."""
    from actions.form_engine import read_on_behalf

    reading = read_on_behalf("on_behalf", text)
    assert reading.slots["on_behalf"] == "cannot_decide"
    assert "noted that you can decide for them by law" in reading.say
    assert "If you have legal power" not in reading.say


def test_asking_about_power_of_attorney_is_told_to_tell_the_team():
    from actions.form_engine import read_on_behalf

    reading = read_on_behalf("on_behalf", "she has dementia, should i get power of attorney?")
    assert "If you have legal power" in reading.say
