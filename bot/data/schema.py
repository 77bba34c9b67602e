"""Every table the project keeps, in one place (SQLAlchemy Core, same on SQLite and
PostgreSQL). Modules that read or write them import the tables from here; nothing
registers a table by being imported.

Which tables hold a person's data is read from this schema, not from a list kept by hand:
every table with a ``sender_id`` column is about one conversation, and "delete my data",
"download my data" and retention reach it. A table may instead ask to be anonymised on
erasure (``info={"on_erase": "anonymise"}``, e.g. the audit log: who did what stays, whom it
was about and free text go). A table without ``sender_id`` must be named in
NOT_ABOUT_A_CONVERSATION with the reason it holds nothing about a person; a test fails for
any table that is neither.
Columns never shown in "download my data" (secrets, hashes): ``info={"secret": True}``.
Columns of free text blanked when a row is anonymised: ``info={"free_text": True}``.
"""
from __future__ import annotations

import re
from typing import List

import sqlalchemy as sa

metadata = sa.MetaData()

# A conversation id ("web-…", "tg-…", "caller-…"): safe in a URL path and in a log line.
SENDER_ID = re.compile(r"[A-Za-z0-9_.:-]{6,80}")


def valid_sender(sender: object) -> bool:
    return isinstance(sender, str) and SENDER_ID.fullmatch(sender) is not None


# Columns many tables share, each defined here once.
def _row_id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _conversation() -> sa.Column:
    """The conversation a row belongs to (erased with it)."""
    return sa.Column("sender_id", sa.String(255), nullable=False, index=True)


