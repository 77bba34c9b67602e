"""Talks to the Rasa server: the REST channel for messages, the HTTP API for trackers.
Runs in the gateway process."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from bot import settings
from bot.gateway.limits import valid_sender
from bot.http_client import HttpClient


def _checked(sender: str) -> str:
    """A sender id safe to put in a Rasa URL (no "/", "%" or ".." can reach other paths)."""
    if not valid_sender(sender) or ".." in sender:
        raise ValueError("not a conversation id")
    return sender


class RasaClient(HttpClient):
    def __init__(self, base_url: Optional[str] = None, token: Optional[str] = None,
                 timeout: float = 30.0) -> None:
        super().__init__(base_url or settings.rasa_url(), timeout)
        self.token = token if token is not None else settings.env("RASA_TOKEN")

    async def send(self, sender: str, message: str,
                   metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        session = await self.session()
        body = {"sender": sender, "message": message, "metadata": metadata or {}}
        async with session.post(f"{self.base_url}/webhooks/rest/webhook", json=body) as resp:
            resp.raise_for_status()
            return await resp.json()

    async def tracker(self, sender: str) -> Dict[str, Any]:
        session = await self.session()
        async with session.get(f"{self.base_url}/conversations/{_checked(sender)}/tracker",
                               params={"token": self.token}) as resp:
            resp.raise_for_status()
            return await resp.json()

    async def append_events(self, sender: str, events: List[Dict[str, Any]]) -> None:
        """Adds events to a conversation (pause, resume, slots, an adviser's words)."""
        session = await self.session()
        async with session.post(f"{self.base_url}/conversations/{_checked(sender)}/tracker/events",
                                params={"token": self.token, "include_events": "NONE"},
                                json=events) as resp:
            resp.raise_for_status()
