"""Plain-language engine speed: texts checked per second on a 1,000-message corpus.

The corpus is everything the bot can say, our glossary explanations and the demo directory's
descriptions, topped up with made-up resident messages to 1,000. Prints figures and writes
results/jargon_speed.json. Target: the check adds under 5 ms to a bot turn.
Run: .venv/bin/python benchmarks/jargon_speed.py
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import save_results  # noqa: E402

RESIDENT = [
    "My mum suffers from dementia and I struggle to get her washed in the mornings.",
    "what does POC mean? the OT said it on the phone",
    "I get a direct payment and pay my PA but the prepayment card keeps failing",
    "Can I have a carers assessment? I look after my husband who had a stroke last year.",
    "we need respite, I have not had a break in months and I am exhausted",
]


def corpus(size: int = 1000):
    from bot.bot_words import all_bot_words
    from jargon import glossary

    texts = list(all_bot_words().values()) + [e.explanation for e in glossary.entries()]
    feed = json.loads((ROOT / "bot/directory/demo/services.json").read_text())
    texts += [s.get("description", "") for s in feed.get("contents", [])]
    i = 0
    while len(texts) < size:
        texts.append(RESIDENT[i % len(RESIDENT)])
        i += 1
    return texts[:size]


def time_each(func, texts):
    times = []
    for text in texts:
        start = time.perf_counter()
        func(text)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    from jargon.check import annotate, check_text
    from jargon.matcher import find_all

    texts = corpus()
    check_text(texts[0])  # load spaCy, the glossary and CMUdict once, as a server does
    results = {"texts": len(texts)}
    for name, func in (("full_check", check_text), ("matching_only", find_all),
                       ("directory_annotate", annotate)):
        times = time_each(func, texts)
        total = sum(times) / 1000
        results[name] = {
            "texts_per_second": round(len(texts) / total, 1),
            "mean_ms": round(statistics.mean(times), 2),
            "p95_ms": round(sorted(times)[int(len(times) * 0.95)], 2),
        }
        print(f"{name:20s} {results[name]['texts_per_second']:8.1f} texts/s   "
              f"mean {results[name]['mean_ms']:.2f} ms   p95 {results[name]['p95_ms']:.2f} ms")
    save_results("jargon_speed", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
