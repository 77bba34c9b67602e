"""The reviewed lexicon on its own: it raises what it should and no everyday look-alike."""
from pathlib import Path

import pytest
import yaml

from bot.safety import detector

MESSAGES = yaml.safe_load((Path(__file__).parent / "messages.yml").read_text())


def test_the_set_is_big_enough():
    assert len(MESSAGES["crisis"]) >= MESSAGES["crisis_total_minimum"]
    assert len(MESSAGES["safeguarding"]) >= MESSAGES["safeguarding_total_minimum"]
    assert len(MESSAGES["benign"]) >= MESSAGES["benign_total_minimum"]
    assert sum(len(MESSAGES[k]) for k in ("crisis", "safeguarding", "benign")) >= 60


def test_no_test_message_is_copied_from_training_data():
    root = Path(__file__).resolve().parents[2] / "data" / "nlu"
    training = set()
    for path in root.glob("*.yml"):
        for block in yaml.safe_load(path.read_text()).get("nlu", []):
            for line in (block.get("examples") or "").splitlines():
                training.add(line.strip("- ").strip().lower())
    for kind in ("crisis", "safeguarding", "benign"):
        copied = [m for m in MESSAGES[kind] if m.lower() in training]
        assert not copied, f"{kind} test messages copied from training data: {copied}"


@pytest.mark.parametrize("text", MESSAGES["benign"])
def test_benign_lookalikes_raise_nothing(text):
    assert detector.assess(text) is None


@pytest.mark.parametrize("text,expected", [
    ("I want to kill myself", "crisis"),
    ("I'm dying to get out and I want to kill myself", "crisis"),
    ("my phone is dying and my husband has collapsed", "crisis"),
    ("my son takes my pension every week", "safeguarding_concern"),
    ("Mum\u2019s carer hits her", "safeguarding_concern"),
    ("THERE IS A FIRE", "crisis"),
])
def test_lexicon_raises(text, expected):
    finding = detector.assess(text)
    assert finding is not None and finding.intent == expected


def test_button_payloads_are_left_alone():
    assert detector.assess('/inform{"about": "self"}') is None
    assert detector.assess("") is None
    assert detector.assess(None) is None


def test_lexicon_catches_most_of_the_hand_written_set():
    """The lexicon is a backstop, so most (not all) danger messages should hit it alone."""
    for kind, intent in (("crisis", "crisis"), ("safeguarding", "safeguarding_concern")):
        hits = [m for m in MESSAGES[kind]
                if getattr(detector.assess(m), "intent", None) == intent]
        assert len(hits) / len(MESSAGES[kind]) >= 0.7, (kind, set(MESSAGES[kind]) - set(hits))


def test_every_danger_message_has_risk_words_and_everyday_ones_do_not():
    from bot.safety.detector import has_risk_words

    for text in MESSAGES["crisis"] + MESSAGES["safeguarding"]:
        assert has_risk_words(text), text
    for text in MESSAGES["benign"] + ["Having my own PA", "being able to pick my own times",
                                       "I go to the lunch club on Wednesdays"]:
        assert not has_risk_words(text), text
