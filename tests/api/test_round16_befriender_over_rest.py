"""Round sixteen over REST (tester E, conversation 1, Pat in Bramley LS13, 70s, lives alone
since her husband died, uses a wheelchair): a befriender asked for after a results list is
looked for (never "You have not asked for a person yet", Samaritans or 999), the one that
comes to the home shown; "not the other side of leeds" is not a word left out and "anything
in the week?" keeps the swim and says it is not on weekdays; "whats a changing places
toilet" after the list is explained; "what questions? i only wanted a befriender who comes
to the house" leaves the questions and looks. Clock-free: no person is asked for."""
import pytest

from chat_client import Chat

pytestmark = pytest.mark.stack

LUNCH = "hiya is there anything like a lunch club round here, im in Bramley LS13"
SWIM = ("actually scrap the lunch thing, my sister says i should try swimming for my back "
        "but i use a wheelchair now. is there a pool that can do that")
BEFRIENDER = ("ok never mind swimming. is there anyone who could come and visit me for a chat, "
              "like a befriender? i live on my own since my husband went")
ALARM = ("have not asked for a person", "Samaritans", "116 123", "999")


def _no_alarm(said):
    for words in ALARM:
        assert words not in said


def test_round16_befriender_after_a_list_is_looked_for(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all([LUNCH])
    said = chat.texts(BEFRIENDER)
    _no_alarm(said)
    assert "It sounds lonely" in said
    assert "Home Visit Befrienders" in said
    assert "Phone Friends Befriending" not in said


@pytest.mark.parametrize("text", [
    "is there someone who can come round and sit with me for a bit, im on my own",
    "is there anybody who would come to my house for a chat",
    "are there any befrienders who come to the house",
])
def test_round16_a_visitor_asked_in_other_words_after_a_list(stack, sender, text):
    chat = Chat(stack, sender, gateway=True).say_all([LUNCH])
    said = chat.texts(text)
    _no_alarm(said)
    assert "Home Visit Befrienders" in said


def test_round16_is_anyone_coming_with_no_person_asked_still_says_so(stack, sender):
    # the look-alike: waiting for a person, no person asked for yet
    chat = Chat(stack, sender, gateway=True).say_all([LUNCH])
    said = chat.texts("is anyone coming")
    assert "Home Visit Befrienders" not in said


def test_round16_in_the_week_and_the_care_word(stack, sender):
    chat = Chat(stack, sender, gateway=True).say_all([LUNCH])
    chat.say(SWIM)
    said = chat.texts("saturdays are no good my son works. anything in the week? and i'll need "
                      "it near LS13 not the other side of leeds")
    assert "left out" not in said
    assert "Accessible Swim Session" in said and "not on weekdays" in said
    said = chat.texts("so nothing in the week then? whats a changing places toilet")
    assert "A bigger toilet for disabled people" in said
    assert "only on Saturdays" in said


def test_round16_a_befriender_instead_of_the_questions(stack, sender):
    chat = Chat(stack, sender, gateway=True)
    said = chat.texts("Talk about what is going on")
    assert "What matters most to you" in said
    said = chat.texts("what questions? i only wanted a befriender who comes to the house. "
                      "bramley LS13")
    assert "Here is the question again" not in said
    assert "Home Visit Befrienders" in said
    assert "What matters most to you" not in said
    assert chat.active_loop() is None


def test_round16_an_answer_at_the_question_is_still_kept(stack, sender):
    # the look-alike: an answer that names no kind of help is kept, the form goes on
    chat = Chat(stack, sender, gateway=True)
    chat.say("Talk about what is going on")
    said = chat.texts("i only want to be able to get out more, i miss my husband")
    assert "Home Visit Befrienders" not in said and "leave the questions" not in said
