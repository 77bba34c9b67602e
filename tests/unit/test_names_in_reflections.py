"""Names people mention are used when their words are said back: "you miss Jean", not
"you miss her"; a name typed in lower case gets its capital; no guess from everyday words."""
import pytest

from bot.listening import reflect
from bot.own_words import people_named_in, with_names


@pytest.mark.parametrize("text,expected", [
    ("my wife jean passed away in march", {"her": "Jean"}),
    ("our mum doreen is in a home now", {"her": "Doreen"}),
    ("since my husband ray died the house is so quiet", {"him": "Ray"}),
    ("my best mate ted passed last yr", {}),           # "mate" is no relation word we know
    ("my best friend sue died at xmas", {"them": "Sue"}),
    ("since bill passed i dont go out", {"them": "Bill"}),
])
def test_names_are_found(text, expected):
    found = people_named_in(text)
    for who, name in expected.items():
        assert found.get(who) == name


@pytest.mark.parametrize("text", [
    "my wife died in march", "my husband passed away last year", "i miss going out",
    "my mum is poorly", "i miss my wife so much", "my dad used to take me fishing",
])
def test_no_name_is_guessed_from_everyday_words(text):
    assert people_named_in(text) == {}


@pytest.mark.parametrize("earlier,now,name", [
    ("my wife jean passed in the spring", "i just miss her so much", "Jean"),
    ("my husband ray died at easter", "i really miss him, evenings are the worst", "Ray"),
    ("lost my mum maureen last month", "i still miss her every day", "Maureen"),
])
def test_a_name_told_earlier_is_used_later(earlier, now, name):
    reply = reflect(now, names=people_named_in(earlier))
    assert f"you miss {name}" in reply.lines[0]
    assert "miss her" not in reply.lines[0] and "miss him" not in reply.lines[0]


@pytest.mark.parametrize("text,name", [
    ("i miss my wife jean", "Jean"), ("i miss jean so much", "Jean"),
    ("i really miss my husband bob", "Bob"),
])
def test_a_name_in_the_same_message_is_used(text, name):
    assert f"you miss {name}" in reflect(text).lines[0]


def test_the_persons_own_name_and_the_name_they_told():
    reply = reflect("i just miss him", name="Pat", names={"him": "Ray"})
    assert reply.lines[0] == "Thank you, Pat."
    assert "you miss Ray" in reply.lines[1]


@pytest.mark.parametrize("who,names,said", [
    ("her", {}, "her"), ("your wife", {"wife": "Jean"}, "Jean"), ("jean", {}, "Jean"),
    ("gardening", {}, "gardening"), ("your mum", {}, "your mum"), ("nan", {}, "nan"),
])
def test_with_names(who, names, said):
    assert with_names(who, names) == said
