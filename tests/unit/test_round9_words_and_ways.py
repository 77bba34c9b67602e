"""Round nine: words people asked about, and the way they asked to be reached.

Halina asked "What means legal power?" (the bot's own words) and was told it did not know
the word "means"; "what changing places means" and "What is Samaritans?" were unknown;
Jas chose "Text or email only" and the next line said "The team will ring you".
"""
from __future__ import annotations

import pytest

from actions.explain import resolve, unknown_term
from bot import callback_words


@pytest.mark.parametrize("text, headword", [
    ("What means legal power?", "Lasting power of attorney"),
    ("what mean legal power", "Lasting power of attorney"),
    ("what does changing places mean", "Changing Places toilet"),
    ("is there a changing places toilet", "Changing Places toilet"),
    ("What is Samaritans?", "Samaritans"),
    ("who are the samaritans", "Samaritans"),
    ("wot is suported employment", "Supported employment"),
    ("whats DBS", "DBS check"),
    ("what is ESA?", "Employment and Support Allowance"),
])
def test_words_people_asked_about_are_explained(text, headword):
    entry, _ = resolve(None, text)
    assert entry is not None and entry.headword == headword


@pytest.mark.parametrize("raw, text, named", [
    ("means", "What means blorfing?", "blorfing"),
    ("mean", "wot mean zibble", "zibble"),
    ("zibble", "what is zibble", "zibble"),
])
def test_an_unknown_word_is_named_as_asked_not_by_the_question_words(raw, text, named):
    assert unknown_term(raw, text) == named


@pytest.mark.parametrize("contact, says", [
    ({"phone": "07700 900321", "text_only": True}, "will not ring"),
    ({"phone": "07700 900321", "safe_to_call": False}, "will not ring"),
    ({"email": "jas@example.org"}, "will not ring"),
    ({"address": "14 Larch Grove, Leeds LS8 3PQ", "by_letter": True}, "write to you"),
    ({"phone": "07700 900321"}, "will ring you"),
    (None, "will ring you"),
])
def test_the_offer_to_stop_says_how_the_team_will_reach_them(contact, says):
    assert says in callback_words.offer_stop(contact)


@pytest.mark.parametrize("text, pair", [("6 maybe 7", [6, 7]), ("4 maybe. 5 on a good day", [4, 5]),
                                        ("between 5 and 6", [5, 6]), ("prob a 3 or 4", [3, 4])])
def test_a_hedged_score_is_asked_as_a_choice_of_the_two(text, pair):
    from actions.form_engine import read_answer
    from bot import form_slots as fs
    from fake_tracker import FakeTracker

    reading = read_answer("sa_scale_now", fs.SCALE, text, FakeTracker({}))
    assert reading.slots == {"sa_scale_now": None}
    assert [b["payload"] for b in reading.buttons] == [str(n) for n in pair]
    assert f"{pair[0]} or {pair[1]}" in reading.say


@pytest.mark.parametrize("text", ["i have 2 kids and its a 5", "3 or 30", "6", "about a 6"])
def test_one_score_or_a_count_beside_it_is_not_a_hedge(text):
    from bot.answers.scales import two_numbers

    assert two_numbers(text) is None


@pytest.mark.parametrize("text", ["armley park. how long is this 😴", "how long is this",
                                  "how long will this take", "how long left"])
def test_how_long_the_questions_take_is_not_waiting_for_a_person(text):
    from bot.crisis_care import waiting_kind

    assert waiting_kind(text) is None


@pytest.mark.parametrize("text", ["how long will they be", "how long till someone comes",
                                  "how long do i have to wait"])
def test_how_long_until_a_person_comes_still_is(text):
    from bot.crisis_care import waiting_kind

    assert waiting_kind(text) == "asks"


def test_an_answer_then_how_long_keeps_the_answer():
    from bot.answers.trailing import answer_then_request

    split = answer_then_request("armley park. how long is this 😴", lambda _: False)
    assert split is not None and split[0] == "armley park." and split[1] == "hurry"


MONDAY_NIGHT = (2026, 11, 23, 19, 0)


@pytest.mark.parametrize("said", ["after 10 in evening I finish work. or saturday", "saturday",
                                  "weekends only", "sundays after church"])
def test_a_time_only_when_the_team_is_closed_is_said_honestly(said):
    from datetime import datetime

    from bot import call_times, hours

    now = datetime(*MONDAY_NIGHT, tzinfo=hours.local_now().tzinfo)
    promised = call_times.promise(said, True, now)
    assert promised.startswith("The team is closed at the times you gave")
    assert "9am" not in promised and "today" not in promised
    assert "when the team is closed" in call_times.staff_line(said, now)


