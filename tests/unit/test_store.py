import re

import pytest

from bot import store


@pytest.fixture(autouse=True)
def fresh_db(tmp_path, monkeypatch):
    monkeypatch.setenv("CARE_DATABASE_URL", f"sqlite:///{tmp_path}/care.db")
    store.engine.cache_clear()
    yield
    store.engine.cache_clear()


def test_codes_are_easy_to_read_aloud():
    for _ in range(200):
        code = store.new_code()
        assert re.fullmatch(r"[A-Z2-9]{3}-[A-Z2-9]{3}", code)
        assert not set(code) & set("01IOLS5")


def test_queue_puts_crisis_and_safeguarding_first():
    store.create_handoff("aaaaaa1", "request")
    store.create_handoff("aaaaaa2", "safeguarding")
    store.create_handoff("aaaaaa3", "crisis")
    assert [r["reason"] for r in store.open_handoffs()] == ["crisis", "safeguarding", "request"]


def test_one_open_handoff_per_conversation_and_urgency_rises():
    first = store.create_handoff("bbbbbb1", "request")
    again = store.create_handoff("bbbbbb1", "crisis")
    assert again["reference"] == first["reference"]
    assert [r["reason"] for r in store.open_handoffs()] == ["crisis"]


def test_erase_removes_records_and_handoffs_but_not_anonymous_surveys():
    store.create_handoff("cccccc1", "request")
    store.save_record("cccccc1", "self_assessment", {"answers": {"a": "b"}})
    store.save_survey("client", "web", {"q1": "Very happy"})
    assert store.erase_sender("cccccc1") == 2  # one hand-off, one record
    assert store.records_for("cccccc1") == []
    assert store.open_handoffs() == []
