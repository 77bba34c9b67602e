"""Talk about someone's life is listened to, not met with "did not understand": the
detectors in bot/life_talk.py, the own-words pieces in bot/own_words.py, and the
reflections they make in bot/listening.py. Fresh messages, typed the way people type."""
import pytest

from bot import listening
from bot.life_talk import (asks_if_this_is_the_right_place, offers_to_tell_more,
                           talks_about_their_life)
from bot.nlu.commands import is_goodbye
from bot.own_words import hardest_time_in, likes_in, missed_in, named_in
from reader_cases import told_apart


@pytest.mark.parametrize("reader, text, expected", [
    *told_apart(talks_about_their_life, [
        "me and my sister go to the chippy on a friday, its our thing",
        "i like horses and drawing",
        "she loves her cat more than anything",
        "our pete used to take me dancing every saturday, i havent been since",
        "im 79 and my legs arent what they were but i still get to church most weeks",
        "havent really got anyone these days, the neighbours moved away last year",
        "we watch the snooker together when he comes round",
        "my grandson comes on a tuesday and we do the crossword",
    ], [  # requests and short replies
        "lunch club near LS6", "what is respite", "start again", "hello", "ok", "yes please",
        "how do i complain", "find me a cleaner", "🙂🙂", "opening times?", "is it free",
    ]),
    *told_apart(offers_to_tell_more, [
        "ok i could tell you a bit more i suppose",
        "can i tell u about my dad",
        "yeah i'll tell you more",
        "i would like to talk about it",
        "alright then, i can say a bit about myself",
    ], [  # asking for a person or information
        "talk to a person", "i need to talk to someone", "can someone ring me",
        "tell me more about lunch clubs", "my son will tell you everything",
    ]),
    *told_apart(asks_if_this_is_the_right_place, [  # shy openings
        "hello dear, not sure if this is the right place to ask",
        "can i ask you something, its a bit personal",
        "i dont know if you can help but ill try",
        "is this the sort of thing u deal with, my neighbour",
        "wanted to ask about something but not sure who to go to",
        "sorry to bother you, im not sure if youre the right people to ask",
    ], [
        "where is the right place to park", "i want a job",
        "my mum is the sort of person who never asks",
    ]),
])
def test_what_each_reader_sees(reader, text, expected):
    assert bool(reader(text)) is expected


@pytest.mark.parametrize("text,who", [
    ("i just miss him so much", "him"),
    ("i really miss my husband, the house is so quiet", "your husband"),
    ("we miss our nan", "your nan"),
])
def test_who_they_miss_is_said_back(text, who):
    assert missed_in(text) == who
    line = listening.reflect(text).lines[0]
    assert f"miss {who}" in line and "What stopped it" not in " ".join(listening.reflect(text).lines)


@pytest.mark.parametrize("reader,text,said_back", [
    # the hardest time
    (hardest_time_in, "sundays are the worst", "Sundays"),
    (hardest_time_in, "the nights are the longest", "the nights"),
    (hardest_time_in, "evenings are hardest", "the evenings"),
    (hardest_time_in, "christmas was the loneliest", "Christmas"),
    # what they like, spelled right
    (likes_in, "i like animels. and lego", "animals and lego"),
    (likes_in, "i really like footbal", "football"),
    (likes_in, "i love my garden and my budgie", "your garden and your budgie"),
])
def test_the_hardest_time_and_what_they_like_are_said_back(reader, text, said_back):
    assert reader(text) == said_back


@pytest.mark.parametrize("text", ["i like it", "i like that idea", "i like to know why"])
def test_liking_nothing_in_particular_is_not_said_back(text):
    assert likes_in(text) is None


def test_a_named_place_is_said_back():
    assert named_in("dave did, and the darts team at the legion") == "the darts team"
    assert named_in("mostly my allotment tbh") == "your allotment"


@pytest.mark.parametrize("text", [
    "my husband went into hospital in may and never came home",
    "i talk to his picture every night",
    "since we lost him the house is empty",
])
def test_a_loss_told_without_died_is_grief(text):
    assert "grief" in listening.themes_in(text)


@pytest.mark.parametrize("text", [
    "i really need a break, just one weekend",
    "is there respite for me, im his only carer",
    "could i get a sitting service so i can go out one evening",
])
def test_a_carer_asking_for_a_break_hears_about_breaks_and_a_plan(text):
    heard = listening.reflect(text)
    said = " ".join(heard.lines).lower()
    assert "break" in said and "plan" in said and "call" in said
    assert any(b["payload"] == "/request_human" for b in heard.buttons)


@pytest.mark.parametrize("text", [
    "the alarm thing you wear round your neck",
    "can mum get one of them personal alarms",
    "is there a button he can press on his wrist if he falls",
])
def test_a_personal_alarm_described_is_telecare(text):
    heard = listening.reflect(text)
    assert heard.themes[0] == "telecare" and "personal alarm" in " ".join(heard.lines)


def test_life_talk_with_no_theme_is_said_back_with_ways_to_go_on():
    heard = listening.reflect("i like animels. and lego", telling=True)
    assert heard.lines[0] == "It is good to hear you like animals and lego."
    assert heard.lines[-1].endswith("?")
    assert {b["payload"] for b in heard.buttons} >= {"/start_self_assessment", "/request_human"}


def test_an_answer_to_our_own_question_is_recognised():
    assert listening.answers_our_question("Who or what used to bring you company?")
    assert not listening.answers_our_question("Which part would you like to change?")


@pytest.mark.parametrize("text", [
    "thanks for listening pet, ill maybe give them a ring. night night",
    "ok that helps, goodnight",
    "lovely, thank you. take care",
])
def test_goodbyes_inside_longer_messages(text):
    assert is_goodbye(text)


@pytest.mark.parametrize("text", ["i cant sleep at night", "they dont take care of her",
                                  "nights are the worst"])
def test_night_in_a_sentence_is_not_a_goodbye(text):
    assert not is_goodbye(text)


@pytest.mark.parametrize("text", [
    "no. stroke last year. now she need help wash every day",
    "my dad cant get dressed on his own any more",
    "she needs help with her meals and going to the toilet",
])
def test_everyday_care_is_heard_as_care_not_grief(text):
    assert listening.themes_in(text)[0] == "daily_care"
    assert not listening.tells_of_a_loss(text)


@pytest.mark.parametrize("text", ["my wife passed in march", "i just miss him",
                                  "nobody pops in these days"])
def test_a_loss_or_being_alone_is_what_the_grief_route_answers(text):
    assert listening.tells_of_a_loss(text)


@pytest.mark.parametrize("text,said", [
    ("im dying to get back to my aqua aerobics after my hip op", "get back to your aqua aerobics"),
    ("desperate to go swimming again", "go swimming"),
    ("cant wait to start my college course", "start your college course"),
])
def test_eager_wishes_are_said_back_as_theirs(text, said):
    assert said in listening.reflect(text).lines[0]


@pytest.mark.parametrize("text", [
    "i suppose so yes. i just want to talk to someone about it without him knowing",
    "honestly i really need to speak to somebody, its all got on top of me",
    "we would like to talk to a social worker about mum",
])
def test_a_person_asked_for_inside_a_longer_message(text):
    from bot.nlu.commands import WANTS_A_PERSON
    assert WANTS_A_PERSON.search(text)


def test_a_goal_said_back_never_ends_on_a_dangling_word():
    from bot.listening import goal_in
    goal = goal_in("i want a break. just one night where someone else looks after him")
    assert goal and goal.split()[-1] not in ("where", "just", "and", "the")
