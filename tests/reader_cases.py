"""Tables for the tests of the reply readers (bot/answers and friends): what each reply
means, and the replies a reader must leave alone (read as None, so the bot asks again)."""
from typing import Any, Callable, Iterable, List, Tuple

import pytest


def meant(examples: Iterable[Tuple[str, Any]], unclear: Iterable[str] = ()) -> List[Tuple[str, Any]]:
    """(reply, expected) pairs: the examples, then each unclear reply expected to give None."""
    return list(examples) + [(text, None) for text in unclear]


def told_apart(reader: Callable[[str], Any], said: Iterable[str], not_said: Iterable[str]) -> List[Any]:
    """(reader, message, expected) rows for a reader that answers yes or no: each message it
    must see (True), then each look-alike it must leave alone (False)."""
    return [pytest.param(reader, text, expected, id=f"{reader.__name__}:{text}")
            for texts, expected in ((said, True), (not_said, False)) for text in texts]
