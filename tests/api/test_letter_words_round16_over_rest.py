"""Over REST (round sixteen, tester D): a daughter reading a council letter about her dad,
and a complaint about late evening visits and late tablets.

- "it says CHC? what does that mean" got the privacy answer: the word is explained.
- "does that mean the nhs pays for his care home then? it also says s117 aftercare" got only
  s117; "ok but you didnt say about CHC, does the nhs pay for dads home or not" was not
  understood; "who pays for dads care home if he gets CHC" got the money check: with NHS
  Continuing Healthcare the NHS pays the full care home fee.
- "would dad get a direct payment if hes in a nursing home" got "I am listening": answered.
- The complaint: the late tablets are a care concern on the hand-off, Shannon is thanked.
Each reply offers a person; in and out of hours alike (no call is asked for here)."""
import pytest

from chat_client import Chat, handoff

pytestmark = pytest.mark.stack

CHC_FULL_COST = "the NHS pays the full cost of their care home"
NOT_FOR_A_HOME = "not usually used to pay to live in a care home"


def test_the_letter_words_are_answered_in_a_conversation(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("ive had a letter from the council about my dad and it says CHC? what "
                      "does that mean")
    assert "Continuing healthcare" in said and "90 days" not in said
    assert "cannot answer your other question" not in said

    said = chat.texts("right so does that mean the nhs pays for his care home then? it also "
                      "says s117 aftercare")
    assert CHC_FULL_COST in said and "Section 117 aftercare is free" in said
    assert said.count("A person from the team") == 1

    said = chat.texts("ok but you didnt say about CHC, does the nhs pay for dads home or not")
    assert CHC_FULL_COST in said and "did not understand" not in said

    said = chat.texts("who pays for dads care home if he gets CHC")
    assert CHC_FULL_COST in said and "Many people pay" not in said

    said = chat.texts("ok thanks. so would dad get a direct payment if hes in a nursing home "
                      "or is that only if hes at home")
    assert NOT_FOR_A_HOME in said and "listening" not in said
    said = chat.texts("i just want to know if he can have a direct payment in a nursing home")
    assert NOT_FOR_A_HOME in said and "What would make the biggest difference" not in said


@pytest.mark.parametrize("text, expected", [
    ("ive had a letter from the council about my dad and it says CHC? what does that mean",
     "Continuing healthcare"),
    ("mum had a letter, it says DoLS? what does that mean", "Deprivation of Liberty"),
    ("who pays for a care home if you get CHC", CHC_FULL_COST),
    ("got a letter saying my nan has CHC, does that mean we dont pay for her nursing home",
     CHC_FULL_COST),
    ("can you get a direct payment if you live in a nursing home", NOT_FOR_A_HOME),
    ("my mum is going into a care home, can she still have her direct payments?", NOT_FOR_A_HOME),
])
def test_on_a_fresh_sender(stack, sender, text, expected):
    said = Chat(stack, sender, gateway=True).texts(text)
    assert expected in said and "90 days" not in said


@pytest.mark.parametrize("text, unwanted", [
    ("what is a direct payment", NOT_FOR_A_HOME),          # the meaning only
    ("is my data kept? what does that mean", "Continuing healthcare"),
])
def test_look_alikes_keep_their_answers(stack, sender, text, unwanted):
    said = Chat(stack, sender, gateway=True).texts(text)
    assert unwanted not in said


COMPLAINT = ("the morning girls are lovely especially Shannon but the evening lot are always "
             "late, last tuesday nobody came till gone 9 and my tablets were late. i want to "
             "make a complaint about that")


def test_a_complaint_about_late_tablets_is_a_care_concern_and_the_praise_is_heard(
        stack, sender):
    chat = Chat(stack, sender, gateway=True)
    chat.say("hi i got a text asking me to give feedback on my home care")
    chat.say("About the support I get")
    chat.say_all(["Agree", "Disagree", "Strongly agree", "Neither agree nor disagree",
                  "Agree", "Disagree", "Agree"])
    replies = chat.say(COMPLAINT)
    texts = [r.get("text") or "" for r in replies]
    said = " ".join(texts)
    assert "Medicine given late can affect your health" in said
    assert "kind words about Shannon" in said
    assert "sent your complaint" in said and "Ombudsman" in said
    assert "I am sorry things have gone wrong." in texts      # a message of its own
    row = handoff(sender)
    assert row["reason"] == "complaint"
    assert row["summary"].startswith("Care concern: medicine given late or missed")
    assert "Praise to pass on: Shannon" in row["summary"]
