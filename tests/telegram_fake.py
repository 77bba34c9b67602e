"""A local fake of the Telegram Bot API over real HTTP, for python-telegram-bot's base_url.

It answers the methods the relay uses (getMe, getUpdates, sendMessage, answerCallbackQuery,
setWebhook, deleteWebhook), queues updates the test "types", records what the bot sends,
and can be told to fail the next call of a method.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from typing import Any, Dict, List, Optional

from aiohttp import web

BOT_USER = {"id": 999000, "is_bot": True, "first_name": "Care helper", "username": "care_helper_bot"}


class FakeTelegram:
    def __init__(self) -> None:
        self.updates: List[Dict[str, Any]] = []
        self.sent: List[Dict[str, Any]] = []
        self.answered: List[str] = []
        self.documents: List[Dict[str, Any]] = []
        self.webhook: Optional[str] = None
        self.failures: Dict[str, List[tuple]] = {}
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._new_update = asyncio.Event()
        self.runner: Optional[web.AppRunner] = None
        self.url = ""

    # --- the test's side -----------------------------------------------------------------

    def user(self, chat_id: int) -> Dict[str, Any]:
        return {"id": chat_id, "is_bot": False, "first_name": "Sam", "language_code": "en"}

    def type_text(self, chat_id: int, text: str) -> None:
        message = {"message_id": next(self._message_ids), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private", "first_name": "Sam"},
                   "from": self.user(chat_id), "text": text}
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self._push({"message": message})

    def send_photo(self, chat_id: int) -> None:
        self._push({"message": {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"}, "from": self.user(chat_id),
            "photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 10, "height": 10}]}})

    def press(self, chat_id: int, callback_data: str) -> None:
        self._push({"callback_query": {
            "id": str(next(self._ids)), "from": self.user(chat_id), "chat_instance": "ci",
            "data": callback_data, "message": {
                "message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"}, "from": BOT_USER, "text": "..."}}})

    def fail_next(self, method: str, status: int, description: str, **parameters) -> None:
        self.failures.setdefault(method, []).append((status, description, parameters))

    def sent_to(self, chat_id: int) -> List[Dict[str, Any]]:
        return [m for m in self.sent if int(m["chat_id"]) == chat_id]

    async def say(self, chat_id: int, text: str, since: int) -> List[Dict[str, Any]]:
        """Types a message in the chat and returns what the bot sent after ``since``."""
        self.type_text(chat_id, text)
        return await self.replies(chat_id, since)

    async def replies(self, chat_id: int, since: int, quiet: float = 1.0,
                      timeout: float = 60.0) -> List[Dict[str, Any]]:
        """Messages sent to a chat after ``since``, once the bot has stopped typing."""
        deadline = time.monotonic() + timeout
        last_count, last_change = -1, time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.sent_to(chat_id))
            if count != last_count:
                last_count, last_change = count, time.monotonic()
            elif count > since and time.monotonic() - last_change >= quiet:
                return self.sent_to(chat_id)[since:]
            await asyncio.sleep(0.1)
        raise AssertionError(f"no reply to chat {chat_id} within {timeout} s")

    def _push(self, update: Dict[str, Any]) -> None:
        update["update_id"] = next(self._ids)
        self.updates.append(update)
        self._new_update.set()
        if self.webhook:
            asyncio.get_event_loop().create_task(self._post_webhook(update))

    async def _post_webhook(self, update):
        import aiohttp

        self.updates.remove(update)
        async with aiohttp.ClientSession() as session:
            await session.post(self.webhook, json=update,
                               headers={"X-Telegram-Bot-Api-Secret-Token": self.secret or ""})

    # --- the bot's side ------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        pending = self.failures.get(method)
        if pending:
            status, description, extra = pending.pop(0)
            body = {"ok": False, "error_code": status, "description": description}
            if extra:
                body["parameters"] = extra
            return web.json_response(body, status=status)
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            return web.json_response({"ok": True, "result": True})
        return web.json_response({"ok": True, "result": await handler(params)})

    async def _params(self, request: web.Request) -> Dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        params = {}
        for key, value in form.items():
            if hasattr(value, "file"):   # an uploaded file (multipart)
                params[key] = value
                continue
            try:
                params[key] = json.loads(value)
            except (TypeError, ValueError):
                params[key] = value
        for key, value in list(params.items()):
            # python-telegram-bot names an upload "attach://<name>" and sends it as a part
            if isinstance(value, str) and value.startswith("attach://"):
                params[key] = form.get(value[len("attach://"):])
        return params

    async def api_getMe(self, params):
        return BOT_USER

    async def api_getUpdates(self, params):
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(),
                                       timeout=min(float(params.get("timeout") or 0), 2.0))
            except asyncio.TimeoutError:
                pass
        return [u for u in self.updates if u["update_id"] >= offset]

    async def api_sendMessage(self, params):
        self.sent.append(params)
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"}, "from": BOT_USER,
                "text": params.get("text", "")}

    async def api_sendDocument(self, params):
        document = params.get("document")
        content = document.file.read() if hasattr(document, "file") else b""
        self.documents.append({"chat_id": params.get("chat_id"), "content": content,
                               "filename": getattr(document, "filename", "")})
        self.sent.append({"chat_id": params.get("chat_id"), "text": "[document]"})
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": int(params["chat_id"]), "type": "private"}, "from": BOT_USER,
                "document": {"file_id": "d1", "file_unique_id": "du1"}}

    async def api_answerCallbackQuery(self, params):
        self.answered.append(params.get("callback_query_id"))
        return True

    async def api_setWebhook(self, params):
        self.webhook = params.get("url")
        self.secret = params.get("secret_token")
        return True

    async def api_deleteWebhook(self, params):
        self.webhook = None
        return True

    async def start(self) -> "FakeTelegram":
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()
