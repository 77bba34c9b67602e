"""Typed and tapped survey answers map to one point on the scale, or to "ask again"."""
import pytest

from actions.survey import read_statement
from bot.surveys.answers import bare_number, parse_agreement, redact_comment
from bot.surveys.definitions import all_texts, SCALE_ANSWERS, SURVEYS
from jargon.gate import check_responses


@pytest.mark.parametrize("said, expected", [
    ("Strongly agree", "strongly_agree"), ("Agree", "agree"),
    ("Neither agree nor disagree", "neither"), ("Disagree", "disagree"),
    ("Strongly disagree", "strongly_disagree"), ("Prefer not to say", "prefer_not_to_say"),
    ("yeah mostly", "agree"), ("Yes!", "agree"), ("definitely", "strongly_agree"),
    ("not really", "disagree"), ("nope", "disagree"), ("not happy at all", "strongly_disagree"),
    ("I'm not happy", "disagree"), ("so-so", "neither"), ("not sure", "neither"),
    ("5/5", "strongly_agree"), ("4 out of 5", "agree"), ("3/5", "neither"), ("2/5", "disagree"),
    ("1/5", "strongly_disagree"), ("10/10", "strongly_agree"),
    ("/skip", "skipped"), ("skip this one", "skipped"),
    ("I'd rather not say", "prefer_not_to_say"),
    # lukewarm is not agreement
    ("it's alright I suppose", "neither"), ("not bad", "neither"), ("could be better", "neither"),
    ("ok i guess", "neither"), ("hit and miss tbh", "neither"), ("i think so", "agree"),
    ("its brilliant i suppose", "strongly_agree"),
])
def test_typed_answers_map_to_the_scale(said, expected):
    assert parse_agreement(said) == expected


@pytest.mark.parametrize("said", ["", "banana", "7/5", "🙂", "<b>hi</b>", "x" * 5000])
def test_unclear_answers_are_asked_again(said):
    assert parse_agreement(said) is None


def test_a_bare_number_is_asked_about_as_a_score_or_a_place_in_the_list():
    assert bare_number("5") == 5 and bare_number("5/5") is None and bare_number("12") is None
    statement = next(s for s in SURVEYS["client"].statements if s.kind == "scale")
    reading = read_statement("sv_q1", statement, "5")
    assert reading.slots["sv_q1"] is None
    assert [b["title"] for b in reading.buttons] == ["Strongly agree", "Strongly disagree"]
    typed = read_statement("sv_q1", statement, "yeah mostly")
    assert typed.slots["sv_q1"] == "agree" and "Agree" in typed.say
    tapped = read_statement("sv_q1", statement, "Agree")
    assert tapped.slots["sv_q1"] == "agree" and tapped.say is None


def test_every_button_label_maps_to_its_own_code():
    assert [parse_agreement(label) for _, label in SCALE_ANSWERS] == [c for c, _ in SCALE_ANSWERS]


def test_comments_lose_personal_details():
    text = redact_comment("My name is Jean Smith, ring 07700 900123 or jean@example.org, LS1 4EN")
    assert "Jean" not in text and "07700" not in text and "example.org" not in text
    assert "LS1" not in text


def test_the_four_surveys_fit_the_form_and_are_plain():
    assert [len(s.statements) for s in SURVEYS.values()] == [7, 5, 5, 6]

    result = check_responses(sorted(all_texts().items()))
    assert result.ok, result.report()


def test_button_payloads_are_understood():
    assert parse_agreement("/dont_know") == "neither" and parse_agreement("/skip") == "skipped"


# Round twelve: a score said first decides, whatever follows it; "the middle one" is the middle.
@pytest.mark.parametrize("text,code", [
    ("5 out of 5, i pick my times so thats fine", "strongly_agree"),
    ("1 out of 5 tbh, theyre always late", "strongly_disagree"),
    ("4/5 mostly", "agree"),
    ("i meant the middle one not agree", "neither"),
    ("the middle one please", "neither"),
])
def test_a_score_with_words_after_it_and_the_middle_one(text, code):
    assert parse_agreement(text) == code
