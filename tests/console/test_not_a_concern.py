"""Staff mark a safety request "not a concern" (issue 12, item 7), over HTTP with a fake Rasa:
a reason is needed, the mark shows on the conversation page and in the queue, the request
keeps its place, the mark is audited, managers (only) download the marks as CSV with
formulas defused and personal details taken out, and erasure takes the marks too."""
import csv
import io

import pytest

from bot import erasure, store
from bot.console import audit_log
from bot.data import handoffs, safety_marks
from test_console_app import JSON, client, sign_in  # noqa: F401  (the fixture)

ADA = ("ada", "correct horse battery")
MO = ("mo", "manager password 1")


def _disclosure(sender, words, reason="crisis", category="suicide_passive", tier="check_in",
                kind="crisis"):
    """What actions/safety.py respond() leaves behind: a safety record and a hand-off."""
    store.save_record(sender, "safety", {"words": words, "kind": kind, "tier": tier,
                                         "category": category, "question": None, "form": None,
                                         "at": "2025-05-12T10:30:00+00:00"})
    return handoffs.create_handoff(sender, reason, summary=words[:500], priority=2)


async def _mark(client, sender, **data):
    return await client.post(f"/console/c/{sender}/not-a-concern", data=data, headers=JSON)


async def _csv_rows(client):
    r = await client.get("/console/safety-marks.csv")
    assert r.status == 200 and r.content_type == "text/csv"
    return list(csv.DictReader(io.StringIO(await r.text())))


@pytest.mark.parametrize("data, code", [
    ({}, "reason"),
    ({"note": "She was talking about the telly"}, "reason"),
    ({"reason": "maybe", "note": "She was talking about the telly"}, "reason"),
    ({"reason": "everyday"}, "note"),
    ({"reason": "everyday", "note": "  ok  "}, "note"),
])
async def test_a_mark_needs_a_choice_and_a_few_words(client, data, code):
    _disclosure("web-needs00001", "my phone is dying, I could kill it")
    await sign_in(client, *ADA)
    r = await _mark(client, "web-needs00001", **data)
    assert r.status == 400 and (await r.json())["code"] == code
    assert safety_marks.all_marks() == []
    page = await (await client.get("/console/c/web-needs00001")).text()
    assert "Mark as not a concern" in page and "Marked not a concern by" not in page


async def test_the_mark_shows_on_the_page_and_in_the_queue_and_lowers_nothing(client):
    sender = "web-marked0001"
    before = _disclosure(sender, "what's the point in going on with this washing machine")
    other = handoffs.create_handoff("web-plain00001", "request", summary="Leaflet please")
    await sign_in(client, *ADA)
    page = await (await client.get(f"/console/c/{sender}")).text()
    assert "What the safety net found" in page and "Possible danger, asked first" in page
    assert "suicide passive" in page
    r = await _mark(client, sender, reason="figure_of_speech",
                    note="Talking about the washing machine, laughed about it")
    assert r.status == 200 and (await r.json())["marked"] is True

    page = await (await client.get(f"/console/c/{sender}")).text()
    assert "Marked not a concern by ada" in page
    assert "A joke or figure of speech" in page and "laughed about it" in page
    assert "washing machine" in page and 'class="mark-form"' not in page
    view = await (await client.get(f"/console/c/{sender}", headers=JSON)).json()
    mark = view["not_a_concern"]
    assert mark["marked_by"] == "ada" and mark["reason"] == "figure_of_speech"
    assert (mark["category"], mark["tier"], mark["kind"]) == ("suicide_passive", "check_in",
                                                              "crisis")
    assert mark["words"] == "what's the point in going on with this washing machine"

    # The request keeps its reason, priority and status: the mark is beside it, not instead.
    after = handoffs.latest_for(sender)
    assert (after["reason"], after["priority"], after["status"]) == \
        (before["reason"], before["priority"], "waiting")
    queue = await (await client.get("/console/", params={"format": "json"})).json()
    assert [r["reference"] for r in queue["rows"]][:1] == [before["reference"]]
    badges = {r["reference"]: r["not_a_concern"] for r in queue["rows"]}
    assert badges == {before["reference"]: True, other["reference"]: False}
    html = await (await client.get("/console/")).text()
    row = next(part for part in html.split("<tr ") if before["reference"] in part)
    assert 'class="tag not-a-concern">Not a concern</span>' in row
    plain_row = next(part for part in html.split("<tr ") if other["reference"] in part)
    assert "not-a-concern" not in plain_row

    # Audited, with the reason; a second mark on the same request is refused.
    entries = [e for e in audit_log.audit_entries() if e["action"] == "mark_not_a_concern"]
    assert len(entries) == 1 and entries[0]["sender_id"] == sender
    assert "figure_of_speech" in entries[0]["detail"]
    again = await _mark(client, sender, reason="everyday", note="Second try at marking")
    assert again.status == 409 and len(safety_marks.all_marks()) == 1


async def test_only_safety_requests_can_be_marked(client):
    handoffs.create_handoff("web-leaflet001", "request", summary="Can I have a leaflet")
    await sign_in(client, *ADA)
    page = await (await client.get("/console/c/web-leaflet001")).text()
    assert "Safety check" not in page
    r = await _mark(client, "web-leaflet001", reason="everyday", note="Just wanted a leaflet")
    assert r.status == 400 and (await r.json())["code"] == "not_safety"
    # A request for a person in a conversation the net flagged is a safety request too.
    store.save_record("web-asked00001", "safety", {"words": "he takes my pension",
                                                   "kind": "safeguarding", "tier": "clear",
                                                   "category": "abuse_financial"})
    handoffs.create_handoff("web-asked00001", "request", summary="talk to someone")
    r = await _mark(client, "web-asked00001", reason="known_safe",
                    note="Son manages it with her agreement, known to the team")
    assert r.status == 200
    assert safety_marks.all_marks()[0]["category"] == "abuse_financial"


