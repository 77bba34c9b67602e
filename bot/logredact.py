"""Keeps personal details out of logs: emails, phone numbers, postcodes, message text, and
conversation ids (which open a conversation, so they are replaced by a keyed hash that
still lets one follow a conversation through the log).

Installed on the gateway's and the action server's loggers, on Rasa through
``logging.yml`` (``rasa run --logging-config-file``), on Python warnings
(``logging.captureWarnings``), and by ``bot.stack`` on everything a process prints.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import re
from functools import lru_cache
import secrets

from bot.quiet import quiet
from bot.security.secrets_file import log_key

PATTERNS = [
    # The first three (email, phone, postcode) are also used on survey comments.
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[email]"),
    (re.compile(r"(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)"), "[phone]"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE), "[postcode]"),
    # Rasa quotes a "/intent{...}" message it cannot parse in a warning.
    # It quotes it more than once ("Continuing without ...", "but found ..."), so the whole
    # rest of that line goes.
    (re.compile(r"(?i)(Failed to parse arguments in line ).*"),
     r"\1'[text]' (the rest is left out: it quotes the message)"),
    (re.compile(r"(?s)(?<![\w/])/[A-Za-z_][\w-]*\{.*?\}(?=[\s'\",)]|$)"), "[payload]"),
    (re.compile(r"(?i)(\"?(?:text|message)\"?\s*[:=]\s*)(\"[^\"]*\"|'[^']*')"), r"\1[text]"),
    (re.compile(r"(?i)(user message|received user message)\s+'[^']*'"), r"\1 '[text]'"),
]
# Conversation ids: the prefixes this project gives them, and ids named as such.
PREFIXED_ID = re.compile(r"\b(?:web|tg|caller|test|scale)-[A-Za-z0-9_.:-]{4,80}")
NAMED_ID = re.compile(r"(?i)((?:sender|sender_id|sender id|conversation|conversation_id|"
                      r"conversation id|recipient_id)['\"]?\s*[:=]?\s*['\"]?)"
                      r"(?!conv-)([A-Za-z0-9_.:-]{6,80})")


@lru_cache(maxsize=1)
def _key() -> bytes:
    try:
        return log_key().encode()
    except Exception:  # noqa: BLE001 - logging must work even without a data folder

        return secrets.token_bytes(32)


def conversation_tag(sender: str) -> str:
    """A stand-in for a conversation id in logs: the same id always gives the same tag."""
    return "conv-" + hmac.new(_key(), sender.encode(), hashlib.sha256).hexdigest()[:12]


def redact(text: str) -> str:
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    text = PREFIXED_ID.sub(lambda m: conversation_tag(m.group(0)), text)
    return NAMED_ID.sub(lambda m: m.group(1) + conversation_tag(m.group(2)), text)


class RedactFilter(logging.Filter):
    """A logging filter that rewrites each record's message (and traceback) with ``redact``."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken log call must not break the app
            return True
        if record.exc_info:
            # A traceback can quote local values; keep the type of error, drop the rest.
            message += f" ({record.exc_info[0].__name__})" if record.exc_info[0] else ""
            record.exc_info, record.exc_text = None, None
        record.msg, record.args = redact(message), ()
        return True


def install(logger: logging.Logger = None) -> None:
    """Adds the filter to ``logger`` (default: root) and its handlers, and routes Python
    warnings through logging so they are filtered too."""
    logging.captureWarnings(True)
    quiet()                 # again: capturing replaced the check for libraries' noise
    target = logger or logging.getLogger()
    for handler in target.handlers or [logging.lastResort]:
        if handler is not None and not any(isinstance(f, RedactFilter) for f in handler.filters):
            handler.addFilter(RedactFilter())
    if not any(isinstance(f, RedactFilter) for f in target.filters):
        target.addFilter(RedactFilter())
