"""Resume codes: always with a digit and a letter, and recognised however they are typed."""
import pytest

from bot import store
from bot.nlu.resume_code import code_message


def test_codes_always_mix_letters_and_digits():
    for _ in range(2000):
        code = store.new_code()
        raw = code.replace("-", "")
        assert any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw)


@pytest.mark.parametrize("text, code", [
    ("carry on HX4-7KD", "HX4-7KD"), ("hx4 7kd", "HX4-7KD"), ("my code is hx47kd", "HX4-7KD"),
    ("Continue with KJX-G2B please", "KJX-G2B"), ("code: 638-UNV", "638-UNV"),
])
def test_code_messages(text, code):
    assert code_message(text) == code


@pytest.mark.parametrize("text", [
    "carry on please", "the cat sat", "I want to carry on but my dad fell 2nd time",
    "carry on CAT-DOG", "my mum has 3 cats and a dog called Rex",
])
def test_other_messages_are_left_alone(text):
    assert code_message(text) is None
