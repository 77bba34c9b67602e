"""Shared by the safety tests: one way to say what the safety net must make of a message."""
from typing import Any

import pytest

from bot.safety import Assessment, assess

ANY: Any = object()
# a name for the tiers that ``Assessment.is_danger`` counts (the dialogue acts on either)
NAMED = {"danger": ("clear", "check_in")}


def _allowed(expected: Any) -> tuple:
    if isinstance(expected, str) and expected in NAMED:
        return NAMED[expected]
    return (expected,) if expected is None or isinstance(expected, str) else tuple(expected)


def judge(text: str, tier: Any, kind: Any = ANY, category: Any = ANY) -> Assessment:
    """``assess(text)``, checked: its tier, kind and category (each one value, or a tuple of
    allowed ones; kind and category only when given). The tier ``"danger"`` means "clear or
    check_in" (``is_danger``); ``"none"`` means the net raises nothing. A failure shows the message and the
    whole assessment."""
    result = assess(text)
    for field, expected in (("tier", tier), ("kind", kind), ("category", category)):
        if expected is not ANY:
            assert getattr(result, field) in _allowed(expected), (field, text, result)
    return result


@pytest.fixture
def judged():
    """The ``judge`` above, for a test: ``judged(text, "clear", "crisis")``."""
    return judge
