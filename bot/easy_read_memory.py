"""Easy read remembered for a conversation in the Rasa server, not only by the client.

The web chat's button sends ``easy_read`` with every message, and the Telegram relay
remembers a switch asked for in words. A client that keeps nothing (a council's own
front end on the REST API, a test script) got easy read for one reply only: the next cards
came back long, and the bot offered easy read again while it was on (round fourteen,
"Would easier words help?" six turns after "to much words lol" switched it on). The
offer's own check reads the bot's earlier lines, which the tracker window cuts.

So the REST channel (bot/rest_channel.py) remembers, for each sender, the last switch (a
reply switching it on or off, or the client saying ``easy_read`` true or false) and adds
``easy_read: true`` to later messages' metadata while it is on. A client that says false
(the web chat's button off) wins. Kept in memory, for the most recent conversations only:
after a restart the client's own flag still works as before.
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
    """The message's metadata, with easy read on when it was switched on for this sender
    and the client said nothing; what the client said is remembered."""
    said = (metadata or {}).get("easy_read")
    if said is True or said is False:
        remember(sender, said)
        return metadata
    if is_on(sender):
        return {**(metadata or {}), "easy_read": True}
    return metadata
