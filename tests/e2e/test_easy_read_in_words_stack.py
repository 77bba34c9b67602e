"""Easy read asked for in words, through the whole running assistant in Chromium: the reply
comes in easy read, the Easy read button turns on, and later replies stay in easy read
(the web chat sends the wish on with every message). Asking for the usual words turns it
off again."""
import pytest

from conftest import open_chat, say, screenshot

pytest.importorskip("playwright.sync_api")


@pytest.fixture
def phone(browser, stack):
    context, page = open_chat(browser, stack.gateway_url, timeout=60000)
    yield page
    context.close()


def pressed(page):
    return page.get_attribute("#easy-read", "aria-pressed")


def test_asking_for_easier_words_turns_easy_read_on_and_off(phone):
    assert pressed(phone) == "false"
    say(phone, "can you use easier words please")
    phone.wait_for_function("document.body.classList.contains('easy-read')")
    assert pressed(phone) == "true"
    log = phone.inner_text("#log")
    assert "short sentences and easy words" in log
    screenshot(phone, "easy-read-asked-in-words-375")
    say(phone, "turn off easy read")
    phone.wait_for_function("!document.body.classList.contains('easy-read')")
    assert pressed(phone) == "false"
    assert "usual words again" in phone.inner_text("#log")
