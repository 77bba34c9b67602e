"""Round 13 (tester B's repros web-r13B-71, -88, -83) over REST: noise is not deafness,
a care-visit question is not a call time, and the interpreter is for the father."""
from chat_client import Chat


def contacts(sender):
    from bot import store

    return [r["data"]["contact"] for r in store.records_for(sender) if r.get("kind") == "contact"]


def handoff(sender):
    from bot.data import handoffs

    return handoffs.latest_for(sender)


def test_a_noisy_house_is_not_a_hearing_need(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("can someone ring me back about a sitter for my wife. not mornings, the "
                      "carers are in and i cant hear the phone. after 1 is best")
    assert "hearing on the phone is hard" not in said
    said = chat.texts("0113 496 0999")
    assert "Text or email only" not in said
    if "Is it safe for us to call you?" in said:
        chat.say("Call me and leave a message")
    said = chat.texts("has my call back been booked")
    assert "Nobody will phone you" not in said and "text you" not in said
    assert "hard of hearing" not in handoff(sender)["summary"]
    assert handoff(sender)["callback_requested"]


def test_a_carer_question_is_not_a_new_call_time(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say_all(("can someone ring me back please", "07700 900111", "mornings after 10"))
    chat.say("Call me and leave a message")
    said = chat.texts("can asha do my wednesday and friday teas instead of tracey while its "
                      "looked at")
    assert "I have changed the time" not in said
    assert contacts(sender)[-1]["best_time"] == "mornings after 10"
    said = chat.texts("best time to ring me is any morning after 10 please")
    assert "Sorry, I did not understand" not in said
    assert "Wednesday" not in (contacts(sender)[-1]["best_time"] or "")


def test_the_interpreter_is_for_the_father(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("i want urdu interpreter for my father when you visit him, not for me")
    assert "your father" in said and "get you a free interpreter" not in said
