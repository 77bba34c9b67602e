"""CPU a turn of the windowed tracker store alone (read the window, add a turn, save it),
with its SQLite connections kept in a pool and, for comparison, opened afresh for every read
and save as SQLAlchemy 1.4's NullPool did before.

CPU seconds of the whole process (every thread: the reads and saves run in worker threads,
which cProfile in benchmarks/profile_turns.py does not see), so the figure holds on a busy
machine. The two ways alternate round by round, so the machine's load weighs on both alike.

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.tracker_store_cpu [--conversations 10]
         [--turns 30] [--rounds 3]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from bot.tracker_store import WindowedSQLTrackerStore, sqlite_pragmas

ROOT = Path(__file__).resolve().parent.parent


def store_for(path: Path, domain: Domain, pooled: bool) -> WindowedSQLTrackerStore:
    store = WindowedSQLTrackerStore(domain=domain, dialect="sqlite", db=str(path))
    if not pooled:      # as before: a new connection, and the pragmas, for every session
        url = store.engine.url
        store.engine.dispose()
        store.engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
        sa.event.listen(store.engine, "connect", sqlite_pragmas)
        store.sessionmaker = sa.orm.session.sessionmaker(bind=store.engine)
    return store


async def turns(store: WindowedSQLTrackerStore, conversations: int, each: int) -> int:
    async def one(sender: str) -> None:
        for n in range(each):
            tracker = await store.get_or_create_tracker(sender)
            tracker.update(UserUttered(f"message {n}",
                                       intent={"name": "greet", "confidence": 1.0}))
            tracker.update(ActionExecuted("utter_greet"))
            tracker.update(BotUttered(f"reply {n}"))
            tracker.update(ActionExecuted("action_listen"))
            await store.save(tracker)

    await asyncio.gather(*(one(f"web-{n}") for n in range(conversations)))
    return conversations * each


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tracker_store_cpu")
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--turns", type=int, default=30, help="turns in each conversation")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    domain = Domain.load(str(ROOT / "domain.yml"))
    folder = Path(tempfile.mkdtemp(prefix="care-store-cpu-"))
    cpu = {"opened each time (before)": [], "kept in a pool": []}
    for round_ in range(args.rounds):
        for name in cpu:
            store = store_for(folder / f"{round_}-{len(name)}.db", domain,
                              pooled=name == "kept in a pool")
            started = time.process_time()
            done = asyncio.run(turns(store, args.conversations, args.turns))
            cpu[name].append(1000 * (time.process_time() - started) / done)
            store.engine.dispose()
    print(f"\n{args.conversations} conversations at once, {args.turns} turns each, "
          f"{args.rounds} rounds; CPU ms a turn (read, add a turn, save), whole process")
    for name, values in cpu.items():
        print(f"  {name:<28} median {statistics.median(values):6.2f}   rounds: "
              + " ".join(f"{v:.2f}" for v in values))
    before, after = (statistics.median(v) for v in cpu.values())
    print(f"  pool / before: {after / before:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
