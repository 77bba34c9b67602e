"""What staff get from the queue and conversation pages, over HTTP with a fake Rasa: paging,
filters, search by reference, notes and contact details, closing with an outcome, display
names, internal intents kept out of transcripts, and the live stream."""
import asyncio
import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot import store
from bot.console import auth
from bot.data import handoffs
from bot.data.schema import handoffs as handoffs_table
from test_console_app import JSON, client, sign_in  # noqa: F401  (the fixture)


def _age_by(sender: str, delta: timedelta) -> None:
    with store.engine().begin() as conn:
        conn.execute(handoffs_table.update().where(handoffs_table.c.sender_id == sender)
                     .values(created_at=store.now() - delta))


async def _queue(client, **params):
    r = await client.get("/console/", params={**params, "format": "json"})
    assert r.status == 200
    return await r.json()


async def test_the_queue_comes_in_pages_most_urgent_first(client):
    for i in range(60):
        handoffs.create_handoff(f"web-page{i:04d}", "request")
    handoffs.create_handoff("web-urgent01", "crisis")
    await sign_in(client, "ada", "correct horse battery")
    first = await _queue(client)
    assert first["total"] == 61 and len(first["rows"]) == 25
    assert first["rows"][0]["reason"] == "crisis"
    last = await _queue(client, page=3)
    assert len(last["rows"]) == 11
    seen = {r["reference"] for p in (1, 2, 3) for r in (await _queue(client, page=p))["rows"]}
    assert len(seen) == 61
    page = await (await client.get("/console/?page=2")).text()
    assert "Page 2 of 3" in page and 'rel="prev"' in page and 'rel="next"' in page
    # "Start a session for a caller" comes before the queue, not after 61 rows.
    assert page.index("Start a session for a caller") < page.index("People waiting")


async def test_filters_by_status_reason_channel_and_age(client):
    handoffs.create_handoff("web-crisis001", "crisis")
    handoffs.create_handoff("tg-carer00001", "callback", channel="telegram")
    handoffs.create_handoff("web-old000001", "request")
    _age_by("web-old000001", timedelta(days=3))
    handoffs.create_handoff("web-closed001", "request")
    handoffs.close("web-closed001", "information", "ada")
    await sign_in(client, "ada", "correct horse battery")

    def senders(body):
        return {r["sender_id"] for r in body["rows"]}

    assert senders(await _queue(client)) == {"web-crisis001", "tg-carer00001", "web-old000001"}
    assert senders(await _queue(client, reason="crisis")) == {"web-crisis001"}
    assert senders(await _queue(client, channel="telegram")) == {"tg-carer00001"}
    assert senders(await _queue(client, age="older")) == {"web-old000001"}
    assert senders(await _queue(client, age="hour")) == {"web-crisis001", "tg-carer00001"}
    assert senders(await _queue(client, status="closed")) == {"web-closed001"}
    assert len((await _queue(client, status="all"))["rows"]) == 4
    page = await (await client.get("/console/?reason=safeguarding")).text()
    assert "Nobody matches these filters." in page


async def test_search_by_reference_with_or_without_the_dash(client):
    wanted = handoffs.create_handoff("web-wanted001", "request")["reference"]
    for i in range(5):
        handoffs.create_handoff(f"web-other{i:04d}", "request")
    await sign_in(client, "ada", "correct horse battery")
    for typed in (wanted, wanted.lower(), wanted.replace("-", ""), f" {wanted} "):
        rows = (await _queue(client, ref=typed))["rows"]
        assert [r["reference"] for r in rows] == [wanted], typed


async def test_every_open_link_has_its_own_name(client):
    refs = [handoffs.create_handoff(f"web-link{i:04d}", "request")["reference"]
            for i in range(7)]
    await sign_in(client, "ada", "correct horse battery")
    page = await (await client.get("/console/")).text()
    names = [re.sub(r"<[^>]+>", "", m).strip()
             for m in re.findall(r"<a [^>]*>(.*?)</a>", page, re.S)]
    assert len(names) == len(set(names)), names
    for ref in refs:
        assert f"Open conversation {ref}" in names


async def test_conversation_page_shows_reference_contact_and_hand_back_note(client):
    sender = "web-contact01"
    row = handoffs.create_handoff(sender, "callback", summary="Mum fell again", callback=True)
    store.save_record(sender, "contact", {"contact": {
        "phone": "07700 900456", "best_time": "Mornings", "safe_to_call": True,
        "leave_message": False}, "handoff": row["reference"], "channel": "web"})
    handoffs.note_on_handoff(row["reference"], "Contact: I will pass this on to the team. "
                                               "Phone: 07700 900456. Best time: mornings. No messages.")
    await sign_in(client, "ada", "correct horse battery")
    page = await (await client.get(f"/console/c/{sender}")).text()
    assert f"<title>Conversation {row['reference']}" in page
    for seen in ("07700 900456", "Mornings", "Safe to call", "No, do not leave a message",
                 "Mum fell again"):
        assert seen in page, seen
    await client.post(f"/console/c/{sender}/take", headers=JSON)
    await client.post(f"/console/c/{sender}/handback", headers=JSON,
                      data={"note": "Rang her daughter; OT visit booked", "outcome": "referred"})
    view = await (await client.get(f"/console/c/{sender}", headers=JSON)).json()
    assert view["reference"] == row["reference"]
    assert view["handback_note"] == "Rang her daughter; OT visit booked"
    assert view["handoff"]["status"] == "closed" and view["handoff"]["outcome"] == "referred"
    page = await (await client.get(f"/console/c/{sender}")).text()
    assert "Hand-back note" in page and "OT visit booked" in page
    assert "Referred for an assessment or to a service" in page


