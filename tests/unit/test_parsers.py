"""Parsers of what people type: scales and resume codes (property tests included)."""
from hypothesis import given, strategies as st

from actions.conversation import find_code
from actions.forms import parse_scale
from bot import store


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
    assert find_code("my code is hx4 7kd") == "HX4-7KD"
    assert find_code("HX4-7KD") == "HX4-7KD"
    assert find_code("carry on please") == ""


@given(st.text(max_size=200))
def test_code_parsing_never_raises(text):
    code = find_code(text)
    assert code == "" or (len(code) == 7 and code[3] == "-")
    assert store.normalise_code(text) in ("",) or len(store.normalise_code(text)) == 7
