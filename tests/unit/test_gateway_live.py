"""Adviser replies on the web chat's event stream (bot/gateway/live.py), with the real
gateway app, a fake Rasa and the console's outbox in a temporary database."""
import asyncio
import json
import time

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.data import handoffs
from bot.gateway import live
from bot.gateway.app import create_app
from bot.security import conversation_keys

SENDER = "web-0123456789abcdef"


class QuietRasa:
    async def close(self):
        pass


@pytest.fixture
async def client(db):
    # The page holds its conversation's key, as the web chat does (an HttpOnly cookie there).
    key = conversation_keys.issue(SENDER)
    client = TestClient(TestServer(create_app(QuietRasa(), with_directory=False)),
                        headers={"X-Conversation-Key": key})
    await client.start_server()
    yield client
    await client.close()


async def next_event(resp, timeout=5.0):
    """Reads the stream up to the next named event; returns (name, data)."""
    name, data = None, None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = (await asyncio.wait_for(resp.content.readline(), timeout)).decode().rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            data = json.loads(line[6:])
        elif line == "" and name:
            return name, data
    raise AssertionError("no event")


async def test_an_adviser_reply_arrives_within_a_second(client):
    resp = await client.get(f"/api/conversations/{SENDER}/events")
    assert resp.status == 200
    assert resp.headers["Content-Type"] == "text/event-stream"
    assert (await resp.content.readline()).startswith(b"retry:")
    await asyncio.sleep(0.3)  # the stream is open and idle
    started = time.monotonic()
    await asyncio.to_thread(handoffs.queue_message, SENDER, "Sam", "Hello, I am Sam.")
    name, data = await next_event(resp)
    took = time.monotonic() - started
    assert name == "adviser"
    assert data == [{"text": "Hello, I am Sam.", "from": "adviser", "author": "Sam"}]
    assert took < 1.0, took
    # Delivered once: polling finds nothing more.
    assert await (await client.get(f"/api/conversations/{SENDER}/updates")).json() == []
    resp.close()


async def test_messages_waiting_before_the_page_opened_go_at_once(client):
    handoffs.queue_message(SENDER, "Sam", "One")
    handoffs.queue_message(SENDER, "Sam", "Two")
    resp = await client.get(f"/api/conversations/{SENDER}/events")
    name, data = await next_event(resp)
    assert [m["text"] for m in data] == ["One", "Two"]
    resp.close()


async def test_a_closed_page_does_not_take_messages_and_polling_still_works(client):
    resp = await client.get(f"/api/conversations/{SENDER}/events")
    await resp.content.readline()
    resp.close()
    await asyncio.sleep(0.3)
    handoffs.queue_message(SENDER, "Sam", "Are you still there?")
    await asyncio.sleep(0.8)
    got = await (await client.get(f"/api/conversations/{SENDER}/updates")).json()
    assert [m["text"] for m in got] == ["Are you still there?"]


async def test_other_conversations_do_not_see_it(client):
    other = "web-fedcba9876543210"
    # Without that conversation's key the stream is refused, as if it did not exist.
    resp = await client.get(f"/api/conversations/{other}/events")
    assert resp.status == 404
    handoffs.queue_message(SENDER, "Sam", "Only for the first person")
    resp.close()
    got = await (await client.get(f"/api/conversations/{SENDER}/updates")).json()
    assert [m["text"] for m in got] == ["Only for the first person"]


async def test_bad_sender_is_refused(client):
    resp = await client.get("/api/conversations/%3Cb%3E/events")
    assert resp.status == 400


async def test_too_many_streams_for_one_conversation_are_refused(client, monkeypatch):
    monkeypatch.setattr(live, "MAX_STREAMS_PER_CONVERSATION", 2)
    first = await client.get(f"/api/conversations/{SENDER}/events")
    second = await client.get(f"/api/conversations/{SENDER}/events")
    third = await client.get(f"/api/conversations/{SENDER}/events")
    assert (first.status, second.status, third.status) == (200, 200, 503)
    first.close()
    second.close()
