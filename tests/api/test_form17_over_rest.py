"""Over REST (round seventeen, testers F and G): requests and answers inside the assessments.

- "can we stop a minute, i want to find a mens club near me" pauses the questions, searches,
  and offers the way back to the same question (it was kept as something to be proud of).
- A request for local help at the good-day or going-well question is never kept as the
  answer: the low mood met, the answer part kept, the search offered ("Look for it now");
  "going to the club on a tuesday is what keeps me going" is still the answer.
- "skip the rest. can someone just text me, i cant take calls at work" skips to the end and
  keeps "text only", never as the answer.
- "it is a worry tho!! ..." after "I have noted that you said this is not a worry": the note
  put right on the record and the hand-off, only the rest kept as the answer.
- "Jean" at mum's name, and "me Kasia. mama is Halina" at the carer's name, are taken.
- "I'd rather not say" at "Is anyone hurting you or taking your money?" is not a No.
- "how many questions is this" with the answer at "does your mum know?" is answered.
None of this asks for a person or depends on the team being at work, so the clock does not
matter (the direct question's reply is checked by words common to both times)."""
import pytest

from chat_client import Chat, handoff, records, titles_of as titles

pytestmark = pytest.mark.stack

SELF = ["/start_self_assessment", "/affirm", '/inform{"about": "self"}', "its ron",
        "staying in my house. and my son and the grandkids, they come sundays"]
LOOK_NOW = "Look for it now"


def at_good_day(stack, sender):
    return Chat(stack, sender, gateway=True).say_all(SELF)


# -- 1. a break from the questions for a search -------------------------------------------------

@pytest.mark.parametrize("words", [
    "can we stop a minute, i want to find a mens club near me",                  # the tester's
    "hang on a sec, is there a lunch club near me",
    "cud we stop a min n find me a knitting group",
])
def test_a_break_for_a_search_pauses_searches_and_goes_back(stack, sender, words):
    chat = at_good_day(stack, sender)
    replies = chat.say(words)
    said = "\n".join(m.get("text", "") for m in replies)
    assert "paused the questions" in said and "proud" not in said, said
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert "go back to the question we were on" in said and "Carry on" in titles(replies)
    assert chat.slot("sa_good_day") is None
    assert "good day" in chat.texts("carry on")                   # the same question again


# -- 2. a request at an open question ----------------------------------------------------------

GOOD_DAY_ASK = ("there arent many good days now to be honest. a good day used to be going down "
                "the club with maureen for the tea dance. actually is there a club or something "
                "round here for men my age, i could do with getting out")
GOING_WELL_ASK = ("not many good days. is there a club round here for older men, i could do "
                  "with getting out")


def test_the_testers_requests_at_good_day_and_going_well(stack, sender):
    chat = at_good_day(stack, sender)
    replies = chat.say(GOOD_DAY_ASK)
    said = "\n".join(m.get("text", "") for m in replies)
    assert "hard" in said, said                                      # the mood met
    assert LOOK_NOW in titles(replies) and "going well" in said
    assert "is there a club" not in (chat.slot("sa_good_day") or "")
    assert "tea dance" in chat.slot("sa_good_day")
    replies = chat.say(GOING_WELL_ASK)
    said = "\n".join(m.get("text", "") for m in replies)
    assert LOOK_NOW in titles(replies) and "proud" in said, said
    assert "club" not in (chat.slot("sa_working_well") or "")
    # the offer tapped: the questions pause for the search
    payload = [b["payload"] for m in replies for b in (m.get("buttons") or [])
               if b["title"] == LOOK_NOW][0]
    said = chat.texts(payload)
    assert "paused the questions" in said
    assert "action_search_directory" in chat.actions_after_last_user_message()
    assert "proud" in chat.texts("carry on")


@pytest.mark.parametrize("words", [
    "is there a lunch club near me?",
    "any mens sheds round here",
    "could u find me a walking group",
])
def test_a_request_alone_is_not_kept_and_the_question_comes_again(stack, sender, words):
    chat = at_good_day(stack, sender)
    replies = chat.say(words)
    said = "\n".join(m.get("text", "") for m in replies)
    assert "not kept that as your answer" in said and said.rstrip().endswith(
        "What does a good day look like for you?"), said
    assert LOOK_NOW in titles(replies)
    assert chat.slot("sa_good_day") is None


