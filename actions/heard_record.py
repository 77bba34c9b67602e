"""What was heard while listening, kept in the person's record ("heard"), so the bot can say
it back every few turns and staff see it in the console beside the conversation.

One record per message that gave something: the short pieces in their words, the names of
people they mentioned, and whether this turn said the summary. Nothing else of the message.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List

from bot import store

KIND = "heard"


@dataclass
class HeardSoFar:
    names: Dict[str, str] = field(default_factory=dict)   # "her" -> "Jean"
    since_summary: List[str] = field(default_factory=list)
    messages: int = 0      # messages that gave something, since the last summary
    told_before: bool = False   # anything heard in this conversation


def heard_so_far(sender: str) -> HeardSoFar:
    """The names told so far, and the pieces heard since the last summary was said."""
    heard = HeardSoFar()
    for row in store.records_for(sender):
        if row.get("kind") != KIND:
            continue
        data = row.get("data") or {}
        heard.told_before = True
        heard.names.update(data.get("names") or {})
        if data.get("summary"):
            heard.since_summary, heard.messages = [], 0
        elif data.get("pieces"):
            heard.since_summary += list(data["pieces"])
            heard.messages += 1
    return heard


def keep_heard(sender: str, pieces: List[str], names: Dict[str, str], summary: str = "") -> None:
    """Adds this turn's pieces (and the summary said, if one was) to the record."""
    if pieces or names or summary:
        store.save_record(sender, KIND, {"pieces": pieces, "names": names,
                                         "summary": summary})
