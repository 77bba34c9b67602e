"""Never stuck: thousands of random walks through every form against the running assistant.

Each walk starts a form (or a call back), then takes random steps: a button from the last
reply, words people type, a question about the question, junk, "start again". After every
step the bot must answer, without Rasa's loop breaker (a flood of repeats) and without an
error; after the walk, "hello" must still work. CARE_WALKS sets how many (default 2000).
"""
from __future__ import annotations

import os
import random
from concurrent.futures import ThreadPoolExecutor
from typing import List, Optional

import pytest
import requests

pytestmark = pytest.mark.stack

WALKS = int(os.environ.get("CARE_WALKS", "2000"))
STEPS = 3  # each walk: a start, three steps, then "hello": about 10,000 turns in all
STARTS = ["/start_self_assessment", "/start_carer_assessment", "/give_feedback",
          "/listen_connect", "can someone call me back", "i want to do a self assessment",
          "im filling this in for my dad"]
WORDS = [
    "my mum", "just me", "Peggy", "yes", "no", "nah", "dont no", "skip", "not sure", "6",
    "about a 7", "ten", "my garden and my cat", "i go to church on sundays",
    "my son helps with the shopping", "nothing really", "its ok i guess", "mostly",
    "07700 900456", "sam@example.org", "mornings", "text only please", "thanks",
    "hello", "why do you need to know that", "what do you mean", "how many more questions",
    "what does reablement mean", "i want to stop", "pause", "carry on", "menu",
    "talk about what is going on", "😀", "", "x" * 500, "<b>hi</b>", "Dzień dobry",
    "Ideas for local help", "This is going fine", "start again", "??", "me and my husband",
]
FLOOD = 15  # more messages than any one reply should hold: the loop breaker's mark


def say(base: str, sender: str, text: str) -> List[dict]:
    response = requests.post(f"{base}/webhooks/rest/webhook",
                             json={"sender": sender, "message": text}, timeout=90)
    response.raise_for_status()
    return response.json()


def buttons_of(reply: List[dict]) -> List[str]:
    return [b["payload"] for m in reply for b in (m.get("buttons") or [])]


def problem(reply: List[dict], text: str) -> Optional[str]:
    words = [m.get("text") or "" for m in reply]
    if len(reply) > FLOOD:
        return f"{len(reply)} messages for {text!r}"
    if not reply:
        return f"no answer to {text!r}"
    if sum("did not understand" in w.lower() for w in words) > 1:
        return f"repeated 'did not understand' for {text!r}"
    if any("went wrong" in w.lower() for w in words):
        return f"error reply for {text!r}"
    return None


def walk(base: str, seed: int) -> Optional[str]:
    rng = random.Random(seed)
    sender = f"walk-{seed}-{rng.randrange(10**9)}"
    steps = [rng.choice(STARTS)]
    reply = say(base, sender, steps[0])
    for _ in range(STEPS):
        options = buttons_of(reply)
        text = rng.choice(options) if options and rng.random() < 0.5 else rng.choice(WORDS)
        steps.append(text)
        reply = say(base, sender, text)
        found = problem(reply, text)
        if found and not (text == "" and reply == []):
            return f"walk {seed} {steps}: {found}"
    final = say(base, sender, "hello")
    if problem(final, "hello"):
        return f"walk {seed} {steps}: dead after the walk: {problem(final, 'hello')}"
    return None


def test_random_walks_never_leave_a_conversation_stuck(stack):
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda s: walk(stack.rasa_url, s), range(WALKS)))
    failures = [r for r in results if r]
    assert not failures, f"{len(failures)} of {WALKS} walks broke, e.g.:\n" + "\n".join(
        failures[:10])
