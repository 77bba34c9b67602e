"""Directory answers over REST: 'save these to my summary' puts the places in the summary."""
from chat_client import Chat


def test_save_places_to_my_summary(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    replies = chat.say("is there a memory cafe near LS6 1AA")
    buttons = [b["title"] for r in replies for b in r.get("buttons") or []]
    assert "Save these to my summary" in buttons
    shown = chat.slot("shown_services")
    assert shown and all(s["name"] for s in shown)
    reply = chat.texts("/save_services")
    # The places saved are named (round twelve), or "these" for a longer list.
    assert "to your summary" in reply and (shown[0]["name"] in reply or "saved these" in reply)
    page = chat.get("summary")
    assert page.status_code == 200
    assert shown[0]["name"] in page.text


def test_nothing_to_save_yet(stack, sender):
    reply = Chat(stack, sender).texts("/save_services")
    assert "nothing to save yet" in reply
