""""Delete my conversation" reaches every store: tracker events, records, summaries,
hand-offs, resume codes and the console's tables; anonymous survey answers stay."""
import json

import requests
import sqlalchemy as sa

from chat_client import Chat


def rows_for(sender):
    from bot import erasure, store

    counts = {}
    with store.engine().connect() as conn:
        for table in store.PERSONAL_TABLES:
            counts[table.name] = conn.execute(
                sa.select(sa.func.count()).select_from(table)
                .where(table.c.sender_id == sender)).scalar()
    eng = sa.create_engine(erasure.tracker_database_url(), future=True)
    with eng.connect() as conn:
        counts["events"] = conn.execute(sa.text(
            "SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar()
    eng.dispose()
    return counts


def test_delete_my_conversation_erases_everywhere(stack, sender, monkeypatch):
    from bot import store
    from bot.console import records

    monkeypatch.setenv("RASA_TRACKER_DB", str(stack.data / "tracker.db"))
    chat = Chat(stack, sender)
    chat.say("I'd like to do a self-assessment")
    chat.say("yes")
    chat.say('/inform{"about": "self"}')
    chat.say("Jean")
    chat.say("pause")                                   # a resume code
    chat.say("can I talk to a person")                  # a hand-off
    records.queue_message(sender, "ada", "hello")       # console outbox
    records.set_takeover(sender, "ada", True)           # console takeover
    store.save_record(sender, "self_assessment", {"x": 1})
    surveys_before = len(store.survey_rows())
    store.save_survey("client", "web", {"happy": "agree"})

    before = rows_for(sender)
    assert before["events"] > 0 and before["handoffs"] == 1 and before["resume_codes"] == 1
    assert before["takeovers"] == 1 and before["outbox"] == 1 and before["records"] >= 1

    data = requests.get(f"{stack.gateway_url}/api/conversations/{sender}/data", timeout=30)
    assert data.status_code == 200 and "Jean" in json.dumps(data.json())

    r = requests.delete(f"{stack.gateway_url}/api/conversations/{sender}", timeout=30)
    assert r.status_code == 204
    assert all(n == 0 for n in rows_for(sender).values()), rows_for(sender)
    assert len(store.survey_rows()) == surveys_before + 1
    data = requests.get(f"{stack.gateway_url}/api/conversations/{sender}/data", timeout=30)
    assert data.json()["events"] == [] and data.json()["records"] == []
