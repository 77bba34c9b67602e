"""Round twelve (tester B, conversation 2): a young man picking places by a word from a card
("the shop 1 wiv the coach 👍 save that") had all three saved; "no jus the shop 1 😕" (keep
only that one) went to a new search for shopping help; "take job club off my list. jus keep
work tasters" showed the cards again and took nothing off.

A place is picked by a word from its name or its description ("the shop one", "the one with
the coach"), by its place in the list ("the second one", "the last one") or left out ("not
the bowling one"). Saving, putting a save right ("no just X", "only X", "not that one, the X
one") and taking off ("take X off", "get rid of X", "dont want X") act on those places, and
the reply says what the list now holds."""
from __future__ import annotations

import pytest

from actions.conversation import ActionDefaultFallback, ActionPause
from actions.directory import ActionSaveServices, ActionSearchDirectory, save_to_summary, saved_now
from actions.outside_form import ActionAnswerOutsideForm
from bot.directory import saved
from fake_tracker import action_tracker, run_action

JOB_CLUB = {"id": "j1", "name": "Job Club", "category": "things_to_do",
            "about": "A friendly weekly club to help you find paid work.", "days": ["WE"]}
SUPPORTED = {"id": "j2", "name": "Supported Employment Service", "category": "things_to_do",
             "about": "One to one help for disabled people and people with a learning "
                      "disability to find and keep a job.", "days": ["MO"]}
TASTERS = {"id": "j3", "name": "Work Tasters", "category": "things_to_do",
           "about": "Try a few weeks of work in a shop, cafe or garden, with a job coach "
                    "beside you.", "days": ["TU", "TH"]}
JOBS = [JOB_CLUB, SUPPORTED, TASTERS]
BOWLING = {"id": "b1", "name": "Friday Night Bowling", "category": "things_to_do",
           "about": "Ten pin bowling and a chat for young adults.", "days": ["FR"]}
ART = {"id": "a1", "name": "Community Art Class", "category": "things_to_do",
       "about": "Paint and draw with others.", "days": ["FR"]}
CAFE = {"id": "c1", "name": "Community Cafe Volunteers", "category": "things_to_do",
        "about": "Help serve tea and cake one morning a week.", "days": ["SA"]}
FUN = [BOWLING, ART, CAFE]


def names(places):
    return [p["name"] for p in places]


# --- picking a place by a word from its card ---------------------------------------------

@pytest.mark.parametrize("text, picked", [
    ("the shop 1 wiv the coach 👍 save that", ["Work Tasters"]),
    ("save the one with the job coach", ["Work Tasters"]),
    ("can u save the shop one", ["Work Tasters"]),
    ("save the learning disability one pls", ["Supported Employment Service"]),
    ("save the second one", ["Supported Employment Service"]),
    ("save the 2nd 1", ["Supported Employment Service"]),
    ("save the last one", ["Work Tasters"]),
    ("keep the first one", ["Job Club"]),
    ("save the weekly one and the garden one", ["Job Club", "Work Tasters"]),
])
def test_a_place_is_picked_by_a_word_from_its_card_or_its_place_in_the_list(text, picked):
    assert saved.asks_to_save(text)
    assert names(saved.chosen(text, JOBS, None)) == picked


@pytest.mark.parametrize("text, picked", [
    ("save them all but not the bowling one", ["Community Art Class",
                                               "Community Cafe Volunteers"]),
    ("save them except the bowling", ["Community Art Class", "Community Cafe Volunteers"]),
    ("save these apart from the art class", ["Friday Night Bowling",
                                             "Community Cafe Volunteers"]),
    ("save all of them", ["Friday Night Bowling", "Community Art Class",
                          "Community Cafe Volunteers"]),
])
def test_a_place_left_out_is_not_saved(text, picked):
    assert names(saved.chosen(text, FUN, None)) == picked


# --- putting a save right and taking places off ------------------------------------------

@pytest.mark.parametrize("text", [
    "no jus the shop 1 😕", "no just the shop one", "only the one with the coach",
    "i only wanted the shop one", "not that one, the shop one", "no i meant the shop one",
    "just work tasters", "onli the garden 1 pls", "wrong one, i wanted the shop one",
    "no not them all just the shop 1", "nah only the last 1", "just the 3rd 1 pls",
    "not that one, the one with the coach",
])
def test_putting_a_save_right_keeps_only_the_place_meant(text):
    change = saved.list_change(text, JOBS, JOBS)
    assert change is not None
    assert names(change.kept) == ["Work Tasters"]
    assert names(change.gone) == ["Job Club", "Supported Employment Service"]


@pytest.mark.parametrize("text, gone, kept", [
    ("take job club off my list. jus keep work tasters",
     ["Job Club", "Supported Employment Service"], ["Work Tasters"]),
    ("get rid of the job club", ["Job Club"], ["Supported Employment Service", "Work Tasters"]),
    ("i dont want job club on there", ["Job Club"], ["Supported Employment Service",
                                                     "Work Tasters"]),
    ("take the shop one off", ["Work Tasters"], ["Job Club", "Supported Employment Service"]),
    ("remove the last one", ["Work Tasters"], ["Job Club", "Supported Employment Service"]),
    ("dont want the weekly one or the coach one", ["Job Club", "Work Tasters"],
     ["Supported Employment Service"]),
    ("only keep the second one", ["Job Club", "Work Tasters"],
     ["Supported Employment Service"]),
    ("delete the coach one", ["Work Tasters"], ["Job Club", "Supported Employment Service"]),
    ("can u tek job club off", ["Job Club"], ["Supported Employment Service", "Work Tasters"]),
    ("i dont want the weekly one anymore", ["Job Club"],
     ["Supported Employment Service", "Work Tasters"]),
    ("can you remove number 2", ["Supported Employment Service"], ["Job Club", "Work Tasters"]),
])
def test_taking_places_off_the_list(text, gone, kept):
    change = saved.list_change(text, JOBS, JOBS)
    assert change is not None
    assert names(change.gone) == gone and names(change.kept) == kept


