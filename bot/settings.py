"""Loads the council's configuration once, so actions, gateway and scripts agree on it.

The file is ``council.yml`` at the project root unless ``CARE_COUNCIL_CONFIG`` names another.
Environment variables override single values, so secrets never need to be in a file.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

import yaml

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
    own = os.environ.get("CARE_COUNCIL_CONFIG")
    if own and Path(own).resolve() != DEFAULT_CONFIG:
        with open(own, encoding="utf-8") as handle:
            config = _deep_merge(config, yaml.safe_load(handle) or {})
    if os.environ.get("CARE_DIRECTORY_URL"):
        config["directory"]["base_url"] = os.environ["CARE_DIRECTORY_URL"]
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
    path = Path(os.environ.get("CARE_DATA_DIR", PROJECT_ROOT / "var"))
    path.mkdir(parents=True, exist_ok=True)
    return path
