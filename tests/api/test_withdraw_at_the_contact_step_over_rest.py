"""A call back taken back at "What is the best phone number or email?" (CI on 2026-11-27 at
16:40, after the Friday closing time: "Talk to a person" became a call back, and "cancel that
person thing, I dont need anyone to join. bye" got "I could not find a phone number"). The
call back is cancelled, the contact step ends, a goodbye is said back; a number is still a
number. A call back is asked for in words, so these run the same in and out of hours."""
import pytest

from chat_client import Chat, handoff


@pytest.mark.parametrize("taken_back", [
    "cancel that person thing, I dont need anyone to join. bye",
    "actually forget the call back, my son sorted it",
    "i dont need anyone to ring me now thanks",
    "scrap the callback please, all sorted. ta-ra",
])
def test_a_call_back_taken_back_at_the_number_question(stack, sender, taken_back):
    chat = Chat(stack, sender, gateway=True)
    asked = chat.texts("can someone ring me back please")
    assert "phone number or email" in asked
    reference = handoff(sender)["reference"]
    said = chat.texts(taken_back)
    assert "cancelled your call back" in said and reference in said, said
    assert "could not find a phone number" not in said
    row = handoff(sender)
    assert row["status"] == "closed" and row["outcome"] == "not_needed"
    assert chat.active_loop() is None
    if "bye" in taken_back or "ta-ra" in taken_back:
        assert "Take care" in said
    # the next message is a fresh start, not an answer to the number question
    assert "could not find a phone number" not in chat.texts("hello")


def test_a_number_at_the_same_question_is_still_the_number(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("can someone ring me back please")
    said = chat.texts("07700 900321, I dont need anyone to ring before 10 though")
    assert "cancelled" not in said
    assert handoff(sender)["status"] == "waiting"
