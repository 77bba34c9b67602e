"""A tracker that replays its events into past states once for each version of its events.

In one prediction each of Rasa's policies turns the whole window into states
(``Domain.states_for_tracker_history``): MemoizationPolicy and TEDPolicy without the turns
only rules predict, RulePolicy twice (by text, then by intent) with them. Each pass replays
the window into a tracker, action by action, and asks every one of the domain's 80-odd slots
for its feature: a third of the Rasa server's CPU at 10 conversations at once
(benchmarks/PROFILE.md, seventh round).

The states depend only on the events, the domain and the arguments. ``StatesOnceTracker``
replays once per version of its events and keeps, for each past action, what both kinds of
history are made of (``Turn``); each call then builds its history from those the way
``states_for_tracker_history`` does, and hands out copies (the featurizers change the lists
they are given). Only the slots that can have a feature are asked for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Text

from rasa.shared.core.constants import ACTIVE_LOOP, PREVIOUS_ACTION, SLOTS, USER
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import DialogueStateTracker

_MEMO = "_care_past_states"     # on a tracker: (domain, events seen, last event, turns)


@dataclass(frozen=True)
class Turn:
    """One past tracker as ``states_for_tracker_history`` reads it: its state, and what
    decides whether the learned policies skip it (a turn only rules predict)."""
    hidden: bool                                   # the next action's ``hide_rule_turn``
    followup_action: Optional[Text]
    latest_action_name: Optional[Text]
    active_loop_name: Optional[Text]
    previous_action: Optional[Dict[Text, Text]]    # the tracker's own dict, as Rasa shares it
    state: State


class _SlotsOnly:
    """Stands in for a tracker where only its ``slots`` are read."""
    __slots__ = ("slots",)

    def __init__(self, slots: Dict[Text, Slot]) -> None:
        self.slots = slots


def featured_slots(slots: Dict[Text, Slot]) -> List[Text]:
    """The slots whose ``as_feature`` can be anything but empty: Rasa's own returns [] for
    a slot that does not influence the conversation (a slot type with its own
    ``as_feature`` is always asked)."""
    return [name for name, slot in slots.items()
            if slot.influence_conversation or type(slot).as_feature is not Slot.as_feature]


def active_state(domain: Domain, tracker: DialogueStateTracker, omit_unset_slots: bool,
                 slot_names: List[Text]) -> State:
    """``Domain.get_active_state`` with the slots sub-state built from ``slot_names`` only
    (in the tracker's order), which leaves out exactly the slots it leaves out."""
    slots = _SlotsOnly({name: tracker.slots[name] for name in slot_names})
    return domain._clean_state({
        USER: domain._get_user_sub_state(tracker),
        SLOTS: domain._get_slots_sub_state(slots, omit_unset_slots=omit_unset_slots),
        PREVIOUS_ACTION: domain._get_prev_action_sub_state(tracker),
        ACTIVE_LOOP: domain._get_active_loop_sub_state(tracker),
    })


def replay(tracker: DialogueStateTracker, domain: Domain,
           omit_unset_slots: bool) -> List[Turn]:
    """Every past tracker of ``tracker`` (Rasa's ``generate_all_prior_trackers``) as a
    ``Turn``."""
    slot_names = featured_slots(tracker.slots)
    return [Turn(hidden, past.followup_action, past.latest_action_name,
                 past.active_loop_name, domain._get_prev_action_sub_state(past),
                 active_state(domain, past, omit_unset_slots, slot_names))
            for past, hidden in tracker.generate_all_prior_trackers()]


def history(turns: List[Turn], domain: Domain, ignore_rule_only_turns: bool,
            rule_only_data: Optional[Dict[Text, Any]]) -> List[State]:
    """What ``Domain.states_for_tracker_history`` makes of these turns, step for step. The
    states share their sub-states with ``turns``: copy before handing them out."""
    states: List[State] = []
    last_ml_action_sub_state = None
    turn_was_hidden = False
    for turn in turns:
        if ignore_rule_only_turns:
            if not turn_was_hidden:
                last_ml_action_sub_state = turn.previous_action
            if not turn.followup_action and \
                    not turn.latest_action_name == turn.active_loop_name:
                turn_was_hidden = turn.hidden
            if turn_was_hidden:
                continue
        state = dict(turn.state)
        if ignore_rule_only_turns:
            if SLOTS in state:       # rule-only slots are taken out of it
                state[SLOTS] = dict(state[SLOTS])
            domain._remove_rule_only_features(state, rule_only_data)
            if states:
                domain._substitute_rule_only_user_input(state, states[-1])
            if last_ml_action_sub_state:
                state[PREVIOUS_ACTION] = last_ml_action_sub_state
        states.append(domain._clean_state(state))
    return states


def copied(states: List[State]) -> List[State]:
    """New state dicts and sub-state dicts with the same values (strings and tuples, which
    nothing changes in place). A sub-state shared between states (a rule-only turn takes
    the user input of the turn before, or the last learned action) is shared in the copy
    too, as in Rasa's own list."""
    twins: Dict[int, Any] = {}
    result = []
    for state in states:
        new = {}
        for kind, sub_state in state.items():
            twin = twins.get(id(sub_state))
            if twin is None:
                twin = twins[id(sub_state)] = (dict(sub_state) if isinstance(sub_state, dict)
                                               else sub_state)
            new[kind] = twin
        result.append(new)
    return result


class StatesOnceTracker(DialogueStateTracker):
    """``past_states`` from one replay per domain and version of the events.

    The events are the same while their number and the last one are (Rasa only ever
    appends; an undo or a rewind is an event too). Everything else a tracker holds (its
    slots, form, latest message) is rebuilt from the events for each past state, so it
    does not enter the key. Copies this tracker makes (``copy``, ``init_copy``) are plain
    trackers and remember nothing.
    """

    def past_states(
        self,
        domain: Domain,
        omit_unset_slots: bool = False,
        ignore_rule_only_turns: bool = False,
        rule_only_data: Optional[Dict[Text, Any]] = None,
    ) -> List[State]:
        last = self.events[-1] if self.events else None
        memo = self.__dict__.get(_MEMO)
        if memo is None or memo[0] is not domain or memo[1] != len(self.events) \
                or memo[2] is not last:
            memo = (domain, len(self.events), last, {})
            setattr(self, _MEMO, memo)
        turns = memo[3].get(omit_unset_slots)
        if turns is None:
            turns = memo[3][omit_unset_slots] = replay(self, domain, omit_unset_slots)
        return copied(history(turns, domain, ignore_rule_only_turns, rule_only_data))
