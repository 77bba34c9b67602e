"""What the windowed tracker store remembers per conversation stays small (issue 17): up to
CACHE_SIZE conversations' window starts live in the Rasa server's memory."""
import asyncio
import json
import sys
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

from bot.tracker_store import WindowedSQLTrackerStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


def python_size(value, seen=None) -> int:
    """Bytes of a Python object and everything it holds."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(python_size(k, seen) + python_size(v, seen) for k, v in value.items())
    elif isinstance(value, (list, tuple)):
        size += sum(python_size(item, seen) for item in value)
    elif hasattr(value, "__slots__"):
        size += sum(python_size(getattr(value, name), seen) for name in value.__slots__)
    elif hasattr(value, "__dict__"):
        size += python_size(vars(value), seen)
    return size


def test_a_long_conversations_window_start_is_remembered_compactly(tmp_path, domain):
    store = WindowedSQLTrackerStore(domain=domain, dialect="sqlite",
                                    db=str(tmp_path / "t.db"), window_events=20)
    text_slots = [slot.name for slot in domain.slots
                  if type(slot).__name__ == "TextSlot"][:30]

    async def long_conversation():
        for n in range(80):
            tracker = await store.get_or_create_tracker("web-long")
            tracker.update(UserUttered(f"message {n}",
                                       intent={"name": "greet", "confidence": 1.0}))
            tracker.update(ActionExecuted("utter_reply"))
            if n < len(text_slots):
                tracker.update(SlotSet(text_slots[n], f"an answer to question {n}"))
            tracker.update(BotUttered(f"reply {n}"))
            tracker.update(ActionExecuted("action_listen"))
            await store.save(tracker)
        return await store.retrieve("web-long")

    tracker = asyncio.run(long_conversation())
    window = store._windows["web-long"]
    prefix = window.prefix
    assert len(prefix) >= len(text_slots)              # the slots are restored before the cut
    assert tracker.get_slot(text_slots[-1]) == f"an answer to question {len(text_slots) - 1}"
    as_text = len(json.dumps(prefix))
    assert python_size(window) < 1.5 * as_text, (python_size(window), as_text)
    prefix.clear()                                     # a reader cannot change what is kept
    assert len(store._windows["web-long"].prefix) >= len(text_slots)
