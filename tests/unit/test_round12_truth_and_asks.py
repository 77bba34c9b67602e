"""Round twelve: "I have asked a person from our team to join this chat" was said at night,
when nobody could join (out of hours the line says so and gives the out of hours number);
the self-assessment asked for by name in an opening message was not started."""
import pytest

from bot import crisis_care
from bot.nlu.commands import typed_intent


def test_in_hours_a_person_is_asked_for():
    lines = crisis_care.plan_lines("Friday")
    assert crisis_care.as_true_now(lines, True, "0300 123 4569") == lines


def test_out_of_hours_the_line_says_no_one_can_join_yet_and_who_can_help_now():
    said = crisis_care.as_true_now(crisis_care.plan_lines(None), False, "0300 123 4569")
    assert crisis_care.PERSON_ASKED not in said
    assert any("no one can join this chat yet" in line and "0300 123 4569" in line
               for line in said)
    assert crisis_care.CALL_NOW in said          # Samaritans and 999 stay



# Round twelve: the self-assessment asked for by name, inside a longer opening message.
@pytest.mark.parametrize("text", [
    "Hello. My GP said I should do the self assessment thing on here for some help at home. "
    "I had a stroke in March, left side is weak.",
    "the nurse told me to do a self-assessment on here, im struggling with the stairs",
    "can i do the self assessment now please",
])
def test_the_self_assessment_named_in_an_opening_message_starts_it(text):
    assert typed_intent(text, "listen_connect", []) == "start_self_assessment"


def test_the_carers_assessment_named_is_not_taken_for_the_self_assessment():
    assert typed_intent("i want to do the carers assessment", "listen_connect", []) != \
        "start_self_assessment"


# Round twelve: a day said as a deadline ("not after saturday") is not the day to ring, so a
# Friday-morning "today or tomorow. not after saturday" is not "closed at the times you gave".
@pytest.mark.parametrize("text", ["today or tomorow. not after saturday", "before saturday please",
                                  "any time until sunday"])
def test_a_deadline_day_is_not_the_day_to_ring(text):
    from bot import call_times
    assert call_times.days_allowed(text) is None
    assert not call_times.only_closed_days(text)


def test_a_closed_day_named_is_still_closed():
    from bot import call_times
    assert call_times.only_closed_days("saturday mornings")


# Round twelve: who can read it, asked before anything is told, is answered whatever the
# model guessed; "they share a device" goes on a hand-off only when they said so.
@pytest.mark.parametrize("guess,text", [
    ("find_service", "Before I say anything, who would see what I write here? My son sometimes "
                     "looks at my tablet"),
    ("bot_challenge", "is this private"),
    ("nlu_fallback", "does his GP see it"),
    ("greet", "Good afternoon. Is this private? Only theres something at home Im not happy about"),
])
def test_who_can_read_it_goes_to_the_answer(guess, text):
    assert typed_intent(text, guess, []) == "nlu_fallback"


def test_the_answer_says_who_reads_it():
    from bot import callback_words
    assert callback_words.SHARED_DEVICE.startswith("Only the council's care team")


def test_a_shared_device_only_when_they_say_so():
    from bot.answers.callback_talk import shares_a_device
    assert shares_a_device("will Keith be able to see this. he uses the tablet too")
    assert shares_a_device("my son sometimes looks at my tablet")
    assert not shares_a_device("is this private")
    assert not shares_a_device("does his GP see it")
