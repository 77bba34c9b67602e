"""Turns one message into an Assessment: tier, kind, category, route, evidence, score.

Signals, strongest first:
1. reviewed phrases (phrases.py) and concept patterns (concepts.py) that name a category;
   context rules (context.py) set aside a hit that is negated, over, hypothetical, on the
   television, a chosen arrangement or a figure of speech;
2. the risk classifier (classifier.py), which reads the whole message.
A pattern hit that survives context, with the classifier not firmly against it, is clear.
The classifier alone gives clear when very sure, a check-in when it leans to danger, and a
route when it names one. Crisis wins over safeguarding: a person in danger now needs 999.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Dict, Optional

from bot.safety import taxonomy
from bot.safety.normalise import normalise


@dataclass(frozen=True)
class Assessment:
    tier: str                   # "clear" | "check_in" | "none"
    kind: Optional[str]         # "crisis" | "safeguarding" | "route" | None
    category: Optional[str]     # taxonomy id or None
    route: Optional[str]        # carer_strain | grief | money_worry | complaint | None
    evidence: str               # short span that decided it, for staff
    score: float                # 0..1 how sure the net is of danger

    @property
    def is_danger(self) -> bool:
        return self.tier in ("clear", "check_in")

    def as_dict(self) -> Dict[str, Any]:
        return asdict(self)


NOTHING = Assessment("none", None, None, None, "", 0.0)


def _route(category: str, evidence: str, score: float) -> Assessment:
    return Assessment("none", "route", category, category, evidence, score)


def _danger(tier: str, category: str, evidence: str, score: float) -> Assessment:
    kind = taxonomy.category_info(category)["kind"]
    return Assessment(tier, kind, category, None, evidence[:120], round(float(score), 3))


def assess(text: str) -> Assessment:
    """The safety net's judgement of one message (see bot/safety/__init__.py)."""
    if not text or not isinstance(text, str) or text.lstrip().startswith("/"):
        return NOTHING
    # Lazy: decide imports this module (a cycle at import time).
    from bot.safety import decide
    return decide.decide(text, normalise(text))
