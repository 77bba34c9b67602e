"""The crisis and safeguarding card (actions/safety.respond) reads the person's stored records
once: what the safety net found earlier and whether a wish was already told come from the same
reading (issue 14), and a wish told earlier is still not asked for again."""
import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import safety as safety_actions
from bot import form_slots as fs
from bot import store

ABUSE = {"tier": "clear", "kind": "safeguarding", "category": "abuse_financial"}
TOLD = [
    "my son takes my pension every week and i cant stop him",
    "my grandson has my bank card and wont give it back",
    "the lodger keeps taking money out of my purse",
    "my nephew made me sign my house over to him",
]


def tracker(text, sender, loop=None, requested=None):
    message = {"text": text, "intent": {"name": "safeguarding", "confidence": 0.99},
               "entities": [], "safety_net": ABUSE, "metadata": {"channel": "web"}}
    return Tracker(sender, {"requested_slot": requested}, message,
                   [{"event": "user", "text": text}], False, None,
                   {"name": loop} if loop else {}, "action_listen")


def counted(monkeypatch):
    calls = []
    read = store.records_for

    def records_for(sender_id):
        calls.append(sender_id)
        return read(sender_id)
    monkeypatch.setattr(store, "records_for", records_for)
    return calls


def wish_slot(events):
    return [e.get("value") for e in events
            if e.get("event") == "slot" and e.get("name") == "safety_wish"]


@pytest.mark.parametrize("text", TOLD)
@pytest.mark.parametrize("loop", [None, "self_assessment_form"])
def test_the_card_reads_the_records_once(db, monkeypatch, text, loop):
    calls = counted(monkeypatch)
    events = safety_actions.respond(CollectingDispatcher(),
                                    tracker(text, "once-test", loop, "sa_q1" if loop else None),
                                    "safeguarding", "safeguarding")
    assert calls == ["once-test"]
    assert wish_slot(events) == [None]          # no wish told yet: asked


@pytest.mark.parametrize("text", TOLD[:3])
@pytest.mark.parametrize("loop", [None, "self_assessment_form"])
def test_a_wish_told_earlier_is_not_asked_again(db, text, loop):
    store.save_record("wish-test", "safety_wish", {"wish": "i want it to stop"})
    events = safety_actions.respond(CollectingDispatcher(),
                                    tracker(text, "wish-test", loop, "sa_q1" if loop else None),
                                    "safeguarding", "safeguarding")
    # outside a form the wish is marked as not needed; inside, the slot is left alone
    assert wish_slot(events) == ([] if loop else [fs.NOT_NEEDED])


def test_the_wish_reader_reads_only_the_records_given():
    assert safety_actions.wish_given([{"kind": "safety_wish", "data": {}}])
    assert not safety_actions.wish_given([{"kind": "safety", "data": {"kind": "safeguarding"}}])
    assert not safety_actions.wish_given([])
