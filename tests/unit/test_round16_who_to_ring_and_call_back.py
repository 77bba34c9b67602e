"""Round sixteen (tester E): after harm to someone else was told, who to ring now is said in
words; questions about the person typing stop when they say no; worried words are no call
time; a yes to the bot's own call-back offer is a call back; "i dont want to wake him" is no
alarm; the abuse question is asked about the nan the message is about."""
import pytest

from actions.form_engine import read_contact
from actions.safety import family_member_in
from bot.answers import who_to_ring
from bot.call_times import without_said_already
from bot.nlu.commands import says_yes_to_a_call_back
from bot.safety import responses
from bot.safety.engine import assess


@pytest.mark.parametrize("text", [
    "is that it? shes covered in bruises and starving and the carer is lying in the book. "
    "who do i tell",
    "no i dont want to answer questions about me. is there anyone i can ring tonight about nan",
    "who should i ring about this", "what number do i call", "where do i report it",
    "can i call someone tonight", "who am i supposed to tell about my dad"])
def test_who_to_tell_is_found(text):
    assert who_to_ring.asks_who_to_tell(text)


@pytest.mark.parametrize("text", ["who do you think i am", "who did you tell",
                                  "is there anyone who can help with shopping",
                                  "who is the team", "/request_human"])
def test_other_who_questions_are_not(text):
    assert not who_to_ring.asks_who_to_tell(text)


@pytest.mark.parametrize("text", [
    "monday?? shes on her own with that woman all weekend. my number is 07700 900871",
    "i cant wait till monday", "she cant be left till monday", "hes left alone all weekend",
    "she is with that carer all weekend!"])
def test_too_long_to_wait_is_found(text):
    assert who_to_ring.cannot_wait(text)


@pytest.mark.parametrize("text", ["is it open monday?", "we went away all weekend",
                                  "monday is fine", "monday mornings"])
def test_a_day_named_is_not_a_fear(text):
    assert not who_to_ring.cannot_wait(text)


@pytest.mark.parametrize("text", [
    "no i dont want to answer questions about me. is there anyone i can ring tonight about nan",
    "forget this im going round there", "its not about me, its about my nan",
    "i dont want to do an assessment for myself", "this isnt for me",
    "i wont answer any more questions about me"])
def test_no_questions_about_me_is_found(text):
    assert who_to_ring.refuses_own_questions(text)


@pytest.mark.parametrize("text", ["its about me as well", "i dont want to answer that",
                                  "please dont forget this", "tell me about me time",
                                  "she means the world to me"])
def test_other_refusals_and_mentions_of_me_are_not(text):
    assert not who_to_ring.refuses_own_questions(text)


def test_going_round_there_is_found_and_a_trip_is_not():
    assert who_to_ring.going_there("forget this im going round there")
    assert who_to_ring.going_there("ok im heading over now")
    assert not who_to_ring.going_there("i go round there on sundays for tea")


def test_ring_now_names_the_team_open_now_and_999():
    closed = who_to_ring.ring_now_lines(False, "0300 123 4569", "0300 123 4568")
    assert "0300 123 4569" in closed[0] and "tonight and this weekend" in closed[0]
    assert closed[-1] == who_to_ring.DANGER_NOW
    opened = who_to_ring.ring_now_lines(True, "0300 123 4569", "0300 123 4568", passed_on=True)
    assert "0300 123 4568" in opened[0] and who_to_ring.PASSED_ON in opened
    waiting = who_to_ring.ring_now_lines(False, "0300 123 4569", "0300 123 4568",
                                         waiting_too_long=True)
    assert waiting[0].startswith("You do not have to wait for Monday")


@pytest.mark.parametrize("said, kept", [
    ("i told you, after 1", "after 1"), ("I already said, mornings", "mornings"),
    ("like i said after 2pm", "after 2pm"), ("as i said before, any time after 3",
                                             "any time after 3"),
    ("i told you that already - after 1pm", "after 1pm"),
    ("afternoons", "afternoons"), ("i told you", "i told you"),
    ("said after 4 please", "said after 4 please")])
def test_the_call_time_without_i_told_you(said, kept):
    assert without_said_already(said) == kept


