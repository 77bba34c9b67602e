"""Round 11: the contact step read what was said, not the first thing that looked like it.

A time ruled out was booked ("im at work tomorrow 9 till 1 so not then" → "ring you today
between 9am and 1pm"); a number put right in the same message kept the wrong one; "its
about dads letter, ring me after 2" was saved as "by letter"."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import call_times
from bot.answers.contact import parse_contact

LONDON = ZoneInfo("Europe/London")
THURSDAY_MORNING = datetime(2026, 11, 26, 8, 0, tzinfo=LONDON)


@pytest.mark.parametrize("said", [
    "im at work tomorrow 9 till 1 so not then",
    "i cant do 9 till 1",
    "any time except 9 till 1",
    "9 till 1 is no good",
    "im at work 9 till 1",
    "not between 9 and 1 please",
    "9 till 1 wont work for me, thats when im at work",
])
def test_a_time_ruled_out_is_never_the_time_booked(said):
    best = parse_contact(said).best_time
    assert best and best.startswith(("not", "any time not")), best
    start, end = call_times.window(best)
    assert start >= call_times.time(13) or end <= call_times.time(9), (best, start, end)
    promise = call_times.promise(best, True, THURSDAY_MORNING)
    assert "9am" not in promise and "between 9" not in promise, promise


@pytest.mark.parametrize("said, not_in", [
    ("i cant do mornings", "before midday"),
    ("mornings are no good", "before midday"),
    ("thursday afternoon is no good", "after midday"),
])
def test_a_part_of_the_day_ruled_out_is_left_out(said, not_in):
    best = parse_contact(said).best_time
    assert best.lower().startswith("not"), best
    promise = call_times.promise(best, True, THURSDAY_MORNING)
    assert not_in not in promise and "cannot ring" not in promise, promise


@pytest.mark.parametrize("said, best", [
    ("after 2", "after 2"),
    ("tuesday mornings", "Tuesday mornings"),
    ("mornings, not before 10", "mornings not before 10"),
    ("after 3pm on weekdays", "after 3pm weekdays"),
])
def test_a_time_asked_for_is_kept_as_said(said, best):
    assert parse_contact(said).best_time == best


def test_tomorrow_is_never_booked_for_today():
    promise = call_times.promise("tomorrow 9 till 1", True, THURSDAY_MORNING)
    assert "tomorrow between 9am and 1pm" in promise and "today" not in promise


@pytest.mark.parametrize("said, phone", [
    ("0113 496 0781 thats the house phone. oh no hang on, its 0113 496 0718, i always get "
     "them two mixed up", "0113 496 0718"),
    ("07700 900461 sorry i mean 07700 900416", "07700 900416"),
    ("its 07700 900461, no wait, 07700 900462", "07700 900462"),
    ("0113 496 0781 actually 0113 496 0718 is better", "0113 496 0718"),
    # two numbers with nothing put right: the first is kept
    ("mobile 07700 900461 or the landline 0113 496 0781", "07700 900461"),
])
def test_a_number_put_right_keeps_the_last_one(said, phone):
    assert parse_contact(said).phone == phone


@pytest.mark.parametrize("said", [
    "its about dads letter, ring me after 2",
    "ive had a letter from the council, can you ring me on 07700 900127",
    "the letter says he has eligible needs. ring me after 2",
    "can someone ring me and go through dad's letter",
])
def test_a_letter_talked_about_is_not_a_letter_asked_for(said):
    assert not parse_contact(said).by_letter


@pytest.mark.parametrize("said", [
    "send me a letter please", "a letter in a plain envelope", "by letter", "letter please",
    "write to me at 14 Larch Grove, Leeds LS8 3PQ", "can i have a letter instead",
    "i would rather have a letter", "post it to me", "a letter",
])
def test_a_letter_asked_for_is_still_by_letter(said):
    assert parse_contact(said).by_letter
