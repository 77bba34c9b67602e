"""Over REST (issue 12, persona round nine): a false alarm the person puts right. The reply
says sorry and why, answers their question, and goes back to the questions once; the record
keeps the disclosure marked "the person said this was not a concern"; the hand-off is no
longer queued as a crisis or safeguarding case; the protest is never kept as their wish;
the goodbye and "i have to go back to work" are not the danger words."""
import pytest

from chat_client import Chat

pytestmark = pytest.mark.stack

START = ["/start_self_assessment", "/affirm", "myself", "Jade", "being with my friends",
         "a day out at the park"]   # then "What is going well for you at the moment?"


def in_the_questions(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say_all(START)
    return chat


def safety_records(sender):
    from bot import crisis_care, store
    return crisis_care.safety_records(store.records_for(sender))


def test_a_worded_no_to_the_direct_question_is_put_right_outside_the_questions(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    assert "ending your life" in chat.texts("whats the point in going on")
    said = chat.texts("good god no. i mean my hips. why would you ask that")
    assert "Sorry, I did not mean to worry you." in said
    assert "I ask everyone when I am not sure" in said
    assert "116 123" not in said and "ending your life" not in said
    record = safety_records(sender)[-1]
    assert record["words"] == "whats the point in going on"            # kept for staff
    assert record["not_a_concern"]["words"].startswith("good god no")
    goodbye = chat.texts("bye")
    assert "116 123" not in goodbye and "999" not in goodbye


def test_a_denial_after_the_block_goes_back_to_the_questions_and_lowers_the_hand_off(
        stack, sender):
    from bot.data import handoffs
    chat = in_the_questions(stack, sender)
    # (A passive wish is asked about first since safety11, so the block here is a medical
    # emergency read into a saying.)
    assert "What would you like to do now?" in chat.texts("honestly i feel like im dying")
    assert handoffs.latest_for(sender)["reason"] == "crisis"
    said = chat.texts("wtf no!! im not dying its a saying. am i in trubble")
    assert "Sorry, I got that wrong." in said and "No, you are not in trouble." in said
    assert "What are you proud of?" in said and "ending your life" not in said
    assert "116 123" not in said
    row = handoffs.latest_for(sender)
    assert row["reason"] == "request" and "not a concern" in row["summary"]
    assert safety_records(sender)[-1]["not_a_concern"]
    # The next answer is an answer, not the direct question again.
    assert "What are you good at?" in chat.texts("my art")
    # Going back to work: the code at once, not "Go safely" and 999.
    said = chat.texts("ok i have to go back to work. can i finish this tonight")
    assert "Your code is" in said and "Go safely" not in said and "999" not in said


def test_a_protest_at_what_would_you_like_to_happen_is_not_the_wish(stack, sender):
    from bot import store
    from bot.data import handoffs
    chat = in_the_questions(stack, sender)
    assert "What would you like to happen now?" in chat.texts(
        "my son keeps taking my bank card and my money")
    assert handoffs.latest_for(sender)["reason"] == "safeguarding"
    said = chat.texts("omg nobody is taking my money!! he does my shopping with it. "
                      "this bot is so jumpy")
    assert "Sorry, I got that wrong." in said and "What are you proud of?" in said
    assert not [r for r in store.records_for(sender) if r["kind"] == "safety_wish"]
    assert safety_records(sender)[-1]["not_a_concern"]["words"].startswith("omg nobody")
    chat.say("talk to a person")
    assert handoffs.latest_for(sender)["reason"] not in ("crisis", "safeguarding")


def test_a_worded_no_at_the_check_in_inside_the_questions(stack, sender):
    chat = in_the_questions(stack, sender)
    asked = chat.texts("its the money really. my nephew sees to my bank card for me now")
    assert "Is anyone hurting you or taking your money?" in asked
    said = chat.texts("no?? he sorts it because i cant. is that a problem")
    assert "Sorry, I did not mean to worry you." in said
    assert "That is fine. You have not done anything wrong." in said
    assert "What are you proud of?" in said and "taking your money" not in said
    assert safety_records(sender)[-1]["not_a_concern"]["words"].startswith("no??")


# Round eleven: after an earlier sign of preparation, a later hint of danger to life inside
# the questions gets the crisis card and then the step after it, not "Sorry, I did not follow
# that"; the questions are still open. The wish after a disclosure reaches the hand-off.
def test_a_hint_after_an_earlier_sign_in_the_questions_gets_the_card_then_its_step(stack, sender):
    chat = in_the_questions(stack, sender)
    assert "ending your life" in chat.texts("i gave my medals to my grandson last week")
    chat.say("No")
    said = chat.texts("i cant go on like this")
    assert "116 123" in said or "ending your life" in said    # the card or its question
    assert "did not follow" not in said and "say it another way" not in said
    assert chat.active_loop() == "self_assessment_form"
    assert "action_default_fallback" not in chat.actions_after_last_user_message()


def test_the_wish_after_a_disclosure_is_on_the_hand_off_staff_read(stack, sender):
    from bot.data import handoffs
    chat = in_the_questions(stack, sender)
    assert "What would you like to happen now?" in chat.texts(
        "my son keeps taking my bank card and my money")
    chat.say("i just want my own card back. no police, hes my son")
    summary = handoffs.latest_for(sender)["summary"]
    assert "What they would like to happen: i just want my own card back. no police" in summary
