"""Turns in flight, per conversation, so "delete my conversation" leaves nothing behind.

A turn the gateway relayed may still be running in Rasa when the person presses delete: a
slow turn outlives the gateway's ``turn_timeout`` (the person got the "sorry, that took too
long" reply), and its events and records would then be written after the erasure. So the
delete first waits for the turns this gateway is relaying for that conversation, erases,
and erases again a little later, only what was made before the delete (a new
conversation under the same id is never touched).
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from typing import Callable, Set

log = logging.getLogger(__name__)

WAIT_SECONDS = 30.0                  # the longest a delete waits for turns in flight
ERASE_AGAIN_AFTER = (5.0, 60.0)      # seconds after the delete: catch a late write


class TurnsInFlight:
    def __init__(self) -> None:
        self._running: Counter = Counter()
        self._changed = asyncio.Condition()
        self._later: Set[asyncio.Task] = set()

    @contextlib.asynccontextmanager
    async def relaying(self, sender: str):
        self._running[sender] += 1
        try:
            yield
        finally:
            self._running[sender] -= 1
            if self._running[sender] <= 0:
                del self._running[sender]
            async with self._changed:
                self._changed.notify_all()

    def busy(self, sender: str) -> bool:
        return self._running.get(sender, 0) > 0

    async def wait_idle(self, sender: str, timeout: float = WAIT_SECONDS) -> bool:
        """True once no turn of ``sender`` is being relayed (False: gave up after timeout)."""
        try:
            async with self._changed:
                await asyncio.wait_for(self._changed.wait_for(lambda: not self.busy(sender)),
                                       timeout)
            return True
        except asyncio.TimeoutError:
            return False

    async def erase(self, sender: str, erase_now: Callable[[str], int],
                    erase_late: Callable[[str, float], int]) -> int:
        """Waits for ``sender``'s turns in flight, erases, and erases late writes twice more
        (``erase_late(sender, deleted_at)`` removes only what came from before the delete)."""
        if not await self.wait_idle(sender):
            log.warning("A turn was still running at a delete; erasing anyway")
        removed = await asyncio.to_thread(erase_now, sender)
        deleted_at = time.time()

        async def again() -> None:
            for delay in ERASE_AGAIN_AFTER:
                await asyncio.sleep(delay)
                try:
                    if await asyncio.to_thread(erase_late, sender, deleted_at):
                        log.warning("A late write was erased after a delete")
                except Exception:   # the next pass, or the retention purge, tries again
                    log.exception("Erasing again after a delete failed")

        task = asyncio.get_running_loop().create_task(again())
        self._later.add(task)
        task.add_done_callback(self._later.discard)
        return removed

    async def close(self) -> None:
        for task in list(self._later):
            task.cancel()
        await asyncio.gather(*self._later, return_exceptions=True)
