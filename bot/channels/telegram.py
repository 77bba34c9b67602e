"""Telegram for carers: a python-telegram-bot (v22) relay to the assistant's gateway.

Each Telegram chat is one conversation, named ``tg-`` + a keyed hash of the chat id (chat ids
are easy to learn, the key is not), channel ``telegram``. The relay proves itself to the
gateway with its own secret (``X-Relay-Key``); nobody else may speak for these conversations.
Buttons become inline keyboards; /start (with an optional resume code), /stop and /delete
(erase my data), /mydata (download what is kept) and /summary work as on the web. Long polling by default, so no public address is
needed; webhook mode takes updates on a path of the gateway's own web server instead.
Messages an adviser sends from the console are fetched from the gateway and passed on.

Configuration (environment): TELEGRAM_BOT_TOKEN (required), CARE_GATEWAY_URL (default
http://127.0.0.1:8000), TELEGRAM_API_BASE_URL (tests point this at a local fake).
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
import sys
import time
from typing import Any, Dict, List, Optional

import aiohttp
import aiohttp.web
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.error import TelegramError
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, filters)

from bot import settings, texts
from bot.security import secrets_file

log = logging.getLogger("bot.telegram")

TOKEN_MISSING = ("Telegram is not set up: no bot token. Ask @BotFather on Telegram for a "
                 "token, then set TELEGRAM_BOT_TOKEN and start again.")
GATEWAY_DOWN = "Sorry, I cannot reach the care and support helper just now. Please try again soon."
DELETED = "Everything you said to me here has been deleted. Send /start to begin again."
STOPPED = "OK, I have stopped. Send /start when you want to talk again."
NO_DATA = "There is nothing saved about you here yet."
NO_SUMMARY = "There is no summary yet. You get one when you finish a self-assessment."
BUTTON_GONE = "That button is from an older message. Please type your answer instead."
POLL_SECONDS = 5.0
ACTIVE_FOR_SECONDS = 6 * 3600
MAX_BUTTONS = 12


def sender_for(chat_id: int) -> str:
    """The conversation id of a Telegram chat: not guessable from the chat id."""
    digest = hmac.new(secrets_file.telegram_id_key().encode(), str(chat_id).encode(),
                      hashlib.sha256).hexdigest()
    return f"tg-{digest[:32]}"


class Gateway:
    """The assistant's public API, as the web chat uses it."""

    def __init__(self, base_url: str, timeout: float = 30.0,
                 relay_key: Optional[str] = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.relay_key = relay_key or secrets_file.relay_secret()
        self._session: Optional[aiohttp.ClientSession] = None

    async def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout,
                                                  headers={"X-Relay-Key": self.relay_key})
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, sender: str, message: str) -> List[Dict[str, Any]]:
        session = await self.session()
        async with session.post(f"{self.base_url}/api/messages", json={
                "sender": sender, "message": message, "channel": "telegram"}) as resp:
            data = await resp.json(content_type=None)
            if resp.status >= 400:
                # The gateway's own kind words (too long, too fast...) are shown as they are.
                return [{"text": (data or {}).get("error") or GATEWAY_DOWN}]
            return data or []

    async def updates(self, sender: str) -> List[Dict[str, Any]]:
        session = await self.session()
        async with session.get(f"{self.base_url}/api/conversations/{sender}/updates") as resp:
            return await resp.json() if resp.status == 200 else []

    async def download(self, sender: str, what: str) -> Optional[bytes]:
        """"data" (everything kept, JSON) or "summary" (the latest summary page), or None."""
        session = await self.session()
        async with session.get(f"{self.base_url}/api/conversations/{sender}/{what}") as resp:
            return await resp.read() if resp.status == 200 else None

    async def delete(self, sender: str) -> bool:
        session = await self.session()
        async with session.delete(f"{self.base_url}/api/conversations/{sender}") as resp:
            return resp.status in (200, 204)


