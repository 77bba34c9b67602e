"""Saying something is right or fine as it stands ("nothing, its right now" at a read-back)
is not danger "now"; danger said beside it still is."""
import pytest
from judged_cases import judged_test


# What the safety net must make of each message (judged_cases.py).
test_what_the_net_makes_of_each_message = judged_test(
    # it is right as it is
    ("none", [
        "nothing, its right now",
        "no its all right now",
        "thats fine as it is thanks",
        "no leave it, everything is correct now",
    ]),
    # danger beside it still counts
    ("danger", [
        "its all right now, ive taken all my tablets",
        "he is hitting me right now",
        "its fine now but im going to end my life tonight",
    ]),
)


