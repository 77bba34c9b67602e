"""The gateway with a fake Rasa behind it, for tests that need no stack."""
from contextlib import asynccontextmanager

import aiohttp
from aiohttp.test_utils import TestClient, TestServer

from bot.gateway.app import create_app


class FakeRasa:
    """Echoes each message; ``fail`` raises as an unreachable Rasa does, ``silent`` answers
    nothing as Rasa does when an action fails."""

    def __init__(self, fail=False, silent=False):
        self.fail = fail
        self.silent = silent
        self.sent = []

    async def send(self, sender, message, metadata=None):
        if self.fail:
            raise aiohttp.ClientConnectionError("down")
        self.sent.append((sender, message, metadata))
        if self.silent:
            return []
        return [{"recipient_id": sender, "text": f"echo: {message}"}]

    async def tracker(self, sender):
        return {"events": [{"event": "user", "text": m} for s, m, _ in self.sent if s == sender]}

    async def close(self):
        pass


async def client_for(rasa=None, **kwargs) -> TestClient:
    client = TestClient(TestServer(create_app(rasa or FakeRasa(), with_directory=False)),
                        **kwargs)
    await client.start_server()
    return client


@asynccontextmanager
async def gateway(rasa=None, **kwargs):
    """``async with gateway(FakeRasa()) as client:`` the gateway app, closed afterwards."""
    client = await client_for(rasa, **kwargs)
    try:
        yield client
    finally:
        await client.close()


async def say(client: TestClient, message: str, sender: str = "web-123456", **kwargs):
    """Posts one message to the gateway's chat API, as the web chat does."""
    return await client.post("/api/messages", json={"sender": sender, "message": message},
                             **kwargs)
