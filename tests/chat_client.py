"""A tiny client for the tests: send a message over the REST channel, read the tracker."""
from __future__ import annotations

from typing import Any, Dict, List

import requests


class Chat:
    def __init__(self, stack, sender: str) -> None:
        self.stack = stack
        self.sender = sender

    def say(self, text: str) -> List[Dict[str, Any]]:
        response = requests.post(f"{self.stack.rasa_url}/webhooks/rest/webhook",
                                 json={"sender": self.sender, "message": text}, timeout=60)
        response.raise_for_status()
        return response.json()

    def texts(self, text: str) -> str:
        return "\n".join(m.get("text", "") for m in self.say(text))

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
