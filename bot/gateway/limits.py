"""Kind limits on what one conversation can send: message size and messages per minute."""
from __future__ import annotations

import re
import time
from collections import defaultdict, deque
from typing import Deque, Dict

MAX_MESSAGE_CHARS = 2000
MAX_PER_MINUTE = 30
SENDER_ID = re.compile(r"^[A-Za-z0-9_.:-]{6,80}$")

TOO_LONG = ("That message is too long for me. Please send it in smaller parts, "
            "or call us.")
TOO_FAST = "You are sending messages very fast. Please wait a moment, then try again."
BAD_SENDER = "Sorry, something went wrong with this chat. Please reload the page."


class RateLimiter:
    """A sliding one-minute window per conversation, kept in memory."""

    def __init__(self, per_minute: int = MAX_PER_MINUTE) -> None:
        self.per_minute = per_minute
        self._seen: Dict[str, Deque[float]] = defaultdict(deque)

    def allow(self, sender: str, now: float = None) -> bool:
        now = time.monotonic() if now is None else now
        window = self._seen[sender]
        while window and now - window[0] > 60:
            window.popleft()
        if len(window) >= self.per_minute:
            return False
        window.append(now)
        return True


def valid_sender(sender: object) -> bool:
    return isinstance(sender, str) and bool(SENDER_ID.match(sender))
