"""Turns one message into an Assessment: tier, kind, category, route, evidence, score.

Signals, strongest first:
1. reviewed phrases (phrases.py) and concept patterns (concepts.py) that name a category;
   context rules (context.py) set aside a hit that is negated, over, hypothetical, on the
   television, a chosen arrangement or a figure of speech;
2. the risk classifier (classifier.py), which reads the whole message.
A pattern hit that survives context, with the classifier not firmly against it, is clear.
The classifier alone (no pattern) speaks only when the message holds a word from the
lexicon's risk_words net or a word that pulls hard toward danger; then it gives clear when
very sure, a check-in when it leans to danger, and a route when it names one. Crisis wins over safeguarding: a person in danger now needs 999.
"""
from __future__ import annotations

from bot.safety import decide
from bot.safety.assessment import NOTHING, Assessment
from bot.safety.normalise import normalise

__all__ = ["Assessment", "assess"]


def assess(text: str) -> Assessment:
    """The safety net's judgement of one message (see bot/safety/__init__.py)."""
    if not text or not isinstance(text, str) or text.lstrip().startswith("/"):
        return NOTHING
    return decide.decide(text, normalise(text))
