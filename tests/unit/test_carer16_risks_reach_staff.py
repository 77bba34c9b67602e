"""Round fifteen (carer16): a daughter told the form her dad with dementia leaves the gas on
and goes out at night; staff never saw it, and the only idea offered was a falls button.
Risks told in the answers (falls, gas, going out at night or getting lost, not eating) go on
the record's follow-ups and the open hand-off, and the options offer sensors (telecare)."""
import pytest

import actions.assessment as assessment
from bot.answers.handoff_story import risk_kinds, risks_in
from bot.assessment.summary import follow_up_lines
from bot.ropes import options_from
from fake_tracker import FakeTracker

EXACT = ("hes been leaving the gas on and going out at night looking for mum. shes been dead "
         "6 years. im honestly shattered")
FRESH = [
    ("mum left the cooker on again last night, the kitchen was full of smoke",
     "gas or cooker left on"),
    ("dad keeps getting lost when he goes to the paper shop", "goes out or gets lost, at night too"),
    ("she isnt eating, the food is left untouched in the fridge", "not eating"),
    ("he had two falls last month in the bathroom", "falls"),
]


def test_the_exact_answer_tells_two_risks():
    assert risk_kinds([EXACT]) == ["gas or cooker left on", "goes out or gets lost, at night too"]


@pytest.mark.parametrize("text, risk", FRESH)
def test_fresh_risks_are_found(text, risk):
    assert risk in risk_kinds([text])


@pytest.mark.parametrize("text", [
    "we dont eat out much these days",        # look-alikes: no risk to anyone
    "the gas bill is a worry",
    "he eats if i leave it out",
    "she goes out at the weekend with her friend",
])
def test_look_alikes_tell_no_risk(text):
    assert risk_kinds([text]) == []


def test_risks_in_the_answers_are_follow_ups_for_staff(monkeypatch):
    monkeypatch.setattr(assessment.store, "records_for", lambda sender: [])
    answers = {"sa_community": EXACT, "sa_outcome_home_safe": "gas and him going out at night",
               "sa_what_matters": "his garden and his dog"}
    _, items = assessment.follow_ups(FakeTracker(), answers)
    risks = [i["text"] for i in items if i["kind"] == "risk"]
    assert any(r.startswith("gas or cooker left on") for r in risks)
    assert any(r.startswith("goes out or gets lost") for r in risks)
    lines = follow_up_lines({"to_follow_up": items})
    assert any(line.startswith("Risk: gas or cooker left on. They said:") for line in lines)


def test_no_risk_items_when_none_told(monkeypatch):
    monkeypatch.setattr(assessment.store, "records_for", lambda sender: [])
    _, items = assessment.follow_ups(FakeTracker(), {"sa_what_matters": "his garden and his dog"})
    assert not [i for i in items if i["kind"] == "risk"]


@pytest.mark.parametrize("answers, carer", [
    ([EXACT, "yes safe is the problem. gas and him going out at night"], False),
    (["mum left the cooker on again last night"], True),
    (["dad keeps getting lost when he goes to the paper shop"], False),
])
def test_gas_or_going_out_offers_telecare_not_only_a_falls_button(answers, carer):
    keys = [o.key for o in options_from(answers, carer=carer)]
    assert "telecare" in keys and "alarm" not in keys


def test_falls_still_offer_the_alarm():
    keys = [o.key for o in options_from(["he had two falls last month in the bathroom"])]
    assert "alarm" in keys and "telecare" not in keys


def test_a_record_with_risks_is_valid_against_the_schema(monkeypatch):
    from bot.assessment import summary
    from bot.assessment.questions import FORMS

    monkeypatch.setattr(assessment.store, "records_for", lambda sender: [])
    answers = {"sa_what_matters": EXACT}
    flagged, items = assessment.follow_ups(FakeTracker(), answers)
    record = summary.build_record("self_assessment_form", FORMS["self_assessment_form"],
                                  answers, about="someone_i_care_for", relationship="dad",
                                  channel="web", consent=True, suggestions=[],
                                  flagged=flagged, follow_up=items)
    assert any(i["kind"] == "risk" for i in record["to_follow_up"])
