"""Round 16 (tester E, conversations 2 and 3) over REST through the gateway: a granddaughter
telling us her nan is neglected by a paid carer is told who to ring now, in words, and her
"no i dont want to answer questions about me" stops the carer's questions; a carer's "yes
please a call back ..." to the bot's own offer starts the call back; a number and a time
said together are not asked for again; "i told you, after 1" is saved as "after 1". The
replies hold in and out of office hours."""
from chat_client import Chat, contacts

from bot.answers import who_to_ring

NUMBERS = ("0300 123 4568", "0300 123 4569")   # the safeguarding team / out of hours


def rings_now(said):
    return who_to_ring.DANGER_NOW in said and any(
        f"team now on {number}" in said or f"Ring them now on {number}" in said
        for number in NUMBERS)


JADE = [
    "hello. i wanted to ask something about my nan. shes 88 and has a lady come in 3 times a "
    "day from an agency",
    "no not me, its my nan im asking for", "ok yes",
    "im Jade but its about my nan Rita. the carer they send, shes stopped really doing "
    "anything. nan was sat in the same nightie 3 days when i went round sat",
    "i dont really do the caring the agency does. but theres no food in her fridge and shes "
    "lost loads of weight. the carer signs the book saying shes done lunch and she hasnt. nan "
    "says dont make a fuss or the lady will be cross with her",
    "i want someone to check on her properly. im scared whats happening when im not there. "
    "shes got bruises on her arms she says from the bed rail"]


def test_the_opening_about_her_nan_is_asked_about_her_nan(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts(JADE[0])
    assert "Is anyone hurting you or taking your money?" not in said
    assert "Is anyone hurting your nan" in said or "hurting" not in said


def test_who_do_i_tell_and_no_questions_about_me(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(JADE)
    said = chat.texts("is that it? shes covered in bruises and starving and the carer is "
                      "lying in the book. who do i tell")
    assert rings_now(said), said
    said = chat.texts("no i dont want to answer questions about me. is there anyone i can "
                      "ring tonight about nan")
    assert "stopped" in said and rings_now(said), said
    assert "How are you keeping?" not in said and "What matters most to you" not in said
    assert not chat.active_loop()


def test_fresh_phrasings_after_harm_to_another(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(JADE[1:])
    said = chat.texts("what number do i ring about this")
    assert rings_now(said), said
    said = chat.texts("its not about me, its about my nan. forget this im going round there")
    assert "stopped" in said and rings_now(said), said


def test_a_look_alike_keeps_the_carers_questions(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(["/start_carer_assessment", "yes", "Sue"])
    said = chat.texts("my husband, i do his meds and washing. its about me as well i suppose")
    assert "stopped" not in said and not rings_now(said)


def test_yes_please_a_call_back_to_the_offer_starts_it(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("/listen_connect")
    said = chat.texts("a break really. even a few hours. hes had 2 relapses this year and a "
                      "fall last month and i do everything, his meds, washing, the lot. i could "
                      "scream some days")
    said = chat.texts("yes please a call back would be great. its so hard to get 5 mins "
                      "though, the smoke alarm went off earlier cos i burnt the tea while i was "
                      "sorting his tablets lol")
    assert "Smoke and Flood Alarms" not in said and "Tablet and Smartphone Help" not in said
    assert "team" in said and ("phone number" in said or "join this chat" in said), said


def test_a_number_and_a_time_together_are_not_asked_again(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("can someone ring me back please about a break")
    if "What is the best phone number" not in said:
        return   # in office hours a person joins the chat instead
    said = chat.texts("07700 900412 best after 1 when hes had his lunch and a nap. dont ring "
                      "before 10 hes often still asleep and i dont want to wake him")
    assert "What is the best phone number" not in said
    assert "When is a good time" not in said
    assert "Thank you for telling me. I have kept what you said." not in said
    chat.say("Call, but do not leave a message")
    assert "after 1" in contacts(sender)[-1]["best_time"]


def test_i_told_you_is_not_saved_as_the_call_time(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("i need a call back please")
    if "What is the best phone number" not in said:
        return   # in office hours a person joins the chat instead
    chat.say("07700 900414")
    chat.say("i told you, after 1")
    chat.say("Call, but do not leave a message")
    assert contacts(sender)[-1]["best_time"] == "after 1"


def test_a_stop_with_who_do_i_tell_still_names_who_to_ring(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(JADE[1:])
    said = chat.texts("stop. who should i ring about her")
    assert rings_now(said), said
