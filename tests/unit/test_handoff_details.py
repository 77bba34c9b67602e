"""A language need or a contact instruction said anywhere in the conversation reaches the
hand-off staff see (issue 15): "she only speaks Punjabi", "ring me not dad"."""
import pytest

from actions.common import note_conversation_details
from bot import store
from bot.answers.handoff_details import details_in
from bot.console.app import _contact_lines, _said_lines
from bot.data import handoffs


@pytest.mark.parametrize("said, line", [
    ("she only speaks Punjabi", "Interpreter: Punjabi. They said: she only speaks Punjabi."),
    ("my mum speaks urdu, hardly any english",
     "Interpreter: Urdu. They said: my mum speaks urdu, hardly any english."),
    ("he uses British Sign Language", "Interpreter: British Sign Language. They said: he uses "
                                      "British Sign Language."),
    ("my english is not good", "Language: English may be hard for them. They said: my english "
                               "is not good."),
    ("Ring me not dad, he gets confused on the phone",
     "Contact: they said: Ring me not dad, he gets confused on the phone."),
    ("please dont ring the landline", "Contact: they said: please dont ring the landline."),
    ("call my daughter first", "Contact: they said: call my daughter first."),
])
def test_details_are_found_in_the_persons_words(said, line):
    assert details_in([said]) == [line]


@pytest.mark.parametrize("said", [
    "can someone call me back", "I want to talk to a person", "my dad needs help at home",
    "she loves speaking to the neighbours", "/request_human",
])
def test_ordinary_messages_add_nothing(said):
    assert details_in([said]) == []


class Tracker:
    def __init__(self, said, reference):
        self.events = [{"event": "user", "text": t} for t in said]
        self.slots = {"handoff_reference": reference}

    def get_slot(self, name):
        return self.slots.get(name)


def test_the_hand_off_shows_them_once_and_the_console_reads_them(db):
    row = store.create_handoff("sender-1", "callback", "web", summary="can someone ring me",
                               callback=True)
    said = ["my dad needs help getting washed", "she only speaks Punjabi, my mum I mean",
            "ring me not dad, he gets muddled", "can someone ring me"]
    note_conversation_details(Tracker(said, row["reference"]))
    note_conversation_details(Tracker(said, row["reference"]))   # again: nothing doubled
    kept = handoffs.latest_for("sender-1")
    assert kept["summary"].count("Interpreter: Punjabi.") == 1
    assert _contact_lines(kept) == ["they said: ring me not dad, he gets muddled."]
    assert any(line.startswith("Interpreter: Punjabi.") for line in _said_lines(kept))
