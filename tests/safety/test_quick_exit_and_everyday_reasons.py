"""Safety net, round six (persona testers, round four):

- everyday messages that raised the alarm from the risk classifier alone: in a hurry at work,
  wanting a night's sleep, evenings alone, an illness's signs at night. Each is now explained
  by a soft context, but only when no other danger word is left beside it;
- "he's back I have to go": a quick, quiet exit with the numbers, never a question on screen;
- "so you won't phone me? how would they get in touch": answered, not read as "carry on".
Fresh messages in several voices, not the testers' sentences alone.
"""
import asyncio
import json

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import form_engine
from actions import safety as safety_actions
from bot import form_slots as fs
from bot.answers.contact_question import asks_how_contacted
from bot.intents import CHECK_IN
from bot.nlu.safety_net import intent_for
from bot.safety import assess
from bot.safety.assessment import QUICK_EXIT


@pytest.mark.parametrize("text", [
    # in a hurry for an everyday reason
    "hi need to sort some care for my mum she's got dementia. im at work so need to be quick",
    "at work so need to be quick",
    "quick one, im on my lunch break - who do i ring about a carers assessment for my wife",
    "sorry in a rush, can someone ring me about help with dads washing",
    # wanting sleep or a break
    "thank you. will they be able to sort me a proper break? even one night where i can sleep",
    "just want one night where I can sleep",
    "i want a break. just one night where someone else looks after him and i can sleep",
    "all i ask is a decent nights sleep once a week",
    # evenings alone, told as a routine
    "I eat on my own and I'm in bed by 8",
    "now i eat on my own and go to bed at 8 because theres nothing else",
    "evenings are long, i sit by myself and watch the telly till bed",
    # an illness's signs, told with their time or cause
    "she gets confused and frightened at night",
    "pottering in the garden, cup of tea, bella on her lap. the bad days are when she gets "
    "confused and frightened",
    "dad gets muddled and anxious in the evenings, the nurse said its sundowning",
    "my husband becomes really agitated when it gets dark",
])
def test_everyday_reasons_raise_nothing(judged, text):
    judged(text, "none")


@pytest.mark.parametrize("text, kind", [
    # the same reasons beside a danger word: danger counts as ever
    ("im at work and she says the carer hit her again", "safeguarding"),
    ("i just want to sleep and never wake up", "crisis"),
    ("i live alone and theres nothing to live for anymore", "crisis"),
    ("mum gets frightened at night because her carer shouts at her", "safeguarding"),
    ("i need a rest from it all, i cant do this anymore", "crisis"),
])
def test_the_reasons_never_explain_away_danger(text, kind):
    result = assess(text)
    assert result.tier in ("clear", "check_in") and result.kind == kind, (text, result)


@pytest.mark.parametrize("text", [
    "he's back. I have to go", "he's back I have to go", "someone's coming",
    "got to go he's here", "gotta go, my son's home", "have to go hes just walked in",
    "my husband is back, bye", "i can hear his key, got to go",
    # any farewell word of the one list (bot.safety.context.FAREWELL)
    "my husband is back from the shops, cheerio", "my daughter is home now so ta-ra for now",
    "hes just walked in the front room, ta ta", "i can hear his car on the drive, cheerio love",
])
def test_someone_arriving_is_a_quick_exit_not_a_question(text):
    result = assess(text)
    assert result.tier == "none" and result.route == QUICK_EXIT, (text, result)
    # the check-in action answers it (its own rule works from any point, forms included)
    assert intent_for(result, "goodbye", text) == CHECK_IN


@pytest.mark.parametrize("text", [
    "my son is coming round tomorrow to help me fill this in",
    "the carer comes at 9 every morning",
    "hes back from hospital next week, what help can we get",
    # farewell words often said of something else count only beside "sorted"
    "my sister is coming to her friends farewell do, what can she bring",
    "so long as my husband is home by six can the carer come after",
    "my dad is back home and he said goodbye to the ward nurses, what help is there",
])
def test_a_visit_later_is_not_a_quick_exit(text):
    assert assess(text).route != QUICK_EXIT


def test_danger_beside_an_arrival_is_still_danger():
    result = assess("hes back and hes drunk, got to go")
    assert result.is_danger


