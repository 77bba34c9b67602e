"""The one place settings come from: the council's configuration and the environment.

``council()`` / ``get()``: ``council.yml`` at the project root, with the council's own copy
(``CARE_COUNCIL_CONFIG``) on top. ``env()`` and the named functions below: every environment
variable the project reads, listed in ``ENVIRONMENT``; secrets come only from there (or from
files made in the data folder, see ``bot.security.secrets_file``), never from council.yml.
Runs in every process; imports nothing heavy.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

import yaml

from bot.channel_list import RELAYS
from jargon.settings import thresholds

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_ROOT / "council.yml"


def _deep_merge(base: Dict[str, Any], extra: Dict[str, Any]) -> Dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@lru_cache(maxsize=1)
def council() -> Dict[str, Any]:
    """The council configuration: defaults, then the council's own file on top."""
    with open(DEFAULT_CONFIG, encoding="utf-8") as handle:
        config = yaml.safe_load(handle) or {}
    own = env("CARE_COUNCIL_CONFIG")
    if own and Path(own).resolve() != DEFAULT_CONFIG:
        with open(own, encoding="utf-8") as handle:
            config = _deep_merge(config, yaml.safe_load(handle) or {})
    if env("CARE_DIRECTORY_URL"):
        config["directory"]["base_url"] = env("CARE_DIRECTORY_URL")
    return config


def get(path: str, default: Any = None) -> Any:
    """A value by dotted path, e.g. ``get("council.safeguarding_phone")``."""
    node: Any = council()
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


def data_dir() -> Path:
    """Where the embedded SQLite files live (``CARE_DATA_DIR``, default ``var/``)."""
    path = Path(env("CARE_DATA_DIR") or PROJECT_ROOT / "var")
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- The environment ------------------------------------------------------------------
# Every environment variable the project reads is named here, with what it means. Modules
# ask the functions below (read at call time, so a test or a launcher may change them).
# tests/unit/test_settings.py fails when code elsewhere reads a variable not listed here.

ENVIRONMENT: Dict[str, str] = {
    "CARE_COUNCIL_CONFIG": "path to the council's own council.yml",
    "CARE_DIRECTORY_URL": "base URL of the council's Open Referral UK directory API",
    "CARE_DATA_DIR": "where the embedded SQLite files, secrets and logs live (default var/)",
    "CARE_DATABASE_URL": "the project's records database (default SQLite in the data folder)",
    "RASA_URL": "where the gateway finds the Rasa server (default http://127.0.0.1:5005)",
    "RASA_TOKEN": "the Rasa HTTP API token (default: random, kept in var/rasa-token)",
    "RASA_TRACKER_URL": "the tracker store's database URL, for erasure",
    "RASA_TRACKER_DB": "the tracker store's SQLite file, when RASA_TRACKER_URL is not set",
    "CARE_GATEWAY_URL": "where channel relays find the gateway (default http://127.0.0.1:8000)",
    "CARE_CORS_ORIGINS": "other sites allowed to call /api, comma separated",
    "CARE_FRAME_ANCESTORS": "which sites may frame the chat page (default *)",
    "CARE_TURN_TIMEOUT": "seconds the gateway waits for an answer (default 25)",
    "CARE_RATE_PER_CONVERSATION": "messages a minute per conversation (default 30)",
    "CARE_RATE_PER_CLIENT": "messages a minute per client address (default 90)",
    "CARE_NEW_CONVERSATIONS_PER_CLIENT": "new conversations a minute per client address (10)",
    "CARE_TRUSTED_PROXIES": "reverse proxies whose X-Forwarded-* headers are believed",
    "CARE_CONSOLE_SSO_PROXIES": "single sign-on proxies whose user headers are believed",
    "CARE_CONSOLE_TRUSTED_HEADER": "the header the sign-on proxy sets with the user",
    "CARE_CONSOLE_ROLE_HEADER": "the header the sign-on proxy sets with the role",
    "CARE_CONSOLE_NAME_HEADER": "the header the sign-on proxy sets with the display name",
    "CARE_CONSOLE_PASSWORD": "password for `python -m bot add-staff` (else it asks)",
    "CARE_INSECURE_COOKIES": "1 drops the Secure flag from cookies (plain-HTTP test set-ups)",
    "CARE_ACTIONS_HOST": "the address the action server listens on (default 127.0.0.1)",
    "CARE_ACTION_SECRET": "shared secret Rasa sends on every action call",
    "CARE_RELAY_SECRET": "channel relays' secret towards the gateway",
    "CARE_LOG_KEY": "key of the hash that stands for conversation ids in logs",
    "CARE_GLOSSARY_OVERLAY": "a YAML file of the council's own jargon buster entries",
    "ACTION_ENDPOINT_URL": "where Rasa finds the action server (endpoints*.yml; set by bot.stack)",
}

