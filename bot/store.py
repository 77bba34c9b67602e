"""The project's own records (hand-offs, assessments, surveys, audit) in one small data layer.

Same schema on SQLite (embedded default: var/care.db) and PostgreSQL (set CARE_DATABASE_URL),
through SQLAlchemy Core, so actions, gateway and console share one store.
"""
from __future__ import annotations

import json
import os
import re
import secrets
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Dict, List, Optional

import sqlalchemy as sa

from bot import settings

metadata = sa.MetaData()

handoffs = sa.Table(
    "handoffs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("reference", sa.String(16), nullable=False, unique=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("priority", sa.Integer, nullable=False),
    sa.Column("channel", sa.String(32), nullable=False, default="web"),
    sa.Column("status", sa.String(16), nullable=False, default="waiting"),
    sa.Column("callback_requested", sa.Boolean, nullable=False, default=False),
    sa.Column("summary", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

records = sa.Table(
    "records",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

# Survey answers carry no sender id: they are anonymous by design.
survey_answers = sa.Table(
    "survey_answers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("survey", sa.String(32), nullable=False),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("answers", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("record_id", sa.Integer, nullable=False, index=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("mime", sa.String(64), nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

# "Save and come back": a short code that brings back a half-done form on any channel.
resume_codes = sa.Table(
    "resume_codes",
    metadata,
    sa.Column("code", sa.String(16), primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("form", sa.String(64), nullable=False),
    sa.Column("slots", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

# Tables holding one person's data: "delete my data" and retention reach every one of them.
# Feature modules (e.g. the console) add their own tables here.
PERSONAL_TABLES: List[sa.Table] = [handoffs, records, documents, resume_codes]

PRIORITY = {"crisis": 0, "safeguarding": 1, "callback": 2, "request": 3}
# Letters and digits that are hard to confuse when read aloud or typed (no 0/O, 1/I/L, 5/S).
CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789"
# A code as people type it: "HX4-7KD", "hx4 7kd" or "hx47kd".
CODE_PATTERN = re.compile(r"\b([A-Za-z2-9]{3})[- ]?([A-Za-z2-9]{3})\b")


def database_url() -> str:
    return os.environ.get("CARE_DATABASE_URL") or f"sqlite:///{settings.data_dir() / 'care.db'}"


def engine(url: Optional[str] = None) -> sa.engine.Engine:
    """The engine for ``url`` (default: the configured database), one per database URL."""
    return _engine(url or database_url())


@lru_cache(maxsize=8)
def _engine(url: str) -> sa.engine.Engine:
    kwargs: Dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
    else:
        kwargs["pool_pre_ping"] = True
    import bot.console.records  # noqa: F401  (registers the console's tables first)

    eng = sa.create_engine(url, **kwargs)
    metadata.create_all(eng)
    return eng


engine.cache_clear = _engine.cache_clear  # tests reset the engines between databases


def now() -> datetime:
    return datetime.now(tz=timezone.utc)


def new_code(length: int = 6) -> str:
    """A short code shaped like "HX4-7KD": easy to read aloud and type.

    Always at least one digit and one letter, so a code never looks like two words
    ("CAT-DOG") and the code finder can tell it from ordinary text.
    """
    digits = "".join(c for c in CODE_ALPHABET if c.isdigit())
    letters = "".join(c for c in CODE_ALPHABET if c.isalpha())
    while True:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
        if any(c in digits for c in raw) and any(c in letters for c in raw):
            return f"{raw[:3]}-{raw[3:]}"


def create_handoff(sender_id: str, reason: str, channel: str = "web", summary: str = "",
                   callback: bool = False, priority: Optional[int] = None) -> Dict[str, Any]:
    """Records that a person is wanted; the staff console reads these rows.

    The queue is ordered by reason (crisis, safeguarding, call-back, request) and, within a
    reason, by ``priority``: the safety taxonomy's rank for the category (1 most urgent).
    """
    reason = reason if reason in PRIORITY else "request"
    rank = PRIORITY[reason] * 10 + int(priority or 0)
    row = {
        "reference": new_code(),
        "sender_id": sender_id,
        "reason": reason,
        "priority": rank,
        "channel": channel,
        "status": "waiting",
        "callback_requested": callback,
        "summary": summary,
        "created_at": now(),
        "updated_at": now(),
    }
    with engine().begin() as conn:
        existing = conn.execute(
            sa.select(handoffs).where(handoffs.c.sender_id == sender_id,
                                      handoffs.c.status == "waiting")
        ).mappings().first()
        if existing:
            # One open request per conversation; a more urgent reason raises its place.
            if rank < existing["priority"]:
                conn.execute(handoffs.update().where(handoffs.c.id == existing["id"]).values(
                    reason=reason, priority=rank, updated_at=now()))
            return dict(conn.execute(sa.select(handoffs).where(
                handoffs.c.id == existing["id"])).mappings().first())
        conn.execute(handoffs.insert().values(**row))
    return row


def note_on_handoff(reference: str, note: str) -> None:
    """Adds a line (contact details, a safe-contact instruction) to a hand-off for staff."""
    with engine().begin() as conn:
        row = conn.execute(sa.select(handoffs.c.summary).where(
            handoffs.c.reference == reference)).first()
        if row is None:
            return
        summary = (row[0] + "\n" if row[0] else "") + note
        conn.execute(handoffs.update().where(handoffs.c.reference == reference).values(
            summary=summary[:4000], updated_at=now()))


def open_handoffs() -> List[Dict[str, Any]]:
    """The waiting queue, crisis and safeguarding first, then oldest first."""
    with engine().connect() as conn:
        rows = conn.execute(
            sa.select(handoffs).where(handoffs.c.status == "waiting")
            .order_by(handoffs.c.priority, handoffs.c.created_at)
        ).mappings().all()
    return [dict(r) for r in rows]


def save_record(sender_id: str, kind: str, data: Dict[str, Any]) -> int:
    with engine().begin() as conn:
        result = conn.execute(records.insert().values(
            sender_id=sender_id, kind=kind, data=json.dumps(data), created_at=now()))
        return int(result.inserted_primary_key[0])


def update_record(record_id: int, data: Dict[str, Any]) -> None:
    with engine().begin() as conn:
        conn.execute(records.update().where(records.c.id == record_id)
                     .values(data=json.dumps(data)))


def records_for(sender_id: str) -> List[Dict[str, Any]]:
    with engine().connect() as conn:
        rows = conn.execute(sa.select(records).where(records.c.sender_id == sender_id)
                            .order_by(records.c.id)).mappings().all()
    return [{**dict(r), "data": json.loads(r["data"])} for r in rows]


def save_survey(survey: str, channel: str, answers: Dict[str, Any],
                created_at: Optional[datetime] = None) -> None:
    """Appends one anonymous response: no sender id, no name (append-only)."""
    with engine().begin() as conn:
        conn.execute(survey_answers.insert().values(
            survey=survey, channel=channel, answers=json.dumps(answers),
            created_at=created_at or now()))


def survey_rows() -> List[Dict[str, Any]]:
    with engine().connect() as conn:
        rows = conn.execute(sa.select(survey_answers).order_by(survey_answers.c.id))
        return [dict(r._mapping) for r in rows]


def save_document(record_id: int, sender_id: str, mime: str, content: bytes) -> None:
    with engine().begin() as conn:
        conn.execute(documents.insert().values(record_id=record_id, sender_id=sender_id,
                                               mime=mime, content=content, created_at=now()))


def latest_document(sender_id: str, mime: str) -> Optional[bytes]:
    with engine().connect() as conn:
        row = conn.execute(sa.select(documents.c.content).where(
            documents.c.sender_id == sender_id, documents.c.mime == mime)
            .order_by(documents.c.id.desc())).first()
    return bytes(row[0]) if row else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def save_resume(sender_id: str, form: str, slots: Dict[str, Any], days: int) -> str:
    """Keeps a half-done form for ``days``; returns its code (one live code per form)."""
    with engine().begin() as conn:
        conn.execute(resume_codes.delete().where(resume_codes.c.sender_id == sender_id,
                                                 resume_codes.c.form == form))
        for _ in range(10):
            code = new_code()
            if conn.execute(sa.select(resume_codes.c.code).where(
                    resume_codes.c.code == code)).first() is None:
                break
        conn.execute(resume_codes.insert().values(
            code=code, sender_id=sender_id, form=form, slots=json.dumps(slots),
            created_at=now(), expires_at=now() + timedelta(days=days)))
    return code


def normalise_code(text: str) -> str:
    raw = "".join(c for c in text.upper() if c.isalnum())
    return f"{raw[:3]}-{raw[3:6]}" if len(raw) == 6 else ""


def load_resume(code: str) -> Optional[Dict[str, Any]]:
    """The saved form for a code, or None if unknown or expired."""
    code = normalise_code(code)
    if not code:
        return None
    with engine().connect() as conn:
        row = conn.execute(sa.select(resume_codes).where(
            resume_codes.c.code == code)).mappings().first()
    if row is None or _aware(row["expires_at"]) < now():
        return None
    return {"code": code, "sender_id": row["sender_id"], "form": row["form"],
            "slots": json.loads(row["slots"])}


def erase_sender(sender_id: str) -> int:
    """Deletes everything kept about one conversation (not the anonymous survey answers)."""
    with engine().begin() as conn:
        n = 0
        for table in PERSONAL_TABLES:
            n += conn.execute(table.delete().where(table.c.sender_id == sender_id)).rowcount
    return n


def purge_older_than(days: int) -> int:
    """Retention: removes hand-offs and records older than ``days``."""
    cutoff = now() - timedelta(days=days)
    with engine().begin() as conn:
        n = 0
        for table in PERSONAL_TABLES:
            n += conn.execute(table.delete().where(table.c.created_at < cutoff)).rowcount
    return n
