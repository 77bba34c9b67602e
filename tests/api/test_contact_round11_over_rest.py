"""Round 11, the contact step over REST: a time ruled out is never booked, a booked call is
put right (time and number), a question at a contact question is answered and never saved,
and what is promised follows the way they asked to be reached."""
from chat_client import Chat


def contacts(sender):
    from bot import store

    return [r["data"]["contact"] for r in store.records_for(sender) if r.get("kind") == "contact"]


def summary(sender):
    from bot.data import handoffs

    return handoffs.latest_for(sender)["summary"]


def test_a_time_ruled_out_is_not_booked_and_a_new_time_replaces_it(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("can someone ring me back? im at work tomorrow 9 till 1 so not then")
    chat.say("07700 900562")
    said = chat.texts("Call, but do not leave a message")
    assert "between 9am and 1pm" not in said and "not tomorrow 9 till 1" in said
    said = chat.texts("change it to after 3pm")
    assert "I have changed the time" in said and "after 3pm" in said
    assert contacts(sender)[-1]["best_time"] == "after 3pm"
    assert "after 1pm" not in summary(sender) and "Call time: " in summary(sender)
    assert "after 3pm" in chat.texts("when will they ring me?")


def test_a_new_time_inside_the_carers_assessment_is_not_an_answer(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say_all(("I look after someone", "Yes, that is OK", "Bev",
                  "look can i just speak to an actual person, ring me back? im at work "
                  "tomorrow 9 till 1 so not then", "07700 900 562 its my mobile"))
    said = chat.texts("did you get that? the call time is wrong. after 2pm please")
    assert "I have changed the time" in said and "after 2pm" in said
    said = chat.texts("Call, but do not leave a message")
    assert "The team will ring you today after 2pm" in said or "after 2pm" in said
    slots = chat.tracker()["slots"]
    assert "call time" not in str(slots.get("ca_caring_role") or "")
    assert contacts(sender)[-1]["best_time"] == "after 2pm"


def test_a_wrong_number_is_asked_again_and_only_the_new_one_is_kept(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("can someone ring me back please")
    said = chat.texts("0113 496 0781 thats the house phone. oh no hang on, its 0113 496 0718")
    said += chat.texts("mornings")
    said += chat.texts("Call me and leave a message")
    assert "0113 496 0718" in said and "0781" not in said
    said = chat.texts("thats the wrong number love, i said 0711 at the end")
    assert "Sorry" in said and "phone number" in said
    said = chat.texts("0113 496 0711")
    assert "0113 496 0711" in said
    assert "0718" not in summary(sender) and "0113 496 0711" in summary(sender)


def test_a_question_at_the_time_question_is_answered_and_never_saved(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("can someone ring me back please")
    chat.say("07700 900731")
    for question in ("wot dose reach meen", "who will ring me?", "why do you need to know"):
        said = chat.texts(question)
        assert "When is a good time" in said, question
    chat.say("mornings")
    said = chat.texts("Call me and leave a message")
    assert "meen" not in said and "Best time: mornings" in said
    assert contacts(sender)[-1]["best_time"].lower() == "mornings"


def test_a_letter_talked_about_is_not_a_letter_asked_for(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("ok. can someone just ring me and go through dad's letter, I'm Mandy, "
             "07700 900127, any time after 2")
    said = chat.texts("Call me and leave a message")
    assert "write to you" not in said and "ring you" in said
    assert not contacts(sender)[-1].get("by_letter")


def test_email_only_is_never_told_about_a_call(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say_all(("I look after someone", "Yes, that is OK", "Sarah",
                  "can someone ring me back please", "07700 900462 after 5.30",
                  "Call me and leave a message"))
    chat.say("no dont ring at work i cant take calls on the shop floor. email me instead "
             "sarah.b@example.com")
    said = chat.texts("Stop here")
    assert "call back is still booked" not in said and "will ring you" not in said
    assert "text or email you" in said
    held = summary(sender)
    assert "sarah.b@example.com" in held and "Phone: 07700 900462" not in held
    said = chat.texts("they WONT ring me tho right, email only?")
    assert "sarah.b@example.com" in said and "best phone number" not in said


def test_a_time_said_to_be_wrong_is_asked_again(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("can someone ring me back please")
    chat.say("07700 900562 mornings")
    chat.say("Call me and leave a message")
    said = chat.texts("the call time is wrong")
    assert "When is a good time" in said
    said = chat.texts("after 3pm")
    assert "after 3pm" in said
    held = summary(sender)
    assert held.count("Call time:") == 1 and "before midday" not in held
