"""The windowed tracker store keeps its SQLite connections between turns (issue 17), from the
worker threads it reads and saves in, without holding a lock that would stop an erasure."""
import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import erasure
from bot.tracker_store import SQLITE_POOL_SIZE, WindowedSQLTrackerStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


def conversation(sender, turns=3):
    tracker = DialogueStateTracker(sender, [])
    for n in range(turns):
        tracker.update(UserUttered(f"message {n}", intent={"name": "greet", "confidence": 1.0}))
        tracker.update(ActionExecuted("utter_greet"))
        tracker.update(ActionExecuted("action_listen"))
    tracker.update(SlotSet("preferred_name", "Jeannie"))
    return tracker


def connects(store):
    opened = []
    sa.event.listen(store.engine, "connect", lambda *_: opened.append(1))
    return opened


def test_turns_reuse_the_same_sqlite_connection(tmp_path, domain):
    store = WindowedSQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "t.db"))
    opened = connects(store)

    async def turns():
        for n in range(10):
            tracker = await store.retrieve("web-a") or conversation("web-a")
            tracker.update(UserUttered(f"again {n}", intent={"name": "greet", "confidence": 1.0}))
            await store.save(tracker)

    asyncio.run(turns())
    assert len(opened) <= 2, f"{len(opened)} connections opened for 10 turns"
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1      # NORMAL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_many_conversations_at_once_from_worker_threads(tmp_path, domain):
    store = WindowedSQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "t.db"))
    senders = [f"web-{n}" for n in range(3 * SQLITE_POOL_SIZE)]

    async def everyone():
        await asyncio.gather(*(store.save(conversation(s)) for s in senders))
        for _ in range(3):
            found = await asyncio.gather(*(store.retrieve(s) for s in senders))
            for tracker in found:
                tracker.update(UserUttered("more", intent={"name": "greet", "confidence": 1.0}))
            await asyncio.gather(*(store.save(t) for t in found))
        return await asyncio.gather(*(store.retrieve(s) for s in senders))

    for sender, tracker in zip(senders, asyncio.run(everyone())):
        assert tracker.sender_id == sender
        assert tracker.get_slot("preferred_name") == "Jeannie"
        assert [e.text for e in tracker.events if isinstance(e, UserUttered)][-3:] == ["more"] * 3


def test_an_erasure_and_its_vacuum_go_ahead_beside_the_kept_connections(tmp_path, domain,
                                                                        monkeypatch, caplog):
    path = tmp_path / "t.db"
    monkeypatch.setenv("RASA_TRACKER_DB", str(path))
    monkeypatch.delenv("RASA_TRACKER_URL", raising=False)
    store = WindowedSQLTrackerStore(domain=domain, dialect="sqlite", db=str(path))
    asyncio.run(store.save(conversation("web-gone")))
    asyncio.run(store.save(conversation("web-stays")))
    assert asyncio.run(store.retrieve("web-gone")) is not None   # a connection now kept

    assert erasure.erase_tracker("web-gone") > 0
    assert "Could not compact" not in caplog.text                # VACUUM was not blocked
    assert asyncio.run(store.retrieve("web-gone")) is None
    assert asyncio.run(store.retrieve("web-stays")).get_slot("preferred_name") == "Jeannie"
    assert b"web-gone" not in path.read_bytes()
