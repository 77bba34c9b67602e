"""Making Safeguarding Personal outside a form: after an abuse disclosure (or a "yes" to the
direct question) the person is asked what they would like to happen, by the forms' own
safety steps, so the question and the record of the answer are defined once."""
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import safety as safety_actions

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text())


def tracker(text, found, active_loop=None, requested_slot=None):
    return Tracker(
        "test-msp", {"requested_slot": requested_slot},
        {"text": text, "intent": {"name": "safeguarding_concern", "confidence": 1.0},
         "safety_net": found},
        [], False, None, {"name": active_loop} if active_loop else {}, "action_listen")


@pytest.fixture
def saved(monkeypatch):
    records = []
    monkeypatch.setattr(safety_actions.store, "save_record",
                        lambda sender, kind, data: records.append((kind, data)))
    monkeypatch.setattr(safety_actions.store, "create_handoff",
                        lambda *a, **k: {"reference": "ABC123"})
    return records


FOUND = {"tier": "clear", "kind": "safeguarding", "category": "abuse_financial",
         "route": None, "evidence": "keeps my pension card"}


def names(events):
    return [(e.get("event"), e.get("name"), e.get("value")) for e in events]


def test_outside_a_form_abuse_is_followed_by_what_would_you_like_to_happen(saved):
    dispatcher = CollectingDispatcher()
    events = safety_actions.respond(
        dispatcher, tracker("he keeps my pension card and shouts", FOUND),
        "safeguarding", "safeguarding")
    got = names(events)
    assert ("slot", "safety_wish", None) in got and ("slot", "safety_next", None) in got
    assert got[-1] == ("followup", safety_actions.WISH_FORM, None)
    # The disclosure is recorded for staff; the block comes without its own buttons, since
    # the form's next questions (the wish, then carry on / stop / talk) follow at once.
    assert [kind for kind, _ in saved] == ["safety"]
    assert all(not m.get("buttons") for m in dispatcher.messages)


def test_the_wish_form_asks_the_wish_first_and_records_it_with_the_forms_own_step():
    required = DOMAIN["forms"][safety_actions.WISH_FORM]["required_slots"]
    assert required.index("safety_wish") < required.index("safety_next") < 3
    from bot import form_words
    assert form_words.ENGINE_QUESTIONS["safety_wish"][0].startswith(
        "What would you like to happen")


def test_a_crisis_outside_a_form_still_waits_for_the_person(saved):
    found = {**FOUND, "kind": "crisis", "category": "medical_emergency"}
    events = safety_actions.respond(CollectingDispatcher(),
                                    tracker("my dad has collapsed and wont wake", found),
                                    "crisis", "crisis")
    got = names(events)
    assert got[-1] == ("followup", "action_listen", None)
    assert ("slot", "safety_wish", None) not in got


def test_a_suicide_act_outside_a_form_asks_about_help_now_not_the_wish(saved):
    """ "i took all my pills": the block, then "Have you called 999?" (the safety-now step,
    opened as inside a form), never "what would you like to happen"."""
    found = {**FOUND, "kind": "crisis", "category": "suicide_act"}
    events = safety_actions.respond(CollectingDispatcher(), tracker("i took all my pills", found),
                                    "crisis", "crisis")
    got = names(events)
    assert got[-1] == ("followup", safety_actions.WISH_FORM, None)
    assert ("slot", "safety_next", None) in got
    assert ("slot", "safety_wish", None) not in got


def test_inside_a_form_the_form_asks_as_before(saved):
    events = safety_actions.respond(
        CollectingDispatcher(),
        tracker("he keeps my pension card", FOUND, "self_assessment_form", "sa_people"),
        "safeguarding", "safeguarding")
    got = names(events)
    assert ("slot", "safety_wish", None) in got
    # Back to the same form by name, never to another action (crisis15: the form's own
    # rules needed safety_concern, cleared here, so no rule followed the card).
    assert all(name == "self_assessment_form" for e, name, _ in got if e == "followup")
