"""Round twelve over REST (tester B, conversation 2): picking a place by a word from its card,
putting a save right and taking places off act on the right places and say what the list now
holds; a 20-year-old looking for bowling is never shown places for older people; "i liv
seecroft" is Seacroft."""
from chat_client import Chat

from actions.directory import saved_now

OLDER_ONLY = ("Phone Friends Befriending", "Tea Dance", "Home Visit Befrienders",
              "Tuesday Lunch Club", "Day Centre Activities", "Sing Together Choir")


def names(sender):
    return [p["name"] for p in saved_now(sender)]


def test_round12_saves_put_right_and_taken_off(stack, sender):
    chat = Chat(stack, sender)
    chat.say("hi 👋 i want a job")
    shown = [s["name"] for s in chat.slot("shown_services") or []]
    assert "Work Tasters" in shown
    said = chat.texts("the shop 1 wiv the coach 👍 save that")
    assert "I have saved Work Tasters" in said
    assert names(sender) == ["Work Tasters"]
    chat.say("/save_services")
    assert len(names(sender)) == len(shown)
    said = chat.texts("no jus the shop 1 😕")
    assert "Your list now has: Work Tasters." in said
    assert names(sender) == ["Work Tasters"]
    chat.say("/save_services")
    said = chat.texts("take job club off my list. jus keep work tasters")
    assert "Your list now has: Work Tasters." in said
    assert names(sender) == ["Work Tasters"]


def test_round12_bowling_at_twenty_in_seacroft(stack, sender):
    chat = Chat(stack, sender)
    said = chat.texts("job n frends. i liv seecroft")
    assert "Where do you live?" not in said and "LS14" in said
    said = chat.texts("no!! 😡 not shopin. i want frends to go bowlin n that. im 20. LS14")
    for name in OLDER_ONLY:
        assert name not in said
    assert "I could not find bowling for young people." in said
