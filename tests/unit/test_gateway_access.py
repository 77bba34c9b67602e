"""Nobody reads what is not theirs: the conversation credential, the relay's secret,
per-client limits, body checks and headers, with a fake Rasa behind the gateway."""
import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from bot.channels import RELAY_PREFIXES, relay_channel
from bot.channels.telegram import SENDER_PREFIX
from bot.gateway import access, limits
from bot.gateway.rasa_client import _checked
from bot.security import conversation_keys, secrets_file
from gateway_fake import FakeRasa, gateway, say


def stranger(client):
    """Another device: same server, no cookies."""
    return TestClient(client.server, cookie_jar=aiohttp.DummyCookieJar())


async def test_a_new_conversation_gets_a_long_random_key_in_a_strict_httponly_cookie(db):
    async with gateway() as client:
        r = await say(client, "hi", "web-owner-1")
        assert r.status == 200
        key = r.headers[conversation_keys.HEADER]
        assert len(key) >= 32                                  # 192 random bits
        cookie = r.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/api/" in cookie
        assert "no-store" in r.headers["Cache-Control"]
        # The same browser carries on with its cookie, the key is not handed out again.
        r = await say(client, "and", "web-owner-1")
        assert r.status == 200 and conversation_keys.HEADER not in r.headers


async def test_without_the_key_nothing_can_be_read_sent_or_deleted(db):
    async with gateway() as client:
        other = stranger(client)
        r = await say(client, "hi", "web-owner-2")
        key = r.headers[conversation_keys.HEADER]
        base = "/api/conversations/web-owner-2"
        for headers in ({}, {conversation_keys.HEADER: "wrong" * 8},
                        {conversation_keys.HEADER: key[:-1]}):
            for method, path in (("GET", base + "/data"), ("GET", base + "/updates"),
                                 ("GET", base + "/summary"), ("DELETE", base)):
                resp = await other.request(method, path, headers=headers)
                assert resp.status == 404, (method, path, headers)
            resp = await other.post("/api/messages", headers=headers,
                                    json={"sender": "web-owner-2", "message": "it is me"})
            assert resp.status == 404
        # A conversation that never existed looks exactly the same.
        missing = await other.get("/api/conversations/web-nobody-here/data")
        wrong = await other.get(base + "/data")
        assert (missing.status, await missing.json()) == (wrong.status, await wrong.json())
        # The key in a header works from anywhere (API clients).
        resp = await other.get(base + "/data", headers={conversation_keys.HEADER: key})
        assert resp.status == 200
        resp = await other.delete(base, headers={conversation_keys.HEADER: key})
        assert resp.status == 204


async def test_a_conversation_with_a_history_cannot_be_claimed(db):
    rasa = FakeRasa()
    rasa.sent.append(("web-made-elsewhere", "my secret", {}))   # history from another way in
    async with gateway(rasa) as client:
        r = await client.post("/api/messages",
                              json={"sender": "web-made-elsewhere", "message": "hello"})
        assert r.status == 404 and conversation_keys.HEADER not in r.headers
        r = await client.post("/api/messages", json={"sender": "caller-0123456789abcdef",
                                                     "message": "hello"})
        assert r.status == 404                  # the console's conversations are its own


async def test_only_the_relay_speaks_for_telegram_conversations(db):
    rasa = FakeRasa()
    async with gateway(rasa) as client:
        body = {"sender": "tg-" + "a" * 32, "message": "hi", "channel": "telegram"}
        assert (await client.post("/api/messages", json=body)).status == 404
        assert (await client.post("/api/messages", json=body, headers={
            "X-Relay-Key": "guess"})).status == 404
        assert (await client.get(f"/api/conversations/{body['sender']}/data")).status == 404
        relay = {"X-Relay-Key": secrets_file.relay_secret()}
        r = await client.post("/api/messages", json=body, headers=relay)
        assert r.status == 200 and rasa.sent[-1][2] == {"channel": "telegram"}
        r = await client.get(f"/api/conversations/{body['sender']}/data", headers=relay)
        assert r.status == 200
        # The relay's secret does not open web conversations.
        await say(client, "x", "web-abcdef99")
        other = stranger(client)
        assert (await other.get("/api/conversations/web-abcdef99/data",
                                headers=relay)).status == 404


