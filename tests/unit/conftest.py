"""Fixtures the unit tests share."""
import pytest

from bot import store
from bot.directory.database import DirectoryStore
from bot.directory.local import LocalDirectory


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A fresh records database, tracker database and data folder for one test."""
    monkeypatch.setenv("CARE_DATABASE_URL", f"sqlite:///{tmp_path}/care.db")
    monkeypatch.setenv("RASA_TRACKER_DB", str(tmp_path / "tracker.db"))
    monkeypatch.setenv("CARE_DATA_DIR", str(tmp_path))
    store.engine.cache_clear()
    yield
    store.engine.cache_clear()


@pytest.fixture(scope="module")
def client():
    """The demo directory, searched as the bot searches it (in memory, one per test module)."""
    directory = DirectoryStore(":memory:")
    yield LocalDirectory(directory)
    directory.close()
