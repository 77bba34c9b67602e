"""Over REST (issue 12, persona round eleven): after an earlier sign of preparation, a later
hint of danger to life inside the questions gets the crisis card and then the step after it,
not "Sorry, I did not follow that"; the questions are still open."""
import pytest

from chat_client import Chat

pytestmark = pytest.mark.stack

START = ["/start_self_assessment", "/affirm", "myself", "Jade", "being with my friends",
         "a day out at the park"]   # then "What is going well for you at the moment?"


def test_a_hint_after_an_earlier_sign_in_the_questions_gets_the_card_then_its_step(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    for text in START:
        chat.say(text)
    assert "ending your life" in chat.texts("i gave my medals to my grandson last week")
    chat.say("No")
    said = chat.texts("i cant go on like this")
    assert "116 123" in said or "ending your life" in said    # the card or its question
    assert "did not follow" not in said and "say it another way" not in said
    assert chat.active_loop() == "self_assessment_form"
    assert "action_default_fallback" not in chat.actions_after_last_user_message()


def test_the_wish_after_a_disclosure_is_on_the_hand_off_staff_read(stack, sender):
    from bot.data import handoffs
    chat = Chat(stack, sender, gateway=True)
    for text in START:
        chat.say(text)
    assert "What would you like to happen now?" in chat.texts(
        "my son keeps taking my bank card and my money")
    chat.say("i just want my own card back. no police, hes my son")
    summary = handoffs.latest_for(sender)["summary"]
    assert "What they would like to happen: i just want my own card back. no police" in summary
