"""A denial after a plan assessed clear ("wont matter after the weekend anyway, ive sorted
everything out" -> "honestly im not going to do anything stupid") keeps the usual answer:
someone will check in, and the numbers. So does any method, preparation or act assessed
clear; a passing wish or a check-in is put right with a sorry (round ten's merge of the false-alarm work broke the round-five persona test that
holds this)."""
from __future__ import annotations

import pytest

from actions.false_alarm import may_put_right, stands_firm
from bot import store

DENIAL = "honestly im not going to do anything stupid. can we just do the next one"


@pytest.mark.parametrize("signal, tier, category, put_right", [
    ("pattern", "check_in", "suicide_passive", True),
    # round 13: a wish said clearly in their own words, then "im not going to do anything
    # stupid", is believed and the team still checks in (tests/unit/test_wish_believed.py)
    ("pattern", "clear", "suicide_passive", False),
    ("model", "clear", "suicide_plan_time", False),
    ("model", "clear", "suicide_preparation", False),
    ("model", "check_in", "suicide_passive", True),
    ("model", "check_in", "suicide_plan_time", True),
    ("", "clear", "medical_emergency", True)])
def test_a_plan_stands_after_a_denial(db, signal, tier, category,
                                                           put_right):
    store.save_record("r10-carer", "safety", {
        "words": "wont matter after the weekend anyway, ive sorted everything out",
        "kind": "crisis", "tier": tier, "category": category, "signal": signal})
    assert stands_firm("r10-carer") is (not put_right and category != "suicide_passive")
    assert may_put_right("r10-carer", DENIAL, "crisis") is put_right


def test_abuse_denied_is_still_put_right_whatever_raised_it(db):
    store.save_record("r10-jas", "safety", {
        "words": "idk if working would mess up my benefits", "kind": "safeguarding",
        "tier": "clear", "category": "abuse_financial", "signal": "pattern"})
    assert may_put_right("r10-jas", "nobody is taking my money!! this bot is so jumpy",
                         "safeguarding")
