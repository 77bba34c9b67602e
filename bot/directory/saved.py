"""'Save these to my summary': the places a person chose to keep, added to their summary.

With an assessment summary already made, the places join its "Local help you might like"
list; without one, they get a short page of their own. Either way "download my summary"
gives them.
"""
from __future__ import annotations

import html
from datetime import datetime, timezone
from typing import Any, Dict, List

SAVED = "I have saved these to your summary. You can download it at any time."
NOTHING = "There is nothing to save yet. What kind of help are you looking for?"
SAVE_BUTTON = {"title": "Save these to my summary", "payload": "/save_services"}
ASSESSMENT_KINDS = ("self_assessment", "carer_assessment")


def merge(existing: List[Dict[str, Any]], new: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Keeps the order people saw them in, each place once."""
    seen = {s.get("id") or s.get("name") for s in existing}
    merged = list(existing)
    for service in new:
        key = service.get("id") or service.get("name")
        if key not in seen:
            merged.append(service)
            seen.add(key)
    return merged


def render_html(services: List[Dict[str, Any]], council_name: str) -> str:
    esc = html.escape
    items = "".join(f"<li><strong>{esc(s.get('name', ''))}</strong>: "
                    f"{esc(s.get('contact', ''))}</li>" for s in services)
    day = datetime.now(tz=timezone.utc).strftime("%d %B %Y")
    return ("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>Places that could help</title><style>body{font-family:Arial,sans-serif;"
            "font-size:1.1rem;line-height:1.5;max-width:40rem;margin:1rem auto;padding:0 1rem}"
            "</style></head><body><h1>Places that could help</h1>"
            f"<p>Saved with {esc(council_name)}'s care and support helper on {day}.</p>"
            f"<ul>{items}</ul></body></html>")


def all_texts() -> Dict[str, str]:
    return {"directory.saved/SAVED": SAVED, "directory.saved/NOTHING": NOTHING,
            "directory.saved/button": SAVE_BUTTON["title"]}
