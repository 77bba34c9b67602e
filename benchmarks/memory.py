"""Resident memory of the three processes (Rasa server, action server, gateway), and the CPU
each uses a turn, on the embedded defaults as ``scripts/run.sh`` starts them.

Issue 17's targets: the three together at most 1.6 GB after a benchmark run, the gateway at
most 150 MB. CPU seconds a turn are read from /proc, so they hold on a machine other work
keeps busy, where milliseconds a turn do not.

The load, after a warm-up of 20 turns: one conversation of 40 turns, 10 and then 20 at once
of 10 turns each (the five-message script, straight to Rasa's REST channel, as
``compare_stock --quick`` drives it), 10 conversations at once of 10 turns through the
gateway (as the web chat sends them), and, unless ``--quick``, one realistic conversation of
150 turns (self-assessments answered question by question, questions between them).

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.memory [--quick]
"""
from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import platform
import sys
from typing import Dict, List

import aiohttp

from benchmarks.harness import SCRIPT, drive, new_sender, serve_ours, warm_up

TOTAL_TARGET_MB = 1600
GATEWAY_TARGET_MB = 150


def rss_parts(pid: int) -> Dict[str, float]:
    """VmRSS and its anonymous and file-backed parts, in MB (Linux /proc)."""
    parts = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key = line.split(":")[0]
            if key in ("VmRSS", "RssAnon", "RssFile"):
                parts[key] = int(line.split()[1]) / 1024
    return parts


async def through_gateway(gateway_url: str, conversations: int, turns_each: int) -> int:
    """Conversations as the web chat holds them: the gateway's key kept per conversation,
    each from its own address (the gateway's limits are per address and per conversation)."""

    async def one(session: aiohttp.ClientSession, number: int) -> int:
        sender, key = new_sender("mem"), None
        headers = {"X-Forwarded-For": f"198.18.{number // 250}.{number % 250 + 1}"}
        for i in range(turns_each):
            if key:
                headers["X-Conversation-Key"] = key
            async with session.post(f"{gateway_url}/api/messages", headers=headers,
                                    json={"sender": sender,
                                          "message": SCRIPT[i % len(SCRIPT)]}) as resp:
                await resp.read()
                resp.raise_for_status()
                key = resp.headers.get("X-Conversation-Key", key)
        return turns_each

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=600)) as session:
        return sum(await asyncio.gather(*(one(session, n) for n in range(conversations))))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory")
    parser.add_argument("--quick", action="store_true", help="without the 150-turn conversation")
    args = parser.parse_args(argv)
    rows: List[tuple] = []       # (when, {process: VmRSS MB})
    extra = {"CARE_TRUSTED_PROXIES": "127.0.0.1"}
    with serve_ours(extra_env=extra) as ours:
        rows.append(("ready", ours.memory()))
        warm_up(ours.webhook, 20)
        before = ours.cpu()
        rest = sum(asyncio.run(drive(ours.webhook, conversations, each))["turns"]
                   for conversations, each in ((1, 40), (10, 10), (20, 10)))
        middle = ours.cpu()
        relayed = asyncio.run(through_gateway(ours.gateway_url, 10, 10))
        after = ours.cpu()
        cpu = {f"{name}, {rest} turns to Rasa": 1000 * (middle[name] - before[name]) / rest
               for name in ("rasa", "actions")}
        cpu[f"gateway, {relayed} turns relayed"] = \
            1000 * (after["gateway"] - middle["gateway"]) / relayed
        rows.append((f"after {rest + relayed} turns", ours.memory()))
        if not args.quick:
            from benchmarks.growth import realistic

            asyncio.run(realistic(ours, 150))
            rows.append(("after a 150-turn assessment", ours.memory()))
        parts = {name: rss_parts(pid) for name, pid in ours.pids.items()}
    print_report(rows, cpu, parts)
    last = rows[-1][1]
    met = sum(last.values()) <= TOTAL_TARGET_MB and last["gateway"] <= GATEWAY_TARGET_MB
    return 0 if met else 1


def print_report(rows, cpu: Dict[str, float], parts) -> None:
    load = os.getloadavg()
    print(f"\n{datetime.datetime.now():%Y-%m-%d %H:%M} on {platform.node()} "
          f"({os.cpu_count()} cores); load average at the end {load[0]:.1f} {load[1]:.1f} "
          f"{load[2]:.1f}")
    print(f"\nresident memory (VmRSS), MB {'Rasa':>8} {'actions':>8} {'gateway':>8} {'all':>8}")
    for when, memory in rows:
        print(f"{when:<29} {memory['rasa']:>8.0f} {memory['actions']:>8.0f} "
              f"{memory['gateway']:>8.0f} {sum(memory.values()):>8.0f}")
    print("at the end, anonymous / file-backed MB: " + ", ".join(
        f"{name} {p['RssAnon']:.0f} / {p['RssFile']:.0f}" for name, p in parts.items()))
    print("\nCPU ms a turn: " + ", ".join(
        f"{name} {ms:.1f}" for name, ms in cpu.items()))
    last = rows[-1][1]
    total = sum(last.values())
    print(f"\ntargets: all three {total:.0f} MB (at most {TOTAL_TARGET_MB}: "
          f"{'met' if total <= TOTAL_TARGET_MB else 'NOT met'}); gateway {last['gateway']:.0f} MB "
          f"(at most {GATEWAY_TARGET_MB}: "
          f"{'met' if last['gateway'] <= GATEWAY_TARGET_MB else 'NOT met'})")


if __name__ == "__main__":
    sys.exit(main())
