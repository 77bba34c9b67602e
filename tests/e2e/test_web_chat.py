"""The web chat in a real headless Chromium (Debian's package, driven by Playwright).

A scripted conversation, keyboard-only use, an axe-core scan with no violations, hostile
input shown as text, reflow at 400% zoom, reloads that keep the conversation, deletion, and
the one-line widget on a council page.
"""
from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api")

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def page(browser, stack):
    context = browser.new_context(base_url=stack.gateway_url, bypass_csp=False)
    page = context.new_page()
    page.set_default_timeout(30000)
    yield page
    context.close()


def bot_messages(page):
    return page.locator("#log li.message.bot .text")


def wait_for_reply_count(page, n):
    page.wait_for_function(
        "n => document.querySelectorAll('#log li.message.bot').length >= n", arg=n)


def test_scripted_conversation_and_reload_keeps_it(page):
    page.goto("/")
    wait_for_reply_count(page, 1)
    assert "computer program" in page.locator("#log").inner_text()
    count = bot_messages(page).count()
    page.fill("#message", "what does reablement mean?")
    page.press("#message", "Enter")
    wait_for_reply_count(page, count + 1)
    assert "Short-term help at home" in page.locator("#log").inner_text()
    assert page.input_value("#message") == ""
    said = page.locator("#log").inner_text()
    page.reload()
    page.wait_for_selector("#log li.message")
    assert page.locator("#log").inner_text() == said


def test_quick_replies_are_real_buttons_that_work(page):
    page.goto("/")
    wait_for_reply_count(page, 1)
    buttons = page.locator("#log li.choices.latest button")
    assert buttons.count() > 0
    first = buttons.first
    title = first.inner_text()
    before = bot_messages(page).count()
    first.click()
    wait_for_reply_count(page, before + 1)
    assert page.locator("#log li.message.you .text").last.inner_text() == title


def test_keyboard_only_use_with_visible_focus(page):
    page.goto("/")
    wait_for_reply_count(page, 1)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'message'")
    page.keyboard.type("hello")
    before = bot_messages(page).count()
    page.keyboard.press("Enter")
    wait_for_reply_count(page, before + 1)
    assert page.evaluate("document.activeElement.id") == "message"
    # The quick replies sit just before the message box: one Shift+Tab reaches the last one.
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.className") == "quick-reply"
    outline = page.evaluate(
        "getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    before = bot_messages(page).count()
    page.keyboard.press("Enter")
    wait_for_reply_count(page, before + 1)


def test_no_accessibility_violations(browser, stack):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (scripts/setup-browser.sh installs it)")
    context = browser.new_context(base_url=stack.gateway_url, bypass_csp=True)
    page = context.new_page()
    page.goto("/")
    wait_for_reply_count(page, 1)
    page.add_script_tag(content=AXE.read_text())
    for prefs in ([], ["#text-size"], ["#easy-read"]):
        for button in prefs:
            page.click(button)
        result = page.evaluate(
            "() => axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            " 'wcag22aa', 'best-practice']})")
        problems = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
                    for v in result["violations"]]
        assert problems == [], problems
    context.close()


def test_hostile_input_is_shown_as_text(page):
    page.goto("/")
    wait_for_reply_count(page, 1)
    page.fill("#message", "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script>")
    page.press("#message", "Enter")
    page.wait_for_selector("#log li.message.you")
    assert page.locator("#log img").count() == 0
    assert page.locator("#log script").count() == 0
    assert page.evaluate("window.pwned === undefined")
    assert "<img src=x" in page.locator("#log li.message.you .text").last.inner_text()


def test_reflows_at_400_percent_zoom(browser, stack):
    # 1280 CSS pixels at 400% zoom is a 320 pixel wide viewport (WCAG 1.4.10).
    context = browser.new_context(base_url=stack.gateway_url, viewport={"width": 320, "height": 256})
    page = context.new_page()
    page.goto("/")
    wait_for_reply_count(page, 1)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    context.close()


def test_empty_message_gets_a_kind_prompt(page):
    page.goto("/")
    wait_for_reply_count(page, 1)
    page.press("#message", "Enter")
    assert "type a message" in page.inner_text("#status")


def test_delete_my_conversation(page):
    page.goto("/")
    wait_for_reply_count(page, 1)
    page.click("#delete")
    assert page.evaluate("document.activeElement.id") == "delete-no"
    page.click("#delete-yes")
    page.wait_for_function("() => document.querySelectorAll('#log li').length === 0")
    assert "deleted" in page.inner_text("#status")
    assert page.evaluate("sessionStorage.getItem('care-chat-log')") is None


def test_summary_download_says_when_there_is_none(page):
    page.goto("/")
    wait_for_reply_count(page, 1)
    page.click("#download-summary")
    page.wait_for_function("() => document.getElementById('status').textContent.length > 0")
    assert "no summary yet" in page.inner_text("#status")


def test_widget_on_a_council_page(page):
    page.goto("/embed-demo.html")
    launcher = page.locator(".care-chat-launcher")
    assert launcher.get_attribute("aria-expanded") == "false"
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    frame = page.frame_locator("iframe.care-chat-frame")
    frame.locator("#log li.message.bot").first.wait_for()
    assert "computer program" in frame.locator("#log").inner_text()
    frame.locator("#message").focus()
    page.keyboard.press("Escape")  # from inside the chat's frame
    page.wait_for_function("() => document.getElementById('care-chat-panel').hidden")
    assert page.evaluate("document.activeElement.className") == "care-chat-launcher"
