"""Loads Open Referral data into the local store: ORUK 3.0 JSON exports and HSDS CSV packages.

JSON: a paged list (``{"contents": [...]}``), a plain list of services, one service, an
organization with its ``services``, or a taxonomy with its terms. CSV: a folder of HSDS
tables (services.csv, organizations.csv, locations.csv, ...; singular and plural file names
both work). Nested records are split into the store's flat tables with their links kept.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Union

from bot.directory.database import DirectoryStore

CSV_TABLES = {
    "services": "service", "service": "service",
    "organizations": "organization", "organization": "organization",
    "locations": "location", "location": "location",
    "addresses": "address", "address": "address", "physical_addresses": "address",
    "service_at_locations": "service_at_location", "service_at_location": "service_at_location",
    "schedules": "schedule", "schedule": "schedule", "regular_schedules": "schedule",
    "cost_options": "cost_option", "cost_option": "cost_option",
    "contacts": "contact", "contact": "contact",
    "phones": "phone", "phone": "phone",
    "accessibility": "accessibility", "accessibilities": "accessibility",
    "accessibility_for_disabilities": "accessibility",
    "languages": "language", "language": "language",
    "funding": "funding", "fundings": "funding",
    "service_areas": "service_area", "service_area": "service_area",
    "taxonomies": "taxonomy", "taxonomy": "taxonomy",
    "taxonomy_terms": "taxonomy_term", "taxonomy_term": "taxonomy_term",
    "attributes": "attribute", "attribute": "attribute",
}


@dataclass
class ImportReport:
    """How many records of each kind were loaded, and what was odd about the data."""

    counts: Dict[str, int] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)

    def add(self, table: str, n: int = 1) -> None:
        self.counts[table] = self.counts.get(table, 0) + n

    @property
    def services(self) -> int:
        return self.counts.get("service", 0)

    def text(self) -> str:
        parts = ", ".join(f"{n} {table}" for table, n in sorted(self.counts.items()))
        lines = [f"Imported: {parts or 'nothing'}."]
        lines += [f"Warning: {w}" for w in self.warnings[:20]]
        if len(self.warnings) > 20:
            lines.append(f"... and {len(self.warnings) - 20} more warnings.")
        return "\n".join(lines)


class ImportError_(ValueError):
    """The file is not something the importer understands."""


def _put(store: DirectoryStore, report: ImportReport, table: str,
         record: Dict[str, Any]) -> bool:
    if not isinstance(record, dict) or not record.get("id"):
        report.warnings.append(f"a {table} record without an id was skipped")
        return False
    store.put(table, record)
    report.add(table)
    return True


# --- JSON ----------------------------------------------------------------------------------
def _put_term(store: DirectoryStore, report: ImportReport, term: Dict[str, Any]) -> None:
    if not _put(store, report, "taxonomy_term", term):
        return
    taxonomy_id = term.get("taxonomy_id")
    if taxonomy_id and store.row("taxonomy", taxonomy_id) is None:
        name = term.get("taxonomy") or "Imported taxonomy"
        _put(store, report, "taxonomy", {"id": taxonomy_id, "name": name, "description": name})


def _put_attributes(store: DirectoryStore, report: ImportReport,
                    attributes: Iterable[Dict[str, Any]], link_id: str, link_type: str) -> None:
    for attribute in attributes or []:
        if not isinstance(attribute, dict):
            continue
        term = attribute.get("taxonomy_term")
        if isinstance(term, dict) and term.get("id"):
            _put_term(store, report, term)
            attribute = {**attribute, "taxonomy_term_id": term["id"]}
        _put(store, report, "attribute",
             {"link_id": link_id, "link_type": link_type, **attribute})


def _put_location(store: DirectoryStore, report: ImportReport, location: Dict[str, Any]) -> None:
    if not _put(store, report, "location", location):
        return
    for address in location.get("addresses") or location.get("physical_addresses") or []:
        _put(store, report, "address", {"location_id": location["id"], **address})
    for access in (location.get("accessibility")
                   or location.get("accessibility_for_disabilities") or []):
        _put(store, report, "accessibility", {"location_id": location["id"], **access})
    for phone in location.get("phones") or []:
        _put(store, report, "phone", {"location_id": location["id"], **phone})
    _put_attributes(store, report, location.get("attributes"), location["id"], "location")


def import_service(store: DirectoryStore, service: Dict[str, Any],
                   report: Optional[ImportReport] = None) -> ImportReport:
    """One ORUK 3.0 service (list item or fully nested) into the store's tables."""
    report = report or ImportReport()
    if not isinstance(service, dict) or not service.get("id") or not service.get("name"):
        report.warnings.append("a service without an id or a name was skipped")
        return report
    sid = service["id"]
    flat = dict(service)
    organization = service.get("organization")
    if isinstance(organization, dict) and organization.get("id"):
        _put(store, report, "organization", organization)
        flat.setdefault("organization_id", organization["id"])
    if not flat.get("status"):
        report.warnings.append(f"service {sid} has no status; taken as active")
        flat["status"] = "active"
    _put(store, report, "service", flat)
    for link in service.get("service_at_locations") or []:
        location = link.get("location") if isinstance(link, dict) else None
        if isinstance(location, dict) and location.get("id"):
            _put_location(store, report, location)
            link = {**link, "location_id": location["id"]}
        _put(store, report, "service_at_location", {"service_id": sid, **link})
        for schedule in (link.get("schedules") or []):
            _put(store, report, "schedule",
                 {"service_id": sid, "service_at_location_id": link.get("id"), **schedule})
    simple = {"schedules": "schedule", "regular_schedules": "schedule",
              "cost_options": "cost_option", "languages": "language", "funding": "funding",
              "service_areas": "service_area", "phones": "phone"}
    for key, table in simple.items():
        for item in service.get(key) or []:
            if isinstance(item, dict):
                _put(store, report, table, {"service_id": sid, **item})
    for contact in service.get("contacts") or []:
        if isinstance(contact, dict) and _put(store, report, "contact",
                                              {"service_id": sid, **contact}):
            for phone in contact.get("phones") or []:
                _put(store, report, "phone", {"contact_id": contact["id"], **phone})
    _put_attributes(store, report, service.get("attributes"), sid, "service")
    return report


