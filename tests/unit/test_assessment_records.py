"""The assessment's pure parts: wording, read-back, the JSON record, HTML and PDF."""
import json
from datetime import datetime, timezone

import jsonschema
import pytest
import yaml

from bot.answer_kinds import SCALE
from bot.assessment import questions, summary
from bot.assessment.questions import FORMS, render
from bot.form_slots import KIND_OF
from bot.settings import PROJECT_ROOT


def test_questions_change_voice_for_someone_else():
    q = questions.BY_SLOT["sa_what_matters"]
    assert render(q, "self") == "What matters most to you in life?"
    assert render(q, "someone_i_care_for", "mum") == "What matters most to your mum in life?"
    assert render(q, "someone_i_care_for", "mum", "Jean") == "What matters most to Jean in life?"
    assert render(q, "staff_for_caller") == "What matters most to the caller in life?"


def test_all_ten_care_act_outcomes_and_eight_carer_outcomes_are_asked():
    adult = [q.outcome for q in FORMS["self_assessment_form"] if q.outcome]
    carer = [q.outcome for q in FORMS["carer_assessment_form"] if q.outcome]
    assert len(adult) == 10 and len(set(adult)) == 10
    assert len(carer) == 8 and len(set(carer)) == 8


def test_every_question_can_be_skipped_or_has_buttons():
    for q in questions.BY_SLOT.values():
        assert q.buttons, q.slot


def test_domain_and_question_table_agree():
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    for form, qs in FORMS.items():
        required = domain["forms"][form]["required_slots"]
        assert [q.slot for q in qs] == [s for s in required if s in questions.BY_SLOT]
        assert required[-1] == "summary_confirmed"
        for q in qs:
            assert q.slot in domain["slots"]
            assert f"action_ask_{q.slot}" in domain["actions"]


ANSWERS = {
    "preferred_name": "Jean",
    "sa_what_matters": "My garden and my grandson Tom",
    "sa_good_day": summary.SKIPPED,
    "sa_working_well": "My neighbour pops in every day",
    "sa_outcome_eating_drinking": summary.GOING_FINE,
    "sa_outcome_community": "I miss going to the market since my fall",
    "sa_scale_now": "6",
    "sa_small_step": "A lift to church on Sundays",
    "sa_what_next": "Ideas for local help",
}


def record(**kw):
    return summary.build_record(
        "self_assessment_form", FORMS["self_assessment_form"], ANSWERS,
        about="someone_i_care_for", relationship="mum", channel="web", consent=True,
        now=datetime(2026, 11, 24, 10, tzinfo=timezone.utc), **kw)


def test_record_validates_and_says_who_answered():
    rec = record(suggestions=[{"name": "Chapeltown Lunch Club (demo)", "contact": "0113"}])
    jsonschema.validate(rec, summary.schema())
    assert rec["answered_by"] == "someone_i_care_for" and rec["relationship"] == "mum"
    assert rec["scale_now"] == 6
    assert rec["care_act_outcomes_to_talk_about"] == ["community"]
    assert json.loads(json.dumps(rec)) == rec


def test_schema_rejects_a_bad_record():
    rec = record()
    rec["scale_now"] = 11
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, summary.schema())


def test_read_back_uses_own_words_and_leaves_out_skips():
    lines = summary.reflective_lines(FORMS["self_assessment_form"], ANSWERS,
                                     "someone_i_care_for", "mum", "Jean")
    text = "\n".join(lines)
    assert lines[0] == "You told me about Jean:"
    assert "My garden and my grandson Tom" in text
    assert summary.SKIPPED not in text and summary.GOING_FINE not in text


def test_html_escapes_and_pdf_contains_the_words():
    answers = dict(ANSWERS, sa_what_matters="<script>alert(1)</script> café")
    rec = summary.build_record("self_assessment_form", FORMS["self_assessment_form"], answers,
                               about="self", relationship=None, channel="web", consent=True)
    page = summary.render_html(rec, "Exampleshire Council")
    assert "<script>" not in page and "&lt;script&gt;" in page
    pdf = summary.render_pdf(rec, "Exampleshire Council")
    assert pdf.startswith(b"%PDF")
    from fpdf import FPDF  # noqa: F401  (fpdf2 is what wrote it)
    assert len(pdf) > 1000


def test_the_scale_is_found_by_its_kind_not_its_name():
    """A scale question under any slot name is the record's scale_now and reads "of 10"."""
    mood = questions.Question("sa_mood", "Wellbeing", "How is it going?", kind=SCALE)
    rec = summary.build_record("self_assessment_form", [mood], {"sa_mood": "3"}, about="self",
                               relationship=None, channel="web", consent=True)
    assert rec["scale_now"] == 3
    assert rec["sections"][0]["answers"][0]["display"] == "3 out of 10"
    assert all(KIND_OF[q.slot] == q.kind for qs in FORMS.values() for q in qs)
