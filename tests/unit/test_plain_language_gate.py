"""CI gate: everything the bot can say passes the project's own plain-language check.

Unexplained jargon, a word to avoid, a sentence over the word limit or a message over the
reading grade fails the build, with a report naming each response.
"""
from bot import settings
from bot.bot_words import all_bot_words
from jargon.gate import check_responses


def test_every_response_and_button_is_plain_english():
    words = all_bot_words()
    assert len(words) > 150, "the collector should find every response"
    result = check_responses(sorted(words.items()), settings.plain_language_limits())
    assert result.ok, "\n" + result.report()
