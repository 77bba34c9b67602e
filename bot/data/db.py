"""The engine for the project's database, one per database URL, and the clock.

SQLite by default (var/care.db under CARE_DATA_DIR); PostgreSQL with CARE_DATABASE_URL.
Tables are made on first use; columns added to the schema since a database was made are
added to it then too (nullable columns only, so old rows stay valid).
"""
from __future__ import annotations

import logging
import os
import time
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Dict, Optional

import sqlalchemy as sa

from bot import settings
from bot.data.schema import metadata

log = logging.getLogger(__name__)


def database_url() -> str:
    return settings.database_url()


def engine(url: Optional[str] = None) -> sa.engine.Engine:
    """The engine for ``url`` (default: the configured database), one per database URL."""
    return _engine(url or database_url())


@lru_cache(maxsize=8)
def _engine(url: str) -> sa.engine.Engine:
    kwargs: Dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 15}
    else:
        kwargs["pool_pre_ping"] = True
    eng = sa.create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        sa.event.listen(eng, "connect", _sqlite_secure_delete)
        _private_sqlite_file(url)
    metadata.create_all(eng)
    _add_new_columns(eng)
    if url.startswith("sqlite"):
        _private_sqlite_file(url)
    return eng


engine.cache_clear = _engine.cache_clear  # tests reset the engines between databases


def _add_new_columns(eng: sa.engine.Engine) -> None:
    """A database made before a nullable column joined the schema gets that column."""
    with eng.begin() as conn:
        inspector = sa.inspect(conn)
        for table in metadata.sorted_tables:
            have = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.c:
                if column.name not in have and column.nullable:
                    kind = column.type.compile(dialect=eng.dialect)
                    conn.execute(sa.text(
                        f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}'))


def _sqlite_secure_delete(dbapi_connection, _record) -> None:
    """Deleted rows are overwritten on disk, so erased words cannot be read back from the
    database file."""
    dbapi_connection.execute("PRAGMA secure_delete = ON")


def wipe_free_space(eng: sa.engine.Engine) -> None:
    """After an erasure on SQLite: rebuild the file, so no copy of an erased row is left.

    ``secure_delete`` zeroes the rows a delete removes, but when SQLite moved rows between
    pages earlier (a page split as a conversation grew), stale copies can stay in a page's
    unused space. ``VACUUM`` writes the file afresh. It waits for other connections'
    transactions (the Rasa server's), so it is retried for a while before giving up.
    PostgreSQL rewrites dead rows in its own autovacuum.
    """
    if eng.dialect.name != "sqlite":
        return
    for delay in (0.0, 0.2, 0.5, 1.0, 2.0):
        time.sleep(delay)
        try:
            with eng.connect() as conn:
                conn.exec_driver_sql("VACUUM")
            return
        except sa.exc.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
    log.warning("Could not compact %s after an erasure: the database stayed busy", eng.url)


def _private_sqlite_file(url: str) -> None:
    path = url.split("sqlite:///", 1)[-1]
    if path and path != ":memory:" and os.path.exists(path):
        os.chmod(path, 0o600)


def now() -> datetime:
    return datetime.now(tz=timezone.utc)


def aware(moment: Optional[datetime]) -> Optional[datetime]:
    """SQLite gives back naive times: they were stored in UTC."""
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=timezone.utc)
