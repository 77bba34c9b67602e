"""Over REST (round 18, tester J, conversation 1, safe18): a woman telling of money taken at
home. No step here depends on office hours: the card, the "what would you like to happen"
step and the "what next" step are the same in and out of hours, and no test asks for a
person (which turns into a call back with a contact step out of hours).

- "i said not the phone. my sister can take a message, 07700 900444" after the card is how
  to reach her: the case stays safeguarding, never "Sorry, I got that wrong ... not a worry";
- "please can they ring maureen not me. 07700 900462" after the card: who to go through,
  with her name and number, never "Sorry, I can't help with that";
- a hint about home with "thats all" is not a goodbye;
- a hint naming no money never gets "Tell the bank now";
- "i dont want anything written down", "who would i talk to", "will somebody meet me at the
  surgery wednesday or not" are answered.
"""
import pytest

from chat_client import Chat, handoff, records

pytestmark = pytest.mark.stack

CARD = "my lodger keeps helping himself to my purse and shouts if i say anything"


def told(stack, sender, text=CARD):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts(text)
    assert "What would you like to happen now?" in said, said
    return chat


def safety_rows(sender):
    from bot import crisis_care, store
    return crisis_care.safety_records(store.records_for(sender))


@pytest.mark.parametrize("about_the_phone,who,phone", [
    ("i said not the phone. my sister can take a message, 07700 900444", "your sister",
     "07700 900444"),
    ("i said not the fone!! my daughter can pass a message on 07700 900123", "your daughter",
     "07700 900123"),
    ("please can they ring maureen not me. 07700 900462. she knows all about it", "Maureen",
     "07700 900462"),
])
def test_not_the_phone_is_how_to_reach_her_and_the_case_stands(stack, sender, about_the_phone,
                                                              who, phone):
    chat = told(stack, sender)
    said = chat.texts(about_the_phone)
    assert "got that wrong" not in said and "not a worry" not in said, said
    assert f"ring {who} on {phone}, not you" in said, said
    row = handoff(sender)
    assert row["reason"] == "safeguarding", row
    assert phone in row["summary"] and "not the person's own number" in row["summary"]
    assert not any(r.get("not_a_concern") for r in safety_rows(sender))
    assert any(c.get("safe_to_call") is False for c in [r["contact"] for r in
                                                        records(sender, "contact")])


def test_a_go_between_at_the_what_next_step(stack, sender):
    chat = told(stack, sender, "my grandson takes my pension and gets cross if i ask")
    assert "What would you like to do now?" in chat.texts("i dont want him in trouble")
    said = chat.texts("please can they ring maureen not me. 07700 900462")
    assert "can't help" not in said and "Let's carry on" not in said, said
    assert "ring Maureen on 07700 900462, not you" in said, said
    row = handoff(sender)
    assert row["reason"] == "safeguarding"
    assert "Maureen" in row["summary"] and "07700 900462" in row["summary"]


def test_her_questions_at_the_what_next_step_are_answered(stack, sender):
    chat = told(stack, sender, "my grandson takes my pension and gets cross if i ask")
    chat.texts("i dont want him in trouble")
    said = chat.texts("i dont want anything written down really. will it go to him?")
    assert "I have added this" not in said
    assert "kept for" in said and "delete it" in said, said
    said = chat.texts("who would i talk to. i cant have anyone phoning the house")
    assert "safeguarding team will be in touch" in said, said
    said = chat.texts("will somebody meet me at the surgery wednesday or not")
    assert "Money worries" not in said
    assert "cannot promise the day or the time" in said, said
    assert "surgery wednesday" in handoff(sender)["summary"]


@pytest.mark.parametrize("hint", [
    "its a bit tricky at home since my son moved back in, thats all",
    "things arent great at home with my grandson, ill leave it there",
    "home is a bit tense since my nephew came to stay. thats all",
])
def test_a_hint_about_home_is_not_a_goodbye(stack, sender, hint):
    said = Chat(stack, sender, gateway=True).texts(hint)
    assert "Take care" not in said, said
    # a gentle open door, or the safety net's gentle question; never the money card
    assert "tell me a bit more about home" in said or "Is anyone hurting you" in said, said
    assert "bank" not in said


def test_a_hint_that_names_no_money_gets_no_money_card(stack, sender):
    said = Chat(stack, sender, gateway=True).texts(
        "well its a bit awkward. my grandson stays with me since his mum put him out. hes 24. "
        "things have got a bit difficult at home thats all")
    assert "bank" not in said and "take money" not in said, said
    assert "?" in said   # a gentle question, not the card


def test_no_calls_in_her_words_as_the_wish(stack, sender):
    chat = told(stack, sender, "my grandson takes my pension and gets cross if i ask")
    said = chat.texts("i cant have anyone phoning the house, he answers it")
    assert "how to contact you safely" in said, said
    assert any(c.get("safe_to_call") is False for c in
               [r["contact"] for r in records(sender, "contact")])
    assert handoff(sender)["reason"] == "safeguarding"
