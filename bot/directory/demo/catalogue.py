"""The made-up services of the demo directory, read from ``catalogue.yml`` (the rows are
data, written there in plain words; this module only reads them).

Every organisation there is FICTIONAL and marked "(demo)". ``build_demo.py`` turns the rows
into ORUK 3.0 records.

A row: category, name, description, organisation key, district, when, cost, keywords,
accessibility, languages, and the youngest and oldest age it is for (ORUK ``minimum_age``
and ``maximum_age``; None when it is for any age). ``when`` is (days, opens, closes) with
days like "MO,WE", "1TU" (first Tuesday of the month) or "DAILY"; cost is 0 for free or
(amount, "a session").
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Tuple

import yaml

CATALOGUE = Path(__file__).resolve().parent / "catalogue.yml"
FREE = 0


def _row(entry: Dict[str, Any]) -> Tuple[Any, ...]:
    when, cost = entry["when"], entry["cost"]
    return (entry["category"], entry["name"], entry["description"], entry["organisation"],
            entry["district"], (when["days"], when["opens"], when["closes"]),
            FREE if cost == "free" else (cost["amount"], cost["per"]),
            list(entry["keywords"]), entry["accessibility"], list(entry["languages"]),
            (entry.get("ages") or {}).get("min"), (entry.get("ages") or {}).get("max"))


def _load() -> Tuple[Dict[str, Tuple[str, str]], List[Tuple[Any, ...]]]:
    data = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    organisations = {key: (org["name"], org["description"])
                     for key, org in data["organisations"].items()}
    return organisations, [_row(entry) for entry in data["services"]]


ORGANISATIONS, SERVICES = _load()
