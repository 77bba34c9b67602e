"""Reads taxonomy.yml: the categories the safety net knows and what each one leads to.

The YAML is the reviewed source; this module only loads it and answers questions about it,
so the engine, the responses, the staff queue and the tests agree on one list.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List

import yaml

TAXONOMY = Path(__file__).with_name("taxonomy.yml")
KINDS = ("crisis", "safeguarding", "route")
TIERS = ("clear", "check_in", "none")
ROUTES = ("carer_strain", "grief", "money_worry", "complaint")
# Used when only the kind is known (a button, or a check-in answered "yes").
KIND_DEFAULT_CATEGORY = {"crisis": "suicide_thoughts", "safeguarding": "abuse_physical"}


@lru_cache(maxsize=1)
def load() -> Dict[str, Any]:
    data = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
    for name, info in data["categories"].items():
        assert info["kind"] in KINDS, name
        assert info["tier"] in TIERS, name
        for key in info["helplines"]:
            assert key in data["helplines"], (name, key)
    return data


def categories(kind: str = None) -> List[str]:
    """Category ids, in the file's order; only those of one kind when ``kind`` is given."""
    cats = load()["categories"]
    return [c for c, info in cats.items() if kind is None or info["kind"] == kind]


def category_info(category: str) -> Dict[str, Any]:
    """Kind, default tier, response key, helplines (keys), priority and reviewer note.

    Raises KeyError for a name that is neither a category nor a kind. A kind ("crisis",
    "safeguarding") gives its default category's information.
    """
    cats = load()["categories"]
    name = KIND_DEFAULT_CATEGORY.get(category, category)
    info = dict(cats[name])
    info["category"] = name
    info["helplines"] = list(info["helplines"])
    return info


def helpline(key: str) -> Dict[str, Any]:
    return dict(load()["helplines"][key])
