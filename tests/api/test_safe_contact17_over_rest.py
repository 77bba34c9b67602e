"""Round 17 (tester F conversation 3, tester G conversation 2) over REST through the gateway:
contact for a person at risk. "Please don't ring when Carol is here" keeps the house phone and
is when to ring, never "Do not call"; "they can ring, just not 8 till 9 or 5 till 6" is taken;
"will Carol find out?" gets the safeguarding answer; after "please don't ring me" a place to
meet is the way in, in her words, and "how will they get hold of me?" is answered from what
was saved. A contact is asked for in words ("can someone contact me"), so the contact step
comes in and out of office hours alike; no assertion depends on which."""
import pytest

from chat_client import Chat, contacts, handoff

LOCKED_IN = [
    "Carol my carer locks the front door when she leaves in the morning and takes the key "
    "with her, so I can't get out until she's back at teatime. She says it's for my own good.",
    "Oh I don't want to get Carol into trouble, she's very good really.",
    "can someone contact me please",
]
MONEY = [
    "My son moved back in with me last year. He looks after my bank card now. He gets cross "
    "and shouts if I ask where my pension has gone. There isn't much left for food.",
    "I don't want him to get into trouble. I just want it to stop. Please don't ring me at "
    "home, he might pick up.",
    "can someone contact me please",
]
LIBRARY = ("I told you, you can't ring me. Could they meet me at the library on Tuesday "
           "instead? It's the one on Chapel Road.")


def test_dont_ring_when_carol_is_here_keeps_the_phone_and_when_to_ring(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(LOCKED_IN)
    said = chat.texts("0113 496 0999 that's the house phone. Please don't ring when Carol "
                      "is here")
    assert "good time" in said and "Do not call" not in said, said
    said = chat.texts("between 10 and 4, I'm always in")
    assert "0113 496 0999" in said and "Not when Carol is here." in said, said
    assert "Do not call" not in said and "Nobody will phone you" not in said
    kept = contacts(sender)[-1]
    assert kept["phone"] == "0113 496 0999" and kept.get("safe_to_call") is not False
    assert kept["not_when"] == "not when Carol is here"
    assert "Do not call" not in (handoff(sender)["summary"] or "")
    # the correction and the question with it, both taken
    said = chat.texts("They can ring, just not 8 till 9 or 5 till 6. Will they tell Carol I "
                      "said anything?")
    assert "not 8 till 9 or 5 till 6" in said, said
    assert "They will not tell Carol that you told us" in said and "danger" in said
    best = contacts(sender)[-1]["best_time"]
    assert "10 and 4" in best and "not 8 till 9 or 5 till 6" in best
    said = chat.texts("you didn't answer me. will Carol find out?")
    assert "They will not tell Carol" in said and "What would you like to do?" not in said
    assert "Worried Carol will find out" in handoff(sender)["summary"]


@pytest.mark.parametrize("number, ruled_out", [
    ("07700 900123, dont call while my son is in", "not while my son is in"),
    ("my number is 0113 496 0111 but never ring me when the carer's here please",
     "not when the carer's here"),
])
def test_fresh_phrasings_of_when_not_to_ring(stack, sender, number, ruled_out):
    chat = Chat(stack, sender, gateway=True).say_all(LOCKED_IN)
    said = chat.texts(number)
    assert "good time" in said and "Do not call" not in said, said
    said = chat.texts("mornings")
    assert ruled_out[0].upper() + ruled_out[1:] + "." in said and "Do not call" not in said
    assert contacts(sender)[-1].get("safe_to_call") is not False


def test_a_real_do_not_call_stays_do_not_call(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(LOCKED_IN)
    said = chat.texts("07700 900123, please dont ring me at home he might pick up")
    assert "Not when" not in said
    assert contacts(sender) == [] or contacts(sender)[-1].get("safe_to_call") is False
    assert chat.slot("contact_safety") and '"safe_to_call": false' in chat.slot("contact_safety")


def test_will_my_carer_find_out_is_answered_after_harm(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(LOCKED_IN[:2])
    said = chat.texts("will my carer find out i told you")
    assert "They will not tell your carer that you told us" in said, said
    assert "complaint" not in said.lower()


def test_a_meeting_place_is_the_safe_way_in_and_the_team_has_it(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(MONEY[:2])
    said = chat.texts(MONEY[2])
    assert "safe way" in said and "phone number" not in said, said
    said = chat.texts(LIBRARY)
    assert "could not find" not in said and "meet me at the library on Tuesday" in said, said
    assert "They will not phone you" in said
    kept = contacts(sender)[-1]
    assert "library" in kept["route"] and not kept.get("phone")
    assert "Chapel Road" in handoff(sender)["summary"]
    said = chat.texts("So how will they get hold of me? Will they know about Tuesday at the "
                      "library?")
    assert "The team will talk only to you" not in said and "No." not in said.split()[0:1]
    assert "meet me at the library on Tuesday" in said and "not phone you" in said, said


def test_fresh_sender_no_call_then_a_meeting(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("please dont ring me at home he might pick up")
    said = chat.texts("can someone get in touch with me please")
    assert "safe way" in said and "phone number" not in said, said
    said = chat.texts("I can't have a call. Could they meet me at the library on Tuesday "
                      "morning instead? It's the one on Chapel Road.")
    assert "could not find a phone number" not in said and "library" in said, said
    assert "library" in contacts(sender)[-1]["route"]


def test_a_look_alike_is_not_a_way_in_and_no_way_in_is_said_honestly(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(MONEY)
    said = chat.texts("my son rings me every day")
    assert "could not find a way to reach you" in said and "phone number" not in said, said
    assert not [c for c in contacts(sender) if c.get("route")]
    chat.say("skip")
    said = chat.texts("so how will they get hold of me?")
    assert "no safe way to reach you yet" in said and "not phone you" in said, said
