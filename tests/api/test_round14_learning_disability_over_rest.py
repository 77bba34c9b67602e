"""Round 14 (tester A, conversation 2) over REST, through the gateway as a client that
sends no easy-read flag: once "to much words lol" turns easy read on, it stays on (short
cards, no offer of easy read again), "wich 1 shud i do" gets an honest answer, a question
about volunteering gets what it means, and "no mates really" gets a kind word and groups."""
from chat_client import Chat

EASY_READ_OFFER = "Would easier words help?"


def test_a_whole_exchange_in_easy_read(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("hiya")
    said = chat.texts("i wont a job 😊")
    assert "Job Club" in said
    said = chat.texts("to much words lol. wich 1 is best")
    assert "short sentences and easy words" in said
    assert "I cannot choose for you." in said and "Sorry, I did not understand" not in said
    cards = [m["text"] for m in chat.say("armley. i like cafes")
             if "\nPhone:" in (m.get("text") or "")]
    assert cards
    for card in cards:
        assert len(card.split("\n")) <= 5 and "Website:" not in card, card
    said = chat.texts("the job ones. wich 1 shud i do")
    assert "I cannot choose for you." in said and "nearest" in said
    said = chat.texts("wot is volunteer")
    assert "you do not get paid" in said
    said = chat.texts("do i get pade")
    assert "you do not get paid" in said and EASY_READ_OFFER not in said
    said = chat.texts("no mates really")
    assert "lonely" in said and "left out anything with mates" not in said
    assert "Sorry, I did not understand" not in said and EASY_READ_OFFER not in said


def test_a_wish_to_volunteer_is_still_a_search(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("i want to volunteer near LS12")
    assert "Volunteering means" not in said
    assert "Volunteer" in said
