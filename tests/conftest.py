"""Shared fixtures. ``stack`` runs the real assistant (Rasa, action server, gateway) once per
test session on free ports with its own data folder, and tests talk to it over HTTP."""
from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

import pytest

from chat_client import Chat

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    from bot import model
    from bot.stack import make_stack

    model_file = model.latest_model() or model.ensure_trained()
    # The tests stand in for many people's devices: they name their own address in
    # X-Forwarded-For, believed only because the stack trusts its own machine as a proxy.
    # The browser tests cannot, so one address may open more conversations than the
    # default 10 a minute (tests/security checks that the limit still bites).
    running = make_stack(tmp_path_factory.mktemp("care-data"),
                         extra_env={"CARE_TRUSTED_PROXIES": "127.0.0.1",
                                    "CARE_NEW_CONVERSATIONS_PER_CLIENT": "40"})
    running.start_ready(model_file, timeout=600)
    os.environ["CARE_DATA_DIR"] = str(running.data)
    yield running
    running.stop()


@pytest.fixture
def sender() -> str:
    return f"test-{uuid.uuid4().hex[:16]}"


@pytest.fixture
def chat(stack, sender):
    """One person talking to the stack over the REST channel (tests/chat_client.py)."""
    return Chat(stack, sender)
