"""bot.tracker_window.tracker_from_dicts: the same tracker as Rasa's from_dict, every event
type, with the event classes looked up once."""
import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActionExecutionRejected, ActionReverted,
                                     ActiveLoop, AllSlotsReset, BotUttered, ConversationPaused,
                                     ConversationResumed, FollowupAction, LoopInterrupted,
                                     Restarted, SessionStarted, SlotSet, UserUttered,
                                     UserUtteranceReverted)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.settings import PROJECT_ROOT
from bot.tracker_window import tracker_from_dicts

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


def dicts():
    events = [ActionExecuted("action_session_start"), SessionStarted(),
              ActionExecuted("action_listen"),
              UserUttered("i want to do a self assessment",
                          {"name": "start_self_assessment", "confidence": 0.9}),
              ActionExecuted("self_assessment_form"), ActiveLoop("self_assessment_form"),
              SlotSet("requested_slot", "consent_given"), BotUttered("Is that ok?"),
              ActionExecuted("action_listen"), UserUttered("yes", {"name": "affirm"}),
              SlotSet("consent_given", True), LoopInterrupted(True),
              ActionExecutionRejected("self_assessment_form"), FollowupAction("action_listen"),
              ConversationPaused(), ConversationResumed(), UserUtteranceReverted(),
              ActionReverted(), ActiveLoop(None), AllSlotsReset(), Restarted(),
              ActionExecuted("action_listen"), UserUttered("hiya", {"name": "greet"})]
    return [event.as_dict() for event in events] + [{"no_event": 1}]


@pytest.mark.parametrize("cut", [0, 5, 12, 20])
def test_the_same_tracker_as_rasas_from_dict(cut):
    data = dicts()[cut:]
    ours = tracker_from_dicts("s", data, DOMAIN.slots)
    rasa = DialogueStateTracker.from_dict("s", data, DOMAIN.slots)
    assert [e.as_dict() for e in ours.events] == [e.as_dict() for e in rasa.events]
    assert ours.current_slot_values() == rasa.current_slot_values()
    assert ours.active_loop == rasa.active_loop
    assert ours.is_paused() == rasa.is_paused()
    assert ours.latest_message.as_dict() == rasa.latest_message.as_dict()


def test_an_unknown_event_is_refused_as_rasa_refuses_it():
    with pytest.raises(ValueError):
        DialogueStateTracker.from_dict("s", [{"event": "no_such_event"}], DOMAIN.slots)
    with pytest.raises(ValueError):
        tracker_from_dicts("s", [{"event": "no_such_event"}], DOMAIN.slots)
