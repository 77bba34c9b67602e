"""Round twelve: "I have asked a person from our team to join this chat" was said at night,
when nobody could join. Out of hours the line says so and gives the out of hours number."""
from bot import crisis_care


def test_in_hours_a_person_is_asked_for():
    lines = crisis_care.plan_lines("Friday")
    assert crisis_care.as_true_now(lines, True, "0300 123 4569") == lines


def test_out_of_hours_the_line_says_no_one_can_join_yet_and_who_can_help_now():
    said = crisis_care.as_true_now(crisis_care.plan_lines(None), False, "0300 123 4569")
    assert crisis_care.PERSON_ASKED not in said
    assert any("no one can join this chat yet" in line and "0300 123 4569" in line
               for line in said)
    assert crisis_care.CALL_NOW in said          # Samaritans and 999 stay

