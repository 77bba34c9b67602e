"""Load: many simulated conversations through the REST channel against 1, 2 and 4 Rasa
server processes (PostgreSQL, Redis, RabbitMQ, round-robin proxy), and the stock
``rasa init`` assistant on the same machine as the yardstick.

Prints p50/p95/p99 per turn and turns a second, and writes results/load.json.
Run: .venv/bin/python benchmarks/load.py [--servers 1 2 4] [--conversations 20] [--turns 200]
Needs the local PostgreSQL, Redis and RabbitMQ (127.0.0.1, default ports).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.latency import SCRIPT, percentile  # noqa: E402
from bot import model  # noqa: E402
from bot.stack import free_port, make_stack  # noqa: E402

MOODBOT = ["hello", "I am sad", "yes", "great", "bye"]


async def drive(url, script, conversations, total_turns):
    timings = []
    per_conv = max(1, total_turns // conversations)

    async def one(session):
        sender = f"load-{uuid.uuid4().hex[:12]}"
        for i in range(per_conv):
            started = time.perf_counter()
            async with session.post(url, json={"sender": sender,
                                               "message": script[i % len(script)]}) as resp:
                await resp.read()
                resp.raise_for_status()
            timings.append((time.perf_counter() - started) * 1000)

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300)) as session:
        await one(session)  # warm up every process a little
        timings.clear()
        started = time.perf_counter()
        await asyncio.gather(*(one(session) for _ in range(conversations)))
        elapsed = time.perf_counter() - started
    return {"turns": len(timings), "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(percentile(timings, 95), 1),
            "p99_ms": round(percentile(timings, 99), 1),
            "turns_per_s": round(len(timings) / elapsed, 1)}


def ours(servers, conversations, turns):
    run = uuid.uuid4().hex[:8]
    stack = make_stack(Path(tempfile.mkdtemp(prefix="care-load-")), rasa=servers,
                       actions=min(servers, 2), production=True,
                       extra_env={"CARE_PG_TRACKER_DB": f"care_load_{run}",
                                  "RASA_TRACKER_URL":
                                  f"postgresql://root@127.0.0.1:5432/care_load_{run}",
                                  "CARE_RABBITMQ_QUEUE": f"care_load_{run}"})
    stack.start(model.latest_model() or model.ensure_trained())
    try:
        stack.wait_ready(timeout=600)
        return asyncio.run(drive(f"{stack.rasa_url}/webhooks/rest/webhook", SCRIPT,
                                 conversations, turns))
    finally:
        stack.stop()


def yardstick(conversations, turns):
    """The stock assistant from ``rasa init``, trained and run the same way."""
    work = Path(tempfile.mkdtemp(prefix="rasa-init-"))
    env = model.rasa_env()
    subprocess.run(model.rasa_cmd("init", "--no-prompt", "--init-dir", str(work)), cwd=work,
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    proc = subprocess.Popen(model.rasa_cmd("run", "--port", str(port), "--interface",
                                           "127.0.0.1"), cwd=work, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        return asyncio.run(drive(f"http://127.0.0.1:{port}/webhooks/rest/webhook", MOODBOT,
                                 conversations, turns))
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--servers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--no-yardstick", action="store_true")
    args = parser.parse_args()
    results = {}
    for n in args.servers:
        results[f"care assistant, {n} Rasa server(s)"] = ours(n, args.conversations, args.turns)
    if not args.no_yardstick:
        results["stock rasa init assistant, 1 server"] = yardstick(args.conversations,
                                                                   args.turns)
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    (out / "load.json").write_text(json.dumps(results, indent=2))
    print(f"{'set-up':<42} {'turns':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'turns/s':>8}")
    for name, r in results.items():
        print(f"{name:<42} {r['turns']:>6} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['p99_ms']:>8} "
              f"{r['turns_per_s']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
