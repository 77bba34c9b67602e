"""Saying something is right or fine as it stands ("nothing, its right now" at a read-back)
is not danger "now"; danger said beside it still is."""
import pytest


@pytest.mark.parametrize("text", [
    "nothing, its right now",
    "no its all right now",
    "thats fine as it is thanks",
    "no leave it, everything is correct now",
])
def test_it_is_right_as_it_is(text, judged):
    judged(text, "none")


@pytest.mark.parametrize("text", [
    "its all right now, ive taken all my tablets",
    "he is hitting me right now",
    "its fine now but im going to end my life tonight",
])
def test_danger_beside_it_still_counts(text, judged):
    judged(text, "danger")
