"""Bad input gets a clear, kind answer over the REST channel, and loses nothing already said."""
import pytest

from chat_client import Chat

pytestmark = pytest.mark.stack


ODD = {"empty": "", "spaces": "   ", "emoji": "👍👍👍", "one emoji": "🙂",
       "script": "<script>alert('hi')</script>", "html": "<b>help</b>",
       "keyboard mash": "asdfghjkl qwerty", "very long": "x" * 3000, "punctuation": "?!?!",
       "digits": "12345"}


@pytest.mark.parametrize("message", list(ODD.values()), ids=list(ODD))
def test_odd_messages_get_a_kind_answer(chat, message):
    replies = chat.say(message)
    assert replies, "the bot must always answer"
    text = " ".join(r.get("text", "") for r in replies)
    assert text.strip()
    assert "<script>" not in text
    assert "action_crisis_support" not in chat.actions_after_last_user_message()


@pytest.mark.parametrize("message", [
    "Dzień dobry, potrzebuję pomocy dla mojej matki",
    "مجھے اپنی ماں کے لیے مدد چاہیے",
])
def test_another_language_gets_a_number_and_an_interpreter(chat, message):
    reply = chat.texts(message)
    assert "interpreter" in reply
    assert "English" in reply


@pytest.mark.parametrize("message, own_word", [
    ("shwmae, oes rhywun yn siarad cymraeg?", "gyfieithydd"),   # written in Welsh
    ("do you speak polish?", "tłumacza"),                       # names the language
    ("Urdu please", "ترجمان"),
    ("polski?", "tłumacza"),
])
def test_a_language_asked_for_gets_the_interpreter_in_it(chat, message, own_word):
    reply = chat.texts(message)
    assert own_word in reply and "interpreter" in reply
    assert "did not understand" not in reply


def test_bad_input_in_a_form_loses_nothing(chat):
    chat.say("I'd like to do a self-assessment")
    chat.say("yes")
    chat.say('/inform{"about": "self"}')
    chat.say("Pat")
    assert chat.slot("preferred_name") == "Pat"
    asked = chat.slot("requested_slot")
    for message in ("", "👍", "what does reablement mean?"):
        replies = chat.say(message)
        assert replies
    assert chat.slot("preferred_name") == "Pat"
    assert chat.slot("consent_given") is True
    assert chat.active_loop() == "self_assessment_form"
    assert chat.slot("requested_slot") == asked


@pytest.mark.parametrize("wish, kept_back", [
    ("can you use easier words please", "easy words"),
    ("do you speak polish?", "tłumacza"),
])
def test_a_wish_said_at_a_question_is_answered_and_the_question_kept(chat, wish, kept_back):
    chat.say("I'd like to do a self-assessment")
    chat.say("yes")
    chat.say('/inform{"about": "self"}')
    chat.say("Pat")
    asked = chat.slot("requested_slot")
    replies = chat.say(wish)
    said = " ".join(r.get("text") or "" for r in replies)
    assert kept_back in said
    assert chat.slot(asked) is None                      # not kept as the answer
    assert chat.slot("requested_slot") == asked          # the same question again
    assert chat.active_loop() == "self_assessment_form"
    if "easier" in wish:
        assert {"type": "easy_read", "on": True} in [r.get("custom") for r in replies]
        assert "What is important to you?" in said          # asked again in easy read


def test_a_wrong_postcode_is_explained_and_help_still_given(chat):
    reply = chat.texts("lunch clubs near ZZ99 9ZZ")
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert "postcode" in reply.lower()
    assert chat.slot("service_category") == "things_to_do"


def test_stop_leaves_the_form_and_shows_the_menu(chat):
    chat.say("I'd like to do a self-assessment")
    reply = chat.say("stop")
    assert chat.active_loop() is None
    assert any(r.get("buttons") for r in reply)


def test_pause_gives_a_code_that_carries_on_in_a_new_conversation(stack, chat, sender):
    chat.say("I'd like to do a self-assessment")
    chat.say("yes")
    chat.say('/inform{"about": "self"}')
    chat.say("Sam")
    chat.say("pause")
    code = chat.slot("resume_code")
    assert code
    other = Chat(stack, sender + "-telegram")
    reply = other.texts(f"carry on {code}")
    assert other.active_loop() == "self_assessment_form"
    assert other.slot("preferred_name") == "Sam"
    assert reply


def test_fallback_offers_the_main_options(chat):
    replies = chat.say("flurb wibble zonk")
    assert any(len(r.get("buttons") or []) >= 5 for r in replies)