def run_check_in(monkeypatch, slots, text="he's back. I have to go", loop=None):
    saved, notes = [], []
    monkeypatch.setattr(safety_actions.store, "save_record", lambda *a, **k: saved.append(a))
    monkeypatch.setattr(safety_actions.store, "note_on_handoff",
                        lambda ref, note: notes.append((ref, note)))
    result = assess(text)
    latest = {"text": text, "intent": {"name": CHECK_IN},
              "safety_net": {"tier": result.tier, "kind": result.kind,
                             "category": result.category, "route": result.route,
                             "evidence": result.evidence, "signal": result.signal}}
    active = {"name": loop} if loop else {}
    tracker = Tracker("test-quick-exit", slots, latest, [], False, None, active, "action_listen")
    dispatcher = CollectingDispatcher()
    events = asyncio.run(safety_actions.ActionSafetyCheckIn().run(dispatcher, tracker, {}))
    return dispatcher.messages, events, saved, notes


def test_the_quick_exit_is_one_short_quiet_message(monkeypatch):
    monkeypatch.setattr(safety_actions.hours, "is_open", lambda *a, **k: True)
    messages, events, saved, _ = run_check_in(monkeypatch, {})
    assert len(messages) == 1 and not messages[0].get("buttons")
    text = messages[0]["text"]
    assert "999" in text and "0300 123 4568" in text and "come back" in text.lower()
    assert "?" not in text.replace("Need help?", "")  # no question to answer
    for alarming in ("abuse", "safeguarding", "danger", "ending your life", "hurting"):
        assert alarming not in text.lower()
    assert len(text.split()) <= 30
    assert FollowupAction("action_listen") in events
    assert saved and saved[0][1] == "safety"  # staff see that they left in a hurry


def test_after_a_disclosure_the_quick_exit_says_the_team_has_it(monkeypatch):
    no_calls = json.dumps({"safe_to_call": False, "leave_message": False})
    messages, _, _, notes = run_check_in(
        monkeypatch, {"handoff_reference": "ABC-123", "contact_safety": no_calls})
    text = messages[0]["text"]
    assert "The team has your message" in text and "will not phone you" in text
    assert notes and notes[0][0] == "ABC-123"


def test_in_a_form_the_quick_exit_pauses_it_without_asking(monkeypatch):
    messages, events, _, _ = run_check_in(monkeypatch, {"requested_slot": "ca_what_matters"},
                                          loop="carer_assessment_form")
    assert "carry on" in messages[0]["text"]
    assert SlotSet("paused_form", "carer_assessment_form") in events
    assert ActiveLoop(None) in events
    assert FollowupAction("action_listen") in events


@pytest.mark.parametrize("text", [
    "so you won't phone me? how would they get in touch",
    "so you won't phone? how would they get in touch with me then",
    "you didn't answer me. I said please don't phone me. how will the team contact me",
    "how will someone reach me if not by phone",
    "will they ring me?",
])
def test_asking_how_the_team_will_get_in_touch(text):
    assert asks_how_contacted(text)


@pytest.mark.parametrize("text", ["carry on", "please dont phone me, he might pick up",
                                  "how do i contact you", "stop for now"])
def test_other_replies_are_not_contact_questions(text):
    assert not asks_how_contacted(text)


class FakeTracker:
    def __init__(self, slots):
        self.slots = slots

    def get_slot(self, name):
        return self.slots.get(name)


def test_at_what_next_the_contact_question_is_answered_and_the_choice_stays_open():
    slots = {"handoff_reference": "ABC-123",
             "contact_safety": json.dumps({"safe_to_call": False})}
    reading = form_engine.read_answer("safety_next", fs.SAFETY_NEXT,
                                      "so you won't phone me? how would they get in touch",
                                      FakeTracker(slots))
    assert reading.slots == {"safety_next": None}  # asked again, not "carry on"
    assert "will not phone you" in reading.say and "email" in reading.say
    assert "Talk to someone now" in reading.say
    carry_on = form_engine.read_answer("safety_next", fs.SAFETY_NEXT, "carry on",
                                       FakeTracker(slots))
    assert carry_on.slots == {"safety_next": fs.NOT_NEEDED}
