"""Round eleven's form faults, over REST with the real stack (rounds nine and ten's testers):
a pause saved every Care Act area "not needed"; changing one answer asked a whole part
again; a screening question ignored what was already said; "what were you asking" after a
card or an explanation was read as "carry on" or kept as the answer."""
import json

import pytest


OPENING = ["I'd like to do a self-assessment for my dad", "yes that's ok"]


def answer_until(chat, slot, answers, limit=25):
    """Answers each question (from ``answers``, else a plain answer) until ``slot`` is asked;
    the bot's replies to the last answer."""
    said = ""
    for _ in range(limit):
        asked = chat.slot("requested_slot")
        if asked == slot:
            return said
        said = chat.texts(answers.get(asked, "a cup of tea in the garden"))
    raise AssertionError(f"{slot} was never asked")


RON = {"on_behalf": "yes he knows and agrees", "preferred_name": "Ron",
       "sa_what_matters": "his garden and his dog. washing is hard for him now",
       "sa_people": "me and his dog Bess", "sa_working_well": "/skip",
       "sa_proud_of": "/skip", "sa_good_at": "fixing things", "sa_community": "/skip",
       "sa_good_day": "pottering in the shed"}


def test_a_pause_before_the_care_act_areas_keeps_no_not_needed(chat):
    from bot import store

    chat.say_all(OPENING)
    answer_until(chat, "sa_community", RON)
    chat.say("pause")
    code = chat.slot("resume_code")
    assert code
    kept = store.load_resume(code)["slots"]
    assert "not needed" not in json.dumps(kept)
    assert not any(slot.startswith("sa_outcome_") for slot in kept)
    assert kept["sa_good_at"] == "fixing things"


@pytest.mark.parametrize("lost", ["what were you asking", "sorry what was the question",
                                  "hang on, what question?"])
def test_losing_the_question_after_an_explanation_says_it_again(chat, lost):
    chat.say_all(OPENING)
    answer_until(chat, "sa_good_day", RON)
    chat.say("what does reablement mean")
    reply = chat.texts(lost)
    assert chat.slot("requested_slot") == "sa_good_day"
    assert chat.slot("sa_good_day") is None                  # never kept as the answer
    assert "question again" in reply and "good day" in reply.lower()
    assert "Let's carry on" not in reply


def test_a_screen_after_the_area_was_told_hard_says_so_and_opens_it(chat):
    chat.say_all(OPENING)
    reply = answer_until(chat, "sa_screen_self_care", RON)
    assert 'You told me earlier: "washing is hard for him now".' in reply
    assert "Is anything else hard for Ron just now?" in reply
    assert "Think of meals, washing" not in reply
    reply = chat.texts("no")
    assert chat.slot("requested_slot") == "sa_outcome_keeping_clean"
    assert 'you said "washing is hard for him now"' in reply


def test_changing_one_answer_in_a_big_part_asks_only_that_one(chat):
    chat.say_all(OPENING)
    answers = {**RON, "sa_screen_self_care": "the toilet too",
               "sa_outcome_keeping_clean": "a rail by the bath would help",
               "sa_outcome_toilet": "he needs the loo a lot, a commode might help",
               "sa_screen_home": "No, that is all fine", "sa_screen_life": "No, that is all fine",
               "sa_scale_now": "5", "sa_what_next": "Just keep this for now"}
    answer_until(chat, "summary_confirmed", answers, limit=40)
    chat.say("I want to change something")
    reply = chat.texts("Day-to-day life")
    assert "Which answer would you like to change?" in reply
    assert "a rail by the bath" in reply and "commode might help" in reply
    reply = chat.texts("the toilet one")
    assert chat.slot("requested_slot") == "sa_outcome_toilet"
    reply = chat.texts("a raised seat would help")
    # Straight back to the read-back: washing was kept, not asked again.
    assert chat.slot("requested_slot") == "summary_confirmed"
    assert "a rail by the bath" in reply and "raised seat" in reply
    assert "commode might help" not in reply


def test_what_questions_after_a_card_names_the_question_never_carry_on(chat):
    chat.say_all(OPENING)
    answer_until(chat, "sa_what_matters", RON)
    chat.say("his garden. he fell and cant get up off the floor")
    assert chat.slot("requested_slot") == "safety_next"      # the card and its choice
    reply = chat.texts("what questions?")
    assert "Let's carry on" not in reply
    assert 'The question I will ask next is: "What does a good day look like for Ron?"' in reply
    assert chat.slot("requested_slot") == "safety_next"      # the choice stays open


def test_an_answer_named_at_is_that_right_is_asked_again_alone(chat):
    chat.say_all(OPENING)
    answers = {**RON, "sa_screen_self_care": "/deny", "sa_screen_home": "/deny",
               "sa_screen_life": "/deny", "sa_scale_now": "5",
               "sa_what_next": "Just keep this for now"}
    answer_until(chat, "summary_confirmed", answers, limit=40)
    reply = chat.texts("can I change what I said about people in my life")
    assert "Which part would you like to change?" not in reply
    assert chat.slot("requested_slot") == "sa_people"
    reply = chat.texts("me, his sister June and the dog")
    assert chat.slot("requested_slot") == "summary_confirmed"
    assert "his sister June" in reply and "fixing things" in reply     # the rest kept
