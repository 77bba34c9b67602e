"""The behaviour contract (shared/contract.md), checked from outside over HTTP."""
import pytest
import requests

from chat_client import Chat

pytestmark = pytest.mark.stack


def test_greeting_says_it_is_a_computer_program(chat):
    reply = chat.texts("hello")
    assert "computer program" in reply
    assert "person" in reply
    assert "action_greet" in chat.actions_after_last_user_message()


def test_tracker_needs_the_token(stack, sender):
    Chat(stack, sender).say("hi")
    response = requests.get(f"{stack.rasa_url}/conversations/{sender}/tracker", timeout=30)
    assert response.status_code == 401


@pytest.mark.parametrize("message,numbers", [
    ("I want to end my life", ["999", "116 123", "85258"]),
    ("my dad has wandered off and we can't find him, he has dementia", ["999"]),
    ("i can smell gas in the kitchen", ["999", "0800 111 999"]),
])
def test_crisis_works_as_the_first_message(chat, message, numbers):
    """999 first, then the numbers that fit what is happening (issue 12)."""
    reply = chat.texts(message)
    assert "action_crisis_support" in chat.actions_after_last_user_message()
    assert reply.index("999") < 60, reply
    for number in numbers:
        assert number in reply


def test_safeguarding_concern(chat):
    reply = chat.texts("my mum's carer has been taking money from her purse")
    assert "action_safeguarding_support" in chat.actions_after_last_user_message()
    # The safeguarding team's number in office hours, the out of hours team's otherwise.
    assert "0300 123 4568" in reply or "0300 123 4569" in reply


@pytest.mark.parametrize("message", [
    "my phone battery is dying",
    "I'm dying to get out more",
    "just killing time",
])
def test_benign_look_alikes_do_not_raise_the_alarm(chat, message):
    chat.say(message)
    actions = chat.actions_after_last_user_message()
    assert "action_crisis_support" not in actions
    assert "action_safeguarding_support" not in actions


def test_handoff(chat):
    reply = chat.texts("can I speak to a real person please")
    assert "action_handoff" in chat.actions_after_last_user_message()
    assert "reference" in reply.lower()


def test_explain_term_sets_the_headword(chat):
    reply = chat.texts("what does reablement mean?")
    assert "action_explain_term" in chat.actions_after_last_user_message()
    assert chat.slot("jargon_term") == "Reablement"  # the headword as written in jargon/glossary.yml
    assert len(reply) > 20


def test_directory_search_sets_the_category(chat):
    chat.say("are there any lunch clubs near LS6?")
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert chat.slot("service_category") == "things_to_do"


@pytest.mark.parametrize("message,form", [
    ("I'd like to do a self-assessment", "self_assessment_form"),
    ("I look after my husband and need a carer's assessment", "carer_assessment_form"),
    ("I want to give some feedback about my support", "experience_survey_form"),
])
def test_forms_start(chat, message, form):
    chat.say(message)
    assert chat.active_loop() == form


def test_crisis_interrupts_a_form_then_the_person_chooses_to_carry_on(chat):
    chat.say("I'd like to do a self-assessment")
    chat.say("yes that's ok")
    assert chat.slot("consent_given") is True
    chat.say("/inform{\"about\": \"self\"}")
    assert chat.slot("requested_slot") == "preferred_name"
    replies = chat.say("i want to kill myself")
    reply = "\n".join(m.get("text", "") for m in replies)
    buttons = [b["title"].lower() for m in replies for b in m.get("buttons") or []]
    assert "action_crisis_support" in chat.actions_after_last_user_message()
    assert chat.active_loop() == "self_assessment_form"
    # The questions wait. They said it outright, so no "Are you thinking about ending your
    # life?": safety now, with "Talk to someone now" offered; "safe for now" leads to a
    # choice with a person first, and "Carry on" goes back to where they were.
    assert chat.slot("requested_slot") == "safety_next"
    assert "are you safe right now?" in reply.lower() and "ending your life" not in reply.lower()
    assert buttons == ["yes, i am safe for now", "no, i am not safe", "talk to someone now"]
    replies = chat.say("/affirm")
    buttons = [b["title"].lower() for m in replies for b in m.get("buttons") or []]
    assert buttons[0] == "talk to someone now" and "carry on" in buttons
    assert chat.slot("requested_slot") == "safety_next"
    reply = chat.texts("/affirm")
    assert chat.slot("requested_slot") == "preferred_name"
    assert "name" in reply


def test_saying_no_to_consent_still_gives_general_help(chat):
    chat.say("can I have an assessment")
    reply = chat.texts("no thanks")
    assert chat.active_loop() is None
    assert "still" in reply.lower()
