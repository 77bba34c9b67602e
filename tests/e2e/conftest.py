"""The browser for the Chromium tests: Debian's package, never a downloaded build."""
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# No background networking: this machine (and a council's) has no internet.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (scripts/setup-browser.sh installs it)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def ui_url(tmp_path_factory):
    """The gateway with a scripted Rasa (tests/e2e/ui_server.py): for tests of what a person
    sees, without the trained model."""
    from ui_server import running_gateway

    with running_gateway(tmp_path_factory.mktemp("ui-data")) as url:
        yield url


SCREENSHOTS = Path(__file__).resolve().parents[2] / "results" / "screenshots"


def screenshot(page, name):
    """Keeps what the page looks like as a test artefact in results/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


# The web chat as a person uses it on a phone (shared by the chat tests).
PHONE = {"width": 375, "height": 667}


def open_chat(browser, url, viewport=PHONE, timeout=15000):
    """A new browser context on the web chat, once its greeting has arrived."""
    context = browser.new_context(base_url=url, viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(timeout)
    page.goto("/")
    page.wait_for_selector("#log li.message.bot")
    return context, page


def say(page, text):
    """Types a message and waits for at least one new reply from the bot."""
    n = page.locator("#log li.message.bot").count()
    page.fill("#message", text)
    page.press("#message", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#log li.message.bot').length > n", arg=n)


def in_view(page, selector):
    """True when the element is wholly inside the window, with no scrolling."""
    return page.evaluate("""sel => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    }""", selector)
