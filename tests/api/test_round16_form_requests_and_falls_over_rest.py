"""Over REST (round sixteen, tester D conversation 1: Ron, a widower, in the self-assessment).

- A request for local help at "Is anyone hurting you or taking your money?" is never kept as
  No: it is offered ("Look for it now") and the question comes again.
- "can we stop this and just find me a bowls club near me please" at any question pauses the
  questions (answers kept, a way back) and runs the search; never kept as the answer.
- "hang on i didnt answer that, i asked about a bowls club. nobodys hurting me no" just after
  the No was kept: sorry, the No stands, the search offered, the same question again.
- "the stairs are getting hard and i had a wobble in the kitchen last week" (nothing about
  caring) is heard as a fall: never the carer's break script; a personal alarm offered.
The tester's exact words and fresh phrasings, with look-alikes that must not change. Out of
hours or in, none of this asks for a person, so the clock does not matter."""
import pytest

from chat_client import Chat, titles_of as titles

pytestmark = pytest.mark.stack

START = ["/start_self_assessment", "/affirm", '/inform{"about": "self"}', "its ron",
         "well it was jean really. now i suppose just getting out the house and seeing people"]
# The tester's message that raised the gentle question in the questions.
HINT = "a cup of tea with someone and a walk to the shop if my legs let me"
ABUSE_QUESTION = "Is anyone hurting you or taking your money?"
KEPT_AS_NO = "If that changes, tell me at any time."
LOOK_NOW = "Look for it now"


def at_the_abuse_question(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(START)
    if ABUSE_QUESTION not in chat.texts(HINT):
        pytest.skip("the safety net did not ask the direct question for this message")
    return chat


@pytest.mark.parametrize("request_words", [
    "is there a bowls club or something near me for old fellas on their own",   # the tester's
    "are there any lunch clubs round here?",
    "can you find me a walking group near me",
    "any mens sheds near me",
])
def test_a_request_at_the_abuse_question_is_not_kept_as_no(stack, sender, request_words):
    chat = at_the_abuse_question(stack, sender)
    replies = chat.say(request_words)
    said = "\n".join(m.get("text", "") for m in replies)
    assert KEPT_AS_NO not in said, said
    assert said.strip().endswith(ABUSE_QUESTION), said          # the question again
    assert LOOK_NOW in titles(replies), replies
    assert chat.slot("safety_check") is None
    assert chat.active_loop() == "self_assessment_form"


def test_the_offer_tapped_pauses_and_searches_and_carry_on_asks_again(stack, sender):
    chat = at_the_abuse_question(stack, sender)
    replies = chat.say("is there a bowls club or something near me for old fellas on their own")
    payload = [b["payload"] for m in replies for b in (m.get("buttons") or [])
               if b["title"] == LOOK_NOW][0]
    said = chat.texts(payload)
    assert "paused the questions" in said and "bowls club" in said, said
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert chat.active_loop() is None
    assert ABUSE_QUESTION in chat.texts("carry on")               # still not answered


@pytest.mark.parametrize("answer", ["no", "No", "nobody is hurting me", "im fine thanks"])
def test_a_no_at_the_abuse_question_is_still_a_no(stack, sender, answer):
    chat = at_the_abuse_question(stack, sender)
    said = chat.texts(answer)
    # (A No in words may first be met with "Sorry, I did not mean to worry you".)
    assert "going well" in said and ABUSE_QUESTION not in said, said
    assert chat.slot("safety_check") is not None


def test_talk_with_no_yes_or_no_is_asked_again(stack, sender):
    chat = at_the_abuse_question(stack, sender)
    said = chat.texts("my son comes round on a sunday with the grandkids")
    assert KEPT_AS_NO not in said and said.strip().endswith(ABUSE_QUESTION), said


@pytest.mark.parametrize("stop_words", [
    "can we stop this and just find me a bowls club near me please",            # the tester's
    "forget this, is there a lunch club near me",
    "no more questions, just look for a walking group near LS8",
    "leave this for now and look for a knitting group please",
])
def test_a_stop_with_a_search_pauses_the_questions_and_searches(stack, sender, stop_words):
    chat = Chat(stack, sender, gateway=True).say_all(START)     # at "what does a good day..."
    said = chat.texts(stop_words)
    assert "paused the questions" in said, said
    assert "proud" not in said and "good day" not in said, said
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert chat.active_loop() is None
    assert chat.slot("sa_good_day") is None, chat.slot("sa_good_day")
    assert "good day" in chat.texts("carry on")                  # the same question again


def test_a_stop_of_something_else_is_an_answer(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(START)
    said = chat.texts("i want to stop the pain in my legs and get out more")
    assert "paused the questions" not in said, said
    assert chat.active_loop() == "self_assessment_form"


@pytest.mark.parametrize("correction", [
    "hang on i didnt answer that, i asked about a bowls club. nobodys hurting me no",  # tester's
    "that wasnt my answer, i was asking about a lunch club. no one is hurting me",
    "wait i didnt say no, i asked for a walking group. nobody hurts me though",
])
def test_a_correction_after_the_no_keeps_the_no_and_offers_the_search(stack, sender,
                                                                      correction):
    chat = at_the_abuse_question(stack, sender)
    assert "going well" in chat.texts("no")
    replies = chat.say(correction)
    said = "\n".join(m.get("text", "") for m in replies)
    assert "Sorry, I got that wrong" in said, said
    assert LOOK_NOW in titles(replies), replies
    assert "going well" in said                                   # the same question again
    assert chat.slot("sa_working_well") is None


def test_a_correction_with_no_answer_in_it_asks_the_question_again(stack, sender):
    chat = at_the_abuse_question(stack, sender)
    assert "going well" in chat.texts("no")
    said = chat.texts("hang on, i didnt answer that")
    assert "Sorry, I got that wrong" in said and ABUSE_QUESTION in said, said


FALL = "the stairs are getting hard and i had a wobble in the kitchen last week"


@pytest.mark.parametrize("words", [
    FALL,                                                         # the tester's repro
    "tell you more i suppose. we used to go to the bowls club together but i havent been "
    "since the funeral. the stairs are getting hard and i had a wobble in the kitchen last week",
])
def test_a_wobble_is_heard_as_a_fall_not_caring(stack, sender, words):
    chat = Chat(stack, sender, gateway=True)
    replies = chat.say(words)
    said = "\n".join(m.get("text", "") for m in replies)
    assert "break from caring" not in said and "carer's assessment" not in said, said
    assert "nearly falling" in said and "personal alarm" in said, said
    assert "A personal alarm" in titles(replies)


def test_not_a_carer_with_a_near_fall_hears_the_fall(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("im not a carer love, its just me now. jean was the one who did "
                      "everything. i had a fall in the kitchen, well nearly")
    assert "I will not ask you about caring" in said and "nearly falling" in said, said


@pytest.mark.parametrize("words", [
    "my legs arent what they were and the stairs are a struggle",
    "im struggling with the stairs and had a tumble last month",
    "i had a wobble in the kitchen",
])
def test_fresh_words_for_a_fall_are_heard_as_a_fall(stack, sender, words):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts(words)
    assert "break from caring" not in said and "carer's assessment" not in said, said
    assert "did not understand" not in said, said
    assert "fall" in said, said


def test_a_carer_worn_out_still_gets_the_carers_words(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("im exhausted looking after my husband, its too much for me")
    assert "break" in said and "nearly falling" not in said, said
