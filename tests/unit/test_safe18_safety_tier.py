"""The classifier alone never gives the money card ("Tell the bank now") for a hint that
names no money (round 18, tester J: "things have got a bit difficult at home thats all"):
at most the gentle question. Money told plainly keeps the card."""
import pytest

from bot.safety import engine


@pytest.mark.parametrize("text", [
    "well its a bit awkward. my grandson stays with me since his mum put him out. hes 24. "
    "things have got a bit difficult at home thats all",
    "my grandson moved in last month and things are hard at home now",
    "since my nephew came to stay its been difficult at home, i dont know",
])
def test_a_hint_gets_at_most_the_gentle_question(text):
    found = engine.assess(text)
    assert not (found.tier == "clear" and found.category == "abuse_financial"), found


@pytest.mark.parametrize("text", [
    "my grandson keeps taking money out of my purse",
    "my son has my bank card and wont give it back",
    "my lodger keeps helping himself to my purse and shouts if i say anything",
])
def test_money_told_keeps_the_card(text):
    found = engine.assess(text)
    assert found.tier == "clear" and found.category == "abuse_financial", found
