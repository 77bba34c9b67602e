"""Rasa's SQL tracker store, made to survive a database restart without losing a word.
Runs inside the Rasa server (endpoints.production.yml names it).

Rasa 3.6 wraps every tracker store in a fail-safe: when reading a conversation fails it
carries on with an *empty* conversation, and the next save then drops the new turn (it only
writes events beyond the count already stored). After a PostgreSQL restart every pooled
connection is dead, so exactly that happened in our restart test. This store checks each
pooled connection before use (``pool_pre_ping``) and retries reads and writes for a few
seconds while the database comes back, so a turn waits briefly instead of being lost.
Use it with ``type: bot.tracker_store.ResilientSQLTrackerStore`` in endpoints.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Optional, Text

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.trackers import DialogueStateTracker

log = logging.getLogger(__name__)

RETRY_DELAYS = (0.2, 0.5, 1.0, 2.0, 3.0, 5.0)   # about 12 seconds in all


class ResilientSQLTrackerStore(SQLTrackerStore):
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
            except (sa.exc.OperationalError, sa.exc.InterfaceError) as error:
                if delay is None:
                    raise
                log.warning("The tracker database did not answer (%s); trying again in %s s",
                            what, delay)
                self.engine.dispose()  # drop dead connections
                await asyncio.sleep(delay)

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await self._with_retries("read", lambda: super(
            ResilientSQLTrackerStore, self).retrieve(sender_id))

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        return await self._with_retries("read", lambda: super(
            ResilientSQLTrackerStore, self).retrieve_full_tracker(sender_id))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._with_retries("write", lambda: super(
            ResilientSQLTrackerStore, self).save(tracker))
