"""Round 5 hand-offs through the actions: details said with the request are taken, questions
about a call-back are answered from the hand-off, stopping after a call-back passes the
answers so far on (with consent), and a complaint is a complaint hand-off."""
import json

from rasa_sdk.executor import CollectingDispatcher

from actions.callback import stopped_with_callback
from actions.handoff import ActionHandoff
from actions.safety import ActionKindRoute
from bot import store
from bot.data import handoffs
from fake_tracker import action_tracker, run_action, slots_of


def _tracker(text, slots, intent="request_human", before=(), loop=None, sender="caller-5"):
    return action_tracker(text, slots, intent, before, loop, sender)


_run = run_action


def test_number_and_time_with_the_request_are_taken_and_only_the_rest_asked(db):
    said, events = _run(ActionHandoff(), _tracker(
        "could somebody call me back, my mobile is 07700 900461, best after 2 when he naps",
        {}))
    slots = slots_of(events)
    assert json.loads(slots["contact_details"])["phone"] == "07700 900461"
    assert slots["contact_time"].startswith("after 2")
    assert slots["contact_safety"] is None          # still to ask
    assert {"event": "followup", "timestamp": None, "name": "contact_form"} in events


def test_everything_said_with_the_request_needs_no_questions(db):
    said, events = _run(ActionHandoff(), _tracker(
        "please phone me back on 07700 900462 any time, fine to leave a message", {}))
    assert "07700 900462" in said
    assert not any(e.get("event") == "followup" for e in events)
    assert "07700 900462" in handoffs.latest_for("caller-5")["summary"]


def test_a_secret_with_the_request_is_noted_and_answered(db):
    said, events = _run(ActionHandoff(), _tracker(
        "can someone ring me, my son mustnt know im asking", {}))
    assert "talk only to you" in said
    assert json.loads(slots_of(events)["contact_safety"])["leave_message"] is False
    assert "Nobody else should know" in handoffs.latest_for("caller-5")["summary"]


def test_who_it_is_about_goes_on_the_hand_off(db):
    _run(ActionHandoff(), _tracker(
        "can someone just ring me instead", {
            "about": "someone_i_care_for", "relationship": "nan", "preferred_name": "Ivy",
            "on_behalf": "cannot_decide"},
        before=["its for my nan, she has dementia", "she cant decide, i have power of attorney"]))
    summary = handoffs.latest_for("caller-5")["summary"]
    assert "About: their nan Ivy." in summary
    assert "Health: dementia." in summary
    assert "Ivy cannot decide" in summary


def test_questions_about_a_booked_call_are_answered_not_booked_again(db):
    row = store.create_handoff("caller-5", "callback", summary="ring me", callback=True)
    slots = {"handoff_reference": row["reference"],
             "contact_details": json.dumps({"phone": "07700 900463", "email": None}),
             "contact_time": "Lunchtimes", "contact_safety": None}
    said, _ = _run(ActionHandoff(), _tracker("is somebody still phoning me or not?", slots))
    # The time they gave ("Lunchtimes") within the council's hours, whatever the clock.
    assert "still booked" in said and row["reference"] in said and "07700 900463" in said
    assert "2pm" in said or "later today" in said
    said, _ = _run(ActionHandoff(), _tracker("they wont tell my wife will they?", slots))
    assert said.startswith("No. The team will talk only to you.")
    assert len(handoffs.find(per_page=0)[0]) == 1


def test_stopping_after_a_call_back_passes_the_answers_with_consent(db):
    row = store.create_handoff("caller-5", "callback", summary="ring me", callback=True)
    slots = {"handoff_reference": row["reference"], "consent_given": True,
             "about": "someone_i_care_for", "relationship": "mum", "preferred_name": "Peggy",
             "sa_what_matters": "her cat and her garden"}
    dispatcher = CollectingDispatcher()
    assert stopped_with_callback(dispatcher, _tracker("stop", slots, "stop",
                                                      loop="self_assessment_form"))
    said = " ".join(m["text"] for m in dispatcher.messages)
    assert "passed your answers so far" in said
    assert "her cat and her garden" in handoffs.latest_for("caller-5")["summary"]


def test_without_consent_the_answers_are_not_passed_on(db):
    row = store.create_handoff("caller-5", "callback", summary="ring me", callback=True)
    slots = {"handoff_reference": row["reference"], "consent_given": None,
             "sa_what_matters": "my allotment"}
    dispatcher = CollectingDispatcher()
    assert stopped_with_callback(dispatcher, _tracker("stop", slots, "stop",
                                                      loop="self_assessment_form"))
    assert "my allotment" not in handoffs.latest_for("caller-5")["summary"]


def test_a_complaint_in_a_survey_stops_it_and_is_a_complaint_hand_off(db):
    said, events = _run(ActionKindRoute(), _tracker(
        "i want to put in a proper complaint, the evening carers never come on time",
        {"survey_type": "support"}, intent="complaint", loop="experience_survey_form"))
    assert "Ombudsman" in said and "sent your complaint" in said
    assert {"event": "active_loop", "timestamp": None, "name": None} in events
    row = handoffs.latest_for("caller-5")
    assert row["reason"] == "complaint" and "evening carers" in row["summary"]
    said, _ = _run(ActionKindRoute(), _tracker(
        "has my complaint gone to the right people?", {"handoff_reference": row["reference"]},
        intent="complaint"))
    assert "complaint is with the team" in said and "Ombudsman" not in said


def test_a_new_summary_on_an_open_hand_off_is_added(db):
    first = store.create_handoff("caller-5", "safeguarding", summary="concern")
    again = store.create_handoff("caller-5", "callback", summary="email: a@example.org",
                                 callback=True)
    assert again["reference"] == first["reference"]
    assert "email: a@example.org" in again["summary"] and again["callback_requested"]


def test_how_do_i_complain_after_one_was_passed_on_gives_the_route(db):
    _run(ActionKindRoute(), _tracker(
        "i want to make a formal complaint about my carer, she never turns up",
        {}, intent="complaint", loop="experience_survey_form"))
    said, _ = _run(ActionKindRoute(), _tracker(
        "ok but how do i complain myself", {}, intent="complaint", loop="contact_form"))
    assert "already with the team" in said and "Ombudsman" in said
    assert len([r for r in store.records_for("caller-5") if r["kind"] == "complaint"]) == 1


def test_an_email_after_no_calls_needs_no_best_time():
    from actions.form_engine import no_time_for_an_email, read_contact

    no_calls = json.dumps({"safe_to_call": False, "text_only": True})
    reading = no_time_for_an_email(read_contact("contact_details", "its jo@example.org"),
                                   no_calls)
    assert reading.slots["contact_time"] == "Any time"
    reading = no_time_for_an_email(read_contact("contact_details", "07700 900464"), no_calls)
    assert "contact_time" not in reading.slots


def test_stopping_before_any_number_was_given_does_not_say_the_call_is_booked(db):
    """Round twelve: "Your call back is still booked" with no number taken."""
    row = store.create_handoff("caller-6", "crisis", summary="x", priority=1)
    slots = {"handoff_reference": row["reference"], "consent_given": True,
             "sa_what_matters": "my dog"}
    dispatcher = CollectingDispatcher()
    assert stopped_with_callback(dispatcher, _tracker("stop", slots, "stop",
                                                      loop="self_assessment_form",
                                                      sender="caller-6"))
    said = " ".join(m["text"] for m in dispatcher.messages)
    assert "still booked" not in said and "no way to reach you yet" in said
    assert row["reference"] in said and "passed your answers so far" in said
