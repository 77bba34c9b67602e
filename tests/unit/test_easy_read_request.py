"""Easy read asked for in words, in and out of forms, and carried by every channel."""
import pytest

from actions.form_engine import decide, Turn
from bot import easy_read_request
from bot.channels.relay import remember_easy_read
from bot.easy_read_request import easy_read_wish


@pytest.mark.parametrize("text", [
    "can i have it in easy read please", "easy read pls", "can you use easier words",
    "simple words please", "please make it simpler", "can u say that more simply",
    "i need easy words i have a learning disability", "its too hard to read",
    "could you put things a bit easier", "shorter sentences please", "EASYREAD",
])
def test_asking_for_easier_words(text):
    assert easy_read_wish(text) is True


@pytest.mark.parametrize("text", [
    "turn off easy read", "stop using easy read please", "normal words please",
    "switch easy read off", "back to normal english",
])
def test_asking_for_the_usual_words_again(text):
    assert easy_read_wish(text) is False


@pytest.mark.parametrize("text", [
    "my mum finds reading hard", "it is hard to get out of bed", "what matters is my garden",
    "the forms are too long", "i like simple things in life", "plain flour and eggs",
    "she uses easy words with me", "what does reablement mean",
])
def test_everyday_words_are_not_a_wish(text):
    assert easy_read_wish(text) is None


def test_the_switch_travels_as_a_custom_payload():
    replies = [{"text": easy_read_request.ON}, {"custom": easy_read_request.switch(True)}]
    assert easy_read_request.switched(replies) is True
    assert easy_read_request.switched([{"custom": easy_read_request.switch(False)}]) is False
    assert easy_read_request.switched([{"text": "hi"}, {"custom": {"type": "safety"}}]) is None


def test_the_telegram_relay_remembers_the_wish_for_the_chat():
    chat_data = {}
    remember_easy_read([{"text": "hi"}], chat_data)
    assert "easy_read" not in chat_data
    remember_easy_read([{"custom": easy_read_request.switch(True)}], chat_data)
    assert chat_data["easy_read"] is True
    remember_easy_read([{"custom": easy_read_request.switch(False)}], chat_data)
    assert chat_data["easy_read"] is False


@pytest.mark.parametrize("text, asked", [
    ("can you use easier words please", "easy_read_on"),
    ("turn off easy read", "easy_read_off"),
    ("do you speak polish?", "interpreter"),
    ("my english not good", "interpreter"),
])
def test_in_a_form_the_wish_is_answered_and_not_kept_as_the_answer(text, asked):
    decision = decide(Turn(text=text, intent="nlu_fallback", confidence=0.9), "free_text")
    assert (decision.action, decision.request) == ("request", asked)


def test_a_long_answer_that_mentions_english_is_still_the_answer():
    text = ("my english is not so good but what matters most is my family and my "
            "garden and going to the mosque on friday")
    assert decide(Turn(text=text, intent="inform", confidence=0.9), "free_text").action == "answer"


# Round twelve: "2 much riting. can u do esy reed" got "Sorry, I did not understand".
@pytest.mark.parametrize("text", ["2 much riting. can u do esy reed", "too many words",
                                  "can u do easy reed pls"])
def test_easy_read_spelt_by_sound_and_too_much_writing(text):
    from bot.sounds_like import as_meant
    assert easy_read_wish(as_meant(text)) is True
