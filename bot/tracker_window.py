"""A bounded working window over a long conversation, so a turn costs the same at turn 150
as at turn 5.

Stock Rasa re-reads every event of the session on each turn, replays them into a tracker,
and each policy turns the whole history into states; the action server is sent it all.
Rasa's policies only look at the last few turns (``max_history`` 4 and 5, rules of at most
a few steps), and what the earlier turns left behind is held in the slots, the active form
and whether the conversation is paused. So the window is:

1. a *prefix* that restores exactly that state at a cut point (``SlotSet`` for every slot
   that was set, ``ActiveLoop`` with its interrupted or rejected flags, ``ConversationPaused``),
2. the events from the cut on, unchanged.

A cut is only made just before a person's message (an ``action_listen`` followed by a
``user`` event), so a rewind or an undo in the window never reaches back past the cut. The
window keeps many more states than any rule or ``max_history`` looks at, so the policies see
the same last states as with the whole history, and the conversation's first state (no
previous action, the one ``conversation_start`` rules need) is never among them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence, Tuple

from rasa.shared.core.events import (ActionExecutionRejected, ActiveLoop, ConversationPaused,
                                     Event, LoopInterrupted, SlotSet)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

from bot.past_states import StatesOnceTracker

ACTION_LISTEN = "action_listen"
_EVENT_CLASSES: Dict[str, type] = {}


def _event_class(type_name: str) -> Optional[type]:
    """The class ``Event.resolve_by_type`` finds for ``type_name`` (the first subclass with
    it), remembered: Rasa walks every Event subclass for each event it reads, which was a
    tenth of a turn's CPU when a window of 60 to 120 events is read (benchmarks/PROFILE.md).
    Looked up afresh when a name is not known yet (an Event class imported later)."""
    if type_name not in _EVENT_CLASSES:
        for cls in all_subclasses(Event):
            _EVENT_CLASSES.setdefault(cls.type_name, cls)
    return _EVENT_CLASSES.get(type_name)


def tracker_from_dicts(sender_id: str, dicts: List[Dict[str, Any]],
                       slots) -> DialogueStateTracker:
    """``DialogueStateTracker.from_dict`` with each event's class looked up once, not per
    event; an event it does not know goes through Rasa's own ``Event.from_parameters``.
    The tracker works out its past states once per turn's version of its events
    (bot/past_states.py)."""
    events: List[Event] = []
    for data in dicts:
        if data.get("event") is None:
            continue                  # from_dict skips these too
        cls = _event_class(data["event"])
        event = cls._from_parameters(data) if cls else Event.from_parameters(data)
        if event:
            events.append(event)
    return StatesOnceTracker.from_events(sender_id, events, slots)


def restoring_events(tracker: DialogueStateTracker) -> List[Event]:
    """Events that bring a fresh tracker to ``tracker``'s slots, form and pause state."""
    events: List[Event] = [SlotSet(name, slot.value) for name, slot in tracker.slots.items()
                           if slot.has_been_set or slot.value != slot.initial_value]
    loop = tracker.active_loop_name
    if loop:
        events.append(ActiveLoop(loop))
        if tracker.active_loop.is_interrupted:
            events.append(LoopInterrupted(True))
        if tracker.active_loop.rejected:
            events.append(ActionExecutionRejected(loop))
    if tracker.is_paused():
        events.append(ConversationPaused())
    return events


def restoring_dicts(tracker: DialogueStateTracker) -> List[Dict[str, Any]]:
    return [event.as_dict() for event in restoring_events(tracker)]


LOOKED_AT = 8    # states: more than max_history (5) and the longest rule (5 steps) need


def cut_points(kinds: Sequence[Tuple[str, Optional[str]]]) -> List[int]:
    """Indexes where a window may start: an ``action_listen`` just before a person's message.
    ``kinds`` holds (event type, action name) per event, as the SQL store's columns do."""
    return [i for i in range(len(kinds) - 1)
            if kinds[i] == ("action", ACTION_LISTEN) and kinds[i + 1][0] == "user"]


def choose_cuts(kinds: Sequence[Tuple[str, Optional[str]]], keep: int,
                loop_active_at_start: bool = False) -> List[int]:
    """Where a window may start, earliest first: just before a person's message, with at
    least ``keep`` events after it, and outside a form (a form's turns are folded together
    by Rasa, so its policies look back to before the form started)."""
    active = loops_before(kinds, "loop" if loop_active_at_start else None)
    return [i for i in cut_points(kinds) if len(kinds) - i >= keep and not active[i]]


