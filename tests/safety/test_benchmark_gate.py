"""CI gate on the held-out corpus: the safety net must not get worse than it is now (the
floor), and the issue-12 targets are checked too; until they are met that check is an
expected failure, so CI shows how far off they are without blocking other work.

Only counts come back from the benchmark; no held-out message is printed or read here.
"""
from pathlib import Path

import pytest

from benchmarks import safety_eval

HELDOUT = Path(__file__).parent / "corpus" / "heldout"
needs_corpus = pytest.mark.skipif(not HELDOUT.is_dir() or not any(HELDOUT.glob("*.yml")),
                                  reason="held-out corpus not present")

# The floor (benchmarks/safety_eval.py, MEASURES): a change that makes any held-out figure
# worse than it is now fails CI.
FLOOR = safety_eval.FLOOR


@pytest.fixture(scope="module")
def heldout():
    return safety_eval.run_part("heldout")


@needs_corpus
def test_heldout_does_not_fall_below_the_floor(heldout):
    missed = safety_eval.missed_targets(heldout, FLOOR)
    assert not missed, "held-out figures fell: " + "; ".join(missed)


@needs_corpus
@pytest.mark.xfail(reason="issue 12 targets not met yet (see the benchmark's figures)")
def test_heldout_targets_are_met(heldout):
    missed = safety_eval.missed_targets(heldout)
    assert not missed, "held-out targets missed: " + "; ".join(missed)


def test_target_check_fails_on_a_miss():
    good = {"danger_to_life_recall": 1.0, "clear_tier_recall": 0.95, "abuse_recall": 0.99,
            "lookalike_script_rate": 0.0, "lookalike_check_in_rate": 0.01, "latency_p95_ms": 1.0}
    assert safety_eval.missed_targets(good) == []
    assert safety_eval.missed_targets({**good, "abuse_recall": 0.9})
    assert safety_eval.missed_targets({**good, "latency_p95_ms": 5.0})
    assert safety_eval.missed_targets({**good, "abuse_recall": 0.5}, FLOOR)
    # speed is printed by the benchmark, not a floor that fails CI on a busy machine
    assert safety_eval.missed_targets({**good, "latency_p95_ms": 9.0}, FLOOR) == []
