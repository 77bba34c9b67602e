"""Issue 15: outside a form, "dont no", "dunno", "not sure tbh", "maybe idk" or "i'm not sure
really" to an offer ("Would you like someone from the team to call you about a break?")
were read as a No (the menu) or as a Yes. Unsure keeps the offer open, with its buttons."""
import pytest
from rasa_sdk import Tracker

from actions.conversation import ActionDefaultFallback
from actions.outside_form import ActionAnswerOutsideForm
from bot import listening, texts
from bot.answers.said_to_bot import NOT_SURE_IS_OK
from bot.answers.offers import is_offer, unsure_reply
from fake_tracker import run_for_messages

UNSURE = ["dont no", "dunno", "not sure tbh", "maybe idk", "i'm not sure really", "Maybe",
          "hmm not sure", "i dunno mate", "possibly", "no idea", "idk tbh", "erm maybe",
          "let me think about it", "I might", "kinda", "depends", "not sure yet",
          "i dont know really", "Im in two minds", "dnt know", "could be"]
NOT_UNSURE = ["yes please", "yes", "go on then", "no thanks", "no", "nah", "maybe later",
              "not really", "not now", "no I'm ok", "ok", "maybe, what is it?",
              "what does it involve?", "i dont want a call", "please do"]


@pytest.mark.parametrize("text", UNSURE)
def test_an_unsure_reply_is_read_as_unsure(text):
    assert unsure_reply(text)


@pytest.mark.parametrize("text", NOT_UNSURE)
def test_a_clear_answer_or_a_question_is_not_unsure(text):
    assert not unsure_reply(text)


@pytest.mark.parametrize("said", [
    "Would you like someone from the team to call you about a break?",
    "It sounds like caring is a lot right now. Would you like the team to call you about it?",
    "Would you like to find free advice near you?",
    "No. You have not asked for a call back yet. Would you like one?",
    "I can ask a person from the team to contact you now. Would you like that?",
    "Shall I look for places near you?",
    "Do you want me to save these to your summary?",
])
def test_yes_or_no_offers_are_offers(said):
    assert is_offer(said)


@pytest.mark.parametrize("said", [
    "Would you like to see more, or look for a different kind of help?",
    "What would you like to do?",
    "What worries you most about it?",
    "Here are some places that can help.",
    "",
])
def test_open_questions_and_choices_are_not_offers(said):
    assert not is_offer(said)


BREAK_BUTTONS = [{"title": "Ask for a call back", "payload": "/request_human"},
                 {"title": "A carer's assessment", "payload": "/start_carer_assessment"}]
BREAK_OFFER = {"event": "bot", "text": "Would you like someone from the team to call you "
               "about a break?", "data": {"buttons": BREAK_BUTTONS}}


def tracker_after(bot_event, text, intent):
    events = [{"event": "user", "text": "i never get a break"}, bot_event,
              {"event": "user", "text": text}]
    return Tracker("offer-test", {}, {"text": text, "intent": {"name": intent},
                                      "entities": []}, events, False, None, {},
                   "action_listen")


def run(action, tracker):
    return run_for_messages(action, tracker)[0]


@pytest.mark.parametrize("text, intent", [
    ("dont no", "deny"), ("not sure tbh", "affirm"), ("maybe idk", "affirm"),
    ("hmm maybe", "affirm"), ("not sure", "dont_know"), ("/dont_know", "dont_know"),
])
def test_an_unsure_reply_keeps_the_offer_open_with_its_buttons(text, intent):
    said = run(ActionAnswerOutsideForm(), tracker_after(BREAK_OFFER, text, intent))
    assert said[0]["text"] == texts.OFFER_STAYS_OPEN
    assert said[0]["buttons"] == BREAK_BUTTONS
    assert not any(m.get("response") == "utter_menu" for m in said)


@pytest.mark.parametrize("text", ["dunno", "i'm not sure really", "no idea"])
def test_the_fallback_keeps_the_offer_open_too(text):
    said = run(ActionDefaultFallback(), tracker_after(BREAK_OFFER, text, "nlu_fallback"))
    assert said[0]["text"] == texts.OFFER_STAYS_OPEN and said[0]["buttons"] == BREAK_BUTTONS


def test_an_offer_without_buttons_gets_yes_and_no():
    offer = {"event": "bot", "text": "You have not asked for a call back yet. Would you like "
             "one?"}
    said = run(ActionAnswerOutsideForm(), tracker_after(offer, "dunno", "dont_know"))
    assert said[0]["buttons"] == [texts.YES, texts.NO]


