"""Turns a Rasa tracker into the lines a person reads on the console."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List


def lines(tracker: Dict[str, Any]) -> List[Dict[str, str]]:
    """Who said what, in order: the person, the bot or an adviser, plus pauses and resumes."""
    out: List[Dict[str, str]] = []
    for event in tracker.get("events") or []:
        kind = event.get("event")
        when = datetime.fromtimestamp(event.get("timestamp") or 0, tz=timezone.utc)
        stamp = when.strftime("%d %b %H:%M")
        if kind == "user" and (event.get("text") or "").strip():
            out.append({"who": "Person", "text": event["text"], "at": stamp})
        elif kind == "bot" and (event.get("text") or "").strip():
            author = (event.get("metadata") or {}).get("adviser")
            out.append({"who": f"Adviser {author}" if author else "Bot",
                        "text": event["text"], "at": stamp})
        elif kind == "pause":
            out.append({"who": "Note", "text": "An adviser took over.", "at": stamp})
        elif kind == "resume":
            out.append({"who": "Note", "text": "Handed back to the bot.", "at": stamp})
    return out


def channel(tracker: Dict[str, Any]) -> str:
    for event in reversed(tracker.get("events") or []):
        if event.get("event") == "user":
            meta = event.get("metadata") or {}
            return meta.get("channel") or event.get("input_channel") or "web"
    return "web"
