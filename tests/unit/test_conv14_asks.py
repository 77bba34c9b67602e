"""Round 13's breaks still open in round 14 (issue 15), read by meaning, each with fresh
phrasings and the look-alike that must not change:

- a question about which care worker comes or when the carers visit is not a call time
  (bot/answers/who_comes.py);
- a request for a person taken back ("cancel that person thing") (bot/answers/withdraw.py);
- an interpreter asked for a family member in Urdu script or Roman Urdu
  (bot/answers/interpreter_for.py, bot/interpreter_words.py);
- a question about a shown place the directory cannot answer ("are the tables high enough")
  (bot/directory/followup.py);
- "what does plan for a good life mean?" (bot/answers/our_options.py).
"""
from __future__ import annotations

import pytest

from bot.answers.call_change import NEW_TIME, change_kind
from bot.answers.interpreter_for import interpreter_for
from bot.answers.our_options import option_asked
from bot.answers.who_comes import asks_about_care_visits, reply, staff_note
from bot.answers.withdraw import withdraws_request
from bot.directory import followup
from bot.interpreter_words import for_family_in_their_language
from bot.language import field_by_language


# --- who comes, not when to ring ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "can asha do my wednesday and friday teas instead of tracey while its looked at",
    "could the carers come after 10 instead of 8",
    "can i have a different carer on fridays, not tracey",
    "any chance the tea visit could be a bit later",
    "can the lunch call be moved to 1pm pls",
])
def test_a_question_about_the_care_visits_is_not_a_call_time(text):
    assert asks_about_care_visits(text)
    assert change_kind(text) is None


@pytest.mark.parametrize("text", [
    "can you ring me after 10 instead", "best time to ring me is any morning after 10 please",
    "no make it thursday afternoon", "can they ring me wednesday instead",
])
def test_a_new_call_time_is_still_a_call_time(text):
    assert not asks_about_care_visits(text)
    assert change_kind(text) == NEW_TIME


@pytest.mark.parametrize("text", [
    "are there any carers near LS8 who speak urdu", "can i find carers for my mum",
    "help for carers", "the carers come at 8 and stay till half 10",
    "is there a carers group on fridays",
    "i want urdu interpreter for my father when you visit him, not for me",
    "can the social worker visit my mum next week",
    "will you visit him at home or do we come in",
])
def test_a_search_or_a_story_about_carers_is_not_a_care_visit_question(text):
    assert not asks_about_care_visits(text)


def test_the_care_visit_reply_is_honest_and_noted():
    said = " ".join(reply(True, True))
    assert "care agency" in said and "same as before" in said
    assert "Would you like a call back" in " ".join(reply(False, False))
    assert "tracey" in staff_note("can asha do my teas instead of tracey")


# --- a request for a person taken back ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "cancel that person thing, I dont need anyone to join. bye",
    "i dont need someone to talk to me now, cancel it",
    "forget the call back, my son sorted it",
    "actually cancel the request for a person please",
    "no need for anyone to join, ta",
    "you can call off the person, im fine now",
    "dont need the person now thanks",
])
def test_taking_back_a_request_for_a_person(text):
    assert withdraws_request(text)


@pytest.mark.parametrize("text", [
    "cancel", "cancel the survey", "i dont need anyone, i manage on my own",
    "cancel my carers tomorrow", "i dont want to talk to a person yet, can i just look",
    "stop the questions", "i dont want the person to see this", "Talk to a person",
])
def test_look_alikes_do_not_take_back_a_request(text):
    assert not withdraws_request(text)


# --- the interpreter is for a family member, in Urdu or Roman Urdu -------------------------

@pytest.mark.parametrize("text, who", [
    ("میرے والد کے لیے اردو ترجمان چاہیے، میرے لیے نہیں", "father"),
    ("ابو کے لئے ترجمان چاہیے", "father"),
    ("میری امی کو ترجمان چاہیے جب آپ گھر آئیں", "mother"),
    ("abbu ke liye urdu interpreter chahiye, mere liye nahi", "father"),
    ("mere abbu ko tarjuman chahiye jab aap ghar aayen", "father"),
    ("ammi k liye translator chahiye plz", "mother"),
    ("my dad fell last month and now he cant do the stairs. he needs a punjabi interpreter "
     "when you come", "dad"),
    ("my mum is 84, she will need a polish translator", "mum"),
])
def test_an_interpreter_for_a_family_member_in_urdu(text, who):
    assert interpreter_for(text) == who


@pytest.mark.parametrize("text", [
    "mujhe urdu interpreter chahiye", "مجھے ترجمان چاہیے", "abbu ko dard hai",
    "ابو کے لیے دوائی چاہیے", "my mum only speaks urdu",
    "my dad fell and i need an interpreter", "he needs an interpreter",
])
def test_an_interpreter_for_the_typist_or_no_interpreter_is_not_for_them(text):
    assert interpreter_for(text) is None


def test_the_urdu_line_says_it_is_for_the_family_member_with_the_number():
    line = for_family_in_their_language("abbu ke liye interpreter chahiye", "0300 123 4567",
                                        booked=False)
    assert line and "0300 123 4567" in line and "ترجمان" in line and "گھر والے" in line
    assert for_family_in_their_language("abbu ke liye interpreter chahiye", "0300", True)
    # never for English
    assert for_family_in_their_language("interpreter for my dad please", "0300", False) is None


