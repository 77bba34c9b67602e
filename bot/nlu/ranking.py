"""Shared by the project's NLU components: raise one intent to the top, with full confidence."""
from __future__ import annotations

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message


def promote(message: Message, name: str) -> None:
    """Makes ``name`` the intent at 1.0; the others are halved so the fallback classifier
    never sees the raise as a tie."""
    top = {"name": name, "confidence": 1.0}
    rest = [{**r, "confidence": float(r.get("confidence") or 0.0) * 0.5}
            for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top] + rest, add_to_output=True)
