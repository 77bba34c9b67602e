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


# Round twelve: "i liv seecroft" (Seacroft, spelt by sound) was not read as a place, so
# "Where do you live?" was asked again. A small, careful match against the known places.
@pytest.mark.parametrize("text, district", [
    ("i liv seecroft", "LS14"), ("job n frends. i liv seecroft", "LS14"),
    ("im in morly", "LS27"), ("i live near headinly", "LS6"), ("from armly", "LS12"),
    ("i live in horsfourth", "LS18"), ("seecroft", "LS14"),
])
def test_a_place_spelt_by_sound_is_found(text, district):
    assert find_location(text) == district


@pytest.mark.parametrize("text", [
    "im in bradley", "in the middle of town", "i live in hope", "in the morning",
    "at home", "i live with my mum", "from the bramble patch", "in hospital",
    "i go to the library", "she likes the seaside",
])
def test_other_words_are_not_taken_for_a_place(text):
    assert find_location(text) is None


def test_a_place_spelt_by_sound_is_not_searched_for_as_a_word():
    from bot.directory.places import without_places
    assert "seecroft" not in without_places("job n frends. i liv seecroft")
