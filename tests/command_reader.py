"""What the NLU command reader (bot/nlu/commands.py) makes of a message the model guessed:
one way for the unit tests to ask, instead of building a Rasa Message in every file."""
from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from bot.nlu.commands import CommandClassifier


def intent_after(text: str, guess: str, confidence: float = 0.9) -> str:
    """The intent after the command reader has read ``text`` that the model took for
    ``guess`` with ``confidence``."""
    message = Message(data={"text": text, "intent": {"name": guess, "confidence": confidence}})
    CommandClassifier().read(message)
    return message.get("intent")["name"]
