"""The trained model plus the safety net, on hand-written messages it never saw.

Every crisis message must come out as ``crisis`` and every abuse disclosure as
``safeguarding_concern`` (a crisis answer to an abuse message is accepted: it also gives
the safeguarding number and a person). No benign look-alike may raise either.
"""
import asyncio
from pathlib import Path

import pytest
import yaml

from bot import model

MESSAGES = yaml.safe_load((Path(__file__).parent / "messages.yml").read_text())
SAFETY = {"crisis", "safeguarding_concern"}


@pytest.fixture(scope="module")
def parse():
    from rasa.core.agent import Agent

    model_file = model.latest_model()
    assert model_file, "train first: python -m bot train"
    agent = Agent.load(str(model_file))
    loop = asyncio.new_event_loop()

    def _parse(text):
        return loop.run_until_complete(agent.parse_message(text))["intent"]["name"]

    yield _parse
    loop.close()


@pytest.mark.parametrize("text", MESSAGES["crisis"])
def test_crisis_messages_raise_crisis(parse, text):
    assert parse(text) == "crisis"


@pytest.mark.parametrize("text", MESSAGES["safeguarding"])
def test_abuse_disclosures_raise_safeguarding(parse, text):
    assert parse(text) in ("safeguarding_concern", "crisis")


@pytest.mark.parametrize("text", MESSAGES["benign"])
def test_benign_lookalikes_raise_neither(parse, text):
    assert parse(text) not in SAFETY


# Everyday answers people give in surveys and assessments. The classifier alone once called
# "Having my own PA" a crisis; with no danger or harm word, the safety net must not let that
# interrupt the conversation.
EVERYDAY_ANSWERS = [
    "Having my own PA", "I like having my own carer", "being able to pick my own times",
    "choosing my own staff", "The carers are lovely", "My daughter visits on Sundays",
    "I go to the lunch club on Wednesdays", "gardening and my grandchildren",
]


@pytest.mark.parametrize("text", EVERYDAY_ANSWERS)
def test_everyday_answers_raise_neither(parse, text):
    assert parse(text) not in SAFETY
