"""Round ten: a daughter paused the self-assessment for her dad before the Care Act areas, and
every area was saved "not needed" (home safety "not needed" for a man who walks out at 3am).
An area never reached reads "not asked yet" (or is left out) in the saved code, the record,
the summary, the PDF and the staff hand-off; only an area the person screened out is "not
raised"."""
import io
import json
from datetime import datetime, timezone

import jsonschema
import pytest

from actions.callback import answers_so_far
from actions.form_engine import read_screen
from actions.resume_code import form_snapshot
from bot import form_slots as fs
from bot.assessment import summary
from bot.assessment.questions import FORMS, SCREEN_OF, SCREENED
from bot.markers import NOT_ASKED_YET, NOT_RAISED, SKIPPED, answered
from fake_tracker import FakeTracker

SELF = "self_assessment_form"
CARER = "carer_assessment_form"
ADULT_AREAS = [s for s in SCREEN_OF if s.startswith("sa_")]
CARER_AREAS = [s for s in SCREEN_OF if s.startswith("ca_")]
# Paused at "what places or groups...": no screening question reached yet.
PAUSED_EARLY = {"consent_given": True, "about": "someone_i_care_for", "relationship": "dad",
                "preferred_name": "Ron", "sa_what_matters": "his garden and his dog",
                "sa_people": "me, I drive over most nights",
                **{s: fs.NOT_NEEDED for s in ADULT_AREAS}}
# Paused after the first screen: washing opened (not asked yet), the rest screened out;
# the other two screens never reached.
PAUSED_AFTER_ONE = {**PAUSED_EARLY, **read_screen("sa_screen_self_care", "he cant wash himself").slots}


def record_of(form, answers):
    record = summary.build_record(form, FORMS[form], answers, about=answers.get("about", "self"),
                                  relationship=answers.get("relationship"), channel="web",
                                  consent=True, now=datetime(2026, 11, 27, 8, tzinfo=timezone.utc))
    jsonschema.validate(record, summary.schema())
    return record, {a["question_id"]: a for s in record["sections"] for a in s["answers"]}


def test_the_code_kept_at_a_pause_leaves_out_areas_never_reached():
    kept = form_snapshot(FakeTracker(PAUSED_EARLY, loop=SELF), SELF)
    assert not any(area in kept for area in ADULT_AREAS)
    assert "not needed" not in json.dumps(kept)
    assert kept["sa_what_matters"] == "his garden and his dog"


def test_the_code_keeps_an_opened_area_open_and_a_screened_out_one_as_not_raised():
    kept = form_snapshot(FakeTracker(PAUSED_AFTER_ONE, loop=SELF), SELF)
    assert kept["sa_outcome_keeping_clean"] is None          # asked after the code
    assert kept["sa_outcome_toilet"] == NOT_RAISED           # they said only washing
    assert "sa_outcome_home_safe" not in kept                 # its screen never asked
    assert "not needed" not in json.dumps(kept)


@pytest.mark.parametrize("form, answers, areas", [
    (SELF, PAUSED_EARLY, ADULT_AREAS),
    (CARER, {"consent_given": True, "ca_caring_role": "my wife, she has MS",
             **{s: fs.NOT_NEEDED for s in CARER_AREAS}}, CARER_AREAS),
    (SELF, {"sa_what_matters": "my cat"}, ADULT_AREAS),    # slots missing altogether
])
def test_the_record_says_not_asked_yet_for_areas_never_reached(form, answers, areas):
    record, items = record_of(form, answers)
    for area in areas:
        assert items[area]["not_asked"] is True
        assert items[area]["not_raised"] is False and items[area]["skipped"] is False
        assert items[area]["answer"] == NOT_ASKED_YET
    assert record["schema_version"] == "1.5"
    assert record["care_act_outcomes_to_talk_about"] == []
    assert "not needed" not in json.dumps(record)


def test_only_the_areas_screened_out_are_not_raised():
    _, items = record_of(SELF, PAUSED_AFTER_ONE)
    assert items["sa_outcome_toilet"]["not_raised"] and not items["sa_outcome_toilet"]["not_asked"]
    assert items["sa_outcome_keeping_clean"]["not_asked"]            # opened, not reached
    assert items["sa_outcome_home_safe"]["not_asked"] and not items["sa_outcome_home_safe"]["not_raised"]
    assert items["sa_outcome_relationships"]["not_asked"]


@pytest.mark.parametrize("said", ["/skip", "/dont_know"])
def test_a_skipped_screen_screens_nothing_out(said):
    reading = read_screen("sa_screen_home", said)
    _, items = record_of(SELF, {**PAUSED_EARLY, **reading.slots})
    for area in SCREENED["sa_screen_home"]:
        assert items[area]["not_asked"] and not items[area]["not_raised"]


def test_skip_the_rest_leaves_the_areas_not_asked_yet():
    from actions.forms import ValidateSelfAssessmentForm

    slots = ValidateSelfAssessmentForm().skip_to_end("sa_community", FakeTracker(PAUSED_EARLY))
    _, items = record_of(SELF, {**PAUSED_EARLY, **slots})
    assert items["sa_screen_home"]["answer"] == SKIPPED
    assert items["sa_outcome_home_safe"]["not_asked"] is True


def test_the_summary_pdf_and_page_never_say_not_needed_or_not_raised():
    from pypdf import PdfReader

    record, _ = record_of(SELF, PAUSED_AFTER_ONE)
    page = summary.render_html(record, "Exampleshire Council")
    pdf = summary.render_pdf(record, "Exampleshire Council")
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    readback = "\n".join(summary.reflective_lines(FORMS[SELF], PAUSED_AFTER_ONE,
                                                  "someone_i_care_for", "dad", "Ron"))
    for shown in (page, text, readback):
        for marker in ("not needed", "not raised", "not asked", "No, that is all fine"):
            assert marker not in shown
        assert "garden" in shown


def test_the_staff_hand_off_holds_answers_never_markers():
    said = answers_so_far(FakeTracker(PAUSED_AFTER_ONE, loop=SELF), SELF)
    assert "he cant wash himself" in said and "his garden" in said
    for marker in ("not needed", "not raised", "not asked"):
        assert marker not in said


def test_markers_are_never_answers():
    assert not answered(NOT_ASKED_YET) and not answered(NOT_RAISED)
