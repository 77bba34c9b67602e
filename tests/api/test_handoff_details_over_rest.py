"""Hand-off details said in the conversation reach what staff see (issue 15): a language
need and a contact instruction said before the request for a call are on the hand-off."""
from chat_client import Chat


def test_language_and_contact_instruction_are_on_the_hand_off(stack, sender):
    from bot.data import handoffs

    chat = Chat(stack, sender, gateway=True)
    chat.say("my mum needs more help at home, she only speaks Punjabi")
    chat.say("please ring me not dad, he gets muddled on the phone")
    chat.say("can someone from the council call me back")
    assert "action_handoff" in chat.actions_after_last_user_message()
    summary = handoffs.latest_for(sender)["summary"]
    assert "Interpreter: Punjabi." in summary
    assert "Contact: they said: please ring me not dad" in summary
