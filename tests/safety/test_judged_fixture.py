"""The safety tests' shared check (conftest.py) fails when the safety net gets a message wrong."""
import pytest


def test_judged_passes_what_the_safety_net_says(judged):
    assert judged("I want to kill myself", "clear", "crisis").tier == "clear"
    assert judged("I want to kill myself", ("clear", "check_in"), ("crisis",)).kind == "crisis"
    assert judged("i love my garden", "none", None).tier == "none"
    assert judged("I want to kill myself", "danger", "crisis").is_danger


@pytest.mark.parametrize("wrong", [
    {"tier": "none"},
    {"tier": ("none", "check_in")},
    {"tier": "danger", "kind": "safeguarding"},
    {"tier": "clear", "kind": "safeguarding"},
    {"tier": "clear", "kind": "crisis", "category": "violence_now"},
])
def test_judged_fails_on_a_wrong_tier_kind_or_category(judged, wrong):
    with pytest.raises(AssertionError):
        judged("I want to kill myself", **wrong)
