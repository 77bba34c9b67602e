"""Round 14 (tester B's repros web-r14B-79, -89, -76, -77, -73, -94, -93 and conversation 3)
over REST: a safe contact's number is kept, a frightened woman's "don't ring me" and her
questions are heard, the carer's-assessment consent is not a trap, an answer given with a
goodbye is kept, and the call-back does not fall back to hours she ruled out."""
import pytest

from chat_client import Chat

DISCLOSURE = "my son takes my pension money and shouts at me"


def handoff(sender):
    from bot.data import handoffs

    return handoffs.latest_for(sender)


def records(sender, kind):
    from bot import store

    return [r["data"] for r in store.records_for(sender) if r.get("kind") == kind]


def told(chat):
    chat.say(DISCLOSURE)
    chat.say("/skip")


def test_the_safe_contacts_number_is_kept_and_said_back_truly(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    told(chat)
    said = chat.texts("could they ring my friend joan next door instead? her number is "
                      "0113 496 0777. not my number")
    assert "0113 496 0777" in said and "by name" not in said
    summary = handoff(sender)["summary"]
    assert "Joan (friend) on 0113 496 0777" in summary
    assert "not the person's own number" in summary


@pytest.mark.parametrize("text", [
    "Talk to someone how? Please don't ring me at home. He's here most days and he picks up "
    "the phone.",
    "please dont phone the house, my son answers it",
])
def test_dont_ring_me_at_the_safety_menu_is_a_safe_contact_instruction(stack, sender, text):
    chat = Chat(stack, sender, gateway=True)
    told(chat)
    said = chat.texts(text)
    assert "Let's carry on" not in said
    assert "The team will not phone you" in said
    assert any(c["contact"].get("safe_to_call") is False for c in records(sender, "contact"))


def test_carry_on_at_the_safety_menu_still_carries_on(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    told(chat)
    assert "Let's carry on" in chat.texts("yes carry on with the questions")


def test_questions_after_a_disclosure_are_answered_not_asked_again(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    told(chat)
    said = chat.texts("what would the safeguarding team do? would they go and see him?")
    assert "talks to you first" in said and "Is anyone hurting you" not in said
    said = chat.texts("what does safeguarding mean, is that the police?")
    assert "not the police" in said
    said = chat.texts("I dont want him in trouble. If I told them what would they do?")
    assert "Is anyone hurting you" not in said


def test_the_same_card_is_not_sent_twice(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    told(chat)
    again = chat.say("my son takes my pension money, he shouts at me")
    assert not any(m.get("custom", {}).get("type") == "safety" for m in again)
    assert any("still stand" in (m.get("text") or "") for m in again)


@pytest.mark.parametrize("text", ["does the carers assessment cost money",
                                  "i was asking if the carers assessment costs money",
                                  "is the carers assesment free?"])
def test_a_question_about_the_carers_assessment_is_answered(stack, sender, text):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts(text)
    assert "free" in said and "Before we start" not in said


def test_the_cost_question_at_the_consent_is_answered_once(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("/start_carer_assessment")
    said = chat.texts("does the carers assessment cost money")
    assert "free" in said and "financial assessment" not in said
    assert said.count("Before we start") <= 1
    said = chat.texts("wot dose 90 days mean")
    assert said.count("Is that OK?") == 1


def test_a_no_to_the_consent_can_be_changed(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("/start_carer_assessment")
    chat.say("/deny")
    assert "Before we start" in chat.texts("/start_carer_assessment")
    chat.say("no thank you")
    said = chat.texts("ive changed my mind, you can keep my answers")
    assert "first small step" not in said and "What name" in said


def test_an_answer_with_i_must_go_is_kept_and_a_polish_goodbye_pauses(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say_all(("/start_carer_assessment", "/affirm", "Aga",
                  "my mama, 74. i cook, wash, shopping, her medicine", "my job. and my son"))
    said = chat.texts("tired, i sleep maybe 5 hours. back pain from lifting mama. sorry my "
                      "break is finish, i must go back to work")
    assert "Your code is" in said and "How are you keeping" not in said
    assert "5 hours" in (chat.slot("ca_wellbeing") or "")


def test_a_goodbye_in_polish_is_not_an_answer(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say_all(("/start_carer_assessment", "/affirm", "Aga"))
    said = chat.texts("ok i come back later. dziękuję, do widzenia")
    assert "Your code is" in said
    assert not chat.slot("ca_caring_role")


def test_the_call_back_does_not_fall_back_to_hours_ruled_out(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("can someone email me? agnieszka.nowak@example.com . or phone after 5 o clock "
             "07700 900 283")
    said = chat.texts("Call me and leave a message")
    assert "email you instead" in said and "They will try" not in said
    said = chat.texts("no, not in work time please. email is better")
    assert "What is the best phone number or email" not in said
    assert "agnieszka.nowak@example.com" in said


def test_a_safe_contact_told_with_the_harm_is_on_its_own_line(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("my son takes my pension and shouts. if they phone could they ring my neighbour "
             "pat over the road instead, 07700 900563. not my number")
    assert "Pat (neighbour) on 07700 900563" in handoff(sender)["summary"]
