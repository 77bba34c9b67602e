"""Staff sign-in for the console: scrypt password hashes, signed session cookies, roles.

A council behind single sign-on can instead trust a header set by its own proxy
(CARE_CONSOLE_TRUSTED_HEADER, e.g. X-Remote-User, with the role in X-Remote-Role).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from typing import Optional, Tuple

import sqlalchemy as sa

from bot import settings, store
from bot.console.records import staff_users

ROLES = ("adviser", "manager")
COOKIE = "care_console"
SESSION_SECONDS = 8 * 3600


def hash_password(password: str, salt: Optional[bytes] = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2 ** 14, r=8, p=1, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, salt, _ = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    return hmac.compare_digest(hash_password(password, base64.b64decode(salt)), stored)


def add_user(username: str, password: str, role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    if len(password) < 10:
        raise ValueError("use a password of at least 10 characters")
    with store.engine().begin() as conn:
        conn.execute(staff_users.delete().where(staff_users.c.username == username))
        conn.execute(staff_users.insert().values(username=username,
                                                 password_hash=hash_password(password),
                                                 role=role, created_at=store.now()))


def check_login(username: str, password: str) -> Optional[str]:
    """The user's role when the password is right, else None."""
    with store.engine().connect() as conn:
        row = conn.execute(sa.select(staff_users).where(
            staff_users.c.username == username)).mappings().first()
    if row is None:
        hash_password(password)  # same work either way, so timing does not reveal names
        return None
    return row["role"] if verify_password(password, row["password_hash"]) else None


def has_users() -> bool:
    with store.engine().connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(staff_users)).scalar() > 0


def _secret() -> bytes:
    if os.environ.get("CARE_CONSOLE_SECRET"):
        return os.environ["CARE_CONSOLE_SECRET"].encode()
    path = settings.data_dir() / "console-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip().encode()


def make_session(username: str, role: str, now: Optional[float] = None) -> str:
    expires = int((now or time.time()) + SESSION_SECONDS)
    body = base64.urlsafe_b64encode(f"{username}|{role}|{expires}".encode()).decode()
    signature = hmac.new(_secret(), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{signature}"


def read_session(value: Optional[str], now: Optional[float] = None) -> Optional[Tuple[str, str]]:
    """(username, role) from a valid, unexpired cookie, else None."""
    if not value or "." not in value:
        return None
    body, signature = value.rsplit(".", 1)
    wanted = hmac.new(_secret(), body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(wanted, signature):
        return None
    try:
        username, role, expires = base64.urlsafe_b64decode(body).decode().split("|")
    except (ValueError, UnicodeDecodeError):
        return None
    if int(expires) < (now or time.time()) or role not in ROLES:
        return None
    return username, role


def trusted_header_user(headers) -> Optional[Tuple[str, str]]:
    """Single sign-on: the council's proxy has already signed the person in."""
    header = os.environ.get("CARE_CONSOLE_TRUSTED_HEADER")
    if not header or not headers.get(header):
        return None
    role = headers.get(os.environ.get("CARE_CONSOLE_ROLE_HEADER", "X-Remote-Role"), "adviser")
    return headers[header], role if role in ROLES else "adviser"