@pytest.mark.parametrize("text", [
    "no just swimming", "only on fridays", "i dont want bingo", "not shopping",
    "is the shop one free?", "save the shop one", "what have i got saved",
    "i dont need help with a job, i want friends", "dont want work, just friends",
])
def test_other_messages_change_nothing_on_the_list(text):
    assert saved.list_change(text, JOBS, JOBS) is None


def test_a_correction_needs_a_save_from_the_places_shown():
    """ "no just the shop one" before anything was saved is not a correction of a save."""
    assert saved.list_change("no just the shop one", JOBS, []) is None


# --- through the actions, as the conversation went ---------------------------------------

def _say(action, text, sender, shown=JOBS, intent="find_service"):
    tracker = action_tracker(text, {"shown_services": shown, "service_category": "things_to_do"},
                             intent, before=["hi 👋 i want a job"], sender=sender)
    return run_action(action(), tracker)[0]


@pytest.mark.parametrize("action, intent", [(ActionSaveServices, "save_services"),
                                            (ActionSearchDirectory, "find_service"),
                                            (ActionDefaultFallback, "nlu_fallback"),
                                            (ActionPause, "pause")])
def test_round12_saves_put_right_and_taken_off(db, action, intent):
    sender = f"r12-{action.__name__}"
    said = _say(action, "the shop 1 wiv the coach 👍 save that", sender, intent=intent)
    assert names(saved_now(sender)) == ["Work Tasters"]
    assert "Work Tasters" in said and "Job Club" not in said

    # They said "save these" first: the correction keeps only the one meant.
    save_to_summary(sender, JOBS)
    said = _say(action, "no jus the shop 1 😕", sender, intent=intent)
    assert names(saved_now(sender)) == ["Work Tasters"]
    assert "Job Club" in said and "Your list now has: Work Tasters." in said
    assert "Here are some places" not in said

    save_to_summary(sender, JOBS, replace=True)
    said = _say(action, "take job club off my list. jus keep work tasters", sender,
                shown=FUN, intent=intent)
    assert names(saved_now(sender)) == ["Work Tasters"]
    assert said.startswith("I have taken Job Club and Supported Employment Service off "
                           "your list.")
    assert "Your list now has: Work Tasters." in said


def test_a_save_says_the_whole_list_when_more_was_kept_before(db):
    save_to_summary("r12-more", [JOB_CLUB])
    said = _say(ActionSaveServices, "save the shop one", "r12-more", intent="save_services")
    assert "I have saved Work Tasters" in said
    assert "Your list now has: Job Club and Work Tasters." in said


def test_taking_the_last_place_off_says_the_list_is_empty(db):
    save_to_summary("r12-empty", [TASTERS])
    said = _say(ActionDefaultFallback, "get rid of work tasters", "r12-empty",
                intent="nlu_fallback")
    assert names(saved_now("r12-empty")) == []
    assert saved.LIST_NOW_EMPTY in said


def test_the_save_button_names_the_places_saved(db):
    tracker = action_tracker("/save_services", {"shown_services": JOBS}, "save_services",
                             sender="r12-button")
    said = run_action(ActionSaveServices(), tracker)[0]
    assert said.startswith("I have saved Job Club, Supported Employment Service and "
                           "Work Tasters to your summary.")


def test_a_correction_read_as_a_no_still_puts_the_save_right(db):
    save_to_summary("r12-no", JOBS)
    said = _say(ActionAnswerOutsideForm, "no jus the shop 1 😕", "r12-no", intent="deny")
    assert names(saved_now("r12-no")) == ["Work Tasters"]
    assert "Your list now has: Work Tasters." in said


# The model took "nah only the last 1" for out of scope ("I can't help with that" and the
# menu); the fallback reads it against the list.
@pytest.mark.parametrize("text, guess", [
    ("nah only the last 1", "out_of_scope"), ("get rid of the job club", "goodbye"),
    ("save the second one", "greet"), ("no jus the shop 1 😕", "out_of_scope"),
    ("take the coach one off my list", "chitchat"),
])
def test_a_message_about_a_listed_place_reaches_the_fallback(text, guess):
    from test_command_order import intent_after
    assert intent_after(text, guess=guess) == "nlu_fallback"


@pytest.mark.parametrize("text, guess", [
    ("hello", "greet"), ("bye then", "goodbye"), ("just the one thing", "out_of_scope"),
    ("only the best for my mum", "out_of_scope"), ("no just the shop one", "deny"),
])
def test_other_messages_keep_their_guess(text, guess):
    from test_command_order import intent_after
    assert intent_after(text, guess=guess) == guess
