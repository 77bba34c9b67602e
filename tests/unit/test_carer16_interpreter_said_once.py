"""Round fifteen (carer16): a second message in Polish got exactly the same reply as the
first. The second says only that the interpreter offer stands, in their language (from
bot/languages.yml) and in English, with how to get it (the number, or Talk to a person)."""
import pytest
from rasa_sdk import Tracker

from actions.conversation import ActionDefaultFallback
from bot import hours, texts
from bot.interpreter_words import (CALL_FOR_AN_INTERPRETER, INTERPRETER_WORD, STILL_THERE,
                                   STILL_IN_THEIR_LANGUAGE, offered_before, still_lines)
from fake_tracker import run_for_messages

PHONE = "0113 222 4401"
FIRST = "Dzień dobry, moja mama ma demencję i potrzebuję pomocy"
SECOND = "Proszę, czy ktoś mówi po polsku? Nie rozumiem"      # the exact second message
FRESH = [("pl", "Dziękuję. Mój tata jest chory, potrzebuję pomocy dla niego"),
         ("es", "Hola, necesito ayuda para mi madre, por favor"),
         ("ro", "Bună ziua, mama mea are nevoie de ajutor, vă rog")]


@pytest.fixture(autouse=True)
def _team_in(monkeypatch):
    """The lines as said in office hours, whatever the clock (out of hours they also say
    when the phone line opens: tests/unit/test_details17_contact_details_kept.py)."""
    monkeypatch.setattr(hours, "is_open", lambda *a, **k: True)


def test_every_language_has_a_short_still_line_with_the_number_and_the_word():
    assert set(STILL_IN_THEIR_LANGUAGE) == set(CALL_FOR_AN_INTERPRETER)
    for code, line in STILL_IN_THEIR_LANGUAGE.items():
        assert "{phone}" in line and INTERPRETER_WORD[code] in line
        assert line != CALL_FOR_AN_INTERPRETER[code]


@pytest.mark.parametrize("code, text", [("pl", SECOND)] + FRESH)
def test_the_still_lines_are_in_their_language_then_english(code, text):
    own, english = still_lines(text, PHONE)
    assert own == STILL_IN_THEIR_LANGUAGE[code].format(phone=PHONE)
    assert english == STILL_THERE.format(phone=PHONE) and PHONE in english


def test_offered_before_is_read_from_what_the_bot_said():
    assert offered_before(["hello", texts.fallback_other_language()])
    assert offered_before([texts.offer_interpreter()])
    assert not offered_before(["What would you like to do?"])      # look-alike: nothing yet


def _reply(text, bot_lines):
    events = [{"event": "user", "text": FIRST}] + [{"event": "bot", "text": b}
                                                   for b in bot_lines]
    events.append({"event": "user", "text": text})
    tracker = Tracker("carer16-polish", {}, {"text": text, "intent": {"name": "nlu_fallback"},
                                             "entities": []}, events, False, None, {},
                      "action_listen")
    messages, _ = run_for_messages(ActionDefaultFallback(), tracker)
    return [m.get("text") for m in messages]


def test_the_first_message_in_polish_gets_the_whole_offer():
    said = _reply(FIRST, [])
    assert texts.fallback_other_language() in said


def test_a_second_message_in_polish_gets_only_that_it_stands():
    first = _reply(FIRST, [])
    second = _reply(SECOND, first)
    assert second != first
    assert texts.fallback_other_language() not in second
    assert any("Nadal" in line for line in second)
    assert second[-1].startswith("You can still ask for a free interpreter")
