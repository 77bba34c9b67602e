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
