""""Delete my conversation": erases one person's data from every store the project uses.

Rasa's SQL tracker store only ever appends, so its rows are deleted directly, using the
same database URL the Rasa server uses.
"""
from __future__ import annotations

import json
import time

import sqlalchemy as sa

from bot import settings, store
from bot.data.db import wipe_free_space
from bot.security import conversation_keys


def tracker_database_url() -> str:
    return settings.tracker_database_url()


def _tracker_engine() -> sa.engine.Engine:
    eng = sa.create_engine(tracker_database_url(), future=True)
    if eng.dialect.name == "sqlite":
        # Overwrite deleted events on disk, so erased words cannot be read from the file.
        sa.event.listen(eng, "connect",
                        lambda conn, _: conn.execute("PRAGMA secure_delete = ON"))
    return eng


def _delete_events(where: str, values: dict) -> int:
    """Deletes the tracker events ``where`` says; 0 when Rasa has not made its table yet."""
    eng = _tracker_engine()
    try:
        with eng.begin() as conn:
            if not sa.inspect(conn).has_table("events"):
                return 0
            n = conn.execute(sa.text(f"DELETE FROM events WHERE {where}"), values).rowcount
        if n:
            wipe_free_space(eng)
        return n
    finally:
        eng.dispose()


def erase_tracker(sender: str) -> int:
    return _delete_events("sender_id = :s", {"s": sender})


def erase_conversation(sender: str) -> int:
    """Removes the conversation and every record tied to it; returns rows removed."""
    return erase_tracker(sender) + store.erase_sender(sender)


def erase_late_writes(sender: str, deleted_at: float, records: bool = True) -> int:
    """After a delete: what a turn still running at the time wrote late (its events carry
    the time they were made, before the delete). With ``records``, the records go too
    unless a new conversation has started under the same id since (it holds a new key);
    a relay channel's id is the person's chat, so the relay passes ``records=False``."""
    n = _delete_events("sender_id = :s AND timestamp < :t", {"s": sender, "t": deleted_at})
    if records and not conversation_keys.is_held(sender):
        n += store.erase_sender(sender)
    return n


def purge_tracker_older_than(days: int) -> int:
    """Retention for conversations: removes tracker events older than ``days``."""
    return _delete_events("timestamp < :c", {"c": time.time() - days * 86400})


def purge(days: int) -> dict:
    """Everything past its retention period; anonymous survey answers are kept."""
    return {"tracker_events": purge_tracker_older_than(days),
            "records": store.purge_older_than(days)}


def export_conversation(sender: str) -> dict:
    """"Download my data": the conversation's events and every row kept about it, from every
    personal table (found from the schema, so a new table is never left out)."""
    eng = sa.create_engine(tracker_database_url(), future=True)
    try:
        with eng.connect() as conn:
            events = []
            if sa.inspect(conn).has_table("events"):
                rows = conn.execute(sa.text(
                    "SELECT data FROM events WHERE sender_id = :s ORDER BY id"), {"s": sender})
                events = [json.loads(r[0]) for r in rows]
    finally:
        eng.dispose()
    kept = store.export_rows(sender)
    return {"conversation_id": sender, "events": events,
            "records": kept.get("records", []),
            "kept": {name: rows for name, rows in kept.items() if name != "records"}}
