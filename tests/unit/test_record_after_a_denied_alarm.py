"""Round ten: the self-assessment could not be finished after a false alarm the person had
denied ("Sorry, something went wrong"): the record's follow-up item carried the new
``not_a_concern`` mark, which the published schema did not allow, so validation failed and
nothing was saved."""
from __future__ import annotations

from actions.assessment import follow_ups
from actions.false_alarm import mark_not_a_concern
from bot import store
from bot.assessment import summary
from bot.assessment.questions import FORMS
from fake_tracker import action_tracker


def test_a_record_with_a_denied_disclosure_is_valid(db):
    store.save_record("r10-grazyna", "safety", {
        "words": "my back hurt. I am scared he fall when I am at work",
        "category": "abuse_domestic", "kind": "safeguarding", "tier": "clear",
        "at": "2026-11-27T05:10:00+00:00"})
    still = mark_not_a_concern("r10-grazyna", None, "NO abuse!! Marek is good husband")
    assert still is False                                   # nothing else stands
    tracker = action_tracker("yes that is right", {}, "affirm", sender="r10-grazyna")
    flagged, items = follow_ups(tracker, {})
    assert items[0]["not_a_concern"]["words"] == "NO abuse!! Marek is good husband"
    record = summary.build_record(
        "self_assessment_form", FORMS["self_assessment_form"], {"preferred_name": "Marek"},
        about="someone_i_care_for", relationship="husband", channel="web", consent=True,
        flagged=flagged, follow_up=items)        # validates against the schema
    assert record["to_follow_up"][0]["not_a_concern"]["note"]
