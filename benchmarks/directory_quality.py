"""Directory search quality on the labelled needs in tests/unit/directory_needs.yml.

Category accuracy: the share of labelled texts that ``categorise`` puts under one of their
expected headings. Precision at 3: the share of labelled needs with a named demo service
whose service is in the first three results of the bot's search (``search_services`` with
the person's words, over the fictional demo data in an in-memory store). Prints the figures
and the misses, and writes results/directory_quality.json. Tests ask for 85% and 80%.
Run: PYTHONPATH=. .venv/bin/python benchmarks/directory_quality.py
"""
from __future__ import annotations

import asyncio
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import save_results  # noqa: E402

NEEDS_FILE = ROOT / "tests" / "unit" / "directory_needs.yml"


def load_needs():
    import yaml

    return yaml.safe_load(NEEDS_FILE.read_text(encoding="utf-8"))["needs"]


def expected(item):
    value = item["category"]
    return value if isinstance(value, list) else [value]


def category_accuracy(needs):
    from bot.directory.needs import categorise

    wrong, per_heading, right_per_heading = [], Counter(), Counter()
    for item in needs:
        got = categorise(item["text"])
        first = expected(item)[0]
        per_heading[first] += 1
        if got in expected(item):
            right_per_heading[first] += 1
        else:
            wrong.append({"text": item["text"], "expected": expected(item), "got": got})
    by_heading = {k: round(right_per_heading[k] / n, 3) for k, n in sorted(per_heading.items())}
    return 1 - len(wrong) / len(needs), wrong, by_heading


async def precision_at_3(needs):
    from bot.directory.cache import ResultCache
    from bot.directory.local import LocalDirectory
    from bot.directory.search import search_services
    from bot.directory.database import DirectoryStore

    client = LocalDirectory(DirectoryStore(":memory:"))
    labelled = [i for i in needs if i.get("service")]
    misses, times = [], []
    for item in labelled:
        start = time.perf_counter()
        outcome = await search_services(None, item["text"], None, client=client,
                                        cache=ResultCache())
        times.append((time.perf_counter() - start) * 1000)
        names = [r.name for r in outcome.results[:3]]
        wanted = item["service"] if isinstance(item["service"], list) else [item["service"]]
        if not set(wanted) & set(names):
            misses.append({"text": item["text"], "service": item["service"],
                           "first_three": names, "source": outcome.source})
    return 1 - len(misses) / len(labelled), len(labelled), misses, times


def main() -> int:
    needs = load_needs()
    accuracy, wrong, by_heading = category_accuracy(needs)
    precision, labelled, misses, times = asyncio.run(precision_at_3(needs))
    results = {
        "needs": len(needs),
        "category_accuracy": round(accuracy, 4),
        "category_accuracy_by_heading": by_heading,
        "category_wrong": wrong,
        "needs_with_service": labelled,
        "precision_at_3": round(precision, 4),
        "precision_misses": misses,
        "search_mean_ms": round(sum(times) / len(times), 2) if times else None,
    }
    print(f"category accuracy  {accuracy:6.1%}  ({len(needs) - len(wrong)}/{len(needs)})")
    for item in wrong:
        print(f"  wrong: {item['text']!r} expected {item['expected']} got {item['got']}")
    print(f"precision at 3     {precision:6.1%}  ({labelled - len(misses)}/{labelled})")
    for item in misses:
        print(f"  missed: {item['text']!r} wanted {item['service']!r}, "
              f"first three {item['first_three']}")
    print(f"search mean        {results['search_mean_ms']} ms")
    save_results("directory_quality", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
