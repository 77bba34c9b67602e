"""What a person sees of the one-line widget, in Chromium: on the gateway's own demo page
(the gateway's strict CSP) and on a council page with its own strict CSP that allows only
the assistant's script and frame. Checks computed position and size of the launcher and the
panel on a phone (375 px) and on a desktop (1280 px), that no style was refused, and keeps
screenshots in results/screenshots/."""
import pytest

from aiohttp import web

from conftest import screenshot
from ui_server import serving

pytest.importorskip("playwright.sync_api")

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 800}

# Records every CSP refusal in the page and in the chat's frame.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
});
"""
NO_CONSTRUCTABLE_SHEETS = "delete Document.prototype.adoptedStyleSheets;"


def council_page(gateway):
    """A long council page whose CSP allows nothing inline and only the assistant's script,
    stylesheet and frame."""
    csp = (f"default-src 'none'; script-src {gateway}; style-src 'self' {gateway}; "
           f"frame-src {gateway}; img-src 'self'")
    paragraphs = "".join(f"<p>Paragraph {i} about adult social care.</p>" for i in range(60))
    html = ("<!doctype html><html lang='en-GB'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<link rel='stylesheet' href='/council.css'>"
            "<title>Council page</title></head><body><h1>Exampleshire Council</h1>"
            f"<main>{paragraphs}</main><script src='{gateway}/static/widget.js' defer></script>"
            "</body></html>")
    return html, csp


@pytest.fixture(scope="module")
def council_url(ui_url):
    """The council's own site: another origin (localhost, where the assistant is 127.0.0.1)."""
    html, csp = council_page(ui_url)

    async def page(request):
        return web.Response(text=html, content_type="text/html",
                            headers={"Content-Security-Policy": csp})

    async def css(request):
        # A council's own rules for every button, which the widget must not take on.
        return web.Response(text="button{width:100%;display:block;margin:1rem 0;"
                                 "text-transform:uppercase}", content_type="text/css")

    app = web.Application()
    app.router.add_get("/adult-social-care", page)
    app.router.add_get("/council.css", css)
    with serving(app, host="localhost") as url:
        yield url


def open_page(browser, ui_url, where, viewport, init_scripts=()):
    context = browser.new_context(viewport=viewport, bypass_csp=False)
    for script in (WATCH_CSP,) + tuple(init_scripts):
        context.add_init_script(script)
    page = context.new_page()
    page.set_default_timeout(15000)
    if where != "gateway":
        page.goto(f"{where}/adult-social-care")
    else:
        page.goto(f"{ui_url}/embed-demo.html")
        assert "style-src 'self'" in page.evaluate(
            "fetch(location.href).then(r => r.headers.get('content-security-policy'))")
    page.wait_for_selector(".care-chat-launcher")
    return context, page


def box(page, selector):
    return page.evaluate("""sel => {
      const el = document.querySelector(sel);
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return {x: r.left, y: r.top, w: r.width, h: r.height, right: r.right, bottom: r.bottom,
              position: cs.position, display: cs.display, vw: innerWidth, vh: innerHeight};
    }""", selector)


def check_launcher(page):
    launcher = box(page, ".care-chat-launcher")
    assert launcher["position"] == "fixed"
    assert 0 < launcher["vw"] - launcher["right"] <= 24, launcher
    assert 0 < launcher["vh"] - launcher["bottom"] <= 24, launcher
    assert launcher["x"] >= 0 and launcher["h"] >= 44 and launcher["w"] >= 44
    # Still in the corner after scrolling down the page.
    page.mouse.wheel(0, 2000)
    page.wait_for_timeout(100)
    assert box(page, ".care-chat-launcher")["bottom"] == launcher["bottom"]
    return launcher


def open_chat(page):
    page.click(".care-chat-launcher")
    frame = page.frame_locator("iframe.care-chat-frame")
    frame.locator("#log li.message.bot").first.wait_for()
    return frame


@pytest.mark.parametrize("where", ["gateway", "council"])
def test_widget_on_a_phone_fills_the_screen(browser, ui_url, council_url, where):
    context, page = open_page(browser, ui_url, council_url if where == "council" else where, PHONE)
    check_launcher(page)
    screenshot(page, f"widget-{where}-375-closed")
    open_chat(page)
    panel = box(page, "#care-chat-panel")
    assert panel["position"] == "fixed"
    assert (panel["x"], panel["y"], panel["w"], panel["h"]) == (0, 0, 375, 667), panel
    chat = box(page, "iframe.care-chat-frame")
    assert chat["w"] == 375 and chat["h"] >= 667 - 60, chat
    # The launcher is hidden behind nothing: on a phone it goes while the panel is open.
    assert box(page, ".care-chat-launcher")["display"] == "none"
    assert page.evaluate("document.activeElement.className") == "care-chat-close"
    screenshot(page, f"widget-{where}-375-open")
    page.click(".care-chat-close")
    assert page.evaluate("document.activeElement.className") == "care-chat-launcher"
    assert page.evaluate("window.__csp") == []
    context.close()


@pytest.mark.parametrize("where", ["gateway", "council"])
def test_widget_on_a_desktop_is_a_panel_above_the_launcher(browser, ui_url, council_url, where):
    context, page = open_page(browser, ui_url, council_url if where == "council" else where,
                              DESKTOP)
    launcher = check_launcher(page)
    screenshot(page, f"widget-{where}-1280-closed")
    open_chat(page)
    panel = box(page, "#care-chat-panel")
    assert panel["position"] == "fixed"
    assert 360 <= panel["w"] <= 480, panel
    assert 500 <= panel["h"] <= panel["vh"] - 80, panel
    assert panel["y"] >= 0 and 0 < panel["vw"] - panel["right"] <= 24, panel
    assert panel["bottom"] <= launcher["y"], (panel, launcher)  # the launcher stays usable
    assert box(page, ".care-chat-launcher")["display"] != "none"
    frame = page.frame_locator("iframe.care-chat-frame")
    assert frame.locator("#message").is_visible()
    # The council's "button {text-transform: uppercase}" does not reach the widget.
    assert page.inner_text(".care-chat-close") == "Close chat"
    # The chat opens at its top: "computer program" and "call 999" are in view.
    assert frame.locator(".intro").evaluate("e => e.getBoundingClientRect().top >= 0")
    screenshot(page, f"widget-{where}-1280-open")
    assert page.evaluate("window.__csp") == []
    context.close()


def test_widget_without_constructable_stylesheets_uses_its_stylesheet_file(
        browser, ui_url, council_url):
    context, page = open_page(browser, ui_url, council_url, PHONE, [NO_CONSTRUCTABLE_SHEETS])
    page.wait_for_function(
        "getComputedStyle(document.querySelector('.care-chat-launcher')).position === 'fixed'")
    check_launcher(page)
    assert page.evaluate("window.__csp") == []
    context.close()
