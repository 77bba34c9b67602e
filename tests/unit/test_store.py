from datetime import timedelta
import math
import re

import pytest

from bot import codes, store
from bot.data import handoffs


@pytest.fixture(autouse=True)
def fresh_db(tmp_path, monkeypatch):
    monkeypatch.setenv("CARE_DATABASE_URL", f"sqlite:///{tmp_path}/care.db")
    store.engine.cache_clear()
    yield
    store.engine.cache_clear()


def test_codes_are_easy_to_read_aloud_and_too_long_to_guess():
    for _ in range(200):
        code = store.new_code()
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert not set(code) & set("01IOLS5")
    assert 16 * math.log2(len(codes.CODE_ALPHABET)) >= 60


def test_a_code_works_once():
    code = store.save_resume("web-first-device", "self_assessment_form", {"a": 1}, days=2)
    used = store.redeem_code(code.lower().replace("-", " "), "web-second-device")
    assert used["status"] == "ok" and used["saved"]["slots"] == {"a": 1}
    assert store.redeem_code(code, "web-third-device")["status"] == "unknown"


def test_an_old_code_is_refused(monkeypatch):
    code = store.save_resume("web-old-device", "self_assessment_form", {"a": 1}, days=1)
    later = store.now() + timedelta(days=2)
    monkeypatch.setattr(store, "now", lambda: later)
    assert store.redeem_code(code, "web-new-device")["status"] == "unknown"


def test_wrong_codes_are_limited_per_conversation_and_per_client():
    right = store.save_resume("web-owner-x", "self_assessment_form", {"a": 1}, days=2)
    for _ in range(store.FAILURES_PER_CONVERSATION):
        assert store.redeem_code(store.new_code(), "web-guesser-1")["status"] == "unknown"
    # Past the limit, even the right code waits (so guessing gains nothing).
    assert store.redeem_code(right, "web-guesser-1")["status"] == "too_many"
    # A new conversation from the same address each time: the address limit holds.
    for i in range(store.FAILURES_PER_CLIENT):
        store.redeem_code(store.new_code(), f"web-rotating-{i}", client="203.0.113.9")
    assert store.redeem_code(right, "web-rotating-new", client="203.0.113.9")["status"] == \
        "too_many"
    # Somebody else is not held up by them.
    assert store.redeem_code(right, "web-owner-y", client="198.51.100.4")["status"] == "ok"


def test_queue_puts_crisis_and_safeguarding_first():
    store.create_handoff("aaaaaa1", "request")
    store.create_handoff("aaaaaa2", "safeguarding")
    store.create_handoff("aaaaaa3", "crisis")
    assert [r["reason"] for r in handoffs.waiting()] == ["crisis", "safeguarding", "request"]


def test_one_open_handoff_per_conversation_and_urgency_rises():
    first = store.create_handoff("bbbbbb1", "request")
    again = store.create_handoff("bbbbbb1", "crisis")
    assert again["reference"] == first["reference"]
    assert [r["reason"] for r in handoffs.waiting()] == ["crisis"]


def test_erase_removes_records_and_handoffs_but_not_anonymous_surveys():
    store.create_handoff("cccccc1", "request")
    store.save_record("cccccc1", "self_assessment", {"answers": {"a": "b"}})
    store.save_survey("client", "web", {"q1": "Very happy"})
    assert store.erase_sender("cccccc1") == 2  # one hand-off, one record
    assert store.records_for("cccccc1") == []
    assert handoffs.waiting() == []
