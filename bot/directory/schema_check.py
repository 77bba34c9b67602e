"""Checks JSON against the ORUK 3.0 schemas offline, for tests and for checking a feed.

The schemas' ``$ref``s are absolute (https://openreferraluk.org/specifications/3.0/schema/...);
every file in the given folder is preloaded under that address, so nothing is fetched.
The schemas themselves are shipped in ``tests/fixtures/oruk/schema`` (CC BY-SA 4.0).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Union

from jsonschema import Draft202012Validator, FormatChecker, RefResolver

SCHEMA_PREFIX = "https://openreferraluk.org/specifications/3.0/schema/"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "oruk" / "schema"


@lru_cache(maxsize=4)
def _schemas(folder: str) -> Dict[str, Any]:
    return {SCHEMA_PREFIX + p.name: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(Path(folder).glob("*.json"))}


def validator(name: str, folder: Union[str, Path] = DEFAULT_DIR) -> Draft202012Validator:
    """A validator for one schema file, e.g. ``validator("service_list")``."""
    store = _schemas(str(folder))
    uri = SCHEMA_PREFIX + (name if name.endswith(".json") else name + ".json")
    schema = store[uri]
    resolver = RefResolver(base_uri=uri, referrer=schema, store=store)
    return Draft202012Validator(schema, resolver=resolver, format_checker=FormatChecker())


def problems(data: Any, name: str, folder: Union[str, Path] = DEFAULT_DIR) -> List[str]:
    """Every way ``data`` breaks the schema, as "path: message" lines (empty when valid)."""
    found = []
    for error in validator(name, folder).iter_errors(data):
        path = "/".join(str(p) for p in error.absolute_path) or "(top)"
        found.append(f"{path}: {error.message}")
    return found