# Each channel relay names its own variables in its ``RELAY`` line (bot/channels/<name>.py,
# read by bot.channel_list).
for _relay in RELAYS:
    ENVIRONMENT.update(_relay.environment)

# Rasa reads these from endpoints.production.yml; ``production_engines()`` gives the local
# defaults for whatever is not set.
PRODUCTION_ENGINES: Dict[str, str] = {
    "CARE_PG_HOST": "127.0.0.1", "CARE_PG_PORT": "5432", "CARE_PG_USER": "root",
    "CARE_PG_PASSWORD": "", "CARE_PG_LOGIN_DB": "postgres", "CARE_PG_TRACKER_DB": "care_tracker",
    "CARE_REDIS_HOST": "127.0.0.1", "CARE_REDIS_PORT": "6379", "CARE_REDIS_DB": "1",
    "CARE_RABBITMQ_HOST": "127.0.0.1", "CARE_RABBITMQ_USER": "guest",
    "CARE_RABBITMQ_PASSWORD": "guest", "CARE_RABBITMQ_QUEUE": "care_rasa_events",
}
ENVIRONMENT.update({name: "a production engine setting (endpoints.production.yml)"
                    for name in PRODUCTION_ENGINES})


def env(name: str, default: str = "") -> str:
    """The variable ``name`` (one listed in ENVIRONMENT), stripped; ``default`` when unset
    or empty."""
    if name not in ENVIRONMENT:
        raise KeyError(f"{name} is not a known setting: add it to bot.settings.ENVIRONMENT")
    value = os.environ.get(name, "").strip()
    return value or default


def production_engines(tracker_db: str = "care_tracker") -> Dict[str, str]:
    """The engine settings for endpoints.production.yml: the environment's, else local ones."""
    defaults = dict(PRODUCTION_ENGINES, CARE_PG_TRACKER_DB=tracker_db)
    return {name: os.environ.get(name, value) for name, value in defaults.items()}


def env_int(name: str, default: int, minimum: int = 1) -> int:
    """A whole-number variable, at least ``minimum``; ``default`` when unset or not a number."""
    try:
        return max(minimum, int(env(name, str(default))))
    except ValueError:
        return default


def rasa_url() -> str:
    return env("RASA_URL", "http://127.0.0.1:5005").rstrip("/")


def gateway_url() -> str:
    return env("CARE_GATEWAY_URL", "http://127.0.0.1:8000").rstrip("/")


def database_url() -> str:
    """The project's own records database."""
    return env("CARE_DATABASE_URL") or f"sqlite:///{data_dir() / 'care.db'}"


def tracker_database_url() -> str:
    """The database Rasa's SQL tracker store writes to (the same URL the Rasa server uses)."""
    return env("RASA_TRACKER_URL") or f"sqlite:///{env('RASA_TRACKER_DB', 'rasa.db')}"


# --- Plain language ------------------------------------------------------------------------

def plain_language_limits():
    """The limits every sentence the bot says must meet: the plain-language engine's own
    (``jargon/config.yml``) with the council's ``plain_language`` block on top."""
    own = get("plain_language", {}) or {}
    return thresholds().with_overrides(
        max_sentence_words=own.get("max_words_per_sentence"),
        max_grade=own.get("max_grade"))
