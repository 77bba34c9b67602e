"""parse_scale and out_of_ten: one clear number on the scale, or ask again."""
import pytest
from hypothesis import given, settings, strategies as st

from bot.answers.scales import out_of_ten, parse_scale
from reader_cases import meant

CLEAR = [
    ("7", 7), ("about a 6", 6), ("six", 6), ("5/10", 5), ("6 out of 10", 6), ("a solid 8", 8),
    ("10!", 10), ("prob 4", 4), ("1", 1), ("10", 10), ("Seven", 7), ("SEVEN", 7), ("8ish", 8),
    ("7-ish", 7), ("that's a tough one, 4", 4), ("one", 1), ("6️⃣", 6), ("🔟", 10), ("٦", 6),
    ("10/10", 10), ("6?", 6), ("about 3 i reckon", 3), ("id say a 5 today", 5),
    ("3 on a good day", 3), ("2. it's been a rough week", 2), ("umm 5", 5), ("a five", 5),
    ("7 out of ten", 7), ("4 outta 10", 4), ("6 6", 6), ("six, yes 6", 6), ("9 😊", 9),
    ("it's a 3 if I'm honest", 3), ("2 😢", 2),
]
ASK_AGAIN = [
    "between 5 and 6", "5 or 6", "5-6", "11", "0", "100", "pretty good", "not great", "",
    "one day at a time", "6.5", "8,5", "not a 6", "what does 1 mean?", "is 10 the best?",
    "4 out of 5", "i'm 82 and it's a 5", "-3", "dont no", "skip", "rock bottom", "🙂",
    "five or six", "07700 900456", "between 3 and 4 maybe", "why do you need a number",
    "what's the scale?", "/skip", "about a six or seven", "LS6 2AB", "born in 1944",
    "the 2nd one",
]


@pytest.mark.parametrize("text,expected", meant(CLEAR, ASK_AGAIN))
def test_clear_numbers_and_unclear_replies(text, expected):
    assert parse_scale(text) == expected


def test_other_ranges():
    assert parse_scale("4", low=1, high=5) == 4
    assert parse_scale("4 out of 5", low=1, high=5) == 4
    assert parse_scale("7", low=1, high=5) is None
    assert parse_scale("0", low=0, high=10) == 0


@pytest.mark.parametrize("value,expected", [
    (6, "6 out of 10"), ("6", "6 out of 10"), (10, "10 out of 10"), ("1", "1 out of 10"),
    (" 7 ", "7 out of 10"), ("Skipped", "Skipped"), ("Not sure", "Not sure"), (None, ""),
])
def test_out_of_ten(value, expected):
    assert out_of_ten(value) == expected


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_number_in_range_or_none(text):
    value = parse_scale(text)
    assert value is None or (isinstance(value, int) and 1 <= value <= 10)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10), st.sampled_from(["{}", "about a {}", "{}/10", "{} out of 10", "a solid {}",
                                             "prob {}", "{}!", "i'd say {} today"]))
def test_every_number_in_every_form(number, form):
    value = parse_scale(form.format(number))
    assert value == number
    assert out_of_ten(value) == f"{number} out of 10"
