"""Search quality on the labelled needs in tests/unit/directory_needs.yml.

Why: people describe what they need in their own words ("someone to do my shopping"), and
the bot must pick the right heading and show a fitting service near the top. This checks
that ``categorise`` puts at least 85% of the labelled texts under one of their expected
headings, and that where a demo service is named, it is in the first three results of the
search the bot makes (``search_services`` with the person's words, over the demo data) for at
least 80% of those (a list of services: any one of them). The measured figures (benchmarks/directory_quality.py) were 100% and 98%.
"""
from pathlib import Path

import pytest
import yaml

from bot.directory.cache import ResultCache
from bot.directory.categories import CATEGORIES
from bot.directory.local import LocalDirectory
from bot.directory.needs import categorise
from bot.directory.search import search_services
from bot.directory.database import DirectoryStore

NEEDS_FILE = Path(__file__).resolve().parent / "directory_needs.yml"
MIN_CATEGORY_ACCURACY = 0.85
MIN_PRECISION_AT_3 = 0.80


def expected(item, key="category"):
    value = item[key]
    return value if isinstance(value, list) else [value]


@pytest.fixture(scope="module")
def needs():
    return yaml.safe_load(NEEDS_FILE.read_text(encoding="utf-8"))["needs"]


@pytest.fixture(scope="module")
def store():
    store = DirectoryStore(":memory:")
    yield store
    store.close()


def test_labelled_set_is_sound(needs, store):
    """A broken label would make the figures below meaningless."""
    assert len(needs) >= 50
    names = {doc.name for doc in store.search_documents()}
    for item in needs:
        assert item["text"].strip()
        assert expected(item) and set(expected(item)) <= set(CATEGORIES), item
        if "service" in item:
            assert set(expected(item, "service")) <= names, f"{item['service']} not in the demo"
    assert len([i for i in needs if "service" in i]) >= 30
    assert {c for i in needs for c in expected(i)} == set(CATEGORIES)


def test_category_accuracy(needs):
    wrong = [(i["text"], expected(i), categorise(i["text"])) for i in needs
             if categorise(i["text"]) not in expected(i)]
    accuracy = 1 - len(wrong) / len(needs)
    assert accuracy >= MIN_CATEGORY_ACCURACY, \
        f"accuracy {accuracy:.1%}; wrong: " + "; ".join(map(str, wrong))


async def test_named_service_is_in_the_first_three(needs, store):
    client = LocalDirectory(store)
    found = []
    for item in needs:
        if "service" not in item:
            continue
        outcome = await search_services(None, item["text"], None, client=client,
                                        cache=ResultCache())
        assert outcome.source == "live", item["text"]
        found.append((item["text"], expected(item, "service"),
                      [r.name for r in outcome.results[:3]]))
    misses = [f for f in found if not set(f[1]) & set(f[2])]
    precision = 1 - len(misses) / len(found)
    assert precision >= MIN_PRECISION_AT_3, \
        f"precision at 3 {precision:.1%}; missed: " + "; ".join(map(str, misses))


async def test_the_measure_can_fail(store):
    """Control: a need with nothing to do with a service does not count as a hit."""
    outcome = await search_services(None, "I want to stop smoking", None,
                                    client=LocalDirectory(store), cache=ResultCache())
    names = [r.name for r in outcome.results[:3]]
    assert "Stop Smoking Service" in names
    assert "Meals on Wheels" not in names
    assert categorise("I want to stop smoking") != "money_matters"
