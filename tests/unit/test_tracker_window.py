"""The windowed tracker store keeps a long conversation's state exactly: slots, the active
form with its flags, requested_slot, pause, the states the policies see, and every stored
event, while the tracker Rasa works on stays bounded."""
import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActionExecutionRejected, ActiveLoop,
                                     BotUttered, ConversationPaused, ConversationResumed,
                                     LoopInterrupted, SlotSet, UserUttered,
                                     UserUtteranceReverted)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import WindowedSQLTrackerStore
from bot.tracker_window import LOOKED_AT, choose_cuts, cut_points

ROOT = Path(__file__).resolve().parents[2]
FORM = "self_assessment_form"
WINDOW = 40


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


def make_store(tmp_path, domain, window=WINDOW):
    return WindowedSQLTrackerStore(domain=domain, dialect="sqlite",
                                   db=str(tmp_path / "tracker.db"), window_events=window)


def user(text, intent="inform"):
    return UserUttered(text, intent={"name": intent, "confidence": 1.0},
                       parse_data={"intent": {"name": intent, "confidence": 1.0},
                                   "entities": [], "text": text,
                                   "metadata": {"channel": "web"}})


def turn_events(n, form=(30, 90), interruptions=(40, 46)):
    """The events of turn ``n`` of a long conversation with a form in the middle, a
    rejected and an interrupted form step, a rewind and a pause."""
    events = [user(f"message {n}", "greet" if n % 7 == 0 else "inform")]
    opens, closes = form
    if n == 3:
        events += [ActionExecuted("utter_greet"), SlotSet("preferred_name", "Jeannie")]
    elif n == opens:
        events += [ActionExecuted(FORM), ActiveLoop(FORM),
                   SlotSet("requested_slot", "safety_check")]
    elif opens < n < closes:
        if n == interruptions[0]:
            events += [ActionExecutionRejected(FORM), ActionExecuted("action_explain")]
        elif n == interruptions[1]:
            events += [ActionExecuted("action_explain"), LoopInterrupted(True)]
        else:
            events += [ActionExecuted(FORM), SlotSet("sa_what_matters", f"answer {n}"),
                       SlotSet("requested_slot", f"slot_{n}")]
    elif n == closes:
        events += [ActionExecuted(FORM), ActiveLoop(None), SlotSet("requested_slot", None)]
    elif n == 110:
        events += [ActionExecuted("action_back"), UserUtteranceReverted()]
    elif n == 120:
        events += [ConversationPaused()]
    elif n == 125:
        events += [ConversationResumed()]
    else:
        events += [ActionExecuted("utter_reply"), BotUttered(f"reply {n}")]
    return events + [ActionExecuted("action_listen")]


def compare(window, full, domain):
    assert {k: s.value for k, s in window.slots.items()} == \
        {k: s.value for k, s in full.slots.items()}
    def loop(tracker):   # the message that started the form is not part of its state
        active = tracker.active_loop
        return active and (active.name, active.is_interrupted, active.rejected)

    assert loop(window) == loop(full)
    assert window.get_slot("requested_slot") == full.get_slot("requested_slot")
    assert window.is_paused() == full.is_paused()
    assert window.latest_message.text == full.latest_message.text
    # Every state the policies and rules look at (max_history 5, rules of a few steps) is
    # the same, with and without rule-only turns, and the window's own first state (no
    # previous action: what conversation_start rules match) is far out of their reach.
    for hide in (False, True):
        window_states = domain.states_for_tracker_history(window, ignore_rule_only_turns=hide)
        full_states = domain.states_for_tracker_history(full, ignore_rule_only_turns=hide)
        assert window_states[-LOOKED_AT:] == full_states[-LOOKED_AT:]
        assert len(window_states) > LOOKED_AT or len(window_states) == len(full_states)


@pytest.mark.parametrize("form, interruptions, bounded_from", [
    ((30, 90), (40, 46), 120),        # a form interrupted twice: Rasa still looks back to
                                      # the interruptions until the form is over
    ((10, 140), (-1, -1), 0)])        # a long form answered straight through
def test_a_long_conversation_keeps_its_state_and_every_event(tmp_path, domain, form,
                                                            interruptions, bounded_from):
    store = make_store(tmp_path, domain)
    reference = DialogueStateTracker("long", domain.slots)

    async def run():
        lengths = []
        for n in range(150):
            tracker = await store.get_or_create_tracker("long")
            if n == 0:
                reference.update(list(tracker.events)[0])   # the store's first action_listen
            compare(tracker, reference, domain)
            lengths.append(len(tracker.events))
            for event in turn_events(n, form, interruptions):
                tracker.update(event)
                reference.update(event)
            await store.save(tracker)
        final = await store.retrieve("long")
        compare(final, reference, domain)
        full = await store.retrieve_full_tracker("long")
        return lengths, full

    lengths, full = asyncio.run(run())
    assert [e.as_dict() for e in full.events] == [e.as_dict() for e in reference.events]
    # The working window stays bounded, in a long form as after it.
    assert max(lengths[bounded_from:]) < 3 * WINDOW + 20
    assert len(reference.events) > 4 * max(lengths[bounded_from:])


def test_another_server_reads_the_same_window_and_erasure_is_seen(tmp_path, domain):
    first = make_store(tmp_path, domain)
    reference = DialogueStateTracker("shared", domain.slots)

    async def run():
        for n in range(90):
            store = first if n % 2 else make_store(tmp_path, domain)   # turns alternate
            tracker = await store.get_or_create_tracker("shared")
            if n == 0:
                reference.update(list(tracker.events)[0])   # the store's first action_listen
            for event in turn_events(n):
                tracker.update(event)
                reference.update(event)
            await store.save(tracker)
        compare(await make_store(tmp_path, domain).retrieve("shared"), reference, domain)
        compare(await first.retrieve("shared"), reference, domain)
        engine = sa.create_engine(f"sqlite:///{tmp_path / 'tracker.db'}")
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM events WHERE sender_id = 'shared'"))
        engine.dispose()
        return await first.retrieve("shared")

    assert asyncio.run(run()) is None


def test_saving_twice_writes_nothing_new(tmp_path, domain):
    store = make_store(tmp_path, domain)

    async def run():
        tracker = await store.get_or_create_tracker("twice")
        tracker.update(user("hello"))
        await store.save(tracker)
        await store.save(tracker)
        return await store.retrieve_full_tracker("twice")

    assert len(asyncio.run(run()).events) == 2


def test_a_window_only_starts_just_before_a_persons_message():
    kinds = [("action", "action_session_start"), ("session_started", None),
             ("action", "action_listen"), ("user", None), ("action", "utter_x"),
             ("bot", None), ("action", "action_listen"), ("user", None),
             ("action", "action_back"), ("rewind", None), ("action", "action_listen")]
    assert cut_points(kinds) == [2, 6]
    assert choose_cuts(kinds, keep=5) == [2, 6]
    assert choose_cuts(kinds, keep=6) == [2]
    assert choose_cuts(kinds, keep=10) == []
    in_a_form = kinds[:4] + [("action", "a_form"), ("active_loop", "a_form")] + kinds[4:]
    assert choose_cuts(in_a_form, keep=1) == [2]
    assert choose_cuts(in_a_form + [("active_loop", None), ("action", "action_listen"),
                                    ("user", None)], keep=1) == [2, 14]
