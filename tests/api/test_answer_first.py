"""Answer first, against the running assistant: ordinary replies are answers, questions
about the question are answered and the same question comes back, a disclosure keeps the
answer, and no reply leaves a conversation stuck. Each case is one that broke before."""
import pytest


pytestmark = pytest.mark.stack

ERRORS = ("did not understand", "went wrong")


def start_self_assessment(chat):
    chat.say("/start_self_assessment")
    chat.say("/affirm")  # consent


def healthy(chat, text="hello"):
    """The conversation still answers and has not fallen into an error."""
    reply = chat.texts(text)
    assert reply and not any(e in reply.lower() for e in ERRORS), reply
    return reply


def test_my_mum_at_who_are_we_talking_about(chat):
    start_self_assessment(chat)
    assert chat.slot("requested_slot") == "about"
    reply = chat.texts("my mum")
    assert chat.slot("about") == "someone_i_care_for"
    assert chat.slot("relationship") == "mum"
    assert chat.slot("requested_slot") == "on_behalf"      # does she know and agree?
    assert "your mum know" in reply.lower()
    assert "did not understand" not in reply.lower()


def test_names_are_read_back_in_later_questions(chat):
    start_self_assessment(chat)
    chat.say("for my mum")
    chat.say("she knows, she's sat here")
    reply = chat.texts("mums name is Margaret but she goes by Peggy")
    assert chat.slot("preferred_name") == "Peggy"
    assert "Peggy" in reply and "goes by" not in reply


def test_why_do_you_need_to_know_is_answered_and_the_question_kept(chat):
    start_self_assessment(chat)
    chat.say("just me")
    chat.say("Sam")
    assert chat.slot("requested_slot") == "sa_what_matters"
    reply = chat.texts("why do you need to know that?")
    assert "skip" in reply.lower()
    assert chat.slot("sa_what_matters") is None
    assert chat.slot("requested_slot") == "sa_what_matters"
    chat.say("my grandchildren and my allotment")
    assert chat.slot("sa_what_matters") == "my grandchildren and my allotment"


def test_how_many_more_then_the_answer_goes_to_the_right_question(chat):
    start_self_assessment(chat)
    chat.say("me")
    chat.say("Sam")
    chat.say("my family")
    asked = chat.slot("requested_slot")
    reply = chat.texts("how many more questions is this, i have to pick the kids up")
    assert "more" in reply.lower()
    assert chat.slot(asked) is None and chat.slot("requested_slot") == asked
    chat.say("sunny days in the park")
    assert chat.slot(asked) == "sunny days in the park"


def test_a_disclosure_inside_the_form_keeps_the_answer_and_offers_a_choice(chat):
    start_self_assessment(chat)
    chat.say("me")
    chat.say("Jo")
    chat.say("I want to kill myself, nothing matters any more")
    actions = chat.actions_after_last_user_message()
    assert "action_crisis_support" in actions
    assert chat.slot("sa_what_matters") == "I want to kill myself, nothing matters any more"
    assert chat.slot("requested_slot") == "safety_next"
    # Said outright: the questions wait for "Are you safe right now?"; "safe for now" then
    # "Carry on" goes on to the next question.
    chat.say("/affirm")
    assert chat.slot("requested_slot") == "safety_next"
    chat.say("/affirm")
    assert chat.slot("requested_slot") == "sa_good_day"
    assert chat.active_loop() == "self_assessment_form"


def test_scale_words_and_numbers(chat):
    chat.say("/start_carer_assessment")
    chat.say("yes")
    chat.say("Ann")
    tracker = chat.tracker()
    # Skip to the scale question: answer every question before it with "skip".
    for _ in range(20):
        if chat.slot("requested_slot") == "ca_scale_now":
            break
        chat.say("/skip")
    assert chat.slot("requested_slot") == "ca_scale_now"
    reply = chat.texts("pretty rubbish to be honest")
    assert "1 to 10" in reply and chat.slot("ca_scale_now") is None
    chat.say("about a 3")
    assert chat.slot("ca_scale_now") == "3"
    assert tracker


def test_call_back_takes_a_number_and_reads_it_back(chat):
    reply = chat.texts("can someone call me back please")
    assert "reach you" in reply.lower() or "phone number" in reply.lower()
    assert chat.active_loop() == "contact_form"
    chat.say("07700 900456")
    chat.say("Mornings")
    reply = chat.texts("please don't leave a message, he might pick up")
    assert "07700 900456" in reply
    assert "no messages" in reply.lower()
    assert chat.active_loop() is None


def test_start_again_works_in_the_middle_of_a_form(chat):
    start_self_assessment(chat)
    chat.say("me")
    reply = chat.texts("start again")
    assert "started again" in reply.lower()
    assert chat.active_loop() is None
    healthy(chat)


@pytest.mark.parametrize("junk", ["", "😀😀", "<script>alert(1)</script>", "asdfghjkl",
                                  "x" * 3000, "Dzień dobry", "???", "/inform{\"about\": 7}"])
def test_junk_at_every_kind_of_question_never_breaks_the_conversation(chat, junk):
    start_self_assessment(chat)
    for _ in range(3):
        chat.say(junk)
    assert chat.active_loop() in ("self_assessment_form", None)
    healthy(chat, "/skip")
