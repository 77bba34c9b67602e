"""Strengths-based craft in the assessments: ideas built from the person's own words (ROPES
options), a carer near breaking point offered a break and a call, telecare when safety at
home comes up."""
from actions.assessment import carer_at_breaking_point, idea_from_earlier
from bot.markers import SKIPPED
from fake_tracker import FakeTracker


def test_an_idea_is_offered_back_from_what_they_said():
    tracker = FakeTracker({"sa_what_matters": "my grandchildren",
                           "sa_tried": "i used to love singing in the choir before my hip"})
    assert "singing in the choir" in idea_from_earlier(tracker)
    assert idea_from_earlier(FakeTracker({"sa_what_matters": SKIPPED})) is None


def test_a_carer_near_breaking_point_is_noticed():
    assert carer_at_breaking_point({"ca_scale_now": "3"})
    assert carer_at_breaking_point({"ca_willing_able": "No, I need things to change"})
    assert carer_at_breaking_point({"ca_wellbeing": "shattered, not had a night off in years"})
    assert not carer_at_breaking_point({"ca_scale_now": "7", "ca_wellbeing": "not bad really"})


def test_a_booked_call_is_not_offered_again(db):
    """Round eight: after her call back was booked, the end of the carer's assessment asked
    "Would you like the team to call you about it?" again."""
    from actions.assessment import has_call_booked
    from bot import store

    assert not has_call_booked("web-carer01")
    store.create_handoff("web-carer01", "request")
    assert not has_call_booked("web-carer01")          # a chat hand-off, not a call
    store.create_handoff("web-carer02", "callback", callback=True)
    assert has_call_booked("web-carer02")
