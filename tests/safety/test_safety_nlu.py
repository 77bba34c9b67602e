"""The NLU component: the safety net's assessment decides the intent, and is always attached.

Unit tests run the component on Rasa messages without a trained model; the last tests load
the trained model (skipped when there is none) and check hand-written messages end to end.
"""
import asyncio
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety.engine import Assessment
from bot.nlu.safety_net import SafetyNetClassifier, intent_for

MESSAGES = yaml.safe_load((Path(__file__).parent / "messages.yml").read_text())
SAFETY = {"crisis", "safeguarding_concern", "safety_check_in"}


def _message(text, intent, confidence=0.9, others=("inform", "greet")):
    ranking = [{"name": intent, "confidence": confidence}] + [
        {"name": n, "confidence": 0.05} for n in others]
    return Message(data={TEXT: text, INTENT: dict(ranking[0]), INTENT_RANKING_KEY: ranking})


@pytest.fixture(scope="module")
def component():
    return SafetyNetClassifier({})


def _run(component, text, intent, **kw):
    message = _message(text, intent, **kw)
    component.process([message])
    return message.get(INTENT)["name"], message.get("safety_net")


def test_clear_crisis_becomes_crisis_whatever_the_classifier_said(component):
    name, net = _run(component, "i just took all my tablets", "greet")
    assert name == "crisis"
    assert net["tier"] == "clear" and net["kind"] == "crisis" and net["evidence"]


def test_clear_abuse_becomes_safeguarding_concern(component):
    name, net = _run(component, "my carer slapped me yesterday", "inform")
    assert name == "safeguarding_concern" and net["kind"] == "safeguarding"


def test_possible_danger_becomes_a_check_in(component):
    name, net = _run(component, "whats the point in going on", "listen_connect")
    assert name == "safety_check_in" and net["tier"] == "check_in"


def test_route_replaces_only_a_vague_intent(component):
    text = "im exhausted caring for mum, no sleep, something has to give"
    name, net = _run(component, text, "listen_connect")
    assert name == "carer_strain" and net["route"] == "carer_strain"
    name, net = _run(component, text, "start_carer_assessment")
    assert name == "start_carer_assessment" and net["route"] == "carer_strain"


def test_classifier_alarm_without_danger_is_demoted(component):
    name, net = _run(component, "Having my own PA", "crisis", others=("inform", "greet"))
    assert name == "inform" and net["tier"] == "none"


def test_classifier_check_in_without_danger_is_demoted(component):
    name, net = _run(component, "just killing time till my appointment", "safety_check_in",
                     others=("out_of_scope", "greet"))
    assert name == "out_of_scope" and net["tier"] == "none"


@pytest.mark.parametrize("text, guess", [
    ("honestly i could murder a full english", "request_human"),
    ("dying to get back in the pool now my hip is sorted", "start_carer_assessment"),
    ("these steps are killing me, is there a rail you can get", "start_self_assessment"),
    ("shoot me now lol, my phone has died again", "request_human"),
])
def test_a_saying_never_starts_a_journey_on_a_guess(component, text, guess):
    name, net = _run(component, text, guess, others=("find_service", "chitchat"))
    assert name == "find_service" and net["tier"] == "none"


def test_a_saying_with_a_request_for_a_call_keeps_it(component):
    name, _ = _run(component, "dying for a cuppa but can someone ring me back about mum",
                   "request_human")
    assert name == "request_human"


def test_safety_net_is_always_attached(component):
    name, net = _run(component, "what time is the lunch club", "find_service")
    assert name == "find_service"
    assert set(net) == {"tier", "kind", "category", "route", "evidence", "signal"}


def test_intent_for_table():
    clear = Assessment("clear", "crisis", "suicide_act", None, "x", 0.9)
    abuse = Assessment("clear", "safeguarding", "neglect", None, "x", 0.9)
    check = Assessment("check_in", "safeguarding", "abuse_domestic", None, "x", 0.6)
    route = Assessment("none", "route", "grief", "grief", "x", 0.1)
    assert intent_for(clear, "greet") == "crisis"
    assert intent_for(abuse, "greet") == "safeguarding_concern"
    assert intent_for(check, "inform") == "safety_check_in"
    assert intent_for(route, "nlu_fallback") == "grief"
    assert intent_for(route, "start_self_assessment") == "start_self_assessment"
    # Asking for a call or a person is the person's own request, never taken over by a route.
    assert intent_for(route, "inform", "im worn out, can someone ring me back") == "inform"
    assert intent_for(route, "inform", "im worn out and fed up") == "grief"


# --- end to end with the trained model -------------------------------------------------

@pytest.fixture(scope="module")
def parse():
    from bot import model
    model_file = model.latest_model()
    if not model_file:
        pytest.skip("no trained model: python -m bot train")
    from rasa.core.agent import Agent
    agent = Agent.load(str(model_file))
    loop = asyncio.new_event_loop()

    def _parse(text):
        return loop.run_until_complete(agent.parse_message(text))["intent"]["name"]

    yield _parse
    loop.close()


@pytest.mark.parametrize("text", MESSAGES["crisis"])
def test_crisis_messages_raise_crisis_or_a_check_in(parse, text):
    assert parse(text) in ("crisis", "safety_check_in")


@pytest.mark.parametrize("text", MESSAGES["safeguarding"])
def test_abuse_disclosures_raise_safeguarding(parse, text):
    assert parse(text) in SAFETY


@pytest.mark.parametrize("text", MESSAGES["benign"] + [
    "Having my own PA", "I like having my own carer", "being able to pick my own times",
    "choosing my own staff", "The carers are lovely", "My daughter visits on Sundays",
    "I go to the lunch club on Wednesdays", "gardening and my grandchildren"])
def test_benign_lookalikes_raise_neither(parse, text):
    assert parse(text) not in SAFETY
