"""One settings module: every environment variable and council.yml are read in bot/settings.py."""
import re
from pathlib import Path

import pytest
import yaml

from bot import settings
from jargon.gate import check_responses

ROOT = Path(__file__).resolve().parents[2]
READ = re.compile(r"""os\.(?:environ\.get\(|getenv\(|environ\[)\s*["']([A-Z0-9_]+)["'](?!\]\s*=[^=])""")
# Files that may still read the environment themselves, and why.
MAY_READ = {
    "bot/settings.py": "the settings module",
    "jargon/glossary.py": "jargon/ is a stand-alone package (python -m jargon) with no bot imports",
}


def _sources():
    for folder in ("bot", "actions", "jargon", "scripts", "benchmarks"):
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_every_variable_read_anywhere_is_listed_in_settings():
    unknown = []
    for path in _sources():
        for name in READ.findall(path.read_text(encoding="utf-8")):
            if name not in settings.ENVIRONMENT:
                unknown.append(f"{path.relative_to(ROOT)}: {name}")
    assert not unknown, "add these to bot.settings.ENVIRONMENT: " + ", ".join(unknown)


def test_only_the_settings_module_reads_the_environment():
    readers = [str(path.relative_to(ROOT)) for path in _sources()
               if READ.search(path.read_text(encoding="utf-8"))
               and str(path.relative_to(ROOT)) not in MAY_READ]
    assert not readers, f"ask bot.settings instead of os.environ in: {readers}"


def test_the_readme_lists_every_variable_a_council_sets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    internal = {"RASA_URL", "RASA_TRACKER_URL", "RASA_TRACKER_DB", "TELEGRAM_API_BASE_URL",
                "CARE_ACTIONS_HOST", "CARE_CONSOLE_PASSWORD", "ACTION_ENDPOINT_URL",
                *settings.PRODUCTION_ENGINES}
    missing = [name for name in settings.ENVIRONMENT if name not in internal and name not in readme]
    assert not missing


def test_an_unknown_variable_is_a_mistake_not_an_empty_value():
    with pytest.raises(KeyError):
        settings.env("CARE_NO_SUCH_THING")


def test_numbers_fall_back_when_unset_or_wrong(monkeypatch):
    monkeypatch.setenv("CARE_RATE_PER_CLIENT", "lots")
    assert settings.env_int("CARE_RATE_PER_CLIENT", 90) == 90
    monkeypatch.setenv("CARE_RATE_PER_CLIENT", "0")
    assert settings.env_int("CARE_RATE_PER_CLIENT", 90) == 1
    monkeypatch.setenv("CARE_RATE_PER_CLIENT", " 7 ")
    assert settings.env_int("CARE_RATE_PER_CLIENT", 90) == 7


def test_the_councils_plain_language_block_sets_the_gates_limits(tmp_path, monkeypatch):
    own = tmp_path / "council.yml"
    own.write_text(yaml.safe_dump({"plain_language": {"max_words_per_sentence": 9,
                                                      "max_grade": 4.5}}))
    monkeypatch.setenv("CARE_COUNCIL_CONFIG", str(own))
    settings.council.cache_clear()
    try:
        limits = settings.plain_language_limits()
        assert (limits.max_sentence_words, limits.max_grade) == (9, 4.5)

        long_one = "I can ask a person from the care team to call you back today."
        assert not check_responses([("x", long_one)], limits).ok
    finally:
        monkeypatch.delenv("CARE_COUNCIL_CONFIG")
        settings.council.cache_clear()
    defaults = settings.plain_language_limits()
    block = yaml.safe_load((ROOT / "council.yml").read_text())["plain_language"]
    assert defaults.max_sentence_words == block["max_words_per_sentence"]
    assert defaults.max_grade == block["max_grade"]
