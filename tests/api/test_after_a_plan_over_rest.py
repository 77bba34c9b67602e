"""Over REST (round twelve, tester B conversation 3, Keith): after a plan to end a life is
told inside the self-assessment, a take-back ("forget it. i shouldnt have put that. can we
just finish the form") keeps the hand-off, says the team will still check in and goes on
with the questions, Samaritans in view; "what call back? you havent got my number" is
answered plainly; a time named with the plan is on the hand-off as urgent, with the day."""
import pytest

from chat_client import Chat

pytestmark = pytest.mark.stack

START = ["/start_self_assessment", "/affirm", "myself", "Keith",
         "work and the lads at the club", "a day out fishing"]   # "What is going well...?"
PLAN = ("ive not been taking all my tablets, been saving them up in the bedside drawer, "
        "theres plenty now. want it all done before sunday")


def test_a_take_back_after_a_plan_goes_on_with_the_questions_and_keeps_the_hand_off(
        stack, sender):
    from bot.data import handoffs
    chat = Chat(stack, sender, gateway=True)
    chat.say_all(START)
    said = chat.texts(PLAN)
    assert "116 123" in said and "asked a person from our team to join" not in said
    assert handoffs.latest_for(sender)["reason"] == "crisis"

    said = chat.texts("forget it. i shouldnt have put that. can we just finish the form")
    assert "still check in" in said and "116 123" in said
    assert "stopped the questions" not in said and "still booked" not in said
    assert "What would you like to do?" not in said
    assert chat.active_loop() == "self_assessment_form"

    said = chat.texts("what call back? you havent got my number. doesnt matter anyway")
    assert "do not have your number" in said and "did not understand" not in said
    assert "116 123" in said

    row = handoffs.latest_for(sender)
    assert row["status"] == "waiting" and row["reason"] == "crisis"
    assert "URGENT" in row["summary"] and "before Sunday" in row["summary"]
    assert "took it back" in row["summary"]


def test_outside_the_questions_a_take_back_after_a_plan_is_met_kindly(stack, sender):
    from bot.data import handoffs
    chat = Chat(stack, sender, gateway=True)
    chat.say("hi")
    said = chat.texts("ive been saving my tablets up, theres plenty now. it will all be done "
                      "by saturday")
    assert "plan to end your life on Saturday" in said
    said = chat.texts("forget it. i shouldnt have said that")
    assert "still check in" in said and "116 123" in said
    assert "Are you thinking about ending your life?" not in said
    said = chat.texts("what call back? you havent got my number")
    assert "do not have your number" in said and "did not understand" not in said
    row = handoffs.latest_for(sender)
    assert row["status"] == "waiting" and row["reason"] == "crisis"
    assert "URGENT" in row["summary"] and "by Saturday" in row["summary"]
