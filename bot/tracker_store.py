"""Rasa's SQL tracker store with a bounded working window, and a production variant that
survives a database restart. Both run inside the Rasa server (endpoints*.yml name them).

``WindowedSQLTrackerStore`` (embedded defaults, endpoints.yml): ``retrieve`` hands Rasa a
bounded window of the conversation (see bot/tracker_window.py) so a turn costs the same at
turn 150 as at turn 5; ``retrieve_full_tracker`` is stock and complete, so the HTTP API's
tracker, the console, "download my data" and erasure see every event; ``save`` writes
exactly the events added since the tracker was read. What came before the window is kept
per conversation as a few restoring events (a small cache, checked against the database on
every read, so another server's turns, an erasure or a purge are always seen).

``ResilientSQLTrackerStore`` (endpoints.production.yml) is the same store made to survive a
PostgreSQL restart. Rasa 3.6 wraps every tracker store in a fail-safe: when reading a
conversation fails it carries on with an *empty* conversation, and the next save then drops
the new turn. This store checks each pooled connection before use (``pool_pre_ping``) and
retries reads and writes for a few seconds while the database comes back, so a turn waits
briefly instead of being lost.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.tracker_window import (loop_at_start, policy_view, restoring_at, stamped,
                                tracker_from_dicts, window_plans)

log = logging.getLogger(__name__)

RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 3.0, 5.0)   # about 12 seconds in all
STORED = "_care_events_stored"                  # on a tracker: how many of its events are saved
CACHE_SIZE = 5000                               # conversations whose window start is remembered
SQLITE_POOL_SIZE = 5                            # SQLite connections kept open between turns


class _Window:
    """Where one conversation's window starts, and what restores the state before it.

    Up to ``CACHE_SIZE`` of these stay in the Rasa server's memory. The restoring events
    (a SlotSet for each filled slot, the form, a pause; inside a long form the events that
    opened it too) are kept as JSON text, about a third of the memory of the same events
    as dicts (an assessment's: 5 KB against 16 KB), and each read decodes fresh copies, so
    nothing that reads them can change what is remembered.
    """
    __slots__ = ("cut_id", "rows_before", "_prefix", "_opening", "retry_after")

    def __init__(self, cut_id: int, rows_before: int, prefix: List[Dict[str, Any]],
                 form_opening: Optional[List[Dict[str, Any]]] = None) -> None:
        self.cut_id = cut_id                # id of the first stored event in the window
        self.rows_before = rows_before      # stored events before it (checked on every read)
        self._prefix = json.dumps(prefix, separators=(",", ":"))
        # Inside a long form: the events that opened it (the policies look back past the
        # form's folded turns to them), kept while the form runs.
        self._opening = (None if form_opening is None
                         else json.dumps(form_opening, separators=(",", ":")))
        self.retry_after = 0                # rows in the window before trying to move it again

    @property
    def prefix(self) -> List[Dict[str, Any]]:
        """Events before the window's own, as dicts."""
        return json.loads(self._prefix)

    @property
    def form_opening(self) -> Optional[List[Dict[str, Any]]]:
        return None if self._opening is None else json.loads(self._opening)

    @property
    def kept_opening(self) -> bool:
        return self._opening is not None

    def size(self) -> int:
        """Bytes of the remembered text (for the memory bound)."""
        return len(self._prefix) + len(self._opening or "")


def sqlite_pragmas(dbapi_connection, _record) -> None:
    """Per SQLite connection: a commit syncs the disk less often, and deletes overwrite.

    ``synchronous = NORMAL`` with the rollback journal (not WAL, whose ``-wal`` file could
    keep erased words): a committed turn survives the assistant crashing; a power cut or an
    operating-system crash at the wrong moment can lose the last turns (SQLite's own
    documentation: a very small chance of a damaged file on an older filesystem).
    Production uses PostgreSQL. ``secure_delete`` overwrites deleted events with zeros, as
    the erasure's own connection already does.
    """
    dbapi_connection.execute("PRAGMA synchronous = NORMAL")
    dbapi_connection.execute("PRAGMA secure_delete = ON")


def pooled_sqlite_engine(url: sa.engine.URL) -> sa.engine.Engine:
    """An engine for a SQLite *file* that keeps its connections between turns.

    SQLAlchemy 1.4 gives a SQLite file ``NullPool``: every read and every save opened the
    file afresh and ran ``sqlite_pragmas`` again (about 2-3% of the Rasa server's CPU at 10
    conversations, benchmarks/PROFILE.md). A ``QueuePool`` hands each session one
    connection that no other thread uses until it is back in the pool, so the worker
    threads of ``asyncio.to_thread`` and the event loop can share the pool
    (``check_same_thread`` only stops a connection moving between threads, which the pool
    does one session at a time, as SQLAlchemy 2.0 does for SQLite files). A returned
    connection is rolled back, so an idle one holds no lock: another process's erasure and
    its ``VACUUM`` go ahead as before. Beyond ``SQLITE_POOL_SIZE`` at once a connection is
    opened and closed as before (no waiting for the pool).
    """
    engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=SQLITE_POOL_SIZE,
                              max_overflow=-1, connect_args={"check_same_thread": False})
    sa.event.listen(engine, "connect", sqlite_pragmas)
    return engine


