from datetime import datetime
from zoneinfo import ZoneInfo

from bot import hours

LONDON = ZoneInfo("Europe/London")


def at(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def test_open_in_office_hours_and_closed_outside():
    assert hours.is_open(at(2026, 11, 24, 10))        # Tuesday 10:00
    assert not hours.is_open(at(2026, 11, 24, 17, 1))  # Tuesday after 17:00
    assert not hours.is_open(at(2026, 11, 28, 11))     # Saturday


def test_friday_closes_earlier():
    assert hours.is_open(at(2026, 11, 27, 16, 29))
    assert not hours.is_open(at(2026, 11, 27, 16, 30))


def test_next_opening_in_plain_words():
    assert hours.describe_next_opening(at(2026, 11, 24, 18)) == "tomorrow at 9am"
    assert hours.describe_next_opening(at(2026, 11, 28, 12)) == "on Monday at 9am"
    assert hours.describe_next_opening(at(2026, 11, 24, 7)) == "today at 9am"


def test_utc_input_is_converted_to_local_time():
    summer_utc = datetime(2026, 7, 1, 8, 30, tzinfo=ZoneInfo("UTC"))  # 09:30 in London
    assert hours.is_open(summer_utc)