class Relay:
    """Passes messages both ways between Telegram chats and the assistant."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.active: Dict[int, float] = {}   # chat id -> last time the person wrote
        self._poller: Optional[asyncio.Task] = None

    # --- from Telegram -------------------------------------------------------------------

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        code = " ".join(context.args or []).strip()
        if code:
            await self.forward(update, context, f"carry on {code[:20]}")
        else:
            await self.forward(update, context, "/greet")

    async def on_stop(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.forward(update, context, "stop")

    async def on_delete(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat_id = update.effective_chat.id
        try:
            done = await self.gateway.delete(sender_for(chat_id))
        except (aiohttp.ClientError, asyncio.TimeoutError):
            done = False
        context.chat_data.clear()
        self.active.pop(chat_id, None)
        await update.effective_message.reply_text(DELETED if done else GATEWAY_DOWN)

    async def on_mydata(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send_file(update, "data", "my-data.json", NO_DATA)

    async def on_summary(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send_file(update, "summary", "my-summary.html", NO_SUMMARY)

    async def _send_file(self, update: Update, what: str, filename: str, missing: str) -> None:
        try:
            content = await self.gateway.download(sender_for(update.effective_chat.id), what)
        except (aiohttp.ClientError, asyncio.TimeoutError):
            await update.effective_message.reply_text(GATEWAY_DOWN)
            return
        if not content:
            await update.effective_message.reply_text(missing)
            return
        await update.effective_message.reply_document(InputFile(content, filename=filename))

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.forward(update, context, update.effective_message.text or "")

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        payload = (context.chat_data.get("buttons") or {}).get(query.data or "")
        try:
            await query.answer()
        except TelegramError:
            pass  # an old button press; the answer itself does not matter
        if payload is None:
            await context.bot.send_message(update.effective_chat.id, BUTTON_GONE)
            return
        await self.forward(update, context, payload)

    async def forward(self, update: Update, context: ContextTypes.DEFAULT_TYPE,
                      message: str) -> None:
        chat_id = update.effective_chat.id
        self.active[chat_id] = time.monotonic()
        try:
            replies = await self.gateway.send(sender_for(chat_id), message)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            replies = [{"text": GATEWAY_DOWN}]
        await self.deliver(context.bot, chat_id, replies, context.chat_data)

    # --- to Telegram ---------------------------------------------------------------------

    async def deliver(self, bot, chat_id: int, replies: List[Dict[str, Any]],
                      chat_data: Optional[dict] = None) -> None:
        """Sends each reply; buttons go on the last message as an inline keyboard."""
        replies = [r for r in replies if r.get("text")]
        for i, reply in enumerate(replies):
            text = reply["text"]
            if reply.get("from") == "adviser":
                text = f"{reply.get('author') or 'Care team'}: {text}"  # a display name
            markup = None
            buttons = reply.get("buttons") or []
            if buttons and chat_data is not None:
                markup = self.keyboard(buttons, chat_data)
            try:
                await bot.send_message(chat_id, text[:4096], reply_markup=markup)
            except TelegramError as error:
                log.warning("Telegram would not take a message: %s", type(error).__name__)

    @staticmethod
    def keyboard(buttons: List[Dict[str, str]], chat_data: dict) -> InlineKeyboardMarkup:
        """Telegram's callback data is at most 64 bytes, so payloads stay here by key."""
        stored: Dict[str, str] = {}
        rows = []
        for button in buttons[:MAX_BUTTONS]:
            key = secrets.token_hex(4)
            stored[key] = button.get("payload") or button.get("title", "")
            rows.append([InlineKeyboardButton(button.get("title", "")[:60], callback_data=key)])
        chat_data["buttons"] = stored
        return InlineKeyboardMarkup(rows)

    async def poll_advisers(self, application: Application) -> None:
        """Passes on what advisers send from the console to chats they have taken over."""
        while True:
            await asyncio.sleep(POLL_SECONDS)
            now = time.monotonic()
            for chat_id, seen in list(self.active.items()):
                if now - seen > ACTIVE_FOR_SECONDS:
                    self.active.pop(chat_id, None)
                    continue
                try:
                    messages = await self.gateway.updates(sender_for(chat_id))
                except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
                    continue
                if messages:
                    await self.deliver(application.bot, chat_id, messages)

    # --- wiring --------------------------------------------------------------------------

    def build(self, token: str, base_url: Optional[str] = None) -> Application:
        builder = ApplicationBuilder().token(token)
        if base_url:
            builder = builder.base_url(f"{base_url.rstrip('/')}/bot") \
                .base_file_url(f"{base_url.rstrip('/')}/file/bot")
        application = builder.build()
        application.add_handler(CommandHandler("start", self.on_start))
        application.add_handler(CommandHandler("stop", self.on_stop))
        application.add_handler(CommandHandler("delete", self.on_delete))
        application.add_handler(CommandHandler("mydata", self.on_mydata))
        application.add_handler(CommandHandler("summary", self.on_summary))
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, self.on_text))
        application.add_handler(MessageHandler(~filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE,
                                               self.on_other))
        return application

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Photos, voice notes, stickers: say kindly that only text works."""
        await update.effective_message.reply_text(
            "Sorry, I can only read typed messages. Please type what you want to say.")

    async def start(self, application: Application, webhook_url: Optional[str] = None,
                    secret: Optional[str] = None) -> None:
        await application.initialize()
        await application.start()
        if webhook_url:
            await application.bot.set_webhook(webhook_url, secret_token=secret)
        else:
            await application.updater.start_polling(poll_interval=0.5, timeout=10,
                                                    drop_pending_updates=False)
        self._poller = asyncio.create_task(self.poll_advisers(application))

    async def stop(self, application: Application) -> None:
        if self._poller:
            self._poller.cancel()
        if application.updater and application.updater.running:
            await application.updater.stop()
        await application.stop()
        await application.shutdown()
        await self.gateway.close()


def webhook_app(application: Application, secret: str) -> aiohttp.web.Application:
    """Receives updates Telegram posts to ``/telegram/<secret>`` (webhook mode)."""
    from aiohttp import web

    async def receive(request: web.Request) -> web.Response:
        if request.match_info["secret"] != secret or \
                request.headers.get("X-Telegram-Bot-Api-Secret-Token") != secret:
            return web.Response(status=403)
        try:
            data = await request.json()
        except ValueError:
            return web.Response(status=400)
        await application.update_queue.put(Update.de_json(data, application.bot))
        return web.Response(text="ok")

    app = web.Application(client_max_size=256 * 1024)
    app.router.add_post("/telegram/{secret}", receive)
    return app


async def run(token: str, gateway_url: str, base_url: Optional[str] = None,
              webhook_url: Optional[str] = None, port: int = 8443) -> None:
    relay = Relay(Gateway(gateway_url))
    application = relay.build(token, base_url)
    runner = None
    if webhook_url:
        from aiohttp import web

        secret = secrets.token_urlsafe(24)
        runner = web.AppRunner(webhook_app(application, secret))
        await runner.setup()
        await web.TCPSite(runner, "0.0.0.0", port).start()
        await relay.start(application, f"{webhook_url.rstrip('/')}/telegram/{secret}", secret)
        log.info("Telegram relay is running (webhook on port %s).", port)
    else:
        await relay.start(application)
        log.info("Telegram relay is running (long polling).")
    try:
        await asyncio.Event().wait()
    finally:
        await relay.stop(application)
        if runner:
            await runner.cleanup()


def main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bot.channels.telegram",
                                     description="Relay a Telegram bot to the assistant.")
    parser.add_argument("--webhook-url", help="public HTTPS address Telegram posts to "
                                              "(default: long polling, no public address)")
    parser.add_argument("--port", type=int, default=8443, help="webhook port (default 8443)")
    args = parser.parse_args(argv)
    token = settings.env("TELEGRAM_BOT_TOKEN")
    if not token:
        print(TOKEN_MISSING, file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO)
    from bot.logredact import install

    install()
    gateway = settings.gateway_url()
    try:
        asyncio.run(run(token, gateway, settings.env("TELEGRAM_API_BASE_URL") or None,
                        args.webhook_url, args.port))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
