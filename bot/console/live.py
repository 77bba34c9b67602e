"""Live console pages (Server-Sent Events): the queue and conversation pages hear when what
they show has changed, and fetch themselves again.

Same pattern as the web chat's stream (bot/gateway/live.py, shared parts in bot/sse.py):
each open page has a stream that compares a version of what it shows every CHECK_SECONDS
(a cheap database query; a conversation's Rasa tracker at most every TRACKER_SECONDS) and
sends a "changed" event. Past MAX_STREAMS, or without EventSource, the page polls instead
(bot/console/static/console.js).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from aiohttp import web

from bot import sse

CHECK_SECONDS = 0.25
TRACKER_SECONDS = 1.0
KEEPALIVE_SECONDS = 15.0
STREAM_SECONDS = 300.0
MAX_STREAMS = 200  # staff pages open at once on one gateway; past that, pages poll

log = logging.getLogger("bot.console.live")


async def serve(request: web.Request, version: Callable[[], Awaitable[str]]) -> web.StreamResponse:
    """Streams "changed" events whenever ``version()`` differs from what the page shows
    (the page says which version it shows in ``?since=``)."""
    state = request.app["live"]
    if state["open"] >= MAX_STREAMS:
        return web.json_response({"error": "busy"}, status=503)
    response = await sse.open_stream(request)
    state["open"] += 1
    loop = asyncio.get_running_loop()
    ends = loop.time() + STREAM_SECONDS
    try:
        shown = request.query.get("since", "")
        quiet_since = loop.time()
        while loop.time() < ends and sse.connected(request) and not state["closing"]:
            try:
                now = await version()
            except Exception:  # a database or Rasa hiccup must not end the stream
                log.warning("Could not check for changes", exc_info=True)
                now = shown
            if now != shown:
                await response.write(sse.event("changed", {"version": now}))
                shown, quiet_since = now, loop.time()
            elif loop.time() - quiet_since > KEEPALIVE_SECONDS:
                await response.write(b": still here\n\n")
                quiet_since = loop.time()
            await asyncio.sleep(CHECK_SECONDS)
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        state["open"] -= 1
    return response


def tracker_length(fetch: Callable[[], Awaitable[dict]]) -> Callable[[], Awaitable[int]]:
    """How many events a conversation has, asked of Rasa at most every TRACKER_SECONDS."""
    cache = {"at": -TRACKER_SECONDS, "n": 0}

    async def length() -> int:
        loop = asyncio.get_running_loop()
        if loop.time() - cache["at"] >= TRACKER_SECONDS:
            cache["n"] = len((await fetch()).get("events") or [])
            cache["at"] = loop.time()
        return cache["n"]

    return length


def setup(app: web.Application) -> None:
    app["live"] = {"open": 0, "closing": False}

    async def _stop(app: web.Application) -> None:
        app["live"]["closing"] = True

    app.on_shutdown.append(_stop)
