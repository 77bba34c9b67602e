"""Turns a Rasa tracker into the lines a person reads on the console."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Dict, List


def _buttons(event: Dict[str, Any]) -> Dict[str, str]:
    data = event.get("data") or {}
    return {str(b.get("payload")): str(b.get("title"))
            for b in data.get("buttons") or [] if b.get("payload") and b.get("title")}


def lines(tracker: Dict[str, Any]) -> List[Dict[str, str]]:
    """Who said what, in order: the person, the bot or an adviser, plus pauses and resumes.

    Internal messages ("/greet", any text starting with "/") are what buttons and the page
    send: staff see the button's label ("Pressed: Yes, contact me"), or nothing when no
    button the person was shown had that payload.
    """
    out: List[Dict[str, str]] = []
    labels: Dict[str, str] = {}
    for event in tracker.get("events") or []:
        kind = event.get("event")
        when = datetime.fromtimestamp(event.get("timestamp") or 0, tz=timezone.utc)
        stamp = when.strftime("%d %b %H:%M")
        text = (event.get("text") or "").strip()
        if kind == "user" and text:
            if text.startswith("/"):
                if text in labels:
                    out.append({"who": "Person", "text": f"Pressed: {labels[text]}",
                                "at": stamp, "pressed": labels[text]})
                continue
            out.append({"who": "Person", "text": text, "at": stamp})
        elif kind == "bot":
            labels.update(_buttons(event))
            if not text:
                continue
            meta = event.get("metadata") or {}
            author = meta.get("adviser")
            line = {"who": f"Adviser {author}" if author else "Bot", "text": text, "at": stamp}
            if meta.get("shown_as"):
                line["shown_as"] = meta["shown_as"]
            out.append(line)
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
