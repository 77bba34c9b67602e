"""Tables of messages with what the safety net must make of each, read by one test per file:

    test_what_the_net_makes_of_each_message = judged_test(
        # tablets kept back are a preparation
        ("clear", "crisis", ["ive been saving my tablets up", ...]),
        ...
    )

Each group is ``judge``'s expectations (tier, then kind and category when they matter; see
conftest.py) and its messages last. A message may be a ``pytest.param`` (its marks are kept).
"""
from typing import Callable, List

import pytest

def cases(*groups: tuple) -> List:
    rows = []
    for *expected, texts in groups:
        for text in texts:
            if isinstance(text, str):
                rows.append(pytest.param(text, tuple(expected), id=text))
            else:
                rows.append(pytest.param(text.values[0], tuple(expected), marks=text.marks,
                                         id=text.id or text.values[0]))
    return rows


def judged_test(*groups: tuple) -> Callable[..., None]:
    """One test over the table: ``judge(text, *expected)`` for every message (see ``cases``)."""
    @pytest.mark.parametrize("text, expected", cases(*groups))
    def test_what_the_net_makes_of_each_message(judged, text, expected):
        judged(text, *expected)
    return test_what_the_net_makes_of_each_message
