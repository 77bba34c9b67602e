"""Round 13: a widower's "whats the point of carrying on without her" got the crisis card,
then "i said i wouldnt do anything and i meant it. i just miss her" got "Sorry, I got that
wrong", the record marked "not a concern" and the hand-off lowered below a broken lift. A wish
to die said in one's own words, then a denial of acting on it, is believed: the wish stays
with the team, who still call, and the numbers stay in view. Words that say the alarm
misread them ("i meant my hips") are still put right."""
import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import after_risk, false_alarm as put_right
from bot import crisis_care, handoff_words, store
from bot.data import handoffs
from bot.safety import false_alarm
from fake_tracker import said

BEFORE = [{"event": "user", "text": "some nights i think whats the point of carrying on"},
          {"event": "action", "name": "action_crisis_support"},
          {"event": "action", "name": "action_listen"}]


def tracker(text, sender):
    message = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.5},
               "entities": [], "safety_net": {}}
    return Tracker(sender, {}, message, BEFORE + [{"event": "user", "text": text}], False,
                   None, {}, "action_listen")


def wish_told(sender, signal="pattern"):
    store.save_record(sender, "safety", {
        "words": "whats the point of carrying on without her", "kind": "crisis",
        "tier": "clear", "category": "suicide_passive", "signal": signal})
    return handoffs.create_handoff(sender, "crisis", summary="whats the point", priority=1)


DENIES_ACTING = [
    "oh dear ive worried you now. i said i wouldnt do anything and i meant it. i havent hurt "
    "myself. i just miss her thats all",
    "no i wouldnt do anything daft, david would never forgive me",
    "i said i wouldnt do anything and i meant it",
    "No",
]


@pytest.mark.parametrize("text", DENIES_ACTING)
def test_a_wish_in_their_own_words_then_not_acting_on_it_is_believed(db, text):
    wish_told("ken")
    d = CollectingDispatcher()
    events = after_risk.answer_after_risk(d, tracker(text, "ken"))
    assert events is not None
    words = said(d)
    assert crisis_care.WISH_BELIEVED in words and crisis_care.DOOR_OPEN in words
    assert "116 123" in words
    assert false_alarm.SORRY_SHOWN not in words and false_alarm.SORRY_ASKED not in words
    record = crisis_care.safety_records(store.records_for("ken"))[0]
    assert "not_a_concern" not in record
    row = handoffs.latest_for("ken")
    assert row["reason"] == "crisis" and row["priority"] == 1
    assert handoff_words.WISH_STANDS_NOTE.split(":")[0] in row["summary"]


@pytest.mark.parametrize("text", ["good god no. i meant my hips",
                                  "no no, its just an expression lol",
                                  "you got the wrong end of the stick, i meant the forms"])
def test_saying_the_words_were_misread_is_still_put_right(db, text):
    wish_told("kay")
    assert not put_right.wish_stands("kay", text)


def test_a_wish_guessed_by_the_classifier_alone_is_put_right_as_before(db):
    wish_told("model", signal="model")
    assert not put_right.wish_stands("model", "i said i wouldnt do anything and i meant it")
