"""What a person sees as a conversation goes on, in Chromium with the real gateway and a
scripted Rasa: the newest reply, its buttons and the message box in view on a desktop;
earlier buttons still usable; text sizes that only grow; a dark theme; and axe-core with no
violations and no colour contrast left for review, in both themes."""
from pathlib import Path

import pytest

from conftest import screenshot

pytest.importorskip("playwright.sync_api")

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 800}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def open_chat(browser, ui_url, scheme="light", viewport=DESKTOP):
    context = browser.new_context(base_url=ui_url, viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto("/")
    page.wait_for_selector("#log li.message.bot")
    return context, page


def bot_count(page):
    return page.locator("#log li.message.bot").count()


def wait_reply(page, n):
    page.wait_for_function(
        "n => document.querySelectorAll('#log li.message.bot').length > n", arg=n)
    page.wait_for_timeout(50)  # the scroll happens right after the reply is drawn


def say(page, text):
    n = bot_count(page)
    page.fill("#message", text)
    page.press("#message", "Enter")
    wait_reply(page, n)


def fully_in_view(page, selector):
    return page.evaluate("""sel => {
      const els = document.querySelectorAll(sel);
      const r = els[els.length - 1].getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }""", selector)


def test_newest_reply_buttons_and_message_box_in_view_on_a_desktop(browser, ui_url):
    context, page = open_chat(browser, ui_url)
    for i in range(8):
        say(page, f"message number {i}")
        assert fully_in_view(page, "#message"), i
        assert fully_in_view(page, "#log li.choices.latest"), i
        assert fully_in_view(page, "#log li.message.you"), i  # the start of this exchange
    assert page.evaluate("scrollY") > 0  # the page did scroll: the test means something
    # A reply chosen with a button is followed the same way.
    n = bot_count(page)
    page.click("#log li.choices.latest button:has-text('Find local services')")
    wait_reply(page, n)
    assert fully_in_view(page, "#message") and fully_in_view(page, "#log li.choices.latest")
    screenshot(page, "chat-1280-after-replies")
    context.close()


def test_earlier_buttons_stay_usable_and_the_newest_are_marked(browser, ui_url):
    context, page = open_chat(browser, ui_url)
    say(page, "first")
    say(page, "second")
    sets = page.locator("#log li.choices")
    assert sets.count() == 3
    assert page.locator("#log li.choices.latest").count() == 1
    labels = [sets.nth(i).locator("[role=group]").get_attribute("aria-label") for i in range(3)]
    assert labels == ["Earlier choices", "Earlier choices", "Choices"]
    assert page.locator("#quick-replies button").first.evaluate(
        "b => b.closest('li').classList.contains('latest')")
    assert page.locator("[id=quick-replies]").count() == 1
    # An earlier "Find local services" still works.
    n = bot_count(page)
    sets.nth(0).locator("button:has-text('Find local services')").click()
    wait_reply(page, n)
    assert page.locator("#log li.message.you .text").last.inner_text() == "Find local services"
    assert "Leeds Carers" in page.locator("#log li.message.bot").nth(-2).inner_text()
    context.close()


def test_text_sizes_only_grow(browser, ui_url):
    context, page = open_chat(browser, ui_url)

    def size():
        return page.evaluate("parseFloat(getComputedStyle(document.querySelector("
                             "'#log li.message.bot .text')).fontSize)")

    plain = size()
    page.click("#text-size")
    bigger = size()
    page.click("#easy-read")
    both = size()
    page.click("#text-size")
    easy = size()
    assert plain < easy < both and plain < bigger < both, (plain, bigger, easy, both)
    assert bigger == 24 and plain == 19
    context.close()


def test_dark_theme_follows_the_system(browser, ui_url):
    colours = {}
    for scheme in ("light", "dark"):
        context, page = open_chat(browser, ui_url, scheme)
        colours[scheme] = page.evaluate("""() => {
          const lum = c => { const [r, g, b] = c.match(/\\d+/g).map(Number); return (r + g + b) / 3; };
          const s = getComputedStyle(document.body);
          return [lum(s.backgroundColor), lum(s.color)];
        }""")
        screenshot(page, f"chat-1280-{scheme}")
        context.close()
    assert colours["light"][0] > 200 and colours["light"][1] < 50
    assert colours["dark"][0] < 50 and colours["dark"][1] > 200


def axe_scan(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: tags})", AXE_TAGS)
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    review = [(v["id"], [(n["target"], n.get("failureSummary") or n["any"][0]["message"])
                         for n in v["nodes"]][:3])
              for v in result["incomplete"] if v["id"] == "color-contrast"]
    return violations, review


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_in_either_theme(browser, ui_url, scheme):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (scripts/setup-browser.sh installs it)")
    context = browser.new_context(base_url=ui_url, viewport=DESKTOP, color_scheme=scheme,
                                  bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto("/")
    page.wait_for_selector("#log li.message.bot")
    say(page, "hello, call me on 0113 222 4401")  # links, earlier and newest choices
    say(page, "I am in danger")  # the crisis block
    page.fill("#message", "")
    page.press("#message", "Enter")  # an error in the status line
    for prefs in ([], ["#text-size"], ["#easy-read"]):
        for button in prefs:
            page.click(button)
        violations, review = axe_scan(page)
        assert violations == [], (prefs, violations)
        assert review == [], (prefs, review)
    screenshot(page, f"chat-1280-{scheme}-axe")
    page.goto("/embed-demo.html")
    page.click(".care-chat-launcher")
    violations, review = axe_scan(page)
    assert violations == [] and review == [], (violations, review)
    context.close()


def test_crisis_block_and_biggest_text_reflow_at_400_percent_zoom(browser, ui_url):
    # 1280 CSS pixels at 400% zoom is a 320 pixel wide viewport (WCAG 1.4.10).
    context, page = open_chat(browser, ui_url, viewport={"width": 320, "height": 256})
    page.click("#text-size")
    page.click("#easy-read")
    say(page, "I am in danger")
    page.wait_for_selector("#log .safety-block")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    screenshot(page, "crisis-block-320-biggest-text")
    context.close()
