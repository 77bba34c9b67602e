"""Adviser replies pushed to the web chat as they are written (Server-Sent Events).

The console keeps an adviser's words in the outbox (bot/data/handoffs.py). One watcher per
gateway looks for waiting messages every WATCH_SECONDS, only while a chat page has its event
stream open, and wakes that page's stream, which collects and sends them. The web chat's
polling of /updates stays as the fallback: whichever collects a message first delivers it,
once. Messages are only collected by a stream whose browser is still connected.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Callable, Dict, List, Set

from aiohttp import web

from bot import sse
from bot.data import db
from bot.data import handoffs
from bot.gateway import access, limits

WATCH_SECONDS = 0.25
KEEPALIVE_SECONDS = 15.0
STREAM_SECONDS = 300.0  # then the browser reconnects by itself (EventSource does)
MAX_STREAMS = 2000  # open at once on one gateway; past that, pages poll instead
MAX_STREAMS_PER_CONVERSATION = 4

log = logging.getLogger("bot.gateway.live")


class Watcher:
    """Wakes the open streams of conversations that have adviser messages waiting."""

    def __init__(self, interval: float = WATCH_SECONDS) -> None:
        self.interval = interval
        self.streams: Dict[str, Set[asyncio.Event]] = {}
        self.closing = False
        self._task: asyncio.Task = None

    def full(self, sender: str) -> bool:
        total = sum(len(streams) for streams in self.streams.values())
        return (total >= MAX_STREAMS
                or len(self.streams.get(sender, ())) >= MAX_STREAMS_PER_CONVERSATION)

    def open(self, sender: str) -> asyncio.Event:
        wake = asyncio.Event()
        wake.set()  # anything already waiting goes out at once
        self.streams.setdefault(sender, set()).add(wake)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._watch())
        return wake

    def close(self, sender: str, wake: asyncio.Event) -> None:
        streams = self.streams.get(sender, set())
        streams.discard(wake)
        if not streams:
            self.streams.pop(sender, None)

    async def _watch(self) -> None:
        while self.streams:
            try:
                waiting = await asyncio.to_thread(handoffs.pending_senders)
            except Exception:  # a database hiccup must not end the watcher
                log.warning("Could not check for adviser messages", exc_info=True)
                waiting = []
            for sender in set(waiting) & set(self.streams):
                for wake in self.streams.get(sender, ()):
                    wake.set()
            await asyncio.sleep(self.interval)

    async def stop(self) -> None:
        """Ends every open stream (the gateway is shutting down) and the watcher."""
        self.closing = True
        for streams in list(self.streams.values()):
            for wake in streams:
                wake.set()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except (asyncio.CancelledError, Exception):
                pass


def stream_handler(collect: Callable[[str], List[dict]]):
    """GET /api/conversations/{sender}/events: adviser messages as "adviser" events, each
    a JSON list shaped like the replies of /api/messages."""

    async def stream(request: web.Request) -> web.StreamResponse:
        sender = request.match_info["sender"]
        if not limits.valid_sender(sender):
            return web.json_response({"error": limits.BAD_SENDER}, status=400)
        if not access.may_use(request, sender):
            return access.refused()  # only the holder of the conversation's key listens
        watcher: Watcher = request.app["live"]
        if watcher.full(sender):
            # EventSource gives up on a 503, and the page polls /updates instead.
            return web.json_response({"error": "busy"}, status=503)
        response = await sse.open_stream(request)
        wake = watcher.open(sender)
        loop = asyncio.get_running_loop()
        ends = loop.time() + STREAM_SECONDS
        try:
            while loop.time() < ends and sse.connected(request) and not watcher.closing:
                try:
                    await asyncio.wait_for(wake.wait(), KEEPALIVE_SECONDS)
                except asyncio.TimeoutError:
                    await response.write(b": still here\n\n")
                    continue
                wake.clear()
                if watcher.closing or not sse.connected(request):
                    break
                messages = await asyncio.to_thread(collect, sender)
                if messages:
                    await response.write(sse.event("adviser", messages))
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            watcher.close(sender, wake)
        return response

    return stream


def setup(app: web.Application, collect: Callable[[str], List[dict]]) -> None:
    """Adds the event stream route and the watcher to the gateway."""
    app["live"] = Watcher()
    app.router.add_get("/api/conversations/{sender}/events", stream_handler(collect))

    async def _warm(app: web.Application) -> None:
        # The watcher reads the database from worker threads: make the engine (and its
        # tables) once, here, rather than racing to make it from two threads at once.
        db.engine()

    async def _stop(app: web.Application) -> None:
        await app["live"].stop()

    app.on_startup.append(_warm)
    app.on_shutdown.append(_stop)
