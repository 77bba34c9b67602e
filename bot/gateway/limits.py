"""Kind limits on what one conversation, and one client address, can send: message size,
messages a minute, and new conversations a minute. Memory stays bounded: the limiter keeps
at most ``max_keys`` windows and forgets the least recently seen first."""
from __future__ import annotations

import time
from collections import OrderedDict, deque
from typing import Deque, Dict

from bot import settings
from bot.data.schema import valid_sender  # noqa: F401  (the conversation id's shape)

MAX_MESSAGE_CHARS = 2000
MAX_PER_MINUTE = 30            # one conversation
CLIENT_PER_MINUTE = 90         # one client address, all its conversations
NEW_PER_MINUTE = 10            # new conversations from one client address
MAX_KEYS = 50_000

TOO_LONG = ("That message is too long for me. Please send it in smaller parts, "
            "or call us.")
TOO_FAST = "You are sending messages very fast. Please wait a moment, then try again."
BAD_SENDER = "Sorry, something went wrong with this chat. Please reload the page."


class RateLimiter:
    """A sliding one-minute window per key (a conversation or a client address)."""

    def __init__(self, per_minute: int = MAX_PER_MINUTE, max_keys: int = MAX_KEYS) -> None:
        self.per_minute = per_minute
        self.max_keys = max_keys
        self._seen: "OrderedDict[str, Deque[float]]" = OrderedDict()

    def allow(self, key: str, now: float = None) -> bool:
        now = time.monotonic() if now is None else now
        window = self._seen.pop(key, None) or deque()
        while window and now - window[0] > 60:
            window.popleft()
        allowed = len(window) < self.per_minute
        if allowed:
            window.append(now)
        self._seen[key] = window          # most recently seen last
        while len(self._seen) > self.max_keys:
            self._seen.popitem(last=False)
        return allowed

    def __len__(self) -> int:
        return len(self._seen)


def limiters() -> dict:
    """The gateway's limiters; each limit can be changed by its environment variable."""
    return {
        "conversation": RateLimiter(settings.env_int("CARE_RATE_PER_CONVERSATION", MAX_PER_MINUTE)),
        "client": RateLimiter(settings.env_int("CARE_RATE_PER_CLIENT", CLIENT_PER_MINUTE)),
        "new": RateLimiter(settings.env_int("CARE_NEW_CONVERSATIONS_PER_CLIENT", NEW_PER_MINUTE)),
    }


def all_texts() -> Dict[str, str]:
    """What the person is told when a limit is reached, for the plain-language gate."""
    return {"limits.too_long": TOO_LONG, "limits.too_fast": TOO_FAST,
            "limits.bad_sender": BAD_SENDER}