def test_a_weekday_beside_a_closed_day_is_still_promised():
    from datetime import datetime

    from bot import call_times, hours

    now = datetime(*MONDAY_NIGHT, tzinfo=hours.local_now().tzinfo)
    assert "Monday" in call_times.promise("saturday or monday morning", True, now)


@pytest.mark.parametrize("text", ["the team know I need polish interpreter?",
                                  "will the person who rings speak urdu?",
                                  "do they have a translator", "is there an interpreter on the call?"])
def test_a_question_about_the_interpreter_is_read_as_one(text):
    from bot.answers.callback_talk import INTERPRETER, callback_question

    assert callback_question(text) == INTERPRETER


@pytest.mark.parametrize("text", ["I need an interpreter", "my english not good, polish please"])
def test_asking_for_an_interpreter_is_not_that_question(text):
    from bot.answers.callback_talk import INTERPRETER, callback_question

    assert callback_question(text) != INTERPRETER


def test_the_interpreter_question_is_answered_from_the_hand_off(db):
    from actions.conversation import ActionDefaultFallback
    from bot import store
    from bot.data import handoffs
    from fake_tracker import action_tracker, run_action

    row = store.create_handoff("r9-halina", "callback", summary="husband had a stroke")
    store.note_on_handoff(row["reference"], "Language: Polish. They said: My english not so good.")
    tracker = action_tracker("the team know I need polish interpreter? and they call in evening",
                             {"handoff_reference": row["reference"]}, "out_of_scope",
                             sender="r9-halina")
    said, _ = run_action(ActionDefaultFallback(), tracker)
    assert said.startswith("Yes. The team knows you need a Polish interpreter.")
    assert len(handoffs.find(per_page=0)[0]) == 1


def test_an_interpreter_not_noted_before_is_noted_now(db):
    from actions.callback import interpreter_noted
    from bot import store
    from bot.data import handoffs

    row = store.create_handoff("r9-arif", "callback", summary="")
    assert interpreter_noted(handoffs.latest_for("r9-arif"), ["my dad only speaks Urdu"]) == "Urdu"
    assert "Interpreter: Urdu" in handoffs.latest_for("r9-arif")["summary"]
    assert row["reference"]


def test_easy_read_is_not_offered_once_asked_for_in_words():
    from bot import easy_read_request
    from bot.easy_read_offer import should_offer

    typed = ["to many words. can u do easy read", "wot is suported employment", "i wont a job"]
    assert should_offer(typed, [], {}, "web")
    said = [easy_read_request.reply(True, "web")]
    assert not should_offer(typed, said, {}, "web")


def test_easy_read_asked_for_is_on_the_hand_off_once():
    from bot.answers.handoff_details import EASY_READ_LINE, details_in

    lines = details_in(["to many words. can u do easy read", "i am a bit deaf",
                        "easy read pls", "i wont a job"])
    assert lines.count(EASY_READ_LINE) == 1
    assert any(line.startswith("Communication: hard of hearing") for line in lines)


@pytest.mark.parametrize("text", ["lisa 07700 900 624, ring me not mum she wont know whats going on",
                                  "he doesnt know who i am half the time",
                                  "dad wont know what day it is, ring me instead"])
def test_someone_who_could_not_follow_a_call_is_not_a_secret(text):
    from bot.answers.callback_talk import keep_it_secret

    assert not keep_it_secret(text)


@pytest.mark.parametrize("text", ["he cant know im asking", "she must not know",
                                  "my son cant find out", "she cant know about this"])
def test_a_real_secret_still_is(text):
    from bot.answers.callback_talk import keep_it_secret

    assert keep_it_secret(text)


def test_a_neighbours_number_is_the_neighbours():
    from bot.answers.someone_else import asks_to_call_someone_else

    person = asks_to_call_someone_else(
        "Not the house phone please. You could ring Jean next door, 0113 496 0777, she knows a "
        "bit. Tuesdays Gary is out at the gym 10 till 12.")
    assert person.name == "Jean" and person.relation == "neighbour"
    assert asks_to_call_someone_else("i call jean next door every day") is None


def test_whose_number_it_is_is_told_to_the_team(db):
    from actions.handoff import ActionHandoff
    from bot import store
    from bot.data import handoffs
    from fake_tracker import action_tracker, run_action

    row = store.create_handoff("r9-margaret", "safeguarding", summary="")
    tracker = action_tracker(
        "Will they know that is Jean's number, not mine?", {"handoff_reference": row["reference"]},
        "request_human", before=["You could ring Jean next door, 0113 496 0777, she knows a bit."],
        sender="r9-margaret")
    said, _ = run_action(ActionHandoff(), tracker)
    # (round 14: her number is kept with her name, and said back; never "by name")
    assert said.startswith("Yes. I have told the team to ring Jean on 0113 496 0777, not you.")
    assert "by name" not in said
    assert "Contact: call Jean (neighbour) on 0113 496 0777, not the person." in \
        handoffs.latest_for("r9-margaret")["summary"]
    assert "talk only to" not in said


