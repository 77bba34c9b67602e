"""Keeps personal details out of logs: emails, phone numbers, postcodes and message text.

Installed on the gateway's and the action server's loggers, and on Rasa through
``logging.yml`` (``rasa run --logging-config-file``).
"""
from __future__ import annotations

import logging
import re

PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "[email]"),
    (re.compile(r"(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)"), "[phone]"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE), "[postcode]"),
    (re.compile(r"(?i)(\"?(?:text|message)\"?\s*[:=]\s*)(\"[^\"]*\"|'[^']*')"), r"\1[text]"),
    (re.compile(r"(?i)(user message|received user message)\s+'[^']*'"), r"\1 '[text]'"),
]


def redact(text: str) -> str:
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactFilter(logging.Filter):
    """A logging filter that rewrites each record's message with ``redact``."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken log call must not break the app
            return True
        record.msg, record.args = redact(message), ()
        return True


def install(logger: logging.Logger = None) -> None:
    target = logger or logging.getLogger()
    for handler in target.handlers or [logging.lastResort]:
        if handler is not None and not any(isinstance(f, RedactFilter) for f in handler.filters):
            handler.addFilter(RedactFilter())
    if not any(isinstance(f, RedactFilter) for f in target.filters):
        target.addFilter(RedactFilter())