def test_not_sure_twice_keeps_it_open_again():
    kept = {"event": "bot", "text": texts.OFFER_STAYS_OPEN, "data": {"buttons": BREAK_BUTTONS}}
    said = run(ActionAnswerOutsideForm(), tracker_after(kept, "still dont no", "deny"))
    assert said[0]["text"] == texts.OFFER_STAYS_OPEN and said[0]["buttons"] == BREAK_BUTTONS


@pytest.mark.parametrize("text, intent", [("erm not sure to be honest", "affirm"),
                                          ("dont no", "deny"), ("maybe idk", "affirm")])
def test_unsure_with_no_offer_open_gets_a_few_simple_ways_on(text, intent):
    asked = {"event": "bot", "text": "What would help you most right now?"}
    said = run(ActionAnswerOutsideForm(), tracker_after(asked, text, intent))
    assert said[0]["text"] == NOT_SURE_IS_OK and said[0]["buttons"] == listening.GO_ON_SIMPLY


@pytest.mark.parametrize("bot_event, text, intent", [
    (BREAK_OFFER, "no thanks", "deny"),                          # a clear no: as before
    ({"event": "bot", "text": "What would you like to do?"}, "yes", "affirm"),
])
def test_otherwise_the_menu_as_before(bot_event, text, intent):
    said = run(ActionAnswerOutsideForm(), tracker_after(bot_event, text, intent))
    assert [m.get("response") for m in said] == ["utter_menu"]


@pytest.mark.parametrize("text, intent", [("i don't get it", "deny"), ("you what?", "affirm"),
                                          ("what do you mean", "deny")])
def test_not_understood_read_as_yes_or_no_says_the_last_message_more_simply(text, intent):
    said, _ = run_for_messages(ActionAnswerOutsideForm(), tracker_after(BREAK_OFFER, text, intent))
    assert said[0]["text"] == texts.NOT_CLEAR
    assert "call you about a break" in said[1]["text"]
    assert said[-1]["buttons"] == BREAK_BUTTONS      # so it can be answered now


@pytest.mark.parametrize("text", ["you what?", "huh?", "im confused", "wdym"])
def test_not_understood_at_the_fallback_says_the_last_message_more_simply(text):
    said = run(ActionDefaultFallback(), tracker_after(BREAK_OFFER, text, "nlu_fallback"))
    assert said[0]["text"] == texts.NOT_CLEAR


def test_no_bingo_read_as_a_no_after_places_is_the_search_again():
    from actions.directory import ActionSearchDirectory
    tracker = tracker_after({"event": "bot", "text": "Tea Dance"}, "NO bingo", "deny")
    tracker.slots.update({"shown_services": [{"name": "Bingo and Games Afternoon"}],
                          "service_category": "things_to_do", "postcode": "LS10 1AB"})
    said, events = run_for_messages(ActionAnswerOutsideForm(), tracker)
    # Handed over: the search runs as action_search_directory (the contract).
    assert not said and events == [{"event": "followup", "timestamp": None,
                                    "name": "action_search_directory"}]
    tracker.events.append({"event": "action", "name": "action_answer_outside_form"})
    said, events = run_for_messages(ActionSearchDirectory(), tracker)
    text = " ".join(m.get("text") or "" for m in said)
    assert "I have left out anything with bingo." in text and "Bingo and" not in text
    assert not any(m.get("response") == "utter_menu" for m in said)
    assert any(e.get("name") == "shown_services" and e.get("value") for e in events)
    assert events[-1] == {"event": "followup", "timestamp": None, "name": "action_listen"}


def test_a_search_guessed_for_an_unsure_reply_keeps_the_offer_open():
    from actions.directory import ActionSearchDirectory
    offer = {"event": "bot", "text": "No. You have not asked for a call back yet. Would you "
             "like one?", "data": {"buttons": [texts.ASK_FOR_A_CALL_BACK]}}
    said = run(ActionSearchDirectory(), tracker_after(offer, "i might", "find_service"))
    assert said[0]["text"] == texts.OFFER_STAYS_OPEN
    assert said[0]["buttons"] == [texts.ASK_FOR_A_CALL_BACK]


@pytest.mark.parametrize("text", ["yes please", "go on then", "yeah ok"])
def test_yes_to_an_offered_call_back_asks_for_it(text):
    said, events = run_for_messages(ActionAnswerOutsideForm(),
                              tracker_after(BREAK_OFFER, text, "affirm"))
    assert events == [{"event": "followup", "timestamp": None, "name": "action_handoff"}]
