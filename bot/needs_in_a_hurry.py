"""A basic need asked for on the way out ("I'd better go, he'll be back soon. Is there anywhere I
can get a bit of food this week?"): the words to search the directory for, so the quick exit
can carry one line for it (actions/safety.py). Short everyday words, as a table; the
directory's own reader (bot/directory/needs.py) needs a request and more words than a person
leaving in a hurry types."""
from __future__ import annotations

import re
from typing import Optional

# (what they say, what to search the directory for)
NEEDS = (
    (re.compile(r"\b(food ?banks?|food parcels?|(bit of|some|any|get|for|no|enough) food|"
                r"(something|nothing|anything) to eat|hungry|starving|feed (me|us|the kids))\b"), "food bank"),
)


def need_asked(text: object) -> Optional[str]:
    """The directory search words for a basic need in the message, or None."""
    words = " ".join(str(text or "").lower().replace("\u2019", "'").split())
    for said, search in NEEDS:
        if said.search(words):
            return search
    return None
