"""Round 11: the contact step read what was said, not the first thing that looked like it.

A time ruled out was booked ("im at work tomorrow 9 till 1 so not then" → "ring you today
between 9am and 1pm"); a number put right in the same message kept the wrong one; "its
about dads letter, ring me after 2" was saved as "by letter"."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot import call_times
from bot.answers.contact import parse_contact

LONDON = ZoneInfo("Europe/London")
THURSDAY_MORNING = datetime(2026, 11, 26, 8, 0, tzinfo=LONDON)


@pytest.mark.parametrize("said", [
    "im at work tomorrow 9 till 1 so not then",
    "i cant do 9 till 1",
    "any time except 9 till 1",
    "9 till 1 is no good",
    "im at work 9 till 1",
    "not between 9 and 1 please",
    "9 till 1 wont work for me, thats when im at work",
])
def test_a_time_ruled_out_is_never_the_time_booked(said):
    best = parse_contact(said).best_time
    assert best and best.startswith(("not", "any time not")), best
    start, end = call_times.window(best)
    assert start >= call_times.time(13) or end <= call_times.time(9), (best, start, end)
    promise = call_times.promise(best, True, THURSDAY_MORNING)
    assert "9am" not in promise and "between 9" not in promise, promise


@pytest.mark.parametrize("said, not_in", [
    ("i cant do mornings", "before midday"),
    ("mornings are no good", "before midday"),
    ("thursday afternoon is no good", "after midday"),
])
def test_a_part_of_the_day_ruled_out_is_left_out(said, not_in):
    best = parse_contact(said).best_time
    assert best.lower().startswith("not"), best
    promise = call_times.promise(best, True, THURSDAY_MORNING)
    assert not_in not in promise and "cannot ring" not in promise, promise


@pytest.mark.parametrize("said, best", [
    ("after 2", "after 2"),
    ("tuesday mornings", "Tuesday mornings"),
    ("mornings, not before 10", "mornings not before 10"),
    ("after 3pm on weekdays", "after 3pm weekdays"),
])
def test_a_time_asked_for_is_kept_as_said(said, best):
    assert parse_contact(said).best_time == best


def test_tomorrow_is_never_booked_for_today():
    promise = call_times.promise("tomorrow 9 till 1", True, THURSDAY_MORNING)
    assert "tomorrow between 9am and 1pm" in promise and "today" not in promise


@pytest.mark.parametrize("said, phone", [
    ("0113 496 0781 thats the house phone. oh no hang on, its 0113 496 0718, i always get "
     "them two mixed up", "0113 496 0718"),
    ("07700 900461 sorry i mean 07700 900416", "07700 900416"),
    ("its 07700 900461, no wait, 07700 900462", "07700 900462"),
    ("0113 496 0781 actually 0113 496 0718 is better", "0113 496 0718"),
    # two numbers with nothing put right: the first is kept
    ("mobile 07700 900461 or the landline 0113 496 0781", "07700 900461"),
])
def test_a_number_put_right_keeps_the_last_one(said, phone):
    assert parse_contact(said).phone == phone


@pytest.mark.parametrize("said", [
    "its about dads letter, ring me after 2",
    "ive had a letter from the council, can you ring me on 07700 900127",
    "the letter says he has eligible needs. ring me after 2",
    "can someone ring me and go through dad's letter",
])
def test_a_letter_talked_about_is_not_a_letter_asked_for(said):
    assert not parse_contact(said).by_letter


@pytest.mark.parametrize("said", [
    "send me a letter please", "a letter in a plain envelope", "by letter", "letter please",
    "write to me at 14 Larch Grove, Leeds LS8 3PQ", "can i have a letter instead",
    "i would rather have a letter", "post it to me", "a letter",
])
def test_a_letter_asked_for_is_still_by_letter(said):
    assert parse_contact(said).by_letter


# ---- a question asked back at a contact question -------------------------------------------

from actions.form_engine import read_answer  # noqa: E402
from bot import callback_words  # noqa: E402
from bot import form_slots as fs  # noqa: E402
from bot.answers import contact_step_questions  # noqa: E402
from bot.answers.call_change import NEW_TIME, WRONG_NUMBER, WRONG_TIME, change_kind, changes_the_call  # noqa: E402
from fake_tracker import FakeTracker  # noqa: E402

QUESTIONS_BACK = ["wot dose reach meen", "what does reach mean?", "whats reach", "meaning?",
                  "i dont understand", "why do you need my number", "why do u want it",
                  "what do you need it for", "who will ring me?", "whos ringing me",
                  "who is going to call"]


@pytest.mark.parametrize("slot, kind", [("contact_time", fs.BEST_TIME),
                                        ("contact_details", fs.CONTACT),
                                        ("contact_safety", fs.SAFE_CONTACT)])
@pytest.mark.parametrize("said", QUESTIONS_BACK)
def test_a_question_at_a_contact_question_is_answered_never_kept(slot, kind, said):
    reading = read_answer(slot, kind, said, FakeTracker())
    assert reading.slots.get(slot) is None
    assert reading.say in contact_step_questions.all_texts().values()


@pytest.mark.parametrize("said", ["mornings", "after 2?", "can they ring after 2?", "any time",
                                  "weekday mornings before 11"])
def test_a_time_is_still_the_answer(said):
    assert read_answer("contact_time", fs.BEST_TIME, said, FakeTracker()).slots["contact_time"]


# ---- a booked call put right ------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "change it to after 2pm", "no make it thursday afternoon", "actually after 2 is better",
    "no!! NOT 9 till 1, thats when im at work. ring after 2, or any evening after 7",
    "did you get that? the call time is wrong. after 2pm please",
    "thats the wrong time, i cant take calls at work. change it to after 2pm",
    "can they ring after 2 instead",
])
def test_a_new_call_time_is_read_as_a_change(said):
    assert change_kind(said) == NEW_TIME


@pytest.mark.parametrize("said", [
    "thats the wrong number love, i said 0718 at the end not 0781",
    "change my phone number to 0113 496 0718 please", "the number is wrong",
    "thats not my number", "you got it wrong, it should be 07700 900462",
])
def test_a_wrong_number_is_read_as_a_change(said):
    assert change_kind(said) == WRONG_NUMBER and changes_the_call(said)


@pytest.mark.parametrize("said", [
    "mornings", "after 2", "i go to the lunch club on thursday afternoon",
    "no i dont go out in the evenings", "my son rings me most evenings", "no, not really",
])
def test_an_answer_is_not_a_change(said):
    assert change_kind(said) is None


@pytest.mark.parametrize("said", ["the call time is wrong", "thats the wrong time",
                                  "i cant take calls then", "that time is no good"])
def test_a_time_said_to_be_wrong_with_no_new_time_is_asked_again(said):
    assert change_kind(said) == WRONG_TIME and changes_the_call(said)


def test_a_change_after_a_search_is_left_to_the_model_unless_it_names_the_call():
    assert not changes_the_call("no make it thursday afternoon")
    assert changes_the_call("change it to after 2pm")
    assert change_kind("i cant make it thursday afternoon") is None


# ---- the promise follows the way they asked to be reached -----------------------------------

@pytest.mark.parametrize("contact, said, not_said", [
    ({"email": "sarah.b@example.com", "text_only": True}, "text or email you", "ring you"),
    ({"phone": "07700 900462", "safe_to_call": False}, "text or email you", "ring you"),
    ({"address": "14 Larch Grove, Leeds LS8 3PQ"}, "write to you", "ring you"),
    ({"phone": "07700 900462"}, "call back is", "write"),
])
def test_stopping_says_how_they_will_be_reached(contact, said, not_said):
    how = callback_words.way_in(contact)
    for line in (callback_words.stopped_kept("ABC-123", how),
                 callback_words.stopped_not_kept("ABC-123", how),
                 callback_words.keep_going("ABC-123", False, how)):
        assert said in line and not_said not in line.replace("will not ring", "")


def test_a_time_named_inside_the_hours_ruled_out_wins():
    best = parse_contact("im at work 9 to 5 so my lunch break").best_time
    assert call_times.window(best) == (call_times.time(12), call_times.time(14))


@pytest.mark.parametrize("said, start, end", [
    ("im at work till 3", 15, 23), ("busy till 2 then free", 14, 23),
    ("i work till 3 so after that", 15, 23), ("busy after 6", 0, 18),
    ("i finish work at 5 so after 5", 17, 23), ("not before 10", 10, 23),
])
def test_an_open_ended_time_ruled_out_turns_round(said, start, end):
    found = call_times.window(parse_contact(said).best_time)
    assert (found[0].hour, found[1].hour) == (start, end)
