"""Telegram for carers: a python-telegram-bot (v22) relay to the assistant's gateway.

Each Telegram chat is one conversation, named ``tg-`` (``RELAY.prefix``, below) +
a keyed hash of the chat id (chat ids are easy to learn, the key is not), channel ``telegram``.
The relay proves itself to the gateway with its own secret (``X-Relay-Key``); nobody else may speak for these conversations.
Buttons become inline keyboards; /start (with an optional resume code), /stop and /delete
(erase my data), /mydata (download what is kept) and /summary work as on the web. Long
polling by default, so no public address is needed; webhook mode takes updates on a small
web server of its own (``--port``, behind your HTTPS proxy). Messages an adviser sends from
the console are fetched from the gateway and passed on.

Runs in its own process (``python -m bot.channels.telegram``, started by ``bot.stack`` when
TELEGRAM_BOT_TOKEN is set). It implements the relay contract in ``bot/channels/relay.py``:
the gateway client, button keys and the adviser poller live there.

Configuration (environment): the variables in ``RELAY.environment``, and CARE_GATEWAY_URL
(default http://127.0.0.1:8000).
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import secrets
import sys
from typing import Any, Dict, List, Optional

import aiohttp.web
from aiohttp import web
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.error import TelegramError
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, filters)

from bot import settings
from bot.channels import Relay
from bot.channels import relay as contract
from bot.channels.relay import (BUTTON_GONE, DELETED, GATEWAY_DOWN, GATEWAY_ERRORS, NO_DATA,
                                NO_SUMMARY, ONLY_TEXT)
from bot.logredact import install
from bot.quiet import quiet
from bot.security import secrets_file

log = logging.getLogger("bot.telegram")

# The channel, as ``bot.channels`` reads it from this line (as text: literals only).
RELAY = Relay("telegram", "Telegram", "tg-", "TELEGRAM_BOT_TOKEN", environment={
    "TELEGRAM_BOT_TOKEN": "the Telegram bot's token; empty: Telegram is off",
    "TELEGRAM_API_BASE_URL": "another Telegram Bot API server (tests use a local fake)",
    "CARE_TELEGRAM_ID_KEY": "key of the hash that names Telegram conversations",
})
CHANNEL = RELAY.name
SENDER_PREFIX = RELAY.prefix
TOKEN_MISSING = ("Telegram is not set up: no bot token. Ask @BotFather on Telegram for a "
                 "token, then set TELEGRAM_BOT_TOKEN and start again.")
MAX_BUTTONS = 12
MAX_MESSAGE_CHARS = 4096


def sender_for(chat_id: int) -> str:
    """The conversation id of a Telegram chat: not guessable from the chat id."""
    return contract.conversation_id(SENDER_PREFIX, chat_id, secrets_file.relay_id_key(RELAY))


class Gateway(contract.GatewayClient):
    """The gateway client of the Telegram relay."""

    def __init__(self, base_url: str, timeout: float = 30.0,
                 relay_key: Optional[str] = None) -> None:
        super().__init__(base_url, CHANNEL, timeout, relay_key)


class Relay:
    """Passes messages both ways between Telegram chats and the assistant."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.buttons = contract.ButtonMap(max_buttons=MAX_BUTTONS)
        self.poller = contract.AdviserPoller(gateway, sender_for)

    # --- from Telegram -------------------------------------------------------------------

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.forward(update, context, contract.start_message(" ".join(context.args or [])))

    async def on_stop(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.forward(update, context, "stop")

    async def on_delete(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat_id = update.effective_chat.id
        try:
            done = await self.gateway.delete(sender_for(chat_id))
        except GATEWAY_ERRORS:
            done = False
        context.chat_data.clear()
        self.poller.forget(chat_id)
        await update.effective_message.reply_text(DELETED if done else GATEWAY_DOWN)

    async def on_mydata(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send_file(update, "data", "my-data.json", NO_DATA)

    async def on_summary(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send_file(update, "summary", "my-summary.html", NO_SUMMARY)

    async def _send_file(self, update: Update, what: str, filename: str, missing: str) -> None:
        try:
            content = await self.gateway.download(sender_for(update.effective_chat.id), what)
        except GATEWAY_ERRORS:
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
        payload = self.buttons.payload(context.chat_data, query.data)
        try:
            await query.answer()
        except TelegramError:
            pass  # an old button press; the answer itself does not matter
        if payload is None:
            await context.bot.send_message(update.effective_chat.id, BUTTON_GONE)
            return
        await self.forward(update, context, payload)

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Photos, voice notes, stickers: say kindly that only text works."""
        await update.effective_message.reply_text(ONLY_TEXT)

    async def forward(self, update: Update, context: ContextTypes.DEFAULT_TYPE,
                      message: str) -> None:
        chat_id = update.effective_chat.id
        self.poller.wrote(chat_id)
        try:
            replies = await self.gateway.send(sender_for(chat_id), message,
                                              easy_read=bool((context.chat_data or {}).get("easy_read")))
        except GATEWAY_ERRORS:
            replies = [{"text": GATEWAY_DOWN}]
        contract.remember_easy_read(replies, context.chat_data)
        await self.deliver(context.bot, chat_id, replies, context.chat_data)

    # --- to Telegram ---------------------------------------------------------------------

    async def deliver(self, bot, chat_id: int, replies: List[Dict[str, Any]],
                      chat_data: Optional[dict] = None) -> None:
        """Sends each reply; buttons go on their message as an inline keyboard."""
        for reply in replies:
            if not reply.get("text"):
                continue
            markup = None
            buttons = reply.get("buttons") or []
            if buttons and chat_data is not None:
                markup = self.keyboard(buttons, chat_data)
            try:
                await bot.send_message(chat_id, contract.shown_text(reply)[:MAX_MESSAGE_CHARS],
                                       reply_markup=markup)
            except TelegramError as error:
                log.warning("Telegram would not take a message: %s", type(error).__name__)

    def keyboard(self, buttons: List[Dict[str, str]], chat_data: dict) -> InlineKeyboardMarkup:
        """Telegram's callback data is at most 64 bytes, so payloads stay here by key."""
        return InlineKeyboardMarkup([[InlineKeyboardButton(title, callback_data=key)]
                                     for key, title in self.buttons.keys(buttons, chat_data)])

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

    async def start(self, application: Application, webhook_url: Optional[str] = None,
                    secret: Optional[str] = None) -> None:
        await application.initialize()
        await application.start()
        if webhook_url:
            await application.bot.set_webhook(webhook_url, secret_token=secret)
        else:
            await application.updater.start_polling(poll_interval=0.5, timeout=10,
                                                    drop_pending_updates=False)

        async def to_chat(chat_id, messages):
            await self.deliver(application.bot, chat_id, messages)

        self.poller.start(to_chat)

    async def stop(self, application: Application) -> None:
        self.poller.stop()
        if application.updater and application.updater.running:
            await application.updater.stop()
        await application.stop()
        await application.shutdown()
        await self.gateway.close()


def webhook_app(application: Application, secret: str) -> aiohttp.web.Application:
    """Receives updates Telegram posts to ``/telegram/<secret>`` (webhook mode)."""
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
    parser = argparse.ArgumentParser(prog="python -m bot.channels.telegram",
                                     description="Relay a Telegram bot to the assistant.")
    parser.add_argument("--webhook-url", help="public HTTPS address Telegram posts to "
                                              "(default: long polling, no public address)")
    parser.add_argument("--port", type=int, default=8443, help="webhook port (default 8443)")
    args = parser.parse_args(argv)

    quiet()
    token = settings.env("TELEGRAM_BOT_TOKEN")
    if not token:
        print(TOKEN_MISSING, file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO)

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
