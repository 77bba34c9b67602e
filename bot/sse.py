"""Server-Sent Events, the small part both live streams share (the web chat's adviser
replies in bot/gateway/live.py, the console's queue and conversation pages in
bot/console/live.py): the response, one event, and whether the browser is still there."""
from __future__ import annotations

import json

from aiohttp import web

RETRY_MS = 2000  # EventSource reconnects by itself after this


def event(name: str, data) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


def connected(request: web.Request) -> bool:
    transport = request.transport
    return transport is not None and not transport.is_closing()


async def open_stream(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={
        "Content-Type": "text/event-stream", "Cache-Control": "no-store",
        "X-Accel-Buffering": "no"})
    await response.prepare(request)
    await response.write(f"retry: {RETRY_MS}\n\n".encode())
    return response
