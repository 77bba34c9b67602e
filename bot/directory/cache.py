"""The last good answer for each search, kept in SQLite, for when the directory is down.

Each successful search stores its normalised results under a key made of the heading, the
words (when there is no heading) and the postcode district. When the directory cannot be
reached, the search reads the same key, or the same heading anywhere, and says plainly that
the details may be out of date.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Union

from bot import settings
from bot.directory.service_summary import ServiceSummary

DEFAULT_FILE_NAME = "directory_cache.db"


@dataclass
class CachedResults:
    results: List[ServiceSummary]
    total: int
    saved_at: float
    key: str


def cache_key(category: Optional[str], terms: List[str], district: Optional[str]) -> str:
    words = "" if category else " ".join(sorted(terms))
    return json.dumps([category or "", words, district or ""])


class ResultCache:
    """Normalised results by query key, in a small SQLite file (or in memory for tests)."""

    def __init__(self, path: Union[str, Path] = ":memory:"):
        self.path = str(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        with self._lock, self._db:
            self._db.execute("CREATE TABLE IF NOT EXISTS search_cache (key TEXT PRIMARY KEY, "
                             "category TEXT, results TEXT NOT NULL, total INTEGER NOT NULL, "
                             "saved_at REAL NOT NULL)")

    def put(self, key: str, category: Optional[str], results: List[ServiceSummary],
            total: int) -> None:
        payload = json.dumps([r.to_dict() for r in results])
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO search_cache (key, category, results, total, saved_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                "category=excluded.category, results=excluded.results, total=excluded.total, "
                "saved_at=excluded.saved_at", (key, category or "", payload, total, time.time()))

    def _load(self, row) -> Optional[CachedResults]:
        if row is None:
            return None
        key, payload, total, saved_at = row
        try:
            results = [ServiceSummary.from_dict(d) for d in json.loads(payload)]
        except (ValueError, TypeError):
            return None
        return CachedResults(results, int(total), float(saved_at), key)

    def get(self, key: str) -> Optional[CachedResults]:
        with self._lock:
            row = self._db.execute("SELECT key, results, total, saved_at FROM search_cache "
                                   "WHERE key = ?", (key,)).fetchone()
        return self._load(row)

    def latest_for_category(self, category: str) -> Optional[CachedResults]:
        """The newest saved results for a heading, wherever they were searched from."""
        with self._lock:
            row = self._db.execute(
                "SELECT key, results, total, saved_at FROM search_cache WHERE category = ? "
                "ORDER BY saved_at DESC LIMIT 1", (category,)).fetchone()
        return self._load(row)

    def close(self) -> None:
        with self._lock:
            self._db.close()


@lru_cache(maxsize=4)
def _open(path: str) -> ResultCache:
    return ResultCache(path)


def open_default_cache(path: Union[str, Path, None] = None) -> ResultCache:
    """The shared cache file ``var/directory_cache.db`` (under CARE_DATA_DIR)."""
    if path is None:
        path = settings.data_dir() / DEFAULT_FILE_NAME
    return _open(str(path))
