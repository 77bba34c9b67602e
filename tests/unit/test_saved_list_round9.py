"""Round nine: "what have I got saved?" got "did not understand", and "Work Tasters is still on
there, I asked you to take it off" left it on the summary. The list is read out, and a place
named is taken off."""
from __future__ import annotations

import pytest

from actions.conversation import ActionDefaultFallback
from actions.directory import save_to_summary, saved_now
from bot.directory import saved
from fake_tracker import action_tracker, run_action

KEPT = [{"id": "1", "name": "Work Tasters", "contact": "0113 496 0187"},
        {"id": "2", "name": "Park Conservation Volunteers", "contact": "0113 496 0190"},
        {"id": "3", "name": "Benefits Check", "contact": "0113 496 0161"}]


@pytest.mark.parametrize("text", ["what have I got saved?", "whats on my list",
                                  "show me my saved places", "which ones did i save"])
def test_asking_what_is_saved_is_heard(text):
    assert saved.asks_what_is_saved(text)


@pytest.mark.parametrize("text, names", [
    ("Work Tasters is still on there, I asked you to take it off", ["Work Tasters"]),
    ("take the park one off please", ["Park Conservation Volunteers"]),
    ("remove benefits check and work tasters", ["Benefits Check", "Work Tasters"]),
])
def test_a_place_to_take_off_is_found_by_name(text, names):
    assert [p["name"] for p in saved.to_remove(text, KEPT)] == names


@pytest.mark.parametrize("text", ["can you delete my conversation", "i take my tablets off the shelf",
                                  "save the park one"])
def test_other_talk_is_not_taking_a_place_off(text):
    assert not saved.to_remove(text, KEPT)


def _say(text):
    return run_action(ActionDefaultFallback(), action_tracker(text, {}, "out_of_scope",
                                                              sender="r9-saved"))[0]


def test_the_list_is_read_out_and_a_place_taken_off(db):
    assert _say("what have I got saved?") == saved.LIST_EMPTY
    save_to_summary("r9-saved", KEPT)
    assert "Work Tasters" in _say("what have I got saved?")
    said = _say("Work Tasters is still on there, I asked you to take it off")
    assert said.startswith("I have taken Work Tasters off your list.")
    assert [p["name"] for p in saved_now("r9-saved")] == ["Park Conservation Volunteers",
                                                          "Benefits Check"]
