"""Round sixteen, tester E, conversation 1 (Pat, 70s, LS13, lives alone, uses a wheelchair):
a befriender asked for after a results list got "You have not asked for a person yet" and
Samaritans; only a phone befriender was shown for "come and visit"; "not the other side of
leeds" was left out as a word; "anything in the week?" and "whats a changing places toilet"
were not answered; "what questions? i only wanted a befriender" got the question again."""
import pytest

from bot import crisis_care
from bot.directory.wanted_instead import wanted_help_instead
from bot.directory import followup, present
from bot.directory.exclusions import turned_down
from bot.directory.facets import WEEKDAYS, comes_to_you, narrow, read_days, read_facets
from bot.directory.service_summary import ServiceSummary


# ---- item 2: a visitor asked for is not "is someone coming?" ------------------------------

@pytest.mark.parametrize("text", [
    "is there anyone who could come and visit me for a chat, like a befriender? i live on my "
    "own since my husband went",
    "is there someone who can come round and sit with me",
    "is there anybody who would come to my house for a chat",
    "is there anyone who could pop round for a cuppa now and then",
    "are there any befrienders who come to the house",
])
def test_asking_for_a_visitor_is_not_waiting_for_a_person(text):
    assert crisis_care.waiting_kind(text) is None


@pytest.mark.parametrize("text", [
    "is anyone coming", "hello?? is anybody actually going to come", "is someone coming to my house",
    "will someone come", "is there anyone there",
])
def test_waiting_for_the_person_asked_for_is_still_read(text):
    assert crisis_care.waiting_kind(text) == "asks"


# ---- item 8: a befriender who comes to the home, first -------------------------------------

def card(name, description, access, miles):
    return ServiceSummary(id=name, name=name, keywords=["befriending", "lonely"],
                          description=description, accessibility=access,
                          distance_miles=miles, category="things_to_do")


PHONE = card("Phone Friends Befriending", "A volunteer rings you each week for a friendly chat.",
             "Phone. Text relay welcome.", 3.9)
HOME = card("Home Visit Befrienders", "A friendly volunteer visits you at home for a cup of "
            "tea and a chat.", "We come to your home.", 5.4)


@pytest.mark.parametrize("text", [
    "is there anyone who could come and visit me for a chat, like a befriender?",
    "a befriender who comes to the house",
    "someone to pop round and see me, a befriender",
    "a home visit befriender please",
    "what questions? i only wanted a befriender who comes to the house. bramley LS13",
])
def test_come_and_visit_asks_for_one_that_comes_to_the_home(text):
    wanted = read_facets(text)
    assert wanted.activity == "befriending" and wanted.at_home
    shown, alternatives = narrow([PHONE, HOME], wanted)
    assert shown == [HOME] and not alternatives


def test_a_befriender_alone_shows_both_and_help_at_home_is_not_a_visit():
    shown, _ = narrow([PHONE, HOME], read_facets("a befriender please"))
    assert shown == [PHONE, HOME]
    assert not read_facets("help at home with washing").at_home
    assert comes_to_you(HOME) and not comes_to_you(PHONE)


def test_a_phone_befriender_shown_for_a_visit_says_so():
    wanted = read_facets("someone to come and visit me")
    shown, alternatives = narrow([PHONE], wanted)
    assert shown == [PHONE] and alternatives
    assert present.NOTE_HOME in present.notes(PHONE, wanted)


# ---- item 9: where is not a thing; days turned down and in the week ------------------------

@pytest.mark.parametrize("text", [
    "saturdays are no good my son works. anything in the week? and i'll need it near LS13 "
    "not the other side of leeds",
    "nothing on the other side of town please", "not miles away", "not across the city",
])
def test_where_is_not_a_thing_left_out(text):
    assert turned_down(text) == ()


def test_a_thing_is_still_left_out():
    assert turned_down("no bingo, not the other side of leeds") == ("bingo",)


@pytest.mark.parametrize("text", [
    "saturdays are no good my son works. anything in the week?", "anything midweek",
    "is there one during the week", "swimming but not at the weekend", "so nothing in the week then?",
])
def test_in_the_week_is_weekdays(text):
    assert read_facets(text).days == frozenset(WEEKDAYS)


def test_a_day_turned_down_is_every_other_day():
    assert read_days("i cant do sundays") == frozenset({"MO", "TU", "WE", "TH", "FR", "SA"})
    assert present.days_words(read_days("i cant do sundays")) == "any day but Sundays"
    assert present.days_words(WEEKDAYS) == "weekdays"


@pytest.mark.parametrize("text", ["swimming on saturday", "anything at the weekend",
                                  "not in the week, weekends only"])
def test_days_asked_are_unchanged(text):
    assert "SA" in read_facets(text).days and "MO" not in read_facets(text).days


SWIM = {"id": "1", "name": "Accessible Swim Session", "days": ["SA"],
        "when": "Saturdays, 2pm to 3pm", "about": "A quiet swim.",
        "accessibility": "Wheelchair access to the pool side. Pool hoist and ramp. "
                         "Changing places toilet."}


def test_nothing_in_the_week_and_a_care_word_after_a_list_are_both_answered():
    reply, _ = followup.answer("so nothing in the week then? whats a changing places toilet",
                               [SWIM])
    assert "It is only on Saturdays." in reply and "weekdays" in reply
    assert "A bigger toilet for disabled people" in reply


@pytest.mark.parametrize("text", ["whats a changing places toilet",
                                  "what does changing places mean",
                                  "wots a changing places toilet?"])
def test_a_care_word_after_a_list_is_explained(text):
    reply, _ = followup.answer(text, [SWIM])
    assert reply.startswith("Changing Places toilet: A bigger toilet")


def test_a_question_about_the_toilet_is_still_about_the_place():
    reply, _ = followup.answer("is there a changing places toilet", [SWIM])
    assert "Getting in:" in reply and "A bigger toilet" not in reply


# ---- item 10: local help wanted instead of the questions -----------------------------------

@pytest.mark.parametrize("text", [
    "what questions? i only wanted a befriender who comes to the house. bramley LS13",
    "all i wanted was someone to visit me at home",
    "i was only after a swimming session for wheelchair users",
    "what questions, i just want someone to pop round for a chat",
    "i dont want questions i only want a lunch club",
])
def test_help_wanted_instead_of_the_questions(text):
    assert wanted_help_instead(text)


@pytest.mark.parametrize("text", [
    "i only want to be able to get out more", "i just want my mum to be safe",
    "i wanted to go swimming but cant anymore", "i just want a lunch club near me",
    "what questions?", "all i want is to sleep",
])
def test_an_answer_is_not_help_wanted_instead(text):
    assert not wanted_help_instead(text)
