"""The gateway's web application (aiohttp).

Routes: the web chat page and its files, ``/api/*`` for the chat, ``/oruk/*`` for the
local community directory, ``/healthz``. Rasa's own API stays private behind its token.
"""
from __future__ import annotations

import asyncio
import html
import logging
import re
import secrets
from pathlib import Path

import aiohttp
from aiohttp import web

from bot import erasure, my_data_page, settings, store, texts
from bot.channels import relay_channel
from bot.console.app import create_app as create_console_app
from bot.data import handoffs
from bot.directory.database import open_default_store
from bot.directory.server import create_app as create_directory_app
from bot.gateway import access, limits, live, turns, typed_commands
from bot.gateway.rasa_client import RasaClient
from bot.security import clients, conversation_keys, secrets_file

STATIC = Path(__file__).resolve().parent.parent / "web" / "static"
log = logging.getLogger("bot.gateway")


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


async def _json_object(request: web.Request):
    """The body as a JSON object, or an error response: 415 unless JSON, 400 unless an object."""
    if request.content_type != "application/json":
        return None, _error(415, texts.EMPTY_MESSAGE)
    try:
        body = await request.json()
    except ValueError:
        return None, _error(400, texts.EMPTY_MESSAGE)
    if not isinstance(body, dict):
        return None, _error(400, texts.EMPTY_MESSAGE)
    return body, None


async def post_message(request: web.Request) -> web.Response:
    body, problem = await _json_object(request)
    if problem is not None:
        return problem
    sender, message = body.get("sender"), body.get("message")
    if sender is None:
        # No id yet: a new conversation, named here.
        sender = "web-" + secrets.token_hex(12)
    if not limits.valid_sender(sender):
        return _error(400, limits.BAD_SENDER)
    if not isinstance(message, str) or not message.strip():
        return web.json_response([{"text": texts.EMPTY_MESSAGE, "buttons": texts.MENU_BUTTONS}])
    if len(message) > limits.MAX_MESSAGE_CHARS:
        return _error(413, limits.TOO_LONG)
    relay = access.is_relay(request)
    client = clients.client_address(request)
    held = sender.startswith(access.RELAY_PREFIX) or conversation_keys.is_held(sender)
    if held and not access.may_use(request, sender):
        return access.refused()
    if not held and not await access.may_start(request, sender):
        return access.refused()
    speaking_for_many = relay and sender.startswith(access.RELAY_PREFIX)
    limiter = request.app["limiter"]
    if not speaking_for_many and not limiter["client"].allow(client):
        return _error(429, limits.TOO_FAST)
    if not held and not speaking_for_many and not limiter["new"].allow(client):
        return _error(429, limits.TOO_FAST)
    if not limiter["conversation"].allow(sender):
        return _error(429, limits.TOO_FAST)
    new_key = None if held else conversation_keys.issue(sender)
    if not held and new_key is None:
        return access.refused()
    metadata = {"channel": relay_channel(sender) or
                (body.get("channel") if body.get("channel") in ("web", "staff") else "web")}
    if body.get("easy_read") is True:
        metadata["easy_read"] = True   # the web chat's easy-read button: Rasa rewrites replies
    elif body.get("easy_read") is False:
        # The button turned off: Rasa forgets a switch asked for in words (easy_read_memory).
        metadata["easy_read"] = False
    if not speaking_for_many:
        # A keyed hash of the address: the action server counts wrong resume codes by it.
        metadata["client"] = store.client_tag(client)
    command = None
    if held:
        command = (request.app["delete_questions"].answer(sender, message)
                   or typed_commands.command_of(message))
    if command:
        return await _typed_command(request, sender, command)
    response = await _relay_turn(request, sender, message, metadata)
    if new_key:
        access.hand_over_key(request, response, sender, new_key)
    return response


async def _erase(request: web.Request, sender: str) -> None:
    """Erases after this conversation's turns in flight, and again later for late writes."""
    records = not sender.startswith(access.RELAY_PREFIX)
    await request.app["turns"].erase(
        sender, erasure.erase_conversation,
        lambda who, at: erasure.erase_late_writes(who, at, records=records))


async def _typed_command(request: web.Request, sender: str, command: str) -> web.Response:
    """ "Delete my conversation", "download my summary" and "download my data", typed on any
    channel, do what the buttons do (delete asks once more first)."""
    telegram = relay_channel(sender) == "telegram"
    base = f"{request.scheme}://{request.host}"
    replies = typed_commands.reply(command, base, sender, telegram=telegram)
    response = web.json_response(replies, headers=access.NO_STORE)
    if command == "delete":
        request.app["delete_questions"].asked(sender)
    if command == "confirm_delete":
        await _erase(request, sender)
        response.del_cookie(conversation_keys.cookie_name(sender), path="/api/")
    return response


