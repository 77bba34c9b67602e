"""A shared past ("we used to do the garden together") is a memory to honour, not a hobby
the person simply stopped: never "What stopped it?" to someone whose partner has died."""
import pytest

from bot.listening import reflect, themes_in

SHARED = [
    "we used to do the garden together, she had the green fingers",
    "me and bill used to go dancing every friday, we used to love it",
    "she used to make the best sunday dinners",
    "the two of us used to walk the dog along the canal",
    "we always used to watch the quiz shows of an evening",
    "i used to go to church with him every sunday",
    "i used to cook for the two of us, now i cant be bothered",
    "used to do the crossword with my husband of a morning",
    "my wife jean used to do all the cooking",
]
ON_MY_OWN = [
    "i used to go swimming every week",
    "i used to love singing in the choir",
]


@pytest.mark.parametrize("text", SHARED)
def test_a_shared_past_is_a_memory(text):
    reply = reflect(text)
    assert "memory" in reply.themes
    assert not any("stopped" in line for line in reply.lines)


@pytest.mark.parametrize("text", ON_MY_OWN)
def test_something_i_used_to_do_is_still_a_way_back(text):
    assert "used_to" in themes_in(text)
    assert "memory" not in themes_in(text)


@pytest.mark.parametrize("text,who", [
    ("my wife jean used to do all the cooking", "Jean"),
    ("she used to make the best sunday dinners", "her"),
    ("my dad used to take me fishing", "your dad"),
])
def test_what_he_or_she_used_to_do_is_not_called_a_good_memory(text, who):
    line = reflect(text).lines[0]
    assert "good memory" not in line
    assert line.endswith(f"Thank you for telling me about {who}.")
