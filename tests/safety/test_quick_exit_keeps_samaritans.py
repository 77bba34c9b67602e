"""The quick exit after suicide risk (round eight): "hes back i have to go" once the person
has told of, or been asked about, ending their life still names Samaritans (116 123) in the
one short goodbye, in every channel's words; after abuse alone it stays as short and neutral
as before. The web chat draws nothing after a quick exit (it leaves the page), so the words
are for Telegram and any other client of the API."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import safety as safety_actions
from bot import safety_words
from bot.intents import CHECK_IN
from bot.safety import assess

SAMARITANS = "116 123"


def quick_exit_words(monkeypatch, records, slots=None, text="hes back i have to go"):
    monkeypatch.setattr(safety_actions.store, "save_record", lambda *a, **k: None)
    monkeypatch.setattr(safety_actions.store, "note_on_handoff", lambda *a, **k: None)
    monkeypatch.setattr(safety_actions.store, "records_for",
                        lambda sender: [{"kind": "safety", "data": r} for r in records])
    result = assess(text)
    assert result.route == "quick_exit", text
    latest = {"text": text, "intent": {"name": CHECK_IN},
              "safety_net": {"tier": result.tier, "kind": result.kind,
                             "category": result.category, "route": result.route,
                             "evidence": result.evidence, "signal": result.signal}}
    tracker = Tracker("test-exit-samaritans", slots or {}, latest, [], False, None, {},
                      "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(safety_actions.ActionSafetyCheckIn().run(dispatcher, tracker, {}))
    assert len(dispatcher.messages) == 1 and not dispatcher.messages[0].get("buttons")
    return dispatcher.messages[0]["text"]


@pytest.mark.parametrize("record", [
    {"kind": "crisis", "tier": "clear", "category": "suicide_thoughts", "words": "i want to die"},
    {"kind": "crisis", "tier": "check_in", "category": "suicide_passive",
     "words": "whats the point in going on"},
    {"kind": "crisis", "tier": "clear", "category": "suicide_preparation",
     "words": "ive saved up my tablets"},
])
@pytest.mark.parametrize("text", ["hes back i have to go", "shes home, gotta go",
                                  "someone's at the door bye"])
def test_after_suicide_risk_the_quick_exit_keeps_samaritans(monkeypatch, record, text):
    words = quick_exit_words(monkeypatch, [record], text=text)
    assert SAMARITANS in words and "999" in words
    for alarming in ("suicide", "ending your life", "kill", "danger"):
        assert alarming not in words.lower()      # nothing on screen names the worry


def test_while_the_suicide_question_waits_the_quick_exit_keeps_samaritans(monkeypatch):
    words = quick_exit_words(monkeypatch, [], {"safety_concern": "crisis",
                                               "safety_category": "suicide_passive"})
    assert SAMARITANS in words


def test_after_abuse_alone_the_quick_exit_stays_as_short_as_before(monkeypatch):
    words = quick_exit_words(monkeypatch, [{"kind": "safeguarding", "tier": "clear",
                                            "category": "abuse_physical", "words": "he hits me"}])
    assert SAMARITANS not in words and "999" in words and len(words.split()) <= 30


def test_the_goodbye_words_with_samaritans_are_short():
    words = safety_words.quick_exit(True, True, paused=True, suicide_risk=True)
    assert SAMARITANS in words and len(words.split()) <= 40