@pytest.mark.parametrize("text", ["oh for gods sake. fine. start the carers assessment then",
                                  "can i do the carer's assessment", "i want a carers assesment"])
def test_the_carers_assessment_named_is_the_one_started(text):
    from bot.nlu.commands import typed_intent

    assert typed_intent(text, "start_self_assessment", []) == "start_carer_assessment"


@pytest.mark.parametrize("said, best", [
    ("07700 900734 but dont call between 2 and 3 thats when i try and nap", "not between 2 and 3"),
    ("07700 900562, lunchtimes 12.30-1 or after 6", "lunchtimes 12.30-1 after 6"),
])
def test_a_time_ruled_out_or_a_bare_range_is_kept_for_the_call(said, best):
    from bot.answers.contact import parse_contact

    assert parse_contact(said).best_time == best


@pytest.mark.parametrize("text, leaving", [
    ("night sitter. overnight care", False), ("is there anything for nights, like a night sitter", False),
    ("good night", True), ("thanks, good night", True), ("night all", True)])
def test_the_night_as_a_need_is_not_good_night(text, leaving):
    from bot.nlu.commands import typed_intent

    assert (typed_intent(text, "goodbye", []) == "goodbye") is leaving


@pytest.mark.parametrize("text, district", [("is there a befriending service in leeds 8", "LS8"),
                                            ("Leeds 15", "LS15"), ("leeds 2 miles away", None),
                                            ("i live in leeds", None)])
def test_a_district_said_in_words_is_a_place(text, district):
    from bot.directory.places import find_location

    assert find_location(text) == district


def test_a_place_said_earlier_in_the_chat_is_where_to_search():
    from actions.directory import known_place
    from fake_tracker import action_tracker

    tracker = action_tracker("Groups and company nearby", {}, "find_service",
                             before=["i told you. company. someone to pop in. i live in LS8",
                                     "a befriender"])
    assert known_place(tracker) == "LS8"
    assert known_place(action_tracker("hello", {"postcode": "LS6 2AB"})) == "LS6 2AB"
    assert known_place(action_tracker("hello", {})) is None


@pytest.mark.parametrize("text, down", [
    ("no fgs. i mean i need a break before i fall over", ()),
    ("im not going anywhere?? i asked about overnight care for my husband in LS6", ()),
    ("no chance", ()), ("NO bingo", ("bingo",)), ("no yoga pls", ("yoga",))])
def test_oaths_and_going_nowhere_are_not_things_turned_down(text, down):
    from bot.directory.exclusions import turned_down

    assert turned_down(text) == down


@pytest.mark.parametrize("text", ["delete what I've written so my son can't read it",
                                  "how do I get rid of this off the tablet",
                                  "delete it so keith cant see it"])
def test_deleting_so_someone_cannot_read_it_is_a_delete(text):
    from bot.gateway.typed_commands import command_of

    assert command_of(text) == "delete"          # asked once more, then deleted


@pytest.mark.parametrize("text", ["i want to remove the bath", "get rid of this pain"])
def test_other_getting_rid_is_not_a_delete(text):
    from bot.gateway.typed_commands import command_of

    assert command_of(text) is None


def test_who_can_see_a_shared_tablet_is_answered_and_told_to_staff(db):
    from actions.conversation import ActionDefaultFallback
    from bot import callback_words, store
    from bot.data import handoffs
    from bot.handoff_words import SHARED_DEVICE_LINE
    from fake_tracker import action_tracker, run_action

    row = store.create_handoff("r10-margaret", "safeguarding", summary="")
    said, _ = run_action(ActionDefaultFallback(), action_tracker(
        "will Keith be able to see this. he uses the tablet too",
        {"handoff_reference": row["reference"]}, "out_of_scope", sender="r10-margaret"))
    assert said.startswith(callback_words.SHARED_DEVICE[:40])
    assert SHARED_DEVICE_LINE in handoffs.latest_for("r10-margaret")["summary"]


@pytest.mark.parametrize("text, ours", [("what do you mean the bank?", True),
                                        ("wdym tell the bank", True),
                                        ("what do you mean by reablement", False),
                                        ("what do you mean by FACE assessment?", False)])
def test_a_question_about_the_bots_own_words_is_said_more_simply(text, ours):
    from actions.explain import not_understood

    assert not_understood(text) is ours