async def _relay_turn(request: web.Request, sender: str, message: str,
                      metadata: dict) -> web.Response:
    taken_over = handoffs.is_taken_over(sender)
    rasa = request.app["rasa"]

    async def send() -> list:
        # A slow action server must not leave the person waiting: after turn_timeout the
        # gateway says sorry with the phone number; Rasa still keeps the turn. A delete
        # waits while the turn is relayed (bot/gateway/turns.py).
        async with request.app["turns"].relaying(sender):
            return await asyncio.wait_for(rasa.send(sender, message, metadata),
                                          timeout=request.app["turn_timeout"])

    try:
        replies = await send()
        for attempt in range(RESEND_ATTEMPTS):
            if replies or taken_over or await _turn_kept(rasa, sender, message):
                break
            # Silence and no trace of the message: Rasa could not save it (its database
            # restarted, say). Sending again keeps what the person said.
            log.warning("Rasa did not keep a message; sending it again")
            await asyncio.sleep(0.5 * (attempt + 1))
            replies = await send()
    except (aiohttp.ClientError, TimeoutError, asyncio.TimeoutError) as error:
        log.warning("Rasa did not answer: %s", type(error).__name__)
        return _error(503, texts.action_server_down())
    if taken_over:
        # An adviser has this conversation: Rasa only logged the message. The adviser's
        # replies come through /updates.
        return web.json_response(_adviser_messages(sender))
    if not replies:
        # Every turn of this assistant says something; silence means a custom action failed
        # (action server down or slow). The tracker keeps the turn, so nothing is lost.
        log.warning("Rasa sent no reply; the action server may be down")
        replies = [{"text": texts.action_server_down(), "buttons": texts.MENU_BUTTONS}]
    return web.json_response(replies)


RESEND_ATTEMPTS = 3


async def _turn_kept(rasa, sender: str, message: str) -> bool:
    """True when the conversation's last user message is this one (Rasa saved the turn)."""
    try:
        tracker = await rasa.tracker(sender)
    except (aiohttp.ClientError, TimeoutError, asyncio.TimeoutError):
        return False
    said = [e.get("text") for e in tracker.get("events") or [] if e.get("event") == "user"]
    return bool(said) and said[-1] == message


def _adviser_messages(sender: str) -> list:
    return [{"text": m["text"], "from": "adviser", "author": m["author"]}
            for m in handoffs.collect_messages(sender)]


async def get_updates(request: web.Request) -> web.Response:
    """Messages from an adviser waiting for this conversation; the web chat polls this."""
    sender = request.match_info["sender"]
    if not access.may_use(request, sender):
        return access.refused()
    return web.json_response(_adviser_messages(sender), headers=access.NO_STORE)


async def get_config(request: web.Request) -> web.Response:
    return web.json_response({
        "council_name": settings.get("council.name"),
        "phone": settings.get("council.adult_social_care_phone"),
        "max_message_chars": limits.MAX_MESSAGE_CHARS,
        "privacy_url": settings.get("council.privacy_notice_url"),
    })


async def delete_conversation(request: web.Request) -> web.Response:
    sender = request.match_info["sender"]
    if not access.may_use(request, sender):
        return access.refused()
    await _erase(request, sender)
    response = web.Response(status=204)
    response.del_cookie(conversation_keys.cookie_name(sender), path="/api/")
    return response


async def get_summary(request: web.Request) -> web.Response:
    """"Download my summary": the latest assessment summary as a page, or ?format=pdf."""
    sender = request.match_info["sender"]
    if not access.may_use(request, sender):
        return access.refused()
    as_pdf = request.query.get("format") == "pdf"
    mime = "application/pdf" if as_pdf else "text/html"
    content = store.latest_document(sender, mime)
    if content is None:
        return _error(404, texts.NO_SUMMARY_YET)
    name = "my-summary.pdf" if as_pdf else "my-summary.html"
    return web.Response(body=content, content_type=mime, charset=None if as_pdf else "utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"',
                                 **access.NO_STORE})


async def get_my_data(request: web.Request) -> web.Response:
    """"Download my data": everything kept about this conversation, as JSON, or as a page
    to read with ?format=html."""
    sender = request.match_info["sender"]
    if not access.may_use(request, sender):
        return access.refused()
    data = erasure.export_conversation(sender)
    if request.query.get("format") == "html":
        return web.Response(text=my_data_page.render(data, str(settings.get("council.name", ""))),
                            content_type="text/html", headers={
                                "Content-Disposition": 'attachment; filename="my-data.html"',
                                **access.NO_STORE})
    return web.json_response(data, headers={
        "Content-Disposition": 'attachment; filename="my-data.json"', **access.NO_STORE})


QUICK_EXIT_DEFAULT = "https://www.bbc.co.uk/weather"


