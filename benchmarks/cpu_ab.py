"""CPU milliseconds a turn of two checkouts' Rasa servers, measured turn about on the same
load: this one and another (``--other``, e.g. a ``git archive`` of main with ``.venv`` and
``models`` linked in).

On a machine shared with other work the wall-clock figures swing with everyone else's load;
the CPU the Rasa process itself used for a turn does much less, and measuring the two
checkouts in alternating rounds puts the same load on both. Each checkout's stack (Rasa,
action server, gateway; embedded defaults) is started from its own folder, so each runs
its own code; the client drives Rasa's REST channel with the five-message script.

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.cpu_ab --other /tmp/main-tree
     [--conversations 10 20] [--turns 10] [--rounds 3]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

from benchmarks.harness import cpu_seconds, drive, warm_up

ROOT = Path(__file__).resolve().parent.parent

# Run inside a checkout: its stack, then the Rasa server's URL and process id.
LAUNCH = """
import sys, tempfile, time
from pathlib import Path
from bot import model
from bot.stack import make_stack
stack = make_stack(Path(tempfile.mkdtemp(prefix="care-ab-")))
stack.start_ready(model.latest_model() or model.ensure_trained(), timeout=900)
print("READY", stack.rasa_url, stack.named["rasa-0"].pid, flush=True)
try:
    sys.stdin.read()
finally:
    stack.stop()
"""


class Checkout:
    """One checkout's stack, started in its own folder and stopped with ``close``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        env = dict(os.environ, PYTHONPATH=str(folder), RASA_TELEMETRY_ENABLED="false")
        self.proc = subprocess.Popen([str(folder / ".venv" / "bin" / "python"), "-c", LAUNCH],
                                     cwd=folder, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True,
                                     start_new_session=True)
        for line in self.proc.stdout:
            if line.startswith("READY"):
                _, url, pid = line.split()
                self.webhook, self.pid = f"{url}/webhooks/rest/webhook", int(pid)
                return
        raise RuntimeError(f"the stack in {folder} did not start")

    def close(self) -> None:
        self.proc.stdin.close()          # the launcher stops its stack when stdin ends
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGTERM)


def cpu_ms_a_turn(checkout: Checkout, conversations: int, turns: int) -> float:
    before = cpu_seconds(checkout.pid)
    run = asyncio.run(drive(checkout.webhook, conversations, turns))
    return 1000 * (cpu_seconds(checkout.pid) - before) / run["turns"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cpu_ab")
    parser.add_argument("--other", required=True, type=Path, help="the other checkout")
    parser.add_argument("--conversations", type=int, nargs="+", default=[10, 20])
    parser.add_argument("--turns", type=int, default=10, help="turns in each conversation")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    checkouts = {"this": Checkout(ROOT)}
    try:
        checkouts["other"] = Checkout(args.other.resolve())
        for checkout in checkouts.values():
            warm_up(checkout.webhook, 20)
        print(f"load average {os.getloadavg()[0]:.1f}; this {ROOT}, other {args.other}")
        for conversations in args.conversations:
            figures: Dict[str, List[float]] = {name: [] for name in checkouts}
            for round_ in range(args.rounds):
                order = list(checkouts) if round_ % 2 == 0 else list(checkouts)[::-1]
                for name in order:
                    figures[name].append(cpu_ms_a_turn(checkouts[name], conversations,
                                                       args.turns))
            this, other = (statistics.median(figures[n]) for n in ("this", "other"))
            print(f"{conversations} at once, Rasa CPU ms a turn (median of {args.rounds}): "
                  f"this {this:.1f} / other {other:.1f} = {this / other:.2f}x   "
                  f"rounds: this {' '.join(f'{v:.1f}' for v in figures['this'])}, "
                  f"other {' '.join(f'{v:.1f}' for v in figures['other'])}", flush=True)
        print(f"load average {os.getloadavg()[0]:.1f}")
    finally:
        for checkout in checkouts.values():
            checkout.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