def import_json_data(store: DirectoryStore, data: Any,
                     report: Optional[ImportReport] = None) -> ImportReport:
    """Any ORUK 3.0 JSON shape the module docstring lists."""
    report = report or ImportReport()
    with store.transaction():
        if isinstance(data, dict) and isinstance(data.get("contents"), list):
            items = data["contents"]
        elif isinstance(data, list):
            items = data
        elif isinstance(data, dict):
            items = [data]
        else:
            raise ImportError_("expected a JSON object or list of ORUK records")
        for item in items:
            if not isinstance(item, dict):
                report.warnings.append("a list item that is not an object was skipped")
            elif isinstance(item.get("taxonomy_terms"), list):  # a taxonomy with its terms
                _put(store, report, "taxonomy", item)
                for term in item["taxonomy_terms"]:
                    _put_term(store, report, {"taxonomy_id": item["id"], **term})
            elif isinstance(item.get("services"), list):  # an organization with its services
                _put(store, report, "organization", item)
                for service in item["services"]:
                    import_service(store, {"organization": item, **service}, report)
            elif "location_type" in item and "status" not in item:
                _put_location(store, report, item)
            elif "service" in item and isinstance(item["service"], dict):  # service_at_location
                service = dict(item["service"])
                if isinstance(item.get("location"), dict):
                    service.setdefault("service_at_locations", [
                        {"id": item["id"], "location": item["location"]}])
                import_service(store, service, report)
            elif "taxonomy_id" in item or "term" in item:
                _put_term(store, report, item)
            else:
                import_service(store, item, report)
    return report


# --- CSV -----------------------------------------------------------------------------------
def _csv_rows(path: Path) -> List[Dict[str, Any]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = []
        for row in csv.DictReader(handle):
            clean = {}
            for key, value in row.items():
                if key is None:
                    continue
                value = (value or "").strip()
                if len(value) >= 2 and value[0] == value[-1] == '"':
                    value = value[1:-1]  # some exports quote twice: ""+44 1234""
                clean[key.strip()] = value or None
            rows.append(clean)
        return rows


def import_csv_package(store: DirectoryStore, folder: Union[str, Path],
                       report: Optional[ImportReport] = None) -> ImportReport:
    """A folder of HSDS CSV tables, one file per record type."""
    report = report or ImportReport()
    folder = Path(folder)
    files = sorted(folder.glob("*.csv"))
    if not any(CSV_TABLES.get(f.stem) == "service" for f in files):
        raise ImportError_(f"no services.csv in {folder}")
    with store.transaction():
        for path in files:
            table = CSV_TABLES.get(path.stem)
            if table is None:
                report.warnings.append(f"{path.name} is not a table the directory keeps")
                continue
            for row in _csv_rows(path):
                if table == "service" and not row.get("status"):
                    row["status"] = "active"
                if table == "attribute" and not row.get("link_type"):
                    row["link_type"] = "service"
                _put(store, report, table, row)
    return report


# --- entry point ---------------------------------------------------------------------------
def import_path(store: DirectoryStore, path: Union[str, Path]) -> ImportReport:
    """A JSON file, a folder of CSV tables, or a folder of JSON files."""
    path = Path(path)
    report = ImportReport()
    if path.is_dir():
        if any(CSV_TABLES.get(p.stem) == "service" for p in path.glob("*.csv")):
            return import_csv_package(store, path, report)
        json_files = sorted(path.glob("*.json"))
        if not json_files:
            raise ImportError_(f"no services.csv or JSON files in {path}")
        for file in json_files:
            import_json_data(store, _read_json(file), report)
        return report
    if path.suffix.lower() == ".csv":
        return import_csv_package(store, path.parent, report)
    return import_json_data(store, _read_json(path), report)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise ImportError_(f"cannot read {path}: {error}") from error
