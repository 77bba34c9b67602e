"""Parsers of what people type: scales and resume codes (property tests included)."""
from hypothesis import given, strategies as st

from bot.answers.scales import parse_scale
from bot import store
from bot.codes import find_code
from bot.directory.postcodes import (check_postcode, district_centroids, find_postcode,
                                     normalise_postcode)
from bot.surveys.answers import parse_agreement, redact_comment
from bot.surveys.definitions import SCALE_ANSWERS


def test_scale_answers():
    assert parse_scale("7") == 7
    assert parse_scale("about a 6 i think") == 6
    assert parse_scale("10/10!") == 10
    assert parse_scale("seven") == 7
    assert parse_scale("not great") is None
    assert parse_scale("11") is None


@given(st.text(max_size=300))
def test_scale_never_raises_and_stays_in_range(text):
    value = parse_scale(text)
    assert value is None or 1 <= value <= 10


def test_codes_typed_in_a_sentence():
    assert find_code("my code is hx4k 7kdm 9qpr t2mw") == "HX4K-7KDM-9QPR-T2MW"
    assert find_code("HX4K-7KDM-9QPR-T2MW") == "HX4K-7KDM-9QPR-T2MW"
    assert find_code("carry on please") == ""


@given(st.text(max_size=200))
def test_code_parsing_never_raises(text):
    code = find_code(text)
    assert code == "" or (len(code) == 19 and code[4] == "-")
    assert store.normalise_code(text) in ("",) or len(store.normalise_code(text)) == 19


# Postcodes and typed survey answers: whatever people type, the parsers answer calmly.

@given(st.text(max_size=200))
def test_postcode_parsing_never_raises(text):
    check_postcode(text)
    found = find_postcode(text)
    normal = normalise_postcode(text)
    # a full postcode ("LS8 2AB"), or a district alone ("M1") that the centroid table knows
    assert found is None or (found == found.upper() and (
        " " in found or found in district_centroids()))
    assert normal is None or normal == normal.upper()


@given(st.from_regex(r"[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}", fullmatch=True))
def test_well_formed_postcodes_are_normalised(text):
    normal = normalise_postcode(text)
    assert normal is None or normal.replace(" ", "") == text.replace(" ", "").upper()


@given(st.text(max_size=300))
def test_survey_answer_parsing_never_raises(text):
    assert parse_agreement(text) in [c for c, _ in SCALE_ANSWERS] + ["skipped", None]
    assert len(redact_comment(text)) <= 2000
