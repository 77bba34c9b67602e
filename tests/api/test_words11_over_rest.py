"""Round ten over REST: several questions in one message each answered, in order, then back
where the conversation was; an interpreter booked by the team in the contact step, noted on
the hand-off and not asked about again; easy read that changes the directory cards too."""
import requests

from bot.answers import money_questions
from chat_client import Chat


def test_two_questions_outside_a_form_are_both_answered_in_order(stack, sender):
    chat = Chat(stack, sender)
    said = chat.texts("what is LPA? and how long does this take?")
    assert "Lasting power of attorney" in said and "10 to 15 minutes" in said
    assert said.index("Lasting power of attorney") < said.index("10 to 15 minutes")
    said = chat.texts("is it saved? can my son see it?")
    assert said.index("Only they can see it") < said.index("kept by the council, not on the")


def test_a_question_we_cannot_answer_is_said_honestly(stack, sender):
    said = Chat(stack, sender).texts("whats an ombudsman and if i get a job do i lose my PIP")
    assert "Ombudsman: " in said
    # words13: a benefits question is answered honestly in its own words (a benefits adviser
    # can check), never guessed
    assert money_questions.BENEFITS_CANT_SAY in said and "benefits check" in said


def test_two_questions_in_a_form_then_the_same_question(stack, sender):
    chat = Chat(stack, sender)
    chat.say("/start_self_assessment")
    chat.say("yes")
    asked = chat.slot("requested_slot")
    said = chat.texts("what is LPA? and how long does this take?")
    assert "Lasting power of attorney" in said and " more" in said
    assert chat.slot("requested_slot") == asked
    assert chat.active_loop() == "self_assessment_form"


def test_in_the_contact_step_the_team_books_the_interpreter(stack, sender):
    from bot.data import handoffs

    chat = Chat(stack, sender)
    chat.say("can someone from the council call me back")
    said = chat.texts("In Polish please")
    assert "I have told the team to bring a free Polish interpreter." in said
    assert "say which language" not in said
    assert "Interpreter: Polish." in handoffs.latest_for(sender)["summary"]
    again = chat.texts("can the team text me in polish?")
    assert "The team knows you need a Polish interpreter." in again
    assert "say which language" not in again
    assert handoffs.latest_for(sender)["summary"].count("Interpreter: Polish.") == 1


def _easy(stack, sender, text):
    body = {"sender": sender, "message": text,
            "metadata": {"easy_read": True, "channel": "web"}}
    response = requests.post(f"{stack.rasa_url}/webhooks/rest/webhook", json=body, timeout=60)
    response.raise_for_status()
    return [m.get("text") or "" for m in response.json()]


def test_easy_read_changes_the_directory_cards(stack, sender):
    said = _easy(stack, sender, "is there a lunch club near LS6 2QT")
    cards = [t for t in said if "\nPhone:" in t or "\nCost:" in t]
    assert cards
    for card in cards:
        for line in card.split("\n"):
            if "http" not in line:
                assert ". " not in line.rstrip("."), line      # one sentence a line
