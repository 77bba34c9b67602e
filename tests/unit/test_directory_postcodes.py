"""Postcode checks: good, bad and district-only input, plus properties that hold for any text."""
import math

import pytest
from hypothesis import given, strategies as st

from bot.directory import postcodes
from bot.directory.postcodes import check_postcode, find_postcode, haversine_metres

AREA1 = "ABCDEFGHIJKLMNOPRSTUWYZ"  # first letter: not Q, V, X
AREA2 = "ABCDEFGHKLMNOPQRSTUVWXY"  # second letter: not I, J, Z
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # never C, I, K, M, O, V


@pytest.mark.parametrize("typed, postcode, district", [
    ("ls6 3ab", "LS6 3AB", "LS6"),
    ("LS63AB", "LS6 3AB", "LS6"),
    ("  Ls6   3aB ", "LS6 3AB", "LS6"),
    ("LS28 5ZZ", "LS28 5ZZ", "LS28"),
    ("ec1a 1bb", "EC1A 1BB", "EC1A"),
    ("W1A0AX", "W1A 0AX", "W1A"),
    ("m1 1ae", "M1 1AE", "M1"),
    ("GIR 0AA", "GIR 0AA", "GIR"),
])
def test_full_postcodes_are_tidied(typed, postcode, district):
    check = check_postcode(typed)
    assert check.ok and check.error is None
    assert (check.postcode, check.district, check.text) == (postcode, district, postcode)


@pytest.mark.parametrize("typed, district", [("LS6", "LS6"), ("ls 6", "LS6"), ("ls28", "LS28"),
                                             ("sw1a", "SW1A")])
def test_a_district_alone_is_accepted(typed, district):
    check = check_postcode(typed)
    assert check.ok and check.postcode is None and check.district == district
    assert check.text == district


@pytest.mark.parametrize("typed", ["", "   ", None, "hello", "LS6 3A", "XX1 1AA", "QS6 3AB",
                                   "LS6 3AC", "12345", "LS6 3ABC", "L$6 3AB", "LS6-3AB!"])
def test_wrong_postcodes_give_a_plain_error_not_an_exception(typed):
    check = check_postcode(typed)
    assert not check.ok
    assert check.error and "postcode" in check.error.lower()
    assert check.postcode is None and check.district is None


def test_helpers():
    assert postcodes.normalise_postcode("ls63ab") == "LS6 3AB"
    assert postcodes.outward_code("ls6 3ab") == "LS6"
    assert postcodes.outward_code("nonsense") is None
    assert postcodes.centroid("LS6 3AB") == postcodes.district_centroids()["LS6"]
    assert postcodes.centroid("ZE1 0AA") is None  # valid, but not in the shipped table


def test_find_postcode_in_a_sentence():
    assert find_postcode("I live at ls6 3ab, thanks") == "LS6 3AB"
    assert find_postcode("near LS28 please") == "LS28"
    assert find_postcode("postcode LS63AB") == "LS6 3AB"
    assert find_postcode("I need help with shopping") is None
    assert find_postcode("my B12 tablets") is None  # B12 is not a district we know


def test_demo_area_centroids_are_in_leeds():
    table = postcodes.district_centroids()
    for district in ["LS1", "LS6", "LS7", "LS8", "LS11", "LS12", "LS28"]:
        lat, lon = table[district]
        assert 53.7 < lat < 53.9 and -1.7 < lon < -1.4


def test_haversine_known_distance():
    leeds, york = postcodes.district_centroids()["LS1"], postcodes.district_centroids()["YO1"]
    assert 35_000 < haversine_metres(leeds, york) < 45_000  # about 25 miles
    assert postcodes.metres_to_miles(1609.344) == pytest.approx(1.0)


@st.composite
def valid_postcodes(draw):
    shape = draw(st.sampled_from(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"]))
    first = draw(st.sampled_from(AREA1))
    outward = first
    if shape.startswith("AA"):
        outward += draw(st.sampled_from(AREA2))
    outward += str(draw(st.integers(0, 9)))
    if shape in ("A99", "AA99"):
        outward += str(draw(st.integers(0, 9)))
    if shape == "A9A":
        outward += draw(st.sampled_from("ABCDEFGHJKPSTUW"))
    if shape == "AA9A":
        outward += draw(st.sampled_from("ABEHMNPRVWXY"))
    inward = str(draw(st.integers(0, 9))) + "".join(
        draw(st.lists(st.sampled_from(INWARD_LETTERS), min_size=2, max_size=2)))
    return outward, inward


def _mess_up(text, data):
    """Random case and random spaces, as people type."""
    out = []
    for ch in text:
        out.append(" " * data.draw(st.integers(0, 2)))
        out.append(ch.lower() if data.draw(st.booleans()) else ch)
    return "".join(out) + " " * data.draw(st.integers(0, 2))


@given(valid_postcodes(), st.data())
def test_any_valid_postcode_in_any_case_and_spacing_is_tidied(parts, data):
    outward, inward = parts
    check = check_postcode(_mess_up(outward + inward, data))
    assert check.ok
    assert check.postcode == f"{outward} {inward}"
    assert check.district == outward
    assert check_postcode(check.postcode) == check  # tidying twice changes nothing


@given(valid_postcodes())
def test_any_valid_district_alone_is_accepted(parts):
    outward, _ = parts
    check = check_postcode(outward.lower())
    assert check.ok and check.district == outward and check.postcode is None


@given(st.text(max_size=30))
def test_any_text_gives_a_result_never_an_exception(text):
    check = check_postcode(text)
    assert check.ok == (check.error is None)
    if check.ok:
        assert check.district
    find_postcode(text)  # never raises


lat = st.floats(-89.9, 89.9, allow_nan=False)
lon = st.floats(-179.9, 179.9, allow_nan=False)


@given(lat, lon, lat, lon)
def test_haversine_is_a_distance(lat1, lon1, lat2, lon2):
    a, b = (lat1, lon1), (lat2, lon2)
    d = haversine_metres(a, b)
    assert d >= 0 and not math.isnan(d)
    assert d == pytest.approx(haversine_metres(b, a), abs=1e-6)
    assert d <= math.pi * postcodes.EARTH_RADIUS_METRES + 1
    assert haversine_metres(a, a) == pytest.approx(0, abs=1e-6)
