"""Thresholds for plain language, read from jargon/config.yml so they live in configuration."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Thresholds:
    max_sentence_words: int = 20
    max_grade: float = 6.0
    min_words_for_grade: int = 12
    max_grade_short: float = 12.0
    max_explanation_grade: float = 9.0
    long_word_syllables: int = 3

    def with_overrides(self, **values) -> "Thresholds":
        return replace(self, **{k: v for k, v in values.items() if v is not None})


@lru_cache(maxsize=1)
def thresholds() -> Thresholds:
    path = HERE / "config.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    known = {f.name for f in fields(Thresholds)}
    return Thresholds(**{k: v for k, v in (data or {}).items() if k in known})
