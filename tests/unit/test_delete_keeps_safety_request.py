"""Round twelve: "delete my conversation" while a crisis or safeguarding request is open. The
chat, answers and records go; the safety request stays in the staff queue, noted as deleted
by the person, and the person is told before and after that the team will still get in touch.
A request that is not about safety goes with the rest."""
from bot import store
from bot.data import handoffs
from bot.gateway import typed_commands


def test_an_open_safeguarding_request_outlives_the_delete(db):
    store.save_record("s1", "safety", {"words": "my son keeps my card", "kind": "safeguarding"})
    row = store.create_handoff("s1", "safeguarding", "web", summary="my son keeps my card",
                               priority=12)
    store.erase_sender("s1")
    assert store.records_for("s1") == []
    kept = handoffs.latest_for("s1")
    assert kept["reference"] == row["reference"]
    assert store.DELETED_BY_PERSON in kept["summary"]


def test_a_request_not_about_safety_goes_with_the_rest(db):
    store.create_handoff("s2", "request", "web", summary="ring me about a lunch club")
    store.erase_sender("s2")
    assert handoffs.latest_for("s2") is None


def test_a_closed_safety_request_goes_too(db):
    store.create_handoff("s3", "crisis", "web", summary="x", priority=1)
    handoffs.close("s3", "helped", "staff")
    store.erase_sender("s3")
    assert handoffs.latest_for("s3") is None


def test_the_person_is_told_the_team_will_still_get_in_touch(db):
    store.create_handoff("s4", "safeguarding", "web", summary="x", priority=12)
    asked = typed_commands.reply("delete", sender="s4")[0]["text"]
    done = typed_commands.reply("confirm_delete", sender="s4")[0]["text"]
    assert "still get in touch" in asked and "still get in touch" in done
    assert typed_commands.reply("delete", sender="nobody")[0]["text"] == typed_commands.ASK_DELETE
