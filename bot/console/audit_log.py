"""The console's audit log: who on the staff did what, to which conversation, and when.
The table is in bot/data/schema.py (on erasure it keeps who did what, not whom)."""
from __future__ import annotations

from datetime import timedelta
from typing import Any, Dict, List, Optional

import sqlalchemy as sa

from bot.data.db import engine, now
from bot.data.schema import audit_log


def audit(staff: str, role: str, action: str, sender_id: Optional[str] = None,
          detail: str = "") -> None:
    with engine().begin() as conn:
        conn.execute(audit_log.insert().values(at=now(), staff=staff, role=role,
                                               action=action, sender_id=sender_id,
                                               detail=detail[:500]))


def audit_entries(limit: int = 200) -> List[Dict[str, Any]]:
    with engine().connect() as conn:
        rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.id.desc())
                            .limit(limit)).mappings().all()
    return [dict(r) for r in rows]


def has_reason(staff: str, sender_id: str, within_seconds: int) -> bool:
    """True when ``staff`` recorded a reason to open this conversation recently."""
    since = now() - timedelta(seconds=within_seconds)
    with engine().connect() as conn:
        return conn.execute(sa.select(audit_log.c.id).where(
            audit_log.c.staff == staff, audit_log.c.sender_id == sender_id,
            audit_log.c.action == "open_with_reason", audit_log.c.at >= since)).first() is not None
