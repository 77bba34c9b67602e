"""Round seventeen (tester G) over REST: details given at the call-back step, and around it,
are kept. The call back is asked for in words ("can someone ring me"), which opens the
contact step in and out of office hours, so these hold whatever the clock says.

- a number, a time and an interpreter in one message: all three kept, never asked again;
- "ok email better. kasia.nowak@example.com. thank you, bye" after the call was booked: the
  contact changed to the email and read back, then a goodbye;
- "no thats all for now thank you, its been nice to talk to someone": a warm goodbye, never
  a second request;
- "ok the stair lift one might be good. will someone ... ring me" after results: the place
  saved and the question answered, never the places' access lines;
- "yes. but write mama speak only polish please" at the carer's read-back: in the record
  and in the read-back.
"""
import pytest

from chat_client import Chat, contacts, handoff, records

INTERPRETER_WITH_NUMBER = [
    "07700 900321 after 5pm. please polish interpreter for call if possible",
    "my mob is 07700 900456, pls can u get a urdu interpreter, after 2 is best",
]


def book(chat, first_answer):
    asked = chat.texts("can someone ring me")
    assert "phone number or email" in asked
    return chat.texts(first_answer)


@pytest.mark.parametrize("said", INTERPRETER_WITH_NUMBER)
def test_number_time_and_interpreter_in_one_message(stack, sender, said):
    chat = Chat(stack, sender, gateway=True)
    reply = book(chat, said)
    assert "I have told the team to bring a free" in reply
    assert "phone number or email" not in reply and "could not find" not in reply
    assert "Is it safe for us to call you?" in reply          # the next question, not again
    done = chat.texts("Call me and leave a message")
    phone = "07700 900321" if "900321" in said else "07700 900456"
    assert f"Phone: {phone}" in done and "Best time: after" in done
    assert "Interpreter:" in handoff(sender)["summary"]


def test_email_better_after_the_call_back_changes_the_contact(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    book(chat, "07700 900321 after 5pm")
    chat.texts("Call me and leave a message")
    reference = handoff(sender)["reference"]
    said = chat.texts("ok email better. kasia.nowak@example.com. thank you, bye")
    assert "I have changed how the team will reach you" in said
    assert "Email: kasia.nowak@example.com" in said and "Take care" in said
    row = handoff(sender)
    assert row["reference"] == reference
    assert "kasia.nowak@example.com" in row["summary"]
    assert contacts(sender)[-1]["email"] == "kasia.nowak@example.com"
    assert not contacts(sender)[-1].get("phone")


@pytest.mark.parametrize("goodbye", [
    "no thats all for now thank you, its been nice to talk to someone even a computer",
    "thats everything ta. lovely chatting to you",
])
def test_a_goodbye_after_the_call_back_is_a_goodbye(stack, sender, goodbye):
    chat = Chat(stack, sender, gateway=True)
    book(chat, "01922 612345 its the landline, mornings")
    chat.texts("yes thats fine leave a message")
    reference = handoff(sender)["reference"]
    said = chat.texts(goodbye)
    assert "Take care" in said
    assert "not working right now" not in said and "anything else" not in said and "call you back" not in said
    assert "I will pass this on" not in said
    assert handoff(sender)["reference"] == reference


def test_a_call_question_after_results_is_answered(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    shown = chat.texts("anything for stairs, i nearly fell last week")
    assert "Home Adaptations Advice" in shown
    said = chat.texts("ok the stair lift one might be good. will someone from the council "
                      "ring me about all this or do i have to do it")
    assert "I have saved Home Adaptations Advice" in said
    assert "You have not asked for a call back yet. Would you like one?" in said
    assert "Getting in" not in said
    saved = records(sender, "saved_services")
    assert [s["name"] for s in saved[-1]["services"]] == ["Home Adaptations Advice"]


def carer_answer(slot, said_at_read_back):
    if slot == "preferred_name":
        return "Kasia"
    if slot == "ca_caring_role":
        return "my mama Halina. i go every day after work, i do shopping and cooking"
    if slot == "summary_confirmed":
        return "/affirm" if said_at_read_back else "yes. but write mama speak only polish please"
    return "/skip"


def test_the_language_need_goes_in_the_read_back_and_the_record(stack, sender):
    chat = Chat(stack, sender)      # straight to Rasa: a whole form, past the message limit
    chat.say("/start_carer_assessment")
    chat.say("yes")
    read_back = None
    for _ in range(40):
        if chat.active_loop() is None:
            break
        slot = chat.slot("requested_slot")
        said = chat.texts(carer_answer(slot, read_back is not None))
        if slot == "summary_confirmed" and read_back is None:
            read_back = said
    assert read_back is not None, "the read-back was never reached"
    assert "I have added it: Halina speaks only Polish. An interpreter is needed." in read_back
    assert "- Language: Halina speaks only Polish. An interpreter is needed." in read_back
    assert any("Halina speaks only Polish" in str(r.get("words")) for r in records(sender, "noted"))
