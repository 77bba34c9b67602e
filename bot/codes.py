"""Resume and caller codes: what they look like, how they are made and how they are read.

A code is 16 characters in four groups of four, such as ``HX4K-7KDM-9QPR-T2MW``, from 29
letters and digits that are hard to confuse when read aloud or typed (no 0/O, 1/I/L, 5/S):
about 77 bits, so guessing is hopeless even before the attempt limits. People may type it
in lower case, with spaces or dashes, or none.

This module is deliberately tiny (no database): the Rasa NLU component imports it.
"""
from __future__ import annotations

import re
import secrets
from typing import Dict

from bot import settings

CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789"
GROUPS, GROUP_SIZE = 4, 4
_CHARS = CODE_ALPHABET + CODE_ALPHABET.lower()      # as a regex character class
# A code as people type it: "HX4K-7KDM-9QPR-T2MW", "hx4k 7kdm 9qpr t2mw" or "hx4k7kdm9qprt2mw".
CODE_PATTERN = re.compile(rf"(?<![A-Za-z0-9])([{_CHARS}]{{4}})[- ]?([{_CHARS}]{{4}})[- ]?"
                          rf"([{_CHARS}]{{4}})[- ]?([{_CHARS}]{{4}})(?![A-Za-z0-9])")


def new_code() -> str:
    """A fresh code, always with at least one digit and one letter."""
    while True:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
        if any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw):
            return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i:i + GROUP_SIZE] for i in range(0, GROUPS * GROUP_SIZE, GROUP_SIZE))


def normalise_code(text: str) -> str:
    """The code in its printed form, or "" when ``text`` is not exactly one code."""
    raw = "".join(c for c in (text or "").upper() if c.isalnum())
    if len(raw) != GROUPS * GROUP_SIZE or any(c not in CODE_ALPHABET for c in raw):
        return ""
    return format_code(raw)


def codes_in(text: str):
    """Every code found in ``text``, in its printed form, with where it was found."""
    for match in CODE_PATTERN.finditer(text or ""):
        code = normalise_code("".join(match.groups()))
        if code:
            yield code, match


def find_code(text: str) -> str:
    """A resume code typed in a sentence ("my code is hx4k 7kdm 9qpr t2mw"), normalised,
    or ""."""
    for candidate, _ in codes_in(text):
        if any(ch.isdigit() for ch in candidate):
            return candidate
    return ""


# --- what the bot says when codes are tried too often ------------------------------------

def too_many_tries() -> str:
    phone = settings.get("council.adult_social_care_phone")
    return ("That code did not work, and there have been a lot of tries. To keep people's "
            "answers safe, please wait an hour before you try again. "
            f"You can also call us on {phone}. We will help you.")


def all_texts() -> Dict[str, str]:
    return {"codes/too_many_tries": too_many_tries()}