def is_sqlite_file(engine: sa.engine.Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:")


class WindowedSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, window_events: int = 60, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.window_min = max(20, int(window_events))
        self.window_max = 2 * self.window_min
        self._windows: "OrderedDict[str, _Window]" = OrderedDict()
        if is_sqlite_file(self.engine):
            url = self.engine.url
            self.engine.dispose()   # Rasa's engine made the tables; this one keeps connections
            self.engine = pooled_sqlite_engine(url)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        elif self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", sqlite_pragmas)
            self.engine.dispose()   # connections from here on get the pragmas

    # --- reading -----------------------------------------------------------------------

    def _rows(self, session, sender_id: Text, from_id: int) -> list:
        event = self.SQLEvent
        hidden = event.data.like('%"hide_rule_turn": true%').label("hidden")
        return (session.query(event.id, event.type_name, event.action_name, event.timestamp,
                              event.data, hidden)
                .filter(event.sender_id == sender_id, event.id >= from_id)
                .order_by(event.id).all())

    def _count_before(self, session, sender_id: Text, before_id: int) -> int:
        event = self.SQLEvent
        return session.query(sa.func.count(event.id)).filter(
            event.sender_id == sender_id, event.id < before_id).scalar()

    def _session_first_id(self, session, sender_id: Text) -> Optional[int]:
        """The first event of the latest session, chosen as stock Rasa chooses it."""
        event = self.SQLEvent
        started = session.query(sa.func.max(event.timestamp)).filter(
            event.sender_id == sender_id,
            event.type_name == SessionStarted.type_name).scalar()
        query = session.query(sa.func.min(event.id)).filter(event.sender_id == sender_id)
        if started is not None:
            query = query.filter(event.timestamp >= started)
        return query.scalar()

    def _cached_rows(self, session, sender_id: Text) -> Optional[list]:
        """The rows from the remembered cut, if the database still agrees with it."""
        window = self._windows.get(sender_id)
        if window is None:
            return None
        if self._count_before(session, sender_id, window.cut_id) != window.rows_before:
            return None                       # erased, purged: read afresh
        rows = self._rows(session, sender_id, window.cut_id)
        if not rows or rows[0].id != window.cut_id or any(
                row.type_name == SessionStarted.type_name for row in rows):
            return None                       # a new session started: read afresh
        self._windows.move_to_end(sender_id)
        return rows

    def _window_rows(self, session, sender_id: Text):
        """(prefix dicts, rows) of the working window, moving its start when it got long."""
        rows = self._cached_rows(session, sender_id)
        if rows is not None:
            window = self._windows[sender_id]
        else:
            self._windows.pop(sender_id, None)
            first = self._session_first_id(session, sender_id)
            if first is None:
                return None
            rows = self._rows(session, sender_id, first)
            window = _Window(first, self._count_before(session, sender_id, first), [])
        if len(rows) > max(self.window_max, window.retry_after):
            moved = self._moved_window(sender_id, window, rows)
            if moved is not None:
                window, rows = moved
        self._windows[sender_id] = window
        while len(self._windows) > CACHE_SIZE:
            self._windows.popitem(last=False)
        return window.prefix, rows

    def _moved_window(self, sender_id: Text, window: _Window, rows: list):
        """A later start for a window that got long, or None when no start is safe: the
        candidates, shortest first, must show the policies the same last states as now."""
        events = [json.loads(row.data) for row in rows]
        before = window.prefix
        reference = DialogueStateTracker.from_dict(sender_id, before + events,
                                                   self.domain.slots)
        expected = policy_view(reference, self.domain)
        plans = window_plans([(row.type_name, row.action_name) for row in rows],
                             self.window_min, loop_at_start(sender_id, before,
                                                            self.domain.slots),
                             reference.active_loop_name, window.kept_opening,
                             [bool(row.hidden) for row in rows])
        needed = sorted({i for plan in plans for i in plan.restore_at})
        restoring = restoring_at(sender_id, before, events, needed, self.domain.slots)

        def verified(plan) -> Optional[_Window]:
            opening = None
            if plan.opening is not None:                  # restore, then the form's start
                start, end = plan.opening
                opening = stamped(restoring[start], rows[start].timestamp) + events[start:end]
            elif plan.keep_opening:
                opening = window.form_opening
            prefix = (opening or []) + stamped(restoring[plan.cut], rows[plan.cut].timestamp)
            candidate = DialogueStateTracker.from_dict(sender_id, prefix + events[plan.cut:],
                                                       self.domain.slots)
            if policy_view(candidate, self.domain) != expected:
                return None
            return _Window(rows[plan.cut].id, window.rows_before + plan.cut, prefix, opening)

        # An earlier start keeps more (a form's opening, an interruption or turns only rules
        # predicted, which the policies still look back to): the latest start that
        # verifies, found by halving, outside a form and then inside it.
        outside = [plan for plan in plans if plan.opening is None and not plan.keep_opening]
        inside = [plan for plan in plans if plan not in outside]
        for group in (outside, inside):                     # each: latest cut first
            low, high, best = 0, len(group) - 1, None
            while low <= high:
                middle = (low + high) // 2
                moved = verified(group[middle])
                if moved:
                    best, high = (moved, group[middle].cut), middle - 1
                else:
                    low = middle + 1
            if best:
                return best[0], rows[best[1]:]
        window.retry_after = len(rows) + self.window_max     # checking costs: not every turn
        return None

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        """The latest session's working window: slots, form and pause state restored, then
        at least ``window_events`` of the latest events."""
        if self.domain is None:
            return await super().retrieve(sender_id)
        # Off the event loop: the database read waits on the disk, and other conversations' turns can run meanwhile. Rasa's lock keeps one
        # conversation's turns in order, so its cached window is never used twice at once.
        found = await asyncio.to_thread(self._read_window, sender_id)
        if found is None:
            return None
        prefix, rows = found
        tracker = tracker_from_dicts(
            sender_id, prefix + [json.loads(row.data) for row in rows], self.domain.slots)
        setattr(tracker, STORED, len(tracker.events))
        return tracker

    def _read_window(self, sender_id: Text):
        with self.session_scope() as session:
            return self._window_rows(session, sender_id)

    async def retrieve_full_tracker(self, conversation_id: Text
                                    ) -> Optional[DialogueStateTracker]:
        """Every event of every session, as stock Rasa reads it."""
        tracker = await super().retrieve_full_tracker(conversation_id)
        if tracker is not None:
            setattr(tracker, STORED, len(tracker.events))
        return tracker

    # --- writing -----------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Writes the events added since ``tracker`` was read (a tracker this store did not
        read is saved as stock Rasa saves it)."""
        stored = getattr(tracker, STORED, None)
        if stored is None:
            await super().save(tracker)
            setattr(tracker, STORED, len(tracker.events))
            return
        new_events = list(itertools.islice(tracker.events, stored, None))
        if self.event_broker:
            await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)
        rows = []
        for event in new_events:
            data = event.as_dict()
            rows.append(self.SQLEvent(
                sender_id=tracker.sender_id, type_name=event.type_name,
                timestamp=data.get("timestamp"),
                intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                action_name=data.get("name"), data=json.dumps(data)))
        # Off the event loop: the commit waits for the disk.
        await asyncio.to_thread(self._write_rows, rows)
        setattr(tracker, STORED, len(tracker.events))

    def _write_rows(self, rows: list) -> None:
        with self.session_scope() as session:
            session.add_all(rows)
            session.commit()


class ResilientSQLTrackerStore(WindowedSQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def _with_retries(self, what: str, call: Callable[[], Awaitable[Any]]) -> Any:
        for delay in RETRY_DELAYS + (None,):
            try:
                return await call()
            except (sa.exc.OperationalError, sa.exc.InterfaceError):
                if delay is None:
                    raise
                log.warning("The tracker database did not answer (%s); trying again in %s s",
                            what, delay)
                self.engine.dispose()  # drop dead connections
                await asyncio.sleep(delay)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await self._with_retries("read", lambda: super(
            ResilientSQLTrackerStore, self).retrieve(sender_id))

    async def retrieve_full_tracker(self, conversation_id: Text) -> Optional[DialogueStateTracker]:
        return await self._with_retries("read", lambda: super(
            ResilientSQLTrackerStore, self).retrieve_full_tracker(conversation_id))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._with_retries("write", lambda: super(
            ResilientSQLTrackerStore, self).save(tracker))
