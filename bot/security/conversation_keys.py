"""A credential per conversation: a random secret the gateway issues when a conversation
starts and asks for on every later read, update, download and delete.

Only a SHA-256 hash of each key is kept, so a copy of the database cannot speak for
anybody. The web chat holds its key in an HttpOnly cookie; API clients send it in the
``X-Conversation-Key`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Optional

import sqlalchemy as sa

from bot.data.db import engine, now
from bot.data.schema import conversation_keys

HEADER = "X-Conversation-Key"
COOKIE_PREFIX = "care_key_"
KEY_BYTES = 24            # 192 bits


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def cookie_name(sender: str) -> str:
    return COOKIE_PREFIX + sender


def issue(sender: str) -> Optional[str]:
    """A new key for a conversation nobody holds yet; None if it already has one."""
    key = secrets.token_urlsafe(KEY_BYTES)
    try:
        with engine().begin() as conn:
            conn.execute(conversation_keys.insert().values(
                sender_id=sender, key_hash=_hash(key), created_at=now()))
    except sa.exc.IntegrityError:
        return None
    return key


def is_held(sender: str) -> bool:
    with engine().connect() as conn:
        return conn.execute(sa.select(conversation_keys.c.sender_id).where(
            conversation_keys.c.sender_id == sender)).first() is not None


def check(sender: str, key: Optional[str]) -> bool:
    """True only when ``key`` is the one issued for ``sender``."""
    if not key or len(key) > 200:
        _hash("x" * 32)  # similar work either way
        return False
    with engine().connect() as conn:
        row = conn.execute(sa.select(conversation_keys.c.key_hash).where(
            conversation_keys.c.sender_id == sender)).first()
    given = _hash(key)
    return row is not None and hmac.compare_digest(row[0], given)
