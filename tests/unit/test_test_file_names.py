"""pytest runs tests/ without packages, so two test files with one name stop the whole suite
from collecting ("import file mismatch"): helpers working on one folder cannot see it."""
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_every_test_file_name_is_used_once():
    names = Counter(path.name for path in TESTS.rglob("test_*.py")
                    if "node_modules" not in path.parts)
    assert not [name for name, count in names.items() if count > 1]
