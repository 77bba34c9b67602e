"""Does a turn cost more as a conversation gets longer? Turn number against time, for one
long conversation, this assistant beside the stock ``rasa init`` one in the same run.

Two conversations of ``--turns`` turns (150): the five-message script repeated, and a
realistic one (a full self-assessment, answered as a person would, then questions, then
another assessment...). The stock assistant is sent the very same messages. Prints p50 per
block of ten turns and the ratio p50(last ten) / p50(first ten) for each.

Run: PYTHONPATH=$PWD .venv/bin/python -m benchmarks.growth [--quick] [--turns 150]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from typing import Dict, List, Optional, Tuple

import aiohttp

from benchmarks.harness import SCRIPT, Served, new_sender, say, serve_ours, serve_stock

QUESTIONS = ["what does reablement mean?", "are there any lunch clubs near LS6?",
             "what can you do", "what is a carer's assessment?", "thanks"]
START_ASSESSMENT = ["I'd like to do a self-assessment", "yes that's ok", '/inform{"about": "self"}']


def answer(slot: Optional[str]) -> str:
    """A person's reply to the question that fills ``slot`` (as tests/api does)."""
    slot = slot or ""
    fixed = {"consent_given": "yes that's ok", "about": '/inform{"about": "self"}',
             "on_behalf": "yes she knows and she's happy with it",
             "preferred_name": "call me Jeannie", "sa_what_matters": "my garden and my cat Tilly",
             "sa_scale_now": "6", "sa_small_step": "someone to help me into the garden",
             "sa_what_next": "Ideas for local help", "summary_confirmed": "/affirm",
             "sa_outcome_eating_drinking": "my neighbour brings soup on Mondays",
             "sa_proud_of": "I don't know"}
    if slot in fixed:
        return fixed[slot]
    if slot.startswith("sa_outcome"):
        return "/affirm"
    return f"about {slot.replace('_', ' ')}: the lunch club on Thursdays"


async def form_state(session: aiohttp.ClientSession, served: Served, sender: str):
    """(active loop, requested slot), read untimed from the Rasa HTTP API."""
    async with session.get(f"{served.base_url}/conversations/{sender}/tracker",
                           params={"token": served.token, "include_events": "NONE"}) as resp:
        tracker = await resp.json()
    return (tracker.get("active_loop") or {}).get("name"), tracker["slots"].get("requested_slot")


async def realistic(served: Served, turns: int) -> Tuple[List[float], List[str]]:
    """Assessments answered question by question, with questions between them."""
    timings: List[float] = []
    said: List[str] = []
    sender = new_sender("growth")
    plan: List[str] = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300)) as session:
        loop = None
        slot = None
        while len(timings) < turns:
            if loop and not plan:
                text = answer(slot)
            else:
                if not plan:     # questions between assessments
                    plan = QUESTIONS + START_ASSESSMENT if said else list(START_ASSESSMENT)
                text = plan.pop(0)
            timings.append(await say(session, served.webhook, sender, text))
            said.append(text)
            loop, slot = await form_state(session, served, sender)
    return timings, said


async def scripted(served: Served, texts: List[str]) -> List[float]:
    sender = new_sender("growth")
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300)) as session:
        return [await say(session, served.webhook, sender, text) for text in texts]


def blocks(timings: List[float]) -> List[float]:
    return [statistics.median(timings[i:i + 10]) for i in range(0, len(timings), 10)]


def ratio(timings: List[float]) -> float:
    return statistics.median(timings[-10:]) / statistics.median(timings[:10])


def report(curves: Dict[str, List[float]]) -> None:
    names = list(curves)
    print("\np50 ms per block of ten turns")
    print(f"{'turns':>9} " + " ".join(f"{n:>22}" for n in names))
    longest = max(len(c) for c in curves.values())
    for i in range(0, longest, 10):
        row = [f"{statistics.median(c[i:i + 10]):>22.1f}" if len(c) > i else " " * 22
               for c in curves.values()]
        print(f"{i + 1:>4}-{min(i + 10, longest):<4} " + " ".join(row))
    print("\np50(last ten) / p50(first ten):")
    for name, curve in curves.items():
        print(f"  {name:<24} {ratio(curve):.2f}x  ({statistics.median(curve[:10]):.0f} -> "
              f"{statistics.median(curve[-10:]):.0f} ms)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.growth")
    parser.add_argument("--turns", type=int, default=150)
    parser.add_argument("--quick", action="store_true", help="60 turns instead of 150")
    parser.add_argument("--no-stock", action="store_true")
    args = parser.parse_args(argv)
    turns = 60 if args.quick else args.turns
    repeated = [SCRIPT[i % len(SCRIPT)] for i in range(turns)]
    curves: Dict[str, List[float]] = {}
    with serve_ours() as ours:
        asyncio.run(scripted(ours, SCRIPT * 2))                     # warm up
        curves["ours, repeated script"] = asyncio.run(scripted(ours, repeated))
        curves["ours, realistic"], texts = asyncio.run(realistic(ours, turns))
        memory = {name: round(mb) for name, mb in ours.memory().items()}
    if not args.no_stock:
        with serve_stock() as stock:
            asyncio.run(scripted(stock, SCRIPT * 2))
            curves["stock, repeated script"] = asyncio.run(scripted(stock, repeated))
            curves["stock, realistic"] = asyncio.run(scripted(stock, texts))
    report(curves)
    print(f"\nresident memory after the run, MB: {memory}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
