"""Words to avoid (avoid.yml) and terms the bot may use without explaining (allowed.yml)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, List, Tuple

import yaml

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class AvoidEntry:
    phrase: str
    better: str
    reason: str
    unless: Tuple[str, ...] = ()


@lru_cache(maxsize=1)
def avoid_list() -> List[AvoidEntry]:
    raw = yaml.safe_load((HERE / "avoid.yml").read_text(encoding="utf-8"))
    return [AvoidEntry(phrase=i["phrase"].strip(), better=i["better"].strip(),
                       reason=i["reason"].strip(),
                       unless=tuple(u.lower() for u in i.get("unless") or ()))
            for i in raw]


@lru_cache(maxsize=1)
def allowed_terms() -> FrozenSet[str]:
    raw = yaml.safe_load((HERE / "allowed.yml").read_text(encoding="utf-8"))
    return frozenset(i["term"].strip().lower() for i in raw)
