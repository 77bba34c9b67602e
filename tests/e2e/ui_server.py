"""The real gateway (pages, static files, CSP headers, /api) with a scripted Rasa behind it,
in a thread: the browser tests of what a person sees run in seconds and need no trained
model. The scripted Rasa answers like the real one, including a crisis reply that carries a
``custom`` safety block, so the gateway's pass-through is part of what is tested."""
from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from contextlib import contextmanager

from aiohttp import web

SAFETY_BLOCK = {
    "type": "safety",
    "heading": "If anyone is in danger now, call 999",
    "lines": ["You can talk to Samaritans for free, day or night.",
              "Our care and support team can help too."],
    "numbers": [
        {"label": "Emergency", "number": "999", "href": "tel:999"},
        {"label": "NHS urgent mental health help", "number": "111", "href": "tel:111"},
        {"label": "Samaritans", "number": "116 123", "href": "tel:116123"},
        {"label": "Text SHOUT", "number": "85258", "href": "sms:85258?body=SHOUT"},
        {"label": "Care and support team", "number": "0113 222 4401", "href": "tel:01132224401"},
        {"label": "Out of hours", "number": "0113 240 9536", "href": "tel:01132409536"},
    ],
}

MENU = [{"title": "Talk about what is going on", "payload": "/listen"},
        {"title": "Find local services", "payload": "/find_service"},
        {"title": "Talk to a person", "payload": "/request_human"}]


class ScriptedRasa:
    """Answers the way the assistant does, from a short script keyed on the message."""

    def __init__(self) -> None:
        self.sent = []
        self.events = {}  # sender -> tracker events, as Rasa keeps them

    def _paused(self, sender) -> bool:
        for event in reversed(self.events.get(sender, [])):
            if event.get("event") in ("pause", "resume"):
                return event["event"] == "pause"
        return False

    async def send(self, sender, message, metadata=None):
        self.sent.append((sender, message))
        log = self.events.setdefault(sender, [])
        log.append({"event": "user", "text": message, "timestamp": time.time(),
                    "metadata": metadata or {}})
        if self._paused(sender):
            return []
        replies = self._replies(sender, message)
        for reply in replies:
            if reply.get("text"):
                log.append({"event": "bot", "text": reply["text"], "timestamp": time.time(),
                            "data": {"buttons": reply.get("buttons") or []}})
        return replies

    def _replies(self, sender, message):
        r = {"recipient_id": sender}
        if message == "/greet":
            return [dict(r, text="Hello. I am a computer program, not a person."),
                    dict(r, text="What would you like to do?", buttons=MENU)]
        if "have to go" in message:
            # "he's back, I have to go": the quick exit (actions/safety.py quick_exit).
            return [dict(r, text="OK, go now. Need help? Call 999."),
                    dict(r, custom={"type": "quick_exit"})]
        if "danger" in message:
            # Rasa's REST channel sends a custom payload as a message of its own.
            return [dict(r, custom=SAFETY_BLOCK),
                    dict(r, text="You are not alone.",
                         buttons=[{"title": "Talk to a person", "payload": "/request_human"},
                                  {"title": "I am safe now, carry on", "payload": "/resume"}])]
        if "service" in message or message == "/find_service":
            return [dict(r, text="Leeds Carers: support for unpaid carers. Call 0113 380 4300 "
                                 "or see https://www.carersleeds.org.uk/help."),
                    dict(r, text="Was that useful?",
                         buttons=[{"title": "Yes, contact me", "payload": "/affirm"},
                                  {"title": "No", "payload": "/deny"}])]
        if message == "/request_human" or "real person" in message:
            from bot.data import handoffs

            row = handoffs.create_handoff(sender, "request", summary=message[:500])
            return [dict(r, text=f"I have asked the care team. Your reference is "
                                 f"{row['reference']}.")]
        return [dict(r, text=f"You said: {message}. Call us on 0113 222 4401 or 116 123."),
                dict(r, text="Anything else?", buttons=MENU)]

    async def tracker(self, sender):
        return {"sender_id": sender, "events": list(self.events.get(sender, []))}

    async def append_events(self, sender, events):
        stamped = [{"timestamp": time.time(), **e} for e in events]
        self.events.setdefault(sender, []).extend(stamped)

    async def close(self):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(app: web.Application, host: str = "127.0.0.1"):
    """Runs an aiohttp app in a thread on a free port; yields its base URL."""
    port = _free_port()
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app)
    started = threading.Event()

    def serve():
        asyncio.set_event_loop(loop)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    started.wait(30)
    try:
        yield f"http://{host}:{port}"
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


@contextmanager
def running_gateway(data_dir):
    """Yields the base URL of a gateway on a free port; its records go to data_dir."""
    from bot.gateway.app import create_app

    saved = os.environ.get("CARE_DATABASE_URL")
    os.environ["CARE_DATABASE_URL"] = f"sqlite:///{data_dir}/care.db"
    try:
        with serving(create_app(ScriptedRasa(), with_directory=False)) as url:
            yield url
    finally:
        if saved is None:
            os.environ.pop("CARE_DATABASE_URL", None)
        else:
            os.environ["CARE_DATABASE_URL"] = saved