def test_family_lines_are_only_where_written_and_carry_the_number():
    for line in field_by_language("interpreter_for_family_line").values():
        assert "{phone}" in line


# --- what the directory cannot say about a place -----------------------------------------

ART = [{"id": "1", "name": "Community Art Class", "about": "Paint and draw with others.",
        "when": "Fridays, 10am to midday", "days": ["FR"], "cost": "£2.50",
        "accessibility": "Step-free access.", "phone": "0113 496 0131", "email": "a@e.org"}]


@pytest.mark.parametrize("text", [
    "do you know if the tables are high enough to get my chair under?",
    "can i bring my carer with me",
    "do i need to book or can i just turn up",
    "is the food halal there?",
])
def test_a_question_the_directory_cannot_answer_says_so_with_their_number(text):
    assert followup.is_follow_up(text, ART)
    said, _ = followup.answer(text, ART)
    assert followup.UNKNOWN in said and "0113 496 0131" in said
    assert "Yes, it is on Fridays" not in said


def test_a_question_it_can_answer_is_answered_from_the_record():
    said, _ = followup.answer("is it on a friday", ART)
    assert "Yes, it is on Fridays." in said and followup.UNKNOWN not in said


# --- our own menu options ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "what does plan for a good life mean?",
    "and you never said what the plan for a good life thing was",
    "whats plan for a good life", "wat is plan for a good life??",
    "what happens in plan for a good life",
])
def test_what_plan_for_a_good_life_means(text):
    assert option_asked(text) == "good_life"


@pytest.mark.parametrize("text", ["Plan for a good life", "i want to plan for a good life",
                                  "i had a good life with jean"])
def test_starting_it_or_talk_of_a_good_life_is_not_a_question_about_it(text):
    assert option_asked(text) is None


# --- "in normal english what does <a long quote> mean for me" ------------------------------

from bot.answers.said_to_bot import process_questions  # noqa: E402
from bot.easy_read_request import asks_what_it_means_plainly, easy_read_wish  # noqa: E402


@pytest.mark.parametrize("text", [
    'in normal english what does "your eligible needs will be met via a managed personal '
    'budget" mean for me',
    'in plain english what is this letter saying: "you have been assessed as having eligible '
    'needs under the care act and a personal budget"',
    "what does that mean in plain english",
])
def test_a_long_quote_asked_in_plain_words_is_a_question_not_a_switch(text):
    assert asks_what_it_means_plainly(text) and easy_read_wish(text) is None


@pytest.mark.parametrize("text, wish", [
    ("can you talk in normal english please", False), ("back to normal words", False),
    ("use easy read please", True),
])
def test_the_switch_itself_still_switches(text, wish):
    assert easy_read_wish(text) is wish


# --- how long, in a hurry -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "how long it take? i must go school 3 oclock",
    "how many questions is it, i have to go and get the kids from school at 3",
    "how long this take, bus in 10 min",
    "how many more questions",
])
def test_how_long_in_a_hurry_is_a_process_question(text):
    assert process_questions(text) == ["how_long"]


def test_how_long_about_their_life_is_not():
    assert process_questions("how long has he had dementia") == []
    assert process_questions("how long it has been since she died") == []


def test_a_survey_named_stays_the_survey():
    from bot.nlu.commands import about_the_conversation
    assert about_the_conversation("how long it take? i must go school 3 oclock", "give_feedback")
    assert not about_the_conversation("how long does the survey take", "give_feedback")


# --- "how do i get a new bus pass, ive lost mine" -------------------------------------------

from bot.directory.needs import search_request  # noqa: E402


@pytest.mark.parametrize("text", [
    "how do i get a new bus pass, ive lost mine", "ive lost my bus pass",
    "how can my mum get a blue badge", "where do i get a walking frame",
])
def test_how_do_i_get_a_thing_the_directory_holds_is_a_search(text):
    assert search_request(text)


@pytest.mark.parametrize("text", [
    "how do i get him to eat", "how do i get over losing her", "my nan is lonely",
])
def test_how_do_i_get_through_something_is_not(text):
    assert search_request(text) is None


def test_a_cancelled_call_back_is_named_as_a_call_back():
    from bot.answers.withdraw import withdrawn
    assert "call back" in withdrawn("UWX-7X7", call_back=True)
    assert "request for a person" in withdrawn("UWX-7X7")


@pytest.mark.parametrize("text", [
    "i want to do the carers assessment", "can i have a carer's assessment please",
    "could i get carers allowance", "id like to join a carers group",
])
def test_help_for_the_carer_is_not_a_question_about_care_visits(text):
    from bot.answers.who_comes import asks_about_care_visits
    assert not asks_about_care_visits(text)


@pytest.mark.parametrize("text", [
    "is it on a friday? i can only do fridays", "i could really do with a proper break",
    "i can just do mornings", "we could never do tuesdays", "she can still do her own tea",
])
def test_what_a_person_can_do_is_not_a_question_about_care_visits(text):
    from bot.answers.who_comes import asks_about_care_visits
    assert not asks_about_care_visits(text)


@pytest.mark.parametrize("text", [
    "can asha do my wednesday and friday teas instead of tracey",
    "could maria do the morning calls", "can the carers come after 10 instead",
])
def test_who_comes_is_still_a_question_about_care_visits(text):
    from bot.answers.who_comes import asks_about_care_visits
    assert asks_about_care_visits(text)
