"""The gateway's chat API with a fake Rasa behind it: limits, errors, erasure, summary."""
import asyncio

from bot import settings, store, texts
from bot.gateway import limits
from gateway_fake import FakeRasa, gateway, say




async def test_message_is_relayed_with_the_channel(db):
    rasa = FakeRasa()
    async with gateway(rasa) as client:
        resp = await say(client, "hi")
        assert resp.status == 200
        assert (await resp.json())[0]["text"] == "echo: hi"
        assert [(s, m, meta["channel"]) for s, m, meta in rasa.sent] == [("web-123456", "hi", "web")]
        assert "10.0" not in str(rasa.sent) and "127.0.0.1" not in str(rasa.sent)


async def test_empty_huge_and_bad_sender_get_kind_answers(db):
    rasa = FakeRasa()
    async with gateway(rasa) as client:
        resp = await say(client, "  ")
        assert resp.status == 200 and "did not get a message" in (await resp.json())[0]["text"]
        resp = await client.post("/api/messages", json={
            "sender": "web-123456", "message": "x" * (limits.MAX_MESSAGE_CHARS + 1)})
        assert resp.status == 413 and "too long" in (await resp.json())["error"]
        resp = await say(client, "hi", "<b>")
        assert resp.status == 400
        resp = await client.post("/api/messages", data=b"not json",
                                 headers={"Content-Type": "application/json"})
        assert resp.status == 400
        resp = await client.post("/api/messages", data=b'{"sender": "web-123456"}',
                                 headers={"Content-Type": "text/plain"})
        assert resp.status == 415       # no simple cross-site posts
        for body in (b"[]", b'"x"', b"null", b"3"):
            resp = await client.post("/api/messages", data=body,
                                     headers={"Content-Type": "application/json"})
            assert resp.status == 400, body
        resp = await say(client, "hi", "web-123456\n")
        assert resp.status == 400
        assert rasa.sent == []


async def test_rate_limit(db):
    async with gateway(FakeRasa()) as client:
        statuses = []
        for _ in range(limits.MAX_PER_MINUTE + 2):
            resp = await client.post("/api/messages",
                                     json={"sender": "web-ratelimit", "message": "hi"})
            statuses.append(resp.status)
        assert statuses[:limits.MAX_PER_MINUTE] == [200] * limits.MAX_PER_MINUTE
        assert statuses[-1] == 429


async def test_rasa_down_gives_the_phone_number(db):
    async with gateway(FakeRasa(fail=True)) as client:
        resp = await say(client, "hi")
        assert resp.status == 503
        assert "0300 123 4567" in (await resp.json())["error"]


async def test_silence_from_rasa_becomes_a_plain_apology(db):
    async with gateway(FakeRasa(silent=True)) as client:
        resp = await say(client, "hi")
        assert resp.status == 200
        reply = (await resp.json())[0]
        assert "Nothing you told me is lost" in reply["text"] and "0300 123 4567" in reply["text"]


async def test_summary_and_delete(db):
    async with gateway(FakeRasa()) as client:
        resp = await client.get("/api/conversations/web-123456/summary")
        assert resp.status == 404
        resp = await say(client, "hi")
        assert resp.status == 200       # the conversation starts: the key is in a cookie
        rid = store.save_record("web-123456", "self_assessment", {"sections": []})
        store.save_document(rid, "web-123456", "text/html", b"<p>My garden and my dog</p>")
        store.save_document(rid, "web-123456", "application/pdf", b"%PDF-1.4 demo")
        resp = await client.get("/api/conversations/web-123456/summary")
        assert resp.status == 200 and "My garden and my dog" in await resp.text()
        resp = await client.get("/api/conversations/web-123456/summary?format=pdf")
        assert resp.status == 200 and resp.content_type == "application/pdf"
        resp = await client.delete("/api/conversations/web-123456")
        assert resp.status == 204
        assert store.records_for("web-123456") == []
        resp = await client.get("/api/conversations/web-123456/summary")
        assert resp.status == 404       # the key went with the conversation


async def test_cors_only_for_configured_origins(db, monkeypatch):
    monkeypatch.setenv("CARE_CORS_ORIGINS", "https://www.example.gov.uk")
    async with gateway(FakeRasa()) as client:
        ok = await client.options("/api/messages", headers={
            "Origin": "https://www.example.gov.uk", "Access-Control-Request-Method": "POST"})
        assert ok.status == 204
        assert ok.headers["Access-Control-Allow-Origin"] == "https://www.example.gov.uk"
        bad = await client.options("/api/messages", headers={"Origin": "https://evil.example"})
        assert bad.status == 403
        r = await client.post("/api/messages", json={"sender": "web-abcdef12", "message": "hi"},
                              headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in r.headers


class SlowRasa(FakeRasa):
    async def send(self, sender, message, metadata=None):
        await asyncio.sleep(3)
        return await super().send(sender, message, metadata)


async def test_a_slow_assistant_gets_a_kind_apology_with_the_phone_number(db, monkeypatch):
    monkeypatch.setenv("CARE_TURN_TIMEOUT", "0.5")
    async with gateway(SlowRasa()) as client:
        r = await say(client, "hi", "web-abcdef12")
        assert r.status == 503
        body = await r.json()
        assert body["error"] == texts.action_server_down()

        assert str(settings.get("council.adult_social_care_phone")) in body["error"]


class ForgetfulRasa(FakeRasa):
    """Like Rasa while its database restarts: the first turn is neither answered nor kept."""

    def __init__(self):
        super().__init__()
        self.calls = 0

    async def send(self, sender, message, metadata=None):
        self.calls += 1
        if self.calls == 1:
            return []
        return await super().send(sender, message, metadata)


async def test_a_turn_rasa_could_not_keep_is_sent_again(db):
    rasa = ForgetfulRasa()
    async with gateway(rasa) as client:
        r = await say(client, "hi", "web-abcdef12")
        assert r.status == 200
        assert (await r.json())[0]["text"] == "echo: hi"
        assert [m for _, m, _ in rasa.sent] == ["hi"]  # kept once


async def test_a_kept_turn_is_not_sent_twice(db):
    rasa = FakeRasa(silent=True)  # action server down: Rasa keeps the turn, says nothing
    async with gateway(rasa) as client:
        r = await say(client, "hi", "web-abcdef12")
        assert "Nothing you told me is lost" in (await r.json())[0]["text"]
        assert len(rasa.sent) == 1
