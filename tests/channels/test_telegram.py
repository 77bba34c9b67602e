"""Telegram: python-telegram-bot against a local fake of the Bot API, through the real stack.

Covers /start, typed messages, buttons as inline keyboards, a resume code, /stop, /delete,
photos, errors from Telegram and from the assistant, webhook mode, and a missing token.
"""
import asyncio
import json
import random

import pytest
from aiohttp import web

from bot.channels.telegram import Gateway, main, Relay, sender_for, TOKEN_MISSING, webhook_app
from chat_client import Chat
from telegram_fake import FakeTelegram

TOKEN = "123456:TEST-token"


@pytest.fixture
async def telegram(stack):
    fake = await FakeTelegram().start()
    relay = Relay(Gateway(stack.gateway_url))
    application = relay.build(TOKEN, fake.url)
    await relay.start(application)
    yield fake, relay, application
    await relay.stop(application)
    await fake.stop()


def new_chat():
    return random.randint(10_000_000, 99_999_999)


async def test_start_greets_with_buttons_and_buttons_work(telegram):
    fake, _, _ = telegram
    chat = new_chat()
    sent = await fake.say(chat, "/start", 0)
    assert "computer program" in " ".join(m["text"] for m in sent)
    with_buttons = [m for m in sent if m.get("reply_markup")]
    assert with_buttons, "the greeting offers buttons"
    button = with_buttons[-1]["reply_markup"]["inline_keyboard"][0][0]
    assert len(button["callback_data"].encode()) <= 64
    before = len(fake.sent_to(chat))
    fake.press(chat, button["callback_data"])
    after = await fake.replies(chat, before)
    assert after and fake.answered


async def test_typed_question_and_channel_metadata(telegram, stack):
    fake, _, _ = telegram
    chat = new_chat()
    first = len(await fake.say(chat, "/start", 0))
    sent = await fake.say(chat, "what does reablement mean?", first)
    assert "Short-term help at home" in " ".join(m["text"] for m in sent)

    tracker = Chat(stack, sender_for(chat)).tracker()
    users = [e for e in tracker["events"] if e["event"] == "user"]
    assert users[-1]["metadata"]["channel"] == "telegram"


async def test_download_my_data_and_summary(telegram):
    fake, _, _ = telegram
    chat = new_chat()
    n = len(await fake.say(chat, "hello", 0))
    sent = await fake.say(chat, "/summary", n)
    assert "no summary yet" in sent[-1]["text"]
    n += len(sent)
    await fake.say(chat, "/mydata", n)
    document = fake.documents[-1]
    assert int(document["chat_id"]) == chat
    data = json.loads(document["content"])
    assert data["conversation_id"] == sender_for(chat)
    assert [e["text"] for e in data["events"] if e["event"] == "user"] == ["hello"]


async def test_stop_delete_and_photos(telegram, stack):
    fake, _, _ = telegram
    chat = new_chat()
    n = len(await fake.say(chat, "hello", 0))
    fake.send_photo(chat)
    sent = await fake.replies(chat, n)
    assert "typed messages" in sent[-1]["text"]
    n += len(sent)
    sent = await fake.say(chat, "/delete", n)
    assert "deleted" in sent[-1]["text"]

    events = Chat(stack, sender_for(chat)).tracker()["events"]
    assert not [e for e in events if e["event"] == "user"]


async def test_resume_code_from_start(telegram, stack):
    """A code from the console's person-to-bot start carries on in Telegram."""
    fake, _, _ = telegram
    web_sender = f"web-{random.randint(10**8, 10**9)}"
    on_the_web = Chat(stack, web_sender)
    on_the_web.say("I'd like to do a self-assessment")
    on_the_web.say("yes that's ok")
    reply = on_the_web.texts("pause")
    code = on_the_web.slot("resume_code")
    assert code and code in reply, reply
    chat = new_chat()
    sent = await fake.say(chat, f"/start {code}", 0)
    assert sent
    tracker = Chat(stack, sender_for(chat)).tracker()
    assert tracker["slots"].get("consent_given") is True


async def test_telegram_errors_do_not_stop_the_relay(telegram):
    fake, _, _ = telegram
    chat = new_chat()
    fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
    fake.type_text(chat, "hello")
    await asyncio.sleep(3)
    n = len(fake.sent_to(chat))
    sent = await fake.say(chat, "hello again", n)
    assert sent


async def test_assistant_down_gives_a_kind_message(stack):
    fake = await FakeTelegram().start()
    relay = Relay(Gateway("http://127.0.0.1:9"))  # nothing listens there
    application = relay.build(TOKEN, fake.url)
    await relay.start(application)
    try:
        chat = new_chat()
        sent = await fake.say(chat, "hello", 0)
        assert "cannot reach" in sent[-1]["text"]
    finally:
        await relay.stop(application)
        await fake.stop()


async def test_webhook_mode(stack):
    fake = await FakeTelegram().start()
    relay = Relay(Gateway(stack.gateway_url))
    application = relay.build(TOKEN, fake.url)
    secret = "s3cret-path"
    runner = web.AppRunner(webhook_app(application, secret))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    await relay.start(application, f"http://127.0.0.1:{port}/telegram/{secret}", secret)
    try:
        assert fake.webhook.endswith(f"/telegram/{secret}")
        chat = new_chat()
        sent = await fake.say(chat, "what does respite mean?", 0)
        assert "break for a carer" in " ".join(m["text"] for m in sent)
    finally:
        await relay.stop(application)
        await runner.cleanup()
        await fake.stop()


def test_missing_token_says_so(monkeypatch, capsys):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert main([]) == 2
    assert TOKEN_MISSING in capsys.readouterr().err
