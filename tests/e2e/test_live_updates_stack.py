"""An adviser's reply reaches the web chat of the whole running assistant (Rasa, actions,
gateway) in under a second. Its own module: the scripted gateway of test_live_updates.py
points the records database elsewhere while its module runs."""
import pytest

from test_live_updates import open_chat, time_until_shown

pytest.importorskip("playwright.sync_api")


def test_adviser_reply_arrives_in_under_a_second_on_the_running_assistant(browser, stack):
    from bot.data import handoffs

    context, page = open_chat(browser, stack.gateway_url)
    page.wait_for_selector("body[data-live=on]")
    sender = page.evaluate("sessionStorage.getItem('care-chat-sender')")
    handoffs.set_takeover(sender, "sam", True)
    took = time_until_shown(page, "Hello, I am from the care team.")
    assert took < 1.0, took
    print(f"adviser reply shown after {took * 1000:.0f} ms on the running assistant")
    context.close()