def quick_exit_url() -> str:
    """Where "Leave this site quickly" goes: council.yml's web_chat.quick_exit_url, a neutral
    page (weather, a search engine), only ever an http(s) address."""
    url = str(settings.get("web_chat.quick_exit_url") or "").strip()
    return url if re.fullmatch(r"https?://[^\s\"'<>]+", url) else QUICK_EXIT_DEFAULT


async def index(request: web.Request) -> web.StreamResponse:
    page = STATIC / "index.html"
    if page.exists():
        text = page.read_text(encoding="utf-8").replace(
            "{{quick_exit_url}}", html.escape(quick_exit_url(), quote=True))
        return web.Response(text=text, content_type="text/html")
    return web.Response(text="The web chat files are missing.", status=500)


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


CHAT_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {frames}")


def _add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")
    if request.path.startswith("/console"):
        # Staff pages: never framed (clickjacking), never cached.
        headers["Content-Security-Policy"] = CHAT_CSP.format(frames="'none'")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Cache-Control", "no-store")
    else:
        # The chat page is framed by the council's own site (the widget).
        frames = settings.env("CARE_FRAME_ANCESTORS", "*")
        headers.setdefault("Content-Security-Policy", CHAT_CSP.format(frames=frames))
    if request.path.startswith("/api/conversations") or request.path == "/api/messages":
        headers.setdefault("Cache-Control", "no-store")
    if clients.is_https(request):
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")


@web.middleware
async def security_headers(request: web.Request, handler) -> web.StreamResponse:
    """Security headers on every answer: pages, redirects, 404s and errors alike."""
    try:
        response = await handler(request)
    except web.HTTPException as error:
        _add_security_headers(request, error)
        raise
    except (asyncio.CancelledError, ConnectionResetError):
        raise
    except Exception:  # noqa: BLE001 - a fault must never show a traceback to the public
        route = request.match_info.route.resource
        log.exception("Unexpected error on %s %s", request.method,
                      route.canonical if route is not None else "?")
        response = _error(500, texts.action_server_down())
    if not response.prepared:
        _add_security_headers(request, response)
    return response


def allowed_origins() -> set:
    """Other sites allowed to call /api from their own pages (CARE_CORS_ORIGINS, comma
    separated). Empty by default: the widget runs in a frame served from here, so it needs
    none, and browsers then refuse cross-site calls."""
    return {o.strip().rstrip("/") for o in settings.env("CARE_CORS_ORIGINS").split(",")
            if o.strip()}


@web.middleware
async def cors(request: web.Request, handler) -> web.StreamResponse:
    origin = request.headers.get("Origin", "").rstrip("/")
    allowed = request.path.startswith("/api/") and origin in request.app["cors_origins"]
    if request.method == "OPTIONS" and request.path.startswith("/api/"):
        if not allowed:
            return web.Response(status=403)
        response = web.Response(status=204)
    else:
        response = await handler(request)
    if allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Conversation-Key"
        response.headers["Access-Control-Expose-Headers"] = "X-Conversation-Key, X-Conversation-Id"
    return response


async def _close(app: web.Application) -> None:
    await app["turns"].close()
    await app["rasa"].close()


def create_app(rasa: RasaClient = None, with_directory: bool = True) -> web.Application:
    app = web.Application(middlewares=[security_headers, cors], client_max_size=64 * 1024)
    app["cors_origins"] = allowed_origins()
    app["turn_timeout"] = float(settings.env("CARE_TURN_TIMEOUT", "25"))
    app["rasa"] = rasa or RasaClient()
    app["limiter"] = limits.limiters()
    app["delete_questions"] = typed_commands.DeleteQuestions()
    app["turns"] = turns.TurnsInFlight()
    app["relay_secret"] = secrets_file.relay_secret()
    app.router.add_get("/", index)
    app.router.add_get("/healthz", healthz)
    app.router.add_post("/api/messages", post_message)
    app.router.add_get("/api/config", get_config)
    app.router.add_delete("/api/conversations/{sender}", delete_conversation)
    app.router.add_get("/api/conversations/{sender}/summary", get_summary)
    app.router.add_get("/api/conversations/{sender}/data", get_my_data)
    app.router.add_get("/api/conversations/{sender}/updates", get_updates)
    live.setup(app, _adviser_messages)  # /api/conversations/{sender}/events
    app.add_subapp("/console/", create_console_app(app["rasa"]))
    if STATIC.is_dir():
        app.router.add_static("/static/", STATIC)
        demo = STATIC / "embed-demo.html"
        app.router.add_get("/embed-demo.html", lambda r: web.FileResponse(demo))
    if with_directory:
        app.add_subapp("/oruk/", create_directory_app(open_default_store()))
    app.on_cleanup.append(_close)
    return app
