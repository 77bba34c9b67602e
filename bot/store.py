"""The project's own records (hand-offs, assessments, surveys, audit) in one small data layer.

Same schema on SQLite (embedded default: var/care.db) and PostgreSQL (set CARE_DATABASE_URL),
through SQLAlchemy Core, so actions, gateway and console share one store.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Dict, List, Optional

import sqlalchemy as sa

from bot import settings
from bot.codes import CODE_ALPHABET, CODE_PATTERN, new_code, normalise_code  # noqa: F401

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

# "Save and come back": a code that brings back a half-done form on any channel, once.
resume_codes = sa.Table(
    "resume_codes",
    metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("form", sa.String(64), nullable=False),
    sa.Column("slots", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

# Wrong codes tried, per conversation and per client address (a keyed hash of it), in the
# current hour: past the limit, even a right code is refused until the hour is over.
code_attempts = sa.Table(
    "code_attempts",
    metadata,
    sa.Column("who", sa.String(80), primary_key=True),
    sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
    sa.Column("failures", sa.Integer, nullable=False),
)

# Which tables hold a person's data is read from the schema, not from a list kept by hand:
# every table with a ``sender_id`` column is about one conversation, and "delete my data",
# "download my data" and retention reach it. A table may instead ask to be anonymised on
# erasure (``info={"on_erase": "anonymise"}``, e.g. the audit log: who did what stays, whom
# it was about and free text go). A table without ``sender_id`` must be named below with
# the reason it holds nothing about a person; a test fails for any table that is neither.
NOT_ABOUT_A_CONVERSATION = {
    "survey_answers": "anonymous by design: no sender id, contact details never stored here",
    "staff_users": "staff accounts, not residents",
    "code_attempts": "counts of wrong codes under keyed hashes, kept for an hour",
    "staff_sessions": "staff sign-ins, not residents",
    "login_failures": "wrong staff passwords, by name and keyed hash of the address",
}
# Columns never shown in "download my data" (secrets, hashes): info={"secret": True}.
# Columns of free text blanked when a row is anonymised: info={"free_text": True}.
# Survey answers that would say who someone is: kept out of the anonymous table. A request
# to be contacted reaches the care team as a call-back hand-off, erased with the conversation.
CONTACT_ANSWER_KEYS = ("contact_me",)


def personal_tables() -> List[sa.Table]:
    """Every table holding rows about one conversation (found from the schema)."""
    return [t for t in metadata.sorted_tables if "sender_id" in t.c]

PRIORITY = {"crisis": 0, "safeguarding": 1, "callback": 2, "request": 3}
FAILURES_PER_CONVERSATION = 5      # wrong codes an hour, per conversation
FAILURES_PER_CLIENT = 20           # wrong codes an hour, per client address


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
    import bot.security.conversation_keys  # noqa: F401

    eng = sa.create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        sa.event.listen(eng, "connect", _sqlite_secure_delete)
        _private_sqlite_file(url)
    metadata.create_all(eng)
    if url.startswith("sqlite"):
        _private_sqlite_file(url)
    return eng


def _sqlite_secure_delete(dbapi_connection, _record) -> None:
    """Deleted rows are overwritten on disk, so erased words cannot be read back from the
    database file."""
    dbapi_connection.execute("PRAGMA secure_delete = ON")


def _private_sqlite_file(url: str) -> None:
    path = url.split("sqlite:///", 1)[-1]
    if path and path != ":memory:" and os.path.exists(path):
        os.chmod(path, 0o600)


engine.cache_clear = _engine.cache_clear  # tests reset the engines between databases


def now() -> datetime:
    return datetime.now(tz=timezone.utc)


def new_reference(length: int = 6) -> str:
    """A short reference shaped like "HX4-7KD" that staff use to name a hand-off. It opens
    nothing, so it can be short; resume codes are longer (bot/codes.py)."""
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
        "reference": new_reference(),
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
    """Appends one anonymous response: no sender id, no name, no contact details
    (append-only). A request to be contacted is kept only as "asked to be contacted"."""
    answers = dict(answers)
    if any(answers.pop(key, None) for key in CONTACT_ANSWER_KEYS):
        answers["contact_requested"] = True
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
    """Keeps a half-done form for ``days``; returns its code (one live code per form).
    A code works once: using it moves the form into the conversation that used it."""
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


def load_resume(code: str) -> Optional[Dict[str, Any]]:
    """The saved form for a code, or None if unknown or expired (does not use it up)."""
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


def client_tag(address: str) -> str:
    """A keyed hash of a client address: enough to count its tries, not to find it."""
    from bot.security.secrets_file import log_key

    return hmac.new(log_key().encode(), (address or "?").encode(),
                    hashlib.sha256).hexdigest()[:32]


def _over_limit(conn, who: str, limit: int) -> bool:
    row = conn.execute(sa.select(code_attempts).where(code_attempts.c.who == who)).first()
    return bool(row) and _aware(row.window_start) > now() - timedelta(hours=1) and \
        row.failures >= limit


def _count_failure(conn, who: str) -> None:
    row = conn.execute(sa.select(code_attempts).where(code_attempts.c.who == who)).first()
    if row is None or _aware(row.window_start) <= now() - timedelta(hours=1):
        conn.execute(code_attempts.delete().where(code_attempts.c.who == who))
        conn.execute(code_attempts.insert().values(who=who, window_start=now(), failures=1))
    else:
        conn.execute(code_attempts.update().where(code_attempts.c.who == who)
                     .values(failures=row.failures + 1))


def redeem_code(code: str, sender_id: str, client: str = "") -> Dict[str, Any]:
    """Uses a code for conversation ``sender_id`` (from ``client``, an address or "").

    Returns ``{"status": "ok", "saved": {...}}`` and deletes the code, or
    ``{"status": "unknown"}``, or ``{"status": "too_many"}`` once this conversation or this
    client has tried too many wrong codes this hour (then even a right code waits).
    """
    keys = [("conv:" + hashlib.sha256(sender_id.encode()).hexdigest()[:32],
             FAILURES_PER_CONVERSATION)]
    if client:
        keys.append(("client:" + client_tag(client), FAILURES_PER_CLIENT))
    with engine().begin() as conn:
        if any(_over_limit(conn, who, limit) for who, limit in keys):
            return {"status": "too_many"}
        code = normalise_code(code)
        row = conn.execute(sa.select(resume_codes).where(
            resume_codes.c.code == code)).mappings().first() if code else None
        if row is None or _aware(row["expires_at"]) < now():
            for who, _ in keys:
                _count_failure(conn, who)
            return {"status": "unknown"}
        conn.execute(resume_codes.delete().where(resume_codes.c.code == code))
    return {"status": "ok", "saved": {"code": code, "sender_id": row["sender_id"],
                                      "form": row["form"], "slots": json.loads(row["slots"])}}


def _anonymise_values(table: sa.Table, sender_id: str) -> Dict[str, Any]:
    from bot.logredact import conversation_tag

    values: Dict[str, Any] = {"sender_id": conversation_tag(sender_id)}
    for column in table.c:
        if column.info.get("free_text"):
            values[column.name] = "[removed]"
    return values


def erase_sender(sender_id: str) -> int:
    """Deletes everything kept about one conversation, from every personal table (anonymous
    survey answers stay; the audit log keeps what staff did, not whom or the notes)."""
    with engine().begin() as conn:
        n = 0
        for table in personal_tables():
            where = table.c.sender_id == sender_id
            if table.info.get("on_erase") == "anonymise":
                n += conn.execute(table.update().where(where)
                                  .values(**_anonymise_values(table, sender_id))).rowcount
            else:
                n += conn.execute(table.delete().where(where)).rowcount
    return n


def _age_column(table: sa.Table):
    for name in ("created_at", "at", "window_start"):
        if name in table.c:
            return table.c[name]
    return None


def purge_older_than(days: int) -> int:
    """Retention: every personal row older than ``days`` is deleted (or anonymised, for the
    audit log), and stale counts of wrong codes go."""
    cutoff = now() - timedelta(days=days)
    with engine().begin() as conn:
        n = 0
        for table in personal_tables():
            old = _age_column(table) < cutoff
            if table.info.get("on_erase") == "anonymise":
                rows = conn.execute(sa.select(table.c.sender_id).distinct().where(
                    old, ~table.c.sender_id.like("conv-%"))).all()
                for (sender,) in rows:
                    n += conn.execute(table.update().where(old, table.c.sender_id == sender)
                                      .values(**_anonymise_values(table, sender))).rowcount
            else:
                n += conn.execute(table.delete().where(old)).rowcount
        n += conn.execute(code_attempts.delete().where(
            code_attempts.c.window_start < now() - timedelta(days=1))).rowcount
    return n


def export_rows(sender_id: str) -> Dict[str, List[Dict[str, Any]]]:
    """"Download my data": every row of every personal table about this conversation,
    secrets left out, files described rather than copied."""
    out: Dict[str, List[Dict[str, Any]]] = {}
    with engine().connect() as conn:
        for table in personal_tables():
            rows = conn.execute(sa.select(table).where(table.c.sender_id == sender_id)
                                ).mappings().all()
            shown = []
            for row in rows:
                item = {}
                for column in table.c:
                    if column.info.get("secret") or column.name == "sender_id":
                        continue
                    value = row[column.name]
                    if isinstance(value, (bytes, memoryview)):
                        value = f"a file of {len(bytes(value))} bytes (download it as your summary)"
                    elif hasattr(value, "isoformat"):
                        value = value.isoformat()
                    elif isinstance(value, str) and value[:1] in "{[" and column.name in (
                            "data", "slots"):
                        try:
                            value = json.loads(value)
                        except ValueError:
                            pass
                    item[column.name] = value
                shown.append(item)
            if shown:
                out[table.name] = shown
    return out