def test_worried_words_are_no_call_time_but_a_time_with_the_number_is():
    worried = read_contact("contact_details", "monday?? shes on her own with that woman all "
                                              "weekend. my number is 07700 900871")
    assert "07700 900871" in worried.slots["contact_details"]
    assert "contact_time" not in worried.slots
    for text in ("07700 900412 best after 1 when hes had his lunch and a nap. dont ring before "
                 "10 hes often still asleep and i dont want to wake him",
                 "07700 900412, after 2 is best"):
        reading = read_contact("contact_details", text)
        assert "07700 900412" in reading.slots["contact_details"]
        assert "after" in reading.slots["contact_time"]
    assert read_contact("contact_details", "07700 900412 monday").slots["contact_time"]


@pytest.mark.parametrize("text", [
    "yes please a call back would be great. its so hard to get 5 mins though, the smoke alarm "
    "went off earlier cos i burnt the tea while i was sorting his tablets lol",
    "no i dont want alarms i want the call back about a break. i said yes",
    "yeah a call back please", "ok yes the call back", "Yes please, call back would help",
    "i would like a call back about respite"])
def test_a_yes_to_a_call_back_is_a_call_back(text):
    assert says_yes_to_a_call_back(text, "find_service")


@pytest.mark.parametrize("text", ["i dont want a call back", "i want the call back cancelled",
                                  "i want the call back after 2pm", "what is a call back",
                                  "will the call back be monday", "no call back thanks"])
def test_a_call_back_talked_about_is_not(text):
    assert not says_yes_to_a_call_back(text, "find_service")


@pytest.mark.parametrize("text", [
    "07700 900412 best after 1 when hes had his lunch and a nap. dont ring before 10 hes "
    "often still asleep and i dont want to wake him",
    "not before 9 please i dont want to wake my husband",
    "call in the afternoon, i do not want to disturb her while she naps",
    "dont ring early, dont wanna wake the baby"])
def test_not_waking_the_person_cared_for_is_no_alarm(text):
    assert assess(text).tier == "none"


@pytest.mark.parametrize("text", ["i cant wake him up", "he wont wake up and hes breathing funny",
                                  "i dont want to wake him but he looks grey and wont respond"])
def test_someone_who_will_not_wake_is_still_an_emergency(text):
    assert assess(text).tier != "none"


def test_the_abuse_question_is_asked_about_the_nan_named():
    text = ("hello. i wanted to ask something about my nan. shes 88 and has a lady come in 3 "
            "times a day from an agency")
    assert family_member_in(text) == "nan"
    question, _ = responses.check_in_question("abuse_organisational", about="nan")
    assert question == "Is anyone hurting your nan, or taking money from them?"
    assert family_member_in("im worried about my mum, her neighbour keeps borrowing money") \
        == "mum"
    assert family_member_in("my dad has carers and they shout at him") == "dad"
    for own in ("my son takes my money", "my partner controls everything",
                "my dad takes my benefits", "someone is taking money"):
        assert family_member_in(own) is None
    assert responses.check_in_question("safeguarding")[0] == \
        "Is anyone hurting you or taking your money?"


def test_the_nan_is_not_mixed_with_the_person_typing_and_her_name_is_kept():
    from bot.answers.handoff_story import story_lines

    lines = story_lines(["hello. i wanted to ask something about my nan. shes 88 and has a lady "
                         "come in 3 times a day from an agency",
                         "im Jade but its about my nan Rita. the carer they send, shes stopped "
                         "really doing anything"], {"preferred_name": "Jade"})
    assert "Name: Jade (the person typing)." in lines
    assert "Age: 88." not in lines
    assert "About their nan: Rita, aged 88." in lines
    assert "About their dad: Tom, aged 80." in story_lines(["my dad is called tom, hes 80"])
    assert "About their mum: aged 91." in story_lines(["my mum is 91"])
    # Look-alikes: their own age stays theirs; "my nan says" names nobody.
    assert story_lines(["im 19 and i want a job"])[0] == "Age: 19."
    assert not any(line.startswith("About their") for line in story_lines(["my nan says hi"]))


@pytest.mark.parametrize("text, denies", [
    ("i dont really do the caring the agency does. but theres no food in her fridge", True),
    ("i dont do any caring, the carers do it", True),
    ("i do not actually do the caring", True),
    ("i dont do the caring at weekends", False), ("i dont do the caring on my own", False),
    ("i do the caring", False)])
def test_the_agency_does_the_caring_is_not_a_carer(text, denies):
    from bot.answers.not_a_carer import denies_being_a_carer

    assert denies_being_a_carer(text) is denies