async def test_a_missing_sender_starts_a_conversation_named_by_the_gateway(db):
    async with gateway() as client:
        r = await client.post("/api/messages", json={"message": "hi"})
        assert r.status == 200
        sender = r.headers["X-Conversation-Id"]
        assert sender.startswith("web-") and len(sender) >= 28
        r = await client.get(f"/api/conversations/{sender}/data")
        assert r.status == 200


async def test_one_client_cannot_open_endless_conversations(db):
    async with gateway() as client:
        statuses = []
        for i in range(limits.NEW_PER_MINUTE + 3):
            r = await client.post("/api/messages", json={"sender": f"web-rotate-{i:04d}",
                                                         "message": "hi"})
            statuses.append(r.status)
        assert statuses[:limits.NEW_PER_MINUTE] == [200] * limits.NEW_PER_MINUTE
        assert statuses[-1] == 429
        assert "very fast" in (await r.json())["error"]


async def test_forwarded_addresses_count_only_from_trusted_proxies(db, monkeypatch):
    async with gateway() as client:
        # Untrusted: a made-up X-Forwarded-For does not buy a fresh allowance.
        for i in range(limits.NEW_PER_MINUTE):
            await client.post("/api/messages", json={"sender": f"web-dodge-{i:04d}",
                                                     "message": "hi"},
                              headers={"X-Forwarded-For": f"198.51.100.{i}"})
        r = await client.post("/api/messages", json={"sender": "web-dodge-last", "message": "hi"},
                              headers={"X-Forwarded-For": "198.51.100.200"})
        assert r.status == 429
    monkeypatch.setenv("CARE_TRUSTED_PROXIES", "127.0.0.1")
    async with gateway() as client:
        for i in range(limits.NEW_PER_MINUTE + 2):
            r = await client.post("/api/messages", json={"sender": f"web-proxied-{i:04d}",
                                                         "message": "hi"},
                                  headers={"X-Forwarded-For": f"198.51.100.{i}"})
            assert r.status == 200      # behind the council's proxy: one person each


def test_the_limiter_forgets_the_oldest_keys_first():
    limiter = limits.RateLimiter(per_minute=1, max_keys=100)
    for i in range(1000):
        limiter.allow(f"client-{i}", now=0)
    assert len(limiter) == 100
    assert not limiter.allow("client-999", now=1)
    assert limiter.allow("client-0", now=1)     # forgotten, so a new window


async def test_security_headers_on_every_answer(db):
    async with gateway() as client:
        for path in ("/", "/no-such-page", "/console/", "/console/login",
                     "/api/conversations/web-nobody-here/data"):
            r = await client.get(path, allow_redirects=False)
            assert r.headers.get("X-Content-Type-Options") == "nosniff", path
            assert "Content-Security-Policy" in r.headers, path
        r = await client.get("/console/", allow_redirects=False)
        assert r.status == 302
        assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
        assert r.headers["Cache-Control"] == "no-store"


class BrokenRasa(FakeRasa):
    async def send(self, sender, message, metadata=None):
        raise RuntimeError("a bug with a secret: web-owner-2 said 07700 900123")


async def test_a_bug_gives_a_plain_500_with_headers_and_no_traceback(db):
    async with gateway(BrokenRasa()) as client:
        r = await say(client, "hi", "web-bug-0001")
        assert r.status == 500
        text = await r.text()
        assert "Traceback" not in text and "07700" not in text
        assert r.headers.get("X-Content-Type-Options") == "nosniff"


def test_rasa_urls_are_built_only_from_checked_ids():
    assert _checked("web-abcdef12") == "web-abcdef12"
    for bad in ("..%2Fstatus", "../status", "web-abc/../../x", "web-abcdef12\n", "ab"):
        with pytest.raises(ValueError):
            _checked(bad)


def test_the_relay_prefix_is_defined_once():
    """The relay names its conversations with the prefix the gateway reserves for it."""
    assert relay_channel(SENDER_PREFIX + "a" * 32) == "telegram"
    assert SENDER_PREFIX in RELAY_PREFIXES and SENDER_PREFIX.startswith(access.RESERVED_PREFIXES)
    assert relay_channel("web-" + "a" * 24) is None
