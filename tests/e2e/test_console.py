"""Both hand-off directions in one scripted test, with two real Chromium pages:
a resident in the web chat and an adviser in the console."""
import re
import secrets

import pytest

from test_web_chat import bot_messages, wait_for_reply_count

pytest.importorskip("playwright.sync_api")


@pytest.fixture
def adviser(stack):
    from bot.console import auth

    password = secrets.token_urlsafe(12)
    name = f"ada{secrets.token_hex(3)}"
    auth.add_user(name, password, "adviser")
    return name, password


def sign_in(page, name, password):
    page.goto("/console/")
    page.fill("#username", name)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_selector("text=Hand-off queue")


def test_bot_to_person_and_person_to_bot(browser, stack, adviser):
    resident_ctx = browser.new_context(base_url=stack.gateway_url)
    staff_ctx = browser.new_context(base_url=stack.gateway_url)
    resident, staff = resident_ctx.new_page(), staff_ctx.new_page()
    for page in (resident, staff):
        page.set_default_timeout(30000)

    # The resident asks for a person.
    resident.goto("/")
    wait_for_reply_count(resident, 1)
    n = bot_messages(resident).count()
    resident.fill("#message", "can I speak to a real person please")
    resident.press("#message", "Enter")
    wait_for_reply_count(resident, n + 1)
    sender = resident.evaluate("sessionStorage.getItem('care-chat-sender')")

    # Bot to person: the adviser finds them in the queue and takes over.
    sign_in(staff, *adviser)
    from bot.data import handoffs

    reference = handoffs.latest_for(sender)["reference"]   # the one the bot told them
    staff.fill("#ref", reference)
    staff.press("#ref", "Enter")
    staff.get_by_role("link", name=f"Open conversation {reference}").click()
    assert "can I speak to a real person please" in staff.inner_text(".transcript")
    staff.click("text=Take over")
    staff.wait_for_selector("text=The bot is not answering")
    staff.fill("#text", "Hello, I am from the care team. How can I help?")
    staff.click("form[action$='/reply'] button")

    # The resident sees the adviser's words arrive (the page polls every few seconds).
    resident.wait_for_selector("#log li.message.adviser >> text=How can I help?")
    n = bot_messages(resident).count()
    resident.fill("#message", "I need help with my mum's care")
    resident.press("#message", "Enter")
    resident.wait_for_selector("#log li.message.you >> text=my mum's care")
    resident.wait_for_timeout(1500)
    assert bot_messages(resident).count() == n, "the bot stays quiet while taken over"
    staff.reload()
    assert "my mum's care" in staff.inner_text(".transcript")

    # Hand back with a note: the bot answers again.
    staff.fill("#note", "Talked about mum; sent carers leaflet")
    staff.click("text=Hand back to the bot")
    staff.wait_for_selector("text=Take over")
    resident.wait_for_selector("#log li.message.adviser >> text=back with the computer helper")
    n = bot_messages(resident).count()
    resident.fill("#message", "what does respite mean?")
    resident.press("#message", "Enter")
    wait_for_reply_count(resident, n + 1)
    assert "break for a carer" in resident.inner_text("#log")

    # Person to bot: the adviser starts a session for a caller and reads out a code.
    staff.goto("/console/")
    staff.check("input[value=someone_i_care_for]")
    staff.fill("#reason", "Dad keeps falling and I am worn out")
    staff.click("text=Get a code for the caller")
    code = staff.inner_text(".code").strip()
    assert re.fullmatch(r"[A-Z0-9-]{4,20}", code)
    caller_ctx = browser.new_context(base_url=stack.gateway_url)
    caller = caller_ctx.new_page()
    caller.set_default_timeout(30000)
    caller.goto(f"/?code={code}")
    wait_for_reply_count(caller, 1)
    caller_sender = caller.evaluate("sessionStorage.getItem('care-chat-sender')")
    from chat_client import Chat

    for _ in range(30):  # the page shows the reply as soon as Rasa answers; allow for a busy CI
        slots = Chat(stack, caller_sender).tracker()["slots"]
        if slots.get("about"):
            break
        caller.wait_for_timeout(500)
    assert slots["about"] == "someone_i_care_for"
    assert slots["whats_going_on"] == "Dad keeps falling and I am worn out"
    for ctx in (resident_ctx, staff_ctx, caller_ctx):
        ctx.close()
