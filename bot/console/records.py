"""Console tables: staff accounts, who has taken over which conversation, messages waiting
for the person's channel to collect, and the audit log. Same data layer as bot/store."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

import sqlalchemy as sa

from bot import store

staff_users = sa.Table(
    "staff_users", store.metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("password_hash", sa.String(255), nullable=False, info={"secret": True}),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

takeovers = sa.Table(
    "takeovers", store.metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("adviser", sa.String(64), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("note", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# Signed-in staff: the cookie holds a random token; only its hash is kept here, and signing
# out deletes the row, so a copied cookie stops working at once.
staff_sessions = sa.Table(
    "staff_sessions", store.metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

# Wrong passwords per name and per client address: after a few, sign-in waits, longer
# each time (see bot/console/auth.py).
login_failures = sa.Table(
    "login_failures", store.metadata,
    sa.Column("who", sa.String(128), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

# Adviser replies wait here until the person's channel (web page or Telegram) collects them.
outbox = sa.Table(
    "outbox", store.metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("delivered", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

# On erasure the audit log keeps who did what and when; the conversation id becomes a keyed
# hash and free-text notes are blanked.
audit_log = sa.Table(
    "audit_log", store.metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("staff", sa.String(64), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("sender_id", sa.String(255), nullable=True),
    sa.Column("detail", sa.Text, nullable=False, default="", info={"free_text": True}),
    info={"on_erase": "anonymise"},
)


def _engine():
    return store.engine()


def audit(staff: str, role: str, action: str, sender_id: Optional[str] = None,
          detail: str = "") -> None:
    with _engine().begin() as conn:
        conn.execute(audit_log.insert().values(at=store.now(), staff=staff, role=role,
                                               action=action, sender_id=sender_id,
                                               detail=detail[:500]))


def audit_entries(limit: int = 200) -> List[Dict[str, Any]]:
    with _engine().connect() as conn:
        rows = conn.execute(sa.select(audit_log).order_by(audit_log.c.id.desc())
                            .limit(limit)).mappings().all()
    return [dict(r) for r in rows]


def has_reason(staff: str, sender_id: str, within_seconds: int) -> bool:
    """True when ``staff`` recorded a reason to open this conversation recently."""
    from datetime import timedelta

    since = store.now() - timedelta(seconds=within_seconds)
    with _engine().connect() as conn:
        return conn.execute(sa.select(audit_log.c.id).where(
            audit_log.c.staff == staff, audit_log.c.sender_id == sender_id,
            audit_log.c.action == "open_with_reason", audit_log.c.at >= since)).first() is not None


def takeover_of(sender_id: str) -> Optional[Dict[str, Any]]:
    with _engine().connect() as conn:
        row = conn.execute(sa.select(takeovers).where(
            takeovers.c.sender_id == sender_id)).mappings().first()
    return dict(row) if row else None


def is_taken_over(sender_id: str) -> bool:
    row = takeover_of(sender_id)
    return bool(row and row["active"])


def set_takeover(sender_id: str, adviser: str, active: bool, note: str = "") -> None:
    with _engine().begin() as conn:
        exists = conn.execute(sa.select(takeovers.c.sender_id).where(
            takeovers.c.sender_id == sender_id)).first()
        values = dict(adviser=adviser, active=active, note=note, updated_at=store.now())
        if exists:
            conn.execute(takeovers.update().where(takeovers.c.sender_id == sender_id)
                         .values(**values))
        else:
            conn.execute(takeovers.insert().values(sender_id=sender_id,
                                                   created_at=store.now(), **values))


def queue_message(sender_id: str, author: str, text: str) -> int:
    with _engine().begin() as conn:
        result = conn.execute(outbox.insert().values(
            sender_id=sender_id, author=author, text=text, delivered=False,
            created_at=store.now()))
        return int(result.inserted_primary_key[0])


def collect_messages(sender_id: str) -> List[Dict[str, Any]]:
    """Messages for this person not yet shown; marks them delivered."""
    with _engine().begin() as conn:
        rows = conn.execute(sa.select(outbox).where(
            outbox.c.sender_id == sender_id, outbox.c.delivered.is_(False))
            .order_by(outbox.c.id)).mappings().all()
        if rows:
            conn.execute(outbox.update().where(outbox.c.id.in_([r["id"] for r in rows]))
                         .values(delivered=True))
    return [dict(r) for r in rows]


def pending_senders(prefix: str) -> List[str]:
    """Conversations on one channel (e.g. "telegram-") with messages waiting."""
    with _engine().connect() as conn:
        rows = conn.execute(sa.select(outbox.c.sender_id).distinct().where(
            outbox.c.delivered.is_(False), outbox.c.sender_id.like(f"{prefix}%"))).all()
    return [r[0] for r in rows]


def set_handoff_status(sender_id: str, status: str) -> None:
    with _engine().begin() as conn:
        conn.execute(store.handoffs.update().where(
            store.handoffs.c.sender_id == sender_id,
            store.handoffs.c.status != "closed").values(status=status, updated_at=store.now()))


def handoff_queue() -> List[Dict[str, Any]]:
    """Waiting and taken requests, crisis and safeguarding first, then oldest first."""
    h = store.handoffs
    with _engine().connect() as conn:
        rows = conn.execute(sa.select(h).where(h.c.status.in_(("waiting", "taken")))
                            .order_by(h.c.priority, h.c.created_at)).mappings().all()
    return [dict(r) for r in rows]
