"""The quick exit in the web chat (issue 12): someone whose abuser walks in must be able to
leave at once. The "Leave this site quickly" link at the top of the page, Escape pressed 3
times, and the helper's quick-exit reply ("he's back, I have to go") each take the
conversation off the screen and out of the browser's storage, and replace the page with a
neutral one (council.yml's web_chat.quick_exit_url), so Back does not show the chat.

The neutral page is answered by the browser itself (this machine has no internet)."""
import pytest

from conftest import PHONE, in_view, open_chat, say, screenshot

pytest.importorskip("playwright.sync_api")

EXIT = "https://www.bbc.co.uk/weather"
NEUTRAL = "<!doctype html><title>Weather</title><h1>Weather forecast</h1>"


@pytest.fixture
def phone(browser, ui_url):
    context, page = open_chat(browser, ui_url)
    context.route("https://www.bbc.co.uk/**",
                  lambda route: route.fulfill(status=200, content_type="text/html",
                                              body=NEUTRAL))
    page.chat_url = ui_url
    yield page
    context.close()


def left_the_chat(page):
    page.wait_for_url(EXIT + "*")
    assert "Weather forecast" in page.inner_text("body")
    assert "nobody must see this" not in page.content()
    # Coming back to the chat in the same tab: nothing of the conversation is left.
    page.goto(page.chat_url + "/")
    page.wait_for_selector("#log li.message.bot")
    assert "nobody must see this" not in page.inner_text("#log")
    kept = page.evaluate("JSON.stringify(Object.assign({}, sessionStorage, localStorage))")
    assert "nobody must see this" not in kept


def test_the_link_is_first_and_in_view_on_a_phone(phone):
    say(phone, "he checks my phone, nobody must see this")
    phone.evaluate("window.scrollTo(0, 0)")
    assert in_view(phone, "#quick-exit")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    box = phone.locator("#quick-exit").bounding_box()
    assert box["height"] >= 44   # easy to hit in a hurry
    screenshot(phone, "quick-exit-375")
    phone.click("#quick-exit")
    left_the_chat(phone)


def test_escape_three_times_leaves(phone):
    say(phone, "nobody must see this, he reads everything")
    phone.keyboard.press("Escape")
    phone.keyboard.press("Escape")
    assert phone.url.startswith(phone.chat_url)    # twice is not enough
    phone.keyboard.press("Escape")
    left_the_chat(phone)


def test_the_quick_exit_reply_clears_the_screen_and_leaves(phone):
    say(phone, "nobody must see this, i am scared of him")
    phone.fill("#message", "hes back i have to go")
    phone.press("#message", "Enter")
    left_the_chat(phone)
    # The chat page was replaced in the history: Back does not show the conversation.
    phone.go_back()
    assert "nobody must see this" not in phone.content()


def test_two_escapes_a_while_apart_do_not_leave(phone):
    say(phone, "hello there")
    phone.keyboard.press("Escape")
    phone.wait_for_timeout(2200)
    phone.keyboard.press("Escape")
    phone.keyboard.press("Escape")
    assert phone.url.startswith(phone.chat_url)
    assert "hello there" in phone.inner_text("#log")


def test_escape_three_times_in_the_widget_leaves_the_council_page_and_clears_the_chat(
        browser, ui_url):
    """On the gateway's embed demo page: the chat in its frame, Escape 3 times from inside
    it. The first closes the panel (as before); within 2 seconds the page leaves for the
    neutral address, and the chat's own storage is cleared."""
    context = browser.new_context(viewport=PHONE)
    context.route("https://www.bbc.co.uk/**",
                  lambda route: route.fulfill(status=200, content_type="text/html",
                                              body=NEUTRAL))
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto(f"{ui_url}/embed-demo.html")
        page.click(".care-chat-launcher")
        frame = page.frame_locator("iframe.care-chat-frame")
        frame.locator("#log li.message.bot").first.wait_for()
        frame.locator("#message").fill("nobody must see this")
        frame.locator("#message").press("Enter")
        frame.locator("#log li.message.you").first.wait_for()
        frame.locator("#message").press("Escape")
        page.keyboard.press("Escape")
        page.keyboard.press("Escape")
        page.wait_for_url(EXIT + "*")
        assert "Weather forecast" in page.inner_text("body")
        # Back on the chat's own page in this tab: nothing of the conversation is kept.
        page.goto(f"{ui_url}/?embed=1")
        page.wait_for_selector("#log li.message.bot")
        assert "nobody must see this" not in page.inner_text("#log")
    finally:
        context.close()
