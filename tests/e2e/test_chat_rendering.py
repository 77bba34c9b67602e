"""What a person sees in the web chat, in Chromium, with the real gateway and a scripted Rasa
(tests/e2e/ui_server.py): the crisis block, tap-to-call links in ordinary and directory
replies, and text that stays text."""
import pytest

from conftest import PHONE, in_view, open_chat, say, screenshot

pytest.importorskip("playwright.sync_api")


@pytest.fixture
def phone(browser, ui_url):
    context, page = open_chat(browser, ui_url, timeout=15000)
    yield page
    context.close()


def test_crisis_block_is_one_region_with_999_first_in_view_on_a_phone(phone):
    for _ in range(3):  # a longer conversation first, so the block arrives below the fold
        say(phone, "hello there")
    say(phone, "I am in danger")
    phone.wait_for_selector("#log .safety-block")
    blocks = phone.locator("#log li.message.safety")
    assert blocks.count() == 1
    region = phone.locator("#log li.message.safety section.safety-block")
    assert region.count() == 1
    heading_id = region.get_attribute("aria-labelledby")
    heading = phone.locator(f"#{heading_id}")
    assert heading.inner_text() == "If anyone is in danger now, call 999"
    # The heading comes first in the region, then the numbers.
    assert phone.evaluate(
        "document.querySelector('#log .safety-block').firstElementChild.tagName") == "H3"
    links = region.locator("a.safety-number")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs == ["tel:999", "tel:111", "tel:116123", "sms:85258?body=SHOUT",
                     "tel:01132224401", "tel:01132409536"]
    assert links.first.text_content() == "Call Emergency 999"  # what a screen reader says
    assert links.nth(3).text_content() == "Text SHOUT 85258"
    # What a person sees without scrolling on a 375 x 667 phone.
    assert in_view(phone, "#log .safety-block h3")
    assert in_view(phone, "#log .safety-block a[href='tel:999']")
    size = phone.evaluate("""() => { const r = document.querySelector(
        "#log .safety-block a[href='tel:999']").getBoundingClientRect();
        return [r.width, r.height]; }""")
    assert size[0] >= 200 and size[1] >= 44, size
    screenshot(phone, "crisis-block-375")
    # After a reload the block is drawn again from what the tab kept, still one region.
    phone.reload()
    phone.wait_for_selector("#log .safety-block")
    assert phone.locator("#log section.safety-block").count() == 1
    assert phone.locator("#log .safety-block a").first.get_attribute("href") == "tel:999"


def test_numbers_and_addresses_in_replies_are_links(phone):
    say(phone, "hello")
    last = phone.locator("#log li.message.bot .text").nth(-2)
    hrefs = last.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs == ["tel:01132224401", "tel:116123"]
    phone.click("#log li.choices.latest button:has-text('Find local services')")
    phone.wait_for_selector("#log a[href='tel:01133804300']")
    web = phone.locator("#log a[href^='https://www.carersleeds']")
    assert web.get_attribute("href") == "https://www.carersleeds.org.uk/help"
    assert web.inner_text() == "https://www.carersleeds.org.uk/help"  # the full stop stays out


CASES = [
    ("Call 0113 222 4401, 116 123, 999 or 0808 2000 247.",
     [("tel:01132224401", "0113 222 4401"), ("tel:116123", "116 123"), ("tel:999", "999"),
      ("tel:08082000247", "0808 2000 247")]),
    ("Phone: 0113 496 0149. Mobile 07700 900123. From abroad +44 113 222 4401.",
     [("tel:01134960149", "0113 496 0149"), ("tel:07700900123", "07700 900123"),
      ("tel:+441132224401", "+44 113 222 4401")]),
    ("If you would rather text, send SHOUT to 85258.", [("sms:85258?body=SHOUT", "85258")]),
    ("See www.example.org/help, or email help@example.org.",
     [("https://www.example.org/help", "www.example.org/help"),
      ("mailto:help@example.org", "help@example.org")]),
    ("On 12 March 2024 at 10:30, 1,000 people. Reference AB12 3CD. Code 4K7P9Q. LS1 4AP.", []),
]


def test_rich_text_makes_only_real_numbers_and_addresses_links(phone):
    for text, expected in CASES:
        got = phone.evaluate("""text => {
          const p = document.createElement('p');
          window.careRichText.fill(p, text);
          return {links: [...p.querySelectorAll('a')].map(a => [a.getAttribute('href'), a.textContent]),
                  text: p.textContent};
        }""", text)
        assert [tuple(x) for x in got["links"]] == expected, text
        assert got["text"] == text  # nothing lost, nothing added


def test_markup_in_a_reply_or_block_stays_text(phone):
    got = phone.evaluate("""() => {
      const block = window.careRichText.safetyBlock({type: 'safety',
        heading: '<img src=x onerror="window.pwned=1">',
        lines: ['<script>window.pwned=2</script> call 999'],
        numbers: [{label: '<b>x</b>', number: '999', href: 'javascript:alert(1)'}]});
      return {imgs: block.querySelectorAll('img, script, b').length,
              href: block.querySelector('a').getAttribute('href'),
              heading: block.querySelector('h3').textContent};
    }""")
    assert got == {"imgs": 0, "href": "tel:999", "heading": '<img src=x onerror="window.pwned=1">'}
    assert phone.evaluate("window.pwned === undefined")