def test_the_look_alike_is_the_answer(stack, sender):
    chat = at_good_day(stack, sender)
    said = chat.texts("going to the club on a tuesday is what keeps me going")
    assert "going well" in said and LOOK_NOW not in said
    assert chat.slot("sa_good_day") == "going to the club on a tuesday is what keeps me going"


# -- 3. skip the rest, text only ---------------------------------------------------------------

def test_skip_the_rest_with_text_only(stack, sender):
    chat = at_good_day(stack, sender).say_all(["pottering in the garden", "skip"])
    said = chat.texts("skip the rest. can someone just text me, i cant take calls at work")
    assert "Text or email only" in said and "last questions" in said, said
    assert "I have kept that answer" not in said
    assert "text me" not in str(chat.slot("sa_proud_of")) + str(chat.slot("sa_good_at"))
    assert '"text_only": true' in (chat.slot("contact_safety") or "")


# -- 4. a worry put back -----------------------------------------------------------------------

def test_a_worry_put_back_after_not_a_worry(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(SELF[:4])
    first = chat.say("my garden. my son takes my pension every week and shouts at me")
    if not any(m.get("custom") for m in first):
        pytest.skip("the safety net did not answer this message")
    said = chat.texts("omg nobody is taking my money!! this bot is so jumpy")
    if "not a worry" not in said:
        pytest.skip("the denial was not read as a false alarm")
    said = chat.texts("it is a worry tho!! that is the reason im here. good day is pottering "
                      "in garden with radio on")
    assert "changed my note: this is a worry" in said, said
    assert chat.slot("sa_good_day") == "good day is pottering in garden with radio on"
    safety = records(sender, "safety")
    assert safety and "not_a_concern" not in safety[-1] and "put_back" in safety[-1]
    row = handoff(sender)
    assert row["reason"] == "safeguarding" and "IS a worry" in row["summary"]


# -- 5. names ----------------------------------------------------------------------------------

def test_jean_is_mums_name(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all([
        "hi need to sort help for my mum, shes got dementia", "ok yes", "Yes, they know and agree"])
    said = chat.texts("Jean")
    assert "did not catch a name" not in said and "Hello again" not in said, said
    assert chat.slot("preferred_name") == "Jean"


def test_two_names_at_the_carers_name(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(["/start_carer_assessment", "/affirm"])
    said = chat.texts("me Kasia. mama is Halina")
    assert "Kasia" in said and "Halina" in said and "did not catch" not in said, said
    assert chat.slot("preferred_name") == "Kasia"


# -- 6. "I'd rather not say" -------------------------------------------------------------------

def test_rather_not_say_at_the_direct_question_is_not_no(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all(SELF[:4] + [
        "well it was jean really. now i suppose just getting out the house and seeing people"])
    replies = chat.say("a cup of tea with someone and a walk to the shop if my legs let me")
    rather = [b for m in replies for b in (m.get("buttons") or [])
              if b["title"] == "I'd rather not say"]
    if not rather:
        pytest.skip("the safety net did not ask the direct question for this message")
    assert rather[0]["payload"] != "/deny"
    replies = chat.say(rather[0]["payload"])
    said = "\n".join(m.get("text", "") for m in replies)
    assert "You do not have to say" in said, said
    assert "If that changes, tell me at any time" not in said         # the No's words
    assert "Talk to someone now" in titles(replies)
    assert [r["answer"] for r in records(sender, "check_in_answer")] == [
        "rather not say"]


# -- 7. how many questions, at the first ask ---------------------------------------------------

def test_how_many_is_answered_at_does_your_mum_know(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all([
        "hi need to sort help for my mum, shes got dementia. im at work so quick pls", "ok yes"])
    said = chat.texts("sort of, she says shes fine but she isnt. how many questions is this")
    assert "more, and most are short" in said, said
    assert "name" in said                                          # and on to the next question
    assert "how many" not in str(chat.slot("on_behalf"))
