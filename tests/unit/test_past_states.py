"""bot.past_states.StatesOnceTracker: the same past states as Rasa's own
``Domain.states_for_tracker_history`` after every event of a conversation with forms,
rule-only turns, rewinds, restarts and featurised slots and entities, for every set of
arguments the policies use; the lists handed out are the caller's to change."""
import json

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActionExecutionRejected, ActionReverted,
                                     ActiveLoop, BotUttered, ConversationPaused,
                                     ConversationResumed, DefinePrevUserUtteredFeaturization,
                                     FollowupAction, LoopInterrupted, Restarted,
                                     SessionStarted, SlotSet, UserUttered,
                                     UserUtteranceReverted)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.past_states import StatesOnceTracker, featured_slots
from bot.settings import PROJECT_ROOT
from bot.tracker_window import tracker_from_dicts

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))
FORM = "self_assessment_form"
RULE_ONLY = {"rule_only_slots": ["safety_concern", "requested_slot"],
             "rule_only_loops": ["contact_form"]}
ARGUMENTS = [dict(omit_unset_slots=omit, ignore_rule_only_turns=ignore, rule_only_data=data)
             for omit in (False, True) for ignore in (False, True)
             for data in (None, RULE_ONLY)]


def said(text, intent, entities=()):
    return UserUttered(text, {"name": intent, "confidence": 0.9},
                       entities=[dict(entity) for entity in entities])


def conversation():
    """77 events: a form with a rejection and an interruption, turns only rules
    predicted (hidden from the learned policies), a form only rules know, entities with a
    role, the featurised safety slot, a rewind, an undo, a pause, a follow-up action, an
    action given as text, a restart and a new session."""
    listen = ActionExecuted("action_listen")
    events = [ActionExecuted("action_session_start"), SessionStarted(), listen]
    events += [said("hi", "greet"), ActionExecuted("utter_greet", hide_rule_turn=True),
               BotUttered("Hello"), ActionExecuted("action_listen", hide_rule_turn=True)]
    events += [said("care in LS6 for my mum", "find_service",
                    [{"entity": "postcode", "value": "LS6"},
                     {"entity": "relationship", "value": "mum", "role": "cared_for"}]),
               DefinePrevUserUtteredFeaturization(False),
               ActionExecuted("action_find_service"), SlotSet("service_category", "home care"),
               ActionExecuted("action_listen")]
    events += [said("i want to do a self assessment", "start_self_assessment"),
               ActionExecuted(FORM), ActiveLoop(FORM), SlotSet("requested_slot", "sa_a"),
               BotUttered("First question"), ActionExecuted("action_listen")]
    for n in range(4):
        events += [said(f"answer {n}", "inform"), ActionExecuted(FORM),
                   SlotSet("requested_slot", f"sa_{n}"), ActionExecuted("action_listen")]
    events += [said("what does that mean", "explain_term",
                    [{"entity": "jargon_term", "value": "eligibility"}]),
               ActionExecutionRejected(FORM),
               ActionExecuted("action_explain", hide_rule_turn=True), LoopInterrupted(True),
               ActionExecuted(FORM, hide_rule_turn=True),
               ActionExecuted("action_listen", hide_rule_turn=True)]
    events += [said("he hits me", "safeguarding"), SlotSet("safety_concern", "safeguarding"),
               ActionExecuted("action_safety"), ActionExecuted("action_listen"),
               said("go back", "back"), ActionExecuted("action_back"),
               UserUtteranceReverted(), said("sorry", "inform"), ActionExecuted(FORM),
               ActiveLoop(None), SlotSet("requested_slot", None), ActionReverted(),
               ActionExecuted("action_listen")]
    events += [said("ring me", "request_callback"), ActionExecuted("contact_form"),
               ActiveLoop("contact_form"), ActionExecuted("action_listen"),
               said("07700900123", "inform"), ActionExecuted("contact_form"),
               ActiveLoop(None), FollowupAction("utter_done"), ActionExecuted("utter_done"),
               ActionExecuted(action_text="Thanks, we will ring you"),
               ActionExecuted("action_listen")]
    events += [said("stop", "stop"), ConversationPaused(), ActionExecuted("action_listen"),
               said("i am back", "resume"), ConversationResumed(),
               ActionExecuted("action_listen"), said("start again", "restart"),
               ActionExecuted("action_restart"), Restarted(),
               ActionExecuted("action_session_start"), SessionStarted(),
               ActionExecuted("action_listen"), said("hello", "greet")]
    return events


