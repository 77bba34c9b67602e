"""Erasing a conversation from a SQLite tracker leaves no copy of it anywhere in the file.

``secure_delete`` alone zeroes the deleted rows but not the stale copies SQLite left in a
page's unused space when it split pages as conversations grew (CI once found an erased
sender id at byte 975,110 of tracker.db). The pattern here, many conversations appending
events of mixed sizes, leaves such copies; the erasure must leave none."""
import random
import sqlite3
import uuid

from bot import erasure


def _rasa_like_tracker(path, senders):
    """Events appended turn by turn from many conversations at once, as the Rasa server does."""
    rng = random.Random(1)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), "
                     "type_name VARCHAR(255), timestamp FLOAT, data TEXT)")
        conn.execute("CREATE INDEX ix_events_sender_id ON events (sender_id)")
        for k in range(3000):
            sender = rng.choice(senders)
            data = '{"sender": "%s", "text": "%s"}' % (sender, "y" * rng.randint(50, 1500))
            conn.execute("INSERT INTO events (sender_id, type_name, timestamp, data) "
                         "VALUES (?, 'user', ?, ?)", (sender, float(k), data))
            if k % 7 == 0:
                conn.commit()


def test_no_erased_sender_id_is_left_in_the_file(tmp_path, monkeypatch):
    path = tmp_path / "tracker.db"
    uuids = random.Random(2)
    senders = [f"web-erase{uuid.UUID(int=uuids.getrandbits(128)).hex[:12]}" for _ in range(60)]
    _rasa_like_tracker(path, senders)
    monkeypatch.setenv("RASA_TRACKER_DB", str(path))
    monkeypatch.delenv("RASA_TRACKER_URL", raising=False)
    left = []
    for sender in senders[:30]:
        assert erasure.erase_tracker(sender) > 0
        if sender.encode() in path.read_bytes():
            left.append(sender)
    assert left == []
    kept = path.read_bytes()
    assert all(s.encode() in kept for s in senders[30:])   # the others are untouched


def test_nothing_to_erase_leaves_the_file_alone(tmp_path, monkeypatch):
    path = tmp_path / "tracker.db"
    _rasa_like_tracker(path, ["web-someoneelse01"])
    monkeypatch.setenv("RASA_TRACKER_DB", str(path))
    before = path.stat().st_mtime_ns
    assert erasure.erase_tracker("web-nobodyhere00") == 0
    assert path.stat().st_mtime_ns == before
