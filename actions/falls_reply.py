"""A fall or near-fall told outside the questions: said back, help to stay safe at home
offered, and kept on the record for the team (bot/answers/falls.py has the words)."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import Events
from bot import store
from bot.answers import falls


def say_fall(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> Events:
    """The fall said back, the ways to stay safe at home offered, and a note for the team."""
    for line in falls.FALL_LINES[:-1]:
        dispatcher.utter_message(text=line)
    dispatcher.utter_message(text=falls.FALL_LINES[-1], buttons=falls.fall_buttons())
    store.save_record(tracker.sender_id, "noted", {"words": falls.note_for_team(text)})
    return []
