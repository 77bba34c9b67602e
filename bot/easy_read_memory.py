"""Easy read remembered for a conversation in the Rasa server, not only by the client.

The web chat's button sends ``easy_read`` with every message, and the Telegram relay
remembers a switch asked for in words. A client that keeps nothing (a council's own
front end on the REST API, a test script) got easy read for one reply only: the next cards
came back long, and the bot offered easy read again while it was on (round fourteen,
"Would easier words help?" six turns after "to much words lol" switched it on). The
offer's own check reads the bot's earlier lines, which the tracker window cuts.

So the REST channel (bot/rest_channel.py) remembers, for each sender, easy read asked for
in words (a reply that switches it on or off) and adds ``easy_read: true`` to later
messages' metadata while it is on. The client's own flag is not remembered: a client that
sends ``easy_read: true`` only while its button is on keeps that contract (tests/api/
test_easy_read_over_rest.py), and ``easy_read: false`` (the web chat's button off, passed on
by the gateway) turns the remembered switch off. Kept in memory, for the most recent
conversations only: after a restart the client's own flag still works as before.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any, Dict, Optional

MOST_CONVERSATIONS = 5000
_on: "OrderedDict[str, bool]" = OrderedDict()


def remember(sender: Optional[str], on: bool) -> None:
    if not sender:
        return
    _on[sender] = bool(on)
    _on.move_to_end(sender)
    while len(_on) > MOST_CONVERSATIONS:
        _on.popitem(last=False)


def is_on(sender: Optional[str]) -> bool:
    return bool(sender) and _on.get(sender or "", False)


def forget_all() -> None:
    _on.clear()


def with_remembered(sender: Optional[str],
                    metadata: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The message's metadata, with easy read on when it was switched on in words for this
    sender and the client said nothing; the client saying false turns it off."""
    said = (metadata or {}).get("easy_read")
    if said is False:
        remember(sender, False)
        return metadata
    if said is True:
        return metadata
    if is_on(sender):
        return {**(metadata or {}), "easy_read": True}
    return metadata
