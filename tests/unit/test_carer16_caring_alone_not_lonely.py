"""Round fifteen (carer16): an exhausted carer saying "i'm on my own with it all" was told
"It sounds lonely" and offered befriending and volunteering. On their own with the caring
means no help: the worn-out carer's reply (a break, a carer's assessment, a plan for an
emergency). Befriending only when they say they are lonely."""
import pytest

from bot.caring_alone import caring_alone
from bot.directory.needs import categorise
from bot.listening import SAID, themes_in

EXACT = "i'm on my own with it all"
FRESH = [
    "my husband has MS. ive been looking after him on my own for nine years. im up 3 or 4 "
    "times a night turning him",
    "my mum has dementia, ive cared for her on my own for years",
    "im exhausted, on my own with him day and night, no one helps",
    "its just me on my own with dad 24/7 since my brother moved away",
]


@pytest.mark.parametrize("text", [EXACT] + FRESH)
def test_caring_alone_is_no_help_not_loneliness(text):
    assert caring_alone(text)
    themes = themes_in(text)
    assert "lonely" not in themes and "carer_strain" in themes
    assert categorise(text) != "things_to_do"


def test_the_reply_offers_a_break_an_assessment_and_a_plan():
    words, buttons = SAID["carer_strain"]
    assert "break" in words and "plan for if you could not care" in words
    assert any("carer" in b["title"].lower() for b in buttons)


@pytest.mark.parametrize("text", [
    "i live on my own and i get so lonely",                 # lonely, said
    "im on my own with it all and its so lonely",           # both: company still offered
    "im on my own all day since jean died, never see a soul",
])
def test_lonely_said_still_gets_company(text):
    assert "lonely" in themes_in(text)


@pytest.mark.parametrize("text", [
    "i can do it by myself thanks",        # independence, not caring alone
    "i manage on my own",
    "she lives alone with her cat",
    "on my own with my thoughts at night",
])
def test_look_alikes_are_not_caring_alone(text):
    assert not caring_alone(text)
