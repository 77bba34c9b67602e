"""Over REST, as the web chat sends it (round eight of the safety net): after suicide risk
the crisis block and the quick exit both name Samaritans (116 123); "dont no" at the direct
question is answered as not-a-no, with the numbers and a person offered first."""
import pytest
import requests

from chat_client import Chat

pytestmark = pytest.mark.stack


def web(stack, chat, text):
    """One message through the gateway with the web chat's channel."""
    response = requests.post(f"{stack.gateway_url}/api/messages",
                             json={"sender": chat.sender, "message": text, "channel": "web"},
                             headers=chat.headers(), timeout=90)
    chat.key = response.headers.get("X-Conversation-Key") or chat.key
    response.raise_for_status()
    return response.json()


def texts(replies):
    return " ".join(r.get("text") or "" for r in replies)


def test_after_suicide_risk_the_block_and_the_quick_exit_name_samaritans(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    replies = web(stack, chat, "honestly i want to kill myself")
    blocks = [r["custom"] for r in replies if (r.get("custom") or {}).get("type") == "safety"]
    assert blocks, replies
    numbers = [n["number"] for n in blocks[0]["numbers"]]
    assert numbers[0] == "999" and "116 123" in numbers
    assert any(n["href"] == "tel:116123" for n in blocks[0]["numbers"])
    replies = web(stack, chat, "hes back i have to go")
    assert any((r.get("custom") or {}).get("type") == "quick_exit" for r in replies)
    said = texts(replies)
    assert "116 123" in said and "999" in said


def test_after_abuse_alone_the_quick_exit_stays_short(stack, sender):
    chat = Chat(stack, sender + "-abuse", gateway=True)
    web(stack, chat, "my husband hits me when he has been drinking")
    said = texts(web(stack, chat, "hes back i have to go"))
    assert "999" in said and "116 123" not in said


@pytest.mark.parametrize("unsure", ["dont no", "idk maybe"])
def test_not_knowing_at_the_suicide_question_is_not_a_no(stack, sender, unsure):
    chat = Chat(stack, f"{sender}-{unsure.replace(' ', '')}", gateway=True)
    asked = texts(web(stack, chat, "whats the point in going on"))
    assert "ending your life" in asked
    replies = web(stack, chat, unsure)
    said = texts(replies)
    assert "hard to know" in said and "116 123" in said
    assert "Thank you for telling me" not in said and "glad you are safe" not in said.lower()
    buttons = [b for r in replies for b in r.get("buttons") or []]
    assert buttons and buttons[0]["payload"] == "/request_human"
