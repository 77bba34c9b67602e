"""Round ten: "call, but in polish please, with interpreter" got "Call 0300 123 4567 and say
which language you speak" (she was told to arrange it herself); "can the team text me in
polish?" was ignored. Once a call is on the way the team books the interpreter, the
language is on the hand-off as "Interpreter: Polish", and it is not asked about again."""
from __future__ import annotations

import pytest

from actions.form_engine import Turn, decide
from bot import form_slots as fs
from bot.answers.callback_talk import INTERPRETER, callback_question
from bot.answers.handoff_details import details_in, language_needed
from bot.language import finds_english_hard


@pytest.mark.parametrize("said, language", [
    ("call, but in polish please, with interpreter", "Polish"),
    ("In Polish please", "Polish"),
    ("can the team text me in polish?", "Polish"),
    ("my mum only speaks urdu", "Urdu"),
    ("with interpreter please, in punjabi", "Punjabi"),
    ("she needs a Romanian interpreter", "Romanian"),
])
def test_the_language_is_read_from_each_way_of_asking(said, language):
    assert language_needed([said]) == language
    assert details_in([said])[0].startswith(f"Interpreter: {language}. They said:")


def test_one_line_a_language_however_often_it_is_said():
    lines = details_in(["In Polish please", "call, but in polish please, with interpreter"])
    assert [line for line in lines if line.startswith("Interpreter:")] == [
        "Interpreter: Polish. They said: In Polish please."]


@pytest.mark.parametrize("said", ["can the team text me in polish?",
                                  "could they ring me in urdu?"])
def test_a_question_about_being_reached_in_a_language_is_about_the_interpreter(said):
    assert finds_english_hard(said)
    assert callback_question(said) == INTERPRETER


def _turn(text):
    return Turn(intent="inform", confidence=0.9, text=text)


@pytest.mark.parametrize("kind", [fs.CONTACT, fs.BEST_TIME, fs.SAFE_CONTACT])
def test_a_language_in_the_contact_step_books_the_interpreter(kind):
    assert decide(_turn("my mum only speaks urdu"), kind).request == "interpreter"


def test_a_number_with_the_language_is_still_the_answer():
    assert decide(_turn("07700 900123, she only speaks urdu"), fs.CONTACT).action == "answer"


class _Tracker:
    def __init__(self, said, slots=None, sender="interp-1"):
        self.events = [{"event": "user", "text": t} for t in said]
        self.slots = slots or {}
        self.sender_id = sender
        self.latest_message = {"text": said[-1]}

    def get_slot(self, name):
        return self.slots.get(name)


def test_in_the_contact_step_the_team_books_it_never_the_person(db):
    from actions.interpreter import interpreter_reply

    contact_step = _Tracker(["ring me", "In Polish please"], {"handoff_reference": "ABC-123"})
    said = interpreter_reply(contact_step, "In Polish please", fs.CONTACT)
    assert said == ["I have told the team to bring a free Polish interpreter. They will set it up "
                    "when they get in touch. You do not need to do anything."]
    assert "say which language" not in " ".join(said)


def test_a_call_asked_for_in_the_same_words_books_it_too(db):
    from actions.interpreter import interpreter_reply

    text = "call, but in polish please, with interpreter. and after 6 or saturday"
    said = interpreter_reply(_Tracker([text]), text, fs.FREE_TEXT)
    # No hand-off yet (they may still choose "Just keep this for now"): nothing is told.
    assert said == ["When the team gets in touch, they will bring a free Polish interpreter. "
                    "You do not need to ask for one."]


def test_said_again_it_is_not_asked_again(db):
    from actions.interpreter import interpreter_reply

    said = ["call, but in polish please, with interpreter", "In Polish please"]
    reply = interpreter_reply(_Tracker(said, {"handoff_reference": "ABC-123"}), said[-1],
                              fs.BEST_TIME)
    assert reply == ["Yes. The team knows you need a Polish interpreter. They will use one "
                     "when they contact you. It is free."]


def test_on_an_open_hand_off_the_language_is_noted_for_staff(db):
    from actions.interpreter import interpreter_reply
    from bot import store
    from bot.data import handoffs

    row = store.create_handoff("interp-2", "callback", "web", summary="ring me", callback=True)
    tracker = _Tracker(["ring me please", "my mum only speaks urdu"],
                       {"handoff_reference": row["reference"]}, sender="interp-2")
    reply = interpreter_reply(tracker, "my mum only speaks urdu")
    assert reply[0].startswith("I have told the team to bring a free Urdu interpreter.")
    assert "Interpreter: Urdu." in handoffs.latest_for("interp-2")["summary"]


def test_with_no_call_on_the_way_the_council_number_is_given(db):
    from actions.interpreter import interpreter_reply

    reply = interpreter_reply(_Tracker(["do you speak polish?"]), "do you speak polish?")
    assert any("interpreter" in line for line in reply)


def test_outside_a_form_with_no_hand_off_nothing_is_promised(db):
    from actions.interpreter import interpreter_reply

    text = "can someone call me in polish"
    reply = interpreter_reply(_Tracker([text]), text)
    assert not any(line.startswith("I have told the team") for line in reply)


def test_a_hand_off_with_a_language_said_before_says_the_team_brings_one(db, monkeypatch):
    from actions.handoff import ActionHandoff
    from bot import hours
    from bot.data import handoffs
    from fake_tracker import action_tracker, run_action

    monkeypatch.setattr(hours, "is_open", lambda *a, **k: False)
    tracker = action_tracker("can someone ring me back", {}, "request_human",
                             before=["my mum only speaks urdu"], sender="interp-3")
    said, _ = run_action(ActionHandoff(), tracker)
    assert "I have told the team to bring a free Urdu interpreter." in said
    assert "say which language" not in said
    assert "Interpreter: Urdu." in handoffs.latest_for("interp-3")["summary"]


def test_written_in_polish_after_a_hand_off_the_team_brings_one(db):
    from actions.conversation import ActionDefaultFallback
    from bot import store
    from fake_tracker import action_tracker, run_action

    row = store.create_handoff("interp-4", "callback", "web", summary="ring me", callback=True)
    tracker = action_tracker("Dzień dobry. Potrzebuję pomocy. Czy ktoś mówi po polsku?",
                             {"handoff_reference": row["reference"]}, "nlu_fallback",
                             sender="interp-4")
    said, _ = run_action(ActionDefaultFallback(), tracker)
    assert "bring a free Polish interpreter" in said
    assert "ask for a free interpreter" not in said and "poprosić" not in said