async def test_closing_needs_an_outcome_and_leaves_the_queue(client):
    handoffs.create_handoff("web-close0001", "callback")
    await sign_in(client, "ada", "correct horse battery")
    r = await client.post("/console/c/web-close0001/close", headers=JSON, data={"note": "x"})
    assert r.status == 400
    r = await client.post("/console/c/web-close0001/close", headers=JSON,
                          data={"outcome": "called_back", "note": "Spoke to him at 10"})
    assert (await r.json())["closed"] is True
    assert (await _queue(client))["rows"] == []
    closed = (await _queue(client, status="closed"))["rows"]
    assert closed[0]["outcome"] == "called_back" and closed[0]["closed_by"] == "ada"
    assert closed[0]["outcome_note"] == "Spoke to him at 10"


async def test_people_see_the_display_name_never_the_login_name(client):
    await client.post("/api/messages", json={"sender": "web-name00001", "message": "hi"})
    handoffs.create_handoff("web-name00001", "request")
    await sign_in(client, "mo", "manager password 1")
    me = await (await client.get("/console/me", headers=JSON)).json()
    assert me["display_name"] == auth.DEFAULT_DISPLAY_NAME   # none set yet: not "mo"
    await client.post("/console/me", data={"display_name": "  Mo,   care team  "})
    await client.post("/console/c/web-name00001/take", headers=JSON)
    await client.post("/console/c/web-name00001/reply", headers=JSON,
                      data={"text": "Hello, how can I help?"})
    got = await (await client.get("/api/conversations/web-name00001/updates")).json()
    assert [m["author"] for m in got] == ["Mo, care team", "Mo, care team"]
    assert got[0]["text"] == "You are now talking to Mo, care team. They can see what you told me."
    assert not any(re.search(r"\bmo\b", m["text"] + m["author"]) for m in got)


async def test_transcripts_hide_internal_intents_or_show_the_button_pressed(client):
    client.rasa.events["web-intents01"] = [
        {"event": "user", "text": "/greet", "timestamp": 1},
        {"event": "bot", "text": "Would you like us to contact you?", "timestamp": 2,
         "data": {"buttons": [{"title": "Yes, contact me", "payload": "/affirm"},
                              {"title": "No", "payload": "/deny"}]}},
        {"event": "user", "text": "/affirm", "timestamp": 3},
        {"event": "user", "text": "/session_start", "timestamp": 4},
        {"event": "user", "text": "my dad needs help", "timestamp": 5},
    ]
    handoffs.create_handoff("web-intents01", "request")
    await sign_in(client, "ada", "correct horse battery")
    view = await (await client.get("/console/c/web-intents01", headers=JSON)).json()
    said = [l["text"] for l in view["transcript"] if l["who"] == "Person"]
    assert said == ["Pressed: Yes, contact me", "my dad needs help"]
    page = await (await client.get("/console/c/web-intents01")).text()
    assert "/greet" not in page and "/affirm" not in page


async def _next_event(response, timeout):
    buffer = b""
    while b"\n\n" not in buffer or b"event:" not in buffer:
        buffer += await asyncio.wait_for(response.content.readany(), timeout)
    return buffer.decode()


async def test_the_queue_stream_says_when_a_request_arrives(client):
    await sign_in(client, "ada", "correct horse battery")
    version = (await _queue(client))["version"]
    r = await client.get("/console/events", params={"view": "queue", "since": version})
    assert r.status == 200 and r.headers["Content-Type"] == "text/event-stream"
    await asyncio.wait_for(r.content.readuntil(b"\n\n"), 2)        # retry: line
    loop = asyncio.get_running_loop()
    started = loop.time()
    await asyncio.to_thread(handoffs.create_handoff, "web-live00001", "crisis")
    event = await _next_event(r, 2)
    assert "event: changed" in event
    assert loop.time() - started < 1.0
    r.close()


async def test_streams_need_sign_in_and_a_conversation_they_may_open(client):
    r = await client.get("/console/events", headers=JSON)
    assert r.status == 401
    await sign_in(client, "ada", "correct horse battery")
    r = await client.get("/console/c/web-notqueued1/events", headers=JSON)
    assert r.status == 403


def test_the_data_layer_adds_new_columns_to_an_old_database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/old.db"
    old = sa.create_engine(url)
    with old.begin() as conn:
        conn.execute(sa.text("CREATE TABLE staff_users (username VARCHAR(64) PRIMARY KEY, "
                             "password_hash VARCHAR(255) NOT NULL, role VARCHAR(16) NOT NULL, "
                             "created_at DATETIME NOT NULL)"))
    old.dispose()
    monkeypatch.setenv("CARE_DATABASE_URL", url)
    store.engine.cache_clear()
    try:
        auth.add_user("sam", "a long password", "adviser", "Sam, care team")
        assert auth.display_name_of("sam") == "Sam, care team"
    finally:
        store.engine.cache_clear()


@pytest.mark.parametrize("name", ["", "   "])
async def test_an_empty_display_name_is_refused(client, name):
    await sign_in(client, "ada", "correct horse battery")
    r = await client.post("/console/me", data={"display_name": name}, headers=JSON)
    assert r.status == 400
    assert auth.display_name_of("ada") == "Ada, care team"


def test_what_the_console_says_to_the_person_is_plain_english():
    from bot.console.app import PERSON_WORDS
    from jargon.gate import check_responses

    result = check_responses([(f"console/{key}", text.format(name="Sam, care team"))
                              for key, text in PERSON_WORDS.items()])
    assert result.checked == len(PERSON_WORDS)
    assert result.ok, result.report()
