"""Where the person means: place names, postcodes, and another council's area."""
import pytest

from bot.directory.places import find_location, find_place, in_area
from bot.directory.present import outside_area
from jargon.gate import check_responses


@pytest.mark.parametrize("text,district", [
    ("what about over Headingley way, she cant walk far", "LS6"),
    ("im in chapel allerton actually", "LS7"), ("anything in PUDSEY?", "LS28"),
    ("hello", None), ("she likes the seaside", None),
])
def test_places_are_found(text, district):
    assert find_place(text) == district


def test_a_postcode_wins_over_a_place():
    assert find_location("near LS12 1AA, not Headingley") == "LS12 1AA"


def test_another_councils_postcode_is_outside_the_area():
    assert not in_area("CV1 3AB") and not in_area("M1 1AE")
    assert in_area("LS6 2QT") and in_area("LS6") and in_area(None)


def test_outside_the_area_is_said_plainly():
    text = outside_area("CV1 3AB", "Leeds")
    assert "CV1 3AB" in text and "gov.uk/find-local-council" in text
    assert check_responses([("outside", text)]).ok
