"""Round fourteen over REST (tester B, conversations 1 and 3): a carer asking what the
assessment costs gets an honest answer, never Job Club or the assessment started; help at
home for a mother who does not understand English is found (never "I don't know the word
home"), the Polish-speaking one first; a short stay is said to be missing, with the team's
way to arrange one and a call back."""
from chat_client import Chat

JOBS = ("Job Club", "Work Tasters", "Back to Work for Carers")


def test_round14_cost_of_the_assessment(stack, sender):
    chat = Chat(stack, sender)
    chat.say("what is a carers assessment")
    said = chat.texts("ok. and does it cost anything? we're not well off, i gave up my job at "
                      "the school when he got worse")
    assert "A carer's assessment is free." in said
    assert "left out" not in said
    for name in JOBS:
        assert name not in said
    said = chat.texts("no i dont want a job!! i can barely get through the day. i was asking "
                      "if the carers assessment costs money")
    assert "A carer's assessment is free." in said
    assert "Before we start, please read this" not in said
    assert chat.active_loop() is None


def test_round14_help_at_home_in_polish(stack, sender):
    chat = Chat(stack, sender)
    said = chat.texts("is there help at home for my mum in LS8, she does not understand english")
    assert "don't know the word" not in said
    assert "Home Help Cleaning" in said and "left out" not in said
    assert "free interpreter" in said
    said = chat.texts("any of them speak polish? mama will not understand")
    assert "The places that say they speak Polish are first." in said
    assert said.index("Home Help Cleaning") < said.index("Help to Get Washed and Dressed")


def test_round14_no_short_stay(stack, sender):
    chat = Chat(stack, sender)
    messages = chat.say("is there nothing where my husband stays over somewhere for a few "
                        "nights so i can sleep? LS17")
    said = "\n".join(m.get("text") or "" for m in messages)
    assert "I could not find a short stay away from home" in said
    assert "after a carer's assessment" in said
    for name in ("Health Walks", "Aqua Fit", "Chair Exercise Class"):
        assert name not in said
    titles = [b.get("title") for m in messages for b in m.get("buttons") or []]
    assert "Ask for a call back" in titles


def test_round14_overnight_respite_asked_three_ways(stack, sender):
    chat = Chat(stack, sender)
    said = chat.texts("respite. for a few nights. somewhere that knows about MS. we're in "
                      "LS17, alwoodley")
    assert "I could not find a short stay away from home" in said
    # (the transcript's "my problem is the nights. is there nothing where he stays over
    # somewhere" may raise the safety check first, bot/safety/: not this test's subject)
    said = chat.texts("what matters is sleep!! overnight respite. a short stay in a home for "
                      "him. does that exist round here or not")
    assert "after a carer's assessment" in said and "I am listening" not in said
    said = chat.texts("right i know what it means, i asked how do i get one for graham")
    assert "after a carer's assessment" in said
    assert "0113 496 0102" not in said
