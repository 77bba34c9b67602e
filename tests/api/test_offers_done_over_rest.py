"""Issue 15, round 8, over REST: a question about an offer is answered with the offer kept
open; a yes to an offer that is not a call does what was offered; "NO bingo" runs its
search as action_search_directory (the contract); "anything nearer?" keeps the search."""
from chat_client import buttons_of, Chat

MONEY = "the bills are doing my head in, i cant keep up with the gas and electric"
OFFER = "Would you like to find free advice near you?"


def test_a_question_about_an_offer_then_a_yes(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("talk about what is going on")
    offer = chat.say(MONEY)
    assert OFFER in " ".join(m.get("text") or "" for m in offer)
    about = chat.say("what would that involve?")
    said = " ".join(m.get("text") or "" for m in about)
    assert "Would you like that?" in said and "places near you" in said
    assert buttons_of(about) == buttons_of(offer)
    assert chat.active_loop() is None
    chat.say("yes please")
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert chat.slot("service_category") == "money_matters"


def test_no_bingo_runs_as_the_directory_search(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.texts("things to do near LS10 1AB")
    again = chat.texts("NO bingo")
    assert "I have left out anything with bingo." in again
    assert "action_search_directory" in chat.actions_after_last_user_message()


def test_anything_nearer_keeps_the_lunch_club(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.texts("is there a lunch club near me, im LS8 2QT")
    nearer = chat.texts("2 miles is a bit far for my legs. anything nearer roundhay road? i "
                        "can get the bus along there")
    assert "I could not find a lunch club nearer than Tuesday Lunch Club" in nearer
    assert "Bus Pass" not in nearer