def _time(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _entries(name: str, *columns: sa.Column) -> sa.Table:
    """A table of things written once in a conversation: a row id, the conversation, the
    table's own ``columns`` and when the row was made."""
    return sa.Table(name, metadata, _row_id(), _conversation(), *columns, _time("created_at"))


# --- The person's conversation -----------------------------------------------------------

# A request for a person. Notes (contact details, how to contact safely) are added to the
# summary by the contact step; staff close it with an outcome.
handoffs = sa.Table(
    "handoffs", metadata,
    _row_id(),
    sa.Column("reference", sa.String(16), nullable=False, unique=True),
    _conversation(),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("priority", sa.Integer, nullable=False),
    sa.Column("channel", sa.String(32), nullable=False, default="web"),
    sa.Column("status", sa.String(16), nullable=False, default="waiting"),
    sa.Column("callback_requested", sa.Boolean, nullable=False, default=False),
    sa.Column("summary", sa.Text, nullable=False, default=""),
    _time("created_at"),
    _time("updated_at"),
    sa.Column("outcome", sa.String(32), nullable=True),
    sa.Column("outcome_note", sa.Text, nullable=True),
    sa.Column("closed_by", sa.String(64), nullable=True),
    _time("closed_at", nullable=True),
)

# Who has taken over which conversation; the note is the one written on handing back.
takeovers = sa.Table(
    "takeovers", metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("adviser", sa.String(64), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("note", sa.Text, nullable=False, default=""),
    _time("created_at"),
    _time("updated_at"),
)

# Adviser replies wait here until the person's channel (web page or Telegram) collects them.
# ``author`` is the adviser's display name, as the person sees it.
outbox = _entries(
    "outbox",
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("delivered", sa.Boolean, nullable=False, default=False),
)

records = _entries(
    "records",
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)

documents = _entries(
    "documents",
    sa.Column("record_id", sa.Integer, nullable=False, index=True),
    sa.Column("mime", sa.String(64), nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
)

# "Save and come back": a code that brings back a half-done form on any channel, once.
resume_codes = sa.Table(
    "resume_codes", metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    _conversation(),
    sa.Column("form", sa.String(64), nullable=False),
    sa.Column("slots", sa.Text, nullable=False),
    _time("created_at"),
    _time("expires_at"),
)

# A credential per conversation (bot/security/conversation_keys.py): only its hash is kept.
conversation_keys = sa.Table(
    "conversation_keys", metadata,
    sa.Column("sender_id", sa.String(255), primary_key=True),
    sa.Column("key_hash", sa.String(64), nullable=False, info={"secret": True}),
    _time("created_at"),
)

# Staff marked a safety hand-off "not a concern" (bot/data/safety_marks.py): who, when, why,
# and what the safety net found (category, tier, the person's words). Nothing learns from
# these rows; a manager downloads them for the next review of the safety corpus. Erased
# with the conversation.
safety_marks = sa.Table(
    "safety_marks", metadata,
    _row_id(),
    _conversation(),
    sa.Column("reference", sa.String(16), nullable=False, unique=True),
    sa.Column("marked_by", sa.String(64), nullable=False),
    _time("created_at"),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("note", sa.Text, nullable=False, info={"free_text": True}),
    sa.Column("kind", sa.String(32), nullable=True),
    sa.Column("category", sa.String(64), nullable=True),
    sa.Column("tier", sa.String(16), nullable=True),
    sa.Column("words", sa.Text, nullable=False, default="", info={"free_text": True}),
)

# On erasure the audit log keeps who did what and when; the conversation id becomes a keyed
# hash and free-text notes are blanked.
audit_log = sa.Table(
    "audit_log", metadata,
    _row_id(),
    _time("at"),
    sa.Column("staff", sa.String(64), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("sender_id", sa.String(255), nullable=True),
    sa.Column("detail", sa.Text, nullable=False, default="", info={"free_text": True}),
    info={"on_erase": "anonymise"},
)

# --- Not about one person ----------------------------------------------------------------

# Survey answers carry no sender id: they are anonymous by design.
survey_answers = sa.Table(
    "survey_answers", metadata,
    _row_id(),
    sa.Column("survey", sa.String(32), nullable=False),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("answers", sa.Text, nullable=False),
    _time("created_at"),
)

# Wrong codes tried, per conversation and per client address (a keyed hash of it), in the
# current hour: past the limit, even a right code is refused until the hour is over.
code_attempts = sa.Table(
    "code_attempts", metadata,
    sa.Column("who", sa.String(80), primary_key=True),
    _time("window_start"),
    sa.Column("failures", sa.Integer, nullable=False),
)

# Staff accounts. ``display_name`` ("Sam, care team") is what residents see; the login
# name never reaches them.
staff_users = sa.Table(
    "staff_users", metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("password_hash", sa.String(255), nullable=False, info={"secret": True}),
    sa.Column("role", sa.String(16), nullable=False),
    _time("created_at"),
    sa.Column("display_name", sa.String(64), nullable=True),
)

# Signed-in staff: the cookie holds a random token; only its hash is kept here, and signing
# out deletes the row, so a copied cookie stops working at once.
staff_sessions = sa.Table(
    "staff_sessions", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("username", sa.String(64), nullable=False, index=True),
    sa.Column("role", sa.String(16), nullable=False),
    _time("created_at"),
    _time("expires_at"),
)

# Wrong passwords per name and per client address: after a few, sign-in waits, longer
# each time (see bot/console/auth.py).
login_failures = sa.Table(
    "login_failures", metadata,
    sa.Column("who", sa.String(128), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    _time("locked_until", nullable=True),
    _time("updated_at"),
)

NOT_ABOUT_A_CONVERSATION = {
    "survey_answers": "anonymous by design: no sender id, contact details never stored here",
    "staff_users": "staff accounts, not residents",
    "code_attempts": "counts of wrong codes under keyed hashes, kept for an hour",
    "staff_sessions": "staff sign-ins, not residents",
    "login_failures": "wrong staff passwords, by name and keyed hash of the address",
}


def personal_tables() -> List[sa.Table]:
    """Every table holding rows about one conversation (found from the schema)."""
    return [t for t in metadata.sorted_tables if "sender_id" in t.c]
