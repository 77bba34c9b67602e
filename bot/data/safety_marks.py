"""Safety hand-offs that staff marked "not a concern", with the reason they gave.

A mark is kept beside the hand-off, never instead of it: the request keeps its reason,
priority and status, and nothing here changes the safety net or its corpus. A manager
downloads the marks (bot/console/not_a_concern.py) for the next review of the corpus, where
people decide what, if anything, should change.

What the net found (kind, category, tier and the person's words) is copied from the
conversation's latest "safety" record (actions/safety.py writes it), so the mark still says
what was marked if more is said later. The table is personal (it has ``sender_id``): erasure,
"download my data" and retention reach it.
"""
from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Set

import sqlalchemy as sa

from bot.data.db import engine, now
from bot.data.schema import handoffs, records, safety_marks

# Why staff say it is not a concern: the key kept on the row, and the words staff see.
REASONS = {
    "everyday": "Everyday talk",
    "known_safe": "Already known and safe",
    "figure_of_speech": "A joke or figure of speech",
    "other": "Other",
}
SAFETY_REASONS = ("crisis", "safeguarding")
MIN_NOTE = 5
MAX_NOTE = 500


class MarkError(ValueError):
    """A mark that cannot be made; ``code`` says why (for the page's words)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def latest_finding(sender_id: str) -> Optional[Dict[str, Any]]:
    """What the safety net found last in this conversation (its "safety" record), or None."""
    with engine().connect() as conn:
        row = conn.execute(sa.select(records.c.data).where(
            records.c.sender_id == sender_id, records.c.kind == "safety")
            .order_by(records.c.id.desc())).first()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def is_safety_handoff(handoff: Optional[Dict[str, Any]],
                      finding: Optional[Dict[str, Any]]) -> bool:
    """A crisis or safeguarding request, or any request in a conversation the net flagged."""
    return bool(handoff) and (handoff["reason"] in SAFETY_REASONS or finding is not None)


def mark(handoff: Dict[str, Any], by: str, reason: str, note: str,
         finding: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """Marks one hand-off "not a concern". Raises MarkError: ``reason`` (no valid choice),
    ``note`` (too short), ``not_safety`` (not a safety hand-off), ``already`` (marked)."""
    note = " ".join(str(note or "").split())[:MAX_NOTE]
    if mark_for(handoff["reference"]):
        raise MarkError("already")       # said first: no point asking for a better reason
    if reason not in REASONS:
        raise MarkError("reason")
    if len(note) < MIN_NOTE:
        raise MarkError("note")
    finding = finding if finding is not None else latest_finding(handoff["sender_id"])
    if not is_safety_handoff(handoff, finding):
        raise MarkError("not_safety")
    found = finding or {}
    words = found.get("words") or (handoff.get("summary") or "").split("\n", 1)[0]
    row = {"sender_id": handoff["sender_id"], "reference": handoff["reference"],
           "marked_by": by, "created_at": now(), "reason": reason, "note": note,
           "kind": found.get("kind") or handoff["reason"],
           "category": found.get("category"), "tier": found.get("tier"),
           "words": str(words)[:2000]}
    with engine().begin() as conn:
        if conn.execute(sa.select(safety_marks.c.id).where(
                safety_marks.c.reference == handoff["reference"])).first():
            raise MarkError("already")
        conn.execute(safety_marks.insert().values(**row))
        # Only the time changes on the request, so open pages refresh; never its priority.
        conn.execute(handoffs.update().where(handoffs.c.reference == handoff["reference"])
                     .values(updated_at=now()))
    return row


def mark_for(reference: str) -> Optional[Dict[str, Any]]:
    with engine().connect() as conn:
        row = conn.execute(sa.select(safety_marks).where(
            safety_marks.c.reference == reference)).mappings().first()
    return dict(row) if row else None


def marked_references(references: Iterable[str]) -> Set[str]:
    """Which of these hand-offs (by reference) carry a mark: for the queue's badges."""
    wanted = [r for r in references if r]
    if not wanted:
        return set()
    with engine().connect() as conn:
        return {r[0] for r in conn.execute(sa.select(safety_marks.c.reference).where(
            safety_marks.c.reference.in_(wanted)))}


def all_marks() -> List[Dict[str, Any]]:
    """Every mark, oldest first (for the manager's download)."""
    with engine().connect() as conn:
        rows = conn.execute(sa.select(safety_marks).order_by(safety_marks.c.id)).mappings().all()
    return [dict(r) for r in rows]
