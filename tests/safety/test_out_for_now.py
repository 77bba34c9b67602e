"""Someone gone out somewhere ordinary for a while, so the person can talk, is not danger;
a person who has not come back still is (bot/safety/context.py OUT_FOR_NOW)."""
import pytest


@pytest.mark.parametrize("text", [
    "hi its me again. hes popped out to the bookies so ive got half an hour",
    "my son has gone down the pub for a pint, I can talk now",
    "she's gone to the shops so i have a bit of time to finish this",
    "my husband's out at the allotment so I have an hour to myself",
])
def test_out_for_a_while_raises_nothing(judged, text):
    judged(text, "none")


@pytest.mark.parametrize("text", [
    "he went to the pub last night and hasnt come back, hes got dementia",
    "my dad went out to the shops this morning and we cant find him anywhere",
])
def test_not_come_back_is_still_danger(judged, text):
    judged(text, "danger")


@pytest.mark.parametrize("text", ["They are here with me", "they are here", "she's in with us",
                                  "hes in"])
def test_someone_present_is_not_a_quick_exit(judged, text):
    assert judged(text, "none").route != "quick_exit"
