"""Where a turn's CPU goes at N conversations at once, profiled inside one process.

Loads the trained model as the Rasa server does (our tracker store from endpoints.yml, the
action server of a stack started here), drives ``--conversations`` conversations of the
five-message script at once through ``Agent.handle_message`` under cProfile, and prints the
share of CPU per stage of a turn (NLU components, policies, action-server calls, tracker
reads and writes) and the top functions. py-spy is not in the project's environment; this
needs nothing else. The HTTP layer (Sanic, the REST channel) is not in it: it is the same
for the stock assistant.

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.profile_turns [--conversations 10]
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import SCRIPT, new_sender
from bot import model, schema_check
from bot.stack import make_stack

# What to add up: a stage of a turn, named by a function it runs through.
STAGES = {
    "NLU (parse_message)": "processor.py:parse_message",
    "policies (_predict_next_with_tracker)": "processor.py:_predict_next_with_tracker",
    "action-server calls (RemoteAction.run)": "actions/action.py:run",
    "  of which checking the reply (jsonschema)": "actions/action.py:_validate_action_result",
    "tracker read (retrieve)": "tracker_store.py:retrieve",
    "tracker save (save)": "tracker_store.py:save",
}


def cumulative(stats: pstats.Stats, marker: str) -> float:
    file_part, func = marker.split(":")
    return sum(ct for (filename, _line, name), (_cc, _nc, _tt, ct, _callers)
               in stats.stats.items() if filename.endswith(file_part) and name == func
               and "bot/" not in filename)


async def drive(agent, conversations: int, turns_each: int) -> int:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    async def one() -> None:
        sender = new_sender("profile")
        for i in range(turns_each):
            await agent.handle_message(UserMessage(SCRIPT[i % len(SCRIPT)],
                                                   CollectingOutputChannel(), sender))

    await asyncio.gather(*(one() for _ in range(conversations)))
    return conversations * turns_each


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_turns")
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--turns", type=int, default=20, help="turns in each conversation")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--save", help="also write the raw profile here (pstats format)")
    args = parser.parse_args(argv)
    stack = make_stack(Path(tempfile.mkdtemp(prefix="care-prof-")))
    stack.start_ready(model.latest_model() or model.ensure_trained(), timeout=600)
    try:
        # This process plays the Rasa server: its environment (action server, secret,
        # tracker database, thread settings) before TensorFlow is imported.
        env = stack.env()
        env["RASA_TRACKER_DB"] = str(stack.data / "profile-tracker.db")
        os.environ.update(env)
        return profile(args)
    finally:
        stack.stop()


def profile(args) -> int:
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.INFO)        # as `rasa run` does: debug events dropped
    schema_check.install()                   # as bot.rasa_server does

    endpoints = AvailableEndpoints.read_endpoints("endpoints.yml")
    profiler = cProfile.Profile(time.process_time)     # CPU, not waiting

    async def run() -> tuple:
        # One event loop for loading, warming up and the profiled turns, as in the server
        # (the action server's HTTP session belongs to the loop that opened it).
        agent = await load_agent(model_path=str(model.latest_model()), endpoints=endpoints)
        await drive(agent, 2, 10)                                      # warm up
        started = time.perf_counter()
        profiler.enable()
        turns = await drive(agent, args.conversations, args.turns)
        profiler.disable()
        return turns, started

    turns, started = asyncio.run(run())
    elapsed = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    if args.save:
        stats.dump_stats(args.save)
    total = sum(tt for (_f, _l, _n), (_cc, _nc, tt, _ct, _c) in stats.stats.items())
    print(f"\n{turns} turns, {args.conversations} at once, in {elapsed:.1f} s "
          f"({turns / elapsed:.1f} turns a second in-process, profiled); "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"profiled CPU {total:.1f} s, {1000 * total / turns:.1f} ms a turn")
    for name, marker in STAGES.items():
        seconds = cumulative(stats, marker)
        print(f"  {name:<42} {100 * seconds / total:5.1f}%  {1000 * seconds / turns:6.1f} ms a turn")
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