async def test_the_page_form_marks_and_shows_the_badge(client):
    _disclosure("web-form000001", "my carer hits the buttons too hard", reason="safeguarding",
                category="abuse_physical", tier="clear", kind="safeguarding")
    await sign_in(client, *ADA)
    r = await client.post("/console/c/web-form000001/not-a-concern",
                          data={"reason": "everyday", "note": "About the lift buttons"},
                          allow_redirects=False)
    assert r.status == 302 and r.headers["Location"] == "/console/c/web-form000001"
    r = await client.post("/console/c/web-form000001/not-a-concern", data={"reason": "other"})
    assert r.status == 409
    assert "Someone has already marked this request." in await r.text()


async def test_the_csv_is_for_managers_only(client):
    _disclosure("web-csvrole001", "I could murder a cup of tea")
    await sign_in(client, *ADA)
    await _mark(client, "web-csvrole001", reason="figure_of_speech", note="Wanted a tea")
    r = await client.get("/console/safety-marks.csv")
    assert r.status == 403 and "text/csv" not in r.content_type
    assert "murder a cup" not in await r.text()
    assert any(e["action"] == "denied" and e["staff"] == "ada"
               for e in audit_log.audit_entries())
    await client.post("/console/logout", allow_redirects=False)
    r = await client.get("/console/safety-marks.csv", allow_redirects=False)
    assert r.status == 302                                  # signed out: sign in first
    await sign_in(client, *MO)
    rows = await _csv_rows(client)
    assert len(rows) == 1 and rows[0]["words"] == "I could murder a cup of tea"
    assert rows[0]["reason"] == "figure_of_speech" and rows[0]["category"] == "suicide_passive"
    assert any(e["action"] == "download_safety_marks" and e["staff"] == "mo"
               for e in audit_log.audit_entries())
    page = await (await client.get("/console/")).text()
    assert 'href="/console/safety-marks.csv"' in page         # managers see the link


async def test_the_csv_keeps_only_what_the_review_needs(client):
    words = ("I'm Joan Smith, my name is Joan Smith, ring 07700 900123 or joan@example.org, "
             "LS6 2AB, web-abcdef123456 i want to end it all lol")
    sender = "web-private001"
    _disclosure(sender, words)
    await sign_in(client, *ADA)
    await _mark(client, sender, reason="other",
                note="Rang her on 0113 496 0000, my name is Ada, she was joking")
    await client.post("/console/logout", allow_redirects=False)
    await sign_in(client, *MO)
    r = await client.get("/console/safety-marks.csv")
    text = await r.text()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["date", "kind", "category", "tier", "reason", "reason_note",
                             "words"]
    for gone in ("07700 900123", "joan@example.org", "LS6 2AB", "0113 496 0000",
                 "my name is Joan", "Ada", sender, "web-abcdef123456", "ada"):
        assert gone not in text, gone
    assert "[phone]" in rows[0]["words"] and "[email]" in rows[0]["words"]
    assert "[postcode]" in rows[0]["words"] and "my name is [name]" in rows[0]["words"]
    assert "i want to end it all lol" in rows[0]["words"]
    assert rows[0]["date"] == f"{store.now():%Y-%m-%d}"


async def test_the_csv_never_runs_a_formula(client):
    formulas = ["=HYPERLINK(\"http://x.example\",\"help\")", "+1+1", "-2+3", "@SUM(A1)",
                "\tnext"]
    for i, words in enumerate(formulas):
        sender = f"web-formula{i:03d}"
        _disclosure(sender, words)
        await sign_in(client, *ADA)
        await _mark(client, sender, reason="other", note=f"=cmd|' /C calc'!A{i}")
    await sign_in(client, *MO)
    rows = await _csv_rows(client)
    assert len(rows) == len(formulas)
    for row in rows:
        for column, value in row.items():
            assert value[:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, value)
    assert rows[0]["words"].startswith("'=HYPERLINK") and rows[0]["reason_note"].startswith("'=")


async def test_erasing_a_conversation_erases_its_marks(client, tmp_path, monkeypatch):
    monkeypatch.setenv("RASA_TRACKER_DB", str(tmp_path / "rasa.db"))
    _disclosure("web-erase00001", "I feel like jumping off a bridge, bungee that is")
    _disclosure("web-keep000001", "I'm dying for a cuppa")
    await sign_in(client, *ADA)
    await _mark(client, "web-erase00001", reason="figure_of_speech", note="Bungee jump trip")
    await _mark(client, "web-keep000001", reason="everyday", note="Wanted a cup of tea")
    assert "safety_marks" in erasure.export_conversation("web-erase00001")["kept"]
    erasure.erase_conversation("web-erase00001")
    left = safety_marks.all_marks()
    assert [m["sender_id"] for m in left] == ["web-keep000001"]
    await client.post("/console/logout", allow_redirects=False)
    await sign_in(client, *MO)
    text = await (await client.get("/console/safety-marks.csv")).text()
    assert "bungee" not in text.lower() and "cuppa" in text
    # The audit log keeps that a mark was made, not whom it was about or the note.
    entry = next(e for e in audit_log.audit_entries() if e["action"] == "mark_not_a_concern"
                 and e["sender_id"] != "web-keep000001")
    assert entry["sender_id"].startswith("conv-") and entry["detail"] == "[removed]"


def test_what_staff_read_on_the_panel_is_plain_english():
    from bot.console.not_a_concern import all_texts
    from jargon.gate import check_responses

    texts = all_texts()
    result = check_responses(sorted(texts.items()))
    assert result.checked == len(texts)
    assert result.ok, result.report()
