"""Three Conversations order (issue 15): the self-assessment starts from what matters, what
is working and who is around; the Care Act areas come after, a few at a time behind one
screening question each, and only the areas the person says are hard are asked in depth.
The record keeps every outcome field for staff: the areas screened out marked "not raised",
the ones never reached "not asked yet" (round ten: a pause left "not needed" everywhere)."""
from datetime import datetime, timezone

import jsonschema
import pytest

from actions.form_engine import read_screen
from bot import form_slots as fs
from bot.answers.screens import areas_to_explore
from bot.assessment import summary
from bot.assessment.questions import (ADULT_OUTCOMES, CARER_OUTCOMES, FORMS, SCREEN_OF,
                                      SCREENED, SCREENS)

SELF = [q.slot for q in FORMS["self_assessment_form"]]


def test_conversation_one_starts_with_what_matters_working_and_people():
    first_care_act = min(SELF.index(s) for s in SELF if s.startswith(("sa_outcome", "sa_screen")))
    for strength in ("sa_what_matters", "sa_working_well", "sa_people", "sa_community"):
        assert SELF.index(strength) < first_care_act


def test_every_care_act_area_sits_behind_exactly_one_screen():
    adult = {s for s in SCREEN_OF if s.startswith("sa_")}
    carer = {s for s in SCREEN_OF if s.startswith("ca_")}
    assert adult == {f"sa_outcome_{code}" for code, _, _ in ADULT_OUTCOMES}
    assert carer == {f"ca_outcome_{code}" for code, _, _ in CARER_OUTCOMES}
    for screen, deeper in SCREENED.items():
        # Each deeper question comes straight after its screen (or a sibling).
        start = next(FORMS[f].index(q) for f in FORMS for q in FORMS[f] if q.slot == screen)
        form = next(f for f in FORMS if any(q.slot == screen for q in FORMS[f]))
        slots = [q.slot for q in FORMS[form]]
        assert slots[start + 1:start + 1 + len(deeper)] == deeper
    assert fs.ASKED_WHEN_NEEDED >= set(SCREEN_OF)


SELF_CARE = SCREENS["sa_screen_self_care"]


@pytest.mark.parametrize("said, opened", [
    ("no", []), ("No, that is all fine", []), ("fine", []), ("i manage", []),
    ("nope, all good thanks", []), ("not really", []),
    ("/deny", []), ("/affirm", ["eating_drinking", "keeping_clean", "toilet", "dressing"]),
    ("yes", ["eating_drinking", "keeping_clean", "toilet", "dressing"]),
    ("a bit", ["eating_drinking", "keeping_clean", "toilet", "dressing"]),
    ("washing is hard since my fall", ["keeping_clean"]),
    ("I can't get in the bath and I forget to eat", ["eating_drinking", "keeping_clean"]),
    ("no but buttons are tricky", ["dressing"]),
    ("/skip", None), ("/dont_know", None),
])
def test_screen_answers_open_only_the_areas_said_to_be_hard(said, opened):
    assert areas_to_explore(SELF_CARE, said) == opened


EVERY_SELF_CARE = ["eating_drinking", "keeping_clean", "toilet", "dressing"]


@pytest.mark.parametrize("said, opened", [
    ("whats next", []), ("next", []), ("move on please", []), ("ok next question", []),
    ("i dont understand all question, sorry", None), ("what do you mean by that", None),
    ("the garden", EVERY_SELF_CARE),
    ("she struggles with all of it", EVERY_SELF_CARE), ("everything really", EVERY_SELF_CARE),
])
def test_going_on_opens_nothing_and_an_unclear_reply_opens_nothing_either(said, opened):
    """Round eight: "whats next" at "is anything else hard?" opened four areas (a child to
    care for, for an 84-year-old)."""
    assert areas_to_explore(SELF_CARE, said) == opened


def test_no_time_for_me_is_not_a_no():
    assert areas_to_explore(SCREENS["ca_screen_own_life"], "no time for me at all") == \
        ["own_time"]


@pytest.mark.parametrize("said", [
    "i miss the company mostly. id like to get out more, maybe go back to bowls",
    "yes, company. i hardly get out these days",
])
def test_missing_company_and_getting_out_open_only_those_areas(said):
    # A widower who misses company is never asked about work or caring for a child.
    assert areas_to_explore(SCREENS["sa_screen_life"], said) == ["relationships", "community"]


@pytest.mark.parametrize("said", [
    "she gets lonely in the week when we're all at work",
    "yes lonely, while the kids are at school she sees nobody",
])
def test_a_time_when_others_are_at_work_is_not_the_work_area(said):
    assert areas_to_explore(SCREENS["sa_screen_life"], said) == ["relationships"]


def test_reading_a_screen_opens_and_closes_the_deeper_questions():
    reading = read_screen("sa_screen_self_care", "i cant get in the bath")
    assert reading.slots["sa_screen_self_care"] == "i cant get in the bath"
    assert reading.slots["sa_outcome_keeping_clean"] is None           # asked next
    assert reading.slots["sa_outcome_toilet"] == summary.NOT_RAISED     # screened out
    button = read_screen("sa_screen_home", "/deny")
    assert button.slots["sa_screen_home"] == "No, that is all fine"    # never a payload
    assert all(button.slots[s] == summary.NOT_RAISED for s in SCREENED["sa_screen_home"])


def test_the_record_keeps_every_outcome_field_and_marks_the_unraised():
    answers = {s: fs.NOT_NEEDED for s in SCREEN_OF}
    answers.update(read_screen("sa_screen_self_care", "washing is hard").slots)
    answers.update(read_screen("sa_screen_home", "/deny").slots)
    answers.update({"sa_what_matters": "my garden",
                    "sa_outcome_keeping_clean": "I need a rail by the bath",
                    "sa_scale_now": "5"})
    record = summary.build_record(
        "self_assessment_form", FORMS["self_assessment_form"], answers, about="self",
        relationship=None, channel="web", consent=True,
        now=datetime(2026, 11, 26, 9, tzinfo=timezone.utc))
    jsonschema.validate(record, summary.schema())
    items = {a["question_id"]: a for s in record["sections"] for a in s["answers"]}
    assert {f"sa_outcome_{code}" for code, _, _ in ADULT_OUTCOMES} <= set(items)
    assert items["sa_outcome_toilet"]["answer"] == summary.NOT_RAISED
    assert items["sa_outcome_toilet"]["not_raised"] and not items["sa_outcome_toilet"]["skipped"]
    assert items["sa_outcome_keeping_clean"]["not_raised"] is False
    assert record["care_act_outcomes_to_talk_about"] == ["keeping_clean"]
    page = summary.render_html(record, "Exampleshire Council")
    assert "not raised" not in page and "rail by the bath" in page
    readback = "\n".join(summary.reflective_lines(
        FORMS["self_assessment_form"], answers, "self", None, None))
    assert "not needed" not in readback and "washing is hard" in readback