@dataclass
class Plan:
    """One way to start a shorter window: at ``cut``, after the restoring events for it,
    after (inside a form) the form's opening ``events[start:end]`` with its own restoring
    events, or the opening already kept (``keep_opening``)."""
    cut: int
    opening: Optional[Tuple[int, int]] = None
    keep_opening: bool = False

    @property
    def restore_at(self) -> List[int]:
        return [self.cut] + ([self.opening[0]] if self.opening else [])


def loop_at_start(sender_id: str, prefix: List[Dict[str, Any]], slots) -> Optional[str]:
    return DialogueStateTracker.from_dict(sender_id, prefix, slots).active_loop_name


def window_plans(kinds: Sequence[Tuple[str, Optional[str]]], keep: int,
                 loop_at_first: Optional[str], loop_now: Optional[str],
                 opening_kept: bool, hidden: Optional[Sequence[bool]] = None) -> List[Plan]:
    """Shorter windows worth checking, shortest first. Outside a form: a cut outside any
    form. In a form that runs long: a cut inside it, after the events that opened it (Rasa
    folds a form's happy turns, so its policies look back to what came before the form;
    ``hidden`` marks actions only rules predict, which the learned policies skip)."""
    hidden = hidden or [False] * len(kinds)
    plans = [Plan(cut) for cut in reversed(choose_cuts(kinds, keep, bool(loop_at_first)))]
    if loop_now:
        active = loops_before(kinds, loop_at_first)
        opened = [i for i, (kind, name) in enumerate(kinds)
                  if kind == "active_loop" and name == loop_now and active[i] != loop_now]
        inside = [i for i in cut_points(kinds) if active[i] == loop_now]
        if opened:
            start = opened[-1]
            outside = choose_cuts(kinds[:start + 1], 1, bool(loop_at_first)) or [0]
            enough = [c for c in outside if sum(
                kind == "action" and not hide
                for (kind, _), hide in zip(kinds[c:start], hidden[c:start])) > LOOKED_AT + 2]
            before = enough[-1] if enough else outside[0]
            # A start just before the form would leave later cuts inside it too little
            # of what came before it.
            plans = [plan for plan in plans if plan.cut <= before]
            for cut in [c for c in reversed(inside) if c > start
                        and len(kinds) - c >= keep // 2]:
                plans.append(Plan(cut, opening=(before, start + 1)))
        elif opening_kept and loop_at_first == loop_now:
            for cut in [c for c in reversed(inside) if len(kinds) - c >= keep // 2]:
                plans.append(Plan(cut, keep_opening=True))
    return [plan for plan in plans if plan.cut > 0]      # 0 would not move the window


def loops_before(kinds: Sequence[Tuple[str, Optional[str]]],
                 loop_at_first: Optional[str]) -> List[Optional[str]]:
    """The active form just before each event."""
    active: List[Optional[str]] = []
    loop = loop_at_first
    for kind, name in kinds:
        active.append(loop)
        if kind == "active_loop":
            loop = name or None
    return active


def stamped(events: List[Dict[str, Any]], timestamp: float) -> List[Dict[str, Any]]:
    """Copies of ``events`` dated ``timestamp`` (restoring events take their cut's time)."""
    return [dict(event, timestamp=timestamp) for event in events]


def restoring_at(sender_id: str, prefix: List[Dict[str, Any]], events: List[Dict[str, Any]],
                 cuts: Sequence[int], slots) -> Dict[int, List[Dict[str, Any]]]:
    """For each cut, the restoring events of the state just before ``events[cut]``."""
    tracker = DialogueStateTracker.from_dict(sender_id, prefix, slots)
    wanted = set(cuts)
    found: Dict[int, List[Dict[str, Any]]] = {}
    for index, event in enumerate(events[:max(cuts, default=0)]):
        if index in wanted:
            found[index] = restoring_dicts(tracker)
        tracker.update(Event.from_parameters(event))
    if max(cuts, default=-1) >= 0:
        found[max(cuts)] = restoring_dicts(tracker)
    return found


def policy_view(tracker: DialogueStateTracker, domain) -> tuple:
    """What the policies read: the last states with and without rule-only turns, and
    whether the conversation's first state is out of their reach."""
    states = domain.states_for_tracker_history(tracker)
    ml_states = domain.states_for_tracker_history(tracker, ignore_rule_only_turns=True)
    return (states[-LOOKED_AT:], ml_states[-LOOKED_AT:],
            len(states) > LOOKED_AT and len(ml_states) > LOOKED_AT)
