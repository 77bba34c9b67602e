"""Where a turn's time goes in the running Rasa server at N conversations at once (py-spy).

Starts this assistant as scripts/run.sh does (benchmarks.harness.serve_ours), warms it up,
then records the Rasa server and the action server with py-spy while N conversations of the
five-message script run at once, and prints each stage's share of the Rasa samples.
py-spy is not in the project's environment: install it anywhere and pass its path.
Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.pyspy_turns --py-spy /path/to/py-spy \
         [--conversations 10] [--turns 20] [--out results/pyspy]
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import cpu_seconds, drive, serve_ours, warm_up  # noqa: E402

# A stage is counted once per sample when any frame of the stack matches (inclusive share).
STAGES = [  # py-spy names a frame "Class.function (file:line)"
    ("NLU (parse_message)", r"(^|\.)parse_message \("),
    ("policies (_predict_next_with_tracker)", r"(^|\.)_predict_next_with_tracker \("),
    ("  of which TED", r"rasa/core/policies/ted_policy\.py"),
    ("  of which RulePolicy", r"rasa/core/policies/rule_policy\.py"),
    ("  of which MemoizationPolicy", r"rasa/core/policies/memoization\.py"),
    ("  of which the past states (all policies)",
     r"(^|\.)(states_for_tracker_history|past_states) \("),
    ("  of which RulePolicy's rule matching", r"(^|\.)_get_possible_keys \("),
    ("TensorFlow calls (DIET and TED)", r"(^|\.)_rasa_predict \("),
    ("action-server calls (RemoteAction.run)", r"^RemoteAction\.run \("),
    ("  of which the reply's schema check", r"_validate_action_result \("),
    ("tracker read (retrieve)", r"(^|\.)retrieve \("),
    ("tracker save (save)", r"TrackerStore\.save \("),
    ("SQLite: commit", r"do_commit \("),
    ("SQLite: per-connection pragmas", r"sqlite_pragmas \("),
    ("worker threads (asyncio.to_thread)", r"^Thread\._bootstrap \(|_worker \("),
]


def parse_raw(path: Path):
    """py-spy raw (collapsed) output: 'frame;frame;... count' per line, root first."""
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack:
            yield stack.split(";"), int(count)


def shares(path: Path):
    total = 0
    hits = collections.Counter()
    own = collections.Counter()
    for frames, count in parse_raw(path):
        total += count
        for name, pattern in STAGES:
            if any(re.search(pattern, f) for f in frames):
                hits[name] += count
        own[re.sub(r":\d+\)$", ")", frames[-1])] += count
    return total, hits, own


def print_shares(out: Path, name: str, most: int):
    """Print one process's recording: its stages (Rasa only) and busiest own frames."""
    total, hits, own = shares(out / f"{name}.txt")
    print(f"\n{name}: {total} samples")
    if name == "rasa":
        for stage, _ in STAGES:
            print(f"  {stage:45s} {100 * hits[stage] / max(total, 1):5.1f}%")
    print("  most samples in (own frame):")
    for frame, count in own.most_common(most):
        print(f"    {100 * count / max(total, 1):5.1f}%  {frame}")
    return total, hits, own


def report_only(out: Path) -> None:
    for name in ("rasa", "actions"):
        print_shares(out, name, 15)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--py-spy", default="py-spy")
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--rate", type=int, default=100)
    parser.add_argument("--out", default="results/pyspy")
    parser.add_argument("--report-only", action="store_true",
                        help="summarise the recordings already in --out")
    args = parser.parse_args()
    out = ROOT / args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.report_only:
        report_only(out)
        return 0
    with serve_ours() as served:
        warm_up(served.webhook)
        recorders = {}
        for name in ("rasa", "actions"):
            recorders[name] = subprocess.Popen(
                [args.py_spy, "record", "-p", str(served.pids[name]), "-r", str(args.rate),
                 "-f", "raw", "-o", str(out / f"{name}.txt"), "--nonblocking"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpu_before = served.cpu()
        result = asyncio.run(drive(served.webhook, args.conversations, args.turns))
        cpu_after = served.cpu()
        for proc in recorders.values():
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=60)
    turns = result["turns"]
    cpu_ms = {k: round((cpu_after[k] - cpu_before[k]) * 1000 / turns, 1) for k in cpu_after}
    print(f"{args.conversations} conversations, {turns} turns: p50 {result['p50']:.0f} ms, "
          f"p95 {result['p95']:.0f} ms, {result['tps']:.1f} turns a second; "
          f"CPU ms a turn {cpu_ms}")
    report = {"drive": result, "cpu_ms_a_turn": cpu_ms}
    for name in recorders:
        total, hits, own = print_shares(out, name, 12)
        report[name] = {"samples": total, "stages": {s: hits[s] for s, _ in STAGES},
                        "own": own.most_common(30)}
    (out / "summary.json").write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
