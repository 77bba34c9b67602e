"""A local SQLite copy of ORUK / HSDS 3.0 records: the built-in directory behind /oruk.

One table per HSDS record type (service, organization, location, address,
service_at_location, schedule, cost_option, contact, phone, accessibility, language,
funding, service_area, taxonomy, taxonomy_term, attribute), with the schema's own column
names, so importing and serving are plain copies. A new store is seeded with the fictional
demo data. Reads rebuild nested ``service_full`` records; searching lives in ``finder``.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

from bot import settings
from bot.directory import categories

DEMO_FILE = Path(__file__).resolve().parent / "demo" / "services.json"
DEFAULT_FILE_NAME = "directory.db"

TABLES: Dict[str, List[str]] = {
    "organization": ["id", "name", "description", "email", "website", "logo", "uri",
                     "parent_organization_id"],
    "service": ["id", "organization_id", "name", "description", "url", "email", "status",
                "fees", "accreditations", "minimum_age", "maximum_age", "assured_date",
                "assurer_email", "alert", "last_modified"],
    "location": ["id", "location_type", "name", "description", "latitude", "longitude",
                 "external_identifier", "external_identifier_type"],
    "address": ["id", "location_id", "attention", "address_1", "address_2", "city", "region",
                "state_province", "postal_code", "country", "address_type"],
    "service_at_location": ["id", "service_id", "location_id"],
    "schedule": ["id", "service_id", "service_at_location_id", "location_id", "valid_from",
                 "valid_to", "dtstart", "freq", "interval", "byday", "bymonthday",
                 "description", "opens_at", "closes_at", "schedule_link", "attending_type",
                 "notes"],
    "cost_option": ["id", "service_id", "valid_from", "valid_to", "option", "currency",
                    "amount", "amount_description"],
    "contact": ["id", "service_id", "organization_id", "name", "title", "department",
                "email"],
    "phone": ["id", "service_id", "contact_id", "location_id", "number", "extension", "type",
              "description"],
    "accessibility": ["id", "location_id", "description", "details", "url", "accessibility"],
    "language": ["id", "service_id", "phone_id", "location_id", "name", "code", "note"],
    "funding": ["id", "service_id", "organization_id", "source"],
    "service_area": ["id", "service_id", "name", "description", "extent", "extent_type",
                     "uri", "service_area"],
    "taxonomy": ["id", "name", "description", "uri", "version"],
    "taxonomy_term": ["id", "name", "description", "parent_id", "taxonomy", "taxonomy_id",
                      "term_uri", "term", "code", "version"],
    "attribute": ["id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value",
                  "label"],
}
NUMERIC = {"latitude", "longitude", "amount", "minimum_age", "maximum_age", "interval"}
INDEXED = {"service": ["organization_id"], "address": ["location_id"],
           "service_at_location": ["service_id", "location_id"], "schedule": ["service_id"],
           "cost_option": ["service_id"], "contact": ["service_id"],
           "phone": ["service_id", "contact_id"], "accessibility": ["location_id"],
           "language": ["service_id"], "funding": ["service_id"],
           "service_area": ["service_id"], "taxonomy_term": ["taxonomy_id"],
           "attribute": ["link_id", "taxonomy_term_id"]}


def _create_statements() -> List[str]:
    statements = []
    for table, columns in TABLES.items():
        cols = ", ".join(
            f'"{c}" {"REAL" if c in NUMERIC else "TEXT"}{" PRIMARY KEY" if c == "id" else ""}'
            for c in columns)
        statements.append(f'CREATE TABLE IF NOT EXISTS "{table}" ({cols})')
        for column in INDEXED.get(table, []):
            statements.append(f'CREATE INDEX IF NOT EXISTS "ix_{table}_{column}" '
                              f'ON "{table}" ("{column}")')
    return statements


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _compact(row: Dict[str, Any]) -> Dict[str, Any]:
    """A record without empty fields (the schemas want a string or nothing, never null)."""
    out = {}
    for key, value in row.items():
        if value is None:
            continue
        if isinstance(value, float) and key in ("interval", "minimum_age", "maximum_age") \
                and value.is_integer():
            value = int(value)
        out[key] = value
    return out


@dataclass
class SearchDoc:
    """What the finder needs to know about one service to match and sort it."""

    id: str
    name: str
    description: str
    organisation: str
    organization_id: Optional[str]
    status: str
    term_ids: List[str] = field(default_factory=list)
    taxonomy_ids: List[str] = field(default_factory=list)
    keywords: List[str] = field(default_factory=list)
    points: List[Tuple[float, float]] = field(default_factory=list)
    sites: List[Tuple[str, Optional[float], Optional[float]]] = field(default_factory=list)

    @property
    def category(self) -> Optional[str]:
        for term in self.term_ids:
            if term in categories.CATEGORY_BY_TERM_ID:
                return categories.CATEGORY_BY_TERM_ID[term]
        return None


class DirectoryStore:
    """ORUK records in SQLite. ``path=":memory:"`` for tests; a file for the running bot."""

    def __init__(self, path: Union[str, Path] = ":memory:", seed: bool = True):
        self.path = str(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._docs: Optional[List[SearchDoc]] = None
        with self._lock, self._db:
            for statement in _create_statements():
                self._db.execute(statement)
        self.ensure_own_taxonomies()
        if seed and (self.count("service") == 0 or self._older_demo()):
            self.seed_demo()

    # --- writing -----------------------------------------------------------------------------
    def put(self, table: str, record: Dict[str, Any]) -> None:
        """Insert or update one flat record; unknown fields are left out.

        Call inside ``transaction()`` so the write is saved."""
        columns = [c for c in TABLES[table] if c in record]
        if "id" not in columns or not record.get("id"):
            raise ValueError(f"{table} record without an id")
        values = []
        for column in columns:
            value = _clean(record[column])
            if column in NUMERIC and value is not None:
                try:
                    value = float(value)
                except (TypeError, ValueError):
                    value = None
            elif value is not None and not isinstance(value, str):
                value = str(value)
            values.append(value)
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f'"{c}"=excluded."{c}"' for c in columns if c != "id")
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
        sql += f" ON CONFLICT(id) DO UPDATE SET {updates}" if updates else \
            " ON CONFLICT(id) DO NOTHING"
        with self._lock:
            self._db.execute(sql, values)
            self._docs = None

    @contextmanager
    def transaction(self) -> Iterator["DirectoryStore"]:
        """Writes inside are saved together, or not at all if something fails."""
        with self._lock, self._db:
            yield self

    def ensure_own_taxonomies(self) -> None:
        """The seven headings and the keyword taxonomy are always there."""
        with self.transaction():
            heading = categories.taxonomy_record()
            self.put("taxonomy", heading)
            for term in heading["taxonomy_terms"]:
                self.put("taxonomy_term", term)
            self.put("taxonomy", categories.keyword_taxonomy_record())

    def seed_demo(self) -> None:
        """Load the fictional demo directory (only done when the store has no services, or
        holds nothing but an older copy of the demo)."""
        # Lazy: the importer imports this module (a cycle at import time).
        from bot.directory.importer import import_path

        import_path(self, DEMO_FILE)
        with self._lock, self._db:
            self._db.execute(f"PRAGMA user_version = {demo_version()}")

    def _older_demo(self) -> bool:
        """The store was seeded from an earlier demo file and holds nothing else, so the
        demo's new services (and fixes) are loaded; a council's own data is never touched."""
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == demo_version():
                return False
            ids = {row[0] for row in self._db.execute('SELECT id FROM "service"')}
        return bool(ids) and ids <= demo_service_ids()

    # --- reading: flat -----------------------------------------------------------------------
    def count(self, table: str) -> int:
        with self._lock:
            return self._db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]

    def rows(self, table: str, where: str = "", params: Tuple = ()) -> List[Dict[str, Any]]:
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "")
        with self._lock:
            return [_compact(dict(r)) for r in self._db.execute(sql, params).fetchall()]

    def row(self, table: str, record_id: str) -> Optional[Dict[str, Any]]:
        found = self.rows(table, "id = ?", (record_id,))
        return found[0] if found else None

    def _by(self, table: str, column: str, value: Optional[str]) -> List[Dict[str, Any]]:
        if not value:
            return []
        return self.rows(table, f'"{column}" = ? ORDER BY rowid', (value,))

    # --- reading: nested ORUK records ----------------------------------------------------------
    def taxonomy_term(self, term_id: str) -> Optional[Dict[str, Any]]:
        term = self.row("taxonomy_term", term_id)
        return _named(term) if term else None

    def taxonomy(self, taxonomy_id: str, with_terms: bool = True) -> Optional[Dict[str, Any]]:
        record = self.row("taxonomy", taxonomy_id)
        if record and with_terms:
            record["taxonomy_terms"] = [
                _named(t) for t in self._by("taxonomy_term", "taxonomy_id", taxonomy_id)]
        return _named(record) if record else None

    def taxonomies(self) -> List[Dict[str, Any]]:
        return [_named(t) for t in self.rows("taxonomy", "1=1 ORDER BY name")]

    def taxonomy_terms(self, taxonomy_id: Optional[str] = None,
                       parent_id: Optional[str] = None,
                       top_only: bool = False) -> List[Dict[str, Any]]:
        clauses, params = [], []
        if taxonomy_id:
            clauses.append("taxonomy_id = ?")
            params.append(taxonomy_id)
        if parent_id:
            clauses.append("parent_id = ?")
            params.append(parent_id)
        if top_only:
            clauses.append("parent_id IS NULL")
        where = " AND ".join(clauses) or "1=1"
        return [_named(t) for t in self.rows("taxonomy_term", where + " ORDER BY rowid",
                                             tuple(params))]

    def organization(self, organization_id: Optional[str]) -> Optional[Dict[str, Any]]:
        record = self.row("organization", organization_id) if organization_id else None
        return _named(record) if record else None

    def location_full(self, location_id: str) -> Optional[Dict[str, Any]]:
        record = self.row("location", location_id)
        if record is None:
            return None
        record.setdefault("location_type", "physical")
        addresses = self._by("address", "location_id", location_id)
        for address in addresses:  # required by the schema; fill what the feed left out
            for key in ("address_1", "city", "state_province", "postal_code", "country"):
                address.setdefault(key, "")
            address.setdefault("address_type", record["location_type"])
        if addresses:
            record["addresses"] = addresses
        access = self._by("accessibility", "location_id", location_id)
        if access:
            record["accessibility"] = access
        return record

    @staticmethod
    def _nest(rows: List[Dict[str, Any]], field: str, find, id_key: str) -> List[Dict[str, Any]]:
        """Puts ``find(row[id_key])`` into each row as ``field``, where there is one."""
        for row in rows:
            found = find(row.get(id_key) or "")
            if found:
                row[field] = found
        return rows

    def attributes_for(self, link_id: str) -> List[Dict[str, Any]]:
        return self._nest(self._by("attribute", "link_id", link_id), "taxonomy_term",
                          self.taxonomy_term, "taxonomy_term_id")

    def service_basic(self, service_id: str) -> Optional[Dict[str, Any]]:
        """The service's one-to-one fields and its organization (for lists)."""
        record = self.row("service", service_id)
        if record is None:
            return None
        record.setdefault("status", "active")
        organization = self.organization(record.get("organization_id"))
        if organization:
            record["organization"] = organization
        return record

    def service_at_locations_for(self, service_id: str) -> List[Dict[str, Any]]:
        return self._nest(self._by("service_at_location", "service_id", service_id),
                          "location", self.location_full, "location_id")

    def service_full(self, service_id: str) -> Optional[Dict[str, Any]]:
        """The fully nested ORUK 3.0 service record, or None."""
        record = self.service_basic(service_id)
        if record is None:
            return None
        nested = {
            "schedules": self._by("schedule", "service_id", service_id),
            "service_areas": self._by("service_area", "service_id", service_id),
            "service_at_locations": self.service_at_locations_for(service_id),
            "languages": self._by("language", "service_id", service_id),
            "funding": self._by("funding", "service_id", service_id),
            "cost_options": self._by("cost_option", "service_id", service_id),
            "contacts": self._by("contact", "service_id", service_id),
            "phones": self._by("phone", "service_id", service_id),
            "attributes": self.attributes_for(service_id),
        }
        for contact in nested["contacts"]:
            phones = self._by("phone", "contact_id", contact["id"])
            if phones:
                contact["phones"] = phones
        record.update(nested)
        return record

    def service_at_location_full(self, link_id: str) -> Optional[Dict[str, Any]]:
        link = self.row("service_at_location", link_id)
        if link is None:
            return None
        location = self.location_full(link.get("location_id") or "")
        if location:
            link["location"] = location
        service = self.service_basic(link.get("service_id") or "")
        if service:
            link["service"] = service
        return link

    # --- search documents -----------------------------------------------------------------------
    def search_documents(self) -> List[SearchDoc]:
        """Every service in the shape the finder ranks, rebuilt after each write."""
        with self._lock:
            if self._docs is not None:
                return self._docs
            db = self._db
            orgs = {r["id"]: r["name"] for r in db.execute("SELECT id, name FROM organization")}
            docs: Dict[str, SearchDoc] = {}
            for r in db.execute("SELECT id, name, description, organization_id, status "
                                "FROM service ORDER BY rowid"):
                docs[r["id"]] = SearchDoc(
                    id=r["id"], name=r["name"] or "", description=r["description"] or "",
                    organisation=orgs.get(r["organization_id"], "") or "",
                    organization_id=r["organization_id"], status=r["status"] or "active")
            terms = db.execute(
                "SELECT a.link_id, t.id, t.name, t.taxonomy_id FROM attribute a "
                "JOIN taxonomy_term t ON t.id = a.taxonomy_term_id")
            for doc, (tid, tname, taxonomy_id) in _of_known_services(docs, terms):
                doc.term_ids.append(tid)
                if taxonomy_id and taxonomy_id not in doc.taxonomy_ids:
                    doc.taxonomy_ids.append(taxonomy_id)
                if tid not in categories.CATEGORY_BY_TERM_ID and tname:
                    doc.keywords.append(tname)
            sites = db.execute(
                "SELECT sal.service_id, sal.id, l.latitude, l.longitude "
                "FROM service_at_location sal LEFT JOIN location l ON l.id = sal.location_id "
                "ORDER BY sal.rowid")
            for doc, (link_id, lat, lon) in _of_known_services(docs, sites):
                doc.sites.append((link_id, lat, lon))
                if _valid_point(lat, lon):
                    doc.points.append((lat, lon))
            self._docs = list(docs.values())
            return self._docs

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _named(record: Dict[str, Any]) -> Dict[str, Any]:
    """Fill the name and description the schemas require when a feed left them out."""
    record.setdefault("name", record.get("term") or record.get("id", ""))
    record.setdefault("description", record["name"])
    return record


