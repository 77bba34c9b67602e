"""The safe-contact choices typed out in everyday words are read as those choices."""
from __future__ import annotations

import json

import pytest

from actions.form_engine import read_safe_contact
from bot.form_words import SAFE_CONTACT_PAYLOADS


def stored(text):
    return json.loads(read_safe_contact("contact_safety", text).slots["contact_safety"])


@pytest.mark.parametrize("text, choice", [
    ("call and leave a message", "call_and_message"),
    ("ring me and leave a voicemail", "call_and_message"),
    ("just leave a message", "call_and_message"),
    ("call but dont leave a message", "call_no_message"),
    ("ring me but no voicemail please", "call_no_message"),
    ("texts only please", "text_only"),
])
def test_typed_choices(text, choice):
    said = stored(text)
    for key, value in SAFE_CONTACT_PAYLOADS[choice].items():
        if key != "say_council":
            assert said[key] == value, (key, said)
    assert "note" not in said


def test_a_risk_still_wins_over_calling():
    assert stored("call but dont leave a message, he might pick up")["safe_to_call"] is False


def test_other_words_are_kept_as_a_note():
    assert "note" in stored("only after 6pm when the kids are in bed")
