"""Turn latency through the REST channel, with the action server in the loop.

Starts the real stack (or uses RASA_URL if given), then drives scripted conversations:
1 at a time and 20 at once. Prints p50/p95/p99 per turn and turns per second.
Run: .venv/bin/python benchmarks/latency.py [--turns 200] [--concurrency 1 20]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SCRIPT = [
    "hello",
    "what does reablement mean?",
    "are there any lunch clubs near LS6?",
    "show more",
    "can I speak to someone",
    "thanks, bye",
]


def percentile(values, pct):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


async def conversation(session, url, turns, timings):
    sender = f"bench-{uuid.uuid4().hex[:12]}"
    for i in range(turns):
        text = SCRIPT[i % len(SCRIPT)]
        started = time.perf_counter()
        async with session.post(url, json={"sender": sender, "message": text}) as resp:
            await resp.read()
            resp.raise_for_status()
        timings.append((time.perf_counter() - started) * 1000)


async def measure(url, total_turns, concurrency):
    timings = []
    per_conv = max(1, total_turns // concurrency)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        await conversation(session, url, 3, [])  # warm up
        started = time.perf_counter()
        await asyncio.gather(*(conversation(session, url, per_conv, timings)
                               for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return timings, elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=120)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--rasa-url", default=None)
    args = parser.parse_args()
    running = None
    base = args.rasa_url
    if base is None:
        from bot import model
        from bot.stack import make_stack
        running = make_stack(Path(tempfile.mkdtemp(prefix="care-bench-")))
        running.start(model.latest_model() or model.ensure_trained())
        running.wait_ready()
        base = running.rasa_url
    try:
        url = f"{base}/webhooks/rest/webhook"
        print(f"{'conversations':>13} {'turns':>6} {'p50 ms':>8} {'p95 ms':>8} "
              f"{'p99 ms':>8} {'turns/s':>8}")
        for concurrency in args.concurrency:
            timings, elapsed = asyncio.run(measure(url, args.turns, concurrency))
            print(f"{concurrency:>13} {len(timings):>6} {statistics.median(timings):>8.1f} "
                  f"{percentile(timings, 95):>8.1f} {percentile(timings, 99):>8.1f} "
                  f"{len(timings) / elapsed:>8.1f}")
    finally:
        if running:
            running.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
