"""The contract of a channel relay: what Telegram uses, and what WhatsApp or SMS would use.

A relay runs in its own process and talks only to the gateway's public API, never to Rasa:
the gateway is where message limits, conversation keys, take-over by an adviser, typed
commands ("delete my conversation") and the turn timeout live. Do not follow Rasa's docs and
add a Rasa input channel for a new service: it would bypass all of that.

A new channel is one module that uses the three pieces here (see ARCHITECTURE.md, "Add a
channel"):

- ``GatewayClient``: send a message, fetch an adviser's replies, download, delete.
- ``ButtonMap``: buttons as short keys when the service limits what a button may carry.
- ``AdviserPoller``: passes on what advisers type in the console to chats they took over.

and names its conversations with a prefix + a keyed hash of the service's own id
(``conversation_id``), so ids are not guessable. The gateway must know the prefix
and the channel name: the relay module's own ``RELAY = Relay(...)`` line, read by ``bot.channels``.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import time
from typing import Any, Awaitable, Callable, Dict, Hashable, List, Optional, Tuple

import aiohttp

from bot import easy_read_request, texts
from bot.http_client import HttpClient
from bot.security import secrets_file

GATEWAY_DOWN = "Sorry, I cannot reach the care and support helper just now. Please try again soon."
DELETED = "Everything you said to me here has been deleted. Send /start to begin again."
NO_DATA = "There is nothing saved about you here yet."
NO_SUMMARY = texts.NO_SUMMARY_YET
BUTTON_GONE = "That button is from an older message. Please type your answer instead."
ONLY_TEXT = "Sorry, I can only read typed messages. Please type what you want to say."
# Errors reaching the gateway: the person is told GATEWAY_DOWN, the relay carries on.
GATEWAY_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, ValueError)
POLL_SECONDS = 5.0
ACTIVE_FOR_SECONDS = 6 * 3600


def conversation_id(prefix: str, own_id: Any, key: str) -> str:
    """The conversation id for a chat on a service: a hash of the service's own id keyed with
    a secret of the installation, so it cannot be guessed from the (easily learnt) chat id."""
    digest = hmac.new(key.encode(), str(own_id).encode(), hashlib.sha256).hexdigest()
    return f"{prefix}{digest[:32]}"


def start_message(code: str) -> str:
    """What a "start" command sends: carry on with a code, or a greeting."""
    code = code.strip()
    return f"carry on {code[:20]}" if code else "/greet"


def remember_easy_read(replies: List[Dict[str, Any]], chat_data: Optional[dict]) -> None:
    """A reply that switches easy read (asked for in words) holds for the chat from now."""
    switched = easy_read_request.switched(replies)
    if switched is not None and chat_data is not None:
        chat_data["easy_read"] = switched


def shown_text(reply: Dict[str, Any]) -> str:
    """A reply's words as the person sees them; an adviser's are signed."""
    text = reply.get("text") or ""
    if reply.get("from") == "adviser":
        text = f"{reply.get('author') or 'Care team'}: {text}"  # a display name
    return text


class GatewayClient(HttpClient):
    """The assistant's public API, as the web chat uses it, for one channel's relay."""

    def __init__(self, base_url: str, channel: str, timeout: float = 30.0,
                 relay_key: Optional[str] = None) -> None:
        super().__init__(base_url, timeout,
                         headers={"X-Relay-Key": relay_key or secrets_file.relay_secret()})
        self.channel = channel

    async def send(self, sender: str, message: str,
                   easy_read: bool = False) -> List[Dict[str, Any]]:
        """One message; ``easy_read`` when the person asked for easier words in this chat."""
        session = await self.session()
        body = {"sender": sender, "message": message, "channel": self.channel}
        if easy_read:
            body["easy_read"] = True
        async with session.post(f"{self.base_url}/api/messages", json=body) as resp:
            data = await resp.json(content_type=None)
            if resp.status >= 400:
                # The gateway's own kind words (too long, too fast...) are shown as they are.
                return [{"text": (data or {}).get("error") or GATEWAY_DOWN}]
            return data or []

    async def updates(self, sender: str) -> List[Dict[str, Any]]:
        session = await self.session()
        async with session.get(f"{self.base_url}/api/conversations/{sender}/updates") as resp:
            return await resp.json() if resp.status == 200 else []

    async def download(self, sender: str, what: str) -> Optional[bytes]:
        """"data" (everything kept, JSON) or "summary" (the latest summary page), or None."""
        session = await self.session()
        async with session.get(f"{self.base_url}/api/conversations/{sender}/{what}") as resp:
            return await resp.read() if resp.status == 200 else None

    async def delete(self, sender: str) -> bool:
        session = await self.session()
        async with session.delete(f"{self.base_url}/api/conversations/{sender}") as resp:
            return resp.status in (200, 204)


class ButtonMap:
    """Buttons as short random keys, payloads kept here per chat: for services that limit
    what a button carries (Telegram: 64 bytes) or have no buttons (SMS: numbered options)."""

    def __init__(self, max_buttons: int = 12, max_title: int = 60) -> None:
        self.max_buttons = max_buttons
        self.max_title = max_title

    def keys(self, buttons: List[Dict[str, str]], chat_data: dict) -> List[Tuple[str, str]]:
        """(key, title) for each button shown; the chat's older keys stop working."""
        stored: Dict[str, str] = {}
        shown = []
        for button in buttons[:self.max_buttons]:
            key = secrets.token_hex(4)
            stored[key] = button.get("payload") or button.get("title", "")
            shown.append((key, button.get("title", "")[:self.max_title]))
        chat_data["buttons"] = stored
        return shown

    @staticmethod
    def payload(chat_data: dict, key: str) -> Optional[str]:
        """The message a pressed key stands for, or None for a key from an older message."""
        return (chat_data.get("buttons") or {}).get(key or "")


Deliver = Callable[[Hashable, List[Dict[str, Any]]], Awaitable[None]]


class AdviserPoller:
    """Fetches what advisers send from the console to chats that wrote lately, and hands it
    to ``deliver(chat, replies)``."""

    def __init__(self, gateway: GatewayClient, sender_for: Callable[[Hashable], str],
                 poll_seconds: float = POLL_SECONDS,
                 active_for: float = ACTIVE_FOR_SECONDS) -> None:
        self.gateway = gateway
        self.sender_for = sender_for
        self.poll_seconds = poll_seconds
        self.active_for = active_for
        self.active: Dict[Hashable, float] = {}   # chat -> last time the person wrote
        self._task: Optional[asyncio.Task] = None

    def wrote(self, chat: Hashable) -> None:
        self.active[chat] = time.monotonic()

    def forget(self, chat: Hashable) -> None:
        self.active.pop(chat, None)

    async def poll_once(self, deliver: Deliver) -> None:
        now = time.monotonic()
        for chat, seen in list(self.active.items()):
            if now - seen > self.active_for:
                self.forget(chat)
                continue
            try:
                messages = await self.gateway.updates(self.sender_for(chat))
            except GATEWAY_ERRORS:
                continue
            if messages:
                await deliver(chat, messages)

    async def run(self, deliver: Deliver) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            await self.poll_once(deliver)

    def start(self, deliver: Deliver) -> None:
        self._task = asyncio.create_task(self.run(deliver))

    def stop(self) -> None:
        if self._task:
            self._task.cancel()


def all_texts() -> Dict[str, str]:
    """What every relay may say itself, for the plain-language gate."""
    return {f"relay.{name}": value for name, value in globals().items()
            if name.isupper() and isinstance(value, str) and " " in value}
