"""The crisis block through the whole running assistant (trained Rasa, the safety net, the
action server, the real gateway and web chat) on a 375 px wide phone: a danger message typed
in a person's own words gets one block with "call 999" first and in view without scrolling,
and its numbers as tap-to-call (tel:) and tap-to-text (sms:) links.

test_chat_rendering.py checks the same drawing against a scripted Rasa; this one checks that
the real safety net and the real action send what the web chat draws. Its own module, as
test_live_updates_stack.py, so the stack's records database is not swapped under another's.
"""
import pytest

from conftest import PHONE, in_view, open_chat, say, screenshot

pytest.importorskip("playwright.sync_api")

# Told indirectly, the way the issue says people do: an act already done, no listed phrase.
DANGER = "ive swallowed the whole box of my sleeping tablets and i feel really drowsy now"


@pytest.fixture
def phone(browser, stack):
    context, page = open_chat(browser, stack.gateway_url, timeout=60000)
    yield page
    context.close()


def test_danger_typed_in_the_web_chat_gets_999_first_in_view_with_tap_links(phone):
    say(phone, "hello")  # a conversation first, so the block does not arrive at the top
    say(phone, DANGER)
    phone.wait_for_selector("#log .safety-block")
    assert phone.locator("#log section.safety-block").count() == 1
    block = phone.locator("#log section.safety-block")
    # "call 999" is the first thing in the block, and the first number is 999.
    first = phone.evaluate(
        "document.querySelector('#log .safety-block').firstElementChild.innerText")
    assert "call 999" in first.lower(), first
    links = block.locator("a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs[0] == "tel:999", hrefs
    assert any(h.startswith("sms:") for h in hrefs), hrefs
    assert sum(h.startswith("tel:") for h in hrefs) >= 2, hrefs
    # What the person sees without scrolling on a 375 x 667 phone.
    assert in_view(phone, "#log .safety-block > :first-child")
    assert in_view(phone, "#log .safety-block a[href='tel:999']")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(phone, "crisis-block-375-stack")
