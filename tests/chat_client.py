"""A tiny client for the tests: send a message over the REST channel (or through the
gateway, as the web chat does), read the tracker, download and delete through the gateway.

Through the gateway, a Chat behaves like one person's device: it keeps the conversation key
the gateway issued on the first message and sends it on every later call, and it comes from
its own address (the test stack trusts its own proxy address, 127.0.0.1, so
``X-Forwarded-For`` names a made-up client per Chat).
"""
from __future__ import annotations

import random
from typing import Any, Dict, Iterable, List, Optional

import requests

KEY_HEADER = "X-Conversation-Key"


def new_client_address() -> str:
    return f"198.18.{random.randint(0, 255)}.{random.randint(1, 254)}"   # RFC 2544 test range


def rest_say(stack, sender: str, text: str) -> List[Dict[str, Any]]:
    """One message straight to Rasa's REST channel (no gateway), as the web channel sends it."""
    response = requests.post(f"{stack.rasa_url}/webhooks/rest/webhook",
                             json={"sender": sender, "message": text,
                                   "metadata": {"channel": "web"}}, timeout=60)
    response.raise_for_status()
    return response.json()


def texts_of(messages: List[Dict[str, Any]]) -> List[str]:
    return [m.get("text") or "" for m in messages]


def buttons_of(messages: List[Dict[str, Any]]) -> List[str]:
    """The payloads of every button in the messages, in order."""
    return [b["payload"] for m in messages for b in (m.get("buttons") or [])]


def titles_of(messages: List[Dict[str, Any]]) -> List[str]:
    """The titles of every button in the messages, in order."""
    return [b["title"] for m in messages for b in (m.get("buttons") or [])]


# What the safety net says when it is alarmed: the direct questions it may ask.
SAFETY_ASKED = ("Is someone in danger", "Is anyone hurting you", "Are you thinking about ending",
                "If anyone is in danger now")


def alarmed(messages: List[Dict[str, Any]]) -> bool:
    """The safety card, or the direct question, in what the bot said."""
    text = "\n".join(texts_of(messages))
    return any(m.get("custom", {}).get("type") == "safety" for m in messages) or any(
        words in text for words in SAFETY_ASKED)


# --- what the bot kept (the stack's data folder; imported late, once the stack has set it) ---

def handoff(sender: str) -> Optional[Dict[str, Any]]:
    """The conversation's newest hand-off (open or closed), or None."""
    from bot.data import handoffs

    return handoffs.latest_for(sender)


def records(sender: str, kind: str) -> List[Dict[str, Any]]:
    """The data of every record of this kind the conversation saved, oldest first."""
    from bot import store

    return [r["data"] for r in store.records_for(sender) if r.get("kind") == kind]


def contacts(sender: str) -> List[Dict[str, Any]]:
    """The contact details the conversation saved, oldest first."""
    return [data["contact"] for data in records(sender, "contact")]


class Chat:
    def __init__(self, stack, sender: str, gateway: bool = False) -> None:
        self.stack = stack
        self.sender = sender
        self.gateway = gateway
        self.key: Optional[str] = None
        self.address = new_client_address()

    # --- as a device talking to the gateway ----------------------------------------------

    def headers(self) -> Dict[str, str]:
        headers = {"X-Forwarded-For": self.address}
        if self.key:
            headers[KEY_HEADER] = self.key
        return headers

    def post(self, text: str) -> requests.Response:
        """One message through the gateway, as the web chat sends it."""
        response = requests.post(f"{self.stack.gateway_url}/api/messages",
                                 json={"sender": self.sender, "message": text},
                                 headers=self.headers(), timeout=90)
        self.key = response.headers.get(KEY_HEADER) or self.key
        return response

    def get(self, what: str, **params) -> requests.Response:
        """"data", "summary" or "updates" of this conversation, with its key."""
        return requests.get(f"{self.stack.gateway_url}/api/conversations/{self.sender}/{what}",
                            headers=self.headers(), params=params, timeout=30)

    def delete(self) -> requests.Response:
        return requests.delete(f"{self.stack.gateway_url}/api/conversations/{self.sender}",
                               headers=self.headers(), timeout=30)

    # --- the bot's behaviour ---------------------------------------------------------------

    def say(self, text: str) -> List[Dict[str, Any]]:
        if self.gateway:
            response = self.post(text)
        else:
            response = requests.post(f"{self.stack.rasa_url}/webhooks/rest/webhook",
                                     json={"sender": self.sender, "message": text}, timeout=60)
        response.raise_for_status()
        return response.json()

    def texts(self, text: str) -> str:
        return "\n".join(m.get("text", "") for m in self.say(text))

    def say_all(self, texts: Iterable[str]) -> "Chat":
        """Says each message in turn, the replies unread (getting a chat to a step)."""
        for text in texts:
            self.say(text)
        return self

    def tracker(self) -> Dict[str, Any]:
        response = requests.get(f"{self.stack.rasa_url}/conversations/{self.sender}/tracker",
                                params={"token": self.stack.token}, timeout=30)
        response.raise_for_status()
        return response.json()

    def actions_after_last_user_message(self) -> List[str]:
        events = self.tracker()["events"]
        last_user = max(i for i, e in enumerate(events) if e["event"] == "user")
        return [e["name"] for e in events[last_user:] if e["event"] == "action"]

    def slot(self, name: str):
        return self.tracker()["slots"].get(name)

    def active_loop(self):
        return (self.tracker().get("active_loop") or {}).get("name")