def _of_known_services(docs: Dict[str, Any], rows: Iterable[Tuple[Any, ...]]
                       ) -> Iterator[Tuple[Any, Tuple[Any, ...]]]:
    """Each row whose first column is a service in ``docs``: (its document, the other columns)."""
    for service_id, *rest in rows:
        doc = docs.get(service_id)
        if doc is not None:
            yield doc, tuple(rest)


def _valid_point(lat: Any, lon: Any) -> bool:
    return (isinstance(lat, (int, float)) and isinstance(lon, (int, float))
            and -90 <= lat <= 90 and -180 <= lon <= 180 and not (lat == 0 and lon == 0))


@lru_cache(maxsize=1)
def demo_version() -> int:
    """A number that changes whenever the demo file does (kept in SQLite's user_version)."""
    return zlib.crc32(DEMO_FILE.read_bytes()) & 0x7FFFFFFF


@lru_cache(maxsize=1)
def demo_service_ids() -> frozenset:
    data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    return frozenset(item["id"] for item in data["contents"])


def default_path() -> Path:
    return settings.data_dir() / DEFAULT_FILE_NAME


@lru_cache(maxsize=4)
def _open(path: str) -> DirectoryStore:
    return DirectoryStore(path)


def open_default_store(path: Union[str, Path, None] = None) -> DirectoryStore:
    """The shared store: ``var/directory.db`` (under CARE_DATA_DIR), seeded when empty."""
    return _open(str(path or default_path()))
