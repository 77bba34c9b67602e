"""Faults a council will meet: the action server down or restarted, and a model reload.
Nothing the person said may be lost, and they always get a plain answer with a phone number."""
import time
import urllib.request

import pytest
import requests

from bot import settings
from chat_client import Chat

pytestmark = pytest.mark.stack


def gateway_say(chat, text):
    r = chat.post(text)
    return r.status_code, r.json()


def wait_for(url, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(url)


def test_action_server_down_then_back(stack, sender):
    phone = str(settings.get("council.adult_social_care_phone"))
    chat = Chat(stack, sender, gateway=True)
    chat.say("I'd like to do a self-assessment")
    chat.say("yes")
    stack.stop_process("actions-0")
    try:
        status, replies = gateway_say(chat, "hello")
        text = " ".join(r.get("text", "") if isinstance(r, dict) else "" for r in replies) \
            if isinstance(replies, list) else replies.get("error", "")
        assert phone in text
        assert "lost" in text.lower()
    finally:
        stack.start_process("actions-0")
        wait_for(stack.actions_url.replace("/webhook", "/health"))
    # What was said before and during the fault is still there, and the form carries on.
    said = [e.get("text") for e in chat.tracker()["events"] if e["event"] == "user"]
    assert said[-1] == "hello", said
    assert chat.slot("consent_given") is True
    assert chat.active_loop() == "self_assessment_form"
    status, replies = gateway_say(chat, '/inform{"about": "self"}')
    assert status == 200 and replies
    assert chat.slot("about") == "self"


def test_model_reload_keeps_conversations(stack, sender):
    chat = Chat(stack, sender)
    chat.say("I'd like to do a self-assessment")
    chat.say("yes")
    r = requests.put(f"{stack.rasa_url}/model", params={"token": stack.token},
                     json={"model_file": str(stack.model_file)}, timeout=300)
    assert r.status_code == 204
    assert chat.slot("consent_given") is True
    assert chat.active_loop() == "self_assessment_form"
    reply = chat.say('/inform{"about": "self"}')
    assert reply
