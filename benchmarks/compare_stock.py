"""This assistant beside the stock ``rasa init`` one, served by the same Rasa on the same
machine at the same time, driven by the same REST client and the same five-message script
(greeting, "what can you do", a jargon question, thanks, bye).

Prints p50 at one conversation, turns a second and p95 at 10 and 20 conversations at once,
resident memory of each process after the run, and the ratios. Each measurement runs on
ours and then on stock straight after, so a busy machine weighs on both alike.

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.compare_stock [--quick]
"""
from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import platform
import sys

from benchmarks.harness import drive, serve_ours, serve_stock, warm_up


def measure(served, conversations: int, turns_each: int, rounds: int) -> dict:
    """The median of ``rounds`` runs of each figure (p50, p95, turns a second), and the CPU
    milliseconds each process used a turn over all the rounds."""
    before = served.cpu()
    runs = [asyncio.run(drive(served.webhook, conversations, turns_each)) for _ in range(rounds)]
    turns = sum(run["turns"] for run in runs)
    figures = {key: sorted(run[key] for run in runs)[len(runs) // 2]
               for key in ("p50", "p95", "tps")}
    figures["cpu"] = {name: 1000 * (seconds - before[name]) / turns
                      for name, seconds in served.cpu().items()}
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare_stock")
    parser.add_argument("--quick", action="store_true", help="fewer turns (about 3 minutes)")
    args = parser.parse_args(argv)
    single_turns, each, rounds = (40, 10, 1) if args.quick else (100, 20, 3)
    rows = []
    with serve_ours() as ours, serve_stock() as stock:
        for served in (ours, stock):
            warm_up(served.webhook, 20)
        for label, conversations, turns in (("1 conversation", 1, single_turns),
                                            ("10 at once", 10, each),
                                            ("20 at once", 20, each)):
            mine = measure(ours, conversations, turns, rounds)
            theirs = measure(stock, conversations, turns, rounds)
            if conversations == 1:
                rows.append((f"{label}: p50 ms", mine["p50"], theirs["p50"]))
            else:
                rows.append((f"{label}: turns a second", mine["tps"], theirs["tps"]))
                rows.append((f"{label}: p95 ms", mine["p95"], theirs["p95"]))
            rows.append((f"{label}: Rasa CPU ms a turn", mine["cpu"]["rasa"], theirs["cpu"]["rasa"]))
            rows.append((f"{label}: actions CPU ms a turn", mine["cpu"]["actions"], 0.0))
        memory = ours.memory()
        stock_memory = stock.memory()
    rows.append(("memory MB: Rasa", memory["rasa"], stock_memory["rasa"]))
    rows.append(("memory MB: action server", memory["actions"], 0.0))
    rows.append(("memory MB: gateway", memory["gateway"], 0.0))
    rows.append(("memory MB: all processes", sum(memory.values()), sum(stock_memory.values())))
    load = os.getloadavg()
    print(f"\n{datetime.date.today()} on {platform.node()} ({platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores), {'quick' if args.quick else 'full'} run; load average at the "
          f"end {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(f"{'':<34} {'ours':>9} {'stock':>9} {'ours/stock':>11}")
    for name, mine, theirs in rows:
        ratio = f"{mine / theirs:>10.2f}x" if theirs else f"{'':>11}"
        print(f"{name:<34} {mine:>9.1f} {theirs:>9.1f} {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
