""""Download my data" as a page a person can read: what they said and what the helper said,
then every other thing kept about the conversation, each under a plain heading."""
from __future__ import annotations

import html
import json
from datetime import datetime, timezone
from typing import Any, Dict

HEADINGS = {
    "records": "Your forms and plans",
    "handoffs": "Times you asked for a person",
    "documents": "Your summaries",
    "resume_codes": "Codes to carry on later",
    "takeovers": "When someone from the care team joined",
    "outbox": "Messages from the care team",
    "audit_log": "What the care team did in this chat",
    "conversation_keys": "The key that keeps this chat private",
}


def _when(stamp: Any) -> str:
    try:
        return datetime.fromtimestamp(float(stamp), tz=timezone.utc).strftime("%d %b %Y %H:%M")
    except (TypeError, ValueError, OverflowError):
        return ""


def _value(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return "<pre>" + html.escape(json.dumps(value, indent=2, ensure_ascii=False)) + "</pre>"
    return html.escape("" if value is None else str(value))


def render(data: Dict[str, Any], council: str = "") -> str:
    said = []
    for event in data.get("events") or []:
        kind, text = event.get("event"), (event.get("text") or "").strip()
        if kind in ("user", "bot") and text:
            who = "You" if kind == "user" else \
                ("Care team" if (event.get("metadata") or {}).get("adviser") else "The helper")
            said.append(f"<li><strong>{who}</strong> <small>{_when(event.get('timestamp'))}"
                        f"</small><br>{html.escape(text)}</li>")
    sections = [f"<h2>What was said</h2><ol>{''.join(said)}</ol>" if said
                else "<h2>What was said</h2><p>Nothing yet.</p>"]
    kept = dict(data.get("kept") or {})
    if data.get("records"):
        kept = {"records": data["records"], **kept}
    for table, rows in kept.items():
        items = "".join(
            "<li><dl>" + "".join(f"<dt>{html.escape(k.replace('_', ' '))}</dt><dd>{_value(v)}</dd>"
                                 for k, v in row.items()) + "</dl></li>" for row in rows)
        sections.append(f"<h2>{html.escape(HEADINGS.get(table, table.replace('_', ' ')))}</h2>"
                        f"<ul>{items}</ul>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Your data</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Everything we keep about this chat</h1>
<p>{html.escape(council)} keeps this. You can delete it all from the chat at any time.</p>
{''.join(sections)}</main></body></html>"""
