"""Shared by the project's NLU components: raise one intent to the top, or set some aside."""
from __future__ import annotations

from typing import Iterable

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


def demote(message: Message, names: Iterable[str]) -> bool:
    """Takes ``names`` out of the ranking; the best remaining intent becomes the intent.

    Returns False (and changes nothing) when no other intent is ranked.
    """
    names = set(names)
    rest = [dict(r) for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") not in names]
    if not rest:
        return False
    message.set(INTENT, dict(rest[0]), add_to_output=True)
    message.set(INTENT_RANKING_KEY, rest, add_to_output=True)
    return True
