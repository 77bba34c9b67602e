"""The promise keeps the time the person gave: "after 3pm" asked just before or after 3pm
on a working day is "today after 3pm", not "later today" (which hid their words and made a
REST test pass or fail by the hour it ran)."""
from datetime import datetime

import pytest

from bot import call_times

FRIDAY = (2026, 11, 27)     # a Friday the team works (9am to 4.30pm on Fridays in the demo)


@pytest.mark.parametrize("hour, minute", [(10, 0), (14, 45), (14, 59), (15, 1), (15, 40)])
def test_after_a_time_keeps_their_words_today(hour, minute):
    now = datetime(*FRIDAY, hour, minute)
    assert call_times.when_phrase("after 3pm", now) == "today after 3pm"


def test_a_time_long_past_is_later_today():
    # "after 11am" asked at 3pm: the team can ring any time now, so "later today".
    assert call_times.when_phrase("after 11am", datetime(*FRIDAY, 15, 0)) == "later today"


def test_a_window_that_has_begun_says_when_it_ends():
    assert call_times.when_phrase("between 3 and 4", datetime(*FRIDAY, 15, 1)) == \
        "later today, before 4pm"
