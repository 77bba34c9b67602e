"""Records, surveys, documents, resume codes, erasure and retention: the general part of
the data layer (bot/data/). The tables are in bot/data/schema.py, the engine in
bot/data/db.py, hand-off state in bot/data/handoffs.py.

Same schema on SQLite (embedded default: var/care.db) and PostgreSQL (set CARE_DATABASE_URL),
through SQLAlchemy Core, so actions, gateway and console share one store.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta
from typing import Any, Dict, List, Optional

import sqlalchemy as sa

from bot.codes import new_code, normalise_code
from bot.data.db import aware, engine, now, wipe_free_space  # noqa: F401  (one engine)
from bot.data.handoffs import (  # noqa: F401  (for actions/)
    add_notes, add_notes_by_heading, create_handoff, kept_on_delete, note_on_handoff,
    open_safety_request, raise_again, stand_down,
)
from bot.data.schema import (  # noqa: F401
    NOT_ABOUT_A_CONVERSATION, code_attempts, documents, handoffs, metadata, personal_tables,
    records, resume_codes, survey_answers)
from bot.handoff_words import DELETED_BY_PERSON
from bot.logredact import conversation_tag
from bot.security.secrets_file import log_key

# Survey answers that would say who someone is: kept out of the anonymous table. A request
# to be contacted reaches the care team as a call-back hand-off, erased with the conversation.
CONTACT_ANSWER_KEYS = ("contact_me",)
FAILURES_PER_CONVERSATION = 5      # wrong codes an hour, per conversation
FAILURES_PER_CLIENT = 20           # wrong codes an hour, per client address


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
    if row is None or aware(row["expires_at"]) < now():
        return None
    return {"code": code, "sender_id": row["sender_id"], "form": row["form"],
            "slots": json.loads(row["slots"])}


def client_tag(address: str) -> str:
    """A keyed hash of a client address: enough to count its tries, not to find it."""
    return hmac.new(log_key().encode(), (address or "?").encode(),
                    hashlib.sha256).hexdigest()[:32]


def _over_limit(conn, who: str, limit: int) -> bool:
    row = conn.execute(sa.select(code_attempts).where(code_attempts.c.who == who)).first()
    return bool(row) and aware(row.window_start) > now() - timedelta(hours=1) and \
        row.failures >= limit


def _count_failure(conn, who: str) -> None:
    row = conn.execute(sa.select(code_attempts).where(code_attempts.c.who == who)).first()
    if row is None or aware(row.window_start) <= now() - timedelta(hours=1):
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
        if row is None or aware(row["expires_at"]) < now():
            for who, _ in keys:
                _count_failure(conn, who)
            return {"status": "unknown"}
        conn.execute(resume_codes.delete().where(resume_codes.c.code == code))
    return {"status": "ok", "saved": {"code": code, "sender_id": row["sender_id"],
                                      "form": row["form"], "slots": json.loads(row["slots"])}}


def _anonymise_values(table: sa.Table, sender_id: str) -> Dict[str, Any]:
    values: Dict[str, Any] = {"sender_id": conversation_tag(sender_id)}
    for column in table.c:
        if column.info.get("free_text"):
            values[column.name] = "[removed]"
    return values


def erase_sender(sender_id: str) -> int:
    """Deletes everything kept about one conversation, from every personal table (anonymous
    survey answers stay; the audit log keeps what staff did, not whom or the notes; an open
    crisis or safeguarding request stays, noted as deleted by the person)."""
    kept = open_safety_request(sender_id)
    with engine().begin() as conn:
        n = 0
        for table in personal_tables():
            where = table.c.sender_id == sender_id
            if table is handoffs:
                where = where & ~kept_on_delete()   # a safety request stays (handoffs.py)
            if table.info.get("on_erase") == "anonymise":
                n += conn.execute(table.update().where(where)
                                  .values(**_anonymise_values(table, sender_id))).rowcount
            else:
                n += conn.execute(table.delete().where(where)).rowcount
    if kept:
        add_notes(kept["reference"], [DELETED_BY_PERSON])
    if n:
        wipe_free_space(engine())
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
    if n:
        wipe_free_space(engine())
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
