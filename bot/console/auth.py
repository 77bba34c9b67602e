"""Staff sign-in for the console: scrypt password hashes, server-side sessions (revoked on
sign-out), throttled sign-in with a growing wait, roles.

A council behind single sign-on can instead trust a header set by its own proxy
(CARE_CONSOLE_TRUSTED_HEADER, e.g. X-Remote-User, with the role in X-Remote-Role), only
from the proxy's own addresses (CARE_CONSOLE_SSO_PROXIES).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import timedelta, timezone
from typing import NamedTuple, Optional

import sqlalchemy as sa

from bot import settings, store
from bot.data.db import aware
from bot.data.schema import login_failures, staff_sessions, staff_users
from bot.security.clients import trusted

ROLES = ("adviser", "manager")
COOKIE = "care_console"
SESSION_SECONDS = 8 * 3600
# What residents see when an account has no display name yet: never the login name.
DEFAULT_DISPLAY_NAME = "Care team"
MAX_DISPLAY_NAME = 40


class Staff(NamedTuple):
    """A signed-in member of staff: login name, role, and the name residents see."""
    username: str
    role: str
    display_name: str = DEFAULT_DISPLAY_NAME

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


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


def clean_display_name(name: Optional[str]) -> Optional[str]:
    """A display name as residents will see it (one line, at most 40 characters), or None."""
    name = " ".join(str(name or "").split())[:MAX_DISPLAY_NAME]
    return name or None


def add_user(username: str, password: str, role: str,
             display_name: Optional[str] = None) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    if len(password) < 10:
        raise ValueError("use a password of at least 10 characters")
    with store.engine().begin() as conn:
        conn.execute(staff_users.delete().where(staff_users.c.username == username))
        conn.execute(staff_users.insert().values(username=username,
                                                 password_hash=hash_password(password),
                                                 role=role, created_at=store.now(),
                                                 display_name=clean_display_name(display_name)))


def set_display_name(username: str, display_name: Optional[str]) -> bool:
    """Sets the name residents see for this account ("Sam, care team")."""
    with store.engine().begin() as conn:
        return bool(conn.execute(staff_users.update().where(
            staff_users.c.username == username).values(
            display_name=clean_display_name(display_name))).rowcount)


def display_name_of(username: str) -> str:
    with store.engine().connect() as conn:
        row = conn.execute(sa.select(staff_users.c.display_name).where(
            staff_users.c.username == username)).first()
    return (row[0] if row and row[0] else None) or DEFAULT_DISPLAY_NAME


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


# Sign-in throttling: after FREE_TRIES wrong passwords for one name or from one address,
# each further try waits, doubling from BASE_WAIT up to MAX_WAIT.
FREE_TRIES = 5
BASE_WAIT = 30
MAX_WAIT = 3600


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def make_session(username: str, role: str, now: Optional[float] = None) -> str:
    """A new server-side session; the cookie holds a random token, the table its hash."""
    token = secrets.token_urlsafe(32)
    started = store.now()
    with store.engine().begin() as conn:
        conn.execute(staff_sessions.insert().values(
            token_hash=_hash(token), username=username, role=role, created_at=started,
            expires_at=started + timedelta(seconds=SESSION_SECONDS)))
    return token


def read_session(value: Optional[str], now: Optional[float] = None) -> Optional[Staff]:
    """The signed-in member of staff for a live session, else None."""
    if not value or len(value) > 200:
        return None
    with store.engine().connect() as conn:
        row = conn.execute(sa.select(staff_sessions).where(
            staff_sessions.c.token_hash == _hash(value))).mappings().first()
    if row is None or row["role"] not in ROLES:
        return None
    expires = row["expires_at"] if row["expires_at"].tzinfo else \
        row["expires_at"].replace(tzinfo=timezone.utc)
    if expires < store.now():
        return None
    return Staff(row["username"], row["role"], display_name_of(row["username"]))


def end_session(value: Optional[str]) -> None:
    """Signing out: the session is gone from the server, whatever happens to the cookie."""
    if value:
        with store.engine().begin() as conn:
            conn.execute(staff_sessions.delete().where(staff_sessions.c.token_hash == _hash(value)))
            conn.execute(staff_sessions.delete().where(staff_sessions.c.expires_at < store.now()))


def _failure_keys(username: str, address: str) -> list:
    return ["name:" + _hash(username.lower())[:40], "addr:" + _hash(address or "?")[:40]]


def wait_seconds(username: str, address: str) -> int:
    """How long sign-in must wait for this name or this address (0: go ahead)."""
    with store.engine().connect() as conn:
        rows = conn.execute(sa.select(login_failures).where(
            login_failures.c.who.in_(_failure_keys(username, address)))).mappings().all()
    now = store.now()
    waits = [(aware(r["locked_until"]) - now).total_seconds() for r in rows
             if r["locked_until"] is not None and aware(r["locked_until"]) > now]
    return int(max(waits)) + 1 if waits else 0


def record_failure(username: str, address: str) -> int:
    """Counts a wrong password; returns the wait now in force, in seconds."""
    now = store.now()
    longest = 0
    with store.engine().begin() as conn:
        for who in _failure_keys(username, address):
            row = conn.execute(sa.select(login_failures).where(
                login_failures.c.who == who)).mappings().first()
            failures = (row["failures"] if row else 0) + 1
            wait = 0 if failures < FREE_TRIES else \
                min(MAX_WAIT, BASE_WAIT * 2 ** (failures - FREE_TRIES))
            longest = max(longest, wait)
            values = dict(failures=failures, updated_at=now,
                          locked_until=now + timedelta(seconds=wait) if wait else None)
            if row:
                conn.execute(login_failures.update().where(login_failures.c.who == who)
                             .values(**values))
            else:
                conn.execute(login_failures.insert().values(who=who, **values))
    return longest


def clear_failures(username: str, address: str) -> None:
    with store.engine().begin() as conn:
        conn.execute(login_failures.delete().where(
            login_failures.c.who == _failure_keys(username, address)[0]))


def trusted_header_user(headers, peer: str = "") -> Optional[Staff]:
    """Single sign-on: the council's proxy has already signed the person in. Its headers
    count only when the request comes straight from one of the proxy's addresses
    (CARE_CONSOLE_SSO_PROXIES); from anywhere else they are ignored."""
    header = settings.env("CARE_CONSOLE_TRUSTED_HEADER")
    if not header or not headers.get(header):
        return None
    if not trusted(peer, "CARE_CONSOLE_SSO_PROXIES"):
        return None
    role = headers.get(settings.env("CARE_CONSOLE_ROLE_HEADER", "X-Remote-Role"), "adviser")
    username = headers[header]
    shown = clean_display_name(headers.get(
        settings.env("CARE_CONSOLE_NAME_HEADER", "X-Remote-Name"))) or display_name_of(username)
    return Staff(username, role if role in ROLES else "adviser", shown)