def shape(states):
    """Which sub-states are one object (Rasa shares some between states)."""
    first = {}
    return [sorted((kind, first.setdefault(id(sub), (i, kind))) for kind, sub in state.items())
            for i, state in enumerate(states)]


def mess_up(states):
    for state in states:
        for sub_state in state.values():
            sub_state.clear()
        state.clear()
    states.append({"user": {"intent": "nonsense"}})


def test_the_same_states_as_rasa_after_every_event():
    ours = StatesOnceTracker("s", DOMAIN.slots)
    rasa = DialogueStateTracker("s", DOMAIN.slots)
    for mine, theirs in zip(conversation(), conversation()):
        ours.update(mine)
        rasa.update(theirs)
        # Each kind asked for in both orders: one must not change what another reads.
        for arguments in ARGUMENTS + ARGUMENTS[::-1]:
            expected = DOMAIN.states_for_tracker_history(rasa, **arguments)
            for _ in range(2):
                got = ours.past_states(DOMAIN, **arguments)
                assert got == expected
                assert json.dumps(got) == json.dumps(expected)      # order of keys too
                assert shape(got) == shape(expected)
                mess_up(got)


def test_each_arguments_kind_differs_where_rasas_does():
    events = conversation()
    featured = next(i for i, event in enumerate(events)
                    if isinstance(event, SlotSet) and event.key == "safety_concern")
    ours = StatesOnceTracker.from_events("s", events[:featured + 3], DOMAIN.slots)
    plain = ours.past_states(DOMAIN)
    learned = ours.past_states(DOMAIN, ignore_rule_only_turns=True, rule_only_data=RULE_ONLY)
    assert len(learned) < len(plain)        # the hidden turns are left out
    assert any("slots" in state for state in plain)


def test_a_new_event_or_another_domain_is_worked_out_again():
    events = conversation()
    action = next(i for i, event in enumerate(events)
                  if i >= 20 and isinstance(event, ActionExecuted))
    ours = StatesOnceTracker.from_events("s", events[:action], DOMAIN.slots)
    before = ours.past_states(DOMAIN)
    ours.update(events[action])
    rasa = DialogueStateTracker.from_events("s", conversation()[:action + 1], DOMAIN.slots)
    assert ours.past_states(DOMAIN) == DOMAIN.states_for_tracker_history(rasa) != before
    other = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    assert ours.past_states(other) == other.states_for_tracker_history(rasa)


def test_only_the_safety_slot_can_have_a_feature():
    assert featured_slots(DialogueStateTracker("s", DOMAIN.slots).slots) == ["safety_concern"]


def test_copies_remember_nothing_and_the_store_reads_into_this_tracker():
    tracker = tracker_from_dicts("s", [event.as_dict() for event in conversation()[:12]],
                                 DOMAIN.slots)
    assert isinstance(tracker, StatesOnceTracker)
    assert type(tracker.copy()) is DialogueStateTracker


@pytest.mark.parametrize("cut", [3, 30, 60])
def test_the_same_as_a_tracker_read_from_the_middle(cut):
    """A window starts anywhere: from_events on a later part of the conversation."""
    ours = StatesOnceTracker.from_events("s", conversation()[cut:], DOMAIN.slots)
    rasa = DialogueStateTracker.from_events("s", conversation()[cut:], DOMAIN.slots)
    for arguments in ARGUMENTS:
        assert ours.past_states(DOMAIN, **arguments) == \
            DOMAIN.states_for_tracker_history(rasa, **arguments)
