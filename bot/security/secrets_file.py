"""Shared secrets for the processes of one installation.

Each secret comes from its environment variable when set (Kubernetes Secrets, a VM's
environment), else from a file in the data folder made once with 256 random bits and
readable by its owner only. Processes of one stack share the data folder, so they agree.
"""
from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path
from typing import Optional

from bot import settings


def secret(name: str, env: str, directory: Optional[Path] = None) -> str:
    """The secret ``env`` names, else the one kept in ``<data dir>/<name>`` (made if missing)."""
    if settings.env(env):
        return settings.env(env)
    folder = directory or settings.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.exists():
        # Written aside, then linked into place: another process starting at the same
        # moment sees either no file or the whole secret, never half of one.
        spare = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}"
        fd = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(32))
        try:
            os.link(spare, path)
        except FileExistsError:
            pass
        finally:
            spare.unlink()
    return path.read_text().strip()


def same(given: Optional[str], wanted: str) -> bool:
    """Constant-time comparison that treats a missing value as wrong."""
    return bool(given) and bool(wanted) and hmac.compare_digest(given.encode(), wanted.encode())


def relay_secret() -> str:
    """Authenticates the channel relays to the gateway (CARE_RELAY_SECRET)."""
    return secret("relay-secret", "CARE_RELAY_SECRET")


def relay_id_key(relay) -> str:
    """Keys the hash that turns a relay's chat id into a conversation id (``relay.id_key``,
    CARE_TELEGRAM_ID_KEY for Telegram). Changing it starts every such conversation afresh."""
    return secret(f"{relay.name}-id-key", relay.id_key)


def action_secret() -> str:
    """Rasa sends it on every action call; the action server refuses calls without it
    (CARE_ACTION_SECRET)."""
    return secret("action-secret", "CARE_ACTION_SECRET")


def log_key() -> str:
    """Keys the hash that stands for a conversation id in log lines (CARE_LOG_KEY)."""
    return secret("log-key", "CARE_LOG_KEY")
