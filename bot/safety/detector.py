"""Decides whether a message is about danger to life now (crisis) or abuse (safeguarding).

Pure functions over lexicon.yml, so the NLU component, the gateway and the tests share one
judgement. Crisis wins over safeguarding: a person in danger now needs 999 first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Pattern

import yaml

from bot.intents import CRISIS, SAFEGUARDING

LEXICON = Path(__file__).with_name("lexicon.yml")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


@dataclass(frozen=True)
class Finding:
    """What the lexicon found: the intent it raises and the phrase that raised it."""
    intent: str
    phrase: str


@dataclass(frozen=True)
class Lexicon:
    benign: List[Pattern]
    crisis: List[Pattern]
    safeguarding: List[Pattern]
    risk_words: List[Pattern] = ()


@lru_cache(maxsize=4)
def load(path: str = str(LEXICON)) -> Lexicon:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    compile_all = lambda key: [re.compile(p) for p in data.get(key) or []]  # noqa: E731
    return Lexicon(compile_all("benign"), compile_all("crisis"), compile_all("safeguarding"),
                   compile_all("risk_words"))


def normalise(text: str) -> str:
    """Lower case, straight apostrophes, single spaces, so one pattern fits many spellings."""
    text = (text or "").translate(_APOSTROPHES).lower()
    return " " + re.sub(r"\s+", " ", text).strip() + " "


def mask_benign(text: str, lexicon: Lexicon) -> str:
    """Blanks out everyday sayings ("dying to get out") so they cannot raise an alarm."""
    for pattern in lexicon.benign:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def assess(text: str, lexicon: Optional[Lexicon] = None) -> Optional[Finding]:
    """Returns the crisis or safeguarding finding for a message, or None when there is none."""
    lexicon = lexicon or load()
    if not text or text.lstrip().startswith("/"):
        return None  # button payloads say their own intent
    masked = mask_benign(normalise(text), lexicon)
    for intent, patterns in ((CRISIS, lexicon.crisis), (SAFEGUARDING, lexicon.safeguarding)):
        for pattern in patterns:
            match = pattern.search(masked)
            if match:
                return Finding(intent, match.group(0).strip())
    return None


def is_benign_lookalike(text: str, lexicon: Optional[Lexicon] = None) -> bool:
    """True when the message holds an everyday saying that only looks like danger."""
    lexicon = lexicon or load()
    normal = normalise(text)
    return any(p.search(normal) for p in lexicon.benign)


def has_risk_words(text: str, lexicon: Optional[Lexicon] = None) -> bool:
    """True when the message holds any danger or harm vocabulary at all (a generous net).

    The trained classifier may call "having my own PA" a crisis; with no such word in the
    message, the safety net does not let that stand.
    """
    return risk_words_in(normalise(text), lexicon)


def risk_words_in(norm: str, lexicon: Optional[Lexicon] = None) -> bool:
    """``has_risk_words`` for text already normalised."""
    lexicon = lexicon or load()
    if not lexicon.risk_words:
        return True
    masked = mask_benign(norm, lexicon)
    return any(p.search(masked) for p in lexicon.risk_words)
