"""Who may speak for a conversation, read it, download it or delete it.

Web and API conversations: whoever holds the key the gateway issued when the conversation
started (cookie or ``X-Conversation-Key``). Relay conversations (a prefix from
``bot.channels.RELAY_PREFIXES``, "tg-" for Telegram, + a keyed hash of the chat id): only the relay, which proves itself with ``X-Relay-Key``.
A wrong or missing credential gets the same answer as a conversation that does not exist.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Dict

import aiohttp
from aiohttp import web

from bot.channels import RELAY_PREFIXES
from bot.gateway import limits
from bot.security import clients, conversation_keys, secrets_file

RELAY_HEADER = "X-Relay-Key"
RELAY_PREFIX = tuple(RELAY_PREFIXES)  # for str.startswith
# Conversations made by the console or the relay: never started from outside.
RESERVED_PREFIXES = RELAY_PREFIX + ("caller-",)
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
NOT_FOUND = "Sorry, we could not find that conversation. Please reload the page."
log = logging.getLogger("bot.gateway")


def refused() -> web.Response:
    return web.json_response({"error": NOT_FOUND}, status=404, headers=NO_STORE)


def is_relay(request: web.Request) -> bool:
    return secrets_file.same(request.headers.get(RELAY_HEADER), request.app["relay_secret"])


def presented_key(request: web.Request, sender: str):
    return request.headers.get(conversation_keys.HEADER) or \
        request.cookies.get(conversation_keys.cookie_name(sender))


def may_use(request: web.Request, sender: object) -> bool:
    """True when this request holds the credential for ``sender``."""
    if not limits.valid_sender(sender):
        return False
    if sender.startswith(RELAY_PREFIX):
        return is_relay(request)
    return conversation_keys.check(sender, presented_key(request, sender))


async def may_start(request: web.Request, sender: str) -> bool:
    """A conversation nobody holds yet may start here, unless its id is reserved or Rasa
    already has a history under it (made some other way: nobody may take that over)."""
    if sender.startswith(RESERVED_PREFIXES):
        return False
    try:
        tracker = await asyncio.wait_for(request.app["rasa"].tracker(sender), timeout=15)
    except (aiohttp.ClientError, TimeoutError, asyncio.TimeoutError) as error:
        log.warning("Could not check a new conversation: %s", type(error).__name__)
        return False
    return not any(e.get("event") in ("user", "bot") for e in tracker.get("events") or [])


def hand_over_key(request: web.Request, response: web.StreamResponse, sender: str,
                  key: str) -> None:
    """Gives the new conversation's key: an HttpOnly cookie for the web chat, headers for
    API clients (which must keep it: it is not shown again)."""
    response.headers[conversation_keys.HEADER] = key
    response.headers["X-Conversation-Id"] = sender
    response.headers.update(NO_STORE)
    response.set_cookie(conversation_keys.cookie_name(sender), key, httponly=True,
                        samesite="Strict", path="/api/",
                        secure=clients.secure_cookies(request))


def all_texts() -> Dict[str, str]:
    return {"access.not_found": NOT_FOUND}
