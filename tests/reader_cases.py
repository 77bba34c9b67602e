"""Tables for the tests of the reply readers (bot/answers and friends): what each reply
means, and the replies a reader must leave alone (read as None, so the bot asks again)."""
from typing import Any, Iterable, List, Tuple


def meant(examples: Iterable[Tuple[str, Any]], unclear: Iterable[str] = ()) -> List[Tuple[str, Any]]:
    """(reply, expected) pairs: the examples, then each unclear reply expected to give None."""
    return list(examples) + [(text, None) for text in unclear]
